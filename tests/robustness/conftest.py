"""Robustness fixtures: a small filled library (two documents, one note), snapshots of it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from core.library import Library
from tests.library_snapshot import LAW, POLICY, TABLES, snapshot  # noqa: F401 - re-exported


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_db(src: Path, dst: Path) -> Path:
    """A WAL-safe copy through the backup API."""
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()
    return dst


@pytest.fixture(scope="session")
def filled_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("robust-template")
    (root / "law.txt").write_text(LAW, encoding="utf-8")
    db = root / "template.db"
    with Library.open(db) as lib:
        report = lib.import_paths([root / "law.txt"], workers=1)
        assert report.documents == 1, report.outcomes
        doc = lib.list_documents()[0]
        text = lib.document_text(doc.id)
        start = text.index("网络运营者")
        lib.add_annotation(doc.id, start, start + 5, note="重点义务主体", tags=["义务"])
    return db


@pytest.fixture
def filled_db(filled_template, tmp_path) -> Path:
    """A fresh copy of the filled library: 1 document, 1 note (closed; open it yourself)."""
    return copy_db(filled_template, tmp_path / "lib.db")


@pytest.fixture
def policy_file(tmp_path) -> Path:
    p = tmp_path / "policy.txt"
    p.write_text(POLICY, encoding="utf-8")
    return p
