"""Real disputes that hid on fresh stories: two versions of one toll whose source noun was
read as what they count ("versi polisi 5 orang" as five police officers), two bodies'
figures of one count read as each body's own ("Health Ministry figures show 40 cases"),
and an undated estimate in words against a report's exact count ("puluhan bus" against
"lima bus"). Sentences written for the tests (made-up bodies and numbers)."""

from __future__ import annotations

from dataclasses import replace

from silang.model import Annotated, Entity, EntityKind

from records import figured_report, id_report, one_disputed_sum, slot_holding, story_slots


def _named(item: Annotated, *bodies: str, kind: EntityKind = "organisation") -> Annotated:
    text = item.article.text
    entities = tuple(
        Entity(text.index(name), text.index(name) + len(name), name, kind, name) for name in bodies
    )
    return replace(item, entities=entities)


def _undated(item: Annotated) -> Annotated:
    return replace(item, article=replace(item.article, published=None))


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
            assert one_disputed_sum(story_slots(*items), ("a0", 5), ("b0", 12)), (first, copies)


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
            assert one_disputed_sum(story_slots(*items), ("a0", 40), ("b0", 55)), (noun, copies)


def test_two_bodies_records_of_one_count_dispute_in_indonesian() -> None:
    for noun in ("catatan", "laporan", "angka", "hitungan", "perkiraan"):
        for copies in (1, 2):
            items = _bodies(
                "id",
                f"Sementara {noun} Kemenkes sebanyak 40 kasus baru.",
                f"Sementara {noun} Dinkes sebanyak 55 kasus baru.",
                copies,
            )
            assert one_disputed_sum(story_slots(*items), ("a0", 40), ("b0", 55)), (noun, copies)


def test_a_players_games_are_no_toll() -> None:
    # Games are no toll: two players' counts of them dispute nothing, whatever source noun
    # ("statistics") stands before one.
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
        assert one_disputed_sum(slots, ("h1", estimate), ("d1", 5)), hoax.article.text


def test_a_range_an_order_above_a_limited_count_stays_apart() -> None:
    # The estimate rule reads words ("dozens", "puluhan"): a range in figures is no estimate.
    slots = story_slots(
        _undated(figured_report("a1", ["Between 200 and 300 buses were parked near the mosque."])),
        _undated(figured_report("a2", ["The mosque said only five buses arrived."])),
    )
    assert slot_holding(slots, "a1", 200) is not slot_holding(slots, "a2", 5)


def test_an_estimate_against_a_plain_count_of_a_part_stays_apart() -> None:
    # A crowd's estimate and a count of some of it, with nothing limiting the count.
    for crowd, part in [
        (
            "Puluhan siswa mengikuti acara di sekolah itu.",
            "Empat siswa dirawat di puskesmas usai acara di sekolah itu.",
        ),
        (
            "Puluhan polisi berjaga di kedutaan itu.",
            "Tiga polisi yang berjaga di kedutaan itu diperiksa Propam.",
        ),
        (
            "Terlihat puluhan bus peserta aksi terparkir di depan masjid.",
            "Pengurus masjid menyebut lima bus peserta aksi datang.",
        ),
    ]:
        slots = story_slots(_undated(id_report("a1", crowd)), _undated(id_report("a2", part)))
        assert not any(s.status == "disputed" for s in slots), crowd
    for crowd, part in [
        (
            "Dozens of police officers guarded the embassy.",
            "Five police officers at the embassy were suspended.",
        ),
        ("Dozens of boats were in the harbour.", "Pirates in 3 boats attacked the ship."),
    ]:
        slots = story_slots(
            _undated(figured_report("a1", [crowd])), _undated(figured_report("a2", [part]))
        )
        assert not any(s.status == "disputed" for s in slots), crowd


def test_an_estimate_disputes_a_count_told_as_only_so_many() -> None:
    slots = story_slots(
        _undated(id_report("h1", "Terlihat puluhan bus peserta aksi terparkir di depan masjid.")),
        _undated(id_report("d1", "Pengurus masjid menyebut cuma lima bus peserta aksi datang.")),
    )
    assert one_disputed_sum(slots, ("h1", 20), ("d1", 5))


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
        ("The BNPB count rose to 120 victims.", "The BPBD count rose to 150 victims."),
    ]:
        for copies in (1, 2):
            items = [_named(figured_report(f"a{k}", [first]), "BNPB") for k in range(copies)] + [
                _named(figured_report(f"b{k}", [second]), "BPBD") for k in range(copies)
            ]
            assert one_disputed_sum(story_slots(*items), ("a0", 120), ("b0", 150)), (first, copies)


