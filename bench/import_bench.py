"""Import speed and memory: the five seeds, a ~60 MB corpus, and an unchanged re-import.

Prints MB/s and peak memory (this process and, separately, the largest parser child) for a full
import into a new library. Targets (issue 2): seeds < 3 s; 60 MB < 10 s (pipeline without
analysis) / < 30 s (whole pipeline), peak < 1 GB; unchanged re-import < 2 s.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import SEEDS, build_corpus, seed_files  # noqa: E402
from core.library import Library  # noqa: E402


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run(label: str, folder: Path, db: Path, size: int, workers: int) -> None:
    lib = Library.open(db)
    t0 = time.perf_counter()
    report = lib.import_paths([folder], workers=workers)
    t1 = time.perf_counter()
    docs = lib.count_documents()
    again = lib.import_paths([folder], workers=workers)
    t2 = time.perf_counter()
    lib.close()
    mb = size / 1e6
    print(
        f"{label}: {mb:.1f} MB, {report.files} files, {docs} documents, {len(report.failed)} failed"
    )
    print(f"  full import      {t1 - t0:7.2f} s   {mb / (t1 - t0):6.1f} MB/s")
    print(f"  unchanged again  {t2 - t1:7.2f} s   ({again.count('unchanged')} unchanged)")
    print(f"  library file     {db.stat().st_size / 2**20:7.1f} MiB")
    for o in report.failed:
        print(f"  FAILED {o.path}: {o.message}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=60.0, help="corpus size (default 60)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seeds-only", action="store_true")
    ap.add_argument(
        "--structure-only",
        action="store_true",
        help="issue 2's pipeline alone: read, clean, split, structure, store (no analysis/index)",
    )
    args = ap.parse_args()
    if args.structure_only:
        import os

        from core.ingest.process import STRUCTURE_ONLY_ENV

        os.environ[STRUCTURE_ONLY_ENV] = "1"  # inherited by the parser children
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        seeds_size = sum(p.stat().st_size for p in seed_files())
        run("five seeds", SEEDS, tmpd / "seeds.db", seeds_size, args.workers)
        if not args.seeds_only:
            folder, size = build_corpus(tmpd / "corpus", args.mb)
            run("corpus", folder, tmpd / "corpus.db", size, args.workers)
    print(
        f"peak RSS: main process {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
        f"largest parser child {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )


if __name__ == "__main__":
    main()
