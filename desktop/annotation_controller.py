"""Annotations in the main window: reader menus, the 批注 panel, undo, notes view, export, backup.

Every change goes through a QUndoCommand over one Library call (desktop/undo_commands.py);
after each, the readers showing the document repaint their highlights and the lists reload.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.annotations import EXACT, FUZZY, ORPHAN, Annotation, PaletteEntry
from desktop.annotation_editor import AnnotationEditor
from desktop.annotation_layer import AnnotationMark, marks_at
from desktop.annotation_model import annotation_tip, elide
from desktop.annotations_panel import AnnotationsPanel
from desktop.errors import show_error
from desktop.i18n import tr
from desktop.undo_commands import (
    AddAnnotation,
    DeleteAnnotation,
    EditAnnotation,
    LibraryCommand,
    ReattachAnnotation,
    push,
)

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from desktop.reader import DocumentReader

log = logging.getLogger(__name__)
MAX_ATTACH_CHOICES = 12


def swatch_icon(hex_color: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor("#" + hex_color))
    return QIcon(pm)


def ask_remove(parent: QWidget, n_docs: int, n_notes: int) -> bool | None:
    """Ask before removing documents: None = cancel, else whether to delete their annotations."""
    if n_notes == 0:
        answer = QMessageBox.question(parent, tr("act.remove"), tr("remove.confirm", n=n_docs))
        return False if answer == QMessageBox.StandardButton.Yes else None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("act.remove"))
    box.setText(tr("ann.remove.text", docs=n_docs, n=n_notes))
    box.setInformativeText(tr("ann.remove.info"))
    keep = box.addButton(tr("ann.remove.keep", n=n_notes), QMessageBox.ButtonRole.AcceptRole)
    delete = box.addButton(tr("ann.remove.delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return False if clicked is keep else True if clicked is delete else None


class AnnotationController(QObject):
    """Owns the undo stack, the panel, the editor and the annotation dialogs of one window."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.library = win.library
        self.stack = QUndoStack(self)
        self.panel = AnnotationsPanel(self.library)
        self.editor: AnnotationEditor | None = None
        self.notes_view = None
        self.export_dialog = None
        self.palette_dialog = None
        self._palette: tuple[PaletteEntry, ...] | None = None
        self.panel.sig_jump.connect(self._on_panel_jump)
        self.panel.sig_edit.connect(self.edit)
        self.panel.sig_delete.connect(self.delete)
        self.panel.sig_attach.connect(self.attach_to_selection)
        self.panel.sig_show_all.connect(self.show_notes_view)

    # --- palette and marks -----------------------------------------------------------------

    def palette(self) -> tuple[PaletteEntry, ...]:
        if self._palette is None:
            self._palette = self.library.palette()
        return self._palette

    def palette_map(self) -> dict[int, PaletteEntry]:
        return {p.slot: p for p in self.palette()}

    def marks_for(self, doc_id: int) -> list[AnnotationMark]:
        """The reader's highlights: every placed, live annotation of ``doc_id``."""
        try:
            anns = self.library.annotations(doc_id=doc_id)
        except Exception:  # noqa: BLE001 - no highlights rather than no document
            log.exception("annotations of document %s", doc_id)
            return []
        pal = self.palette_map()
        return [
            AnnotationMark(
                a.id,
                a.start,
                a.end,
                "#" + (pal[a.color].color if a.color in pal else "DDDDDD"),
                bool(a.note.strip()),
                annotation_tip(a, pal),
                a.status == FUZZY,
            )
            for a in anns
            if a.status != ORPHAN and a.doc_id == doc_id
        ]

    def attach_reader(self, reader: DocumentReader) -> None:
        reader.annotation_source = self.marks_for
        reader.sig_context_menu.connect(
            lambda menu, cp, r=reader: self.fill_context_menu(r, menu, cp)
        )

    # --- CommandContext --------------------------------------------------------------------

    def annotations_changed(self, doc_ids: Sequence[int | None] = ()) -> None:
        """Repaint readers (of ``doc_ids``, or all) and reload the lists."""
        wanted = {d for d in doc_ids if d is not None}
        for r in self.win.readers():
            if not wanted or r.doc_id in wanted or None in doc_ids:
                r.refresh_annotations()
        self.panel.reload()
        if self.notes_view is not None:
            self.notes_view.reload()

    def command_failed(self, action: str, error: BaseException) -> None:
        show_error(self.win, action, error)

    def refresh_all(self) -> None:
        self._palette = None
        self.annotations_changed([None])

    # --- operations ------------------------------------------------------------------------

    def _push(self, cmd: LibraryCommand, action: str) -> bool:
        try:
            push(self.stack, cmd)
        except Exception as e:  # noqa: BLE001 - told to the user; nothing was changed
            show_error(self.win, action, e)
            return False
        return True

    def highlight(
        self,
        doc_id: int,
        start: int,
        end: int,
        color: int = 0,
        note: str = "",
        tags: Sequence[str] = (),
    ) -> Annotation | None:
        cmd = AddAnnotation(self, tr("ann.undo.add"), doc_id, start, end, note, tags, color)
        if not self._push(cmd, tr("ann.action.add")):
            return None
        self.win.statusBar().showMessage(tr("ann.added"), 4000)
        return cmd.ann

    def new_note(
        self, doc_id: int, start: int, end: int, color: int = 0, where: str = ""
    ) -> AnnotationEditor:
        """The editor for a note that does not exist yet; Save adds it (one undo step)."""
        text = self.win.cache.get(doc_id).text[start:end]
        editor = self._open_editor(text, color=color, where=where)
        editor.sig_save.connect(
            lambda note, tags, color: self._save_new(editor, doc_id, start, end, note, tags, color)
        )
        return editor

    def _save_new(self, editor, doc_id, start, end, note, tags, color) -> None:
        if self.highlight(doc_id, start, end, color, note, tags) is not None:
            editor.saved()

    def annotate_article(self, doc_id: int, cp: int) -> AnnotationEditor | None:
        doc = self.win.cache.get(doc_id)
        span = doc.article_span_at(cp)
        if span is None:
            return None
        return self.new_note(doc_id, *span, where=doc.article_of(cp))

    def edit(self, ann_id: int) -> AnnotationEditor | None:
        try:
            ann = self.library.annotation(ann_id)
        except Exception as e:  # noqa: BLE001 - e.g. deleted meanwhile
            show_error(self.win, tr("ann.action.edit"), e)
            return None
        where = " · ".join(x for x in (ann.doc_title, ann.section_label or "") if x)
        editor = self._open_editor(
            ann.quote, note=ann.note, tags=ann.tags, color=ann.color, where=where
        )
        editor.sig_save.connect(
            lambda note, tags, color: self._save_edit(editor, ann, note, tags, color)
        )
        return editor

    def _save_edit(self, editor, ann: Annotation, note, tags, color) -> None:
        changes = {}
        if note != ann.note:
            changes["note"] = note
        if tuple(tags) != tuple(ann.tags):
            changes["tags"] = tags
        if color != ann.color:
            changes["color"] = color
        if not changes:
            editor.saved()
            return
        if self.update(ann, **changes):
            editor.saved()

    def update(self, ann: Annotation, **changes) -> bool:
        """Change note/tags/colour of ``ann`` as one undo step."""
        cmd = EditAnnotation(self, tr("ann.undo.edit"), ann, **changes)
        return self._push(cmd, tr("ann.action.edit"))

    def delete(self, ann_id: int) -> bool:
        try:
            ann = self.library.annotation(ann_id)
        except Exception as e:  # noqa: BLE001
            show_error(self.win, tr("ann.action.delete"), e)
            return False
        ok = self._push(DeleteAnnotation(self, tr("ann.undo.delete"), ann), tr("ann.action.delete"))
        if ok:
            self.win.statusBar().showMessage(tr("ann.deleted"), 6000)
        return ok

    def attach_to_selection(self, ann_id: int, reader: DocumentReader | None = None) -> bool:
        """Re-anchor ``ann_id`` to the text selected in ``reader`` (default: the current one)."""
        reader = reader or self.win.current_reader()
        span = reader.selection_span() if reader is not None else None
        if span is None:
            self.win.statusBar().showMessage(tr("ann.attach.select_first"), 8000)
            return False
        try:
            before = self.library.annotation(ann_id)
            cmd = ReattachAnnotation(
                self, tr("ann.undo.attach"), before, reader.doc_id, span[0], span[1]
            )
            push(self.stack, cmd)
            if before.doc_id not in (None, reader.doc_id):
                self.annotations_changed([before.doc_id])  # moved from another document
        except Exception as e:  # noqa: BLE001
            show_error(self.win, tr("ann.action.attach"), e)
            return False
        self.panel.select(ann_id)
        self.win.statusBar().showMessage(tr("ann.attached"), 5000)
        return True

    def _open_editor(self, quote: str, **kw) -> AnnotationEditor:
        if self.editor is not None:  # one editor at a time; a closed one is dropped here
            self.editor.reject()
            self.editor.deleteLater()
        try:
            tags = self.library.annotation_tags()
        except Exception:  # noqa: BLE001 - completion is a convenience
            tags = []
        editor = AnnotationEditor(quote, self.palette(), tags, parent=self.win, **kw)
        editor.sig_palette.connect(lambda: self.show_palette_dialog(editor))
        editor.open()
        self.editor = editor
        return editor

    # --- the reader's context menu ---------------------------------------------------------

    def fill_context_menu(self, reader: DocumentReader, menu: QMenu, cp: int) -> None:
        if reader.doc is None:
            return
        doc_id = reader.doc.id
        writable = not self.library.read_only
        span = reader.selection_span()
        menu.addSeparator()
        if span is not None:
            sub = menu.addMenu(tr("ann.menu.highlight"))
            sub.setObjectName("highlightMenu")
            for entry in self.palette():
                act = sub.addAction(swatch_icon(entry.color), entry.name)
                act.setData(entry.slot)
                act.triggered.connect(
                    lambda _c=False, s=entry.slot: self.highlight(doc_id, *span, color=s)
                )
            sub.setEnabled(writable)
            act = menu.addAction(tr("ann.menu.note"))
            act.setObjectName("addNote")
            act.setEnabled(writable)
            act.triggered.connect(lambda: self.new_note(doc_id, *span))
            self._add_attach_menu(menu, reader, doc_id, writable)
        marks = marks_at(reader.view.annotation_marks, cp)
        if marks:
            m = marks[0]  # the innermost
            act = menu.addAction(tr("ann.menu.edit"))
            act.setObjectName("editNote")
            act.setEnabled(writable)
            act.triggered.connect(lambda: self.edit(m.ann_id))
            act = menu.addAction(tr("ann.menu.delete"))
            act.setObjectName("deleteNote")
            act.setEnabled(writable)
            act.triggered.connect(lambda: self.delete(m.ann_id))
        article = reader.doc.article_of(cp) if reader.doc.article_span_at(cp) else ""
        if article:
            act = menu.addAction(tr("ann.menu.article", article=article))
            act.setObjectName("annotateArticle")
            act.setEnabled(writable)
            act.triggered.connect(lambda: self.annotate_article(doc_id, cp))

    def attach_candidates(self, doc_id: int) -> list[Annotation]:
        """Orphans (this document's first) and fuzzy ones of this document, to attach here."""
        try:
            orphans = self.library.annotations(status=ORPHAN)
            fuzzy = self.library.annotations(doc_id=doc_id, status=FUZZY)
        except Exception:  # noqa: BLE001
            log.exception("listing orphans")
            return []
        current = self.panel.current_annotation()
        first = [current] if current is not None and current.status != EXACT else []
        mine = [a for a in orphans if a.doc_id == doc_id]
        rest = [a for a in orphans if a.doc_id != doc_id]
        out: list[Annotation] = []
        for a in [*first, *mine, *fuzzy, *rest]:
            if a.id not in {x.id for x in out}:
                out.append(a)
        return out[:MAX_ATTACH_CHOICES]

    def _add_attach_menu(self, menu: QMenu, reader, doc_id: int, writable: bool) -> None:
        candidates = self.attach_candidates(doc_id)
        if not candidates:
            return
        sub = menu.addMenu(tr("ann.menu.attach"))
        sub.setObjectName("attachMenu")
        sub.setEnabled(writable)
        for a in candidates:
            label = f"「{elide(a.quote, 24)}」" + (f" {elide(a.note, 16)}" if a.note else "")
            act = sub.addAction(label)
            act.setData(a.id)
            act.triggered.connect(lambda _c=False, i=a.id: self.attach_to_selection(i, reader))

    # --- windows and files -----------------------------------------------------------------

    def show_notes_view(self):
        from desktop.notes_view import NotesView

        if self.notes_view is None:
            view = NotesView(self.library, self.win)
            view.sig_open_at.connect(self.win.open_at)
            view.sig_edit.connect(self.edit)
            view.sig_delete.connect(self.delete)
            view.sig_attach.connect(self.attach_to_selection)
            view.sig_export.connect(lambda ids, tag: self.show_export_dialog(doc_ids=ids, tag=tag))
            self.notes_view = view
        else:
            self.notes_view.reload()
        self.notes_view.show()
        self.notes_view.raise_()
        return self.notes_view

    def show_export_dialog(self, doc_ids: list[int] | None = None, tag: str | None = None):
        from desktop.export_notes_dialog import ExportNotesDialog

        reader = self.win.current_reader()
        current = reader.doc_id if reader is not None else None
        if doc_ids is None and tag is None:
            selected = self.win.selected_doc_ids()
            doc_ids = selected if len(selected) > 1 else None
        dlg = ExportNotesDialog(
            self.library, current_doc=current, doc_ids=doc_ids, tag=tag, parent=self.win
        )
        dlg.sig_exported.connect(
            lambda p: self.win.statusBar().showMessage(tr("ann.export.done", path=p), 8000)
        )
        dlg.open()
        self.export_dialog = dlg
        return dlg

    def show_palette_dialog(self, editor: AnnotationEditor | None = None):
        from desktop.palette_dialog import PaletteDialog

        dlg = PaletteDialog(self.library, editor or self.win)
        dlg.accepted.connect(lambda: self._on_palette_dialog_accepted(editor))
        dlg.open()
        self.palette_dialog = dlg
        return dlg

    def _on_palette_dialog_accepted(self, editor: AnnotationEditor | None) -> None:
        self.refresh_all()
        if editor is not None:
            editor.set_palette(self.palette())

    def backup_notes(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.win,
                tr("ann.backup.title"),
                str(Path.home() / tr("ann.backup.default_name")),
                tr("ann.backup.filter"),
            )
            if not path:
                return None
        try:
            out = self.library.backup_notes(path)
        except Exception as e:  # noqa: BLE001
            show_error(self.win, tr("ann.backup.action"), e)
            return None
        self.win.statusBar().showMessage(tr("ann.backup.done", path=out), 8000)
        return out

    def restore_notes(self, path: str | Path | None = None):
        """Merge a notes backup; a bad file changes nothing and says why."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.win, tr("ann.restore.title"), str(Path.home()), tr("ann.backup.filter")
            )
            if not path:
                return None
        try:
            report = self.library.restore_notes(path)
        except Exception as e:  # noqa: BLE001
            show_error(self.win, tr("ann.restore.action"), e)
            return None
        self.stack.clear()  # the commands' "before" states may no longer hold
        self.refresh_all()
        if report.corrections:  # the backup's corrections of the analysis are on the sentences
            self.win.corrections_ctl.readings_changed([r.doc_id for r in self.win.readers()])
        box = QMessageBox(self.win)
        box.setObjectName("restoreReport")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("ann.restore.title"))
        box.setText(
            tr(
                "ann.restore.report",
                added=report.added,
                updated=report.updated,
                unchanged=report.unchanged,
                orphaned=report.orphaned,
                fixes=report.corrections,
            )
        )
        box.open()
        self.report_box = box
        return report

    def confirm_remove(self, doc_ids: list[int]) -> bool | None:
        """None = cancel; else whether the documents' annotations go to the trash too."""
        try:
            n = self.library.count_annotations_for(doc_ids)
        except Exception:  # noqa: BLE001 - ask without the number rather than not at all
            log.exception("count_annotations_for")
            n = 0
        return ask_remove(self.win, len(doc_ids), n)

    # --- slots -----------------------------------------------------------------------------

    def _on_panel_jump(self, start: int, end: int) -> None:
        reader = self.win.current_reader()
        if reader is not None:
            self.win._on_panel_jump(start, end)  # history-aware jump, as the other panels
            reader.select_span(start, end)

    def _on_document_shown(self, *_args) -> None:
        reader = self.win.current_reader()
        self.panel.set_document(reader.doc_id if reader is not None else None)


