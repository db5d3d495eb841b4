"""Direct quotations found by their marks, per language."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of

from silang.extract.quotes_marks import NO_CLOSING, NO_OPENING


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        ("id", '"Air masih naik," kata Andi.', "Air masih naik,"),
        ("id", "“Air masih naik,” kata Andi.", "Air masih naik,"),
        ("id", "«Kami bukan musuh negara,» kata Arman.", "Kami bukan musuh negara,"),
        ("id", '"Kami akan melapor,” kata Togar.', "Kami akan melapor,"),
        ("en", "“We are not going anywhere,” said Aisha.", "We are not going anywhere,"),
        ("en", '"Ask me in a year," she said.', "Ask me in a year,"),
    ],
)
def test_quotes_double_marks_of_every_style(code: str, text: str, content: str) -> None:
    (quote,) = quotes_of(code, text)
    assert (quote.text, quote.direct, quote.problem) == (content, True, None)


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        (
            "id",
            "'Kami tidak diajak bicara,' kata Maria, warga Jum'at.",
            "Kami tidak diajak bicara,",
        ),
        ("en", "‘We were given no warning,’ said Graham Pike.", "We were given no warning,"),
        ("en", "'We don't know yet,' said Graham.", "We don't know yet,"),
    ],
)
def test_quotes_single_marks_used_as_double(code: str, text: str, content: str) -> None:
    (quote,) = quotes_of(code, text)
    assert quote.text == content


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        (
            "id",
            '"Saya tiga hari tidak berjualan.\n\n"Sekarang saya menunggu bantuan," tutur Nur.',
            'Saya tiga hari tidak berjualan.\n\n"Sekarang saya menunggu bantuan,',
        ),
        (
            "en",
            '"People waited three hours.\n\n"That tells you something," said Priya.',
            'People waited three hours.\n\n"That tells you something,',
        ),
    ],
)
def test_quotes_multi_paragraph_quote_is_one_quote(code: str, text: str, content: str) -> None:
    (quote,) = quotes_of(code, text)
    assert (quote.text, quote.problem) == (content, None)


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        (
            "id",
            "\"Dia bilang, 'Tunggu saja,' tapi belum datang,\" keluh Darmini.",
            "Dia bilang, 'Tunggu saja,' tapi belum datang,",
        ),
        (
            "en",
            "\"They told us, 'You have until noon,' and then it started,\" said Oleg.",
            "They told us, 'You have until noon,' and then it started,",
        ),
    ],
)
def test_quotes_nested_quote_stays_inside_the_outer_one(code: str, text: str, content: str) -> None:
    (quote,) = quotes_of(code, text)
    assert quote.text == content


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        ("id", 'Yohanes menyebut rencana itu "tidak masuk akal" kemarin.', "tidak masuk akal"),
        ("en", 'Senator Delgado called the proposal "a gift to polluters".', "a gift to polluters"),
    ],
)
def test_quotes_partial_quote_inside_a_sentence(code: str, text: str, content: str) -> None:
    (quote,) = [q for q in quotes_of(code, text) if q.direct]
    assert quote.text == content


@pytest.mark.parametrize(
    ("code", "text", "content", "problem"),
    [
        (
            "id",
            '"Kita tidak boleh lengah, kata Lukman.',
            "Kita tidak boleh lengah, kata Lukman.",
            NO_CLOSING,
        ),
        ("id", "Kita harus waspada,” kata Andi.", "Kita harus waspada,", NO_OPENING),
        (
            "en",
            '"The river does not care.\n\nThe council met.',
            "The river does not care.",
            NO_CLOSING,
        ),
    ],
)
def test_quotes_unbalanced_marks_are_recorded_not_guessed(
    code: str, text: str, content: str, problem: str
) -> None:
    quote = next(q for q in quotes_of(code, text) if q.direct)
    assert (quote.text, quote.problem) == (content, problem)


def test_quotes_a_second_stray_closing_mark_starts_after_the_first_quotation() -> None:
    # Two closing marks that never opened in one paragraph: the second quotation starts
    # at the sentence after the first one's attribution, not at the paragraph's start.
    text = (
        "Warga akan mengawal tim itu sampai selesai,” kata Andi Wijaya di Jakarta. "
        "Andi juga meminta laporan. Audit dilakukan oleh tim luar,” ungkap Sari Dewi."
    )
    quotes = [q for q in quotes_of("id", text) if q.direct]
    assert [(q.text, q.problem) for q in quotes] == [
        ("Warga akan mengawal tim itu sampai selesai,", NO_OPENING),
        ("Andi juga meminta laporan. Audit dilakukan oleh tim luar,", NO_OPENING),
    ]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", 'Sutradara film "Senja di Pelabuhan" menang di festival.'),
        ("en", 'The film "Blue Harbour Nights" won the prize.'),
    ],
)
def test_quotes_title_of_a_work_is_no_quote(code: str, text: str) -> None:
    assert [q for q in quotes_of(code, text) if q.direct] == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The drivers' union met the company's managers on Friday."),
        ("id", "Para sopir bertemu di Jum'at pagi, kata mereka."),
    ],
)
def test_quotes_apostrophes_are_no_quote_marks(code: str, text: str) -> None:
    assert [q for q in quotes_of(code, text) if q.direct] == []


@pytest.mark.parametrize(
    ("code", "text", "content", "speaker"),
    [
        ("id", "’’Jembatan itu sudah retak,’’ kata Wayan.", "Jembatan itu sudah retak,", "Wayan"),
        ("id", "‘‘Kami menunggu hasil uji,’’ ujar Ratna.", "Kami menunggu hasil uji,", "Ratna"),
        ("id", "''Pasar dibuka lagi besok,'' kata Hendri.", "Pasar dibuka lagi besok,", "Hendri"),
        ("id", "’’Panen tahun ini gagal,” tutur Siti.", "Panen tahun ini gagal,", "Siti"),
        (
            "en",
            "’’We will rebuild the school,’’ said Morgan.",
            "We will rebuild the school,",
            "Morgan",
        ),
    ],
)
def test_quotes_two_single_marks_set_as_one_double_mark(
    code: str, text: str, content: str, speaker: str
) -> None:
    (quote,) = quotes_of(code, text, mention(text, speaker))
    assert (quote.text, quote.problem, quote.speaker) == (content, None, speaker)


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        ("id", "Warga resah. ”Airnya keruh sejak Senin,” kata Budi.", "Airnya keruh sejak Senin,"),
        ("en", "The town waited. ”Nobody came,” said Tom.", "Nobody came,"),
    ],
)
def test_quotes_right_double_mark_used_to_open(code: str, text: str, content: str) -> None:
    (quote,) = [q for q in quotes_of(code, text) if q.direct]
    assert (quote.text, quote.problem) == (content, None)


@pytest.mark.parametrize(
    ("code", "text", "content"),
    [
        (
            "id",
            "Pesan itu berbunyi. ”Jika ada label “Ekstra” di bungkusnya, jangan dibeli.” Pesan itu"
            " palsu.",
            "Jika ada label “Ekstra” di bungkusnya, jangan dibeli.",
        ),
        (
            "id",
            "Pesan itu berbunyi. ’’Jika ada label ”Ekstra” di bungkusnya, jangan dibeli.” Pesan itu"
            " palsu.",
            "Jika ada label ”Ekstra” di bungkusnya, jangan dibeli.",
        ),
        (
            "en",
            'The post read: "If the pack says "Extra" on it, do not buy it." It was false.',
            'If the pack says "Extra" on it, do not buy it.',
        ),
    ],
)
def test_quotes_word_quoted_with_the_same_marks_stays_inside(
    code: str, text: str, content: str
) -> None:
    """A word quoted inside a quotation with the outer quotation's own marks does not close it."""
    quotes = [q for q in quotes_of(code, text) if q.direct]
    assert [(q.text, q.problem) for q in quotes] == [(content, None)]


