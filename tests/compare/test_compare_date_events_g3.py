"""Date slots of Indonesian reports: the day on which outlets cite another's report with no
speaker named ("Seperti dikutip dari ..., Rabu (24/9/2014)"), and a clarification or release
put out on a day, whoever the report says gave it. The sentences are written for these tests;
their dates are read by the times stage itself."""

from __future__ import annotations

from dated_reports import dated_report, slot_of, story_date_slots
from silang.model import Annotated, DateSlot


def _report(aid: str, sentences: list[str], published: str) -> Annotated:
    """An Indonesian report of ``sentences`` published on ``published``."""
    return dated_report(aid, sentences, published, "id")


#: Reports of the story that give no citing day: they keep the cited report's own words from
#: being common to most of the story's articles.
_OTHERS = (
    _report("x", ["Pabrik ponsel itu belum memberi tanggapan apa pun."], "2014-09-27"),
    _report("y", ["Harga ponsel baru itu naik sepuluh persen di toko daring."], "2014-09-27"),
)


def _slots(*items: Annotated) -> tuple[DateSlot, ...]:
    return story_date_slots(*items, *_OTHERS)


#: One outlet's citing of a forum post, and another's telling of it with its own citing day.
FORUM = (
    "Seperti dikutip dari Laman Teknologi, Rabu (24/9/2014), seorang anggota forum "
    "mengunggah foto ponselnya yang bengkok."
)


def _retold_by_gawai(day: str) -> str:
    return (
        "Pengguna mengunggah foto ponsel yang bengkok ke forum, demikian laporan yang "
        f"dilansir dari Kabar Gawai ({day})."
    )


def test_compare_outlets_citing_one_report_on_one_day_date_it() -> None:
    one = _report(
        "a",
        [FORUM],
        "2014-09-25",
    )
    other = _report(
        "b",
        [_retold_by_gawai("24/9/2014")],
        "2014-09-25",
    )
    slots = _slots(one, other)
    slot = slot_of(slots, "a", "2014-09-24")
    assert slot is not None and slot is slot_of(slots, "b", "2014-09-24"), slots
    assert slot.event == "citation" and slot.status == "agreed"


def test_compare_one_outlets_citing_day_is_no_event() -> None:
    one = _report(
        "a",
        ["Seperti dikutip dari Laman Teknologi, Rabu (24/9/2014), ponsel itu mudah bengkok."],
        "2014-09-25",
    )
    other = _report(
        "b",
        ["Dilansir Kabar Gawai, Rabu (24/9/2014), harga aksesori pelindung ikut melonjak."],
        "2014-09-25",
    )
    slots = _slots(one, other)
    # Two outlets citing on one day what they tell in other words cite two reports, and a
    # report cited by one outlet alone is dated only by that outlet's own day of reading.
    assert slot_of(slots, "a", "2014-09-24") is None, slots
    assert slot_of(slots, "b", "2014-09-24") is None, slots


def test_compare_citing_days_never_dispute() -> None:
    one = _report(
        "a",
        [FORUM],
        "2014-09-25",
    )
    other = _report(
        "b",
        [_retold_by_gawai("26/9/2014")],
        "2014-09-27",
    )
    assert all(s.status != "disputed" for s in _slots(one, other))


def test_compare_a_clarification_is_dated_without_a_speaker() -> None:
    one = _report(
        "a",
        ["Kabar pembakaran itu telah diklarifikasi pada Sabtu (30/10/2015) oleh konsulat."],
        "2015-11-01",
    )
    other = _report(
        "b",
        [
            "Warga mempersoalkan klarifikasi yang dikeluarkan konsulat, Sabtu 31 Oktober 2015, "
            "tanpa tanda tangan pejabat."
        ],
        "2015-11-02",
    )
    slots = _slots(one, other)
    slot = slot_of(slots, "a", "2015-10-30")
    assert slot is not None and slot is slot_of(slots, "b", "2015-10-31"), slots
    assert slot.event == "release" and slot.status == "disputed"
