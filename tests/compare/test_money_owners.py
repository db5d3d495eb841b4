"""Whose sum an amount is (silang.compare.money ``_owner_words``, ``read_holder``,
``owners_agree``): a title before a name and the bare name are one holder, two titles or two
names are two, and only an amount ends another amount's own words, on Indonesian reports
written for these tests and read by the figures stage."""

from __future__ import annotations

import pytest

from silang.compare.glossary import article_counts, load_glossary
from silang.compare.money import Key, money_groups, owners_agree
from silang.compare.slot_apart import read_apart
from silang.compare.slots import MONEY, story_figures
from silang.model import Annotated

from records import id_report, one_disputed_sum, reports_slots, slot_holding


def _groups(*items: Annotated) -> list[set[tuple[str, float]]]:
    """The sums the story's amounts of money are split into, read with the titles lexicon
    (article and value of each amount)."""
    glossary = load_glossary()
    story = story_figures(list(items), {}, glossary, article_counts(list(items), glossary))
    found: list[set[tuple[str, float]]] = []
    for (family, _unit), figures in story.buckets.items():
        if family == MONEY:
            groups = money_groups(
                figures,
                story.texts,
                story.durations,
                story.languages,
                story.titles_of,
                held=read_apart(figures, story.texts, story.titles_of, money=False),
            )
            found.extend({(f.article_id, f.quantity.value) for f in group} for group in groups)
    return found


def _one_sum(
    groups: list[set[tuple[str, float]]], a: tuple[str, float], b: tuple[str, float]
) -> bool:
    return any(a in group and b in group for group in groups)


@pytest.mark.parametrize(
    ("first", "second", "one_holder"),
    [
        # "Presiden Budiman" in one report, "Budiman" alone in another: the title qualifies
        # the name that follows it, so the two amounts are two readings of one pay.
        pytest.param(
            ("titled", "Gaji Presiden Budiman Rp 553 juta per bulan.", 553e6),
            ("bare", "Gaji Budiman Rp 500 juta per bulan.", 500e6),
            True,
            id="a_title_before_a_name_and_the_bare_name_are_one_holder",
        ),
        # "sang" before the title is an honorific of the lexicon too, but the title is the
        # one that reaches into the capitalised words: "Presiden", leaving "Budiman" the name.
        pytest.param(
            (
                "honoured",
                "Menurut kabar itu, gaji sang Presiden Budiman Rp 553 juta per bulan.",
                553e6,
            ),
            ("bare", "Gaji Budiman Rp 500 juta per bulan.", 500e6),
            True,
            id="an_honorific_before_the_title",
        ),
        # The members' pay ("anggota DPR") is not the chair's ("Ketua DPR"), though both name
        # the same body after their title.
        pytest.param(
            ("members", "Menurut laporan itu, gaji anggota DPR Rp 50 juta per bulan.", 50e6),
            ("chair", "Menurut laporan itu, gaji Ketua DPR Rp 70 juta per bulan.", 70e6),
            False,
            id="a_title_written_small_before_a_name_still_tells_the_holder",
        ),
        # The body alone is no name after the chair's title either: "DPR" is what "Ketua"
        # heads.
        pytest.param(
            ("body", "Menurut laporan itu, gaji DPR Rp 50 juta per bulan.", 50e6),
            ("chair", "Menurut laporan itu, gaji Ketua DPR Rp 70 juta per bulan.", 70e6),
            False,
            id="the_body_alone_is_no_name_after_a_title",
        ),
        # "Presiden RI Budiman" and "Presiden Budiman": one office, one person.
        pytest.param(
            ("ri", "Gaji Presiden RI Budiman Rp 553 juta per bulan.", 553e6),
            ("plain", "Gaji Presiden Budiman Rp 500 juta per bulan.", 500e6),
            True,
            id="a_title_with_the_body_it_heads_is_the_bare_titles_office_for_one_name",
        ),
        # "Ketua DPR Budi" and "Ketua MPR Budi" head two bodies, two pays though the name is
        # the same.
        pytest.param(
            ("dpr", "Menurut laporan itu, gaji Ketua DPR Budi Rp 70 juta per bulan.", 70e6),
            ("mpr", "Menurut laporan itu, gaji Ketua MPR Budi Rp 60 juta per bulan.", 60e6),
            False,
            id="one_name_under_two_bodies_titles_is_two_holders",
        ),
    ],
)
def test_a_title_and_a_name_tell_one_holder_or_two(
    first: tuple[str, str, float], second: tuple[str, str, float], one_holder: bool
) -> None:
    groups = _groups(id_report(*first[:2]), id_report(*second[:2]))
    assert _one_sum(groups, (first[0], first[2]), (second[0], second[2])) is one_holder


