"""Deprecated alias of :mod:`framing.learn.attribution_tagger`, kept so that model files written before
the package layout of 0.1.0 load (their skops files name this path)."""
import sys as _sys
import warnings as _warnings

import framing.learn.attribution_tagger as _module

_warnings.warn("framing.attribution_tagger is deprecated; import "
               "framing.learn.attribution_tagger instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
