"""Versions of one English wire story that keep a passage of it as sent: a rewritten top,
paragraphs trimmed and moved, and a run of its sentences word for word (classify's
``copied_passage`` rule). Every sentence here is written for this test."""

from __future__ import annotations

from dataclasses import replace

from link_records import item, lexicons

from silang.link.align import Aligned
from silang.link.classify import Thresholds, Verdict, copied_passage, same_language
from silang.link.features import build_features
from silang.link.text import Normaliser
from silang.model import Annotated, Quote

#: The wire story.
WIRE = [
    "A road bridge over the Morrow River collapsed on Tuesday evening in the town of "
    "Calder Heights, sending two trucks into the water.",
    "Rescue teams pulled both drivers from the river within an hour, county officials said.",
    "The bridge, built in 1958, had been closed to heavy traffic for repairs since March.",
    "Inspectors had warned last year that two of its steel supports were badly corroded.",
    "The county had set aside 4 million dollars to replace the supports this summer.",
    "Work crews were due to begin the replacement in three weeks.",
    "Traffic between Calder Heights and the coast will now take a detour of about 40 kilometres.",
    "Schools on the far side of the river will stay closed for the rest of the week.",
    "The state transport department said it would send engineers on Wednesday morning.",
    "Residents gathered along the banks late into the night to watch divers search the wreckage.",
    "A second inquiry will look at why the trucks were allowed onto the bridge.",
    "The bridge carried about 9,000 vehicles a day before the closure.",
]

#: The outlet's own top and tail around three of the wire's paragraphs (2-4), kept as sent.
OWN_TOP = [
    "Two lorry drivers survived a plunge after an ageing span gave way beneath them near "
    "Calder Heights.",
    "Both men were treated in hospital for cuts and shock and are expected to recover.",
    "Local police sealed the roads leading to either end overnight.",
    "Neighbours described a sound like thunder followed by a long silence.",
]
OWN_TAIL = [
    "Engineers from the state are expected at the scene before the weekend.",
    "Pupils living across the water will have no lessons until next Monday.",
    "Motorists heading for the seaside face a lengthy diversion.",
    "The mayor called for every crossing in the district to be checked at once.",
    "Opposition councillors said the warnings had been ignored for too long.",
    "A fund for the drivers' families opened on Wednesday at the town hall.",
]


def _verdict(left: list[str], right: list[str], thresholds: Thresholds) -> Verdict | None:
    normaliser = Normaliser(lexicons()["en"])
    a = build_features(item("a", " ".join(left), language="en"), normaliser)
    b = build_features(item("b", " ".join(right), language="en"), normaliser)
    return same_language(a, b, lexicons()["en"], thresholds)


def test_link_wire_version_keeping_three_paragraphs_as_sent_is_a_rewrite() -> None:
    version = OWN_TOP + WIRE[2:5] + OWN_TAIL
    found = _verdict(WIRE, version, Thresholds())
    assert found is not None and found.relation == "rewrite"
    # The passage alone decides it: the other rules leave the pair unlinked.
    assert _verdict(WIRE, version, Thresholds(passage_sentences=99)) is None


def test_link_two_paragraphs_as_sent_are_not_a_passage() -> None:
    reworded = "Last year inspectors found two badly corroded steel supports under the deck."
    version = [*OWN_TOP, WIRE[2], reworded, WIRE[4], *OWN_TAIL]
    assert _verdict(WIRE, version, Thresholds()) is None


def test_link_a_quoted_passage_is_not_a_copied_one() -> None:
    # Two reports that both print three sentences of one statement, in quotes.
    statement = ['"' + sentence + '"' for sentence in WIRE[2:5]]
    left = OWN_TOP + statement + OWN_TAIL[:3]
    right = WIRE[:2] + statement + WIRE[8:]
    found = _verdict(left, right, Thresholds())
    assert found is None or found.relation == "shares-quote"


def test_link_copied_passage_counts_sentences_in_a_row_on_both_sides() -> None:
    found = [(2, 5), (3, 6), (4, 7), (5, 9), (8, 1)]
    pairs = [Aligned(i, j, 1.0, 1.0) for i, j in found]
    assert copied_passage(pairs, 0.9) == 3
    # A sentence below the raw similarity breaks the run.
    pairs[1] = Aligned(3, 6, 0.95, 0.8)
    assert copied_passage(pairs, 0.9) == 1


def test_link_a_statement_printed_unmarked_after_its_quoted_opening_is_no_passage() -> None:
    # One report quotes the first sentence of a council statement and prints the rest
    # unmarked; the other prints it all unmarked: both carry the statement, neither the
    # other's narrative.
    statement = WIRE[2:6]
    quoted = ['"' + statement[0][:-1] + '," the council said in a statement.', *statement[1:]]
    left = [*OWN_TOP, *quoted, *OWN_TAIL[:3]]
    right = [*WIRE[:2], *statement, *WIRE[8:]]
    found = _verdict(left, right, Thresholds())
    assert found is None or found.relation == "shares-quote"


def _reporting(key: str, sentences: list[str], statement: list[str]) -> Annotated:
    """An article whose ``statement`` sentences are speech reported without quote marks
    ("The ministry said ..."), annotated as the quote stage reads them."""
    text = " ".join(sentences)
    said = "The ministry said "
    quotes = []
    for sentence in statement:
        start = text.index(sentence) + len(said)
        end = text.index(sentence) + len(sentence)
        quotes.append(Quote(start, end, text[start:end], direct=False, speaker="the ministry"))
    return replace(item(key, text, language="en"), quotes=tuple(quotes))


def test_link_one_statement_reported_by_two_newsrooms_is_no_copied_passage() -> None:
    # Both print three sentences of one ministry statement as reported speech, no quote
    # marks, each around reporting of its own.
    statement = [
        "The ministry said the recall covers every heater sold since January.",
        "The ministry said buyers should stop using the heaters at once.",
        "The ministry said shops will refund the full price on return.",
    ]
    normaliser = Normaliser(lexicons()["en"])
    left = _reporting("a", OWN_TOP + statement + OWN_TAIL[:3], statement)
    right = _reporting("b", WIRE[:2] + statement + WIRE[8:], statement)
    a, b = build_features(left, normaliser), build_features(right, normaliser)
    found = same_language(a, b, lexicons()["en"], Thresholds())
    assert found is None or found.relation == "shares-quote"
