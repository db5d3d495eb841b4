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


def test_a_past_day_on_the_weekday_named_before_is_still_retold() -> None:
    # 19 November 2005 was a Saturday: a past date falls on the weekday named before as
    # often as chance has it, so the weekday does not make it the report's day.
    text = (
        "Harbour Town beats the visitors\n\n"
        "The guard scored 30 points on Saturday night.\n\n"
        "He scored his first basket for the club on Nov. 19, 2005, as a rookie."
    )
    assert _inferred("en", text) is None
