"""Where each gold disputed slot of the dev briefs fails, by the stage that loses it.

    .venv/bin/python bench/slot_diagnose.py [--corpus ecbplus|pratiwi|both] [--verbose]

For every gold slot with status "disputed" in the dev gold briefs (tests/gold/brief/), the
story's figures are read and grouped as silang.compare.slots does, and the slot is put in one
category:

- ``found``: the found slot holding most of its mentions is disputed (what the scorer counts;
  "one gold value read" when that slot holds a value the gold does not list);
- ``not extracted``: fewer than two of its different values are read as figures: the figures
  stage read no quantity of the number ("no quantity"), the slots stage took none as a figure
  of that number ("quantity, no figure"), or the article gives the number for two gold slots
  and the figure's unit does not say which ("figure in two gold slots");
- ``apart: RULE``: two or more of its values are figures, but no found slot holds two of them;
  RULE is the verdict of the rules on the pairs of its figures from two articles that stand in
  two slots (``silang.compare.slots.why_apart``), the most frequent one;
- ``joined, STATUS``: a found slot holds two of its values but its status is another, with why
  (one origin behind its values; values that can both be true; a count moving over time).

Only dev stories are read. The table tells which stage loses disputes in general.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from brief_eval import LOADERS, read_golds
from silang.compare.figures import Figure
from silang.compare.glossary import Glossary, article_counts, load_glossary
from silang.compare.slots import StoryFigures, rule_groups, slots_of, story_figures, why_apart
from silang.compare.status import compatible
from silang.lang.derivations import load_derivation_lexicon
from silang.link import find_links
from silang.link.origins import origins
from silang.model import Annotated, ClaimSlot
from silang.pipeline import Toolkit
from silang.settings import Settings

#: The corpora with dev gold briefs.
CORPORA = ("ecbplus", "pratiwi")


@dataclass(frozen=True)
class GoldStory:
    """A dev gold story with its articles read and its figures grouped by the rules."""

    gold: dict[str, Any]
    figures: StoryFigures
    groups: list[list[Figure]]
    items: list[Annotated]


def dev_stories(corpora: Sequence[str], glossary: Glossary) -> Iterator[GoldStory]:
    """The dev gold stories of ``corpora``, read as bench/brief_eval.py reads them."""
    toolkit = Toolkit.build(Settings())
    lexicons = {code: load_derivation_lexicon(code) for code in ("id", "en")}
    for corpus in corpora:
        golds = read_golds("dev", corpus)
        items = LOADERS[corpus]({aid for g in golds for aid in g["article_ids"]}, toolkit)
        origin = origins([item.article.id for item in items], list(find_links(items, lexicons)))
        for gold in golds:
            members = set(gold["article_ids"])
            inside: list[Annotated] = [item for item in items if item.article.id in members]
            story = story_figures(inside, origin, glossary, article_counts(inside, glossary))
            yield GoldStory(gold, story, rule_groups(story), inside)


def _holds(value: dict[str, Any], figure: Figure) -> bool:
    """Whether a gold value is the figure's: given in its article, with its number (or, for
    a value given in words, a span that holds its number)."""
    if figure.article_id not in value["article_ids"]:
        return False
    number = figure.quantity.value
    if value.get("value") is not None:
        return float(value["value"]) == number
    return value.get("low") is not None and value["low"] <= number <= value["high"]


def gold_slots_of(figure: Figure, gold: dict[str, Any]) -> set[int]:
    """The gold slots whose values hold ``figure`` (its article and number; a gold value given
    as a span in words holds the numbers inside it), as the scorer maps mentions."""
    found = {
        index
        for index, slot in enumerate(gold.get("slots", []))
        if any(_holds(value, figure) for value in slot["values"])
    }
    if len(found) > 1:
        # One number of one article in two gold slots ("two weeks", "two people killed"):
        # the slot whose unit the figure names is its own.
        names = {figure.quantity.unit, figure.subject, figure.subject.split(":")[0]}
        named = {i for i in found if gold["slots"][i].get("unit") in names}
        return named if len(named) == 1 else found
    return found


def _value_key(value: dict[str, Any]) -> tuple[Any, ...]:
    return (value.get("value"), value.get("low"), value.get("high"))


def diagnose_slot(
    story: GoldStory, index: int, slots: Sequence[ClaimSlot], home: dict[Figure, int]
) -> tuple[str, list[str]]:
    """The category of gold slot ``index`` and the lines that explain it."""
    slot = story.gold["slots"][index]
    figures = [
        f
        for group in story.groups
        for f in group
        if index in gold_slots_of(f, story.gold) and len(gold_slots_of(f, story.gold)) == 1
    ]
    value_of: dict[Figure, tuple[Any, ...]] = {}
    for figure in figures:
        for value in slot["values"]:
            if _holds(value, figure):
                value_of[figure] = _value_key(value)
    read = {value_of[f] for f in figures if f in value_of}
    wanted = {_value_key(v) for v in slot["values"]}
    lines = [f"    values {sorted(map(str, wanted))}, read {sorted(map(str, read))}"]
    votes = Counter(home[f] for f in figures)
    best = max(votes, key=lambda g: votes[g]) if votes else None
    in_best = {value_of[f] for f in figures if home[f] == best and f in value_of}
    if best is not None and slots[best].status == "disputed":
        return ("found" if len(in_best) >= 2 else "found, one gold value read"), lines
    if len(read) < 2:
        return _unread(story, slot, read, lines), lines
    if len(in_best) >= 2 and best is not None:
        found = slots[best]
        if found.status == "single-source":
            return "joined, single-source: one origin", lines
        clash = any(not compatible(a, b) for a, b in combinations(found.values, 2))
        why = "changed over time or places apart" if clash else "compatible values"
        return f"joined, {found.status}: {why}", lines
    rules: Counter[str] = Counter()
    for a, b in combinations(figures, 2):
        if a.article_id == b.article_id or value_of.get(a) == value_of.get(b):
            continue
        if home[a] == home[b]:
            continue
        verdict = why_apart(story.figures, a, b)
        rule = verdict.rule if not verdict.joined else f"groups apart ({verdict.rule})"
        rules[rule] += 1
        lines.append(
            f"    {a.quantity.text!r}@{a.article_id} [{a.subject}] | "
            f"{b.quantity.text!r}@{b.article_id} [{b.subject}]: {rule}"
        )
    main = rules.most_common(1)[0][0] if rules else "unknown"
    return f"apart: {main}", lines


def _unread(
    story: GoldStory, slot: dict[str, Any], read: set[tuple[Any, ...]], lines: list[str]
) -> str:
    """Why fewer than two values of a gold slot are figures: the figures stage read no
    quantity of that number in the value's articles ("no quantity"), or read one that the
    slots stage does not take as a figure or reads as another number ("quantity, no figure"),
    or a figure whose number its article gives for two gold slots, so that neither the scorer
    nor this listing can tell which it is ("figure in two gold slots")."""
    quantities = {item.article.id: item.quantities for item in story.items}
    kinds = []
    for value in slot["values"]:
        if _value_key(value) in read:
            continue
        low = value["value"] if value.get("value") is not None else value.get("low")
        high = value["value"] if value.get("value") is not None else value.get("high")
        near = [
            q
            for aid in value["article_ids"]
            for q in quantities.get(aid, ())
            if low is not None and high is not None and low <= q.value <= high
        ]
        figured = [
            f
            for group in story.groups
            for f in group
            if f.article_id in value["article_ids"] and any(q == f.quantity for q in near)
        ]
        kinds.append(
            "figure in two gold slots"
            if figured
            else "quantity, no figure"
            if near
            else "no quantity"
        )
        lines.append(f"    unread {_value_key(value)}: {kinds[-1]} {[q.text for q in near]}")
    # The earliest stage that loses a value names the slot's failure.
    for kind in ("no quantity", "quantity, no figure", "figure in two gold slots"):
        if kind in kinds:
            return f"not extracted: {kind}"
    return "not extracted"


def diagnose(stories: Sequence[GoldStory], verbose: bool) -> Counter[str]:
    """The categories of every gold disputed slot of ``stories``, printed per story."""
    table: Counter[str] = Counter()
    for story in stories:
        grouped = story.groups
        slots = slots_of(grouped, story.figures)
        # slots_of sorts its slots; match them back to the groups by their mentions.
        index_of = {
            (m.article_id, m.start): i
            for i, s in enumerate(slots)
            for v in s.values
            for m in v.mentions
        }
        home = {f: index_of[(f.article_id, f.quantity.start)] for group in grouped for f in group}
        print(f"== {story.gold['id']}")
        for index, slot in enumerate(story.gold["slots"]):
            if slot["status"] != "disputed":
                continue
            category, lines = diagnose_slot(story, index, slots, home)
            table[category] += 1
            print(f"  {slot['counted'][:70]!r}: {category}")
            if verbose and category != "found":
                for line in lines:
                    print(line)
    return table


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="both", choices=[*CORPORA, "both"])
    parser.add_argument("--verbose", action="store_true", help="list each miss's figures")
    args = parser.parse_args(argv)
    corpora = CORPORA if args.corpus == "both" else (args.corpus,)
    table = diagnose(list(dev_stories(corpora, load_glossary())), args.verbose)
    print("\ncategory                                        gold disputed slots")
    for category, n in table.most_common():
        print(f"{category:48} {n}")
    print(f"{'total':48} {sum(table.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
