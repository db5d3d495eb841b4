"""Speakers of quotations an outlet reports: "X quoted witness Y as saying" makes Y the
speaker, not the outlet X (ECB+ dev 19_6, where the paper was taken for the speaker)."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of

from silang.model import Entity

PAPER = "the Harbour Ledger"


def _speakers(code: str, text: str, *entities: Entity) -> list[str | None]:
    return [q.speaker for q in quotes_of(code, text, *entities) if q.direct]


@pytest.mark.parametrize(
    "text",
    [
        f'"The boats came in too fast," {PAPER} quoted witness Dara Quint as saying.',
        f'"The boats came in too fast," {PAPER} reported Dara Quint as saying.',
        f'{PAPER} quoted witness Dara Quint as saying: "The boats came in too fast."',
    ],
)
def test_quotes_the_person_quoted_as_saying_is_the_speaker_not_the_outlet(text: str) -> None:
    outlet = mention(text, PAPER[4:], "organisation")
    (speaker,) = _speakers("en", text, outlet, mention(text, "Dara Quint"))
    assert speaker == "Dara Quint"


def test_quotes_quoted_as_saying_in_a_later_phrase_leaves_the_verbs_speaker() -> None:
    text = (
        '"The pier is closed," Linda Carver told reporters after the Ledger quoted Tom '
        "Reddick as saying it was open."
    )
    entities = (mention(text, "Linda Carver"), mention(text, "Tom Reddick"))
    assert _speakers("en", text, *entities) == ["Linda Carver"]


def test_quotes_an_outlet_quoting_a_person_in_indonesian_gives_the_person() -> None:
    text = 'Harian Pelita mengutip Andi Wijaya yang mengatakan, "Air sudah naik."'
    outlet = mention(text, "Harian Pelita", "organisation")
    assert _speakers("id", text, outlet, mention(text, "Andi Wijaya")) == ["Andi Wijaya"]
