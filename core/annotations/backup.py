"""Notes backup as versioned JSON, and a merging restore: the escape hatch behind "never lose".

A restore reads and checks the whole file before it writes anything, then merges in one
transaction: a uuid the library lacks is added, one it has is updated only when the backup's copy
was edited later; nothing is ever deleted or trashed by a restore. The user's corrections of the
analysis travel in the same file (an optional list, so older version-1 files still read) and
merge the same way, by their sentence: document, text and place.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from core.annotations import store
from core.annotations.models import (
    DEFAULT_PALETTE,
    ORPHAN,
    STATUSES,
    PaletteEntry,
    RestoreReport,
)
from core.errors import FayanError, NotesBackupError
from core.export.atomic import write_atomically
from core.models import LABELS
from core.store import corrections as fixes

FORMAT = "fayan-notes"
VERSION = 1
MAX_BACKUP_BYTES = 2_000_000_000

_FIELDS: dict[str, type | tuple[type, ...]] = {
    "uuid": str,
    "doc_key": str,
    "doc_title": str,
    "start": int,
    "end": int,
    "quote": str,
    "prefix": str,
    "suffix": str,
    "section_label": (str, type(None)),
    "section_number": (int, type(None)),
    "color": int,
    "note": str,
    "tags": list,
    "status": str,
    "score": (int, float),
    "anchored_sha": str,
    "created_at": str,
    "updated_at": str,
    "deleted_at": (str, type(None)),
}
_COLS = list(_FIELDS)
_FIX_FIELDS: dict[str, type | tuple[type, ...]] = {
    "doc_key": str,
    "doc_title": str,
    "start": int,
    "end": int,
    "quote": str,
    "labels": list,
    "subject": (str, type(None)),
    "auto_labels": list,
    "auto_subject": (str, type(None)),
    "created_at": str,
    "updated_at": str,
}


def backup_document(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every annotation (the trash included) and the palette, as one JSON-ready object."""
    anns = store.query(conn, include_deleted=True, order="position")
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": store.now_iso(),
        "palette": [
            {"slot": p.slot, "name": p.name, "color": p.color} for p in store.palette(conn)
        ],
        "annotations": [
            {c: (list(a.tags) if c == "tags" else getattr(a, c)) for c in _COLS} for a in anns
        ],
        "corrections": [
            {f: (list(v) if isinstance(v := getattr(c, f), tuple) else v) for f in _FIX_FIELDS}
            for c in fixes.list_corrections(conn)
        ],
    }


def write_backup(conn: sqlite3.Connection, path: Path | str) -> Path:
    data = json.dumps(backup_document(conn), ensure_ascii=False, indent=1)
    return write_atomically(path, lambda tmp: tmp.write_text(data, encoding="utf-8"))


def _fail(path: Path, key: str, why: str, **params: object) -> NotesBackupError:
    """``why`` ends the English sentence; ``key`` and ``params`` name it for a translation."""
    return NotesBackupError(
        f"{path.name} cannot be restored: {why}. Nothing was changed.",
        str(path),
        key=key,
        params={"name": path.name, **params},
    )


