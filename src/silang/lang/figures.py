"""The figures lexicon: what the quantity, time and attribution grammars need to know about a
language, read from the ``figures_*`` files of its pack folder.

The grammars (silang.extract.quantities, .times, .attribution) never name a word of any
language; every word they look for is in here. Multi-word phrases are kept as tuples of
lower-cased tokens, made by the same tokenizer the grammars use, so "lebih dari" or "US$"
match token by token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar, cast, get_args

from silang.errors import UnsupportedLanguage
from silang.lang.files import SUPPORTED, read_table
from silang.model import Qualifier

T = TypeVar("T")

#: Tokens of news text: numbers with their separators ("2.000,50", "06.00", "10:00"), words
#: with joined parts ("TNI-Polri", "Kompas.id", "Covid-19", "ke-3"), and single symbols.
#: A letter run never takes digits, so "Rp16.250" is "Rp" + "16.250" and "G20" is "G" + "20".
#: A number may open with its decimal point where nothing is glued before it ("a .38-caliber
#: revolver" is 0.38, not 38).
TOKEN = re.compile(
    r"(?P<num>(?:(?<![\w.,:])\.(?=\d))?\d+(?:[.,:]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:['’.][^\W\d_]+|-[^\W_]+)*)"
    r"|(?P<sym>\S)"
)

QUALIFIERS: frozenset[str] = frozenset(get_args(Qualifier))


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as the tuple of token texts the grammars compare against."""
    return tuple(m.group() for m in TOKEN.finditer(phrase))


@dataclass(frozen=True)
class Phrases(Generic[T]):
    """Phrases (lower-cased token tuples) with a value each; ``cased`` ones must also match
    the case they were written in ("M" for miliar is not "m" for metre).

    ``firsts``/``lasts`` index the phrase lengths by first and last token, so a lookup at a
    token no phrase starts (or ends) with costs one dict probe: the grammars try every
    table at every token, and most tokens start nothing.
    """

    entries: Mapping[tuple[str, ...], T] = field(default_factory=dict)
    cased: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    firsts: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    lasts: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def match(
        self, low: Sequence[str], text: Sequence[str], i: int, stop: int | None = None
    ) -> tuple[T, int] | None:
        """The longest phrase starting at token ``i`` (not running past ``stop``): its value
        and the index after it."""
        if i >= len(low) or i < 0:
            return None
        sizes = self.firsts.get(low[i])
        if sizes is None:
            return None
        end = len(low) if stop is None else stop
        for size in sizes:
            if i + size <= end:
                key = tuple(low[i : i + size])
                found = self._check(key, text, i)
                if found is not None:
                    return found, i + size
        return None

    def match_before(
        self, low: Sequence[str], text: Sequence[str], end: int
    ) -> tuple[T, int] | None:
        """The longest phrase ending just before token ``end``: its value and its start."""
        if end <= 0 or end > len(low):
            return None
        sizes = self.lasts.get(low[end - 1])
        if sizes is None:
            return None
        for size in sizes:
            if size <= end:
                found = self._check(tuple(low[end - size : end]), text, end - size)
                if found is not None:
                    return found, end - size
        return None

    def _check(self, key: tuple[str, ...], text: Sequence[str], i: int) -> T | None:
        if key not in self.entries:
            return None
        exact = self.cased.get(key)
        if exact is not None and exact != tuple(text[i : i + len(key)]):
            return None
        return self.entries[key]

    def __contains__(self, key: object) -> bool:
        return key in self.entries


def build_phrases(rows: Sequence[tuple[str, T, bool]]) -> Phrases[T]:
    """Phrases from (phrase, value, cased) rows; the first row for a phrase wins."""
    entries: dict[tuple[str, ...], T] = {}
    cased: dict[tuple[str, ...], tuple[str, ...]] = {}
    for phrase, value, is_cased in rows:
        exact = phrase_tokens(phrase)
        key = tuple(t.lower() for t in exact)
        if not key or key in entries:
            continue
        entries[key] = value
        if is_cased:
            cased[key] = exact
    firsts: dict[str, set[int]] = {}
    lasts: dict[str, set[int]] = {}
    for key in entries:
        firsts.setdefault(key[0], set()).add(len(key))
        lasts.setdefault(key[-1], set()).add(len(key))
    return Phrases(
        entries,
        cased,
        {k: tuple(sorted(v, reverse=True)) for k, v in firsts.items()},
        {k: tuple(sorted(v, reverse=True)) for k, v in lasts.items()},
    )


