"""Quote grouping on stories nobody tuned on: one spokesman whose name outlets fuse with
different bodies (speakers._one_longer_name), a sentence told both by its own version and
inside a longer quotation (quotes._told_parts), and a clause of function words that is no
rewording of another statement (quotes._told_run). Sentences and names written for these
tests."""

from __future__ import annotations

from itertools import pairwise

import pytest

from silang.compare.glossary import Glossary, load_glossary
from silang.compare.quotes import _Candidate, _candidate, _matches, _told_parts, _told_run
from silang.compare.speakers import SpeakerLexicon, StoryNames, load_speaker_lexicon, same_person
from silang.model import Annotated, Quote, Span

from records import make_article


@pytest.fixture(scope="module")
def lexicon() -> SpeakerLexicon:
    return load_speaker_lexicon(("id",))


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def test_one_name_after_two_bodies_fused_with_it_is_one_person(lexicon: SpeakerLexicon) -> None:
    # Two outlets' entities fused a body's name before the spokesman's ("Humas Stadion
    # Sentosa Dedi Kurniawan", "Humas PPSL Dedi Kurniawan Putra"): a short form of his name
    # stands for both, and another outlet's longer form is still the same man.
    names = StoryNames(
        {"a1": ["Sentosa Dedi Kurniawan"], "a2": ["PPSL Dedi Kurniawan Putra"], "a3": []},
        lexicon,
        ["Stadion Sentosa", "PPSL"],
    )
    short = names.read("Dedi Kurniawan", "a3")
    longer = names.read("Dedi Kurniawan Putra", "a3")
    assert same_person(short, longer)
    assert same_person(longer, short)


def test_two_bodies_before_two_names_are_still_two_people(lexicon: SpeakerLexicon) -> None:
    names = StoryNames(
        {"a1": ["Sentosa Dedi Kurniawan"], "a2": ["PPSL Dedi Saputra"], "a3": []}, lexicon
    )
    assert not same_person(
        names.read("Sentosa Dedi Kurniawan", "a1"), names.read("PPSL Dedi Saputra", "a2")
    )


@pytest.mark.parametrize(
    ("written", "other"),
    [
        (["Budi Hendra Wiratama"], "Andi Hendra Wiratama"),
        (["Muhammad Nur Hidayat"], "Ahmad Nur Hidayat"),
    ],
)
def test_two_given_names_before_the_same_two_names_are_two_people(
    lexicon: SpeakerLexicon, written: list[str], other: str
) -> None:
    # Only a body the story names may stand fused before a person's name; a given name
    # before the same two names is another person's.
    names = StoryNames({"a1": written, "a2": [other], "a3": []}, lexicon)
    short = names.read(" ".join(written[0].split()[1:]), "a1")
    assert not same_person(short, names.read(other, "a2"))


def _quoted(
    aid: str,
    said: str,
    glossary: Glossary,
    speaker: str | None = "Budi Santoso",
    language: str = "id",
) -> _Candidate:
    """``said`` quoted in article ``aid`` as ``speaker``'s ("kata Budi Santoso"), or with no
    speaker, as a candidate version."""
    text = f'"{said}" kata Budi Santoso.'
    stops = [0, *(m + 2 for m in range(len(text)) if text.startswith(". ", m)), len(text)]
    names = StoryNames({aid: []}, glossary.speakers)
    item = Annotated(
        article=make_article(text, article_id=aid, language=language),
        sentences=tuple(Span(a, b) for a, b in pairwise(stops)),
        quotes=(Quote(1, 1 + len(said), said, True, speaker),),
    )
    return _candidate(item, 1, 1 + len(said), glossary, item.quotes[0], names)


CLOSING = "Gerbang stadion ditutup pukul sepuluh malam setiap hari."
RELEASE = (
    "Sejak lama pengelola menjaga keamanan kawasan olahraga kota. "
    f"{CLOSING} Pengunjung tidak boleh bermalam di halaman tanpa izin pengelola."
)


def test_a_sentence_tells_the_statement_of_the_version_most_like_it(glossary: Glossary) -> None:
    # The sentence is said whole both by an outlet's quotation of the whole release and by
    # another outlet's quotation of that sentence alone: it is the second group's statement.
    member = _quoted("a3", CLOSING, glossary)
    release = [_quoted("a1", RELEASE, glossary)]
    alone = [_quoted("a2", CLOSING, glossary)]
    assert _told_parts(member, [release, alone]) == [None, (member.start, member.end)]


def test_a_clause_of_function_words_rewords_no_statement(glossary: Glossary) -> None:
    # "Dan yang ada di gambar itu" shares "dan", "yang", "ada" and "di" with another line of
    # the same man: no key term, so the quotation is not cut there.
    member = _quoted(
        "a1",
        "Dan yang ada di gambar itu, terlihat rombongan pelajar antre masuk ke gedung "
        "olahraga kota,",
        glossary,
    )
    other = [_quoted("a2", "memang ada warga yang datang dan menginap di sana", glossary)]
    assert _told_run(member, [member], other, glossary, True) is None


def test_a_clause_reworded_on_its_content_is_cut_off(glossary: Glossary) -> None:
    # The first clause is reworded by the same man elsewhere: it shares its key terms
    # ("informasi", "palsu", "buat"), so the quotation is cut after it.
    member = _quoted(
        "a1",
        "Banyak sekali informasi palsu yang dibuat orang di media sosial, kami tidak pernah "
        "membahas kenaikan tunjangan pejabat daerah",
        glossary,
    )
    other = [
        _quoted("a2", "memang banyak beredar informasi palsu yang dibuat seolah resmi", glossary)
    ]
    assert _told_run(member, [member], other, glossary, True) is not None


def test_an_english_clause_reworded_on_its_content_is_cut_off(glossary: Glossary) -> None:
    # "settlement" and "commission" are key terms of both, compared with their noun endings
    # taken off on both sides.
    member = _quoted(
        "a1",
        "For all of us the settlement with the commission comes first. The mayor has "
        "promised new buses for the northern districts.",
        glossary,
        language="en",
    )
    other = [
        _quoted(
            "a2",
            "the settlement with the commission is what matters to us",
            glossary,
            language="en",
        )
    ]
    assert _told_run(member, [member], other, glossary, False) is not None


def test_a_passage_with_no_speaker_is_matched_sentence_by_sentence(glossary: Glossary) -> None:
    # The unattributed passage holds "bisa", "permainan" and "mengakibatkan" in three
    # sentences: as a bag its words score the line 79, but no sentence of it says the line.
    line = _quoted("a1", "Permainan ini bisa mengakibatkan kecelakaan", glossary)
    passage = (
        "Bahasa bisa menjadi sumber konflik jika disalahgunakan. Permainan kata sering "
        "dipaksakan oleh penulisnya. Benturan budaya mengakibatkan kegaduhan di masyarakat."
    )
    assert not _matches(line, _quoted("a2", passage, glossary, None))
    assert _matches(line, _quoted("a3", "Permainan itu bisa mengakibatkan kecelakaan", glossary))


def test_a_speakers_summary_of_his_longer_statement_still_matches(glossary: Glossary) -> None:
    # One man's three sentences and another outlet's one-sentence summary of them: his own
    # quotation keeps the bag of words.
    statement = (
        "Bertahun-tahun warga Pulau Dua menunggu kapal. Kalau ombak tinggi, kapal tidak "
        "berangkat dan pasar tutup. Mulai besok, semua itu berakhir."
    )
    summary = "Mulai besok, warga Pulau Dua tidak lagi menunggu kapal"
    assert _matches(_quoted("a1", summary, glossary), _quoted("a2", statement, glossary))
