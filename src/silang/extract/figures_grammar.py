"""One figure read from tokens: [hedge | "antara"] [currency] numeral [joiner numeral]
[unit | currency] [per unit] [after-hedge] [counted thing].

Numbers that are not figures are refused here: identifiers after a cue ("Pasal 114",
"nomor urut 2", "KM 57"), codes joined by slashes ("2024/KPU/113"), numbers glued to letters
("G20"), ordinals ("115th"), leading zeros ("05"), scores no word names ("2-1"), and spelled
small numbers with nothing counted after them ("salah satu", "one of"). A score or a win-loss
record a word beside it names ("won 20-13", "a 9-14 record") is two figures, one per side
(read_score).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from silang.extract.figures_counted import CountedThing, noun_before_count, read_counted
from silang.extract.figures_dates import year_after, year_at
from silang.extract.figures_implied import (
    act_counted,
    apposed_age,
    cued_before,
    implied_counted,
    narrowed,
    scale_of,
    stated_age,
)
from silang.extract.figures_rates import read_rate, unit_at
from silang.extract.figures_tokens import Tokens
from silang.extract.numbers import SHARE_PART, Numeral, and_a_fraction, read_numeral
from silang.lang.figures import Counted, FiguresLexicon, Hedge
from silang.lang.time_units import TIME_UNITS
from silang.model import Qualifier

#: Number words below this are figures only with what they count ("tiga kecamatan").
_SMALL_SPELLED = 10
#: Units after which no counted noun is read ("40% lahan" counts no "lahan").
_NO_COUNTED = frozenset({"%", "pp"})


@dataclass(frozen=True)
class Figure:
    """A figure over tokens ``first`` … ``last - 1``; ``value`` None marks tokens consumed
    as a non-figure (a score), so that neither side is read again."""

    first: int
    last: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    counted: str | None = None
    counted_class: str | None = None
    #: The counted noun without its state ("orang" of "orang tewas"), and its head class: what
    #: a later "delapan lainnya" in the sentence counts.
    noun: Counted | None = None
    #: The reading not taken of a figure that reads either way ("282,983 ton") where only a
    #: guess chose (_thousandth_named).
    other_value: float | None = None


def read_figure(
    tokens: Tokens,
    i: int,
    blocked: Collection[int],
    lx: FiguresLexicon,
    antecedent: Counted | None = None,
    *,
    decimal_groups: bool | None = None,
) -> Figure | None:
    """The figure starting at token ``i``, or None; ``antecedent`` is the last counted noun
    before it in the sentence; ``decimal_groups`` whether the article groups thousands with
    the decimal mark (silang.extract.numbers.decimal_mark_groups), None when it does not say."""
    low, text = tokens.low, tokens.text
    starts = lx.figure_starts
    if not tokens.is_num(i) and low[i] not in starts and low[i].split("-")[0] not in starts:
        return None  # the first word of "sixty-two" may open a figure
    j = i
    hedge: Hedge | None = None
    between = False
    found_hedge = lx.hedges_before.match(low, text, j)
    if found_hedge is not None:
        hedge, j = found_hedge
    elif (opening := lx.role("between").match(low, text, j)) is not None:
        between, j = True, opening[1]
    unit_before, j = _unit_before(tokens, j, lx)
    currency = lx.currencies_before.match(low, text, j)
    j = currency[1] if currency else j
    if j in blocked:
        return None
    numeral = read_numeral(tokens, j, lx, money=currency is not None)
    if numeral is None and currency is None:
        return _spelled_measure(tokens, i, j, hedge, lx) or _one_and_a_fraction(
            tokens, i, j, hedge, lx
        )
    if numeral is None or any(k in blocked for k in range(numeral.first, numeral.last)):
        return None
    if not _plain_number(tokens, (i, j, numeral.last), lx, currency is not None):
        return None
    unit = currency[0] if currency else (unit_before[0] if unit_before else None)
    value, bounds, k = numeral.value, (numeral.low, numeral.high), numeral.last
    # Bounds on a numeral that is not vague come from a fraction lost in decoding ("4\ufffd
    # months", numbers._lost_fraction): the figure is known only near its value.
    qualifier: Qualifier = (
        "vague" if numeral.vague else "exact" if numeral.low is None else "approximately"
    )
    ranged = _range(tokens, i, k, numeral, between, blocked, lx, currency[0] if currency else None)
    if ranged is not None:
        if ranged.value is None:
            return ranged
        value, bounds, k, qualifier = ranged.value, (ranged.low, ranged.high), ranged.last, "range"
    elif between:
        return None
    # "30-plus hours": more than 30, in hours; the unit starts after the hedge.
    hedge, unit_start = (hedge, k) if ranged is not None else _hyphened_hedge(tokens, k, hedge, lx)
    k, unit = _unit(tokens, unit_start, lx, unit, numeral)
    if ranged is None and unit is not None:
        ranged = _range_over_unit(tokens, i, k, numeral, unit, blocked, lx)
        if ranged is not None and ranged.value is not None:
            value, bounds, k, qualifier = (
                ranged.value,
                (ranged.low, ranged.high),
                ranged.last,
                "range",
            )
    # "3.2-kilometer road", "14-day state": a measure used as an adjective counts nothing.
    hyphen = text[unit_start : unit_start + 1] == ["-"] and tokens.attached(unit_start)
    adjective = unit is not None and hyphen
    after = lx.hedges_after.match(low, text, k)
    if (
        after is not None
        and (text[k] != "-" or tokens.attached(k))
        and (not after[0].before_noun or _clause_goes_on(tokens, after[1], lx))
    ):
        hedge, k = hedge or after[0], after[1]
    counted, unit = _what_is_counted(tokens, (i, k), numeral, unit, adjective, antecedent, lx)
    other_value = None
    if numeral.grouped is not None and ranged is None:
        value, other_value = _thousands_reading(
            numeral, numeral.grouped, unit, counted, lx, decimal_groups
        )
    if numeral.spelled and not numeral.vague and numeral.value < _SMALL_SPELLED:
        # A small number word is a figure when it counts something ("tiga kecamatan");
        # alone it is as often a name ("Kelapa Dua") or an article ("satu serangan").
        # "Satu", "one" and "no" need more: a unit, a state ("satu orang tewas", "no
        # injuries") or a word that announces a count ("hanya satu baris", "sebanyak satu
        # unit").
        known = counted is not None and (
            numeral.value >= 2 or ":" in counted.cls or _count_cued(tokens, i, lx)
        )
        # "Tidak ada korban jiwa" counts the dead as none, but "tidak ada hari libur" is no
        # measure of 0 days: a denial is a count only of a thing in a state.
        if (
            numeral.denial
            and not (counted is not None and ":" in counted.cls and _denies(tokens, i, k, lx))
        ) or not (unit or known or hedge or numeral.scaled or ranged):
            return None
    qualifier, bounds = _hedged(value, qualifier, bounds, hedge, numeral)
    last, unit = _rate_after_counted(tokens, counted, unit, blocked, lx) if counted else (k, unit)
    figure = Figure(
        first=i,
        last=last,
        value=value,
        low=bounds[0],
        high=bounds[1],
        qualifier=qualifier,
        unit=unit,
        counted=counted.lemma or None if counted else None,
        counted_class=counted.cls if counted else None,
        noun=Counted(counted.noun, counted.cls.split(":")[0]) if counted else None,
        # A hedged guess ("sekitar 282,983 ton") is not offered the other reading.
        other_value=other_value if qualifier == "exact" else None,
    )
    # A number that opens or ends a name counts nothing ("iPhone 6", "12 Mile Road").
    if (
        hedge is None
        and not between
        and (
            _named_number(tokens, figure, lx) or _unit_in_name(tokens, unit_start, figure.unit, lx)
        )
    ):
        return None
    return figure


def _what_is_counted(
    tokens: Tokens,
    span: tuple[int, int],
    numeral: Numeral,
    unit: str | None,
    adjective: bool,
    antecedent: Counted | None,
    lx: FiguresLexicon,
) -> tuple[CountedThing | None, str | None]:
    """The counted thing after a figure over ``span`` (its first token and the token after its
    unit), and its unit, which an age or a scale may give: the noun written after it, else
    the noun "others" stands for, else the one a cue beside a bare figure implies
    (silang.extract.figures_implied)."""
    i, k = span
    counted = None
    if unit is None and (compound := _compound_noun(tokens, k, lx)) is not None:
        return compound, None
    if unit is None or not (adjective or unit in _NO_COUNTED or is_money(unit, lx)):
        counted = read_counted(tokens, k, lx, skip_words=unit is None)
    if unit is None and counted is not None and _singular_after_count(tokens, counted, numeral, lx):
        counted = None
    if unit is None and counted is not None and _number_of_name(tokens, i, counted, numeral, lx):
        counted = None
    if unit is None:
        counted = noun_before_count(tokens, i, k, lx) or counted
        counted = act_counted(tokens, i, k, counted, lx) or counted
    if counted is not None and counted.across_name:
        # A name between the figure and the noun parts them ("Mother of 13 Zurana Horton
        # shot"): a phrase before the figure that says what it counts wins.
        counted = cued_before(tokens, i, k, lx) or counted
    # An age set off after a name ("for Kimani Gray, 16, who") counts none of the nouns
    # before it ("Between 60 and 100 rioters gathered ...", ECB+ dev topic 19), and no one
    # a cue beside it implies ("Sara Sadeqi, 22, was killed" gives her age).
    if counted is None and unit is None:
        unit = apposed_age(tokens, i, k, numeral) or stated_age(tokens, i, k, numeral, lx)
    if counted is None and unit is None and antecedent is not None:
        counted = _elided(tokens, k, antecedent, lx)
    if counted is None and unit is None and not adjective:
        before = (antecedent.lemma, antecedent.cls) if antecedent else None
        counted = _model_counted(tokens, (i, k), numeral, lx) or implied_counted(
            tokens, i, k, lx, before
        )
    if counted is not None and unit is None:
        counted = narrowed(tokens, i, counted, lx)
        unit = scale_of(counted, lx) if numeral.decimals else None
    return (counted, unit) if counted or unit else _read_as_pair(tokens, k, numeral, lx)


#: The longest model number after a product's name ("iPhone 6", "Boeing 737").
_MODEL_DIGITS = 3


def _model_counted(
    tokens: Tokens, span: tuple[int, int], numeral: Numeral, lx: FiguresLexicon
) -> CountedThing | None:
    """What a count before a product's name and model number counts: "15.000 iPhone 6 dan
    iPhone 6 Plus" are 15,000 phones, "40 Boeing 737 jets" 40 jets. The name is a word
    written with a capital (no sentence opens after a number) and the model a short number
    right after it (_named_number refuses that number as a figure). The noun after the
    model is what is counted when the table knows it; else the items of the product, by
    the pack's word for an item ("unit": "10 juta unit iPhone 6" counts the same). A count
    that is itself part of a name ("Aksi 212 Jilid 2") and a number with letters glued
    after it ("473 East 52nd Street", an address) count no product."""
    i, k = span
    if not (tokens.is_word(k) and any(c.isupper() for c in tokens.text[k])):
        return None
    model = k + 1
    if not _model_number(tokens, model) or _named_number(tokens, Figure(i, k, numeral.value), lx):
        return None
    # A model may go on in capitalised words and numbers of its own ("Boeing 737 MAX 8
    # jets"): the noun follows the whole of it, and no number inside it counts that noun.
    end = model + 1
    while _model_goes_on(tokens, end):
        end += 2
    noun = read_counted(tokens, end, lx, skip_words=False)
    if noun is not None and not _singular_after_count(tokens, noun, numeral, lx):
        return noun
    item = lx.counted.entries.get(("unit",))
    if item is None:
        return None
    # The figure ends before the name, as "10 juta unit" ends before "iPhone 6": the name
    # after an item word says which product (silang.compare.figures reads it there).
    return CountedThing(item.lemma, item.cls, k, item.lemma)


def _model_goes_on(tokens: Tokens, k: int) -> bool:
    """Whether a capitalised word and a short number at token ``k`` go on a model number
    ("MAX 8" after "Boeing 737")."""
    return tokens.is_word(k) and tokens.text[k][:1].isupper() and _model_number(tokens, k + 1)


def _model_number(tokens: Tokens, m: int) -> bool:
    return (
        tokens.is_num(m)
        and tokens.text[m].isdigit()
        and len(tokens.text[m]) <= _MODEL_DIGITS
        and not tokens.attached(m)
        and not tokens.attached(m + 1)
    )


def _singular_after_count(
    tokens: Tokens, counted: CountedThing, numeral: Numeral, lx: FiguresLexicon
) -> bool:
    """Whether ``counted`` is a noun in its singular after a whole count above one that it
    cannot be the thing counted of, in a pack that marks the plural: a count takes its noun
    in the plural ("three trucks"), so a singular noun that ends the phrase goes with a name
    ("repair the Ranger 3 truck, then ..."). One that another word follows may modify it
    ("a 300 person march", "12 fire apparatus"), and a measure's noun ("5 tons of rice") or
    a scale's ("a 5.8 degree quake") is no count."""
    if not (lx.plural and counted.singular) or numeral.value <= 1 or numeral.decimals:
        return False
    end = counted.end
    return (
        not tokens.is_word(end) or lx.role("stop").match(tokens.low, tokens.text, end) is not None
    )


