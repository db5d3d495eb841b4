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
