"""Scoring a story's brief in report.json against a gold brief written by a careful reader.

A gold story (the shape of tests/gold/brief/*.json) lists its figure slots (status, values by
article id, and which values are one source's figures over time), its quote groups (versions
by article id and a short phrase of the quote), its timeline days, its copy groups and,
where the reader wrote them, its date slots (``date_slots``: the dates given for one event,
with a status, and ``date_slots_exhaustive``). The brief is scored per category with
precision and recall; slot, date-slot and quote grouping are scored over pairs of gold
mentions (two mentions the reader put together: did silang put them together too), so one
misplaced figure or date costs a little and not a whole slot.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from silang.compare.text import words
from silang.compare.timeline import overlap

#: A gold quote version given as a phrase matches a mention that holds it; one given as the
#: whole quote (expected.json) matches a mention this similar (token_set_ratio), which absorbs
#: the quote marks and trailing words an extractor keeps or drops.
SAME_QUOTE = 80.0

_Atom = tuple[str, float]
#: The statuses a slot can have, in the order the rows are printed.
STATUSES = ("disputed", "agreed", "single-source")


@dataclass(frozen=True)
class PrecisionRecall:
    """Counts behind one precision/recall pair; empty sides score 1.0 (nothing to get wrong)."""

    correct_found: int
    found: int
    correct_expected: int
    expected: int

    @property
    def precision(self) -> float:
        return self.correct_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct_expected / self.expected if self.expected else 1.0

    def __add__(self, other: PrecisionRecall) -> PrecisionRecall:
        return PrecisionRecall(
            self.correct_found + other.correct_found,
            self.found + other.found,
            self.correct_expected + other.correct_expected,
            self.expected + other.expected,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "found": self.found,
            "expected": self.expected,
        }


def _pairs(groups: Mapping[Any, set[int]]) -> set[tuple[Any, Any]]:
    """Unordered pairs of items that share a group (an item may sit in several groups)."""
    keys = sorted(groups, key=repr)
    return {(a, b) for a, b in combinations(keys, 2) if groups[a] & groups[b]}


def _pairwise(gold: Mapping[Any, set[int]], found: Mapping[Any, set[int]]) -> PrecisionRecall:
    """Pairwise agreement of two groupings over the items of ``gold``."""
    gold_pairs = _pairs(gold)
    found_pairs = _pairs({k: v for k, v in found.items() if k in gold})
    hits = len(gold_pairs & found_pairs)
    return PrecisionRecall(hits, len(found_pairs), hits, len(gold_pairs))


# -- figures ----------------------------------------------------------------------------


def _value_matches(gold: Mapping[str, Any], found: Mapping[str, Any]) -> bool:
    if gold.get("value") is not None:
        return float(gold["value"]) == float(found["value"])
    low, high = gold.get("low"), gold.get("high")
    return low is not None and high is not None and low <= found["value"] <= high


def quantity_claims(story: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The figure slots of a report story (claims of kind "quantity")."""
    return [c for c in story.get("claims", []) if c.get("kind", "quantity") != "date"]


