"""Cleaning on 600 real Indonesian articles (../shared/data/id-hoax-news-pratiwi): the invariants
hold on every one, and datelines and credits are found at least as often as when last measured.
The articles stay in the shared folder; nothing of their text is copied here."""

from __future__ import annotations

import json

import pytest
from cleaning_checks import PACKS, assert_invariants

from silang.clean import clean

from records import SHARED_DATA

CORPUS = SHARED_DATA / "id-hoax-news-pratiwi" / "news600_topics.jsonl"

#: Measured 2026-11 with this cleaner: 60 of 600 bodies open with a dateline, 84 have credits.
DATELINE_FLOOR = 55
CREDIT_FLOOR = 75


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    if not CORPUS.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    with CORPUS.open(encoding="utf-8") as lines:
        return [str(json.loads(line)["text"]) for line in lines]


def test_clean_pratiwi_invariants_hold(bodies: list[str]) -> None:
    for raw in bodies:
        assert_invariants(raw, clean(raw, PACKS["id"]), PACKS["id"])


def test_clean_pratiwi_finds_datelines_and_credits(bodies: list[str]) -> None:
    cleaned = [clean(raw, PACKS["id"]) for raw in bodies]
    assert sum(c.dateline is not None for c in cleaned) >= DATELINE_FLOOR
    assert sum(bool(c.credits) for c in cleaned) >= CREDIT_FLOOR
