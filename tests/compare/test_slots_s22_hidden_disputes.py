"""Real disputes that hid on fresh stories: two versions of one toll whose source noun was
read as what they count ("versi polisi 5 orang" as five police officers), two bodies'
figures of one count read as each body's own ("Health Ministry figures show 40 cases"),
and an undated estimate in words against a report's exact count ("puluhan bus" against
"lima bus"). Sentences written for the tests (made-up bodies and numbers)."""

from __future__ import annotations

from dataclasses import replace

from silang.model import Annotated, ClaimSlot, Entity

from records import figured_report, id_report, slot_holding, story_slots


def _named(item: Annotated, *bodies: str) -> Annotated:
    text = item.article.text
    entities = tuple(
        Entity(text.index(name), text.index(name) + len(name), name, "organisation", name)
        for name in bodies
    )
    return replace(item, entities=entities)


def _undated(item: Annotated) -> Annotated:
    return replace(item, article=replace(item.article, published=None))


def _disputed(
    slots: tuple[ClaimSlot, ...], first: tuple[str, float], second: tuple[str, float]
) -> bool:
    slot = slot_holding(slots, *first)
    return slot is slot_holding(slots, *second) and slot.status == "disputed"


def test_two_versions_of_one_toll_dispute() -> None:
    for first, second in [
        ("Korban tewas versi polisi 5 orang.", "Korban tewas versi warga 12 orang."),
        (
            "Korban meninggal versi aparat sebanyak 5 orang.",
            "Korban meninggal versi warga sebanyak 12 orang.",
        ),
    ]:
        for copies in (1, 2):
            items = [id_report(f"a{k}", first) for k in range(copies)]
            items += [id_report(f"b{k}", second) for k in range(copies)]
            assert _disputed(story_slots(*items), ("a0", 5), ("b0", 12)), (first, copies)


def test_a_version_noun_still_counts_where_no_source_word_stands_before_it() -> None:
    # "polisi 5 orang" with no "versi" before it counts five police officers: no toll.
    slots = story_slots(
        id_report("a1", "Sebanyak 20 korban tewas dalam kerusuhan itu."),
        id_report("a2", "Polisi 5 orang ikut berjaga di lokasi kerusuhan itu."),
    )
    assert slot_holding(slots, "a1", 20) is not slot_holding(slots, "a2", 5)


def _bodies(language: str, first: str, second: str, copies: int) -> list[Annotated]:
    """``copies`` reports of each sentence, its body (the second word) named."""
    report = id_report if language == "id" else lambda aid, text: figured_report(aid, [text])
    return [
        _named(report(f"{side}{k}", text), text.split()[2 if language == "id" else 0])
        for side, text in (("a", first), ("b", second))
        for k in range(copies)
    ]


def test_two_bodies_figures_of_one_count_dispute() -> None:
    for noun in ("figures", "data", "tally", "toll", "estimate", "count"):
        for copies in (1, 2):
            items = _bodies(
                "en", f"Ministry {noun} show 40 cases.", f"WHO {noun} show 55 cases.", copies
            )
            assert _disputed(story_slots(*items), ("a0", 40), ("b0", 55)), (noun, copies)


def test_two_bodies_records_of_one_count_dispute_in_indonesian() -> None:
    for noun in ("catatan", "laporan", "angka", "hitungan", "perkiraan"):
        for copies in (1, 2):
            items = _bodies(
                "id",
                f"Sementara {noun} Kemenkes sebanyak 40 kasus baru.",
                f"Sementara {noun} Dinkes sebanyak 55 kasus baru.",
                copies,
            )
            assert _disputed(story_slots(*items), ("a0", 40), ("b0", 55)), (noun, copies)


def test_a_players_own_games_stay_his() -> None:
    # "statistics" and "record" are left out of the source nouns: a player's are his own.
    items = [
        _named(figured_report("a1", ["Reggie Dunn played 12 games this season."]), "Reggie Dunn"),
        _named(figured_report("a2", ["Reggie Dunn played 12 games this season."]), "Reggie Dunn"),
        _named(
            figured_report("b1", ["Marcus Hale's statistics show 7 games this season."]),
            "Marcus Hale",
        ),
        _named(
            figured_report("b2", ["Marcus Hale's statistics show 7 games this season."]),
            "Marcus Hale",
        ),
    ]
    assert not any(s.status == "disputed" for s in story_slots(*items))


def test_an_undated_estimate_in_words_disputes_an_exact_count() -> None:
    reports = [
        (
            _undated(
                id_report("h1", "Terlihat puluhan bus peserta aksi terparkir di depan masjid.")
            ),
            _undated(
                id_report("d1", "Pengurus masjid menyebut hanya lima bus peserta aksi datang.")
            ),
        ),
        (
            figured_report("h1", ["Dozens of buses of marchers were parked outside the mosque."]),
            figured_report("d1", ["The mosque said only five buses of marchers arrived."]),
        ),
    ]
    for hoax, denial in reports:
        slots = story_slots(hoax, denial)
        # "puluhan" reads 20 and "dozens" 24: the estimate's low end.
        estimate = next(v.value for s in slots for v in s.values if "h1" in v.article_ids)
        assert _disputed(slots, ("h1", estimate), ("d1", 5)), hoax.article.text


def test_undated_exact_counts_an_order_apart_stay_apart() -> None:
    # The estimate rule reads words: two exact counts tenfold apart still count two things.
    slots = story_slots(
        figured_report("a1", ["The pirates held 3 boats."]),
        figured_report("a2", ["The navy sank 30 boats."]),
    )
    assert slot_holding(slots, "a1", 3) is not slot_holding(slots, "a2", 30)


def test_an_estimate_that_holds_another_count_stays_apart_from_a_lesser_one() -> None:
    slots = story_slots(
        _undated(id_report("a1", "Petugas menyita ratusan permen dalam razia di kota itu.")),
        _undated(id_report("a2", "Dalam razia di kota itu petugas menyita 345 permen.")),
        _undated(id_report("a3", "Hasilnya ada 20 permen di sekolah itu.")),
    )
    estimate = next(v.value for s in slots for v in s.values if "a1" in v.article_ids)
    assert slot_holding(slots, "a1", estimate) is not slot_holding(slots, "a3", 20)


def test_an_estimate_beside_another_count_of_its_report_stays_apart() -> None:
    slots = story_slots(
        figured_report(
            "a1",
            ["The firms own cables to several dozen countries.", "The first linked 33 countries."],
        ),
        figured_report("a2", ["The new cable connects 12 countries."]),
    )
    estimate = min(
        v.value for s in slots for v in s.values if "a1" in v.article_ids and v.value != 33
    )
    assert slot_holding(slots, "a1", estimate) is not slot_holding(slots, "a2", 12)


def test_two_agencies_tolls_dispute() -> None:
    for first, second in [
        ("The BNPB death toll rose to 120 victims.", "The BPBD death toll rose to 150 victims."),
        ("BNPB's count rose to 120 victims.", "BPBD's count rose to 150 victims."),
    ]:
        for copies in (1, 2):
            items = [_named(figured_report(f"a{k}", [first]), "BNPB") for k in range(copies)] + [
                _named(figured_report(f"b{k}", [second]), "BPBD") for k in range(copies)
            ]
            assert _disputed(story_slots(*items), ("a0", 120), ("b0", 150)), (first, copies)
