"""Hand-made articles for the story-clustering tests (built directly, not by earlier stages)."""

from __future__ import annotations

from collections.abc import Iterable

from silang.lang.stories import StoriesLexicon, load_stories_lexicon
from silang.model import Annotated, Article, Entity, Link, Quantity, Relation, Span, Story

LEXICONS: dict[str, StoriesLexicon] = {code: load_stories_lexicon(code) for code in ("id", "en")}

#: Three happenings, each told by several outlets in other words, in Indonesian and English.
FLOOD_ID = (
    "Banjir bandang melanda Kabupaten Lembah Sari. Sebanyak 2.300 warga mengungsi ke balai "
    "desa setelah Sungai Wonoraja meluap. Bupati Hendra Wiratama meninjau posko pengungsian."
)
FLOOD_ID_2 = (
    "Sungai Wonoraja meluap dan banjir bandang merendam ratusan rumah di Lembah Sari. Bupati "
    "Hendra Wiratama menyebut 2.300 warga mengungsi dan bantuan logistik dikirim ke posko."
)
FLOOD_EN = (
    "Flash floods hit Lembah Sari regency after the Wonoraja river burst its banks. Regent "
    "Hendra Wiratama said 2,300 residents were evacuated to village halls and shelters."
)
RETURN_ID = (
    "Air di Lembah Sari mulai surut dan warga pulang dari posko pengungsian ke rumah mereka. "
    "Bupati Hendra Wiratama meminta warga membersihkan lumpur di sepanjang Sungai Wonoraja."
)
RETURN_ID_2 = (
    "Warga Lembah Sari kembali ke rumah setelah banjir surut. Mereka membersihkan lumpur "
    "sisa luapan Sungai Wonoraja, kata Bupati Hendra Wiratama saat meninjau desa."
)
BRIDGE_ID = (
    "Gubernur Ratna Kusuma meresmikan Jembatan Sembilan Muara di Bandar Jelita. Jembatan "
    "sepanjang 840 meter itu memangkas waktu tempuh ke Pulau Tiga menjadi 15 menit."
)
BRIDGE_ID_2 = (
    "Jembatan Sembilan Muara resmi dibuka Gubernur Ratna Kusuma. Warga Bandar Jelita kini "
    "menyeberang ke Pulau Tiga dalam 15 menit tanpa menunggu feri."
)
MATCH_EN = (
    "Persija Jakarta beat Persib Bandung 3-1 at Gelora Bung Karno stadium on Sunday. Striker "
    "Marko Simic scored twice as coach Thomas Doll praised the defence."
)
MATCH_EN_2 = (
    "Marko Simic struck twice and Persija Jakarta defeated Persib Bandung 3-1 in front of a "
    "full Gelora Bung Karno crowd, coach Thomas Doll said after the match."
)


def item(
    article_id: str,
    text: str,
    *,
    title: str | None = None,
    language: str = "id",
    published: str | None = "2024-03-13",
    entities: tuple[Entity, ...] = (),
    quantities: tuple[Quantity, ...] = (),
) -> Annotated:
    """An annotated article with one sentence per full stop."""
    spans = []
    start = 0
    for end in range(len(text)):
        if text[end] == "." and (end + 1 == len(text) or text[end + 1] == " "):
            spans.append(Span(start, end + 1))
            start = end + 2
    article = Article(
        id=article_id,
        sources=(f"{article_id}.txt",),
        text=text,
        raw_text=text,
        language=language,
        title=title,
        published=published,
    )
    return Annotated(
        article=article, sentences=tuple(spans), entities=entities, quantities=quantities
    )


def link(a: str, b: str, relation: Relation = "copy") -> Link:
    """A derivation link from ``a`` (the original) to ``b``."""
    return Link(a=a, b=b, relation=relation, score=0.9, original=a)


def groups(stories: Iterable[Story]) -> set[frozenset[str]]:
    """The stories' article ids as a set of groups, for order-free comparison."""
    return {frozenset(story.article_ids) for story in stories}


