"""Re-importing edited files: annotations follow their words, or stay as orphans (H1–H7)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.library import Library

from .conftest import LAW


def _find(text: str, quote: str) -> tuple[int, int]:
    s = text.index(quote)
    return s, s + len(quote)


def test_h1_reimport_of_identical_bytes_changes_no_annotation_row(
    lib: Library, law_file: Path, annotation_rows
) -> None:
    lib.import_paths([law_file], workers=1)
    doc = lib.list_documents()[0].id
    s, e = _find(lib.document_text(doc), "国家实行网络安全等级保护制度")
    lib.add_annotation(doc, s, e, note="等保")
    before = annotation_rows(lib.path)
    report = lib.import_paths([law_file], workers=1)
    assert report.outcomes[0].status == "unchanged"
    assert annotation_rows(lib.path) == before


def test_h2_h3_h5_h6_edited_law_reimported(lib: Library, law_file: Path) -> None:
    lib.import_paths([law_file], workers=1)
    doc = lib.list_documents()[0].id
    text = lib.document_text(doc)
    quotes = {
        "shifted": "为了保障网络安全，维护网络空间主权和国家安全",  # 第一条: text inserted before it
        "typo": "网络运营者应当按照网络安全等级保护制度的要求",  # 第二十一条: one character edited
        "wrapped": "网络产品、服务应当符合相关国家标准的强制性要求",  # 第二十二条: a line break inside
        "deleted": "国家建立和完善网络安全标准体系",  # 第十五条: sentence removed
    }
    ids = {}
    for name, q in quotes.items():
        s, e = _find(text, q)
        ids[name] = lib.add_annotation(doc, s, e, note=name, tags=[name]).id
    src = law_file.read_text(encoding="utf-8")
    head, rest = src.split("\n", 1)
    rest = (
        rest.replace("等级保护制度的要求", "等级保护制度之要求", 1)
        .replace("网络产品、服务应当符合", "网络产品、服务应当\n符合", 1)
        .replace("国家建立和完善网络安全标准体系。", "", 1)
    )
    law_file.write_text(
        head + "\n（2025年修正本说明：本文件仅供测试。）\n" + rest, encoding="utf-8"
    )
    report = lib.import_paths([law_file], workers=1)
    assert report.outcomes[0].status == "updated"
    assert lib.list_documents()[0].id == doc  # updated in place: same id, same key
    new = lib.document_text(doc)
    got = {name: lib.annotation(i) for name, i in ids.items()}

    a = got["shifted"]  # H2
    assert a.status == "exact" and new[a.start : a.end] == quotes["shifted"]
    assert a.start > text.index(quotes["shifted"])
    a = got["typo"]  # H3
    assert a.status == "fuzzy" and 0.9 <= a.score < 1.0
    assert new[a.start : a.end].startswith("网络运营者应当按照") and a.section_label == "第二十一条"
    a = got["wrapped"]  # H6
    assert (
        a.status in ("exact", "fuzzy")
        and "".join(new[a.start : a.end].split()) == quotes["wrapped"]
    )
    a = got["deleted"]  # H5
    assert a.status == "orphan" and a.quote == quotes["deleted"] and a.note == "deleted"
    assert a.to_json()["start"] is None and a.doc_id == doc
    assert len(lib.annotations()) == 4
    assert [x.id for x in lib.annotations(status="orphan")] == [ids["deleted"]]


def test_h4_identical_clause_stays_on_its_copy(lib: Library, store) -> None:
    doc = store(lib, "/src/law.txt", [("中华人民共和国测试法", LAW)])[0]
    text = lib.document_text(doc)
    clause = "网络运营者应当履行网络安全保护义务"
    second = text.index(clause, text.index(clause) + 1)
    a = lib.add_annotation(doc, second, second + len(clause))
    assert a.section_label == "第五条"
    edited = LAW.replace("第三条 国家支持", "第三条 国家鼓励和支持").replace(
        "第一章 总则\n", "第一章 总则\n\n（本章说明）\n"
    )
    store(lib, "/src/law.txt", [("中华人民共和国测试法", edited)])
    b = lib.annotation(a.id)
    assert b.status == "exact" and b.section_label == "第五条"
    assert lib.document_text(doc)[b.start : b.end] == clause


def test_h5_deleted_clause_is_not_moved_to_its_twin(lib: Library, store) -> None:
    doc = store(lib, "/src/law.txt", [("中华人民共和国测试法", LAW)])[0]
    text = lib.document_text(doc)
    clause = "网络运营者应当履行网络安全保护义务，接受政府和社会的监督。"
    s = text.index(clause)
    a = lib.add_annotation(doc, s, s + len(clause), note="第二条的批注")
    # the twin (第五条) is only ~100 characters away: inside the search window
    edited = LAW.replace("第二条 " + clause + "\n", "第二条 （删除）\n")
    store(lib, "/src/law.txt", [("中华人民共和国测试法", edited)])
    b = lib.annotation(a.id)
    assert b.status == "orphan" and b.note == "第二条的批注" and b.quote == clause
    assert len(lib.annotations()) == 1


def test_title_change_leaves_orphans_that_can_be_reattached(lib: Library, store) -> None:
    doc = store(lib, "/src/law.txt", [("中华人民共和国测试法", LAW)])[0]
    a = lib.add_annotation(doc, 10, 20, note="n")
    new_doc = store(lib, "/src/law.txt", [("中华人民共和国测试法（修订）", LAW)])[0]
    b = lib.annotation(a.id)
    assert b.status == "orphan" and b.doc_id is None and b.doc_title == "中华人民共和国测试法"
    c = lib.reattach_annotation(a.id, 10, 20, doc_id=new_doc)
    assert c.status == "exact" and c.doc_id == new_doc


def test_h7_failed_reimport_keeps_document_and_annotations(
    lib: Library, law_file: Path, annotation_rows
) -> None:
    lib.import_paths([law_file], workers=1)
    doc = lib.list_documents()[0].id
    lib.add_annotation(doc, 30, 60, note="survives")
    before, text = annotation_rows(lib.path), lib.document_text(doc)
    law_file.write_bytes(bytes(range(256)) * 40)  # no longer text
    report = lib.import_paths([law_file], workers=1)
    assert report.outcomes[0].status == "failed"
    assert annotation_rows(lib.path) == before and lib.document_text(doc) == text


def test_h7_exception_inside_the_reanchor_hook_rolls_the_import_back(
    lib: Library, store, monkeypatch, annotation_rows
) -> None:
    doc = store(lib, "/src/law.txt", [("中华人民共和国测试法", LAW)])[0]
    lib.add_annotation(doc, 30, 60, note="n")
    before = annotation_rows(lib.path)
    from core.annotations import store as notes

    def boom(*a, **k):
        raise RuntimeError("simulated crash while re-anchoring")

    monkeypatch.setattr(notes, "reanchor", boom)
    with pytest.raises(RuntimeError):
        store(lib, "/src/law.txt", [("中华人民共和国测试法", "前言\n" + LAW)])
    assert annotation_rows(lib.path) == before
    assert lib.document_text(doc) == LAW


E2_CHILD = textwrap.dedent(
    """
    import sys
    from core.library import Library
    lib = Library.open(sys.argv[1])
    ann = int(sys.argv[2])
    i = 0
    while True:
        lib.update_annotation(ann, note=f"version {i} " + "内容" * (i % 5000))
        if i == 20:
            print("ready", flush=True)
        i += 1
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_e2_killed_while_saving_notes_leaves_a_whole_note(lib: Library, store, tmp_path) -> None:
    doc = store(lib, "/src/law.txt", [("中华人民共和国测试法", LAW)])[0]
    ann = lib.add_annotation(doc, 0, 5, note="version start").id
    lib.close()
    repo = Path(__file__).resolve().parents[3]
    for delay in (0.0, 0.15, 0.4):
        child = subprocess.Popen(
            [sys.executable, "-c", E2_CHILD, str(tmp_path / "lib.db"), str(ann)],
            cwd=repo,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(repo)},
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        again = Library.open(tmp_path / "lib.db")
        try:
            note = again.annotation(ann).note
            n = int(note.split()[1])
            assert note == f"version {n} " + "内容" * (n % 5000)
            assert n >= 20
            assert again._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            again.close()
