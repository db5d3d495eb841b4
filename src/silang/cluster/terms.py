"""An article as weighted terms: content-word stems, language-neutral concepts, figures, names
and dates.

Terms carry no language tag, so the words an English original shares with its Indonesian
translation (names, figures, the event words of the lexicon's concept table) are the same
terms. Kinds of term are told apart by their first character: ``=`` a concept ("=flood"),
``#`` a figure ("#2300"), ``@`` a named entity, ``!`` a date; a plain stem otherwise.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, MutableMapping

from silang.cluster.codes import is_code
from silang.lang.figures import clock_zones
from silang.lang.files import SUPPORTED, read_lines
from silang.lang.stories import StoriesLexicon
from silang.model import Annotated

#: Words (hyphenated kept whole, so that "laki-laki" and "undang-undang" can be looked up as
#: written).
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Figures with their separators ("2.300", "5,4", "1,500,000") and the word after them, which
#: may multiply them ("23 ribu", "$787bn", "54 billion-per-year").
FIGURE = re.compile(r"(\d+(?:[.,]\d+)*)\s*([^\W\d_]+)?")

#: Cache of word token → its terms, for one language; owned by the caller.
WordCache = MutableMapping[str, tuple[str, ...]]


def figure_term(value: float) -> str:
    """The term of a figure: "#2300", "#5400000000", "#0.25"."""
    if value.is_integer() and abs(value) < 1e15:
        return f"#{int(value)}"
    return f"#{value:.4g}"


def parse_figure(token: str, decimal_mark: str) -> float | None:
    """The value of a figure token written with ``decimal_mark`` ("2.300" is 2300 in
    Indonesian, "2,300" in English); a group separator must be followed by three digits."""
    group = "." if decimal_mark == "," else ","
    parts = token.split(group)
    if len(parts) > 1 and all(len(part) == 3 for part in parts[1:]):
        token = "".join(parts)
    elif len(parts) == 2 and decimal_mark not in token:
        # "5.4" in an Indonesian text: the writer used the other convention.
        token = parts[0] + decimal_mark + parts[1]
    try:
        return float(token.replace(decimal_mark, "."))
    except ValueError:
        return None


def stem(word: str, lexicon: StoriesLexicon) -> str:
    """Take at most one prefix and one suffix off ``word``, keeping ``min_stem`` letters."""
    least = lexicon.min_stem
    for prefix, replacement in lexicon.prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) + len(replacement) >= least:
            word = replacement + word[len(prefix) :]
            break
    if not word.endswith(lexicon.keep):
        for suffix, replacement in lexicon.suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= least:
                word = word[: -len(suffix)] + replacement
                break
    final = lexicon.final
    if final and word.endswith(final) and len(word) - len(final) >= least:
        word = word[: -len(final)]
    return word


def word_term(word: str, lexicon: StoriesLexicon) -> str | None:
    """The term of a casefolded word, or None for a stopword."""
    if word in lexicon.stopwords or word in lexicon.multipliers:
        return None
    concept = lexicon.concepts.get(word)
    if concept is not None:
        return "=" + concept
    stemmed = stem(word, lexicon)
    concept = lexicon.concepts.get(stemmed)
    if concept is not None:
        return "=" + concept
    if len(stemmed) < 2 or stemmed in lexicon.stopwords:
        return None
    return stemmed


def token_terms(token: str, lexicon: StoriesLexicon) -> tuple[str, ...]:
    """The terms of a casefolded word token: none for a stopword, one per distinct part of a
    hyphenated word ("rumah-rumah" is "rumah"; "pasca-banjir" both) unless the lexicon knows
    the whole ("laki-laki")."""
    if "-" in token and token not in lexicon.concepts:
        parts = (word_term(part, lexicon) for part in token.split("-"))
        return tuple(dict.fromkeys(term for term in parts if term is not None))
    term = word_term(token, lexicon)
    return () if term is None else (term,)


def text_terms(
    text: str, lexicon: StoriesLexicon, cache: WordCache, counts: dict[str, float], weight: float
) -> None:
    """Add ``weight`` to ``counts`` for each term of ``text``."""
    lowered = text.casefold()
    for token, times in Counter(WORD.findall(lowered)).items():
        terms = cache.get(token)
        if terms is None:
            terms = cache[token] = token_terms(token, lexicon)
        for term in terms:
            counts[term] = counts.get(term, 0.0) + weight * times
    multipliers = lexicon.multipliers
    for match in FIGURE.finditer(lowered):
        value = parse_figure(match.group(1), lexicon.decimal_mark)
        if value is not None:
            value *= multipliers.get(match.group(2) or "", 1.0)
            term = figure_term(value)
            counts[term] = counts.get(term, 0.0) + weight


#: A capitalised word inside a sentence: the previous non-space character is not an end of
#: sentence, quote or bracket.
NAME = re.compile(r"(?<=[^\s.!?:;\"'“”‘’(\[])\s+([A-Z][^\W_]*(?:-[^\W\d_]+)*)")


def name_terms(text: str, lexicon: StoriesLexicon, cache: WordCache) -> set[str]:
    """Terms written with a capital inside a sentence at least once: names ("Lembah Sari",
    "BPBD", "Cheeks"), whatever their weight elsewhere."""
    found: set[str] = set()
    for match in NAME.finditer(text):
        token = match.group(1).casefold()
        terms = cache.get(token)
        if terms is None:
            terms = cache[token] = token_terms(token, lexicon)
        found.update(term for term in terms if not term.startswith("="))
    return found


def article_terms(
    item: Annotated,
    lexicon: StoriesLexicon,
    cache: WordCache,
    title_weight: float,
    name_weight: float = 1.0,
) -> dict[str, float]:
    """Term frequencies of an article, sublinear (1 + ln tf): the body once, the title
    ``title_weight`` times, plus what annotation found (entity names, figures, dates); names
    (see name_terms) count ``name_weight`` times."""
    counts: dict[str, float] = {}
    article = item.article
    text_terms(article.text, lexicon, cache, counts, 1.0)
    if article.title:
        text_terms(article.title, lexicon, cache, counts, title_weight)
    for entity in item.entities:
        name = "@" + " ".join(entity.name.casefold().split())
        counts[name] = counts.get(name, 0.0) + 1.0
    for quantity in item.quantities:
        figure = figure_term(quantity.value)
        counts.setdefault(figure, 1.0)
    for time in item.times:
        if time.date and time.granularity in ("day", "time"):
            day = "!" + time.date[:10]
            counts[day] = counts.get(day, 0.0) + 1.0
    weights = {term: 1.0 + math.log(tf) if tf > 1.0 else tf for term, tf in counts.items()}
    if name_weight != 1.0:
        for term in name_terms(article.text, lexicon, cache):
            if term in weights:
                weights[term] *= name_weight
    return weights


#: First characters of the kinds of term that say who, where and when (module docstring).
SIGNATURE_KINDS = ("@", "#", "!")


def signature_terms(
    item: Annotated, terms: Collection[str], lexicon: StoriesLexicon, cache: WordCache
) -> frozenset[str]:
    """Which of an article's ``terms`` say who, where and when: entities, figures, dates and
    names (see name_terms). They are much the same in an article and its translation, unlike
    the words around them."""
    names = name_terms(item.article.text, lexicon, cache)
    return frozenset(term for term in terms if term.startswith(SIGNATURE_KINDS) or term in names)


#: Years an article may name (a four-digit figure outside them is a count or a code).
YEARS = range(1900, 2101)
#: Zones and phrases after a four-digit clock time, of every pack: wires write a clock time
#: as four digits ("struck at 2015 GMT", "2015 local time", "pukul 2015 WIB"), which would
#: be read as the latest year an article names (halves.py). Those the figures stage reads a
#: clock time by are its clock's zones (``clock_zones``); ``TIME_ZONES_FILE`` holds the others.
TIME_ZONES_FILE = "stories_time_zones.txt"


def _time_zones(code: str) -> tuple[str, ...]:
    """The zones of pack ``code`` after a clock time: its clock's and its other ones."""
    return (*clock_zones(code), *read_lines(code, TIME_ZONES_FILE))


