"""Scoring date slots against a gold brief's ``date_slots`` (silang.compare.score)."""

from __future__ import annotations

from typing import Any

from silang.compare.score import score_dates, score_slots, score_story


def _date_claim(status: str, *values: tuple[str, list[str]]) -> dict[str, Any]:
    return {
        "kind": "date",
        "subject": "earthquake",
        "status": status,
        "values": [{"value": d, "date": d, "article_ids": ids} for d, ids in values],
    }


def _figure_claim(status: str, value: float, *ids: str) -> dict[str, Any]:
    return {
        "kind": "quantity",
        "status": status,
        "values": [{"value": value, "low": None, "high": None, "article_ids": list(ids)}],
    }


GOLD: dict[str, Any] = {
    "slots": [],
    "date_slots": [
        {
            "event": "the quake",
            "status": "disputed",
            "values": [
                {"date": "2024-03-10", "article_ids": ["a", "b"], "attributed_to": None},
                {"date": "2024-03-11", "article_ids": ["c"], "attributed_to": None},
            ],
        },
        {
            "event": "the evacuation",
            "status": "single-source",
            "values": [{"date": "2024-03", "article_ids": ["a"], "attributed_to": None}],
        },
    ],
    "date_slots_exhaustive": True,
}


def test_compare_dates_score_a_perfect_brief_scores_one() -> None:
    story = {
        "claims": [
            _date_claim("disputed", ("2024-03-10", ["a", "b"]), ("2024-03-11", ["c"])),
            # A day inside the gold month stands for it.
            _date_claim("single-source", ("2024-03-12", ["a"])),
        ]
    }
    scores = score_dates(story, GOLD)
    for name in ("grouping", "disputed", "single-source"):
        assert scores[name].precision == scores[name].recall == 1.0, name


def test_compare_dates_score_a_split_dispute_loses_grouping_and_status() -> None:
    story = {
        "claims": [
            _date_claim("agreed", ("2024-03-10", ["a", "b"])),
            _date_claim("single-source", ("2024-03-11", ["c"])),
        ]
    }
    scores = score_dates(story, GOLD)
    assert scores["grouping"].recall == 1 / 3  # a-b kept; a-c and b-c lost
    assert scores["disputed"].recall == 0.0
    assert scores["agreed"].precision == 0.0


def test_compare_dates_score_an_extra_dispute_counts_when_the_gold_is_exhaustive() -> None:
    story = {"claims": [_date_claim("disputed", ("2001-04-24", ["x"]), ("2011-04-24", ["y"]))]}
    assert score_dates(story, GOLD)["disputed"].found == 1
    assert score_dates(story, {**GOLD, "date_slots_exhaustive": False})["disputed"].found == 0


def test_compare_dates_score_figure_rows_ignore_date_claims() -> None:
    gold = {"slots": [{"status": "agreed", "values": [{"value": 5, "article_ids": ["a", "b"]}]}]}
    figures = {"claims": [_figure_claim("agreed", 5, "a", "b")]}
    both = {"claims": [*figures["claims"], _date_claim("disputed", ("2024-03-10", ["a"]))]}
    assert {k: v.as_dict() for k, v in score_slots(both, gold).items()} == {
        k: v.as_dict() for k, v in score_slots(figures, gold).items()
    }


def test_compare_dates_score_rows_only_for_golds_with_date_slots() -> None:
    story: dict[str, Any] = {"claims": []}
    assert not any(k.startswith("dates") for k in score_story(story, {"slots": []}, {}))
    assert "dates grouping" in score_story(story, GOLD, {})
