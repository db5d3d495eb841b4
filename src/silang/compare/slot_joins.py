"""When two reports' figures of one class count one thing though their clauses share few
words: counts of one noun that no day, no other count and no unit tells apart, and distances
measured from one place (silang.compare.slots joins them)."""

from __future__ import annotations

from silang.compare.figures import GENERIC_PERSON, Figure
from silang.compare.slot_evidence import NAME_TERM, NUMBER_TERM
from silang.compare.units import measure

#: Two reports' counts of one noun, with no day to tell them apart, count one thing when the
#: larger is at most this many times the smaller: sources that disagree on a count disagree
#: within its order ("two boats" and "three boats"), not by tenfold.
ONE_COUNT_SPREAD = 2.0
#: The count of a unit of time that makes the next unit up (24 hours are a day): lengths in
#: one unit that both stay below it are of one order, as a writer who counts in hours does
#: so for any span shorter than a day ("sekitar 4 jam" and "selama 18 jam" in one pocket),
#: whatever their ratio.
_NEXT_UNIT_UP = {"second": 60.0, "minute": 60.0, "hour": 24.0}
#: Two clause terms this long that open alike are one word's forms the stemmer left apart
#: ("deliberat" of "deliberated" and "deliberation").
KINDRED_PREFIX = 7


def day_unknown(figure: Figure) -> bool:
    """Whether nothing dates a figure: neither the text beside it nor its article's
    publication (the latest day an unpublished article names may be an earlier event's)."""
    return figure.unpublished and not figure.dated


def no_day_between(a: Figure, b: Figure) -> bool:
    """Whether no day tells two figures apart: neither text dates it, and one has no known
    day at all. "At least four aftershocks" in a report of no day may be the day of "three
    strong aftershocks" in a report of 28 November (ECB+ dev topic 20): no day makes their
    difference a change over time."""
    return not a.dated and not b.dated and (day_unknown(a) or day_unknown(b))


def undated_counts_of_one_thing(
    a: Figure,
    b: Figure,
    told_apart: set[tuple[str, float]],
    values: frozenset[float],
) -> bool:
    """Whether two reports with no day at all, each giving one count of one noun and no other
    count of its class that might be the other's, count one thing: "the pirates, in three
    boats" and "fired on by two boats" (ECB+ dev topic 12), where no day can make the difference
    a change over time. Counts an order apart count two things ("16 crew" against "300
    crewmen"), and so may two words of one class: "nine assault rifles" in all against "seven
    AK-47s" among them. An estimate in words that no other count of the story (``values``)
    fits, against a count its clause limits or denies ("puluhan bus" at the gate in an
    undated hoax against the denials' "hanya lima bus", Pratiwi fresh topic 5), counts
    what that count is told against, whatever their orders; a crowd's estimate against a
    plain count ("puluhan siswa" at a school, "empat siswa dirawat") may be of a part."""
    estimate = (_lone_estimate(a, values, told_apart) and b.limited) or (
        _lone_estimate(b, values, told_apart) and a.limited
    )
    return (
        no_day_between(a, b)
        and a.subject == b.subject
        and a.quantity.counted == b.quantity.counted
        and sole_match(a, b, told_apart)
        and sole_match(b, a, told_apart)
        and (estimate or one_order(a.quantity.value, b.quantity.value))
        and not tied_to_other_counts(a, b)
        and not _of_other_people(a, b)
    )


#: How many people a count's sentence names before its people tell it apart: a bout's sides.
_SIDES = 2


def _of_other_people(a: Figure, b: Figure) -> bool:
    """Whether two counts' sentences each name two people or more, as a bout's two sides, and
    no one in common: "stopping the champion in seven rounds" in a sentence of Klitschko and
    Rahman, "an eight round decision win" in one of Bowe and Pukall tell two bouts. The
    noun alone, all that ties such counts, says nothing against the names. One name a side
    says too little: the entities stage reads places as people ("two gunmen opened fire in
    Hawaiian Gardens"), and such a misread would part one count told two ways."""
    if len(a.people) < _SIDES or len(b.people) < _SIDES:
        return False
    return not _words(a.people) & _words(b.people)


def _words(names: frozenset[str]) -> set[str]:
    """The words of ``names``: "klitschko" and "wladimir klitschko" name one man."""
    return {word for name in names for word in name.split()}


