"""H8/H9: "remove from library" moves documents to the trash; restore brings back every byte."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from core.errors import DocumentNotFoundError, DocumentTrashError
from core.library import Library
from core.paths import sample_docs_dir

TABLES = {
    "documents": "id",
    "sections": "doc_id",
    "sentences": "doc_id",
    "mentions": "doc_id",
    "keywords": "doc_id",
}
CYBER_LAW = "中华人民共和国网络安全法"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """The sample documents imported once; each test works on a copy."""
    path = tmp_path_factory.mktemp("trash") / "template.db"
    with Library.open(path) as lib:
        report = lib.import_paths([sample_docs_dir()])
        assert not report.failed and lib.count_documents() >= 5
    return path


@pytest.fixture
def lib(template: Path, tmp_path: Path) -> Iterator[Library]:
    shutil.copy(template, tmp_path / "lib.db")
    library = Library.open(tmp_path / "lib.db")
    yield library
    library.close()


def _doc(lib: Library, title: str = CYBER_LAW) -> int:
    return next(d.id for d in lib.list_documents() if d.title == title)


def _rows(lib: Library, doc_id: int) -> dict[str, list[tuple]]:
    conn = lib._db.conn
    return {
        t: conn.execute(f"SELECT * FROM {t} WHERE {c} = ?", (doc_id,)).fetchall()
        for t, c in TABLES.items()
    }


def _cited_by_law(lib: Library, target: int) -> list[tuple[int, int | None]]:
    """Every mention in the library that resolves to ``target``."""
    return lib._db.conn.execute(
        "SELECT doc_id, idx FROM mentions WHERE target_id = ? ORDER BY doc_id, idx", (target,)
    ).fetchall()


def _annotate(lib: Library, doc_id: int, phrase: str, note: str = "") -> int:
    start = lib.document_text(doc_id).index(phrase)
    return lib.add_annotation(doc_id, start, start + len(phrase), note=note).id


def test_remove_takes_the_document_out_of_list_search_and_graph(lib: Library) -> None:
    doc = _doc(lib)
    cited = _cited_by_law(lib, doc)
    assert cited, "the samples cite the cybersecurity law"
    ann = _annotate(lib, doc, "网络运营者", note="留意")
    assert lib.remove_documents([doc]) == 1
    assert doc not in {d.id for d in lib.list_documents()}
    assert all(h.doc_id != doc for h in lib.search("网络安全等级保护制度", limit=0).hits)
    assert doc not in lib.graph().nodes
    assert all(doc not in (c.source_id, c.target_id) for c in lib.citations())
    assert _cited_by_law(lib, doc) == []
    with pytest.raises(DocumentNotFoundError):
        lib.document(doc)
    (entry,) = lib.trashed_documents()
    assert (entry.doc_id, entry.title, entry.annotations) == (doc, CYBER_LAW, 1)
    assert entry.source_path and entry.source_path.endswith(".txt") and entry.deleted_at
    kept = lib.annotation(ann)
    assert kept.status == "orphan" and kept.deleted_at is None and kept.note == "留意"
    assert lib.check().ok


def test_restore_brings_back_every_row_hit_reference_and_annotation(lib: Library) -> None:
    doc = _doc(lib)
    key = lib.document_summary(doc).key
    before_rows, before_doc = _rows(lib, doc), lib.document(doc)
    before_text = lib.document_text(doc)
    before_hits = [(h.doc_id, h.start, h.end) for h in lib.search("网络安全", limit=0).hits]
    before_cited, before_summaries = _cited_by_law(lib, doc), lib.list_documents()
    anns = [_annotate(lib, doc, p) for p in ("网络运营者", "关键信息基础设施", "个人信息")]
    placed = [lib.annotation(a) for a in anns]

    lib.remove_documents([doc])
    assert lib.restore_documents([doc]) == [doc]

    assert lib.document_summary(doc).key == key
    assert _rows(lib, doc) == before_rows  # byte-identical rows, targets and statuses included
    assert lib.document(doc) == before_doc and lib.document_text(doc) == before_text
    assert [(h.doc_id, h.start, h.end) for h in lib.search("网络安全", limit=0).hits] == before_hits
    assert _cited_by_law(lib, doc) == before_cited  # references to it resolve again
    assert lib.list_documents() == before_summaries
    for a in placed:
        back = lib.annotation(a.id)
        assert (back.status, back.doc_id, back.start, back.end, back.score) == (
            "exact",
            doc,
            a.start,
            a.end,
            1.0,
        )
    assert lib.trashed_documents() == []
    assert lib.check().ok


def test_removing_with_annotations_deleted_is_undone_too(lib: Library) -> None:
    doc = _doc(lib)
    anns = [_annotate(lib, doc, p) for p in ("网络运营者", "个人信息")]
    other = _annotate(lib, _doc(lib, "中华人民共和国数据安全法"), "数据")
    lib.remove_documents([doc], delete_annotations=True)
    assert [a.id for a in lib.annotations()] == [other]
    assert {a.id for a in lib.annotations(only_deleted=True)} == set(anns)
    assert lib.trashed_documents()[0].annotations == 0
    lib.restore_documents([doc])
    assert {a.id for a in lib.annotations()} == {*anns, other}
    assert {lib.annotation(a).status for a in anns} == {"exact"}


def test_several_documents_and_restore_is_all_or_nothing(lib: Library) -> None:
    ids = [d.id for d in lib.list_documents()][:3]
    lib.remove_documents(ids)
    assert {t.doc_id for t in lib.trashed_documents()} == set(ids)
    with pytest.raises(DocumentNotFoundError, match="trash"):
        lib.restore_documents([ids[0], 9999])
    assert len(lib.trashed_documents()) == 3  # nothing restored
    assert sorted(lib.restore_documents(ids)) == sorted(ids)
    with pytest.raises(DocumentNotFoundError):
        lib.remove_documents([9999])


def test_empty_trash_is_the_hard_delete_and_keeps_annotations_as_orphans(lib: Library) -> None:
    doc, other = _doc(lib), _doc(lib, "关键信息基础设施安全保护条例")
    ann = _annotate(lib, doc, "网络运营者", note="keep")
    lib.remove_documents([doc, other])
    assert lib.empty_document_trash([other]) == 1
    assert [t.doc_id for t in lib.trashed_documents()] == [doc]
    assert lib.empty_document_trash() == 1
    assert lib.trashed_documents() == []
    with pytest.raises(DocumentNotFoundError):
        lib.restore_documents([doc])
    kept = lib.annotation(ann)
    assert kept.status == "orphan" and kept.note == "keep" and kept.deleted_at is None
    assert len(lib.annotations()) == 1
    assert lib.check().ok


def test_a_new_document_never_takes_a_trashed_id(lib: Library, tmp_path: Path) -> None:
    top = max(d.id for d in lib.list_documents())
    lib.remove_documents([top])
    new = tmp_path / "新文件.txt"
    new.write_text("测试办法\n\n第一条 为了测试，制定本办法。\n", encoding="utf-8")
    lib.import_paths([new])
    assert min(d.id for d in lib.list_documents() if d.title == "测试办法") > top
    assert lib.restore_documents([top]) == [top]


def test_reimporting_the_unchanged_file_restores_it_from_the_trash(lib: Library) -> None:
    doc = _doc(lib)
    before, text = _rows(lib, doc), lib.document_text(doc)
    ann = _annotate(lib, doc, "网络运营者")
    source = lib.document_summary(doc).source_path
    lib.remove_documents([doc])
    report = lib.import_paths([source])
    assert not report.failed and report.count("unchanged") == 0
    assert lib.trashed_documents() == []
    assert _rows(lib, doc)["sections"] == before["sections"]  # same id, same content
    assert lib.document_text(doc) == text
    assert lib.annotation(ann).status == "exact" and lib.annotation(ann).doc_id == doc
    assert lib.check().ok


def test_reimporting_an_edited_file_restores_then_updates(lib: Library, tmp_path: Path) -> None:
    src = tmp_path / "测试法.txt"
    law = "中华人民共和国测试法\n\n第一条 国家实行网络安全等级保护制度。\n\n第二条 其他规定。\n"
    src.write_text(law, encoding="utf-8")
    lib.import_paths([src])
    doc = _doc(lib, "中华人民共和国测试法")
    ann = _annotate(lib, doc, "等级保护制度", note="n")
    lib.remove_documents([doc])
    src.write_text(law + "\n第三条 新增一条。\n", encoding="utf-8")
    report = lib.import_paths([src])
    assert report.count("updated") == 1 and lib.trashed_documents() == []
    assert _doc(lib, "中华人民共和国测试法") == doc
    assert "新增一条" in lib.document_text(doc)
    back = lib.annotation(ann)
    assert back.status == "exact" and back.note == "n"
    assert lib.document_text(doc)[back.start : back.end] == "等级保护制度"


def test_a_restore_over_a_live_copy_is_refused(lib: Library) -> None:
    doc = _doc(lib)
    lib.remove_documents([doc])
    conn = lib._db.conn
    key = conn.execute("SELECT key FROM trash_documents").fetchone()[0]
    conn.execute(
        "UPDATE documents SET key = ? WHERE id = ?", (key, _doc(lib, "中华人民共和国数据安全法"))
    )
    with pytest.raises(DocumentTrashError, match="in the library again"):
        lib.restore_documents([doc])


def test_trash_survives_reopening(lib: Library) -> None:
    doc = _doc(lib)
    lib.remove_documents([doc])
    path = lib.path
    lib.close()
    with Library.open(path) as again:
        assert [t.doc_id for t in again.trashed_documents()] == [doc]
        assert again.restore_documents([doc]) == [doc]


# --- H9: no operation except an explicit delete lowers the annotation count -------------------

PHRASES = ("网络", "数据", "国家", "安全", "个人信息", "第一条")


class TrashMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="fayan-trash-"))
        shutil.copy(self.template, self.dir / "lib.db")
        self.lib = Library.open(self.dir / "lib.db")
        self.live = 0
        self.total = 0
        self.deleted_with: dict[int, set[int]] = {}  # doc id → annotations deleted with it

    def teardown(self) -> None:
        self.lib.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _docs(self) -> list[int]:
        return [d.id for d in self.lib.list_documents()]

    def _trash(self) -> list[int]:
        return [t.doc_id for t in self.lib.trashed_documents()]

    @initialize(data=st.data())
    def annotate_a_few(self, data: st.DataObject) -> None:
        for _ in range(3):
            self.annotate(data)

    @precondition(lambda self: bool(self._docs()))
    @rule(data=st.data())
    def annotate(self, data: st.DataObject) -> None:
        doc = data.draw(st.sampled_from(self._docs()))
        text = self.lib.document_text(doc)
        phrase = data.draw(st.sampled_from([p for p in PHRASES if p in text] or [text[:2]]))
        start = text.index(phrase)
        self.lib.add_annotation(doc, start, start + len(phrase))
        self.live += 1
        self.total += 1

    @precondition(lambda self: bool(self._docs()))
    @rule(data=st.data(), delete=st.booleans())
    def remove(self, data: st.DataObject, delete: bool) -> None:
        doc = data.draw(st.sampled_from(self._docs()))
        before = {a.id for a in self.lib.annotations(doc_id=doc)}
        self.lib.remove_documents([doc], delete_annotations=delete)
        if delete:  # the explicit delete: the only way the live count falls
            self.deleted_with[doc] = before
            self.live -= len(before)

    @precondition(lambda self: bool(self._trash()))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        doc = data.draw(st.sampled_from(self._trash()))
        waiting = {a.id for a in self.lib.annotations(only_deleted=True)}
        self.lib.restore_documents([doc])
        self.live += len(self.deleted_with.pop(doc, set()) & waiting)

    @precondition(lambda self: bool(self._trash()))
    @rule(data=st.data())
    def purge(self, data: st.DataObject) -> None:
        doc = data.draw(st.sampled_from(self._trash()))
        self.lib.empty_document_trash([doc])
        self.deleted_with.pop(doc, None)

    @rule()
    def reopen(self) -> None:
        self.lib.close()
        self.lib = Library.open(self.dir / "lib.db")

    @invariant()
    def counts_only_fall_by_explicit_deletes(self) -> None:
        assert len(self.lib.annotations()) == self.live
        assert len(self.lib.annotations(include_deleted=True)) == self.total

    @invariant()
    def placed_exactly_or_orphaned_with_their_document(self) -> None:
        live_docs = set(self._docs())
        for a in self.lib.annotations(include_deleted=True):
            if a.doc_id is None:
                assert a.status == "orphan"
            else:
                assert a.doc_id in live_docs and a.status == "exact"
                assert self.lib.document_text(a.doc_id)[a.start : a.end] == a.quote

    @invariant()
    def database_is_sound(self) -> None:
        conn: sqlite3.Connection = self.lib._db.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = [r[0] for r in conn.execute("SELECT rowid FROM search_fts ORDER BY rowid")]
        assert ids == sorted(self._docs())


def test_h9_trash_never_loses_an_annotation(template: Path) -> None:
    TrashMachine.template = template
    case = TrashMachine.TestCase
    case.settings = settings(
        max_examples=15,
        stateful_step_count=12,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    case().runTest()


def test_cli_remove_and_trash(lib: Library, capsys) -> None:
    from core.cli import main

    doc, db = _doc(lib), str(lib.path)
    lib.close()
    assert main(["--db", db, "remove", str(doc)]) == 0
    assert main(["--db", db, "trash", "list"]) == 0
    assert CYBER_LAW in capsys.readouterr().out
    assert main(["--db", db, "trash", "restore"]) == 2  # which ones?
    assert main(["--db", db, "trash", "restore", str(doc)]) == 0
    assert main(["--db", db, "trash", "restore", str(doc)]) == 1  # no longer there
    assert main(["--db", db, "remove", str(doc)]) == 0
    assert main(["--db", db, "trash", "empty"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "trash", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def _notes_file(path: Path, policies: list[str]) -> None:
    bodies = {
        "关于加强数据安全管理的通知": "一、数据处理者应当建立数据分类分级制度。\n\n二、不得向境外提供核心数据。",
        "关于推进公共数据开放的意见": "一、各地区应当编制公共数据开放目录。\n\n二、开放数据应当依法脱敏。",
        "关于规范个人信息处理的通知": "一、个人信息处理者应当取得个人同意。\n\n二、不得过度收集个人信息。",
    }
    parts = ["# 政策笔记\n"] + [f"## {t}\n\n{bodies[t]}\n" for t in policies]
    path.write_text("\n".join(parts), encoding="utf-8")


def test_a_document_a_reimported_file_no_longer_holds_goes_to_the_trash(
    lib: Library, tmp_path: Path, capsys
) -> None:
    src = tmp_path / "笔记.md"
    titles = [
        "关于加强数据安全管理的通知",
        "关于推进公共数据开放的意见",
        "关于规范个人信息处理的通知",
    ]
    _notes_file(src, titles)
    assert lib.import_paths([src]).outcomes[0].documents == 3
    doc = _doc(lib, titles[1])
    rows = _rows(lib, doc)
    ann = _annotate(lib, doc, "编制公共数据开放目录", note="开放目录")

    _notes_file(src, [titles[0], titles[2]])  # the user cut a policy from the notes
    report = lib.import_paths([src])
    assert report.count("updated") == 1 and report.trashed == 1
    assert report.to_json()["trashed"] == 1 and report.outcomes[0].trashed == 1
    assert [t.doc_id for t in lib.trashed_documents()] == [doc]
    assert lib.trashed_documents()[0].annotations == 1
    assert titles[1] not in {d.title for d in lib.list_documents()}

    _notes_file(src, titles)  # and pasted it back: the same document, its note in place
    report = lib.import_paths([src])
    assert report.trashed == 0 and lib.trashed_documents() == []
    assert _doc(lib, titles[1]) == doc
    conn = lib._db.conn
    cols = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    stamp = cols.index("updated_at")  # the one column a re-import may change
    again, before = _rows(lib, doc), dict(rows)
    strip = lambda r: r[:stamp] + r[stamp + 1 :]  # noqa: E731
    assert strip(again.pop("documents")[0]) == strip(before.pop("documents")[0])
    assert again == before
    back = lib.annotation(ann)
    assert back.status == "exact" and back.note == "开放目录"


def test_cli_import_says_what_went_to_the_trash(lib: Library, tmp_path: Path, capsys) -> None:
    from core.cli import main

    src = tmp_path / "笔记.md"
    titles = [
        "关于加强数据安全管理的通知",
        "关于推进公共数据开放的意见",
        "关于规范个人信息处理的通知",
    ]
    _notes_file(src, titles)
    lib.import_paths([src])
    _notes_file(src, titles[:2])
    path = lib.path
    lib.close()
    assert main(["--db", str(path), "import", "--quiet", str(src)]) == 0
    err = capsys.readouterr().err
    assert "1 document(s) the re-imported files no longer hold were moved to the trash" in err