def test_quotes_reopening_mark_that_would_leave_a_quote_open_is_no_nesting() -> None:
    """A closing mark missing before the next quotation: not a quotation that never closes.
    The mark opening a sentence starts the next quotation, and the one before it is kept to
    that sentence's end with its problem recorded."""
    text = '"Saya sudah melihatnya, kata Dedi. "Tidak ada yang rusak," lanjutnya.'
    quotes = [q for q in quotes_of("id", text) if q.direct]
    assert [(q.text, q.problem) for q in quotes] == [
        ("Saya sudah melihatnya, kata Dedi.", NO_CLOSING),
        ("Tidak ada yang rusak,", None),
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # A space left before the closing mark: the clause still ends at the comma.
        (
            '"Kami akan kembali ke Ponorogo, " kata Suyatno.',
            "Kami akan kembali ke Ponorogo,",
            "Suyatno",
        ),
        # A doubled closing mark before the comma.
        ("’’Jembatan itu sudah retak’’, kata Wayan.", "Jembatan itu sudah retak", "Wayan"),
    ],
)
def test_quotes_clause_end_read_past_spaces_and_doubled_marks(
    text: str, content: str, speaker: str
) -> None:
    (quote,) = quotes_of("id", text, mention(text, speaker))
    assert (quote.text, quote.speaker) == (content, speaker)


