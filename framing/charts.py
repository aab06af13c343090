"""Deprecated alias of :mod:`framing.study.charts` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.study.charts as _module

_warnings.warn("framing.charts is deprecated and will be removed in the next release; import "
               "framing.study.charts instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
