"""Numerals: digits written the language's way, multipliers, spelled and vague numbers.

"1.500" is 1500 in Indonesian and 1.5 in English; the lexicon says which mark groups
thousands and which starts decimals. "dua ribu tiga ratus" is read with a small
accumulator: a digit word waits, "puluh"/"ratus" multiply it, "belas" adds ten to it, and a
multiplier ("ribu", "juta", "thousand") closes the group below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from silang.extract.figures_tokens import Tokens
from silang.lang.figures import FiguresLexicon

#: The most tokens one spelled number may take ("seratus dua puluh lima ribu tiga ratus").
_SPELLED_MAX = 16
#: The pack roles that name the parts of a whole ("share-part:4": "quarters").
SHARE_PART = "share-part"
#: A number of at least this many digits written with no mark ("USD 1713309", "50000 orang")
#: says its writer does not group thousands. Four digits say nothing: writers who group
#: larger numbers often leave them bare ("3000 sel"), and years have four.
_BARE_DIGITS = 5
#: Digits with the marks inside them, not part of a word, a path or a code ("/2017/10").
_NUMBER = re.compile(r"(?<![\w.,/-])\d+(?:[.,]\d+)*(?![\w/]|[.,]\d)")


@dataclass(frozen=True)
class Numeral:
    """A number read from tokens ``first`` up to ``last`` (exclusive)."""

    first: int
    last: int
    value: float
    low: float | None = None
    high: float | None = None
    vague: bool = False
    spelled: bool = False
    #: A multiplier was applied ("46 ribu", "1.5 million").
    scaled: bool = False
    #: Written with decimals ("2,5"), which lets "9.8m" read as millions.
    decimals: bool = False
    #: The multiplier applied (1 when none): "10-12 ribu" lends it to the "10".
    factor: float = 1.0
    #: The scale of the multiplying word a spelled number ends in ("two dozen": 12, "three
    #: hundred": 100); None when it ends in a plain number word ("twenty-five").
    step: float | None = None
    #: The value if the decimal mark groups thousands the other language's way ("543,461"
    #: in an Indonesian text is 543461 when its unit cannot take three decimals).
    grouped: float | None = None
    #: The three digits after that mark end in zero ("96,000"): no one writes a decimal so.
    grouped_zero: bool = False
    #: A phrase that denies there are any ("tidak ada"): a count only of a thing in a state.
    denial: bool = False


def parse_digits(token: str, lexicon: FiguresLexicon, lenient: bool = False) -> float | None:
    """The value of a digit token, or None when it is not a number in this language.

    A group mark must be followed by exactly three digits ("1.500", "2,300"); anything else
    after it ("14.30") is not a number, unless ``lenient`` (a multiplier follows: "1.5 juta"
    in an Indonesian text written the English way) reads it as decimals.
    """
    if ":" in token:
        return None
    decimal, group = lexicon.decimal, lexicon.group
    whole, sep, fraction = token.rpartition(decimal)
    if not sep:
        whole, fraction = token, ""
    if decimal in whole:
        return None
    parts = whole.split(group)
    if len(parts) > 1 and (len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:])):
        if lenient and len(parts) == 2 and not fraction and parts[0].isdigit():
            return float(f"{parts[0]}.{parts[1]}") if parts[1].isdigit() else None
        return None
    try:
        return float("".join(parts) + ("." + fraction if fraction else ""))
    except ValueError:
        return None


def decimal_mark_groups(text: str, decimal_mark: str, group_mark: str) -> bool | None:
    """Whether an article groups thousands with its language's decimal mark ("543,461" in an
    Indonesian text written the English way), as the numbers it writes unambiguously say.

    "1,234,567" (two groups) can only group thousands, so in an Indonesian text it says yes;
    "1.234.567" says the writer groups with the language's own mark, and a number of five or
    more digits with no mark ("USD 1713309") that the writer groups with none: either says
    no. The shape in question ("543,461", one mark and three digits) is no evidence, nor is
    "6.000": both read either way in one of the languages. None when the text says neither,
    or both.
    """
    decimal, group = re.escape(decimal_mark), re.escape(group_mark)
    by_decimal = re.compile(rf"\d{{1,3}}(?:{decimal}\d{{3}}){{2,}}")
    by_group = re.compile(rf"\d{{1,3}}(?:{group}\d{{3}}){{2,}}(?:{decimal}\d+)?")
    bare = re.compile(rf"[1-9]\d{{{_BARE_DIGITS - 1},}}")
    says_yes = says_no = False
    for match in _NUMBER.finditer(text):
        number = match.group()
        says_yes = says_yes or by_decimal.fullmatch(number) is not None
        says_no = says_no or bool(by_group.fullmatch(number) or bare.fullmatch(number))
    return says_yes if says_yes != says_no else None


def _multiplier(
    tokens: Tokens, i: int, lexicon: FiguresLexicon, money: bool, decimals: bool
) -> tuple[float, int] | None:
    if tokens.text[i : i + 1] == ["-"] and tokens.attached(i) and tokens.attached(i + 1):
        i += 1  # "$2.6-million": a hyphen glued to both sides joins the multiplier
    found = lexicon.multipliers.match(tokens.low, tokens.text, i)
    if found is None:
        return None
    multiplier, end = found
    # "2m euros": a money-only multiplier before the currency it scales.
    priced = money or lexicon.currencies_after.match(tokens.low, tokens.text, end) is not None
    if multiplier.money and not (priced or (decimals and tokens.attached(i))):
        return None
    return multiplier.factor, end


def read_numeral(
    tokens: Tokens, i: int, lexicon: FiguresLexicon, money: bool = False
) -> Numeral | None:
    """The numeral starting at token ``i`` (digits, spelled or vague), with its multiplier."""
    if tokens.is_num(i):
        return _digits(tokens, i, lexicon, money)
    if not tokens.is_word(i):
        return None
    return (
        _vague(tokens, i, lexicon)
        or _none(tokens, i, lexicon)
        or _spelled(tokens, i, lexicon, money)
    )


def _none(tokens: Tokens, i: int, lexicon: FiguresLexicon) -> Numeral | None:
    """A phrase that says there is none ("tidak ada korban jiwa") as the spelled number 0,
    as English writes "no deaths"; like "satu", it is a figure only where it counts a thing in
    a state (silang.extract.figures_grammar). Not before a number: "tidak ada dua orang yang
    sama" denies no count."""
    found = lexicon.role("none").match(tokens.low, tokens.text, i)
    if found is None:
        return None
    end = found[1]
    if end < len(tokens) and (tokens.is_num(end) or read_numeral(tokens, end, lexicon)):
        return None
    return Numeral(i, end, 0.0, spelled=True, denial=True)


