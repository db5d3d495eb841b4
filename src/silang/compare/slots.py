"""Claim slots: the figures of one story grouped by what they speak of, with a status."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import NamedTuple

from rapidfuzz import fuzz

from silang.compare.conversions import join_conversions
from silang.compare.figures import GENERIC_PERSON, MASK, Figure, read_figures
from silang.compare.glossary import Glossary, article_counts, load_glossary
from silang.compare.holders import maybe_initials, one_holder, spelled_out, unabbreviated
from silang.compare.money import currency, is_money, money_groups
from silang.compare.passages import passage_origins
from silang.compare.scope import clause_start, elapsed_windows, periods_apart
from silang.compare.slot_apart import read_apart, split_apart
from silang.compare.slot_evidence import (
    NUMBER_TERM,
    Tie,
    Ties,
    number_key,
    story_ties,
    subject_family,
    tied_words,
    told_with_other_numbers,
    two_results,
)
from silang.compare.slot_joins import (
    counts_of_one_day_alike,
    from_one_place,
    given_side_by_side,
    kindred_terms,
    one_length_of_time,
    one_measure_of_the_story,
    one_noun_counted,
    one_order,
    tied_to_other_counts,
    undated_counts_of_one_thing,
    window_context,
)
from silang.compare.status import compatible, slot_status
from silang.compare.units import measure, same_amount
from silang.disjoint import DisjointSets
from silang.lang.time_units import PERIODS, TIME_UNITS
from silang.model import Annotated, ClaimSlot, ClaimValue, Mention

#: A context term found in at least this share of a story's articles ("banjir", the district's
#: name) tells nothing about which figure is which.
COMMON_SHARE = 0.5
#: Two different figures of one class join one slot only when their clauses share this many
#: informative terms: on examples/banjir-lembah-sari one shared word ("bantuan") joined the
#: province's Rp 5,4 miliar fund with the Rp 1,5 juta per family; two shared words join none of
#: the unrelated pairs there.
SHARED_FOR_DIFFERENT = 2
#: fuzz.ratio of two figures' sentence frames (silang.compare.figures, the figure masked) at
#: or above which two articles retell one sentence with their own number: on Pratiwi dev
#: topic 4 the 15/18 and 5/6 counts of one delegation score 74.7 and 85.2. The bar is
#: silang.compare.passages's bar for a copied sentence.
RETOLD_SENTENCE = 72.0
#: How many words after the figure must read the same in a retold sentence.
WORDS_AFTER = 2
#: The measure of distances: two reports giving a distance from one named place give one
#: distance ("1,500 kilometers south of Tehran", "940 miles south of Tehran").
DISTANCE = "length"
#: The bucket family of amounts of money (see _bucket).
MONEY = "money"
#: What marks the buckets of general statements and of parts of a family (see _aspect).
GENERAL = ":general"
PART = ":part"
AVERAGE = ":average"
#: The bucket suffix of a difference between two things ("four years older than his
#: brother"), no value of the event's own figures of that family.
DIFFERENCE = ":difference"
#: The rule that joins two reports' counts of one noun on no evidence but the noun (and
#: the one ``_named_apart`` may overrule). Shared words ("shared terms", "one length of
#: time") are left to judge: parting those on holders hid a real dispute on ECB+ dev topic
#: 16 ("married two weeks ago" against "three weeks").
ONE_NOUN = "one noun counted"


class Verdict(NamedTuple):
    """Whether two figures speak of one thing, and the name of the rule that decided it."""

    joined: bool
    rule: str


def _same_reading(a: Figure, b: Figure) -> bool:
    """The same amount, whether or not hedged ("sekitar 12 km" and "12 km"; "28 degrees
    Celsius" and "82 degrees Fahrenheit")."""
    qa, qb = a.quantity, b.quantity
    # A span's value is its low end: "between 60 and 100 rioters" is no "about 60 people".
    return (
        same_amount(qa, qb)
        and (qa.qualifier == "vague") == (qb.qualifier == "vague")
        and (qa.qualifier == "range") == (qb.qualifier == "range")
    )


def _compatible(a: Figure, b: Figure) -> bool:
    return compatible(a.quantity, b.quantity)


def _names(figure: Figure, subject: str) -> bool:
    """Whether a figure's clause names ``subject`` as a word or a concept ("attacked
    nearly 100 vessels" names "attack")."""
    return subject in figure.context or "=" + subject in figure.context


def _kind(figure: Figure) -> str:
    """What a figure's subject compares as: the measure of its unit ("length" for "km" and
    "mile"), else its subject."""
    return measure(figure.quantity.unit) or figure.subject


def _words_after_figure(frame: str) -> list[str]:
    tokens = frame.split()
    at = tokens.index(MASK) if MASK in tokens else len(tokens)
    return tokens[at + 1 : at + 1 + WORDS_AFTER]


def _retold(a: Figure, b: Figure) -> bool:
    """Whether two articles tell one sentence, each with its own number at the figure's place.
    A sentence that also writes the other article's number elsewhere ("220 mg omega-3 dan 875
    mg omega-6" in both) gives two figures, whose frames are alike for that reason; the words
    right after the figure name what it counts and must be the same ("_ orang ditangkap"
    and "_ orang diperiksa" count two things in alike sentences). A sentence retold keeps
    its other numbers: two alike sentences whose other numbers all differ ("14 rifles, 31
    magazines and 923 rounds", "six rifles, 12 magazines and 300 rounds") are two lists of
    one shape (``tied_to_other_counts``), not one told with another number."""
    return (
        a.article_id != b.article_id
        and number_key(a.quantity.value) not in b.frame_numbers
        and number_key(b.quantity.value) not in a.frame_numbers
        and not (
            tied_to_other_counts(a, b) and max(len(a.frame_numbers), len(b.frame_numbers)) >= 2
        )
        and _words_after_figure(a.frame) == _words_after_figure(b.frame)
        and fuzz.ratio(a.frame, b.frame) >= RETOLD_SENTENCE
    )


def _counted_as(person: Figure, other: Figure, roles: Mapping[str, str]) -> bool:
    """Whether a generic count of people counts the class of ``other`` by its own clause's
    word ("jumlah peserta aksi yang akan hadir 10 ribu orang" against "sekitar 50.000
    massa": the participants are the crowd, ``roles``): then it counts that class, and the
    two compare by the rules of one kind, not only on the very same number. A count that
    names no class beside it ("15 orang") may count anyone of the story and stays apart."""
    named = person.named_class
    return named is not None and roles.get(named, named) == roles.get(other.subject, other.subject)


def judge_pair(
    a: Figure,
    b: Figure,
    informative: frozenset[str],
    told_apart: set[tuple[str, float]],
    generic: frozenset[str] = frozenset({GENERIC_PERSON}),
    roles: Mapping[str, str] | None = None,
    ties: Ties | None = None,
    values: frozenset[float] = frozenset(),
    named_apart: bool = False,
) -> Verdict:
    """Whether two figures of one class and unit speak of the same thing, and the rule that
    says so (bench/slot_diagnose.py lists it for the values of a dispute left apart).
    ``told_apart`` holds (article, value) for every value an article gives beside another of
    the same class: an article that gives both figures tells us they are two things.
    ``generic`` subjects ("person", a bare measure word) may stand for another subject's
    count, and so may a subject of one ``roles`` role (``Glossary.roles``). ``ties`` holds
    each figure's own words and companion numbers (silang.compare.slot_evidence): two
    different values join on shared words only where those are the figures' own.
    ``values`` are the values of the figures' bucket (``one_measure_of_the_story``).
    ``named_apart`` says the two name holders that share none (``_named_apart``): counts
    of one noun, where one of the two names its holder, are then two holders' counts."""
    roles = roles or {}
    ties = ties or Ties()
    if _of_two_people(a, b):
        return Verdict(False, "ages or weights of two people")
    if _two_wholes(a, b, informative):
        # "52 percent in Egypt" and "52% with Saudi Arabia", "about half the milk" and
        # "half of the settlers": shares of two wholes.
        return Verdict(False, "shares of two wholes")
    if _two_polls(a, b):
        return Verdict(False, "shares of two polls")
    # A generic count whose clause names the other's class counts that class.
    if _counted_as(a, b, roles):
        a = replace(a, subject=b.subject)
    elif _counted_as(b, a, roles):
        b = replace(b, subject=a.subject)
    if _kind(a) != _kind(b):
        # A bucket's generic count meets a specific one ("9 orang" and "sembilan pelanggan"
        # of one complaint count, "345 botol" and "345 permen") only on the very same number.
        named = a.subject in generic or b.subject in generic
        named = named or _names(b, a.subject) or _names(a, b.subject)
        # "23 pirates" and "23 suspects" of one capture: one role, named two ways.
        named = named or roles.get(a.subject, a.subject) == roles.get(b.subject, b.subject)
        # "46 demonstrators were arrested" and "46 people had been arrested": one state.
        named = named or a.state == b.subject or b.state == a.subject
        joined = named and _same_reading(a, b) and a.quantity.qualifier != "vague"
        return Verdict(joined, "two kinds")
    if _same_reading(a, b):
        return Verdict(True, "same reading")
    if _of_two_events(a, b):
        # The toll of February's quake against this one's.
        return Verdict(False, "periods apart")
    if a.holder and b.holder and _two_holders(a.holder, b.holder):
        # "Grant Gibbs had eight" assists and "Richard Carter had ... four assists": two
        # people's counts, whatever else their clauses share.
        return Verdict(False, "two holders")
    if a.added != b.added:
        # "two additional life sentences" and "three life sentences": the added ones and a
        # total, two counts however alike their words (added counts dispute each other
        # only, ``_one_addition``).
        return Verdict(False, "an addition and a total")
    if two_results(a, b, ties):
        # "the 27-24 loss at Chicago" and "the 13-10 loss to Atlanta": two games.
        return Verdict(False, "two results")
    if a.state != b.state:
        # "evacuate some 420 passengers" against "fly its 246 passengers".
        return Verdict(False, "states apart")
    if a.places and b.places and not a.places & b.places:
        # Different scopes: one village against another.
        return Verdict(False, "places apart")
    if _retold(a, b):
        # One sentence told with two numbers: "15 orang ..." and "18 orang ...".
        return Verdict(True, "retold sentence")
    if _one_thing_measured(a, b) and not given_side_by_side(
        a.quantity.value, b.quantity.value, told_apart
    ):
        # "a 10-metre dhow" and "a 24- to 30-foot dhow": one boat, two lengths. A report
        # that gives both sizes of the noun tells two things of it ("a .32-caliber
        # revolver, not a .45-caliber handgun"), whichever reports give them alone.
        return Verdict(True, "one thing measured")
    if _kind(a) == DISTANCE and from_one_place(a, b) and a.article_id != b.article_id:
        # "1,500 kilometers south of Tehran" and "940 miles south of Tehran".
        return Verdict(True, "distance from one place")
    if a.share_of is not None and a.share_of == b.share_of and a.article_id != b.article_id:
        # Two reports' shares of one named whole ("65% of traffic to India", "82 percent of
        # India's voice traffic") measure one thing, as two distances from one place do.
        return Verdict(True, "shares of one whole")
    left, right = window_context(a, b)
    shared = len(left & right & informative)
    if _two_spans_of_one_report(a, b):
        return Verdict(False, "two spans of one report")
    tie_a, tie_b = ties.of(a), ties.of(b)
    in_names = tie_a.named | tie_b.named
    # The time still to run ("with under five minutes left") is a moment of a countdown: two
    # of them are two moments, not one span told two ways.
    countdown = a.countdown or b.countdown
    if (
        not countdown
        and a.gap == b.gap
        and one_length_of_time(a, b, told_apart, TIME_UNITS)
        and kindred_terms(a, b, in_names)
    ):
        # "deliberated for 40 hours" and "after 30 hours of deliberation". The gap between
        # two happenings ("comes seven months after that animal became the first ...") is no
        # span of what the story tells ("after four months of deliberation"), whatever word
        # their clauses share.
        return Verdict(True, "one length of time")
    if _compatible(a, b) and a.article_id != b.article_id:
        # A hedged count that holds another report's count of the same noun ("more than 50
        # charges" and "54 charges", ECB+ dev topic 3) agrees with it, whatever the words.
        # One report giving both gives two things ("an eight-year offer" and "no other
        # offer was more than seven years"), as with any two numbers of one day.
        return Verdict(shared >= 1 or one_noun_counted(a, b, told_apart), "compatible")
    if a.article_id == b.article_id and a.sentence == b.sentence:
        # One sentence giving two figures of one unit for two dates tells a change ("29,98
        # kg, naik dari 22,58 kg pada 2004"); for one date, a contrast ("from 90 minutes to
        # 15") or two things ("Rp 5,4 miliar ... Rp 1,5 juta per family").
        return Verdict(a.date != b.date, "one sentence")
    # One article giving two figures for one thing on one day is no slot either.
    same_day_same_article = a.article_id == b.article_id and a.date == b.date
    if same_day_same_article:
        return Verdict(False, "one article, one day")
    # A report that gives both numbers for the class tells two things by them ("Jumlah
    # jamaah sekitar 240 orang (laki-laki 170 dan wanita 70 orang)" in two reports, Pratiwi
    # dev topic 5), however many words the reports' clauses share.
    if given_side_by_side(a.quantity.value, b.quantity.value, told_apart):
        # So with fewer shared words: "7 life sentences ... and 4 without parole" (ECB+ dev
        # topic 3), whichever reports give them alone.
        return Verdict(False, "given side by side")
    if told_with_other_numbers(a, b, ties):
        # "caught 29 passes for 201 yards" and "caught 39 passes for 302 yards".
        return Verdict(False, "told with other numbers")
    if _tied_evidence(a, b, tie_a, tie_b, informative) >= SHARED_FOR_DIFFERENT:
        return Verdict(True, "shared terms")
    if _one_addition(a, b):
        # "called in an additional six engines" and "called a further four appliances".
        return Verdict(True, "one addition")
    if _measured_alike(tie_a, tie_b) and one_measure_of_the_story(a, b, told_apart, values):
        # "lived half a mile away" and "moved about a mile and a half away": the story's one
        # distance. A measure alone is no evidence of one thing (a suspect's 6 feet and a
        # car's 10, two trucks' 20 and 30 tonnes), so the two must measure alike by a word of
        # their own: a word the story uses often says that as well as a rare one, as the two
        # are alone of their measure.
        return Verdict(True, "the story's one measure")
    if a.ordinal or b.ordinal:
        # An ordinal counts up to one moment of a sequence ("in the sixth round", "their
        # eighth straight win"), and a story tells many moments of it (each round of a
        # bout, a streak before and after the game): two reports' different ordinals of one
        # noun are two moments unless words of their own tie them (above).
        return Verdict(False, "ordinals of a sequence")
    if not one_noun_counted(a, b, told_apart):
        return Verdict(False, "few shared terms")
    # Two reports counting the same noun for the same day ("tiga bus" against "lima bus" on
    # Monday night) count one thing, however differently they word it, unless one of them
    # counts the noun for other things too (``counts_of_one_day_alike``).
    same_day = a.date is not None and a.date == b.date and counts_of_one_day_alike(a, b, told_apart)
    joined = (
        same_day
        or _estimate_of(a, b)
        or _estimate_of(b, a)
        or (undated_counts_of_one_thing(a, b, told_apart, values) and _undated_alike(tie_a, tie_b))
    )
    return Verdict(joined and not (named_apart and bool(a.holder or b.holder)), ONE_NOUN)


def _one_addition(a: Figure, b: Figure) -> bool:
    """Whether two reports' counts of things added to an earlier count of one noun
    (``Figure.added``, each its article's one such count) count the one addition, told two
    ways: "called in an additional six engines" and "called a further four appliances".
    The word of addition says which count of the noun each report gives, as a shared word
    of their own would; counts an order apart, or dated to two days, are two additions."""
    return (
        a.added
        and b.added
        and a.article_id != b.article_id
        and one_order(a.quantity.value, b.quantity.value)
        and not (a.dated and b.dated and a.date != b.date)
        and _within_a_day([a.date, b.date])
    )


def _within_a_day(days: Sequence[str | None]) -> bool:
    """Whether the known days are at most one apart: reports a week apart that each add
    ("a further 3 died", then "another 5 died") tell two additions of a running count."""
    known = sorted({d for d in days if d})
    if len(known) < 2:
        return True
    if any(len(d) != len("2021-03-01") for d in known):
        return False  # two coarser dates that differ (two months) are no one day
    return (
        datetime.date.fromisoformat(known[-1]) - datetime.date.fromisoformat(known[0])
    ).days <= 1


def _two_wholes(a: Figure, b: Figure, informative: frozenset[str]) -> bool:
    """Whether two shares are of two wholes: two places ("52 percent in Egypt", "52% with
    Saudi Arabia"), or one number of two wholes named by words (``_one_share_two_wholes``)."""
    if a.share_of is not None and b.share_of is not None and a.share_of != b.share_of:
        return True
    return _one_share_two_wholes(a, b, informative)


def _one_share_two_wholes(a: Figure, b: Figure, informative: frozenset[str]) -> bool:
    """Whether two shares give one number of two wholes: wholes named by words of no shared
    term, in clauses of no shared informative term ("sold about half the milk in Alaska"
    against "half of the settlers gave up and left", ECB+ dev topic 13). A share is of a
    whole, and a round share ("half", "10 percent") recurs in a story for many wholes: the
    very number, which alone joins two figures, says nothing of two shares whose wholes are
    named apart. The words of one whole retold share a term ("half the roof at the
    entrance", "half of the entrance roof"); one proportion may be measured on two wholes
    that the rest of their clauses tie ("the world's most widely used web browser with
    nearly three quarters of the market share", "used on nearly three-quarters of the
    world's computers", ECB+ dev topic 27). Two different shares join only on evidence of
    their own, as before."""
    if a.quantity.value != b.quantity.value or not (a.whole and b.whole) or a.whole & b.whole:
        return False
    return not a.context & b.context & informative


def _measured_alike(a: Tie, b: Tie) -> bool:
    """Whether two amounts of one measure are told alike: a word of their own reach in both
    ("lived half a mile away", "moved about a mile and a half away"), or another number their
    sentences both give. A description retold carries its other figures along: "5 feet 8
    inches tall, weighing 130 pounds" and "5 foot 8, 135 pounds" (ECB+ dev topic 16) weigh
    the one man the same height describes, though the second gives its weight no word."""
    return bool(a.words & b.words or a.measured & b.measured)


def _undated_alike(a: Tie, b: Tie) -> bool:
    """Whether two counts no resolved day tells apart are undated alike: a sentence that
    names a day it does not resolve ("By Saturday, at least 6,000 Web sites had been
    infected and the number is growing", ECB+ dev topic 27, a document of no publication
    day) tells the count of that day, which a report naming none may count later or
    earlier; such a pair is no count of one moment (``undated_counts_of_one_thing``)."""
    return a.names_day == b.names_day


def _tied_evidence(
    a: Figure, b: Figure, tie_a: Tie, tie_b: Tie, informative: frozenset[str]
) -> int:
    """How much says that two figures with different values speak of one thing: the words of
    their own reach they share (``tied_words``: "hold about a dozen ships", "still hold at
    least 14 vessels") and the other numbers their clauses share ("and nearly 300 crewmen",
    "and more than 300 crew members"). Other words of their clauses may be other figures'
    ("scored a rushing touchdown" beside "150 yards" and beside "a 2-yard touchdown", ECB+
    dev topic 25), and names say whose figure, not which ("Galaxy Note 3" beside each
    phone's load, Pratiwi dev topic 3)."""
    numbers = {t for t in a.context & b.context & informative if t.startswith(NUMBER_TERM)}
    return tied_words(tie_a, tie_b, informative) + len(numbers)


def _one_thing_measured(a: Figure, b: Figure) -> bool:
    """Whether two reports measure one thing: the same noun with a measure ("a 10-metre dhow"
    and "a 24- to 30-foot dhow", "a magnitude-5.9 earthquake" and "a 6.1-magnitude quake").
    A thing has one size, so two sizes of it are a dispute. A length of time is no size of
    a thing: "a 12-year sentence", "an eight-year deal" name arrangements a story has many
    of (each defendant's sentence, one added by a later plea, each team's offer), so two
    lengths of one such noun are two things until their clauses say otherwise (ECB+ dev
    topic 26: "a 12-year sentence" against "another three-year sentence")."""
    return (
        a.measured is not None
        and a.measured == b.measured
        and a.article_id != b.article_id
        and a.quantity.unit not in TIME_UNITS
        and b.quantity.unit not in TIME_UNITS
    )


def _two_polls(a: Figure, b: Figure) -> bool:
    """Whether two different poll shares (``Figure.poll``) are two polls' answers: both name
    their pollster (``Figure.pollster``) and the pollsters differ ("an opinion poll published
    by Ethnos newspaper ... 83.3 percent" and "an opinion poll for the respected Kathimerini
    newspaper ... 68 per cent" ask two samples two questions). A share whose poll is named
    by neither, or by one alone ("survei yang sama hanya menunjukkan 40 persen" against
    "Menurut survei LSI, 80 persen"), or one pollster named by both, may be the other's
    poll misquoted: a dispute to show."""
    if not (a.poll and b.poll and a.pollster and b.pollster) or _same_reading(a, b):
        return False
    return not one_holder(a.pollster, b.pollster)


def _of_two_people(a: Figure, b: Figure) -> bool:
    """Whether two ages (or two weights, ``Figure.owner``) are of two people: they stand
    beside two names ("Zurana Horton, 34" and "Cheanne McKnight, 11", ECB+ dev topic 33), or
    one stands beside a name and the other, another number, beside none ("34-year-old Horton
    picking up her daughter" and "picking up her 11-year-old daughter"; "the 260-pound
    Echenique" and "the 225-pound forward"), whatever else their clauses share. A name that
    holds the other ("Horton", "Zurana Horton") is one person's."""
    if not (a.owner and b.owner):
        return bool(a.owner or b.owner) and a.quantity.value != b.quantity.value
    return not (a.owner <= b.owner or b.owner <= a.owner)


def _of_two_events(a: Figure, b: Figure) -> bool:
    """Whether two figures speak of two events by the periods their sentences name ("in
    February" against the story's own day, silang.compare.scope). One sentence giving
    both ("29,98 kg, naik dari 22,58 kg pada 2004") tells a change of one thing instead.
    The very same number is not kept apart so: a story of a sentencing retells the killings
    of 2005 with or without their year ("killing four people"; ECB+ dev topic 3)."""
    one_sentence = a.article_id == b.article_id and a.sentence == b.sentence
    return not one_sentence and periods_apart(a.period, b.period)


#: Qualifiers of figures that give their own bounds.
_SPANS = ("range", "vague")


def _two_spans_of_one_report(a: Figure, b: Figure) -> bool:
    """Whether one article gives two different spans for one day ("between 40 and 80
    percent damage" and "between 50 and 70 percent of the industrial structure", ECB+ dev
    topic 20): a report gives one span per thing, so one holding the other is no sign they
    are one, as a hedged figure beside an exact one may be."""
    return (
        a.article_id == b.article_id
        and a.date == b.date
        and a.quantity.qualifier in _SPANS
        and b.quantity.qualifier in _SPANS
    )


def _estimate_of(a: Figure, b: Figure) -> bool:
    """Whether vague ``a``, whose text names no day, may estimate the count of the event that
    vague ``b`` dates: "Ratusan orang seniman ... menggelar pertunjukan" in a report of 10
    December and "Ribuan seniman ... menggelar demonstrasi, Selasa (10/11/2015)" (Pratiwi dev
    topic 4) size one crowd. ``a``'s day is only its article's, and a report may retell an
    earlier day's event; a crowd estimate ("ratusan", "ribuan") is no running tally, unless
    its clause marks a later state ("kini", "bertambah"). Exact counts keep their article's
    day: their differences over reports are the counts that move (examples/banjir-lembah-sari)."""
    return (
        a.article_id != b.article_id
        and a.quantity.qualifier == "vague"
        and b.quantity.qualifier == "vague"
        and not a.dated
        and not a.later
        and b.dated
        and a.date is not None
        and b.date is not None
        and b.date <= a.date
    )


def _dated_estimates(group: list[Figure]) -> list[Figure]:
    """The group with each undated estimate given the one day of the event it estimates
    (``_estimate_of``), so that its status compares it with that day's figures: a crowd of
    hundreds against one of thousands is a dispute, not a count that moved."""
    out = []
    for figure in group:
        days = {other.date for other in group if _estimate_of(figure, other)}
        out.append(replace(figure, date=days.pop(), dated=True) if len(days) == 1 else figure)
    return out


def _retold_on_one_day(group: list[Figure]) -> list[Figure]:
    """The group with the counts of one sentence that two reports retell each with its own
    number (``_retold``), where neither text dates it, given one day: the earlier of their
    days, as the scene they tell happened by the first report. Their reports' days say when
    each was written, not two days of a moving count, so their numbers are set against each
    other (Pratiwi dev topic 4: "5 orang perwakilan KRP diterima" and "6 orang perwakilan KRP
    diterima" in reports dated two weeks apart). A measure and a toll are readings that a
    later version of one report revises as better data come ("The 5.9-magnitude quake" and
    then "The 6.1-magnitude quake", "three people killed" and then "Ten dead", ECB+ dev topic
    20): they keep their days."""
    plain = [i for i, figure in enumerate(group) if _plain_count(figure)]
    scenes: DisjointSets[int] = DisjointSets()
    retold: set[int] = set()
    for i, j in combinations(plain, 2):
        if _retold(group[j], group[i]):
            scenes.join(i, j)
            retold.update((i, j))
    # A scene retold in a chain (a with b, b with c) is one scene: all take its earliest day.
    days: dict[int, str] = {}
    for i in retold:
        date = group[i].date
        root = scenes.find(i)
        if date is not None and (root not in days or date < days[root]):
            days[root] = date
    return [
        replace(f, date=days[scenes.find(i)]) if i in retold and scenes.find(i) in days else f
        for i, f in enumerate(group)
    ]


def _plain_count(figure: Figure) -> bool:
    """Whether a figure is a count of no unit, not narrowed to what befell its people, whose
    text names no day (``_retold_on_one_day``)."""
    return (
        figure.quantity.unit is None
        and not figure.refined
        and not figure.dated
        and figure.date is not None
    )


def _without_story_places(figures: list[Figure], items: Sequence[Annotated]) -> list[Figure]:
    """The figures without the places a story names in most of its articles ("Iran" and
    "Qeshm" in a story of the Qeshm quake, ECB+ dev topic 20): the story's own place holds
    every figure of it, and tells no village's count from another's."""
    named: Counter[str] = Counter()
    for item in items:
        named.update({e.name for e in item.entities if e.kind == "place"})
    limit = _common_limit(len(items))
    common = frozenset(name for name, n in named.items() if n > limit)
    return [replace(f, places=f.places - common) if f.places & common else f for f in figures]


def _common_limit(articles: int) -> float:
    """How many of a story's ``articles`` a term or name stands in at COMMON_SHARE (two at
    least, for a story of few articles)."""
    return max(2.0, COMMON_SHARE * articles)


def _informative(counts: Counter[str], articles: int) -> frozenset[str]:
    """The terms that stand in fewer than COMMON_SHARE of a story's ``articles``."""
    limit = _common_limit(articles)
    return frozenset(term for term, n in counts.items() if n < limit)


def _group(figures: list[Figure], story: StoryFigures) -> list[list[Figure]]:
    """Figures of one (subject, unit) split into the things they speak of. A subject narrowed
    by a cue word ("person:evacuee") is one thing already, unless its figures tell of two
    events (``_events_apart``); the very same number joins whatever its clause names."""
    groups: DisjointSets[int] = DisjointSets()
    told_apart = _told_apart(figures, story)
    values = frozenset(f.quantity.value for f in figures)
    members = {i: [i] for i in range(len(figures))}
    # Figures of two named holders ("enam kali" the president's pay, "empat kali" the
    # vice-president's) are two things, wherever else they stand (silang.compare.slot_apart):
    # a chain of joins through other reports does not undo it.
    kept = read_apart(figures, story.texts, story.titles_of, money=False)
    names = spelled_out(story.texts.values())
    judged_as = [_unabbreviated(f, names) for f in figures]
    held = _held_twice(judged_as)
    named = _named_by_number(judged_as, held)
    for i, a in enumerate(judged_as):
        for j in range(i):
            b = judged_as[j]
            root_a, root_b = groups.find(i), groups.find(j)
            if root_a == root_b:
                continue
            # Holders part only the counts judge_pair weighs (things held or offered): a
            # narrowed subject's bodies ("korban tewas versi BNPB", "versi BPBD") are
            # sources of one toll, and their numbers dispute.
            judged = not (a.refined and b.refined and a.subject == b.subject)
            if not judged:
                joined = _same_reading(a, b) or not _events_apart(
                    members[root_a], members[root_b], figures
                )
            else:
                joined = judge_pair(
                    a,
                    b,
                    story.informative,
                    told_apart,
                    story.generic,
                    story.roles,
                    story.ties,
                    values,
                    _named_apart(named.get(i, []), named.get(j, [])),
                ).joined
            if joined and _wholes_apart(
                members[root_a], members[root_b], figures, story.informative
            ):
                joined = False
            if joined and kept.groups_conflict(
                [figures[k] for k in members[root_a]], [figures[k] for k in members[root_b]]
            ):
                joined = False
            if (
                joined
                and judged
                and _holders_apart(members[root_a], members[root_b], figures, held)
            ):
                joined = False
            if joined:
                groups.join(i, j)
                members[groups.find(j)] = members.pop(root_a) + members.pop(root_b)
    return [[figures[i] for i in sorted(group)] for group in members.values()]


def _told_apart(figures: Sequence[Figure], story: StoryFigures) -> set[tuple[str, float]]:
    """(article, value) for every value an article gives beside another of its bucket, as
    another thing: two numbers it writes after the very same words ("a mother of 12" and
    "the mother of 13" of one woman, ECB+ dev topic 33) are one thing it gives two ways, a
    conflict inside the report, not two things (``_named_alike``)."""
    by_article: dict[str, list[Figure]] = {}
    for figure in figures:
        by_article.setdefault(figure.article_id, []).append(figure)
    apart: set[tuple[str, float]] = set()
    for aid, found in by_article.items():
        text = story.texts.get(aid, "")
        language = story.languages.get(aid) or ""
        cues = story.quantity_cues.get(language, frozenset())
        possessives = story.possessives.get(language, frozenset())
        joins = story.conjunctions.get(language, frozenset())
        for a, b in combinations(found, 2):
            if a.quantity.value != b.quantity.value and not _named_alike(
                a, b, text, cues, possessives, joins
            ):
                apart.update(((aid, a.quantity.value), (aid, b.quantity.value)))
    return apart


#: How many words before a figure name what it counts ("a mother of _", "the mother of _").
_WORDS_BEFORE = 2


def _words_before_figure(frame: str) -> list[str]:
    tokens = frame.split()
    at = tokens.index(MASK) if MASK in tokens else 0
    return tokens[max(0, at - _WORDS_BEFORE) : at]


def _named_alike(
    a: Figure,
    b: Figure,
    text: str,
    cues: frozenset[str],
    possessives: frozenset[str],
    joins: frozenset[str],
) -> bool:
    """Whether one article writes two figures of one subject after the same words, in two
    sentences: it names one thing twice. Not when those words are a stock phrase of amount
    (``_stock_phrase``: "a total of 40 homes" and "a total of 65 homes" name nothing), nor
    when each phrase stands in apposition to another name ("Ana Cruz, a mother of 3" and
    "Maria Lopez, a mother of 5" are two women), nor when the figure opens an item of a list
    (``_opens_conjunct``)."""
    before = _words_before_figure(a.frame)
    if not (
        a.subject == b.subject
        and a.sentence != b.sentence
        and len(before) == _WORDS_BEFORE
        and before == _words_before_figure(b.frame)
    ):
        return False
    if _opens_conjunct(a, text, joins) or _opens_conjunct(b, text, joins):
        return False
    if _stock_phrase(before, cues):
        return False
    first, second = _apposed_name(a, text, possessives), _apposed_name(b, text, possessives)
    return not (first and second and not first & second)


def _opens_conjunct(figure: Figure, text: str, joins: frozenset[str]) -> bool:
    """Whether a figure opens an item of a list: a comma or a joining word (``joins``,
    compare_conjunctions) stands right before it. The words before it are then the previous
    item's ("six rifles, 12 magazines and 300 rounds" against "14 rifles, 31 magazines and
    923 rounds": the words before the magazines and the rounds are the rifles' and the
    magazines'), not a phrase that names what the figure counts ("a mother of 12")."""
    before = text[figure.sentence.start : figure.quantity.start].rstrip()
    if before.endswith((",", ";")):
        return True
    last = before.rsplit(maxsplit=1)[-1:] if before else []
    return bool(last) and last[0].casefold() in joins


def _stock_phrase(before: list[str], cues: frozenset[str]) -> bool:
    """Whether the words before a figure are a stock phrase of amount (figures_words.tsv,
    role "quantity-cue"): they hold a one-word cue ("total of", "sebanyak"), or end where a
    longer cue ends ("a total of" seen as "total of")."""
    window = " ".join(before)
    return any(
        cue in before if " " not in cue else cue.endswith(window) or window.endswith(cue)
        for cue in cues
    )


def _apposed_name(figure: Figure, text: str, possessives: frozenset[str]) -> frozenset[str]:
    """The words of the name the phrase before a figure stands in apposition to: the
    capitalised words right before a comma that only the phrase (its words and an article)
    follows ("Ana Cruz, a mother of _"). Empty where none does, or where the one capitalised
    word opens the sentence (a fronted "Yesterday," is no name). A common noun stands in
    apposition as well ("her cousin, a student of 11, ..."): its head, the last word before
    the comma, names the one described after a possessive (``possessives``, compare_general
    role "possessive": "her sister" and "their neighbour" name relations of their own, where
    "the victim" and "the woman" may be one person), where a second comma closes the phrase
    after the figure. An opening adverbial is closed by no comma ("In the crash, a mother of 10
    died"), so it is no noun the phrase describes."""
    before = text[figure.sentence.start : figure.quantity.start]
    head, comma, tail = before.rpartition(",")
    phrase = tail.split()
    if not comma or len(phrase) > _WORDS_BEFORE + 1 or not all(w.isalpha() for w in phrase):
        return frozenset()
    words = head.split()
    name: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() and word.isalpha()):
            break
        name.append(word)
    if len(name) == 1 and len(words) == 1:
        return frozenset()
    if (
        not name
        and len(words) > 1
        and words[-2].lower() in possessives
        and words[-1].isalpha()
        and _closed(text, figure)
    ):
        return frozenset({words[-1].casefold()})
    return frozenset(w.casefold() for w in name)


