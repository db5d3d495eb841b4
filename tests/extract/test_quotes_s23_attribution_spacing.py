"""Pages pasted from the web put two spaces after a comma ("tidak benar,  ujar X"); the
attribution after it still closes the statement before it. Sentences written for these
tests; names and figures are made up."""

from __future__ import annotations

from quote_reads import written


def test_two_spaces_after_the_comma_before_an_indonesian_attribution() -> None:
    assert written("id", "Kabar soal banjir itu tidak benar,  ujar Budi Santoso.") == [
        ("Kabar soal banjir itu tidak benar", "Budi Santoso", "ujar")
    ]


def test_two_spaces_after_the_comma_before_according_to() -> None:
    text = "The group has spent about $9 million in the state,  according to media trackers."
    assert written("en", text) == [
        ("The group has spent about $9 million in the state", "media trackers", "according to")
    ]