@dataclass(frozen=True)
class Multiplier:
    factor: float
    #: Only after a currency or on a figure with decimals ("Rp 3,5 M", "9.8m").
    money: bool = False


@dataclass(frozen=True)
class Vague:
    low: float
    high: float
    #: A figure only when a multiplier follows ("beberapa ribu", "tens of thousands").
    needs_scale: bool = False
    #: What it multiplies by after "of" ("hundreds of thousands"); 0 when it cannot.
    scale: float = 0.0


@dataclass(frozen=True)
class Hedge:
    qualifier: Qualifier
    #: Factors of the stated figure for ``low``/``high``; None leaves that side open.
    low: float | None
    high: float | None
    #: After the figure, a hedge only when a noun or the clause's end follows: "500 lebih
    #: peserta" is more than 500, "25% lebih cepat" is faster.
    before_noun: bool = False


@dataclass(frozen=True)
class Counted:
    """A counted noun's lemma and its synonym class: an entry of the lexicon, or the noun an
    elided one ("lainnya", "others") stands for (silang.extract.figures_grammar)."""

    lemma: str
    cls: str


@dataclass(frozen=True)
class Relative:
    #: day, week, month, year, weekend or weekend-week (see figures_relative.tsv).
    rule: str
    offset: int
    #: Only after a part word ("akhir tahun").
    part_only: bool = False


@dataclass(frozen=True)
class ClockWord:
    #: cue, zone, am or pm.
    kind: str
    value: str = ""


@dataclass(frozen=True)
class FiguresLexicon:
    """Everything language-specific the figure, time and attribution grammars use."""

    code: str
    decimal: str
    group: str
    #: "dmy" or "mdy": how a numeric date orders its parts.
    date_order: str
    #: Characters between hours and minutes ("." and ":" in Indonesian).
    clock_marks: str
    #: How many words may sit between a figure and its counted noun ("120 extra beds").
    adjective_skip: int
    #: Whether "anak-anak" is the plural of "anak".
    reduplication: bool
    #: Whether a lower-case month name beside a day or year is a month ("februari 2003").
    lowercase_months: bool
    phone: re.Pattern[str]
    number_words: Mapping[str, float]
    #: "belas" → ("add", 10), "puluh" → ("mul", 10), "hundred" → ("mul", 100).
    number_ops: Mapping[str, tuple[str, float]]
    fractions: Mapping[str, float]
    articles: frozenset[str]
    number_joiners: frozenset[str]
    multipliers: Phrases[Multiplier]
    vague: Phrases[Vague]
    hedges_before: Phrases[Hedge]
    hedges_after: Phrases[Hedge]
    currencies_before: Phrases[str]
    currencies_after: Phrases[str]
    units_after: Phrases[str]
    units_before: Phrases[str]
    counted: Phrases[Counted]
    counted_forms: Mapping[str, str]
    inflections: tuple[tuple[str, str], ...]
    states: Phrases[Counted]
    #: Small closed lists by role (figures_words.tsv): per, per-prefix, not-rate-after,
    #: list-and, only, not-only, of,
    #: classifier, joiner, between, and, from, id-cue, id-continue, not-number, quantity-cue,
    #: stop, source-stop, source-drop, pronoun, future, weekday-prefix, day-part, part-*,
    #: ago, quarter, decade, preposition, act-before:*, act-counter, equivalent,
    #: ratio-before …
    words: Mapping[str, Phrases[bool]]
    modifiers: Phrases[int]
    months: Phrases[int]
    ambiguous_months: frozenset[str]
    weekdays: Phrases[int]
    relative: Phrases[Relative]
    clock: Phrases[ClockWord]
    ordinals: Phrases[int]
    periods: Phrases[str]
    attribution: Phrases[str]
    #: Finds a lower-cased sentence that may hold a figure or a date at all (a digit or a
    #: known word).
    trigger: re.Pattern[str]
    #: Lower-cased words a time expression or a figure can start with (besides numbers):
    #: the grammars skip any other token at once.
    time_starts: frozenset[str] = frozenset()
    figure_starts: frozenset[str] = frozenset()
    #: Sentence connectors ("meanwhile", "namun", "sementara itu"): a clause they open goes
    #: on from the sentence before, and they are no part of a cited source's name. The
    #: quotes pack's connective rows (quotes_phrase_words.tsv), kept out of speakers' names
    #: for the same reason.
    connectives: frozenset[str] = frozenset()
    #: The roles written "<family>:<value>" ("share-part:4", "scale:magnitude"), by family:
    #: each value with its phrases, so that a grammar asking for one family does not walk
    #: every role of the pack at every word (``roles_of``).
    families: Mapping[str, tuple[tuple[str, Phrases[bool]], ...]] = field(default_factory=dict)
    #: Whether a count above one takes its noun in the plural ("three cables", never "three
    #: cable"): English does, Indonesian does not ("tiga kabel").
    plural: bool = False
    #: Whether a "41/2" may be a "4½" whose half came apart (English wire copy); a pack
    #: that writes halves as "4,5" reads "11/2" as a day and month only.
    glued_half: bool = False
    #: Abbreviated nouns and the words they stand for (figures_abbreviations.tsv): the noun
    #: half of "an 86-yd run" is the "yard" of "an 86-yard run".
    abbreviations: Mapping[str, str] = field(default_factory=dict)

    def role(self, name: str) -> Phrases[bool]:
        """The phrases of one role of figures_words.tsv (empty when the pack has none)."""
        return self.words.get(name, _EMPTY)

    def roles_of(self, family: str) -> tuple[tuple[str, Phrases[bool]], ...]:
        """Each role "<family>:<value>" of the pack as (value, phrases), in the pack's order."""
        return self.families.get(family, ())