def read_backup(path: Path | str) -> dict[str, Any]:
    """The parsed, fully checked backup; any defect is a NotesBackupError before any write."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if size > MAX_BACKUP_BYTES:
            raise _fail(
                path, "notes_backup.too_large", f"the file is too large ({size:,} bytes)", size=size
            )
        raw = path.read_bytes()
    except OSError as e:
        raise NotesBackupError(
            f"Cannot read {path}: {e.strerror or e}.",
            str(path),
            key="notes_backup.cannot_read",
            params={"path": str(path), "reason": str(e.strerror or e)},
        ) from e
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise _fail(path, "notes_backup.not_text", "it is not a text (JSON) file") from e
    except json.JSONDecodeError as e:
        raise _fail(
            path,
            "notes_backup.bad_json",
            f"it is not valid JSON (damaged or cut short?) at line {e.lineno}, column {e.colno}",
            line=e.lineno,
            column=e.colno,
        ) from e
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail(path, "notes_backup.not_backup", "it is not a Fayan notes backup")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(path, "notes_backup.bad_version", "its format version is missing or invalid")
    if version > VERSION:
        raise _fail(
            path,
            "notes_backup.too_new",
            f"it was made by a newer Fayan (format version {version}; this "
            f"version reads up to {VERSION}); update Fayan first",
            version=version,
            supported=VERSION,
        )
    anns = data.get("annotations")
    if not isinstance(anns, list):
        raise _fail(path, "notes_backup.no_annotations", "it has no list of annotations")
    for i, item in enumerate(anns, 1):
        _check_item(path, i, item)
    found = data.get("corrections", [])
    if not isinstance(found, list):
        raise _fail(path, "notes_backup.bad_corrections", "its list of corrections is malformed")
    for i, item in enumerate(found, 1):
        if not _sound_correction(item):
            raise _fail(
                path,
                "notes_backup.bad_correction",
                f"correction {i} of the analysis is malformed",
                index=i,
            )
    pal = data.get("palette", [])
    if not isinstance(pal, list) or not all(
        isinstance(p, dict) and isinstance(p.get("slot"), int) and isinstance(p.get("name"), str)
        for p in pal
    ):
        raise _fail(path, "notes_backup.bad_palette", "its colour palette is malformed")
    return data


def _sound_correction(item: Any) -> bool:
    """A correction with every field, of the right type, with known labels and a real place."""
    return (
        isinstance(item, dict)
        and all(
            name in item and isinstance(item[name], kind) and not isinstance(item[name], bool)
            for name, kind in _FIX_FIELDS.items()
        )
        and bool(item["quote"])
        and 0 <= item["start"] < item["end"]
        and all(x in LABELS for x in item["labels"] + item["auto_labels"])
        and len(item["subject"] or "") <= fixes.MAX_BEARER_CHARS
    )


def _check_item(path: Path, i: int, item: Any) -> None:
    """Raise the NotesBackupError that names what is wrong with annotation ``i``, if anything."""
    if not isinstance(item, dict):
        raise _fail(
            path, "notes_backup.item_not_object", f"annotation {i} is not an object", index=i
        )
    for name, kind in _FIELDS.items():
        if name not in item:
            raise _fail(
                path,
                "notes_backup.item_missing_field",
                f"annotation {i} lacks the field {name!r}",
                index=i,
                field=name,
            )
        v = item[name]
        if not isinstance(v, kind) or (isinstance(v, bool) and kind is not bool):
            raise _fail(
                path,
                "notes_backup.item_bad_value",
                f"annotation {i} has a bad value for {name!r}",
                index=i,
                field=name,
            )
    if not item["uuid"] or not item["quote"]:
        raise _fail(
            path, "notes_backup.item_empty", f"annotation {i} has an empty uuid or quote", index=i
        )
    if not 0 <= item["start"] < item["end"]:
        raise _fail(
            path,
            "notes_backup.item_bad_position",
            f"annotation {i} has an impossible position",
            index=i,
        )
    if item["status"] not in STATUSES:
        raise _fail(
            path,
            "notes_backup.item_bad_status",
            f"annotation {i} has an unknown status {item['status']!r}",
            index=i,
            status=item["status"],
        )
    if not all(isinstance(t, str) for t in item["tags"]):
        raise _fail(
            path, "notes_backup.item_bad_tag", f"annotation {i} has a tag that is not text", index=i
        )
    if not 0 <= item["color"] < len(DEFAULT_PALETTE):
        raise _fail(
            path,
            "notes_backup.item_bad_colour",
            f"annotation {i} uses colour {item['color']}, which this version does not have",
            index=i,
            colour=item["color"],
        )
    try:
        store.clean_note(item["note"])
        store.clean_tags(item["tags"])
    except FayanError as e:
        raise _fail(
            path,
            "notes_backup.item_bad_note",
            f"annotation {i} has an invalid note or tag ({e})",
            index=i,
            detail=str(e),
        ) from e


def _resolve_key(conn: sqlite3.Connection, key: str, title: str) -> str:
    """The document key to hang on: the same key, else the one document with the same title."""
    if conn.execute("SELECT 1 FROM documents WHERE key = ?", (key,)).fetchone():
        return key
    rows = conn.execute("SELECT key FROM documents WHERE title = ?", (title,)).fetchall()
    return rows[0][0] if len(rows) == 1 else key


def _merge_palette(conn: sqlite3.Connection, entries: list[dict[str, Any]]) -> None:
    """Take the backup's colour names only where this library still has the default name."""
    current = list(store.palette(conn))
    changed = False
    for e in entries:
        slot = e["slot"]
        if 0 <= slot < len(current) and current[slot].name == DEFAULT_PALETTE[slot].name:
            name = e["name"].strip()
            if name and name != current[slot].name and len(name) <= 40:
                current[slot] = PaletteEntry(slot, name, current[slot].color)
                changed = True
    if changed:
        store.set_palette(conn, current)


