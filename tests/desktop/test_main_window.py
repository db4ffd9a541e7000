"""The main window with real widgets offscreen: tree → reader, links, search, find, state."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, QSettings, Qt

from desktop import errors, theme
from desktop.i18n import tr
from desktop.library_model import DOC_ID_ROLE
from desktop.main_window import MainWindow
from tests.desktop.conftest import doc_id_by_title
from tests.desktop.helpers import coloured_ranges, to_cp


def _tree_index(win: MainWindow, doc_id: int):
    proxy = win.tree_proxy
    src = win.tree_model.index_of_document(doc_id)
    return proxy.mapFromSource(src)


def test_select_in_tree_shows_text_and_obligation_highlights(qtbot, window, library) -> None:
    doc_id = doc_id_by_title(library, "网络安全法")
    idx = _tree_index(window, doc_id)
    assert idx.isValid()
    window.tree.scrollTo(idx)
    qtbot.mouseClick(
        window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(idx).center()
    )
    reader = window.current_reader()
    assert reader is not None and reader.doc_id == doc_id
    text = library.document_text(doc_id)
    qdoc = reader.view.document()
    assert qdoc.toPlainText().replace("\u2029", "\n") == text
    sentences = library.document(doc_id)["sentences"]
    expected = [
        (s["start"], s["end"])
        for s in sentences
        if theme.primary_label(s["labels"]) == "obligation"
    ]
    assert len(expected) > 10
    got = to_cp(coloured_ranges(qdoc, theme.current().labels["obligation"]), text)
    # adjacent obligation sentences merge into one painted range: compare covered characters
    covered = {i for a, b in got for i in range(a, b)}
    want = {i for a, b in expected for i in range(a, b)}
    assert want <= covered
    assert len(covered - want) <= len(expected)  # at most the separators between neighbours
    # the side panels follow the document
    assert window.obligations.model.rowCount() == sum(
        1 for s in sentences if {"obligation", "prohibition", "penalty"} & set(s["labels"])
    )
    assert window.info.text_of("title") == "中华人民共和国网络安全法"
    assert window.outline.model.rowCount() > 0


def test_legend_toggle_removes_a_colour(window, library) -> None:
    reader = window.open_document(doc_id_by_title(library, "网络安全法"))
    colour = theme.current().labels["obligation"]
    assert coloured_ranges(reader.view.document(), colour)
    reader.legend.boxes["obligation"].setChecked(False)
    assert not coloured_ranges(reader.view.document(), colour)
    reader.legend.boxes["obligation"].setChecked(True)
    assert coloured_ranges(reader.view.document(), colour)


def test_tooltip_names_labels_and_bearer(window, library) -> None:
    reader = window.open_document(doc_id_by_title(library, "网络安全法"))
    s = next(s for s in reader.doc.sentences if "obligation" in s["labels"] and s["subject"])
    tip = reader.view.tooltip_at(s["start"] + 1)
    assert "义务" in tip and s["subject"] in tip


def test_clicking_a_reference_navigates_and_back_returns(qtbot, window, library) -> None:
    citing = doc_id_by_title(library, "关键信息基础设施安全保护条例")
    target = doc_id_by_title(library, "网络安全法")
    reader = window.open_document(citing)
    i, ref = next((i, r) for i, r in enumerate(reader.doc.references) if r["target_id"] == target)
    reader.jump_to(ref["start"])
    qtbot.wait(50)
    cur = reader.view.textCursor()
    cur.setPosition(reader.doc.offsets.to_utf16(ref["start"] + 2))
    pos = reader.view.cursorRect(cur).center()
    assert reader.view.anchorAt(pos).startswith("ref:")
    qtbot.mouseClick(reader.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.current_reader().doc_id == target
    assert window.act_back.isEnabled()
    window.act_back.trigger()
    assert window.current_reader().doc_id == citing
    window.act_forward.trigger()
    assert window.current_reader().doc_id == target


def test_reference_to_an_article_opens_at_the_article(window, library) -> None:
    target = doc_id_by_title(library, "网络安全法")
    reader = window.follow_reference(target, 21)
    assert reader.doc_id == target
    assert reader.marked_text().startswith("第二十一条")


def test_unresolved_reference_says_not_in_library(window, library) -> None:
    reader = window.open_document(doc_id_by_title(library, "网络安全法"))
    missing = [i for i, r in enumerate(reader.doc.references) if r["target_id"] is None]
    if not missing:
        reader.doc.references.append(
            {
                "start": 0,
                "end": 2,
                "text": "《不存在法》",
                "kind": "document",
                "target_id": None,
                "target_title": "不存在法",
                "target_article": None,
            }
        )
        missing = [len(reader.doc.references) - 1]
    reader.activate_reference(missing[0])
    assert "不在文库中" in window.statusBar().currentMessage()
    assert window.current_reader() is reader


def test_reference_popup_shows_cited_article(window, library) -> None:
    citing = doc_id_by_title(library, "关键信息基础设施安全保护条例")
    reader = window.open_document(citing)
    i = next(i for i, r in enumerate(reader.doc.references) if r["target_id"] not in (None, citing))
    assert reader.show_reference_popup(i, QPoint(100, 100))
    assert reader.popup.isVisible() and reader.popup.text()
    reader.popup._pin.setChecked(True)
    reader.popup.request_hide()
    assert reader.popup.isVisible()
    reader.popup.hide_now()


def test_search_finds_and_opens_hit(qtbot, window, library) -> None:
    window.act_search.trigger()
    assert window.side.currentWidget() is window.search
    with qtbot.waitSignal(window.search.sig_results, timeout=10_000) as blocker:
        window.search.edit.insert("关键信息基础设施")  # QTest asserts on non-ASCII keys
    assert blocker.args[0].hits
    view = window.search.view
    group = window.search.model.index(0, 0)
    hit_index = window.search.model.index(0, 0, group)
    view.scrollTo(hit_index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(hit_index).center()
    )
    reader = window.current_reader()
    hit = hit_index.data(Qt.ItemDataRole.UserRole + 1)
    assert reader.doc_id == hit.doc_id
    assert reader.marked_text() == "关键信息基础设施"


def test_find_in_document_counts_and_steps(qtbot, window, library) -> None:
    reader = window.open_document(doc_id_by_title(library, "网络安全法"))
    window.act_find.trigger()
    assert reader.find_bar.isVisible()
    reader.find_bar.edit.insert("网络运营者")
    n = library.document_text(reader.doc_id).count("网络运营者")
    assert len(reader.find_bar.hits) == n > 5
    assert reader.find_bar.count.text() == f"1/{n}"
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.find_bar.count.text() == f"2/{n}"
    assert reader.view.textCursor().selectedText() == "网络运营者"
    reader.find_bar.find_previous()
    reader.find_bar.find_previous()
    assert reader.find_bar.count.text() == f"{n}/{n}"


def test_text_size_and_close_tab_shortcuts(qtbot, window, library) -> None:
    window.open_document(doc_id_by_title(library, "网络安全法"))
    window.open_document(doc_id_by_title(library, "关键信息"), new_tab=True)
    size = window.point_size
    window.act_zoom_in.trigger()
    assert window.current_reader().point_size == size + 1
    window.act_zoom_out.trigger()
    assert window.tabs.count() == 2
    window.act_close_tab.trigger()
    assert window.tabs.count() == 1
    assert "Ctrl+W" in [s.toString() for s in window.act_close_tab.shortcuts()]


def test_tabs_and_geometry_restored(qtbot, library, settings) -> None:
    win = MainWindow(library, settings, restore=False, auto_import_samples=False)
    qtbot.addWidget(win)
    a = doc_id_by_title(library, "网络安全法")
    b = doc_id_by_title(library, "关键信息")
    win.open_document(a)
    win.open_document(b, new_tab=True)
    win.show()
    qtbot.waitExposed(win)
    win.resize(800, 533)  # the offscreen screen is 800x800
    qtbot.waitUntil(lambda: win.height() == 533)
    win.close()
    again = MainWindow(library, settings, restore=True, auto_import_samples=False)
    qtbot.addWidget(again)
    again.show()
    assert [r.doc_id for r in again.readers()] == [a, b]
    assert again.current_reader().doc_id == b
    assert again.size().height() == 533


def test_compare_tabs_restored_in_their_place(qtbot, library, settings) -> None:
    from desktop.compare_view import CompareView

    win = MainWindow(library, settings, restore=False, auto_import_samples=False)
    qtbot.addWidget(win)
    a = doc_id_by_title(library, "网络安全法")
    b = doc_id_by_title(library, "关键信息")
    c = doc_id_by_title(library, "测试管理规定")
    win.open_document(a)
    view = win.open_compare(b, a)
    pair = view.doc_ids
    win.open_document(c, new_tab=True)
    win.tabs.setCurrentWidget(view)
    win.close()
    settings.setValue("tabs/open", [*settings.value("tabs/open"), "c:999:1", "c:x:1"])
    again = MainWindow(library, settings, restore=True, auto_import_samples=False)
    qtbot.addWidget(again)
    tabs = [again.tabs.widget(i) for i in range(again.tabs.count())]
    assert len(tabs) == 3  # a comparison with a document gone, or garbage, is skipped
    assert [t.doc_id for t in tabs if not isinstance(t, CompareView)] == [a, c]
    assert isinstance(tabs[1], CompareView) and tabs[1].doc_ids == pair  # order kept as it was
    assert again.tabs.currentWidget() is tabs[1]
    qtbot.waitUntil(lambda: again.tabs.tabText(1) != tr("compare.tab"), timeout=10000)


def test_settings_do_not_leak_to_the_user_profile(settings) -> None:
    assert settings.fileName().endswith("fayan-test.ini")
    assert QSettings().fileName() != settings.fileName()


def test_remove_document_closes_its_tab(window, library) -> None:
    doc_id = doc_id_by_title(library, "测试管理规定")
    window.open_document(doc_id)
    assert window.remove_documents([doc_id], confirm=False) == 1
    assert doc_id not in [d.id for d in library.list_documents()]
    assert all(r.doc_id != doc_id for r in window.readers())
    assert not window.tree_model.index_of_document(doc_id).isValid()


def test_context_menu_compare_needs_two_documents(window, library) -> None:
    menu = window.tree_context_menu(doc_id_by_title(library, "网络安全法"), [])
    texts = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert texts["打开"] and not texts["比较这两篇文档"] and texts["从文库中移除…"]


def test_facets_by_type(window, library) -> None:
    window.tree_mode.setCurrentIndex(1)  # 按类型
    names = [window.tree_proxy.index(r, 0).data() for r in range(window.tree_proxy.rowCount())]
    assert any(n.startswith("法律") for n in names)


def test_banner_for_repealed_status(window, library) -> None:
    from desktop.documents import LoadedDocument

    reader = window.open_document(doc_id_by_title(library, "网络安全法"))
    info = dict(
        reader.doc.info,
        status="已废止",
        status_evidence={"doc_id": doc_id_by_title(library, "关键信息"), "title": "新法"},
    )
    reader.doc = LoadedDocument.build(info, reader.doc.text)
    reader._update_banner()
    assert (
        reader.banner.isVisible()
        and "已废止" in reader.banner.text()
        and "doc:" in reader.banner.text()
    )


def test_dark_theme_rerenders(window, library) -> None:
    reader = window.open_document(doc_id_by_title(library, "网络安全法"))
    try:
        window.set_theme("dark")
        assert coloured_ranges(reader.view.document(), theme.DARK.labels["obligation"])
    finally:
        window.set_theme("light")


def test_language_switch_asks_for_rebuild_in_english(qtbot, window, library, settings) -> None:
    from desktop.i18n import set_language

    try:
        with qtbot.waitSignal(window.sig_restart_requested):
            window.set_language("en")
        assert settings.value("ui/language") == "en"
        win = MainWindow(library, settings, restore=True, auto_import_samples=False)
        qtbot.addWidget(win)
        assert win.menuBar().actions()[0].text() == "&File"
    finally:
        set_language("zh")


def test_excepthook_shows_dialog_and_app_continues(qtbot, window, library) -> None:
    from desktop.app import install_excepthook

    old = sys.excepthook
    hook = install_excepthook(lambda: window)
    try:
        before = len(errors.shown_errors)
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            hook(*sys.exc_info())
        assert len(errors.shown_errors) == before + 1
        box = window.findChild(errors.QMessageBox, "errorBox")
        assert box is not None and "boom" in box.detailedText()
        box.close()
        assert window.open_document(doc_id_by_title(library, "网络安全法")) is not None
    finally:
        sys.excepthook = old


def test_obligations_panel_click_jumps(qtbot, window, library) -> None:
    reader = window.open_document(doc_id_by_title(library, "网络安全法"))
    view = window.obligations.view
    window.side.setCurrentWidget(window.obligations)
    idx = window.obligations.proxy.index(3, 3)
    row = idx.data(Qt.ItemDataRole.UserRole + 1)
    view.scrollTo(idx)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(idx).center())
    assert reader.marked_text().replace("\u2029", "\n") == row["text"]
    bearer = row["bearer"]
    window.obligations.set_bearer(bearer)
    assert all(
        window.obligations.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) == bearer
        for r in range(window.obligations.proxy.rowCount())
    )


def test_library_obligations_dialog_exports_csv(qtbot, window, library, tmp_path) -> None:
    dlg = window.show_library_obligations()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=10_000)
    docs = {r["doc_id"] for r in dlg.model.rows}
    assert len(docs) >= 2
    dlg.set_bearer("网络运营者")
    rows = dlg.visible_rows()
    assert rows and all(r["bearer"] == "网络运营者" for r in rows)
    out = tmp_path / "out.csv"
    assert dlg.export_to(out) == len(rows)
    content = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(content) >= len(rows) + 1 and "网络运营者" in content[1]


def test_tree_double_click_opens_new_tab(qtbot, window, library) -> None:
    a = doc_id_by_title(library, "网络安全法")
    b = doc_id_by_title(library, "关键信息")
    window.open_document(a)
    idx = _tree_index(window, b)
    window.tree.activated.emit(idx)
    assert window.tabs.count() == 2 and window.current_reader().doc_id == b
    assert idx.data(DOC_ID_ROLE) == b
