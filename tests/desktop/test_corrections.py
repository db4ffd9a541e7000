"""Correcting the analysis in the app: the reader's and the 义务 panel's "Reading of this
sentence" menus change labels and the duty bearer, show what the analysis read, and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.obligations_panel import ROW_ROLE
from tests.desktop.conftest import doc_id_by_title
from tests.desktop.test_annotations import find_action, menu_at, u16

# 网络安全法 第二十四条: the analysis reads a prohibition on 网络运营者.
BAN = "用户不提供真实身份信息的，网络运营者不得为其提供相关服务。"


def open_law(window, library):
    doc_id = doc_id_by_title(library, "网络安全法")
    reader = window.open_document(doc_id)
    text = library.document_text(doc_id)
    return doc_id, reader, text, text.index(BAN)


def reading(library, doc_id: int) -> dict:
    return next(s for s in library.document(doc_id)["sentences"] if s["text"] == BAN)


def underline_at(reader, text: str, cp: int):
    """The underline style the reader paints at code point ``cp``."""
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(u16(text, cp) + 1)
    return cursor.charFormat().underlineStyle()


def panel_row(window, start: int):
    """(proxy index of the bearer cell, row) of the 义务 panel's row for the sentence at start."""
    panel = window.obligations
    col = panel.model.columns.index("bearer")
    for r in range(panel.proxy.rowCount()):
        idx = panel.proxy.index(r, col)
        row = idx.data(ROW_ROLE)
        if row["start"] == start:
            return idx, row
    raise AssertionError(f"no panel row at {start}")


def test_reader_menu_toggles_a_label_and_undo_puts_it_back(window, library) -> None:
    doc_id, reader, text, start = open_law(window, library)
    sub = find_action(menu_at(reader, u16(text, start + 3)), "readingMenu")
    checked = {a.objectName(): a.isChecked() for a in sub.actions() if a.isCheckable()}
    assert checked == {
        "fix.obligation": False,
        "fix.prohibition": True,
        "fix.permission": False,
        "fix.penalty": False,
    }
    assert not find_action(sub, "fix.revert").isEnabled()  # nothing to go back to yet

    find_action(sub, "fix.obligation").trigger()
    got = reading(library, doc_id)
    assert (got["labels"], got["subject"]) == (["obligation", "prohibition"], "网络运营者")
    assert got["corrected"] == {"labels": ["prohibition"], "subject": "网络运营者"}
    # The reader reloaded: its tooltip and the panel show the user's reading.
    tip = reader.view.tooltip_at(start + 3)
    assert "义务、禁止" in tip and "自动分析为：禁止 · 网络运营者" in tip
    assert underline_at(reader, text, start + 3) == QTextCharFormat.UnderlineStyle.DotLine
    idx, row = panel_row(window, start)
    assert row["labels"] == ["obligation", "prohibition"] and idx.data() == "✎ 网络运营者"

    window.act_undo.trigger()
    got = reading(library, doc_id)
    assert (got["labels"], "corrected" in got, library.corrections()) == (
        ["prohibition"],
        False,
        [],
    )
    assert underline_at(reader, text, start + 3) != QTextCharFormat.UnderlineStyle.DotLine
    window.act_redo.trigger()
    assert reading(library, doc_id)["labels"] == ["obligation", "prohibition"]


def test_panel_menu_sets_the_bearer_and_reverts(window, library, monkeypatch) -> None:
    doc_id, _reader, _text, start = open_law(window, library)
    idx, _row = panel_row(window, start)
    menu = window.obligations.context_menu(idx)
    sub = find_action(menu, "readingMenu")
    asked = []

    def answer(parent, title, prompt, mode, current):
        asked.append(current)
        return "  提供网络接入服务的网络运营者 ", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    find_action(sub, "fix.bearer").trigger()
    assert asked == ["网络运营者"]  # the dialog opens on the current bearer
    assert reading(library, doc_id)["subject"] == "提供网络接入服务的网络运营者"
    idx, row = panel_row(window, start)
    assert idx.data() == "✎ 提供网络接入服务的网络运营者"
    assert "自动分析为：禁止 · 网络运营者" in idx.data(Qt.ItemDataRole.ToolTipRole)
    assert idx.data(Qt.ItemDataRole.FontRole) is None  # not the italics of a carried bearer

    sub = find_action(window.obligations.context_menu(idx), "readingMenu")
    find_action(sub, "fix.revert").trigger()
    got = reading(library, doc_id)
    assert (got["subject"], "corrected" in got) == ("网络运营者", False)
    assert panel_row(window, start)[0].data() == "网络运营者"


def test_bearer_entry_waits_for_a_duty_label(window, library) -> None:
    """A permission names no duty bearer (LABELS.md): the bearer entry is off for it."""
    doc_id, reader, text, start = open_law(window, library)
    library.correct_sentence(doc_id, start, ["permission"], None)
    window.corrections_ctl.readings_changed([doc_id])
    sub = find_action(menu_at(reader, u16(text, start + 3)), "readingMenu")
    assert not find_action(sub, "fix.bearer").isEnabled()
    assert find_action(sub, "fix.revert").isEnabled()


