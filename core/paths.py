"""Where bundled data lives: resources/ and sample_docs/, in a checkout or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding resources/ and sample_docs/ (PyInstaller unpacks to sys._MEIPASS)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def sample_docs_dir() -> Path:
    return app_root() / "sample_docs"
