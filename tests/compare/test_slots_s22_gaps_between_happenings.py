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


def _disputed(first: str, second: str, values: tuple[int, int], language: str = "en") -> bool:
    if language == "id":
        slots = story_slots(id_report("a1", first), id_report("a2", second))
    else:
        slots = story_slots(figured_report("a1", [first]), figured_report("a2", [second]))
    slot = slot_holding(slots, "a1", values[0])
    return slot is slot_holding(slots, "a2", values[1]) and slot.status == "disputed"


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
        assert _disputed(first, second, values)


def test_a_span_followed_by_after_is_still_a_span() -> None:
    # A span word before the length ("for", "lasted", "served", "selama", "berlangsung")
    # makes it a span, whatever "after" follows it.
    for first, second, values, language in [
        (
            "The jury deliberated for 40 hours after closing arguments.",
            "The verdict came after 30 hours of deliberation.",
            (40, 30),
            "en",
        ),
        (
            "Smith served 10 years after his conviction for the robbery.",
            "Smith served 12 years in prison for the robbery.",
            (10, 12),
            "en",
        ),
        (
            "The strike lasted 40 days after talks collapsed.",
            "The strike lasted 45 days.",
            (40, 45),
            "en",
        ),
        (
            "Mogok kerja berlangsung 40 hari setelah perundingan gagal.",
            "Mogok kerja itu berlangsung 45 hari.",
            (40, 45),
            "id",
        ),
        (
            "Juri bersidang selama 40 jam setelah sidang ditutup.",
            "Putusan keluar setelah 30 jam persidangan juri.",
            (40, 30),
            "id",
        ),
    ]:
        assert _disputed(first, second, values, language), first


def test_a_gap_with_no_span_word_stays_a_gap() -> None:
    slots = story_slots(
        id_report("a1", "Ia dibebaskan dua tahun setelah kudeta."),
        id_report("a2", "Ia ditahan selama tiga tahun."),
    )
    assert not any(s.status == "disputed" for s in slots)
    assert _disputed(
        "Ia dibebaskan setelah dua tahun ditahan.", "Ia ditahan selama tiga tahun.", (2, 3), "id"
    )


def test_a_sentence_followed_by_after_is_still_a_span() -> None:
    # A prison term is a span whatever "after" follows it.
    assert _disputed(
        "Smith was sentenced to 10 years after a two-week trial.",
        "Smith was sentenced to 12 years in prison.",
        (10, 12),
    )
    assert _disputed(
        "Budi divonis 10 tahun setelah sidang dua pekan.",
        "Budi divonis 12 tahun penjara.",
        (10, 12),
        "id",
    )
