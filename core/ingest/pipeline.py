"""Import files and folders into the library: stage, parse in isolated workers, store, link.

One file = one write transaction, opened only after its parsing has finished (R5); a bad file
becomes a typed outcome and the rest of the batch goes on (I3); cancel leaves every file either
fully stored or not at all (F6).
"""

from __future__ import annotations

import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import FayanError, ImportCancelled, IngestError
from core.faults import crash_point
from core.ingest.isolate import ParserPool
from core.ingest.process import (
    FileParse,
    SplitFile,
    chunk_drafts,
    process_drafts,
    read_and_split,
)
from core.ingest.staging import StagedFile, discard_staged, stage_file, storage_dir
from core.models import DocumentDraft
from core.records import FileOutcome, ImportProgress, ImportReport
from core.store.db import LibraryDB
from core.store.documents import StoredDocument, store_source_documents, upsert_source

ProgressFn = Callable[[ImportProgress], None]
PARSE_TIMEOUT_S = 300.0
PARSE_MEM_MB = 4096


class CancelToken:
    """A flag the import checks between steps; safe to set from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.on_cancel: list[Callable[[], None]] = []

    def cancel(self) -> None:
        self._event.set()
        for fn in list(self.on_cancel):
            fn()

    def is_set(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class FoundFile:
    path: Path
    tree_hint: tuple[str, ...]  # folders from the import root down to the file


def supported(path: Path) -> bool:
    from core.ingest.readers import is_supported

    return is_supported(path)


def collect_files(paths: Iterable[Path | str]) -> tuple[list[FoundFile], list[FileOutcome]]:
    """Expand folders recursively; unsupported files are listed as skipped, hidden ones ignored."""
    found: list[FoundFile] = []
    skipped: list[FileOutcome] = []
    for p in map(Path, paths):
        p = p.expanduser()
        if p.is_dir():
            root = p.resolve()
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                rel = Path(dirpath).relative_to(root.parent).parts
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    f = Path(dirpath) / name
                    if supported(f):
                        found.append(FoundFile(f, tuple(rel)))
                    else:
                        skipped.append(_unsupported(f))
        elif p.is_file():
            if supported(p):
                found.append(FoundFile(p.resolve(), (p.resolve().parent.name,)))
            else:
                skipped.append(_unsupported(p))
        else:
            skipped.append(
                FileOutcome(
                    str(p),
                    "failed",
                    message=f"{p}: no such file or folder.",
                    error_type="SourceVanishedError",
                    message_key="ingest.no_such_path",
                    message_params={"path": str(p)},
                )
            )
    return found, skipped


def _unsupported(path: Path) -> FileOutcome:
    return FileOutcome(
        str(path),
        "skipped",
        message=f"{path.name}: not a supported file type (.txt .md .pdf .docx).",
        message_key="ingest.unsupported_type",
        message_params={"name": path.name},
    )


def _failed(path: Path | str, err: FayanError) -> FileOutcome:
    return FileOutcome(
        str(path),
        "failed",
        message=str(err),
        error_type=type(err).__name__,
        message_key=err.key,
        message_params=dict(err.params),
    )


class Importer:
    """One import run over a library; use :func:`import_paths`."""

    def __init__(
        self,
        lib: LibraryDB,
        lock: threading.RLock,
        progress: ProgressFn | None,
        cancel: CancelToken | None,
        workers: int,
    ) -> None:
        self.lib = lib
        self.lock = lock
        self.progress = progress or (lambda _p: None)
        self.cancel = cancel or CancelToken()
        self.workers = workers
        self.report = ImportReport()
        # Index tokens of stored documents waiting for their batch's index transaction.
        self.deferred: dict[int, tuple[str, str]] = {}
        self._last_progress = 0.0

    def _tell(self, done: int, total: int, current: str | None, stage: str, force=False) -> None:
        now = time.monotonic()
        if force or now - self._last_progress >= 0.1:
            self._last_progress = now
            self.progress(ImportProgress(done, total, current, stage))

    def _source_row(self, path: str) -> tuple[int, str, str | None] | None:
        with self.lock:
            row = self.lib.conn.execute(
                "SELECT id, sha256, staged_path FROM sources WHERE path = ?", (path,)
            ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def _has_trashed(self, source_id: int) -> bool:
        """An unchanged file whose documents are in the trash is imported again: they come back."""
        from core.store.trash import source_has_trashed

        with self.lock:
            return source_has_trashed(self.lib.conn, source_id)

    def _duplicate_of(self, sha: str, path: str) -> str | None:
        with self.lock:
            rows = self.lib.conn.execute(
                "SELECT path FROM sources WHERE sha256 = ? AND path != ?", (sha, path)
            ).fetchall()
        for (other,) in rows:
            if Path(other).exists():
                return str(other)
        return None

    def stage_all(self, files: Sequence[FoundFile]) -> list[tuple[FoundFile, StagedFile]]:
        """Hash and stage every file; unchanged and duplicate files end here."""
        store = storage_dir(self.lib.path)
        todo = []
        for i, f in enumerate(files):
            if self.cancel.is_set():
                break
            self._tell(i, len(files), str(f.path), "scanning")
            try:
                staged = stage_file(f.path, store)
            except FayanError as e:
                self.report.outcomes.append(_failed(f.path, e))
                continue
            known = self._source_row(str(f.path))
            if known and known[1] == staged.sha256 and not self._has_trashed(known[0]):
                self.report.outcomes.append(
                    FileOutcome(
                        str(f.path),
                        "unchanged",
                        message="already imported, unchanged",
                        message_key="ingest.unchanged",
                    )
                )
                continue
            if not known and (dup := self._duplicate_of(staged.sha256, str(f.path))):
                self.report.outcomes.append(
                    FileOutcome(
                        str(f.path),
                        "duplicate",
                        message=f"{f.path.name}: the same file is already in the library as {dup}.",
                        message_key="ingest.duplicate",
                        message_params={"name": f.path.name, "other": dup},
                    )
                )
                continue
            todo.append((f, staged))
        return todo

    def store(self, f: FoundFile, staged: StagedFile, parsed: FileParse) -> FileOutcome:
        """Write one file's documents in one transaction."""
        known = self._source_row(str(f.path))
        with self.lock, self.lib.write() as conn:
            source_id = upsert_source(
                conn,
                path=str(f.path),
                sha256=staged.sha256,
                fmt=parsed.format,
                size=staged.size,
                mtime=staged.mtime,
                staged_path=str(staged.staged),
                warnings=parsed.warnings,
            )
            tokens: dict[int, tuple[str, str]] = {}
            added, updated, removed = store_source_documents(
                conn, source_id, str(f.path), parsed.documents, tokens
            )
            crash_point("after_documents")
        self.deferred.update(tokens)  # only once the file's transaction has committed
        if known and known[2] and known[2] != str(staged.staged):
            discard_staged(Path(known[2]))
        status = "updated" if known else "imported"
        message = "; ".join(parsed.warnings) or None
        return FileOutcome(
            str(f.path), status, documents=len(parsed.documents), trashed=removed, message=message
        )

    def run(self, paths: Iterable[Path | str]) -> ImportReport:
        start = time.perf_counter()
        files, skipped = collect_files(paths)
        self.report.outcomes.extend(skipped)
        todo = self.stage_all(files)
        total = len(todo)
        changed = False
        if todo and not self.cancel.is_set():
            changed = self._parse_and_store(todo, total)
        if changed and not self.cancel.is_set():
            self._tell(total, total, None, "linking", force=True)
            self.link()
        self.report.cancelled = self.cancel.is_set()
        self.report.seconds = time.perf_counter() - start
        self._tell(total, total, None, "done", force=True)
        return self.report

    def _parse_and_store(self, todo: list[tuple[FoundFile, StagedFile]], total: int) -> bool:
        """Parse in the pool while storing finished files, so children never wait on SQLite."""
        changed = False
        done = 0
        workers = max(1, self.workers)
        # A few parsed files may wait for the writer; bounded so memory stays flat.
        results: queue.Queue[tuple[object, ...] | None] = queue.Queue(maxsize=workers + 1)

        with ParserPool(workers=workers, mem_mb=PARSE_MEM_MB, timeout_s=PARSE_TIMEOUT_S) as pool:
            self.cancel.on_cancel.append(pool.cancel)
            if self.cancel.is_set():
                pool.cancel()
            producer = threading.Thread(
                target=self._produce, args=(pool, todo, results), daemon=True
            )
            producer.start()
            try:
                self._tell(0, total, str(todo[0][0].path), "parsing", force=True)
                while (item := results.get()) is not None:
                    if item is BATCH_DONE:
                        self.index_stored()
                        continue
                    if self.cancel.is_set():
                        continue  # drain until the producer stops
                    idx, result = item
                    f, staged = todo[idx]
                    self._tell(done, total, str(f.path), "storing")
                    outcome = self._store_result(f, staged, result)
                    changed = changed or outcome.status in ("imported", "updated")
                    self.report.outcomes.append(outcome)
                    done += 1
                    self._tell(done, total, str(f.path), "parsing")
            finally:
                if self.cancel.is_set():
                    pool.cancel()
                producer.join()
                self.index_stored()
                if pool.cancel in self.cancel.on_cancel:
                    self.cancel.on_cancel.remove(pool.cancel)
        return changed

    def _produce(
        self,
        pool: ParserPool,
        todo: list[tuple[FoundFile, StagedFile]],
        results: queue.Queue[tuple[object, ...] | None],
    ) -> None:
        """Feed the writer: batches of files, each read and split, then analysed in chunks.

        Batches bound memory (only one batch's documents are held at a time) however many
        files an import has; a failure in any chunk fails its whole file.
        """
        try:
            for batch in _batches(todo):
                self._produce_batch(pool, todo, batch, results)
                results.put(BATCH_DONE)
        except ImportCancelled:
            pass
        finally:
            results.put(None)

    def _produce_batch(
        self,
        pool: ParserPool,
        todo: list[tuple[FoundFile, StagedFile]],
        batch: list[int],
        results: queue.Queue[tuple[object, ...] | None],
    ) -> None:
        """Phase 1 reads and splits every file of the batch; phase 2 analyses balanced chunks."""
        splits: dict[int, SplitFile] = {}
        items = [(str(todo[i][1].staged), todo[i][0].tree_hint) for i in batch]
        for k, result in pool.imap_unordered(read_and_split, items):
            if isinstance(result, SplitFile):
                splits[batch[k]] = result
            else:
                results.put((batch[k], result))
        tasks = [
            (idx, n, chunk)
            for idx, sf in splits.items()
            for n, chunk in enumerate(chunk_drafts(sf.drafts))
        ]
        # Largest first: the long tail of small chunks then evens out the two cores.
        tasks.sort(key=lambda t: -sum(len(d.text) for d in t[2]))
        waiting = {idx: sum(1 for i, _, _ in tasks if i == idx) for idx in splits}
        parts: dict[int, dict[int, tuple[StoredDocument, ...]]] = {idx: {} for idx in splits}
        for t, result in pool.imap_unordered(process_drafts, [(c,) for _, _, c in tasks]):
            idx, n, _chunk = tasks[t]
            if idx not in parts:
                continue  # the file already failed in another chunk
            if isinstance(result, FayanError):
                del parts[idx]
                results.put((idx, result))
                continue
            parts[idx][n] = result
            waiting[idx] -= 1
            if waiting[idx] == 0:
                sf = splits[idx]
                docs = _in_file_order(sf.drafts, parts.pop(idx))
                results.put((idx, FileParse(sf.format, docs, sf.warnings)))

    def _store_result(self, f: FoundFile, staged: StagedFile, result: object) -> FileOutcome:
        if isinstance(result, FayanError):
            return _failed(f.path, result)
        if not isinstance(result, FileParse):  # pragma: no cover - the pool yields only these
            return _failed(
                f.path,
                IngestError(
                    f"{f.path.name}: the parser returned nothing.",
                    key="ingest.parser_returned_nothing",
                    params={"name": f.path.name},
                ),
            )
        try:
            return self.store(f, staged, result)
        except FayanError as e:
            return _failed(f.path, e)
        except sqlite3.Error as e:
            return _failed(
                f.path,
                IngestError(
                    f"{f.path.name}: could not be saved in the library ({e}).",
                    str(f.path),
                    key="ingest.cannot_save",
                    params={"name": f.path.name, "error": str(e)},
                ),
            )

    def index_stored(self) -> None:
        """Put the documents stored since the last call into the search index, in one go.

        Indexing a batch at once, while the parsers work on the next, costs far less than
        row by row during the import; the queue table makes it safe against a crash.
        """
        if not self.deferred:
            return
        from core.store.documents import index_pending

        crash_point("before_index")
        self._tell(len(self.report.outcomes), len(self.report.outcomes), None, "indexing")
        with self.lock, self.lib.write() as conn:
            index_pending(conn, self.deferred)
        self.deferred.clear()

    def link(self) -> None:
        """Resolve references and validity across the whole library (targets may be new)."""
        from core.store.linking import link_library

        with self.lock, self.lib.write() as conn:
            link_library(conn)