def _digits(tokens: Tokens, i: int, lexicon: FiguresLexicon, money: bool) -> Numeral | None:
    token = tokens.text[i]
    half = _slash_half(tokens, i, lexicon)
    if half is not None:
        return Numeral(i, half[1], half[0], decimals=True)
    if _lost_fraction(tokens, i, lexicon):
        # "4\ufffd months": a fraction between 4 and 5 whose character was lost.
        whole = float(token)
        return Numeral(i, i + 2, whole + 0.5, whole, whole + 1, decimals=True)
    decimals = lexicon.decimal in token and parse_digits(token, lexicon) is not None
    value = parse_digits(token, lexicon)
    scale = _multiplier(tokens, i + 1, lexicon, money, decimals or value is None)
    if value is None and (scale is not None or money or _unit_next(tokens, i + 1, lexicon)):
        # "1.5 juta", "$ 2.50", "0.2 %" in an Indonesian text written the English way.
        value = parse_digits(token, lexicon, lenient=True)
        decimals = True
    if value is None:
        return None
    part = and_a_fraction(tokens, i + 1, lexicon) if scale is None and not decimals else None
    if part is not None:  # "4 and a half months", "4 and a half million"
        value, after = value + part[0], part[1]
        scale = _multiplier(tokens, after, lexicon, money, decimals=True)
        if scale is None:
            return Numeral(i, after, value, decimals=True)
    if scale is None:
        grouped = _grouped(token, lexicon) if decimals else None
        return Numeral(
            i,
            i + 1,
            value,
            decimals=decimals,
            grouped=grouped,
            grouped_zero=grouped is not None and token.endswith("0"),
        )
    scaled = _times(value, scale[0])
    return Numeral(i, scale[1], scaled, scaled=True, decimals=decimals, factor=scale[0])


#: A half written in digits ("1/2"): its numerator, its mark and its denominator.
_HALF = ("1", "/", "2")