def test_two_titles_or_two_names_are_two_holders() -> None:
    groups = _groups(
        id_report("president", "Gaji Presiden Budiman Rp 553 juta per bulan."),
        id_report("deputy", "Gaji Wakil Presiden Sutarno Rp 368 juta per bulan."),
        id_report("other", "Gaji Sutarno Rp 300 juta per bulan."),
    )
    assert not _one_sum(groups, ("president", 553e6), ("deputy", 368e6))
    assert not _one_sum(groups, ("president", 553e6), ("other", 300e6))
    assert _one_sum(groups, ("deputy", 368e6), ("other", 300e6))


def test_a_bare_title_is_the_name_the_story_gives_it() -> None:
    # The story calls its president "Presiden Budiman" (on his allowance), so "gaji
    # Presiden" and "gaji Budiman" speak of one pay.
    story = (
        id_report("title", "Gaji Presiden Rp 553 juta per bulan."),
        id_report("name", "Gaji Budiman Rp 500 juta per bulan."),
        id_report("both", "Tunjangan Presiden Budiman Rp 32 juta per bulan."),
    )
    assert _one_sum(_groups(*story), ("title", 553e6), ("name", 500e6))
    # Two presidents in the story: a bare "Presiden" is neither in particular.
    other = id_report("other", "Tunjangan Presiden Hartono Rp 30 juta per bulan.")
    assert not _one_sum(_groups(*story, other), ("title", 553e6), ("name", 500e6))
    # Nor does the title alone name anyone where the story never pairs it with a name.
    assert not _one_sum(_groups(*story[:2]), ("title", 553e6), ("name", 500e6))


def test_owners_unread_compare_by_their_first_words_only() -> None:
    # Keys built without the titles lexicon know no title: "budiman" is not "presiden
    # budiman" then.
    titled = Key("salary", "month", owners=("presiden", "budiman"))
    assert not owners_agree(titled, Key("salary", "month", owners=("budiman",)))
    read = Key(
        "salary", "month", owners=("presiden", "budiman"), title=("presiden",), name=("budiman",)
    )
    assert owners_agree(read, Key("salary", "month", owners=("budiman",), name=("budiman",)))


def test_a_date_before_an_amount_does_not_start_its_own_words() -> None:
    # "sejak 1 Januari": the day's digit is no amount, and the month after it is no owner,
    # so both reports give the president's pay.
    slots = reports_slots(
        [
            ("dated", "Gaji Presiden sejak 1 Januari naik menjadi Rp 553 juta per bulan."),
            ("plain", "Gaji Presiden naik menjadi Rp 500 juta per bulan."),
        ]
    )
    assert one_disputed_sum(slots, ("dated", 553e6), ("plain", 500e6))


def test_a_year_and_a_clock_time_before_an_amount_are_no_amounts() -> None:
    # A headline capitalises the words after its year ("Naik Menjadi"), and a clock time is
    # followed by its zone ("WIB"): neither is a holder of the allowance.
    slots = reports_slots(
        [
            ("year", "Tunjangan Gubernur 2024 Naik Menjadi Rp 40 Juta"),
            ("clock", "Tunjangan Gubernur hingga pukul 10.00 WIB tercatat Rp 35 juta."),
            ("plain", "Tunjangan Gubernur naik menjadi Rp 30 juta."),
        ]
    )
    slot = slot_holding(slots, "plain", 30e6)
    assert slot is slot_holding(slots, "year", 40e6)
    assert slot is slot_holding(slots, "clock", 35e6)


def test_an_amount_before_still_starts_the_next_ones_own_words() -> None:
    # The list's second amount is the deputy's: the amount before it ends the president's.
    slots = reports_slots(
        [
            (
                "list",
                "Menurut laporan, gaji Presiden Rp 553 juta per bulan dan Wakil Presiden sebesar "
                "Rp 368 juta per bulan.",
            ),
            ("deputy", "Gaji Wakil Presiden Rp 300 juta per bulan."),
        ]
    )
    slot = slot_holding(slots, "deputy", 300e6)
    assert slot is slot_holding(slots, "list", 368e6)
    assert slot is not slot_holding(slots, "list", 553e6)
