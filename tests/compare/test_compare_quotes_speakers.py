"""Quote groups in English: when a version given to someone else is flagged. Hand-made
records in the shape of ECB+ dev topic 19 (a barber's words given to "a local barber" by one
outlet and to his name by another; a witness's words given to the paper that reported them)."""

from __future__ import annotations

import dataclasses

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Entity, Quote, Span

from records import make_article


def _said(aid: str, said: str, who: str, kind: str = "person") -> Annotated:
    """An English article quoting ``said`` with ``who`` after the speech verb; ``who`` is an
    entity of ``kind`` ("person", "organisation"), or no entity at all for "desc" and
    "pronoun"."""
    text = f'"{said}," said {who}.'
    article = make_article(text, article_id=aid, language="en", raw_prefix="")
    at = text.index(who, len(said) + 2)
    speaker = who
    entities: tuple[Entity, ...] = ()
    if kind in ("person", "organisation"):
        entities = (Entity(at, at + len(who), who, kind, who),)  # type: ignore[arg-type]
    if kind == "pronoun":
        speaker = "Julian Clark"  # the resolver's choice for "he"
    quote = Quote(1, 1 + len(said), said, True, speaker, at, at + len(who), "said")
    return Annotated(
        article=article, sentences=(Span(0, len(text)),), entities=entities, quotes=(quote,)
    )


LINE = "When they play hardball, they end up going after innocent people too"


def _flags(*items: Annotated) -> list[bool]:
    (group,) = quote_groups(items)
    return [v.other_speaker for v in group.versions]


def test_compare_quotes_words_given_to_two_named_people_are_flagged() -> None:
    flags = _flags(
        _said("a1", LINE, "Julian Clark"),
        _said("a2", LINE, "Julian Clark"),
        _said("a3", LINE, "Terry Lee"),
    )
    assert flags == [False, False, True]


def test_compare_quotes_a_described_speaker_is_no_other_speaker() -> None:
    flags = _flags(
        _said("a1", LINE, "Julian Clark"),
        _said("a2", LINE, "Julian Clark"),
        _said("a3", LINE, "a local barber", kind="desc"),
    )
    assert flags == [False, False, False]


def test_compare_quotes_an_outlet_taken_for_the_speaker_is_no_other_speaker() -> None:
    flags = _flags(
        _said("a1", LINE, "Devonte Brown"),
        _said("a2", LINE, "Devonte Brown"),
        _said("a3", LINE, "New York Times", kind="organisation"),
    )
    assert flags == [False, False, False]


def test_compare_quotes_a_majority_named_by_pronouns_only_flags_nobody() -> None:
    # "he said" resolved to Julian Clark twice does not make him firm enough to say that
    # the outlet naming Terry Lee misattributed the words.
    flags = _flags(
        _said("a1", LINE, "he", kind="pronoun"),
        _said("a2", LINE, "he", kind="pronoun"),
        _said("a3", LINE, "Terry Lee"),
    )
    assert flags == [False, False, False]


def test_compare_quotes_a_name_wins_a_tie_with_a_description() -> None:
    items = [_said("a1", LINE, "a local barber", kind="desc"), _said("a2", LINE, "Julian Clark")]
    (group,) = quote_groups(items)
    assert group.speaker == "Julian Clark"


def test_compare_quotes_a_description_carried_from_the_quote_before_is_no_other_speaker() -> None:
    # A quotation with no attribution of its own takes the speaker of the one before it,
    # with no mention of its own: the name alone must read as a name.
    carried = _said("a3", LINE, "a local barber", kind="desc")
    quote = dataclasses.replace(carried.quotes[0], speaker_start=None, speaker_end=None)
    flags = _flags(
        _said("a1", LINE, "Julian Clark"),
        _said("a2", LINE, "Julian Clark"),
        dataclasses.replace(carried, quotes=(quote,)),
    )
    assert flags == [False, False, False]


def test_compare_quotes_a_described_speaker_shares_a_named_one_s_words() -> None:
    # One outlet quotes a witness's first sentence under his name; another quotes it with
    # what he said next and calls him "A witness": the words in another order (the longer
    # quote) do not make the description another person (ECB+ dev topic 19).
    first = "The cops, they just jumped out of the car so fast"
    longer = f"{first}. They started shooting him and he went down, holding his side"
    groups = quote_groups(
        [_said("a1", first, "Devonte Brown"), _said("a2", longer, "A witness", kind="desc")]
    )
    assert [[v.article_id for v in g.versions] for g in groups] == [["a1", "a2"]]


def test_compare_quotes_a_described_speaker_s_words_in_other_order_are_no_version() -> None:
    # A captain's short line shares its words with the police's account of the shooting,
    # but not in order: two statements (ECB+ dev topic 22).
    groups = quote_groups(
        [
            _said("a1", "She then opened fire on the others", "James Clark"),
            _said(
                "a2",
                "The others then saw that she had opened the door and fire broke out",
                "the police",
                kind="desc",
            ),
        ]
    )
    assert groups == ()
