"""Deprecated alias of :mod:`framing.study.demo` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.study.demo as _module

_warnings.warn("framing.demo is deprecated and will be removed in the next release; import "
               "framing.study.demo instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
