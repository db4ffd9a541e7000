"""Search test fixtures: a fresh in-memory library (every migration applied) and indexed documents."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator

import pytest

from core.search import add_to_index, index_tokens
from core.store.migrations import MIGRATIONS


def new_library() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for migration in MIGRATIONS:
        for sql in migration:  # type: ignore[union-attr]
            conn.execute(sql)
    return conn


def add_doc(
    conn: sqlite3.Connection,
    doc_id: int,
    text: str,
    title: str | None = None,
    *,
    doc_type: str | None = None,
    issuer: str | None = None,
    date: str | None = None,
    tree: list[str] | None = None,
) -> None:
    title = title if title is not None else f"文件{doc_id}"
    conn.execute(
        "INSERT INTO documents(id, key, title, text, text_length, text_sha256, imported_at,"
        " updated_at, doc_type, issuer, date, tree_path) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc_id,
            f"k{doc_id}",
            title,
            text,
            len(text),
            "-",
            "now",
            "now",
            doc_type,
            issuer,
            date,
            json.dumps(tree or [], ensure_ascii=False),
        ),
    )
    add_to_index(conn, doc_id, index_tokens(title), index_tokens(text))


SMALL_DOCS = [
    (1, "甲方应当按时付款。乙方收到款项后开具发票。", "合同示例"),
    (
        2,
        "数据出境安全评估办法：数据处理者向境外提供个人信息，应当申报数据出境安全评估。",
        "数据出境安全评估办法",
    ),
    (3, "GB/T 35273-2020 信息安全技术 个人信息安全规范。App 运营者应支持 IPv6。", "标准"),
    (4, '（一）全角括号 ＡＢＣ １２３ —— 特殊字符 "引号" * NEAR(a b) AND OR NOT 😀', "杂项"),
]


@pytest.fixture(scope="module")
def small_lib() -> Iterator[sqlite3.Connection]:
    """A few documents, shared by a module's tests (hypothesis needs a non-function scope)."""
    conn = new_library()
    for doc_id, text, title in SMALL_DOCS:
        add_doc(conn, doc_id, text, title)
    yield conn
    conn.close()


@pytest.fixture
def lib() -> Iterator[sqlite3.Connection]:
    conn = new_library()
    yield conn
    conn.close()


@pytest.fixture
def add(lib: sqlite3.Connection) -> Callable[..., None]:
    """``add(doc_id, text, title=None, **metadata)`` into ``lib``."""

    def _add(doc_id: int, text: str, title: str | None = None, **kw: object) -> None:
        add_doc(lib, doc_id, text, title, **kw)  # type: ignore[arg-type]

    return _add
