"""The bench's ECB+ text: tokens joined back as the outlet wrote them, quote marks against
their quotations and never paired across paragraphs (ECB+ dev 19_10 and 19_6)."""

from __future__ import annotations

from brief_eval import detokenize, paragraphs


def _text(*sentences: str) -> list[str]:
    return detokenize("\n".join(paragraphs(list(sentences)))).split("\n")


def test_ecbplus_text_never_pairs_quote_marks_across_paragraphs() -> None:
    assert _text(
        'The keeper said , "It was calm . "',
        'A neighbour called it a "quiet night . "',
    ) == ['The keeper said, "It was calm."', 'A neighbour called it a "quiet night."']


def test_ecbplus_text_joins_a_quote_that_runs_over_sentences() -> None:
    assert _text('The keeper said , "It was calm .', 'Then the wind rose . "', "Boats left .") == [
        'The keeper said, "It was calm. Then the wind rose."',
        "Boats left.",
    ]


def test_ecbplus_text_counts_curly_marks_with_straight_ones() -> None:
    assert _text('"The pier held , ” she said .', "“ It always does . ”", "Rain fell .") == [
        '"The pier held,” she said.',
        "“It always does.”",
        "Rain fell.",
    ]


def test_ecbplus_text_keeps_a_closing_mark_apart_from_the_next_word() -> None:
    assert _text('Locals "Cheer" Over The New Pier') == ['Locals "Cheer" Over The New Pier']


def test_ecbplus_text_rejoins_clitics_but_not_a_quote_that_opens_with_one() -> None:
    assert _text("The crew 's boat ’ s sail , they ’ re sure , read 'stop , stop . '") == [
        "The crew's boat’s sail, they’re sure, read 'stop, stop. '"
    ]


def test_ecbplus_text_closes_a_quote_the_paragraph_began_inside() -> None:
    # The outlet never opened it: the mark after "now ," before a lower-case word closes.
    assert _text("The guide waved .", 'Pull it now , " he shouted .', "Rain fell .") == [
        "The guide waved.",
        'Pull it now," he shouted.',
        "Rain fell.",
    ]


def test_ecbplus_text_reopens_a_quote_the_sentence_before_left_open() -> None:
    # A quotation running on into the next paragraph opens it with a mark and leaves the one
    # before open: the mark against "We" opens again, and the quote after "said :" pairs
    # with its own closing mark, not with the one before "Boats".
    assert _text(
        '"The tide came in fast .',
        '"We held the pier . "',
        'The keeper said : "Nobody fell . "',
        "Boats left .",
    ) == [
        '"The tide came in fast. "We held the pier."',
        'The keeper said: "Nobody fell."',
        "Boats left.",
    ]
