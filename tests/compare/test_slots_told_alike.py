"""Two reports' different figures of one thing, told alike by what stands beside them rather
than by a shared word of their own clause: a description retold with the same other number
(silang.compare.slots ``_measured_alike``), and a fronted window or deadline whose words are
those of the clause it times (silang.compare.scope ``opened_clause``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from silang.compare.scope import bounds_time, opened_clause
from silang.compare.slots import claim_slots
from silang.extract.quantities import find_quantities
from silang.lang.figures import load_figures_lexicon
from silang.model import Annotated, Span

from records import figured_report, id_report, slot_holding

#: Reports of other things, so that the words two reports share stand in few articles.
_FILLER = [
    ["The council met on Tuesday to discuss the budget."],
    ["Neighbours said the street had been quiet for years."],
    ["A vigil is planned for the weekend, organisers said."],
]
_FILLER_ID = [
    "Warga berkumpul di balai desa pada Selasa pagi.",
    "Rapat itu dihadiri kepala desa dan para tokoh masyarakat.",
    "Polisi meminta warga tetap tenang.",
]


def _english(*bodies: list[str]) -> list[Annotated]:
    texts = [*bodies, *_FILLER]
    return [figured_report(f"a{i}", body) for i, body in enumerate(texts)]


def _indonesian(*sentences: str) -> list[Annotated]:
    return [id_report(f"a{i}", sentence) for i, sentence in enumerate([*sentences, *_FILLER_ID])]


#: The mother's reports (ECB+ dev topic 33's shape): the other reports' 9 and 10.
_MOTHER = [
    ["The victim, a mother of 10, had just dropped off her youngest son."],
    ["Neighbours remembered the mother of 9 as kind and generous."],
]


@pytest.mark.parametrize(
    ("items", "first", "second"),
    [
        # The second weight has no word of its own; the height both sentences give says
        # that the two describe one man.
        (
            _english(
                ["He is 5 feet 10 inches tall, weighing 150 pounds, deputies said."],
                ["The suspect was described as 5-foot-10, 160 pounds, with a shaved head."],
            ),
            ("a0", 150),
            ("a1", 160),
        ),
        # Each window phrase has no verb: what must happen within the hours is in the
        # clause the comma opens, and the two clauses say the same thing.
        (
            _indonesian(
                "Dalam waktu 3 jam, pasien luka bakar harus segera mendapat perawatan dokter.",
                "Ingat, sebelum 5 jam sejak kecelakaan, pasien luka bakar sudah harus mendapat "
                "perawatan dokter.",
            ),
            ("a0", 3),
            ("a1", 5),
        ),
        # The first report writes "a mother of" before both numbers: one woman's children
        # given two ways, a conflict inside the report, not two things it tells apart.
        (
            _english(
                [
                    "Dana Reyes, 41, a mother of 9, was killed on her way to school.",
                    "Witnesses said a mother of 10 lay in the road for an hour.",
                ],
                *_MOTHER,
            ),
            ("a1", 10),
            ("a2", 9),
        ),
    ],
    ids=["height retold", "fronted windows", "one report, two numbers"],
)
def test_two_reports_told_alike_dispute_one_thing(
    items: list[Annotated], first: tuple[str, float], second: tuple[str, float]
) -> None:
    slots = claim_slots(items, {})
    slot = slot_holding(slots, *first)
    assert slot is slot_holding(slots, *second)
    assert slot.status == "disputed"


@pytest.mark.parametrize(
    ("items", "first", "second"),
    [
        (
            _english(["The dog weighs 150 pounds."], ["Officers seized 160 pounds of rice."]),
            ("a0", 150),
            ("a1", 160),
        ),
        # One sentence with "a mother of" before each number speaks of two women.
        (
            _english(["A mother of 9 and a mother of 10 were hurt in the crash."], *_MOTHER),
            ("a1", 10),
            ("a2", 9),
        ),
        # A shared age or score is no description retold: two men's weights.
        (
            _english(
                ["The driver, 24, weighed about 180 pounds, police said."],
                ["A second man, also 24, was described as 150 pounds with a beard."],
            ),
            ("a0", 180),
            ("a1", 150),
        ),
        (
            _english(
                ["After the 3-1 win, the 190-pound striker was carried off."],
                ["The 3-1 defeat left the 230-pound goalkeeper in tears."],
            ),
            ("a0", 190),
            ("a1", 230),
        ),
        # Each "a mother of" stands in apposition to another name: two women, not one
        # woman's children given two ways.
        (
            _english(
                [
                    "Rosa Tan, a mother of 3, was pulled from the wreck.",
                    "Lena Ortiz, a mother of 4, was found later that night.",
                ],
                ["The cyclist, a mother of 3, was riding to the market."],
                ["The walker, a mother of 4, was crossing the bridge."],
            ),
            ("a1", 3),
            ("a2", 4),
        ),
        # "a total of" is a stock phrase of amount: it names no one thing.
        (
            _english(
                [
                    "Officials said a total of 20 shops burned near the harbour.",
                    "Across the river, a total of 35 shops burned, they said.",
                ],
                ["By the harbour, 20 shops burned."],
                ["Some 35 shops burned across the river."],
            ),
            ("a1", 20),
            ("a2", 35),
        ),
        # A fronted window's clause is what it times: alike only to another window's, not
        # to a standoff's length told with the same words.
        (
            _english(
                ["Within 3 hours, police arrested the gunman at a farmhouse."],
                ["Police arrested the gunman at a farmhouse after a 7-hour standoff."],
            ),
            ("a0", 3),
            ("a1", 7),
        ),
    ],
    ids=[
        "no word or number in common",
        "one sentence, two things",
        "a shared age",
        "a shared score",
        "two names, one phrase",
        "a stock phrase of amount",
        "a window against a standoff",
    ],
)
def test_figures_told_apart_stay_apart(
    items: list[Annotated], first: tuple[str, float], second: tuple[str, float]
) -> None:
    slots = claim_slots(items, {})
    assert slot_holding(slots, *first) is not slot_holding(slots, *second)


def test_opened_clause_is_the_clause_after_a_fronted_window() -> None:
    text = "Within three hours, the patient must see a doctor, the nurse said."
    sentence = Span(0, len(text))
    (hours,) = [
        q
        for q in find_quantities(text, (sentence,), load_figures_lexicon("en"))
        if q.unit == "hour"
    ]
    opened = opened_clause(text, sentence, Span(0, text.index(",")), hours)
    assert opened is not None
    assert text[opened.start : opened.end] == "the patient must see a doctor"


def test_a_length_inside_its_clause_opens_none() -> None:
    # "dalam" here governs the meeting, not the hours; and a window that ends its sentence
    # opens no clause.
    for text in (
        "Dalam rapat selama 3 jam, warga menolak rencana itu.",
        "Pasien harus dirawat dalam 3 jam.",
    ):
        sentence = Span(0, len(text))
        (hours,) = find_quantities(text, (sentence,), load_figures_lexicon("id"))
        comma = text.find(",")
        clause = Span(0, comma if comma > 0 else len(text))
        assert opened_clause(text, sentence, clause, hours) is None


@pytest.mark.parametrize(
    ("language", "text", "bound"),
    [
        ("id", "Pasien harus dirawat kurang dari 3 jam.", True),
        ("id", "Pasien harus dirawat kurang dari 3-4,5 jam.", True),
        ("en", "Repairs take up to 3 hours.", True),
        # A negated bound word is a lower bound: no window.
        ("id", "Perbaikan memakan waktu tidak kurang dari 3 jam.", False),
        ("en", "Repairs take no less than 3 hours.", False),
    ],
)
def test_an_upper_bound_of_time_is_a_window_and_a_lower_one_is_not(
    language: str, text: str, bound: bool
) -> None:
    sentence = Span(0, len(text))
    (hours,) = find_quantities(text, (sentence,), load_figures_lexicon(language))
    assert bounds_time(text, sentence, hours) is bound
