"""Deprecated alias of :mod:`framing.learn.attribution_tagger` (moved in framing 0.2.0; removed in 0.3.0)."""
import sys as _sys
import warnings as _warnings

import framing.learn.attribution_tagger as _module

_warnings.warn("framing.attribution_tagger is deprecated and will be removed in framing 0.3.0; import "
               "framing.learn.attribution_tagger instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
