"""Cues that tell a bare weekday as still to come beyond the figures pack's "future" words: a
modal or a present-tense verb of a scheduled happening a few words before the weekday in its
clause, or just after a weekday fronted before the main clause ("On Tuesday, Democrats vote in
Arizona"), and a forward word just after the weekday ("Selasa besok"). Read from the pack's
dates_coming.tsv (role<TAB>phrase)."""

from __future__ import annotations

from dataclasses import dataclass

from silang.extract.figures_dates import TimeSpec
from silang.extract.figures_tokens import Tokens
from silang.lang.figures import FiguresLexicon, Phrases, build_phrases
from silang.lang.files import read_table

COMING_FILE = "dates_coming.tsv"

#: Marks that set a clause apart within a sentence.
CLAUSE_MARKS = frozenset({",", ";", "(", ")"})
#: How many words may open a sentence before a time that is fronted ("On Saturday, ...").
FRONTING_WORDS = 1
#: How many words may stand between a cue and its time ("begins its postseason Saturday",
#: "can win New Hampshire's Tuesday primary"): the time of the cue's own phrase, not one of a
#: clause further on.
REACH = 6


@dataclass(frozen=True)
class ComingCues:
    """One pack's rows of dates_coming.tsv, by role."""

    modal: Phrases[bool]
    scheduled: Phrases[bool]
    scheduled_not_after: Phrases[bool]
    past: Phrases[bool]
    ahead: Phrases[bool]
    #: Endings of a past tense or participle ("filed").
    past_endings: tuple[str, ...]
    #: Words that make the day of their clause the next of a series ("the next hearing").
    following: Phrases[bool]


#: No cues: what a text without a publication date is read with, where no time resolves.
NO_CUES = ComingCues(Phrases(), Phrases(), Phrases(), Phrases(), Phrases(), (), Phrases())


def load_coming(code: str) -> ComingCues:
    """The coming cues of pack ``code`` (empty roles where it writes none)."""
    rows: dict[str, list[tuple[str, bool, bool]]] = {}
    for role, phrase in read_table(code, COMING_FILE):
        rows.setdefault(role, []).append((phrase, True, False))

    def phrases(name: str) -> Phrases[bool]:
        return build_phrases(rows.get(name, []))

    return ComingCues(
        modal=phrases("modal"),
        scheduled=phrases("scheduled"),
        scheduled_not_after=phrases("scheduled-not-after"),
        past=phrases("past"),
        ahead=phrases("ahead"),
        past_endings=tuple(phrase for phrase, _, _ in rows.get("past-suffix", [])),
        following=phrases("next"),
    )


def is_fronted(tokens: Tokens, spec: TimeSpec) -> bool:
    """Whether the time opens the sentence, at most a preposition before it, and a comma closes
    it: it belongs to the main clause the comma leads into ("On Saturday, the family ...")."""
    return fronted(spec.first, tokens.text[spec.last : spec.last + 1])


def fronted(words_before: int, after: list[str]) -> bool:
    """``is_fronted`` for a time with ``words_before`` tokens of its sentence before it and the
    tokens ``after`` it (the first one is enough): also what link.direction reads of a day."""
    return words_before <= FRONTING_WORDS and after[:1] == [","]


@dataclass(frozen=True)
class CuePositions:
    """Where the cues of one sentence stand: modals, and verbs of a scheduled happening."""

    modals: tuple[int, ...]
    scheduled: tuple[int, ...]


def cue_positions(
    tokens: Tokens, lexicon: FiguresLexicon, cues: ComingCues, running: bool
) -> CuePositions:
    """Where a modal or a verb of a scheduled happening (the figures pack's and this pack's)
    stands. A scheduled verb counts in running text only (``running``): a headline tells a
    past happening in the present ("Fire starts in store Sunday"); after a determiner it is a
    noun ("the vote"), after "to" an infinitive ("were to play"), capitalised a title's ("Meet
    the Press"), and the figures pack names words after which it is no such verb ("opens
    fire")."""
    figures = lexicon.role("future-scheduled")
    noun = lexicon.role("future-scheduled-noun-after")
    not_before = lexicon.role("future-scheduled-not-before")
    modals: list[int] = []
    scheduled: list[int] = []
    for i in range(len(tokens)):
        if noun.match_before(tokens.low, tokens.text, i) is not None:
            continue
        if cues.modal.match(tokens.low, tokens.text, i) is not None:
            modals.append(i)
        elif (
            running
            and tokens.text[i].islower()
            and (
                figures.match(tokens.low, tokens.text, i) is not None
                or cues.scheduled.match(tokens.low, tokens.text, i) is not None
            )
            and not_before.match(tokens.low, tokens.text, i + 1) is None
            and cues.scheduled_not_after.match_before(tokens.low, tokens.text, i) is None
        ):
            scheduled.append(i)
    return CuePositions(tuple(modals), tuple(scheduled))


def led_to(
    tokens: Tokens,
    spec: TimeSpec,
    positions: CuePositions,
    lexicon: FiguresLexicon,
    cues: ComingCues,
) -> bool:
    """Whether a cue (``cue_positions``) leads to the time within its clause: a few words
    before it ("New Orleans begins its postseason Saturday", "he can win the Tuesday primary"),
    or, a scheduled verb only, a few words into the main clause after a fronted time ("On
    Tuesday, Democrats vote"; "On Tuesday, police could be seen" is a scene gone by). A clause
    mark, a word opening another clause ("after the man died Saturday") or a word of the past
    or perfect ("could have won Tuesday", "filed") between them gives the time to another clause or
    tense."""
    stop = lexicon.role("future-scheduled-stop")

    def clear(low: int, high: int) -> bool:
        return not any(
            tokens.text[k] in CLAUSE_MARKS
            or stop.match(tokens.low, tokens.text, k) is not None
            or cues.past.match(tokens.low, tokens.text, k) is not None
            or past_form(tokens.low[k], cues.past_endings)
            for k in range(low, high)
        )

    before = any(
        0 < spec.first - cue <= REACH and clear(cue, spec.first)
        for cue in (*positions.modals, *positions.scheduled)
    )
    return before or (
        is_fronted(tokens, spec)
        and any(
            0 < cue - spec.last <= REACH and clear(spec.last + 1, cue)
            for cue in positions.scheduled
        )
    )


def past_form(word: str, endings: tuple[str, ...]) -> bool:
    """Whether ``word`` ends as a past tense or participle does ("filed"), a stem of at least
    three letters before the ending ("red", "need" are none)."""
    return any(word.endswith(e) and len(word) - len(e) >= 3 and word.isalpha() for e in endings)


def ahead_after(tokens: Tokens, spec: TimeSpec, cues: ComingCues) -> bool:
    """Whether a forward word stands just after the weekday ("Selasa besok")."""
    return cues.ahead.match(tokens.low, tokens.text, spec.last) is not None
