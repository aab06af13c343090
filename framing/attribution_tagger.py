"""Deprecated alias of :mod:`framing.learn.attribution_tagger` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.learn.attribution_tagger as _module

_warnings.warn("framing.attribution_tagger is deprecated and will be removed in the next release; import "
               "framing.learn.attribution_tagger instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
