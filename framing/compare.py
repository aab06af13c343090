"""Deprecated alias of :mod:`framing.study.compare` (moved in framing 0.2.0; removed in 0.3.0)."""
import sys as _sys
import warnings as _warnings

import framing.study.compare as _module

_warnings.warn("framing.compare is deprecated and will be removed in framing 0.3.0; import "
               "framing.study.compare instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
