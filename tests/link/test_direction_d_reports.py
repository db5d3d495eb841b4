"""Direction from a newsroom's own reporting: a copy keeps the sentence and drops the name."""

from __future__ import annotations

import pytest
from link_records import WIRE, item, lexicons

from silang.link import find_links
from silang.link.direction_reports import dropped_own_report, own_reports

#: The newsroom's closing sentence, naming itself as the one the regent spoke to, and the
#: same sentence as a copy keeps it without the name.
REPORTED = WIRE + " Hal itu disampaikan Hendra saat dihubungi Pacifica, Rabu siang."
SCRUBBED = WIRE + " Hal itu disampaikan Hendra saat dihubungi, Rabu siang."
#: The sentence as a spinner keeps it: "saat" traded for its synonym "waktu", the name gone.
SPUN = WIRE + " Hal itu disampaikan Hendra waktu dihubungi, Rabu siang."


@pytest.mark.parametrize("copy", [SCRUBBED, SPUN])
def test_direction_d_copy_that_drops_the_newsrooms_name_is_later(copy: str) -> None:
    links = find_links(
        [
            item("b", copy, outlet="kabarblog.net"),
            item("a", REPORTED, outlet="warta.pacifica.co.id"),
        ],
        lexicons(),
    )
    assert links[0].original == "a"


def test_direction_d_own_report_reads_the_name_with_its_domain() -> None:
    text = WIRE + " Hal itu disampaikan Hendra kepada wartawan Pacifica.co.id, Rabu."
    article = item("a", text, outlet="warta.pacifica.co.id").article
    assert own_reports(article, lexicons()["id"].report_cue)


@pytest.mark.parametrize(
    ("newsroom", "copy"),
    [
        # The name in a passage the copy lacks: the newsroom's own addition, no evidence
        # about the text the two share.
        (REPORTED, WIRE),
        # The copy keeps the name: the mention vote's, not this one's.
        (REPORTED, REPORTED),
        # A lower-case word after the cue is no name ("kepada pacifica" of a blog that
        # writes its site's name so would be a word).
        (WIRE + " Hal itu disampaikan Hendra saat dihubungi pacifica, Rabu siang.", SCRUBBED),
    ],
)
def test_direction_d_dropped_report_needs_the_kept_sentence_without_the_name(
    newsroom: str, copy: str
) -> None:
    a = item("a", newsroom, outlet="warta.pacifica.co.id").article
    b = item("b", copy, outlet="kabarblog.net").article
    assert not dropped_own_report(a, b, own_reports(a, lexicons()["id"].report_cue))


def test_direction_d_two_texts_each_naming_themselves_at_one_place_cancel() -> None:
    # A copy that put its own name where its source's stood: each drops the other's name,
    # and nothing else tells them apart.
    mine = WIRE + " Hal itu disampaikan Hendra saat dihubungi Kabarblog, Rabu siang."
    links = find_links(
        [
            item("a", REPORTED, outlet="warta.pacifica.co.id"),
            item("b", mine, outlet="kabarblog.net"),
        ],
        lexicons(),
    )
    assert links[0].original is None


def test_direction_d_spun_copy_keeps_the_sentence_in_other_words() -> None:
    # The words are compared with synonyms folded, as the linker compares them.
    a = item("a", REPORTED, outlet="warta.pacifica.co.id").article
    b = item("b", SPUN, outlet="kabarblog.net").article
    lexicon = lexicons()["id"]
    starts = own_reports(a, lexicon.report_cue)
    assert not dropped_own_report(a, b, starts)
    assert dropped_own_report(a, b, starts, lexicon.canonical)


def test_direction_d_own_name_with_its_domain_run_in() -> None:
    # A newsroom that names itself with its domain run in, in lower case ("pacificacom"
    # for pacifica.com), as detik writes "detikcom".
    text = WIRE + " Hal itu disampaikan Hendra saat dihubungi pacificacom, Rabu siang."
    article = item("a", text, outlet="news.pacifica.com").article
    assert own_reports(article, lexicons()["id"].report_cue)
