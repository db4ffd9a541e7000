"""Annotations in the desktop app: highlight from the reader, edit/delete with undo, the panel,
orphans and re-attach, the notes view, export, backup/restore and removing documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor

from desktop import annotation_controller, errors
from desktop.annotation_model import (
    ANN_ROLE,
    ORPHAN_GROUP,
    AnnotationTableModel,
    AnnotationTreeModel,
    document_group,
)
from tests.desktop.conftest import EXT_B_DOC, doc_id_by_title

CLAUSE_B = "网络运营者应当建立数据安全管理制度"  # 第二条 of the 𠀀 document, after "𠀀𠀀"


def u16(text: str, cp: int) -> int:
    """Qt position of code point ``cp``, counted independently of desktop.offsets."""
    return len(text[:cp].encode("utf-16-le")) // 2


def select_u16(reader, a: int, b: int) -> None:
    """What a mouse drag does: a Qt selection in UTF-16 positions."""
    cur = QTextCursor(reader.view.document())
    cur.setPosition(a)
    cur.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cur)


def menu_at(reader, u16_pos: int):
    """The reader's context menu as a right-click at Qt position ``u16_pos`` would build it."""
    cur = QTextCursor(reader.view.document())
    cur.setPosition(u16_pos)
    rect = reader.view.cursorRect(cur)
    return reader.view.context_menu(QPoint(rect.left() + 2, rect.center().y()))


def find_action(menu, name: str):
    for act in menu.actions():
        if act.objectName() == name:
            return act
        if act.menu() is not None and act.menu().objectName() == name:
            return act.menu()
    raise AssertionError(f"no {name!r} in {[a.text() for a in menu.actions()]}")


def painted_annotations(reader) -> list[tuple[int, int, str, QColor]]:
    """(u16 start, u16 end, text, fill) of the annotation layer's selections."""
    return [
        (
            s.cursor.selectionStart(),
            s.cursor.selectionEnd(),
            s.cursor.selectedText(),
            s.format.background().color(),
        )
        for s in reader.view.annotation_selections()
    ]


def close_editor(ctl) -> None:
    if ctl.editor is not None and ctl.editor.isVisible():
        ctl.editor.reject()


@pytest.fixture
def ctl(window):
    yield window.annotations_ctl
    close_editor(window.annotations_ctl)


def test_select_and_highlight_from_the_context_menu(window, library, ctl) -> None:
    doc_id = doc_id_by_title(library, "网络安全法")
    reader = window.open_document(doc_id)
    text = library.document_text(doc_id)
    quote = "网络运营者应当按照网络安全等级保护制度的要求"
    start = text.index(quote)
    select_u16(reader, u16(text, start), u16(text, start + len(quote)))
    menu = menu_at(reader, u16(text, start + 3))
    sub = find_action(menu, "highlightMenu")
    palette = library.palette()
    assert len(sub.actions()) == len(palette) >= 5
    assert [a.text() for a in sub.actions()][:5] == ["待落实", "风险", "已落实", "疑问", "重点"]
    sub.actions()[1].trigger()  # 风险

    anns = library.annotations(doc_id=doc_id)
    assert [(a.start, a.end, a.quote, a.color) for a in anns] == [
        (start, start + len(quote), quote, 1)
    ]
    assert painted_annotations(reader) == [
        (start, start + len(quote), quote, QColor("#" + palette[1].color))
    ]
    # the panel lists it under its article, and clicking selects the range in the reader
    assert window.side.currentWidget() is not None
    idx = ctl.panel.model.index_of(anns[0].id)
    assert idx.isValid() and idx.parent().data().startswith("第二十一条")
    ctl.panel.view.clicked.emit(idx)
    assert reader.selection_span() == (start, start + len(quote))
    assert "风险" in reader.view.tooltip_at(start + 1)


