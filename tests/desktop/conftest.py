"""Desktop fixtures: a real library imported once per session, copied per test; temp QSettings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import desktop.qt_guard  # noqa: F401  (PySide6 6.12 on Python 3.11: see the module)
from core.library import Library
from core.paths import sample_docs_dir

EXT_B_DOC = (
    "𠀀𠀀测试管理规定\n\n"
    "第一条 𠀀为了测试，制定本规定。\n\n"
    "第二条 𠀀𠀀网络运营者应当建立数据安全管理制度。\n\n"
    "第三条 任何个人不得泄露𠀀用户数据。\n\n"
    "第四条 违反本规定第二条的，由有关主管部门责令改正，处一万元以上十万元以下罚款。\n"
)
SAMPLE_NAMES = ("中华人民共和国网络安全法.txt", "关键信息基础设施安全保护条例.txt")


def sample_files() -> list[Path]:
    files = [sample_docs_dir() / n for n in SAMPLE_NAMES]
    missing = [f for f in files if not f.is_file()]
    if missing:
        pytest.skip(f"sample documents missing: {missing}")
    return files


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """A library with 网络安全法, 关键信息基础设施安全保护条例 and a small 𠀀 document."""
    root = tmp_path_factory.mktemp("template")
    ext_b = root / "docs" / "扩展B测试规定.txt"
    ext_b.parent.mkdir()
    ext_b.write_text(EXT_B_DOC, encoding="utf-8")
    db = root / "template.db"
    with Library.open(db) as lib:
        report = lib.import_paths([*sample_files(), ext_b])
        assert not report.failed, report.failed
        assert report.documents == 3
    return db


@pytest.fixture
def library(template_db, tmp_path) -> Library:
    """A fresh copy of the template library for one test (SQLite backup API, WAL-safe)."""
    dst = tmp_path / "lib.db"
    src = sqlite3.connect(template_db)
    out = sqlite3.connect(dst)
    src.backup(out)
    src.close()
    out.close()
    lib = Library.open(dst)
    yield lib
    lib.close()


@pytest.fixture
def window(make_window, library):
    return make_window(library)


def doc_id_by_title(library: Library, fragment: str) -> int:
    for d in library.list_documents():
        if fragment in d.title:
            return d.id
    raise AssertionError(f"no document titled like {fragment!r}: {library.list_documents()}")
