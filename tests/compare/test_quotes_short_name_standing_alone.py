"""A short name its own article uses on its own beside a fuller name that coreference found
it no short form of (extract.coref: "Halloran" throughout, a brother "Peter Halloran" named
far on) stands for no one fuller in that article. Names written for these tests."""

from __future__ import annotations

from silang.compare.speakers import StoryNames, load_speaker_lexicon, same_person


def test_quotes_a_short_name_standing_alone_is_not_the_later_full_name() -> None:
    names = StoryNames(
        {"a1": ["Halloran", "Peter Halloran"], "a2": ["Martin Halloran"]},
        load_speaker_lexicon(),
    )
    alone = names.read("Halloran", "a1")
    # Not read as Peter Halloran, so it may be the Martin Halloran another outlet names.
    assert alone is not None and alone.stands_for == ()
    assert same_person(alone, names.read("Martin Halloran", "a2"))
    assert same_person(alone, names.read("Halloran", "a2"))
