"""The package metadata ships everything the code needs (setup.cfg is the single source)."""
from __future__ import annotations

import configparser
import fnmatch
import importlib
import importlib.resources as resources
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import framing

ROOT = Path(__file__).resolve().parent.parent
SETUP_CFG = ROOT / "setup.cfg"

pytestmark = pytest.mark.skipif(not SETUP_CFG.exists(), reason="needs the source tree")


def _cfg():
    cfg = configparser.ConfigParser()
    cfg.read(SETUP_CFG, encoding="utf-8")
    return cfg


def _lines(value):
    return [line.strip() for line in value.strip().splitlines() if line.strip()]


def _package_dirs():
    """{package name: folder}, as setup.cfg maps them."""
    cfg = _cfg()
    mapping = dict(line.split("=", 1) for line in _lines(cfg["options"].get("package_dir", "")))
    mapping = {k.strip(): v.strip() for k, v in mapping.items()}
    return {name: ROOT / mapping.get(name, name.replace(".", "/")) for name in _lines(cfg["options"]["packages"])}


def test_every_subpackage_is_listed():
    listed = set(_package_dirs())
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "framing").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these packages to [options] packages in setup.cfg"


def test_every_data_file_is_shipped():
    cfg = _cfg()
    patterns = {name: _lines(value) for name, value in cfg["options.package_data"].items()}
    packages = _package_dirs()
    missing = []
    for name, folder in packages.items():
        for path in folder.rglob("*"):
            if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
                continue
            owner = max((p for p, f in packages.items() if f in path.parents), key=len)
            relative = path.relative_to(packages[owner]).as_posix()
            if not any(fnmatch.fnmatch(relative, pat) for pat in patterns.get(owner, [])):
                missing.append(f"{owner}: {relative}")
    assert missing == [], "add patterns for these files to [options.package_data] in setup.cfg"


def test_the_bundled_attribution_tagger_ships_in_the_wheel():
    """setuptools' build_py lists the package data that goes into a wheel: the tagger and its
    model card must be among them, and within the 5 MB budget."""
    from setuptools.dist import Distribution

    dist = Distribution()
    dist.parse_config_files([str(SETUP_CFG)])
    build = dist.get_command_obj("build_py")
    build.ensure_finalized()
    shipped = {pkg: files for pkg, _, _, files in build.data_files}
    assert {"attribution-polnear.skops", "attribution-polnear.md"} <= set(shipped["framing.data"])
    model = ROOT / "framing" / "data" / "attribution-polnear.skops"
    assert model.stat().st_size <= 5 * 1024 * 1024
    names = [p.name for p in resources.files("framing.data").iterdir()]
    assert "attribution-polnear.skops" in names


def test_version_lives_only_in_the_package():
    assert re.fullmatch(r"\d+\.\d+\.\d+([ab]|rc)?\d*", framing.__version__)
    assert _cfg()["metadata"]["version"].strip() == "attr: framing._version.__version__"
    for name in ("pyproject.toml", "CITATION.cff"):
        assert framing.__version__ not in (ROOT / name).read_text(encoding="utf-8"), name


def test_lexicons_load_through_the_installed_package():
    names = [p.name for p in resources.files("framing.lexicons").iterdir()]
    on_disk = sorted(p.name for p in (ROOT / "lexicons").glob("*.lex"))
    assert on_disk and sorted(n for n in names if n.endswith(".lex")) == on_disk


def test_no_import_cycles_and_no_imports_of_the_facade():
    tool = ROOT.parent / "shared" / "tools" / "import_cycles.py"
    if not tool.is_file():
        pytest.skip("../shared/tools/import_cycles.py is not present")
    done = subprocess.run([sys.executable, str(tool), str(ROOT / "framing")], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_module_imports_another_modules_private_names():
    import ast

    bad = []
    for path in (ROOT / "framing").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("framing")):
                bad += [f"{path.relative_to(ROOT)}: {a.name}" for a in node.names
                        if a.name.startswith("_") and not a.name.endswith("__")]
    assert bad == []


@pytest.mark.parametrize("old, new", [
    # model files written before the layout of issue 10 name these paths (skops allow-lists)
    ("framing.models", "framing.learn.models"),
    ("framing.attribution_tagger", "framing.learn.attribution_tagger"),
])
def test_old_module_paths_are_deprecated_aliases(old, new):
    code = (f"import warnings, importlib; warnings.simplefilter('error');\n"
            f"try:\n    importlib.import_module({old!r})\nexcept DeprecationWarning as w:\n"
            f"    print('warned', w)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert f"warned {old} is deprecated" in out.stdout and new in out.stdout, out.stderr
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert importlib.import_module(old) is importlib.import_module(new)


def test_public_names_keep_working():
    import framing.features

    assert framing.features.LexiconFeatures.__module__ == "framing.learn.features"
    from framing.cli import main  # the console script's entry point

    assert callable(main) and callable(framing.analyze) and callable(framing.score)
