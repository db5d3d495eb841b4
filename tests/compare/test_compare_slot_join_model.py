"""The slot grouping in stages (read and bucket, group by the rules, tell statuses) and the
rules' verdict on two figures left apart, which bench/slot_diagnose.py reads to say which
rule keeps a dispute's values in two slots. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_compare_estimates_and_readings import _protest_and

from silang.compare.glossary import article_counts, load_glossary
from silang.compare.slots import rule_groups, slots_of, story_figures, why_apart
from silang.model import Annotated

from records import figure_in, sentences_item


def _english(aid: str, sentence: str, written: str, value: float, lemma: str) -> Annotated:
    quantity = figure_in([sentence], written, value, lemma, lemma)
    return sentences_item(aid, [sentence], [quantity], language="en")


def _apart(items: list[Annotated]) -> str:
    glossary = load_glossary()
    story = story_figures(items, {}, glossary, article_counts(items, glossary))
    groups = rule_groups(story)
    assert len(groups) == 2
    verdict = why_apart(story, groups[0][0], groups[1][0])
    assert not verdict.joined
    return verdict.rule


def test_compare_slot_stages_join_two_reports_of_one_count_into_a_dispute() -> None:
    first = "The officers fired 11 shots at the teenager."
    second = "Police said the officers fired seven shots at the teenager."
    items = [
        _english("a1", first, "11 shots", 11, "shot"),
        _english("a2", second, "seven shots", 7, "shot"),
    ]
    glossary = load_glossary()
    story = story_figures(items, {}, glossary, article_counts(items, glossary))
    groups = rule_groups(story)
    assert [sorted(f.quantity.value for f in group) for group in groups] == [[7, 11]]
    (slot,) = slots_of(groups, story)
    assert slot.status == "disputed"
    assert sorted(v.value for v in slot.values) == [7, 11]


#: Two reports' counts the rules keep apart, and the rule that does: counts of two nouns
#: compare in two buckets; a class of people and the generic "people" in one bucket are two
#: kinds, joined only on the very same number.
_APART = [
    (
        ("Rescuers found 3 boats on the shore.", "3 boats", 3, "boat"),
        ("Rescuers counted 5 houses on the shore.", "5 houses", 5, "house"),
        "bucket",
    ),
    (
        (
            "Some 18 members of the group came to the ministry on Monday.",
            "18 members",
            18,
            "member",
        ),
        ("About 15 people came to the ministry on Monday.", "15 people", 15, "person"),
        "two kinds",
    ),
]


@pytest.mark.parametrize(("first", "second", "rule"), _APART)
def test_compare_slot_verdict_names_the_rule_that_keeps_two_counts_apart(
    first: tuple[str, str, float, str], second: tuple[str, str, float, str], rule: str
) -> None:
    items = [_english("a1", *first), _english("a2", *second)]
    assert _apart(items) == rule


def test_compare_slot_verdict_finds_a_figure_that_grouping_dated() -> None:
    # The December report's "ratusan" is given the November protest's day by the grouping
    # (slots._dated_estimates); the diagnosis still finds it in its bucket and judges it as
    # the bucket holds it.
    items = list(_protest_and("Ratusan penari menggelar pertunjukan di alun-alun kota."))
    glossary = load_glossary()
    story = story_figures(items, {}, glossary, article_counts(items, glossary))
    (group,) = rule_groups(story)
    first, second = group
    assert (
        second.date != next(f for f in story.buckets[("person", None)] if f.article_id == "a2").date
    )
    assert why_apart(story, first, second).rule != "bucket"
