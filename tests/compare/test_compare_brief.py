from __future__ import annotations

import dataclasses
from typing import Any

from silang.compare import compatible, cross_check, same_speaker
from silang.compare.speakers import load_speaker_lexicon
from silang.model import (
    Annotated,
    ClaimValue,
    Entity,
    Quantity,
    Quote,
    Span,
    Story,
    TimeExpression,
)

from records import make_article


def _item(
    aid: str,
    text: str,
    quantities: tuple[Quantity, ...] = (),
    quotes: tuple[Quote, ...] = (),
    times: tuple[TimeExpression, ...] = (),
    published: str | None = "2024-03-13",
) -> Annotated:
    article = make_article(text, article_id=aid, published=published)
    return Annotated(
        article=article,
        sentences=(Span(0, len(text)),),
        quantities=quantities,
        quotes=quotes,
        times=times,
    )


def _evacuees(text: str, value: float) -> Quantity:
    start = text.index(str(int(value)))
    end = start + len(str(int(value)))
    return Quantity(start, end, text[start:end], value, counted="warga", counted_class="person")


def _story(*ids: str) -> Story:
    return Story("s1", "Banjir", ids)


def _slot(items: list[Annotated], origin: dict[str, str]) -> tuple[str, int]:
    brief = cross_check(_story(*(i.article.id for i in items)), items, origin)
    slot = next(s for s in brief.claims if s.subject == "person:evacuee")
    return slot.status, slot.origins


def _pair(first: str, second: str, v1: float, v2: float) -> list[Annotated]:
    return [
        _item("a1", first, (_evacuees(first, v1),)),
        _item("a2", second, (_evacuees(second, v2),)),
    ]


def test_compare_equal_figures_of_two_origins_are_agreed() -> None:
    items = _pair("Ada 2300 warga mengungsi.", "Sebanyak 2300 warga mengungsi.", 2300, 2300)
    assert _slot(items, {}) == ("agreed", 2)


def test_compare_different_figures_of_two_origins_are_disputed() -> None:
    items = _pair("Ada 2300 warga mengungsi.", "Ada 9000 warga mengungsi.", 2300, 9000)
    assert _slot(items, {}) == ("disputed", 2)


def test_compare_copies_of_one_origin_count_once() -> None:
    items = _pair("Ada 2300 warga mengungsi.", "Sebanyak 2300 warga mengungsi.", 2300, 2300)
    assert _slot(items, {"a2": "a1"}) == ("single-source", 1)


def test_compare_a_copy_giving_its_own_number_is_a_report_of_its_own() -> None:
    # The link stage calls a2 a copy of a1, but a copy keeps its original's numbers: one
    # that counts 9000 where the original counts 2300 on the same day reports for itself.
    items = _pair("Ada 2300 warga mengungsi.", "Ada 9000 warga mengungsi.", 2300, 9000)
    assert _slot(items, {"a2": "a1"}) == ("disputed", 2)


def test_compare_each_value_counts_its_origins_as_the_slot_does() -> None:
    texts = [
        "Ada 2300 warga mengungsi.",
        "Sebanyak 2300 warga mengungsi.",
        "Ada 9000 warga mengungsi.",
        "Tercatat 2300 warga mengungsi.",
    ]
    numbers = (2300, 2300, 9000, 2300)
    items = [
        _item(f"a{i}", t, (_evacuees(t, n),))
        for i, (t, n) in enumerate(zip(texts, numbers, strict=True))
    ]
    # a1 copies a0; a3 reports for itself. The copy-with-its-own-number case below is where
    # counting the links' origins per value and counting the slot's disagree.
    brief = cross_check(_story("a0", "a1", "a2", "a3"), items, {"a1": "a0"})
    slot = next(s for s in brief.claims if s.subject == "person:evacuee")
    assert (slot.status, slot.origins) == ("disputed", 3)
    assert {v.value: v.origins for v in slot.values} == {2300: 2, 9000: 1}
    own = _pair("Ada 2300 warga mengungsi.", "Ada 9000 warga mengungsi.", 2300, 9000)
    brief = cross_check(_story("a1", "a2"), own, {"a2": "a1"})
    slot = next(s for s in brief.claims if s.subject == "person:evacuee")
    assert slot.origins == sum(v.origins for v in slot.values) == 2