def _bare_year() -> re.Pattern[str]:
    """A year written as a figure: four digits, not part of a longer figure ("2,000",
    "1.500.000", "12.30") nor followed by letters ("2000ft", "the 1950s"); in a date written
    in figures ("14/8/2016", "2013-07-22") it is the year. Its first two digits are written
    out so that the scan skips most digits fast (a fifth less time than ``\\d{4}``). Nor
    followed by a time zone or "local time" (``_time_zones``, in any case)."""
    zones = sorted(
        {" ".join(zone.split()) for code in SUPPORTED for zone in _time_zones(code)},
        key=len,
        reverse=True,
    )
    after = "|".join(re.escape(zone).replace(r"\ ", r"\s+") for zone in zones)
    return re.compile(
        r"(?<![\d.,:])(?:19|20|21)\d\d(?!\d|[.,:]\d|[^\W\d_])" + rf"(?!\s*(?i:{after})\b)"
    )


BARE_YEAR = _bare_year()


def named_years(item: Annotated) -> frozenset[int]:
    """The years an article names, as written in its title and text: "in 2008", "14
    Agustus 2016", "a 1999 incident". Not every figure read as a value: "2,000 people" is
    2000 but no year.

    The same in a real run and in bench/cluster_eval.py, whose corpora are not annotated.
    The years of the annotate stage's time expressions (extract/times.py, found in the ECB+
    articles with no publication day) were tried instead of these and beside them. That
    grammar misses years that qualify a noun ("the 2013 NFL Draft") and dates in figures
    with four-digit years ("11/27/2005"), and reads "10/1/61" as 2061 where no publication
    day is known: the cut stories scored 0.921 / 0.962 on ECB+ train / dev on its years
    alone, 0.942 / 0.987 on both, against 0.946 / 0.987 on these alone (the same as on
    every figure read as a year, before)."""
    article = item.article
    found = (
        int(match.group())
        for text in (article.title or "", article.text)
        for match in BARE_YEAR.finditer(text)
        if not is_code(text, match.start(), match.end(), article.language)
    )
    return frozenset(year for year in found if year in YEARS)
