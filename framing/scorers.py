"""Deprecated alias of :mod:`framing.analyzer` (moved in framing 0.2.0; removed in 0.3.0)."""
import sys as _sys
import warnings as _warnings

import framing.analyzer as _module

_warnings.warn("framing.scorers is deprecated and will be removed in framing 0.3.0; import "
               "framing.analyzer instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