_EMPTY: Phrases[bool] = Phrases()


def _families(
    words: Mapping[str, Phrases[bool]],
) -> dict[str, tuple[tuple[str, Phrases[bool]], ...]]:
    """The roles written "<family>:<value>", by family (``FiguresLexicon.families``)."""
    found: dict[str, list[tuple[str, Phrases[bool]]]] = {}
    for role, phrases in words.items():
        family, colon, value = role.partition(":")
        if colon:
            found.setdefault(family, []).append((value, phrases))
    return {family: tuple(roles) for family, roles in found.items()}


def _columns(value: str) -> list[str]:
    return [part.strip() for part in value.split("\t")]


def _number(text: str) -> float | None:
    return None if text == "-" else float(text)


def _table(code: str, name: str, parse: Callable[[str, list[str]], T]) -> Phrases[T]:
    """A ``phrase<TAB>columns…`` file; a column ``cased`` makes the phrase case-sensitive."""
    rows: list[tuple[str, T, bool]] = []
    for phrase, value in read_table(code, f"figures_{name}.tsv"):
        columns = _columns(value)
        try:
            parsed = parse(phrase, columns)
        except (ValueError, IndexError, KeyError) as exc:
            raise ValueError(f"lang/{code}/figures_{name}.tsv: bad row {phrase!r}") from exc
        rows.append((phrase, parsed, "cased" in " ".join(columns[1:]).split()))
    return build_phrases(rows)


def _hedge(_: str, cols: list[str]) -> Hedge:
    if cols[0] not in QUALIFIERS:
        raise ValueError(cols[0])
    flags = cols[4:]
    return Hedge(cast(Qualifier, cols[0]), _number(cols[2]), _number(cols[3]), "noun" in flags)


def _clock_word(_: str, cols: list[str]) -> ClockWord:
    """A figures_clock.tsv row's kind and value ("zone +7")."""
    return ClockWord(cols[0].split()[0], " ".join(cols[0].split()[1:]))


def clock_zones(code: str) -> tuple[str, ...]:
    """The phrases pack ``code``'s figures_clock.tsv names as time zones ("WIB", "GMT"), read
    as ``load_figures_lexicon`` reads its clock rows: what else reads a clock time's zone
    (silang.cluster.terms) then follows any change of the file's format."""
    return tuple(
        phrase
        for phrase, value in read_table(code, "figures_clock.tsv")
        if _clock_word(phrase, _columns(value)).kind == "zone"
    )


