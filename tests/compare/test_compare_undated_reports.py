"""Figures of reports that carry no day (ECB+ documents carry no publication day): two counts
of one noun, a distance from one port, a gun's calibre, a series told by "officials", the
people of a place. The sentences are written for these tests, in the shapes ECB+ dev topics
12, 19 and 20 showed; their figures are read by the figures stage itself."""

from __future__ import annotations

import pytest

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots
from silang.compare.status import slot_status
from silang.model import ClaimSlot, ClaimValue

from records import figured_report as _report
from records import slot_holding

#: The publication day of the dated reports of these tests.
PUBLISHED = "2008-12-14"


def _articles(slot: ClaimSlot) -> set[str]:
    return {a for v in slot.values for a in v.article_ids}


BOATS = ["The pirates, in three boats, tried to board the freighter, the navy said."]
OTHER_BOATS = ["The freighter said it was fired on by two boats closing in on it."]


@pytest.mark.parametrize(("published", "one_slot"), [(None, True), (PUBLISHED, False)])
def test_compare_two_undated_reports_counting_one_noun_count_one_thing(
    published: str | None, one_slot: bool
) -> None:
    # With no day to either report, nothing makes "three boats" and "two boats" a count that
    # moved: they are one count, in dispute. Reports of two known days keep their own.
    later = "2008-12-20" if published else None
    items = [_report("a1", BOATS, published), _report("a2", OTHER_BOATS, later)]
    slots = claim_slots(items, {})
    slot = slot_holding(slots, "a1", 3)
    assert (slot is slot_holding(slots, "a2", 2)) is one_slot
    if one_slot:
        assert slot.status == "disputed"


@pytest.mark.parametrize(
    ("first", "second", "value", "other", "apart", "published"),
    [
        # One report has a day of publication only, the other none: no day makes "at least
        # four aftershocks" and "three strong aftershocks" a count that moved.
        pytest.param(
            ["The quake was followed by at least four aftershocks, the agency said."],
            ["State media said three strong aftershocks were felt."],
            4,
            3,
            None,
            PUBLISHED,
            id="a_report_of_no_day_disputes_a_dated_reports_count",
        ),
        # "100 merchant ships" attacked cannot be the other report's 14 held: the report's 17
        # held is the only count of ships that might be, and disputes it.
        pytest.param(
            [
                "Pirates attacked 100 merchant ships this year.",
                "At least 17 of the hijacked ships are still held off the coast.",
            ],
            ["They still hold at least 14 foreign ships, the navy said."],
            17,
            14,
            100,
            None,
            id="an_undated_report_counts_its_noun_again_an_order_away",
        ),
        # "Home to 120,000 people" and "a population of about 100,000" count the island's
        # people, in dispute; the ten people the quake killed are another count.
        pytest.param(
            ["The quake struck the island, home to 120,000 people, killing 10 people."],
            ["The island has a population of about 100,000, officials said."],
            120000,
            100000,
            10,
            None,
            id="the_people_of_a_place_are_one_count_apart_from_the_dead",
        ),
        pytest.param(
            ["One person was arrested, and no injuries were reported."],
            ["The Post said three people were injured in the melee."],
            0,
            3,
            1,
            None,
            id="no_injuries_disputes_a_count_of_injured",
        ),
    ],
)
def test_compare_undated_counts_of_one_thing_dispute(
    first: list[str],
    second: list[str],
    value: float,
    other: float,
    apart: float | None,
    published: str | None,
) -> None:
    # ``value`` of the first report and ``other`` of the second are one count in dispute;
    # the first report's ``apart`` (where given) counts something else.
    slots = claim_slots([_report("a1", first), _report("a2", second, published)], {})
    slot = slot_holding(slots, "a1", value)
    assert slot is slot_holding(slots, "a2", other) and slot.status == "disputed"
    if apart is not None:
        assert slot is not slot_holding(slots, "a1", apart)


@pytest.mark.parametrize(
    ("first", "second", "value", "other"),
    [
        # A report that counts boats twice ("three boats", "two fishing boats") tells two
        # things by boats: which of them the other report's "two boats" counts, it does not say.
        pytest.param(
            [*BOATS, "Last week the pirates seized two fishing boats."],
            OTHER_BOATS,
            3,
            2,
            id="an_undated_report_giving_two_counts_of_a_noun_keeps_them_apart",
        ),
        pytest.param(
            ["The trawler's 16 crew were rescued, the navy said."],
            ["The pirates hold 300 crew on ships off the coast."],
            16,
            300,
            id="undated_counts_an_order_apart_count_two_things",
        ),
        # "Nine assault rifles" in all and "seven AK-47s" among them: one class, two things.
        pytest.param(
            ["Nine assault rifles were seized from the pirates, the spokesman said."],
            ["The navy recovered seven AK-47s from the boat."],
            9,
            7,
            id="undated_counts_of_one_class_named_by_two_words_stay_apart",
        ),
    ],
)
def test_compare_undated_counts_of_two_things_stay_apart(
    first: list[str], second: list[str], value: float, other: float
) -> None:
    slots = claim_slots([_report("a1", first), _report("a2", second)], {})
    assert slot_holding(slots, "a1", value) is not slot_holding(slots, "a2", other)


