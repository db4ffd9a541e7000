"""The per-file work that runs in a parser child process: read, split, structure, analyse.

Everything here is pure CPU work on one file and returns plain picklable data, so it can run in
the isolated worker pool (ROBUSTNESS.md R1) on both cores while the parent only writes to SQLite.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from core.models import DocumentDraft, ProcessedDocument, RawDocument
from core.store.documents import StoredDocument

# Set by bench/import_bench.py --structure-only to time the pipeline without analysis and
# search indexing (read, clean, split, structure, store); never set in normal use.
STRUCTURE_ONLY_ENV = "FAYAN_BENCH_STRUCTURE_ONLY"

# Analysis work is cut into chunks of about this many characters, so that one large
# compilation (seed 001: 2.7 M characters, 331 documents) keeps both cores busy.
CHUNK_CHARS = 400_000


@dataclass(frozen=True)
class SplitFile:
    """A file read and cut into documents (phase 1, cheap), before analysis."""

    format: str
    drafts: tuple[DocumentDraft, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileParse:
    """The result of processing one file."""

    format: str
    documents: tuple[StoredDocument, ...]
    warnings: tuple[str, ...] = ()


def process_draft(draft: DocumentDraft) -> StoredDocument:
    """Structure and analyse one document; compute its search-index tokens."""
    from core.analysis import analyze_sentences
    from core.analysis.keywords import extract_keywords
    from core.analysis.references import extract_mentions
    from core.search import index_tokens
    from core.structure import extract_meta, parse_sections

    meta = extract_meta(draft.title, draft.text, draft.metadata)
    sections = tuple(parse_sections(draft.text))
    if os.environ.get(STRUCTURE_ONLY_ENV):  # bench/import_bench.py --structure-only
        return StoredDocument(ProcessedDocument(draft=draft, meta=meta, sections=sections))
    sentences = tuple(analyze_sentences(draft.text, sections))
    mentions = tuple(extract_mentions(draft.text, sections, meta.title))
    keywords = tuple(extract_keywords(draft.text))
    doc = ProcessedDocument(
        draft=draft,
        meta=meta,
        sections=sections,
        sentences=sentences,
        mentions=mentions,
        keywords=keywords,
    )
    return StoredDocument(
        doc=doc,
        title_tokens=index_tokens(meta.title or draft.title),
        body_tokens=index_tokens(draft.text),
    )


def split_raw(
    raw: RawDocument, display_name: str, tree_hint: tuple[str, ...]
) -> list[DocumentDraft]:
    """Cut a file into documents; single documents go under the folder they were imported from."""
    from core.ingest.split import split_document

    drafts = split_document(raw, display_name)
    out = []
    for d in drafts:
        if not d.tree_path and tree_hint:
            d = replace(d, tree_path=tree_hint)
        out.append(d)
    return out


def read_and_split(staged_path: str, tree_hint: tuple[str, ...]) -> SplitFile:
    """Child-process phase 1: read (decode / parse the format) and cut into documents."""
    from core.errors import EmptyFileError
    from core.ingest.readers import read_file

    display_name = Path(staged_path).name
    raw = read_file(Path(staged_path))
    drafts = tuple(d for d in split_raw(raw, display_name, tree_hint) if d.text.strip())
    if not drafts:
        raise EmptyFileError(
            f"{display_name} has no text to import.",
            display_name,
            key="ingest.no_documents",
            params={"name": display_name},
        )
    return SplitFile(format=raw.format, drafts=drafts, warnings=raw.warnings)


def process_drafts(drafts: tuple[DocumentDraft, ...]) -> tuple[StoredDocument, ...]:
    """Child-process phase 2: structure and analyse a chunk of one file's documents."""
    return tuple(process_draft(d) for d in drafts)


def chunk_drafts(
    drafts: tuple[DocumentDraft, ...], size: int | None = None
) -> list[tuple[DocumentDraft, ...]]:
    """Consecutive runs of drafts of about ``size`` characters (a long draft stays whole)."""
    size = size or CHUNK_CHARS
    chunks: list[tuple[DocumentDraft, ...]] = []
    run: list[DocumentDraft] = []
    chars = 0
    for d in drafts:
        run.append(d)
        chars += len(d.text)
        if chars >= size:
            chunks.append(tuple(run))
            run, chars = [], 0
    if run:
        chunks.append(tuple(run))
    return chunks
