"""Which article find_links names as the original."""

from __future__ import annotations

from dataclasses import replace

import pytest
from link_records import SPUN, WIRE, item, lexicons

from silang.link import find_links
from silang.link.direction import (
    cites_headline,
    dropped_own_name,
    earlier,
    is_wire,
    numbered_earlier,
    site,
    year_added,
)
from silang.link.find import known_newsrooms as find_newsrooms
from silang.link.outlets import mentions_outlet, same_outlet
from silang.model import Annotated, Article, Dateline


def test_link_direction_from_credit() -> None:
    links = find_links(
        [item("a", WIRE, outlet="NNA"), item("b", WIRE, credits=("NNA",))], lexicons()
    )
    assert links[0].original == "a"


def test_link_direction_from_publication_date() -> None:
    links = find_links(
        [item("a", WIRE, published="2024-03-14"), item("b", WIRE, published="2024-03-13")],
        lexicons(),
    )
    assert links[0].original == "b"


def test_link_direction_from_wire_dateline() -> None:
    links = find_links([item("a", WIRE), item("b", WIRE, outlet="NNA", wire=True)], lexicons())
    assert links[0].original == "b"


def test_link_direction_of_spin_is_the_unspun_text() -> None:
    links = find_links([item("a", SPUN), item("b", WIRE)], lexicons())
    assert links[0].original == "b"


def test_link_direction_unknown_without_signal() -> None:
    links = find_links([item("a", WIRE), item("b", WIRE)], lexicons())
    assert links[0].original is None


def test_link_original_is_listed_first() -> None:
    links = find_links(
        [item("a", WIRE, published="2024-03-14"), item("b", WIRE, published="2024-03-13")],
        lexicons(),
    )
    assert (links[0].a, links[0].b) == ("b", "a")


def test_link_direction_from_outlet_named_in_the_copy() -> None:
    # A blog reproducing a newsroom's story keeps its "kepada Pacifica".
    named = WIRE + " Hal itu disampaikan Hendra kepada Pacifica."
    links = find_links(
        [item("a", named, outlet="warta.pacifica.co.id"), item("b", named, outlet="blog.net")],
        lexicons(),
    )
    assert links[0].original == "a"


def test_link_direction_lowercase_word_is_no_outlet_mention() -> None:
    # "hitungan" (a count) in running text does not name the outlet warta.hitungan.com, so
    # the earlier date decides.
    timed = WIRE + " Air naik dalam hitungan menit."
    links = find_links(
        [
            item("a", timed, outlet="warta.hitungan.com", published="2024-03-14"),
            item("b", timed, outlet="blog.net", published="2024-03-13"),
        ],
        lexicons(),
    )
    assert links[0].original == "b"


def test_link_direction_known_newsroom_over_unknown_blog() -> None:
    links = find_links(
        [item("a", WIRE, outlet="kabarblog.net"), item("b", WIRE, outlet="republika.co.id")],
        lexicons(),
    )
    assert links[0].original == "b"


def test_link_direction_newsroom_yields_to_a_credit() -> None:
    links = find_links(
        [
            item("a", WIRE, outlet="kabarblog.net"),
            item("b", WIRE, outlet="republika.co.id", credits=("kabarblog.net",)),
        ],
        lexicons(),
    )
    assert links[0].original == "a"


#: A newsroom's URL whose slug is its headline, and a blog text pointing its reader to it.
HEADLINE_URL = (
    "https://warta.pacifica.co.id/2024/03/12/98765/jembatan-lembah-sari-ditutup-tiga-bus-tertahan"
)


def _with_url(key: str, text: str, outlet: str, url: str | None = None) -> Article:
    return replace(item(key, text, outlet=outlet).article, url=url)


def test_link_direction_from_headline_the_copy_points_to() -> None:
    # The blog (no date) keeps the newsroom's text and adds "(baca: <its headline>)";
    # the headline gives the newsroom's article, the one written first.
    pointer = WIRE + " (baca: Jembatan Lembah Sari Ditutup, Tiga Bus Tertahan di Sana)"
    newsroom = replace(
        item("a", WIRE, outlet="warta.pacifica.co.id"),
        article=_with_url("a", WIRE, "warta.pacifica.co.id", HEADLINE_URL),
    )
    links = find_links([newsroom, item("b", pointer, outlet="kabarblog.net")], lexicons())
    assert links[0].original == "a"


