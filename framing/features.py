"""scikit-learn transformers over framing's measures (public path; the code lives in
:mod:`framing.learn.features`).

Examples
--------
>>> from framing.features import LexiconFeatures
>>> LexiconFeatures().fit(["It may rain."]).get_feature_names_out()[0]
'loaded_per_1k'
"""
from .learn.features import *  # noqa: F401,F403
from .learn.features import __all__  # noqa: F401
