"""What ties a figure to the thing it counts: the words right beside it and the numbers it is
told with. Two reports giving one thing two different numbers assert a conflict, so joining
them asks for words tied to the number itself, not any words of its clause.

"He has rushed for only 150 yards and has not scored a rushing touchdown" and "scored on a
2-yard touchdown" share "scored" and "touchdown", but neither word is the figures': the first
is a season's rushing, the second one play. The words within a few of the number, up to the
next number or clause mark, are its own ("rushed for only _ yards", "on a _ touchdown"); the
number where that reach stops is the one it is told with ("caught 29 passes for 201 yards"
against "caught 39 passes for 302 yards": two stat lines, not one retold with two counts).
silang.compare.slots reads both when it joins two different values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from silang.compare.figures import GENERIC_PERSON, Figure
from silang.compare.glossary import Glossary, key_terms
from silang.compare.text import CLAUSE_END, sentence_at
from silang.compare.units import measure, same_amount
from silang.model import Annotated, Quantity

#: How many words on either side of a figure are its own: its noun's modifiers, its verb
#: and what follows the noun ("rushed for only 150 yards and", "caught 29 passes for").
REACH = 3
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: How silang.compare.glossary.key_terms marks numbers and names.
NUMBER_TERM = "#"
NAME_TERM = "@"


@dataclass(frozen=True)
class Tie:
    """A figure's own words and the numbers it is told with."""

    #: Key terms of the words within REACH of the figure, stopping at another number or a
    #: clause mark; names and numbers left out (a name says whose, not which).
    words: frozenset[str] = frozenset()
    #: The numbers where that reach stops, when they stand within it ("29 passes for 201").
    companions: frozenset[str] = frozenset()
    #: The companions written joined to the figure by a dash alone: the other side of a
    #: score or a record ("27-24", "(11-4)"), which the pair tells as one result.
    paired: frozenset[str] = frozenset()
    #: What those companions count or measure ("plant" of "162 animals and 146 plants"),
    #: where the figures stage read it.
    companion_kinds: frozenset[str] = frozenset()
    #: Every other number of its sentence.
    numbers: frozenset[str] = frozenset()
    #: The other amounts of a physical measure its sentence gives, as (number, measure).
    measured: frozenset[tuple[str, str]] = frozenset()
    #: The concepts its sentence writes as part of a name ("President Obama", "Interior
    #: Secretary"): capitalised inside the sentence, they say whose figure, not which.
    named: frozenset[str] = frozenset()
    #: Whether its sentence bounds the count by a day ("By Saturday", "hingga Senin"),
    #: resolved or not: an article of no publication day resolves none of its weekdays.
    names_day: bool = False
    #: Whether the figure counts what is left of a class its sentence counts part of ("1,263
    #: other animals" beside "90 birds", "hewan lainnya"): compare_general.tsv, "remainder".
    remainder: bool = False


@dataclass(frozen=True)
class Ties:
    """A story's ties by where each quantity is written (article id, start), and each
    (article, number, other number) that one sentence of the article writes together."""

    by_place: Mapping[tuple[str, int], Tie] = field(default_factory=dict)
    together: frozenset[tuple[str, str, str]] = frozenset()

    def of(self, figure: Figure) -> Tie:
        return self.by_place.get((figure.article_id, figure.quantity.start), Tie())


def number_key(value: float) -> str:
    """A value as silang.compare.text.numbers writes it: 2300.0 as "2300", 5.4 as "5.4"."""
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:.2f}".rstrip("0")