def _apart(first: Annotated, second: Annotated) -> bool:
    return not any(s.status == "disputed" for s in story_slots(first, second))


def test_a_bodys_own_record_of_what_is_not_a_toll_stays_its_own() -> None:
    # A record's noun makes a body a source of a toll only: sales, goals, wins and riders
    # are each body's own, in either language.
    english = [
        ("Apple's figures show 10 million iPhones sold.", "Apple"),
        ("Samsung's figures show 8 million phones sold.", "Samsung"),
        ("Arsenal's tally of 30 goals leads the league.", "Arsenal"),
        ("Chelsea's tally of 25 goals is second in the league.", "Chelsea"),
        ("Toyota's count of 500 recalled cars was released.", "Toyota"),
        ("Honda's count of 300 recalled cars was released.", "Honda"),
        ("Uber data show 40 million riders a month.", "Uber"),
        ("Lyft data show 20 million riders a month.", "Lyft"),
    ]
    for (first, one), (second, other) in zip(english[::2], english[1::2], strict=True):
        assert _apart(
            _named(figured_report("a1", [first]), one),
            _named(figured_report("a2", [second]), other),
        ), first
    assert _apart(
        _named(
            figured_report("a1", ["Messi's tally of 30 goals leads Spain."]), "Messi", kind="person"
        ),
        _named(
            figured_report("a2", ["Ronaldo's tally of 25 goals is second."]),
            "Ronaldo",
            kind="person",
        ),
    )
    indonesian = [
        ("Catatan Persib musim ini 18 kemenangan.", "Persib"),
        ("Catatan Persija musim ini 15 kemenangan.", "Persija"),
        ("Angka Toyota mencapai 500 ribu mobil terjual.", "Toyota"),
        ("Angka Honda mencapai 300 ribu mobil terjual.", "Honda"),
    ]
    for (first, one), (second, other) in zip(indonesian[::2], indonesian[1::2], strict=True):
        assert _apart(_named(id_report("a1", first), one), _named(id_report("a2", second), other))
    assert _apart(
        _named(id_report("a1", "Catatan Messi musim ini 30 gol."), "Messi", kind="person"),
        _named(id_report("a2", "Catatan Ronaldo musim ini 25 gol."), "Ronaldo", kind="person"),
    )


def test_a_possessive_record_of_a_toll_class_stays_the_bodys_own() -> None:
    # "Mercy Clinic's tally of 40 patients": the clinic's own patients.
    assert _apart(
        _named(
            figured_report("a1", ["Mercy Clinic's tally of 40 patients was released."]),
            "Mercy Clinic",
        ),
        _named(
            figured_report("a2", ["Grace Hospital's tally of 55 patients was released."]),
            "Grace Hospital",
        ),
    )


def test_a_records_noun_before_what_it_counts_keeps_that_noun() -> None:
    # "data", "catatan" take no speaker: the noun after them is what the figure counts.
    for first, second in [
        (
            "Data kapal 3 unit disita petugas di pelabuhan.",
            "Data mobil 5 unit disita petugas di pelabuhan.",
        ),
        ("Data korban 40 orang di posko itu.", "Data relawan 55 orang di posko itu."),
        (
            "Catatan siswa 40 orang dirawat di puskesmas.",
            "Catatan guru 6 orang dirawat di puskesmas.",
        ),
    ]:
        assert _apart(id_report("a1", first), id_report("a2", second)), first


def test_a_limiting_word_elsewhere_in_the_clause_limits_no_count() -> None:
    # "just after noon" limits the time, not the five buses: no count told against more.
    slots = story_slots(
        _undated(figured_report("h1", ["Dozens of buses were parked outside the mosque."])),
        _undated(figured_report("d1", ["Five buses arrived just after noon."])),
    )
    assert not any(s.status == "disputed" for s in slots)
