"""Every public example in the package's docstrings runs and gives what it shows."""
import doctest
import importlib
import pkgutil

import pytest

import framing

MODULES = sorted(m.name for m in pkgutil.walk_packages(framing.__path__, "framing.")
                 if not m.name.startswith("framing.lexicons"))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
