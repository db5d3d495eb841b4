"""Two days of one kind of happening are two happenings, not a dispute, where a name
qualifies one report's event word ("a Garner rally ... in Reno", "aksi Garner") and the
other's sentence names others but not it ("during a campaign rally, Pike said"): whose
rally it is tells them apart. A happening no name qualifies ("the gunman was arrested on
Monday, officer Ann Smith said" beside "... on Tuesday, chief Tom Jones said") still
disputes. Sentences written for these tests; their dates are read by the times stage."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dated_reports import dated_report, slot_of, story_date_slots
from silang.model import Annotated, Entity, Quote


def _with_people(item: Annotated, people: tuple[str, ...]) -> Annotated:
    """``item`` with each of ``people`` read as a person where it first stands, as the
    entity stage reads names."""
    text = item.article.text
    found = [Entity(text.index(p), text.index(p) + len(p), p, "person", p) for p in people]
    return replace(item, entities=(*item.entities, *found))


def _statuses(
    first: str,
    second: str,
    language: str = "en",
    people: tuple[str, ...] = (),
    published: tuple[str, str] = ("2016-08-10", "2016-08-11"),
) -> set[str]:
    a = dated_report("a", [first], published[0], language=language)
    b = dated_report("b", [second], published[1], language=language)
    a = _with_people(a, tuple(p for p in people if p in first))
    b = _with_people(b, tuple(p for p in people if p in second))
    return {s.status for s in story_date_slots(a, b)}


def test_rallies_of_different_people_are_two_happenings() -> None:
    statuses = _statuses(
        "The group also tried to interrupt a Garner rally last Thursday in Reno.",
        "On Tuesday, during a campaign rally, Pike said the rival could pose a threat.",
        people=("Garner", "Pike"),
    )
    assert "disputed" not in statuses


@pytest.mark.parametrize(
    "second",
    [
        "During a rally on Tuesday, Mr. Pike said the rival could pose a threat.",
        "During a rally Tuesday in Raleigh, North Carolina, Pike said the rival was a threat.",
    ],
)
def test_a_subject_after_a_form_of_address_or_a_place_holds_the_rally(second: str) -> None:
    statuses = _statuses(
        "The group also tried to interrupt a Garner rally last Thursday in Reno.",
        second,
        people=("Garner", "Pike"),
    )
    assert "disputed" not in statuses


def test_rallies_of_different_people_in_indonesian_are_two_happenings() -> None:
    statuses = _statuses(
        "Kelompok itu juga mencoba membubarkan aksi Garner pada Kamis lalu di Bandung.",
        "Pada Selasa, dalam aksi kampanye, Pike mengatakan lawannya berbahaya.",
        language="id",
        people=("Garner", "Pike"),
    )
    assert "disputed" not in statuses


def test_a_holder_read_as_a_person_elsewhere_in_the_article_holds_the_rally() -> None:
    # The entity stage took the "Garner" of "a Garner rally" for an organisation's but read
    # "Hillary Garner" as a person's (the PolNeAR pattern).
    a = dated_report(
        "a",
        [
            "Hillary Garner is a candidate.",
            "The group tried to interrupt a Garner rally last Thursday in Reno.",
        ],
        "2016-08-10",
    )
    at = a.article.text.rindex("Garner")
    a = replace(
        a,
        entities=(
            Entity(0, 14, "Hillary Garner", "person", "Hillary Garner"),
            Entity(at, at + 6, "Garner", "organisation", "Garner"),
        ),
    )
    b = dated_report(
        "b",
        ["On Tuesday, during a campaign rally, Pike said the rival was a threat."],
        "2016-08-11",
    )
    b = _with_people(b, ("Pike",))
    assert "disputed" not in {s.status for s in story_date_slots(a, b)}


def test_two_candidates_own_rallies_are_two_happenings() -> None:
    statuses = _statuses(
        "Protesters disrupted Garner's rally on Thursday.",
        "Protesters disrupted Pike's rally on Friday.",
        people=("Garner", "Pike"),
        published=("2016-08-13", "2016-08-13"),
    )
    assert "disputed" not in statuses


# A source named after a title ("spokeswoman", "hakim", "Kapolda", "Sheriff", capitalised or
# not) or one cited for a happening ("..., Hicks said", "..., kata Budi Gunawan") holds no
# happening, setting or not; nor does one a clause that opens after the setting names as no
# subject ("During the rally on Friday, police arrested John Smith"). A holder that is a
# party or a place ("a Republican rally", "the Jakarta protest") is no person's. The day told
# differently of one happening still disputes.
@pytest.mark.parametrize(
    ("first", "second", "language", "people"),
    [
        (
            "Protesters disrupted a Garner rally on Thursday.",
            "At the rally on Friday, spokeswoman Ann Hicks said the protesters were paid.",
            "en",
            ("Garner", "Ann Hicks"),
        ),
        (
            "Protesters disrupted Garner's rally on Thursday.",
            "Protesters disrupted the rally on Friday, Hicks said.",
            "en",
            ("Garner", "Hicks"),
        ),
        (
            "Sidang Garner digelar pada Selasa.",
            "Sidang itu digelar pada Kamis, kata hakim Dwi Budiman.",
            "id",
            ("Garner", "Dwi Budiman"),
        ),
        (
            "Aksi Garner pada Kamis lalu dibubarkan polisi.",
            "Aksi pada Jumat dibubarkan polisi, kata Kapolda Budi Gunawan.",
            "id",
            ("Garner", "Budi Gunawan"),
        ),
        (
            "Protesters disrupted a Garner rally on Thursday.",
            "At the rally on Friday, Sheriff Joe Lombard said the protesters were paid.",
            "en",
            ("Garner", "Joe Lombard"),
        ),
        (
            "Aksi Garner pada Kamis lalu dibubarkan polisi.",
            "Dalam aksi pada Jumat itu, Kapolda Budi Gunawan mengatakan massa dibayar.",
            "id",
            ("Garner", "Budi Gunawan"),
        ),
        (
            "Protesters disrupted Garner's rally on Thursday.",
            "Protesters shouted at the rally on Friday, Hicks said.",
            "en",
            ("Garner", "Hicks"),
        ),
        (
            "Aksi Garner pada Kamis lalu dibubarkan polisi.",
            "Massa berteriak dalam aksi pada Jumat, kata Budi Gunawan.",
            "id",
            ("Garner", "Budi Gunawan"),
        ),
        (
            "Protesters disrupted Garner's rally on Thursday.",
            "During the rally on Friday, police arrested John Smith.",
            "en",
            ("Garner", "John Smith"),
        ),
        (
            "Police broke up a Republican rally on Thursday.",
            "Police broke up the rally on Friday, Sheriff Joe Lombard said.",
            "en",
            ("Joe Lombard",),
        ),
        (
            "Police broke up the Reno protest on Thursday.",
            "Police broke up the protest on Friday, Sheriff Joe Lombard said.",
            "en",
            ("Joe Lombard",),
        ),
    ],
)
def test_a_source_or_a_place_holds_no_happening(
    first: str, second: str, language: str, people: tuple[str, ...]
) -> None:
    statuses = _statuses(first, second, language, people, published=("2016-08-13", "2016-08-13"))
    assert "disputed" in statuses


def _told_by(item: Annotated, speaker: str) -> Annotated:
    """``item`` with its words up to the comma quoted as reported speech of ``speaker``, as
    the quote stage reads "..., officer Ann Smith said"."""
    text = item.article.text
    end, at = text.index(","), text.index(speaker)
    quote = Quote(0, end, text[:end], False, speaker, at, at + len(speaker))
    return replace(item, quotes=(quote,))


def test_one_arrest_told_by_two_officers_on_two_days_disputes() -> None:
    a = _told_by(
        dated_report(
            "a", ["The gunman was arrested on Monday, officer Ann Smith said."], "2016-08-10"
        ),
        "Ann Smith",
    )
    b = _told_by(
        dated_report(
            "b", ["The gunman was arrested on Tuesday, chief Tom Jones said."], "2016-08-11"
        ),
        "Tom Jones",
    )
    slot = slot_of(story_date_slots(a, b), "a", "2016-08-08")
    assert slot is not None and slot.status == "disputed", slot


def test_the_speaker_of_a_quote_telling_the_setting_holds_no_happening() -> None:
    a = dated_report("a", ["Protesters disrupted Garner's rally on Thursday."], "2016-08-13")
    a = _with_people(a, ("Garner",))
    b = dated_report(
        "b", ["Protesters shouted at the rally on Friday, Hicks told reporters."], "2016-08-13"
    )
    b = _told_by(_with_people(b, ("Hicks",)), "Hicks")
    assert "disputed" in {s.status for s in story_date_slots(a, b)}


def test_a_subject_speaking_at_the_setting_holds_it_though_he_is_quoted() -> None:
    a = dated_report(
        "a",
        ["The group also tried to interrupt a Garner rally last Thursday in Reno."],
        "2016-08-10",
    )
    a = _with_people(a, ("Garner",))
    text = "On Tuesday, during a campaign rally, Pike said the rival could pose a threat."
    b = _with_people(dated_report("b", [text], "2016-08-11"), ("Pike",))
    start, at = text.index("the rival"), text.index("Pike")
    quote = Quote(start, len(text) - 1, text[start:-1], False, "Pike", at, at + 4)
    b = replace(b, quotes=(quote,))
    assert "disputed" not in {s.status for s in story_date_slots(a, b)}
