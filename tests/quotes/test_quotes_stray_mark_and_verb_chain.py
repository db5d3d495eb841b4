"""A quotation closed by a mark that never opened, and a pronoun before a verb chain
("He went on to say"): hand-written sentences."""

from __future__ import annotations

from quotes_records import mention, quotes_of

from silang.extract.quotes_marks import NO_OPENING, find_marked

#: One paragraph of narration, then two sentences of a trader's words whose opening mark the
#: page lost: the quotation is not the whole paragraph.
_STRAY = (
    "Isu tentang beras plastik menyebar lewat pesan berantai sejak pekan lalu. Banyak ibu "
    "rumah tangga lalu menunda belanja. Dinas perdagangan sudah memeriksa tiga pasar. "
    "Hasilnya tidak ada beras plastik yang ditemukan. Pembeli di pasar masih ramai seperti "
    "biasa. Harga beras juga tetap stabil minggu ini, dan kami tidak kesulitan mencari "
    "pasokan,” kata Budi Santoso, pedagang beras di Pasar Baru."
)


def test_quotes_a_stray_closing_mark_takes_in_at_most_the_sentence_before_its_own() -> None:
    (marked,) = find_marked(_STRAY)
    assert marked.problem == NO_OPENING
    assert _STRAY[marked.start : marked.end] == (
        "Pembeli di pasar masih ramai seperti biasa. Harga beras juga tetap stabil minggu "
        "ini, dan kami tidak kesulitan mencari pasokan,"
    )


def test_quotes_a_short_paragraph_before_a_stray_closing_mark_is_all_quoted() -> None:
    text = "Kami sudah siap. Semua relawan sudah berangkat,” kata Budi Santoso."
    (marked,) = find_marked(text)
    assert text[marked.start : marked.end] == "Kami sudah siap. Semua relawan sudah berangkat,"


def test_quotes_a_sentence_naming_the_speaker_is_not_inside_a_stray_closed_quotation() -> None:
    text = (
        "Warga berkumpul di balai desa sejak pagi. Pada pertemuan itu, Bupati Sari Dewi "
        "meminta warga tetap tenang. Bantuan akan tiba dalam dua hari,” ujar Sari."
    )
    entities = (mention(text, "Sari Dewi"), mention(text, "Sari", name="Sari Dewi", nth=1))
    direct = [q for q in quotes_of("id", text, *entities) if q.direct]
    assert [(q.speaker, q.text) for q in direct] == [
        ("Sari Dewi", "Bantuan akan tiba dalam dua hari,")
    ]


def test_quotes_a_sentence_not_naming_the_speaker_stays_in_a_stray_closed_quotation() -> None:
    text = (
        "Warga berkumpul di balai desa sejak pagi. Jalan desa masih tertutup lumpur. "
        "Bantuan akan tiba dalam dua hari,” ujar Sari Dewi."
    )
    (quote,) = quotes_of("id", text, mention(text, "Sari Dewi"))
    assert quote.text == "Jalan desa masih tertutup lumpur. Bantuan akan tiba dalam dua hari,"


def test_quotes_a_pronoun_before_a_verb_chain_is_the_speaker() -> None:
    text = (
        "The club's chairman, Tom Baker, said the season was over. "
        "He went on to say, “We will rebuild the squad this summer.”"
    )
    quotes = quotes_of("en", text, mention(text, "Tom Baker"))
    assert [(q.speaker, q.text) for q in quotes if q.direct] == [
        ("Tom Baker", "We will rebuild the squad this summer.")
    ]


def test_quotes_a_statement_stops_at_another_speakers_inverted_attribution() -> None:
    # A page that lost its punctuation: one "sentence" holds three doctors' statements.
    text = (
        "dr Rina Hartati dari RS Sehat mengatakan pasien harus segera dibawa ke rumah sakit "
        "terdekat tanpa menunggu lama tutur dr Budi Santoso dari RS Harapan menusuk jari "
        "pasien tidak ada gunanya kata dr Sari Dewi dalam wawancara"
    )
    entities = [mention(text, name) for name in ("Rina Hartati", "Budi Santoso", "Sari Dewi")]
    quotes = quotes_of("id", text, *entities)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Rina Hartati", "pasien harus segera dibawa ke rumah sakit terdekat tanpa menunggu lama")
    ]


def test_quotes_a_name_opening_the_content_of_a_verb_is_no_attribution() -> None:
    text = "Anna Lee said the two reporters have insisted Mark Dunn was never at the scene."
    quotes = quotes_of("en", text, mention(text, "Anna Lee"), mention(text, "Mark Dunn"))
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Anna Lee", "the two reporters have insisted Mark Dunn was never at the scene")
    ]
