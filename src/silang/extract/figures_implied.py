"""The counted thing of a figure that writes none, as the words around it imply it.

English news often leaves the noun out where a verb, a partitive or an earlier noun says what
is counted: "killed more than 31,000" (people who died), "injuring 80", "600 were killed",
"a population of 120,000", "30 of the 80 wounded", "17 of the hijacked ships", "attacked nearly
100 vessels and hijacked nearly 40". The cues are the pack's roles (figures_words.tsv):

- ``count-before:<class>``: words just before the figure ("killing", "population of");
- ``count-after:<class>``: words just after it ("were killed", "were injured");
- ``partitive``: "of the" after it, then the counted noun (after a second figure or not);
- ``antecedent-after``: what may follow a bare figure that stands for the sentence's last
  counted noun (the clause's end, "are", "remain").

A pack without these roles (Indonesian writes the noun: "menewaskan 10 orang") reads as before.
Two units are implied too: an age set off by commas after a name ("Sara Sadeqi, 22,") is in
years, and a figure with decimals before a noun of a ``scale:<unit>`` role ("a 5.9
earthquake") is on that scale.
"""

from __future__ import annotations

from dataclasses import replace

from silang.extract.figures_counted import CountedThing, read_counted
from silang.extract.figures_tokens import Tokens
from silang.extract.numbers import Numeral, read_numeral
from silang.lang.figures import FiguresLexicon

_BEFORE = "count-before:"
_AFTER = "count-after:"
_ACT = "act-before:"


def implied_counted(
    tokens: Tokens, first: int, end: int, lx: FiguresLexicon, antecedent: tuple[str, str] | None
) -> CountedThing | None:
    """The counted thing of the bare figure over tokens ``first`` … ``end - 1``, or None;
    ``antecedent`` is the (lemma, class) of the last counted noun before it in the sentence."""
    # A phrase before the figure says what it counts before a verb after it says what befell
    # them: "a mother of 12 was killed" counts her children, not the dead.
    return (
        _partitive(tokens, end, lx)
        or cued_before(tokens, first, end, lx)
        or _cued_after(tokens, end, lx)
        or _standing_for(tokens, end, lx, antecedent)
    )


def narrowed(tokens: Tokens, first: int, counted: CountedThing, lx: FiguresLexicon) -> CountedThing:
    """``counted`` with the state a cue beside the figure gives it, when it has none and the
    cue counts the same kind of thing: "eight others are missing", "10 people were killed"."""
    if ":" in counted.cls:
        return counted
    cued = _cued_after(tokens, counted.end, lx) or cued_before(tokens, first, counted.end, lx)
    if cued is None or cued.cls.split(":")[0] != counted.cls:
        return counted
    return CountedThing(counted.lemma, cued.cls, counted.end, counted.noun)


def _partitive(tokens: Tokens, end: int, lx: FiguresLexicon) -> CountedThing | None:
    """ "17 of the hijacked ships", "30 of the 80 wounded": the noun after "of the". The
    figure ends where it did, so that "80 wounded" is read as a figure of its own.
    A bare "of" right before a number takes the part of that whole too: "won 21 of 25
    fights", "made 8 of 14 shots" count fights and shots (an "of" before anything but a
    number is no partitive: "a mother of 12", "2,000 of rice" is no English)."""
    found = lx.role("partitive").match(tokens.low, tokens.text, end)
    if found is None:
        found = lx.role("of").match(tokens.low, tokens.text, end)
        if found is None or read_numeral(tokens, found[1], lx) is None:
            return None
    k = _past_possessor(tokens, found[1], lx)
    order = lx.role("partitive-order").match(tokens.low, tokens.text, k)
    if order is not None and tokens.is_num(order[1]):
        k = order[1]  # "eight of their last 10 games": the whole is the 10 games
    whole = read_numeral(tokens, k, lx) or _whole_past_modifiers(tokens, k, lx)
    counted = read_counted(tokens, whole.last if whole else k, lx)
    return None if counted is None else replace(counted, end=end)


def _whole_past_modifiers(tokens: Tokens, k: int, lx: FiguresLexicon) -> Numeral | None:
    """The whole's number after the modifiers the pack lets stand before a count (its
    ``adjective_skip``): "6 of his team-high 11 rebounds", "5 of their season-high 6
    blocks" take the part of the 11 rebounds and the 6 blocks. None where no number follows
    them ("17 of the hijacked ships": the noun itself follows). A counted noun or a list's
    joiner ends the modifiers: in "five of his rebounds and five of the blocks" the second
    five is no whole of the first."""
    for j in range(k, min(k + lx.adjective_skip, len(tokens))):
        if (
            not tokens.is_word(j)
            or read_counted(tokens, j, lx, skip_words=False) is not None
            or lx.role("list-and").match(tokens.low, tokens.text, j) is not None
        ):
            return None
        whole = read_numeral(tokens, j + 1, lx)
        if whole is not None:
            return whole
    return None


