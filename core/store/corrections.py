"""The user's corrections of the analysis: a sentence's labels and duty bearer set by hand.

The analysis is rules; on a law it has never seen it names the right duty bearer for about four
sentences in five (docs/accuracy.md). A user who checks a reading must be able to fix it once
and keep the fix. A correction is user data, like an annotation: no foreign key, so nothing
cascades onto it; it hangs on ``documents.key`` and the sentence's own text, and is applied again
to every new analysis of the document (re-analysis after a rule change, re-import of an edited
file), so neither undoes it. The ``sentences`` row always holds the reading in force, so search
filters, exports and the reader need no second lookup.

Writers run inside the caller's write transaction and never commit themselves.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from rapidfuzz import fuzz

from core.annotations.anchor import carry_position
from core.errors import CorrectionError, DocumentNotFoundError
from core.models import LABELS
from core.records import Correction

# Labels that name a duty, and so a bearer (LABELS.md): a bearer on any other sentence is dropped.
DUTY_LABELS = ("obligation", "prohibition")
MAX_BEARER_CHARS = 200
# ``placed``: waiting for its sentence, on its sentence, or on a sentence reworded since.
WAITING, ON_SENTENCE, REWORDED = 0, 1, 2
# How like its sentence a reworded one must be (rapidfuzz Indel similarity, as annotations use)
# for a correction to follow it; below, the correction waits.
REWORDED_MIN = 0.85

_COLUMNS = (
    'c.id, c.doc_key, d.id, c.doc_title, c.start, c."end", c.quote, c.labels, c.subject, '
    "c.auto_labels, c.auto_subject, c.placed, c.created_at, c.updated_at"
)
_FROM = " FROM corrections c LEFT JOIN documents d ON d.key = c.doc_key"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _correction(row: Sequence[Any]) -> Correction:
    return Correction(
        id=row[0],
        doc_key=row[1],
        doc_id=row[2],
        doc_title=row[3],
        start=row[4],
        end=row[5],
        quote=row[6],
        labels=tuple(row[7].split()),
        subject=row[8],
        auto_labels=tuple(row[9].split()),
        auto_subject=row[10],
        placed=row[11] != WAITING,
        reworded=row[11] == REWORDED,
        created_at=row[12],
        updated_at=row[13],
    )


def normalised(labels: Sequence[str], subject: str | None) -> tuple[tuple[str, ...], str | None]:
    """Labels in their canonical order and a stripped bearer (None where there is no duty).

    Raises CorrectionError for an unknown label or an over-long bearer, before anything changes.
    """
    unknown = [x for x in labels if x not in LABELS]
    if unknown:
        raise CorrectionError(
            f"Unknown label {unknown[0]!r}: a sentence's labels are {', '.join(LABELS)}.",
            key="correction.bad_label",
            params={"label": unknown[0], "labels": ", ".join(LABELS)},
        )
    ordered = tuple(x for x in LABELS if x in labels)
    bearer = (subject or "").strip() or None
    if bearer is not None and len(bearer) > MAX_BEARER_CHARS:
        raise CorrectionError(
            f"The duty bearer is {len(bearer)} characters long; at most {MAX_BEARER_CHARS} "
            "are allowed.",
            key="correction.bearer_too_long",
            params={"n": len(bearer), "max": MAX_BEARER_CHARS},
        )
    if not set(ordered) & set(DUTY_LABELS):
        bearer = None
    return ordered, bearer


def _document(conn: sqlite3.Connection, doc_id: int) -> tuple[str, str]:
    row = conn.execute("SELECT key, title FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise DocumentNotFoundError.missing(doc_id)
    return row[0], row[1]


def _sentence_at(
    conn: sqlite3.Connection, doc_id: int, at: int
) -> tuple[int, int, int, str, str | None]:
    """(idx, start, end, labels, subject) of the sentence holding code point ``at``."""
    row = conn.execute(
        'SELECT idx, start, "end", labels, subject FROM sentences '
        'WHERE doc_id = ? AND start <= ? AND "end" > ? ORDER BY start DESC LIMIT 1',
        (doc_id, at, at),
    ).fetchone()
    if row is None:
        raise CorrectionError(
            f"Document {doc_id} has no sentence at character {at}; headings and blank lines "
            "carry no reading to correct.",
            key="correction.no_sentence",
            params={"doc_id": doc_id, "at": at},
        )
    return row[0], row[1], row[2], row[3] or "", row[4]


def _quote(conn: sqlite3.Connection, doc_id: int, start: int, end: int) -> str:
    row = conn.execute(
        "SELECT substr(text, ?, ?) FROM documents WHERE id = ?", (start + 1, end - start, doc_id)
    ).fetchone()
    return row[0]


def _find(conn: sqlite3.Connection, key: str, start: int) -> tuple[Any, ...] | None:
    """The correction on the sentence starting at ``start`` (at most one is placed on each)."""
    return conn.execute(
        "SELECT id, auto_labels, auto_subject FROM corrections "
        "WHERE doc_key = ? AND start = ? AND placed > 0",
        (key, start),
    ).fetchone()


def _carry_forward(
    conn: sqlite3.Connection, doc_id: int, start: int, old: str | None, new: str | None
) -> None:
    """Later sentences of the same article that carry this one's bearer (the analysis gave them
    ``old`` and they do not name it) take ``new``: 收到举报的部门应当…；不属于本部门职责的，应当…
    follows a fix of the first sentence. Outside articles (a policy notice) the run is the
    paragraph, as the analysis's carry is (core/analysis/sentences.py). A sentence that names
    its own bearer, or has a correction of its own, ends the run."""
    if not old or old == new:
        return
    article = conn.execute(
        "SELECT \"end\" FROM sections WHERE doc_id = ? AND kind = '条' AND start <= ? "
        'AND "end" > ? ORDER BY start DESC LIMIT 1',
        (doc_id, start, start),
    ).fetchone()
    if article is None:  # the end of the paragraph: its line of the clean text
        article = conn.execute(
            "SELECT CASE WHEN p > 0 THEN ? + p - 1 ELSE length(text) END FROM "
            "(SELECT text, instr(substr(text, ? + 1), char(10)) AS p FROM documents WHERE id = ?)",
            (start, start, doc_id),
        ).fetchone()
    own = set(analysis_readings(conn, doc_id))
    later = conn.execute(
        'SELECT idx, start, "end", subject FROM sentences WHERE doc_id = ? AND start > ? '
        "AND start < ? ORDER BY start",
        (doc_id, start, article[0]),
    ).fetchall()
    for idx, s, e, subject in later:
        if subject is None:
            continue  # no duty here: the carry runs on past it, as the analysis's does
        if subject != old or s in own or old in _quote(conn, doc_id, s, e):
            break
        conn.execute(
            "UPDATE sentences SET subject = ? WHERE doc_id = ? AND idx = ?", (new, doc_id, idx)
        )


def set_correction(
    conn: sqlite3.Connection,
    doc_id: int,
    at: int,
    labels: Sequence[str],
    subject: str | None,
) -> int | None:
    """Give the sentence at ``at`` these labels and bearer; returns the correction's id, or None
    where they are what the analysis read (then no correction is left: setting them is a revert).
    """
    new_labels, new_subject = normalised(labels, subject)
    key, title = _document(conn, doc_id)
    idx, start, end, cur_labels, cur_subject = _sentence_at(conn, doc_id, at)
    quote = _quote(conn, doc_id, start, end)
    found = _find(conn, key, start)
    auto_labels, auto_subject = (found[1], found[2]) if found else (cur_labels, cur_subject)
    conn.execute(
        "UPDATE sentences SET labels = ?, subject = ? WHERE doc_id = ? AND idx = ?",
        (" ".join(new_labels), new_subject, doc_id, idx),
    )
    _carry_forward(conn, doc_id, start, cur_subject, new_subject)
    if new_labels == tuple(auto_labels.split()) and new_subject == auto_subject:
        if found:
            conn.execute("DELETE FROM corrections WHERE id = ?", (found[0],))
        return None
    stamp = _now()
    if found:  # the user has now seen the sentence as it reads: it is the correction's own
        conn.execute(
            'UPDATE corrections SET labels = ?, subject = ?, doc_title = ?, quote = ?, "end" = ?, '
            "placed = ?, updated_at = ? WHERE id = ?",
            (" ".join(new_labels), new_subject, title, quote, end, ON_SENTENCE, stamp, found[0]),
        )
        return int(found[0])
    cur = conn.execute(
        'INSERT INTO corrections (doc_key, doc_title, start, "end", quote, labels, subject, '
        "auto_labels, auto_subject, placed, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,1,?,?)",
        (
            key,
            title,
            start,
            end,
            quote,
            " ".join(new_labels),
            new_subject,
            auto_labels,
            auto_subject,
            stamp,
            stamp,
        ),
    )
    return int(cur.lastrowid or 0)


def revert(conn: sqlite3.Connection, doc_id: int, at: int) -> bool:
    """Put back what the analysis read for the sentence at ``at``; False if it had no correction."""
    key, _title = _document(conn, doc_id)
    idx, start, _end, _labels, subject = _sentence_at(conn, doc_id, at)
    found = _find(conn, key, start)
    if not found:
        return False
    conn.execute(
        "UPDATE sentences SET labels = ?, subject = ? WHERE doc_id = ? AND idx = ?",
        (found[1], found[2], doc_id, idx),
    )
    conn.execute("DELETE FROM corrections WHERE id = ?", (found[0],))
    _carry_forward(conn, doc_id, start, subject, found[2])
    return True


def forget(conn: sqlite3.Connection, corr_id: int) -> Correction:
    """Delete one correction by id, putting the analysis's reading back where it is placed."""
    c = get(conn, corr_id)
    conn.execute("DELETE FROM corrections WHERE id = ?", (corr_id,))
    if c.doc_id is not None and c.placed:
        conn.execute(
            "UPDATE sentences SET labels = ?, subject = ? WHERE doc_id = ? AND start = ?",
            (" ".join(c.auto_labels), c.auto_subject, c.doc_id, c.start),
        )
        _carry_forward(conn, c.doc_id, c.start, c.subject, c.auto_subject)
    return c


