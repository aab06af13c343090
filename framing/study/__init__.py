"""Studies built on the per-document analysis: group comparisons (:mod:`.compare`), their
statistics (:mod:`.stats`), charts (:mod:`.charts`), citable reports (:mod:`.report`, with
``templates/``) and the flagship demo on a fictional corpus (:mod:`.demo`).
"""
