"""The quotes evaluation lists a reported statement found where the gold has none, as it
lists an extra direct quotation: a fall in reported precision then says which one."""

from __future__ import annotations

from silang.extract.quotes_evaluate import GoldPassage, score
from silang.lang import load_pack
from silang.lang.quotes import load_quotes_lexicon


def test_an_extra_reported_statement_is_listed() -> None:
    text = "Budi Santoso mengatakan jembatan itu akan dibuka pada bulan Mei."
    passage: GoldPassage = {"id": "t-1", "lang": "id", "text": text, "quotes": [], "entities": []}
    scores = score([passage], load_pack("id"), load_quotes_lexicon("id"))
    assert scores.reported_found == 1
    assert scores.errors == ["t-1 extra reported 'jembatan itu akan dibuka pada bulan Mei'"]
