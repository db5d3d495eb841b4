"""A year between a determiner and a common noun says which season, draft or edition the noun
is ("the 2012 season"), and dates no happening of its clause; a month there is left to the
clause (silang.compare.dates_words ``_names_a_thing``). A winner of a contest or an award is
dated as the win is. Sentences written for these tests; their dates are read by the times
stage itself."""

from __future__ import annotations

from dated_reports import date_event


def _reading(sentence: str, written: str) -> str | None:
    return date_event(sentence, written, "2011-06-08")


def test_a_year_before_a_common_noun_dates_the_noun_not_the_win() -> None:
    sentence = "The late victory carried the Rovers into the 2010 playoffs."
    assert _reading(sentence, "2010") == "happening"


def test_a_year_before_a_common_noun_after_a_possessive_dates_the_noun() -> None:
    sentence = "The Rovers won only four games in their 2009 season."
    assert _reading(sentence, "2009") == "happening"


def test_a_month_before_a_common_noun_is_left_to_the_clause() -> None:
    # A month says when the clause's happening was, as much as which thing it was.
    sentence = "The Rovers won the final of the March 2010 tournament."
    assert _reading(sentence, "March 2010") == "contest"


def test_a_winner_is_dated_as_the_win() -> None:
    assert _reading("She was the winner of a bravery award in 2004.", "2004") == "contest"
