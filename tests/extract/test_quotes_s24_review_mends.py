"""Cases a review found the session-24 quote rules got wrong, and the forms of a fronted
passive they missed: an aside after "Menurut X" is no content, an apposition after an
inserted attribution is no clause, a full name after an office is no place, a body opening
a clause ends a speaker's running words, a possessive after the attribution's sentence may
be whom the words are said of, and "Dinyatakan" declares a state unless "oleh" follows it.
Sentences written for these tests; names and figures are made up."""

from __future__ import annotations

import pytest

from quote_reads import resolved, written
from silang.extract.quotes import _only_attribution
from silang.lang.quotes import load_quotes_lexicon


@pytest.mark.parametrize("aside", ["sendiri", "kemarin", "juga", "sebagai ketua koperasi"])
def test_an_aside_after_menurut_a_name_is_no_content(aside: str) -> None:
    text = f"Menurut Budi Santoso {aside}, harga gula akan turun."
    assert written("id", text) == [("harga gula akan turun", "Budi Santoso", "Menurut")]


def test_a_second_source_after_menurut_a_name_is_no_content() -> None:
    text = "Menurut Budi Santoso serta Andi Wijaya, harga gula akan turun."
    assert [q[0] for q in written("id", text)] == ["harga gula akan turun"]


def test_a_second_source_after_menurut_with_no_comma_is_no_content() -> None:
    text = "Menurut Budi Santoso dan Andi Wijaya harga gula akan turun."
    assert not any(q[0].startswith("dan ") for q in written("id", text))


def test_whose_the_source_is_after_according_to_is_no_content() -> None:
    text = "According to John Smith of the Boston Herald, the Red Sox made an offer."
    assert written("en", text) == [("the Red Sox made an offer", "John Smith", "According to")]


def test_a_second_source_after_according_to_is_no_content() -> None:
    text = (
        "According to Childs and the security advisory Microsoft also published today, "
        "the flaw is serious."
    )
    assert [q[0] for q in written("en", text)] == ["the flaw is serious"]


@pytest.mark.parametrize(
    ("code", "text", "said", "speaker"),
    [
        (
            "en",
            "The economy grew 2 percent last year, said John Smith, Goldman Sachs chief economist.",
            "The economy grew 2 percent last year",
            "John Smith",
        ),
        (
            "en",
            "Oil fell below $70, said Tom Lee, Fundstrat managing partner.",
            "Oil fell below $70",
            "Tom Lee",
        ),
        (
            "id",
            "Stok beras aman, kata Budi Santoso, Bulog cabang Jakarta.",
            "Stok beras aman",
            "Budi Santoso",
        ),
    ],
)
def test_a_post_after_an_inserted_attribution_is_no_clause(
    code: str, text: str, said: str, speaker: str
) -> None:
    assert [q[:2] for q in written(code, text)] == [(said, speaker)]


def test_a_full_name_after_an_office_is_the_one_pointed_to() -> None:
    text = (
        "Joko Widodo bertemu Prabowo Subianto di Istana. "
        '"Kami sepakat menjaga persatuan," kata mantan Presiden Susilo Bambang Yudhoyono itu.'
    )
    assert [q[1] for q in resolved("id", text)] == ["Susilo Bambang Yudhoyono"]


def test_running_words_stop_at_a_body_opening_a_clause() -> None:
    text = (
        "Kata Budi Santoso, petani di lereng sulit beralih tanaman. "
        "Sementara itu, Kementerian Pertanian menyiapkan bantuan bibit untuk petani. "
        "Kalau ada bantuan bibit, petani lembah cepat beralih, tuturnya."
    )
    assert resolved("id", text)[-1][0] == "Kalau ada bantuan bibit, petani lembah cepat beralih"


def test_a_possessive_after_the_attributions_sentence_stops_the_carry() -> None:
    text = (
        '"The deal is good for workers," Smith said. Trump\'s spokesman disagreed. '
        '"It is a disaster for this country."'
    )
    assert [q[1] for q in resolved("en", text)] == ["Smith", None]


def test_a_possessive_in_a_paragraph_of_its_own_stops_the_carry() -> None:
    text = (
        '"The vote was fair," said Ann Lee, the clerk of the county.\n'
        "Reports that Trump's campaign had kept the ballots "
        '"under lock and key" spread fast.'
    )
    assert [q[1] for q in resolved("en", text)][1:] == [None]


def test_dinyatakan_without_oleh_declares_a_state() -> None:
    text = "Dinyatakan Bersalah, Andi Wijaya divonis lima tahun penjara."
    assert written("id", text) == []


def test_dinyatakan_oleh_names_the_speaker() -> None:
    text = "Dinyatakan oleh Andi Wijaya, stok beras masih cukup."
    assert written("id", text) == [("stok beras masih cukup", "Andi Wijaya", "Dinyatakan")]


@pytest.mark.parametrize(
    "text",
    [
        "Dikatakan Kapolres Bogor AKBP Andi Wijaya, pelaku sudah ditangkap.",
        "Dikatakan Andi Wijaya kepada wartawan, pelaku sudah ditangkap.",
    ],
)
def test_a_fronted_passive_with_a_post_or_a_phrase_after_the_name(text: str) -> None:
    assert written("id", text) == [("pelaku sudah ditangkap", "Andi Wijaya", "Dikatakan")]


def test_a_date_after_a_fronted_passives_speaker_is_no_content() -> None:
    text = "Polisi memeriksa tiga saksi. Diterangkan Andi, Senin (9/11), pelaku sudah ditangkap."
    assert written("id", text)[-1:] == [("pelaku sudah ditangkap", "Andi", "Diterangkan")]


@pytest.mark.parametrize(
    "text",
    [
        "Dikatakan bahwa pelaku sudah ditangkap.",
        "Dijelaskan dalam surat edaran itu, pelaku sudah ditangkap.",
        "Menurut data BPS inflasi naik.",
    ],
)
def test_no_speaker_named_no_statement_read(text: str) -> None:
    assert [q for q in written("id", text) if q[1]] == []


def test_a_possessive_after_a_quotation_that_ended_its_sentence_stops_the_carry() -> None:
    text = (
        '"I will answer the question," Smith said, "because it has puzzled the court." '
        "When Smith began to speak he saw Jones's surprise. "
        '"Explain to me why you are here."'
    )
    assert [q[1] for q in resolved("en", text)] == ["Smith", "Smith", None]


def test_a_possessive_in_the_sentence_that_holds_both_quotations_keeps_the_carry() -> None:
    text = (
        'Mark Ruiz said the "danger" came from Trump\'s ability to win votes while '
        '"allowing hateful sentiments to surface."'
    )
    assert [q[1] for q in resolved("en", text)] == ["Mark Ruiz", "Mark Ruiz"]


@pytest.mark.parametrize(
    ("gap_text", "only"),
    [
        ('"We cut," said Smith. Trump\'s aide disagreed. "It fails."', False),
        ('"We cut," Smith said. Trump\'s aide disagreed. "It fails."', False),
        ('"We cut," said Dr. Benjamin\'s aide. "It fails."', True),
        ('"We cut," he said. A "cut" it was.', False),
    ],
)
def test_a_sentence_ending_on_a_name_ends_the_attribution(gap_text: str, only: bool) -> None:
    # Between the two quotations: the first's attribution alone, unless a sentence ends there.
    closed = gap_text.index('"', 1)
    opened = gap_text.index('"', closed + 1)
    lexicon = load_quotes_lexicon("en")
    assert _only_attribution(gap_text, closed, opened, lexicon) is only
