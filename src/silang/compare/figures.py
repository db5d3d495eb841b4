"""One figure of a story as the cross-checks see it: what it counts, the day it speaks of, the
words around it and the places it is about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from silang.cluster.terms import word_term
from silang.compare.glossary import Glossary, key_terms
from silang.compare.scope import (
    Period,
    bounds_time,
    clause_has,
    difference_of_two,
    earlier_period,
    general_statement,
    opened_clause,
    part_of_next,
)
from silang.compare.text import CLAUSE_END, day_of, numbers, sentence_at, words
from silang.compare.units import measure
from silang.extract.figures_counted import counted_noun
from silang.extract.figures_tokens import tokenize
from silang.lang.figures import FiguresLexicon
from silang.lang.time_units import PART_BELOW, TIME_ORDER
from silang.model import Annotated, Entity, Quantity, Span, TimeExpression

#: A figure with no counted word takes a person class only from a cue this close (characters):
#: "23 thousand souls" after "refugees reaching" does, an age "(54)" never does.
_BARE_CUE_REACH = 25
#: The language packs' counted classes that name what a cue word names ("4.100 pengungsi" and
#: "2.300 warga mengungsi" count the same people).
_SAME_CLASS = {"evacuee": "person:evacuee"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: The bare class of people: too broad to make two counts one ("person" counts anyone).
GENERIC_PERSON = "person"


@dataclass(frozen=True)
class Figure:
    """A quantity of one article with what the slots need to know about it."""

    article_id: str
    quantity: Quantity
    subject: str
    #: Whether the subject was narrowed by a cue word (then it already names one thing).
    refined: bool
    date: str | None
    #: Whether the text beside the figure (its clause, or its sentence when the figure is the
    #: sentence's only one) names its day; else ``date`` is the article's own day.
    dated: bool
    #: Whether its clause marks a later state of the count ("kini", "bertambah", "now";
    #: compare_later_state.txt).
    later: bool
    sentence: Span
    context: frozenset[str]
    places: frozenset[str]
    #: The words of the figure's sentence with the figure itself masked: two reports that
    #: retell one sentence with another number give one frame.
    frame: str
    #: The other numbers written in that sentence ("2300", "5.4").
    frame_numbers: frozenset[str]
    #: The reading the figures stage did not take of a figure that reads either way
    #: ("282,983 ton") in an article whose other numbers do not say which
    #: (``Quantity.other_value``); silang.compare.slots takes it where another report agrees.
    other_value: float | None = None
    #: For a class of people other than the generic one ("passenger", "student"), what its
    #: clause's cue word says happened to them ("person:evacuee" for "evacuate some 420
    #: passengers"); None when no cue does.
    state: str | None = None
    #: The earlier period its sentence speaks of ("in February", silang.compare.scope); None
    #: for a figure of the story's own time.
    period: Period | None = None
    #: Whether its clause is a general statement ("a magnitude 6 quake can cause severe
    #: damage") rather than a value of the story's event (compare_general.tsv).
    general: bool = False
    #: Whether its clause gives an average over many ("has averaged 100 RBIs in his six
    #: seasons") rather than one total (compare_general.tsv, role "average").
    average: bool = False
    #: Whether it gives a difference between two things rather than a value of either
    #: ("five rounds sooner than expected", "four years older than his brother";
    #: compare_general.tsv, roles "comparative" and "than").
    difference: bool = False
    #: For a count of the generic "person" ("10 ribu orang"), the one class of people its
    #: clause names with a counted noun of its own ("jumlah peserta aksi yang akan hadir 10
    #: ribu orang": "participant"): whom the count counts. None where it names none or two.
    named_class: str | None = None
    #: Whether it counts a part of the figure that follows it ("30 of the 80 wounded
    #: remained in hospital"): the part is another thing than the whole (compare_part_of.txt).
    part: bool = False
    #: For a measure, the counted class of the thing it measures ("a 10-metre dhow" and "a
    #: 24- to 30-foot dhow" measure a "boat"); None when no known counted noun follows.
    measured: str | None = None
    #: The places its clause names, the story's own included (``places`` loses those in
    #: silang.compare.slots): a distance is measured from one of them.
    named_places: frozenset[str] = frozenset()
    #: For a distance, the proper name it is measured from ("Bandar Abbas" in "35 miles
    #: southwest of Bandar Abbas"), whether or not the entities stage knows it as a place.
    measured_from: str | None = None
    #: For a distance measured from a name, the compass points it names on the way ("south"
    #: and "west" in "58km south-west of Bandar Abbas"); empty where it names none.
    bearing: frozenset[str] = frozenset()
    #: Whether its article carries no publication day: then a figure its text does not date
    #: has no known day (``date`` is at most the latest day the article names).
    unpublished: bool = False
    #: For an age, the words of the name it stands beside ("Zurana Horton, 34", "34-year-old
    #: Zurana Horton"): whose age it is; for a weight written as an adjective, the person
    #: (an entity of kind person) it stands right before ("the 260-pound Echenique", not
    #: "the 150-kg Sumatran tiger"). Empty for any other figure or of no name.
    owner: frozenset[str] = frozenset()
    #: The words of the person or body its clause names before it, outside its attribution
    #: ("Grant Gibbs had eight of the 11 assists", "Reggie Wayne's 41-yard catch"): who
    #: did, had or underwent what it counts (``_holder``). Empty where none stands so.
    holder: frozenset[str] = frozenset()
    #: The names of the people its sentence names with no clause opener between them and it
    #: (as the entities stage resolved them, lower-cased), not its source: whose doings it
    #: tells (``_people``).
    people: frozenset[str] = frozenset()
    #: Whether its number is an ordinal ("in the sixth round", "their eighth straight
    #: win"): it counts up to one moment of a sequence (``_ordinal``).
    ordinal: bool = False
    #: Whether it is a length of time still to run ("with under five minutes left"): a
    #: moment of a countdown, no length of what the story tells (compare_general role
    #: "countdown").
    countdown: bool = False
    #: Whether it is a length of time between two happenings, told by a word right after it
    #: ("comes seven months after that animal became ...", "tiga hari setelah"; compare_general
    #: role "gap-after"): the gap to another happening, no length of what the story tells.
    #: Not after a span word ("lasted 40 days after talks collapsed"; role "span-before").
    gap: bool = False
    #: Whether a limiting word stands right before it ("hanya lima bus", "only five buses";
    #: compare_general role "limiting"; not "arrived just after noon"): a count told
    #: against a larger one, which a lone estimate of the same noun may dispute
    #: (slot_joins.undated_counts_of_one_thing).
    limited: bool = False
    #: Key terms of the clause a fronted window or deadline opens (scope.opened_clause):
    #: what its length is the time of, compared only with another window's
    #: (slot_joins.window_context).
    timed: frozenset[str] = frozenset()
    #: Whether it is a window, deadline or upper bound of time ("dalam 3 jam", "within",
    #: "kurang dari 4,5 jam"; scope.bounds_time).
    window: bool = False
    #: For a share, the place it is a share of: the first place named after it in its clause
    #: before the next figure ("65% of traffic to India", "52 percent in Egypt"). None where
    #: none is, or for any other figure.
    share_of: str | None = None
    #: For a share, the key terms of the whole it is taken of, names and numbers left out
    #: ("milk" of "about half the milk in Alaska", "settler" and "gav" of "half of the
    #: settlers gave up"): a share is of a whole, and two shares of two wholes are two things
    #: whatever their numbers (``_whole_of``). Empty where no word links a whole to it.
    whole: frozenset[str] = frozenset()
    #: Whether it counts what is left of a whole its article counts before it once a part
    #: is named: an elided noun marked as the rest ("the other two", "two others", "dua
    #: lainnya"), a part before it in its sentence, and the sum of the two counted before
    #: ("three undersea cables ... one cable down ... the other two"). It is a part of that
    #: whole, no rival count of it (``_remainders``).
    remainder: bool = False
    #: Whether it is a share its sentence gives as an opinion poll's result ("In a poll
    #: released Sunday, some 62 percent of respondents said ..."; compare_general.tsv, role
    #: "poll"): one poll's answer to one question.
    poll: bool = False
    #: For a poll share, the words of the pollster its sentence names beside a poll word
    #: ("the Ethnos poll", "survei LSI"; ``_pollster``). Empty where none is named.
    pollster: frozenset[str] = frozenset()
    #: Whether it counts things added to an earlier count of its class ("called in an
    #: additional six engines", "a further four appliances", "4 unit tambahan"), the one
    #: such count of its subject in its article (``_added_counts``): the added ones, no
    #: total.
    added: bool = False


def _clause(text: str, sentence: Span, start: int, end: int) -> Span:
    """The clause of ``sentence`` around ``start``-``end``, between clause marks."""
    before = text[sentence.start : start]
    cuts = [m.end() for m in CLAUSE_END.finditer(before)]
    first = sentence.start + (cuts[-1] if cuts else 0)
    after = CLAUSE_END.search(text, end, sentence.end)
    return Span(first, after.start() if after else sentence.end)


#: What a cue word after the figure weighs (characters) once a conjunction stands between
#: them: in "killing 10 people and injuring 80" the "injuring" is the 80's, and a cue before
#: the figure wins; with no other cue it is still taken ("2.300 warga dan 40 orang mengungsi").
_ACROSS_CONJUNCTION = 100


@dataclass(frozen=True)
class _Cues:
    """A language pack's cue words as (class, cue) pairs (``Glossary.person_cues``) and the
    conjunctions that part two counts of a clause."""

    pairs: Sequence[tuple[str, str]]
    conjunctions: frozenset[str]


def _cues(glossary: Glossary, language: str) -> _Cues:
    return _Cues(
        glossary.person_cues.get(language, ()),
        glossary.conjunctions.get(language, frozenset()),
    )


def _nearest_cue(lowered: str, before: int, after: int, cues: _Cues) -> tuple[int, str] | None:
    """The distance to the cue word nearest the figure at ``before``-``after`` and its class
    ("person:dead"). The cues of the language packs (compare_person_cues.tsv) narrow "person",
    too wide a class to compare: the dead, the missing and the evacuated are all people."""
    best: tuple[int, str] | None = None
    joined_at = [
        m.start() for m in _WORD.finditer(lowered, after) if m.group() in cues.conjunctions
    ]
    for match in _WORD.finditer(lowered):
        word = match.group()
        for cls, cue in cues.pairs:
            # A cue starts its word ("evacu" in "evacuated"), but "-kan" makes another verb:
            # "meninggalkan" is to leave, not to die.
            if not word.startswith(cue) or word[len(cue) :] == "kan":
                continue
            at, end = match.start(), match.end()
            # A cue after the figure ("2.300 warga mengungsi") binds a little tighter than
            # one before it ("mengevakuasi sekitar 2.300 warga").
            distance = at - after if at >= after else before - end + 5
            if at >= after and any(j < at for j in joined_at):
                distance += _ACROSS_CONJUNCTION
            if best is None or distance < best[0]:
                best = (distance, cls)
    return best


#: The counted class of repetitions ("11 times", "dua kali"): what is repeated is the verb.
_REPETITIONS = "occurrence"


def _repeated(item: Annotated, quantity: Quantity, glossary: Glossary) -> str:
    """The subject of a count of repetitions: the event concept of the verb right before it
    ("shot 11 times" and "ditembak 11 kali" against "arrested four times", ECB+ dev topic
    19), else repetitions alone: a verb with no concept ("shared 12,000 times", "dibagikan
    12.000 kali") has no word two languages share."""
    text = item.article.text
    verb = _written_word_before(text, quantity.start, max(0, quantity.start - 40))
    terms = key_terms(verb, item.article.language, glossary) if verb else frozenset()
    concepts = sorted(t.lstrip("=") for t in terms if t.startswith("="))
    return f"{_REPETITIONS}:{concepts[0]}" if concepts else _REPETITIONS


def _closes(text: str, position: int) -> bool:
    """Whether a bracket closes right after ``position`` (spaces aside)."""
    return text[position : position + 3].lstrip().startswith(")")


def _next_word(text: str, position: int) -> str:
    found = _WORD.search(text, position, position + 40)
    return found.group().lower() if found else ""


#: A count written as an adjective, its number and noun joined by a hyphen ("30-point",
#: "two-goal"): the noun.
_HYPHENED = re.compile(r"-([^\W\d_]+)$", re.UNICODE)
#: How many capitalised words (a side's name) may stand between a margin and its result.
_MARGIN_NAMES = 2


def _margin(
    text: str, quantity: Quantity, results: Collection[str], scoring: Collection[str]
) -> bool:
    """Whether a count of what a side scores (``scoring``; compare_general.tsv, role
    "margin-unit": points, goals) is a winning or losing margin (``results``; role
    "margin-of"): written as an adjective of a result's noun ("a 30-point win", "a two-goal
    lead"), it tells by how much one side beat the other, a difference of two scores, never
    a side's score, so it compares only with other differences. A side's name may stand
    between as another adjective ("a 30-point CU win"). A count of games before "win" ("an
    11-game win streak") counts a run of results, no margin."""
    hyphened = _HYPHENED.search(quantity.text)
    if hyphened is None or hyphened.group(1).lower() not in scoring:
        return False
    at = quantity.end
    for _ in range(_MARGIN_NAMES + 1):
        word = _WORD.search(text, at, at + 40)
        if word is None or text[at : word.start()].strip():
            return False
        if word.group().lower() in results:
            return True
        if not word.group()[0].isupper():
            return False
        at = word.end()
    return False


#: How many words before a figure a verb of intent, attempt or threat governs it from: the
#: verb, "to", the verb it governs ("intended to kill one"), an article or a limiter.
_UNREALISED_REACH = 5


def _unrealised(
    text: str,
    clause: Span,
    quantity: Quantity,
    phrases: Collection[str],
    stops: Collection[str],
) -> bool:
    """Whether a verb of intent, attempt or threat governs the figure (``phrases``;
    compare_general.tsv, role "unrealised": "intended to kill one other person", "threatened
    to fire 200 workers", "berencana menggusur 300 rumah"): what it counts was meant, tried
    or threatened, not done, so it is no value of the story's event and compares only with
    other such statements (Figure.general)."""
    if not phrases:
        return False
    words = [w.lower() for w in _WORD.findall(text, clause.start, quantity.start)]
    # A coordinator or clause opener between them ("tried to flee and killed 3 guards",
    # "hendak mengungsi ketika banjir merendam 300 rumah") opens another verb's stretch.
    cut = max((at + 1 for at, w in enumerate(words) if w in stops), default=0)
    before = words[cut:][-_UNREALISED_REACH:]
    said = " " + " ".join(before) + " "
    return any(f" {phrase} " in said for phrase in phrases)


def _word_right_after(text: str, position: int) -> str:
    """The word after ``position`` when only spaces part them: a year before a comma ("pada
    1844, dirancang ...") counts nothing that follows the comma."""
    found = _WORD.search(text, position, position + 40)
    if found is None or text[position : found.start()].strip():
        return ""
    return found.group().lower()


def _word_right_before(text: str, position: int) -> str:
    """The word before ``position`` when only spaces part them ("lasted 40 days"), lower-cased."""
    return _written_word_before(text, position, max(0, position - 40)).lower()


def _written_word_before(text: str, position: int, start: int) -> str:
    """The word before ``position`` as written, only spaces between, looked for from
    ``start`` on (a word cut there is read from it); empty where none stands so."""
    found = _WORD_BEFORE.search(text, start, position)
    return found.group(1) if found is not None else ""


_OWN_NUMBER_GAP = re.compile(r"\s+\d+\s*,\s*")


def _listed_number(item: Annotated, word: re.Match[str], quantity: Quantity) -> bool:
    """Whether a number after a comma goes on a list of one name's numbers: "Pasal 5, 6"
    (the name's own number before the comma, not a date's: "March 5, 300 people") or
    "Pasal 340 KUHP, 338 KUHP" (the name's word again after it)."""
    text = item.article.text
    gap = text[word.end() : quantity.start]
    again = _WORD.match(text, quantity.end + 1)
    if (
        again is not None
        and text[quantity.end : again.start()].isspace()
        and again.group() == word.group()
    ):
        return True
    own = _OWN_NUMBER_GAP.fullmatch(gap)
    return own is not None and not any(t.start <= word.start() < t.end for t in item.times)


def _after_name(item: Annotated, quantity: Quantity) -> bool:
    """Whether a capitalised word inside its sentence sits right before the figure: "Aksi
    212" is a name, "Sebanyak 345 permen" opens a sentence. Only spaces part a name from
    its number: a comma, a bracket or a possessive mark between them ends the name ("Last
    Friday, 1,300 biologists", "Peyton Hillis (101 yards)", "Charles' 226 yards": ECB+ dev
    topics 9 and 29), and the number after it counts."""
    window = max(0, quantity.start - 30)
    previous = list(_WORD.finditer(item.article.text, window, quantity.start))
    if not previous or not previous[-1].group()[0].isupper():
        return False
    text = item.article.text
    gap = text[previous[-1].end() : quantity.start]
    if gap.strip() and not _listed_number(item, previous[-1], quantity):
        return False
    opening = item.article.text[sentence_at(item, quantity.start).start : previous[-1].start()]
    return bool(_WORD.search(opening))


def _noun_after_classifier(
    item: Annotated, quantity: Quantity, subject: str | None, glossary: Glossary
) -> str | None:
    """The noun after a measure word: "20 biji permen" counts sweets, "10 juta unit iPhone"
    phones, so that they compare with "345 permen" and "10 juta iPhone". The measure word is
    the counted word the figures stage kept ("unit") or, when it kept none, the next word."""
    classifiers = glossary.classifiers.get(item.article.language or "", frozenset())
    text = item.article.text
    position = quantity.end
    if subject not in classifiers:
        if subject is not None:
            return None
        following = (
            _WORD.match(text, position + 1) if text[position : position + 1] == " " else None
        )
        if following is None or following.group().lower() not in classifiers:
            return None
        position = following.end()
    return _word_subject(_next_word(text, position), item.article.language, glossary)


def _word_subject(word: str, language: str | None, glossary: Glossary) -> str | None:
    """The subject a counted word the figures stage did not know names: its stem or concept
    ("3000 sel kanker": "sel"). An English plural the stemmer leaves ("12 Somalis" beside
    "12 Somali pirates") loses its "s", so both name one thing."""
    terms = key_terms(word, language, glossary)
    plain = sorted(t.lstrip("=") for t in terms if not t.startswith(("#", "@")))
    if not plain:
        return None
    return _singular(plain[0], language)


#: How far after a bare figure its counted phrase is looked for (characters).
_PHRASE_REACH = 80
#: The counted class of nouns that name people only by where they belong ("nationals",
#: "citizens"): their qualifier says who they are ("12 Somali nationals", "12 Somalis").
_BELONGING = "citizen"
#: The tokens of a counted phrase: words (hyphens inside), digits, and any other mark.
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\S")
#: The word right before a figure, with only spaces between.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
#: "12 Somali and " before a figure: the figure is the second part of a breakdown.
_BREAKDOWN_BEFORE = re.compile(r"\d[\d.,]*\s+[^\W\d_]+\s+([^\W\d_]+)\s+$")


def _singular(word: str, language: str | None) -> str:
    """An English plural the stemmer leaves ("Somalis", "brigands") without its "s"."""
    if language == "en" and len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _known_noun(word: str, language: str, glossary: Glossary) -> bool:
    """Whether a word names what figures count: a counted lemma of the figures stage, a noun
    of people, or a cue word ("wounded")."""
    return (
        _singular(word, language) in glossary.counted.get(language, {})
        or word in glossary.person_nouns.get(language, frozenset())
        or any(word.startswith(cue) for _cls, cue in glossary.person_cues.get(language, ()))
    )


def _dash_like(after: str, stopwords: Collection[str]) -> bool:
    """Whether the word after a hyphen opens a new phrase, as after a dash: a name ("-Cam"), a
    function word ("-the", "-who") or a participle ("-breaking")."""
    return after[:1].isupper() or after.lower() in stopwords or after.lower().endswith("ing")


def _head_noun(text: str, position: int, language: str, glossary: Glossary) -> str:
    """The word a bare figure counts in a language whose counted phrases end in their head
    noun: a nationality or other qualifier is not what is counted ("23 heavily armed
    Somalian and Yemeni pirates", "23 Somali and Yemeni sea brigands"); the walk stops at
    the first noun the packs know, at a function word or at a mark. In a breakdown ("12
    Somali and 11 Yemeni nationals") the qualifier tells the parts apart and is the subject.
    "" when the phrase has no word."""
    tokens = _TOKEN.findall(text, position, position + _PHRASE_REACH)
    lexicon = glossary.lexicons.get(language)
    stopwords = lexicon.stopwords if lexicon else frozenset()
    joins = glossary.conjunctions.get(language, frozenset())
    found: list[str] = []
    for at, token in enumerate(tokens):
        word = token.lower()
        if not word[0].isalpha():
            break
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if word in joins and found:
            if following.isdigit():
                return found[0]  # a breakdown: "12 Somali and 11 Yemeni"
            if not following[:1].isalpha() or following.lower() in stopwords:
                break
            continue
        if word in stopwords:
            break
        before_hyphen, _, after_hyphen = token.partition("-")
        if (
            language == "en"
            and after_hyphen
            and _singular(before_hyphen.lower(), language) != before_hyphen.lower()
            and _dash_like(after_hyphen, stopwords)
        ):
            # English compound modifiers take their noun in the singular ("record-breaking",
            # "a 10-yard run"): a plural hyphened to a word that opens a new phrase is a dash
            # written short, and the phrase ends at it ("4,051 yards-breaking Cam Newton's
            # record", "1,000 associates-the name for ..."). Nouns plural in form are
            # modifiers too ("arms-control", "sports-car"), so the word after must open a
            # phrase: a name, a function word or a participle.
            found.append(before_hyphen.lower())
            break
        found.append(word)
        if _known_noun(word, language, glossary):
            break
    if len(found) > 1 and _counted_class(found[-1], language, glossary) == _BELONGING:
        return found[0]  # "12 Somali nationals" are the 12 Somalis
    return found[-1] if found else ""


def _counted_class(word: str, language: str, glossary: Glossary) -> str | None:
    return glossary.counted.get(language, {}).get(_singular(word, language))


def _counted_word(word: str, language: str, glossary: Glossary) -> str | None:
    """The subject a counted word names: its class in the figures stage's table ("brigands":
    "pirate"), else its stem or concept."""
    return _counted_class(word, language, glossary) or _word_subject(word, language, glossary)


def _record(item: Annotated, quantity: Quantity, glossary: Glossary) -> tuple[str, list[str]]:
    """The noun a record phrase before a figure names, and the word after that noun
    ("BPBD's count of the victims rose to 150", "jumlah korban meninggal mencapai 120";
    compare_general role "record-of", the longest phrase where two match): the figure counts
    it when a word of reaching stands right before the figure (role "record-reach": "rose to
    150", "mencapai 120"). Other figures of the clause are the record's changes or its past
    ("rose by 300", "from 90", "bertambah 300") or the date it was taken ("on Monday"),
    no total. The last such phrase of the figure's clause decides; with its record's word
    ("toll", "jumlah"), empty where none."""
    language = item.article.language or ""
    general = glossary.general.get(language, {})
    text = item.article.text
    if _word_right_before(text, quantity.start) not in general.get("record-reach", frozenset()):
        return "", []
    phrases = [p.split() for p in general.get("record-of", frozenset())]
    sentence = sentence_at(item, quantity.start)
    clause = _clause(text, sentence, quantity.start, quantity.end)
    before = _WORD.findall(text[clause.start : quantity.start].lower())
    # A record a part is taken from ("dari jumlah pengungsi itu, anak-anak mencapai 400";
    # compare_part_of.txt) is the whole, not what the figure counts.
    parts = glossary.part_of.get(language, frozenset())
    # A conjunction or "because" after the record's noun starts another subject ("the number
    # of evacuees grew and the injured rose to 40", "jumlah pengungsi bertambah karena banyak
    # rumah yang rusak mencapai 300") or joins a second noun to the count ("the dead and
    # injured"): the figure is no count of the record's noun alone.
    stops = glossary.conjunctions.get(language, frozenset()) | general.get(
        "record-stop", frozenset()
    )
    found: tuple[str, list[str]] = ("", [])
    for at in range(len(before)):
        size = max((len(p) for p in phrases if before[at : at + len(p)] == p), default=0)
        whole = any(" ".join(before[max(0, at - n) : at]) in parts for n in (1, 2))
        joined = any(w in stops for w in before[at + size + 1 :])
        if size and at + size < len(before):
            found = ("", []) if whole or joined else (before[at], before[at + size : at + size + 2])
    return found


def _with_recorded_noun(item: Annotated, quantity: Quantity, glossary: Glossary) -> Quantity:
    """A figure of no counted word with the noun a record phrase before it names as its
    counted word ("BPBD's count of the victims rose to 150" counts victims, as "120 victims"
    does), unless that noun or the word after it is a cue of what befell people (the toll of
    "the dead", "jumlah korban meninggal": ``subject_of`` narrows the count by it)."""
    if quantity.counted is not None or quantity.unit is not None:
        return quantity
    record, recorded = _record(item, quantity, glossary)
    language = item.article.language or ""
    general = glossary.general.get(language, {})
    lexicon = glossary.figures.get(language)
    if (
        not recorded
        or lexicon is None
        or _nearest_cue(" ".join(recorded), 0, 0, _cues(glossary, language))
    ):
        return quantity
    # The figures stage's own reading of the noun ("buses": bus, "people": person), so that
    # the count compares as one it read with the noun after it; a noun it does not know
    # says nothing.
    noun = recorded[0]
    forms = [noun, lexicon.counted_forms.get(noun, noun)]
    forms += [
        noun[: -len(suffix)] + replacement
        for suffix, replacement in lexicon.inflections
        if noun.endswith(suffix) and len(noun) > len(suffix) + 1
    ]
    known = next((c for f in forms if (c := lexicon.counted.entries.get((f,))) is not None), None)
    # A toll counts people ("the toll of the victims"): "the toll of the quake rose to 120"
    # counts no quakes. Nor is it read as deaths: what a toll of a happening counts (the
    # dead, the hurt, the cost) its words leave unsaid, and a guessed class would dispute
    # another report's dead.
    toll = record in general.get("toll-record", frozenset())
    if known is None or (toll and known.cls not in general.get("toll-class", frozenset())):
        return quantity
    return replace(quantity, counted=known.lemma, counted_class=known.cls)


def _breakdown_part(item: Annotated, quantity: Quantity, glossary: Glossary) -> str | None:
    """The qualifier of a figure that is the second part of a breakdown ("12 Somali and 11
    Yemeni pirates": the 11 are the Yemeni ones), in a language whose phrases end in their
    head noun."""
    language = item.article.language or ""
    if language not in glossary.head_last:
        return None
    text = item.article.text
    before = _BREAKDOWN_BEFORE.search(text, max(0, quantity.start - 60), quantity.start)
    if before is None or before.group(1).lower() not in glossary.conjunctions.get(language, ()):
        return None
    if quantity.counted is None:
        qualifier = _word_right_after(text, quantity.end)
    else:
        own = _WORD.findall(quantity.text)
        qualifier = own[0].lower() if own else ""
    if not qualifier or _known_noun(qualifier, language, glossary):
        return None
    return _word_subject(qualifier, language, glossary)


def _compound_head(item: Annotated, quantity: Quantity, glossary: Glossary) -> str | None:
    """The class of the head of a noun-noun compound whose first noun the figures stage took
    for the counted word, in a language whose noun phrases end in their head: "three
    submarine cables" counts cables, not submarines, as "two fire engines" counts engines.
    The next word must be a noun the figures stage counts itself, right after the figure
    with only a space between, and the number must fall on it: an English compound's first
    noun stays singular and its head takes the plural ("submarine cables"), so a plural
    count ("two officers shot Gray") or a singular next word ("three police shot") is a
    noun and a verb, and a count of one says nothing."""
    language = item.article.language or ""
    if language not in glossary.head_last:
        return None
    text = item.article.text
    following = _word_right_after(text, quantity.end)
    own = _WORD.findall(quantity.text)
    if not following or not own or text[quantity.end : quantity.end + 1] != " ":
        return None
    modifier = own[-1].lower()
    if quantity.counted != modifier or _singular(following, language) == following:
        return None
    return _counted_class(following, language, glossary)


def subject_of(item: Annotated, quantity: Quantity, glossary: Glossary) -> tuple[str | None, bool]:
    """What a figure counts (its unit, else counted class, else counted lemma, else the word
    after it) and whether a cue word narrowed a person count to the evacuated, the dead or
    the missing."""
    # A figure with a unit is about what the unit measures; its counted word ("12 km jalan")
    # is context, so that "12 km" and "12 km of road" compare.
    subject = quantity.unit or _breakdown_part(item, quantity, glossary)
    subject = subject or quantity.counted_class or quantity.counted
    if quantity.unit is None and quantity.counted is not None:
        subject = _compound_head(item, quantity, glossary) or subject
    subject = _SAME_CLASS.get(subject or "", subject)
    if quantity.unit is None and quantity.counted_class in (None, quantity.counted):
        subject = _noun_after_classifier(item, quantity, subject, glossary) or subject
    if subject == _RESIDENT:
        # "200 residents were evacuated": what befell the people of a place says who is
        # counted; "has about 200,000 residents" counts the place's people.
        return _befell(item, quantity, glossary) or subject, True
    if subject is not None and subject.startswith("person:"):
        return subject, True  # the counted word already says who: "korban tewas"
    if subject == _REPETITIONS:
        return _repeated(item, quantity, glossary), False
    if subject not in ("person", None):
        return subject, False
    text = item.article.text
    language = item.article.language or ""
    cues = _cues(glossary, language)
    if subject is None:
        if text[quantity.start - 1 : quantity.start] == "(" and _closes(text, quantity.end):
            # An age: "Suryadi (54)"; "(12 Somali and 11 Yemeni)" counts.
            return None, False
        if _after_name(item, quantity):
            return None, False  # part of a name: "Aksi 212", "Pasal 2"
        # A record's phrase before it names a cue: "the toll of the dead rose to 120 on
        # Monday", "jumlah korban meninggal mencapai 120" (``_with_recorded_noun`` reads
        # other nouns).
        recorded = " ".join(_record(item, quantity, glossary)[1])
        cue = _nearest_cue(recorded, 0, 0, cues) if recorded else None
        if cue is not None:
            return cue[1], True
        following = _word_right_after(text, quantity.end)
        if not following:
            # Nothing after it: the verb right before it says what it counts ("injuring
            # 80."), and only that verb ("killed in 1991." counts no one).
            verb = _word_right_before(text, quantity.start)
            cue = _nearest_cue(verb, 0, 0, cues) if verb else None
            if cue is not None:
                return cue[1], True
        if following and language in glossary.head_last:
            head = _head_noun(text, quantity.end, language, glossary)
            if head and head != following and not _nearest_cue(head, 0, 0, cues):
                return _counted_word(head, language, glossary), False
        person_noun = following in glossary.person_nouns.get(language, frozenset())
        if not person_noun and not _nearest_cue(following, 0, 0, cues):
            # It counts the word after it ("3000 sel kanker", "1.500 bungkus nasi").
            return _word_subject(following, item.article.language, glossary), False
    sentence = sentence_at(item, quantity.start)
    clause = _clause(text, sentence, quantity.start, quantity.end)
    for span in (clause, sentence):
        lowered = text[span.start : span.end].lower()
        found = _nearest_cue(lowered, quantity.start - span.start, quantity.end - span.start, cues)
        if found is not None and (subject is not None or found[0] <= _BARE_CUE_REACH):
            return found[1], True
        if subject is None:
            break
    return subject, False


def _date_in(item: Annotated, quantity: Quantity, span: Span) -> str | None:
    """The nearest resolved day in ``span``; else a year or month it names that is not the
    publication's ("tahun lalu", "pada 2004")."""
    inside = [t for t in item.times if span.start <= t.start < span.end and t.date]

    def distance(time: TimeExpression) -> int:
        # A date after the figure ("337,577 ton pada 2011") binds a little tighter than one
        # before it, as for the cue words.
        if time.start >= quantity.end:
            return time.start - quantity.end
        return quantity.start - time.end + 5

    days = [t for t in inside if day_of(t.date)]
    if days:
        return day_of(min(days, key=distance).date)
    published = day_of(item.article.published)
    for time in sorted(inside, key=distance):
        if time.date and (published is None or not published.startswith(time.date)):
            return time.date
    return None


def _date_of(
    item: Annotated, quantity: Quantity, sentence: Span, clause: Span
) -> tuple[str | None, bool]:
    """The day a figure speaks of, and whether the text beside it names that day: a date in
    its clause; else one in its sentence when no other figure shares it ("29,98 kg, naik dari
    22,58 kg pada 2004": 2004 is the second figure's); else (not named) the publication day;
    else the latest day the article names."""
    found = _date_in(item, quantity, clause)
    if found:
        return found, True
    alone = sum(sentence.start <= q.start < sentence.end for q in item.quantities) == 1
    found = _date_in(item, quantity, sentence) if alone else None
    if found:
        return found, True
    published = day_of(item.article.published)
    if published:
        return published, False
    named = sorted(d for t in item.times if (d := day_of(t.date)))
    return (named[-1] if named else None), False


#: What stands for the figure in its sentence's frame (a word of its own there).
MASK = "_"


def _masked(text: str, sentence: Span, quantity: Quantity) -> str:
    return f"{text[sentence.start : quantity.start]} {MASK} {text[quantity.end : sentence.end]}"


def _inside_attribution(quantity: Quantity, position: int) -> bool:
    start, end = quantity.attribution_start, quantity.attribution_end
    return start is not None and end is not None and start <= position < end


#: The class of the people who live in a place ("residents", "a population of").
_RESIDENT = "person:resident"


def _befell(item: Annotated, quantity: Quantity, glossary: Glossary) -> str | None:
    """The class the cue word of a figure's clause gives ("person:evacuee"), if any."""
    sentence = sentence_at(item, quantity.start)
    clause = _clause(item.article.text, sentence, quantity.start, quantity.end)
    return _cue_in(item, quantity, clause, glossary)


def _cue_in(item: Annotated, quantity: Quantity, clause: Span, glossary: Glossary) -> str | None:
    lowered = item.article.text[clause.start : clause.end].lower()
    cues = _cues(glossary, item.article.language or "")
    found = _nearest_cue(lowered, quantity.start - clause.start, quantity.end - clause.start, cues)
    return found[1] if found else None


def _state(
    item: Annotated, quantity: Quantity, subject: str, clause: Span, glossary: Glossary
) -> str | None:
    """What the cue word of its clause says happened to a class of people: the dead, the
    missing and the evacuated passengers are all passengers, as they are all people."""
    if subject not in glossary.person_classes or subject == "person":
        return None
    return _cue_in(item, quantity, clause, glossary)


def _as_measure(quantity: Quantity, glossary: Glossary) -> Quantity:
    """A figure with decimals "counting" a thing that is measured (``Glossary.measured``)
    as the measure it is: "a 5.9 earthquake" is of magnitude 5.9, not 5.9 quakes."""
    unit = glossary.measured.get(quantity.counted_class or "")
    if unit is None or quantity.unit is not None or float(quantity.value).is_integer():
        return quantity
    return replace(quantity, unit=unit)


def _places_in(item: Annotated, quantity: Quantity, span: Span) -> frozenset[str]:
    """The places named in ``span``, outside the figure's attribution ("in Jakarta, BNPB
    said" names where the source spoke)."""
    return frozenset(
        e.name
        for e in item.entities
        if e.kind == "place"
        and span.start <= e.start < span.end
        and not _inside_attribution(quantity, e.start)
    )


#: The unit code of shares (the packs' figures_units.tsv).
_SHARE_UNIT = "%"


def _share_of(item: Annotated, quantity: Quantity, clause: Span) -> str | None:
    """The place a share is of (``Figure.share_of``): a share names its whole after it ("82
    percent of India's voice traffic", "59% of communications with Singapore", "60 persen
    warga Jakarta"), and in a list of shares ("55 percent ... in Saudi Arabia, 52 percent in
    Egypt and 82 percent in India") each whole stands before the next share."""
    if quantity.unit != _SHARE_UNIT:
        return None
    following = [q.start for q in item.quantities if q.start >= quantity.end]
    end = min([clause.end, *following])
    places = [e for e in item.entities if e.kind == "place" and quantity.end <= e.start < end]
    return min(places, key=lambda e: e.start).name if places else None


#: How many words of content name the whole a share is taken of ("the settlers gave up").
_WHOLE_REACH = 2
#: The endings of a possessor before the whole ("of the world's computers"): whose whole.
_POSSESSIVE = ("'s", "’s")


def _whole_of(
    item: Annotated, quantity: Quantity, clause: Span, glossary: Glossary
) -> frozenset[str]:
    """The key terms of the whole a share is taken of (``Figure.whole``): after the share, the
    word that names a whole ("of", "dari": the figures stage's ``share-whole``) and any
    determiner ("the", "its", "their"), or, after a share written as a word ("half",
    ``share-word``), a determiner English lets stand for "of the" ("half the milk"); then up
    to _WHOLE_REACH words of content, ending at a stopword, a mark or a number (a pronoun,
    "half of them", names none). A capitalised word is a name, passed over, and so is a
    possessor: they say whose whole ("of India's voice traffic", "of the world's
    computers"), as ``share_of`` reads places, not which. Empty where no such word links a
    whole to the share ("61 percent was shipped", "52 percent in Egypt", "5 percent this
    year")."""
    language = item.article.language or ""
    lexicon, stories = glossary.figures.get(language), glossary.lexicons.get(language)
    if quantity.unit != _SHARE_UNIT or lexicon is None or stories is None:
        return frozenset()
    tokens = tokenize(item.article.text, quantity.end, clause.end)
    low, text = tokens.low, tokens.text
    determiners = [lexicon.role("share-word-determiner")]
    linked = lexicon.role("share-whole").match(low, text, 0)
    if linked is not None:
        determiners.append(lexicon.role("share-whole-determiner"))
    elif not _share_word(quantity, lexicon):
        return frozenset()
    at = linked[1] if linked is not None else 0
    determiner = next((d for role in determiners if (d := role.match(low, text, at))), None)
    if linked is None and determiner is None:
        return frozenset()
    found: list[str] = []
    for k in range(determiner[1] if determiner is not None else at, len(tokens)):
        if tokens.kind[k] != "word" or len(found) == _WHOLE_REACH:
            break
        if text[k][:1].isupper() or low[k].endswith(_POSSESSIVE):
            continue
        term = word_term(low[k], stories)
        if term is None:
            break  # "half of whom had been given ...": no noun names the whole
        found.append(term)
    return frozenset(found)


def _share_word(quantity: Quantity, lexicon: FiguresLexicon) -> bool:
    """Whether a share is written as a word that is a share by itself ("about half")."""
    own = tokenize(quantity.text)
    last = len(own) - 1
    return any(p.match(own.low, own.text, last) for _, p in lexicon.roles_of("share-word"))


def _measured_thing(item: Annotated, quantity: Quantity, glossary: Glossary) -> str | None:
    """The counted class of the noun a measure modifies: the one the figures stage read with
    it (".357 caliber revolver"), else "a 10-metre dhow", "kapal 30 meter" (the head noun
    after the figure in a language whose phrases end in it, else the word right after)."""
    if quantity.unit is None:
        return None
    if quantity.counted_class is not None:
        return quantity.counted_class  # read with the figure: ".357 caliber revolver"
    language = item.article.language or ""
    text = item.article.text
    if language in glossary.head_last:
        noun = _head_noun(text, quantity.end, language, glossary)
    else:
        noun = _word_right_after(text, quantity.end)
    return _counted_class(noun, language, glossary) if noun else None


#: How far after a distance (characters) the name it is measured from may stand: "35 miles
#: southwest of the port of Bandar Abbas", "58km (36 miles) south-west of Bandar Abbas".
_FROM_REACH = 50
_PROPER_NAME = re.compile(r"[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*)*")
_DISTANCE = "length"


#: The compass points a distance's way may name ("southwest", "south-west", "north of").
_COMPASS = re.compile(r"north|south|east|west", re.IGNORECASE)


def _measured_from(text: str, quantity: Quantity, sentence: Span) -> str | None:
    """The first proper name after a distance in its sentence (``Figure.measured_from``)."""
    if measure(quantity.unit) != _DISTANCE:
        return None
    found = _PROPER_NAME.search(text, quantity.end, min(sentence.end, quantity.end + _FROM_REACH))
    return found.group() if found else None


def _bearing(text: str, quantity: Quantity, sentence: Span) -> frozenset[str]:
    """The compass points written between a distance and the name it is measured from
    (``Figure.bearing``)."""
    if measure(quantity.unit) != _DISTANCE:
        return frozenset()
    found = _PROPER_NAME.search(text, quantity.end, min(sentence.end, quantity.end + _FROM_REACH))
    if found is None:
        return frozenset()
    way = text[quantity.end : found.start()]
    return frozenset(m.group().lower() for m in _COMPASS.finditer(way))


#: The unit code of ages (the packs' figures_units.tsv).
_AGE_UNIT = "year"
#: What stands between a name and the age set off after it: ", " in "Horton, 34", " (" in
#: "Suryadi (54)"; a capitalised word right before a number ("The 34-year-old") is none.
_BEFORE_AGE = re.compile(r"\s?[,(]\s{0,2}")
#: What may stand between an age and the name after it: a space, or one lower-case word
#: ("34-year old Zurana Horton").
_AFTER_AGE = re.compile(r"\s+(?:[a-z-]+\s+)?")
#: How far from an age (characters) its name is looked for.
_NAME_REACH = 40


#: The units of a person's weight: "the 260-pound Echenique" is his weight, as "34-year-old
#: Zurana Horton" is her age (a ship's or a truck's is in tons).
_BODY_WEIGHT_UNITS = frozenset({"lb", "kg"})


def _age_owner(item: Annotated, quantity: Quantity, sentence: Span) -> frozenset[str]:
    """The words of the name an age stands beside, before it ("Zurana Horton, 34,") or right
    after it ("Twenty-year-old Andrew Lopez"), or of the person a weight written as an
    adjective stands right before (``_weighed_person``); empty when none does or it is no
    age or person's weight. Two players' weights are two things, as two ages are."""
    text = item.article.text
    if quantity.qualifier != "exact":
        return frozenset()
    if quantity.unit in _BODY_WEIGHT_UNITS and "-" in quantity.text:
        return _weighed_person(item, quantity)
    if quantity.unit != _AGE_UNIT:
        return frozenset()
    window = max(sentence.start, quantity.start - _NAME_REACH)
    before = list(_PROPER_NAME.finditer(text, window, quantity.start))
    if before and _BEFORE_AGE.fullmatch(text, before[-1].end(), quantity.start):
        return frozenset(before[-1].group().lower().split())
    return _name_after(text, quantity, sentence)


def _weighed_person(item: Annotated, quantity: Quantity) -> frozenset[str]:
    """The words of the person (an entity of kind person) a weight written as an adjective
    stands right before, nothing between ("the 6-foot-9, 260-pound Echenique"). Not a
    capitalised word alone: "the 150-kg Sumatran tiger" weighs a tiger, and "a 2,000-pound
    bomb Israel bought" a bomb, not a person: their weights may still dispute."""
    text = item.article.text
    for entity in item.entities:
        if (
            entity.kind == "person"
            and entity.start >= quantity.end
            and not text[quantity.end : entity.start].strip()
        ):
            return frozenset(entity.name.lower().split())
    return frozenset()


def _name_after(text: str, quantity: Quantity, sentence: Span) -> frozenset[str]:
    """The words of the name right after a figure, one lower-case word at most between."""
    after = _PROPER_NAME.search(text, quantity.end, min(sentence.end, quantity.end + _NAME_REACH))
    if after and _AFTER_AGE.fullmatch(text, quantity.end, after.start()):
        return frozenset(after.group().lower().split())
    return frozenset()


#: The number at the head of a figure's words and what is glued to it ("11" and "th").
_LEADING_NUMBER = re.compile(r"(\d+)([^\W\d_]*)", re.UNICODE)


def _ordinal(quantity: Quantity, lexicon: FiguresLexicon | None) -> bool:
    """Whether a figure's words open with an ordinal: a word of the pack's ordinals
    ("sixth") or a number with an ordinal suffix glued to it ("11th")."""
    if lexicon is None:
        return False
    first = quantity.text.split(maxsplit=1)[0].lower() if quantity.text.strip() else ""
    if (first,) in lexicon.ordinals:
        return True
    number = _LEADING_NUMBER.fullmatch(first)
    return bool(number and number.group(2) and (number.group(2),) in lexicon.role("ordinal-suffix"))


#: How many words after a count a word of a run may stand ("eight-game winning streak").
_RUN_REACH = 2


def _counts_a_run(
    text: str, quantity: Quantity, subject: str, clause: Span, runs: tuple[frozenset[str], ...]
) -> bool:
    """Whether a count is the length of a run so far ("eight straight games", "an eight-game
    winning streak", "lima laga beruntun"; compare_general role "run"): like an ordinal, it
    counts up to one moment of a sequence, and the run before or after the game is another
    count of the same games. Only a count of a sequence's steps (role "run-of": games,
    wins) and a run word of its own clause: "tiga gempa beruntun" are three quakes, and
    "played 9 games. Straight after the bye" is a season's games."""
    words, steps = runs
    if subject not in steps and subject.partition(":")[0] not in steps:
        return False
    inside = {w.lower() for w in _WORD.findall(quantity.text)}
    end = min(clause.end, quantity.end + 40)
    after = [w.lower() for w in _WORD.findall(text[quantity.end : end])]
    return bool(words & (inside | set(after[:_RUN_REACH])))


#: A count glued to its noun by a hyphen ("30-homer"), and the others listed after it (", 100-RBI").
_COMPOUND_COUNT = re.compile(r"\d[\d,.]*-[^\W\d_]+", re.UNICODE)
_LISTED_COMPOUNDS = re.compile(r"(?:\s*(?:,|and)\s*\d[\d,.]*-[^\W\d_]+)*\s+([^\W\d_]+)", re.UNICODE)


def _as_floor(
    text: str, quantity: Quantity, floors: frozenset[str], lengths: frozenset[str]
) -> Quantity:
    """A count glued to its noun that classes a span of play ("the fifth straight 30-homer,
    100-RBI season", "his first 1,000-yard season"; ``floors``) read as the floor it is: a
    season of at least that many, which a season's own count above it ("33 homers") does
    not dispute. Not a count of the span's own parts (``lengths``: "a 16-game season" is
    that long, and "a 17-game season" disputes it). Any other figure as it is."""
    if quantity.qualifier != "exact" or not _COMPOUND_COUNT.fullmatch(quantity.text):
        return quantity
    if quantity.text.rsplit("-", 1)[-1].lower() in lengths:
        return quantity
    after = _LISTED_COMPOUNDS.match(text, quantity.end)
    if after is None or after.group(1).lower() not in floors:
        return quantity
    return replace(quantity, qualifier="at-least", low=quantity.value, high=None)


def _counted_not_source(
    item: Annotated, quantity: Quantity, sources: frozenset[str], people: frozenset[str]
) -> Quantity:
    """A figure whose counted noun stands before it right after a word that takes a speaker
    ("Korban tewas versi polisi 5 orang", "menurut warga 12 orang"; ``sources``, compare_general
    role "speaker-before") with that noun read as the source it is: the figure counts people
    (its class, when the noun names people) or what its clause says, not the police. Else
    the figure as it is: two versions of one toll ("versi polisi 5 orang", "versi warga 12
    orang") dispute one toll. Not after a record's noun: "data kapal 3 unit", "catatan siswa
    40 orang" count the ships and the students."""
    counted = (quantity.counted or "").lower()
    if not counted or quantity.unit is not None or counted in quantity.text.lower():
        return quantity
    sentence = sentence_at(item, quantity.start)
    before = _WORD.findall(item.article.text.lower(), sentence.start, quantity.start)
    where = [k for k, word in enumerate(before) if word == counted]
    if not where:
        return quantity
    lead = " ".join(before[: where[-1]])
    if not any(lead == phrase or lead.endswith(" " + phrase) for phrase in sources):
        return quantity
    person = GENERIC_PERSON if quantity.counted_class in people else None
    return replace(quantity, counted=None, counted_class=person)


#: The kinds of entity that hold what a figure counts: people, and teams or bodies, which
#: the entities stage often reads as people and people as them ("CB Michael Lehan").
_HOLDERS = frozenset({"person", "organisation"})


def _holder(
    item: Annotated,
    quantity: Quantity,
    sentence: Span,
    clause: Span,
    relatives: frozenset[str],
    parting: frozenset[str],
    openers: frozenset[str],
    objects: frozenset[str],
    sources: frozenset[str],
    opponents: frozenset[str],
    records: frozenset[str],
    victims: bool = False,
) -> frozenset[str]:
    """The words of the last person or body (``_HOLDERS``) named in a figure's clause before
    it (by the name the entities stage resolved, so "Bush" is "Reggie Bush"): the subject or
    possessor of what the figure counts, as English puts the doer before the count ("Grant
    Gibbs had eight", "Richard Carter had 12 points and four assists", "Vinatieri's 45-yard
    field goal"). A clause opened by a relative pronoun (``relatives``: "Michael Lehan, who
    spent five games") tells of the one named right before it. The figure's source ("Steele
    said as many as 40 firefighters") holds nothing of it, nor does a body whose record
    gives a toll (``records``, given only for a count of people or cases: "Health Ministry
    figures show 40 cases", "catatan Kemenkes"). A body's own record ("Apple's figures show
    10 million iPhones sold", "Catatan Persib 18 kemenangan") is of what it holds."""
    text = item.article.text
    start = clause.start
    opener = _WORD.search(text, clause.start, quantity.start)
    if opener is not None and opener.group().lower() in relatives:
        start = sentence.start
    found = [
        e
        for e in item.entities
        if e.kind in _HOLDERS
        and start <= e.start
        and e.end <= quantity.start
        and not _names_source(e, quantity)
        # The side one played against (``opponents``, one of the two words before it: "hurt
        # his knee against Carolina", "against the Jets") holds nothing of the player's count.
        and not opponents
        & {w.lower() for w in _WORD.findall(text, max(0, e.start - 30), e.start)[-2:]}
    ]
    if not found:
        return frozenset()
    last = max(found, key=lambda e: e.start)
    if text.startswith(_POSSESSIVE, last.end) and not victims:
        # "Uber's data show 40 million riders", "Mercy Clinic's tally of 40 patients": the
        # record is the body's own, of what it holds. Not a record of victims (``victims``:
        # "BNPB's count rose to 120 victims", "BPBD's toll of the dead"): a body holds no
        # victims, it counts them, as another body does.
        records = frozenset()
    # A body named as the figure's source ("Korban tewas versi BNPB mencapai 120 orang",
    # "menurut BPBD", "according to the agency"; ``sources``) holds nothing of it: two
    # bodies' tolls of one disaster are one toll disputed, not two things.
    before = " ".join(_WORD.findall(text.lower(), start, last.start))
    if any(before == phrase or before.endswith(" " + phrase) for phrase in sources | records):
        return frozenset()
    # A body that counts, measures or records the figure ("The Red Cross counted 200
    # homes", "USGS measured the quake at 6.1", "BPBD mencatat 300 rumah"), or whose record
    # gives a toll ("Health Ministry figures show 40 cases"; ``parting``, ``records``), is its
    # source, as one that says it: two such bodies give two counts of one thing.
    between = [w.lower() for w in _WORD.findall(text, last.end, quantity.start)]
    if any(w in parting or w in records for w in between):
        return frozenset()
    # Nor does one a subordinate clause parts from it hold it ("Obama spoke after the storm
    # destroyed 200 homes"): the figure's clause opens after that word, with its own doer.
    # An opener with only a limiter or determiner between it and the figure (``objects``:
    # "pushed out after just one season") governs the figure as a preposition: no clause
    # opens there, and the one named before holds what it counts.
    if any(
        w in openers and any(o not in objects for o in between[at + 1 :])
        for at, w in enumerate(between)
    ):
        return frozenset()
    return frozenset(last.name.lower().split())


def _names_source(entity: Entity, quantity: Quantity) -> bool:
    """Whether ``entity`` is the figure's source, the one who gives it ("Steele said as many
    as 40 firefighters", "kata Kapten Ahmad Salim"): by where it stands or by its text."""
    start, end = quantity.attribution_start, quantity.attribution_end
    inside = start is not None and end is not None and entity.start < end and start < entity.end
    return inside or entity.text in (quantity.attributed_to or "")


def _people(
    item: Annotated, quantity: Quantity, sentence: Span, openers: frozenset[str]
) -> frozenset[str]:
    """The names of the people a figure's sentence names in its own part: "Riddick Bowe,
    43-1, returned to the ring with an eight round decision win over Gene Pukall" tells of
    Bowe and Pukall, though the figure's own clause names neither before it (``_holder``).
    Not one a clause opener (``openers``) parts from it: in "President Lee spoke after the
    storm destroyed 200 homes" the homes are no doing of Lee's. Nor its source
    (``_names_source``): two witnesses who tell one attack's boats tell of one thing, not of
    themselves."""
    text = item.article.text

    def parted(e: Entity) -> bool:
        between = (
            text[e.end : quantity.start]
            if e.end <= quantity.start
            else text[quantity.end : e.start]
        )
        return any(w.lower() in openers for w in _WORD.findall(between))

    return frozenset(
        e.name.lower()
        for e in item.entities
        if e.kind == "person"
        and sentence.start <= e.start
        and e.end <= sentence.end
        and not parted(e)
        and not _names_source(e, quantity)
    )


#: How many lower-case words may stand between "for" or "by" and a pollster's name: an
#: article and one adjective ("a poll for the respected Kathimerini").
_POLL_SKIP = 2

#: How far after a poll word its "for" or "by" may stand: "a poll conducted in January by
#: Gallup".
_POLL_BY_REACH = 4


def _calendar(lexicon: FiguresLexicon | None) -> frozenset[str]:
    """The one-word names of days and months, lower-cased ("monday", "januari")."""
    if lexicon is None:
        return frozenset()
    return frozenset(
        k[0] for k in (*lexicon.weekdays.entries, *lexicon.months.entries) if len(k) == 1
    )


def _pollster(
    sentence: str,
    poll_words: Collection[str],
    common: Collection[str],
    further: Collection[str],
) -> frozenset[str]:
    """The words naming a poll share's pollster: the capitalised words its sentence writes
    beside a poll word ("survei LSI", "the Gallup poll"), or after one of ``further``
    (compare_general role "poll-by") within four words of it past two lower-case words ("an
    opinion poll for the respected Kathimerini newspaper", "a poll published Monday by
    Reuters", ``_POLL_BY_REACH``), or else after it past two lower-case words ("jajak
    pendapat harian Fajar"), none of them a poll word, a day or month, nor one opening a
    sentence (``common``: compare_general roles "poll" and "poll-not-name", the calendar's
    words). Never the holder or the speaker: "Menurut Kapolres, hasil survei menunjukkan 80
    persen" names the one who quotes the poll, not who ran it."""
    raw = sentence.split()
    words = [w.strip(",.;:()\"'") for w in raw]

    def name(w: str) -> bool:
        return w[:1].isupper() and w.lower() not in common

    named: set[str] = set()
    for at, word in enumerate(words):
        if word.lower() not in poll_words:
            continue
        before = at - 1
        # A word closing a phrase ("Faktanya, survei yang sama") is no pollster's.
        while before >= 0 and name(words[before]) and not raw[before].endswith(","):
            named.add(words[before].lower())
            before -= 1
        # The name after "for"/"by" (``further``), not a day between ("a poll published
        # Monday by Reuters"); without one, within two words: "a poll of voters across
        # Greece", "a poll taken after the Obama speech" name no pollster.
        by = next(
            (
                k
                for k in range(at + 1, min(at + 1 + _POLL_BY_REACH, len(words)))
                if words[k].lower() in further
            ),
            at,
        )
        after, skipped = by + 1, 0
        while after < len(words) and words[after][:1].islower() and skipped < _POLL_SKIP:
            after, skipped = after + 1, skipped + 1
        while after < len(words) and name(words[after]):
            named.add(words[after].lower())
            after += 1
    return frozenset(named)


def _averaged(
    item: Annotated,
    quantity: Quantity,
    clause: Span,
    cues: frozenset[str] | None,
    glossary: Glossary,
) -> bool:
    """Whether an averaging word before the figure in its clause governs it ("has averaged
    more than 30 home runs and 100 RBIs", "rata-rata 40 orang"): it binds the first figure
    after it and those of that one's unit, not a figure of another kind further on ("an
    average annual value of more than $21 million ... for the next seven years": the money
    is averaged, the years are not)."""
    if not cues:
        return False
    text = item.article.text
    last = None
    for match in _WORD.finditer(text, clause.start, quantity.start):
        if match.group().lower() in cues:
            last = match.end()
    if last is None:
        return False
    first = min(
        (q for q in item.quantities if last <= q.start <= quantity.start),
        key=lambda q: q.start,
        default=None,
    )
    return first is not None and _as_measure(first, glossary).unit == quantity.unit


def _parts_of_one_length(item: Annotated, glossary: Glossary) -> set[int]:
    """Where the parts of a length of time written in two units stand: "7 minutes 41
    seconds", "2 jam 30 menit", "two hours and 30 minutes" are one length (a clock's reading
    or a span), and neither part alone is a length anything lasted: "7 minutes" of "7
    minutes 41 seconds to go" is no other report's "31 minutes a game". A larger unit
    followed by a smaller one, with nothing between them but spaces or a conjunction, both
    exact and the smaller below one of the larger (``time_units.PART_BELOW``), is such a
    pair: "two days or 48 hours" (a restatement) and "four days and more than 30 hours of
    deliberations" (an estimate) give two lengths."""
    text = item.article.text
    joins = glossary.conjunctions.get(item.article.language or "", frozenset())
    rank = {unit: at for at, unit in enumerate(TIME_ORDER)}
    times = sorted((q for q in item.quantities if q.unit in rank), key=lambda q: q.start)
    parts: set[int] = set()
    for first, second in pairwise(times):
        between = text[first.end : second.start].split()
        joined = not between or (len(between) == 1 and between[0].lower() in joins)
        exact = first.qualifier == second.qualifier == "exact"
        below = second.value < PART_BELOW.get(str(second.unit), 0)
        if joined and exact and below and rank[str(second.unit)] < rank[str(first.unit)]:
            parts.update((first.start, second.start))
    return parts


def _class_named(
    item: Annotated, quantity: Quantity, subject: str, clause: Span, glossary: Glossary
) -> str | None:
    """For a count of the generic "person", the one class of people its clause names with a
    counted noun outside the figure ("jumlah peserta aksi ... 10 ribu orang", "15 orang
    perwakilan"): the people the count counts, as the clause calls them. None for another
    subject, or where the clause names no class or two ("10 people including students and
    teachers were hurt")."""
    lexicon = glossary.figures.get(item.article.language or "")
    if subject != GENERIC_PERSON or lexicon is None:
        return None
    tokens = tokenize(item.article.text, clause.start, clause.end)
    named = set()
    for j in range(len(tokens)):
        if quantity.start <= tokens.start[j] < quantity.end or tokens.kind[j] != "word":
            continue
        found = counted_noun(tokens, j, lexicon)
        if found is not None and found[0].cls in glossary.person_classes:
            named.add(found[0].cls)
    named.discard(GENERIC_PERSON)
    return named.pop() if len(named) == 1 else None


def read_figures(item: Annotated, glossary: Glossary) -> list[Figure]:
    """The figures of one article that say what they count."""
    figures = []
    text = item.article.text
    language = item.article.language or ""
    later_words = glossary.later_state.get(language, frozenset())
    general = glossary.general.get(language, {})
    part_phrases = glossary.part_of.get(language, frozenset())
    parts = _parts_of_one_length(item, glossary)
    figures_lexicon = glossary.figures.get(language)
    # The clause openers, read once: the holder, the unrealised and the people each stop at one.
    unrealised_stops = (clause_openers := general.get("clause-opener", frozenset())) | general.get(
        "unrealised-stop", frozenset()
    )
    poll_words = general.get("poll", frozenset())
    # Capitalised words of a poll's source that name no pollster ("The", "Another", "Survei").
    # Days and months too: "a poll conducted in January by Gallup" is Gallup's.
    not_pollster = (
        poll_words | general.get("poll-not-name", frozenset()) | _calendar(figures_lexicon)
    )
    articles = figures_lexicon.articles if figures_lexicon is not None else frozenset()
    # The language's word lists, read once for the article's figures.
    holder_words = (
        general.get("relative", frozenset()),
        general.get("source-verb", frozenset()),
        clause_openers,
        general.get("opener-object", frozenset()),
        general.get("source-before", frozenset()),
        general.get("opponent-before", frozenset()),
    )
    # A record's nouns ("figures", "catatan") make a body the source of a toll only.
    records = general.get("source-noun", frozenset())
    tolls = general.get("toll-class", frozenset())
    victims = general.get("victim-class", frozenset())
    unrealised = general.get("unrealised", frozenset())
    average = general.get("average")
    margin = (general.get("margin-of", frozenset()), general.get("margin-unit", frozenset()))
    countdown_words = general.get("countdown", frozenset())
    gap_words = general.get("gap-after", frozenset())
    span_words = general.get("span-before", frozenset())
    limiting = general.get("limiting", frozenset())
    people = glossary.person_classes
    floor_words = general.get("floor-after", frozenset()), general.get("floor-not", frozenset())
    speakers = general.get("speaker-before", frozenset())
    read = (
        _with_recorded_noun(
            item,
            _counted_not_source(
                item, _as_floor(text, _as_measure(q, glossary), *floor_words), speakers, people
            ),
            glossary,
        )
        for q in item.quantities
    )
    # A word amount after a determiner that counts nothing is a noun ("tied the scores").
    determiners = general.get("definite", frozenset()) | general.get("possessive", frozenset())
    runs = general.get("run", frozenset()), general.get("run-of", frozenset())
    for quantity in read:
        if quantity.start in parts:
            continue
        subject, refined = subject_of(item, quantity, glossary)
        # One that what befell people narrows counts them ("the thousands evacuated").
        if subject is None or (not refined and _amount_word_as_noun(text, quantity, determiners)):
            continue
        sentence = sentence_at(item, quantity.start)
        clause = _clause(text, sentence, quantity.start, quantity.end)
        around = text[clause.start : quantity.start] + " " + text[quantity.end : clause.end]
        # A fronted window's words are those of the clause it times ("Dalam waktu 3 jam,
        # orang stroke harus segera mendapatkan ...").
        opened = opened_clause(text, sentence, clause, quantity)
        context = key_terms(around, item.article.language, glossary)
        timed = (
            key_terms(text[opened.start : opened.end], item.article.language, glossary)
            if opened is not None
            else frozenset()
        )
        # The counted word itself is the slot's subject, not context.
        own = key_terms(quantity.text, item.article.language, glossary)
        frame = _masked(text, sentence, quantity)
        date, dated = _date_of(item, quantity, sentence, clause)
        toll = quantity.counted_class in tolls or subject in tolls
        holder = _holder(
            item,
            quantity,
            sentence,
            clause,
            *holder_words,
            records if toll else frozenset(),
            victims=subject in victims,
        )
        poll = quantity.unit == _SHARE_UNIT and clause_has(text, sentence, poll_words)
        figures.append(
            Figure(
                article_id=item.article.id,
                quantity=quantity,
                subject=subject,
                refined=refined,
                date=date,
                dated=dated,
                later=clause_has(text, clause, later_words),
                sentence=sentence,
                context=context - own,
                timed=timed - own,
                window=bounds_time(text, clause, quantity),
                places=(places := _places_in(item, quantity, clause)),
                frame=words(frame),
                frame_numbers=numbers(frame),
                other_value=quantity.other_value,
                state=_state(item, quantity, subject, clause, glossary),
                period=earlier_period(item, sentence, clause, quantity.start, glossary),
                general=general_statement(text, clause, quantity, general)
                or _unrealised(
                    text,
                    clause,
                    quantity,
                    unrealised,
                    unrealised_stops,
                ),
                average=_averaged(item, quantity, clause, average, glossary),
                difference=difference_of_two(item, quantity, clause, general)
                or _margin(text, quantity, *margin),
                named_class=_class_named(item, quantity, subject, clause, glossary),
                part=part_of_next(item, quantity, part_phrases),
                measured=_measured_thing(item, quantity, glossary),
                named_places=places,
                measured_from=_measured_from(text, quantity, sentence),
                bearing=_bearing(text, quantity, sentence),
                unpublished=day_of(item.article.published) is None,
                owner=_age_owner(item, quantity, sentence),
                holder=holder,
                people=_people(item, quantity, sentence, clause_openers),
                ordinal=_ordinal(quantity, figures_lexicon)
                or _counts_a_run(text, quantity, subject, clause, runs),
                countdown=quantity.unit in TIME_ORDER
                and _word_right_after(text, quantity.end) in countdown_words,
                gap=quantity.unit in TIME_ORDER
                and _word_right_after(text, quantity.end) in gap_words
                and _word_right_before(text, quantity.start) not in span_words,
                limited=_word_right_before(text, quantity.start) in limiting,
                share_of=_share_of(item, quantity, clause),
                poll=poll,
                pollster=_pollster(
                    text[sentence.start : sentence.end],
                    poll_words,
                    not_pollster,
                    general.get("poll-by", frozenset()),
                )
                if poll
                else frozenset(),
                whole=_whole_of(item, quantity, clause, glossary),
            )
        )
    figures = _remainders(figures, item, general.get("remainder", frozenset()))
    figures = _alternatives(figures, item, general.get("alternative", frozenset()))
    return _added_counts(figures, item, general, articles)


def _amount_word_as_noun(text: str, quantity: Quantity, determiners: frozenset[str]) -> bool:
    """Whether a word amount that counts nothing ("scores", "dozens") stands right after a
    determiner (compare_general roles "definite" and "possessive"): then it is a noun of its
    own, "Vinatieri's field goal tied the scores", no amount of anything. "Hundreds of stores"
    and "the hundreds of fans" count their noun and stay."""
    if quantity.qualifier != "vague" or quantity.counted is not None or quantity.unit:
        return False
    return _word_right_before(text, quantity.start).lower() in determiners


def _added_counts(
    figures: list[Figure],
    item: Annotated,
    words: Mapping[str, frozenset[str]],
    articles: Collection[str],
) -> list[Figure]:
    """The article's figures with each count of things added to an earlier one marked
    (``Figure.added``): a word of addition right before its number, an article aside ("an
    additional six engines", "a further four appliances"; compare_general.tsv, role
    "added"), among its own words between the number and its noun, where English puts an
    adjective ("two additional life sentences", "six extra engines"), or right after its
    words ("4 unit tambahan"; role "added-after"). An article
    marking two added counts of one subject ("another 20 on Tuesday, a further 30 on
    Wednesday") adds several times, and none of its counts is the story's one addition."""
    before_words = words.get("added", frozenset())
    after_words = words.get("added-after", frozenset())
    if not before_words and not after_words:
        return figures
    text = item.article.text

    def marked(figure: Figure) -> bool:
        q = figure.quantity
        if q.unit is not None:
            return False
        start = max(figure.sentence.start, q.start - 30)
        before = [w.lower() for w in _WORD.findall(text, start, q.start)]
        while before and before[-1] in articles:  # "a further four"
            before.pop()
        own = [w.lower() for w in _WORD.findall(q.text)]
        return (
            bool(before and before[-1] in before_words)
            or any(w in before_words for w in own)
            or _word_right_after(text, q.end) in after_words
        )

    found = [marked(f) for f in figures]
    subjects = Counter(f.subject for f, added in zip(figures, found, strict=True) if added)
    return [
        replace(f, added=True) if added and subjects[f.subject] == 1 else f
        for f, added in zip(figures, found, strict=True)
    ]


def _alternatives(figures: list[Figure], item: Annotated, words: frozenset[str]) -> list[Figure]:
    """The article's figures with each pair of alternatives marked general (``words``;
    compare_general.tsv, role "alternative"): two figures of one subject and unit with
    different values and only "or" between them ("if we had more than two weeks or three
    weeks left", "dua atau tiga minggu" where the quantity stage split them) name no value
    the report gives but the choices it weighs, so neither disputes another report's one
    figure; they compare only with other such statements (Figure.general). A unit told two
    ways ("5 miles or 8 km") has two units and is left alone."""
    if not words:
        return figures
    text = item.article.text
    marked: set[int] = set()
    ordered = sorted(range(len(figures)), key=lambda i: figures[i].quantity.start)
    for one, other in pairwise(ordered):
        first, second = figures[one], figures[other]
        between = text[first.quantity.end : second.quantity.start].strip().lower()
        if (
            between in words
            and first.subject == second.subject
            and first.quantity.unit == second.quantity.unit
            and first.quantity.value != second.quantity.value
        ):
            marked |= {one, other}
    return [replace(f, general=True) if i in marked else f for i, f in enumerate(figures)]


def _remainders(figures: list[Figure], item: Annotated, words: frozenset[str]) -> list[Figure]:
    """The article's figures with each remainder marked (``Figure.remainder``): a count whose
    noun is elided, the figures stage reading its class from a noun named before it, with a
    remainder word right before it, in its words or right after it ("the other two", "two
    others", "tiga lainnya"), that is what is left of a whole once a part is named: a count
    of its class stands before it in its sentence (the part) and another before it in the
    article makes the sum of the two (the whole, of that class or of a state of it). "Three
    undersea cables were damaged ... If there was just one cable down we could have used
    the other two"; "lima rumah rusak ... Dua rumah roboh, sedangkan tiga lainnya retak".
    Such a count is a part of that whole, no rival count of it, and compares with parts
    (silang.compare.slots). "Others" beside a person ("killing a mother of 12 and wounding
    two others") leaves nothing of a counted whole, and a count that writes its noun ("the
    other 100 workers inside", "seven other workers") names a group other reports count
    too."""
    if not words:
        return figures
    text = item.article.text
    out = []
    for figure in figures:
        q = figure.quantity
        elided = not q.counted and q.counted_class is not None and q.unit is None
        if not (elided and _marked_rest(text, figure, words)):
            out.append(figure)
            continue
        counts = [
            f
            for f in figures
            if f.subject.split(":", maxsplit=1)[0] == figure.subject
            and f.quantity.unit is None
            and f.quantity.start < q.start
        ]
        parts = {f.quantity.value for f in counts if f.sentence == figure.sentence}
        wholes = {f.quantity.value for f in counts}
        rest = any(part + q.value in wholes for part in parts)
        out.append(replace(figure, remainder=True) if rest else figure)
    return out


def _marked_rest(text: str, figure: Figure, words: frozenset[str]) -> bool:
    """Whether a remainder word stands right before a figure, in its words or right after
    it ("the other two", "two others", "tiga lainnya")."""
    q = figure.quantity
    before = _written_word_before(text, q.start, max(figure.sentence.start, q.start - 20))
    return (
        (bool(before) and before.lower() in words)
        or any(w.lower() in words for w in _WORD.findall(q.text))
        or _word_right_after(text, q.end) in words
    )
