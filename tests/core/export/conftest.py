"""A library with the sample 网络安全法 imported (once per module) and a few notes on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.library import Library

REPO = Path(__file__).resolve().parents[3]
SAMPLE_LAW = REPO / "sample_docs" / "中华人民共和国网络安全法.txt"

NOTES = [
    # (quote, note, tags, colour)
    ("国家实行网络安全等级保护制度", "落实等级保护：年内完成定级备案。", ("等保", "义务"), 0),
    ("网络运营者应当制定网络安全事件应急预案", "应急预案\n需每年演练", ("应急",), 1),
    ("任何个人和组织不得从事非法侵入他人网络", "禁止性规定 😀 \x00 NUL", ("风险",), 4),
]


@pytest.fixture(scope="module")
def noted(tmp_path_factory) -> Iterator[tuple[Library, int, Path]]:
    base = tmp_path_factory.mktemp("export")
    law = base / "docs" / SAMPLE_LAW.name
    law.parent.mkdir()
    shutil.copy(SAMPLE_LAW, law)
    lib = Library.open(base / "lib.db")
    lib.import_paths([law], workers=1)
    doc = lib.list_documents()[0].id
    text = lib.document_text(doc)
    for quote, note, tags, color in NOTES:
        s = text.index(quote)
        lib.add_annotation(doc, s, s + len(quote), note=note, tags=tags, color=color)
    yield lib, doc, base
    lib.close()
