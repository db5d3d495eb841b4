"""The publication day read from a body that has already dated its news by a weekday alone:
a day written with its year in a later paragraph is an earlier happening's, not the report's;
in the weekday's own paragraph it may be that same day written apart. Texts written for these
tests."""

from __future__ import annotations

import re

from silang.extract.times import find_times, infer_published
from silang.lang.figures import load_figures_lexicon
from silang.model import Span


def _inferred(language: str, text: str) -> str | None:
    lexicon = load_figures_lexicon(language)
    lines = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    day = infer_published(text, find_times(text, lines, None, lexicon), lexicon)
    return day.isoformat() if day else None


def test_a_dated_day_paragraphs_after_a_weekday_is_retold() -> None:
    text = (
        "Harbour Town rowing club wins the regatta\n\n"
        "The crowd gathered early at the river.\n\n"
        "The club's eight won the final on Thursday night by two lengths.\n\n"
        "Its stroke had rowed his first race for the club on Nov. 19, 2005, as a junior."
    )
    assert _inferred("en", text) is None


def test_a_weekday_and_its_date_written_apart_in_one_paragraph_date_the_report() -> None:
    text = (
        "Ratusan bus tertahan di depan masjid\n\n"
        "Pantauan kami Selasa pukul 04.00 WIB (21/2/2017) puluhan bus terparkir di tepi jalan."
    )
    assert _inferred("id", text) == "2017-02-21"


def test_a_dated_day_on_the_weekday_named_before_is_that_day_written_out() -> None:
    # 14 March 2024 is a Thursday: the later paragraph writes out the night of the final.
    text = (
        "Harbour Town rowing club wins the regatta\n\n"
        "The club's eight won the final on Thursday night by two lengths.\n\n"
        "The final, held on March 14, 2024, drew the largest crowd in years."
    )
    assert _inferred("en", text) == "2024-03-14"


def test_a_dated_day_on_another_weekday_than_the_one_named_before_stays_retold() -> None:
    # 13 March 2024 is a Wednesday, not the Thursday of the final.
    text = (
        "Harbour Town rowing club wins the regatta\n\n"
        "The club's eight won the final on Thursday night by two lengths.\n\n"
        "Its coach had named the crew on March 13, 2024, after the last trial."
    )
    assert _inferred("en", text) is None