def test_the_cross_document_list_corrects_and_reloads_keeping_its_filter(
    qtbot, window, library, monkeypatch
) -> None:
    doc_id = doc_id_by_title(library, "网络安全法")
    dlg = window.show_library_obligations()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=10_000)
    dlg.set_bearer("网络运营者")
    row = next(r for r in dlg.visible_rows() if r["text"] == BAN)
    col = dlg.model.columns.index("bearer")
    rows = [dlg.proxy.index(r, 0).data(ROW_ROLE) for r in range(dlg.proxy.rowCount())]
    at = next(i for i, r in enumerate(rows) if (r["doc_id"], r["start"]) == (doc_id, row["start"]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("接入服务提供者", True))
    sub = find_action(dlg.context_menu(dlg.proxy.index(at, col)), "readingMenu")
    find_action(sub, "fix.bearer").trigger()
    assert reading(library, doc_id)["subject"] == "接入服务提供者"
    qtbot.waitUntil(
        lambda: all(r["text"] != BAN for r in dlg.visible_rows()), timeout=10_000
    )  # reloaded: the sentence left the 网络运营者 filter, which stays on
    assert dlg.bearers.currentData() == "网络运营者"
    assert any(r["text"] == BAN and r["bearer"] == "接入服务提供者" for r in dlg.model.rows)


def test_tools_lists_the_corrections_and_takes_them_back(
    window, library, monkeypatch, qtmodeltester
) -> None:
    doc_id, _reader, _text, start = open_law(window, library)
    library.correct_sentence(doc_id, start, ["prohibition"], "接入服务提供者")
    first = next(s for s in library.document(doc_id)["sentences"] if s["labels"])
    library.correct_sentence(doc_id, first["start"], ["permission"], None)
    # The second correction's sentence left the text (as after an edited file's re-import).
    conn = library._db.conn  # noqa: SLF001 - a state the GUI cannot make by itself
    conn.execute("UPDATE corrections SET placed = 0 WHERE start = ?", (first["start"],))
    window.act_corrections.trigger()
    dlg = window.corrections_ctl.dialog
    assert dlg.isVisible() and dlg.model.rowCount() == 2
    qtmodeltester.check(dlg.model)
    assert "1 处所在的句子已不在文中" in dlg.summary.text()
    rows = {dlg.model.index(r, 1).data(): r for r in range(2)}
    placed = rows["禁止 · 接入服务提供者"]
    assert dlg.model.index(placed, 2).data() == "禁止 · 网络运营者"  # what the analysis read

    dlg.view.selectRow(placed)
    opened = []
    dlg.sig_open.connect(lambda *a: opened.append(a))
    dlg.open_button.click()
    assert opened and opened[0][0] == doc_id and opened[0][1] == start
    dlg.revert_button.click()  # back to the analysis's reading: one undo step
    assert reading(library, doc_id)["subject"] == "网络运营者"
    assert dlg.model.rowCount() == 1  # the list follows
    window.act_undo.trigger()
    assert reading(library, doc_id)["subject"] == "接入服务提供者" and dlg.model.rowCount() == 2

    unplaced = next(r for r in range(2) if "已不在文中" in dlg.model.index(r, 3).data())
    dlg.view.selectRow(unplaced)
    assert not dlg.open_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dlg.revert_button.click()  # nothing leads to it any more: forgotten, after asking
    assert [c.subject for c in library.corrections()] == ["接入服务提供者"]
    assert dlg.model.rowCount() == 1


def test_a_correction_on_a_reworded_sentence_says_what_the_user_corrected(window, library) -> None:
    from desktop.correction_controller import analysis_tip

    doc_id, _reader, _text, start = open_law(window, library)
    library.correct_sentence(doc_id, start, ["prohibition"], "接入服务提供者")
    # As after a re-import that reworded the sentence (tests/core/store/test_corrections.py).
    old = "用户不提供真实身份信息的，网络运营者不得为其提供服务。"
    conn = library._db.conn  # noqa: SLF001 - a state the GUI cannot make by itself
    conn.execute("UPDATE corrections SET placed = 2, quote = ?", (old,))
    assert analysis_tip(reading(library, doc_id)).endswith("您修改时原句为：" + old)
    window.act_corrections.trigger()
    dlg = window.corrections_ctl.dialog
    assert dlg.model.index(0, 0).data() == "中华人民共和国网络安全法"
    assert dlg.model.index(0, 3).data() == "〔此句措辞已改，修改时为〕" + old
    assert "1 处所在的句子措辞已改" in dlg.summary.text()
    dlg.view.selectRow(0)
    assert dlg.open_button.isEnabled()  # it is on a sentence: it can be opened there

    # Checked, it is kept on the sentence as it now reads; undo marks it reworded again.
    assert dlg.accept_button.isEnabled()
    dlg.accept_button.click()
    [corr] = library.corrections()
    assert (corr.reworded, corr.quote) == (False, BAN)
    assert "措辞已改" not in dlg.summary.text() and dlg.model.index(0, 3).data() == BAN
    assert "reworded_from" not in reading(library, doc_id)["corrected"]
    dlg.view.selectRow(0)
    assert not dlg.accept_button.isEnabled()
    window.act_undo.trigger()
    [corr] = library.corrections()
    assert (corr.reworded, corr.quote) == (True, old)
    assert dlg.model.index(0, 3).data() == "〔此句措辞已改，修改时为〕" + old
