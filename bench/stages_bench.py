"""Chars/s of each import stage on the five seeds, in one process (issue 3: report each stage).

Stages as the parser children run them: read (decode), split (clean + cut compilations),
metadata, sections, sentences (split + deontic labels + duty bearers), mentions (references),
keywords, index tokens (search). The parent's SQLite writes are measured by import_bench.py.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import seed_files  # noqa: E402
from core.analysis import analyze_sentences  # noqa: E402
from core.analysis.keywords import extract_keywords  # noqa: E402
from core.analysis.references import extract_mentions  # noqa: E402
from core.ingest.process import split_raw  # noqa: E402
from core.ingest.readers import read_file  # noqa: E402
from core.search import index_tokens  # noqa: E402
from core.structure import extract_meta, parse_sections  # noqa: E402


def main() -> None:
    spent: dict[str, float] = {}

    def timed(stage: str, fn: Callable[..., Any], *args: Any) -> Any:
        t0 = time.perf_counter()
        out = fn(*args)
        spent[stage] = spent.get(stage, 0.0) + time.perf_counter() - t0
        return out

    # Warm up dictionaries and lexicons once, as a parser child does on its first file.
    analyze_sentences("网络运营者应当履行义务。", ())
    extract_keywords("网络运营者应当履行网络安全保护义务。")
    chars = 0
    docs = 0
    for path in seed_files():
        raw = timed("read", read_file, path)
        drafts = timed("split", split_raw, raw, path.name, ())
        for d in drafts:
            chars += len(d.text)
            docs += 1
            meta = timed("metadata", extract_meta, d.title, d.text, d.metadata)
            sections = timed("sections", parse_sections, d.text)
            timed("sentences", analyze_sentences, d.text, sections)
            timed("mentions", extract_mentions, d.text, sections, meta.title)
            timed("keywords", extract_keywords, d.text)
            timed("index tokens", index_tokens, d.text)
    total = sum(spent.values())
    print(f"{docs} documents, {chars / 1e6:.2f} M characters of clean text")
    for stage, secs in spent.items():
        print(f"  {stage:13s} {secs:6.2f} s  {chars / secs / 1e6:6.1f} M chars/s")
    print(f"  {'all stages':13s} {total:6.2f} s  {chars / total / 1e6:6.1f} M chars/s (one core)")


if __name__ == "__main__":
    main()