@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_compare_counts_a_third_report_gives_side_by_side_stay_apart(
    published: str | None,
) -> None:
    # A third report gives both counts ("three boats" of the pirates, "two boats" of the
    # navy): the two reports that give one each count two things, not one in dispute,
    # whether no day or one day dates them all.
    both = ["The pirates came in three boats and the navy sent two boats after them."]
    items = [
        _report("a1", BOATS, published),
        _report("a2", OTHER_BOATS, published),
        _report("a3", both, published),
    ]
    slots = claim_slots(items, {})
    assert slot_holding(slots, "a1", 3) is not slot_holding(slots, "a2", 2)


@pytest.mark.parametrize(("port", "one_slot"), [("Bandar Abbas", True), ("Bushehr", False)])
def test_compare_two_distances_from_one_named_port_are_one_distance(
    port: str, one_slot: bool
) -> None:
    # The port is no place the entities stage knows: the name after the distance says
    # what it is measured from.
    first = ["The quake struck 35 miles southwest of Bandar Abbas, the survey said."]
    second = [f"The epicentre was about 58km (36 miles) south-west of {port}."]
    slots = claim_slots([_report("a1", first), _report("a2", second)], {})
    joined = slot_holding(slots, "a1", 35) is slot_holding(slots, "a2", 36)
    assert joined is one_slot
    if one_slot:
        assert slot_holding(slots, "a1", 35).status == "disputed"


@pytest.mark.parametrize(("way", "one_slot"), [("south", True), ("north", False)])
def test_compare_distances_from_one_port_on_opposite_ways_measure_two_things(
    way: str, one_slot: bool
) -> None:
    # The epicentre south-west of the port and a town north of it: one name, two distances.
    first = ["The quake struck 35 miles southwest of Port Hallam, the survey said."]
    second = [f"The worst-hit town lies about 58km (36 miles) {way} of Port Hallam."]
    slots = claim_slots([_report("a1", first), _report("a2", second)], {})
    assert (slot_holding(slots, "a1", 35) is slot_holding(slots, "a2", 36)) is one_slot


def test_compare_a_guns_calibre_is_a_measure_in_dispute() -> None:
    first = ["Police said a loaded .38-caliber revolver was found at the scene."]
    second = ["Officers said he pointed a .357 caliber revolver at them."]
    third = ["Police said he pulled out a .357 revolver before the shooting."]
    fourth = ["She returned with a .357 Magnum and opened fire."]
    items = [_report("a1", first), _report("a2", second), _report("a3", third)]
    items.append(_report("a4", fourth))
    # ".357 revolver" and ".357 Magnum" write no unit: a gun counted with decimals is its
    # calibre.
    glossary = load_glossary()
    units = {f.quantity.unit for item in items for f in read_figures(item, glossary)}
    assert units == {"caliber"}
    slot = slot_holding(claim_slots(items, {}), "a1", 0.38)
    assert _articles(slot) == {"a1", "a2", "a3", "a4"} and slot.status == "disputed"


def _said(value: float, aid: str, date: str | None, source: str) -> ClaimValue:
    return ClaimValue(value, None, None, "exact", (aid,), (), source, date)


@pytest.mark.parametrize(
    ("source", "changed"), [("officials", False), ("Governor Heydar Alishbandi", True)]
)
def test_compare_a_kind_of_source_in_two_reports_is_no_one_source(
    source: str, changed: bool
) -> None:
    # "Officials" in two reports may be two offices: their 7 and 5 villages dispute. One
    # named governor giving 7 and, in an undated report, 5 gives a count that moved.
    values = [_said(7, "a1", "2005-11-27", source), _said(5, "a2", None, source)]
    status, moved, _ = slot_status(values, 2)
    assert (status, moved) == (("agreed", True) if changed else ("disputed", False))


def test_compare_one_report_giving_two_days_of_officials_figures_tells_a_change() -> None:
    values = [
        _said(7, "a1", "2005-11-27", "officials"),
        _said(9, "a1", None, "officials"),
    ]
    assert slot_status(values, 2)[:2] == ("agreed", True)


def test_compare_reports_without_a_day_keep_their_spans() -> None:
    # Every value keeps its article and its span, whatever slot it joins.
    items = [_report("a1", BOATS), _report("a2", OTHER_BOATS)]
    slot = slot_holding(claim_slots(items, {}), "a1", 3)
    spans = {m.article_id: m.text for v in slot.values for m in v.mentions}
    assert spans == {"a1": "three boats", "a2": "two boats"}
