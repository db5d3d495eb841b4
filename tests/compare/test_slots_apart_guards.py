"""What must not keep figures apart or join them as one count at two moments (review of
silang.compare.slot_apart and the windows of silang.compare.scope): a title that receives a
report is no holder of the count in it; a window is the length right after "dalam"/"within",
for its own clause; a one-digit round figure rounds only what lies near it; contrast words
are whole words. Indonesian reports written for these tests."""

from __future__ import annotations

from silang.compare.glossary import article_counts, load_glossary
from silang.compare.slot_apart import same_figure, told_apart
from silang.compare.slots import story_figures
from silang.model import Annotated

from records import id_report, story_slots


def _disputed(*items: Annotated) -> list[set[float]]:
    return [{v.value for v in s.values} for s in story_slots(*items) if s.status == "disputed"]


def test_a_title_that_receives_a_report_holds_no_count_in_it() -> None:
    # "menerima" ties a title to a sum it receives ("Ketua MK menerima Rp ..."), not to the
    # count of a report it receives: the governor's 30 dead and the regent's 45 dispute.
    disputes = _disputed(
        id_report("a", "Gubernur menerima laporan bahwa 30 orang tewas dalam banjir itu."),
        id_report("b", "Bupati menerima laporan bahwa 45 orang tewas dalam banjir itu."),
    )
    assert {30.0, 45.0} in disputes


def test_a_window_of_another_clause_is_none_of_the_count() -> None:
    # "dalam 3 jam" is when the road reopened, in a clause of its own: the 12 and 15 dead
    # are one count told two ways, not one count at two moments.
    disputes = _disputed(
        id_report(
            "a",
            "Sebanyak 12 orang tewas dalam kecelakaan bus itu, dan jalan tol dibuka kembali "
            "dalam 3 jam.",
        ),
        id_report(
            "b",
            "Sebanyak 15 orang tewas dalam kecelakaan bus itu, dan jalan tol dibuka kembali "
            "dalam 5 jam.",
        ),
    )
    assert {12.0, 15.0} in disputes


def test_dalam_before_another_word_opens_no_window() -> None:
    # "Dalam sidang selama dua jam": "dalam" governs the hearing, not the length.
    disputes = _disputed(
        id_report("a", "Dalam sidang selama dua jam, jaksa menyebut 12 saksi sudah diperiksa."),
        id_report("b", "Dalam sidang selama tiga jam, jaksa menyebut 15 saksi sudah diperiksa."),
    )
    assert {12.0, 15.0} in disputes


def test_a_one_digit_round_figure_rounds_only_what_lies_near_it() -> None:
    assert same_figure(20e6, 20_160_000)  # "Rp 20 juta"
    assert not same_figure(100e6, 60e6)
    assert not same_figure(500e6, 540e6)


def test_contrast_words_are_whole_words() -> None:
    # "butuh" starts like "but", "Deni" like "denied": neither sets one sum against the
    # other, so the sentence lists two things.
    glossary = load_glossary()
    for sentence in (
        "Pemerintah butuh Rp 120 miliar untuk jalan tol dan Rp 45 miliar untuk bendungan.",
        "Kepala dinas Deni Hidayat mencatat Rp 120 miliar untuk jalan dan Rp 45 miliar "
        "untuk jembatan.",
    ):
        items = [id_report("a", sentence)]
        story = story_figures(items, {}, glossary, article_counts(items, glossary))
        pairs = {
            pair for figures in story.buckets.values() for pair in told_apart(figures, story.texts)
        }
        assert (120e9, 45e9) in pairs


def test_a_window_set_off_by_a_comma_is_the_time_of_the_clause_it_opens() -> None:
    # Shared 645 times within an hour and more than 1,000 within a day: one count at two
    # moments, the second window fronted before its clause.
    disputes = _disputed(
        id_report("a", "Dalam satu jam video itu sudah dibagikan oleh 645 pengguna."),
        id_report(
            "b",
            "Akun itu mengunggah video tersebut Dalam waktu kurang dari 24 jam, video tersebut "
            "telah disebarkan lebih dari 1000 kali.",
        ),
    )
    assert not any({645.0, 1000.0} <= values for values in disputes)
