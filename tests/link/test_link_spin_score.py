"""spin_score: odd word choices in one article."""

from __future__ import annotations

from link_records import SPUN, WIRE, item, lexicons

from silang.link import spin_score


def test_link_spin_score_higher_for_spun_text() -> None:
    lexicon = lexicons()["id"]
    assert spin_score(item("s", SPUN), lexicon) > spin_score(item("w", WIRE), lexicon)


def test_link_spin_score_zero_without_synonym_map() -> None:
    assert spin_score(item("e", SPUN), lexicons()["en"]) == 0.0


def test_link_spin_score_empty_text_is_zero() -> None:
    assert spin_score(item("z", "123 456."), lexicons()["id"]) == 0.0
