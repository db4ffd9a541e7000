"""Exports of user work: notes to Word, Markdown and CSV, written atomically."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from core.errors import ExportError
from core.export.atomic import write_atomically
from core.export.collect import NotesExport, collect

FORMATS = ("docx", "md", "csv")

__all__ = ["FORMATS", "NotesExport", "collect", "export_notes", "write_atomically", "write_notes"]


def export_notes(
    conn: sqlite3.Connection,
    path: Path | str,
    fmt: str = "docx",
    *,
    doc_ids: Sequence[int] | None = None,
    tag: str | None = None,
    register: bool = False,
    title: str | None = None,
) -> Path:
    """Write the notes matching the filters to ``path``; all or nothing (ExportError)."""
    _check_format(fmt)
    return write_notes(
        collect(conn, doc_ids=doc_ids, tag=tag, register=register, title=title), path, fmt
    )


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(
            f"Cannot export notes as {fmt!r}; choose one of {', '.join(FORMATS)}.",
            key="export.unknown_format",
            params={"format": fmt, "choices": ", ".join(FORMATS)},
        )


def write_notes(model: NotesExport, path: Path | str, fmt: str = "docx") -> Path:
    """Render a collected model (no database needed, so callers can release their lock first)."""
    _check_format(fmt)
    if fmt == "docx":
        from core.export.docx_notes import write_docx as write
    elif fmt == "md":
        from core.export.text_notes import write_markdown as write
    else:
        from core.export.text_notes import write_csv as write
    return write_atomically(path, lambda tmp: write(model, tmp))
