"""report.html as a reader uses it: names instead of ids, the story list, the figures table,
quote versions, and links that land on the passage they cite. Structure checks on the HTML
(issue #8 asks for a page a journalist is glad to open)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

import jsonschema

from silang.model import Annotated, Quantity, Quote, Span
from silang.render import build_report
from silang.render.html import quote_cards, render_html
from silang.render.report import load_schema

from records import make_article

_TEXTS = {
    "aaaaaaaaaaaaaaaa": 'Warga mengungsi. "Sebanyak 2300 warga sudah aman," kata Hendra di posko.',
    "bbbbbbbbbbbbbbbb": 'Warga mengungsi. "Sebanyak 2300 warga sudah aman," kata Hendra di posko.',
    "cccccccccccccccc": 'Warga mengungsi. "Sebanyak 9000 warga belum aman," kata Hendra di posko.',
    "dddddddddddddddd": "Jembatan putus. Sekitar 12 km jalan desa tertutup longsor sejak Selasa.",
    "eeeeeeeeeeeeeeee": "Dapur umum dibuka. Relawan membagikan 1500 bungkus nasi kepada warga.",
}


def _items() -> list[Annotated]:
    items = []
    for aid, text in _TEXTS.items():
        number = next(w for w in text.split() if w.isdigit())
        start = text.index(number)
        figure = Quantity(start, start + len(number), number, float(number), counted="warga")
        quotes: tuple[Quote, ...] = ()
        if '"' in text:
            first, last = text.index('"') + 1, text.rindex(",")
            quotes = (Quote(first, last, text[first:last], True, "Hendra"),)
        # No outlet and no title: named by where it was read from and its opening words.
        article = make_article(text, article_id=aid, sources=(f"/data/in/{aid[:3]}.txt",))
        article = replace(article, outlet=None, title=None)
        sentences = (Span(0, text.index(".") + 1), Span(text.index(".") + 2, len(text)))
        items.append(
            Annotated(article=article, sentences=sentences, quantities=(figure,), quotes=quotes)
        )
    return items


def _mention(aid: str, written: str) -> dict[str, Any]:
    start = _TEXTS[aid].index(written)
    return {"article_id": aid, "start": start, "end": start + len(written), "text": written}


def _value(aid: str, number: str) -> dict[str, Any]:
    return {
        "value": float(number), "low": None, "high": None, "qualifier": "exact",
        "article_ids": [aid], "attributed_to": None, "date": "2024-03-13", "series": None,
        "unit": None, "origins": 1, "mentions": [_mention(aid, number)],
    }  # fmt: skip


def _claim(subject: str, status: str, values: list[dict[str, Any]]) -> dict[str, Any]:
    origins = len({a for v in values for a in v["article_ids"]})
    return {
        "kind": "quantity", "subject": subject, "unit": None, "status": status,
        "origins": origins, "changed_over_time": False, "values": values,
    }  # fmt: skip


def _quote_mention(aid: str) -> dict[str, Any]:
    text = _TEXTS[aid]
    first, last = text.index('"') + 1, text.rindex(",")
    mention = {"article_id": aid, "start": first, "end": last, "text": text[first:last]}
    return mention | {"speaker": "Hendra", "numbers_differ": aid == "cccccccccccccccc"} | {
        "negation_differs": False, "other_speaker": False,
    }  # fmt: skip


def _report() -> dict[str, Any]:
    report = build_report(_items(), [], links=[])
    a, b, c, d, e = _TEXTS
    evacuees = _claim("person:evacuee", "disputed", [_value(a, "2300"), _value(c, "9000")])
    evacuees["values"][0]["article_ids"] = [a, b]
    evacuees["values"][0]["mentions"].append(_mention(b, "2300"))
    evacuees["values"][0]["origins"] = 2
    evacuees["origins"] = 3
    sentence = _mention(d, "Sekitar 12 km jalan desa tertutup longsor sejak Selasa.")
    report["stories"] = [
        {
            "id": "s-1", "title": "Banjir di Lembah Sari", "article_ids": list(_TEXTS),
            "independent_sources": 5, "first": "2024-03-13", "last": "2024-03-15",
            "sub_events": [], "summary": [], "timeline": [], "consensus": [],
            "claims": [
                evacuees,
                _claim("km", "single-source", [_value(d, "12")]),
                _claim("nasi", "single-source", [_value(e, "1500")]),
            ],
            "quotes": [
                {"speaker": "Hendra", "text": _quote_mention(a)["text"],
                 "mentions": [_quote_mention(x) for x in (a, b, c)]},
            ],
            "single_source_statements": [
                {"text": sentence["text"], "origins": 1, "checkable": ["figure"],
                 "article_ids": [d], "mentions": [sentence]},
            ],
        }
    ]  # fmt: skip
    report["stories"][0]["claims"][1]["unit"] = report["stories"][0]["claims"][1]["subject"]
    jsonschema.validate(report, load_schema(), cls=jsonschema.Draft202012Validator)
    return report


def test_render_html_view_names_articles_by_source_and_opening_words() -> None:
    html = render_html(_report())
    assert "aaa.txt" in html
    assert "Warga mengungsi. &#34;Sebanyak 2300 warga sudah aman,&#34; kata Hendra" in html
    assert "(untitled)" not in html and "?:" not in html
    # An article id is shown once, in its own meta line, never as a link's text.
    assert not re.search(r">aaaaaaaaaaaaaaaa</a>", html)


def test_render_html_view_every_id_is_unique_and_every_link_lands() -> None:
    html = render_html(_report())
    ids = Counter(re.findall(r' id="([^"]+)"', html))
    assert [i for i, n in ids.items() if n > 1] == []
    assert [t for t in re.findall(r'href="#([^"]+)"', html) if t not in ids] == []


def test_render_html_view_a_quote_is_one_element_around_its_figure() -> None:
    html = render_html(_report())
    quote = re.search(
        r'<span class="quote"[^>]*id="quote-aaaaaaaaaaaaaaaa-[^"]+">(.*?)</span>', html
    )
    assert quote is not None and 'class="quantity"' in quote.group(1)


def test_render_html_view_each_value_says_how_many_origins_give_it() -> None:
    html = render_html(_report())
    row = re.search(r'<tr class="disputed">.*?</tr>', html, re.S)
    assert row is not None
    assert "<b>evacuee (people)</b>" in row.group(0)
    assert "<b>2 origins</b>" in row.group(0) and "<b>1 origin</b>" in row.group(0)
    assert "exact" not in row.group(0)  # the default qualifier is not worth a word


def test_render_html_view_single_source_figures_fold_away() -> None:
    html = render_html(_report())
    folded = re.search(r'<details class="more-figures">(.*?)</details>', html, re.S)
    assert folded is not None
    assert "2 more figures reported by one origin only" in folded.group(1)
    assert "length (km)" in folded.group(1) and "evacuee" not in folded.group(1)


def test_render_html_view_identical_quote_versions_share_one_card() -> None:
    group = _report()["stories"][0]["quotes"][0]
    cards = quote_cards(group)
    assert [len(c.mentions) for c in cards] == [2, 1]
    assert cards[0].main and not cards[1].main
    assert cards[1].flags == ("numbers differ",)


def test_render_html_view_no_main_wording_when_none_is_more_common() -> None:
    group = _report()["stories"][0]["quotes"][0]
    group["mentions"] = group["mentions"][1:]
    assert not any(card.main for card in quote_cards(group))


def test_render_html_view_statements_link_to_their_sentence() -> None:
    html = render_html(_report())
    start = _TEXTS["dddddddddddddddd"].index("Sekitar")
    anchor = f"sentence-dddddddddddddddd-{start}-{len(_TEXTS['dddddddddddddddd'])}"
    assert f'href="#{anchor}"' in html
    assert f'<span class="cited" id="{anchor}">' in html


def test_render_html_view_story_list_links_briefs_and_folds_long_article_lists() -> None:
    html = render_html(_report())
    row = re.search(r'<table class="story-list">.*?</table>', html, re.S)
    assert row is not None
    assert '<a href="#brief-s-1"><b>Banjir di Lembah Sari</b></a>' in row.group(0)
    assert "2 more articles</summary>" in row.group(0)
    assert "13–15 Mar 2024" in row.group(0)
