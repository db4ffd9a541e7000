"""The `fayan notes …` subcommands (DESIGN.md §4), registered by core.cli."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from core.errors import AnnotationError

EXIT_USAGE = 2
_TAG_SPLIT = re.compile(r"[,，、;；]")


def _emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def _tags(raw: str | None) -> list[str] | None:
    return None if raw is None else [t for t in _TAG_SPLIT.split(raw) if t.strip()]


def _color(lib: Any, raw: str | None) -> int | None:
    """A slot number or a colour's meaning (风险)."""
    if raw is None:
        return None
    if raw.strip().isdigit():
        return int(raw)
    for entry in lib.palette():
        if entry.name == raw.strip():
            return int(entry.slot)
    names = "、".join(f"{p.slot}={p.name}" for p in lib.palette())
    raise AnnotationError(
        f"No colour called {raw!r}; use a slot number or a name ({names}).",
        key="annotations.unknown_colour",
        params={"colour": raw, "names": names},
    )


def _note(raw: str | None) -> str | None:
    return sys.stdin.read() if raw == "-" else raw


def _line(a: Any) -> str:
    where = f"{a.doc_title} {a.section_label or ''}".strip()
    pos = "" if a.status == "orphan" else f" [{a.start}–{a.end}]"
    quote = a.quote.replace("\n", " ")
    quote = quote if len(quote) <= 40 else quote[:39] + "…"
    tags = " ".join(f"#{t}" for t in a.tags)
    return f"{a.id:5d} {a.status:6s} {where}{pos} 「{quote}」 {a.note[:60]} {tags}".rstrip()


def cmd_add(lib: Any, args: argparse.Namespace) -> int:
    a = lib.add_annotation(
        args.id,
        args.start,
        args.end,
        note=_note(args.note) or "",
        tags=_tags(args.tags) or [],
        color=_color(lib, args.color) or 0,
    )
    if args.json:
        _emit(a.to_json())
    else:
        print(_line(a))
    return 0


def cmd_list(lib: Any, args: argparse.Namespace) -> int:
    anns = lib.annotations(
        doc_id=args.doc,
        tag=args.tag,
        color=_color(lib, args.color),
        text=args.text,
        status=args.status,
        only_deleted=args.trash,
        order=args.order,
    )
    if args.json:
        _emit([a.to_json() for a in anns])
    else:
        for a in anns:
            print(_line(a))
        print(f"{len(anns)} annotation(s).", file=sys.stderr)
    return 0


def cmd_edit(lib: Any, args: argparse.Namespace) -> int:
    a = lib.update_annotation(
        args.ann, note=_note(args.note), tags=_tags(args.tags), color=_color(lib, args.color)
    )
    print(_line(a))
    return 0


def cmd_delete(lib: Any, args: argparse.Namespace) -> int:
    lib.delete_annotation(args.ann)
    print(f"Annotation {args.ann} moved to the trash (undo: fayan notes undelete {args.ann}).")
    return 0


def cmd_undelete(lib: Any, args: argparse.Namespace) -> int:
    print(_line(lib.undo_delete_annotation(args.ann)))
    return 0


def cmd_reattach(lib: Any, args: argparse.Namespace) -> int:
    print(_line(lib.reattach_annotation(args.ann, args.start, args.end, doc_id=args.doc)))
    return 0


def cmd_export(lib: Any, args: argparse.Namespace) -> int:
    fmt, path = next(
        (f, p) for f, p in (("docx", args.docx), ("md", args.md), ("csv", args.csv)) if p
    )
    out = lib.export_notes(
        path, fmt, doc_ids=args.doc, tag=args.tag, obligations_register=args.register
    )
    print(f"Wrote {out}.", file=sys.stderr)
    return 0


def cmd_backup(lib: Any, args: argparse.Namespace) -> int:
    out = lib.backup_notes(args.file)
    print(
        f"Wrote {len(lib.annotations(include_deleted=True))} annotation(s) to {out}.",
        file=sys.stderr,
    )
    return 0


