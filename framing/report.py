"""Deprecated alias of :mod:`framing.study.report` (moved before the first release; the old path goes in the next release)."""
import sys as _sys
import warnings as _warnings

import framing.study.report as _module

_warnings.warn("framing.report is deprecated and will be removed in the next release; import "
               "framing.study.report instead", DeprecationWarning, stacklevel=2)
_sys.modules[__name__] = _module
