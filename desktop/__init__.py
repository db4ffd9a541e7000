"""Fayan desktop GUI (PySide6): windows, Qt models and workers over core.library."""

from __future__ import annotations

from desktop import qt_guard as qt_guard  # noqa: F401 - applied on import
