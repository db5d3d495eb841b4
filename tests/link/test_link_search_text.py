"""The text channel of candidate search: two unrelated articles whose text bands meet on a
few common word runs are not proposed (their signatures agree on little else); a copy with
a few words changed is."""

from __future__ import annotations

from test_link_search_sentences import features

from silang.link.minhash import seeded_hash
from silang.link.search import SearchSettings, find_candidates

_SYLLABLES = ("ba", "ki", "ru", "so", "me", "la", "tu", "ne", "po", "di")
#: Written for these tests: word runs that unrelated news articles share.
OIL = "harga minyak dunia"
STOCKS = "pasar saham menguat"
RUPIAH = "nilai tukar rupiah"
RAIN = "curah hujan tinggi"


def article(number: int, runs: dict[int, str]) -> list[str]:
    """Ten sentences of eight made-up words of its own (numbered from ``number``: two
    articles numbered apart share no word), with a common run ending some of them."""
    out = []
    for s in range(10):
        made = []
        for w in range(8):
            n = number * 80 + s * 8 + w
            made.append("".join(_SYLLABLES[(n // 10**k) % 10] for k in range(5)) + "n")
        sentence = " ".join(made).capitalize()
        out.append(f"{sentence} {runs[s]}." if s in runs else f"{sentence}.")
    return out


#: Two unrelated articles that share four common runs and nothing else; with the hash seed
#: of ``pairs`` their text signatures meet in one band (three values) and agree on five
#: values of 128 in all (found among 400 such articles).
FIRST = article(
    212,
    {
        0: STOCKS,
        2: OIL,
        3: "dinas kesehatan provinsi",
        5: "jalan provinsi rusak",
        7: RUPIAH,
        8: RAIN,
    },
)
SECOND = article(
    337,
    {
        0: RAIN,
        1: RUPIAH,
        2: STOCKS,
        4: "pasar tradisional kota",
        8: f"menteri keuangan negara {OIL}",
    },
)


def pairs(texts: list[list[str]], settings: SearchSettings) -> list[list[int]]:
    found = find_candidates(features(texts), settings, 1, seeded_hash(1))
    return [[int(a), int(b)] for a, b in found.tolist()]


def test_link_unrelated_articles_meeting_on_common_runs_are_not_candidates() -> None:
    # Without the rule the text bands propose them: what the rule is for.
    assert pairs([FIRST, SECOND], SearchSettings(text_agree=0)) == [[0, 1]]
    assert pairs([FIRST, SECOND], SearchSettings()) == []


def test_link_copy_with_a_few_edits_is_a_candidate() -> None:
    edited = list(FIRST)
    for at, new in ((1, "Kamis"), (5, "pejabat"), (9, "warga")):
        words = edited[at].split(" ")
        words[3] = new
        edited[at] = " ".join(words)
    assert pairs([FIRST, SECOND, edited], SearchSettings()) == [[0, 2]]
