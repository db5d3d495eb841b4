"""One name spelt with a letter more inside it is one person; a letter added at either end
makes another word (silang.compare.speakers._inner_letter). Names written for these tests."""

from __future__ import annotations

import pytest

from silang.compare import same_speaker
from silang.compare.speakers import SpeakerLexicon, StoryNames, load_speaker_lexicon, same_person


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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A letter added inside a name that makes no spelling pair with its neighbour is
        # another name, however long the names.
        ("Devin Tanoto", "Delvin Tanoto"),
        ("Marta Wibisono", "Marita Wibisono"),
        ("Kepala Desa Yulianti", "Yulinanti"),
        ("Herlina Sitompul", "Herliana Sitompul"),
    ],
)
def test_a_letter_more_inside_a_name_outside_a_spelling_pair_is_another(
    first: str, second: str, lexicon: SpeakerLexicon
) -> None:
    assert not same_speaker(first, second, lexicon)
    assert not same_speaker(second, first, lexicon)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Akhmad Sulaiman", "Ahmad Sulaiman"), ("Budi Ramadhan", "Budi Ramadan")],
)
def test_an_old_digraph_written_whole_or_not_is_one_person(
    first: str, second: str, lexicon: SpeakerLexicon
) -> None:
    assert same_speaker(first, second, lexicon)


def test_a_short_form_stands_for_the_one_written_alike(lexicon: SpeakerLexicon) -> None:
    # Two people whose given names differ by a letter: "Yulianti" alone is the one
    # written so, not both.
    names = StoryNames({"a1": ["Yulianti Wibowo", "Yulinanti Rahayu"], "a2": ["Yulianti"]}, lexicon)
    short = names.read("Yulianti", "a2")
    assert same_person(short, names.read("Yulianti Wibowo", "a1"))
    assert not same_person(short, names.read("Yulinanti Rahayu", "a1"))
