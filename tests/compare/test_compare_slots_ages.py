"""Ages in claim slots: an age is its person's, told by the name it stands beside. The
sentences are written for these tests, in the shapes ECB+ dev topic 33 showed; their figures
are read by the figures stage itself."""

from __future__ import annotations

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots

from records import figured_report as _report
from records import slot_holding

MOTHER = ["Zurana Horton, 34, was picking up her daughter after school when she was shot."]
GIRL = ["The gunman hit a woman picking up her 11-year-old daughter after school."]
NAMED_GIRL = ["Cheanne McKnight, 11, was picking up her sister after school when hit."]


def test_compare_an_age_names_its_person_beside_it() -> None:
    glossary = load_glossary()
    before = read_figures(_report("a1", MOTHER), glossary)[0]
    after = read_figures(_report("a2", ["Police named 20-year-old Andrew Lopez."]), glossary)[0]
    plain = read_figures(_report("a3", GIRL), glossary)[0]
    opening = read_figures(_report("a4", ["The 34-year-old mother died."]), glossary)[0]
    assert (set(before.owner), set(after.owner)) == ({"zurana", "horton"}, {"andrew", "lopez"})
    assert plain.owner == opening.owner == frozenset()


def test_compare_ages_of_two_people_stay_apart_whatever_their_clauses_share() -> None:
    for other in (GIRL, NAMED_GIRL):
        slots = claim_slots([_report("a1", MOTHER), _report("a2", other)], {})
        assert slot_holding(slots, "a1", 34) is not slot_holding(slots, "a2", 11)


def test_compare_one_age_beside_a_name_and_without_one_is_one_slot() -> None:
    opening = ["The 34-year-old mother of 12 died at the scene."]
    slots = claim_slots([_report("a1", MOTHER), _report("a2", opening)], {})
    assert slot_holding(slots, "a1", 34) is slot_holding(slots, "a2", 34)
