"""Robustness fixtures: a small filled library (two documents, one note), snapshots of it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from core.library import Library

LAW = """中华人民共和国测试法

第一章 总则

第一条 为了保障网络安全，制定本法。

第二条 网络运营者应当履行网络安全保护义务。

第二章 附则

第三条 本法自2017年6月1日起施行。
"""

POLICY = """关于推进测试工作的意见

一、总体要求

（一）指导思想。坚持统筹发展和安全。

二、重点任务

（二）加强数据保护。有关部门应当建立数据分类分级保护制度。
"""

TABLES = ("sources", "documents", "sections", "sentences", "mentions", "keywords", "annotations")


def snapshot(db: Path) -> dict[str, object]:
    """Counts per table, a hash of the annotation rows, integrity and foreign keys."""
    conn = sqlite3.connect(db)
    try:
        out: dict[str, object] = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES
        }
        rows = conn.execute("SELECT * FROM annotations ORDER BY id").fetchall()
        out["annotations_sha"] = hashlib.sha256(repr(rows).encode()).hexdigest()
        out["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
        out["fk"] = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    return out


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
