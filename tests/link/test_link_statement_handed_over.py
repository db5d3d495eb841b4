"""A press release that hands over to its spokesman's statement ("Below is a statement by
...:") prints the statement unmarked; a report that quotes the statement shares it with the
release and is no rewrite of it. Every sentence here is written for this test."""

from __future__ import annotations

import dataclasses

import pytest
from link_records import item, lexicons

from silang.link import find_links
from silang.link.text import reproduction_cues
from silang.model import Span

#: The release: its own narrative, then the statement as its sender wrote it, unmarked.
RELEASE = [
    "Council Restores Flood Review for Tarn River Projects",
    "Today, the regional council restored the rule that requires builders near the Tarn "
    "river to submit a flood review before any work begins.",
    "In a related matter, four hundred residents and two angling clubs sent letters last week "
    "to the council asking it to bring the review back.",
    "Below is a statement by Maria Okafor, director of the Tarn Valley Trust:",
    "The council has listened to the people who live beside the river, and today it has put "
    "the flood review back where it belongs.",
    "Builders will once again have to show that their plans do not send water into the "
    "homes downstream.",
    "This is only a first step.",
    "The council must now pay for the river wardens who check that every review is honest.",
]

#: A report of the same decision in its own words, longer than the release's narrative,
#: quoting the statement and giving the letters late, as background.
REPORT = [
    "Builders along the Tarn must again prove their projects will not flood neighbours, "
    "after councillors reversed a spring decision on Tuesday.",
    "The vote was eleven to four, and the chair said the review would apply to plans "
    "already filed with the planning office.",
    '"The council has listened to the people who live beside the river, and today it has '
    'put the flood review back where it belongs," said Maria Okafor of the Tarn Valley Trust.',
    '"Builders will once again have to show that their plans do not send water into the '
    'homes downstream," she said.',
    '"The council must now pay for the river wardens who check that every review is '
    'honest," Okafor added.',
    "Two developers said they would appeal, and the chamber of commerce called the rule a "
    "burden on small firms that cannot afford engineers.",
    "Homes in the lower valley were flooded twice in the past five years, each time after "
    "heavy rain on the hills above the new estates.",
    "Last week four hundred residents and two angling clubs sent letters to the council "
    "asking it to bring the review back.",
    "Insurers had warned in January that cover for the newest houses could be withdrawn if "
    "the review was not restored.",
    "The council meets again next month to set the fee for a review and to name the wardens.",
]


def _relation(handover: bool, cue: str | None = None) -> str:
    """The release's link to the report; ``cue`` in place of its "Below is ..." sentence."""
    packs = lexicons()
    if not handover:
        packs = {**packs, "en": dataclasses.replace(packs["en"], reproduction_cue=None)}
    release = [cue if cue and line.startswith("Below") else line for line in RELEASE]
    pair = [
        item("release", "\n".join(release), language="en"),
        item("report", "\n".join(REPORT), language="en"),
    ]
    links = find_links(pair, packs)
    return links[0].relation if links else "none"


def test_link_below_is_a_statement_hands_over_to_a_reproduced_text() -> None:
    text = next(sentence for sentence in RELEASE if sentence.startswith("Below"))
    assert reproduction_cues(text, [Span(0, len(text))], lexicons()["en"]) == (0,)


def test_link_report_quoting_a_statement_a_release_prints_only_shares_it() -> None:
    assert _relation(handover=True) == "shares-quote"
    # Read as the release's own narrative, the statement's words make the report look like
    # a rewrite that kept the release's wording between its quotes.
    assert _relation(handover=False) == "rewrite"


@pytest.mark.parametrize(
    "text",
    [
        # "a" opens a hand-over only to a text its sender is named for ("by", "from")
        "Here is a textbook example of why timber should not be stored beside homes.",
        "Below is a post-mortem of how the blaze spread.",
        "Here is a message for every yard owner on the coast: check your sheds.",
        "Here is a release date for the fire service's report: next March.",
        # "here" as an adverb inside a sentence, and the excerpt's own author: no hand-over
        "What is new here is the transcript of the call, which the court released.",
        "Here is the excerpt's author, who wrote the ruling in one night.",
    ],
)
def test_link_an_outlets_own_lead_in_hands_over_nothing(text: str) -> None:
    assert reproduction_cues(text, [Span(0, len(text))], lexicons()["en"]) == ()


#: Sentences written for this test that hand over to a reproduced text by naming it an
#: excerpt, an extract or a transcript, with no "by" or "from" needed after the noun.
EXCERPT_CUES = [
    "The following is an excerpt:",
    "Here is the transcript of what Maria Okafor, director of the Tarn Valley Trust, said:",
    "Below are excerpts from the remarks of Maria Okafor, director of the Tarn Valley Trust:",
]


@pytest.mark.parametrize("cue", EXCERPT_CUES)
def test_link_an_excerpt_or_a_transcript_hands_over_to_a_reproduced_text(cue: str) -> None:
    assert reproduction_cues(cue, [Span(0, len(cue))], lexicons()["en"]) == (0,)
    assert _relation(handover=True, cue=cue) == "shares-quote"


def test_link_the_word_excerpt_alone_hands_over_nothing() -> None:
    text = "The excerpt was read aloud at the meeting, and the following is an example."
    assert reproduction_cues(text, [Span(0, len(text))], lexicons()["en"]) == ()
