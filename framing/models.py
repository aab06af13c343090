"""Deprecated alias of :mod:`framing.learn.models` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.learn.models as _module

_warnings.warn("framing.models is deprecated and will be removed in the next release; import "
               "framing.learn.models instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