def test_compare_vague_figure_containing_a_precise_one_is_no_dispute() -> None:
    vague = ClaimValue(20000, 20000, 99999, "vague", ("a",), ())
    precise = ClaimValue(23000, None, None, "exact", ("b",), ())
    assert compatible(vague, precise)
    assert not compatible(ClaimValue(2300, None, None, "exact", ("c",), ()), precise)


def test_compare_rising_count_on_different_days_is_a_change_over_time() -> None:
    first, second = "Ada 2300 warga mengungsi.", "Kini 4100 warga mengungsi."
    items = [
        _item("a1", first, (_evacuees(first, 2300),), published="2024-03-13"),
        _item("a2", second, (_evacuees(second, 4100),), published="2024-03-15"),
    ]
    brief = cross_check(_story("a1", "a2"), items, {})
    slot = brief.claims[0]
    assert (slot.status, slot.changed_over_time) == ("agreed", True)


def test_compare_quotes_of_one_speaker_form_one_group() -> None:
    words = "Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman"
    reworded = "Kami telah memindahkan sekitar 2.300 warga ke tempat yang aman"
    items = [
        _item("a1", words, quotes=(Quote(0, len(words), words, True, "Hendra Wiratama"),)),
        _item("a2", reworded, quotes=(Quote(0, len(reworded), reworded, True, "Hendra"),)),
    ]
    groups = cross_check(_story("a1", "a2"), items, {}).quotes
    assert len(groups) == 1
    assert groups[0].speaker == "Hendra Wiratama"
    assert not any(v.other_speaker for v in groups[0].versions)


def test_compare_quote_given_to_another_speaker_is_flagged() -> None:
    words = "Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman"
    items = [
        _item(aid, words, quotes=(Quote(0, len(words), words, True, speaker),))
        for aid, speaker in (("a1", "Hendra Wiratama"), ("a2", "Hendra"), ("a3", "Sri Lestari"))
    ]
    group = cross_check(_story("a1", "a2", "a3"), items, {}).quotes[0]
    assert [v.other_speaker for v in group.versions] == [False, False, True]


def test_compare_quote_versions_with_other_numbers_or_negation_are_flagged() -> None:
    texts = {
        "a1": "Kami sudah mengevakuasi 2.300 warga ke tempat yang aman",
        "a2": "Kami sudah mengevakuasi 2.300 warga ke tempat yang aman",
        "a3": "Kami sudah mengevakuasi 3.200 warga ke tempat yang aman",
        "a4": "Kami tidak mengevakuasi 2.300 warga ke tempat yang aman",
    }
    items = [
        _item(aid, text, quotes=(Quote(0, len(text), text, True, "Hendra"),))
        for aid, text in texts.items()
    ]
    versions = cross_check(_story(*texts), items, {}).quotes[0].versions
    assert [v.numbers_differ for v in versions] == [False, False, True, False]
    assert [v.negation_differs for v in versions] == [False, False, False, True]


def test_compare_speaker_names_match_by_shared_words() -> None:
    lexicon = load_speaker_lexicon()
    assert same_speaker("Regent Hendra Wiratama", "Hendra", lexicon)
    assert not same_speaker("Hendra Wiratama", "Sri Lestari Wulandari", lexicon)


