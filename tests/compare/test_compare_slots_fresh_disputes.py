"""Figures that two reports give for two things, which a story's slots must not set against
each other as a dispute: two results written as pairs, the items of two lists, an addition
and a total, two sizes one report gives side by side, two people's counts, two moments of a
sequence, a count a verb of intent governs, alternatives joined by "or" and a margin written
as an adjective of a result (a difference, no score). The sentences are written for these
tests, in the shapes that ECB+ subtopics with no gold brief showed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.model import Annotated, ClaimSlot, Entity

from records import figured_report, slot_holding, story_slots


def _report(
    aid: str, *sentences: str, people: tuple[str, ...] = (), published: str | None = None
) -> Annotated:
    """An English report of ``sentences``, published on ``published``, with its figures read
    and ``people`` marked as person entities where they first stand."""
    item = figured_report(aid, list(sentences), published=published)
    text = item.article.text
    entities = tuple(
        Entity(text.index(name), text.index(name) + len(name), name, "person", name)
        for name in people
    )
    return replace(item, entities=entities)


def _disputed(slots: tuple[ClaimSlot, ...]) -> list[ClaimSlot]:
    return [s for s in slots if s.status == "disputed"]


#: The day of reports that count one day's catch.
DAY = "2024-05-05"
#: Reports of a story that share no word with the figures' clauses: a word two reports of five
#: share is rare enough in the story to tie two figures.
OTHERS = (
    _report("x1", "The club placed its running back on the injured list."),
    _report("x2", "The running back will miss the rest of the season."),
    _report("x3", "His coach said the knee needs rest."),
)

#: Each case: the story's reports, then pairs of (article, value) that count two things.
TWO_THINGS = {
    # Two scores with no number in common are two games.
    "two results": (
        (
            _report("a1", "He sprained the knee in the 27-24 overtime loss at Chicago."),
            _report("a2", "The safety was injured during the 13-10 overtime loss to Atlanta."),
            *OTHERS,
        ),
        ((("a1", 24), ("a2", 10)),),
    ),
    # A report giving "12 magazines" and "31 magazines" after the same words, each the item
    # of a list, gives two counts (one raid's, all raids'), so another report's 12 and a
    # third's 31 are two things too.
    "items of two lists": (
        (
            _report(
                "a1",
                "In the raid the crew seized six AK-47 rifles, 12 magazines and a skiff.",
                "In all the navy has confiscated 14 AK-47 rifles, 31 magazines and a dhow.",
                published=DAY,
            ),
            _report("a2", "The navy took 14 AK-47 rifles, 31 magazines and a dhow.", published=DAY),
            _report("a3", "Six AK-47 rifles, 12 magazines and a skiff were found.", published=DAY),
        ),
        ((("a2", 31), ("a3", 12)),),
    ),
    "two sizes side by side": (
        (
            _report("a1", "He said his client had a .32-caliber revolver, not a .45-caliber gun."),
            _report("a2", "The witness never saw the .45-caliber gun on the porch."),
            _report("a3", "The .32-caliber gun was nicknamed after a jersey number."),
        ),
        ((("a2", 0.45), ("a3", 0.32)),),
    ),
    "two holders": (
        (
            _report("a1", "Grant Gibbs had eight assists in the win.", people=("Grant Gibbs",)),
            _report("a2", "Richard Carter had four assists.", people=("Richard Carter",)),
        ),
        ((("a1", 8), ("a2", 4)),),
    ),
    # A relative clause tells of the person named right before it.
    "holder of a relative clause": (
        (
            _report(
                "a1",
                "The club signed Michael Lehan, who spent five games with the Dolphins.",
                people=("Michael Lehan",),
            ),
            _report("a2", "Reggie Bush missed four games with the knee.", people=("Reggie Bush",)),
        ),
        ((("a1", 5), ("a2", 4)),),
    ),
    # "After" with only "just" between it and the figure is a preposition: the coach named
    # before it holds the season, and another coach's seasons are another thing.
    "a figure after a preposition": (
        (
            _report(
                "a1", "The owner pushed out Ann Lee after just one season.", people=("Ann Lee",)
            ),
            _report("a2", "Tom Hart guided the team for two seasons.", people=("Tom Hart",)),
        ),
        ((("a1", 1), ("a2", 2)),),
    ),
}


#: Each case: two reports' sentences and the numbers of each, which count two things.
TWO_COUNTS = {
    # Two alike sentences whose other numbers all differ are two lists of one shape, not one
    # sentence retold with another number.
    "two lists of one shape": (
        "The crew seized six rifles, 12 magazines and 300 rounds of ammunition.",
        "The crew seized 14 rifles, 31 magazines and 923 rounds of ammunition.",
        (300, 923),
    ),
    "an addition and a total": (
        "The court gave him two additional life sentences on Monday.",
        "The inmate is serving three life sentences in the state prison.",
        (2, 3),
    ),
    # The time still to run is a moment of a countdown, not a span told two ways.
    "two moments of a countdown": (
        "The safety returned an interception with just under five minutes left.",
        "The tight end caught a touchdown pass with 12 minutes left.",
        (5, 12),
    ),
    "two ordinals of a sequence": (
        "The champion floored him with a left hook in the sixth round.",
        "By the fourth round the challenger looked tired and slow.",
        (6, 4),
    ),
    # What a man intended to do is no toll.
    "a count a verb of intent governs": (
        "Police found the bodies of two women in the flat.",
        "Prosecutors said he intended to kill one other person.",
        (2, 1),
    ),
    # Two figures joined by "or" are the choices a speaker weighs, no value he gives.
    "alternatives joined by or": (
        "The tailback will rest his knee for two weeks.",
        "The coach said he might rest for four weeks or five weeks.",
        (2, 5),
    ),
}
for _case, (_first, _second, (_one, _other)) in TWO_COUNTS.items():
    TWO_THINGS[_case] = (
        (_report("a1", _first), _report("a2", _second)),
        ((("a1", _one), ("a2", _other)),),
    )


@pytest.mark.parametrize("case", sorted(TWO_THINGS))
def test_figures_of_two_things_are_no_dispute(case: str) -> None:
    reports, pairs = TWO_THINGS[case]
    slots = story_slots(*reports)
    for one, other in pairs:
        assert slot_holding(slots, *one) is not slot_holding(slots, *other)
    assert not _disputed(slots)


#: Each case: two reports' figures of one thing, which still dispute.
ONE_THING = {
    # Two scores of one moment that share a number.
    "one moment's score": (
        _report("a1", "The home side took a 45-35 lead on two free throws with 13:41 to go."),
        _report("a2", "The home side took a 45-36 lead on two free throws with 13:41 to go."),
        35,
        36,
    ),
    # Two people who count a thing are its sources, not holders of two things.
    "two counters": (
        _report("a1", "Inspector Ann Lee counted 200 destroyed homes.", people=("Ann Lee",)),
        _report("a2", "Inspector Tom Hart counted 250 destroyed homes.", people=("Tom Hart",)),
        200,
        250,
    ),
    # One named before "after" holds nothing of the clause that follows.
    "a name in another clause": (
        _report(
            "a1",
            "President Ann Lee spoke after the storm destroyed 200 homes.",
            people=("Ann Lee",),
        ),
        _report(
            "a2",
            "Governor Tom Hart wept after the storm destroyed 250 homes.",
            people=("Tom Hart",),
        ),
        200,
        250,
    ),
    # A retold sentence with both its numbers changed is no list of one shape.
    "a retold sentence with two numbers changed": (
        _report("a1", "The storm destroyed 200 homes and damaged 500 others."),
        _report("a2", "The storm destroyed 250 homes and damaged 600 others."),
        200,
        250,
    ),
    # A coordinator after the verb of intent: the killing was done.
    "a deed after a tried one": (
        _report("a1", "The gunman tried to flee and killed 3 guards."),
        _report("a2", "The gunman killed 4 guards."),
        3,
        4,
    ),
    "one holder": (
        _report("a1", "Grant Gibbs had eight assists in the win.", people=("Grant Gibbs",)),
        _report("a2", "Gibbs had six assists in the win.", people=("Gibbs",)),
        8,
        6,
    ),  # A killing told as done is a toll.
    "two tolls": (
        _report("a1", "Police said he killed two women in the flat."),
        _report("a2", "Police said he killed three women in the flat."),
        2,
        3,
    ),
}


@pytest.mark.parametrize("case", sorted(ONE_THING))
def test_figures_of_one_thing_still_dispute(case: str) -> None:
    first, second, one, other = ONE_THING[case]
    slots = story_slots(first, second)
    slot = slot_holding(slots, "a1", one)
    assert slot is slot_holding(slots, "a2", other)
    assert slot.status == "disputed"


@pytest.mark.parametrize(
    ("sentence", "margins"),
    [
        # "A 30-point win" tells by how much one side won, not what a side scored; a name
        # may stand between as another adjective.
        ("The Bluejays had a 30-point win over the Bulldogs.", [True]),
        ("He scored two points in a 30-point CU win.", [False, True]),
        # A score, and a count of games before "win streak" (a run of results), are no
        # margins.
        ("The Bluejays beat the Bulldogs 71-53 on Friday.", [False, False]),
        ("The Cavaliers own an 11-game win streak.", [False]),
    ],
    ids=["a margin", "a margin with a name between", "a score", "a run of wins"],
)
def test_a_margin_compares_only_with_differences(sentence: str, margins: list[bool]) -> None:
    figures = read_figures(_report("a1", sentence), load_glossary())
    assert [f.difference for f in figures] == margins
