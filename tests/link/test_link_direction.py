"""Which article find_links names as the original."""

from __future__ import annotations

from link_records import SPUN, WIRE, item, lexicons

from silang.link import find_links


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