def date_claims(story: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The date slots of a report story (claims of kind "date")."""
    return [c for c in story.get("claims", []) if c.get("kind") == "date"]


def _found_atoms(claims: Sequence[Mapping[str, Any]]) -> dict[_Atom, set[int]]:
    atoms: dict[_Atom, set[int]] = {}
    for index, slot in enumerate(claims):
        for value in slot["values"]:
            for aid in value["article_ids"]:
                atoms.setdefault((aid, float(value["value"])), set()).add(index)
    return atoms


def _gold_atoms(gold: Mapping[str, Any], found: Mapping[_Atom, set[int]]) -> dict[_Atom, set[int]]:
    """Gold mentions as (article id, number); a vague gold value takes the number silang read
    for it in that article when there is one."""
    atoms: dict[_Atom, set[int]] = {}
    for index, slot in enumerate(gold.get("slots", [])):
        for value in slot["values"]:
            for aid in value["article_ids"]:
                number = value.get("value")
                if number is None:
                    near = [n for a, n in found if a == aid and _value_matches(value, {"value": n})]
                    number = near[0] if near else value.get("low")
                atoms.setdefault((aid, float(number)), set()).add(index)
    return atoms


def _best_slot(atoms: Iterable[_Atom], where: Mapping[_Atom, set[int]]) -> int | None:
    votes: dict[int, int] = {}
    for atom in atoms:
        for index in where.get(atom, ()):
            votes[index] = votes.get(index, 0) + 1
    return max(votes, key=lambda i: (votes[i], -i)) if votes else None


def _slot_atoms(atoms: Mapping[_Atom, set[int]], index: int) -> set[_Atom]:
    return {atom for atom, slots in atoms.items() if index in slots}


def score_slots(story: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, PrecisionRecall]:
    """Slot grouping (pairwise) and, per status, slot status precision/recall.

    A category the gold lists in ``exhaustive`` is scored over every found slot of that status;
    otherwise only found slots holding a gold mention count (the reader did not list them all).
    """
    claims = quantity_claims(story)
    found = _found_atoms(claims)
    gold_atoms = _gold_atoms(gold, found)
    slots = gold.get("slots", [])
    exhaustive = set(gold.get("exhaustive", ()))
    result = {"grouping": _pairwise(gold_atoms, found)}
    result.update(_statuses(claims, slots, found, gold_atoms, exhaustive))
    result["changed-over-time"] = _score_series(claims, slots, found, gold_atoms)
    return result


def _statuses(
    claims: Sequence[Mapping[str, Any]],
    slots: Sequence[Mapping[str, Any]],
    found: Mapping[Any, set[int]],
    gold_atoms: Mapping[Any, set[int]],
    exhaustive: set[str],
) -> dict[str, PrecisionRecall]:
    """Per status: a gold slot is found when the found slot holding most of its mentions has
    its status; a found slot is right when the gold slot holding most of its mentions has its
    status (found slots holding no gold mention count only for ``exhaustive`` statuses)."""
    result = {}
    for status in STATUSES:
        expected = [i for i, s in enumerate(slots) if s["status"] == status]
        correct_expected = 0
        for index in expected:
            best = _best_slot(_slot_atoms(gold_atoms, index), found)
            correct_expected += best is not None and claims[best]["status"] == status
        found_slots = [i for i, c in enumerate(claims) if c["status"] == status]
        correct_found = scored = 0
        for index in found_slots:
            best = _best_slot(_slot_atoms(found, index), gold_atoms)
            if best is None and status not in exhaustive:
                continue
            scored += 1
            correct_found += best is not None and slots[best]["status"] == status
        result[status] = PrecisionRecall(correct_found, scored, correct_expected, len(expected))
    return result


# -- date slots ---------------------------------------------------------------------------

_DateAtom = tuple[str, str]


def _found_date_atoms(claims: Sequence[Mapping[str, Any]]) -> dict[_DateAtom, set[int]]:
    atoms: dict[_DateAtom, set[int]] = {}
    for index, slot in enumerate(claims):
        for value in slot["values"]:
            for aid in value["article_ids"]:
                atoms.setdefault((aid, str(value["date"])), set()).add(index)
    return atoms


def gold_date_atoms(
    gold: Mapping[str, Any], found: Mapping[_DateAtom, set[int]]
) -> dict[_DateAtom, set[int]]:
    """Gold date mentions as (article id, date); a gold date takes the date silang read in
    that article that falls in it or holds it ("2024-03" for a gold "2024-03-10") when silang
    read no date that is the very same, and no other gold date of the article is that one."""
    given = [
        (index, aid, str(value["date"]))
        for index, slot in enumerate(gold.get("date_slots", []))
        for value in slot["values"]
        for aid in value["article_ids"]
    ]
    exact = {(aid, date) for _, aid, date in given if (aid, date) in found}
    atoms: dict[_DateAtom, set[int]] = {}
    for index, aid, written in given:
        date = written
        if (aid, written) not in exact:
            near = sorted(
                d for a, d in found if a == aid and overlap(written, d) and (a, d) not in exact
            )
            date = near[0] if near else written
        atoms.setdefault((aid, date), set()).add(index)
    return atoms


def score_dates(story: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, PrecisionRecall]:
    """Date-slot grouping over pairs of gold (date, article) mentions, and status precision
    and recall per status; with ``date_slots_exhaustive`` every found date slot counts."""
    claims = date_claims(story)
    found = _found_date_atoms(claims)
    gold_atoms = gold_date_atoms(gold, found)
    exhaustive = set(STATUSES) if gold.get("date_slots_exhaustive") else set()
    result = {"grouping": _pairwise(gold_atoms, found)}
    result.update(_statuses(claims, gold["date_slots"], found, gold_atoms, exhaustive))
    return result


def _series(values: Sequence[Mapping[str, Any]], whole: bool) -> list[set[float]]:
    """The runs of one source's figures over time in a slot, each as its set of numbers."""
    runs: dict[str, set[float]] = {}
    for value in values:
        label = value.get("series") or ("*" if whole else None)
        if label is not None:
            number = value.get("value")
            runs.setdefault(label, set()).add(
                float(number if number is not None else value.get("low", 0))
            )
    return [numbers for numbers in runs.values() if len(numbers) > 1]


def _score_series(
    claims: Sequence[Mapping[str, Any]],
    slots: Sequence[Mapping[str, Any]],
    found: Mapping[_Atom, set[int]],
    gold_atoms: Mapping[_Atom, set[int]],
) -> PrecisionRecall:
    """Changed-over-time runs: a found run matches a gold run of the same slot when they share
    two numbers."""
    gold_runs = [(i, run) for i, s in enumerate(slots) for run in _series(s["values"], False)]
    found_runs = [
        (i, run)
        for i, c in enumerate(claims)
        if c.get("changed_over_time")
        for run in _series(c["values"], not any(v.get("series") for v in c["values"]))
    ]

    def same(gold: tuple[int, set[float]], mine: tuple[int, set[float]]) -> bool:
        best = _best_slot(_slot_atoms(found, mine[0]), gold_atoms)
        return best == gold[0] and len(gold[1] & mine[1]) >= 2

    hit_found = sum(any(same(g, f) for g in gold_runs) for f in found_runs)
    hit_gold = sum(any(same(g, f) for f in found_runs) for g in gold_runs)
    return PrecisionRecall(hit_found, len(found_runs), hit_gold, len(gold_runs))


# -- quotes -----------------------------------------------------------------------------


def quote_matches(version: Mapping[str, Any], text: str) -> bool:
    if "phrase" in version:
        return words(version["phrase"]) in words(text)
    return fuzz.token_set_ratio(words(version["text"]), words(text)) >= SAME_QUOTE


def score_quotes(story: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, PrecisionRecall]:
    """Quote grouping over pairs of gold versions, and the flag on misattributed versions."""
    gold_atoms: dict[tuple[int, int], set[int]] = {}
    found_atoms: dict[tuple[int, int], set[int]] = {}
    flagged = flags = flagged_right = 0
    for g, group in enumerate(gold.get("quote_groups", [])):
        for v, version in enumerate(group["versions"]):
            gold_atoms[(g, v)] = {g}
            for f, found in enumerate(story.get("quotes", [])):
                for mention in found["mentions"]:
                    if mention["article_id"] == version["article_id"] and quote_matches(
                        version, mention["text"]
                    ):
                        found_atoms.setdefault((g, v), set()).add(f)
                        if version.get("misattributed"):
                            flagged_right += bool(mention.get("other_speaker"))
            flags += bool(version.get("misattributed"))
    flagged = sum(
        bool(m.get("other_speaker")) for q in story.get("quotes", []) for m in q["mentions"]
    )
    return {
        "grouping": _pairwise(gold_atoms, found_atoms),
        "other-speaker": PrecisionRecall(flagged_right, flagged, flagged_right, flags),
    }


# -- timeline and copies ----------------------------------------------------------------


def score_timeline(story: Mapping[str, Any], gold: Mapping[str, Any]) -> PrecisionRecall:
    """Timeline days: an entry matches a gold one when its day falls in the gold date and they
    share an article."""
    found = story.get("timeline", [])
    expected = gold.get("timeline", [])

    def same(g: Mapping[str, Any], f: Mapping[str, Any]) -> bool:
        return overlap(g["date"], f["date"]) and bool(set(g["article_ids"]) & set(f["article_ids"]))

    hit_found = sum(any(same(g, f) for g in expected) for f in found)
    hit_gold = sum(any(same(g, f) for f in found) for g in expected)
    return PrecisionRecall(hit_found, len(found), hit_gold, len(expected))


def score_copies(origin: Mapping[str, str], gold: Mapping[str, Any]) -> PrecisionRecall:
    """Copy groups over pairs of articles: same origin in the report vs same gold group."""
    gold_atoms = {aid: {i} for i, group in enumerate(gold.get("copy_groups", [])) for aid in group}
    names: dict[str, int] = {}
    found_atoms = {aid: {names.setdefault(origin.get(aid, aid), len(names))} for aid in gold_atoms}
    return _pairwise(gold_atoms, found_atoms)


# -- a whole story ----------------------------------------------------------------------


def matching_story(
    stories: Sequence[Mapping[str, Any]], article_ids: Iterable[str]
) -> Mapping[str, Any] | None:
    """The report story sharing most articles with a gold story."""
    wanted = set(article_ids)
    best = max(stories, key=lambda s: len(wanted & set(s["article_ids"])), default=None)
    return best if best is not None and wanted & set(best["article_ids"]) else None


def score_story(
    story: Mapping[str, Any], gold: Mapping[str, Any], origin: Mapping[str, str]
) -> dict[str, PrecisionRecall]:
    """Every category of one story; copy groups only when the gold lists them."""
    result = {f"slots {k}": v for k, v in score_slots(story, gold).items()}
    result.update({f"quotes {k}": v for k, v in score_quotes(story, gold).items()})
    if gold.get("timeline"):
        result["timeline"] = score_timeline(story, gold)
    if gold.get("copy_groups"):
        result["copy groups"] = score_copies(origin, gold)
    if "date_slots" in gold:
        result.update({f"dates {k}": v for k, v in score_dates(story, gold).items()})
    return result


def report_origins(report: Mapping[str, Any]) -> dict[str, str]:
    """Each article of a report.json and its origin (itself where it has none)."""
    return {a["id"]: a.get("origin") or a["id"] for a in report.get("articles", [])}


def score_report(report: Mapping[str, Any], golds: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Every gold story against its best-matching report story, summed per category."""
    origin = report_origins(report)
    totals: dict[str, PrecisionRecall] = {}
    for gold in golds:
        story = matching_story(report.get("stories", []), gold["article_ids"])
        scores = score_story(story or {}, gold, origin)
        for name, pr in scores.items():
            totals[name] = totals[name] + pr if name in totals else pr
    return {name: pr.as_dict() for name, pr in totals.items()}