def _slash_half(tokens: Tokens, i: int, lexicon: FiguresLexicon) -> tuple[float, int] | None:
    """A whole number and a half written with a slash before a unit, and the index after it:
    "4 1/2 months", "a 4-1/2-month term", and "41/2 months", the "4½" of a text whose
    one-character half came apart into "1/2" glued to the whole ("31/2 inches"). The unit
    after it says it is a measure: "24/7", "9/11" or a date "11/2/2009" is no half (the
    denominator must be 2, and no mark or digit may go on after it), and a whole glued to
    the half must have a digit before the "1" ("1/2 cup" alone is left as written)."""
    token = tokens.text[i]
    if not token.isdigit() or (tokens.attached(i) and tokens.text[i - 1] in "/-"):
        return None
    whole, half = token, i + 1
    if tuple(tokens.text[i + 1 : i + 4]) == _HALF and not tokens.attached(i + 1):
        pass  # "4 1/2": the half stands apart
    elif tokens.text[i + 1 : i + 2] == ["-"] and tokens.attached(i + 1):
        half = i + 2  # "4-1/2"
    elif lexicon.glued_half and len(token) > 1 and token.endswith("1"):
        whole, half = token[:-1], i  # "41/2": the half's "1" glued to the whole
    else:
        return None
    first = 1 if half == i else 0
    if tokens.text[half + first : half + 3] != list(_HALF[first:]):
        return None
    if not all(tokens.attached(k) for k in range(half + 1, half + 3)):
        return None
    if half > i and not tokens.attached(half + 1):
        return None
    end = half + 3
    after = end + 1 if tokens.text[end : end + 1] == ["-"] and tokens.attached(end) else end
    if tokens.attached(end) and after == end:
        return None  # "41/2/2009", "1/2b": the slash shape goes on
    if not _unit_next(tokens, after, lexicon):
        return None
    return float(whole) + 0.5, end


#: The character a decoder puts where it could not read one (U+FFFD).
_REPLACED = "\ufffd"


def _lost_fraction(tokens: Tokens, i: int, lexicon: FiguresLexicon) -> bool:
    """Whether the whole number at token ``i`` has a lost character glued after it and a unit
    after that: "4\ufffd months" is the "4½" (or "4¼", "4¾") of a text whose one-character
    fraction a decoder could not read, so the figure lies between 4 and 5, not at 4. A lost
    character with no unit after it may be anything ("Rp 4\ufffd" a dash, a quote mark)."""
    return (
        tokens.text[i].isdigit()
        and tokens.text[i + 1 : i + 2] == [_REPLACED]
        and tokens.attached(i + 1)
        and not tokens.attached(i + 2)
        and _unit_next(tokens, i + 2, lexicon)
    )


