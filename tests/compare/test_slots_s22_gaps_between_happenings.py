"""A length of time right before "after", "ago" or "later" ("setelah", "lalu", "kemudian") is
the gap between two happenings, no span of what the story tells: it does not join a span
that shares a word with its clause ("after four months of deliberation" and "comes seven
months after the bear was listed"), while two spans, or two gaps, still dispute. Sentences
written for the tests."""

from __future__ import annotations

from records import figured_report, id_report, slot_holding, story_slots


def test_a_gap_and_a_span_are_two_lengths() -> None:
    for slots in (
        story_slots(
            figured_report(
                "a1",
                ["The revision was finalized after four months of deliberation on the change."],
            ),
            figured_report(
                "a2", ["The rule change comes seven months after the bear became the first listed."]
            ),
        ),
        story_slots(
            id_report("a1", "Revisi itu rampung setelah empat bulan pembahasan perubahan aturan."),
            id_report(
                "a2", "Perubahan aturan itu muncul tujuh bulan setelah beruang itu masuk daftar."
            ),
        ),
    ):
        assert slot_holding(slots, "a1", 4) is not slot_holding(slots, "a2", 7)
        assert not any(s.status == "disputed" for s in slots)


def test_two_spans_and_two_gaps_still_dispute() -> None:
    for first, second, values in [
        (
            "The jury deliberated for 40 hours before the verdict.",
            "The verdict came after 30 hours of deliberation.",
            (40, 30),
        ),
        (
            "The verdict came two days after the deliberation ended.",
            "The verdict came three days after the deliberation ended.",
            (2, 3),
        ),
    ]:
        slots = story_slots(figured_report("a1", [first]), figured_report("a2", [second]))
        slot = slot_holding(slots, "a1", values[0])
        assert slot is slot_holding(slots, "a2", values[1]) and slot.status == "disputed"
