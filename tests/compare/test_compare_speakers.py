"""When two speaker names name one person, and when a speaker names no one
(silang.compare.speakers). Names written for these tests."""

from __future__ import annotations

import pytest

from silang.compare import same_speaker
from silang.compare.speakers import (
    SpeakerLexicon,
    load_speaker_lexicon,
    names_no_one,
    same_person,
    speaker_words,
)
from silang.lang.stories import StoriesLexicon


@pytest.fixture(scope="module")
def lexicon() -> SpeakerLexicon:
    return load_speaker_lexicon()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hendra", "Regent Hendra Wiratama"),
        ("Bupati Hendra", "Hendra Wiratama"),
        ("Kapolres AKBP Budi", "Budi Santoso"),
        ("Mr. Smith", "John Smith"),
        ("Harold Winslow", "Councilman Harold Winslow"),
        # The place or body of a post is no part of the name.
        ("Eastfield Councilman Harold Winslow", "City Councilman Harold Winslow"),
        # One name spelt two ways, shortened, or spaced otherwise.
        ("Farhad Rostamvandi", "Farhad Rostambandi"),
        ("Yusuf Abd Karim", "Yusuf Abdul Karim"),
        ("Marco Del Vecchio", "Marco DelVecchio"),
        # Two views of one longer name.
        ("Keterangan Dinas Pangan Lembah", "Dinas Pangan Lembah Sari"),
        # Descriptions: all the words of one are the other's.
        ("the police", "police spokesman John Doe"),
        ("the police", "a police spokesman"),
    ],
)
def test_compare_speakers_one_person(first: str, second: str, lexicon: SpeakerLexicon) -> None:
    assert same_speaker(first, second, lexicon)
    assert same_speaker(second, first, lexicon)
    # Read once and compared many times, as quote groups do, the answer is the same.
    assert same_person(speaker_words(first, lexicon), speaker_words(second, lexicon))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hendra Wiratama", "Hendra Saputra"),
        ("Hendra Wiratama", "Sri Lestari Wulandari"),
        # A shared family name, title or function word says nothing of who spoke.
        ("Daniel Okafor", "Grace Okafor"),
        ("City Councilman Harold Winslow", "City Councilman Peter Brandt"),
        ("Yusuf Abdul Karim", "Rahmat Abdul Hakim"),
        ("the police", "the witness"),
        ("the navy", "the ship's owner"),
        ("Kepala Dinas Andi", "Kepala Dinas Rudi"),
        ("the police", "John Doe"),
    ],
)
def test_compare_speakers_two_people(first: str, second: str, lexicon: SpeakerLexicon) -> None:
    assert not same_speaker(first, second, lexicon)
    assert not same_speaker(second, first, lexicon)
    assert not same_person(speaker_words(first, lexicon), speaker_words(second, lexicon))


def test_compare_speakers_a_missing_speaker_is_no_one(lexicon: SpeakerLexicon) -> None:
    assert not same_speaker(None, "Hendra Wiratama", lexicon)
    assert not same_speaker("", "", lexicon)
    assert speaker_words(None, lexicon) is None
    assert not same_person(None, speaker_words("Hendra Wiratama", lexicon))


def test_compare_speakers_titles_come_from_the_packs_read() -> None:
    # "Bupati" is a title of the Indonesian pack; read without it, it is a name, and
    # "Bupati Hendra" is not "Hendra Wiratama".
    assert same_speaker("Bupati Hendra", "Hendra Wiratama", load_speaker_lexicon(("id",)))
    assert not same_speaker("Bupati Hendra", "Hendra Wiratama", load_speaker_lexicon(()))


def test_compare_speakers_function_words_are_the_story_lexicons_stopwords() -> None:
    # The stopwords come from the story lexicons handed in (the glossary's, read once): a
    # word they list is no name ("Kakanda" made one here), else it is a name that "Hendra
    # Wiratama" lacks.
    stop = {"id": StoriesLexicon(code="id", stopwords=frozenset({"kakanda"}))}
    plain = {"id": StoriesLexicon(code="id")}
    assert same_speaker("Kakanda Hendra", "Hendra Wiratama", load_speaker_lexicon(("id",), stop))
    assert not same_speaker(
        "Kakanda Hendra", "Hendra Wiratama", load_speaker_lexicon(("id",), plain)
    )


@pytest.mark.parametrize(
    ("speaker", "no_one"),
    [
        ("The statement", True),
        ("the press release", True),
        ("a spokesman", True),
        ("the navy", False),
        ("police spokesman John Doe", False),
        ("John Doe", False),
        (None, False),
    ],
)
def test_compare_speakers_a_document_names_no_one(
    speaker: str | None, no_one: bool, lexicon: SpeakerLexicon
) -> None:
    assert names_no_one(speaker, lexicon) is no_one
