"""Deprecated alias of :mod:`framing.analyzer` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.analyzer as _module

_warnings.warn("framing.scorers is deprecated and will be removed in the next release; import "
               "framing.analyzer instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