def test_extension_b_selection_maps_to_the_python_slice(window, library, ctl) -> None:
    doc_id = doc_id_by_title(library, "测试管理规定")
    reader = window.open_document(doc_id)
    text = library.document_text(doc_id)
    assert text.startswith(EXT_B_DOC.split("\n")[0])
    start = text.index(CLAUSE_B)
    assert text[start - 2 : start] == "𠀀𠀀"  # two astral characters right before the clause
    a, b = u16(text, start), u16(text, start + len(CLAUSE_B))
    assert a > start  # Qt positions really differ from code points here
    select_u16(reader, a, b)
    assert reader.selection_span() == (start, start + len(CLAUSE_B))
    find_action(menu_at(reader, a + 2), "highlightMenu").actions()[0].trigger()

    (ann,) = library.annotations(doc_id=doc_id)
    assert (ann.start, ann.end) == (start, start + len(CLAUSE_B))
    assert text[ann.start : ann.end] == ann.quote == CLAUSE_B
    (painted,) = painted_annotations(reader)
    assert painted[:3] == (a, b, CLAUSE_B)  # the highlight sits exactly over the clause


def test_find_hits_keep_the_annotation_layer(window, library, ctl) -> None:
    doc_id = doc_id_by_title(library, "测试管理规定")
    reader = window.open_document(doc_id)
    text = library.document_text(doc_id)
    start = text.index(CLAUSE_B)
    ctl.highlight(doc_id, start, start + 5, color=2)
    reader.find_bar.open_bar()
    reader.find_bar.edit.setText("个人")
    assert reader.marked_text() == "个人"  # the hit layer is what extraSelections() reports
    assert len(painted_annotations(reader)) == 1
    reader.find_bar.close_bar()
    assert len(painted_annotations(reader)) == 1
    reader.rerender()  # theme or size change: a new QTextDocument, same highlights
    assert painted_annotations(reader)[0][2] == CLAUSE_B[:5]


def test_edit_note_then_undo_and_redo(window, library, ctl) -> None:
    doc_id = doc_id_by_title(library, "测试管理规定")
    reader = window.open_document(doc_id)
    text = library.document_text(doc_id)
    start = text.index(CLAUSE_B)
    ann = ctl.highlight(doc_id, start, start + len(CLAUSE_B))
    editor = ctl.edit(ann.id)
    assert editor.note_edit.toPlainText() == ""
    editor.note_edit.setPlainText("年底前落实 ✅")
    editor.tags_edit.setText("数据安全，年度检查")
    editor.picker.buttons[3].click()
    editor.save()
    assert not editor.isVisible()
    got = library.annotation(ann.id)
    assert (got.note, got.tags, got.color) == ("年底前落实 ✅", ("数据安全", "年度检查"), 3)
    assert reader.view.annotation_marks[0].has_note

    window.act_undo.trigger()
    got = library.annotation(ann.id)
    assert (got.note, got.tags, got.color) == ("", (), 0)
    assert not reader.view.annotation_marks[0].has_note
    window.act_redo.trigger()
    assert library.annotation(ann.id).note == "年底前落实 ✅"


def test_failed_save_keeps_the_draft_in_the_editor(window, library, ctl, monkeypatch) -> None:
    doc_id = doc_id_by_title(library, "测试管理规定")
    window.open_document(doc_id)
    ann = ctl.highlight(doc_id, 10, 14)
    editor = ctl.edit(ann.id)
    editor.note_edit.setPlainText("草稿：不要丢")

    def disk_full(*_a, **_k):
        from core.errors import DiskFullError

        raise DiskFullError("The disk is full; nothing was saved.")

    monkeypatch.setattr(library, "update_annotation", disk_full)
    before = len(errors.shown_errors)
    editor.save()
    assert len(errors.shown_errors) == before + 1
    assert editor.isVisible() and editor.note_edit.toPlainText() == "草稿：不要丢"
    assert ctl.stack.count() == 1  # only the add: the failed edit is not an undo step
    monkeypatch.undo()
    editor.save()
    assert not editor.isVisible() and library.annotation(ann.id).note == "草稿：不要丢"


