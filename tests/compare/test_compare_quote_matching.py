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


def _two_parts(
    aid: str, first: str, second: str, speaker: str | None, language: str = "id"
) -> Annotated:
    """An outlet that quotes one statement in two parts, each with its own quote marks."""
    text = f'"{first}," kata {speaker}. "{second}," lanjutnya.'
    article = make_article(text, article_id=aid, language=language)
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
    # Two officials' statements, and an unattributed text holding both: it is a version of
    # each, by the sentence that tells it, but it does not make the two officials' words one
    # statement.
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
    told = sorted(sorted((v.article_id, v.text.rstrip(".")) for v in g.versions) for g in groups)
    assert told == [
        [("a1", first), ("a3", first)],
        [("a2", second), ("a3", second)],
    ]


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


def test_compare_quotes_two_lines_of_one_article_are_two_statements() -> None:
    # ECB+ dev topic 3: a prosecutor's short line scores 70 against his next, longer one on
    # their common words; each outlet quotes both, so each line is a group of its own.
    short = "The voters have spoken"
    longer = "We are disappointed, but the voters have made their choice and we accept it"
    items = [_two_parts(aid, short, longer, "Dana Whitfield") for aid in ("a1", "a2")]
    groups = quote_groups(items)
    assert sorted(len(g.versions) for g in groups) == [2, 2]
    assert all(len({v.article_id for v in g.versions}) == 2 for g in groups)


def test_compare_quotes_a_version_holding_part_of_a_statement_joins_its_closest() -> None:
    # ECB+ dev topic 3: one outlet ends a relative's first quotation where the other starts
    # her second, so the second outlet's second quotation holds the first one's tail.
    first = "I believe the verdict was fair. In her own words, she never wanted revenge"
    tail = "which is what she told us from the start"
    last = "I am not angry and I have no regrets"
    items = [
        _two_parts("a1", f"{first}, {tail}", last, "Mara Ellison"),
        _two_parts("a2", first, f"{tail.capitalize()}. {last}", "Mara Ellison"),
    ]
    groups = quote_groups(items)
    assert len(groups) == 2
    for group in groups:
        assert len({v.article_id for v in group.versions}) == len(group.versions) == 2


def test_compare_quotes_one_persons_shared_sentence_makes_one_statement() -> None:
    # ECB+ dev topic 19: one outlet ends a sister's quote with the sentence another opens
    # it with; the rest of the two quotes differs.
    items = [
        _quoted(
            "a1",
            "She is nine years old. Why would she run from officers who called her name? "
            "She knows the rules.",
            "Lena Harrow",
        ),
        _quoted("a2", "She knows the rules... They frightened my girl for nothing.", "Lena Harrow"),
    ]
    (group,) = quote_groups(items)
    assert {v.article_id for v in group.versions} == {"a1", "a2"}


def test_compare_quotes_a_shared_short_sentence_makes_no_statement() -> None:
    items = [
        _quoted("a1", "I don't know. The bridge was closed before the storm came.", "Lena Harrow"),
        _quoted("a2", "I don't know. We will rebuild the school by the spring.", "Lena Harrow"),
    ]
    assert quote_groups(items) == ()


def _said_en(aid: str, said: str, speaker: str | None) -> Annotated:
    text = f'"{said}," said {speaker or "someone"}.'
    article = make_article(text, article_id=aid, language="en", raw_prefix="")
    quote = Quote(1, 1 + len(said), said, True, speaker=speaker)
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=(quote,))


def test_compare_quotes_one_persons_reworded_statement_is_one_group() -> None:
    # ECB+ dev topic 3: two outlets word a relative's line apart; the name and the concept
    # "win" (won) are what the versions share.
    items = [
        _said_en("a1", "I believe Brian Nichols did not win today", "Christina Greenway"),
        _said_en("a2", "I don't think Brian Nichols won", "Christina Greenway"),
    ]
    (group,) = quote_groups(items)
    assert [v.article_id for v in group.versions] == ["a1", "a2"]


