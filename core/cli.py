"""The `fayan` command line (DESIGN.md §4): the same service API the desktop app uses."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from core.errors import FayanError
from core.records import ImportProgress, ImportReport

EXIT_ERROR = 1
EXIT_USAGE = 2


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fayan")
    except PackageNotFoundError:
        return "0+unknown"


def _emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1))
    sys.stdout.write("\n")


class ProgressBar:
    """A one-line progress bar on stderr (redrawn in place on a terminal)."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self._last = ""

    def __call__(self, p: ImportProgress) -> None:
        if not self.enabled:
            return
        total = max(p.files_total, 1)
        width = 30
        filled = int(width * p.files_done / total)
        name = (p.current or "").rsplit("/", 1)[-1][:40]
        line = f"[{'#' * filled}{'.' * (width - filled)}] {p.files_done}/{p.files_total} {p.stage} {name}"
        if self.tty:
            sys.stderr.write("\r" + line.ljust(len(self._last)))
        elif p.stage in ("done", "linking") or line.split(" ", 1)[0] != self._last.split(" ", 1)[0]:
            sys.stderr.write(line + "\n")
        self._last = line
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled and self.tty and self._last:
            sys.stderr.write("\n")


def _print_report(report: ImportReport) -> None:
    out = sys.stderr
    print(
        f"Imported {report.files} file(s) in {report.seconds:.1f} s: "
        f"{report.documents} document(s) stored "
        f"({report.count('imported')} new file(s), {report.count('updated')} updated, "
        f"{report.count('unchanged')} unchanged), {len(report.skipped)} skipped, "
        f"{len(report.failed)} error(s)." + (" Cancelled." if report.cancelled else ""),
        file=out,
    )
    if report.trashed:
        print(
            f"  {report.trashed} document(s) the re-imported files no longer hold were moved to "
            "the trash (`fayan trash list` shows them, `fayan trash restore ID` brings one back).",
            file=out,
        )
    for o in report.skipped:
        print(f"  skipped: {o.message or o.path}", file=out)
    for o in report.failed:
        print(f"  error: {o.message}", file=out)


def cmd_import(lib: Any, args: argparse.Namespace) -> int:
    bar = ProgressBar(enabled=not args.quiet)
    report = lib.import_paths(args.paths, progress=bar, workers=args.workers)
    bar.finish()
    if args.json:
        _emit_json(report.to_json())
    else:
        _print_report(report)
    return EXIT_ERROR if report.failed and not report.documents else 0


def cmd_list(lib: Any, args: argparse.Namespace) -> int:
    rows = lib.list_documents()
    if args.json:
        _emit_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "doc_type": r.doc_type,
                    "issuer": r.issuer,
                    "date": r.date,
                    "tree_path": list(r.tree_path),
                    "articles": r.articles,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            path = " / ".join(r.tree_path)
            print(f"{r.id:5d}  {r.title}  [{r.doc_type or '?'}; {r.date or '—'}]  {path}")
    return 0


def cmd_show(lib: Any, args: argparse.Namespace) -> int:
    if args.text:
        sys.stdout.write(lib.document_text(args.id))
        return 0
    doc = lib.document(args.id)
    if args.json:
        doc.pop("text", None)
        _emit_json(doc)
    else:
        print(doc["title"])
        for key in ("short_title", "doc_type", "issuer", "date", "doc_number", "status"):
            if doc.get(key):
                print(f"  {key}: {doc[key]}")
        print(
            f"  sections: {len(doc['sections'])}, sentences: {len(doc['sentences'])}, "
            f"references: {len(doc['references'])}, characters: {doc['text_length']}"
        )
    return 0


def cmd_search(lib: Any, args: argparse.Namespace) -> int:
    result = lib.search(args.query, limit=args.limit, doc_type=args.type, label=args.label)
    hits = result.hits
    if args.json:
        _emit_json(
            [
                {
                    "doc_id": h.doc_id,
                    "title": h.title,
                    "start": h.start,
                    "end": h.end,
                    "section": h.section,
                    "snippet": h.snippet,
                }
                for h in hits
            ]
        )
    else:
        for h in hits:
            print(f"{h.doc_id:5d} {h.title} {h.section or ''} [{h.start}–{h.end}]  {h.snippet}")
        print(f"{result.total_hits} hit(s) in {result.total_docs} document(s).", file=sys.stderr)
    return 0


