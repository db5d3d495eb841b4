"""In-article coreference of names: short names, nicknames, acronyms and expansions."""

from __future__ import annotations

import pytest
from quotes_records import LEXICONS, mention

from silang.extract.coref import resolve_names
from silang.model import Entity, EntityKind


def _names(code: str, text: str, *mentions: tuple[str, EntityKind, int]) -> list[str]:
    entities = [mention(text, surface, kind, nth=nth) for surface, kind, nth in mentions]
    return [e.name for e in resolve_names(text, entities, LEXICONS[code])]


@pytest.mark.parametrize(
    ("code", "text", "short"),
    [
        ("id", "Bupati Andi Wijaya datang. Kata Andi, air surut.", "Andi"),
        ("id", "Bupati Andi Wijaya datang. Kata Wijaya, air surut.", "Wijaya"),
        ("en", "Mayor Linda Carver spoke. Carver said the bridge was safe.", "Carver"),
    ],
)
def test_entities_short_name_takes_the_full_name(code: str, text: str, short: str) -> None:
    full = "Andi Wijaya" if code == "id" else "Linda Carver"
    names = _names(code, text, (full, "person", 0), (short, "person", 1 if short in full else 0))
    assert names == [full, full]


def test_entities_short_name_before_the_full_name_takes_it_too() -> None:
    text = "Kata Andi, air surut. Bupati Andi Wijaya datang."
    assert _names("id", text, ("Andi", "person", 0), ("Andi Wijaya", "person", 0)) == [
        "Andi Wijaya",
        "Andi Wijaya",
    ]


@pytest.mark.parametrize(
    ("code", "text", "nickname", "full"),
    [
        (
            "id",
            "Irwan Setiabudi atau yang akrab disapa Bang Iwan berjanji. Iwan tersenyum.",
            "Iwan",
            "Irwan Setiabudi",
        ),
        ("id", "Joko Susanto (Jokos) datang.", "Jokos", "Joko Susanto"),
        ("en", "Robert Finch, known as Bobby, spoke. Bobby smiled.", "Bobby", "Robert Finch"),
    ],
)
def test_entities_nickname_takes_the_name_it_is_introduced_with(
    code: str, text: str, nickname: str, full: str
) -> None:
    names = _names(code, text, (full, "person", 0), (nickname, "person", 0))
    assert names == [full, full]


def test_entities_known_alias_from_the_lexicon() -> None:
    assert _names("id", "Jokowi meresmikan bendungan.", ("Jokowi", "person", 0)) == ["Joko Widodo"]


@pytest.mark.parametrize(
    ("code", "text", "expansion", "acronym"),
    [
        (
            "id",
            "Badan Intelijen Negara (BIN) menyatakan siaga. BIN memantau.",
            "Badan Intelijen Negara",
            "BIN",
        ),
        (
            "id",
            "Komisi Pemberantasan Korupsi memeriksa saksi. KPK menahan dua orang.",
            "Komisi Pemberantasan Korupsi",
            "KPK",
        ),
        (
            "en",
            "The World Health Organization said so. The WHO agreed.",
            "World Health Organization",
            "WHO",
        ),
    ],
)
def test_entities_acronym_takes_its_expansion(
    code: str, text: str, expansion: str, acronym: str
) -> None:
    entities: list[Entity] = [mention(text, expansion, "organisation")]
    entities += [mention(text, acronym, "organisation", nth=n) for n in range(text.count(acronym))]
    names = {e.name for e in resolve_names(text, entities, LEXICONS[code])}
    assert names == {expansion}


def test_entities_places_keep_their_own_names() -> None:
    text = "Warga Jakarta dan Jakarta Utara mengungsi."
    names = _names("id", text, ("Jakarta", "place", 0), ("Jakarta Utara", "place", 0))
    assert names == ["Jakarta", "Jakarta Utara"]


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # "Halloran" is used on its own before any full name; the "Peter Halloran" named far
        # on is another person of the name (a brother). A "Halloran" after him is his.
        (
            "Halloran died on Monday. Halloran was 80. Halloran ran the bakery. Later his "
            "brother Peter Halloran spoke. Halloran said the family would gather.",
            (
                ("Halloran", 0),
                ("Halloran", 1),
                ("Halloran", 2),
                ("Peter Halloran", 0),
                ("Halloran", 4),
            ),
            ["Halloran", "Halloran", "Halloran", "Peter Halloran", "Peter Halloran"],
        ),
        # A headline's and a lead's short name before the body's full name are that person.
        (
            "Carver quits\nCarver, 61, stepped down on Friday. Mayor Linda Carver said she "
            "was tired.",
            (("Carver", 0), ("Carver", 1), ("Linda Carver", 0)),
            ["Linda Carver", "Linda Carver", "Linda Carver"],
        ),
        # The nickname is the short name's, and that stands alone: not the brother's.
        (
            "Halloran died on Monday. Halloran was 80. Halloran was nicknamed Red as a boy. "
            "Later his brother Peter Halloran spoke.",
            (("Halloran", 0), ("Halloran", 1), ("Halloran", 2), ("Red", 0), ("Peter Halloran", 0)),
            ["Halloran", "Halloran", "Halloran", "Halloran", "Peter Halloran"],
        ),
    ],
)
def test_entities_short_name_used_again_before_a_later_full_name_stands_alone(
    text: str, mentions: tuple[tuple[str, int], ...], expected: list[str]
) -> None:
    assert _names("en", text, *((m, "person", n) for m, n in mentions)) == expected
