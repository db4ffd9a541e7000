"""Remove → Undo (status bar, Edit › Undo) and Library › Trash (restore, delete for good)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from core.library import Library
from desktop.i18n import set_language
from desktop.trash_dialog import DOC_ID_ROLE, TrashDialog, TrashModel

from .conftest import doc_id_by_title


def _ids(library: Library) -> set[int]:
    return {d.id for d in library.list_documents()}


def _tree_ids(window) -> set[int]:
    return {d.id for d in window.tree_model.documents()}


def test_remove_then_undo_from_the_status_bar(window, library: Library) -> None:
    doc = doc_id_by_title(library, "网络安全法")
    ann = window.annotations_ctl.highlight(doc, 100, 110, note="留")
    window.open_document(doc)
    before = library.document(doc)
    assert window.remove_documents([doc], confirm=False) == 1
    assert doc not in _tree_ids(window) and window.current_reader() is None
    assert "回收站" in window.statusBar().currentMessage()
    assert window.undo_remove_button.isVisible()
    assert library.annotation(ann.id).status == "orphan"

    window.undo_remove_button.click()
    assert doc in _tree_ids(window) and library.document(doc) == before
    assert library.annotation(ann.id).status == "exact"
    assert not window.undo_remove_button.isVisible()
    assert library.trashed_documents() == []


def test_edit_undo_and_redo_the_remove(window, library: Library) -> None:
    doc = doc_id_by_title(library, "关键信息基础设施")
    window.remove_documents([doc], confirm=False, delete_annotations=True)
    assert "移除 1 篇文档" in window.act_undo.text()
    window.act_undo.trigger()
    assert doc in _tree_ids(window)
    window.act_redo.trigger()
    assert doc not in _tree_ids(window) and [t.doc_id for t in library.trashed_documents()] == [doc]
    window.act_undo.trigger()
    assert doc in _ids(library)


def test_undo_with_deleted_annotations_brings_them_back(window, library: Library) -> None:
    doc = doc_id_by_title(library, "测试管理规定")
    ctl = window.annotations_ctl
    ctl.highlight(doc, 10, 14)
    ctl.highlight(doc, 20, 24)
    window.remove_documents([doc], confirm=False, delete_annotations=True)
    assert library.annotations() == []
    ctl.stack.undo()
    anns = library.annotations()
    assert len(anns) == 2 and {a.status for a in anns} == {"exact"}


def test_trash_dialog_restores_and_deletes(
    qtbot, qtmodeltester, window, library, monkeypatch
) -> None:
    a = doc_id_by_title(library, "网络安全法")
    b = doc_id_by_title(library, "测试管理规定")
    window.remove_documents([a, b], confirm=False)
    menu = window.findChild(QMenu, "menuLibrary")
    assert window.act_trash in menu.actions()
    window.act_trash.trigger()
    dlg = window._trash_dialog
    assert isinstance(dlg, TrashDialog)
    qtbot.addWidget(dlg)
    qtmodeltester.check(dlg.model)
    assert dlg.model.rowCount() == 2 and not dlg.restore_button.isEnabled()
    assert {dlg.model.index(r, 0).data(DOC_ID_ROLE) for r in range(2)} == {a, b}

    dlg.select_ids([a])
    assert dlg.restore_button.isEnabled()
    with qtbot.waitSignal(dlg.sig_restored) as blocker:
        dlg.restore_button.click()
    assert blocker.args == [[a]]
    assert a in _tree_ids(window) and dlg.model.rowCount() == 1

    dlg.select_ids([b])
    assert dlg.delete_selected(confirm=False) == 1
    assert dlg.model.rowCount() == 0 and dlg.empty_label.isVisibleTo(dlg)
    assert not dlg.empty_button.isEnabled()
    assert b not in _ids(library) and library.trashed_documents() == []
    # the remove is still on the undo stack: its undo says b is gone for good, changes nothing
    errors = []
    monkeypatch.setattr(window.annotations_ctl, "command_failed", lambda *e: errors.append(e))
    window.annotations_ctl.stack.undo()
    assert b not in _ids(library) and a in _ids(library)
    assert len(errors) == 1 and "trash" in str(errors[0][1])
    dlg.close()


def test_undo_after_restoring_from_the_dialog_is_harmless(window, library, monkeypatch) -> None:
    doc = doc_id_by_title(library, "测试管理规定")
    window.remove_documents([doc], confirm=False)
    dlg = window.show_trash()
    dlg.select_ids([doc])
    assert dlg.restore_selected() == [doc]
    errors = []
    monkeypatch.setattr(window.annotations_ctl, "command_failed", lambda *a: errors.append(a))
    window.annotations_ctl.stack.undo()
    assert errors == [] and doc in _ids(library)
    dlg.close()


def test_empty_trash_from_the_dialog(window, library) -> None:
    ids = sorted(_ids(library))
    window.remove_documents(ids, confirm=False)
    assert _tree_ids(window) == set()
    dlg = window.show_trash()
    assert dlg.empty(confirm=False) == 3
    assert library.trashed_documents() == [] and dlg.model.rowCount() == 0
    dlg.close()


def test_trash_model_passes_the_model_tester(qtmodeltester, library) -> None:
    model = TrashModel()
    qtmodeltester.check(model)
    library.remove_documents([doc_id_by_title(library, "网络安全法")])
    model.set_rows(library.trashed_documents())
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "中华人民共和国网络安全法"
    set_language("zh")
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "标题"