def _vague(_: str, cols: list[str]) -> Vague:
    flags = cols[2:]
    scale = next((float(f[6:]) for f in flags if f.startswith("scale=")), 0.0)
    return Vague(float(cols[0]), float(cols[1]), "needs" in flags, scale)


def read_numbers(
    code: str,
) -> tuple[dict[str, float], dict[str, tuple[str, float]], dict[str, float]]:
    """The spelled numbers of a pack's figures_numbers.tsv: plain values, operations on the
    number being built ("hundred": multiply) and fractions, by lower-case word."""
    values: dict[str, float] = {}
    ops: dict[str, tuple[str, float]] = {}
    fractions: dict[str, float] = {}
    for word, value in read_table(code, "figures_numbers.tsv"):
        key = word.lower()
        if value.startswith(("+", "*")):
            ops[key] = ("add" if value[0] == "+" else "mul", float(value[1:]))
        elif value.startswith("frac "):
            fractions[key] = float(value[5:])
        elif value not in ("article", "joiner"):
            values[key] = float(value)
    return values, ops, fractions


def _words(code: str) -> dict[str, Phrases[bool]]:
    by_role: dict[str, list[tuple[str, bool, bool]]] = {}
    for role, phrase in read_table(code, "figures_words.tsv"):
        by_role.setdefault(role, []).append((phrase, True, False))
    return {role: build_phrases(rows) for role, rows in by_role.items()}


def _trigger(lexicon_words: Sequence[Phrases[object]]) -> re.Pattern[str]:
    # A phrase needs its longest word to be present; one scan for any of them (or a digit)
    # lets the grammars skip the sentences that cannot hold a figure or a date.
    words = {max(key, key=len) for table in lexicon_words for key in table.entries}
    words = {w for w in words if len(w) > 1 and w.isalpha()}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # Searched in lower-cased text: a case-insensitive alternation scans twice as slowly.
    return re.compile(rf"\d|\b(?:{alternation})\b")


def load_figures_lexicon(code: str) -> FiguresLexicon:
    """The figures lexicon of language ``code``, built from its ``figures_*`` files."""
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code, SUPPORTED)
    fmt = dict(read_table(code, "figures_format.tsv"))
    values, ops, fractions = read_numbers(code)
    special = {w.lower(): v for w, v in read_table(code, "figures_numbers.tsv")}
    hedges = [(p, v) for p, v in read_table(code, "figures_hedges.tsv")]
    currencies = [(p, _columns(v)) for p, v in read_table(code, "figures_currencies.tsv")]
    units = [(p, _columns(v)) for p, v in read_table(code, "figures_units.tsv")]
    months = read_table(code, "figures_months.tsv")
    words = _words(code)
    lexicon = FiguresLexicon(
        code=code,
        decimal=fmt["decimal"],
        group=fmt["group"],
        date_order=fmt.get("date_order", "dmy"),
        clock_marks=fmt.get("clock", ":"),
        adjective_skip=int(fmt.get("adjective_skip", "0")),
        reduplication=fmt.get("reduplication") == "yes",
        plural=fmt.get("plural") == "yes",
        glued_half=fmt.get("glued_half") == "yes",
        lowercase_months=fmt.get("lowercase_months") == "yes",
        phone=re.compile(fmt.get("phone", "(?!)")),
        number_words=values,
        number_ops=ops,
        fractions=fractions,
        articles=frozenset(w for w, v in special.items() if v == "article"),
        number_joiners=frozenset(w for w, v in special.items() if v == "joiner"),
        multipliers=_table(
            code,
            "multipliers",
            lambda _, c: Multiplier(float(c[0]), "money" in " ".join(c[1:]).split()),
        ),
        vague=_table(code, "vague", _vague),
        hedges_before=build_phrases(
            [(p, _hedge(p, _columns(v)), False) for p, v in hedges if "\tbefore\t" in v]
        ),
        hedges_after=build_phrases(
            [(p, _hedge(p, _columns(v)), False) for p, v in hedges if "\tafter\t" in v]
        ),
        currencies_before=build_phrases(
            [(p, c[0], True) for p, c in currencies if c[1] == "before"]
        ),
        currencies_after=build_phrases(
            [(p, c[0], False) for p, c in currencies if c[1] == "after"]
        ),
        units_after=build_phrases(
            [(p, c[0], _is_symbolic(p)) for p, c in units if c[1:] != ["before"]]
        ),
        units_before=build_phrases([(p, c[0], False) for p, c in units if c[1:] == ["before"]]),
        counted=_table(code, "counted", lambda p, c: Counted(p.lower(), c[0])),
        counted_forms={k.lower(): v for k, v in read_table(code, "figures_counted_forms.tsv")},
        abbreviations={k.lower(): v for k, v in read_table(code, "figures_abbreviations.tsv")},
        inflections=tuple(
            (s, "" if r == "-" else r) for s, r in read_table(code, "figures_inflections.tsv")
        ),
        states=_table(code, "states", lambda _, c: Counted(c[0], c[1])),
        words=words,
        families=_families(words),
        modifiers=_table(code, "modifiers", lambda _, c: int(c[0])),
        months=build_phrases([(p, int(_columns(v)[0]), False) for p, v in months]),
        ambiguous_months=frozenset(p.lower() for p, v in months if "ambiguous" in v),
        weekdays=_table(code, "weekdays", lambda _, c: int(c[0])),
        relative=_table(
            code,
            "relative",
            lambda _, c: Relative(c[0].split()[0], int(c[0].split()[1]), c[1:] == ["part"]),
        ),
        clock=_table(code, "clock", _clock_word),
        ordinals=_table(code, "ordinals", lambda _, c: int(c[0])),
        periods=_table(code, "periods", lambda _, c: c[0]),
        attribution=_table(code, "attribution", lambda _, c: c[0]),
        trigger=re.compile("(?!)"),
        connectives=frozenset(
            phrase.casefold()
            for role, phrase in read_table(code, "quotes_phrase_words.tsv")
            if role == "connective"
        ),
    )
    return _with_trigger(lexicon)


