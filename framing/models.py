"""Deprecated alias of :mod:`framing.learn.models` (moved in framing 0.2.0; removed in 0.3.0)."""
import sys as _sys
import warnings as _warnings

import framing.learn.models as _module

_warnings.warn("framing.models is deprecated and will be removed in framing 0.3.0; import "
               "framing.learn.models instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
