"""Indonesian denials of a count ("tidak ada korban jiwa") read as a figure of 0, as English
"no deaths" is: only where the words count a thing in a state. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from silang.lang.figures import load_figures_lexicon

from records import quantities_by_text

ID = load_figures_lexicon("id")


@pytest.mark.parametrize(
    ("text", "written", "cls"),
    [
        (
            "Polisi memastikan tidak ada korban jiwa di desa itu.",
            "tidak ada korban jiwa",
            "person:dead",
        ),
        ("Tak ada korban luka dalam tabrakan pagi tadi.", "Tak ada korban luka", "person:injured"),
        ("Tiada korban meninggal dalam longsor itu.", "Tiada korban meninggal", "person:dead"),
    ],
)
def test_a_denied_count_of_people_in_a_state_is_zero(text: str, written: str, cls: str) -> None:
    found = quantities_by_text(text, ID)[written]
    assert (found.value, found.counted_class) == (0, cls)


@pytest.mark.parametrize(
    "text",
    [
        "Tidak ada informasi soal rencana itu.",
        "Tidak ada yang tahu ke mana ia pergi.",
        "Tak ada korban dalam insiden kecil itu.",
    ],
)
def test_a_denial_of_anything_else_is_no_figure(text: str) -> None:
    assert quantities_by_text(text, ID) == {}


def test_a_denial_before_a_number_leaves_the_number() -> None:
    found = quantities_by_text("Tidak ada dua rumah yang sama di kampung itu.", ID)
    assert [(q.text, q.value) for q in found.values()] == [("dua rumah", 2)]


@pytest.mark.parametrize(
    "text", ["Tidak ada hari libur bagi para petugas.", "Tak ada rupiah pun yang hilang dari kas."]
)
def test_a_denial_before_a_unit_is_no_measure_of_zero(text: str) -> None:
    assert quantities_by_text(text, ID) == {}


@pytest.mark.parametrize(
    "text",
    [
        # "baru", "tambahan", "lain": no more dead than told elsewhere, not a toll of none
        "Hingga Senin tidak ada korban jiwa baru akibat banjir itu.",
        "Sejak Minggu tidak ada korban jiwa tambahan, kata petugas.",
        "Tidak ada korban jiwa lain dalam kecelakaan itu.",
        # asked or doubted, not said
        "Apakah tidak ada korban jiwa dalam kebakaran itu?",
        "Belum dapat dipastikan apakah tidak ada korban jiwa.",
    ],
)
def test_a_denial_of_more_or_a_doubted_one_is_no_count_of_none(text: str) -> None:
    assert all(q.value != 0 for q in quantities_by_text(text, ID).values())
