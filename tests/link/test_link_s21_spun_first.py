"""Direction where the spun side was published first: its swaps do not make it the copy of a
later text."""

from __future__ import annotations

from dataclasses import replace

from link_records import WIRE, item

from silang.link.direction import original
from silang.model import Article


def _page(key: str, url: str | None, published: str | None = None) -> Article:
    article = item(key, WIRE, outlet=f"{key}-blog.net").article
    return replace(article, url=url, published=published, published_inferred=published is not None)


def _original(spun: Article, unspun: Article) -> str | None:
    # ``spin_a`` 1: the first article has the rarer words of the swaps (it is the spun one).
    return original(spun, unspun, spin_a=1.0, spin_b=0.0, reports=((), ()))


def test_link_direction_spun_page_dated_a_year_earlier_is_the_original() -> None:
    # A blog month of 2016 against a newsroom day of 2017: the later, unspun text cannot be
    # the earlier's source, so the swaps say nothing of this pair and the dates decide.
    spun = _page("a", "https://a-blog.net/2016/08/waspada-sikat-gigi.html")
    unspun = _page("b", "https://www.b-blog.net/2017/07/12/waspadalah-sikat-gigi/")
    assert _original(spun, unspun) == "a"


def test_link_direction_spun_page_dated_later_is_the_copy() -> None:
    spun = _page("a", "https://a-blog.net/2017/09/waspada-sikat-gigi.html")
    unspun = _page("b", "https://www.b-blog.net/2017/07/12/waspadalah-sikat-gigi/")
    assert _original(spun, unspun) == "b"


def test_link_direction_day_read_from_the_text_does_not_overrule_the_swaps() -> None:
    # An undated spun page, dated only by the latest day its text names (an estimate):
    # earlier than the unspun page's URL day, yet the two votes still cancel.
    spun = _page("a", None, published="2017-06-01")
    unspun = _page("b", "https://www.b-blog.net/2017/07/12/waspadalah-sikat-gigi/")
    assert _original(spun, unspun) is None
