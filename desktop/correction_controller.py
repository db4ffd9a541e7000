"""Corrections of the analysis in the main window: fix a sentence's labels or duty bearer.

The analysis names the right duty bearer for about four sentences in five on a law it has not
seen (docs/accuracy.md), so a reader who checks it must be able to put it right where they see
it: the reader's context menu and the 义务 panel's both offer the same "Reading of this sentence"
menu. Each change is one step on the window's undo stack (desktop/undo_commands.py); the core
keeps it through re-analysis and re-import (core/store/corrections.py).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.models import LABELS
from core.records import Correction
from desktop.corrections_dialog import CorrectionsDialog
from desktop.errors import show_error
from desktop.i18n import joined, label_name, tr
from desktop.undo_commands import AcceptRewording, CorrectSentence, push

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from desktop.reader import DocumentReader

log = logging.getLogger(__name__)
DUTY_LABELS = ("obligation", "prohibition")


def analysis_tip(sentence: dict[str, Any]) -> str:
    """ "Corrected by you; the analysis read …" for a corrected sentence, else ""."""
    auto = sentence.get("corrected")
    if not auto:
        return ""
    labels = joined(label_name(x) for x in auto.get("labels") or ()) or tr("fix.no_label")
    tip = tr("fix.tip", labels=labels, bearer=auto.get("subject") or tr("obl.no_bearer"))
    if auto.get("reworded_from"):
        tip += "\n" + tr("fix.reworded", quote=auto["reworded_from"])
    return tip


class CorrectionController(QObject):
    """Builds the correction menus and applies their choices as undoable steps."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.library = win.library
        self.stack = win.annotations_ctl.stack  # one undo history for the window
        self.dialog: CorrectionsDialog | None = None

    # --- ReadingContext --------------------------------------------------------------------

    def readings_changed(self, doc_ids: Sequence[int]) -> None:
        """Reload the documents' readings: the readers keep their place, the panels refill."""
        self.win.cache.invalidate(list(doc_ids))
        for reader in self.win.readers():
            if reader.doc_id in doc_ids:
                top = reader.view.top_cp()
                reader.load(reader.doc_id)
                reader.scroll_to(top)
        self.win.refresh_side_panels()
        dialog = self.win.obligations_dialog
        if dialog is not None and dialog.isVisible() and set(doc_ids) & set(dialog.doc_ids):
            dialog.reload()
        self.refresh_list()

    def refresh_list(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            try:
                self.dialog.set_rows(self.library.corrections())
            except Exception as e:  # noqa: BLE001 - the list stays as it was; the user is told
                show_error(self.dialog, tr("fixes.title"), e)

    def show_list(self) -> CorrectionsDialog:
        """Tools › Corrections of the analysis: every correction, opened or reverted from there."""
        if self.dialog is None:
            self.dialog = CorrectionsDialog(self.win)
            self.dialog.sig_open.connect(self.win.open_at)
            self.dialog.sig_revert.connect(self.revert_listed)
            self.dialog.sig_accept.connect(self.accept_listed)
        self.dialog.show()
        self.dialog.raise_()
        self.refresh_list()
        return self.dialog

    def revert_listed(self, corr: Correction) -> bool:
        """Back to the analysis's reading (one undo step); an unplaced one is only forgotten."""
        if corr.placed and corr.doc_id is not None:
            sentence = {"start": corr.start, "labels": list(corr.labels), "subject": corr.subject}
            return self.revert(corr.doc_id, sentence)
        answer = QMessageBox.question(
            self.dialog or self.win, tr("fixes.title"), tr("fixes.forget")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.library.forget_correction(corr.id)
        except Exception as e:  # noqa: BLE001 - told to the user; nothing was changed
            show_error(self.win, tr("fix.action"), e)
            return False
        self.refresh_list()
        return True

    def accept_listed(self, corr: Correction) -> bool:
        """Keep a reworded correction on its sentence as it now reads (one undo step)."""
        if corr.doc_id is None:
            return False
        cmd = AcceptRewording(self, tr("fixes.accept.undo"), corr.id, corr.doc_id)
        try:
            push(self.stack, cmd)
        except Exception as e:  # noqa: BLE001 - told to the user; nothing was changed
            show_error(self.dialog or self.win, tr("fixes.accept"), e)
            return False
        return True

    def command_failed(self, action: str, error: BaseException) -> None:
        show_error(self.win, action, error)

    # --- menus -----------------------------------------------------------------------------

    def attach_reader(self, reader: DocumentReader) -> None:
        reader.sig_context_menu.connect(
            lambda menu, cp, r=reader: self.fill_reader_menu(r, menu, cp)
        )

    def fill_reader_menu(self, reader: DocumentReader, menu: QMenu, cp: int) -> None:
        if reader.doc is None:
            return
        sentence = reader.doc.sentence_at(cp)
        if sentence is None:
            return
        menu.addSeparator()
        self.add_reading_menu(menu, reader.doc.id, sentence)

    def row_menu(self, menu: QMenu, row: dict[str, Any]) -> QMenu:
        """The reading menu of an obligations-table row (side panel or cross-document list)."""
        return self.add_reading_menu(menu, row["doc_id"], row["sentence"])

    def add_reading_menu(self, menu: QMenu, doc_id: int, sentence: dict[str, Any]) -> QMenu:
        """The "Reading of this sentence" submenu: one checkable entry per label, the duty
        bearer, and a way back to the analysis's reading once the user has changed it."""
        sub = menu.addMenu(tr("fix.menu"))
        sub.setObjectName("readingMenu")
        writable = not self.library.read_only
        labels = list(sentence.get("labels") or ())
        for label in LABELS:
            act = sub.addAction(label_name(label))
            act.setObjectName(f"fix.{label}")
            act.setCheckable(True)
            act.setChecked(label in labels)
            act.setEnabled(writable)
            act.toggled.connect(
                lambda on, x=label: self.set_labels(
                    doc_id,
                    sentence,
                    [y for y in LABELS if (y == x and on) or (y != x and y in labels)],
                )
            )
        sub.addSeparator()
        act = sub.addAction(tr("fix.bearer"))
        act.setObjectName("fix.bearer")
        act.setEnabled(writable and bool(set(labels) & set(DUTY_LABELS)))
        act.triggered.connect(lambda: self.ask_bearer(doc_id, sentence))
        act = sub.addAction(tr("fix.revert"))
        act.setObjectName("fix.revert")
        act.setEnabled(writable and bool(sentence.get("corrected")))
        act.triggered.connect(lambda: self.revert(doc_id, sentence))
        return sub

    # --- operations ------------------------------------------------------------------------

    def _push(self, doc_id: int, sentence: dict[str, Any], after) -> bool:
        before = (list(sentence.get("labels") or ()), sentence.get("subject"))
        cmd = CorrectSentence(self, tr("fix.undo"), doc_id, int(sentence["start"]), before, after)
        try:
            push(self.stack, cmd)
        except Exception as e:  # noqa: BLE001 - told to the user; nothing was changed
            show_error(self.win, tr("fix.action"), e)
            return False
        self.win.statusBar().showMessage(tr("fix.done"), 5000)
        return True

    def set_labels(self, doc_id: int, sentence: dict[str, Any], labels: Sequence[str]) -> bool:
        """New labels; the bearer stays while the sentence still names a duty."""
        return self._push(doc_id, sentence, (list(labels), sentence.get("subject")))

    def set_bearer(self, doc_id: int, sentence: dict[str, Any], bearer: str | None) -> bool:
        return self._push(doc_id, sentence, (list(sentence.get("labels") or ()), bearer))

    def revert(self, doc_id: int, sentence: dict[str, Any]) -> bool:
        return self._push(doc_id, sentence, None)

    def ask_bearer(self, doc_id: int, sentence: dict[str, Any]) -> bool:
        """Ask for the duty bearer (empty: none) and set it."""
        text, ok = QInputDialog.getText(
            self.win,
            tr("fix.bearer.title"),
            tr("fix.bearer.prompt", text=_short(sentence.get("text") or "")),
            QLineEdit.EchoMode.Normal,
            sentence.get("subject") or "",
        )
        if not ok:
            return False
        return self.set_bearer(doc_id, sentence, text.strip() or None)


def _short(text: str, n: int = 60) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def install_corrections(win: MainWindow) -> CorrectionController:
    """Reader and 义务-panel menus for correcting the analysis (after install_annotations: they
    share its undo stack)."""
    ctl = CorrectionController(win)
    win.obligations.menu_provider = ctl.row_menu
    act = QAction(tr("act.corrections"), win)
    act.setObjectName("act.corrections")
    act.triggered.connect(lambda _c=False: ctl.show_list())
    win.act_corrections = act
    win.addAction(act)
    if (tools := win.findChild(QMenu, "menuTools")) is not None:
        tools.insertAction(win.act_compare_dialog, act)
    for reader in win.readers():
        ctl.attach_reader(reader)
    return ctl