def _times(value: float, factor: float) -> float:
    """``value`` × ``factor`` as written, without binary noise: "33,7 miliar" is 33700000000,
    not 33700000000.000004, so that it equals "Rp 33.7 billion" and "Rp 33.700.000.000"."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _grouped(token: str, lexicon: FiguresLexicon) -> float | None:
    """ "543,461" read as thousands grouped by the decimal mark: one to three digits, not a
    lone zero ("0,125" is a decimal in any language), the mark, exactly three digits."""
    whole, _, fraction = token.partition(lexicon.decimal)
    if not (whole.isdigit() and fraction.isdigit()) or len(fraction) != 3:
        return None
    if not 1 <= len(whole) <= 3 or whole.startswith("0"):
        return None
    return float(whole + fraction)


def _unit_next(tokens: Tokens, j: int, lexicon: FiguresLexicon) -> bool:
    return any(
        table.match(tokens.low, tokens.text, j) is not None
        for table in (lexicon.units_after, lexicon.currencies_after)
    )


def _vague(tokens: Tokens, i: int, lexicon: FiguresLexicon) -> Numeral | None:
    found = lexicon.vague.match(tokens.low, tokens.text, i)
    if found is None:
        return None
    vague, end = found
    factor, added = 1.0, 0.0
    scale = _multiplier(tokens, end, lexicon, money=True, decimals=False)
    op = lexicon.number_ops.get(tokens.low[end]) if end < len(tokens) else None
    link = lexicon.role("of").match(tokens.low, tokens.text, end)
    if scale is not None:
        factor, end = scale
    elif op is not None:
        # "beberapa ratus" multiplies; "beberapa belas" adds: 12 to 19.
        factor, added = (op[1], 0.0) if op[0] == "mul" else (1.0, op[1])
        end += 1
    elif link is not None:
        # "tens of thousands": the word after "of" scales, or it is the counted thing.
        after = lexicon.vague.match(tokens.low, tokens.text, link[1])
        if after is not None and after[0].scale:
            factor, end = after[0].scale, after[1]
    if vague.needs_scale and factor == 1.0 and not added:
        return None
    low = vague.low * factor + added
    high = (vague.high + 1) * factor - 1 if factor > 1 else vague.high + added
    return Numeral(
        i, end, low, low, high, vague=True, spelled=True, scaled=factor > 1, factor=factor
    )


def _is_number_word(word: str, lexicon: FiguresLexicon) -> bool:
    return all(
        p in lexicon.number_words or p in lexicon.number_ops or p in lexicon.fractions
        for p in word.split("-")
    )


def _spelled(tokens: Tokens, i: int, lexicon: FiguresLexicon, money: bool) -> Numeral | None:
    if _after_a_fraction(tokens, i, lexicon):
        return None
    total = group = pending = 0.0
    factor = 1.0
    step: float | None = None
    seen = False
    end = j = i
    while j < len(tokens) and j - i < _SPELLED_MAX:
        scale = _multiplier(tokens, j, lexicon, money, decimals=False) if seen else None
        if scale is not None:
            total += (group + pending) * scale[0]
            group = pending = 0.0
            factor = step = scale[0]
            j = end = scale[1]
            continue
        if not tokens.is_word(j):
            break
        word = tokens.low[j]
        if (
            not seen
            and word.split("-")[0] in lexicon.number_ops
            and not _determined(tokens, j, lexicon)
        ):
            # "belas", "hundred" cannot open a number, but after a determiner a multiplier
            # word stands for one of it, as after "a": "his dozen rounds" are 12.
            break
        if (
            seen
            and not (group or total)
            and (parts := _parts_of_a_multiplier(tokens, j, pending, lexicon)) is not None
        ):
            # "three quarters of a million", "one quarter of a million": the number counts
            # parts of the multiplier after "of" (750,000; 250,000), as "a quarter of a
            # million" takes one; past "of", the article goes on to the multiplier ("three
            # quarter million": the multiplier is the next word).
            pending, j = pending / parts[0], j + parts[1]
        elif _is_number_word(word, lexicon):
            group, pending, step = _hyphened(word, group, pending, seen, lexicon)
            seen = True
        elif not seen and _fraction_scaled_next(tokens, j, lexicon):
            pass  # "a quarter million", "about a quarter of a million": the fraction's article
        elif word in lexicon.articles and _scaled_next(tokens, j + 1, lexicon):
            # "a million", "half a million": the article stands for one, or for nothing
            # after a fraction.
            if seen and (group or total or pending >= 1):
                break
            pending = pending or 1.0
            seen = True
        elif word in lexicon.articles and _fraction_of_one(tokens, i, j, lexicon):
            # "half a mile", "half an hour": a fraction of one of the unit after the article.
            j += 1
            end = j
            break
        elif seen and _of_a_multiplier(tokens, j, group + total + pending, lexicon):
            # "a quarter of a million": the fraction is taken of the multiplier after "of",
            # read as "a quarter million" (250,000), not as a share of "a million".
            j += 1
            continue
        elif seen and (fraction := and_a_fraction(tokens, j, lexicon)) is not None:
            # "four and a half": the fraction adds to the units; right after a multiplying
            # word it is a fraction of that word ("a million and a half", "a dozen and a half")
            pending += fraction[0] * (step or 1.0)
            j = end = fraction[1]
            continue  # a multiplier may follow: "four and a half million"
        elif not (
            seen
            and word in lexicon.number_joiners
            and step is not None
            and _is_next_number(tokens, j, lexicon)
            and _below_step(tokens, j + 1, step, lexicon, money)
        ):
            # The joiner goes on a number only after a multiplying word, before the units
            # below it ("two hundred and fifty", "a thousand and one"): "two and three
            # decades" are two numbers (a range after "between"), never five.
            break
        j += 1
        end = j
    if not seen:
        return None
    value = total + group + pending
    if value == 0 and tokens.low[i] not in lexicon.number_words:
        return None
    return Numeral(i, end, value, spelled=True, scaled=total > 0, factor=factor, step=step)


def _below_step(tokens: Tokens, k: int, step: float, lexicon: FiguresLexicon, money: bool) -> bool:
    """Whether the number after a joiner is below the multiplier before it, so that it
    fills that multiplier's units: "two hundred and fifty" is 250, "between two hundred and
    three hundred" the two ends of a range."""
    after = _spelled(tokens, k, lexicon, money)
    return after is None or after.value < step


