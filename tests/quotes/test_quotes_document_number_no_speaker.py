"""A decree's or a law's number ("Nomor KEP.07/...", "No. 12/2019") is a document's
reference: where a recogniser takes its capitalised run for a name, it must not stand for the
"-nya" of a speech verb after it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from quotes_records import mention, quotes_of


@pytest.mark.parametrize(
    "reference",
    ["Nomor KEP.07", "Nomor 9 Tahun", "No. 12/2019"],
)
def test_quotes_a_document_number_stands_for_no_speaker(reference: str) -> None:
    text = (
        "Bupati Rina Sasmita mengatakan bahwa pasar ikan akan diperluas. "
        f"Dinas menerbitkan surat {reference}/DKP/2021 tentang pasar. "
        "Kami targetkan ada 40 kios baru tahun depan, terangnya."
    )
    entities = (
        mention(text, "Rina Sasmita", "person"),
        mention(text, reference, "person"),
    )
    quotes = quotes_of("id", text, *entities)
    assert reference not in [q.speaker for q in quotes]
    assert quotes[-1].speaker == "Rina Sasmita"


def test_quotes_a_bare_number_office_may_still_speak() -> None:
    # "No 10" (Downing Street) is a body that speaks; only a running code is a document's.
    text = 'Ministers met on Monday. "We will not delay," No 10 said.'
    quotes = quotes_of("en", text, mention(text, "No 10", "organisation"))
    assert [q.speaker for q in quotes] == ["No 10"]