def _number_of_name(
    tokens: Tokens, i: int, counted: CountedThing, numeral: Numeral, lx: FiguresLexicon
) -> bool:
    """Whether the bare number at token ``i`` goes on a name before it and its singular noun
    after it is the name's head, in a pack that marks the plural: "the Western Europe 4 cable
    network", "the SEA-ME-WE 4 cable" name one cable, where a count above one would take its
    noun in the plural. The name is a capitalised word that does not open the sentence, or
    one with capitals inside (``_named_number``); "a 300 person march" has none."""
    if not (lx.plural and counted.singular) or numeral.value <= 1 or numeral.last != i + 1:
        return False
    head = read_counted(tokens, counted.end, lx, skip_words=False)
    if head is not None and not head.singular:
        return False  # "On Friday 3 soldier deaths": the plural head takes the count
    return _named_number(tokens, Figure(i, i + 1, numeral.value), lx)


def share_counted(figures: Sequence[Figure], tokens: Tokens, lx: FiguresLexicon) -> list[Figure]:
    """The figures with a counted noun written once for a list: "170 dan 70 orang" counts
    people twice, "laki-laki 170 dan wanita 70 orang" too (a label before each item). A bare
    figure takes the counted noun of the next one when only a list joiner (and that label)
    sits between; a list of three passes it back item by item ("10, 20 dan 30 siswa")."""
    shared = list(figures)
    for n in range(len(shared) - 2, -1, -1):
        item, last = shared[n], shared[n + 1]
        if item.counted is None and item.unit is None and _listed(tokens, item, last, lx):
            # A count of things has one reading (_thousands_decided).
            shared[n] = replace(
                item, counted=last.counted, counted_class=last.counted_class, other_value=None
            )
    return shared


def _listed(tokens: Tokens, item: Figure, last: Figure, lx: FiguresLexicon) -> bool:
    """Whether ``last`` is a count that follows ``item`` in a list: a joiner between them,
    and a label noun after the joiner only when one stands before ``item`` as well."""
    if last.counted is None or last.unit is not None or item.value is None:
        return False
    joiner = lx.role("list-and").match(tokens.low, tokens.text, item.last)
    if joiner is None:
        return False
    if joiner[1] == last.first:
        return True
    label = read_counted(tokens, joiner[1], lx, skip_words=False)
    return label is not None and label.end == last.first and _label_before(tokens, item, lx)


def _label_before(tokens: Tokens, item: Figure, lx: FiguresLexicon) -> bool:
    """Whether a counted noun ends just before ``item`` ("laki-laki 170"): a label, not a
    verb ("tercatat 30")."""
    return any(
        (label := read_counted(tokens, k, lx, skip_words=False)) is not None
        and label.end == item.first
        for k in range(max(0, item.first - 3), item.first)
    )


def _hedged(
    value: float,
    qualifier: Qualifier,
    bounds: tuple[float | None, float | None],
    hedge: Hedge | None,
    numeral: Numeral | None = None,
) -> tuple[Qualifier, tuple[float | None, float | None]]:
    """The qualifier and bounds a hedge gives an exact figure ("sekitar 2.300": 2070-2530);
    the multiplying word a spelled ``numeral`` ends in bounds a floor or ceiling
    (``one_step_past``). A figure written with decimals and no multiplying word ("some 88.41
    percent", "sekitar 12,75 km") keeps its hedge within one whole of it: the writer who
    gives the fractional digits knows the figure better than to a whole, and a hedge on a
    precise figure is as loose as the precision written (the looser the writer's knowledge,
    the rounder the number: "some 88 percent"). The tenth of the value a hedge otherwise
    spans would take 88.41 to 97.25 and hold another report's 93.87."""
    if qualifier != "exact" or hedge is None:
        return qualifier, bounds
    step = numeral.step if numeral else None
    fine = numeral is not None and numeral.decimals and not numeral.scaled
    spread = _WHOLE_SPREAD if fine and not float(value).is_integer() else math.inf
    hedged = (
        max(value * hedge.low, value - spread) if hedge.low is not None else None,
        min(value * hedge.high, value + spread) if hedge.high is not None else None,
    )
    if step is not None:
        hedged = one_step_past(value, hedge.qualifier, hedged, step)
    return hedge.qualifier, hedged


#: How far a hedge reaches from a figure written with decimals, in its own unit: one whole
#: (``_hedged``).
_WHOLE_SPREAD = 1.0
#: Hedges that give a floor, and those that give a ceiling.
FLOORS = ("more-than", "at-least")
CEILINGS = ("less-than", "up-to")


def one_step_past(
    value: float, qualifier: str, bounds: tuple[float | None, float | None], step: float
) -> tuple[float | None, float | None]:
    """The bounds of a floor or ceiling that has only its written bound: the writer counts in
    steps (a multiplying word's, or the last written digit's: silang.compare.status), so
    "more than two dozen" holds up to three dozen (31 pieces of apparatus), as "more than
    26,000" holds up to 27,000."""
    low, high = bounds
    if qualifier in FLOORS and high is None:
        return low, value + step
    if qualifier in CEILINGS and low is None:
        return max(0.0, value - step), high
    return bounds


def _rate_after_counted(
    tokens: Tokens,
    counted: CountedThing,
    unit: str | None,
    blocked: Collection[int],
    lx: FiguresLexicon,
) -> tuple[int, str | None]:
    """The end of a figure whose counted noun a rate follows, and its unit: "10 ton sampah
    per hari" is "t/day"; "2 juta orang per tahun" keeps no unit (a count is no unit, the
    gold's convention) but its span takes the period."""
    rate = read_rate(tokens, counted.end, lx)
    if rate is None or any(j in blocked for j in range(counted.end, rate.end)):
        return counted.end, unit
    if unit is not None and "/" not in unit:
        unit = f"{unit}/{rate.per}"
    return rate.end, unit


