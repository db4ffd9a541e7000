"""QUndoCommands over the Library's annotation calls (add, edit, delete) and its corrections
of the analysis, each undoable.

A command is applied once *before* it is pushed (``push``), so a failure (read-only library,
disk full, note too large) reaches the caller as an exception and nothing lands on the stack.
Later undo/redo failures are reported through the context and leave the stack where it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.annotations import Annotation
from core.library import Library


class CommandContext(Protocol):
    library: Library

    def annotations_changed(self, doc_ids: Sequence[int | None]) -> None: ...

    def command_failed(self, action: str, error: BaseException) -> None: ...


class ReadingContext(Protocol):
    library: Library

    def readings_changed(self, doc_ids: Sequence[int]) -> None: ...

    def command_failed(self, action: str, error: BaseException) -> None: ...


class LibraryCommand(QUndoCommand):
    """Base: ``apply`` and ``revert`` call the Library; redo skips the push-time call."""

    def __init__(self, ctx: CommandContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._pushed = False
        self.doc_id: int | None = None

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:  # already applied by push()
            self._pushed = True
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, fn) -> None:
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - an undo must not kill the app; the user is told
            self.ctx.command_failed(self.text(), e)
        self.notify()

    def notify(self) -> None:
        """Tell the views what changed (after apply, undo and redo)."""
        self.ctx.annotations_changed([self.doc_id])


def push(stack: QUndoStack, cmd: LibraryCommand) -> LibraryCommand:
    """Apply ``cmd`` now (exceptions propagate, nothing is pushed), then put it on the stack."""
    cmd.apply()
    stack.push(cmd)
    cmd.notify()
    return cmd


class AddAnnotation(LibraryCommand):
    """Add a highlight/note; undo moves it to the trash, redo takes it back out."""

    def __init__(
        self,
        ctx: CommandContext,
        text: str,
        doc_id: int,
        start: int,
        end: int,
        note: str = "",
        tags: Sequence[str] = (),
        color: int = 0,
    ) -> None:
        super().__init__(ctx, text)
        self.doc_id = doc_id
        self.args = (doc_id, start, end)
        self.values = {"note": note, "tags": tuple(tags), "color": color}
        self.ann: Annotation | None = None

    def apply(self) -> None:
        lib = self.ctx.library
        if self.ann is None:
            self.ann = lib.add_annotation(*self.args, **self.values)
        else:
            self.ann = lib.undo_delete_annotation(self.ann.id)

    def revert(self) -> None:
        if self.ann is not None:
            self.ann = self.ctx.library.delete_annotation(self.ann.id)


class EditAnnotation(LibraryCommand):
    """Change note, tags and/or colour; undo writes back the previous values."""

    def __init__(
        self,
        ctx: CommandContext,
        text: str,
        before: Annotation,
        note: str | None = None,
        tags: Sequence[str] | None = None,
        color: int | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.ann_id = before.id
        self.doc_id = before.doc_id
        self.new = {"note": note, "tags": None if tags is None else tuple(tags), "color": color}
        self.old = {
            "note": None if note is None else before.note,
            "tags": None if tags is None else before.tags,
            "color": None if color is None else before.color,
        }

    def apply(self) -> None:
        self.ctx.library.update_annotation(self.ann_id, **self.new)

    def revert(self) -> None:
        self.ctx.library.update_annotation(self.ann_id, **self.old)


class DeleteAnnotation(LibraryCommand):
    """Move to the trash; undo takes it back (``undo_delete_annotation``)."""

    def __init__(self, ctx: CommandContext, text: str, ann: Annotation) -> None:
        super().__init__(ctx, text)
        self.ann_id = ann.id
        self.doc_id = ann.doc_id

    def apply(self) -> None:
        self.ctx.library.delete_annotation(self.ann_id)

    def revert(self) -> None:
        self.ctx.library.undo_delete_annotation(self.ann_id)


class ReattachAnnotation(LibraryCommand):
    """Anchor an annotation to a range the user chose; undo puts it back exactly where it was
    (an orphan becomes an orphan again, with its old quote and document)."""

    def __init__(
        self, ctx: CommandContext, text: str, before: Annotation, doc_id: int, start: int, end: int
    ) -> None:
        super().__init__(ctx, text)
        self.ann_id = before.id
        self.doc_id = doc_id
        self.target = (start, end, doc_id)
        self.previous = ctx.library.annotation_anchor(before.id)
        self.previous_doc = before.doc_id

    def apply(self) -> None:
        start, end, doc_id = self.target
        self.ctx.library.reattach_annotation(self.ann_id, start, end, doc_id=doc_id)

    def revert(self) -> None:
        self.ctx.library.restore_annotation_anchor(self.ann_id, self.previous)

    def _run(self, fn) -> None:
        super()._run(fn)
        if self.previous_doc not in (None, self.doc_id):
            self.ctx.annotations_changed([self.previous_doc])  # moved from another document


class RemoveDocuments(LibraryCommand):
    """Move documents to the document trash; undo restores them (same ids), redo trashes again.

    ``on_done(ids, removed)`` lets the window close tabs and reload after each step. Documents
    restored or deleted meanwhile from the trash dialog are skipped rather than failing twice.
    """

    def __init__(
        self,
        ctx: CommandContext,
        text: str,
        doc_ids: Sequence[int],
        delete_annotations: bool,
        on_done: Callable[[list[int], bool], None],
    ) -> None:
        super().__init__(ctx, text)
        self.doc_ids = list(doc_ids)
        self.delete_annotations = delete_annotations
        self.on_done = on_done
        self._applied = False

    def apply(self) -> None:
        lib = self.ctx.library
        ids = self.doc_ids
        if self._applied:  # a redo: only what is still (or again) in the library
            live = {d.id for d in lib.list_documents()}
            ids = [i for i in ids if i in live]
        self._applied = True
        if ids:
            lib.remove_documents(ids, delete_annotations=self.delete_annotations)
        self.on_done(ids, True)

    def revert(self) -> None:
        lib = self.ctx.library
        waiting = {t.doc_id for t in lib.trashed_documents()}
        ids = [i for i in self.doc_ids if i in waiting]
        if not ids:
            live = {d.id for d in lib.list_documents()}
            if all(i in live for i in self.doc_ids):
                return  # restored already (trash dialog): nothing to undo
            lib.restore_documents(self.doc_ids)  # raises: deleted permanently meanwhile
        restored = lib.restore_documents(ids)
        self.doc_ids = [restored[ids.index(i)] if i in ids else i for i in self.doc_ids]
        self.on_done(restored, False)


class CorrectSentence(LibraryCommand):
    """Set a sentence's labels and duty bearer (``after``; None puts back the analysis's own
    reading); undo sets the reading it had before, which, where that was the analysis's,
    leaves no correction behind."""

    def __init__(
        self,
        ctx: ReadingContext,
        text: str,
        doc_id: int,
        at: int,
        before: tuple[Sequence[str], str | None],
        after: tuple[Sequence[str], str | None] | None,
    ) -> None:
        super().__init__(ctx, text)  # type: ignore[arg-type]  # a ReadingContext, not notes
        self.readings = ctx
        self.doc_id = doc_id
        self.at = at
        self.before = before
        self.after = after

    def apply(self) -> None:
        if self.after is None:
            self.ctx.library.revert_correction(self.doc_id, self.at)
        else:
            self.ctx.library.correct_sentence(self.doc_id, self.at, *self.after)

    def revert(self) -> None:
        self.ctx.library.correct_sentence(self.doc_id, self.at, *self.before)

    def notify(self) -> None:
        self.readings.readings_changed([self.doc_id])


class AcceptRewording(LibraryCommand):
    """Keep a correction on its sentence's new wording; undo marks it reworded again, with the
    text the user corrected."""

    def __init__(self, ctx: ReadingContext, text: str, corr_id: int, doc_id: int) -> None:
        super().__init__(ctx, text)  # type: ignore[arg-type]  # a ReadingContext, not notes
        self.readings = ctx
        self.corr_id = corr_id
        self.doc_id = doc_id
        self.before: tuple[str, int] | None = None

    def apply(self) -> None:
        _corr, self.before = self.ctx.library.accept_reworded(self.corr_id)

    def revert(self) -> None:
        if self.before is not None:
            self.ctx.library.restore_reworded(self.corr_id, self.before)

    def notify(self) -> None:
        self.readings.readings_changed([self.doc_id])