def _is_symbolic(phrase: str) -> bool:
    # Unit abbreviations written with capitals ("MW", "SR", "AQI") keep their case, so that
    # "MW" is a unit and "mw" in running text is not; lower-case ones ("km") match any case.
    return any(c.isupper() for c in phrase)


def _as_objects(*tables: Phrases[Any]) -> list[Phrases[object]]:
    # Phrases is invariant in what it maps to: tables of flags, hedges and units make one list
    # only as Phrases[object], all that the trigger and the first words read of them.
    return [cast(Phrases[object], t) for t in tables]


def _with_trigger(lexicon: FiguresLexicon) -> FiguresLexicon:
    spelled = build_phrases(
        [
            (word, True, False)
            for word in (*lexicon.number_words, *lexicon.number_ops, *lexicon.fractions)
        ]
    )
    tables = _as_objects(
        spelled,
        lexicon.multipliers,
        lexicon.vague,
        lexicon.months,
        lexicon.weekdays,
        lexicon.relative,
        lexicon.role("quarter"),
        lexicon.role("none"),
        lexicon.ordinals,
        # a word that is a share by itself ("separuh dari warga")
        *(phrases for _, phrases in lexicon.roles_of("share-word")),
        # a hedge makes one of the unit after an article a figure ("less than a month");
        # a language without articles has no such figure to find
        *((lexicon.hedges_before,) if lexicon.articles else ()),
    )
    # A time can open with a spelled number ("dua pekan lalu").
    time_tables = _as_objects(
        lexicon.relative,
        lexicon.modifiers,
        lexicon.weekdays,
        lexicon.months,
        lexicon.ordinals,
        lexicon.clock,
        *(lexicon.role(r) for r in ("part-start", "part-mid", "part-end")),
        *(lexicon.role(r) for r in ("weekday-prefix", "between", "quarter")),
        spelled,
    )
    figure_tables = _as_objects(
        lexicon.hedges_before,
        lexicon.units_before,
        lexicon.currencies_before,
        lexicon.vague,
        spelled,
        lexicon.role("between"),
        lexicon.role("none"),  # "tidak ada korban jiwa": a count of none
    )
    return replace(
        lexicon,
        trigger=_trigger(tables),
        time_starts=frozenset({"(", *(k for t in time_tables for k in t.firsts)}),
        figure_starts=frozenset({*lexicon.articles, *(k for t in figure_tables for k in t.firsts)}),
    )