def accept_wording(conn: sqlite3.Connection, corr_id: int) -> tuple[str, int]:
    """Keep a correction that followed its sentence into new wording as the correction of the
    sentence as it now reads (the user has checked it still holds); returns the quote and
    ``placed`` it had, which ``restore_wording`` puts back (undo). Its reading is unchanged."""
    c = get(conn, corr_id)
    if not (c.reworded and c.placed and c.doc_id is not None):
        raise CorrectionError(
            f"Correction {corr_id} sits on no reworded sentence; there is no new wording to "
            "accept.",
            key="correction.not_reworded",
            params={"id": corr_id},
        )
    _idx, start, end, _labels, _subject = _sentence_at(conn, c.doc_id, c.start)
    conn.execute(
        'UPDATE corrections SET quote = ?, "end" = ?, placed = ?, updated_at = ? WHERE id = ?',
        (_quote(conn, c.doc_id, start, end), end, ON_SENTENCE, _now(), corr_id),
    )
    return c.quote, REWORDED


def restore_wording(conn: sqlite3.Connection, corr_id: int, quote: str, placed: int) -> None:
    """Undo ``accept_wording``: the correction's old quote and state again."""
    get(conn, corr_id)  # raises if it is gone
    conn.execute(
        "UPDATE corrections SET quote = ?, placed = ?, updated_at = ? WHERE id = ?",
        (quote, placed, _now(), corr_id),
    )