def _after_a_fraction(tokens: Tokens, i: int, lexicon: FiguresLexicon) -> bool:
    """Whether the token at ``i`` is an article right after a fraction word: the article
    is the fraction's one ("half a dozen" is 6, as "half a million" is 500,000), so no
    number starts at it; read alone, "a dozen" of "half a dozen eggs" would be 12."""
    return (
        i > 0
        and tokens.low[i] in lexicon.articles
        and tokens.is_word(i - 1)
        and tokens.low[i - 1] in lexicon.fractions
    )


def _multiplying(part: str, lexicon: FiguresLexicon) -> float | None:
    """The scale of a number word that multiplies what comes before it ("dozen", "hundred"),
    or None for a plain number word ("two")."""
    op = lexicon.number_ops.get(part)
    return op[1] if op is not None and op[0] == "mul" else None


def _determined(tokens: Tokens, i: int, lexicon: FiguresLexicon) -> bool:
    """Whether a determiner ("his", "the": figures_words.tsv role ``multiplier-determiner``)
    stands right before a multiplier word at token ``i`` ("his dozen rounds")."""
    return (
        _multiplying(tokens.low[i], lexicon) is not None
        and lexicon.role("multiplier-determiner").match_before(tokens.low, tokens.text, i)
        is not None
    )


def _hyphened(
    word: str, group: float, pending: float, seen: bool, lexicon: FiguresLexicon
) -> tuple[float, float, float | None]:
    """A number word, its parts joined by hyphens ("sixty-two"), applied to the group being
    built and the digit waiting in it; with the multiplier its last part is, if any."""
    pieces = word.split("-")
    step = None
    for n, part in enumerate(pieces):
        if n and part in lexicon.fractions and pieces[n - 1] in lexicon.number_words:
            # "one-half of 1 percent": a number joined to a fraction counts that many of the
            # parts (0.5), where "one and a half" adds it (1.5).
            pending *= lexicon.fractions[part]
            continue
        group, pending = _atom(part, group, pending, seen or n > 0, lexicon)
        step = _multiplying(part, lexicon)
    return group, pending, step


def _atom(
    part: str, group: float, pending: float, seen: bool, lexicon: FiguresLexicon
) -> tuple[float, float]:
    """One number word applied to the group being built and the digit waiting in it."""
    if part in lexicon.number_words:
        return group + pending, lexicon.number_words[part]
    if part in lexicon.fractions:
        return group, pending + lexicon.fractions[part]
    kind, amount = lexicon.number_ops[part]
    base = pending or (0.0 if seen else 1.0)
    return group + (base * amount if kind == "mul" else base + amount), 0.0


def and_a_fraction(tokens: Tokens, j: int, lexicon: FiguresLexicon) -> tuple[float, int] | None:
    """The fraction a whole number takes from a joiner, an article and a fraction word after
    it ("four and a half months": 4.5 months, not 0.5 months after a lone "four"), and the
    index after them. A count of parts may stand for the article: "two and three quarter
    million" is 2.75 million (``_parts_counted``)."""
    if j + 2 >= len(tokens) or tokens.low[j] not in lexicon.number_joiners:
        return None
    counted = _parts_counted(tokens, j + 1, lexicon)
    if counted is not None:
        return counted
    if tokens.low[j + 1] not in lexicon.articles:
        return None
    fraction = lexicon.fractions.get(tokens.low[j + 2])
    return None if fraction is None else (fraction, j + 3)


def _parts_counted(tokens: Tokens, k: int, lexicon: FiguresLexicon) -> tuple[float, int] | None:
    """A spelled count of parts below the whole and the word for the parts (the pack's
    ``share-part:<n>`` roles) at token ``k``: "three quarter", "two thirds" are 0.75 and
    0.667; and the index after them. A count of parts multiplies the part: it never adds to
    it as a fraction after "and a" adds to a whole."""
    if not tokens.is_word(k) or tokens.low[k] not in lexicon.number_words:
        return None
    count = lexicon.number_words[tokens.low[k]]
    for parts, phrases in lexicon.roles_of(SHARE_PART):
        part = phrases.match(tokens.low, tokens.text, k + 1)
        if part is not None and 1 <= count < float(parts):
            return count / float(parts), part[1]
    return None


