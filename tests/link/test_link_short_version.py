"""A short version of a wire story (its headline and a few paragraphs) is a rewrite on two
aligned sentences, where a long article needs three (``Thresholds.short_sentences``), as long
as it quotes no one otherwise than the wire does; and the sentence channel proposes it on one
close sentence (``SentenceChannel.short``). Every sentence here is written for this test."""

from __future__ import annotations

from link_records import english_features as _features
from link_records import english_verdict as _verdict

from silang.link.classify import Thresholds
from silang.link.lsh import Banding
from silang.link.minhash import seeded_hash
from silang.link.search import SearchSettings, SentenceChannel, find_candidates

#: The wire story.
WIRE = [
    "Fire crews battled a blaze at a timber yard on the edge of Harlow Bay through Sunday "
    "night, and the owners said the damage would run into millions.",
    "The fire broke out shortly after nine in the evening in a shed storing treated pine.",
    "Strong winds carried sparks across the yard and set light to two stacks of planks.",
    "Eleven engines and about sixty firefighters were sent from three towns.",
    "Nobody was hurt, but twenty families living beside the yard spent the night in a school.",
    "Police closed the coast road in both directions until the early hours.",
    "The yard employs forty people and supplies builders across the region.",
    "Investigators will return on Monday to look for the cause.",
    "The council said air quality readings in the town stayed within safe limits.",
    "A similar fire destroyed a furniture store in the bay eight years ago.",
]

#: A short version: its own headline, the wire's lede reworded, one paragraph kept with a
#: word changed, and one of its own.
SHORT = [
    "Timber yard blaze lights up Harlow Bay.",
    "Fire crews fought a blaze at a timber yard on the edge of Harlow Bay on Sunday night, "
    "and the owners said the damage would run to millions.",
    "Nobody was hurt, but twenty families living next to the yard spent the night in a school.",
    "Photographs shared online showed flames high above the rooftops.",
]


def test_link_short_version_on_two_aligned_sentences_is_a_rewrite() -> None:
    found = _verdict(WIRE, SHORT, Thresholds())
    assert found is not None and found.relation == "rewrite"
    # Two aligned sentences are too few for articles that are both long.
    assert _verdict(WIRE, SHORT, Thresholds(short_sentences=0)) is None


def test_link_one_aligned_sentence_is_not_enough_for_a_short_version() -> None:
    own = "Residents said the smoke could be seen from the next valley."
    assert _verdict(WIRE, [*SHORT[:2], own, SHORT[3]], Thresholds()) is None


def test_link_short_version_quoting_the_speaker_in_its_own_words_is_no_rewrite() -> None:
    # Both give the fire chief's words, each as its reporter wrote them down: a reporter
    # who heard him, not a version of the wire.
    wire = [*WIRE, '"We were lucky the wind turned before midnight," said fire chief Dan Moss.']
    heard = '"Had the wind not turned around midnight we would have lost the street," Moss said.'
    found = _verdict(wire, [*SHORT, heard], Thresholds())
    assert found is None or found.relation == "shares-quote"
    # The wire's quote as sent keeps it a version of the wire.
    kept = _verdict(wire, [*SHORT, wire[-1]], Thresholds())
    assert kept is not None and kept.relation == "rewrite"


def test_link_short_version_quoting_more_than_the_wire_sent_is_no_rewrite() -> None:
    # The short version's quote holds every word of the wire's and many of its own: a
    # reporter who heard the chief at length, not the wire's quote kept as sent.
    wire = [*WIRE, '"We were lucky the wind turned before it reached the houses," said Dan Moss.']
    heard = (
        '"We were lucky, very lucky, that the wind turned before it reached the houses, or we '
        'would have lost the whole street and maybe the school too," Moss told reporters.'
    )
    found = _verdict(wire, [*SHORT, heard], Thresholds())
    assert found is None or found.relation == "shares-quote"


def _candidates(short: int) -> list[list[int]]:
    channel = SentenceChannel(Banding(12, 5), short=short)
    features = [_features("a", WIRE), _features("b", [SHORT[0], SHORT[2], SHORT[3]])]
    found = find_candidates(features, SearchSettings(sentences=channel), 1, seeded_hash(1))
    return [[int(a), int(b)] for a, b in found.tolist()]


def test_link_short_version_is_proposed_on_one_close_sentence() -> None:
    assert _candidates(SentenceChannel(Banding(12, 5)).short) == [[0, 1]]
    # Without it, one sentence of each is not enough.
    assert _candidates(0) == []
