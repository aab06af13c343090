"""Deprecated alias of :mod:`framing.study.report` (moved in framing 0.2.0; removed in 0.3.0)."""
import sys as _sys
import warnings as _warnings

import framing.study.report as _module

_warnings.warn("framing.report is deprecated and will be removed in framing 0.3.0; import "
               "framing.study.report instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