@pytest.mark.parametrize(
    ("text", "outlet", "url"),
    [
        # The headline's words in running text, with no reading cue before them: a topic.
        ("Jembatan Lembah Sari ditutup, tiga bus tertahan sejak pagi.", "blog.net", HEADLINE_URL),
        # A cue, but the words after it are another headline.
        (
            "Baca juga: Jembatan Lembah Sari dibuka lagi, bus tertahan lewat.",
            "blog.net",
            HEADLINE_URL,
        ),
        # The same outlet's own related-article link says nothing of who copied whom.
        (
            "Baca juga: Jembatan Lembah Sari Ditutup, Tiga Bus Tertahan",
            "m.pacifica.co.id",
            HEADLINE_URL,
        ),
        # A slug too short to be a headline.
        (
            "Baca juga: Jembatan ditutup",
            "blog.net",
            "https://warta.pacifica.co.id/read/98765/jembatan-ditutup",
        ),
    ],
)
def test_link_direction_headline_needs_a_cue_and_the_whole_slug(
    text: str, outlet: str, url: str
) -> None:
    citing = _with_url("b", text, outlet)
    cited = _with_url("a", WIRE, "warta.pacifica.co.id", url)
    assert not cites_headline(citing, cited)


def test_link_direction_headline_allows_words_the_slug_dropped() -> None:
    # "Sempat" is a word of the written headline that the slug left out.
    headline = "(baca: Jembatan Lembah Sari Ditutup, Tiga Bus Sempat Tertahan)"
    citing = _with_url("b", headline, "blog.net")
    assert cites_headline(citing, _with_url("a", WIRE, "warta.pacifica.co.id", HEADLINE_URL))


def _dated(
    key: str, url: str | None = None, published: str | None = None, inferred: bool = False
) -> Article:
    article = item(key, WIRE).article
    return replace(article, url=url, published=published, published_inferred=inferred)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A news path's day, Republika's two-digit year, Bisnis's compact day.
        ("https://x.co.id/read/2016/07/18/123/a", "https://y.com/2016/07/21/b"),
        ("https://republika.co.id/berita/nasional/17/02/21/olp-a", "https://y.id/2017/02/22/b"),
        ("https://bisnis.com/read/20160719/280/567313/a", "https://y.com/2016/07/20/b"),
        # An ISO day in the path, on a site that writes it so.
        ("https://x.com/newsdetail/2016-11-04;judul-berita", "https://y.com/2016/11/05/b"),
        # A blog's month path against another month.
        ("https://blog.net/2016/03/a.html", "https://blog.org/2016/08/b.html"),
        # A day code closing the slug: two-digit year, month, day and one letter or digit.
        ("https://x.co.id/news/jembatan-ditutup-160225n.html", "https://y.com/2016/12/16/b"),
        ("https://x.net/gadget/jembatan-ditutup-1607183.html", "https://y.com/2016/07/19/b"),
    ],
)
def test_link_direction_publication_day_read_from_the_url(first: str, second: str) -> None:
    assert earlier(_dated("a", url=first), _dated("b", url=second)) == 1
    assert earlier(_dated("b", url=second), _dated("a", url=first)) == -1


def test_link_direction_slug_number_that_is_no_day_dates_nothing() -> None:
    # Seven digits closing a slug whose month would be 34: an article number, not a day.
    number = _dated("a", url="https://x.net/berita/jembatan-ditutup-1634561.html")
    assert earlier(number, _dated("b", url="https://y.com/2016/07/19/b")) == 0


def test_link_direction_slug_code_on_a_blog_month_path_leaves_the_month() -> None:
    # A blog's month path dates the page; the digits closing its slug are an article number
    # however they read ("1601011" would be 1 January 2016).
    page = _dated("a", url="https://blog.net/2016/07/harga-hp-1601011.html")
    assert earlier(page, _dated("b", url="https://y.com/2016/02/19/b")) == -1


def test_link_direction_same_blog_month_does_not_order() -> None:
    a = _dated("a", url="https://blog.net/2016/07/a.html")
    b = _dated("b", url="https://x.co.id/read/2016/07/18/123/b")
    assert earlier(a, b) == 0


