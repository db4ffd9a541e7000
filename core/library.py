"""The one service API over the library: the GUI and the CLI call only this.

A ``Library`` owns one SQLite connection; every call takes its lock, so the GUI may call reads
from the GUI thread while an import runs in a worker thread (the import holds the lock only
while it writes one file).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from core.annotations.models import Annotation, PaletteEntry, RestoreReport
from core.errors import FayanError
from core.ingest.pipeline import CancelToken, ProgressFn, import_paths
from core.records import Correction, DocumentSummary, ImportReport, TrashedDocument
from core.store import documents as docs_store
from core.store.db import LibraryDB, default_library_path, open_library_db


class Library:
    """An open Fayan library file."""

    def __init__(self, db: LibraryDB) -> None:
        self._db = db
        self._lock = threading.RLock()
        self._changes_at_open = db.conn.total_changes
        self._file_lock: Any = None  # core.store.lock.LibraryLock held by open_for_app
        self.recovery: Any = None  # core.store.health.Recovery when startup restored a backup
        self.read_only_reason: str | None = None  # why open_for_app fell back to read-only
        self.read_only_key: str | None = None  # that reason's message key and values, to
        self.read_only_params: dict[str, object] = {}  # show it translated (FayanError.key)

    # --- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None, *, read_only: bool = False) -> Library:
        """Open (create, migrate) the library at ``path`` or the default location."""
        return cls(
            open_library_db(Path(path) if path else default_library_path(), read_only=read_only)
        )

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    @classmethod
    def open_for_app(cls, path: Path | str | None = None) -> Library:
        """Open as the one writer (GUI, CLI): lock, startup health check, read-only fallback.

        Raises LibraryLockedError when another Fayan holds the library (it never opens a second
        writer) and LibraryCorruptError when the file is damaged with no sound backup. A
        read-only file or folder opens read-only, with the reason in ``read_only_reason``.
        """
        from core.errors import LibraryReadOnlyError
        from core.store.health import startup_check
        from core.store.lock import LibraryLock

        p = Path(path).expanduser() if path else default_library_path()
        lock = LibraryLock(p)
        try:
            lock.acquire()
        except LibraryReadOnlyError as e:
            lib = cls.open(p, read_only=True)
            lib._fell_back_to_read_only(e)
            return lib
        try:
            recovery = startup_check(p)
            try:
                lib = cls.open(p)
            except LibraryReadOnlyError as e:
                lib = cls.open(p, read_only=True)
                lib._fell_back_to_read_only(e)
        except BaseException:
            lock.release()
            raise
        lib._file_lock = lock
        lib.recovery = recovery
        return lib

    def _fell_back_to_read_only(self, reason: FayanError) -> None:
        self.read_only_reason = str(reason)
        self.read_only_key = reason.key
        self.read_only_params = dict(reason.params)

    def close(self) -> None:
        with self._lock:
            self._db.close()
            if self._file_lock is not None:
                self._file_lock.release()
                self._file_lock = None

    # --- health: check, backups, restore ------------------------------------------------------

    def changed_since_open(self) -> bool:
        with self._lock:
            return self._db.conn.total_changes > self._changes_at_open

    def check(self, *, repair_index: bool = True) -> Any:
        """integrity + foreign keys + search index (rebuilt if broken): a CheckReport."""
        from core.store.health import check_library

        with self._lock:
            return check_library(self._db, repair_index=repair_index)

    def backup(self, reason: str = "manual") -> Path:
        """A verified backup in ``<library>.backups/`` (rotated: the newest few are kept)."""
        from core.store.backup import backup_library

        with self._lock:
            return backup_library(self._db, reason=reason)

    def backups(self) -> list[Path]:
        """Backups of this library, oldest first."""
        from core.store.backup import list_backups

        return list_backups(self.path)

    def backup_if_due(self) -> Path | None:
        """The scheduled backup (on close): something changed and the newest is a day old."""
        from core.store.health import backup_if_due

        with self._lock:
            return backup_if_due(self._db, changed=self.changed_since_open())

    def restore_plan(self, backup: Path | str) -> Any:
        """What restoring ``backup`` would lose (a RestorePlan), before asking the user."""
        from core.store.health import restore_plan

        with self._lock:
            return restore_plan(self._db, Path(backup))

    def restore_backup(self, backup: Path | str) -> Any:
        """Restore ``backup`` (verified; a pre-restore copy is kept; migrated; re-checked)."""
        from core.store.health import restore_backup

        with self._lock:
            result = restore_backup(self._db, Path(backup))
            self._changes_at_open = -1  # a restore counts as a change for the next backup
            return result

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- import -------------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[Path | str],
        *,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
        workers: int = 2,
    ) -> ImportReport:
        """Import files/folders; safe to call from a worker thread."""
        from core.ingest import reanalyse

        with self._lock:
            current = not reanalyse.analysis_is_stale(self._db.conn)
        report = import_paths(
            self._db, paths, lock=self._lock, progress=progress, cancel=cancel, workers=workers
        )
        if current and not self.read_only:
            # every document, old and new, was analysed by these rules: say so
            with self._lock, self._db.write() as conn:
                reanalyse.record_fingerprint(conn)
        return report

    def analysis_is_stale(self) -> bool:
        """Whether stored documents were analysed by other rules or another cue lexicon."""
        from core.ingest.reanalyse import analysis_is_stale

        with self._lock:
            return analysis_is_stale(self._db.conn)

    def reanalyse(
        self,
        *,
        progress: Callable[[Any], None] | None = None,
        cancel: CancelToken | None = None,
        workers: int = 2,
    ) -> Any:
        """Analyse every document again with the current rules and lexicon (ReanalyseReport);
        text, sections, search index and annotations stay as they are."""
        from core.ingest.reanalyse import reanalyse

        return reanalyse(self._db, self._lock, progress=progress, cancel=cancel, workers=workers)

    # --- documents ----------------------------------------------------------------------------

    def list_documents(self) -> list[DocumentSummary]:
        with self._lock:
            return docs_store.list_documents(self._db.conn)

    def document_summary(self, doc_id: int) -> DocumentSummary:
        with self._lock:
            return docs_store.get_summary(self._db.conn, doc_id)

    def document(self, doc_id: int) -> dict[str, Any]:
        """Everything about one document: the `fayan show ID --json` object."""
        with self._lock:
            return docs_store.get_document(self._db.conn, doc_id)

    def document_text(self, doc_id: int) -> str:
        with self._lock:
            return docs_store.get_text(self._db.conn, doc_id)

    def remove_documents(self, doc_ids: Sequence[int], delete_annotations: bool = False) -> int:
        """Move documents to the document trash (their source files are not touched).

        Their annotations stay, as orphans that re-attach when the document is restored (or
        imported again); with ``delete_annotations`` they go to the annotation trash, and
        restoring the document takes them back out. Undo with ``restore_documents``.
        """
        from core.store.linking import link_library
        from core.store.trash import trash_document

        with self._lock, self._db.write() as conn:
            for doc_id in doc_ids:
                docs_store.get_summary(conn, doc_id)
            for doc_id in doc_ids:
                trash_document(conn, doc_id, delete_annotations=delete_annotations)
            if doc_ids:
                link_library(conn)  # statuses that rested on these documents are recomputed
        return len(doc_ids)

    def trashed_documents(self) -> list[TrashedDocument]:
        """The document trash, most recently removed first."""
        from core.store.trash import list_trash

        with self._lock:
            return list_trash(self._db.conn)

    def restore_documents(self, doc_ids: Sequence[int]) -> list[int]:
        """Bring trashed documents back (same id and key, re-indexed, re-linked, annotations
        re-anchored); returns their ids. All or nothing: an id not in the trash changes nothing.
        """
        from core.store.linking import link_library
        from core.store.trash import check_in_trash, restore_document

        with self._lock, self._db.write() as conn:
            check_in_trash(conn, doc_ids)
            ids = [restore_document(conn, doc_id) for doc_id in doc_ids]
            if ids:
                link_library(conn)  # references to them resolve again
        return ids

    def empty_document_trash(self, doc_ids: Sequence[int] | None = None) -> int:
        """Delete trashed documents for good (all, or ``doc_ids``): the only hard delete of a
        document. Their annotations stay, as orphans."""
        from core.store.trash import purge

        with self._lock, self._db.write() as conn:
            return purge(conn, None if doc_ids is None else list(doc_ids))

    def count_documents(self) -> int:
        with self._lock:
            return int(self._db.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def cited_by(self, doc_id: int) -> list[dict[str, Any]]:
        """Mentions in other documents that resolve to ``doc_id``."""
        with self._lock:
            rows = self._db.conn.execute(
                'SELECT m.doc_id, d.title, m.start, m."end", m.text, m.article '
                "FROM mentions m JOIN documents d ON d.id = m.doc_id "
                "WHERE m.target_id = ? AND m.doc_id != ? ORDER BY d.title, m.start",
                (doc_id, doc_id),
            ).fetchall()
        return [
            {
                "doc_id": r[0],
                "title": r[1],
                "start": r[2],
                "end": r[3],
                "text": r[4],
                "target_article": r[5],
            }
            for r in rows
        ]

    # --- citation graph -----------------------------------------------------------------------

    def citations(self) -> list[Any]:
        """Every reference from one document to another document (resolved or not)."""
        from core.graph import Citation

        with self._lock:
            rows = self._db.conn.execute(
                "SELECT doc_id, target_id, coalesce(target_title, title, code, text), article, "
                'start, "end" FROM mentions '
                "WHERE kind IN ('document', 'abbreviation', 'standard', 'doc_number') "
                "ORDER BY doc_id, start"
            ).fetchall()
        return [Citation(*r) for r in rows]

    def graph(self) -> Any:
        """The citation graph of the whole library (networkx DiGraph; see core.graph)."""
        from core.graph import GraphDoc, build_graph

        docs = [GraphDoc(d.id, d.title, d.doc_type, d.date) for d in self.list_documents()]
        return build_graph(docs, self.citations())

    # --- search -------------------------------------------------------------------------------

    def search(self, query: str, **filters: Any) -> Any:
        """Full-text search; see core.search.search for the filters."""
        from core.search import search

        with self._lock:
            return search(self._db.conn, query, **filters)

    # --- compare ------------------------------------------------------------------------------

    def compare(self, a_id: int, b_id: int) -> Any:
        """Compare document A (old) with B (new) article by article: a core.compare.Comparison."""
        from core.compare import compare_documents

        doc_a, doc_b = self.document(a_id), self.document(b_id)
        return compare_documents(doc_a, self.document_text(a_id), doc_b, self.document_text(b_id))

    # --- annotations (core.annotations) -------------------------------------------------------

    def add_annotation(
        self,
        doc_id: int,
        start: int,
        end: int,
        note: str = "",
        tags: Sequence[str] = (),
        color: int = 0,
    ) -> Annotation:
        """Highlight ``text[start:end]`` of a document with a note, tags and a colour slot."""
        from core.annotations import store as notes

        with self._lock:
            with self._db.write() as conn:
                ann_id = notes.insert(conn, doc_id, start, end, note=note, tags=tags, color=color)
            return notes.get(self._db.conn, ann_id)

    def annotation(self, ann_id: int) -> Annotation:
        from core.annotations import store as notes

        with self._lock:
            return notes.get(self._db.conn, ann_id)

    def update_annotation(
        self,
        ann_id: int,
        *,
        note: str | None = None,
        tags: Sequence[str] | None = None,
        color: int | None = None,
    ) -> Annotation:
        """Change what was given; the rest stays. Too large a note fails before saving."""
        from core.annotations import store as notes

        with self._lock:
            with self._db.write() as conn:
                notes.update(conn, ann_id, note=note, tags=tags, color=color)
            return notes.get(self._db.conn, ann_id)

    def delete_annotation(self, ann_id: int) -> Annotation:
        """Move to the trash (undo with ``undo_delete_annotation``)."""
        from core.annotations import store as notes

        with self._lock:
            with self._db.write() as conn:
                notes.trash(conn, ann_id)
            return notes.get(self._db.conn, ann_id)

    def undo_delete_annotation(self, ann_id: int) -> Annotation:
        """Take an annotation back out of the trash."""
        from core.annotations import store as notes

        with self._lock:
            with self._db.write() as conn:
                notes.untrash(conn, ann_id)
            return notes.get(self._db.conn, ann_id)

    restore_annotation = undo_delete_annotation

    def empty_trash(self) -> int:
        """Delete the trashed annotations for good: the only hard delete there is."""
        from core.annotations import store as notes

        with self._lock, self._db.write() as conn:
            return notes.empty_trash(conn)

    def annotations(
        self,
        doc_id: int | None = None,
        tag: str | None = None,
        color: int | None = None,
        text: str | None = None,
        status: str | None = None,
        include_deleted: bool = False,
        order: str = "position",
        only_deleted: bool = False,
    ) -> list[Annotation]:
        """Annotations matching every filter given (``only_deleted`` lists the trash)."""
        from core.annotations import store as notes

        with self._lock:
            return notes.query(
                self._db.conn,
                doc_id=doc_id,
                tag=tag,
                color=color,
                text=text,
                status=status,
                include_deleted=include_deleted,
                only_deleted=only_deleted,
                order=order,
            )

    def annotation_tags(self) -> list[str]:
        from core.annotations import store as notes

        with self._lock:
            return notes.all_tags(self._db.conn)

    def reattach_annotation(
        self, ann_id: int, start: int, end: int, doc_id: int | None = None
    ) -> Annotation:
        """Anchor an (orphaned) annotation to a range the user chose, in its or another document."""
        from core.annotations import store as notes

        with self._lock:
            with self._db.write() as conn:
                notes.reattach(conn, ann_id, start, end, doc_id)
            return notes.get(self._db.conn, ann_id)

    def annotation_anchor(self, ann_id: int) -> dict[str, Any]:
        """Where an annotation sits now, to put it back with :meth:`restore_annotation_anchor`."""
        from core.annotations import store as notes

        with self._lock:
            return notes.anchor_of(self._db.conn, ann_id)

    def restore_annotation_anchor(self, ann_id: int, anchor: dict[str, Any]) -> Annotation:
        """Undo a reattach: the annotation goes back exactly where it was (an orphan again)."""
        from core.annotations import store as notes

        with self._lock:
            with self._db.write() as conn:
                notes.restore_anchor(conn, ann_id, anchor)
            return notes.get(self._db.conn, ann_id)

    def count_annotations_for(self, doc_ids: Sequence[int]) -> int:
        """Live annotations on these documents: ask "N annotations" before removing them."""
        from core.annotations import store as notes

        with self._lock:
            return notes.count_for_documents(self._db.conn, doc_ids)

    def palette(self) -> tuple[PaletteEntry, ...]:
        from core.annotations import store as notes

        with self._lock:
            return notes.palette(self._db.conn)

    def rename_color(self, slot: int, name: str) -> tuple[PaletteEntry, ...]:
        """Give a colour slot a new meaning (e.g. 待落实 → 待办)."""
        from core.annotations import store as notes

        with self._lock, self._db.write() as conn:
            return notes.rename_color(conn, slot, name)

    # --- corrections of the analysis (core.store.corrections) ---------------------------------

    def correct_sentence(
        self, doc_id: int, at: int, labels: Sequence[str], subject: str | None
    ) -> Correction | None:
        """Set the labels and duty bearer of the sentence holding code point ``at``. They last
        through re-analysis and re-import; None where they equal the analysis's own reading
        (then no correction is left)."""
        from core.store import corrections

        with self._lock:
            with self._db.write() as conn:
                corr_id = corrections.set_correction(conn, doc_id, at, labels, subject)
            return None if corr_id is None else corrections.get(self._db.conn, corr_id)

    def revert_correction(self, doc_id: int, at: int) -> bool:
        """Give the sentence at ``at`` the analysis's reading again; False if it had no correction."""
        from core.store import corrections

        with self._lock, self._db.write() as conn:
            return corrections.revert(conn, doc_id, at)

    def accept_reworded(self, corr_id: int) -> tuple[Correction, tuple[str, int]]:
        """Keep a correction on its sentence's new wording (it stops being marked reworded);
        returns it and what it was, for ``restore_reworded`` (undo)."""
        from core.store import corrections

        with self._lock:
            with self._db.write() as conn:
                before = corrections.accept_wording(conn, corr_id)
            return corrections.get(self._db.conn, corr_id), before

    def restore_reworded(self, corr_id: int, before: tuple[str, int]) -> None:
        """Undo ``accept_reworded``."""
        from core.store import corrections

        with self._lock, self._db.write() as conn:
            corrections.restore_wording(conn, corr_id, *before)

    def forget_correction(self, corr_id: int) -> Correction:
        """Delete a correction by id (also one whose sentence or document is gone)."""
        from core.store import corrections

        with self._lock, self._db.write() as conn:
            return corrections.forget(conn, corr_id)

    def corrections(self, doc_id: int | None = None) -> list[Correction]:
        """The user's corrections (of one document), in document and text order."""
        from core.store import corrections

        with self._lock:
            return corrections.list_corrections(self._db.conn, doc_id)

    def backup_notes(self, path: Path | str) -> Path:
        """Every annotation (trash included) and the palette as versioned JSON, written atomically."""
        from core.annotations.backup import write_backup

        with self._lock:
            return write_backup(self._db.conn, path)

    def restore_notes(self, path: Path | str) -> RestoreReport:
        """Merge a notes backup: new uuids added, newer edits taken; a bad file changes nothing."""
        from core.annotations.backup import read_backup, restore

        data = read_backup(path)
        with self._lock, self._db.write() as conn:
            return restore(conn, data)

    def export_notes(
        self,
        path: Path | str,
        fmt: str = "docx",
        doc_ids: Sequence[int] | None = None,
        tag: str | None = None,
        obligations_register: bool = False,
        title: str | None = None,
    ) -> Path:
        """Notes (and optionally an obligations register) to .docx, .md or .csv; all or nothing."""
        from core.export import collect, write_notes

        with self._lock:
            model = collect(
                self._db.conn, doc_ids=doc_ids, tag=tag, register=obligations_register, title=title
            )
        return write_notes(model, path, fmt)
