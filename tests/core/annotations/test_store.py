"""Annotations through the Library API: create, edit, trash, filters, palette, limits, faults."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from unittest.mock import ANY

import pytest

from core.annotations.models import MAX_NOTE_CHARS, ORPHAN
from core.errors import (
    AnnotationError,
    AnnotationNotFoundError,
    DiskFullError,
    DocumentNotFoundError,
    NoteTooLargeError,
)
from core.library import Library

from .conftest import LAW


def _span(lib: Library, doc_id: int, quote: str, occurrence: int = 0) -> tuple[int, int]:
    text = lib.document_text(doc_id)
    s = -1
    for _ in range(occurrence + 1):
        s = text.index(quote, s + 1)
    return s, s + len(quote)


@pytest.fixture
def doc(lib: Library, store) -> int:
    return store(lib, "/src/test.txt", [("中华人民共和国测试法", LAW)])[0]


def test_add_records_quote_context_article_and_version(lib: Library, doc: int) -> None:
    s, e = _span(lib, doc, "国家实行网络安全等级保护制度")
    a = lib.add_annotation(doc, s, e, note="等保", tags=["义务", "重点"], color=3)
    text = lib.document_text(doc)
    assert (a.doc_id, a.start, a.end, a.quote) == (doc, s, e, text[s:e])
    assert a.prefix == text[s - 32 : s] and a.suffix == text[e : e + 32]
    assert (a.section_label, a.section_number) == ("第四条", 4)
    assert a.status == "exact" and a.score == 1.0 and a.deleted_at is None
    assert a.anchored_sha and a.uuid and a.created_at == a.updated_at
    assert a.doc_key == lib.document_summary(doc).key
    assert a.to_json() == {
        "id": a.id,
        "doc_id": doc,
        "start": s,
        "end": e,
        "quote": a.quote,
        "note": "等保",
        "tags": ["义务", "重点"],
        "color": 3,
        "status": "exact",
    }


@pytest.mark.parametrize(
    "note",
    [
        "",
        "普通批注",
        "x" * 1_000_000,  # 1 MB
        "emoji 😀👍🏽🇨🇳 and ZWJ 👩‍💻",
        "مرحبا بالعالم RTL עברית \u202e reversed \u202c",
        "control \x01\x02\x07\x1b[31m\x7f chars",
        "NUL \x00 inside \x00\x00 and at end\x00",
        "line\nbreaks\r\nand\ttabs",
        "𠀀𠀁 Extension B 𪚥",
    ],
)
def test_h10_notes_round_trip_verbatim(lib: Library, doc: int, note: str) -> None:
    a = lib.add_annotation(doc, 10, 20, note=note)
    assert lib.annotation(a.id).note == note
    b = lib.update_annotation(a.id, note=note + "!")
    assert b.note == note + "!"
    lib.close()
    again = Library.open(lib.path)
    try:
        assert again.annotation(a.id).note == note + "!"
    finally:
        again.close()


def test_h10_too_large_or_invalid_note_is_refused_before_saving(lib: Library, doc: int) -> None:
    with pytest.raises(NoteTooLargeError, match="limit"):
        lib.add_annotation(doc, 10, 20, note="x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(AnnotationError, match="not valid text"):
        lib.add_annotation(doc, 10, 20, note="lone surrogate \ud800")
    a = lib.add_annotation(doc, 10, 20, note="kept")
    with pytest.raises(NoteTooLargeError):
        lib.update_annotation(a.id, note="y" * (MAX_NOTE_CHARS + 1))
    assert lib.annotation(a.id).note == "kept"
    assert len(lib.annotations()) == 1


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 5), (5, 5), (6, 5), (0, 10**6), ("0", 3)],
)
def test_bad_ranges_are_refused(lib: Library, doc: int, start, end) -> None:
    with pytest.raises(AnnotationError, match="not inside the document"):
        lib.add_annotation(doc, start, end)
    assert lib.annotations() == []


def test_unknown_document_annotation_and_colour(lib: Library, doc: int) -> None:
    with pytest.raises(DocumentNotFoundError):
        lib.add_annotation(999, 0, 3)
    with pytest.raises(AnnotationNotFoundError):
        lib.update_annotation(999, note="x")
    with pytest.raises(AnnotationError, match="Colour"):
        lib.add_annotation(doc, 0, 3, color=99)
    with pytest.raises(AnnotationError, match="Colour"):
        lib.add_annotation(doc, 0, 3, color=True)  # type: ignore[arg-type]


def test_tags_are_cleaned_and_filterable(lib: Library, doc: int) -> None:
    a = lib.add_annotation(doc, 0, 5, tags=[" 义务 ", "义务", "", "风险点"])
    b = lib.add_annotation(doc, 30, 40, tags=["风险点"])
    lib.add_annotation(doc, 50, 60)
    assert a.tags == ("义务", "风险点")
    assert [x.id for x in lib.annotations(tag="风险点")] == [a.id, b.id]
    assert [x.id for x in lib.annotations(tag="义务")] == [a.id]
    assert lib.annotation_tags() == sorted(["义务", "风险点"])
    assert lib.update_annotation(b.id, tags=[]).tags == ()
    assert [x.id for x in lib.annotations(tag="风险点")] == [a.id]


def test_filters_and_orders(lib: Library, doc: int) -> None:
    late = lib.add_annotation(doc, 100, 110, note="second", color=2)
    early = lib.add_annotation(doc, 10, 20, note="FIRST note", color=1)
    assert [x.id for x in lib.annotations()] == [early.id, late.id]  # position
    assert [x.id for x in lib.annotations(order="date")] == [early.id, late.id]  # newest first
    assert [x.id for x in lib.annotations(color=2)] == [late.id]
    assert [x.id for x in lib.annotations(text="first")] == [early.id]  # case-insensitive
    assert [x.id for x in lib.annotations(text=lib.annotation(late.id).quote[2:5])] == [late.id]
    assert [x.id for x in lib.annotations(doc_id=doc, status="exact")] == [early.id, late.id]
    assert lib.annotations(status="orphan") == []
    with pytest.raises(AnnotationError):
        lib.annotations(status="lost")
    with pytest.raises(AnnotationError):
        lib.annotations(order="random")


def test_trash_undo_and_empty(lib: Library, doc: int) -> None:
    a = lib.add_annotation(doc, 0, 5, note="a")
    b = lib.add_annotation(doc, 10, 15, note="b")
    assert lib.delete_annotation(a.id).deleted_at is not None
    assert [x.id for x in lib.annotations()] == [b.id]
    assert [x.id for x in lib.annotations(only_deleted=True)] == [a.id]
    assert len(lib.annotations(include_deleted=True)) == 2
    assert lib.undo_delete_annotation(a.id).deleted_at is None
    assert lib.restore_annotation is not None
    lib.delete_annotation(b.id)
    assert lib.empty_trash() == 1
    assert [x.id for x in lib.annotations(include_deleted=True)] == [a.id]
    with pytest.raises(AnnotationNotFoundError):
        lib.annotation(b.id)


def test_schema_refuses_deleting_a_live_annotation(lib: Library, doc: int) -> None:
    a = lib.add_annotation(doc, 0, 5)
    with pytest.raises(sqlite3.IntegrityError, match="trash"):
        lib._db.conn.execute("DELETE FROM annotations WHERE id = ?", (a.id,))
    assert lib.annotation(a.id)


def test_palette_rename_persists(lib: Library) -> None:
    names = [p.name for p in lib.palette()]
    assert names[:5] == ["待落实", "风险", "已落实", "疑问", "重点"]
    assert all(len(p.color) == 6 for p in lib.palette())
    assert lib.rename_color(0, " 待办 ")[0].name == "待办"
    with pytest.raises(AnnotationError):
        lib.rename_color(0, "  ")
    with pytest.raises(AnnotationError):
        lib.rename_color(42, "x")
    lib.close()
    again = Library.open(lib.path)
    try:
        assert again.palette()[0].name == "待办"
    finally:
        again.close()


def test_h8_removing_a_document_keeps_its_annotations_as_orphans(lib: Library, store) -> None:
    doc = store(lib, "/src/test.txt", [("中华人民共和国测试法", LAW)])[0]
    s, e = _span(lib, doc, "国家实行网络安全等级保护制度")
    a = lib.add_annotation(doc, s, e, note="keep me")
    lib.add_annotation(doc, 0, 4)
    assert lib.count_annotations_for([doc]) == 2
    assert lib.count_annotations_for([]) == 0
    lib.remove_documents([doc])
    kept = lib.annotation(a.id)
    assert kept.status == ORPHAN and kept.doc_id is None and kept.note == "keep me"
    assert kept.to_json()["doc_id"] is None and kept.to_json()["start"] is None
    assert len(lib.annotations()) == 2
    # "undo": the same file imported again brings the document back under the same key
    doc2 = store(lib, "/src/test.txt", [("中华人民共和国测试法", LAW)])[0]
    back = lib.annotation(a.id)
    assert back.status == "exact" and back.doc_id == doc2 and (back.start, back.end) == (s, e)


def test_h8_removing_with_delete_annotations_trashes_them(lib: Library, store) -> None:
    doc = store(lib, "/src/test.txt", [("中华人民共和国测试法", LAW)])[0]
    a = lib.add_annotation(doc, 0, 4)
    lib.remove_documents([doc], delete_annotations=True)
    assert lib.annotations() == []
    assert lib.undo_delete_annotation(a.id).deleted_at is None  # still undoable


def test_reattach_an_orphan(lib: Library, store) -> None:
    doc = store(lib, "/src/test.txt", [("中华人民共和国测试法", LAW)])[0]
    s, e = _span(lib, doc, "国家实行网络安全等级保护制度")
    a = lib.add_annotation(doc, s, e, note="n")
    store(
        lib,
        "/src/test.txt",
        [
            (
                "中华人民共和国测试法",
                LAW.replace("国家实行网络安全等级保护制度", "国家建立分类分级制度"),
            )
        ],
    )
    assert lib.annotation(a.id).status == ORPHAN
    s2, e2 = _span(lib, doc, "国家建立分类分级制度")
    orphan, anchor = lib.annotation(a.id), lib.annotation_anchor(a.id)
    b = lib.reattach_annotation(a.id, s2, e2)
    # undo: the orphan as it was, to the field; redo works from there as from the first time
    back = lib.restore_annotation_anchor(a.id, anchor)
    assert replace(back, updated_at=orphan.updated_at) == orphan
    with pytest.raises(ValueError, match="exactly the columns"):
        lib.restore_annotation_anchor(a.id, {**anchor, "note": "x"})
    assert lib.reattach_annotation(a.id, s2, e2) == replace(b, updated_at=ANY)
    assert (b.status, b.start, b.end, b.quote, b.note) == (
        "exact",
        s2,
        e2,
        "国家建立分类分级制度",
        "n",
    )
    lib.remove_documents([doc])
    with pytest.raises(AnnotationError, match="no longer in the library"):
        lib.reattach_annotation(a.id, 0, 3)
    other = store(lib, "/src/other.txt", [("其他文件", "第一条 其他内容。")])[0]
    c = lib.reattach_annotation(a.id, 0, 3, doc_id=other)
    assert c.doc_id == other and c.doc_title == "其他文件" and c.status == "exact"


def test_e3_disk_full_rolls_back_and_keeps_the_library_sound(lib: Library, doc: int) -> None:
    a = lib.add_annotation(doc, 0, 4, note="before")
    conn = lib._db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFullError):
        lib.update_annotation(a.id, note="x" * 2_000_000)
    with pytest.raises(DiskFullError):
        lib.add_annotation(doc, 5, 9, note="y" * 2_000_000)
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert lib.annotation(a.id).note == "before"
    assert len(lib.annotations()) == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_library_refuses_writes(lib: Library, doc: int) -> None:
    from core.errors import LibraryReadOnlyError

    lib.add_annotation(doc, 0, 4)
    lib.close()
    ro = Library.open(lib.path, read_only=True)
    try:
        assert len(ro.annotations()) == 1
        with pytest.raises(LibraryReadOnlyError):
            ro.add_annotation(doc, 0, 4)
    finally:
        ro.close()
