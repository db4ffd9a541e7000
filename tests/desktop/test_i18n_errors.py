"""Every key core raises with has a Chinese and an English string that fit its params."""

from __future__ import annotations

import re
import string
from collections import Counter

import pytest

from core.ingest.decode import _label
from core.ingest.sniff import _MAGIC
from desktop.i18n import STRINGS
from desktop.i18n_errors import ERROR_STRINGS, TERM_PARAMS, TERMS_ZH
from tests.core.error_sites import error_sites

SITES = {s.key: s for s in error_sites()}
CJK = re.compile(r"[\u4e00-\u9fff]")


def fields(template: str) -> Counter[tuple[str, str, str]]:
    """(name, conversion, spec) of each placeholder."""
    return Counter(
        (name, conv or "", spec or "")
        for _, name, spec, conv in string.Formatter().parse(template)
        if name is not None
    )


@pytest.mark.parametrize("key", sorted(SITES))
def test_key_has_both_strings_with_its_params(key: str) -> None:
    site = SITES[key]
    zh, en = STRINGS[f"err.{key}"]
    assert en == site.template, f"{site.where}: English differs from core's message"
    assert {f[0] for f in fields(en)} == set(site.params or ()), site.where
    assert set(fields(zh)) == set(fields(en)), f"{key}: zh placeholders differ"
    assert CJK.search(zh), f"{key}: the Chinese string has no Chinese"


def test_no_string_without_a_site() -> None:
    assert sorted(k[4:] for k in ERROR_STRINGS if k[4:] not in SITES) == []
    assert all(k.startswith("err.") for k in ERROR_STRINGS)


def test_every_fixed_phrase_core_puts_in_a_param_has_chinese() -> None:
    """What sniffing says a file looks like, and encodings' names, are shown in Chinese."""
    phrases = {desc for _, _, desc in _MAGIC} | {_label("big5hkscs"), _label("gb18030")}
    assert sorted(phrases - set(TERMS_ZH)) == []
    assert {"what", "first", "second"} <= TERM_PARAMS
