"""H9: no operation except an explicit delete reduces the annotation count (hypothesis state machine)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from core.errors import AnnotationError
from core.library import Library

from .conftest import LAW, store_docs

TITLES = ("中华人民共和国测试法", "测试条例")
EDIT_TEXT = st.text(alphabet="第条网络安全数据国家应当。，\n ", min_size=1, max_size=40)


class AnnotationMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="fayan-h9-"))
        self.lib = Library.open(self.dir / "lib.db")
        self.texts = {t: LAW.replace("测试法", t[-3:]) for t in TITLES}
        self.live = 0
        self.total = 0
        self.backups = 0

    def teardown(self) -> None:
        self.lib.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _store(self, title: str) -> None:
        store_docs(self.lib, f"/src/{title}.txt", [(title, self.texts[title])])

    def _docs(self) -> list[int]:
        return [d.id for d in self.lib.list_documents()]

    @initialize()
    def start_with_both_documents(self) -> None:
        for title in TITLES:
            self._store(title)

    @rule(title=st.sampled_from(TITLES))
    def import_document(self, title: str) -> None:
        self._store(title)

    @rule(
        title=st.sampled_from(TITLES),
        where=st.integers(0, 10**6),
        ins=EDIT_TEXT,
        cut=st.integers(0, 30),
    )
    def reimport_edited(self, title: str, where: int, ins: str, cut: int) -> None:
        text = self.texts[title]
        head, body = text.split("\n", 1)  # keep the title line: it makes the document key
        p = where % (len(body) + 1)
        self.texts[title] = head + "\n" + body[:p] + ins + body[p + cut :]
        self._store(title)

    @precondition(lambda self: bool(self.lib.list_documents()))
    @rule(data=st.data())
    def annotate(self, data: st.DataObject) -> None:
        doc = data.draw(st.sampled_from(self._docs()))
        n = len(self.lib.document_text(doc))
        start = data.draw(st.integers(0, n - 1))
        end = data.draw(st.integers(start + 1, min(n, start + 60)))
        self.lib.add_annotation(
            doc,
            start,
            end,
            note=data.draw(st.text(max_size=20)),
            tags=data.draw(st.lists(st.sampled_from(["义务", "风险"]))),
        )
        self.live += 1
        self.total += 1

    @precondition(lambda self: self.total > 0)
    @rule(data=st.data())
    def edit_note(self, data: st.DataObject) -> None:
        a = data.draw(st.sampled_from(self.lib.annotations(include_deleted=True)))
        self.lib.update_annotation(a.id, note=data.draw(st.text(max_size=30)), color=2)

    @precondition(lambda self: self.live > 0)
    @rule(data=st.data())
    def delete_annotation(self, data: st.DataObject) -> None:
        a = data.draw(st.sampled_from(self.lib.annotations()))
        self.lib.delete_annotation(a.id)
        self.live -= 1

    @precondition(lambda self: self.total > self.live)
    @rule(data=st.data())
    def undo_delete(self, data: st.DataObject) -> None:
        a = data.draw(st.sampled_from(self.lib.annotations(only_deleted=True)))
        self.lib.undo_delete_annotation(a.id)
        self.live += 1

    @rule()
    def empty_trash(self) -> None:
        self.total -= self.lib.empty_trash()

    @precondition(lambda self: bool(self.lib.list_documents()))
    @rule(data=st.data())
    def remove_document(self, data: st.DataObject) -> None:
        self.lib.remove_documents([data.draw(st.sampled_from(self._docs()))])

    @rule()
    def backup_and_restore(self) -> None:
        path = self.dir / f"notes-{self.backups}.json"
        self.backups += 1
        self.lib.backup_notes(path)
        report = self.lib.restore_notes(path)
        assert report.added == 0

    @precondition(lambda self: self.total > 0)
    @rule(data=st.data())
    def reattach(self, data: st.DataObject) -> None:
        a = data.draw(st.sampled_from(self.lib.annotations(include_deleted=True)))
        try:
            self.lib.reattach_annotation(a.id, 0, 1)
        except AnnotationError:
            pass  # its document is gone: refused, nothing changed

    @rule()
    def reopen(self) -> None:  # the migration path runs on every open
        self.lib.close()
        self.lib = Library.open(self.dir / "lib.db")

    @invariant()
    def counts_only_fall_by_explicit_deletes(self) -> None:
        assert len(self.lib.annotations()) == self.live
        assert len(self.lib.annotations(include_deleted=True)) == self.total

    @invariant()
    def database_is_sound(self) -> None:
        conn = self.lib._db.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    @invariant()
    def placed_annotations_point_into_their_text(self) -> None:
        for a in self.lib.annotations(include_deleted=True):
            assert a.quote
            if a.status != "orphan" and a.doc_id is not None:
                text = self.lib.document_text(a.doc_id)
                assert 0 <= a.start < a.end <= len(text)
                if a.status == "exact":
                    assert text[a.start : a.end] == a.quote


AnnotationMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_h9_annotation_count_only_falls_by_explicit_delete = AnnotationMachine.TestCase
