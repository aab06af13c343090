"""Deprecated alias of :mod:`framing.study.stats` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.study.stats as _module

_warnings.warn("framing.stats is deprecated and will be removed in the next release; import "
               "framing.study.stats instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
