"""Direction from a publication day inferred from the text: a day named with its weekday
dates the report to that day or the next, any other to the week after it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from link_records import WIRE, item, lexicons

from silang.extract.times import find_times
from silang.lang.figures import load_figures_lexicon
from silang.link import find_links
from silang.link.direction import INFERRED_SPAN, NAMED_DAY_SPAN, earlier, inferred_span
from silang.link.features import build_features
from silang.link.text import Normaliser
from silang.model import Annotated

#: Closing sentences that date the report: by a day with its weekday, the way news dates
#: what it reports, and by the same day without it.
WEEKDAY = ' "Pendataan rumah warga masih berjalan," kata Hendra di posko, Senin (8/11).'
PLAIN = " Pendataan rumah warga yang rusak dimulai pada 8 November 2021."
#: A report two days on, naming its own day with its weekday and the year.
LATER = " Bupati meninjau posko pengungsian hari ini, Rabu (10/11/2021)."


def dated(key: str, text: str, day: str) -> Annotated:
    """An article whose day was inferred from its text, with the times the text names
    resolved against that day, as annotation leaves them."""
    found = item(key, text)
    times = find_times(text, found.sentences, date.fromisoformat(day), load_figures_lexicon("id"))
    article = replace(found.article, published=day, published_inferred=True)
    return replace(found, article=article, times=times)


def test_direction_named_day_with_its_weekday_is_that_day_or_the_next() -> None:
    figures = load_figures_lexicon("id")
    named = dated("a", WIRE + WEEKDAY, "2021-11-08")
    assert inferred_span(named, figures) == NAMED_DAY_SPAN
    later = dated("b", WIRE + LATER, "2021-11-10")
    spans = (inferred_span(named, figures), inferred_span(later, figures))
    assert earlier(named.article, later.article, spans) == 1
    # Read as the week after it, the day overlaps the other's.
    assert earlier(named.article, later.article) == 0


@pytest.mark.parametrize(
    "text",
    [
        # A day without its weekday: a date the report mentions, often history.
        WIRE + PLAIN,
        # A later day named after it: the weekday's day is an event the report tells.
        WIRE + WEEKDAY + " Bantuan tambahan tiba pada 12 November 2021.",
    ],
)
def test_direction_named_day_other_evidence_keeps_the_week(text: str) -> None:
    assert inferred_span(dated("a", text, "2021-11-08"), load_figures_lexicon("id")) == (
        INFERRED_SPAN
    )


def test_direction_named_day_orders_two_copies() -> None:
    later = dated("b", WIRE + LATER, "2021-11-10")
    links = find_links([later, dated("a", WIRE + WEEKDAY, "2021-11-08")], lexicons())
    assert (links[0].relation, links[0].original) == ("copy", "a")
    links = find_links([later, dated("a", WIRE + PLAIN, "2021-11-08")], lexicons())
    assert links[0].original is None


def test_direction_named_day_span_is_built_once_with_the_features() -> None:
    """An article's features carry its span, read when they are built (once per article)."""
    named = dated("a", WIRE + WEEKDAY, "2021-11-08")
    normalise = Normaliser(lexicons()["id"])
    assert build_features(named, normalise, load_figures_lexicon("id")).span == NAMED_DAY_SPAN
    # Without the language's weekdays, the week after it.
    assert build_features(named, normalise).span == INFERRED_SPAN
