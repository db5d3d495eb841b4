"""The counted thing after a figure: "2.300 personel", "12 ekor sapi mati", "1,840 dengue
cases", normalised to a lemma and a synonym class from the pack's table.

Only nouns in the table count, so a figure followed by a verb or a place ("1,5 meter
merendam") has no counted thing rather than a wrong one. A measure word ("unit", "ekor",
"lembar") gives way to the noun after it; a state after the noun ("rusak", "tewas") joins
the lemma and narrows the class ("house:damaged").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from silang.extract.figures_tokens import Tokens
from silang.lang.figures import Counted, FiguresLexicon

#: The longest counted phrase tried ("warga negara asing", "tempat pemungutan suara").
_LONGEST = 3
#: Capitalised words in a row that make a name rather than an adjective (``across_name``).
_NAME_WORDS = 2
#: The endings of a plural written with an apostrophe, straight or curly ("KO's", "KO’s").
_APOSTROPHE_PLURALS = ("'s", "\u2019s")


@dataclass(frozen=True)
class CountedThing:
    lemma: str
    cls: str
    #: Index of the token after it.
    end: int
    #: The noun's lemma without the state after it ("orang" of "orang tewas").
    noun: str = ""
    #: Whether the words skipped to reach the noun hold a name: two capitalised words in a
    #: row ("Mother of 13 Zurana Horton shot"). A nationality is one word ("23 Somali
    #: pirates"); a person's name, first and last, is two, and names no adjective of a count.
    across_name: bool = False
    #: Whether the noun is written in the table's own singular form ("cable", not "cables",
    #: "people" or "police"): no count above one takes it in a pack that marks the plural.
    singular: bool = False


def read_counted(
    tokens: Tokens, k: int, lx: FiguresLexicon, skip_words: bool = True
) -> CountedThing | None:
    """The counted thing starting at token ``k`` (after a figure and its unit), or None;
    ``skip_words`` lets adjectives sit between ("1,840 dengue cases", not after a unit)."""
    of = lx.role("of").match(tokens.low, tokens.text, k)
    j = of[1] if of else k
    classifier = lx.role("classifier").match(tokens.low, tokens.text, j)
    if classifier is not None:
        whole = _noun(tokens, j, lx)
        if whole is not None and whole.end > classifier[1]:
            return whole  # a counted phrase that opens with the measure word: "titik longsor"
        # "12 orang tewas" is people who died, not a count of "tewas".
        if lx.states.match(tokens.low, tokens.text, classifier[1]) is not None:
            return _noun(tokens, j, lx)
        after = lx.role("of").match(tokens.low, tokens.text, classifier[1])
        return _noun(tokens, after[1] if after else classifier[1], lx) or _noun(tokens, j, lx)
    budget = lx.adjective_skip if skip_words else 0
    capitals = 0
    across_name = False
    while True:
        noun = _noun(tokens, j, lx)
        if noun is not None:
            return replace(noun, across_name=True) if across_name else noun
        if skip_words and _names_joined(tokens, j, lx):
            # "23 heavily armed Somalian and Yemeni pirates": a pair of names says whose
            # they are and costs no adjective of the budget.
            j += 3
            continue
        if budget == 0 or not _skippable(tokens, j, lx):
            return None
        capitals = capitals + 1 if tokens.capitalised(j) else 0
        across_name = across_name or capitals >= _NAME_WORDS
        budget -= 1
        j += 1


def _names_joined(tokens: Tokens, j: int, lx: FiguresLexicon) -> bool:
    """Whether token ``j`` is a capitalised adjective joined by "and" to another ("23 Somali
    and Yemeni pirates"): the pair is skipped."""
    return (
        tokens.capitalised(j)
        and lx.role("and").match(tokens.low, tokens.text, j + 1) is not None
        and tokens.capitalised(j + 2)
    )


def _skippable(tokens: Tokens, j: int, lx: FiguresLexicon) -> bool:
    """An adjective-like word between a figure and its noun ("extra", "dengue", and "more"
    or "other" though they stop a search elsewhere: "two more victims")."""
    if lx.role("extra").match(tokens.low, tokens.text, j) is not None:
        return True
    return (
        tokens.is_word(j)
        and lx.role("stop").match(tokens.low, tokens.text, j) is None
        and lx.units_after.match(tokens.low, tokens.text, j) is None
        and lx.multipliers.match(tokens.low, tokens.text, j) is None
    )


def _forms(word: str, lx: FiguresLexicon, written: str = "") -> list[str]:
    """The table forms a word (``written`` as it stands) may stand for: itself, a listed
    spelling, the head of a reduplicated plural ("anak-anak"), the word without an
    inflection ("anggotanya"), an abbreviation without its apostrophe plural ("KO's")."""
    forms = [word]
    if word in lx.counted_forms:
        forms.append(lx.counted_forms[word])
    for mark in _APOSTROPHE_PLURALS:
        stem = written[: -len(mark)]
        if written.endswith(mark) and len(stem) > 1 and stem.isupper():
            # An abbreviation's plural written with an apostrophe ("12 KO's", "43 RBI's") is
            # its plural. Only an abbreviation's: "five women's basketball players" counts
            # the players, the possessive names whose they are.
            forms.extend(_forms(word[: -len(mark)], lx))
    if lx.reduplication and "-" in word:
        head, _, tail = word.partition("-")
        if head == tail:
            forms.append(head)
    for suffix, replacement in lx.inflections:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            forms.append(word[: -len(suffix)] + replacement)
    return forms


def counted_noun(tokens: Tokens, j: int, lx: FiguresLexicon) -> tuple[Counted, int, bool] | None:
    """The counted noun of the table written at token ``j`` (no measure word, adjective or
    state around it): its entry, the index after it, and whether its last word is the
    table's own form ("car"), not a listed form ("people", "police") or an inflected one
    ("cars"). In a language that marks the plural, only the latter can follow a count
    above one."""
    for size in range(min(_LONGEST, len(tokens) - j), 0, -1):
        if not all(tokens.is_word(j + n) for n in range(size)):
            continue
        words = tokens.low[j : j + size]
        for last in _forms(words[-1], lx, tokens.text[j + size - 1]):
            counted = lx.counted.entries.get((*words[:-1], *last.split()))
            if counted is not None:
                own = last == words[-1] and words[-1] not in lx.counted_forms
                return counted, j + size, own
    return None


def _noun(tokens: Tokens, j: int, lx: FiguresLexicon) -> CountedThing | None:
    found = counted_noun(tokens, j, lx)
    if found is None:
        return None
    counted, end, own = found
    if _not_this_noun(tokens, (j, end), counted.lemma, lx):
        return None
    return replace(_in_state(tokens, counted, end, lx), singular=own)


def _not_this_noun(tokens: Tokens, span: tuple[int, int], lemma: str, lx: FiguresLexicon) -> bool:
    """Whether the words over ``span`` are no noun ``lemma`` here, by the words the pack
    writes before it (``counted-not-after:<lemma>``): "Two United States attorneys" names a
    country, not states."""
    return (
        lx.role(f"counted-not-after:{lemma}").match_before(tokens.low, tokens.text, span[0])
        is not None
    )


def _in_state(tokens: Tokens, counted: Counted, end: int, lx: FiguresLexicon) -> CountedThing:
    """The counted thing of the noun ``counted`` whose words end before token ``end``, with
    the state written there when one is ("rumah rusak": "house:damaged")."""
    state = lx.states.match(tokens.low, tokens.text, end)
    if state is None:
        return CountedThing(counted.lemma, counted.cls, end, counted.lemma)
    head_class = counted.cls.split(":")[0]
    lemma = f"{counted.lemma} {state[0].lemma}"
    return CountedThing(lemma, f"{head_class}:{state[0].cls}", state[1], counted.lemma)


def noun_before_count(
    tokens: Tokens, first: int, k: int, lx: FiguresLexicon
) -> CountedThing | None:
    """The counted noun written before a figure that a measure word closes: "HP 4 buah",
    "ponsel sebanyak 4 buah", "sapi 12 ekor", "rumah sebanyak 12 unit rusak" (Indonesian puts
    a number and its measure word after the noun as readily as before it). ``first`` is the
    figure's first token, ``k`` the token after its number. None unless a measure word stands
    at ``k`` with no counted noun after it, and a counted noun ends right before the figure
    or before a word that announces a count ("sebanyak", "sejumlah"); a measure word that is
    a counted noun too ("unit", "ekor") then gives way to it, as it gives way to a noun after
    it. Of two nouns there ("rumah warga 12 unit"), the first is the head: a noun's modifiers
    follow it. A state after the measure word is the noun's ("rusak"). A noun after a
    preposition is a place or a time, and one after an item of a list a label of a
    breakdown; neither is the thing counted."""
    classifier = lx.role("classifier").match(tokens.low, tokens.text, k)
    if classifier is None:
        return None
    after = classifier[1]
    if counted_noun(tokens, after, lx) is not None or lx.role("of").match(
        tokens.low, tokens.text, after
    ):
        return None
    cue = lx.role("quantity-cue").match_before(tokens.low, tokens.text, first)
    noun = _noun_ending_at(tokens, cue[1] if cue is not None else first, lx)
    if noun is None or lx.role("preposition").match_before(tokens.low, tokens.text, noun[1]):
        # "di desa 200 orang mengungsi": a noun after a preposition says where, not what.
        return None
    joiner = lx.role("list-and").match_before(tokens.low, tokens.text, noun[1])
    if joiner is not None and tokens.is_num(joiner[1] - 1):
        # "laki-laki 170 dan wanita 70 orang": a breakdown's label, after the item before;
        # the list counts what its measure word names (figures_grammar.share_counted).
        return None
    counted, _ = _noun_ending_at(tokens, noun[1], lx) or noun
    return _in_state(tokens, counted, after, lx)


def _noun_ending_at(tokens: Tokens, end: int, lx: FiguresLexicon) -> tuple[Counted, int] | None:
    """The counted noun of the table whose last word is token ``end - 1``, and its first
    token; the longest such."""
    for start in range(max(0, end - _LONGEST), end):
        found = counted_noun(tokens, start, lx)
        if found is not None and found[1] == end:
            return found[0], start
    return None
