"""The one place the version of framing lives (setup.cfg reads it; modules import it here)."""

__version__ = "0.1.0"