def _lone_estimate(
    figure: Figure, values: frozenset[float], told_apart: set[tuple[str, float]]
) -> bool:
    """Whether a figure is an estimate in words, its report's one count of its bucket
    (``told_apart``), whose bounds hold no other count of the bucket (``values``). One that
    holds another ("ratusan permen" beside the 345 bottles seized, "thousands of Web sites"
    beside 6,000) is that count told roughly, and one beside another count of its own
    report ("several dozen countries" beside "33 countries") may be either's; neither says
    anything against a count an order below it (the 20 sweets of one school, Pratiwi dev
    topic 7; the 12 countries of one cable, ECB+ dev topic 30)."""
    quantity = figure.quantity
    if quantity.qualifier != "vague" or quantity.low is None or quantity.high is None:
        return False
    if (figure.article_id, quantity.value) in told_apart:
        return False
    low, high = quantity.low, quantity.high
    return not any(low <= v <= high for v in values if v != quantity.value)


def tied_to_other_counts(a: Figure, b: Figure) -> bool:
    """Whether each of two counts is told beside another number of its sentence and the two
    sentences share none: "caught 3 passes for 37 yards" against "went 73 yards in 13
    plays". A count told beside another is tied to what that number counts (the passes, the
    plays); two reports that tie theirs to different numbers tell two things, where one
    thing retold would come with its companion number too."""
    return bool(a.frame_numbers and b.frame_numbers and not a.frame_numbers & b.frame_numbers)


def one_order(x: float, y: float) -> bool:
    """Whether two counts are within ONE_COUNT_SPREAD of each other (both above zero)."""
    low, high = sorted((x, y))
    return low > 0 and high <= ONE_COUNT_SPREAD * low


def sole_match(a: Figure, b: Figure, told_apart: set[tuple[str, float]]) -> bool:
    """Whether no other count of ``a``'s class in ``a``'s article might be ``b``'s count: one
    an order away from it cannot be ("as many as 100 merchant vessels" attacked beside "at
    least 17 of the hijacked ships", against another report's "at least 14 foreign vessels"
    held; ECB+ dev topic 12), one of its order leaves open which of the two ``b`` counts."""
    others = {v for aid, v in told_apart if aid == a.article_id and v != a.quantity.value}
    return not any(one_order(v, b.quantity.value) for v in others)


def counts_of_one_day_alike(a: Figure, b: Figure, told_apart: set[tuple[str, float]]) -> bool:
    """Whether two reports' counts of one noun for one day may be one count told two ways
    ("tiga bus" against "lima bus" on Monday night). Neither may give another count of the
    noun that might be the other's (``sole_match``: then which of its two the other's is stays
    open). Counts an order apart (``one_order``), which sources disagreeing on one count rarely
    are, may be one only where each report gives the noun no other count: a report that counts
    one noun several times ("threw for 205 yards", "a 7-yard pass", "ran for 101 yards") uses
    it for several things, and another report's number an order away from its own ("4,183
    passing yards" this season) is one of those others more likely than a dispute. These
    tests read exact numbers; an estimate in words ("ratusan", "thousands of fans") spans an
    order by itself, so neither its order nor another count beside it says what it counts,
    and a pair holding one is left to the day alone, as before (Pratiwi dev topic 5: "ribuan
    massa" and "ratusan massa" at one gate)."""
    if a.quantity.qualifier == "vague" or b.quantity.qualifier == "vague":
        return True
    if not (sole_match(a, b, told_apart) and sole_match(b, a, told_apart)):
        return False
    if one_order(a.quantity.value, b.quantity.value):
        return True
    return not {(f.article_id, f.quantity.value) for f in (a, b)} & told_apart


def given_side_by_side(x: float, y: float, told_apart: set[tuple[str, float]]) -> bool:
    """Whether some article of the story gives both values for the class: then they count
    two things ("7 life sentences ... and 4 without parole", ECB+ dev topic 3), whichever
    reports give them alone."""
    giving_x = {article for article, value in told_apart if value == x}
    return any(article in giving_x for article, value in told_apart if value == y)


def one_measure_of_the_story(
    a: Figure, b: Figure, told_apart: set[tuple[str, float]], values: frozenset[float]
) -> bool:
    """Whether two reports' amounts of one physical measure (a weight, a distance, an area:
    ``silang.compare.units.measure``) are the story's one amount of it: the story gives
    only these two values of the measure (``values``, its bucket's) and no article gives
    both (``told_apart`` is empty), so each report measures one thing of that kind, and
    there is nothing else of it for either figure to be. "weighing 130 pounds" and
    "5-foot-8, 135 pounds" of one suspect (ECB+ dev topic 16), "lived half a mile away" and
    "had moved about a mile and a half away" of one victim (topic 21) are one weight and
    one distance told two ways. A story that measures two things of a kind most often has
    a report giving both, or more values than two. Lengths of time, shares and scores have
    no measure here: a story counts many spans and many shares (``one_length_of_time``
    reads spans)."""
    return (
        a.article_id != b.article_id
        and measure(a.quantity.unit) is not None
        and measure(a.quantity.unit) == measure(b.quantity.unit)
        and {a.quantity.value, b.quantity.value} == values
        and len(values) == 2
        and not told_apart
    )


