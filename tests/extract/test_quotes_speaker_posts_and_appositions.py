"""The speaker of a quotation whose attribution holds two names: a body and a post before the
person ("said Harbour Lab senior marine researcher Dana Whitlock"), and a person described by
an apposition that names a body ("Dana Whitlock, a biologist at the Harbour Lab, said")."""

from __future__ import annotations

import re

import pytest

from silang.extract.quotes import find_quotes
from silang.extract.quotes_speaker import subject
from silang.lang.quotes import load_quotes_lexicon
from silang.model import Entity, Quote, Span

EN = load_quotes_lexicon("en")


def _quotes(text: str, *names: str) -> tuple[Quote, ...]:
    """The quotes of ``text`` with ``names`` as person entities (a recogniser that takes
    bodies for persons, as silang's English one often does)."""
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?][\"”]?", text))
    entities = tuple(Entity(text.index(n), text.index(n) + len(n), n, "person", n) for n in names)
    return find_quotes(text, spans, entities, EN)


def _speaker(quotes: tuple[Quote, ...]) -> str | None:
    assert quotes
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        # a body and a post in lower case before the name: the name heads the phrase
        (
            '"Boats should stay in port until the storm passes," said Harbour Lab senior '
            "marine researcher Dana Whitlock.",
            ("Harbour Lab", "Dana Whitlock"),
            "Dana Whitlock",
        ),
        # two names joined by a conjunction are two phrases: the first is the speaker
        (
            '"Boats should stay in port until the storm passes," said Dana Whitlock and Eli Ross.',
            ("Dana Whitlock", "Eli Ross"),
            "Dana Whitlock",
        ),
        # a word that goes on from the speaker to someone else ends the speaker's phrase
        (
            '"Boats should stay in port until the storm passes," said Eli Ross quoting Dana '
            "Whitlock.",
            ("Eli Ross", "Dana Whitlock"),
            "Eli Ross",
        ),
        # a person before an apposition that names a body
        (
            "Dana Whitlock, a biologist and deputy head of the Harbour Marine Lab, said, "
            '"Boats should stay in port until the storm passes."',
            ("Dana Whitlock", "Harbour Marine Lab"),
            "Dana Whitlock",
        ),
        # a name in apposition to a description
        (
            "The lab's director, Dana Whitlock, said, \"Boats should stay in port until the "
            'storm passes."',
            ("Dana Whitlock",),
            "Dana Whitlock",
        ),
    ],
)
def test_the_speaker_of_an_attribution_with_two_names(
    text: str, names: tuple[str, ...], speaker: str
) -> None:
    assert _speaker(_quotes(text, *names)) == speaker


def test_a_clause_with_commas_of_its_own_before_the_verb_is_no_apposition() -> None:
    # "Gigante, who had heart disease, died in Springfield, Mo., said prison spokesman Al
    # Quintero": the words before "said" are a clause said by the one named after it, and
    # its first name is not the subject of "said".
    text = "Dana Whitlock, who ran the lab, died in Springfield, Mo., said"
    entities = [
        Entity(text.index(n), text.index(n) + len(n), n, "person", n)
        for n in ("Dana Whitlock", "Mo")
    ]
    found = subject(text, 0, text.index("said"), entities, EN)
    assert found is not None
    assert found.key != "Dana Whitlock"
