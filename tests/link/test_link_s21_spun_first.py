"""Direction where the spun side was published first: its swaps do not make it the copy of a
later text."""

from __future__ import annotations

from dataclasses import replace

from link_records import WIRE, item

from silang.link.direction import original
from silang.link.outlets import name_keys
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


def test_link_direction_spun_page_hours_before_on_the_same_local_day_is_no_original() -> None:
    # A newsroom's unspun page under "/2017/07/12/" (its local day, went up 01:00 WIB) and a
    # blog's spun text declared 06:00 WIB that day: read in UTC the blog is an hour earlier,
    # but a URL day is the site's own day, so the dates do not part the two and the swaps and
    # the newsroom decide.
    spun = replace(
        _page("a", None, published="2017-07-12T06:00:00+07:00"), published_inferred=False
    )
    unspun = replace(
        _page("b", "https://news.detik.com/berita/2017/07/12/waspadalah-sikat-gigi/"),
        outlet="detik.com",
    )
    found = original(
        spun,
        unspun,
        spin_a=1.0,
        spin_b=0.0,
        reports=((), ()),
        newsrooms=frozenset(name_keys("detik.com")),
    )
    assert found == "b"


def test_link_direction_spun_page_declared_earlier_but_numbered_later_is_no_original() -> None:
    # One site's pages: the spun one declares the earlier day but carries the higher article
    # number. One of the two records is wrong; the swaps are not set aside on it.
    spun = replace(
        _page("a", "https://news.detik.com/berita/d-3124615/waspada-sikat-gigi", "2017-07-10"),
        outlet="detik.com",
        published_inferred=False,
    )
    unspun = replace(
        _page("b", "https://health.detik.com/berita/d-3124000/waspadalah-sikat-gigi", "2017-07-12"),
        outlet="detik.com",
        published_inferred=False,
    )
    assert _original(spun, unspun) != "a"


def test_link_direction_ten_digit_article_number_is_no_url_day() -> None:
    # "/read/2016071234/" is an article number (10 digits: neither a day nor a day with its
    # clock time), not 12 July 2016; the spun page is then undated and the swaps decide.
    spun = _page("a", "https://a-blog.net/read/2016071234/waspada-sikat-gigi")
    unspun = _page("b", "https://www.b-blog.net/2017/07/12/waspadalah-sikat-gigi/")
    assert _original(spun, unspun) == "b"
