"""Small real-shaped documents and a library snapshot, shared by the pipeline and robustness tests.

The snapshot (ROBUSTNESS.md §4) is compared before and after every fault: counts per table, a
hash of the annotation rows, integrity and foreign-key checks.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

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
