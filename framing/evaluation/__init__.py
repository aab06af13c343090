"""Evaluation against human annotation.

* :mod:`.datasets`: readers of the gold corpora (PolNeAR, CoNLL-2010, BioScope, SFU, BABE, MBIC);
* :mod:`.metrics`: token, span, relation and sentence counts, P/R/F1, bootstrap CIs;
* :mod:`.agreement`: Cohen's kappa and Krippendorff's alpha.

Everything public is re-exported here (``from framing.evaluation import read_polnear``).
"""
from __future__ import annotations

from .agreement import *  # noqa: F401,F403
from .agreement import __all__ as _agreement_all
from .datasets import *  # noqa: F401,F403
from .datasets import __all__ as _datasets_all
from .metrics import *  # noqa: F401,F403
from .metrics import __all__ as _metrics_all

__all__ = list(_datasets_all) + list(_metrics_all) + list(_agreement_all)
