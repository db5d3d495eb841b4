"""Kinds of misreading found by reading figures on articles nobody had tuned on (ECB+
subtopics and Pratiwi articles in no gold brief): a part of a whole written as a bare number
("21 of 25 games"), numbers that name a rally, a school or a web page rather than count,
counts of parts ("two and three quarter million"), a fraction lost in decoding and the sides
of a rectangle. Sentences written for these tests."""

from __future__ import annotations

import pytest

from records import quantities_in

_LOST = "\ufffd"  # what a decoder writes where it could not read a character


def _read(language: str, text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(q.text, q.value, q.unit, q.counted_class) for q in quantities_in(language, text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # Without the bare "of" before a number no noun reaches the part, and a spelled
        # small number with no noun is dropped.
        ("The club lost seven of 11 games this spring.", ("seven", 7.0, None, "match")),
        ("The club won 21 of 25 games last year.", ("21", 21.0, None, "match")),
        # Modifiers may stand between the possessor and the whole's number.
        ("She took 4 of her team-high 9 rebounds early.", ("4", 4.0, None, "rebound")),
    ],
)
def test_a_part_takes_the_noun_of_a_whole_written_as_a_number(
    text: str, part: tuple[str, float, str | None, str | None]
) -> None:
    assert _read("en", text)[0] == part


def test_a_list_ends_the_modifiers_before_a_whole() -> None:
    # The second "five" starts the next item of the list; it is no whole of the first.
    found = _read("en", "He had five of his rebounds and five of the assists late.")
    assert found[0] == ("five", 5.0, None, "rebound")


def test_numbers_in_a_web_address_are_no_figures() -> None:
    text = "See www.example.org/news/17-3?ref=88&page=2 for the 12 games."
    assert _read("en", text) == [("12 games", 12.0, None, "match")]
    text = "Buka https://contoh.id/berita/2017/05/99 untuk 12 pertandingan."
    assert [q.value for q in quantities_in("id", text)] == [12.0]


def test_a_number_after_a_number_sign_is_a_rank() -> None:
    assert _read("en", "It was the #1 seller for 6 weeks.") == [("6 weeks", 6.0, "week", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Peserta aksi 313 berkumpul sejak pagi.",
        "Reuni 505 digelar di lapangan.",
        "Buku itu terbit dalam jilid 3.",
        "Razia digelar di SMPN 4, 6 dan 9 Sukamaju.",
        "Massa aksi 505, 606 atau 707 tidak datang.",
    ],
)
def test_a_number_that_names_a_rally_a_volume_or_a_school_is_no_figure(text: str) -> None:
    assert quantities_in("id", text) == []


def test_a_measure_word_after_a_rally_number_still_counts() -> None:
    assert [q.value for q in quantities_in("id", "Aksi 1.000 orang digelar kemarin.")] == [1000.0]


def test_at_one_point_says_when() -> None:
    found = _read("en", "At one point the crowd sang for 10 minutes.")
    assert found == [("10 minutes", 10.0, "minute", None)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The grant was two and three quarter million dollars.", 2_750_000.0),
        ("en", "The grant was three quarter million dollars.", 750_000.0),
        ("id", "Hibahnya tiga perempat juta rupiah.", 750_000.0),
    ],
)
def test_a_count_of_parts_multiplies_the_part(language: str, text: str, value: float) -> None:
    assert [q.value for q in quantities_in(language, text)] == [value]


def test_a_third_of_a_whole_is_a_share() -> None:
    (share,) = quantities_in("en", "A third of the members left early.")
    assert (share.text, share.unit, round(share.value, 2)) == ("A third", "%", 33.33)


def test_a_lost_fraction_lies_between_the_whole_and_the_next() -> None:
    (term,) = quantities_in("en", f"She served 7{_LOST} months in a county jail.")
    assert (term.value, term.low, term.high, term.qualifier, term.unit) == (
        7.5,
        7.0,
        8.0,
        "approximately",
        "month",
    )
    # With no unit after it the lost character may be anything: the number stays as written.
    assert [(q.value, q.qualifier) for q in quantities_in("en", f"They beat 9{_LOST} rivals.")] == [
        (9.0, "exact")
    ]


@pytest.mark.parametrize(
    ("language", "text", "sides"),
    [
        ("en", "Each room measured 6-by-10 feet.", [(6.0, "ft"), (10.0, "ft")]),
        ("en", "Each room measured 6 by 10 feet.", [(6.0, "ft"), (10.0, "ft")]),
        ("en", "They built a 6-by-10-foot room.", [(6.0, "ft"), (10.0, "ft")]),
        ("id", "Kamar itu berukuran 3x4 meter.", [(3.0, "m"), (4.0, "m")]),
        ("id", "Kamar itu berukuran 3 x 4 meter.", [(3.0, "m"), (4.0, "m")]),
    ],
)
def test_the_sides_of_a_rectangle_share_the_unit_after_the_last(
    language: str, text: str, sides: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in quantities_in(language, text)] == sides


def test_by_before_a_word_is_no_rectangle() -> None:
    found = [(q.value, q.unit) for q in quantities_in("en", "They led 8 by halftime.")]
    assert found == [(8.0, None)]


def test_a_day_after_the_word_for_date_is_no_figure() -> None:
    # The month comes once, at the end of the range: the first day is no count.
    text = "Pada tanggal 14 hingga tanggal 15 Mei 2019, 30 orang mengungsi."
    assert [q.value for q in quantities_in("id", text)] == [30.0]


@pytest.mark.parametrize(
    "text", ["Seorang remaja, Dodi Santosa (16), ditangkap.", "Remaja Dodi Santosa(16) ditangkap."]
)
def test_an_age_in_brackets_after_a_name_is_in_years(text: str) -> None:
    assert [(q.value, q.unit) for q in quantities_in("id", text)] == [(16.0, "year")]


def test_a_number_listed_after_a_model_number_names_a_model_too() -> None:
    assert quantities_in("id", "Ponsel Galaxy 7 dan 8 Pro dilaporkan rusak.") == []


@pytest.mark.parametrize(
    "text", ["She taught there from 1987-94.", "The 2011-12 season ended early."]
)
def test_a_year_written_short_after_a_full_one_is_no_figure(text: str) -> None:
    assert quantities_in("en", text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A rally takes a day and month as its name ("aksi 212"); a number that is no day
        # and month after "aksi" counts its people.
        ("Aksi 500 mahasiswa berakhir damai.", 500.0),
        ("Reuni 50 alumni digelar di sekolah.", 50.0),
    ],
)
def test_a_number_after_a_rally_word_that_is_no_date_counts(text: str, value: float) -> None:
    assert [q.value for q in quantities_in("id", text)] == [value]


def test_a_measure_after_a_listed_name_is_a_figure() -> None:
    # A list of identifiers goes on in bare numbers only: "12 miles" measures.
    assert _read("en", "Route 66, 12 miles west of the town, was closed.") == [
        ("12 miles", 12.0, "mile", None)
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [("id", "Pelaku wajib lapor 1 x 24 jam."), ("en", "The game has 2 by 45 minutes halves.")],
)
def test_a_product_of_counts_draws_no_rectangle(language: str, text: str) -> None:
    # Only lengths draw a rectangle: "1 x 24 jam" multiplies, the 1 is no hour.
    first = quantities_in(language, text)[0]
    assert first.unit is None
