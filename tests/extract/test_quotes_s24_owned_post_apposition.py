"""A speaker set off by an apposition that opens with whose post it is ("Dana Reyes,
Acme's director of sales, said"): the name before the apposition speaks, not the owner.
Sentences written for these tests; names and figures are made up."""

from __future__ import annotations

from quote_reads import resolved


def test_the_name_before_an_owned_post_speaks() -> None:
    text = (
        '"We expect the line to be mended by Friday," Dana Reyes, Acme\'s director of '
        "network services, said in a telephone interview."
    )
    assert resolved("en", text) == [
        ("We expect the line to be mended by Friday,", "Dana Reyes", "said")
    ]


def test_reported_speech_after_an_owned_post() -> None:
    text = "Dana Reyes, Acme's director of network services, said the line would reopen soon."
    assert resolved("en", text) == [("the line would reopen soon", "Dana Reyes", "said")]


def test_a_quotation_after_an_owned_post_goes_on_in_the_speakers_words() -> None:
    text = (
        '"The line is down," said Dana Reyes, Acme\'s director of network services. '
        '"We expect it to be mended by Friday."'
    )
    assert [q[1] for q in resolved("en", text)] == ["Dana Reyes", "Dana Reyes"]