def test_delete_then_ctrl_z_restores(qtbot, window, library, ctl) -> None:
    doc_id = doc_id_by_title(library, "网络安全法")
    reader = window.open_document(doc_id)
    ann = ctl.highlight(doc_id, 100, 120, note="保留")
    assert len(painted_annotations(reader)) == 1
    assert ctl.delete(ann.id)
    assert library.annotations(doc_id=doc_id) == []
    assert painted_annotations(reader) == []
    assert library.annotations(only_deleted=True)[0].id == ann.id  # in the trash, not gone

    window.activateWindow()
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = library.annotations(doc_id=doc_id)
    assert (back.id, back.note, back.start, back.end) == (ann.id, "保留", 100, 120)
    assert len(painted_annotations(reader)) == 1
    qtbot.keyClick(
        reader.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert library.annotations(doc_id=doc_id) == []


def test_panel_filters_by_tag_colour_and_text(window, library, ctl) -> None:
    doc_id = doc_id_by_title(library, "网络安全法")
    window.open_document(doc_id)
    ctl.highlight(doc_id, 100, 110, note="甲", tags=("数据",), color=0)
    ctl.highlight(doc_id, 300, 310, note="乙", tags=("合规", "数据"), color=1)
    ctl.highlight(doc_id, 500, 510, note="丙", tags=("合规",), color=1)
    panel = ctl.panel

    def notes() -> list[str]:
        return sorted(a.note for a in panel.model.annotations())

    assert notes() == ["丙", "乙", "甲"]
    panel.filters.tag.setCurrentIndex(panel.filters.tag.findData("数据"))
    assert notes() == ["乙", "甲"]
    panel.filters.color.setCurrentIndex(panel.filters.color.findData(1))
    assert notes() == ["乙"]
    panel.filters.tag.setCurrentIndex(0)
    panel.filters.text.setText("丙")
    assert notes() == ["丙"]
    panel.filters.text.clear()
    panel.filters.color.setCurrentIndex(0)
    panel.filters.sort.setCurrentIndex(panel.filters.sort.findData("date"))
    assert [a.note for a in panel.model.annotations()][0] == "丙"  # newest first


def test_orphan_shows_unanchored_and_reattaches(qtbot, window, library, ctl, tmp_path) -> None:
    src = tmp_path / "docs" / "扩展B测试规定.txt"
    src.parent.mkdir()
    src.write_text(EXT_B_DOC.replace("测试管理规定", "孤儿管理规定"), encoding="utf-8")
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000):
        window.import_paths([src], show_report=False)
    doc_id = doc_id_by_title(library, "孤儿管理规定")
    text = library.document_text(doc_id)
    clause = "任何个人不得泄露𠀀用户数据"
    start = text.index(clause)
    ann = ctl.highlight(doc_id, start, start + len(clause), note="重点盯防")

    # the clause goes away in the next version of the file
    src.write_text(
        EXT_B_DOC.replace("测试管理规定", "孤儿管理规定").replace(
            "第三条 任何个人不得泄露𠀀用户数据。", "第三条 （删除）"
        ),
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000):
        window.import_paths([src], show_report=False)
    doc_id = doc_id_by_title(library, "孤儿管理规定")
    reader = window.open_document(doc_id)
    assert library.annotation(ann.id).status == "orphan"
    assert painted_annotations(reader) == []  # nothing painted over a different clause

    panel = ctl.panel
    group = panel.orphan_index()
    assert group.isValid() and group.row() == 0  # 未定位 first
    assert group.data().startswith("未定位")
    child = panel.model.index(0, 0, group)
    orphan = child.data(ANN_ROLE)
    assert (orphan.id, orphan.quote, orphan.note) == (ann.id, clause, "重点盯防")

    # select new text in the reader and choose "attach here" from its context menu
    text = library.document_text(doc_id)
    target = text.index("违反本规定第二条的")
    select_u16(reader, u16(text, target), u16(text, target + 9))
    attach = find_action(menu_at(reader, u16(text, target + 2)), "attachMenu")
    (act,) = [a for a in attach.actions() if a.data() == ann.id]
    act.trigger()
    got = library.annotation(ann.id)
    assert (got.status, got.start, got.end, got.note) == ("exact", target, target + 9, "重点盯防")
    assert painted_annotations(reader)[0][2] == "违反本规定第二条的"
    assert not panel.orphan_index().isValid()

    # Ctrl+Z: an orphan again, exactly as it was; Ctrl+Shift+Z attaches it once more
    ctl.stack.undo()
    back = library.annotation(ann.id)
    assert (back.status, back.quote, back.note) == ("orphan", clause, "重点盯防")
    assert (back.start, back.end) == (orphan.start, orphan.end)
    assert painted_annotations(reader) == [] and panel.orphan_index().isValid()
    ctl.stack.redo()
    assert library.annotation(ann.id).status == "exact"
    assert painted_annotations(reader)[0][2] == "违反本规定第二条的"


