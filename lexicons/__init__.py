"""The project's bundled lexicons, installed as the ``framing.lexicons`` package (see setup.cfg)."""
