"""Deprecated alias of :mod:`framing.lexicon.convert` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.lexicon.convert as _module

_warnings.warn("framing.lexicon_io is deprecated and will be removed in the next release; import "
               "framing.lexicon.convert instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
