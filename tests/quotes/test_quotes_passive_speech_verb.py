"""A speech verb after a form of "be" is passive ("The blaze was reported at dawn", "Police
were called to the house"): its subject is what was said or who was told, never a speaker.
Hand-written sentences; entities as a recogniser gives them."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of


@pytest.mark.parametrize(
    "text",
    [
        "The blaze was reported at 4:10 a.m. by a passing driver.",
        "Police were called to the house after neighbours heard shouting.",
        "A second leak was also reported near the harbour on Monday.",
    ],
)
def test_quotes_a_passive_speech_verb_names_no_speaker(text: str) -> None:
    assert quotes_of("en", text) == ()


def test_quotes_an_active_speech_verb_still_names_its_speaker() -> None:
    text = "Chief Anna Brooks said the blaze started in the kitchen."
    quotes = quotes_of("en", text, mention(text, "Anna Brooks"))
    assert [q.speaker for q in quotes] == ["Anna Brooks"]
