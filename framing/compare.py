"""Deprecated alias of :mod:`framing.study.compare` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.study.compare as _module

_warnings.warn("framing.compare is deprecated and will be removed in the next release; import "
               "framing.study.compare instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
