"""A rewrite that turns its source's quote into reported speech and rewords the rest in
order is a rewrite, not a shared quote; and two sentences that sentence alignment met by a
chance likeness, one of them quoted, are no shared quote. Guards written against session
22's statement rules (taken back: they lowered held-out copy groups) and kept for whatever
comes next. Every sentence here is written for this test; the patterns are a review's
probes of session 22 and Pratiwi dev 600-361/600-363 (labelled independent)."""

from __future__ import annotations

from link_records import english_verdict

from silang.link.classify import Thresholds

#: A village's landslide, told with the village head's words in quotes.
SOURCE = [
    "A landslide buried part of the hill village of Sukamaju on Friday evening, cutting the "
    "only road to the market town below.",
    '"The slope gave way in less than a minute, and we barely had time to wake the children," '
    "said village head Budi Santoso.",
    "Volunteers from two nearby villages dug through the mud by torchlight to reach a family "
    "trapped in their kitchen.",
    "By Saturday noon the rain had stopped, but the road was still covered by rocks, fallen "
    "trees and a thick layer of clay.",
    "The district government has set up tents at the primary school and is sending rice, "
    "blankets and clean water.",
    "Engineers will check the bridge over the Cikaso river on Monday, which was closed after a "
    "crack appeared in its deck.",
    "Tea growers on the hill fear that the slide has swept away most of their bushes just "
    "before the harvest season.",
]

#: The same story retold sentence by sentence, the quote turned into reported speech.
RETOLD = [
    "On Friday evening a landslide buried part of Sukamaju, a hill village, and cut the only "
    "road down to the market town.",
    "Village head Budi Santoso said the slope gave way in less than a minute, and that they "
    "barely had time to wake the children.",
    "Working by torchlight, volunteers from two nearby villages dug through the mud to reach a "
    "family that was trapped in its kitchen.",
    "The rain had stopped by Saturday noon, but rocks, fallen trees and a thick layer of clay "
    "still covered the road.",
    "Tents have been set up at the primary school by the district government, which is "
    "sending rice, blankets and clean water.",
    "On Monday engineers will check the Cikaso river bridge, closed after a crack appeared in "
    "its deck.",
    "Up on the hill, tea growers fear that most of their bushes were swept away by the slide "
    "just before the harvest season.",
]


def test_link_a_rewrite_that_unquotes_its_source_and_rewords_the_rest_is_a_rewrite() -> None:
    verdict = english_verdict(SOURCE, RETOLD, Thresholds())
    # Read as a statement continued from the quote, the five reworded sentences after it
    # were set aside as no narrative, and the pair fell through to shares-quote.
    assert verdict is not None and verdict.relation == "rewrite"


#: A report quoting a circulated message about a made-up disease.
QUOTING = [
    "A message spreading on WhatsApp this week warns mothers against a skin disease it calls "
    "bristle.",
    '"Bristle is a hair of the sea urchin that grows under the skin of babies and makes them '
    'cry all night," the message reads.',
    "Doctors at the children's hospital in Bandung say they have never seen such a disease in "
    "any baby.",
]

#: Another report of the hoax that shares none of its words: one sentence is only alike.
EXPLAINING = [
    "Health officials in Surabaya have asked parents to check with a clinic before trusting "
    "advice shared in chat groups.",
    "Bristles are the hairs that a sea urchin grows and sheds, a marine biologist at the "
    "university explained to parents.",
    "The city's health office will hold a talk for young mothers at the town hall on Saturday "
    "morning.",
]


def test_link_a_quoted_sentence_only_alike_by_chance_is_no_shared_quote() -> None:
    # The two middle sentences align (normalised words 0.63 alike), but their words are no
    # shared quote's (under the taken-back rule: token set 64 against ``quote_ratio`` 75).
    assert english_verdict(QUOTING, EXPLAINING, Thresholds()) is None
