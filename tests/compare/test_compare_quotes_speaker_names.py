"""How quote groups compare their speakers (silang.compare.speakers): one family's two
people, a document as speaker, descriptions, one person's reworded statement. Names and
sentences written for these tests; the speaker names alone are in test_compare_speakers."""

from __future__ import annotations

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Quote, Span

from records import make_article


def _said(aid: str, said: str, speaker: str | None) -> Annotated:
    text = f'"{said}," said {speaker or "someone"}.'
    article = make_article(text, article_id=aid, language="en", raw_prefix="")
    quote = Quote(1, 1 + len(said), said, True, speaker=speaker)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=(quote,))


def test_compare_quotes_two_people_of_one_family_say_two_statements() -> None:
    # One person's reworded statement shares its names and concepts; a mother's and her
    # son's lines on the same verdict are two statements.
    items = [
        _said("a1", "I believe Victor Hale did not win today", "Daniel Okafor"),
        _said("a2", "I don't think Victor Hale won", "Grace Okafor"),
    ]
    assert quote_groups(items) == ()


def test_compare_quotes_a_document_as_speaker_names_no_one() -> None:
    # "The statement said" gives the words to no one: the outlet that gives them to the
    # navy tells the same statement.
    items = [
        _said("a1", "taken ashore and handed over to the port authorities", "The statement"),
        _said(
            "a2",
            "The smugglers, along with their boats and cargo, would be taken ashore and "
            "handed over to port authorities",
            "the navy",
        ),
    ]
    (group,) = quote_groups(items)
    assert [v.speaker for v in group.versions] == ["The statement", "the navy"]
    assert group.speaker == "the navy"


def test_compare_quotes_described_speakers_do_not_exclude_each_other() -> None:
    # A group whose only attributed version is "an officer"'s takes in "the navy"'s version
    # through its unattributed one: two descriptions may describe one source.
    items = [
        _said("a1", "taken ashore and handed over to the port authorities", None),
        _said(
            "a2",
            "Three crates of rifles, two radios and a satellite phone were thrown overboard "
            "before dawn by the crew. The smugglers will be taken ashore and handed over to "
            "the port authorities",
            "an officer",
        ),
        _said(
            "a3",
            "The smugglers, along with their boats and cargo, would be taken ashore and "
            "handed over to port authorities",
            "the navy",
        ),
    ]
    (group,) = quote_groups(items)
    assert [v.article_id for v in group.versions] == ["a1", "a2", "a3"]


def test_compare_quotes_one_persons_noun_and_verb_forms_meet() -> None:
    # "deliberations" and "deliberating" are one term of one person's reworded statement.
    items = [
        _said(
            "a1", "The Victor Hale jurors resumed their deliberations after lunch", "Ruth Calder"
        ),
        _said("a2", "Victor Hale's jurors were still deliberating", "Ruth Calder"),
    ]
    (group,) = quote_groups(items)
    assert [v.article_id for v in group.versions] == ["a1", "a2"]
