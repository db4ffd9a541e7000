"""OffsetMap: code points ↔ UTF-16, and highlights land on the right characters after 𠀀."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop import theme
from desktop.offsets import OffsetMap
from desktop.text_layout import SPAN_PROPERTY
from tests.desktop.conftest import doc_id_by_title
from tests.desktop.helpers import coloured_ranges, to_cp

TEXT = st.text(alphabet=st.sampled_from(list("ab中文。\n") + ["𠀀", "𪚥", "😀"]), max_size=60)


@given(TEXT)
def test_roundtrip_every_offset(text: str) -> None:
    m = OffsetMap(text)
    assert m.u16_length == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u = m.to_utf16(cp)
        assert u == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_cp(u) == cp


def test_inside_a_surrogate_pair_maps_to_the_character() -> None:
    m = OffsetMap("a𠀀b")
    assert [m.to_cp(u) for u in range(5)] == [0, 1, 1, 2, 3]


def test_bmp_text_is_identity_and_fast() -> None:
    import time

    text = "网络运营者应当履行安全保护义务。" * 20_000  # 320k chars
    t = time.perf_counter()
    m = OffsetMap(text)
    assert m.identity and m.to_utf16(123_456) == 123_456
    assert time.perf_counter() - t < 0.2


def test_large_astral_text_builds_quickly() -> None:
    import time

    text = "𠀀应当" * 40_000
    t = time.perf_counter()
    m = OffsetMap(text)
    assert m.to_cp(m.to_utf16(99_999)) == 99_999
    assert time.perf_counter() - t < 0.5


def test_highlight_after_ext_b_equals_python_slice(window, library) -> None:
    """The Qt text under each sentence highlight is exactly the API's slice of the text."""
    doc_id = doc_id_by_title(library, "测试管理规定")
    reader = window.open_document(doc_id)
    text = library.document_text(doc_id)
    assert "𠀀" in text
    qdoc = reader.view.document()
    assert qdoc.toPlainText().replace("\u2029", "\n") == text
    sentences = library.document(doc_id)["sentences"]
    labelled = [s for s in sentences if s["labels"]]
    assert labelled, "the pipeline should label 应当/不得/罚款 sentences"
    for s in labelled:
        label = theme.primary_label(s["labels"])
        spans = to_cp(coloured_ranges(qdoc, theme.current().labels[label]), text)
        assert (s["start"], s["end"]) in spans, (s, spans)
        a, b = reader.doc.offsets.span_to_utf16(s["start"], s["end"])
        cur = reader.view.textCursor()
        cur.setPosition(a)
        cur.setPosition(b, cur.MoveMode.KeepAnchor)
        assert cur.selectedText().replace("\u2029", "\n") == text[s["start"] : s["end"]]
        # and the format at the sentence's first character carries its index
        cur.setPosition(a + 1)
        assert cur.charFormat().property(SPAN_PROPERTY) == sentences.index(s)
