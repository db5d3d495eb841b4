from __future__ import annotations

from typing import Any

from silang.compare.score import score_quotes, score_slots, score_timeline


def _value(value: float, *ids: str, series: str | None = None) -> dict[str, Any]:
    return {"value": value, "low": None, "high": None, "article_ids": list(ids), "series": series}


def _claim(status: str, *values: dict[str, Any], changed: bool = False) -> dict[str, Any]:
    return {"status": status, "values": list(values), "changed_over_time": changed}


GOLD: dict[str, Any] = {
    "slots": [
        {"status": "disputed", "values": [_value(2300, "a", "b"), _value(23000, "c")]},
        {"status": "agreed", "values": [_value(155, "a", "c")]},
    ],
    "exhaustive": ["disputed"],
}


def test_score_slots_perfect_brief_scores_one() -> None:
    story = {
        "claims": [
            _claim("disputed", *GOLD["slots"][0]["values"]),
            _claim("agreed", *GOLD["slots"][1]["values"]),
        ]
    }
    scores = score_slots(story, GOLD)
    assert scores["grouping"].precision == scores["grouping"].recall == 1.0
    assert scores["disputed"].precision == scores["disputed"].recall == 1.0


def test_score_slots_split_slot_loses_grouping_recall_and_status() -> None:
    story = {
        "claims": [
            _claim("agreed", _value(2300, "a", "b")),
            _claim("single-source", _value(23000, "c")),
            _claim("agreed", _value(155, "a", "c")),
        ]
    }
    scores = score_slots(story, GOLD)
    assert scores["grouping"].precision == 1.0
    assert scores["grouping"].recall < 1.0
    assert scores["disputed"].recall == 0.0


def test_score_slots_extra_dispute_costs_precision_when_the_gold_is_exhaustive() -> None:
    story = {
        "claims": [
            _claim("disputed", *GOLD["slots"][0]["values"]),
            _claim("agreed", *GOLD["slots"][1]["values"]),
            _claim("disputed", _value(12, "a"), _value(8, "b")),
        ]
    }
    assert score_slots(story, GOLD)["disputed"].precision == 0.5


def test_score_slots_series_match_on_two_shared_numbers() -> None:
    gold = {
        "slots": [
            {
                "status": "agreed",
                "values": [_value(8, "a", series="BPBD"), _value(2, "b", series="BPBD")],
            }
        ]
    }
    found = {"claims": [_claim("agreed", _value(8, "a"), _value(2, "b"), changed=True)]}
    assert score_slots(found, gold)["changed-over-time"].recall == 1.0
    still = {"claims": [_claim("agreed", _value(8, "a"), _value(2, "b"))]}
    assert score_slots(still, gold)["changed-over-time"].recall == 0.0


def test_score_quotes_pairs_and_misattribution_flag() -> None:
    gold = {
        "quote_groups": [
            {
                "versions": [
                    {"article_id": "a", "phrase": "2.300 warga"},
                    {"article_id": "b", "phrase": "about 2,300", "misattributed": True},
                ]
            }
        ]
    }
    together = {
        "quotes": [
            {
                "mentions": [
                    {"article_id": "a", "text": "sekitar 2.300 warga", "other_speaker": False},
                    {"article_id": "b", "text": "moved about 2,300", "other_speaker": True},
                ]
            }
        ]
    }
    apart = {"quotes": [{"mentions": [m]} for m in together["quotes"][0]["mentions"]]}
    assert score_quotes(together, gold)["grouping"].recall == 1.0
    assert score_quotes(together, gold)["other-speaker"].recall == 1.0
    assert score_quotes(apart, gold)["grouping"].recall == 0.0


def test_score_timeline_day_inside_a_gold_interval_matches() -> None:
    gold = {"timeline": [{"date": "2024-03-16/2024-03-17", "article_ids": ["a"]}]}
    found = {
        "timeline": [
            {"date": "2024-03-17", "article_ids": ["a"]},
            {"date": "2024-03-18", "article_ids": ["a"]},
        ]
    }
    scores = score_timeline(found, gold)
    assert (scores.precision, scores.recall) == (0.5, 1.0)