def _closed(text: str, figure: Figure) -> bool:
    """Whether a comma closes the phrase right after the figure ("a student of 11, was")."""
    return text[figure.quantity.end : figure.quantity.end + 2].lstrip().startswith(",")


def _wholes_apart(
    first: list[int], second: list[int], figures: list[Figure], informative: frozenset[str]
) -> bool:
    """Whether two groups hold shares of two named wholes (``Figure.share_of``): a share of
    no named whole ("over 70 percent of their traffic") that gives the very number of two
    reports' shares ("70 per cent of web services in Egypt", "70 percent of the network in
    India") joins one of them, not both through itself. So for one number of two wholes
    named by words (``_one_share_two_wholes``): "half" of no whole joins "half the milk" or
    "half of the settlers", not both."""
    wholes = {figures[i].share_of for i in first} - {None}
    others = {figures[j].share_of for j in second} - {None}
    if wholes and others and not wholes & others:
        return True
    # Only shares with a named whole can be apart by it: the rest are not paired at all.
    left = [figures[i] for i in first if figures[i].whole]
    right = [figures[j] for j in second if figures[j].whole]
    return any(_one_share_two_wholes(a, b, informative) for a in left for b in right)


def _named_apart(first: Sequence[frozenset[str]], second: Sequence[frozenset[str]]) -> bool:
    """Whether two figures name holders (``_named_by_number``) and share none: "Bush missed
    four games" (and reports of his four that name no one) against "Lehan, who spent five
    games with the Dolphins". Two counts of one noun that nothing but the noun ties
    (``ONE_NOUN``) are then two holders' counts, however alike. ``judge_pair`` parts
    them only where one of the two names a holder itself, and that pair alone: a holder
    one report alone names may be a misread source ("He told ESPN he missed five games")
    and decides nothing for the figures naming none (``_named_by_number``). Two counts that
    both name none ("two undersea cables", "three undersea cables", ECB+ dev topic 30) are
    judged by their words."""
    return bool(first and second) and all(_two_holders(x, y) for x in first for y in second)


