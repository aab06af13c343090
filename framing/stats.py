"""Deprecated alias of :mod:`framing.study.stats` (moved in framing 0.2.0; removed in 0.3.0)."""
import sys as _sys
import warnings as _warnings

import framing.study.stats as _module

_warnings.warn("framing.stats is deprecated and will be removed in framing 0.3.0; import "
               "framing.study.stats instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
