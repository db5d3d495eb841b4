"""A quotation another article tells without quote marks, in the same words: hand-made
records in the shapes of Pratiwi dev topics 4 and 6 (a press release quoted by one outlet and
written as prose by another; a chain message pasted into a post with an aside of its own)."""

from __future__ import annotations

from silang.compare.quotes import quote_groups
from silang.compare.quotes_retold import find_retold, index_words
from silang.model import Annotated, Quote, Span

from records import make_article

RELEASE = (
    "Penutupan jembatan gantung itu terpaksa dilakukan karena kabel penahannya sudah berkarat "
    "dan lantainya lapuk"
)


def _quoted(aid: str, said: str, speaker: str | None) -> Annotated:
    text = f'Warga bertanya. "{said}," tulis {speaker or "pesan itu"}.'
    article = make_article(text, article_id=aid)
    at = text.index(said)
    quote = Quote(at, at + len(said), said, True, speaker=speaker)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=(quote,))


def _prose(aid: str, text: str, *quotes: Quote) -> Annotated:
    article = make_article(text, article_id=aid)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=quotes)


def test_compare_quotes_a_statement_told_as_prose_is_a_version() -> None:
    prose = (
        "Dalam siaran persnya, dinas itu menjelaskan keadaan jembatan. "
        f"{RELEASE}. Perbaikan dimulai bulan depan."
    )
    (group,) = quote_groups([_quoted("a1", RELEASE, "Dinas PU"), _prose("a2", prose)])
    told = next(v for v in group.versions if v.article_id == "a2")
    assert (told.text, told.speaker) == (RELEASE, None)
    assert group.speaker == "Dinas PU"


def test_compare_quotes_a_pasted_message_with_an_aside_is_one_version() -> None:
    message = (
        "Periksa botol minum anak anda, bila ada angka tujuh di dasarnya maka plastiknya "
        "beracun. Angka tujuh berarti plastik campuran yang berbahaya."
    )
    post = (
        "Kemarin ramai pesan seperti ini, Periksa botol minum anak anda, bila ada angka tujuh "
        "di dasarnya maka plastiknya BERACUN. (angka itu tercetak di dalam segitiga) Angka "
        "tujuh berarti plastik campuran yang berbahaya! Pesan itu keliru."
    )
    (group,) = quote_groups([_quoted("a1", message, None), _prose("a2", post)])
    told = next(v for v in group.versions if v.article_id == "a2")
    assert told.text.startswith("Periksa botol minum")
    assert told.text.endswith("yang berbahaya")


def test_compare_quotes_the_same_reason_in_other_words_is_no_version() -> None:
    prose = (
        "Pejabat itu mengakui jembatan ditutup karena kabelnya sudah tua dan lantai kayunya "
        "dimakan rayap sejak lama."
    )
    assert quote_groups([_quoted("a1", RELEASE, "Dinas PU"), _prose("a2", prose)]) == ()


def test_compare_quotes_an_articles_own_quotation_keeps_its_passage() -> None:
    # a2 reports the sentence with a speaker of its own: its quotation, not a second
    # speakerless version over the same words, stands for it.
    prose = f"Kepala dinas Budi Santoso menegaskan bahwa {RELEASE[0].lower()}{RELEASE[1:]}."
    at = prose.index("enutupan") - 1
    own = Quote(at, len(prose) - 1, prose[at:-1], False, speaker="Budi Santoso")
    (group,) = quote_groups([_quoted("a1", RELEASE, "Budi Santoso"), _prose("a2", prose, own)])
    assert [(v.article_id, v.speaker) for v in group.versions] == [
        ("a1", "Budi Santoso"),
        ("a2", "Budi Santoso"),
    ]


def test_compare_quotes_a_word_the_article_adds_keeps_the_sentence_whole() -> None:
    text = "Menurut laporan itu, panen padi tahun lalu mencapai 120 ribu ton dari 80 ribu ton."
    span = find_retold("panen tahun lalu mencapai 120 ribu ton dari 80 ribu ton", index_words(text))
    assert span is not None
    assert text[span[0] : span[1]] == "panen padi tahun lalu mencapai 120 ribu ton dari 80 ribu ton"


def test_compare_quotes_a_short_quotation_is_not_looked_for() -> None:
    text = "Semua orang tahu bahwa harga beras naik lagi minggu ini di pasar."
    assert find_retold("harga beras naik lagi", index_words(text)) is None


def test_compare_quotes_a_sentence_told_without_its_opening_words_is_found() -> None:
    # ECB+ dev topic 19: the prose drops the quotation's first words and tells the rest.
    text = "Mayor Reyes lamented a quiet march that turned into a brawl on Main Street."
    said = "Tonight was a quiet march that turned into a brawl"
    span = find_retold(said, index_words(text))
    assert span is not None
    assert text[span[0] : span[1]] == "a quiet march that turned into a brawl"


def test_compare_quotes_a_few_shared_words_are_no_retold_sentence() -> None:
    text = "The mayor said a quiet march along the coast ended before dark."
    said = "Tonight was a quiet march along the river that turned into a brawl"
    assert find_retold(said, index_words(text)) is None


def test_compare_quotes_a_quotation_touching_a_passage_leaves_it_retold() -> None:
    # ECB+ dev topic 19: quote marks paired wrongly make "... regretted that a" a quotation
    # that ends on the first word of the retold passage.
    said = "Tonight a quiet march along the river turned into a brawl in the old town"
    prose = f"The mayor regretted that {said[8:]}. Shops were closed."
    end = prose.index("quiet")
    stray = Quote(4, end, prose[4:end], True)
    (group,) = quote_groups([_quoted("a1", said, "Mayor Tom Reyes"), _prose("a2", prose, stray)])
    assert {v.article_id for v in group.versions} == {"a1", "a2"}


def test_compare_quotes_parts_of_a_statement_told_apart_are_each_a_version() -> None:
    # One outlet quotes a statement whole; another quotes its second sentence alone; a third
    # writes both sentences as prose with a long aside between them. The whole quotation
    # finds only its first sentence there (the aside breaks the chain); the second is found
    # by the shorter quotation, as a second version in that article.
    first = (
        "Label bertuliskan nama produk seperti sikat bulu kasar menjadi penanda bahwa bahan "
        "sikat berasal dari hewan"
    )
    second = "Artinya sikat tersebut memakai bulu babi hutan yang kasar"
    aside = " ".join(["Daftar produk di toko daring memuat banyak merek dan ukuran."] * 5)
    prose = f"Lembaga itu menjelaskan cara memeriksa. {first}. {aside} {second}. Selesai."
    groups = quote_groups(
        [
            _quoted("a1", f"{first}. {second}", "Lembaga Kajian"),
            _quoted("a2", second, "Lembaga Kajian"),
            _prose("a3", prose),
        ]
    )
    told = [v.text for g in groups for v in g.versions if v.article_id == "a3"]
    assert second in told
