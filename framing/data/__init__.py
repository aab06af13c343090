"""Data shipped with framing: the attribution tagger trained on PolNeAR and its model card."""