def test_link_direction_date_inferred_from_text_is_its_week() -> None:
    # The latest date a text names dates it to that week: before another article's day.
    copy = _dated("b", published="2016-07-18")
    assert earlier(_dated("a", published="2016-07-10", inferred=True), copy) == 1
    assert earlier(_dated("a", published="2016-07-15", inferred=True), copy) == 0


def test_link_direction_old_date_in_the_text_is_history_not_a_date() -> None:
    # "Los Angeles Times edisi 24 April 2001" in a 2016 post: a lower bound only.
    history = _dated("a", published="2001-04-24", inferred=True)
    assert earlier(history, _dated("b", published="2016-07-18")) == 0
    assert earlier(_dated("b", published="2000-01-01"), history) == 1


def test_link_direction_truncated_copy_keeps_the_beginning() -> None:
    cut = WIRE[: WIRE.index("Hujan deras")].strip()
    links = find_links([item("a", cut), item("b", WIRE)], lexicons())
    assert links[0].original == "b"


def test_link_direction_a_closing_line_of_its_own_is_no_cut() -> None:
    # The longer text holds the shorter whole after a short opening, and adds one closing
    # line: over a tenth longer, but nothing of it was cut from the shorter's end.
    longer = "Berita dari redaksi kami. " + WIRE + " Demikian laporan dari lokasi bencana."
    links = find_links([item("a", WIRE), item("b", longer)], lexicons())
    assert links[0].relation == "copy"
    assert links[0].original is None


def test_link_direction_copy_with_an_opening_of_its_own() -> None:
    # An aggregator's header before the copied text: the shorter text is the original.
    header = "Diposting oleh admin pada hari ini di kanal berita terkini kami. "
    links = find_links([item("a", WIRE), item("b", header + WIRE)], lexicons())
    assert links[0].original == "a"


def _at(item_: Annotated, url: str) -> Annotated:
    return replace(item_, article=replace(item_.article, url=url))


def test_link_direction_from_the_site_article_numbers() -> None:
    # Two section hosts of one site, no date to compare: the lower number went up first.
    links = find_links(
        [
            _at(item("a", WIRE, outlet="news.kabar.com"), "https://news.kabar.com/d-3124615/x"),
            _at(item("b", WIRE, outlet="health.kabar.com"), "https://health.kabar.com/d-3051784/y"),
        ],
        lexicons(),
    )
    assert links[0].original == "b"


@pytest.mark.parametrize(
    ("first", "second", "order"),
    [
        # Section hosts of one site; detik's older path with a clock time before the number.
        (
            "https://health.detik.com/read/2015/10/23/154341/3051784/763/a",
            "https://news.detik.com/berita/d-3124615/b",
            1,
        ),
        ("https://x.co.id/read/23782/a", "https://m.x.co.id/read/23781/b", -1),
        # Two sites' numbers are two sequences.
        ("https://x.com/read/2110601/a", "https://y.com/read/2110602/b", 0),
        # Two URL schemes of one article: numbers of different lengths.
        ("https://tempo.co/read/854253/a", "https://tempo.co/read/news/2017/03/09/173854253/a", 0),
        # A compact day is a date, not a number.
        ("https://x.com/read/20160719/a", "https://x.com/read/20160720/b", 0),
    ],
)
def test_link_direction_numbered_earlier(first: str, second: str, order: int) -> None:
    a, b = _dated("a", url=first), _dated("b", url=second)
    assert numbered_earlier(a, b) == order
    assert numbered_earlier(b, a) == -order


def test_link_direction_site_drops_section_hosts() -> None:
    assert site("https://inet.detik.com/x") == site("http://www.detik.com/y") == "detik.com"
    assert site("https://m.jambiekspres.co.id/x") == "jambiekspres.co.id"
    assert site(None) == site("600-001.txt") == ""


def test_link_direction_brand_written_as_words_is_a_mention() -> None:
    # A local site's copy names the community whose article it took, "Halal Corner".
    named = WIRE + " Oleh karena itu, Halal Corner mengajak warga bergabung."
    copy = item("b", named, outlet="depokkabar.id").article
    links = find_links(
        [item("a", named, outlet="halalcorner.id"), item("b", named, outlet="depokkabar.id")],
        lexicons(),
    )
    assert mentions_outlet(copy, "halalcorner.id")
    assert not mentions_outlet(
        replace(copy, raw_text=named.replace("Halal", "halal")), "halalcorner.id"
    )
    assert links[0].original == "a"


