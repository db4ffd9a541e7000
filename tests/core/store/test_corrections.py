"""The user's corrections of the analysis: set and shown, kept through re-analysis, re-import
and the document trash, reverted, and refused with a clear message where they cannot be made."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.cli import EXIT_USAGE, main
from core.errors import CorrectionError, NotesBackupError
from core.library import Library
from core.paths import sample_docs_dir

LAW = "中华人民共和国网络安全法"
# 第二十四条, second sentence: the analysis reads a prohibition on 网络运营者.
BAN = "用户不提供真实身份信息的，网络运营者不得为其提供相关服务。"
INSERTED = "第二十三条之一 网络运营者应当定期开展测试。\n"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """网络安全法 imported from a copy the test may edit and import again."""
    shutil.copy(sample_docs_dir() / f"{LAW}.txt", tmp_path / f"{LAW}.txt")
    with Library.open(tmp_path / "template.db") as lib:
        assert not lib.import_paths([tmp_path / f"{LAW}.txt"]).failed
    return tmp_path


@pytest.fixture
def lib(work: Path) -> Iterator[Library]:
    library = Library.open(work / "template.db")
    yield library
    library.close()


def _doc(lib: Library) -> int:
    return next(d.id for d in lib.list_documents() if d.title == LAW)


def _sentence(lib: Library, text: str = BAN) -> dict:
    return next(s for s in lib.document(_doc(lib))["sentences"] if s["text"] == text)


def _ban_corrected(lib: Library, bearer: str) -> dict:
    """BAN as the analysis read it, after the user gave it this bearer (its labels kept)."""
    s = _sentence(lib)
    lib.correct_sentence(_doc(lib), s["start"], ["prohibition"], bearer)
    return s


def _reimport(lib: Library, path: Path, text: str) -> None:
    """The law edited to ``text`` and imported again, as a user re-imports a changed file."""
    path.write_text(text, encoding="utf-8")
    assert not lib.import_paths([path]).failed


def test_a_correction_is_shown_with_the_analysis_reading_beside_it(lib: Library) -> None:
    s = _sentence(lib)
    assert (s["labels"], s["subject"], "corrected" in s) == (["prohibition"], "网络运营者", False)
    corr = lib.correct_sentence(
        _doc(lib), s["start"] + 5, ["prohibition", "obligation"], " 接入服务提供者 "
    )
    assert corr is not None
    assert (corr.labels, corr.subject) == (("obligation", "prohibition"), "接入服务提供者")
    assert (corr.auto_labels, corr.auto_subject) == (("prohibition",), "网络运营者")
    assert (corr.start, corr.end, corr.quote, corr.placed) == (s["start"], s["end"], BAN, True)
    shown = _sentence(lib)
    assert shown["labels"] == ["obligation", "prohibition"]
    assert shown["subject"] == "接入服务提供者"
    assert shown["corrected"] == {"labels": ["prohibition"], "subject": "网络运营者"}
    # The search filter reads the corrected labels.
    hits = lib.search("真实身份信息", label="obligation", limit=0).hits
    assert any(h.start >= s["start"] and h.end <= s["end"] for h in hits if h.doc_id == _doc(lib))


def test_setting_the_analysis_reading_again_leaves_no_correction(lib: Library) -> None:
    s = _sentence(lib)
    lib.correct_sentence(_doc(lib), s["start"], ["obligation"], "网络运营者")
    assert len(lib.corrections()) == 1
    assert lib.correct_sentence(_doc(lib), s["start"], ["prohibition"], "网络运营者") is None
    assert lib.corrections() == []
    assert "corrected" not in _sentence(lib)


def test_revert_puts_back_the_analysis_reading(lib: Library) -> None:
    s = _sentence(lib)
    lib.correct_sentence(_doc(lib), s["start"], ["permission"], None)
    assert _sentence(lib)["labels"] == ["permission"]
    assert lib.revert_correction(_doc(lib), s["end"] - 1) is True
    back = _sentence(lib)
    assert (back["labels"], back["subject"], "corrected" in back) == (
        ["prohibition"],
        "网络运营者",
        False,
    )
    assert lib.revert_correction(_doc(lib), s["start"]) is False


def test_a_bearer_goes_with_the_duty(lib: Library) -> None:
    """LABELS.md: only obligation and prohibition sentences name a duty bearer."""
    s = _sentence(lib)
    corr = lib.correct_sentence(_doc(lib), s["start"], ["permission"], "网络运营者")
    assert corr is not None and corr.subject is None
    assert _sentence(lib)["subject"] is None


def test_kept_through_reanalysis(lib: Library) -> None:
    _ban_corrected(lib, "接入服务提供者")
    report = lib.reanalyse(workers=1)
    assert report.documents == 1 and not report.failed
    shown = _sentence(lib)
    assert shown["subject"] == "接入服务提供者"
    assert shown["corrected"]["subject"] == "网络运营者"
    assert [c.placed for c in lib.corrections()] == [True]


def test_follows_its_sentence_through_a_reimport_and_waits_while_it_is_gone(
    lib: Library, work: Path
) -> None:
    path = work / f"{LAW}.txt"
    s = _ban_corrected(lib, "接入服务提供者")
    original = path.read_text(encoding="utf-8")

    # An article inserted before it: the sentence moves, the correction with it.
    _reimport(lib, path, original.replace("\n第二十四条 ", "\n" + INSERTED + "第二十四条 ", 1))
    moved = _sentence(lib)
    assert moved["start"] == s["start"] + len(INSERTED)
    assert moved["subject"] == "接入服务提供者"
    assert [(c.start, c.placed) for c in lib.corrections()] == [(moved["start"], True)]

    # The sentence cut from the file: kept, unplaced, and nothing else is changed.
    _reimport(lib, path, original.replace(BAN, ""))
    assert [c.placed for c in lib.corrections()] == [False]
    assert not any("corrected" in x for x in lib.document(_doc(lib))["sentences"])

    # Back in the file: the correction applies again.
    _reimport(lib, path, original)
    assert _sentence(lib)["subject"] == "接入服务提供者"
    assert [c.placed for c in lib.corrections()] == [True]


def test_follows_its_sentence_into_new_wording_and_says_so(lib: Library, work: Path) -> None:
    path = work / f"{LAW}.txt"
    s = _ban_corrected(lib, "接入服务提供者")
    original = path.read_text(encoding="utf-8")

    # A word added: the same sentence, reworded. The fix stays on it, marked, and the text the
    # user corrected is kept beside it.
    reworded = BAN.replace("相关服务", "相关网络服务")
    _reimport(lib, path, original.replace(BAN, reworded))
    shown = _sentence(lib, reworded)
    assert shown["subject"] == "接入服务提供者"
    assert shown["corrected"]["reworded_from"] == BAN
    [corr] = lib.corrections()
    assert (corr.placed, corr.reworded, corr.quote, corr.start) == (True, True, BAN, s["start"])

    # Re-analysis keeps it there; the wording back as it was makes it plain again.
    assert not lib.reanalyse(workers=1).failed
    assert _sentence(lib, reworded)["subject"] == "接入服务提供者"
    _reimport(lib, path, original)
    assert "reworded_from" not in _sentence(lib)["corrected"]
    assert [(c.placed, c.reworded) for c in lib.corrections()] == [(True, False)]

    # Set again on the reworded sentence, the correction takes its new wording as its own.
    _reimport(lib, path, original.replace(BAN, reworded))
    lib.correct_sentence(_doc(lib), s["start"], ["prohibition", "obligation"], "接入服务提供者")
    [corr] = lib.corrections()
    assert (corr.reworded, corr.quote, corr.labels) == (
        False,
        reworded,
        ("obligation", "prohibition"),
    )
    assert "reworded_from" not in _sentence(lib, reworded)["corrected"]


def test_a_reworded_correction_is_kept_on_the_new_wording_once_checked(
    lib: Library, work: Path, capsys
) -> None:
    """The user checks a correction marked reworded and keeps it: it is the correction of the
    sentence as it now reads, its reading unchanged; undo marks it reworded again; a correction
    on a sentence never reworded has no new wording to accept."""
    path = work / f"{LAW}.txt"
    _ban_corrected(lib, "接入服务提供者")
    [plain] = lib.corrections()
    with pytest.raises(CorrectionError) as refused:
        lib.accept_reworded(plain.id)
    assert refused.value.key == "correction.not_reworded"

    reworded = BAN.replace("相关服务", "相关网络服务")
    _reimport(lib, path, path.read_text(encoding="utf-8").replace(BAN, reworded))
    corr, before = lib.accept_reworded(plain.id)
    assert (corr.placed, corr.reworded, corr.quote, corr.subject) == (
        True,
        False,
        reworded,
        "接入服务提供者",
    )
    assert before == (BAN, 2)
    shown = _sentence(lib, reworded)
    assert shown["subject"] == "接入服务提供者" and "reworded_from" not in shown["corrected"]

    lib.restore_reworded(corr.id, before)  # undo
    [corr] = lib.corrections()
    assert (corr.reworded, corr.quote) == (True, BAN)

    # the same from the command line
    db = str(work / "template.db")
    lib.close()
    assert main(["--db", db, "corrections", "--accept", str(corr.id)]) == 0
    assert "as it now reads" in capsys.readouterr().err
    with Library.open(db) as again:
        [corr] = again.corrections()
        assert (corr.reworded, corr.quote) == (False, reworded)


def test_a_rewording_too_far_or_without_the_bearer_leaves_the_correction_waiting(
    lib: Library, work: Path
) -> None:
    path = work / f"{LAW}.txt"
    s = _sentence(lib)
    # The user names 用户 as the bearer, a word of the sentence itself.
    lib.correct_sentence(_doc(lib), s["start"], ["prohibition"], "用户")
    original = path.read_text(encoding="utf-8")

    without_bearer = BAN.replace("用户", "使用者")
    _reimport(lib, path, original.replace(BAN, without_bearer))
    assert [c.placed for c in lib.corrections()] == [False]
    assert _sentence(lib, without_bearer)["subject"] == "网络运营者"

    rewritten = "用户拒绝提供身份信息的，网络运营者可以暂停服务。"
    _reimport(lib, path, original.replace(BAN, rewritten))
    assert [c.placed for c in lib.corrections()] == [False]
    assert not any("corrected" in x for x in lib.document(_doc(lib))["sentences"])


def test_a_copy_of_its_sentence_put_in_before_it_does_not_take_the_correction(
    lib: Library, work: Path
) -> None:
    """Where the text repeats, the correction stays with the sentence it was on, which the edit
    moved, not with the copy now nearer to its old place."""
    path = work / f"{LAW}.txt"
    s = _ban_corrected(lib, "接入服务提供者")
    copy = (
        "第二十三条之一 " + BAN + "网络运营者应当记录用户的注册信息，" + "并妥善保存。" * 20 + "\n"
    )
    original = path.read_text(encoding="utf-8")
    _reimport(lib, path, original.replace("\n第二十四条 ", "\n" + copy + "第二十四条 ", 1))
    twins = [x for x in lib.document(_doc(lib))["sentences"] if x["text"] == BAN]
    assert len(twins) == 2
    first, second = twins
    assert abs(first["start"] - s["start"]) < abs(second["start"] - s["start"])  # the trap
    assert second["start"] == s["start"] + len(copy)
    assert (first["subject"], second["subject"]) == ("网络运营者", "接入服务提供者")
    assert [(c.start, c.reworded) for c in lib.corrections()] == [(second["start"], False)]


def test_kept_in_the_document_trash_and_forgettable_once_the_document_is_gone(
    lib: Library,
) -> None:
    doc_id = _doc(lib)
    s = _sentence(lib)
    lib.correct_sentence(doc_id, s["start"], ["obligation"], "接入服务提供者")
    lib.remove_documents([doc_id])
    assert lib.restore_documents([doc_id]) == [doc_id]
    assert _sentence(lib)["subject"] == "接入服务提供者"
    lib.remove_documents([doc_id])
    lib.empty_document_trash()
    (orphan,) = lib.corrections()
    assert (orphan.doc_id, orphan.doc_title, orphan.quote) == (None, LAW, BAN)
    assert lib.forget_correction(orphan.id).id == orphan.id
    assert lib.corrections() == []


@pytest.mark.parametrize(
    ("labels", "bearer", "key"),
    [
        (["duty"], None, "correction.bad_label"),
        (["obligation"], "主" * 201, "correction.bearer_too_long"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(lib: Library, labels, bearer, key) -> None:
    s = _sentence(lib)
    with pytest.raises(CorrectionError) as e:
        lib.correct_sentence(_doc(lib), s["start"], labels, bearer)
    assert e.value.key == key
    assert lib.corrections() == [] and _sentence(lib) == s


def test_no_sentence_there_is_said_plainly(lib: Library) -> None:
    doc = lib.document(_doc(lib))
    covered = {cp for x in doc["sentences"] for cp in range(x["start"], x["end"])}
    gap = next(cp for cp in range(doc["text_length"]) if cp not in covered)  # the title line
    with pytest.raises(CorrectionError) as e:
        lib.correct_sentence(doc["id"], gap, ["obligation"], "网络运营者")
    assert e.value.key == "correction.no_sentence"
    assert f"character {gap}" in str(e.value)


def test_cli_correct_list_and_revert(work: Path, capsys) -> None:
    db = str(work / "template.db")
    with Library.open(db) as lib:
        doc_id, start = _doc(lib), _sentence(lib)["start"]
    assert main(["--db", db, "correct", str(doc_id), str(start)]) == EXIT_USAGE
    capsys.readouterr()
    assert (
        main(
            ["--db", db, "correct", str(doc_id), str(start), "--bearer", "接入服务提供者", "--json"]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert (out["labels"], out["subject"], out["auto_subject"]) == (
        ["prohibition"],
        "接入服务提供者",
        "网络运营者",
    )
    assert main(["--db", db, "corrections", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["doc_id"], row["start"], row["quote"]) == (doc_id, start, BAN)
    assert main(["--db", db, "correct", str(doc_id), str(start), "--labels", ""]) == 0
    with Library.open(db) as lib:
        assert _sentence(lib)["labels"] == [] and _sentence(lib)["subject"] is None
    assert main(["--db", db, "correct", str(doc_id), str(start), "--revert"]) == 0
    with Library.open(db) as lib:
        assert lib.corrections() == [] and _sentence(lib)["labels"] == ["prohibition"]


def test_a_notes_backup_carries_corrections_to_a_colleagues_library(
    lib: Library, work: Path, tmp_path_factory
) -> None:
    """The colleague's copy of the law sits elsewhere (another document key): found by title."""
    _ban_corrected(lib, "接入服务提供者")
    backup = lib.backup_notes(work / "notes.json")
    other = tmp_path_factory.mktemp("colleague")
    shutil.copy(work / f"{LAW}.txt", other / f"{LAW}.txt")
    with Library.open(other / "lib.db") as theirs:
        assert not theirs.import_paths([other / f"{LAW}.txt"]).failed
        assert theirs.restore_notes(backup).corrections == 1
        got = _sentence(theirs)
        assert got["subject"] == "接入服务提供者"
        assert got["corrected"] == {"labels": ["prohibition"], "subject": "网络运营者"}
        assert theirs.restore_notes(backup).corrections == 0  # already there: nothing twice