def _two_holders(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two holders' words name two holders: no word in common (``one_holder``), and
    not initials the story does not spell out beside their words ("AS" and "Amerika
    Serikat", ``maybe_initials``), which part nothing."""
    return not one_holder(first, second) and not maybe_initials(first, second)


def _named_by_number(
    figures: list[Figure], held: Mapping[int, frozenset[str]]
) -> dict[int, list[frozenset[str]]]:
    """Figure index → the holder it names, or, naming none, every holder that reports tie to
    its very number (``held``, ``_held_twice``: "He missed four games" where two reports
    give Bush's four), read once for the story before any grouping. A holder one report
    alone gives its number lends it to no other figure: it may be a source misread, and a
    number no holder's explains ("a nine-year offer") may be anyone's misreported, and
    joins."""
    named: dict[int, list[frozenset[str]]] = {}
    for i, figure in enumerate(figures):
        if figure.holder:
            named[i] = [figure.holder]
            continue
        alike = [held[k] for k in held if figures[k].holder and _same_reading(figure, figures[k])]
        if alike:
            named[i] = alike
    return named


def _events_apart(first: list[int], second: list[int], figures: list[Figure]) -> bool:
    """Whether two groups of one narrowed subject ("person:dead") hold figures of two
    events (``_other_event``): a toll that names no place joins the toll on Qeshm or the
    one in Bam (ECB+ dev topic 20), not both through itself."""
    return any(_other_event(figures[i], figures[j]) for i in first for j in second)


def _holders_apart(
    first: list[int], second: list[int], figures: list[Figure], held: Mapping[int, frozenset[str]]
) -> bool:
    """Whether two groups hold two different numbers of two holders that reports tie to them
    (``held``, ``_held_twice``): "the Angels have made an eight-year offer" and "the Orioles
    ... over seven years", each told so by several reports, are two bidders' offers, and a
    count that names no holder ("the seven-year offers") joins one of them, not both
    through itself. Only groups whose every member is so held are kept apart: a figure no
    holder's number explains ("a nine-year offer") may be either's misreported, and the
    group it stands in joins the others, whatever order the reports come in. A holder one
    report alone names may be a misread source or place ("AFP", "the Gulf") and decides
    nothing beyond its own pair (``judge_pair``)."""
    if not all(k in held for k in (*first, *second)):
        return False
    return any(
        not _same_reading(figures[i], figures[j]) and _two_holders(held[i], held[j])
        for i in first
        for j in second
    )


def _held_twice(figures: list[Figure]) -> dict[int, frozenset[str]]:
    """Figure index → its holder, for the figures whose holder another report ties to the
    same number too, and for those naming no holder whose number only one such holder's
    figures give ("the seven-year offers" where only the Orioles' offers are of seven years):
    what a figure's words leave unsaid is read from the very same number elsewhere."""
    held = {
        i: a.holder
        for i, a in enumerate(figures)
        for b in figures
        if a.article_id != b.article_id and one_holder(a.holder, b.holder) and _same_reading(a, b)
    }
    for i, a in enumerate(figures):
        if a.holder:
            continue
        named = [held[j] for j in held if _same_reading(a, figures[j])]
        if named and all(one_holder(named[0], other) for other in named[1:]):
            held[i] = named[0]
    return held


def _unabbreviated(figure: Figure, names: Mapping[frozenset[str], frozenset[str]]) -> Figure:
    """A figure whose holder or pollster is an abbreviation the story spells out
    (``spelled_out``: "Internet Explorer (IE)") with the full name in its place."""
    holder, pollster = unabbreviated(figure.holder, names), unabbreviated(figure.pollster, names)
    if holder == figure.holder and pollster == figure.pollster:
        return figure
    return replace(figure, holder=holder, pollster=pollster)


def _other_event(a: Figure, b: Figure) -> bool:
    """Whether two counts of one narrowed subject tell two events: their clauses name
    different places ("in Bam" against "on Qeshm"), or their texts date them in different
    years (the 2003 quake's toll beside this one's), or their sentences speak of two periods
    (``_of_two_events``): such a count moves over days."""
    if _of_two_events(a, b):
        return True
    if a.places and b.places and not a.places & b.places:
        return True
    return a.dated and b.dated and (a.date or "")[:4] != (b.date or "")[:4]


def _rehome(
    buckets: dict[tuple[str, str | None], list[Figure]],
    keys: Sequence[tuple[str, str | None]],
    fits: Callable[[Figure, Sequence[Figure]], bool],
) -> None:
    """Each non-vague figure of the ``keys`` buckets moves to the one other bucket of its unit
    whose figures it ``fits``, when exactly one does."""
    for key in keys:
        staying = []
        for figure in buckets[key]:
            homes = {
                other
                for other, found in buckets.items()
                if other != key and other[1] == key[1] and fits(figure, found)
            }
            if len(homes) == 1 and figure.quantity.qualifier != "vague":
                buckets[homes.pop()].append(figure)
            else:
                staying.append(figure)
        if staying:
            buckets[key] = staying
        else:
            del buckets[key]


def _same_number_given(figure: Figure, found: Sequence[Figure]) -> bool:
    """A figure that names only its measure word ("345 botol dan ...") fits the bucket of
    another subject where the story gives the very same number ("345 botol permen")."""
    return any(_same_reading(figure, f) for f in found)


def _same_people(roles: Mapping[str, str]) -> Callable[[Figure, Sequence[Figure]], bool]:
    """A count of people by what befell them ("person:arrested") fits the bucket where
    another class of people gives the very same number in that state ("46 demonstrators were
    arrested" beside "46 people had been arrested") or in the same role ("took 23 into
    custody" beside "23 pirates", ECB+ dev topics 19 and 12). The state's count moves, not
    the class: moving the class instead leaves one night's arrests with another's in the
    state's bucket, where counts narrowed alike join whatever their numbers (ECB+ dev topic
    19: 1 on Monday, 46 on Wednesday)."""

    def fits(figure: Figure, found: Sequence[Figure]) -> bool:
        role = roles.get(figure.subject)
        return any(
            _same_reading(figure, f)
            and (f.state == figure.subject or (role is not None and roles.get(f.subject) == role))
            for f in found
        )

    return fits


def _named_beside_same_number(
    every: Sequence[Figure], texts: Mapping[str, str], part_of: frozenset[str]
) -> Callable[[Figure, Sequence[Figure]], bool]:
    """A figure fits another subject's bucket where another article gives the same number with
    this figure's subject in its clause: "9 keluhan" and "Keluhan yang masuk ... sembilan
    pelanggan" (Pratiwi dev topic 3) count one thing. An article that gives the number for
    both subjects itself says they are two things ("3 kecamatan ... 3 sekolah"), and a
    sentence writing the number twice ("2 kali ... 2 tetes darah") does not say which of its
    figures the word belongs to. Nor does the other article's sentence where it counts this
    figure's subject with that number itself (``every``, the story's figures): the word in
    its clause is that count's noun ("empat ponsel milik empat napi": four phones of four
    prisoners), and the phones other reports count are no prisoners. So with any number
    (``_counts_itself``): "over 50 arrests have been made over four nights" counts the
    arrests by the 50."""

    def fits(figure: Figure, found: Sequence[Figure]) -> bool:
        same = [f for f in found if _same_reading(figure, f)]
        return any(
            f.article_id != figure.article_id
            and _names(f, figure.subject)
            and number_key(f.quantity.value) not in f.frame_numbers
            and not _counts_itself(f, figure, every, texts, part_of)
            for f in same
        ) and all(f.article_id != figure.article_id for f in same)

    return fits


def _counts_itself(
    other: Figure,
    figure: Figure,
    every: Sequence[Figure],
    texts: Mapping[str, str],
    part_of: frozenset[str],
) -> bool:
    """Whether ``other``'s sentence gives a figure of ``figure``'s subject: the subject's
    word in ``other``'s clause is then that figure's noun, whatever its number ("over 50
    arrests have been made over four nights": the arrests are the 50, and the four nights
    count no arrests). Not the whole ``other`` counts a part of ("the mother of three of
    his eight children"): the noun after the whole is the part's as well."""
    return any(
        g.article_id == other.article_id
        and g.sentence == other.sentence
        and g.subject == figure.subject
        and g.quantity.start != other.quantity.start
        and not _part_of(other, g, texts.get(other.article_id, ""), part_of)
        for g in every
    )


def _part_of(part: Figure, whole: Figure, text: str, phrases: frozenset[str]) -> bool:
    """Whether ``part`` is written right before ``whole`` as a part of it: a part-of
    phrase between them, a determiner after it at most ("three of his eight children",
    "tiga dari delapan anak")."""
    between = text[part.quantity.end : whole.quantity.start].lower().split()
    return any(
        between[: len(p.split())] == p.split() and len(between) <= len(p.split()) + 1
        for p in phrases
    )


def _short_for_compound(figures: list[Figure], texts: Mapping[str, str]) -> list[Figure]:
    """Each figure that counts the bare head of a compound class the story counts too ("six
    engines" beside another report's "four fire engines", whose class the British "four
    appliances" also takes) as that compound: a story names a thing in full once and then
    by its head alone, so the head stands for the story's one compound of it. A story
    counting two compounds of one head ("health workers", "migrant workers") does not say
    which the bare head is, and its count keeps its own class. Class names are English,
    whose compounds end in their head."""
    subjects = {f.subject for f in figures}
    compounds: dict[str, set[str]] = {}
    for subject in subjects:
        modifiers, _, head = subject.rpartition(" ")
        if modifiers and head in subjects:
            compounds.setdefault(head, set()).add(subject)
    full = {head: next(iter(found)) for head, found in compounds.items() if len(found) == 1}
    writes: dict[tuple[str, str], bool] = {}  # one search per article and compound
    for f in figures:
        if f.subject in full and (f.article_id, f.subject) not in writes:
            text = texts.get(f.article_id, "")
            writes[f.article_id, f.subject] = _writes_modifier(text, full[f.subject])
    return [
        replace(f, subject=full[f.subject]) if writes.get((f.article_id, f.subject)) else f
        for f in figures
    ]


def _writes_modifier(text: str, compound: str) -> bool:
    """Whether an article writes the compound's first words anywhere ("fire crews" beside
    "six engines"): its bare head can then be short for it, not another thing's head."""
    modifiers = compound.rpartition(" ")[0]
    return re.search(rf"\b{re.escape(modifiers)}\b", text, re.IGNORECASE) is not None


def _agreeing_readings(figures: list[Figure], glossary: Glossary) -> list[Figure]:
    """Each figure that reads either way ("282,983 ton", ``Figure.other_value``) with its
    other reading where another article gives that value in its bucket and none gives the
    reading taken: "282,983 ton" beside another report's "282.983 tonnes" is 282.983. Taken
    in the story's order, so that of two such figures that agree on one reading the second
    finds the first already read so and keeps its own."""
    given: dict[tuple[str, str | None], dict[float, set[str]]] = {}
    for figure in figures:
        by_value = given.setdefault(_bucket(figure, glossary), {})
        by_value.setdefault(figure.quantity.value, set()).add(figure.article_id)
    out = []
    for figure in figures:
        by_value = given[_bucket(figure, glossary)]
        elsewhere = {v for v, aids in by_value.items() if aids - {figure.article_id}}
        other = figure.other_value
        if other is None or other not in elsewhere or figure.quantity.value in elsewhere:
            out.append(figure)
            continue
        by_value[figure.quantity.value].discard(figure.article_id)
        by_value[other].add(figure.article_id)
        out.append(_read_as(figure, other))
    return out


def _read_as(figure: Figure, value: float) -> Figure:
    """``figure`` read as ``value``, keeping the reading it had as its other."""
    quantity = replace(figure.quantity, value=value)
    return replace(figure, quantity=quantity, other_value=figure.quantity.value)


def _bucket(figure: Figure, glossary: Glossary) -> tuple[str, str | None]:
    """The bucket a figure compares in: amounts of one currency together whatever their
    period (silang.compare.money tells their sums apart), measures of one kind together
    whatever their unit, other figures by subject family and unit."""
    if is_money(figure.quantity.unit):
        return MONEY, currency(figure.quantity.unit)
    kind = measure(figure.quantity.unit)
    if kind is not None:
        return _aspect(figure, kind), kind  # "700 miles" compares with "1,150 km"
    return _aspect(figure, subject_family(figure.subject, glossary)), figure.quantity.unit


def _aspect(figure: Figure, family: str) -> str:
    """The bucket of a general statement ("a magnitude 6 quake can cause severe damage"), of
    an average ("has averaged 100 RBIs in his six seasons" against "121 RBIs last season":
    a mean over many is no value of one of them), of a difference ("four years older than
    his brother") or of a part ("30 of the 80 wounded", "the other two" of three:
    ``Figure.remainder``), apart from the event's own figures of that family."""
    if figure.general:
        return f"{family}{GENERAL}"
    if figure.average:
        return f"{family}{AVERAGE}"
    if figure.difference:
        return f"{family}{DIFFERENCE}"
    # The rest of a whole its article counts ("the other two" of three cables) is a part of
    # it, as "30 of the 80 wounded" is: no rival count of the whole, nor, beside it, a
    # sign that the whole's other values count other things.
    return f"{family}{PART}" if figure.part or figure.remainder else family


def _subject(group: Sequence[Figure]) -> str:
    """The most named subject of a slot, a specific class of people before the generic one."""
    counts = Counter(f.subject for f in group)
    return max(counts, key=lambda s: (counts[s], s != GENERIC_PERSON, s))


def _values(figures: list[Figure]) -> list[ClaimValue]:
    readings: dict[tuple[object, ...], list[Figure]] = {}
    for f in figures:
        q = f.quantity
        readings.setdefault((q.value, q.low, q.high, q.qualifier, f.date, q.unit), []).append(f)
    values = []
    for _key, found in sorted(readings.items(), key=lambda kv: (str(kv[0][4]), kv[0][0])):
        said_by = Counter(f.quantity.attributed_to for f in found if f.quantity.attributed_to)
        first = found[0].quantity
        values.append(
            ClaimValue(
                value=first.value,
                low=first.low,
                high=first.high,
                qualifier=first.qualifier,
                article_ids=tuple(dict.fromkeys(f.article_id for f in found)),
                mentions=tuple(
                    Mention(f.article_id, f.quantity.start, f.quantity.end, f.quantity.text)
                    for f in found
                ),
                attributed_to=said_by.most_common(1)[0][0] if said_by else None,
                date=found[0].date,
                unit=first.unit,
            )
        )
    return values


def _clash(a: Figure, b: Figure, source_of: Mapping[str, str]) -> bool:
    """Whether two articles of one origin give one slot numbers that cannot both be true for
    one day."""
    return (
        a.article_id != b.article_id
        and source_of[a.article_id] == source_of[b.article_id]
        and a.date == b.date
        and not _compatible(a, b)
    )


def own_reports(groups: Sequence[Sequence[Figure]], source_of: Mapping[str, str]) -> dict[str, str]:
    """``source_of`` (article id → origin) with the origins split whose articles give one
    slot numbers that cannot both be true: a copy keeps its original's numbers, so an article
    that carries another's sentences but counts for itself ("18 orang" where the original
    has "15 orang", Pratiwi dev topic 4) is a report of its own. Inside such an origin,
    articles giving numbers of a clashing slot that can both be true are one report (copies
    giving the same numbers stay one); those giving none stay with the origin's original."""
    split: set[str] = set()
    reports: DisjointSets[str] = DisjointSets()
    counted: set[str] = set()
    for group in groups:
        pairs = list(combinations(group, 2))
        clashing = {source_of[a.article_id] for a, b in pairs if _clash(a, b, source_of)}
        split |= clashing
        for a, b in pairs:
            if source_of[a.article_id] in clashing and source_of[b.article_id] in clashing:
                counted.update((a.article_id, b.article_id))
                if source_of[a.article_id] == source_of[b.article_id] and _compatible(a, b):
                    reports.join(a.article_id, b.article_id)
    for aid, label in source_of.items():
        if label in split and aid not in counted:
            reports.join(aid, label)
    return {
        aid: f"{label}|{reports.find(aid)}" if label in split else label
        for aid, label in source_of.items()
    }


@dataclass(frozen=True)
class StoryFigures:
    """A story's figures in the buckets they compare in, with what grouping them needs."""

    buckets: dict[tuple[str, str | None], list[Figure]]
    texts: dict[str, str]
    languages: dict[str, str | None]
    durations: dict[str, frozenset[tuple[float, str]]]
    #: Article id → origin, with the passages two articles share (``passage_origins``).
    source_of: dict[str, str]
    informative: frozenset[str]
    generic: frozenset[str]
    roles: Mapping[str, str]
    #: Each figure's own words and companion numbers (silang.compare.slot_evidence).
    ties: Ties
    #: The titles of office of each language ("presiden", "wakil presiden"): the holders
    #: of pay (silang.compare.slot_apart).
    titles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: (article, clause start) → the lengths of time its clause counts within
    #: (silang.compare.scope.elapsed_windows).
    windows: Mapping[tuple[str, int], frozenset[tuple[float, str]]] = field(default_factory=dict)
    #: Per language, the stock phrases of amount ("a total of", "sebanyak"): words before
    #: a figure that name no thing (``_named_alike``).
    quantity_cues: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Per language, the possessive determiners before a common noun in apposition
    #: (``_apposed_name``).
    possessives: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Per language, the words that join two counts of a clause ("and", "dan"): one that
    #: opens a figure's conjunct ends the words that might name it (``_named_alike``).
    conjunctions: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def titles_of(self, article_id: str) -> Mapping[str, str]:
        """The titles of an article's language; of every language where it has none."""
        language = self.languages.get(article_id)
        if language is not None and language in self.titles:
            return self.titles[language]
        return {t: k for found in self.titles.values() for t, k in found.items()}


def story_figures(
    items: Sequence[Annotated],
    origin: Mapping[str, str],
    glossary: Glossary,
    counts: Counter[str],
) -> StoryFigures:
    """The figures of a story's articles read and put in their buckets."""
    texts = {item.article.id: item.article.text for item in items}
    every = _agreeing_readings(
        _short_for_compound(
            _without_story_places(
                [figure for item in items for figure in read_figures(item, glossary)], items
            ),
            texts,
        ),
        glossary,
    )
    buckets: dict[tuple[str, str | None], list[Figure]] = {}
    for figure in every:
        buckets.setdefault(_bucket(figure, glossary), []).append(figure)
    source_of = passage_origins(every, texts, origin)
    measures = frozenset().union(*glossary.classifiers.values())
    _rehome(buckets, [k for k in buckets if k[0] in measures], _same_number_given)
    people_states = [k for k in buckets if k[0].startswith(GENERIC_PERSON + ":")]
    _rehome(buckets, people_states, _same_people(glossary.roles))
    part_of = frozenset().union(*glossary.part_of.values())
    beside = _named_beside_same_number(every, texts, part_of)
    _rehome(buckets, [k for k in buckets if k[0] != MONEY], beside)
    return StoryFigures(
        buckets=buckets,
        texts=texts,
        languages={item.article.id: item.article.language for item in items},
        durations={
            item.article.id: frozenset(
                (q.value, q.unit) for q in item.quantities if q.unit in PERIODS
            )
            for item in items
        },
        source_of={a: source_of.get(a, origin.get(a, a)) for a in texts},
        informative=_informative(counts, len(items)),
        generic=measures | {GENERIC_PERSON},
        roles=glossary.roles,
        ties=story_ties(items, glossary, every),
        titles={code: lexicon.titles for code, lexicon in glossary.quotes.items()},
        windows={
            (item.article.id, start): found
            for item in items
            for start, found in elapsed_windows(item).items()
        },
        quantity_cues={
            code: frozenset(" ".join(p) for p in lx.role("quantity-cue").entries)
            for code, lx in glossary.figures.items()
        },
        possessives={
            code: words.get("possessive", frozenset()) for code, words in glossary.general.items()
        },
        conjunctions=glossary.conjunctions,
    )


def rule_groups(story: StoryFigures) -> list[list[Figure]]:
    """The story's figures grouped into the things they speak of by the rules."""
    grouped: list[list[Figure]] = []
    # Every amount of money, whatever its currency, ends the words of the next one's owner.
    money = [f for (family, _unit), fs in story.buckets.items() if family == MONEY for f in fs]
    for (family, _unit), figures in story.buckets.items():
        if family == MONEY:
            apart = read_apart(
                figures, story.texts, story.titles_of, money=True, every_amount=money
            )
            for group in money_groups(
                figures,
                story.texts,
                story.durations,
                story.languages,
                story.titles_of,
                every_amount=money,
                held=replace(apart, pairs=frozenset()),
            ):
                grouped.extend(split_apart(group, apart))
        else:
            grouped.extend(_retold_on_one_day(_dated_estimates(g)) for g in _group(figures, story))
    return join_conversions(grouped, story.texts)


def _where(figure: Figure) -> tuple[str, int]:
    """Where a figure is written: grouping may give it a date (``_dated_estimates``), so a
    grouped figure is found in its bucket by its place, not by equality."""
    return figure.article_id, figure.quantity.start


def bucket_of(story: StoryFigures, figure: Figure) -> tuple[str, str | None] | None:
    """The bucket that holds ``figure``."""
    return next(
        (
            key
            for key, found in story.buckets.items()
            if any(_where(f) == _where(figure) for f in found)
        ),
        None,
    )


def why_apart(story: StoryFigures, a: Figure, b: Figure) -> Verdict:
    """The verdict of the rules on two figures the grouping left in two slots: "bucket" when
    they compare in two buckets, "money" for amounts that silang.compare.money groups, "two
    holders" for figures whose words name two holders or kinds of pay
    (silang.compare.slot_apart), else the rule of ``judge_pair`` on the figures as their
    bucket holds them (joined, when groups of a narrowed subject, of named wholes or of two
    holders kept them apart). For a diagnosis: each call scans the story's buckets."""
    key = bucket_of(story, a)
    if key is None or key != bucket_of(story, b):
        return Verdict(False, "bucket")
    if key[0] == MONEY:
        return Verdict(False, "money")
    bucket = story.buckets[key]
    a, b = (next(f for f in bucket if _where(f) == _where(x)) for x in (a, b))
    if a.refined and b.refined and a.subject == b.subject:
        return Verdict(False, "narrowed subject, events apart")
    if read_apart(bucket, story.texts, story.titles_of, money=False).conflict(a, b):
        return Verdict(False, "two holders")
    told_apart = _told_apart(bucket, story)
    values = frozenset(f.quantity.value for f in bucket)
    names = spelled_out(story.texts.values())
    judged_as = [_unabbreviated(f, names) for f in bucket]
    named = _named_by_number(judged_as, _held_twice(judged_as))
    i, j = (next(k for k, f in enumerate(bucket) if _where(f) == _where(x)) for x in (a, b))
    return judge_pair(
        a,
        b,
        story.informative,
        told_apart,
        story.generic,
        story.roles,
        story.ties,
        values,
        _named_apart(named.get(i, []), named.get(j, [])),
    )


def slots_of(grouped: Sequence[Sequence[Figure]], story: StoryFigures) -> tuple[ClaimSlot, ...]:
    """Each group of figures as a claim slot with its status, disputes first."""
    source_of = own_reports(grouped, story.source_of)
    slots = []
    for group in grouped:
        subject = _subject(group)
        unit = Counter(f.quantity.unit for f in group).most_common(1)[0][0]
        values = _values(list(group))
        places = {
            (v.value, v.date): frozenset().union(
                *(f.places for f in group if f.date == v.date and f.quantity.value == v.value)
            )
            for v in values
        }
        # A length of time is no count in a window, even the window's own length.
        windows = [
            (f, story.windows.get((f.article_id, _clause_of(story, f)), frozenset()))
            for f in group
            if f.quantity.unit not in TIME_UNITS
        ]
        moments = {
            (v.value, v.date): frozenset().union(
                *(w for f, w in windows if f.date == v.date and f.quantity.value == v.value)
            )
            for v in values
        }
        backers = {source_of[a] for v in values for a in v.article_ids}
        # Counts of one addition ("a further four appliances") tell what happened once.
        once = all(f.added for f in group) and _within_a_day([f.date for f in group])
        status, changed, values = slot_status(values, len(backers), places, moments, once)
        # Each value's backers counted as the slot's are, so the two never disagree.
        values = [replace(v, origins=len({source_of[a] for a in v.article_ids})) for v in values]
        slots.append(ClaimSlot(subject, unit, status, tuple(values), len(backers), changed))
    order = {"disputed": 0, "agreed": 1, "single-source": 2}
    return tuple(sorted(slots, key=lambda s: (order[s.status], -s.origins, s.subject)))


def claim_slots(
    items: Sequence[Annotated],
    origin: Mapping[str, str],
    glossary: Glossary | None = None,
    counts: Counter[str] | None = None,
) -> tuple[ClaimSlot, ...]:
    """Group the figures of a story's articles into slots and tell agreement from dispute.
    ``counts`` is ``article_counts(items, glossary)`` when the caller has it already."""
    glossary = glossary or load_glossary()
    counts = article_counts(items, glossary) if counts is None else counts
    story = story_figures(items, origin, glossary, counts)
    return slots_of(rule_groups(story), story)


def _clause_of(story: StoryFigures, figure: Figure) -> int:
    """Where the clause of ``figure``'s number starts (the key of ``StoryFigures.windows``)."""
    return clause_start(story.texts[figure.article_id], figure.sentence, figure.quantity.start)
