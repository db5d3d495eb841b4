"""A publication day inferred from the text is no earlier bound than the later days the text
names: a retelling dated by the event its opening names ("dibakar pada 20 Oktober 2015") but
quoting a minister on "Sabtu (31/10/2015)" may have gone up on the 31st, so it is not surely
earlier than a text printed that day (Pratiwi dev, Metro TV's retellings of a consulate's
release, round 9 of bench/link_labels). Every sentence here is written for this test."""

from __future__ import annotations

from dataclasses import replace

import pytest
from link_records import item
from test_direction_named_day import dated

from silang.lang.figures import load_figures_lexicon
from silang.link.direction import INFERRED_SPAN, earlier, inferred_span

#: Opens with the day of the event, quotes the minister eleven days on.
RETELLING = (
    "Sebuah patung naga di Konsulat Lembah Sari dimusnahkan dengan cara dibakar pada 20 "
    "Oktober 2015. Konsulat menegaskan pembakaran itu bukan upaya merusak aset budaya. "
    '"Patung itu sudah rusak dimakan rayap," kata Menteri Luar Negeri Ratna Wijaya kepada '
    "wartawan, Sabtu (31/10/2015)."
)
#: The release, printed on the day it went up, naming that day with its weekday.
RELEASE = (
    "Konsulat Lembah Sari mengklarifikasi kabar pembakaran patung naga. Bantahan itu "
    "disampaikan melalui siaran pers yang diunggah siang ini, Sabtu 31 Oktober 2015. "
    "Pemusnahan dilakukan pada 20 Oktober 2015 karena patung sudah rusak."
)


def test_link_s23_a_later_day_named_keeps_the_window_open_to_it() -> None:
    figures = load_figures_lexicon("id")
    retelling = dated("r", RETELLING, "2015-10-20")
    release = dated("p", RELEASE, "2015-10-31")
    spans = (inferred_span(retelling, figures), inferred_span(release, figures))
    assert spans[0] > INFERRED_SPAN
    assert earlier(retelling.article, release.article, spans) == 0


def test_link_s23_a_day_named_over_a_year_on_keeps_the_week() -> None:
    # A day more than a year past the inferred one is no day of the report's.
    text = RETELLING + " Patung baru dijadwalkan tiba pada 2 Januari 2017."
    retelling = dated("r", text.replace("Sabtu (31/10/2015)", "kemarin"), "2015-10-20")
    assert inferred_span(retelling, load_figures_lexicon("id")) == INFERRED_SPAN


#: A report dated by the day it names with its weekday, with events still to come.
SCHEDULE = (
    "Komisi Pemilihan Umum Kota Lembah Sari menetapkan empat pasangan calon wali kota, Selasa "
    "(20/10/2015). Ketua KPU Hasan Basri mengatakan keempat pasangan sudah memenuhi syarat."
)
#: A copy of it on a site whose URL gives the day it went up, two weeks on.
REPRINT = replace(
    item("b", SCHEDULE).article,
    url="https://beritaku.example.com/2015/11/05/kpu-tetapkan-calon",
)


@pytest.mark.parametrize(
    "plan",
    [
        # A later day without its weekday: a plan or a deadline, mostly.
        " Pemungutan suara pilkada serentak akan digelar pada 9 Desember 2015.",
        # A later day with its weekday, told as to come.
        " Pengundian nomor urut akan dilakukan Kamis (5/11/2015) di aula kantor KPU.",
    ],
)
def test_link_s23_a_day_to_come_keeps_the_week(plan: str) -> None:
    report = dated("a", SCHEDULE + plan, "2015-10-20")
    span = inferred_span(report, load_figures_lexicon("id"))
    assert span == INFERRED_SPAN
    # The report went up within the week after the 20th, surely before the reprint of 5
    # November; a window held open to the day to come would leave the two unordered.
    assert earlier(report.article, REPRINT, (span, INFERRED_SPAN)) == 1


@pytest.mark.parametrize(
    "plan",
    [
        # A forward word after the day, in its clause.
        " Pada Kamis (5/11/2015) mendatang, KPU akan mengundi nomor urut.",
        " Pengundian nomor urut digelar Kamis (5/11/2015) nanti di aula kantor KPU.",
        # A day that opens its sentence belongs to the clause after its comma.
        " Kamis (5/11/2015), KPU akan mengundi nomor urut.",
        # A future word after the day, in its clause.
        " Kamis (5/11/2015) KPU akan mengundi nomor urut.",
    ],
)
def test_link_s23_a_day_told_as_to_come_after_it_keeps_the_week(plan: str) -> None:
    report = dated("a", SCHEDULE + plan, "2015-10-20")
    assert inferred_span(report, load_figures_lexicon("id")) == INFERRED_SPAN


def test_link_s23_a_fronted_day_of_a_past_happening_still_opens_the_window() -> None:
    report = dated("a", SCHEDULE + " Kamis (5/11/2015), KPU mengundi nomor urut.", "2015-10-20")
    assert inferred_span(report, load_figures_lexicon("id")) > INFERRED_SPAN
