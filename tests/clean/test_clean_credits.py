"""Credit lines (taken out, recorded as Credits) and outlets cited by the story (recorded only)."""

from __future__ import annotations

import pytest
from cleaning_checks import checked

# language, credit paragraph (after a story paragraph), removal kinds,
# credits (relation, outlet, person)
CREDIT_LINES = [
    ("id", "Sumber: detikcom", ["credit"], [("copied-from", "detikcom", None)]),
    ("id", "Sumber berita: Kabarnusa.com", ["credit"], [("copied-from", "Kabarnusa.com", None)]),
    ("id", "(kompas.com/ Ani Wijaya)", ["credit"], [("copied-from", "kompas.com", "Ani Wijaya")]),
    ("id", "Editor: Budi Santoso", ["byline"], [("editor", None, "Budi Santoso")]),
    ("id", "Penulis: Ani Wijaya", ["byline"], [("author", None, "Ani Wijaya")]),
    ("id", "Reporter: Citra Dewi", ["byline"], [("reporter", None, "Citra Dewi")]),
    ("id", "Pewarta: Citra Dewi", ["byline"], [("reporter", None, "Citra Dewi")]),
    (
        "id",
        "Penulis: Ani Wijaya | Editor: Budi Santoso",
        ["byline", "byline"],
        [("author", None, "Ani Wijaya"), ("editor", None, "Budi Santoso")],
    ),
    ("id", "Dilansir dari Kabarnusa.com", ["credit"], [("cited", "Kabarnusa.com", None)]),
    (
        "id",
        'Artikel ini telah tayang di Kabarnusa.com dengan judul "Sungai Sari Meluap".',
        ["credit"],
        [("copied-from", "Kabarnusa.com", None)],
    ),
    ("en", "Source: Pacific Wire", ["credit"], [("copied-from", "Pacific Wire", None)]),
    (
        "en",
        "(Reporting by Ana Lima in Sari City; Editing by Tom Hale)",
        ["byline", "byline"],
        [("reporter", None, "Ana Lima"), ("editor", None, "Tom Hale")],
    ),
    ("en", "By Jane Doe", ["byline"], [("author", None, "Jane Doe")]),
]

STORY = {"id": "Warga mengungsi ke balai desa.", "en": "Residents fled to the town hall."}


@pytest.mark.parametrize(("language", "line", "kinds", "credits"), CREDIT_LINES)
def test_clean_removes_credit_line(
    language: str,
    line: str,
    kinds: list[str],
    credits: list[tuple[str, str | None, str | None]],
) -> None:
    cleaned = checked(f"{STORY[language]}\n{line}", language)
    assert [r.kind for r in cleaned.removed] == kinds
    assert "".join(r.text for r in cleaned.removed).replace(" ", "") == line.replace(" ", "")
    assert [(c.relation, c.outlet, c.person) for c in cleaned.credits] == credits
    assert cleaned.text == STORY[language]


# A wire agency closing the body: (language, raw, agency)
WIRE_ENDINGS = [
    ("id", "Warga mengungsi ke balai desa. (AFP)", "AFP"),
    ("id", "Warga mengungsi ke balai desa. (ANTARA)", "ANTARA"),
    ("id", "Warga mengungsi ke balai desa.\n(Antara)", "Antara"),
    ("en", "Residents fled to the town hall. (Reuters)", "Reuters"),
    ("en", "Residents fled to the town hall. — AFP", "AFP"),
]


@pytest.mark.parametrize(("language", "raw", "agency"), WIRE_ENDINGS)
def test_clean_records_wire_credit_at_end(language: str, raw: str, agency: str) -> None:
    cleaned = checked(raw, language)
    assert [(c.relation, c.outlet) for c in cleaned.credits] == [("wire", agency)]
    assert [r.kind for r in cleaned.removed] == ["credit"]
    assert cleaned.text == STORY[language]


def test_clean_wire_credit_only_at_end() -> None:
    raw = "Kantor berita (ANTARA) melaporkan banjir.\nWarga mengungsi ke balai desa."
    cleaned = checked(raw, "id")
    assert cleaned.removed == ()
    assert (
        cleaned.text
        == "Kantor berita (ANTARA) melaporkan banjir.\n\nWarga mengungsi ke balai desa."
    )


# Sentences of the story that cite an outlet: kept, and the outlet recorded with its span.
CITED = [
    ("id", "Hal itu disampaikan Kapolri seperti dilansir dari Antara, Senin.", "Antara"),
    ("id", "Seperti dikutip dari Kabarnusa.com, harga cabai naik.", "Kabarnusa.com"),
    ("id", "Menurut CNN Indonesia, gempa terasa hingga Lembah Sari.", "CNN Indonesia"),
    ("id", "Kabar itu diberitakan Warta Sari Online sejak pagi.", "Warta Sari Online"),
    ("en", "Residents fled, according to Reuters.", "Reuters"),
    ("en", "The ferry sank, the Sari Herald reported on Monday.", "Sari Herald"),
    ("en", "Officials told the Pacific Times that the port had closed.", "Pacific Times"),
]


@pytest.mark.parametrize(("language", "raw", "outlet"), CITED)
def test_clean_records_cited_outlet_in_sentence(language: str, raw: str, outlet: str) -> None:
    cleaned = checked(raw, language)
    assert cleaned.text == raw
    assert cleaned.removed == ()
    assert [(c.relation, c.outlet, c.text) for c in cleaned.credits] == [("cited", outlet, outlet)]
    credit = cleaned.credits[0]
    assert raw[credit.start : credit.end] == outlet


# People and non-outlets after citation cues are not outlets.
NOT_CITED = [
    ("id", "Menurut Budi Santoso, harga cabai naik."),
    ("id", "Hal itu dikutip dari Pasal 5 undang-undang tersebut."),
    ("en", "According to police, the ferry sank at dawn."),
    ("en", "Officials told reporters the port had closed."),
]


@pytest.mark.parametrize(("language", "raw"), NOT_CITED)
def test_clean_ignores_citation_cue_before_person(language: str, raw: str) -> None:
    cleaned = checked(raw, language)
    assert cleaned.credits == ()
    assert cleaned.text == raw
