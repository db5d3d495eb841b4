"""Two English rules of the figures and slots stages, on sentences written for these tests in
the shapes ECB+ dev topics 9, 24, 27 and 29 showed:

- a number is part of a name ("Gate 3") only when nothing but spaces parts it from the
  capitalised word; a comma, a bracket or a possessive mark before it ("On Friday, 1,300
  biologists", "Hillis (101 yards)", "Charles' 226 yards") leaves it a count;
- two estimates of one thing that name two different round numbers ("nearly 70 percent",
  "nearly three quarters") dispute each other unless each lies within the other's reach.
"""

from __future__ import annotations

from silang.compare.figures import read_figures
from silang.compare.glossary import load_glossary
from silang.compare.slots import claim_slots

from records import figured_report as _report
from records import slot_holding


def _subjects(sentence: str) -> dict[float, str]:
    figures = read_figures(_report("a1", [sentence]), load_glossary())
    return {f.quantity.value: f.subject for f in figures}


def test_a_number_after_a_comma_or_bracket_is_no_part_of_the_name_before_it() -> None:
    assert 1300 in _subjects("Last Friday, 1,300 biologists signed the letter.")
    assert 226 in _subjects("The visitors lost despite Hill' 226 yards rushing.")
    assert 101 in _subjects("Hillis (101 carries) led the attack.")


def test_a_number_going_on_a_list_of_one_names_numbers_stays_part_of_the_name() -> None:
    # "Pasal 5, 6 dan 7", "Pasal 340 KUHP, 338 KUHP": articles of a law, not counts; a date's
    # number before the comma leaves the next one a count.
    assert 6 not in _subjects("Hakim membatalkan Pasal 5, 6 dan 7 undang-undang itu.")
    assert 338 not in _subjects("Jaksa memakai Pasal 340 KUHP, 338 KUHP dalam dakwaan.")
    assert 300 in _subjects("On March 5, 300 people marched to the capitol.")


def test_a_number_right_after_a_capitalised_word_stays_part_of_its_name() -> None:
    assert 3 not in _subjects("The crowd gathered at Gate 3 before noon.")


#: One sentence retold by two reports, each with its own estimate of the share.
_SHARE = "The browser is used on {} of the world's computers, the firm said."


def _share_status(first: str, second: str) -> str:
    slots = claim_slots(
        [_report("a1", [_SHARE.format(first)]), _report("a2", [_SHARE.format(second)])], {}
    )
    slot = slot_holding(slots, "a1", 70)
    assert slot is slot_holding(slots, "a2", 75)
    return slot.status


def test_two_estimates_naming_two_round_numbers_are_a_dispute() -> None:
    assert _share_status("nearly 70 percent", "nearly three quarters") == "disputed"


def test_two_estimates_each_within_the_others_reach_agree() -> None:
    assert _share_status("about 70 percent", "nearly three quarters") == "agreed"
