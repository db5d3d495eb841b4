"""The story-clustering lexicon of each language pack."""

from __future__ import annotations

import pytest

from silang.errors import UnsupportedLanguage
from silang.lang.stories import load_stories_lexicon


@pytest.mark.parametrize(("code", "decimal_mark"), [("id", ","), ("en", ".")])
def test_cluster_lexicon_loads_from_the_pack(code: str, decimal_mark: str) -> None:
    lexicon = load_stories_lexicon(code)
    assert lexicon.code == code
    assert lexicon.decimal_mark == decimal_mark
    assert lexicon.stopwords
    assert lexicon.concepts
    assert lexicon.multipliers


def test_cluster_lexicons_name_the_same_concepts() -> None:
    indonesian = set(load_stories_lexicon("id").concepts.values())
    english = set(load_stories_lexicon("en").concepts.values())
    assert indonesian == english


def test_cluster_lexicon_of_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLanguage, match="'ms'"):
        load_stories_lexicon("ms")
