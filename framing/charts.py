"""Deprecated alias of :mod:`framing.study.charts` (moved in framing 0.2.0; removed in 0.3.0)."""
import sys as _sys
import warnings as _warnings

import framing.study.charts as _module

_warnings.warn("framing.charts is deprecated and will be removed in framing 0.3.0; import "
               "framing.study.charts instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