#: Two earthquakes on one morning, told in the same words: only the place, the officials and
#: the figures tell them apart.
QUAKE_SARI = (
    "Gempa bumi bermagnitudo 5,4 mengguncang Lembah Sari pada Selasa pagi. Menurut BMKG, pusat "
    "gempa berada di darat dekat Desa Sukamaju. Bupati Hendra Wiratama menyebut 120 rumah "
    "rusak dan 3 warga luka ringan.",
    "Bupati Hendra Wiratama meninjau Desa Sukamaju setelah gempa bumi 5,4 mengguncang Lembah "
    "Sari. Sebanyak 120 rumah rusak dan 3 warga luka dirawat di puskesmas, kata BMKG.",
    "Warga Desa Sukamaju di Lembah Sari berhamburan keluar rumah saat gempa bumi bermagnitudo "
    "5,4 terjadi. Hendra Wiratama, bupati setempat, mencatat 120 rumah rusak dan 3 warga luka.",
)
QUAKE_TIGA = (
    "Gempa bumi bermagnitudo 6,1 mengguncang Pulau Tiga pada Selasa pagi. Menurut BMKG, pusat "
    "gempa berada di laut dekat Desa Karangjati. Camat Dewi Anggraini menyebut 45 rumah rusak "
    "dan 7 warga luka ringan.",
    "Camat Dewi Anggraini meninjau Desa Karangjati setelah gempa bumi 6,1 mengguncang Pulau "
    "Tiga. Sebanyak 45 rumah rusak dan 7 warga luka dirawat di puskesmas, kata BMKG.",
    "Warga Desa Karangjati di Pulau Tiga berhamburan keluar rumah saat gempa bumi bermagnitudo "
    "6,1 terjadi. Dewi Anggraini, camat setempat, mencatat 45 rumah rusak dan 7 warga luka.",
)
#: The Lembah Sari quake again, the relief after it, in other words but with its names.
QUAKE_SARI_RELIEF = (
    "Bantuan tenda dan selimut dikirim ke Desa Sukamaju, Lembah Sari, untuk korban gempa 5,4. "
    "Bupati Hendra Wiratama memastikan dapur umum buka sampai pekan depan.",
    "Relawan mendirikan posko dan tenda darurat di Lembah Sari. Hendra Wiratama mengatakan 120 "
    "keluarga di Desa Sukamaju menerima beras, air bersih dan obat-obatan setelah gempa.",
    "Pemerintah Lembah Sari menyalurkan logistik bagi pengungsi gempa di Desa Sukamaju. Menurut "
    "Bupati Hendra Wiratama, tenda dan makanan cukup untuk 3 hari ke depan.",
)
#: The Lembah Sari quake in English, with the names and figures of QUAKE_SARI.
QUAKE_SARI_EN = (
    "A magnitude 5.4 earthquake shook Lembah Sari on Tuesday morning. BMKG said the epicentre "
    "was on land near Sukamaju village. Regent Hendra Wiratama said 120 houses were damaged "
    "and 3 residents lightly injured.",
    "Regent Hendra Wiratama visited Sukamaju village after the 5.4 earthquake hit Lembah "
    "Sari. Some 120 houses were damaged and 3 injured residents were treated, BMKG said.",
    "Residents of Sukamaju village in Lembah Sari ran out of their houses when the magnitude "
    "5.4 earthquake struck. Hendra Wiratama, the local regent, counted 120 damaged houses.",
)


#: Four days of news, one run (or stream chunk) a day; the flood grows over three of them,
#: the bridge and the match stories are left alone on some days.
FOUR_DAYS = (
    [
        item("f1", FLOOD_ID, published="2024-03-13"),
        item("b1", BRIDGE_ID, published="2024-03-13"),
    ],
    [
        item("f2", FLOOD_ID_2, published="2024-03-14"),
        item("f3", FLOOD_EN, language="en", published="2024-03-14"),
        item("m1", MATCH_EN, language="en", published="2024-03-14"),
    ],
    [
        item("r1", RETURN_ID, published="2024-03-20"),
        item("b2", BRIDGE_ID_2, published="2024-03-20"),
    ],
    [
        item("r2", RETURN_ID_2, published="2024-03-21"),
        item("m2", MATCH_EN_2, language="en", published="2024-03-21"),
    ],
)