def test_annotate_whole_article_from_its_context_menu(window, library, ctl) -> None:
    doc_id = doc_id_by_title(library, "测试管理规定")
    reader = window.open_document(doc_id)
    text = library.document_text(doc_id)
    at = text.index(CLAUSE_B) + 3
    act = find_action(menu_at(reader, u16(text, at)), "annotateArticle")
    assert "第二条" in act.text()
    act.trigger()
    editor = ctl.editor
    editor.note_edit.setPlainText("整条落实")
    editor.save()
    (ann,) = library.annotations(doc_id=doc_id)
    assert (ann.start, ann.end) == reader.doc.article_span_at(at)
    assert ann.quote.startswith("第二条") and ann.note == "整条落实"


def test_context_menu_edit_and_delete_on_a_highlight(window, library, ctl) -> None:
    doc_id = doc_id_by_title(library, "测试管理规定")
    reader = window.open_document(doc_id)
    text = library.document_text(doc_id)
    start = text.index(CLAUSE_B)
    ann = ctl.highlight(doc_id, start, start + 6)
    reader.view.setTextCursor(QTextCursor(reader.view.document()))  # no selection
    menu = menu_at(reader, u16(text, start + 2))
    with pytest.raises(AssertionError):
        find_action(menu, "highlightMenu")  # nothing selected: nothing to highlight
    find_action(menu, "editNote").trigger()
    assert ctl.editor.isVisible()
    ctl.editor.reject()
    find_action(menu_at(reader, u16(text, start + 2)), "deleteNote").trigger()
    assert library.annotation(ann.id).deleted


def test_notes_view_filters_and_opens(window, library, ctl) -> None:
    a = doc_id_by_title(library, "网络安全法")
    b = doc_id_by_title(library, "测试管理规定")
    ctl.highlight(a, 100, 110, note="一", tags=("数据",))
    ctl.highlight(b, 20, 30, note="二", tags=("合规",), color=3)
    view = ctl.show_notes_view()
    assert view.model.rowCount() == 2
    view.document.setCurrentIndex(view.document.findData(b))
    assert [x.note for x in view.model.annotations()] == ["二"]
    view.document.setCurrentIndex(0)
    view.filters.tag.setCurrentIndex(view.filters.tag.findData("数据"))
    assert [x.note for x in view.model.annotations()] == ["一"]
    assert view.export_scope() == (None, "数据")
    view.table.selectRow(0)
    view.open_button.click()
    reader = window.current_reader()
    assert reader.doc_id == a and reader.selection_span() is None
    assert reader.marked_text() == library.document_text(a)[100:110]
    view.close()


def test_export_dialog_writes_docx_with_the_note(qtbot, window, library, ctl, tmp_path) -> None:
    import docx

    doc_id = doc_id_by_title(library, "网络安全法")
    window.open_document(doc_id)
    ctl.highlight(doc_id, 100, 130, note="请法务在三月前复核", tags=("复核",))
    dlg = ctl.show_export_dialog()
    assert dlg.scope() == "current"
    out = tmp_path / "out" / "批注.docx"
    out.parent.mkdir()
    dlg.path.setText(str(out))
    dlg.register.setChecked(True)
    with qtbot.waitSignal(dlg.sig_exported, timeout=30_000):
        dlg.export()
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    tables = "\n".join(
        c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells
    )
    assert "请法务在三月前复核" in body + tables
    assert dlg.open_folder_box is not None and dlg.open_folder_box.isVisible()
    dlg.open_folder_box.reject()
    dlg.reject()


