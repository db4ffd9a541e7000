"""Sentence-analysis speed: analyze_sentences over the five seeds' documents, in chars/s.

Target: at least 3 M chars/s of CPU time on one core (the whole import of a 60 MB corpus has 30 s on two
cores, shared with the other stages). ``--profile`` prints the top of a cProfile run.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import seed_files  # noqa: E402
from core.analysis import analyze_sentences  # noqa: E402
from core.analysis.subject import clear_caches  # noqa: E402
from core.ingest.process import split_raw  # noqa: E402
from core.ingest.readers import read_file  # noqa: E402
from core.structure import parse_sections  # noqa: E402

TARGET = 3_000_000


def load() -> list[tuple[str, str, list]]:
    """(seed name, document text, sections) for every document of every seed."""
    docs = []
    for path in seed_files():
        for d in split_raw(read_file(path), path.name, ()):
            docs.append((path.name[:3], d.text, parse_sections(d.text)))
    return docs


def run(docs: list[tuple[str, str, list]]) -> dict[str, tuple[int, float]]:
    clear_caches()  # each run starts cold; caching across the seeds' documents is fair
    per_seed: dict[str, tuple[int, float]] = {}
    for seed, text, sections in docs:
        t0 = time.process_time()
        analyze_sentences(text, sections)
        dt = time.process_time() - t0
        chars, secs = per_seed.get(seed, (0, 0.0))
        per_seed[seed] = (chars + len(text), secs + dt)
    return per_seed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    args = ap.parse_args()
    docs = load()
    analyze_sentences(docs[0][1], docs[0][2])  # load the lexicon and dictionaries untimed
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(run, docs)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return
    best: dict[str, tuple[int, float]] | None = None
    for _ in range(args.repeat):
        r = run(docs)
        if best is None or sum(s for _, s in r.values()) < sum(s for _, s in best.values()):
            best = r
    assert best is not None
    for seed, (chars, secs) in sorted(best.items()):
        print(
            f"seed {seed}: {chars:>10,} chars  {secs:6.3f} s  {chars / secs / 1e6:6.2f} M chars/s"
        )
    chars = sum(c for c, _ in best.values())
    secs = sum(s for _, s in best.values())
    rate = chars / secs
    verdict = "ok" if rate >= TARGET else f"below the {TARGET / 1e6:.0f} M chars/s target"
    print(f"all:      {chars:>10,} chars  {secs:6.3f} s  {rate / 1e6:6.2f} M chars/s ({verdict})")


if __name__ == "__main__":
    main()