def _fraction_of_one(tokens: Tokens, i: int, j: int, lexicon: FiguresLexicon) -> bool:
    """Whether the article at token ``j`` follows a lone fraction word at token ``i`` and
    comes before a unit: "half a mile" is half of one mile, where the article stands for
    the one ("half a million" scales instead, ``_scaled_next``)."""
    return (
        j == i + 1
        and tokens.low[i] in lexicon.fractions
        and lexicon.units_after.match(tokens.low, tokens.text, j + 1) is not None
    )


def _of_a_multiplier(tokens: Tokens, j: int, so_far: float, lexicon: FiguresLexicon) -> bool:
    """Whether "of", an article and a multiplier start at token ``j`` right after a lone
    fraction word (``so_far`` the fraction's value, below one): "a quarter of a million",
    "half of a billion"."""
    return (
        0 < so_far < 1
        and tokens.low[j - 1] in lexicon.fractions
        and _of_an_article_multiplier(tokens, j, lexicon)
    )


def _of_an_article_multiplier(tokens: Tokens, k: int, lexicon: FiguresLexicon) -> bool:
    """Whether "of", an article and a multiplier start at token ``k`` ("of a million")."""
    return (
        lexicon.role("of").match(tokens.low, tokens.text, k) is not None
        and k + 1 < len(tokens)
        and tokens.low[k + 1] in lexicon.articles
        and _scaled_next(tokens, k + 2, lexicon)
    )


def _parts_of_a_multiplier(
    tokens: Tokens, j: int, count: float, lexicon: FiguresLexicon
) -> tuple[float, int] | None:
    """How many parts make the whole, where a word for the parts (the pack's
    ``share-part:<n>`` roles: "quarters", "quarter", "thirds") at token ``j`` follows a count
    of them (``count``) that makes less than the whole, and "of", an article and a multiplier
    follow it ("three quarters of a million", "one quarter of a million"), or the multiplier
    follows at once ("three quarter million" is 750,000: the count of parts multiplies the
    part, it does not add a quarter to three); and how many words after the parts' word to
    pass before the multiplier's (1: the "of"; 0 when none stands between). With no
    multiplier after "of" the words are a share ("three quarters of the voters": 75%,
    figures_grammar.read_share). None elsewhere."""
    if count < 1 or count != int(count) or not tokens.is_word(j):
        return None
    for parts, phrases in lexicon.roles_of(SHARE_PART):
        part = phrases.match(tokens.low, tokens.text, j)
        if part is None or part[1] != j + 1 or not count < float(parts):
            continue
        if _of_an_article_multiplier(tokens, j + 1, lexicon):
            return float(parts), 1
        if _scaled_next(tokens, j + 1, lexicon):
            return float(parts), 0
    return None


def _fraction_scaled_next(tokens: Tokens, j: int, lexicon: FiguresLexicon) -> bool:
    """Whether an article at token ``j`` opens a fraction of a multiplier: "a quarter
    million", "a quarter of a million" (the article is the fraction's one, as it is that of
    "a million")."""
    k = j + 1
    if not (
        tokens.low[j] in lexicon.articles
        and tokens.is_word(k)
        and tokens.low[k] in lexicon.fractions
    ):
        return False
    return _scaled_next(tokens, k + 1, lexicon) or _of_a_multiplier(
        tokens, k + 1, lexicon.fractions[tokens.low[k]], lexicon
    )


def _is_next_number(tokens: Tokens, j: int, lexicon: FiguresLexicon) -> bool:
    return tokens.is_word(j + 1) and _is_number_word(tokens.low[j + 1], lexicon)


def _scaled_next(tokens: Tokens, j: int, lexicon: FiguresLexicon) -> bool:
    """Whether an article at ``j - 1`` stands for one: "a million", "a dozen"."""
    if j >= len(tokens):
        return False
    op = lexicon.number_ops.get(tokens.low[j])
    return (op is not None and op[0] == "mul") or _multiplier(
        tokens, j, lexicon, money=True, decimals=False
    ) is not None