def cmd_graph(lib: Any, args: argparse.Namespace) -> int:
    from core.graph import graph_to_json, write_graphml

    g = lib.graph()
    if args.graphml:
        write_graphml(g, args.graphml)
        print(
            f"Wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges to {args.graphml}.",
            file=sys.stderr,
        )
    if args.json or not args.graphml:
        _emit_json(graph_to_json(g))
    return 0


def cmd_compare(lib: Any, args: argparse.Namespace) -> int:
    comparison = lib.compare(args.a, args.b)
    if args.docx:
        from core.compare.docx_report import write_docx

        write_docx(comparison, args.docx)
        print(f"Wrote the comparison report to {args.docx}.", file=sys.stderr)
    if args.json:
        _emit_json(comparison.to_json())
    elif not args.docx:
        for p in comparison.pairs:
            a = "、".join(u.label for u in p.a) or "—"
            b = "、".join(u.label for u in p.b) or "—"
            print(f"{a:<16} {b:<16} {p.status:<9} {p.similarity:.2f}")
        counts = comparison.counts()
        print(", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render the main window offscreen to a PNG (for README and checks); opens its own library."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.screenshot import render_screenshot

    out = render_screenshot(
        args.out,
        args.db,
        doc_id=args.doc,
        view=args.view,
        theme_name=args.theme,
        language=args.lang,
        query=args.query,
    )
    print(f"Wrote {out}.", file=sys.stderr)
    return 0


def cmd_check(lib: Any, args: argparse.Namespace) -> int:
    """`fayan check`: integrity, foreign keys, search index (rebuilt if broken)."""
    report = lib.check(repair_index=not lib.read_only)
    if args.json:
        _emit_json(report.to_json())
    else:
        print("\n".join(report.lines()))
    return 0 if report.ok else EXIT_ERROR


def cmd_reanalyse(lib: Any, args: argparse.Namespace) -> int:
    """`fayan reanalyse`: every document analysed again with the current rules and lexicon."""
    stale = lib.analysis_is_stale()
    bar = ProgressBar(enabled=not args.quiet)
    report = lib.reanalyse(
        progress=lambda p: bar(ImportProgress(p.done, p.total, None, "analysing")),
        workers=args.workers,
    )
    bar.finish()
    out = {
        "documents": report.documents,
        "failed": [{"id": i, "message": m} for i, m in report.failed],
        "was_stale": stale,
        "cancelled": report.cancelled,
        "seconds": round(report.seconds, 2),
    }
    if args.json:
        _emit_json(out)
    else:
        print(
            f"Analysed {report.documents} document(s) again in {report.seconds:.1f} s"
            + (f"; {len(report.failed)} failed." if report.failed else "."),
            file=sys.stderr,
        )
        for doc_id, message in report.failed:
            print(f"  document {doc_id}: {message}", file=sys.stderr)
    return EXIT_ERROR if report.failed else 0


def cmd_backup(lib: Any, args: argparse.Namespace) -> int:
    """`fayan backup`: a verified backup now; `--list` shows the backups, oldest first."""
    import datetime as dt

    if args.list:
        rows = [
            {
                "path": str(p),
                "size": p.stat().st_size,
                "time": dt.datetime.fromtimestamp(p.stat().st_mtime).isoformat(timespec="seconds"),
            }
            for p in lib.backups()
        ]
        if args.json:
            _emit_json(rows)
        else:
            for r in rows:
                print(f"{r['time']}  {r['size'] / 1e6:8.1f} MB  {r['path']}")
        return 0
    path = lib.backup(reason="manual")
    if args.json:
        _emit_json({"path": str(path), "size": path.stat().st_size})
    else:
        print(f"Backed up the library to {path}.", file=sys.stderr)
    return 0


def cmd_restore(lib: Any, args: argparse.Namespace) -> int:
    """`fayan restore FILE [--yes]`: says what will be lost; restores only with --yes."""
    plan = lib.restore_plan(args.backup)
    for line in plan.lines():
        print(line, file=sys.stderr)
    if not args.yes:
        print("Nothing was changed. Run again with --yes to restore this backup.", file=sys.stderr)
        return EXIT_USAGE
    result = lib.restore_backup(args.backup)
    print(
        f"Restored {result.backup}. The library as it was is kept as {result.pre_restore}.",
        file=sys.stderr,
    )
    return 0


def cmd_remove(lib: Any, args: argparse.Namespace) -> int:
    """`fayan remove ID…`: to the document trash (undo with `fayan trash restore ID…`)."""
    n = lib.remove_documents(args.ids, delete_annotations=args.delete_annotations)
    print(
        f"Moved {n} document(s) to the trash; `fayan trash restore "
        f"{' '.join(map(str, args.ids))}` brings them back.",
        file=sys.stderr,
    )
    return 0


def cmd_trash(lib: Any, args: argparse.Namespace) -> int:
    """`fayan trash list|restore ID…|empty [ID…]`: the document trash."""
    if args.action == "list":
        rows = lib.trashed_documents()
        if args.json:
            _emit_json([r.to_json() for r in rows])
        else:
            for r in rows:
                print(
                    f"{r.doc_id:5d}  {r.title}  [removed {r.deleted_at[:19]}; "
                    f"{r.annotations} annotation(s)]"
                )
        return 0
    if args.action == "restore":
        if not args.ids:
            print(
                "fayan trash restore: give the ids to restore (see `fayan trash list`).",
                file=sys.stderr,
            )
            return EXIT_USAGE
        ids = lib.restore_documents(args.ids)
        print(f"Restored {len(ids)} document(s): {' '.join(map(str, ids))}.", file=sys.stderr)
        return 0
    n = lib.empty_document_trash(args.ids or None)
    print(
        f"Deleted {n} document(s) from the trash for good; their annotations stay, unanchored.",
        file=sys.stderr,
    )
    return 0


def _sentence_at(lib: Any, doc_id: int, at: int) -> dict[str, Any] | None:
    return next((x for x in lib.document(doc_id)["sentences"] if x["start"] <= at < x["end"]), None)


def cmd_correct(lib: Any, args: argparse.Namespace) -> int:
    """`fayan correct ID AT …`: set the labels or duty bearer of the sentence at offset AT."""
    if args.revert:
        if not lib.revert_correction(args.id, args.at):
            print("fayan correct: that sentence has no correction to revert.", file=sys.stderr)
            return EXIT_ERROR
        print("The sentence has the analysis's reading again.", file=sys.stderr)
        return 0
    if args.labels is None and args.bearer is None and not args.no_bearer:
        print(
            "fayan correct: say what to change: --labels, --bearer, --no-bearer or --revert.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    current = _sentence_at(lib, args.id, args.at)
    labels = (
        [x for x in args.labels.replace(",", " ").split() if x]
        if args.labels is not None
        else (current or {}).get("labels", [])
    )
    bearer = None if args.no_bearer else args.bearer
    if bearer is None and not args.no_bearer:
        bearer = (current or {}).get("subject")
    corr = lib.correct_sentence(args.id, args.at, labels, bearer)
    if args.json:
        _emit_json(corr.to_json() if corr else None)
    elif corr is None:
        print("That is what the analysis read: no correction is kept.", file=sys.stderr)
    else:
        print(
            f"Corrected: {' '.join(corr.labels) or '(no label)'}; bearer "
            f"{corr.subject or '(none)'} (the analysis read {' '.join(corr.auto_labels) or '-'}; "
            f"{corr.auto_subject or '(none)'}).",
            file=sys.stderr,
        )
    return 0


def cmd_corrections(lib: Any, args: argparse.Namespace) -> int:
    """`fayan corrections [--doc ID] [--forget CID] [--accept CID]`: the user's corrections of
    the analysis."""
    if args.forget is not None:
        corr = lib.forget_correction(args.forget)
        print(f"Forgot correction {corr.id} of {corr.doc_title}.", file=sys.stderr)
        return 0
    if args.accept is not None:
        corr, _before = lib.accept_reworded(args.accept)
        print(
            f"Correction {corr.id} of {corr.doc_title} is kept on the sentence as it now reads.",
            file=sys.stderr,
        )
        return 0
    rows = lib.corrections(args.doc)
    if args.json:
        _emit_json([c.to_json() for c in rows])
        return 0
    for c in rows:
        where = f"doc {c.doc_id} @{c.start}" if c.doc_id and c.placed else "not placed"
        if c.reworded and c.doc_id:
            where += ", sentence reworded since"
        print(
            f"{c.id:5d}  {c.doc_title}  [{where}]  {' '.join(c.labels) or '-'}  "
            f"{c.subject or '-'}  (was {' '.join(c.auto_labels) or '-'}  {c.auto_subject or '-'})"
            f"  {c.quote[:40]}"
        )
    return 0


# Commands that only read: when another Fayan holds the library they open it read-only.
READ_COMMANDS = frozenset({"list", "show", "search", "graph", "compare", "check", "corrections"})


def _open_library(args: argparse.Namespace) -> Any:
    """The one-writer open (lock + startup health check); readers fall back to read-only."""
    from core.errors import LibraryLockedError
    from core.library import Library

    try:
        lib = Library.open_for_app(args.db)
    except LibraryLockedError:
        if args.command not in READ_COMMANDS:
            raise
        lib = Library.open(args.db, read_only=True)
    if lib.recovery is not None:
        print(f"fayan: {lib.recovery.message}", file=sys.stderr)
    if lib.read_only_reason and args.command not in READ_COMMANDS:
        print(f"fayan: {lib.read_only_reason}", file=sys.stderr)
    return lib


def build_parser() -> argparse.ArgumentParser:
    db_help = "library file (default: $FAYAN_DB or the user data folder)"
    # SUPPRESS on the subcommands, so `fayan --db F import …` is not reset by a sub-default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS, help=db_help)
    p = argparse.ArgumentParser(
        prog="fayan",
        description="Fayan 法眼 — read and analyse Chinese policy and legal documents. "
        "With no command, opens the desktop app.",
    )
    p.add_argument("--db", metavar="FILE", default=None, help=db_help)
    p.add_argument("--version", action="version", version=f"fayan {_version()}")
    sub = p.add_subparsers(dest="command")

    s = sub.add_parser("import", parents=[common], help="import files and folders")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--json", action="store_true", help="print the import report as JSON")
    s.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    s.add_argument("--workers", type=int, default=2, help="parser processes (default 2)")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("list", parents=[common], help="list the documents in the library")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("show", parents=[common], help="show one document")
    s.add_argument("id", type=int)
    g = s.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--text", action="store_true", help="the clean text all offsets index into")
    s.set_defaults(func=cmd_show)

    s = sub.add_parser("search", parents=[common], help="full-text search")
    s.add_argument("query")
    s.add_argument("--json", action="store_true")
    s.add_argument("--limit", type=int, default=50, help="maximum hits; 0 = every occurrence")
    s.add_argument("--type", help="only documents of this type (e.g. 法律)")
    s.add_argument(
        "--label",
        choices=["obligation", "prohibition", "permission", "penalty"],
        help="only hits inside sentences with this label",
    )
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("graph", parents=[common], help="the citation graph of the library")
    s.add_argument("--json", action="store_true", help="nodes and edges as JSON (default)")
    s.add_argument("--graphml", metavar="FILE", help="write GraphML to FILE")
    s.set_defaults(func=cmd_graph)

    s = sub.add_parser(
        "compare", parents=[common], help="compare two documents article by article (A old, B new)"
    )
    s.add_argument("a", type=int, metavar="A", help="document id of the old version")
    s.add_argument("b", type=int, metavar="B", help="document id of the new version")
    s.add_argument("--json", action="store_true", help="pairs and summary as JSON")
    s.add_argument("--docx", metavar="FILE", help="write a Word report to FILE")
    s.set_defaults(func=cmd_compare)

    s = sub.add_parser(
        "screenshot", parents=[common], help="render the main window offscreen to a PNG"
    )
    s.add_argument("out", metavar="OUT.png")
    s.add_argument("--doc", type=int, help="document to show (default: the largest law)")
    s.add_argument(
        "--view",
        default="reader",
        help="reader, search, obligations, references, info (default reader)",
    )
    s.add_argument("--theme", default="light", choices=["light", "dark"])
    s.add_argument("--lang", default="zh", choices=["zh", "en"])
    s.add_argument("--query", help="search text for --view search")
    s.set_defaults(func=None, screenshot=True)

    s = sub.add_parser(
        "check", parents=[common], help="check the library: integrity, links, search index"
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser(
        "reanalyse",
        parents=[common],
        help="analyse every document again (after the rules or resources/lexicon changed)",
    )
    s.add_argument("--json", action="store_true")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument("--workers", type=int, default=2, help="parser processes (default 2)")
    s.set_defaults(func=cmd_reanalyse)

    s = sub.add_parser("backup", parents=[common], help="back up the library now (verified)")
    s.add_argument("--list", action="store_true", help="list the backups instead")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser(
        "restore", parents=[common], help="restore a backup (says what will be lost; needs --yes)"
    )
    s.add_argument("backup", metavar="FILE", help="a backup file (see `fayan backup --list`)")
    s.add_argument("--yes", action="store_true", help="really restore")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser(
        "remove",
        parents=[common],
        help="move documents to the trash (undo: `fayan trash restore ID…`)",
    )
    s.add_argument("ids", type=int, nargs="+", metavar="ID")
    s.add_argument(
        "--delete-annotations",
        action="store_true",
        help="move their annotations to the annotation trash too (else kept)",
    )
    s.set_defaults(func=cmd_remove)

    s = sub.add_parser("trash", parents=[common], help="the document trash: list, restore, empty")
    s.add_argument("action", choices=["list", "restore", "empty"])
    s.add_argument(
        "ids",
        type=int,
        nargs="*",
        metavar="ID",
        help="documents to restore, or to delete for good (empty: all if none)",
    )
    s.add_argument("--json", action="store_true", help="list as JSON")
    s.set_defaults(func=cmd_trash)

    s = sub.add_parser(
        "correct",
        parents=[common],
        help="correct the labels or duty bearer of one sentence (kept through re-analysis)",
    )
    s.add_argument("id", type=int, metavar="ID", help="document id")
    s.add_argument("at", type=int, metavar="AT", help="a character offset inside the sentence")
    s.add_argument(
        "--labels",
        metavar="L,L",
        help="the sentence's labels, comma-separated (obligation, prohibition, permission, "
        "penalty); an empty string for none",
    )
    g = s.add_mutually_exclusive_group()
    g.add_argument("--bearer", metavar="TEXT", help="the duty bearer")
    g.add_argument("--no-bearer", action="store_true", help="no duty bearer")
    g.add_argument("--revert", action="store_true", help="back to the analysis's own reading")
    s.add_argument("--json", action="store_true", help="print the correction as JSON")
    s.set_defaults(func=cmd_correct)

    s = sub.add_parser(
        "corrections", parents=[common], help="list the corrections made to the analysis"
    )
    s.add_argument("--doc", type=int, metavar="ID", help="only this document's")
    s.add_argument("--forget", type=int, metavar="CID", help="delete correction CID")
    s.add_argument(
        "--accept",
        type=int,
        metavar="CID",
        help="keep correction CID, on a reworded sentence, on the sentence as it now reads",
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_corrections)

    from core.annotations.cli import add_notes_parser

    add_notes_parser(sub, common)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        from desktop.app import main as gui_main

        return gui_main(db=args.db)
    if getattr(args, "screenshot", False):
        try:
            return cmd_screenshot(args)
        except FayanError as e:
            print(f"fayan: {e}", file=sys.stderr)
            return EXIT_ERROR
    from core.logs import setup_logging

    setup_logging()
    try:
        lib = _open_library(args)
    except FayanError as e:
        print(f"fayan: {e}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return int(args.func(lib, args))
    except FayanError as e:
        print(f"fayan: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("fayan: interrupted; everything already imported is kept.", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - a user never gets a bare traceback
        import logging

        logging.getLogger("fayan").exception("fayan %s failed", args.command)
        print(
            f"fayan {args.command}: unexpected error ({type(e).__name__}: {e}). "
            "Nothing was half-written; please report this with the log file.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    finally:
        try:
            lib.backup_if_due()  # the scheduled backup: a day old and something changed
        except FayanError as e:
            print(f"fayan: warning: {e}", file=sys.stderr)
        lib.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