#: The most words a possessor between a partitive and its whole may take ("of the New
#: Orleans Saints' 16 games").
_POSSESSOR_WORDS = 3
#: The mark that makes a plural noun a possessor ("the Saints' 16 games").
_PLURAL_POSSESSIVE = frozenset({"'", "’"})


def _past_possessor(tokens: Tokens, k: int, lx: FiguresLexicon) -> int:
    """The token after a possessor at ``k`` ("the city's", "the Saints'"), which may stand
    between a partitive and the whole it takes the part of: "10 of the Saints' 16 games"
    counts games as "10 of the 16 games" does. ``k`` when no possessor stands there."""
    suffixes = tuple("".join(key) for key in lx.role("possessive-suffix").entries)
    if not suffixes:
        return k
    for j in range(k, min(k + _POSSESSOR_WORDS, len(tokens))):
        if not tokens.is_word(j):
            return k
        if tokens.low[j].endswith(suffixes):
            return j + 1
        if tokens.text[j + 1 : j + 2] and tokens.text[j + 1] in _PLURAL_POSSESSIVE:
            return j + 2 if tokens.attached(j + 1) else k
    return k


def cued_before(tokens: Tokens, first: int, end: int, lx: FiguresLexicon) -> CountedThing | None:
    """ "killing 10", "injuring another 80", "home to 120,000": a cue ends before the figure;
    an "other" or "another" may sit between ("wounding other 70")."""
    starts = [first]
    extra = lx.role("extra").match_before(tokens.low, tokens.text, first)
    if extra is not None:
        starts.append(extra[1])
    for at in starts:
        for cls in _classes(lx, _BEFORE):
            if lx.role(_BEFORE + cls).match_before(tokens.low, tokens.text, at) is not None:
                return CountedThing("", cls, end, "")
    return None


def act_counted(
    tokens: Tokens, first: int, end: int, counted: CountedThing | None, lx: FiguresLexicon
) -> CountedThing | None:
    """ "ditonton 10 ribu kali", "dilihat oleh lebih dari 10 ribu akun", "dibagikan oleh 645
    pengguna": a figure right after a verb of an act the pack counts (its ``act-before:<class>``
    roles: views, shares) that counts times, or the people or accounts who did it (the
    ``act-counter`` nouns), or nothing written, counts the act: ten thousand views however the
    writer counts the viewers, so that two reports of one video compare. A word announcing the
    count may stand between ("dibagikan sebanyak 1.000 kali"). ``end`` is the token after the
    figure's number and unit; None where no such verb stands or another noun is counted
    ("dibagikan 500 paket" counts parcels)."""
    if counted is not None and (counted.noun,) not in lx.role("act-counter").entries:
        return None
    starts = [first]
    cue = lx.role("quantity-cue").match_before(tokens.low, tokens.text, first)
    if cue is not None:
        starts.append(cue[1])
    for cls in _classes(lx, _ACT):
        if any(lx.role(_ACT + cls).match_before(tokens.low, tokens.text, at) for at in starts):
            if counted is None:
                return CountedThing("", cls, end, "")
            return CountedThing(counted.lemma, cls, counted.end, counted.noun)
    return None


def _cued_after(tokens: Tokens, end: int, lx: FiguresLexicon) -> CountedThing | None:
    """ "600 were killed", "50 were injured": a cue right after the figure. The figure's span
    stays the number: the verb is no part of it."""
    for cls in _classes(lx, _AFTER):
        if lx.role(_AFTER + cls).match(tokens.low, tokens.text, end) is not None:
            return CountedThing("", cls, end, "")
    return None


def _standing_for(
    tokens: Tokens, end: int, lx: FiguresLexicon, antecedent: tuple[str, str] | None
) -> CountedThing | None:
    """ "attacked nearly 100 vessels and hijacked nearly 40," and "1,000 people are housed in
    tents and another 2,000 are waiting": a bare figure at its clause's end, or before a
    verb of being, counts what the sentence counted last. The lemma stays empty: no noun is
    written."""
    if antecedent is None:
        return None
    closes = end >= len(tokens) or lx.role("antecedent-after").match(tokens.low, tokens.text, end)
    if not closes:
        return None
    lemma, cls = antecedent
    return CountedThing("", cls, end, lemma)


def _classes(lx: FiguresLexicon, prefix: str) -> list[str]:
    """The classes named by the roles with ``prefix`` ("count-before:person:dead")."""
    return [role[len(prefix) :] for role in lx.words if role.startswith(prefix)]