def cmd_restore(lib: Any, args: argparse.Namespace) -> int:
    r = lib.restore_notes(args.file)
    if args.json:
        _emit(
            {
                "added": r.added,
                "updated": r.updated,
                "unchanged": r.unchanged,
                "orphaned": r.orphaned,
                "corrections": r.corrections,
            }
        )
    else:
        print(
            f"Restored {args.file}: {r.added} added, {r.updated} updated, {r.unchanged} "
            f"unchanged; {r.orphaned} could not be placed (orphans); {r.corrections} "
            "correction(s) of the analysis added or updated.",
            file=sys.stderr,
        )
    return 0


def cmd_palette(lib: Any, args: argparse.Namespace) -> int:
    if args.rename:
        lib.rename_color(int(args.rename[0]), args.rename[1])
    entries = lib.palette()
    if args.json:
        _emit([{"slot": p.slot, "name": p.name, "color": p.color} for p in entries])
    else:
        for p in entries:
            print(f"{p.slot}  #{p.color}  {p.name}")
    return 0


def add_notes_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register `fayan notes …` on the top-level subparsers."""
    notes = sub.add_parser(
        "notes", parents=[common], help="annotations: add, list, export, back up"
    )
    notes.set_defaults(func=lambda lib, args: (notes.print_help(), EXIT_USAGE)[1])
    ns = notes.add_subparsers(dest="notes_command")

    s = ns.add_parser("add", parents=[common], help="add an annotation")
    s.add_argument("id", type=int, help="document id")
    s.add_argument("--start", type=int, required=True, help="first character (offset)")
    s.add_argument("--end", type=int, required=True, help="end offset (exclusive)")
    s.add_argument("--note", help="the note text ('-' reads it from stdin)")
    s.add_argument("--tags", help="comma-separated tags")
    s.add_argument("--color", help="colour slot number or its meaning (e.g. 风险)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_add)

    s = ns.add_parser("list", parents=[common], help="list annotations")
    s.add_argument("--json", action="store_true")
    s.add_argument("--doc", type=int, help="only this document")
    s.add_argument("--tag", help="only annotations with this tag")
    s.add_argument("--color", help="only this colour (slot or meaning)")
    s.add_argument("--text", help="only annotations whose note or quote contains this")
    s.add_argument("--status", choices=["exact", "fuzzy", "orphan"])
    s.add_argument("--trash", action="store_true", help="list the trash instead")
    s.add_argument("--order", choices=["position", "date"], default="position")
    s.set_defaults(func=cmd_list)

    s = ns.add_parser("edit", parents=[common], help="change an annotation's note, tags or colour")
    s.add_argument("ann", type=int, metavar="NOTE_ID")
    s.add_argument("--note")
    s.add_argument("--tags")
    s.add_argument("--color")
    s.set_defaults(func=cmd_edit)

    for name, func, text in (
        ("delete", cmd_delete, "move an annotation to the trash"),
        ("undelete", cmd_undelete, "take an annotation out of the trash"),
    ):
        s = ns.add_parser(name, parents=[common], help=text)
        s.add_argument("ann", type=int, metavar="NOTE_ID")
        s.set_defaults(func=func)

    s = ns.add_parser("reattach", parents=[common], help="anchor an orphan to a new range")
    s.add_argument("ann", type=int, metavar="NOTE_ID")
    s.add_argument("--start", type=int, required=True)
    s.add_argument("--end", type=int, required=True)
    s.add_argument("--doc", type=int, help="attach to this document instead")
    s.set_defaults(func=cmd_reattach)

    s = ns.add_parser("export", parents=[common], help="export notes to Word, Markdown or CSV")
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--docx", metavar="FILE")
    g.add_argument("--md", metavar="FILE")
    g.add_argument("--csv", metavar="FILE")
    s.add_argument("--doc", type=int, action="append", help="only this document (repeatable)")
    s.add_argument("--tag", help="only notes with this tag")
    s.add_argument("--register", action="store_true", help="add an obligations register table")
    s.set_defaults(func=cmd_export)

    s = ns.add_parser("backup", parents=[common], help="write every annotation to a JSON file")
    s.add_argument("file", metavar="FILE")
    s.set_defaults(func=cmd_backup)

    s = ns.add_parser("restore", parents=[common], help="merge a notes backup into the library")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_restore)

    s = ns.add_parser("palette", parents=[common], help="show (or rename) the colour meanings")
    s.add_argument("--rename", nargs=2, metavar=("SLOT", "NAME"))
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_palette)