def from_one_place(a: Figure, b: Figure) -> bool:
    """Whether two distances are measured from one place: their clauses name one place the
    entities stage knows, or one proper name follows both ("35 miles southwest of Bandar
    Abbas" and "58km (36 miles) south-west of Bandar Abbas", the port no known place). Ways
    that share no compass point ("north of" against "south of") measure two things from it:
    the epicentre and a town, not one distance told two ways."""
    if a.bearing and b.bearing and not a.bearing & b.bearing:
        return False
    named = a.measured_from is not None and a.measured_from == b.measured_from
    return bool(a.named_places & b.named_places) or named


def one_noun_counted(a: Figure, b: Figure, told_apart: set[tuple[str, float]]) -> bool:
    """Whether two reports count one noun with nothing to tell their counts apart: no
    unit ("km", "Rp" measure too many things to say as much, and so does the bare class
    "person"), and neither article gives the other's number for another thing."""
    counted = a.quantity.unit is None and b.quantity.unit is None and a.subject != GENERIC_PERSON
    apart = (a.article_id, b.quantity.value) in told_apart or (
        b.article_id,
        a.quantity.value,
    ) in told_apart
    return a.article_id != b.article_id and counted and not apart


def one_length_of_time(
    a: Figure, b: Figure, told_apart: set[tuple[str, float]], units: frozenset[str]
) -> bool:
    """Whether two reports' lengths of time in one unit, whose clauses share a word, measure
    one span: "the panel deliberated for 40 hours" and "after 30 hours of deliberation".
    Each must be the only length of its order in its article that the other might be ("12
    hours of deliberation" over the verdict beside "40 hours" over the sentence leaves the
    30 hours to the 40), and the two of one order ("10 minutes" is no "three years")."""
    return (
        a.article_id != b.article_id
        and a.quantity.unit == b.quantity.unit
        and a.quantity.unit in units
        and not given_side_by_side(a.quantity.value, b.quantity.value, told_apart)
        and _sole_length(a, b, told_apart)
        and _sole_length(b, a, told_apart)
        and _one_order_of_time(a.quantity.value, b.quantity.value, a.quantity.unit)
    )


def _one_order_of_time(x: float, y: float, unit: str | None) -> bool:
    """Whether two lengths of time in ``unit`` are of one order: within ONE_COUNT_SPREAD of
    each other, or both short of the next unit up (``_NEXT_UNIT_UP``)."""
    below = _NEXT_UNIT_UP.get(unit or "")
    within = below is not None and 0 < x < below and 0 < y < below
    return within or one_order(x, y)


def _sole_length(a: Figure, b: Figure, told_apart: set[tuple[str, float]]) -> bool:
    """``sole_match`` for lengths of time, by their order (``_one_order_of_time``): another
    length of ``a``'s article that might be ``b``'s leaves open which of the two it is."""
    others = {v for aid, v in told_apart if aid == a.article_id and v != a.quantity.value}
    unit = a.quantity.unit
    return not any(_one_order_of_time(v, b.quantity.value, unit) for v in others)


def window_context(a: Figure, b: Figure) -> tuple[frozenset[str], frozenset[str]]:
    """The two figures' clause words, each with the words of the clause its fronted window
    opens where the other is a window, deadline or bound of time too."""
    left = a.context | a.timed if b.window else a.context
    right = b.context | b.timed if a.window else b.context
    return left, right


def kindred_terms(a: Figure, b: Figure, named: frozenset[str] = frozenset()) -> bool:
    """Whether two figures' clauses share a word, or two forms of one (``KINDRED_PREFIX``):
    "deliberated" and "deliberation" name one act. A word most of the story's articles use
    counts too ("served" in a story of a prison term): for lengths of time that
    ``one_length_of_time`` has already found alone of their order, it says which span they
    measure rather than which event. A name does not: the story's people stand beside every
    span of theirs ("Thompson" beside "the four years since their first bout" and beside
    "his unbeaten run to eight years", ECB+ dev topic 7), saying whose span, not which."""
    # A fronted window's clause is the time of what it opens: alike only to another window's.
    left, right = window_context(a, b)
    return any(
        x == y
        or (min(len(x), len(y)) >= KINDRED_PREFIX and x[:KINDRED_PREFIX] == y[:KINDRED_PREFIX])
        for x in left
        for y in right
        # Another number in both clauses names no span, nor does a name.
        if not x.startswith((NUMBER_TERM, NAME_TERM)) and x not in named
    )