def restore(conn: sqlite3.Connection, data: dict[str, Any]) -> RestoreReport:
    """Merge a checked backup (``read_backup``) into the library, inside the caller's transaction."""
    added = updated = unchanged = 0
    touched_keys: set[str] = set()
    touched: list[int] = []
    for item in data["annotations"]:
        existing = store.get_by_uuid(conn, item["uuid"])
        tags = json.dumps(list(store.clean_tags(item["tags"])), ensure_ascii=False)
        if existing is None:
            key = _resolve_key(conn, item["doc_key"], item["doc_title"])
            values = {**item, "doc_key": key, "tags": tags, "score": float(item["score"])}
            cols = ", ".join(f'"{c}"' for c in _COLS)
            cur = conn.execute(
                f"INSERT INTO annotations ({cols}) VALUES ({', '.join('?' for _ in _COLS)})",
                [values[c] for c in _COLS],
            )
            touched.append(int(cur.lastrowid or 0))
            touched_keys.add(key)
            added += 1
        elif item["updated_at"] > existing.updated_at:
            conn.execute(
                "UPDATE annotations SET note = ?, tags = ?, color = ?, updated_at = ? WHERE id = ?",
                (item["note"], tags, item["color"], item["updated_at"], existing.id),
            )
            touched.append(existing.id)
            updated += 1
        else:
            unchanged += 1
    for key in touched_keys:
        store.reanchor_key(conn, key)
    _merge_palette(conn, data.get("palette", []))
    orphans = {r[0] for r in conn.execute("SELECT id FROM annotations WHERE status = ?", (ORPHAN,))}
    orphaned = sum(1 for i in touched if i in orphans)
    merged = _merge_corrections(conn, data.get("corrections", []))
    return RestoreReport(
        added=added, updated=updated, unchanged=unchanged, orphaned=orphaned, corrections=merged
    )


def _merge_corrections(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> int:
    """Add the corrections the library lacks and take newer ones, then put them on their
    sentences; returns how many were added or updated."""
    merged = 0
    keys: set[str] = set()
    for item in items:
        key = _resolve_key(conn, item["doc_key"], item["doc_title"])
        labels = " ".join(x for x in LABELS if x in item["labels"])
        row = conn.execute(
            "SELECT id, updated_at FROM corrections WHERE doc_key = ? AND quote = ? AND start = ?",
            (key, item["quote"], item["start"]),
        ).fetchone()
        if row is None:
            conn.execute(
                'INSERT INTO corrections (doc_key, doc_title, start, "end", quote, labels, '
                "subject, auto_labels, auto_subject, placed, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,0,?,?)",
                (
                    key,
                    item["doc_title"],
                    item["start"],
                    item["end"],
                    item["quote"],
                    labels,
                    item["subject"],
                    " ".join(item["auto_labels"]),
                    item["auto_subject"],
                    item["created_at"],
                    item["updated_at"],
                ),
            )
        elif item["updated_at"] > row[1]:
            conn.execute(
                "UPDATE corrections SET labels = ?, subject = ?, updated_at = ? WHERE id = ?",
                (labels, item["subject"], item["updated_at"], row[0]),
            )
        else:
            continue
        merged += 1
        keys.add(key)
    for (doc_id,) in conn.execute(
        f"SELECT id FROM documents WHERE key IN ({','.join('?' for _ in keys)})", list(keys)
    ).fetchall():
        fixes.apply_to_document(conn, doc_id)
    return merged
