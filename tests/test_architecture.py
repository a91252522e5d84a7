"""The core stays free of the UI: import-linter contracts from pyproject.toml."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(exe).exists():
        pytest.fail("lint-imports is missing: install the test extras (pip install -e '.[test]')")
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


PACKAGE_FOLDERS = ("analysis", "app", "cli", "net", "seeds", "store", "themes", "tui")
BARE_IMPORT = re.compile(rf"^\s*(?:from|import)\s+(?:{'|'.join(PACKAGE_FOLDERS)})\b", re.M)


def test_every_import_uses_the_package_name():
    """`from store.db import ...` would load a second copy of the module from the source
    tree (or fail once installed): the folders are `newsdesk.<folder>`."""
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("", *PACKAGE_FOLDERS, "tests", "bench", "scripts")
        for path in (ROOT / folder).glob("*.py" if not folder else "**/*.py")
        if BARE_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_distribution_installs_one_top_level_package():
    """site-packages gains `newsdesk` and nothing generic like `store` or `analysis`."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"newsdesk": "."}
    assert {name.split(".")[0] for name in setuptools["packages"]} == {"newsdesk"}
    for name in setuptools["packages"]:
        folder = ROOT.joinpath(*name.split(".")[1:])
        assert (folder / "__init__.py").is_file(), name
    # Every folder of the app's code is listed: one left out is missing from `pip install .`
    # (a wheel takes only the packages listed), though an editable install still finds it.
    listed = {ROOT.joinpath(*name.split(".")[1:]) for name in setuptools["packages"]}
    outside = {"tests", "bench", "scripts", "build", "docs"}
    code = {path.parent for path in ROOT.rglob("*.py")
            if not path.relative_to(ROOT).parts[0].startswith(".")
            and path.relative_to(ROOT).parts[0] not in outside}
    assert sorted(map(str, code - listed)) == []
