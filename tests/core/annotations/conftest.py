"""Fixtures for annotation tests: a fresh library, fast in-process document storage, the sample law."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.library import Library

REPO = Path(__file__).resolve().parents[3]
SAMPLE_LAW = REPO / "sample_docs" / "中华人民共和国网络安全法.txt"

# A short law with two identical clauses (第二条 and 第五条) and distinct context around them.
LAW = """中华人民共和国测试法

第一章 总则

第一条 为了保障网络安全，维护国家安全和社会公共利益，制定本法。

第二条 网络运营者应当履行网络安全保护义务，接受政府和社会的监督。

第三条 国家支持企业、研究机构和高等学校参与网络安全国家标准的制定。

第二章 网络运行安全

第四条 国家实行网络安全等级保护制度，保障网络免受干扰、破坏或者未经授权的访问。

第五条 网络运营者应当履行网络安全保护义务，接受政府和社会的监督。

第六条 任何个人和组织不得从事非法侵入他人网络等危害网络安全的活动。
"""


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.db")
    yield library
    library.close()


def store_docs(lib: Library, source: str, docs: list[tuple[str, str]]) -> list[int]:
    """Store documents the way an import does (same writer, same hooks), without the parser pool.

    Structure comes from the real section parser; analysis is skipped to keep property tests fast.
    """
    from core.models import DocumentDraft, DocumentMeta, ProcessedDocument
    from core.search import index_tokens
    from core.store.documents import StoredDocument, store_source_documents, upsert_source
    from core.structure import parse_sections

    items = [
        StoredDocument(
            ProcessedDocument(
                draft=DocumentDraft(title=title, text=text, ordinal=i),
                meta=DocumentMeta(title=title),
                sections=tuple(parse_sections(text)),
            ),
            title_tokens=index_tokens(title),  # the contentless FTS index must get real tokens
            body_tokens=index_tokens(text),
        )
        for i, (title, text) in enumerate(docs)
    ]
    blob = "\x00".join(t for _, t in docs).encode()
    with lib._lock, lib._db.write() as conn:
        sid = upsert_source(
            conn,
            path=source,
            sha256=hashlib.sha256(blob).hexdigest(),
            fmt="txt",
            size=len(blob),
            mtime=None,
            staged_path=None,
            warnings=(),
        )
        store_source_documents(conn, sid, source, items)
        keys = [
            conn.execute(
                "SELECT id FROM documents WHERE source_id = ? AND ordinal = ?", (sid, i)
            ).fetchone()[0]
            for i in range(len(docs))
        ]
    return keys


@pytest.fixture
def store() -> Callable[..., list[int]]:
    """``store(lib, "/src/a.txt", [(title, text), …])`` → document ids."""
    return store_docs


@pytest.fixture
def law_file(tmp_path: Path) -> Path:
    """A copy of the sample 网络安全法 that tests may edit and re-import."""
    dst = tmp_path / "docs" / SAMPLE_LAW.name
    dst.parent.mkdir()
    shutil.copy(SAMPLE_LAW, dst)
    return dst


def rows_snapshot(db_path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT * FROM annotations ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def annotation_rows() -> Callable[[Path], list[tuple[object, ...]]]:
    """Every annotation row, every column, in id order (for byte-identical comparisons)."""
    return rows_snapshot
