"""Deprecated alias of :mod:`framing.learn.models`, kept so that model files written before
the package layout of 0.1.0 load (their skops files name this path)."""
import sys as _sys
import warnings as _warnings

import framing.learn.models as _module

_warnings.warn("framing.models is deprecated; import "
               "framing.learn.models instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
