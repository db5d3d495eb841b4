"""A day written without its year, just after a month written with one in its paragraph
("In November 1973, ... on Nov. 17 ..."), is a day of that month, not of the report's year.
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _dates(language: str, text: str, published: dt.date) -> dict[str, str | None]:
    lexicon = load_figures_lexicon(language)
    sentences = [Span(0, len(text))]
    return {t.text: t.date for t in find_times(text, sentences, published, lexicon)}


def test_a_day_after_a_retold_month_is_of_that_month() -> None:
    text = (
        "In March 1981, miners occupied the pit head. Fearing the strike would spread, "
        "on March 9 the army moved in. The memorial was unveiled on Saturday."
    )
    found = _dates("en", text, dt.date(2009, 5, 4))
    assert found["March 9"] == "1981-03-09"
    assert found["Saturday"] == "2009-05-02"


def test_an_indonesian_day_after_a_retold_month_is_of_that_month() -> None:
    text = "Pada Oktober 2015, warga menggelar aksi. Pada 15 Oktober, polisi membubarkan mereka."
    assert _dates("id", text, dt.date(2016, 12, 12))["15 Oktober"] == "2015-10-15"


def test_a_day_after_a_retold_month_in_the_next_paragraph_is_of_that_month() -> None:
    # Many reports set each sentence in a paragraph of its own.
    text = (
        "In March 1981, miners occupied the pit head, shut since 1979.\n\n"
        "On March 9 the army moved in."
    )
    assert _dates("en", text, dt.date(2009, 5, 4))["March 9"] == "1981-03-09"


def test_a_day_of_another_month_or_a_later_paragraph_keeps_the_reports_year() -> None:
    text = "In March 1981, miners occupied the pit head. On April 9 the army moved in."
    assert _dates("en", text, dt.date(2009, 5, 4))["April 9"] == "2009-04-09"
    text = "In March 1981, miners occupied the pit.\n\nIt rained.\n\nOn March 9 a memorial opened."
    assert _dates("en", text, dt.date(2009, 5, 4))["March 9"] == "2009-03-09"


def test_a_weekday_that_does_not_fit_the_retold_year_keeps_the_reports_year() -> None:
    # 9 March was a Monday in 2009 and a Monday in 1981 too; 10 March 1981 was a Tuesday.
    text = "In March 1981, miners occupied the pit head. On Wednesday, March 10 they left."
    assert _dates("en", text, dt.date(2010, 3, 12))["Wednesday, March 10"] == "2010-03-10"


def test_an_anniversarys_recent_day_keeps_the_reports_year() -> None:
    # Read in the report's year, the day is two days before the report: the days just past.
    text = (
        "Reactors melted down in March 2011 after the tsunami.\n"
        "On March 8, hundreds of people marched to mark the anniversary."
    )
    assert _dates("en", text, dt.date(2021, 3, 10))["March 8"] == "2021-03-08"
    text = (
        "Tsunami melanda Aceh pada Desember 2004.\n"
        "Pada 26 Desember, ribuan warga berdoa bersama di masjid raya."
    )
    assert _dates("id", text, dt.date(2021, 12, 27))["26 Desember"] == "2021-12-26"


def test_a_later_year_between_moves_the_passage_on() -> None:
    text = (
        "In March 2019, miners struck. In 2021 the court ruled against them. "
        "On March 5 they returned to work."
    )
    assert _dates("en", text, dt.date(2022, 6, 3))["March 5"] == "2022-03-05"


def test_a_later_year_a_span_starts_at_does_not() -> None:
    text = (
        "In March 2019, miners struck. Since 2021 the court has ruled against them. "
        "On March 5 they returned to work."
    )
    assert _dates("en", text, dt.date(2022, 6, 3))["March 5"] == "2019-03-05"
