"""Words the rule entity recogniser reads beside the quotes lexicon: the days and months that
may close a name's run, the words after a month that make it a date, and demonyms."""

from __future__ import annotations

from typing import NamedTuple

from silang.lang.base import read_folded
from silang.lang.files import read_table
from silang.lang.quotes import QuotesLexicon


class EntityWords(NamedTuple):
    #: Weekdays written in full, lower case ("senin", "monday"): the figures pack's days that
    #: the entities pack also lists (entities_times.txt), so that a short form such as "Sun"
    #: ("the Baltimore Sun") or "Sat" is never read as a day that ends a name.
    weekdays: frozenset[str]
    #: Months written in full, lower case ("maret", "may"), chosen the same way.
    months: frozenset[str]
    #: Months that are also common words ("may", "march"): dated by a figure only, since
    #: "Theresa May this week said" is no date.
    word_months: frozenset[str]
    #: Words after a month that make it a date ("Maret lalu"), besides a figure ("Maret 2024").
    after_month: frozenset[str]
    #: Adjectives of a people or a faith ("israeli", "muslim"): never a person's name alone.
    demonyms: frozenset[str]
    #: Words that name a day with the weekday after them ("super", "black": "Super Tuesday",
    #: "Black Friday"): no person's name before a weekday.
    day_names: frozenset[str]
    #: Place heads that name a place after a weekday ("pasar": "Pasar Minggu"); after other
    #: heads the weekday is a date ("Istana Senin (12/3)") and after a surname too ("West").
    day_place_heads: frozenset[str]
    #: Words of a credit or guest line ("by", "penulis", "hadir"): such a Title Case line
    #: lists people, and is read as running text rather than as a headline.
    credit_words: frozenset[str]
    #: Words that open a picture's line ("foto", "photo", "tangkapan layar"): a credit there
    #: only beside an agency's slash ("Foto: ANTARA/Budi Santoso"), a caption without one
    #: ("Foto: Banjir Rendam Jakarta"); never a name.
    photo_words: frozenset[str]
    #: Places that are also given names ("virginia"): "Virginia Giuffre" is a person.
    given_places: frozenset[str]


def load_entity_words(lexicon: QuotesLexicon) -> EntityWords:
    code = lexicon.code
    full = lexicon.time_words
    months = read_table(code, "figures_months.tsv")
    return EntityWords(
        weekdays=frozenset(k.casefold() for k, _ in read_table(code, "figures_weekdays.tsv"))
        & full,
        months=frozenset(k.casefold() for k, _ in months) & full,
        word_months=frozenset(k.casefold() for k, v in months if v.endswith("ambiguous")),
        after_month=read_folded(code, "entities_after_month.txt"),
        demonyms=read_folded(code, "entities_demonyms.txt"),
        day_names=read_folded(code, "entities_day_names.txt"),
        day_place_heads=read_folded(code, "entities_day_place_heads.txt"),
        credit_words=read_folded(code, "entities_credit_words.txt"),
        photo_words=read_folded(code, "entities_photo_words.txt"),
        given_places=read_folded(code, "entities_given_places.txt"),
    )


def is_demonym(key: str, known: EntityWords) -> bool:
    """Whether a lower-case word is a people's adjective or its plural ("israeli", "israelis")."""
    return key in known.demonyms or (key.endswith("s") and key[:-1] in known.demonyms)