def tie_of(
    item: Annotated, quantity: Quantity, glossary: Glossary, subjects: Mapping[int, str]
) -> Tie:
    """The words and companion numbers of ``quantity`` in ``item`` (``Tie``); ``subjects``
    gives what the item's figures count, by where they start."""
    text = item.article.text
    sentence = sentence_at(item, quantity.start)
    others = [
        q
        for q in item.quantities
        if sentence.start <= q.start < sentence.end
        and (q.end <= quantity.start or q.start >= quantity.end)
    ]
    before = [q for q in others if q.end <= quantity.start]
    after = [q for q in others if q.start >= quantity.end]
    marks_before = [m.end() for m in CLAUSE_END.finditer(text, sentence.start, quantity.start)]
    mark_after = CLAUSE_END.search(text, quantity.end, sentence.end)
    left_number = max(before, key=lambda q: q.end, default=None)
    right_number = min(after, key=lambda q: q.start, default=None)
    left_end = max([sentence.start, *marks_before, *(q.end for q in before)])
    right_end = min(
        [sentence.end, *([mark_after.start()] if mark_after else []), *(q.start for q in after)]
    )
    left = _WORD.findall(text, left_end, quantity.start)
    right = _WORD.findall(text, quantity.end, right_end)
    near = []
    if left_number is not None and left_number.end == left_end and len(left) <= REACH:
        near.append(left_number)
    if right_number is not None and right_number.start == right_end and len(right) <= REACH:
        near.append(right_number)
    # The figure restated in another unit ("150 pon (68,04kg)") is no other thing beside it.
    near = [q for q in near if not same_amount(q, quantity)]
    paired = [q for q in near if _dash_between(text, q, quantity)]
    kinds = {subjects.get(q.start) or q.unit or q.counted_class for q in near}
    language = item.article.language
    general = glossary.general.get(language or "", {})
    own = _terms([*left[-REACH:], *right[:REACH]], language, glossary)
    inside = _WORD.findall(text, sentence.start, sentence.end)[1:]
    capitalised = [word for word in inside if word[0].isupper()]
    return Tie(
        words=frozenset(t for t in own if not t.startswith((NUMBER_TERM, NAME_TERM))),
        companions=frozenset(number_key(q.value) for q in near),
        paired=frozenset(number_key(q.value) for q in paired),
        companion_kinds=frozenset(k for k in kinds if k is not None),
        numbers=frozenset(number_key(q.value) for q in others),
        measured=frozenset(
            (number_key(q.value), kind) for q in others if (kind := measure(q.unit)) is not None
        ),
        named=frozenset(t for t in _terms(capitalised, language, glossary) if t.startswith("=")),
        names_day=any(
            sentence.start <= t.start < sentence.end
            and t.granularity == "day"
            and _bounded_by(text, sentence.start, t.start, general.get("count-by", frozenset()))
            for t in item.times
        ),
        # The word may stand inside the quantity's own words ("1,100 other animals").
        remainder=any(
            word.lower() in general.get("remainder", frozenset())
            for word in [*_WORD.findall(text, quantity.start, quantity.end), *right[:REACH]]
        ),
    )


#: What joins the two numbers of a score or a record ("27-24", "11–4").
_DASHES = frozenset("-\u2013\u2014")


def _dash_between(text: str, one: Quantity, other: Quantity) -> bool:
    """Whether two numbers are written joined by a dash alone ("27-24", "11 - 4")."""
    first, second = sorted((one, other), key=lambda q: q.start)
    return text[first.end : second.start].strip() in _DASHES


def two_results(a: Figure, b: Figure, ties: Ties) -> bool:
    """Whether two figures with different values are sides of two different results: each is
    written joined to another number by a dash (``Tie.paired``: a score "27-24", a record
    "(11-4)"), and neither pair holds a number of the other. A score or a record is told as
    the pair, and a report that has a result wrong has one side wrong, not both ("45-35"
    against "45-36" of one moment of a game stay a dispute); two pairs with no number in
    common are two games ("the 27-24 loss at Chicago", "the 13-10 loss to Atlanta"), two
    moments of one game or two teams' records ("the Colts (11-4)", "fell to 2-6 at home"),
    however alike their words."""
    pair_a, pair_b = ties.of(a).paired, ties.of(b).paired
    if not (pair_a and pair_b):
        return False
    numbers_a = pair_a | {number_key(a.quantity.value)}
    numbers_b = pair_b | {number_key(b.quantity.value)}
    return not numbers_a & numbers_b


def _bounded_by(text: str, start: int, at: int, bounds: frozenset[str]) -> bool:
    """Whether the word before a day written at ``at`` bounds a count by it ("By Saturday",
    "hingga Senin"): the count is then the count of that day, still running."""
    before = _WORD.findall(text, start, at)
    return bool(before) and before[-1].lower() in bounds


#: A word of no term put before a window of words: key_terms reads the first word of its text
#: as a sentence opener, which a window's first word is not (a capitalised word there is read
#: as it is mid-sentence: a name, left out of ``Tie.words``, or a concept such as "=president",
#: kept; ``Tie.named`` says which concepts a sentence writes inside a name).
_OPENER = "x"


