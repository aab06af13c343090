"""Every public example in the package's docstrings runs and gives what it shows."""
import doctest
import importlib
import pkgutil
import warnings

import pytest

import framing

MODULES = sorted(m.name for m in pkgutil.walk_packages(framing.__path__, "framing.")
                 if not m.name.startswith("framing.lexicons") and not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        module = importlib.import_module(name)
    if module.__name__ != name:
        pytest.skip(f"{name} is a deprecated alias of {module.__name__}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
