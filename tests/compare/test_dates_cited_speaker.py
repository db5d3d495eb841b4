"""Date slots of a named speaker's words that an outlet cites from a written source on a day
("kata Kemenkes, dikutip dari situsnya, Rabu (2/11/2016)"; silang.compare.dates):
the day the outlet read the source, not one the speaker spoke on. Outlets citing one speaker
on one day date one citing; one outlet's alone dates nothing. Sentences written for these
tests; their dates are read by the times stage itself."""

from __future__ import annotations

from dataclasses import replace

from dated_reports import dated_report, slot_of, story_date_slots
from silang.model import Annotated, Quote

SPEAKER = "Kemenkes"


def _cited(aid: str, said: str, tail: str, joint: str = ", ") -> Annotated:
    """An Indonesian report quoting ``said`` from SPEAKER, then ``joint`` and ``tail`` (the
    citing words and the day), with the quote the quote stage reads."""
    sentence = f'"{said}," kata {SPEAKER}{joint}{tail}.'
    report = dated_report(aid, [sentence], "2016-11-03", "id")
    at = sentence.index(SPEAKER)
    quote = Quote(1, 1 + len(said), said, True, SPEAKER, at, at + len(SPEAKER))
    return replace(report, quotes=(quote,))


QUIET = [
    dated_report(aid, [text], "2016-11-03", "id")
    for aid, text in (
        ("x", "Harga beras di pasar tetap stabil."),
        ("y", "Petani menunggu musim hujan tiba."),
    )
]


def test_one_outlets_citing_day_of_a_speaker_dates_nothing() -> None:
    report = _cited("a", "Bahan itu aman dikonsumsi", "dikutip dari situsnya, Rabu (2/11/2016)")
    assert slot_of(story_date_slots(report, *QUIET), "a", "2016-11-02") is None


def test_outlets_citing_one_speaker_on_one_day_agree() -> None:
    one = _cited("a", "Bahan itu aman dikonsumsi", "dikutip dari situsnya, Rabu (2/11/2016)")
    other = _cited("b", "Produk tersebut layak dimakan", "dilansir dari lamannya, Rabu (2/11/2016)")
    slots = story_date_slots(one, other, *QUIET)
    slot = slot_of(slots, "a", "2016-11-02")
    assert slot is not None and slot is slot_of(slots, "b", "2016-11-02")
    assert slot.status == "agreed"


def test_a_speakers_own_day_is_still_a_statement() -> None:
    report = _cited("a", "Bahan itu aman dikonsumsi", "Rabu (2/11/2016)")
    slot = slot_of(story_date_slots(report, *QUIET), "a", "2016-11-02")
    assert slot is not None and slot.event.startswith("statement")


def test_a_speaker_citing_data_on_his_day_makes_a_statement() -> None:
    # An active citing verb after the speaker is the speaker's own act ("kata Kemenkes
    # mengutip data BPOM"): he spoke that Wednesday, quoting the data.
    report = _cited("a", "Bahan itu aman dikonsumsi", "mengutip data BPOM, Rabu (2/11/2016)", " ")
    slot = slot_of(story_date_slots(report, *QUIET), "a", "2016-11-02")
    assert slot is not None and slot.event.startswith("statement")


def test_a_passive_citing_word_beside_a_speaker_still_cites() -> None:
    # "dikutip dari" is the writer's citing, whoever speaks.
    report = _cited(
        "a", "Bahan itu aman dikonsumsi", "dikutip dari data BPOM, Rabu (2/11/2016)", " "
    )
    assert slot_of(story_date_slots(report, *QUIET), "a", "2016-11-02") is None