def test_export_to_an_unwritable_place_says_so(qtbot, window, library, ctl, tmp_path) -> None:
    doc_id = doc_id_by_title(library, "网络安全法")
    window.open_document(doc_id)
    ctl.highlight(doc_id, 100, 130, note="x")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    dlg = ctl.show_export_dialog()
    dlg.path.setText(str(blocker / "notes.docx"))
    before = len(errors.shown_errors)
    assert dlg.export() is not None
    qtbot.waitUntil(lambda: len(errors.shown_errors) > before, timeout=30_000)
    text, info = errors.shown_errors[-1]
    assert "导出批注" in text
    assert "not-a-folder" in info
    assert dlg.export_button.isEnabled() and dlg.open_folder_box is None
    assert not (blocker / "notes.docx").exists()
    dlg.reject()


def test_backup_and_restore_from_the_gui(window, library, ctl, tmp_path) -> None:
    doc_id = doc_id_by_title(library, "网络安全法")
    ctl.highlight(doc_id, 100, 130, note="备份我")
    path = ctl.backup_notes(tmp_path / "notes.json")
    assert path is not None and Path(path).is_file()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "fayan-notes", "annot', encoding="utf-8")
    before = len(errors.shown_errors)
    assert ctl.restore_notes(bad) is None
    assert len(errors.shown_errors) == before + 1
    assert "bad.json" in errors.shown_errors[-1][1]
    assert [a.note for a in library.annotations()] == ["备份我"]  # unchanged
    report = ctl.restore_notes(path)
    assert report.unchanged == 1 and report.added == 0
    assert "未变 1 条" in ctl.report_box.text()
    ctl.report_box.close()


@pytest.mark.parametrize("choice", [False, True])
def test_remove_document_asks_and_keeps_or_trashes(window, library, ctl, monkeypatch, choice):
    doc_id = doc_id_by_title(library, "测试管理规定")
    ctl.highlight(doc_id, 10, 14, note="留")
    ctl.highlight(doc_id, 20, 24)
    asked = []

    def fake_ask(_parent, n_docs, n_notes):
        asked.append((n_docs, n_notes))
        return choice

    monkeypatch.setattr(annotation_controller, "ask_remove", fake_ask)
    assert window.remove_documents([doc_id]) == 1
    assert asked == [(1, 2)]
    if choice:
        assert library.annotations() == [] and len(library.annotations(only_deleted=True)) == 2
    else:
        anns = library.annotations()
        assert len(anns) == 2 and {a.status for a in anns} == {"orphan"}


def test_palette_dialog_renames_a_colour(window, library, ctl) -> None:
    dlg = ctl.show_palette_dialog()
    dlg.edits[0].setText("待办")
    assert dlg.apply()
    assert library.palette()[0].name == "待办"
    assert ctl.palette()[0].name == "待办"
    assert ctl.panel.filters.color.itemText(1) == "待办"


def test_models_pass_the_model_tester(qtmodeltester, window, library, ctl) -> None:
    a = doc_id_by_title(library, "网络安全法")
    b = doc_id_by_title(library, "测试管理规定")
    ctl.highlight(a, 100, 110, note="一")
    ctl.highlight(b, 20, 30, note="二")
    ann = ctl.highlight(b, 40, 50)
    window.remove_documents([a], confirm=False)  # its annotation is now an orphan
    anns = library.annotations()
    assert ann is not None and any(x.status == "orphan" for x in anns)
    tree = AnnotationTreeModel(group_by=document_group)
    tree.set_annotations(anns, library.palette())
    assert tree.group_index(ORPHAN_GROUP).row() == 0
    qtmodeltester.check(tree)
    table = AnnotationTableModel()
    table.set_annotations(anns, library.palette())
    qtmodeltester.check(table)
    window.open_document(b)
    qtmodeltester.check(ctl.panel.model)
    qtmodeltester.check(ctl.show_notes_view().model)


def test_annotations_screenshot_leaves_the_library_alone(qapp, library, tmp_path) -> None:
    from desktop.screenshot import render_screenshot

    db = library.path
    library.close()
    out = render_screenshot(tmp_path / "annotations.png", str(db), view="annotations")
    assert out.stat().st_size > 10_000
    from core.library import Library

    with Library.open(db) as again:
        assert again.annotations() == []  # the demo notes went into a scratch copy
