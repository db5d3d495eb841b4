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


def model_words(code: str) -> ModelWords:
    """The model-year words of language ``code`` (empty where its pack has none)."""
    sides: dict[str, set[str]] = {}
    for side, words in read_table(code, MODELS_FILE):
        sides.setdefault(side, set()).update(w.casefold() for w in words.split())
    return ModelWords(
        model=frozenset(sides.get("model", ())),
        makes=frozenset(sides.get("after", ())),
        before=frozenset(tuple(p.split("_")) for p in sides.get("before", ())),
    )


#: The two words right after a year, each after white space only.
_AFTER = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?")
#: The two words right before a year.
_BEFORE = re.compile(r"(?:([\w-]+)\s+)?([\w-]+)\s+$")


def model_year(text: str, time: TimeExpression, words: ModelWords) -> bool:
    """Whether ``time``, a year written alone, names a model: a model word right after it
    ("the 2013 model"), a make with the model's name or a model word after it ("a 2008 GMC
    Sierra": a make alone, "the 1974 Ford pardon", may be a man's name), or a word of the
    pack's ``before`` side right before it ("keluaran 2012")."""
    if time.granularity != "year" or not time.text.isdigit():
        return False
    after = _AFTER.match(text, time.end)
    if after is not None:
        first, second = after.group(1).casefold(), after.group(2)
        if first in words.model:
            return True
        named = second is not None and (second[0].isupper() or second[0].isdigit())
        if first in words.makes and (named or (second or "").casefold() in words.model):
            return True
    before = _BEFORE.search(text, max(0, time.start - 60), time.start)
    if before is None:
        return False
    last = tuple(w.casefold() for w in before.groups() if w is not None)
    return last[-1:] in words.before or last in words.before


def without_model_years(item: Annotated, words: ModelWords) -> Annotated:
    """``item`` less its years that name a model (``model_year``)."""
    text = item.article.text
    kept = tuple(t for t in item.times if not model_year(text, t, words))
    return item if len(kept) == len(item.times) else replace(item, times=kept)
