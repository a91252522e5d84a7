"""What the workstation's tests share: snapshots are kept in tests/tui/snapshots/."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_textual_snapshot


class _SnapshotsFolder(pytest_textual_snapshot.SVGImageExtension):
    """Keep the SVGs in tests/tui/snapshots/ (syrupy's default is __snapshots__)."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(Path(test_location.filepath).parent / "snapshots")


@pytest.fixture(autouse=True)
def _snapshots_folder(monkeypatch):
    # snap_compare looks the extension up on its module at call time.
    monkeypatch.setattr(pytest_textual_snapshot, "SVGImageExtension", _SnapshotsFolder)