BATCH_DONE = ("batch done",)  # producer → writer: every file of the batch has been sent
BATCH_BYTES = 16 << 20  # source bytes read ahead of analysis at most (memory bound)


def _batches(todo: list[tuple[FoundFile, StagedFile]]) -> list[list[int]]:
    """Indexes of ``todo`` in consecutive batches of about BATCH_BYTES of source files."""
    out: list[list[int]] = [[]]
    size = 0
    for i, (_f, staged) in enumerate(todo):
        if out[-1] and size + staged.size > BATCH_BYTES:
            out.append([])
            size = 0
        out[-1].append(i)
        size += staged.size
    return [b for b in out if b]


def _in_file_order(
    drafts: tuple[DocumentDraft, ...], parts: dict[int, tuple[StoredDocument, ...]]
) -> tuple[StoredDocument, ...]:
    """Reassemble a file's analysed chunks in the order of its drafts."""
    docs = tuple(d for n in sorted(parts) for d in parts[n])
    assert len(docs) == len(drafts)
    return docs


def import_paths(
    lib: LibraryDB,
    paths: Iterable[Path | str],
    *,
    lock: threading.RLock | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    workers: int = 2,
) -> ImportReport:
    """Import files and folders; per-file errors are reported, the rest imported."""
    importer = Importer(lib, lock or threading.RLock(), progress, cancel, workers)
    return importer.run(paths)


__all__ = ["CancelToken", "ImportCancelled", "collect_files", "import_paths"]
