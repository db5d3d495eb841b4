"""How a claim slot reads in a table: its changes over time apart from the rest of its values,
and figure slots apart from date slots.

A run is one source's figures over time ("2,300 on 13/3 → 4,100 on 15/3 → 900 on 19/3, per
BPBD"); a reader must not take it for sources disagreeing. The renderers share these helpers
so that JSON, Markdown, HTML and CSV tell the two apart in the same way.
"""

from __future__ import annotations

from typing import Any

#: The label of a run when the whole slot moves with the days and no one source is named.
WHOLE_SLOT = "all sources"


def figure_claims(story: dict[str, Any]) -> list[dict[str, Any]]:
    """The figure slots of a story (claims of kind "quantity")."""
    return [c for c in story.get("claims", []) if c.get("kind", "quantity") != "date"]


def date_claims(story: dict[str, Any]) -> list[dict[str, Any]]:
    """The date slots of a story (claims of kind "date": the dates given for one event)."""
    return [c for c in story.get("claims", []) if c.get("kind") == "date"]


def runs(claim: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The changes over time of a claim, each as (source, its values by day)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for value in claim["values"]:
        if value.get("series"):
            found.setdefault(value["series"], []).append(value)
    if not found and claim.get("changed_over_time"):
        found[WHOLE_SLOT] = list(claim["values"])
    return [
        (
            label,
            sorted(values, key=lambda v: (v.get("date") is None, v.get("date") or "", v["value"])),
        )
        for label, values in found.items()
    ]


def own_unit(claim: dict[str, Any], value: dict[str, Any]) -> str | None:
    """The unit a value is written in where it is not its slot's ("700 mile" in a slot of
    km): a slot holds one measure, whatever units its sources wrote it in."""
    unit = value.get("unit")
    return unit if unit and unit != claim.get("unit") else None


def in_run(claim: dict[str, Any], value: dict[str, Any]) -> bool:
    return any(value is v for _, values in runs(claim) for v in values)


def others(claim: dict[str, Any]) -> list[dict[str, Any]]:
    """The values of a claim that are not part of a change over time."""
    return [v for v in claim["values"] if not in_run(claim, v)]


def status_label(claim: dict[str, Any]) -> str:
    """ "disputed", "changed over time", "disputed; also changed over time", or the status."""
    changed = bool(runs(claim))
    if claim["status"] == "disputed":
        return "disputed; also changed over time" if changed else "disputed"
    if changed and claim["status"] == "agreed":
        return "changed over time"
    if changed:
        return f"{claim['status']}; changed over time"
    return str(claim["status"])


#: Single-source statements listed in full before the rest fold away (HTML) or are counted
#: (Markdown): a story told by many outlets has dozens, and the first, figures first, carry
#: the checkable facts.
LONE_SHOWN = 8


def checkable_label(statement: dict[str, Any]) -> str:
    """ "figure, quote" for a statement's checkable parts."""
    return ", ".join(statement.get("checkable", []))


def split_figures(
    claims: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The figure slots a page shows at once and those it folds away: slots two or more
    origins report (what a cross-check is for) are shown, single-source ones are folded, as
    a story told by many outlets has dozens. A story with no slot of two origins shows its
    first single-source ones."""
    shared = [c for c in claims if c["status"] != "single-source"]
    lone = [c for c in claims if c["status"] == "single-source"]
    if not shared:
        return lone[:LONE_SHOWN], lone[LONE_SHOWN:]
    return shared, lone