def _under(key: str, opening: str, brand: str | None, outlet: str, text: str = WIRE) -> Annotated:
    """An article whose raw text opens with ``opening`` (a dateline naming ``brand``)."""
    base = item(key, text, outlet=outlet)
    raw = f"{opening} {text}"
    dateline = Dateline(opening, 0, len(opening), outlet=brand, city="Lembah Sari")
    return replace(base, article=replace(base.article, raw_text=raw, dateline=dateline))


def test_link_direction_copy_drops_the_source_name_from_its_dateline() -> None:
    # "Pacifica.com, Lembah Sari -" on pacifica.com; the same text elsewhere as "Lembah Sari -".
    source = _under("a", "Pacifica.com, Lembah Sari -", "Pacifica.com", "warta.pacifica.com")
    copy = _under("b", "Lembah Sari -", None, "kabarblog.net")
    assert dropped_own_name(source.article, copy.article)
    assert not dropped_own_name(copy.article, source.article)
    assert find_links([copy, source], lexicons())[0].original == "a"


def test_link_direction_own_name_over_another_opening_is_no_evidence() -> None:
    # An aggregator heads what it takes with its own name: the opening differs from its
    # source's, so the name says nothing of who wrote first.
    headed = _under("a", "Kabarblog.net -", "Kabarblog.net", "kabarblog.net")
    other = item("b", WIRE[WIRE.index("Sebanyak") :] + " " + WIRE[: WIRE.index("Sebanyak")])
    assert not dropped_own_name(headed.article, other.article)


@pytest.mark.parametrize(
    ("brand", "outlet_b"),
    [
        ("Nusantara Pos", "kabarblog.net"),  # the dateline names another outlet
        ("Pacifica.com", "m.pacifica.com"),  # two pages of one outlet
    ],
)
def test_link_direction_dateline_name_that_is_no_dropped_source(brand: str, outlet_b: str) -> None:
    first = _under("a", f"{brand}, Lembah Sari -", brand, "warta.pacifica.com")
    second = _under("b", "Lembah Sari -", None, outlet_b)
    assert not dropped_own_name(first.article, second.article)


# -- outlets under the names they are credited by ---------------------------------------


@pytest.mark.parametrize(
    ("name", "host"),
    [
        ("Antara", "antaranews.com"),  # a site word ("news") after the newsroom's name
        ("ANTARA News", "bali.antaranews.com"),  # an edition host of the site
        ("Waspada Online", "waspada.co.id"),  # "online" in the name, not in the host
        ("detikcom", "news.detik.com"),  # "com" written into the name
        ("Harian Kompas", "kompas.id"),  # a press word before the name
        ("Kantor Berita Antara", "antaranews.com"),
        ("JPNN", "m.jpnn.com"),  # a short name; the mobile host
        ("OKEZONE", "lifestyle.okezone.com"),  # case; a section host
        ("Tribun Medan", "medan.tribunnews.com"),  # a network's edition after its name
        ("detikINET", "inet.detik.com"),  # a section after the name
        ("Pikiran Rakyat", "pikiran-rakyat.com"),  # words spaced or hyphenated
    ],
)
def test_link_outlet_known_under_its_credited_name(name: str, host: str) -> None:
    assert same_outlet(name, host)
    assert same_outlet(host, name)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("solo.tribunnews.com", "medan.tribunnews.com"),  # two editions of one network
        ("Tribun Medan", "solo.tribunnews.com"),  # an edition named, another's host
        ("health.detik.com", "health.liputan6.com"),  # one section name, two sites
        ("suara.com", "suarakendari.com"),  # a name that starts another's
        ("AP", "ap.org.example.com"),  # too short a name to tell
    ],
)
def test_link_outlets_that_only_share_part_of_a_name_differ(left: str, right: str) -> None:
    assert not same_outlet(left, right)


