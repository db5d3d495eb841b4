"""The pack rules' shortcuts (skip a rule whose needed words are absent, match only where they
occur) give exactly what a plain regex search gives."""

from __future__ import annotations

import re

from cleaning_checks import PACKS
from hypothesis import given, settings
from hypothesis import strategies as st
from test_clean_properties import pages

from silang.lang.rules import Rules, fold

TABLES = [
    (pack.code, name, getattr(pack, name))
    for pack in PACKS["id"]
    for name in ("inserts", "teasers", "citations", "tail")
]


# Letters re.IGNORECASE matches across cases in unusual ways ("ſ" for "s", "İ" for "i").
odd_letters = st.text(alphabet="sSſiIİıkKK\u212aΣσς baca juga:()", max_size=40)
texts = st.one_of(pages, st.text(max_size=200), odd_letters)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@settings(max_examples=300, deadline=None)
@given(text=texts, pos=st.integers(min_value=0, max_value=40))
def test_clean_rule_find_equals_plain_search(text: str, pos: int) -> None:
    text = " ".join(text.split())
    lowered = fold(text)
    pos = min(pos, len(text))
    for _code, _name, rules in TABLES:
        assert isinstance(rules, Rules)
        for i, pattern in enumerate(rules.patterns):
            assert _span(rules.find(i, text, lowered, pos)) == _span(pattern.search(text, pos))


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_clean_rule_fullmatch_equals_first_full_match(text: str) -> None:
    text = " ".join(text.split())
    for pack in PACKS["id"]:
        for rules in (pack.boilerplate,):
            expected = next(
                (key for key, pattern in rules.rules() if pattern.fullmatch(text)), None
            )
            found = rules.fullmatch(text)
            assert (found[0] if found else None) == expected


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(texts, min_size=1, max_size=6))
def test_clean_rule_flag_finds_every_paragraph_with_a_match(paragraphs: list[str]) -> None:
    views = [" ".join(p.split()) for p in paragraphs]
    starts, position = [], 0
    for view in views:
        starts.append(position)
        position += len(view) + 1
    joined = "\n".join(views)
    for _code, _name, rules in TABLES:
        flagged = rules.flag(joined, fold(joined), starts)
        for i, view in enumerate(views):
            if any(pattern.search(view) for pattern in rules.patterns):
                assert i in flagged