def _terms(found: list[str], language: str | None, glossary: Glossary) -> frozenset[str]:
    return key_terms(" ".join([_OPENER, *found]), language, glossary)


def story_ties(items: Sequence[Annotated], glossary: Glossary, figures: Sequence[Figure]) -> Ties:
    """The tie of every quantity of a story's articles, and the numbers written together;
    ``figures`` are the articles' figures, whose subjects say what companions count."""
    subjects: dict[str, dict[int, str]] = {}
    for figure in figures:
        subjects.setdefault(figure.article_id, {})[figure.quantity.start] = _kind(
            figure.subject, glossary
        )
    by_place = {
        (item.article.id, quantity.start): tie_of(
            item, quantity, glossary, subjects.get(item.article.id, {})
        )
        for item in items
        for quantity in item.quantities
    }
    together = frozenset(
        (item.article.id, number_key(quantity.value), companion)
        for item in items
        for quantity in item.quantities
        for companion in by_place[(item.article.id, quantity.start)].companions
    )
    return Ties(by_place, together)


def subject_family(subject: str, glossary: Glossary) -> str:
    """The bucket a subject compares in: a class of people ("customer", "worshipper") with
    the generic "person" ("orang", "warga"), whose figures may count the same people."""
    return GENERIC_PERSON if subject in glossary.person_classes else subject


def _kind(subject: str, glossary: Glossary) -> str:
    """What a companion counts, as broadly as a count of it compares: any class of people
    and whatever befell them is people ("8 villagers missing" beside "2 residents missing"),
    as silang.compare.slots buckets them together."""
    return subject_family(subject.split(":", maxsplit=1)[0], glossary)


def told_with_other_numbers(a: Figure, b: Figure, ties: Ties) -> bool:
    """Whether two figures with different values are each told with a number of its own
    that marks them as two things, however alike their words:

    - the other's article writes this figure's number with its companion in a sentence of
      its own: "caught 29 passes for 201 yards" against a report that gives "39 passes for
      302 yards" and also "201 yards on 29 catches" (ECB+ dev topic 25) agrees on the 29 and
      tells another thing with the 39;
    - one figure counts what is left of a class beside a part of it (``Tie.remainder``),
      and the two companions count different things: "162 animals and 146 plants" against
      "90 birds and 1,263 other animals" (ECB+ dev topic 9) part the living things two ways,
      so their animals are two sets. Companions of different kinds beside two counts of one
      thing ("300 homes and 20 shops", "350 homes and 40 residents injured") say nothing
      of the homes; companions that count one thing ("six dead and eight missing" against
      "12 dead and two missing") dispute along with the figures.

    A companion the other's sentence also gives ("12 ships and nearly 300 crewmen", "14
    vessels and more than 300 crew") ties the two together instead."""
    tie_a, tie_b = ties.of(a), ties.of(b)
    if tie_a.companions & tie_b.numbers or tie_b.companions & tie_a.numbers:
        return False
    if _retold_by(a, tie_a, b, ties) or _retold_by(b, tie_b, a, ties):
        return True
    if not (tie_a.remainder or tie_b.remainder):
        return False
    kinds_a, kinds_b = tie_a.companion_kinds, tie_b.companion_kinds
    return bool(kinds_a and kinds_b and not kinds_a & kinds_b)


def _retold_by(figure: Figure, tie: Tie, other: Figure, ties: Ties) -> bool:
    """Whether ``other``'s article writes ``figure``'s number with its companion as a
    companion ("201 yards on 29 catches"), not merely in one sentence with it ("300
    firefighters fought the blaze for 20 hours" is no retelling of "300 homes and 20
    shops")."""
    value = number_key(figure.quantity.value)
    return any((other.article_id, value, c) in ties.together for c in tie.companions)


def tied_words(a: Tie, b: Tie, informative: frozenset[str]) -> int:
    """How many informative words two figures share in their own reach. The counted noun
    counts among them ("destroyed 300 homes", "350 homes destroyed"): the bucket holds
    figures of one subject, but not every one writes its noun in its reach."""
    return len(a.words & b.words & informative)
