"""When two quotes of a story are one statement: hand-made records in the shapes of Pratiwi
topics 3 and 7 (a product's model number in every quote, two officials' similar lines)."""

from __future__ import annotations

from silang.compare.quotes import quote_groups
from silang.compare.text import figures
from silang.model import Annotated, Quote, Span

from records import make_article


def _quoted(aid: str, said: str, speaker: str) -> Annotated:
    text = f'"{said}," kata {speaker}.'
    article = make_article(text, article_id=aid)
    quote = Quote(1, 1 + len(said), said, True, speaker=speaker)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=(quote,))


def test_compare_quotes_a_short_line_inside_another_persons_words_is_no_version() -> None:
    items = [
        _quoted("a1", "Permen dot tidak mengandung narkoba", "Slamet Pribadi"),
        _quoted(
            "a2",
            "Setelah pengujian di laboratorium, permen dot itu tidak mengandung narkoba "
            "maupun zat psikoaktif lain",
            "Retno Kurpaningsih",
        ),
    ]
    assert quote_groups(items) == ()


def test_compare_quotes_one_statement_given_to_two_people_is_one_group() -> None:
    said = "Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman"
    items = [
        _quoted("a1", said, "Hendra Wiratama"),
        _quoted("a2", said.replace("sudah", "telah"), "Sri Lestari Wulandari"),
    ]
    (group,) = quote_groups(items)
    assert sum(v.other_speaker for v in group.versions) == 1


def test_compare_quotes_a_model_number_is_no_shared_figure() -> None:
    assert figures("pengguna iPhone 6 Plus mengadu, Aksi 212 digelar") == frozenset()
    assert figures("Sebanyak 345 botol, Rp 553 juta") == {"345", "553"}
    items = [
        _quoted("a1", "iPhone 6 mempunyai unibody yang kuat", "Apple"),
        _quoted("a2", "pekerja kami menguji kekuatan iPhone 6 berkali-kali", "Apple"),
    ]
    assert quote_groups(items) == ()


def _two_parts(aid: str, first: str, second: str, speaker: str) -> Annotated:
    """An outlet that quotes one statement in two parts, each with its own quote marks."""
    text = f'"{first}," kata {speaker}. "{second}," lanjutnya.'
    article = make_article(text, article_id=aid)
    at = text.index(second)
    quotes = (
        Quote(1, 1 + len(first), first, True, speaker=speaker),
        Quote(at, at + len(second), second, True, speaker=speaker),
    )
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=quotes)


def test_compare_quotes_a_whole_version_joins_the_groups_of_a_statement_quoted_in_parts() -> None:
    # Pratiwi dev topic 3: one outlet splits Apple's statement, another quotes it whole, a
    # third translates only the second part in other words.
    first = "iPhone 6 mempunyai unibody yang kuat dengan kekuatan ekstra dari baja"
    second = "Termasuk, menggunakan kaca terkuat dalam industri smartphone"
    items = [
        _two_parts("a1", first, second, "Apple"),
        _quoted(
            "a2", "iPhone baru disisipi baja dan menggunakan kaca terkuat dalam industri", "Apple"
        ),
        _quoted("a3", f"{first}. {second}", "Apple"),
    ]
    (group,) = quote_groups(items)
    assert {v.article_id for v in group.versions} == {"a1", "a2", "a3"}


def test_compare_quotes_a_version_without_its_speaker_joins_no_groups() -> None:
    # Two officials' statements, and an unattributed text holding both: it may be a version
    # of either, but it does not make the two officials' words one statement.
    first = "Bantuan jaminan hidup kami salurkan langsung ke rekening warga korban"
    second = "Tidak ada formulir dan tidak ada biaya administrasi untuk pencairan"
    unattributed = f'"{first}. {second}," tulis pesan itu.'
    article = make_article(unattributed, article_id="a3")
    whole = Quote(1, 2 + len(first) + len(second) + 1, f"{first}. {second}", True)
    items = [
        _quoted("a1", first, "Hendra Wiratama"),
        _quoted("a2", second, "Yuliana Pramesti"),
        Annotated(article=article, sentences=(Span(0, len(unattributed)),), quotes=(whole,)),
    ]
    groups = quote_groups(items)
    assert len(groups) == 1
    assert {v.article_id for v in groups[0].versions} == {"a1", "a3"}


def test_compare_quotes_one_persons_words_join_no_group_through_an_unattributed_line() -> None:
    # Pratiwi dev topic 4's shape: a banner's short slogan, unattributed, shares its words
    # with an organiser's statement and with a spokesman's; the spokesman's line is not a
    # version of the organiser's for that.
    banner = "Tindak tegas pembakaran reyog di konsulat Davao"
    article = make_article(f'Mereka membawa spanduk "{banner}" ke kantor itu.', article_id="a1")
    at = article.text.index(banner)
    items = [
        Annotated(
            article=article,
            sentences=(Span(0, len(article.text)),),
            quotes=(Quote(at, at + len(banner), banner, True),),
        ),
        _quoted(
            "a2",
            "Kami meminta konsulat Davao menjelaskan secara resmi dan tertulis alasan "
            "pembakaran reyog yang tegas itu kepada media nasional",
            "Agus Setiyoko",
        ),
        _quoted(
            "a3",
            "Kementerian sedang melakukan pemeriksaan internal terkait pembakaran reyog di "
            "konsulat Davao",
            "Arrmanatha Nasir",
        ),
    ]
    groups = quote_groups(items)
    assert not any(v.other_speaker for g in groups for v in g.versions)
    assert all(len({v.speaker for v in g.versions if v.speaker}) <= 1 for g in groups)
