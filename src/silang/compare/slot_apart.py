"""What a story's own words say about two figures being two things, whatever joined them.

Three facts keep figures apart however alike their words are:

- **One sentence lists both.** A sentence that writes two different amounts without setting
  one against the other ("penghasilan presiden Rp 553.422.694 per bulan, lalu wakil presiden
  Rp 368.948.462 per bulan") gives two things. What holds for its values holds for the same
  figures elsewhere written with fewer digits ("Rp 368,9 juta" for 368.948.462;
  ``same_figure``): a report that gives one of them rounded gives one of the two things, not
  a third value of one. A sentence that sets them against each other ("Bukan Rp 500 juta,
  tetapi Rp 62,4 juta") gives two readings of one sum, and two sentences of a debunk (the
  claim, then the truth) list nothing.
- **Pay of two holders.** Pay has a holder, named after its noun or after "untuk"/"bagi"
  ("gaji Presiden", "untuk wakil presiden ... menerima penghasilan", "Rp 22 juta untuk Wakil
  Presiden") or tied to the amount by a linking word ("Wakil Presiden sebesar"): two amounts
  of two holders are two sums. Titles compare whole ("wakil presiden" is not "presiden"),
  since the head of an Indonesian title is its first word.
- **An index is no pay.** "Indeks gaji presiden ... Rp 96.000" is the index that computes
  the pay, whatever currency a writer puts before it.

A figure's own words run from the figure of its bucket before it in its sentence, so that
one row of a table ("... dan Wakil Presiden sebesar Rp 368.948 per bulan") does not take the
row before's holder; any other number (an index of pay, a date) ends them for its kind, not
for its holder ("Untuk Wakil Ketua MK ... indeks 15333 dan menerima Rp 88,3 juta": the index
computes the deputy's pay; "gaji wakil presiden sejak 1 Januari naik menjadi ..."). Holders
are titles of the lexicon, nouns of a class of paid people written small ("pejabat"), or a
pronoun standing for the holder named before it ("penghasilan mereka"). What a figure's
words leave unsaid is read from the very same value elsewhere in the story.
silang.compare.slots applies the holders as a veto while it groups counts ("enam kali" the
president's basic pay, "empat kali" the vice-president's), silang.compare.money as a veto
on the pairs of amounts it groups, and all three to the groups of amounts that
silang.compare.money forms (``split_apart``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from silang.compare.figures import Figure
from silang.compare.text import negated
from silang.compare.units import written_step
from silang.disjoint import DisjointSets
from silang.lang.time_units import PER_YEAR

#: Nouns of pay, whose possessor is the amount's holder ("gaji Presiden", "salary of the
#: president"); an index of pay ("indeks gaji presiden") is the holder's too.
PAY_NOUNS = frozenset(
    (  # noqa: SIM905 (a word list reads better as text)
        "gaji gajinya penghasilan penghasilannya pendapatan tunjangan tunjangannya upah honor "
        "indeks salary salaries pay income allowance allowances wage wages index"
    ).split()
)
#: Words that may stand between a pay noun and its holder: "gaji pokok Presiden", "gaji
#: untuk para menteri", "gaji pokok tertinggi pejabat", "salary of the president".
_BETWEEN = frozenset(
    (  # noqa: SIM905
        "pokok jabatan bulanan tertinggi terendah untuk bagi para sang seorang of the for a "
        "highest lowest"
    ).split()
)
#: Nouns written small that name the holders of pay as a class of people rather than one
#: office, held like a title of the lexicon: "gaji pokok tertinggi pejabat negara",
#: "ketiga pejabat tersebut menerima gaji" (a demonstrative or a count before the noun
#: leaves it the same holder), "salaries of officials".
HOLDER_NOUNS = frozenset(
    "pejabat pegawai karyawan pekerja buruh officials employees workers".split()  # noqa: SIM905
)
#: Pronouns that may hold pay ("penghasilan mereka", "their salaries"): they stand for the
#: holder named before them since the amount before (``holder_of``).
_PRONOUNS = frozenset("mereka they their them".split())  # noqa: SIM905
#: Words that give a holder before any pay noun: "untuk wakil presiden ... menerima Rp 368,9
#: juta", "seperti wakil presiden menjadi Rp 368,9 juta", "Rp 22 juta untuk Wakil Presiden".
_BENEFACTIVES = frozenset("untuk bagi seperti for".split())  # noqa: SIM905
#: Words that tie a title before them to the amount: "Wakil Presiden sebesar Rp 368,9
#: juta", "Ketua MK memiliki penghasilan Rp 92,2 juta", "the vice president earns".
_LINKING = frozenset(
    (  # noqa: SIM905
        "sebesar senilai adalah yakni yaitu menjadi menerima mendapat mendapatkan memperoleh "
        "memiliki earns earned gets receives received"
    ).split()
)
#: How many words after a title may hold its linking word ("Ketua MK memiliki").
_LINK_REACH = 3
#: The words that may stand between a linking word and the amount it ties to its title.
_TIED = PAY_NOUNS | _BETWEEN | _LINKING | frozenset({"rp", "us", "usd"})
#: Endings of the words for an index of pay ("indeks", "berindeks", "index").
_INDEX = ("indeks", "index")
#: Words of contrast or denial that set one value against another in a sentence ("tetapi",
#: "melainkan", "membantah", "hoaks", "instead", "denied"), besides negations: whole words
#: (with "-nya": "membantahnya"), so that "butuh" or the name "Deni" is none.
_CONTRAST = frozenset(
    (  # noqa: SIM905
        "tetapi tapi melainkan namun bantah membantah dibantah bantahan hoaks hoax palsu keliru "
        "but instead rather deny denies denied denying denial dismiss dismisses dismissed "
        "dismissing dismissal false falsely hoaxes"
    ).split()
)
#: How many words after an amount may name its holder ("Rp 22000000 untuk Wakil Presiden").
_AFTER = 4
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")
#: The written step from which a one-digit figure may round a longer one: "Rp 20 juta".
_ROUNDED_LARGE = 1000.0
#: How far (a share of the round figure) a one-digit round figure may be from what it rounds.
_ROUNDED_NEAR = 0.05
#: How close a total over a year must be to a rate times the year ("Rp 62.740.000 ... atau
#: Rp 752.880.000 per tahun"): one amount said twice, not two things.
_RESTATED = 0.005


def same_figure(a: float, b: float) -> bool:
    """Whether two values are one figure written with more or fewer digits: equal, or the
    shorter is the longer cut or rounded at its last written digit ("Rp 368,9 juta" for
    368.948.462, "Rp 88,3 juta" for 88.393.902, "Rp 20 juta" for 20.160.000)."""
    if a == b:
        return True
    short, long_ = (a, b) if written_step(a) > written_step(b) else (b, a)
    step = written_step(short)
    if step <= written_step(long_):
        return False
    # The shorter keeps two digits at least ("368,9 juta"), or rounds a large amount at a
    # scale word ("Rp 20 juta" for 20.160.000); a count of "10" is no rounding of 13.
    digits = len(str(round(abs(short) / step)))
    if abs(long_ - short) <= step / 2:
        # A one-digit round figure of a large amount rounds only what lies close to it:
        # "Rp 20 juta" for 20.160.000, not "Rp 100 juta" for 60 juta.
        near = abs(long_ - short) <= _ROUNDED_NEAR * abs(short)
        return digits >= 2 or (step >= _ROUNDED_LARGE and near)
    # Cut rather than rounded ("88,3 juta" for 88.393.902): "Rp 500 juta" is no cut of 553
    # juta but a round figure of its own.
    return digits >= 2 and 0 <= abs(long_) - abs(short) < step


def _restates(a: Figure, b: Figure) -> bool:
    """Whether one amount is the other said for a year ("Rp 62,74 juta tiap bulan atau Rp
    752,88 juta per tahun")."""
    ratio = max(a.quantity.value, b.quantity.value) / max(
        min(a.quantity.value, b.quantity.value), 1e-9
    )
    return any(abs(ratio - n) <= _RESTATED * n for n in PER_YEAR.values())


def _set_against(first: Figure, second: Figure, text: str) -> bool:
    """Whether a sentence sets one value against the other: a negation or a word of
    contrast or denial in the first one's own words or between the two ("Bukan Rp 500 juta,
    tetapi Rp 62,4 juta", "Rp 33.7 billion ..., not the Rp 270 billion") makes them two
    readings of one thing, not two rows of a list."""
    start = _after_last_number(text, first, 0)
    between = text[start : second.quantity.start]
    return negated(between) or any(
        w in _CONTRAST or w.removesuffix("nya") in _CONTRAST for w in _words(between)
    )


def told_apart(figures: Sequence[Figure], texts: Mapping[str, str]) -> set[tuple[float, float]]:
    """The pairs of values that one sentence gives as two things: different figures
    (``same_figure``) of one sentence, neither restating the other for a year nor set against
    it (``_set_against``). Only one sentence lists: a report that debunks a claim gives the
    claimed sum and the true one in two sentences, and both are one sum's."""
    by_sentence: dict[tuple[str, int], list[Figure]] = {}
    for figure in figures:
        key = (figure.article_id, figure.sentence.start)
        by_sentence.setdefault(key, []).append(figure)
    pairs: set[tuple[float, float]] = set()
    for found in by_sentence.values():
        ordered = sorted(found, key=lambda f: f.quantity.start)
        for a, b in combinations(ordered, 2):
            x, y = a.quantity.value, b.quantity.value
            if same_figure(x, y) or _restates(a, b):
                continue
            if _set_against(a, b, texts[a.article_id]):
                continue
            pairs.update({(x, y), (y, x)})
    return pairs


@dataclass(frozen=True)
class Apart:
    """The pairs of values a story's sentences list as two things, and the holder and kind
    of each figure of pay, by its (article, start)."""

    pairs: frozenset[tuple[float, float]]
    holders: Mapping[tuple[str, int], str] = field(default_factory=dict)
    #: What kind of amount of pay each amount is, where its words say ("index", "pay").
    kinds: Mapping[tuple[str, int], str] = field(default_factory=dict)

    def conflict(self, a: Figure, b: Figure) -> bool:
        """Whether two figures are two things: they are (or are written with fewer digits
        for) two values one sentence lists, or of two named holders or kinds. One figure
        written with more or fewer digits is never two things."""
        x, y = a.quantity.value, b.quantity.value
        if same_figure(x, y):
            return False
        for known in (self.holders, self.kinds):
            ka, kb = known.get(_where(a)), known.get(_where(b))
            if ka is not None and kb is not None and ka != kb:
                return True
        return any(
            same_figure(x, p) and same_figure(y, q) and not same_figure(x, q)
            for p, q in self.pairs
            if not same_figure(y, p)
        )

    def groups_conflict(self, first: Sequence[Figure], second: Sequence[Figure]) -> bool:
        if not (self.pairs or self.holders or self.kinds):
            return False
        return any(self.conflict(a, b) for a in first for b in second)


def _where(figure: Figure) -> tuple[str, int]:
    return figure.article_id, figure.quantity.start


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _title_at(words: Sequence[str], at: int, titles: Mapping[str, str], longest: int) -> str | None:
    """The longest title that starts at ``words[at]`` ("wakil presiden" before "wakil"), or
    a holder noun or pronoun there (``HOLDER_NOUNS``, ``_PRONOUNS``)."""
    for size in range(min(longest, len(words) - at), 0, -1):
        phrase = " ".join(words[at : at + size])
        if phrase in titles:
            return phrase
    word = words[at] if at < len(words) else ""
    return word if word in HOLDER_NOUNS or word in _PRONOUNS else None


def _holder_in(words: Sequence[str], titles: Mapping[str, str], longest: int) -> str | None:
    found = _last_holder(words, titles, longest)
    return found[0] if found else None


def _last_holder(
    words: Sequence[str], titles: Mapping[str, str], longest: int
) -> tuple[str, int] | None:
    """The last holder ``words`` name and where it stands: a title after a pay noun or a
    benefactive ("gaji pokok Presiden", "untuk wakil presiden"), or one that a linking word
    after it ties to the amount ("Wakil Presiden sebesar", "Ketua MK memiliki penghasilan").
    A title with neither ("kata Presiden", "Menteri Keuangan membantah") speaks of the
    amount, not holds it."""
    found = None
    at = -1
    while at + 1 < len(words):
        at += 1
        title = _title_at(words, at, titles, longest)
        if title is None:
            continue
        size = len(title.split())
        before = at - 1
        while before >= 0 and words[before] in _BETWEEN - _BENEFACTIVES:
            before -= 1
        owned = before >= 0 and (words[before] in PAY_NOUNS or words[before] in _BENEFACTIVES)
        reach = words[at + size : at + size + _LINK_REACH]
        link = next((k for k, w in enumerate(reach) if w in _LINKING), None)
        # The linking word must govern the amount: only pay words may stand between it and
        # the amount ("Ketua MK memiliki penghasilan Rp"), not a clause of its own ("Gubernur
        # menerima laporan bahwa 30 orang tewas").
        linked = link is not None and all(w in _TIED for w in words[at + size + link + 1 :])
        if owned or linked:
            found = title, at
        at += size - 1  # "presiden" inside "wakil presiden" is no title of its own
    return found


def _kind_in(words: Sequence[str]) -> str | None:
    """What kind of amount of pay ``words`` name: an index ("indeks gaji presiden",
    "berindeks penghasilan"), not the pay it computes, or pay; None where no pay noun."""
    if any(w.endswith(_INDEX) for w in words):
        return "index"
    return "pay" if any(w in PAY_NOUNS for w in words) else None


def _stretch_start(figure: Figure, since: int) -> int:
    """Where an amount's own words start: after the article's amount before it (``since``),
    within its sentence. A date, a year or another bucket's number before it ("Gaji
    Presiden sejak 1 Januari naik menjadi Rp 553 juta") ends nothing: the holder named
    before it holds the amount (as silang.compare.money reads owners, ``amounts_before``)."""
    return max(since, figure.sentence.start)


def _after_last_number(text: str, figure: Figure, since: int) -> int:
    """Where the words that say what kind of pay an amount is start: after the last number
    written before it in its own words, since a noun of kind names the number right after
    it ("Dengan indeks gaji presiden sebesar 96,000 poin, maka didapat angka Rp 553 juta":
    the index is the 96,000's, not the amount's)."""
    start = _stretch_start(figure, since)
    digits = list(_DIGITS.finditer(text, start, figure.quantity.start))
    return digits[-1].end() if digits else start


def holder_of(
    figure: Figure,
    text: str,
    start: int,
    titles: Mapping[str, str],
    until: int | None = None,
    earlier: int | None = None,
) -> str | None:
    """The holder of an amount of pay: a title right after it with "untuk"/"bagi"/"for"
    ("Rp 22000000 untuk Wakil Presiden"), else the last title its own words (from ``start``,
    ``_stretch_start``) name as a holder (``_holder_in``). A pronoun that holds it
    ("penghasilan mereka") stands for the last holder named before it since ``earlier``
    (the article's amount before): "usulan gaji baru untuk para Menteri ... Dengan indeks
    16000, penghasilan mereka Rp 92,2 juta" is the ministers'. None where they name none:
    the holder is unknown, not absent."""
    longest = max((len(t.split()) for t in titles), default=1)
    q = figure.quantity
    end = figure.sentence.end if until is None else min(until, figure.sentence.end)
    after = _words(text[q.end : end])[:_AFTER]
    if after and after[0] in _BENEFACTIVES:
        title = _holder_in(after, titles, longest)
        if title is not None and title not in _PRONOUNS:
            return title
    words = _words(text[start : q.start])
    found = _last_holder(words, titles, longest)
    if found is None or found[0] not in _PRONOUNS:
        return found[0] if found else None
    back = start if earlier is None else min(earlier, start)
    before = _words(text[back:start])
    # "mereka"/"they" stands for the nearest group named before it, owning pay or not
    # ("Para pegawai istana mengeluh karena penghasilan mereka ..."): a holder noun or a
    # title made plural by "para"; a lone title ("gaji Presiden") is no "they".
    ws = before + words[: found[1]]
    for p in range(len(ws) - 1, -1, -1):
        title = _title_at(ws, p, titles, longest)
        if title is None or title in _PRONOUNS:
            continue
        return (
            title
            if title in HOLDER_NOUNS or (p > 0 and ws[p - 1] in ("para", "dan", "and"))
            else None
        )
    return None


def read_apart(
    figures: Sequence[Figure],
    texts: Mapping[str, str],
    titles: Callable[[str], Mapping[str, str]],
    money: bool,
    every_amount: Sequence[Figure] = (),
) -> Apart:
    """What keeps a story's figures of one bucket apart: each figure's holder and kind of
    pay where its own words name them, read in its article since the figure before it
    (``titles`` gives an article's titles lexicon), and for amounts of money (``money``) the
    values its sentences list. Counts keep only holders and kinds: a report of a quake or a
    trial gives two tolls or counts in one article for two days or two sources (ECB+ dev
    topics 12, 19, 20 and 30 each lost a dispute when one article's two counts of a day were
    kept apart), while a
    report that lists pay ("enam kali" for the president, "empat kali" for the
    vice-president) names whose each figure is."""
    by_article: dict[str, list[Figure]] = {}
    for figure in figures:
        by_article.setdefault(figure.article_id, []).append(figure)
    holders: dict[tuple[str, int], str] = {}
    kinds: dict[tuple[str, int], str] = {}
    for aid, unordered in by_article.items():
        found = sorted(unordered, key=lambda f: f.quantity.start)
        lexicon, text = titles(aid), texts[aid]
        # Any amount of money before a figure, whatever its currency, ends its words.
        ends = sorted(f.quantity.end for f in (*found, *every_amount) if f.article_id == aid)
        for i, figure in enumerate(found):
            k = bisect_right(ends, figure.quantity.start)
            earlier = ends[k - 1] if k else 0
            start = _stretch_start(figure, earlier)
            until = found[i + 1].quantity.start if i + 1 < len(found) else None
            # A number between names no other holder: the holder before an index holds
            # the pay it computes ("Untuk Wakil Ketua MK memiliki indeks 15333 dan
            # menerima Rp 88,3 juta").
            holder = holder_of(figure, text, start, lexicon, until, earlier)
            if holder is not None:
                holders[_where(figure)] = holder
            # The figure's own text may hold the word ("berindeks penghasilan Rp64.000").
            kind = _kind_in(
                _words(text[_after_last_number(text, figure, earlier) : figure.quantity.end])
            )
            if kind is not None:
                kinds[_where(figure)] = kind
    pairs = frozenset(told_apart(figures, texts)) if money else frozenset()
    return Apart(pairs, _filled(figures, holders), _filled(figures, kinds))


def _filled(
    figures: Sequence[Figure], known: Mapping[tuple[str, int], str]
) -> dict[tuple[str, int], str]:
    """``known`` completed from the very same value elsewhere in the story, where all its
    mentions that say agree: "naik menjadi Rp553 juta" names no holder, and "gaji presiden
    ... Rp553 juta" in another report says whose it is (as silang.compare.money fills what
    an amount pays)."""
    said: dict[float, set[str]] = {}
    for figure in figures:
        if _where(figure) in known:
            said.setdefault(figure.quantity.value, set()).add(known[_where(figure)])
    out = dict(known)
    for figure in figures:
        found = said.get(figure.quantity.value, set())
        if _where(figure) not in out and len(found) == 1:
            out[_where(figure)] = next(iter(found))
    return out


def split_apart(group: Sequence[Figure], apart: Apart) -> list[list[Figure]]:
    """A group of amounts split where its figures conflict (``Apart.conflict``): figures join
    again one pair at a time where no two figures of the two parts conflict: the same value
    first, then the same figure written with fewer digits or an article's rate with its
    yearly total, then amounts of one named holder, then the rest in the story's order."""
    if len(group) < 2 or not any(apart.conflict(a, b) for a, b in combinations(group, 2)):
        return [list(group)]
    sets: DisjointSets[int] = DisjointSets()
    members = {i: [i] for i in range(len(group))}

    def rank(pair: tuple[int, int]) -> tuple[int, int, int]:
        a, b = (group[k] for k in pair)
        x, y = a.quantity.value, b.quantity.value
        if x == y:
            return (0, *pair)
        if same_figure(x, y) or (a.article_id == b.article_id and _restates(a, b)):
            return (1, *pair)
        holder = apart.holders.get(_where(a))
        return (2 if holder is not None and holder == apart.holders.get(_where(b)) else 3, *pair)

    for i, j in sorted(combinations(range(len(group)), 2), key=rank):
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj:
            continue
        if apart.groups_conflict([group[k] for k in members[ri]], [group[k] for k in members[rj]]):
            continue
        sets.join(i, j)
        members[sets.find(i)] = members.pop(ri) + members.pop(rj)
    return [[group[k] for k in sorted(found)] for found in members.values()]