def _unit_before(tokens: Tokens, j: int, lx: FiguresLexicon) -> tuple[tuple[str, int] | None, int]:
    """A unit written before the number ("magnitude 5.9", "magnitude-5.9": the hyphen is
    skipped; "indeks sebesar 16000": so is a word that announces the amount) and the token
    after it; None and ``j`` when there is none."""
    found = lx.units_before.match(tokens.low, tokens.text, j)
    if found is None:
        return None, j
    k = found[1]
    if tokens.text[k : k + 1] == ["-"] and tokens.attached(k) and tokens.attached(k + 1):
        k += 1
    elif (cue := lx.role("quantity-cue").match(tokens.low, tokens.text, k)) is not None:
        k = cue[1]
    return found, k


def _thousands_reading(
    numeral: Numeral,
    grouped: float,
    unit: str | None,
    counted: CountedThing | None,
    lx: FiguresLexicon,
    decimal_groups: bool | None,
) -> tuple[float, float | None]:
    """The value of a number that may group thousands ("543,461": ``grouped``), and the
    reading not taken where only a guess chose it (``_thousandth_named``), else None."""
    decided = _thousands_decided(numeral, unit, counted, lx, decimal_groups)
    thousands = decided if decided is not None else _thousandth_named(unit, lx)
    taken, other = (grouped, numeral.value) if thousands else (numeral.value, grouped)
    return taken, (other if decided is None else None)


def _thousands_decided(
    numeral: Numeral,
    unit: str | None,
    counted: CountedThing | None,
    lx: FiguresLexicon,
    decimal_groups: bool | None,
) -> bool | None:
    """Whether "543,461" (a decimal mark and three digits) groups thousands the other
    language's way, where something decides it; None where only a guess can
    (``_thousandth_named``). They do where three decimals cannot be: when they end in zero
    ("96,000 poin": no one writes a decimal so), on a sum of money ("USD 20,525": cents have
    two) and on a count of things ("2,300 warga"). On a measure or a bare number both
    readings can be, and the article's own way of writing its other numbers decides where it
    says something (``decimal_groups``: "1,234,567" says yes; "1.234.567", or a bare "USD
    1713309" beside "282,983 ton", says no: 282.983 tonnes, Pratiwi dev topic 6)."""
    if numeral.grouped_zero:
        return True
    if unit is None and counted is not None:
        return True
    if unit is not None and is_money(unit, lx):
        return True
    return decimal_groups


def _thousandth_named(unit: str | None, lx: FiguresLexicon) -> bool:
    """The guess where nothing decides: thousands on a unit whose thousandth has its own name
    ("543,461 ton" would be written "543.461 kg", Pratiwi dev topic 1), decimals on a
    percentage, a milligram or a bare number. The figure keeps its other reading
    (``Figure.other_value``), which the compare stage takes where another report of the story
    gives it (silang.compare.slots), as an article alone cannot see."""
    return unit is not None and (unit,) in lx.role("thousandth-named").entries


def _elided(tokens: Tokens, k: int, antecedent: Counted, lx: FiguresLexicon) -> CountedThing | None:
    """ "delapan lainnya", "eight others": the class of the noun named before, with a state
    when one follows ("dua lainnya hilang"). The lemma stays empty: no noun is written."""
    found = lx.role("elided-noun").match(tokens.low, tokens.text, k)
    if found is None:
        return None
    end = found[1]
    state = lx.states.match(tokens.low, tokens.text, end)
    if state is None:
        return CountedThing("", antecedent.cls, end, antecedent.lemma)
    return CountedThing("", f"{antecedent.cls}:{state[0].cls}", state[1], antecedent.lemma)


def _count_cued(tokens: Tokens, i: int, lx: FiguresLexicon) -> bool:
    """Whether a word that announces a count ends just before token ``i``; "tak hanya satu
    kasus" (not only one case) announces more, and no figure of one."""
    low, text = tokens.low, tokens.text
    if lx.role("not-only").match_before(low, text, i) is not None:
        return False
    return any(lx.role(role).match_before(low, text, i) for role in ("quantity-cue", "only"))


def _clause_goes_on(tokens: Tokens, k: int, lx: FiguresLexicon) -> bool:
    """Whether a counted noun, a stop word or the clause's end follows token ``k - 1``."""
    return (
        not tokens.is_word(k)
        or read_counted(tokens, k, lx) is not None
        or lx.role("stop").match(tokens.low, tokens.text, k) is not None
    )


def is_money(unit: str, lx: FiguresLexicon) -> bool:
    """Whether ``unit`` is a currency of the pack (or a rate of one: "USD/year")."""
    base = unit.split("/", maxsplit=1)[0]
    return base in lx.currencies_before.entries.values() or base in (
        lx.currencies_after.entries.values()
    )


def _plain_number(
    tokens: Tokens, span: tuple[int, int, int], lx: FiguresLexicon, money: bool
) -> bool:
    """Whether the number at ``j`` (its figure starting at ``i``, the numeral ending before
    ``end``; ``span`` is the three) is a figure at all."""
    i, j, end = span
    cue_end = i - 1 if i > 0 and tokens.text[i - 1] == "(" else i  # "ayat (1)"
    # A list of identifiers goes on in bare numbers only: "Route 66, 12 miles west",
    # "Flight 370, 239 people aboard" measure and count after the name.
    head = _list_head(tokens, cue_end, lx)
    listed = (
        head
        if head == cue_end
        or (
            read_counted(tokens, end, lx, skip_words=False) is None
            and unit_at(tokens, end, lx) is None
        )
        else cue_end
    )
    cue = lx.role("id-cue").match_before(tokens.low, tokens.text, listed)
    if (
        cue is not None
        and not _unit_of_figure(tokens, cue[1], lx)
        # A measure word after the number makes it a count, whatever stands before: "HP 4
        # buah" is four phones (the noun before a count, figures_counted.noun_before_count),
        # where "HP 0812..." or "kamar 5" names one; an identifier takes no measure word.
        and lx.role("classifier").match(tokens.low, tokens.text, end) is None
    ):
        return False
    if _labelled(tokens, listed, lx):
        return False
    if _day_month_code(tokens.text[j]) and lx.role("id-cue-date").match_before(
        tokens.low, tokens.text, listed
    ):
        return False  # "aksi 212", "reuni 411": a rally named by the day and month it fell on
    if (
        i >= 2
        and tokens.is_num(i - 2)
        and lx.role("id-continue").match_before(tokens.low, tokens.text, i)
        and (
            lx.role("id-cue").match_before(tokens.low, tokens.text, i - 2)
            or year_after(tokens, j) is not None
        )
    ):
        # "Nomor 5 Tahun 2023", "No. 5 of 2023", "UU 24 Tahun 2007": the number or the year
        # an identifier goes on with. After a count ("won 21 of 25 fights", "10 of 22
        # passes") the second number is the whole.
        return False
    if not tokens.is_num(j):
        return True
    token = tokens.text[j]
    if token.startswith("0") and len(token) > 1 and token[1].isdigit():
        return False  # "05", "0812"
    if _short_year_end(tokens, j):
        return False
    if tokens.attached(j) and (
        (tokens.is_word(j - 1) and not money) or tokens.text[j - 1] in _IDENTIFIER_MARKS
    ):
        return False  # "G20", "CO2", "2024/KPU/113", "#1 seller": a name or a rank
    # A half glued to the whole ("41/2 months": silang.extract.numbers._slash_half) is one
    # numeral: what is glued after it is what counts.
    nxt = end if tokens.text[j + 1 : j + 2] == ["/"] and end > j + 2 else j + 1
    if nxt < len(tokens) and tokens.attached(nxt):
        if tokens.text[nxt] == "/" and unit_at(tokens, nxt + 1, lx) is None:
            return False
        if (
            tokens.is_word(nxt)
            and unit_at(tokens, nxt, lx) is None
            and not any(
                table.match(tokens.low, tokens.text, nxt)
                for table in (lx.multipliers, lx.hedges_after, lx.role("decade"))
            )
        ):
            return False  # "12A", "18B", "115th": a label or an ordinal
    # "2. Kota ...": a list item
    return not (j == 0 and nxt < len(tokens) and tokens.text[nxt] in ".)")


def _labelled(tokens: Tokens, i: int, lx: FiguresLexicon) -> bool:
    """Whether a capitalised label (the pack's ``id-cue-capitalised``) names the number at
    token ``i``, opening the sentence or not: "Proposition 64 states that ..." counts no
    states; in lower case the word is as often a plain noun ("asked the question 3 times")."""
    label = lx.role("id-cue-capitalised").match_before(tokens.low, tokens.text, i)
    return label is not None and tokens.capitalised(label[1])


def _day_month_code(token: str) -> bool:
    """Whether ``token`` is a day and a month written as one run of 3 or 4 digits ("212" is 2
    December, "411" 4 November, "1212"), the way a rally takes its date as its name; "500",
    "1000", "50" read as no date, so "aksi 500 mahasiswa" counts students."""
    if not token.isdigit() or len(token) not in (3, 4):
        return False
    return any(
        1 <= int(token[:cut]) <= 31 and 1 <= int(token[cut:]) <= 12
        for cut in (len(token) - 2, len(token) - 1)
    )


#: How many digits a year written short after a full one takes ("1995-99", "2012-13").
_SHORT_YEAR_DIGITS = 2


def _short_year_end(tokens: Tokens, j: int) -> bool:
    """Whether the number at ``j`` ends a span of years written with its last year short:
    "from 1995-99", "the 2012-13 season" (the dates stage reads the full year before it). A
    later year's last two digits, glued by a dash to a full year, count nothing."""
    if len(tokens.text[j]) != _SHORT_YEAR_DIGITS or not tokens.attached(j):
        return False
    if tokens.text[j - 1 : j] not in (["-"], ["–"]) or not tokens.attached(j - 1):
        return False
    year = year_after(tokens, j - 2)
    return year is not None and int(tokens.text[j]) > year % 100