def test_compare_timeline_groups_resolved_days() -> None:
    text = "Banjir melanda Rabu (13/3/2024)."
    time = TimeExpression(15, 31, "Rabu (13/3/2024)", "day", date="2024-03-13")
    vague = TimeExpression(0, 6, "Banjir", "month", date="2024-03")
    items = [_item(aid, text, times=(time, vague)) for aid in ("a1", "a2")]
    entries = cross_check(_story("a1", "a2"), items, {}).timeline
    assert [(e.date, e.text, e.article_ids) for e in entries] == [
        ("2024-03-13", text, ("a1", "a2"))
    ]


def test_compare_summary_prefers_sentences_of_several_origins() -> None:
    shared = "Banjir bandang melanda sejumlah desa di Kabupaten Lembah Sari pada Rabu dini hari."
    alone = "Seorang pedagang di pasar mengatakan harga beras naik dua kali lipat sejak pekan lalu."
    items = [_item("a1", alone), _item("a2", shared), _item("a3", shared)]
    lines = cross_check(_story("a1", "a2", "a3"), items, {}).summary
    assert lines[0].text == shared
    assert lines[0].origins == 2


def test_compare_ignores_articles_outside_the_story() -> None:
    items = _pair("Ada 2300 warga mengungsi.", "Ada 9000 warga mengungsi.", 2300, 9000)
    brief = cross_check(_story("a1"), items, {})
    assert all(aid == "a1" for s in brief.claims for v in s.values for aid in v.article_ids)


def _figure(text: str, number: str, value: float, **fields: Any) -> Quantity:
    start = text.index(number)
    return Quantity(start, start + len(number), number, value, **fields)


def test_compare_unrelated_figures_of_one_unit_form_separate_slots() -> None:
    first = "Status tanggap darurat ditetapkan selama 14 hari."
    second = "Tim SAR menghentikan pencarian setelah 5 hari."
    items = [
        _item("a1", first, (_figure(first, "14 hari", 14, unit="day"),)),
        _item("a2", second, (_figure(second, "5 hari", 5, unit="day"),)),
    ]
    claims = cross_check(_story("a1", "a2"), items, {}).claims
    assert [c.status for c in claims] == ["single-source", "single-source"]


def test_compare_one_source_counting_again_is_a_series_not_a_dispute() -> None:
    texts = {
        "a1": ("Ada 2300 warga mengungsi kata BPBD.", 2300, "BPBD", "2024-03-13"),
        "a2": ("Relawan: 23000 warga mengungsi.", 23000, "Relawan", "2024-03-14"),
        "a3": (
            "Kini 4100 warga mengungsi kata BPBD Lembah Sari.",
            4100,
            "BPBD Lembah Sari",
            "2024-03-15",
        ),
    }
    items = [
        _item(
            aid,
            text,
            (dataclasses.replace(_evacuees(text, value), attributed_to=source),),
            published=day,
        )
        for aid, (text, value, source, day) in texts.items()
    ]
    slot = cross_check(_story(*texts), items, {}).claims[0]
    assert slot.status == "disputed"
    assert slot.changed_over_time
    assert {v.value for v in slot.values if v.series} == {2300, 4100}


def test_compare_same_figure_for_different_places_is_no_dispute() -> None:
    first = "Di Desa Karangjati 300 rumah rusak."
    second = "Di Desa Batu Ampar 120 rumah rusak."
    items = [
        _item(
            aid,
            text,
            (_figure(text, n, v, counted="rumah", counted_class="house"),),
        )
        for aid, text, n, v in (("a1", first, "300 rumah", 300), ("a2", second, "120 rumah", 120))
    ]
    items = [
        dataclasses.replace(
            item,
            entities=(Entity(3, 3 + len(place), place, "place", place),),
        )
        for item, place in zip(items, ("Desa Karangjati", "Desa Batu Ampar"), strict=True)
    ]
    claims = cross_check(_story("a1", "a2"), items, {}).claims
    assert "disputed" not in {c.status for c in claims}