def apply_to_document(conn: sqlite3.Connection, doc_id: int) -> int:
    """After a new analysis of a document: put its corrections back on their sentences; returns
    how many were placed.

    A correction goes first to a sentence with its text (the nearest to where it was, where the
    text repeats). One whose sentence was reworded (an edited file re-imported) follows the most
    alike sentence, at least ``REWORDED_MIN`` alike and still naming the bearer the user gave,
    where the old sentence named it; it is marked ``REWORDED`` and keeps the text the user saw,
    so it is back on its own sentence should the wording return. A correction with neither
    waits, unplaced, and comes back with the sentence. The analysis's fresh reading becomes each
    correction's ``auto`` reading, so the user sees what the current rules say beside the fix.
    """
    row = conn.execute("SELECT key, title, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return 0
    key, title, text = row
    wanted = conn.execute(
        "SELECT id, start, quote, labels, subject FROM corrections WHERE doc_key = ? ORDER BY start",
        (key,),
    ).fetchall()
    if not wanted:
        return 0
    sentences = [
        (idx, start, end, labels or "", subject)
        for idx, start, end, labels, subject in conn.execute(
            'SELECT idx, start, "end", labels, subject FROM sentences WHERE doc_id = ?', (doc_id,)
        )
    ]
    by_quote: dict[str, list[tuple[int, int, int, str, str | None]]] = defaultdict(list)
    for s in sentences:
        by_quote[text[s[1] : s[2]]].append(s)
    taken: set[int] = set()
    spot: dict[int, tuple[tuple[int, int, int, str, str | None], int]] = {}
    for corr_id, old_start, quote, _labels, _subject in wanted:  # the same text first
        free = [s for s in by_quote.get(quote, ()) if s[0] not in taken]
        if free:
            found = min(free, key=lambda s: abs(s[1] - old_start))
            taken.add(found[0])
            spot[corr_id] = (found, ON_SENTENCE)
    for corr_id, old_start, quote, _labels, subject in wanted:  # then a reworded sentence
        if corr_id not in spot:
            found = _reworded(text, sentences, taken, quote, old_start, subject)
            if found is not None:
                taken.add(found[0])
                spot[corr_id] = (found, REWORDED)
    fixed: list[tuple[int, str | None, str | None]] = []
    for corr_id, _old_start, _quote_text, labels, subject in wanted:
        if corr_id not in spot:
            conn.execute("UPDATE corrections SET placed = ? WHERE id = ?", (WAITING, corr_id))
            continue
        (idx, start, end, auto_labels, auto_subject), how = spot[corr_id]
        conn.execute(
            "UPDATE sentences SET labels = ?, subject = ? WHERE doc_id = ? AND idx = ?",
            (labels, subject, doc_id, idx),
        )
        conn.execute(
            'UPDATE corrections SET start = ?, "end" = ?, placed = ?, auto_labels = ?, '
            "auto_subject = ?, doc_title = ? WHERE id = ?",
            (start, end, how, auto_labels, auto_subject, title, corr_id),
        )
        fixed.append((start, auto_subject, subject))
    for start, auto_subject, subject in fixed:  # once every correction is in place
        _carry_forward(conn, doc_id, start, auto_subject, subject)
    return len(fixed)


def _reworded(
    text: str,
    sentences: Sequence[tuple[int, int, int, str, str | None]],
    taken: set[int],
    quote: str,
    old_start: int,
    subject: str | None,
) -> tuple[int, int, int, str, str | None] | None:
    """The free sentence most like ``quote`` (the nearest of equals), if alike enough; one that
    dropped the bearer the old sentence named is no place for a fix of that bearer."""
    must_name = subject if subject and subject in quote else None
    best: tuple[float, int, tuple[int, int, int, str, str | None]] | None = None
    for s in sentences:
        if s[0] in taken:
            continue
        sentence = text[s[1] : s[2]]
        score = fuzz.ratio(quote, sentence, score_cutoff=REWORDED_MIN * 100)
        if not score or (must_name and must_name not in sentence):
            continue
        rank = (score, -abs(s[1] - old_start), s)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


def follow_edit(conn: sqlite3.Connection, key: str, new_text: str) -> None:
    """Before a document's text is replaced by an edited one: move its corrections' places
    through the edit, so each is looked for where its sentence now is, not where it was (a
    repeated sentence must not pass a correction to its twin)."""
    places = conn.execute("SELECT id, start FROM corrections WHERE doc_key = ?", (key,)).fetchall()
    if not places:
        return  # the common case: no need to read the old text
    row = conn.execute("SELECT text FROM documents WHERE key = ?", (key,)).fetchone()
    if row is None or row[0] == new_text:
        return
    for corr_id, start in places:
        conn.execute(
            "UPDATE corrections SET start = ? WHERE id = ?",
            (carry_position(row[0], new_text, start), corr_id),
        )


def get(conn: sqlite3.Connection, corr_id: int) -> Correction:
    row = conn.execute(f"SELECT {_COLUMNS}{_FROM} WHERE c.id = ?", (corr_id,)).fetchone()
    if row is None:
        raise CorrectionError(
            f"There is no correction with id {corr_id}.",
            key="correction.not_found",
            params={"id": corr_id},
        )
    return _correction(row)


def list_corrections(conn: sqlite3.Connection, doc_id: int | None = None) -> list[Correction]:
    """Every correction (of one document), in document then text order."""
    if doc_id is None:
        rows = conn.execute(f"SELECT {_COLUMNS}{_FROM} ORDER BY c.doc_title, c.start").fetchall()
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS}{_FROM} WHERE d.id = ? ORDER BY c.start", (doc_id,)
        ).fetchall()
    return [_correction(r) for r in rows]


def analysis_readings(conn: sqlite3.Connection, doc_id: int) -> dict[int, dict[str, Any]]:
    """What the analysis read for each corrected sentence of a document, by sentence start;
    where the sentence was reworded since the correction, also the text the user corrected."""
    readings: dict[int, dict[str, Any]] = {}
    for start, auto_labels, auto_subject, placed, quote in conn.execute(
        "SELECT c.start, c.auto_labels, c.auto_subject, c.placed, c.quote FROM corrections c "
        "JOIN documents d ON d.key = c.doc_key WHERE d.id = ? AND c.placed > 0",
        (doc_id,),
    ):
        reading: dict[str, Any] = {"labels": auto_labels.split(), "subject": auto_subject}
        if placed == REWORDED:
            reading["reworded_from"] = quote
        readings[start] = reading
    return readings
