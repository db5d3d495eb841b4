"""One name spelt with a letter more inside it is one person; a letter added at either end
makes another word (silang.compare.speakers._inner_letter). Names written for these tests."""

from __future__ import annotations

import pytest

from silang.compare import same_speaker
from silang.compare.speakers import SpeakerLexicon, load_speaker_lexicon


@pytest.fixture(scope="module")
def lexicon() -> SpeakerLexicon:
    return load_speaker_lexicon()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rudi Wiryanto", "Rudi Wiriyanto"),
        ("Kepala Satpol PP Rudi Wiryanto", "Rudi Wirianto"),
        ("Dedi Rachmadin", "Dedi Rahmadin"),
    ],
)
def test_a_letter_more_inside_a_name_is_one_person(
    first: str, second: str, lexicon: SpeakerLexicon
) -> None:
    assert same_speaker(first, second, lexicon)
    assert same_speaker(second, first, lexicon)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A letter at the end derives another word, one at the start is another name, and
        # a short name must be written the same.
        ("Rudi Santosa", "Rudi Santosan"),
        ("Ardi Wibowo", "Hardi Wibowo"),
        ("Andi Wibowo", "Andri Wibowo"),
    ],
)
def test_a_letter_more_at_an_end_or_in_a_short_name_is_another(
    first: str, second: str, lexicon: SpeakerLexicon
) -> None:
    assert not same_speaker(first, second, lexicon)
