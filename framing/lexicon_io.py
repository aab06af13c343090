"""Deprecated alias of :mod:`framing.lexicon.convert` (moved in framing 0.2.0; removed in 0.3.0)."""
import sys as _sys
import warnings as _warnings

import framing.lexicon.convert as _module

_warnings.warn("framing.lexicon_io is deprecated and will be removed in framing 0.3.0; import "
               "framing.lexicon.convert instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
