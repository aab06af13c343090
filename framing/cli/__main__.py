"""``python -m framing.cli``: the command line."""
import sys

from .main import main

if __name__ == "__main__":  # pragma: no cover - run as a script
    sys.exit(main())