def _menu(win: MainWindow, key: str) -> QMenu | None:
    title = tr(key)
    for act in win.menuBar().actions():
        if act.menu() is not None and act.text() == title:
            return act.menu()
    return None


def _keys(first: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """``first`` plus the platform's own keys for the same thing, without duplicates (a key
    bound twice to one action is an "ambiguous shortcut" and does nothing)."""
    out = [QKeySequence(first)]
    for k in QKeySequence.keyBindings(standard):
        if k not in out:
            out.append(k)
    return out


def install_annotations(win: MainWindow) -> AnnotationController:
    """The 批注 side tab, Edit › Undo/Redo, File › Export notes, Tools › All annotations,
    Library › notes backup/restore and Settings › Annotation colours."""
    ctl = AnnotationController(win)
    win.side.addTab(ctl.panel, tr("side.annotations"))
    win.tabs.currentChanged.connect(ctl._on_document_shown)
    win.sig_document_shown.connect(ctl._on_document_shown)
    win.importer.sig_finished.connect(lambda _r: ctl.refresh_all())

    undo = ctl.stack.createUndoAction(win, tr("ann.undo"))
    undo.setShortcuts(_keys("Ctrl+Z", QKeySequence.StandardKey.Undo))
    redo = ctl.stack.createRedoAction(win, tr("ann.redo"))
    redo.setShortcuts(_keys("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo))
    win.act_undo, win.act_redo = undo, redo
    for act in (undo, redo):
        win.addAction(act)
    if (m_edit := _menu(win, "menu.edit")) is not None:
        first = m_edit.actions()[0] if m_edit.actions() else None
        m_edit.insertActions(first, [undo, redo])
        m_edit.insertSeparator(first)

    def action(key: str, slot, shortcut: str | None = None) -> QAction:
        act = QAction(tr(key), win)
        act.setObjectName(key)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _c=False: slot())
        win.addAction(act)
        return act

    win.act_export_notes = action("act.export_notes", ctl.show_export_dialog, "Ctrl+Shift+E")
    if (m_file := _menu(win, "menu.file")) is not None:
        acts = m_file.actions()
        before = acts[-2] if len(acts) >= 2 and acts[-2].isSeparator() else None
        m_file.insertAction(before, win.act_export_notes)
    win.act_notes_view = action("act.notes_view", ctl.show_notes_view, "Ctrl+Shift+N")
    if (m_tools := _menu(win, "menu.tools")) is not None:
        m_tools.addSeparator()
        m_tools.addAction(win.act_notes_view)
    win.act_notes_backup = action("act.notes_backup", ctl.backup_notes)
    win.act_notes_restore = action("act.notes_restore", ctl.restore_notes)
    m_lib = win.findChild(QMenu, "menuLibrary")
    if m_lib is not None:
        m_lib.addSeparator()
        m_lib.addAction(win.act_notes_backup)
        m_lib.addAction(win.act_notes_restore)
    win.act_palette = action("act.palette", ctl.show_palette_dialog)
    if (m_settings := _menu(win, "menu.settings")) is not None:
        m_settings.addAction(win.act_palette)
    if win.library.read_only:
        for act in (win.act_notes_restore, win.act_palette):
            act.setEnabled(False)
    return ctl