def test_compare_quotes_one_persons_lines_on_one_topic_are_two_statements() -> None:
    items = [
        _said_en("a1", "Georgia's death penalty rules should be changed", "Paul Howard"),
        _said_en(
            "a2",
            "Georgia prosecutors need more leeway to strike jurors who shun the death penalty",
            "Paul Howard",
        ),
    ]
    assert quote_groups(items) == ()


def test_compare_quotes_described_speakers_share_no_reworded_statement() -> None:
    # Shared names alone would make these one statement; neither description names who
    # spoke (ECB+ dev topic 12).
    items = [
        _said_en("a1", "Gunmen from Somalia boarded the Sirius Star near Oman", "the ship's owner"),
        _said_en("a2", "As far as we can tell it was the Sirius Star, off Oman", "the bureau"),
    ]
    assert quote_groups(items) == ()


def test_compare_quotes_two_statements_quoted_apart_by_two_outlets_stay_two() -> None:
    # ECB+ dev topic 19: two outlets quote a councilman's two lines apart; a third quotes
    # them as one quotation, with no speaker, which is a version of each.
    first = "Tonight was a peaceful vigil that devolved into a riot"
    second = "The youth in this community have no outlets for their anger"
    items = [
        _said_en("a1", f"peaceful vigil that devolved into a riot. {second}, no center", None),
        _two_parts("a2", first, second, "Jumaane Williams", "en"),
        _two_parts("a3", first, second, "Williams", "en"),
    ]
    groups = quote_groups(items)
    assert sorted(sorted(v.article_id for v in g.versions) for g in groups) == [
        ["a1", "a2", "a3"],
        ["a1", "a2", "a3"],
    ]
    said_by_a2 = [next(v.text for v in g.versions if v.article_id == "a2") for g in groups]
    assert sorted(said_by_a2) == sorted([first, second])


def test_compare_quotes_pairs_quoted_apart_by_two_outlets_make_three_statements() -> None:
    # One outlet quotes the first two sentences of an engineer's statement apart, another
    # the last two, a third the whole: three statements. Cut by the first outlet's quotations
    # alone, the third sentence would go with the one closest to it.
    first = "The bridge will reopen to traffic in early May"
    second = "We are sorry for the long delays on the river road"
    third = "Our engineers found no cracks in the main span of the bridge"
    items = [
        _two_parts("a1", first, second, "Dana Whitfield", "en"),
        _two_parts("a2", second, third, "Dana Whitfield", "en"),
        _said_en("a3", f"{first}. {second}. {third}", "Dana Whitfield"),
    ]
    groups = quote_groups(items)
    told = sorted(sorted(v.text for v in g.versions if v.article_id != "a3") for g in groups)
    assert told == sorted([[first], sorted([second, second]), [third]])
    assert all("a3" in {v.article_id for v in g.versions} for g in groups)


def test_compare_quotes_one_persons_short_quotation_in_the_same_words_is_one_group() -> None:
    # Under MIN_CHARS: a witness recalls someone's cry in two outlets, word for word.
    items = [
        _said_en("a1", "She is on fire", "Nora Blake"),
        _said_en("a2", "she is on fire", "Nora Blake"),
    ]
    (group,) = quote_groups(items)
    assert [v.article_id for v in group.versions] == ["a1", "a2"]


def test_compare_quotes_short_lines_of_other_words_or_speakers_or_without_marks_stay_apart() -> (
    None
):
    def reported(aid: str) -> Annotated:
        text = "The quake was felt in the Gulf states of Oman and Qatar."
        article = make_article(text, article_id=aid, language="en", raw_prefix="")
        at = text.index("of Oman")
        quote = Quote(at, len(text) - 1, text[at:-1], False, speaker="Gulf")
        return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=(quote,))

    assert quote_groups([reported("a1"), reported("a2")]) == ()
    other_words = [
        _said_en("a1", "She is on fire", "Nora Blake"),
        _said_en("a2", "She is safe now", "Nora Blake"),
    ]
    assert quote_groups(other_words) == ()
    other_speaker = [
        _said_en("a1", "She is on fire", "Nora Blake"),
        _said_en("a2", "She is on fire", "Ivan Roth"),
    ]
    assert quote_groups(other_speaker) == ()