#: The most items of a list of identifiers walked back to its cue ("SDN 1, 2, dan 5").
_LISTED_IDENTIFIERS = 6


def _list_head(tokens: Tokens, i: int, lx: FiguresLexicon) -> int:
    """Where the list of bare numbers that token ``i`` goes on starts: a number listed after
    an identifier names one too ("SDN 1, 2, dan 5 Banyuasri", "aksi 411, 212 atau 112",
    "Articles 5 and 6"), its cue written once before the first. ``i`` where no bare number
    and list joiner ("," "dan" "and", the pack's ``list-and``, or "atau" "or", its
    ``joiner-or``) stand before it."""
    head = i
    for _ in range(_LISTED_IDENTIFIERS):
        joined = lx.role("list-and").match_before(tokens.low, tokens.text, head) or lx.role(
            "joiner-or"
        ).match_before(tokens.low, tokens.text, head)
        if joined is None:
            return head
        k = joined[1]
        comma = lx.role("list-and").match_before(tokens.low, tokens.text, k)
        if comma is not None and comma[1] == k - 1:
            k -= 1  # ", dan"
        if not tokens.is_num(k - 1):
            return head
        head = k - 1
    return head


#: Marks glued before a number that make it part of a name or a rank: "2024/KPU/113", "the
#: #1 seller", "hashtag #212" (the number sign says "number so-and-so", never "so many").
_IDENTIFIER_MARKS = frozenset({"/", "#"})


def _unit_of_figure(tokens: Tokens, k: int, lx: FiguresLexicon) -> bool:
    """Whether the cue word at ``k`` is the unit of a number before it: "58 km (36 miles)"
    converts a figure, where "KM 57" names a place."""
    return tokens.is_num(k - 1) and lx.units_after.match(tokens.low, tokens.text, k) is not None


def _unit_in_name(tokens: Tokens, start: int, unit: str | None, lx: FiguresLexicon) -> bool:
    """Whether the unit word read from token ``start`` is part of a name: written with a
    capital inside a sentence and followed by another capitalised word ("12 Mile Road", "the 2
    Days Inn", "3 Ton Brewing's owner"). A unit is a common noun,
    written in lower case mid-sentence; the capital makes it a word of the name the number
    opens, and the name measures nothing. An abbreviation keeps its unit however written
    ("5 Kg", "10 KM": short or all capitals), and so does a headline in title case, where
    every longer word takes a capital ("Storm Dumps 12 Inches Of Snow")."""
    first = start + 1 if tokens.text[start : start + 1] == ["-"] else start
    found = lx.units_after.match(tokens.low, tokens.text, first)
    if unit is None or found is None or is_money(unit, lx):
        return False
    word, end = tokens.text[first], found[1]
    if len(word) < _UNIT_WORD or not word[0].isupper() or word.isupper():
        return False
    # A name's possessive stays on its word ("Brewing's"), so a capital after the unit says it.
    if not tokens.capitalised(end):
        return False
    name_end = end
    while tokens.capitalised(name_end):
        name_end += 1
    return not _title_case(tokens, range(first, name_end))


#: The shortest unit word that is no abbreviation ("Kg", "Km" are; "Ton", "Mile" are not).
_UNIT_WORD = 3
#: The length from which a headline in title case capitalises a word (AP style: four letters).
_TITLE_WORD = 4


def _title_case(tokens: Tokens, name: range) -> bool:
    """Whether the sentence is a headline in title case: every word of four letters or more
    outside ``name`` (and past the first) is capitalised."""
    return all(
        tokens.capitalised(m)
        for m in range(1, len(tokens))
        if m not in name and tokens.is_word(m) and len(tokens.text[m]) >= _TITLE_WORD
    )


def _named_number(tokens: Tokens, figure: Figure, lx: FiguresLexicon) -> bool:
    """A bare number that is part of a name or an ordinal: "PT Mobile 8 Telecom",
    "iPhone 6", "kamar C 5", "Presiden ke 45"; and one listed after such a number, its name
    written once before the first ("iPhone 6 dan 6 Plus", "Boeing 737 and 747")."""
    first, last = figure.first, figure.last
    if last - first != 1 or not tokens.is_num(first) or not tokens.text[first].isdigit():
        return False
    head = _list_head(tokens, first, lx)
    if head != first and tokens.text[head].isdigit():
        first, last = head, head + 1
    if lx.role("ordinal-prefix").match_before(tokens.low, tokens.text, first):
        return True
    before = tokens.text[first - 1] if tokens.is_word(first - 1) else ""
    named = any(c.isupper() for c in before[1:]) or (
        before[:1].isupper() and not _opens_sentence(tokens, first - 1)
    )
    return (named and len(tokens.text[first]) <= 3) or (
        tokens.capitalised(first - 1) and tokens.capitalised(last)
    )


#: Marks that end a sentence, and marks that may open one before its first word.
_SENTENCE_END = frozenset({".", "!", "?"})
_OPENING = frozenset({'"', "“", "'", "‘", "("})


