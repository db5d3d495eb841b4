"""Batch clustering gives the same stories whatever the order of its input (Hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from cluster_records import LEXICONS, item, link
from hypothesis import given, settings
from hypothesis import strategies as st

from silang.cluster import cluster_stories
from silang.model import Annotated, Link

#: Word pools of three happenings plus shared filler, so that generated articles overlap.
POOLS = (
    "banjir bandang Lembah Sari Wonoraja pengungsi 2.300 BPBD sungai meluap posko",
    "jembatan Sembilan Muara Bandar Jelita Ratna Kusuma feri diresmikan 840 meter",
    "Persija Persib Simic gol stadion pelatih Doll pertandingan 3-1 suporter",
)
FILLER = "warga pemerintah daerah kemarin bantuan kota provinsi laporan"
START = date(2024, 3, 1)


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Annotated], list[Link]]:
    size = draw(st.integers(min_value=1, max_value=9))
    items = []
    for number in range(size):
        pool = POOLS[draw(st.integers(0, len(POOLS) - 1))].split()
        words = draw(st.lists(st.sampled_from(pool + FILLER.split()), min_size=3, max_size=14))
        # Mostly within one month; a few months or years on, where only a near repeat joins.
        day = draw(st.one_of(st.none(), st.integers(0, 27), st.sampled_from((60, 200, 800))))
        published = None if day is None else (START + timedelta(days=day)).isoformat()
        language = draw(st.sampled_from(["id", "en"]))
        items.append(
            item(f"a{number}", " ".join(words) + ".", language=language, published=published)
        )
    pairs = draw(st.lists(st.tuples(st.integers(0, size - 1), st.integers(0, size - 1))))
    links = [link(f"a{a}", f"a{b}", "rewrite") for a, b in pairs if a != b]
    return items, links


@settings(max_examples=150, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_cluster_batch_ignores_input_order(
    corpus: tuple[list[Annotated], list[Link]], random: Random
) -> None:
    items, links = corpus
    shuffled_items, shuffled_links = list(items), list(links)
    random.shuffle(shuffled_items)
    random.shuffle(shuffled_links)
    expected = cluster_stories(items, links, LEXICONS)
    assert cluster_stories(shuffled_items, shuffled_links, LEXICONS) == expected
