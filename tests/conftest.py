"""Shared fixtures: the seed documents, and a fresh library per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS_DIR = Path(os.environ.get("FAYAN_SEEDS", REPO.parent / "shared" / "seeds"))
DATA_DIR = Path(__file__).resolve().parent / "data"


def _seed(prefix: str) -> Path:
    """The whole seed file starting with ``prefix``; skip (fail under CI) when seeds are absent."""
    matches = sorted(SEEDS_DIR.glob(f"{prefix}_*.txt")) if SEEDS_DIR.is_dir() else []
    if not matches:
        reason = f"seed {prefix}_… not found in {SEEDS_DIR} (a user's clone has no ../shared/seeds)"
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI must have the seeds")
        pytest.skip(reason)
    return matches[0]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The folder of all five seeds."""
    _seed("000")
    return SEEDS_DIR


@pytest.fixture(scope="session")
def seed_path():
    """``seed_path("001")`` → Path of that seed (skips when absent)."""
    return _seed


@pytest.fixture(scope="session")
def seed_text():
    """``seed_text("001")`` → the seed's text (UTF-8)."""

    def read(prefix: str) -> str:
        return _seed(prefix).read_text(encoding="utf-8")

    return read


@pytest.fixture
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "fayan-test.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    """Build the shown main window on a library (tests that change the library first); shared
    by the desktop and the robustness tests."""
    from desktop.i18n import set_language
    from desktop.main_window import MainWindow

    made = []

    def make(library):
        set_language("zh")
        win = MainWindow(library, settings, restore=False, auto_import_samples=False)
        qtbot.addWidget(win)
        win.resize(1300, 850)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        for r in win.readers():
            r.popup.hide_now()
