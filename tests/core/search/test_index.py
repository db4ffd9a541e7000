"""Index maintenance inside the caller's transaction; a damaged index is rebuilt (G4, G5)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from core.search import check_index, rebuild_index, remove_from_index, search
from core.search.index import AUTOMERGE, CREATE_FTS, FTS_TABLE, add_to_index
from core.search.tokens import index_tokens
from core.store.migrations import MIGRATIONS, V2_SEARCH, V8_SEARCH_MERGE


def test_migration_creates_the_current_table() -> None:
    assert V2_SEARCH == [CREATE_FTS]
    assert any(m is V2_SEARCH for m in MIGRATIONS)


def _automerge(conn: sqlite3.Connection) -> int:
    return conn.execute(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'automerge'").fetchone()[0]


def test_the_index_merges_segments_in_runs_of_eight(lib: sqlite3.Connection) -> None:
    """A new library, a migrated one and a rebuilt index all keep the bulk-import setting."""
    assert V8_SEARCH_MERGE == [AUTOMERGE.replace(FTS_TABLE, "search_fts")]
    assert _automerge(lib) == 8
    lib.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 4)")
    rebuild_index(lib)
    assert _automerge(lib) == 8


def _hits(conn: sqlite3.Connection, q: str) -> list[tuple[int, int]]:
    return [(h.doc_id, h.start) for h in search(conn, q, limit=0).hits]


def test_update_and_delete_are_reflected_in_the_same_transaction(
    lib: sqlite3.Connection, add: Callable[..., None]
) -> None:
    add(1, "甲方应当按时付款。")
    add(2, "乙方应当交货。")
    lib.execute("BEGIN")
    remove_from_index(lib, 1)  # before the row changes
    lib.execute("UPDATE documents SET text = ? WHERE id = 1", ("甲方应当按时结算。",))
    add_to_index(lib, 1, index_tokens("文件1"), index_tokens("甲方应当按时结算。"))
    assert _hits(lib, "结算") == [(1, 6)]
    assert _hits(lib, "付款") == []
    remove_from_index(lib, 2)
    lib.execute("DELETE FROM documents WHERE id = 2")
    assert _hits(lib, "交货") == []
    assert check_index(lib)
    lib.execute("ROLLBACK")  # nothing was committed behind the caller's back
    assert _hits(lib, "付款") == [(1, 6)]
    assert _hits(lib, "交货") == [(2, 4)]


def test_remove_of_unknown_document_is_a_no_op(lib: sqlite3.Connection) -> None:
    remove_from_index(lib, 99)
    assert check_index(lib)


def _missing_doc(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO documents(id, key, title, text, text_length, text_sha256, imported_at,"
        " updated_at) VALUES (9, 'k9', '漏', '未索引的付款', 6, '-', 'now', 'now')"
    )


DAMAGE = {
    "drop data shadow": "DROP TABLE search_fts_data",
    "drop idx shadow": "DROP TABLE search_fts_idx",
    "drop config shadow": "DROP TABLE search_fts_config",
    "garble data": "UPDATE search_fts_data SET block = x'00ff00ff00ff' WHERE id > 10",
    "empty data": "DELETE FROM search_fts_data",
    "drop whole table": "DROP TABLE search_fts",
    "document not indexed": _missing_doc,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_index_is_rebuilt_and_primary_data_untouched(
    lib: sqlite3.Connection, add: Callable[..., None], damage: object
) -> None:
    add(1, "甲方应当按时付款。", "合同")
    add(2, "数据出境安全评估" * 50, "办法")
    before = lib.execute("SELECT * FROM documents ORDER BY id").fetchall()
    assert check_index(lib)
    if callable(damage):
        damage(lib)
        before = lib.execute("SELECT * FROM documents ORDER BY id").fetchall()
    else:
        lib.execute(damage)
    assert check_index(lib) is False
    assert check_index(lib) is True
    assert check_index(lib, thorough=False) is True
    assert lib.execute("SELECT * FROM documents ORDER BY id").fetchall() == before
    assert (1, 6) in _hits(lib, "付款")
    assert len(_hits(lib, "评估")) == 50


def test_rebuild_counts_documents(lib: sqlite3.Connection, add: Callable[..., None]) -> None:
    for i in range(1, 6):
        add(i, f"第{i}条 内容")
    assert rebuild_index(lib) == 5
    assert len(search(lib, "内容").docs) == 5


@pytest.mark.parametrize("shadow", ["data", "idx", "config", "docsize"])
def test_missing_shadow_table_in_a_reopened_file_is_rebuilt(tmp_path, shadow: str) -> None:
    path = str(tmp_path / "lib.fayan")
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS:
        for sql in migration:  # type: ignore[union-attr]
            conn.execute(sql)
    conn.execute(
        "INSERT INTO documents(id, key, title, text, text_length, text_sha256, imported_at,"
        " updated_at) VALUES (1, 'k1', '合同', '甲方应当按时付款。', 9, '-', 'now', 'now')"
    )
    add_to_index(conn, 1, index_tokens("合同"), index_tokens("甲方应当按时付款。"))
    conn.execute(f"DROP TABLE search_fts_{shadow}")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert check_index(conn, thorough=False) is False
    assert [(h.doc_id, h.start) for h in search(conn, "款").hits] == [(1, 7)]
    assert check_index(conn) is True
    conn.close()
