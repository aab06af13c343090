"""The one place the version of framing lives (setup.cfg reads it; modules import it here),
and the one collector of the versions of the software behind a result."""
from __future__ import annotations

import sys
from typing import Dict, Iterable

__version__ = "0.1.0"

__all__ = ["__version__", "software_versions", "REPORT_PACKAGES"]

#: The packages whose versions a report records.
REPORT_PACKAGES = ("framing", "numpy", "scipy", "pandas", "matplotlib", "jinja2", "pyarrow", "nltk",
                   "textstat")


def software_versions(packages: Iterable[str] = REPORT_PACKAGES) -> Dict[str, str]:
    """Versions of Python and of ``packages`` (``not installed`` when absent), for reports,
    model cards and manifests.

    Examples
    --------
    >>> v = software_versions(["framing", "numpy"])
    >>> sorted(v), v["framing"] == __version__
    (['framing', 'numpy', 'python'], True)
    """
    from importlib import metadata

    out = {"python": sys.version.split()[0]}
    for pkg in packages:
        if pkg == "framing":
            out[pkg] = __version__
            continue
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "not installed"
    return out
