"""The years of a report that name a product's model ("a 2008 GMC Sierra", "the 2013 model",
"Avanza keluaran 2012"): they say which make of a thing it is, not when anything happened,
and are no dates of the story, neither in its timeline nor in its date slots. A year before
a name otherwise often dates what the name is ("the 2005 Vanity Fair article", "the 1998
Bradley Braves"), so only the words of each pack's dates_models.tsv mark a model."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from silang.lang.files import read_table
from silang.model import Annotated, TimeExpression

MODELS_FILE = "dates_models.tsv"


@dataclass(frozen=True)
class ModelWords:
    """One pack's rows of dates_models.tsv."""

    #: Words naming the model itself ("model"), right after the year or after a make.
    model: frozenset[str]
    #: Makers ("gmc"), right after the year and before the model's name.
    makes: frozenset[str]
    #: Words right before the year ("keluaran", "keluaran tahun"), as word tuples.
    before: frozenset[tuple[str, ...]]
    #: Words that open a noun phrase ("a", "the", "his", "mobil", "sebuah"): a year after a
    #: make or before a model word names a model only right after one.
    opens: frozenset[str] = frozenset()
    #: Words after a model word that give its maker ("by"): "a 2019 model by researchers"
    #: is a forecast's, made that year.
    agents: frozenset[str] = frozenset()
    #: Words that may stand between an opening word and the year ("a gray 2013 Toyota
    #: Camry"): colours and the like, which no time word is.
    between: frozenset[str] = frozenset()


def model_words(code: str) -> ModelWords:
    """The model-year words of language ``code`` (empty where its pack has none)."""
    sides: dict[str, set[str]] = {}
    for side, words in read_table(code, MODELS_FILE):
        sides.setdefault(side, set()).update(w.casefold() for w in words.split())
    return ModelWords(
        model=frozenset(sides.get("model", ())),
        makes=frozenset(sides.get("after", ())),
        before=frozenset(tuple(p.split("_")) for p in sides.get("before", ())),
        opens=frozenset(sides.get("opens", ())),
        agents=frozenset(sides.get("agents", ())),
        between=frozenset(sides.get("between", ())),
    )


#: The three words right after a year, each after white space only.
_AFTER = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?")
#: The words right before a year, nearest last, a possessive's apostrophe kept ("the
#: company's").
_OPENER = re.compile(r"([\w'\u2019-]+)\s+(?:([\w'\u2019-]+)\s+)?$")
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
#: The two words right before a year.
_BEFORE = re.compile(r"(?:([\w-]+)\s+)?([\w-]+)\s+$")


def model_year(text: str, time: TimeExpression, words: ModelWords) -> bool:
    """Whether ``time``, a year written alone, names a model: a word of the pack's
    ``before`` side right before it ("keluaran 2012"), or, right after a word that opens a
    noun phrase ("a", "the", "his", "mobil"), a model word after it ("the 2013 model", not
    one its maker follows: "a 2019 model by researchers") or a make with the model's name or
    a model word after it ("a 2008 GMC Sierra": a make alone, "the 1974 Ford pardon", may be
    a man's name). After any other word, a time word above all ("In 2019 Toyota Motor
    reported", "Pada 2015 Toyota Avanza terjual"), the year dates what follows."""
    if time.granularity != "year" or not time.text.isdigit():
        return False
    before = _BEFORE.search(text, max(0, time.start - 60), time.start)
    if before is not None:
        last = tuple(w.casefold() for w in before.groups() if w is not None)
        if last[-1:] in words.before or last in words.before:
            return True
    after = _AFTER.match(text, time.end)
    if after is None or not _opens_a_noun_phrase(text, time.start, words):
        return False
    first, second, third = (w.casefold() if w else "" for w in after.groups())
    if first in words.model:
        return second not in words.agents
    named = after.group(2) is not None and (after.group(2)[0].isupper() or second[0].isdigit())
    if first in words.makes and second in words.model:
        return third not in words.agents
    return first in words.makes and named


def _opens_a_noun_phrase(text: str, position: int, words: ModelWords) -> bool:
    """Whether the word right before ``position`` opens a noun phrase (ModelWords.opens,
    or a possessive: "the company's 2008 Ford Focus"), or does with a word of
    ModelWords.between after it ("his gray 2013 Toyota Camry")."""
    found = _OPENER.search(text, max(0, position - 60), position)
    if found is None:
        return False
    far, near = (w.casefold() if w else "" for w in found.groups())
    if not near:
        far, near = "", far
    if near in words.between:
        near = far
    return near in words.opens or near.endswith(_POSSESSIVE)


def without_model_years(item: Annotated, words: ModelWords) -> Annotated:
    """``item`` less its years that name a model (``model_year``)."""
    text = item.article.text
    kept = tuple(t for t in item.times if not model_year(text, t, words))
    return item if len(kept) == len(item.times) else replace(item, times=kept)