#: The unit of an age set off by commas after a name ("Sara Sadeqi, 22, a homemaker"): a unit
#: code of the packs' figures_units.tsv, not a word of a language.
_AGE_UNIT = "year"
#: The oldest age read so.
_AGE_MAX = 120
_SCALE = "scale"


#: What else closes an age set off after a person's full name: the semicolon of a list of
#: people ("Tanya Wilson, 47; Bryant Dalton, 39"), or the sentence's end.
_AGE_LIST_CLOSE = frozenset({";", "."})


def apposed_age(tokens: Tokens, i: int, k: int, numeral: Numeral) -> str | None:
    """The unit of a bare whole number between commas or in brackets right after a
    capitalised name: an age ("Sara Sadeqi, 22, said", "Andi (25)"); or closing a list's
    item or the sentence after a name of two capitalised words ("identified as Tanya Wilson,
    47; ...": one word, "Riverton, 3;", may be a team's score). None for any other figure."""
    if k != i + 1 or not tokens.is_num(i) or numeral.decimals or numeral.value > _AGE_MAX:
        return None
    if tokens.text[i - 1 : k + 1] == ["(", tokens.text[i], ")"] and tokens.capitalised(i - 2):
        # "Andi (25), warga Cibubur", "Timmy Richard(15)": news sets a person's age in
        # brackets after the name (Indonesian news always so); a team's record in brackets
        # has two sides ("the Chiefs (2-13)", figures_grammar.read_score).
        return _AGE_UNIT
    if tokens.text[i - 1 : i] != [","] or not tokens.capitalised(i - 2):
        return None
    if tokens.text[k : k + 1] == [","]:
        return _AGE_UNIT
    closes = k == len(tokens.text) or tokens.text[k] in _AGE_LIST_CLOSE
    return _AGE_UNIT if closes and i >= 3 and tokens.capitalised(i - 3) else None


def stated_age(tokens: Tokens, i: int, k: int, numeral: Numeral, lx: FiguresLexicon) -> str | None:
    """The unit of a bare whole number the words before it make an age: "died at 75", "at
    age 61", "aged 34" (the pack's ``age-before`` role), or a person's "He was 75." closing
    its clause (``age-predicate``: "the toll was 75." counts). None for any other figure."""
    if k != i + 1 or not tokens.is_num(i) or numeral.decimals or numeral.value > _AGE_MAX:
        return None
    if lx.role("age-before").match_before(tokens.low, tokens.text, i) is not None:
        # "died at 10 Downing Street" is an address: a name goes on after the number.
        return None if k < len(tokens.text) and tokens.capitalised(k) else _AGE_UNIT
    closes = k == len(tokens.text) or tokens.text[k] in _AGE_CLAUSE_CLOSE
    if closes and _died_earlier_at(tokens, i, lx):
        return _AGE_UNIT
    if tokens.text[k : k + 1] == [","] and _fronted_at(tokens, i, lx):
        return _AGE_UNIT
    if lx.role("age-turn").match_before(tokens.low, tokens.text, i) is not None:
        return _AGE_UNIT if _phrase_closes(tokens, k, lx) else None
    if _age_ahead_or_then(tokens, i, k, lx):
        return _AGE_UNIT
    if lx.role("age-predicate").match_before(
        tokens.low, tokens.text, i
    ) is None and not _name_predicate(tokens, i, lx):
        return None
    return _AGE_UNIT if closes else None


def _age_ahead_or_then(tokens: Tokens, i: int, k: int, lx: FiguresLexicon) -> bool:
    """Whether the bare number at ``i`` is an age to be reached on a date ("will be 29 in
    April", "will be 29 on April 11": the pack's ``age-will-be`` words, then a word of
    ``age-date-before`` and a month) or one a person held then ("who was 18 at the time":
    ``age-who``, then ``age-then`` or the clause's end)."""
    low, text = tokens.low, tokens.text
    will = lx.role("age-will-be").match_before(low, text, i)
    if will is not None:
        # Only a person reaches an age: a name or a personal pronoun right before "will be"
        # ("the fund will be 29 in April" is no age).
        s = will[1] - 1
        person = s >= 0 and (
            (
                tokens.capitalised(s)
                and lx.role("age-not-name").match(low, text, s) is None
                and lx.counted.match(low, text, s) is None
            )
            or lx.role("age-will-be-subject").match(low, text, s) is not None
        )
        if not person:
            return False
        date = lx.role("age-date-before").match(low, text, k)
        return date is not None and lx.months.match(low, text, date[1]) is not None
    if lx.role("age-who").match_before(low, text, i) is None:
        return False
    closes = k == len(text) or text[k] in _AGE_CLAUSE_CLOSE
    return closes or lx.role("age-then").match(low, text, k) is not None