def test_compare_translated_quote_joins_its_original() -> None:
    english = "Fourteen bodies have been recovered, most of them from Karangjati village"
    indonesian = "Empat belas jenazah telah ditemukan, sebagian besar dari Desa Karangjati"
    items = [
        _item("a1", english, quotes=(Quote(0, len(english), english, True, "Yusuf Mahendra"),)),
        _item("a2", indonesian, quotes=(Quote(0, len(indonesian), indonesian, True, "Yusuf"),)),
    ]
    items[0] = dataclasses.replace(
        items[0], article=dataclasses.replace(items[0].article, language="en")
    )
    groups = cross_check(_story("a1", "a2"), items, {}).quotes
    assert len(groups) == 1 and len(groups[0].versions) == 2


def test_compare_different_statements_across_languages_stay_apart() -> None:
    english = "The bridge will open to trucks next year"
    indonesian = "Pencarian korban hilang terus kami lakukan bersama tim SAR"
    items = [
        _item("a1", english, quotes=(Quote(0, len(english), english, True, "Hendra"),)),
        _item("a2", indonesian, quotes=(Quote(0, len(indonesian), indonesian, True, "Hendra"),)),
    ]
    items[0] = dataclasses.replace(
        items[0], article=dataclasses.replace(items[0].article, language="en")
    )
    assert cross_check(_story("a1", "a2"), items, {}).quotes == ()


def test_compare_timeline_keeps_periods_and_years() -> None:
    text = "Tahun lalu banjir serupa terjadi. Selama 13-15 Maret tim SAR menyisir sungai."
    times = (
        TimeExpression(0, 10, "Tahun lalu", "year", date="2023", relative=True),
        TimeExpression(41, 52, "13-15 Maret", "day", interval="2024-03-13/2024-03-15"),
    )
    items = [_item("a1", text, times=times)]
    entries = cross_check(_story("a1"), items, {}).timeline
    assert [e.date for e in entries] == ["2023", "2024-03-13/2024-03-15"]


def _buses(aid: str, text: str, number: str, value: float, day: str) -> Annotated:
    quantity = _figure(text, number, value, counted="bus", counted_class="bus")
    return _item(aid, text, (quantity,), published=day)


def test_compare_two_reports_counting_one_noun_on_one_day_dispute() -> None:
    items = [
        _buses("a1", "Malam itu ada 3 bus rombongan masuk masjid.", "3 bus", 3, "2017-02-20"),
        _buses("a2", "Peserta datang dari Jawa Timur sebanyak 5 bus.", "5 bus", 5, "2017-02-20"),
    ]
    claims = cross_check(_story("a1", "a2"), items, {}).claims
    assert [(c.status, len(c.values)) for c in claims] == [("disputed", 2)]


def test_compare_counts_of_one_noun_on_other_days_stay_apart() -> None:
    items = [
        _buses("a1", "Malam itu ada 3 bus rombongan masuk masjid.", "3 bus", 3, "2017-02-20"),
        _buses("a2", "Peserta datang dari Jawa Timur sebanyak 5 bus.", "5 bus", 5, "2017-03-01"),
    ]
    claims = cross_check(_story("a1", "a2"), items, {}).claims
    assert {c.status for c in claims} == {"single-source"}


def test_compare_quote_given_to_a_speaker_sharing_a_name_is_not_flagged() -> None:
    # A headline read as the speaker ("Red Sox Will Nab Teixeira") shares the quoted man's
    # name: the words may well be his, so no outlet is accused of giving them to another.
    words = "Kami sudah mengevakuasi sekitar 2.300 warga ke tempat yang aman"
    items = [
        _item(aid, words, quotes=(Quote(0, len(words), words, True, speaker),))
        for aid, speaker in (
            ("a1", "Hendra Wiratama"),
            ("a2", "Hendra"),
            ("a3", "Bupati Tolak Usul Wiratama"),
        )
    ]
    group = cross_check(_story("a1", "a2", "a3"), items, {}).quotes[0]
    assert [v.other_speaker for v in group.versions] == [False, False, False]
