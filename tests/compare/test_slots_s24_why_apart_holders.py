"""The diagnosis of two counts the grouping keeps apart as two named holders' gives the rule
that parted them as the grouping reads it (bench/slot_diagnose.py lists it): a player's
missed games, told by reports naming him and one naming no one, and another player's.
Sentences written for the tests (made-up people and numbers)."""

from __future__ import annotations

from dataclasses import replace

from silang.compare.glossary import article_counts, load_glossary
from silang.compare.slots import ONE_NOUN, rule_groups, story_figures, why_apart
from silang.model import Annotated, Entity

from records import figured_report


def _report(aid: str, sentence: str, name: str | None = None) -> Annotated:
    item = figured_report(aid, [sentence])
    if name is None:
        return item
    start = item.article.text.index(name)
    return replace(item, entities=(Entity(start, start + len(name), name, "person", name),))


def test_two_holders_counts_kept_apart_are_apart_in_the_diagnosis_too() -> None:
    items = [
        _report("a1", "Dale Brook missed four games after knee surgery.", "Dale Brook"),
        _report("a2", "Brook missed four games with the knee injury.", "Brook"),
        _report("a3", "He missed four games while he recovered from surgery."),
        _report("b1", "The club signed Tom Hale, who spent five games with the Jets.", "Tom Hale"),
    ]
    glossary = load_glossary()
    story = story_figures(items, {}, glossary, article_counts(items, glossary))
    groups = rule_groups(story)
    unnamed, hale = (
        next(f for group in groups for f in group if f.article_id == aid) for aid in ("a3", "b1")
    )
    assert not any(unnamed in group and hale in group for group in groups)
    verdict = why_apart(story, unnamed, hale)
    assert verdict.rule == ONE_NOUN
    assert not verdict.joined