def test_link_direction_from_credit_to_the_newsroom_by_its_name() -> None:
    # "Sumber: Antara" in a blog credits the story on antaranews.com.
    links = find_links(
        [item("a", WIRE, outlet="antaranews.com"), item("b", WIRE, credits=("Antara",))],
        lexicons(),
    )
    assert links[0].original == "a"


def test_link_wire_dateline_under_the_newsroom_name_on_its_site() -> None:
    article = item("a", WIRE, outlet="antaranews.com").article
    dated = replace(article, dateline=Dateline("Jakarta (ANTARA) -", 0, 0, outlet="ANTARA"))
    assert is_wire(dated)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Hal itu disampaikan Hendra kepada JPNN, Jumat.", "jpnn.com"),  # capitals
        ("Hal itu disampaikan Hendra seperti dikutip jpnn.com.", "m.jpnn.com"),  # domain
        ("Petugas masih mencari korban. (jpnn/hen)", "jpnn.com"),  # closing tag
        ("Petugas masih mencari korban. (netralitas)", "netralitas.com"),
        ("Petugas masih mencari korban (Sumber: okezone).", "news.okezone.com"),  # a cue
    ],
)
def test_link_outlet_named_where_it_cannot_be_a_word(text: str, outlet: str) -> None:
    assert mentions_outlet(_with_url("b", WIRE + " " + text, "kabarblog.net"), outlet)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Data jpnn menunjukkan hal lain.", "jpnn.com"),  # lower case in running text
        ("Warga Depok juga mengungsi, kata Hendra.", "depoknews.id"),  # a city
        ("Koresponden Antara melaporkan hal itu.", "antaranews.com"),  # see below
        ("INILAH BEBERAPA TIPS MENGHINDARINYA.", "gayahidup.inilah.com"),  # a heading
    ],
)
def test_link_outlet_name_that_may_be_a_word_is_no_mention(text: str, outlet: str) -> None:
    assert not mentions_outlet(_with_url("b", WIRE + " " + text, "kabarblog.net"), outlet)


def test_link_newsroom_name_without_its_site_word_is_a_mention() -> None:
    # "Antara" is also a word ("between"); capitalised inside a sentence and listed as a
    # newsroom it names antaranews.com. A city ("Depok" of depoknews.id) is not listed.
    known = find_newsrooms(lexicons())
    named = _with_url("b", WIRE + " Koresponden Antara melaporkan hal itu.", "kabarblog.net")
    assert mentions_outlet(named, "antaranews.com", known)
    city = _with_url("b", WIRE + " Warga Depok juga mengungsi.", "kabarblog.net")
    assert not mentions_outlet(city, "depoknews.id", known)
    among = _with_url("b", WIRE + " Enam di antaranya anak-anak.", "kabarblog.net")
    assert not mentions_outlet(among, "antaranews.com", known)


def test_link_direction_newsroom_with_a_short_name() -> None:
    # JPNN's site is a known newsroom although its name is shorter than a brand.
    links = find_links(
        [item("a", WIRE, outlet="kabarblog.net"), item("b", WIRE, outlet="m.jpnn.com")],
        lexicons(),
    )
    assert links[0].original == "b"


# -- a year written into the other's date ---------------------------------------------------

SHORT_DAY = WIRE + " Data itu dihimpun Jumat (10/11) sore."
LONG_DAY = WIRE + " Data itu dihimpun Jumat (10/11/2017) sore."


def test_link_direction_year_added_to_a_date_marks_the_copy() -> None:
    short, long = item("a", SHORT_DAY).article, item("b", LONG_DAY).article
    assert year_added(short, long) == 1
    assert year_added(long, short) == -1
    both = item("c", SHORT_DAY + " Lalu Jumat (10/11/2017) malam.").article
    assert year_added(both, long) == 0


def test_link_direction_year_added_decides_only_a_tie() -> None:
    alone = find_links(
        [item("a", SHORT_DAY, outlet="kabarblog.net"), item("b", LONG_DAY, outlet="wartaku.org")],
        lexicons(),
    )
    assert alone[0].original == "a"
    # A newsroom's house style may write the year: the weakest vote yields.
    newsroom = find_links(
        [item("a", SHORT_DAY, outlet="kabarblog.net"), item("b", LONG_DAY, outlet="jpnn.com")],
        lexicons(),
    )
    assert newsroom[0].original == "b"
