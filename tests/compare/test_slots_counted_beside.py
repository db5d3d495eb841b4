"""A count moves to another subject's bucket where another report gives its number with the
count's noun in its clause (silang.compare.slots ``_named_beside_same_number``), unless
that report's sentence counts the noun with the number itself: Indonesian reports written
for these tests."""

from __future__ import annotations

from records import id_report, story_slots


def test_a_noun_counted_in_the_other_sentence_is_that_counts_own() -> None:
    # "empat ponsel milik empat napi": the phones' word beside the prisoners' four is the
    # phones' own noun, so the other reports' four phones stay phones, all in one slot
    # (each mention of a report that names them twice with the others), and the prisoners
    # are a count of their own.
    slots = story_slots(
        id_report(
            "both", "Dalam penggeledahan itu ditemukan empat ponsel milik empat napi teroris."
        ),
        id_report("once", "Petugas menemukan empat ponsel di dalam sel.", "Keempat ponsel disita."),
        id_report(
            "twice", "Ditemukan empat ponsel di sel.", "Petugas lalu menyita empat ponsel itu."
        ),
    )
    phones = [s for s in slots if s.subject == "phone"]
    assert len(phones) == 1
    assert set(phones[0].values[0].article_ids) == {"both", "once", "twice"}
    assert any(s.subject == "prisoner" for s in slots)
