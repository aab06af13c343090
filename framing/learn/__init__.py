"""Learning on top of the analysis: scikit-learn transformers over framing's measures
(:mod:`.features`), classifier recipes with skops persistence (:mod:`.models`) and the trained
attribution tagger (:mod:`.attribution_tagger`).
"""
