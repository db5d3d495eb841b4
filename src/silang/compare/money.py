"""Money slots: which amounts of a story speak of one sum.

An amount of money ("Rp 553 juta", "Rp 42,16 juta per bulan", "USD 1,5 miliar") is keyed by
what is paid, cost or lost (the noun it belongs to: gaji, tunjangan, anggaran, kerugian, denda,
harga) and by its period (the rate its unit carries: "IDR/month" for per bulan, sebulan, a
month). Precision first: two different amounts join one slot only when both name the same
thing, the same period, the same standing (in force or proposed, read in the amount's own
words: ``standings``), no different owners ("gaji Presiden Jokowi", "Obama's salary") and no
different narrowing word ("biaya kesehatan", "biaya perbaikan"), or when one article restates
a rate for a longer time (a monthly amount per year, or over the "tiga bulan" it names). An
amount that names neither thing nor period takes them from the very same amount elsewhere in
the story ("Bukan Rp 500 juta" is the "gaji Rp 500 juta sebulan" the article answers), and the
very same amount called by a narrower thing ("gaji pokok") is the broader one's ("gaji"). One
sentence that gives two amounts of one thing without setting
one against the other ("Rp 15 juta ..., sedangkan ... Rp 7,5 juta") keeps them apart
story-wide, and two different amounts that silang.compare.slot_apart reads as two holders'
("seperti wakil presiden ... Rp 368,9 juta", "ketiga pejabat tersebut menerima gaji") or
two kinds of pay never pair.

Developed on two fixtures of different shapes, tests/compare/fixtures/money-hoax and money-aid
(the second written with its gold before this code); the Pratiwi dev stories hold a single
amount of money between them, so they check only that nothing else moves. The word lists are
small and live here, as the person cues of silang.compare.figures do, until the language packs
carry them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from silang.compare.figures import Figure
from silang.compare.scope import clause_start
from silang.compare.slot_apart import Apart
from silang.compare.text import CLAUSE_END, negated
from silang.disjoint import DisjointSets
from silang.lang.time_units import PER_YEAR

#: The nouns that say what an amount is, each with the thing it names; a word matches one
#: alone or with an ending of _ENDINGS ("gajinya", "allowances", "earned", not "danau"). A
#: noun of two words ("jaminan hidup") must match both.
_THINGS: tuple[tuple[str, str], ...] = (
    ("gaji pokok", "base salary"),
    ("base salary", "base salary"),
    ("basic salary", "base salary"),
    ("gaji", "salary"),
    ("upah", "salary"),
    ("honor", "salary"),
    ("honorarium", "salary"),
    ("penghasilan", "salary"),
    ("salary", "salary"),
    ("salaries", "salary"),
    ("wage", "salary"),
    ("earn", "salary"),
    ("tunjangan", "allowance"),
    ("jaminan hidup", "allowance"),
    ("allowance", "allowance"),
    ("anggaran", "budget"),
    ("apbd", "budget"),
    ("apbn", "budget"),
    ("budget", "budget"),
    ("rugi", "loss"),
    ("kerugian", "loss"),
    ("loss", "loss"),
    ("denda", "fine"),
    ("fine", "fine"),
    ("harga", "price"),
    ("price", "price"),
    ("tarif", "price"),
    ("biaya", "cost"),
    ("ongkos", "cost"),
    ("cost", "cost"),
    ("fee", "cost"),
    ("utang", "debt"),
    ("hutang", "debt"),
    ("debt", "debt"),
    ("pajak", "tax"),
    ("tax", "tax"),
    ("pendapatan", "revenue"),
    ("omzet", "revenue"),
    ("omset", "revenue"),
    ("revenue", "revenue"),
    ("hadiah", "prize"),
    ("prize", "prize"),
    ("dana", "money"),
    ("uang", "money"),
    ("fund", "money"),
    ("money", "money"),
    ("bantuan", "aid"),
    ("aid", "aid"),
)
#: Things that are a kind of another: the same amount named by either is one sum.
_KIND_OF = {"base salary": "salary"}
_ENDINGS = frozenset({"", "s", "es", "d", "ed", "ing", "ings", "nya"})
#: Things too wide to tell two different amounts apart: "dana Rp 7,5 miliar" from the province
#: and "dana Rp 50 miliar" from the centre are two sums, as are two "bantuan" for two kinds of
#: house. They still match the very same amount.
GENERIC_THINGS = frozenset({"money", "aid"})
#: Words that chain two nouns of one phrase: "anggaran gaji dan tunjangan" is a budget.
_LINKS = frozenset({"dan", "and", "serta", "&"})
#: Words that set one amount against another, beside a negation ("bukan", "not"): a debunk
#: "dismissing a viral message that promised Rp 10 million" answers the figure it names.
_CONTRAST_CUES = (
    "bantah",
    "membantah",
    "hoaks",
    "hoax",
    "melainkan",
    "keliru",
    "palsu",
    "dismiss",
    "deni",
    "deny",
    "false",
    "instead",
    "rather",
)
#: Words before an amount in its sentence that make it proposed, and words that make it the
#: sum in force again ("would raise it to Rp 40 million from the current Rp 25 million").
_PROPOSED_CUES = ("jika", "apabila", "usul", "rancangan", "draft", "would", "propos", "if")
_CURRENT_CUES = ("saat ini", "sekarang", "current", "currently")
#: Words after a money noun that do not narrow it: function words, time words, the verbs
#: and adverbs that lead to the amount ("gaji yang diterima", "kerugian sementara mencapai").
_STOP_ID = frozenset(
    (  # noqa: SIM905 (a word list reads better as text)
        "yang setiap tiap para seluruh semua sebesar senilai sejumlah sebanyak hanya kami kita "
        "mereka ini itu tersebut atau untuk bagi dari di ke pada dalam saat kini sekarang "
        "sementara naik turun menjadi jadi adalah yakni yaitu mencapai total bahkan pun juga "
        "masih sudah telah akan baru lagi sekitar hampir lebih kurang rata disebut waktu"
    ).split()
)
_STOP_EN = frozenset(
    (  # noqa: SIM905
        "the a an its their his her our my your this that these those of in to for total "
        "monthly annual yearly daily weekly new current proposed estimated average some all "
        "each every"
    ).split()
)
#: Indonesian verb prefixes: a longer word after a money noun that starts so is the verb
#: that leads to the amount ("kerugian ditaksir", "bantuan menjangkau").
_VERB_PREFIXES = ("me", "di", "ber", "ter")
_WORD = re.compile(r"[^\W\d_]+|&", re.UNICODE)
#: How close two restated amounts must be (rounding: "Rp 748,8 juta" for 12 x 62,4).
_RESTATED = 0.005


@dataclass(frozen=True)
class Key:
    """What an amount is (None when its words do not say) and its period (None: a sum)."""

    thing: str | None
    period: str | None
    #: A sum proposed or conditional ("usulan kenaikan menjadi Rp 40 juta", "would raise
    #: it to Rp 40 million") rather than the one in force.
    proposed: bool = False
    #: The names before the amount in its own words ("gaji Presiden Jokowi", "Obama's
    #: salary"), in their order: whose sum it is, where the words say.
    owners: tuple[str, ...] = ()
    #: The word that narrows the noun ("kesehatan" in "biaya kesehatan"), see modifier_of.
    modifier: str | None = None
    #: The owners read as a title of office and the name it qualifies ("presiden" and
    #: "jokowi" in "gaji Presiden Jokowi", "anggota" and "dpr" in "gaji anggota DPR"), where
    #: the titles lexicon was given (``read_holder``); both empty where unread.
    title: tuple[str, ...] = ()
    name: tuple[str, ...] = ()


def is_money(unit: str | None) -> bool:
    """Whether a unit is a currency, alone or as a rate ("IDR", "USD/month")."""
    head = (unit or "").split("/", 1)[0]
    return len(head) == 3 and head.isalpha() and head.isupper()


def currency(unit: str | None) -> str:
    return (unit or "").split("/", 1)[0]


def _is_form(word: str, noun: str) -> bool:
    return word.startswith(noun) and word[len(noun) :] in _ENDINGS


def _noun_at(words: Sequence[str], index: int) -> tuple[str, int] | None:
    """The thing a money noun at ``index`` names, and how many words the noun takes."""
    for start, thing in _THINGS:
        parts = start.split()
        if all(
            index + k < len(words) and _is_form(words[index + k], part)
            for k, part in enumerate(parts)
        ):
            return thing, len(parts)
    return None


def _thing_at(words: Sequence[str], index: int) -> str | None:
    found = _noun_at(words, index)
    return found[0] if found else None


def _head_before(words: Sequence[str]) -> str | None:
    """The thing named nearest before the amount, taken back to the first noun of its phrase:
    in "anggaran gaji dan tunjangan ... Rp 33,7 miliar" the amount is a budget."""
    found = _head_index(words)
    return found[0] if found else None


def _head_index(words: Sequence[str]) -> tuple[str, int] | None:
    for index in range(len(words) - 1, -1, -1):
        thing = _thing_at(words, index)
        if thing is not None:
            return _phrase_head(words, index, thing)
    return None


def _phrase_head(words: Sequence[str], index: int, thing: str) -> tuple[str, int]:
    """Back along "anggaran gaji dan tunjangan" to its first noun; never onto a generic one
    ("bantuan" before "anggaran" is an aid budget, still a budget)."""
    while True:
        previous = index - 1
        if previous >= 1 and words[previous] in _LINKS:
            previous -= 1
        earlier = _thing_at(words, previous) if previous >= 0 else None
        if earlier is None or earlier in GENERIC_THINGS:
            return thing, index
        thing, index = earlier, previous


def modifier_of(text: str, figure: Figure, language: str | None) -> str | None:
    """The word that narrows what an amount pays, in its clause before it: after the noun in
    Indonesian ("biaya kesehatan", "tunjangan perumahan"), before it in English ("housing
    allowance"). None where no content word stands there ("gaji yang diterima ...")."""
    q, sentence = figure.quantity, figure.sentence
    found = list(_WORD.finditer(text, clause_start(text, sentence, q.start), q.start))
    words = [m.group().lower() for m in found]
    head = _head_index(words)
    if head is None:
        return None
    noun = _noun_at(words, head[1])
    at = head[1] - 1 if language == "en" else head[1] + (noun[1] if noun else 1)
    if not 0 <= at < len(words) or found[at].group()[0].isupper():
        return None  # the amount itself, or a name (silang keeps names as owners)
    word = words[at]
    stop = _STOP_EN if language == "en" else _STOP_ID
    verb = language != "en" and len(word) > 5 and word.startswith(_VERB_PREFIXES)
    # A short "word" is a possessive's tail ("province's") or a particle.
    return None if len(word) < 3 or word in stop or verb or word in _LINKS else word


def _head_after(words: Sequence[str]) -> str | None:
    """A thing named right after the amount ("IDR 62.4m a month in salary")."""
    for index in range(min(len(words), 6)):
        thing = _thing_at(words, index)
        if thing is not None:
            return thing
    return None


def _lower_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def thing_of(text: str, figure: Figure) -> str | None:
    """What an amount pays, costs or loses: a noun before it in its clause, else right after
    it in its clause, else before it in its sentence."""
    q, sentence = figure.quantity, figure.sentence
    clause_end = CLAUSE_END.search(text, q.end, sentence.end)
    after = text[q.end : clause_end.start() if clause_end else sentence.end]
    clause = text[clause_start(text, sentence, q.start) : q.start]
    return (
        _head_before(_lower_words(clause))
        or _head_after(_lower_words(after))
        or _head_before(_lower_words(text[sentence.start : q.start]))
    )


def period_of(figure: Figure) -> str | None:
    """The period of a rate, from its unit: "IDR/month" (the figures stage reads "per bulan",
    "sebulan", "setiap bulan", "per keluarga per bulan", "a month"), "IDR/kg"."""
    unit = figure.quantity.unit or ""
    return unit.split("/", 1)[1] if "/" in unit else None


def _last_cues(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the last proposed and the last current cue stand in ``text[start:end]`` (-1:
    none)."""
    before = " " + " ".join(_lower_words(text[start:end]))

    def last(cues: Sequence[str]) -> int:
        return max((before.rfind(" " + cue) for cue in cues), default=-1)

    return last(_PROPOSED_CUES), last(_CURRENT_CUES)


def proposed(text: str, figure: Figure, since: int | None = None) -> bool:
    """Whether the last cue before an amount in its sentence (from ``since`` on, where given)
    makes it a proposed sum."""
    start = figure.sentence.start if since is None else max(since, figure.sentence.start)
    p, c = _last_cues(text, start, figure.quantity.start)
    return p > c


def standings(figures: Sequence[Figure], texts: Mapping[str, str]) -> dict[tuple[str, int], bool]:
    """Whether each amount (by article and start) is proposed, read in its own words: from
    the amount before it in its sentence. A cue reaches the amounts after it only while no
    clause ends between them ("Jika RPP disahkan, gaji presiden Rp 553 juta dan wapres Rp 368
    juta": both proposed): an article that lost its full stops is one long sentence, and its
    early "jika" (if) does not make every later amount a draft ("Kenaikan itu terjadi jika RPP
    disahkan ... Rp 553 juta ..., dalam PP 75/2000, disebutkan ... menerima gaji Rp 5040000")."""
    by_sentence: dict[tuple[str, int], list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault((figure.article_id, figure.sentence.start), []).append(figure)
    out: dict[tuple[str, int], bool] = {}
    for found in by_sentence.values():
        text = texts[found[0].article_id]
        previous: Figure | None = None
        for figure in sorted(found, key=lambda f: f.quantity.start):
            q = figure.quantity
            since = previous.quantity.end if previous is not None else figure.sentence.start
            p, c = _last_cues(text, since, q.start)
            if previous is None or max(p, c) >= 0:
                standing = p > c
            elif CLAUSE_END.search(text, since, q.start) is None:
                standing = out[(previous.article_id, previous.quantity.start)]
            else:
                standing = False
            out[(figure.article_id, q.start)] = standing
            previous = figure
    return out


def _owner_words(
    text: str, figure: Figure, since: int | None
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The words of an amount's clause before it, and those of them that are its owners, the
    names next to what it pays in its clause: up to three words after the noun ("gaji
    Presiden Jokowi") and two before it ("Obama's salary"), less the sentence's first word
    and the money words a headline capitalises ("Gaji", "Rp"). Names in the amount's own
    words (after the amount of money before it in its clause, which ends at ``since``) that
    follow no money noun there are its owners instead: in "gaji Presiden Rp 553 juta dan
    Wakil Presiden sebesar Rp 368 juta" the second amount is the deputy's, not the
    president's, while in "gaji Presiden naik dari Rp 62 juta menjadi Rp 553 juta" both are
    the president's. Only an amount ends another's words: a date, a year, a clock time or an
    ordinal before it ("gaji Presiden sejak 1 Januari naik menjadi Rp 553 juta") is no sum
    of its own, and the month after its digit is no owner."""
    q, sentence = figure.quantity, figure.sentence
    start = clause_start(text, sentence, q.start)
    found = list(_WORD.finditer(text, start, q.start))
    own = [m for m in found if since is not None and since >= start and m.start() >= since]
    heads = [i for i in range(len(found)) if _thing_at([found[i].group().lower()], 0)]
    if own and not any(found[i] in own for i in heads):
        names = _names(text, sentence.start, own)
        if names:
            return found, names[-3:]
    if not heads:
        return found, []
    head = heads[-1]
    return found, _names(
        text, sentence.start, found[max(0, head - 2) : head] + found[head + 1 : head + 4]
    )


def read_holder(
    found: Sequence[re.Match[str]], owners: Sequence[re.Match[str]], titles: Mapping[str, str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An amount's owners read as a title of office (in ``titles``, an article's titles
    lexicon) and the name after it: a title that reaches the first owner, starting at it
    ("Presiden" of "gaji Presiden Jokowi", "Wakil Presiden" though "Wakil" opens the
    sentence) or ending right before it, written small ("gaji anggota DPR": the members' pay,
    not the chair's of "gaji Ketua DPR"). The owners after the title are the name."""
    if not owners:
        return (), ()
    first = found.index(owners[0])
    longest = max((len(t.split()) for t in titles), default=1)
    words = [m.group().lower() for m in found]
    spans = [
        (start, end)
        for start in range(max(0, first - longest), first + 1)
        for end in range(first, min(len(words), start + longest) + 1)
        if end > start and " ".join(words[start:end]) in titles
    ]
    if not spans:
        return (), tuple(m.group().lower() for m in owners)
    # The title that reaches farthest into the owners, then the longest: "sang" (an
    # honorific) before "Presiden Joko" leaves "presiden" the title, not part of the name.
    start, end = max(spans, key=lambda span: (span[1], span[1] - span[0]))
    # An acronym right after a title names the body it heads ("Ketua DPR", "Presiden RI"),
    # not a person: it belongs to the title, so the chair's pay is not "gaji DPR".
    while end < len(found) and found[end] in owners and _acronym(found[end].group()):
        end += 1
    name = tuple(m.group().lower() for m in owners if found.index(m) >= end)
    return tuple(words[start:end]), name


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def amounts_before(figures: Sequence[Figure]) -> dict[tuple[str, int], int]:
    """Where the amount of money before each amount (by article and start) in its sentence
    ends: the start of the later one's own words (``_owner_words``)."""
    out: dict[tuple[str, int], int] = {}
    ordered = sorted(figures, key=lambda f: (f.article_id, f.quantity.start))
    for previous, figure in pairwise(ordered):
        if _one_sentence(previous, figure) and previous.quantity.end <= figure.quantity.start:
            out[(figure.article_id, figure.quantity.start)] = previous.quantity.end
    return out


def _names(text: str, sentence_start: int, found: Sequence[re.Match[str]]) -> list[re.Match[str]]:
    """The capitalised words of ``found`` in their order, less the sentence's first word, the
    money words a headline capitalises and a word said again."""
    names: list[re.Match[str]] = []
    for match in found:
        word = match.group()
        opening = not _WORD.search(text, sentence_start, match.start())
        money_word = _thing_at([word.lower()], 0) is not None or currency_word(word)
        again = any(word.lower() == m.group().lower() for m in names)
        if word[0].isupper() and not opening and not money_word and not again:
            names.append(match)
    return names


def currency_word(word: str) -> bool:
    """Currency signs and codes written as words: "Rp", "IDR", "US"."""
    return word in ("Rp", "US", "USD", "IDR", "RM")


def owners_agree(
    a: Key, b: Key, named: Mapping[tuple[str, ...], tuple[str, ...]] | None = None
) -> bool:
    """Whose sums two amounts are agree when either names nobody or one's names start the
    other's ("gaji Presiden" and "gaji Presiden Jokowi"; not "... Jokowi" and "... Obama").
    The names compare from their first word, the head of an Indonesian title: "Wakil
    Presiden" holds the word "Presiden" but is another holder (as silang.compare.slot_apart
    compares titles whole). Where keys know their titles (``Key.title``), a title before a
    name and the bare name are one holder ("Presiden Jokowi", "Jokowi"): an Indonesian or
    English title of office stands before the name it qualifies, so two different titles
    are two holders, and the name alone agrees with the same name after a title. A title
    alone and a name alone agree where the story's amounts give that title to that name and
    to no other (``named``, see ``story_names``)."""
    shorter, longer = sorted((a.owners, b.owners), key=len)
    if longer[: len(shorter)] == shorter:
        return True
    if not (a.title or a.name) or not (b.title or b.name):
        return False  # unread: by their first words only
    if a.title and b.title and a.title != b.title:
        # A title with the body it heads after it ("Presiden RI Budiman") is the bare title's
        # office ("Presiden Budiman") where both name the same person; other titles differ.
        short_title, long_title = sorted((a.title, b.title), key=len)
        if long_title[: len(short_title)] != short_title or not (a.name and b.name):
            return False
    if a.name and b.name:
        short, long_ = sorted((a.name, b.name), key=len)
        return long_[: len(short)] == short
    title, name = (a.title, b.name) if a.title else (b.title, a.name)
    return bool(title) and bool(name) and (named or {}).get(title) == name


def story_names(keys: Sequence[Key]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The one name each title is given before it among a story's amounts ("Presiden
    Jokowi" throughout): a title given two names ("Presiden Jokowi", "Presiden Obama") or
    two spellings of one names none, so that a bare title is then nobody's in particular."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for key in keys:
        if key.title and key.name:
            found.setdefault(key.title, set()).add(key.name)
    return {title: next(iter(names)) for title, names in found.items() if len(names) == 1}


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _broad(thing: str | None) -> str | None:
    """The thing a narrower one is a kind of: the very same amount called "gaji pokok" in one
    report and "gaji" in another is one sum (a base salary is a salary)."""
    return _KIND_OF.get(thing or "", thing)


def _vague(thing: str | None) -> bool:
    return thing is None or thing in GENERIC_THINGS


@dataclass(frozen=True)
class _Amount:
    figure: Figure
    key: Key
    #: Whether its clause, up to it, holds a negation or a denial: "X, bukan Y" sets two
    #: amounts of one sum against each other, where "X, sedangkan Y" gives two sums.
    contrast: bool
    #: The spans of time its article names, as (count, period): "selama tiga bulan" (3, month).
    durations: frozenset[tuple[float, str]] = frozenset()
    language: str | None = None


def _same_amount(a: Figure, b: Figure) -> bool:
    return a.quantity.value == b.quantity.value and currency(a.quantity.unit) == currency(
        b.quantity.unit
    )


def _one_sentence(a: Figure, b: Figure) -> bool:
    return a.article_id == b.article_id and a.sentence == b.sentence


def _only(found: set[str]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


def _filled(amounts: Sequence[_Amount], i: int) -> Key:
    """The key of ``amounts[i]`` completed from the same amount elsewhere in the story when
    all its other mentions agree, then from an amount it is set against in its sentence
    ("Rp 33,7 miliar, bukan Rp 270 miliar": both are the same kind of sum)."""
    mine = amounts[i]
    key = mine.key
    same = [a.key for j, a in enumerate(amounts) if j != i and _same_amount(a.figure, mine.figure)]
    if _vague(key.thing):
        thing = _only({k.thing for k in same if k.thing and k.thing not in GENERIC_THINGS})
        key = replace(key, thing=thing or key.thing)
    if key.period is None:
        period = _only({k.period for k in same if k.period and _agree(k.thing, key.thing)})
        key = replace(key, period=period)
    if key.period is None:
        against = [a.key for a in amounts if _set_against(a, mine) and a.key.thing == key.thing]
        key = replace(key, period=_only({k.period for k in against if k.period}))
    return key


def _set_against(a: _Amount, b: _Amount) -> bool:
    """Two different amounts of one sentence, one of them denied or negated."""
    return (
        _one_sentence(a.figure, b.figure)
        and a.figure.quantity.value != b.figure.quantity.value
        and (a.contrast or b.contrast)
    )


def _restates(a: _Amount, b: _Amount) -> bool:
    """One article's amount said again for a longer time: a yearly amount that is its monthly
    (weekly, daily) one times the year, or a total over the periods the article names ("Rp
    1,2 juta per bulan ... selama tiga bulan ... total Rp 3,6 juta")."""
    if a.figure.article_id != b.figure.article_id:
        return False
    return any(_times(x, y) for x, y in ((a, b), (b, a)))


def _times(rate: _Amount, total: _Amount) -> bool:
    period = rate.key.period
    if period is None or _vague(rate.key.thing):
        return False
    if total.key.period == "year" and total.key.thing == rate.key.thing:
        counts = {float(PER_YEAR.get(period, 0))}
    elif total.key.period is None and total.key.thing in (None, rate.key.thing):
        counts = {n for n, unit in rate.durations if unit == period and n > 1}
    else:
        return False
    value = rate.figure.quantity.value
    return any(
        n and abs(total.figure.quantity.value - value * n) <= _RESTATED * value * n for n in counts
    )


def _together(
    a: _Amount, b: _Amount, holders: Mapping[tuple[str, ...], tuple[str, ...]] | None = None
) -> bool:
    """Whether two amounts of one currency are one sum. The same amount joins unless its
    thing or period says otherwise; different amounts join only on the same named thing and
    the same period, outside one sentence (where "Rp 15 juta ..., sedangkan ... Rp 7,5 juta"
    gives two sums), or as a yearly restatement of a monthly amount."""
    ka, kb = a.key, b.key
    if _same_amount(a.figure, b.figure):
        things_agree = _vague(ka.thing) or _vague(kb.thing) or _broad(ka.thing) == _broad(kb.thing)
        return things_agree and _agree(ka.period, kb.period)
    if _restates(a, b):
        return True
    named = not _vague(ka.thing) and ka.thing == kb.thing
    same_standing = ka.period == kb.period and ka.proposed == kb.proposed
    apart = _one_sentence(a.figure, b.figure) or not owners_agree(ka, kb, holders)
    narrowed = ka.modifier and kb.modifier and a.language == b.language
    apart = apart or bool(narrowed and ka.modifier != kb.modifier)
    return named and same_standing and not apart


def _told_apart(amounts: Sequence[_Amount]) -> set[frozenset[float]]:
    """Pairs of amounts that one sentence gives for one thing without setting them against
    each other: "Rp 40 million a month from the current Rp 25 million" names two sums."""
    apart = set()
    for a in amounts:
        for b in amounts:
            if (
                _one_sentence(a.figure, b.figure)
                and a.figure.quantity.value != b.figure.quantity.value
                and not _set_against(a, b)
                and not _vague(a.key.thing)
                and a.key.thing == b.key.thing
                and not _restates(a, b)
            ):
                apart.add(frozenset({a.figure.quantity.value, b.figure.quantity.value}))
    return apart


def _sets_against(sentence: str) -> bool:
    """Whether words before an amount set it against another: a negation or a denial."""
    return negated(sentence) or any(w.startswith(_CONTRAST_CUES) for w in _lower_words(sentence))


def money_groups(
    figures: Sequence[Figure],
    texts: Mapping[str, str],
    durations: Mapping[str, frozenset[tuple[float, str]]] | None = None,
    languages: Mapping[str, str | None] | None = None,
    titles: Callable[[str], Mapping[str, str]] | None = None,
    every_amount: Sequence[Figure] | None = None,
    held: Apart | None = None,
) -> list[list[Figure]]:
    """The amounts of one currency split into the sums they speak of; ``durations`` gives
    each article's spans of time as (count, period), for totals over them, ``languages``
    each article's language (modifiers compare within one language) and ``titles`` an
    article's titles of office (which of an amount's owners are a title, which a name)."""
    durations, languages = durations or {}, languages or {}
    standing = standings(figures, texts)
    before = amounts_before(every_amount if every_amount is not None else figures)
    raw = []
    for figure in figures:
        text = texts[figure.article_id]
        where = (figure.article_id, figure.quantity.start)
        start = clause_start(text, figure.sentence, figure.quantity.start)
        language = languages.get(figure.article_id)
        since = before.get(where)
        found, owned = _owner_words(text, figure, since)
        title, name = read_holder(found, owned, titles(figure.article_id)) if titles else ((), ())
        key = Key(
            thing_of(text, figure),
            period_of(figure),
            standing[where],
            tuple(m.group().lower() for m in owned),
            modifier_of(text, figure, language),
            title,
            name,
        )
        contrast = _sets_against(text[start : figure.quantity.start])
        spans = durations.get(figure.article_id, frozenset())
        raw.append(_Amount(figure, key, contrast, spans, language))
    for _round in range(2):
        # Twice: a key filled from one amount can complete another's in turn.
        raw = [replace(a, key=_filled(raw, i)) for i, a in enumerate(raw)]
    apart = _told_apart(raw)
    holders = story_names([a.key for a in raw])
    # What silang.compare.slot_apart reads of each amount: its holder ("untuk wakil
    # presiden ... Rp 368,9 juta", "ketiga pejabat tersebut menerima gaji") and its kind of
    # pay. Two different amounts it tells apart never pair, so that an amount joins its own
    # holder's sum rather than the first one its words fit, to be split off again.

    def two_holders(a: _Amount, b: _Amount) -> bool:
        return held is not None and held.conflict(a.figure, b.figure)

    groups: DisjointSets[int] = DisjointSets()
    values = {i: {a.figure.quantity.value} for i, a in enumerate(raw)}
    pairs = [
        (i, j)
        for i in range(len(raw))
        for j in range(i)
        if _together(raw[i], raw[j], holders) and not two_holders(raw[i], raw[j])
    ]
    # The same amount first: restatements and disputes join what it has gathered.
    pairs.sort(key=lambda p: not _same_amount(raw[p[0]].figure, raw[p[1]].figure))
    for i, j in pairs:
        root_i, root_j = groups.find(i), groups.find(j)
        if root_i == root_j:
            continue
        if any(frozenset({x, y}) in apart for x in values[root_i] for y in values[root_j]):
            continue
        groups.join(i, j)
        values[groups.find(i)] = values[root_i] | values[root_j]
    out: dict[int, list[Figure]] = {}
    for index, amount in enumerate(raw):
        out.setdefault(groups.find(index), []).append(amount.figure)
    return list(out.values())