#: How many tokens before "at N" the verb of a death may stand ("died yesterday in federal
#: prison at 77").
_DEATH_REACH = 8


def _died_earlier_at(tokens: Tokens, i: int, lx: FiguresLexicon) -> bool:
    """Whether "at" stands right before the number and a verb of death (the pack's
    ``age-death``) a few words before that, in the same clause: "died yesterday in federal
    prison at 77," gives an age as "died at 77" does."""
    at = lx.role("age-at").match_before(tokens.low, tokens.text, i)
    if at is None:
        return False
    for j in range(at[1] - 1, max(-1, at[1] - 1 - _DEATH_REACH), -1):
        if tokens.text[j] in _AGE_CLAUSE_CLOSE:
            return False
        if lx.role("age-death").match(tokens.low, tokens.text, j) is not None:
            return True
    return False


#: Words after a number that go on with the clause, not name what the number counts: the
#: pack's function words, and the words that start a time ("next year", "last month").
_CLAUSE_GOES_ON = ("stop", "score-then", "age-time-after")


def _phrase_closes(tokens: Tokens, k: int, lx: FiguresLexicon) -> bool:
    """Whether the noun phrase of a number ends before token ``k``: the sentence or a mark
    ends there, or a function word or a word of time goes on with the clause ("turns 29 on
    April 11", "turned 50 last year"; "turned 30 pages" names what it counts)."""
    if k >= len(tokens.text) or not tokens.is_word(k):
        return True
    return any(lx.role(r).match(tokens.low, tokens.text, k) is not None for r in _CLAUSE_GOES_ON)


def _fronted_at(tokens: Tokens, i: int, lx: FiguresLexicon) -> bool:
    """Whether "at" right before the number opens its clause, which goes on after a comma:
    "At 34, she left modelling", "she believed that, at 34, her days were over". A bare
    number fronted so, with nothing counted after it, is the age at which the clause's
    subject did what it tells; a time or a place is written with more ("at 5 p.m.", "at 34
    Elm Street"). The clause opens at the sentence's start, after a comma, or after a word
    of the pack's ``age-at-opener`` role ("that", "and", "but")."""
    at = lx.role("age-at").match_before(tokens.low, tokens.text, i)
    if at is None:
        return False
    before = at[1] - 1
    opens = (
        before < 0
        or tokens.text[before] in _AGE_CLAUSE_CLOSE
        or lx.role("age-at-opener").match(tokens.low, tokens.text, before) is not None
    )
    # Only a person is so many years old: the clause's subject after the comma is a
    # pronoun of the pack's ``age-at-subject`` role or a name ("At 5, the store opens" is
    # an hour).
    subject = i + 2
    if not opens or subject >= len(tokens.text):
        return False
    named = tokens.capitalised(subject) and tokens.low[subject] not in lx.articles
    return named or lx.role("age-at-subject").match(tokens.low, tokens.text, subject) is not None


def _name_predicate(tokens: Tokens, i: int, lx: FiguresLexicon) -> bool:
    """Whether a name is said to be the number at token ``i``: "LaRue was 75", "Fred LaRue
    was 75", "police said LaRue is 75" (the pack's ``age-name-predicate`` verbs). The subject
    is a name when it is two capitalised words, or one capitalised inside the sentence, or one
    opening it that is no word the pack knows as a noun or a pronoun ("Turnout was 75", "It
    was 75" are no ages; the pack's ``age-not-name`` role). A word in capitals ("GDP") is an
    acronym, not a person."""
    verb = lx.role("age-name-predicate").match_before(tokens.low, tokens.text, i)
    if verb is None:
        return False
    c = verb[1] - 1
    if c < 0 or not tokens.capitalised(c) or tokens.text[c].isupper():
        return False
    if c >= 1 and tokens.capitalised(c - 1) and not tokens.text[c - 1].isupper():
        return lx.role("age-not-name").match(tokens.low, tokens.text, c - 1) is None
    if c >= 1 and (tokens.is_word(c - 1) or tokens.text[c - 1] == ","):
        return True
    known = lx.role("age-not-name").match(tokens.low, tokens.text, c) or lx.counted.match(
        tokens.low, tokens.text, c
    )
    return known is None


#: What closes the clause of "He was 75": the sentence's end, a comma or a semicolon.
_AGE_CLAUSE_CLOSE = frozenset({".", ",", ";"})


def scale_of(counted: CountedThing, lx: FiguresLexicon) -> str | None:
    """The scale a figure with decimals reads on its counted noun ("a 5.9 earthquake" is a
    magnitude): the unit of the ``scale:<unit>`` role that lists the noun."""
    key = tuple(counted.noun.split())
    for scale, phrases in lx.roles_of(_SCALE):
        if key in phrases.entries:
            return scale
    return None
