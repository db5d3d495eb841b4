"""A quotation of a few words that another outlet quotes inside the same person's longer
words (Pratiwi dev topic 5's shape, in sentences written for these tests)."""

from __future__ import annotations

import pytest

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Quote, Span

from records import make_article


def _outlet(aid: str, speaker: str, said: str) -> Annotated:
    """An Indonesian article quoting ``said`` in marks, given to ``speaker``."""
    text = f'"{said}," tegas {speaker} saat dihubungi.'
    article = make_article(text, article_id=aid, language="id", raw_prefix="")
    quote = Quote(1, 1 + len(said), said, True, speaker=speaker)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=(quote,))


def _grouped(*items: Annotated) -> list[set[str]]:
    return [{v.article_id for v in g.versions} for g in quote_groups(list(items))]


def test_compare_quotes_a_few_words_quoted_inside_the_same_persons_words_join_them() -> None:
    assert _grouped(
        _outlet("a1", "Rudi Hartono", "Itu kabar bohong belaka"),
        _outlet("a2", "Rudi Hartono", "Kabar bohong belaka"),
    ) == [{"a1", "a2"}]


@pytest.mark.parametrize(
    ("longer", "other_speaker"),
    [
        # the few words are not a run of the longer quotation's words
        ("Itu kabar yang bohong belaka", "Rudi Hartono"),
        # another person says them
        ("Itu kabar bohong belaka", "Sinta Wulandari"),
    ],
)
def test_compare_quotes_a_few_words_stay_apart_unless_said_within_the_same_words(
    longer: str, other_speaker: str
) -> None:
    assert (
        _grouped(
            _outlet("a1", "Rudi Hartono", longer),
            _outlet("a2", other_speaker, "Kabar bohong belaka"),
        )
        == []
    )