def test_quotes_curly_marks_inside_a_straight_opened_quote_are_no_nesting() -> None:
    """A stray straight mark ("very spiritual' …) is closed by the next curly closing mark,
    not carried, with the curly quotation read as nested, into the next paragraph's
    quotation (ECB+ dev topic 22)."""
    text = (
        "They wrote of the \"very spiritual' worker who shot them. "
        "“We talked about her faith,” Dorsey said of the worker.\n\n"
        "“I never thought it would come down to this,” Dorsey said."
    )
    quotes = [q.text for q in quotes_of("en", text) if q.direct]
    assert "I never thought it would come down to this," in quotes


def test_quotes_a_curly_word_inside_a_straight_quote_stays_inside() -> None:
    """Marks of two styles inside one paragraph that closes its quotation: the curly ones
    still quote a word inside it (Pratiwi dev topic 4)."""
    text = '"Kami meminta Kemlu yang menjadi “atasan” KJRI untuk menjelaskan," kata Suyatno.'
    quotes = [q for q in quotes_of("id", text, mention(text, "Suyatno")) if q.direct]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Kami meminta Kemlu yang menjadi “atasan” KJRI untuk menjelaskan,", "Suyatno")
    ]


@pytest.mark.parametrize(
    ("code", "text", "parts", "speaker"),
    [
        (
            "en",
            "“The river rose all night. “We moved the goats first,” Marta added.\n\n"
            "“Nobody slept. We are tired.”",
            [
                "The river rose all night.",
                "We moved the goats first,",
                "Nobody slept. We are tired.",
            ],
            "Marta",
        ),
        (
            "id",
            "“Air naik sepanjang malam. “Kambing kami pindahkan dulu,” tambah Marta.\n\n"
            "“Tidak ada yang tidur. Kami lelah.”",
            [
                "Air naik sepanjang malam.",
                "Kambing kami pindahkan dulu,",
                "Tidak ada yang tidur. Kami lelah.",
            ],
            "Marta",
        ),
    ],
)
def test_quotes_mark_opening_a_sentence_inside_an_open_quote_starts_a_new_one(
    code: str, text: str, parts: list[str], speaker: str
) -> None:
    """A mark opening a sentence in the middle of a paragraph, inside a quotation that would
    otherwise stay open: the quotation before it lacks its closing mark and a new one starts
    (a quotation going on past a paragraph break repeats its mark at the paragraph's start,
    not inside it). The new one is closed and attributed by its own marks and verb, and
    does not run on into the next paragraph's quotation (ECB+ dev topic 35)."""
    quotes = [q for q in quotes_of(code, text, mention(text, speaker)) if q.direct]
    assert [(q.text, q.problem) for q in quotes] == [
        (parts[0], NO_CLOSING),
        (parts[1], None),
        (parts[2], None),
    ]
    assert quotes[1].speaker == speaker


def test_quotes_title_opening_a_sentence_inside_a_closed_quote_stays_nested() -> None:
    """A quotation that closes in its paragraph keeps a word quoted at a sentence's start
    inside it."""
    text = "“We watched it twice. “Titanic” still makes her cry,” said Marta."
    quotes = [q for q in quotes_of("en", text, mention(text, "Marta")) if q.direct]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We watched it twice. “Titanic” still makes her cry,", "Marta")
    ]