def _opens_sentence(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` opens a sentence, its capital no sign of a name: first in the
    span, or after a sentence's end. A quotation is one sentence to the splitter, though it
    holds several ('"Rusuh tadi sore. Kabarnya 3 blok terbakar"'); a quote mark or a bracket
    may stand before the word."""
    while k > 0 and tokens.text[k - 1] in _OPENING:
        k -= 1
    return k == 0 or tokens.text[k - 1] in _SENTENCE_END


def _range(
    tokens: Tokens,
    i: int,
    k: int,
    first: Numeral,
    between: bool,
    blocked: Collection[int],
    lx: FiguresLexicon,
    money: str | None,
) -> Figure | None:
    """The second half of "8-10 persen", "antara 10 dan 12 ribu", "Rp 4 - Rp 6 ribu"."""
    if first.vague:
        return None
    joiner = lx.role("and" if between else "joiner").match(tokens.low, tokens.text, k)
    alternative = None if between else lx.role("joiner-or").match(tokens.low, tokens.text, k)
    joiner = joiner or alternative
    if joiner is None or (not between and _change_from(tokens, i, lx)):
        return None
    m = joiner[1]
    if tokens.text[k] == "-" and tokens.attached(k):
        # "24- to 30-foot": the first number's hyphen waits for the unit after the second.
        spelled_out = lx.role("joiner").match(tokens.low, tokens.text, m)
        m = spelled_out[1] if spelled_out is not None else m
    currency = lx.currencies_before.match(tokens.low, tokens.text, m)
    if currency is not None and money is not None and currency[0] != money:
        return None  # "USD 437000 atau Rp 6 miliar" gives the same sum twice
    m = currency[1] if currency else m
    if m in blocked:
        return None
    second = read_numeral(tokens, m, lx, money=bool(money) or currency is not None)
    if second is None or second.vague:
        return None
    low, high = first.value, second.value
    if second.scaled and not first.scaled and low * second.factor <= high:
        low *= second.factor  # "10-12 ribu": the thousand belongs to both
    if alternative is not None and high > 2 * low:
        return None  # "Rp 62 juta atau Rp 752 juta per tahun" restates, "dua atau tiga" ranges
    if low < high:
        return Figure(i, second.last, low, low, high, "range")
    if tokens.text[k] in "-–" and tokens.is_num(first.first) and tokens.is_num(second.first):
        return Figure(i, second.last, None)  # a score: "menang 2-1"
    return None


#: A margin's unit, and the unit it is where the sentence is about shares of a vote.
_POINT, _PERCENTAGE_POINT = "point", "pp"
#: A share's margin is at most the whole (100 points): "the Dow fell 400 points" is an index's.
_MOST_POINTS = 100


def points_of_shares(figure: Figure, tokens: Tokens, lx: FiguresLexicon) -> Figure:
    """``figure`` with its points read as percentage points where a word of polls, ballots
    or voters (the pack's ``share-point-cue`` words) stands in its own clause (no
    ``share-point-break`` between): "a seven-point lead in the polls" and "leading the polls
    by seven percentage points" are one margin, as reporters write it either way (PolNeAR
    train: every "N-point lead" and "won by N points" of 25 stories of the 2016 election).
    A point of a currency, an index or a game ("the rupiah weakened 45 points", "scored 30
    points" after "the poll closed early, and") stays a point, and so does any margin
    above a whole (``_MOST_POINTS``: "the Dow fell 400 points as voters ...")."""
    if figure.unit != _POINT or figure.value is None or figure.value > _MOST_POINTS:
        return figure
    low, text = tokens.low, tokens.text
    breaks, cues = lx.role("share-point-break"), lx.role("share-point-cue")
    start = figure.first
    while start > 0 and breaks.match_before(low, text, start) is None:
        start -= 1
    end = figure.last
    while end < len(tokens) and breaks.match(low, text, end) is None:
        end += 1
    if any(cues.match(low, text, k) is not None for k in range(start, end)):
        return replace(figure, unit=_PERCENTAGE_POINT)
    return figure


def _pair_second(tokens: Tokens, k: int, first: Numeral, lx: FiguresLexicon) -> Numeral | None:
    """The second number of a pair that is no range, after the ``first`` that ends at token
    ``k``: a result's two sides ("beat Cruz 35 to 12 percent", "212,205 to 210,424 votes")
    and a change's two ends ("fell from 35 to 12 percent", "rose from 12 to 35 percent"),
    whose unit or counted noun, written once after the second, is the first's too. Only a
    spelled joiner (the pack's ``joiner`` words: "to"; "hingga", "sampai", "s.d." in
    Indonesian): a dash between two numbers is a score. None where a multiplier ends either
    number ("from 3 to 5 million": whether the first is millions is not said)."""
    if not tokens.is_word(k) or first.vague or first.scaled:
        return None
    joiner = lx.role("joiner").match(tokens.low, tokens.text, k)
    if joiner is None:
        return None
    second = read_numeral(tokens, joiner[1], lx)
    if second is None or second.vague or second.scaled:
        return None
    return second


def _read_as_pair(
    tokens: Tokens, k: int, first: Numeral, lx: FiguresLexicon
) -> tuple[CountedThing | None, str | None]:
    """The counted noun or the unit written after the second number of a pair
    (``_pair_second``), for the first that ends at token ``k``: "212,205 to 210,424 votes",
    "35 to 12 percent". The counted thing's end stays the first's. A length of time that a
    word of sequence follows (``pair-span-then``: "passed 6 to 3 years after it was filed")
    is the second's alone: the pair is a vote, the length when it came."""
    second = _pair_second(tokens, k, first, lx)
    if second is None:
        return None, None
    end, unit = _unit(tokens, second.last, lx, None, second)
    if unit is not None:
        then = unit in TIME_UNITS and lx.role("pair-span-then").match(tokens.low, tokens.text, end)
        return None, None if then else unit
    counted = read_counted(tokens, second.last, lx, skip_words=False)
    if counted is None or _singular_after_count(tokens, counted, second, lx):
        return None, None
    return replace(counted, end=k), None


def _spelled_measure(
    tokens: Tokens, i: int, j: int, hedge: Hedge | None, lx: FiguresLexicon
) -> Figure | None:
    """ "a six-month trip", "a two-year term", "a quarter-century": a number word joined to
    its unit in one token, used as an adjective (it counts nothing). None for any other
    token."""
    if not tokens.is_word(j) or "-" not in tokens.text[j]:
        return None
    number, _, rest = tokens.low[j].partition("-")
    # A fraction word joins its unit as a number does: "a half-hour drive", "after a
    # quarter-century in power" (a quarter of one century).
    value = lx.number_words.get(number, lx.fractions.get(number))
    unit = _unit_heading_word(rest, tokens.text[j].partition("-")[2], lx) if value else None
    if value is None:
        return None
    plus = lx.hedges_after.match([rest], [rest], 0)
    if plus is not None and value >= 2 and plus[1] == 1:
        return _hedged_by_suffix(tokens, (i, j), value, hedge or plus[0], lx)
    qualifier, bounds = _hedged(value, "exact", (None, None), hedge)
    if unit is not None:
        return Figure(i, j + 1, value, bounds[0], bounds[1], qualifier, unit)
    # "a seven-yard touchdown", "a three-game streak": the noun half counts as after digits
    # (_compound_noun); "one-" compounds are mostly set phrases ("one-sided", "one-off").
    noun = _compound_part(tokens, j, rest, lx) if value >= 2 else None
    if noun is None:
        return None
    return Figure(i, j + 1, value, bounds[0], bounds[1], qualifier, None, *noun)


def _hedged_by_suffix(
    tokens: Tokens, span: tuple[int, int], value: float, hedge: Hedge, lx: FiguresLexicon
) -> Figure | None:
    """ "three-plus seasons": a number word whose hyphened half is a hedge written after a
    number ("plus": more than three), so the unit or the counted noun follows the word, not
    inside it ("plus" is no thing counted). None when neither follows."""
    i, j = span
    qualifier, bounds = _hedged(value, "exact", (None, None), hedge)
    unit = lx.units_after.match(tokens.low, tokens.text, j + 1)
    if unit is not None:
        return Figure(i, unit[1], value, bounds[0], bounds[1], qualifier, unit[0])
    counted = read_counted(tokens, j + 1, lx)
    if counted is None:
        return None
    return Figure(
        i, counted.end, value, bounds[0], bounds[1], qualifier, None, counted.lemma, counted.cls
    )


def _one_and_a_fraction(
    tokens: Tokens, i: int, j: int, hedge: Hedge | None, lx: FiguresLexicon
) -> Figure | None:
    """ "a mile and a half", "an hour and a half": the article stands for one of the unit
    after it, and the fraction joined after the unit adds to that one (1.5 miles). So it
    does after a hedge or a bound ("less than a month", "about a mile": a measure of about
    one, which the hedge makes a figure). An article before a unit with neither ("a mile
    away", "a year ago") stays no figure."""
    if not tokens.is_word(j) or tokens.low[j] not in lx.articles:
        return None
    unit = lx.units_after.match(tokens.low, tokens.text, j + 1)
    if unit is None:
        return None
    fraction = and_a_fraction(tokens, unit[1], lx)
    if fraction is None and hedge is None:
        return None
    # "more than a week ago": a time counted back from the writing is a date only, as
    # "three weeks ago" is (quantities._lengths_ago); "a week earlier" (an event's) stays.
    low, text = tokens.low, tokens.text
    if lx.role("ago").match(low, text, unit[1]) and not lx.role("ago-event").match(
        low, text, unit[1]
    ):
        return None
    value, end = (1.0 + fraction[0], fraction[1]) if fraction is not None else (1.0, unit[1])
    qualifier, bounds = _hedged(value, "exact", (None, None), hedge)
    return Figure(i, end, value, bounds[0], bounds[1], qualifier, unit[0])


#: The unit code of a share (figures_units.tsv), and the pack roles of the words that are a
#: share by themselves ("share-word:50": "half"); numbers.SHARE_PART names the parts of a
#: whole ("share-part:4": "quarters").
_SHARE = "%"
_SHARE_WORD = "share-word"


def read_share(
    tokens: Tokens, i: int, blocked: Collection[int], lx: FiguresLexicon
) -> Figure | None:
    """A share of a whole written as a fraction from token ``i`` (a hedge may open it):
    "nearly three-quarters of the market", "two thirds of voters", "tiga perempat dari": a
    number word and a word for the parts (the pack's ``share-part:<n>`` roles), then the word
    that names the whole (``share-whole``), read as the percentage it is (75%), so that it
    compares with "75 percent" of another report. The fraction's number alone is no count
    of "quarters". None elsewhere."""
    low, text = tokens.low, tokens.text
    found_hedge = lx.hedges_before.match(low, text, i)
    hedge, j = found_hedge if found_hedge is not None else (None, i)
    if j in blocked:
        return None
    if (every := _in_every(tokens, j, blocked, lx)) is not None:
        qualifier, bounds = _hedged(every[0], "exact", (None, None), hedge)
        return Figure(i, every[1], every[0], bounds[0], bounds[1], qualifier, _SHARE)
    if not tokens.is_word(j):
        return None
    # "nearly a quarter of the voters": the article stands for one share, and the hedge
    # before it bounds the share.
    if low[j] in lx.articles and _share_word(tokens, j + 1, lx) is not None:
        j += 1
    alone = _share_word(tokens, j, lx)
    if alone is not None:
        qualifier, bounds = _hedged(alone[0], "exact", (None, None), hedge)
        return Figure(i, alone[1], alone[0], bounds[0], bounds[1], qualifier, _SHARE)
    head, _, rest = low[j].partition("-")
    # "a third of the voters", "a quarter of the market": the article stands for one part,
    # as it stands for one in "a million".
    numerator = 1.0 if head in lx.articles else lx.number_words.get(head)
    if numerator is None:
        return None
    words, texts, at = ([rest], [text[j].partition("-")[2]], 0) if rest else (low, text, j + 1)
    for parts, phrases in lx.roles_of(SHARE_PART):
        part = phrases.match(words, texts, at)
        if part is None:
            continue
        end = j + 1 if rest else part[1]
        whole = lx.role("share-whole").match(low, text, end)
        if whole is None:
            return None
        # "less than one-half of 1 percent": a part of a share is a share (under 0.5%).
        if (percent := _percent_at(tokens, whole[1], lx)) is not None:
            value = percent[0] * numerator / float(parts)
            qualifier, bounds = _hedged(value, "exact", (None, None), hedge)
            return Figure(i, percent[1], value, bounds[0], bounds[1], qualifier, _SHARE)
        if _of_a_measure(tokens, whole[1], lx):
            return None
        # "three quarters of a million": a number (numbers.read_numeral), as "a quarter of
        # a million" is (_share_word).
        if not rest and _multiplier_after(tokens, whole[1], lx):
            return None
        value = 100 * numerator / float(parts)
        if not 0 < value < 100:
            return None
        qualifier, bounds = _hedged(value, "exact", (None, None), hedge)
        return Figure(i, end, value, bounds[0], bounds[1], qualifier, _SHARE)
    return None


def _percent_at(tokens: Tokens, m: int, lx: FiguresLexicon) -> tuple[float, int] | None:
    """A plain percentage from token ``m`` ("1 percent", "2%"): its value and the index after
    it; None for anything else."""
    number = read_numeral(tokens, m, lx)
    if number is None or number.vague or number.scaled:
        return None
    unit = lx.units_after.match(tokens.low, tokens.text, number.last)
    return (number.value, unit[1]) if unit is not None and unit[0] == _SHARE else None


def _in_every(
    tokens: Tokens, j: int, blocked: Collection[int], lx: FiguresLexicon
) -> tuple[float, int] | None:
    """A share written as so many in every so many from token ``j`` ("four in 10 Iowa
    Republicans", "more than 6 in 10", "one in five voters": the pack's ``share-in``
    words between two plain numbers), as its percentage (40%) and the index after it: polls
    give shares so as readily as "40 percent", and the numbers alone are no counts of
    anything. No share where a unit or a multiplier follows ("2 in 10 minutes", "one in 10
    million"), a hyphen joins the second number to a word ("3 in 10-year bonds"), the whole
    is of occasions (``share-in-occasion``: "scored 2 in 10 games" counts goals) or the
    first is not the smaller."""
    first = read_numeral(tokens, j, lx)
    if first is None or first.vague or first.scaled or first.denial:
        return None
    joiner = lx.role("share-in").match(tokens.low, tokens.text, first.last)
    if joiner is None:
        return None
    whole = read_numeral(tokens, joiner[1], lx)
    if whole is None or whole.vague or whole.scaled or whole.decimals or first.decimals:
        return None
    end = whole.last
    if any(k in blocked for k in range(j, end)) or not 0 < first.value < whole.value:
        return None
    if end < len(tokens) and (
        (tokens.text[end] == "-" and tokens.attached(end))
        or lx.units_after.match(tokens.low, tokens.text, end) is not None
        or lx.multipliers.match(tokens.low, tokens.text, end) is not None
        or lx.role("share-in-occasion").match(tokens.low, tokens.text, end) is not None
    ):
        return None
    return 100 * first.value / whole.value, end


def _share_word(tokens: Tokens, j: int, lx: FiguresLexicon) -> tuple[float, int] | None:
    """A word that is a share by itself at token ``j`` (the pack's ``share-word:<percent>``:
    "half", "separuh") taken of a whole, as its percentage and the index after it: the word
    that names the whole follows ("half of the tenants", "setengah dari warga"), or a
    definite determiner does, which English lets stand for "of the" after "half" ("half the
    deck", "about half its usual speed", ``share-word-determiner``). The whole is no span of
    time or measure ("half of the hour", "half an hour": a length of time) and no multiplier
    ("half a million": a number). None elsewhere."""
    low, text = tokens.low, tokens.text
    # "in the second half the Lakers pulled away", "the first half of the game": a half that
    # a determiner and an ordinal name is one of two parts taken in turn (a game's period),
    # not a share ("babak kedua, setengah dari pemain": no determiner opens an id ordinal).
    ordinal = lx.ordinals.match_before(low, text, j)
    determiner = lx.role("share-word-determiner")
    if ordinal is not None and determiner.match_before(low, text, ordinal[1]) is not None:
        return None
    for percent, phrases in lx.roles_of(_SHARE_WORD):
        word = phrases.match(low, text, j)
        if word is None:
            continue
        end = word[1]
        whole = lx.role("share-whole").match(low, text, end) or determiner.match(low, text, end)
        if whole is None or whole[1] >= len(tokens) or _of_a_measure(tokens, whole[1], lx):
            return None
        # "half a million", "a quarter of a million": a number (numbers.read_numeral).
        if _multiplier_after(tokens, whole[1], lx):
            return None
        return float(percent), end
    return None


def _multiplier_after(tokens: Tokens, k: int, lx: FiguresLexicon) -> bool:
    """Whether a multiplier stands at token ``k``, an article aside ("of a million")."""
    after = k + (k < len(tokens) and tokens.low[k] in lx.articles)
    return lx.multipliers.match(tokens.low, tokens.text, after) is not None


def _of_a_measure(tokens: Tokens, k: int, lx: FiguresLexicon) -> bool:
    """Whether the whole a fraction is taken of, from token ``k``, is a span of time, a year
    or another unit's measure ("three quarters of an hour", "the first three quarters of
    2012", "two-thirds of a mile"): a fraction of a span or a measure is a length or a period,
    no share of anything counted."""
    determiner = lx.role("share-whole-determiner").match(tokens.low, tokens.text, k)
    k = determiner[1] if determiner is not None else k
    if k >= len(tokens):
        return False
    # A year is a span ("of 2012"); another number is a count of the whole ("of the 2,000
    # workers"); a unit is a measure's whole, of time or not ("of a mile"): no share of a
    # class either.
    return (
        year_at(tokens, k, lx) is not None
        or lx.units_after.match(tokens.low, tokens.text, k) is not None
    )


def _range_over_unit(
    tokens: Tokens,
    i: int,
    k: int,
    first: Numeral,
    unit: str,
    blocked: Collection[int],
    lx: FiguresLexicon,
) -> Figure | None:
    """A range whose unit is written after both numbers, from token ``k`` after the first
    number's unit: "40 percent to 70 percent", "10 km hingga 12 km" (ECB+ dev topic 20)."""
    joiner = lx.role("joiner").match(tokens.low, tokens.text, k)
    if first.vague or first.scaled or joiner is None or _change_from(tokens, i, lx):
        return None
    if joiner[1] in blocked:
        return None
    second = read_numeral(tokens, joiner[1], lx)
    if second is None or second.vague or second.scaled or second.value <= first.value:
        return None
    end, second_unit = _unit(tokens, second.last, lx, None)
    if second_unit != unit or any(m in blocked for m in range(joiner[1], end)):
        return None
    return Figure(i, end, first.value, first.value, second.value, "range")


def _change_from(tokens: Tokens, i: int, lx: FiguresLexicon) -> bool:
    """Whether "from" before token ``i`` opens a change ("rose from 5 to 7"), not a range
    ("ranging from 3.6 to 4.3")."""
    low, text = tokens.low, tokens.text
    return (
        lx.role("from").match_before(low, text, i) is not None
        and lx.role("range-from").match_before(low, text, i) is None
    )


def _unit_heading_word(low: str, text: str, lx: FiguresLexicon) -> str | None:
    """The unit a (hyphenated) word opens with: "metre" of "metre-long", "month" of "month"."""
    head_low, head = low.split("-", maxsplit=1)[0], text.split("-", maxsplit=1)[0]
    found = lx.units_after.match([head_low], [head], 0)
    return found[0] if found is not None else None


def _unit_heading(tokens: Tokens, k: int, lx: FiguresLexicon) -> tuple[str, int] | None:
    """A unit that opens a hyphenated word after a figure: "10-metre-long", "18-year-old"
    (the word's first part is the unit; the word is the token)."""
    if not tokens.is_word(k) or "-" not in tokens.text[k]:
        return None
    unit = _unit_heading_word(tokens.low[k], tokens.text[k], lx)
    return (unit, k + 1) if unit is not None else None


def _unit(
    tokens: Tokens, k: int, lx: FiguresLexicon, unit: str | None, numeral: Numeral | None = None
) -> tuple[int, str | None]:
    """The unit after a ``numeral`` ("persen", "km", "rupiah", "12-km"; after a vague one
    also past "of": "millions of dollars"; a currency the unit word names too on a scaled
    one, ``_scaled_currency``) and its rate ("Rp 6.500/kg", "US$ 75 per barel", "Rp 553
    juta sebulan"), see silang.extract.figures_rates."""
    low, text = tokens.low, tokens.text
    if unit is None:
        k_number = k
        start = k + 1 if k < len(tokens) and text[k] == "-" and tokens.attached(k) else k
        of = (
            lx.role("of").match(low, text, start) if numeral is not None and numeral.vague else None
        )
        start = of[1] if of else start
        found = (
            lx.currencies_after.match(low, text, start)
            or lx.units_after.match(low, text, start)
            or _unit_heading(tokens, start, lx)
        )
        if found is not None:
            unit, k = found
            # A unit joined to its number by a hyphen is a measure ("a 12,000-pound truck").
            if numeral is not None and start == k_number:
                unit = _scaled_currency(tokens, start, k, numeral, unit, lx)
    if unit is None:
        return k, None
    rate = read_rate(tokens, k, lx)
    return (rate.end, f"{unit}/{rate.per}") if rate else (k, unit)


#: The scale from which a unit word that also names a currency reads as the currency with no
#: word of a sum before it (``_scaled_currency``): a million.
_CURRENCY_SCALE = 1_000_000.0
#: How many words before a number a word of a sum may stand ("was fined 500 pounds", "paid
#: the club 40.000 pound").
_SUM_CUE_REACH = 4
_SCALED_CURRENCY = "scaled-currency"


def _scaled_currency(
    tokens: Tokens, start: int, end: int, numeral: Numeral, unit: str, lx: FiguresLexicon
) -> str:
    """The currency a unit word over tokens ``start`` … ``end - 1`` names instead, where a
    pack's ``scaled-currency:<code>`` role lists it and the amount is a sum: a word of a sum
    stands a few words before the number ("fined him 500 pounds", "earns 250 pounds a
    week", "didenda 40.000 pound"; the pack's ``sum-cue`` role), or a multiplier of a
    million or more scales it ("74 million pounds", "50 juta pound"), as sums run to
    millions where "220 pounds", "a 12,000-pound truck", "gained 10 pounds a month" are
    weights. A weight so large says of what ("2 million pounds of beef"), and stays one.
    ``unit`` as it is otherwise."""
    low, text = tokens.low, tokens.text
    cued = _sum_cued(tokens, numeral.first, lx)
    scaled = numeral.scaled and numeral.factor >= _CURRENCY_SCALE
    if not (cued or scaled) or lx.role("of").match(low, text, end) is not None:
        return unit
    for currency, phrases in lx.roles_of(_SCALED_CURRENCY):
        found = phrases.match(low, text, start)
        if found is not None and found[1] == end:
            return currency
    return unit


def _sum_cued(tokens: Tokens, first: int, lx: FiguresLexicon) -> bool:
    """Whether a word of a sum stands within _SUM_CUE_REACH words before token ``first``, no
    other number or clause mark between ("was fined 500 pounds"; not "spent 3 weeks losing
    30 pounds", where the sum word goes with the weeks)."""
    for j in range(first - 1, max(-1, first - 1 - _SUM_CUE_REACH), -1):
        if tokens.is_num(j) or tokens.text[j] in _CLAUSE_MARKS:
            return False
        if lx.role("sum-cue").match(tokens.low, tokens.text, j) is not None:
            return True
    return False


_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "(", ")"})


#: A side of a score or a record: a small whole number (no separator, no leading zero).
_SIDE = re.compile(r"(?:0|[1-9]\d{0,2})")
#: Signs that may touch the second side of a score: "the Chiefs (2-13)", "won 20-13."
_AFTER_SCORE = frozenset({")", ",", ".", ";", ":"})
#: How many words before a score a word that says what it is may stand ("tie the game 13-13",
#: "beat visiting Evansville, 91-73"; "won the turnover battle 3-0" counts no points).
_SCORE_CUE_REACH = 3
#: How many describing words may stand between a score and the word of the game after it
#: ("an 88-72 road loss", "a 91-73 basketball victory").
_SCORE_WORDS_BETWEEN = 2


def read_score(
    tokens: Tokens, i: int, blocked: Collection[int], lx: FiguresLexicon
) -> tuple[Figure, Figure] | None:
    """The two sides of a score or a win-loss record starting at token ``i``: "won 20-13", "an
    88-72 loss" are each side's points, "a 9-14 record", "the Chiefs (2-13)" its wins and its
    losses. Two whole numbers joined by a dash are a range ("20-30 orang", "$5-6 million"), a
    date ("13-14 Maret", read before) or a score: only a word of the game or of a record
    beside them, or a team's name with the pair in brackets after it, says which; without one
    the pair is left to the range reading."""
    m = i + 2
    if not (
        tokens.is_num(i)
        and tokens.is_num(m)
        and tokens.text[i + 1] in ("-", "–")
        and tokens.attached(i + 1)
        and tokens.attached(m)
        and (not tokens.attached(i) or tokens.text[i - 1] == "(")
        and _SIDE.fullmatch(tokens.text[i])
        and _SIDE.fullmatch(tokens.text[m])
        and not any(k in blocked for k in range(i, m + 1))
    ):
        return None
    after = m + 1
    if tokens.attached(after) and tokens.text[after] not in _AFTER_SCORE:
        return None  # "5-6%", "9-11-2001"
    kind = _score_kind(tokens, i, after, lx)
    if kind is None:
        return None
    first, second = float(tokens.text[i]), float(tokens.text[m])
    if kind == "record":
        return (
            Figure(i, i + 1, first, unit=None, counted="win", counted_class="win"),
            Figure(m, m + 1, second, unit=None, counted="loss", counted_class="defeat"),
        )
    return Figure(i, i + 1, first, unit="point"), Figure(m, m + 1, second, unit="point")


def _score_kind(tokens: Tokens, i: int, after: int, lx: FiguresLexicon) -> str | None:
    """ "record" or "score" for the dash pair over tokens ``i`` … ``after - 1``: a word of the
    pack's ``score-record`` or ``score-game`` role right after it ("a 9-14 record", "an 88-72
    loss", "a 13-3 halftime lead": a phrase of the role) or a few words before it in its
    clause ("a record of 122-147", "Indy led 13-3"), or a name before it whose bracket the
    pair fills ("the Chiefs (2-13)": a team's record), or, failing those, a word of standing
    right before it ("at 9-14"). A unit or a counted noun right after
    it is what the pair counts ("20-30 people", "5-6 million"): a range. So is an unlisted
    word after a rising pair ("won 3-5 seats"); a pair that falls or ties ("led 13-3 late")
    is no range, and its cue before it suffices."""
    low, text = tokens.low, tokens.text
    kinds = (("score-record", "record"), ("score-game", "score"))
    if float(text[after - 1]) == float(text[i]) + 1 and lx.role("score-season").match(
        low, text, after
    ):
        return None  # "the 13-14 season": two years running, written short, name a season
    for role, kind in kinds:
        if lx.role(role).match(low, text, after) is not None:
            return kind
    # "a 19-4 run": the noun right after the pair only; the verb is too common a cue
    # ("has run a 24-7 service", "the 5-4 decision run counter to").
    if lx.role("score-stretch").match(low, text, after) is not None:
        return "score"
    described = _described_game_word(tokens, i, after, lx)
    if described is not None:
        return described
    if (
        lx.units_after.match(low, text, after) is not None
        or lx.multipliers.match(low, text, after) is not None
        or read_counted(tokens, after, lx, skip_words=False) is not None
    ):
        return None
    rising = float(text[i]) < float(text[after - 1])
    if rising and tokens.is_word(after) and not _clause_word(tokens, after, lx):
        return None
    # A name, not the sentence's first word ("Ages (20-30)"), then the pair in brackets,
    # alone or first of the record's details ("Klitschko (58-3, 51 KO)", "the Colts (10-5,
    # 4-4 away)"): a team's or a fighter's record. A bracket that goes on with more details
    # is a record even after the sentence's first word ("Thompson (36-3, 24 KO) lost").
    named = i > 2 and tokens.capitalised(i - 2)
    detailed = i == 2 and tokens.capitalised(0) and text[after : after + 1] == [","]
    if (named or detailed) and text[i - 1] == "(" and _bracket_closes(tokens, after, lx):
        return "record"
    words = 0
    for k in range(i - 1, -1, -1):
        if text[k] == ",":
            continue  # "beat visiting Evansville, 91-73": the comma sets the score after
        if not tokens.is_word(k) or words == _SCORE_CUE_REACH:
            break
        words += 1
        for role, kind in kinds:
            if lx.role(role).match(low, text, k) is not None:
                return kind
    # A pair set off by a comma after a name the way an age is ("Klitschko, 58-3 with 51
    # knockouts, floored him") with no word of the game nearer ("beat Evansville, 91-73,
    # at home" is a score): an appositive pair of small numbers is its holder's record.
    if named and text[i - 1] == "," and text[after : after + 1] in (["with"], ["("]):
        return "record"
    # A standing: "slumping at 9-14". A range after "at" carries its unit ("at 5-6
    # percent"), which was refused above; a word of the game earlier in the clause makes it
    # a score ("tied the game at 13-13").
    if lx.role("score-standing").match_before(low, text, i) is None:
        copula = lx.role("score-copula").match_before(low, text, i)
        # A copula makes a standing only of a team or a person ("Ramos is 131-150", "he was
        # 170-145"); "the vote was 5-4", "the odds are 3-1" are no win-loss records.
        if copula is None or copula[1] < 1:
            return None
        s = copula[1] - 1
        if not (tokens.capitalised(s) or lx.role("score-holder-pronoun").match(low, text, s)):
            return None
        # The name must be the copula's subject, not the end of a phrase that qualifies it
        # ("the count in the Senate was 52-48", "the ruling by the Supreme Court was 5-4").
        while s > 0 and tokens.capitalised(s - 1):
            s -= 1
        if s > 0 and low[s - 1] == "the":
            s -= 1
        if s > 0 and lx.role("score-holder-not-after").match(low, text, s - 1) is not None:
            return None
    k = i - 2
    while k >= 0 and tokens.is_word(k):
        if lx.role("score-game").match(low, text, k) is not None:
            return "score"
        k -= 1
    return "record"


def _described_game_word(tokens: Tokens, i: int, after: int, lx: FiguresLexicon) -> str | None:
    """The kind a word of the game or of a record gives a pair that does not rise, with up to
    ``_SCORE_WORDS_BETWEEN`` lower-case words describing it between ("an 88-72 road loss",
    "a 91-73 basketball victory"): a falling or tied pair is no range ("20-30 people"), so
    the noun it qualifies, further on in its phrase, says what it scores. A stop word or a
    name ends the phrase."""
    low, text = tokens.low, tokens.text
    if float(text[i]) < float(text[after - 1]):
        return None
    for k in range(after, after + _SCORE_WORDS_BETWEEN):
        if not tokens.is_word(k) or tokens.capitalised(k):
            return None
        if lx.role("stop").match(low, text, k) is not None:
            return None
        for role, kind in (("score-record", "record"), ("score-game", "score")):
            if lx.role(role).match(low, text, k + 1) is not None:
                return kind
    return None


def read_ordinal_count(
    tokens: Tokens, i: int, blocked: Collection[int], lx: FiguresLexicon
) -> Figure | None:
    """An ordinal that counts, at token ``i``: "in the sixth round", "the 11th round" (the
    round a bout was stopped in: the pack's ``ordinal-round`` role, a count of rounds fought),
    "his 16th straight fight", "a third consecutive win", "the second such arrest" (a run so
    far: ``ordinal-run`` then the noun it counts), "the fifth coach fired this season" (those
    an event has befallen so far: a counted noun, then a word of ``ordinal-event``). Any
    other ordinal ranks rather than counts ("the 15th century",
    "his second wife", "28th in the league") and is left alone."""
    found = _ordinal_at(tokens, i, lx)
    if found is None or any(k in blocked for k in range(i, found[1])):
        return None
    value, after = found
    low, text = tokens.low, tokens.text
    bout = lx.role("ordinal-round").match(low, text, after)
    # "the second round of talks" is a stage of a process, not rounds of a bout fought.
    if bout is not None and lx.role("ordinal-round-not").match(low, text, bout[1]) is None:
        return Figure(i, bout[1], value, counted="round", counted_class="round")
    tally = _tally_at(tokens, after, lx)
    if tally is not None and value >= 2:
        return replace(tally, first=i, value=value)
    run = lx.role("ordinal-run").match(low, text, after)
    if run is not None:
        counted = read_counted(tokens, run[1], lx, skip_words=False)
    else:
        # "the fifth NBA head coach fired this season", "the second player to be arrested":
        # the ordinal counts those the event has befallen so far (``ordinal-event``).
        counted = read_counted(tokens, after, lx)
        if counted is None or lx.role("ordinal-event").match(low, text, counted.end) is None:
            return None
    # A first of a run or of those an event befell is no count to compare ("the first man
    # arrested" names who, not how many).
    if counted is None or value < 2:
        return None
    return Figure(i, counted.end, value, counted=counted.lemma, counted_class=counted.cls)


def _tally_at(tokens: Tokens, k: int, lx: FiguresLexicon) -> Figure | None:
    """The running tally an ordinal before token ``k`` reaches, as a figure with no value
    yet: "his 1,000th career point", "the 2,292nd point of his career", "his 10th point of
    the game" count the points scored so far (a milestone), not a rank. The tally's noun or
    unit follows a word of ``ordinal-tally-before`` ("career") or comes before a phrase of
    ``ordinal-tally`` ("of his career", "of the game"); elsewhere ("his second wife", "the
    10th point guard") the ordinal ranks."""
    low, text = tokens.low, tokens.text
    before = lx.role("ordinal-tally-before").match(low, text, k)
    start = before[1] if before is not None else k
    unit = lx.units_after.match(low, text, start)
    counted = None if unit is not None else read_counted(tokens, start, lx, skip_words=False)
    end = unit[1] if unit is not None else counted.end if counted is not None else None
    if end is None:
        return None
    if before is None and lx.role("ordinal-tally").match(low, text, end) is None:
        return None
    return Figure(
        k,
        end,
        0.0,
        unit=unit[0] if unit is not None else None,
        counted=counted.lemma if counted is not None else None,
        counted_class=counted.cls if counted is not None else None,
    )


#: A whole number whose thousands are grouped, before an ordinal suffix ("2,292nd").
_GROUPED_ORDINAL = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


def _ordinal_at(tokens: Tokens, i: int, lx: FiguresLexicon) -> tuple[float, int] | None:
    """The value of an ordinal at token ``i`` and the index after it: a word of the pack's
    ordinals ("sixth") or a whole number with an ordinal suffix glued to it ("11th")."""
    low, text = tokens.low, tokens.text
    word = lx.ordinals.match(low, text, i)
    if word is not None:
        return float(word[0]), word[1]
    if not (tokens.is_num(i) and tokens.attached(i + 1)):
        return None
    # A milestone may run into the thousands ("his 1,000th career point"), grouped by the
    # comma of a pack that writes its ordinals with a suffix.
    if not (_SIDE.fullmatch(text[i]) or _GROUPED_ORDINAL.fullmatch(text[i])):
        return None
    if lx.role("ordinal-suffix").match(low, text, i + 1) is None:
        return None
    return float(text[i].replace(",", "")), i + 2


#: How many tokens a bracket that opens with a record may hold after it ("(58-3, 51 KO)").
_RECORD_BRACKET = 5


def _bracket_closes(tokens: Tokens, after: int, lx: FiguresLexicon) -> bool:
    """Whether the bracket a pair opens closes right after it, or after a comma and a few
    more details of the same record ("(10-5, 4-4 away)")."""
    text = tokens.text
    if text[after : after + 1] == [")"]:
        return True
    if text[after : after + 1] != [","]:
        return False
    # The detail after the comma is a second pair or a tally of the same record ("4-4 away",
    # "51 KO": the pack's ``record-tally`` words), not any number ("(737-800, 12 years old)").
    detail = after + 1
    return (
        ")" in text[detail : detail + _RECORD_BRACKET]
        and detail + 1 < len(text)
        and text[detail].isdigit()
        and (
            text[detail + 1] == "-"
            or lx.role("record-tally").match(tokens.low, text, detail + 1) is not None
        )
    )


def _clause_word(tokens: Tokens, k: int, lx: FiguresLexicon) -> bool:
    """Whether token ``k`` goes on with the clause (a function word, "after", "this") rather
    than naming what a figure before it counts."""
    low, text = tokens.low, tokens.text
    return (
        lx.role("stop").match(low, text, k) is not None
        or lx.role("score-then").match(low, text, k) is not None
    )


def _hyphened_hedge(
    tokens: Tokens, k: int, hedge: Hedge | None, lx: FiguresLexicon
) -> tuple[Hedge | None, int]:
    """The hedge of a figure whose number ends before token ``k``, and the index its unit or
    counted noun starts at: a hedge written after a number and joined to it by a hyphen
    ("30-plus hours") is the figure's (a hedge before the number wins) and the unit follows
    it; else ``hedge`` and ``k``."""
    if tokens.text[k : k + 1] != ["-"] or not (tokens.attached(k) and tokens.attached(k + 1)):
        return hedge, k
    plus = lx.hedges_after.match(tokens.low, tokens.text, k + 1)
    if plus is None or plus[1] != k + 2:
        return hedge, k
    return hedge or plus[0], plus[1]


def _compound_noun(tokens: Tokens, k: int, lx: FiguresLexicon) -> CountedThing | None:
    """The noun a figure is joined to by a hyphen in a pack that builds such compounds ("an
    86-yard run", "a 13-play drive", "a 15-round fight"): the compound is a modifier whose
    number counts that noun, listed or not, in its singular as written. Not a name ("a
    7-Eleven"), a function word ("a 2-for-1 deal"), nor a longer chain ("a 1-on-1 talk",
    "a 6-foot-8 centre"), nor a marking of a field or court that the compound names, a
    place rather than a length ("from the 27-yard line"), nor a kind that the number names
    rather than counts ("a two-time champion", "a two-party system": the ``compound-kind``
    role)."""
    low, text = tokens.low, tokens.text
    if lx.role("compound-hyphen").match(low, text, k) is None:
        return None
    n = k + 1
    if not (tokens.attached(k) and tokens.attached(n) and tokens.is_word(n)):
        return None
    if not (low[n].isalpha() and low[n] == text[n] and len(low[n]) > 1):
        return None
    chained = tokens.attached(n + 1) and text[n + 1] in ("-", "/")
    if chained or lx.role("stop").match(low, text, n) is not None:
        return None
    if lx.role("compound-kind").match(low, text, n) is not None:
        return None  # a kind, not a count: "a two-time champion", "a three-way tie"
    if lx.role("compound-mark").match(low, text, n + 1) is not None:
        return None  # a marking named by its distance: "the 27-yard line", "the 3-point line"
    listed = read_counted(tokens, n, lx, skip_words=False)
    if listed is None and _one_thing(low[n], lx):
        return None
    # An abbreviated noun half counts its word: "an 86-yd run" is the 86-yard run.
    noun = lx.abbreviations.get(low[n], low[n])
    return listed or CountedThing(noun, noun, n + 1, noun)


def _one_thing(word: str, lx: FiguresLexicon) -> bool:
    """Whether the noun half of a compound names one thing the number measures, by an ending
    of the pack's ``compound-one-thing`` role: "a 43-yarder" is one kick of 43 yards, "a
    three-pointer" one shot, not three pointers."""
    endings = lx.role("compound-one-thing").entries
    return any(word.endswith(ending) and len(word) > len(ending) for (ending,) in endings)


def _compound_part(tokens: Tokens, j: int, rest: str, lx: FiguresLexicon) -> tuple[str, str] | None:
    """The lemma and class of the noun half ``rest`` of a spelled compound at token ``j``
    ("seven-yard"), held to the tests of _compound_noun: a pack that builds such compounds,
    one plain word, no function word, no kind ("two-time"), no number or ordinal, no marking
    of a field after it, no noun of one thing ("three-pointer")."""
    low, text = tokens.low, tokens.text
    if lx.role("compound-hyphen").match(["-"], ["-"], 0) is None:
        return None
    if not (rest.isalpha() and len(rest) > 1 and text[j].partition("-")[2] == rest):
        return None
    if lx.role("stop").match([rest], [rest], 0) is not None:
        return None
    if lx.role("compound-kind").match([rest], [rest], 0) is not None:
        return None  # a kind, not a count: "two-time", "three-way"
    forms = [rest, *(rest[: -len(end)] + by for end, by in lx.inflections if rest.endswith(end))]
    if any(f in lx.number_words or lx.ordinals.match([f], [f], 0) for f in forms):
        return None  # a fraction ("two-thirds"), not a count of thirds
    if lx.role("compound-mark").match(low, text, j + 1) is not None:
        return None
    listed = lx.counted.entries.get((rest,))
    if listed is not None:
        return listed.lemma, listed.cls
    if _one_thing(rest, lx):
        return None
    noun = lx.abbreviations.get(rest, rest)  # "a seven-yd run", as "86-yd"
    return noun, noun


#: How many words after a denial's number may hold a word that makes it no count of none.
_DENIAL_REACH = 4


def _denies(tokens: Tokens, i: int, k: int, lx: FiguresLexicon) -> bool:
    """Whether a denial at token ``i`` (its count ending at ``k``) says the count is none:
    not where a word of the pack's ``none-increment`` role follows within its clause
    ("tidak ada korban jiwa baru": no more dead than told), nor where one of ``none-doubt``
    comes before it in its clause ("apakah tidak ada korban jiwa")."""
    after = range(k, min(k + _DENIAL_REACH, len(tokens.text)))
    for n in after:
        if tokens.text[n] in _DENIAL_STOPS:
            break
        if lx.role("none-increment").match(tokens.low, tokens.text, n) is not None:
            return False
    n = i - 1
    while n >= 0 and tokens.text[n] not in _DENIAL_STOPS:
        if lx.role("none-doubt").match(tokens.low, tokens.text, n) is not None:
            return False
        n -= 1
    return True


#: Marks that end a denial's clause.
_DENIAL_STOPS = frozenset({",", ".", ";", ":", "?", "!"})
