"""The quotes lexicon: built from each pack's data files, never from code."""

from __future__ import annotations

import pytest

from silang.errors import UnsupportedLanguage
from silang.lang.quotes import load_quotes_lexicon


@pytest.mark.parametrize(
    ("code", "inverted", "finite", "pronominal", "source"),
    [
        ("id", "kata", "mengatakan", "katanya", "menurut"),
        ("en", "said", "told", None, "according to"),
    ],
)
def test_quotes_lexicon_holds_the_speech_words(
    code: str, inverted: str, finite: str, pronominal: str | None, source: str
) -> None:
    lexicon = load_quotes_lexicon(code)
    assert inverted in lexicon.inverted
    assert finite in lexicon.finite
    assert source in lexicon.sources
    if pronominal:
        assert pronominal in lexicon.pronominal


@pytest.mark.parametrize(
    ("code", "title", "kind"),
    [
        ("id", "bupati", "regional"),
        ("id", "wali kota", "regional"),
        ("id", "irjen", "rank"),
        ("id", "pak", "honorific-m"),
        ("en", "prime minister", "office"),
        ("en", "ms", "honorific-f"),
    ],
)
def test_quotes_lexicon_titles_have_kinds(code: str, title: str, kind: str) -> None:
    assert load_quotes_lexicon(code).titles[title] == kind


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("id", ("senin", "januari", "namun", "lebaran")),
        ("en", ("monday", "january", "the", "but")),
    ],
)
def test_quotes_lexicon_days_months_and_openers_are_not_names(
    code: str, words: tuple[str, ...]
) -> None:
    assert set(words) <= load_quotes_lexicon(code).not_names


def test_quotes_lexicon_reads_the_pack_gazetteers() -> None:
    lexicon = load_quotes_lexicon("id")
    assert lexicon.gazetteer["jakarta"] == "place"
    assert lexicon.gazetteer["kpk"] == "organisation"


@pytest.mark.parametrize(
    ("code", "text", "channel"),
    [
        ("id", "kata Andi kepada wartawan", "kepada wartawan"),
        ("id", "mengutip Reuters, Andi", "mengutip Reuters"),
        ("en", "Andi told reporters", "told reporters"),
        ("en", "said in a statement on Friday", "in a statement"),
    ],
)
def test_quotes_lexicon_channel_patterns(code: str, text: str, channel: str) -> None:
    found = load_quotes_lexicon(code).any_channel.search(text)
    assert found is not None and found.group() == channel


def test_quotes_lexicon_unknown_language_names_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguage, match="id"):
        load_quotes_lexicon("xx")


def test_quotes_lexicon_is_built_fresh_and_equal_each_time() -> None:
    first, second = load_quotes_lexicon("id"), load_quotes_lexicon("id")
    assert first is not second
    assert first == second
