"""The compare tab offscreen: sample law vs an edited version, rows, highlights, F7, export."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from core.compare import Comparison
from core.library import Library
from core.paths import sample_docs_dir
from core.structure import int_to_cn
from desktop.compare_cells import build_cell_document, colours
from desktop.compare_model import (
    COL_A,
    COL_B,
    PAIR_INDEX_ROLE,
    ChangeListModel,
    CompareModel,
    cell_text,
)
from desktop.compare_view import CompareView, older_first
from desktop.offsets import OffsetMap

ARTICLE = re.compile(r"^第[一二三四五六七八九十百零]+条", re.M)
INSERTED = "和数据安全"
NEW_ARTICLE = "网络运营者应当每年向社会公开其个人信息保护工作报告，接受社会监督。"


def revise(text: str) -> str:
    """A second version: two articles edited, one deleted, one inserted, articles renumbered."""
    starts = [m.start() for m in ARTICLE.finditer(text)]
    head = text[: starts[0]]
    blocks = [text[s:e] for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert "提高网络安全保护能力" in blocks[2]
    blocks[2] = blocks[2].replace("提高网络安全保护能力", f"提高网络安全{INSERTED}保护能力")
    assert "，并经被收集者同意。" in blocks[40]
    blocks[40] = blocks[40].replace("，并经被收集者同意。", "，并取得被收集者的单独同意。")
    assert "章" not in blocks[25].split("\n", 1)[1]
    del blocks[25]
    blocks.insert(30, f"第一条 {NEW_ARTICLE}\n\n")
    out = [ARTICLE.sub(f"第{int_to_cn(k)}条", b, count=1) for k, b in enumerate(blocks, 1)]
    return head.replace(
        "中华人民共和国网络安全法", "中华人民共和国网络安全法（修订草案）", 1
    ) + "".join(out)


@pytest.fixture(scope="module")
def compare_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("compare")
    law = sample_docs_dir() / "中华人民共和国网络安全法.txt"
    if not law.is_file():
        pytest.skip("sample_docs missing")
    revised = root / "网络安全法修订草案.txt"
    revised.write_text(revise(law.read_text(encoding="utf-8")), encoding="utf-8")
    db = root / "compare.db"
    with Library.open(db) as lib:
        report = lib.import_paths([sample_docs_dir(), revised])
        assert not report.failed, report.failed
    return db


@pytest.fixture
def lib(compare_db) -> Library:
    lib = Library.open(compare_db, read_only=True)
    yield lib
    lib.close()


def _ids(lib: Library) -> tuple[int, int]:
    docs = {d.title: d.id for d in lib.list_documents()}
    return docs["中华人民共和国网络安全法"], docs["中华人民共和国网络安全法（修订草案）"]


@pytest.fixture
def view(qtbot, lib) -> CompareView:
    a_id, b_id = _ids(lib)
    v = CompareView(lib, a_id, b_id)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    with qtbot.waitSignal(v.sig_ready, timeout=20_000):
        pass
    return v


def test_rows_match_the_comparison(view: CompareView, lib: Library) -> None:
    c: Comparison = view.model.comparison
    assert c.pairs == lib.compare(*_ids(lib)).pairs
    assert view.model.rowCount() == len(c.pairs)
    for row, pair in enumerate(c.pairs):
        a = view.model.index(row, COL_A).data()
        b = view.model.index(row, COL_B).data()
        assert (a != "") == bool(pair.a) and (b != "") == bool(pair.b)
        for u in pair.a:
            assert u.label in a
        for u in pair.b:
            assert u.label in b
    counts = c.counts()
    assert counts["added"] >= 1 and counts["deleted"] >= 1 and counts["modified"] >= 2
    assert counts["same"] > 60
    assert "新增" in view.summary.text() and "义务性条款" in view.summary.text()


def test_modified_row_marks_inserted_and_deleted_text(view: CompareView) -> None:
    c = view.model.comparison
    row = next(
        i
        for i, p in enumerate(c.pairs)
        if p.status == "modified" and any(o.op == "insert" and INSERTED in o.text for o in p.ops)
    )
    pair = c.pairs[row]
    qdoc = view.delegate.document(row, COL_B, 500)
    cell = view.model.cell(row, "b")
    assert qdoc.toPlainText() == cell.text
    m = OffsetMap(cell.text)
    ins = next(o for o in pair.ops if o.op == "insert")
    start = cell.cell_offset(ins.b_start)
    assert cell.text[start : start + len(INSERTED)] == INSERTED
    cur = QTextCursor(qdoc)
    for k in range(start, start + len(INSERTED)):
        cur.setPosition(m.to_utf16(k) + 1)  # the format of the char before the cursor
        fmt = cur.charFormat()
        assert fmt.fontUnderline(), k
        assert fmt.background().color().name() == colours().insert_bg
    cur.setPosition(m.to_utf16(start))  # the char before the insertion is plain
    assert not cur.charFormat().fontUnderline()
    # the other modified row replaced a clause: A side struck through, B side underlined
    row2 = next(
        i for i, p in enumerate(c.pairs) if any(o.op == "delete" for o in p.ops) and p.a and p.b
    )
    pair2 = c.pairs[row2]
    cell_a = view.model.cell(row2, "a")
    qa = view.delegate.document(row2, COL_A, 500)
    dl = next(o for o in pair2.ops if o.op == "delete")
    pos = cell_a.cell_offset(dl.a_start)
    cur = QTextCursor(qa)
    cur.setPosition(OffsetMap(cell_a.text).to_utf16(pos) + 1)
    assert cur.charFormat().fontStrikeOut()
    assert cur.charFormat().background().color().name() == colours().delete_bg


def test_added_and_deleted_rows_have_an_empty_side(view: CompareView) -> None:
    c = view.model.comparison
    added = next(i for i, p in enumerate(c.pairs) if p.status == "added")
    deleted = next(i for i, p in enumerate(c.pairs) if p.status == "deleted")
    assert view.model.index(added, COL_A).data() == ""
    assert NEW_ARTICLE in view.model.index(added, COL_B).data()
    assert view.model.index(deleted, COL_B).data() == ""


def test_f7_walks_through_changes(qtbot, view: CompareView) -> None:
    c = view.model.comparison
    changed = [i for i, p in enumerate(c.pairs) if p.status != "same"]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F7)
    assert view.current_pair_index() == changed[0]
    qtbot.keyClick(view.table, Qt.Key.Key_F7)
    assert view.current_pair_index() == changed[1]
    qtbot.keyClick(view.table, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_pair_index() == changed[0]
    # the change list follows, and clicking it jumps
    assert view.change_list.currentIndex().data(PAIR_INDEX_ROLE) == changed[0]
    view._on_change_list_clicked(view.changes.index(len(changed) - 1))
    assert view.current_pair_index() == changed[-1]
    assert not view.next_change()
    assert view.note.text()


def test_changes_only_hides_same_rows(view: CompareView) -> None:
    c = view.model.comparison
    view.changes_only.setChecked(True)
    shown = view.visible_pair_indexes()
    assert shown == [i for i, p in enumerate(c.pairs) if p.status != "same"]
    for r in range(view.proxy.rowCount()):
        assert view.table.rowHeight(r) >= 36
    view.changes_only.setChecked(False)
    assert len(view.visible_pair_indexes()) == len(c.pairs)


def test_row_heights_fit_the_taller_side(view: CompareView) -> None:
    wa = view.table.columnWidth(COL_A)
    for r in range(0, view.proxy.rowCount(), 7):
        src = view.proxy.index(r, 0).data(PAIR_INDEX_ROLE)
        need = view.delegate.document(src, COL_A, wa).size().height()
        assert view.table.rowHeight(r) >= need


def test_word_export_writes_a_file(qtbot, view: CompareView, tmp_path) -> None:
    out = tmp_path / "对照.docx"
    with qtbot.waitSignal(view.sig_exported, timeout=20_000) as sig:
        view.export_docx(out)
    assert sig.args == [str(out)]
    assert out.stat().st_size > 5000
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "文本对照报告" in text


def test_word_export_error_is_shown(qtbot, view: CompareView, tmp_path) -> None:
    from desktop import errors

    errors.shown_errors.clear()
    worker = view.export_docx(tmp_path / "no-such-folder" / "x.docx")
    with qtbot.waitSignal(worker.signals.sig_failed, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: bool(errors.shown_errors))
    assert "导出对照报告" in errors.shown_errors[-1][0]
    assert view.export_button.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, view: CompareView) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    qtmodeltester.check(view.changes)


def test_empty_models_pass_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(CompareModel())
    qtmodeltester.check(ChangeListModel())


@pytest.mark.parametrize(
    ("dates", "given", "expected"),
    [
        ({1: "2016-11-07", 2: "2021-06-10"}, (2, 1), (1, 2)),
        ({1: "2016-11-07", 2: "2021-06-10"}, (1, 2), (1, 2)),
        ({1: None, 2: "2021-06-10"}, (2, 1), (2, 1)),  # undated: the given order
        ({1: "2021-06-10", 2: "2021-06-10"}, (2, 1), (2, 1)),
    ],
)
def test_older_document_is_a(dates, given, expected) -> None:
    from types import SimpleNamespace

    fake = SimpleNamespace(document_summary=lambda i: SimpleNamespace(date=dates[i]))
    assert older_first(fake, *given) == expected


def test_merged_cell_maps_offsets_per_unit(lib: Library) -> None:
    from core.compare import compare_texts

    a = "示例\n\n第一条 甲应当报告。\n\n第二条 乙应当备案。\n\n第三条 丙。\n"
    b = "示例\n\n第一条 甲应当报告，乙应当备案。\n\n第二条 丙。\n"
    c = compare_texts(a, b)
    merged = next(p for p in c.pairs if len(p.a) == 2)
    cell = cell_text(merged, "a", a)
    assert "第一条" in cell.text and "第二条" in cell.text
    for u in merged.a:
        k = cell.cell_offset(u.start)
        assert cell.text[k : k + len(u.label)] == u.label
    qdoc = build_cell_document(cell, merged, "a", view_font(), colours())
    assert qdoc.toPlainText() == cell.text


def view_font():
    from desktop import theme

    return theme.reader_font(12)


# --- main window: tree context menu, Tools › Compare…, the tab ----------------------------


def test_tree_menu_compares_two_selected_documents(qtbot, window, library) -> None:
    from tests.desktop.conftest import doc_id_by_title

    a = doc_id_by_title(library, "网络安全法")
    b = doc_id_by_title(library, "关键信息基础设施")
    menu = window.tree_context_menu(a, [a])
    act = next(x for x in menu.actions() if x.text() == "比较这两篇文档")
    assert not act.isEnabled()
    menu = window.tree_context_menu(a, [a, b])
    act = next(x for x in menu.actions() if x.text() == "比较这两篇文档")
    assert act.isEnabled()
    act.trigger()
    view = window.compare_views()[0]
    with qtbot.waitSignal(view.sig_ready, timeout=20_000):
        pass
    assert window.tabs.currentWidget() is view
    assert window.current_reader() is None and window.readers() == []
    assert "⇄" in window.tabs.tabText(window.tabs.indexOf(view))
    assert window.open_compare(a, b) is view  # the open tab, not a second one
    # double-click a cell opens that side in a reader tab, the compare tab stays
    row = next(i for i, p in enumerate(view.model.comparison.pairs) if p.b)
    view._on_table_double_clicked(view.proxy.index(row, COL_B))
    assert window.current_reader() is not None
    assert window.current_reader().doc_id == view.b_id
    assert view in window.compare_views()
    window.change_text_size(1)  # reaches the compare tab without breaking it
    window.set_theme("dark")
    window.set_theme("light")
    window.remove_documents([b], confirm=False)
    assert window.compare_views() == []


def test_compare_dialog_picks_two_documents(qtbot, window, library) -> None:
    from tests.desktop.conftest import doc_id_by_title

    a = doc_id_by_title(library, "网络安全法")
    b = doc_id_by_title(library, "关键信息基础设施")
    dlg = window.show_compare_dialog()
    assert not dlg.ok.isEnabled()
    dlg.first.filter.setText("网络安全")
    assert dlg.first.proxy.rowCount() == 1
    assert dlg.first.select(a) and dlg.second.select(b)
    assert dlg.chosen() == (a, b) and dlg.ok.isEnabled()
    dlg.second.select(a)
    assert dlg.chosen() is None and not dlg.ok.isEnabled()
    dlg.second.select(b)
    dlg.accept()
    view = window.compare_views()[0]
    with qtbot.waitSignal(view.sig_ready, timeout=20_000):
        pass
    assert set(view.doc_ids) == {a, b}


def test_jump_right_after_loading_scrolls_to_the_row(qtbot, view: CompareView) -> None:
    """The scroll range must follow the new row heights at once, not at the next layout."""
    data = view.model.data_
    view = CompareView(None)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.set_data(data)
    target = next(i for i, p in enumerate(data.comparison.pairs) if p.status == "deleted")
    assert target > 10
    view.show_pair(target)
    assert view.table.rowAt(0) == target