def test_a_malformed_correction_in_a_notes_backup_changes_nothing(lib: Library, work: Path) -> None:
    _ban_corrected(lib, "接入服务提供者")
    path = lib.backup_notes(work / "notes.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["corrections"][0]["labels"] = ["duty"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    lib.forget_correction(lib.corrections()[0].id)
    with pytest.raises(NotesBackupError) as e:
        lib.restore_notes(path)
    assert e.value.key == "notes_backup.bad_correction"
    assert "correction 1 of the analysis is malformed" in str(e.value)
    assert lib.corrections() == [] and _sentence(lib)["subject"] == "网络运营者"


def test_a_corrected_bearer_carries_on_to_the_sentences_that_carried_it(lib: Library) -> None:
    """第四十九条: 收到举报的部门应当…；不属于本部门职责的，应当… — the second carries the first's."""
    first = _sentence(lib, "收到举报的部门应当及时依法作出处理；")
    second = _sentence(lib, "不属于本部门职责的，应当及时移送有权处理的部门。")
    assert first["subject"] == second["subject"] == "收到举报的部门"
    lib.correct_sentence(_doc(lib), first["start"], first["labels"], "网信部门")
    assert _sentence(lib, second["text"])["subject"] == "网信部门"
    assert "corrected" not in _sentence(lib, second["text"])  # carried, not corrected by hand
    lib.reanalyse(workers=1)  # the new analysis carries the correction on again
    assert _sentence(lib, second["text"])["subject"] == "网信部门"
    assert lib.revert_correction(_doc(lib), first["start"])
    assert _sentence(lib, second["text"])["subject"] == "收到举报的部门"


def test_in_a_notice_without_articles_the_bearer_carries_on_within_the_paragraph(
    tmp_path: Path,
) -> None:
    """（十一）of the data-asset notice: the sentence after 委托他人代为处置数据资产的，应… carries
    its bearer, as the analysis does within a paragraph of a document without articles."""
    name = "关于加强数据资产管理的指导意见的通知.md"
    shutil.copy(sample_docs_dir() / name, tmp_path / name)
    with Library.open(tmp_path / "notice.db") as lib:
        assert not lib.import_paths([tmp_path / name]).failed
        [doc_id] = [d.id for d in lib.list_documents()]
        sentences = lib.document(doc_id)["sentences"]
        first = next(s for s in sentences if s["text"].startswith("委托他人代为处置数据资产的"))
        second = sentences[sentences.index(first) + 1]
        assert second["text"].startswith("公共数据资产销毁处置要严格履行")
        assert first["subject"] == second["subject"] == "委托他人代为处置数据资产的"
        assert not any(
            s["subject"] == first["subject"]
            for s in sentences
            if s is not first and s is not second
        )
        lib.correct_sentence(doc_id, first["start"], first["labels"], "委托方")
        after = lib.document(doc_id)["sentences"]
        assert after[sentences.index(second)]["subject"] == "委托方"
        assert lib.revert_correction(doc_id, first["start"])
        assert (
            lib.document(doc_id)["sentences"][sentences.index(second)]["subject"]
            == first["subject"]
        )
