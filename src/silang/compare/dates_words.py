"""What a date in an article dates: the event word nearest to it, read in its clause.

"gempa terjadi Minggu (10/3)" dates the quake; a date alone in its clause dates the clause
before it ("gempa mengguncang Qeshm, Iran, pada Minggu"), or after it when it opens the
sentence ("Pada Minggu, gempa ..."). The event words are language data
(``lang/<code>/dates_events.tsv``) read through the story lexicon's stems and concepts
(silang.compare.glossary), so "gempa" and "quake" are one event. A date nearest to a telling
word ("kata Abu, Selasa") dates a statement; the file's other rows say which words are no
event and how they bear on the date (see its header), and which phrases are events ("opened
fire"). A date before a noun qualifies it ("the March 2005 rampage", "a Monday evening
vigil"); one with no event word near it in its clause dates the one happening the clause
names before it, however far ("An earthquake measuring ... shook ... on Sunday"); and an
event its clause names as the cause of the one found dates it instead ("a quake killed
26,000 in Bam in December 2003"). A date opening its sentence dates the one happening of the
clause it opens ("At the end of July, an armed man carried out a brazen robbery ..."); one
set between a subject and a light verb, what the verb leads to ("A judge today found him
guilty"); one the sentence stage cut off at an abbreviation's full stop ("... shortly after
8:30 p.m. / Thursday."), read in the sentence before it. An event word that names a body
("the board of elections", "election officials") dates no happening, nor does a post a crowd
makes ("Thousands tweeted on Monday"): ``Beside``. A date that no event word dates may
still stand free, as an UNNAMED happening's (``reading_of``), even where it starts or ends
a span or stands in a lasting state's clause: silang.compare.dates keeps it only where
another report retells its sentence or names the one happening of its day.

The word lists are loaded by silang.compare.dates_lexicon and each word of a clause is
classified by silang.compare.dates_tokens; this module reads the clauses. A date's sentence
is read once (``read_sentence``) and the reading passed to all that is asked of it, whose
the happening is included (silang.compare.dates_holders).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from silang.cluster.terms import word_term
from silang.compare.dates_lexicon import (
    COMPLEMENT,
    CONTENT,
    FUNCTION,
    LIGHT,
    MAYBE,
    NAME,
    RELATIVE,
    REPEAT,
    SINCE,
    SPAN,
    STATE,
    STATEMENT,
    TELLING,
    UNNAMED,
    WORD_KINDS,
    Beside,
    EventWords,
)
from silang.compare.dates_tokens import WORD, Token, tokens_of, words_between
from silang.compare.glossary import Glossary
from silang.compare.text import CLAUSE_END, sentence_at
from silang.compare.timeline import glued_stamp, stamp_line
from silang.lang.stories import StoriesLexicon
from silang.model import Annotated, Span, TimeExpression

#: The most words of content between an event word and the date it takes: "Gempa
#: berkekuatan 5,9 SR mengguncang Pulau Qeshm pada Minggu" has one, "pemusnahan" in "KJRI
#: Davao City terpaksa melakukan pemusnahan" two; "reog yang dibakar itu sudah rusak dan
#: dimakan rayap/ 15 Orang perwakilan KRP berkumpul di depan kantor ..., Senin" many (Pratiwi
#: dev topic 4, where a broken sentence end joined two sentences).
REACH = 3
#: The most words of content a place phrase closing a clause holds ("di kantornya", "di
#: hadapan para jurnalis"); a longer one tells more than where.
PLACE_WORDS = 2


def clauses(text: str, sentence: Span, times: Sequence[TimeExpression] = ()) -> list[Span]:
    """The clauses of ``sentence``: its stretches between commas and other clause marks. A
    full stop the sentence holds is an abbreviation's, not a clause's end: the sentence
    stage did not end the sentence there ("shot ... on E. 52nd St. Saturday night"); nor is a
    comma inside one of the ``times`` ("the June 20, 2005 shooting" is one clause, and the
    date in it qualifies "shooting")."""
    # The sentence's own times, picked once: an article's times are many, a sentence's few.
    inside = [t for t in times if t.start < sentence.end and sentence.start < t.end]
    cuts = [sentence.start]
    cuts += [
        sentence.start + m.end()
        for m in CLAUSE_END.finditer(text[sentence.start : sentence.end])
        if not m.group().startswith(".")
        and not any(t.start <= sentence.start + m.start() < t.end for t in inside)
    ]
    cuts.append(sentence.end)
    return [Span(a, b) for a, b in pairwise(cuts) if b > a]


def _cut_off(between: Sequence[Token], placed: frozenset[int] = frozenset()) -> bool:
    """Whether a word between an event word and the date parts them: "bahwa" (what is told
    after it is dated, not the telling: "dijelaskan bahwa pada 20 Oktober KJRI melakukan
    pemusnahan"), or a relative clause that is not about the event word ("pemusnahan reog
    yang telah menjadi aset ... sejak 1988" dates the asset; "gempa yang terjadi Minggu" the
    quake)."""
    for index, token in enumerate(between):
        if token.kind == COMPLEMENT:
            return True
        if token.kind == RELATIVE:
            if index and between[index - 1].start in placed:
                # Of a channel, the relative clause tells how the statement came ("dalam
                # keterangan tertulis yang diterima Tirto, Jumat"): the telling's day.
                continue
            verb = next((t for t in between[index + 1 :] if t.kind != FUNCTION), None)
            if verb is not None and verb.kind != LIGHT:
                return True
    return False


def _clause_event(
    tokens: Sequence[Token],
    time: TimeExpression,
    forward: bool,
    placed: frozenset[int] = frozenset(),
) -> tuple[str | None, bool]:
    """The event a clause gives the date and whether the search stops at this clause.

    An event or telling word right beside the date (only stopwords and light words between:
    "Los Angeles Times edisi 24 April 2001") dates it; else a telling word anywhere in the
    clause makes it a telling's date ("kata koordinator aksi ..., Senin", "kata Ratna saat
    ditemui di posko pengungsian Gedung Serbaguna, Kamis"); else an event word with only
    names between ("menggelar demonstrasi di Ponorogo, Selasa"); else the nearest event word
    no more than REACH words of content away. A clause with none of these, but with words of
    its own, dates something this list does not know, and the search stops there; one of
    names and stopwords only ("Iran", "Jakarta Pusat") lets it go on; only the words on the
    side the search goes count (``forward`` for a date that opens its sentence), so that
    "which struck on Sunday with a force of 6.0" goes back to "the quake". An event word after
    the date counts only where the date opens its clause: in "handed out food and water
    Monday to survivors of a powerful earthquake" Monday dates the handing out. The words of
    a place phrase closing a clause or of a statement's channel (``placed``: "Setyo Wasisto
    di kantornya, Jakarta Selatan, Senin", "Martinus Sitompul melalui pesan singkat, Sabtu")
    say where or how, not what: like names, they let the search go on.
    """
    opens = not any(t.kind == CONTENT and t.end <= time.start for t in tokens)
    candidates = [
        t
        for t in tokens
        if t.kind not in WORD_KINDS
        and (opens or t.end <= time.start)
        and not _cut_off(words_between(tokens, t, time), placed)
    ]

    def distance(t: Token) -> int:
        return t.start - time.end if t.start >= time.end else time.start - t.end

    nearest = min(candidates, key=distance, default=None)
    between = words_between(tokens, nearest, time) if nearest is not None else []
    telling = any(t.kind == TELLING and not _tells_event(tokens, t, time) for t in candidates)
    if nearest is not None and all(t.kind in (FUNCTION, LIGHT) for t in between):
        return _real(tokens, nearest), True
    if telling:
        return STATEMENT, True
    if nearest is not None and all(t.kind != CONTENT for t in between):
        return _real(tokens, nearest), True
    events = [
        t
        for t in candidates
        if t.kind != TELLING
        and sum(b.kind == CONTENT for b in words_between(tokens, t, time)) <= REACH
    ]
    if events:
        return _real(tokens, min(events, key=distance)), True
    return None, any(
        t.kind == CONTENT
        and t.start not in placed
        and (t.start >= time.end if forward else t.end <= time.start)
        for t in tokens
    )


def _tells_event(tokens: Sequence[Token], telling: Token, time: TimeExpression) -> bool:
    """Whether a telling word far from the date (more than REACH words of content) has an
    event word between them: what it tells is dated, not the telling ("Prosecutors have
    released new video in the trial of two men accused of killing a Brownsville mother of
    12 in Oct. 2011"). Near the date, the telling keeps it ("kata Ratna saat ditemui di
    posko pengungsian, Kamis")."""
    between = words_between(tokens, telling, time)
    far = sum(t.kind == CONTENT for t in between) > REACH
    return far and any(t.kind not in WORD_KINDS and t.kind != TELLING for t in between)


def _real(tokens: Sequence[Token], event: Token) -> str | None:
    """The event of an event word (STATEMENT for a telling word), None for an event that may
    happen (the word before it, stopwords and names aside, is a MAYBE word: "potensi
    banjir")."""
    if event.kind == TELLING:
        return STATEMENT
    before = [t for t in tokens if t.end <= event.start and t.kind not in (FUNCTION, NAME)]
    return None if before and before[-1].kind == MAYBE else event.kind


def _foreseen(
    tokens: Sequence[Token], time: TimeExpression, event: str, read: DateSentence
) -> bool:
    """Whether a MAYBE word stands between the date and the nearest word of its ``event``
    in the clause: "a major rally is expected on Friday", "elections which are planned for
    December 15". The day is that of a happening foreseen, which may come on another day or
    not at all: it agrees with the day a report gives the happening but disputes none (two
    rallies a week apart, one expected and one held, are no misdated rally)."""
    words = [t for t in tokens if t.kind == event]
    if not words:
        return False
    nearest = min(words, key=lambda t: abs(t.start - time.start))
    if _announced(tokens, nearest, time, read):
        return True
    between = words_between(tokens, nearest, time)
    # A foresight word followed by its agent closes a reduced relative on the event's noun
    # ("the protest planned by the unions drew ... on Friday"): it says which protest, and
    # the verb after it tells the day's happening.
    return any(
        t.kind == MAYBE
        and not (
            k + 1 < len(between)
            and read.text[between[k + 1].start : between[k + 1].end].casefold() in read.agents
        )
        for k, t in enumerate(between)
    )


def _announced(
    tokens: Sequence[Token], event: Token, time: TimeExpression, read: DateSentence
) -> bool:
    """Whether a word that announces ("announced") takes the ``event`` word as its object,
    at most REACH words of content between: "Pamphlets announced rallies ... in parliament
    square on Thursday". The rallies are foreseen, as "planned" makes them: the day is when
    they were to be held, or when they were announced. Not where a finite verb or another
    event's word stands between the event word and the date ("announced the earthquake had
    killed 40 people on Thursday"): the announcement tells a clause of its own, done."""
    between = words_between(tokens, event, time)
    if any(
        t.kind not in WORD_KINDS or read.text[t.start : t.end].casefold() in read.finite
        for t in between
    ):
        return False
    before = [t for t in tokens if t.end <= event.start and t.kind not in (FUNCTION, NAME)]
    for seen, token in enumerate(reversed(before)):
        if token.kind == TELLING:
            return read.text[token.start : token.end].casefold() in read.announcing
        if token.kind != CONTENT or seen == REACH:
            return False  # another kind of word, or too many of content, between
    return False


def _word_before(tokens: Sequence[Token], time: TimeExpression) -> str | None:
    """The kind of the last word before the date in its clause, stopwords and light words
    aside ("hingga Rabu malam": SPAN)."""
    before = [t for t in tokens if t.end <= time.start and t.kind not in (FUNCTION, LIGHT)]
    return before[-1].kind if before else None


#: What may stand between a date and the noun it qualifies: "March 2005 rampage", "Monday
#: evening vigil", "2003 Bam-quake".
_MODIFIER_GAP = re.compile(r"[\s-]*")


def _modified(text: str, tokens: Sequence[Token], time: TimeExpression) -> Token | None:
    """The event word a date qualifies as a noun's modifier: right after the date, or after
    one noun of a compound ("the March 2005 rampage", "a Monday evening vigil", "the 2005
    courthouse rampage"). It dates that event, whatever word of the clause stands nearer
    ("sentenced for his deadly 2005 rampage")."""
    after = [t for t in tokens if t.start >= time.end][:2]
    end = time.end
    for index, token in enumerate(after):
        if not _MODIFIER_GAP.fullmatch(text, end, token.start):
            return None
        if token.kind not in WORD_KINDS and token.kind != TELLING:
            return token
        if index or token.kind not in (CONTENT, NAME):
            return None
        end = token.end
    return None


def _after_light_verb(text: str, tokens: Sequence[Token], time: TimeExpression) -> Token | None:
    """The event word a light verb right after the date leads to, no more than REACH words
    of content on: a date set between a subject and its verb dates what the verb tells ("A
    judge today found a former plant worker guilty", "Police on Monday found the body")."""
    after = [t for t in tokens if t.start >= time.end]
    if (
        not after
        or after[0].kind != LIGHT
        or not _MODIFIER_GAP.fullmatch(text, time.end, after[0].start)
    ):
        return None
    content = 0
    for token in after[1:]:
        if token.kind not in WORD_KINDS and token.kind != TELLING:
            return token
        content += token.kind == CONTENT
        if content > REACH or token.kind in (RELATIVE, COMPLEMENT):
            return None
    return None


#: What a page's stamp may say besides its dates: "Published", "Updated", "Posted".
_STAMP_KINDS = frozenset({NAME, CONTENT, FUNCTION, LIGHT, TELLING, "publication"})


def on_stamp(item: Annotated, time: TimeExpression, events: EventWords, glossary: Glossary) -> bool:
    """Whether the date stands on a line that stamps the page (silang.compare.timeline's
    ``stamp_line``) with no word of an event but a publication: "Riot in Flatbush on Monday"
    is a headline; the dates scraped onto a headline's line after its words ("... killed 10
    Jun 2013 09:10", ``glued_stamp``) are the page's stamp whatever those words say."""
    if glued_stamp(item, time):
        return True
    line = stamp_line(item, time)
    if line is None:
        return False
    table = events.words.get(item.article.language, {})
    lexicon = glossary.lexicons.get(item.article.language)
    # A stamp's words are read bare: no word there names a body or a crowd.
    tokens = tokens_of(item.article.text, line, time, table, lexicon, item.times, beside=Beside())
    return all(t.kind in _STAMP_KINDS for t in tokens)


@dataclass(frozen=True)
class Reading:
    """What a date dates: its event, and whether it is firm (False for the start of a span,
    "sejak 1938", which agrees with the dates it holds but disputes none, and for an UNNAMED
    happening's date)."""

    event: str
    firm: bool = True
    #: Whether a REPEAT word tells one more happening of the kind ("another protest",
    #: "rioted again"): the story tells the kind more than once.
    repeat: bool = False
    #: For an UNNAMED date, the happenings its sentence names outside the quotes it stands
    #: outside of (``_named_events`` with ``quoted`` False), read from the clauses
    #: ``reading_of`` read already.
    told_of: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DateSentence:
    """A date's sentence read once: its clauses, the number of the one holding the date, and
    the tokens of each clause as seen from the date (read when first asked for)."""

    text: str
    #: The sentence the date is read in (``_date_sentence``), and its clauses.
    sentence: Span
    parts: list[Span]
    at: int
    time: TimeExpression
    table: Mapping[str, str]
    lexicon: StoriesLexicon | None
    times: Sequence[TimeExpression]
    #: The language's place prepositions ("di", "at") and a regex of its channels of a
    #: statement ("melalui pesan singkat", "kepada wartawan"), both of silang.lang.quotes:
    #: they open the phrases of a clause that say where or how, not what (``placed``).
    place_words: frozenset[str] = frozenset()
    channel: re.Pattern[str] | None = None
    #: The language's words that open a noun phrase (EventWords.determiners).
    determiners: frozenset[str] = frozenset()
    #: The language's words of time ("Christmas", "Lebaran": quotes.time_words).
    time_words: frozenset[str] = frozenset()
    #: The words before a passive's agent ("by", "oleh": quotes.agents).
    agents: frozenset[str] = frozenset()
    #: The language's words that announce a happening (EventWords.announcing).
    announcing: frozenset[str] = frozenset()
    #: The language's finite words (EventWords.finite).
    finite: frozenset[str] = frozenset()
    #: The language's words of bodies and crowds (EventWords.beside).
    beside: Beside = field(default_factory=Beside)
    read: dict[int, list[Token]] = field(default_factory=dict)

    def tokens(self, index: int) -> list[Token]:
        if index not in self.read:
            self.read[index] = tokens_of(
                self.text,
                self.parts[index],
                self.time,
                self.table,
                self.lexicon,
                self.times,
                self.determiners,
                beside=self.beside,
            )
        return self.read[index]

    def placed(self, index: int) -> frozenset[int]:
        """Where the words of clause ``index`` that say where or how start: the words of a
        statement's channel ("Martinus Sitompul melalui pesan singkat", "dalam keterangan
        tertulis"), and those after its last place preposition to the clause's end, where
        they are names, stopwords and at most PLACE_WORDS words of content ("Setyo Wasisto
        di kantornya"): a telling or event word there ("di Kemenlu, kata Suparno") ends
        the place."""
        tokens = self.tokens(index)
        span = self.parts[index]
        out: set[int] = set()
        if self.channel is not None:
            for found in self.channel.finditer(self.text, span.start, span.end):
                out.update(t.start for t in tokens if found.start() <= t.start < found.end())
        opens = [
            k
            for k, t in enumerate(tokens)
            if self.text[t.start : t.end].casefold() in self.place_words
        ]
        phrase = tokens[opens[-1] + 1 :] if opens else []
        plain = all(t.kind in (NAME, CONTENT, FUNCTION) for t in phrase)
        if plain and sum(t.kind == CONTENT for t in phrase) <= PLACE_WORDS:
            out.update(t.start for t in phrase)
        return frozenset(out)


def read_sentence(
    item: Annotated, time: TimeExpression, events: EventWords, glossary: Glossary
) -> DateSentence:
    """The sentence of ``time`` (``_date_sentence``), split into clauses, ready to be read
    once by ``reading_of``, ``sentence_events`` and silang.compare.dates_holders."""
    text = item.article.text
    sentence = _date_sentence(item, time)
    parts = clauses(text, sentence, item.times)
    language = item.article.language or ""
    quotes = glossary.quotes.get(language)
    return DateSentence(
        text=text,
        sentence=sentence,
        parts=parts,
        at=next((i for i, c in enumerate(parts) if c.start <= time.start < c.end), 0),
        time=time,
        table=events.words.get(language, {}),
        lexicon=glossary.lexicons.get(language),
        times=item.times,
        place_words=quotes.place_prepositions if quotes is not None else frozenset(),
        channel=quotes.any_channel if quotes is not None else None,
        determiners=events.determiners.get(language, frozenset()),
        time_words=quotes.time_words if quotes is not None else frozenset(),
        agents=quotes.agents if quotes is not None else frozenset(),
        announcing=events.announcing.get(language, frozenset()),
        finite=events.finite.get(language, frozenset()),
        beside=events.beside.get(language, Beside()),
    )


def event_of(
    item: Annotated, time: TimeExpression, events: EventWords, glossary: Glossary
) -> Reading | None:
    """The event a date dates (see the module docstring), None when no event word stands near
    it, or when it ends a span ("hingga Rabu malam") or its clause tells a lasting state
    ("masih bertahan di pengungsian pada Kamis"): an evacuation or a search goes on over
    days, and its days dispute nothing."""
    return _event_of(read_sentence(item, time, events, glossary), events)


def reading_of(read: DateSentence, item: Annotated, events: EventWords) -> Reading | None:
    """What the date of ``read`` dates: its event (``event_of``), else, where it stands free
    (``_stands_free``), an UNNAMED happening that disputes none; None otherwise. The
    sentence is read once (``read``) for both, and for what silang.compare.dates asks of it
    next (``sentence_events``, silang.compare.dates_holders)."""
    if _ends_a_name(read):
        return None
    found = _event_of(read, events)
    if found is None and _stands_free(read.tokens(read.at)):
        told_of = _named_events(read, item, events, quoted=False)
        return Reading(UNNAMED, firm=False, told_of=told_of)
    return found


def _ends_a_name(read: DateSentence) -> bool:
    """Whether a year, four digits alone, closes a name: it follows a capitalised word of
    content that does not open its sentence, one space between ("Windows Server 2008",
    "Euro 2012", "Piala Dunia 2014"). A year dating what a clause tells stands after a word
    that says how ("in 2008", "pada 2014", "the 2005 murder"), not glued to a name: set
    after one, it is part of what the name names (a product, a tournament), no day of the
    story, as a year before a name tells which team or draft (``_names_a_thing``). A
    month's year ("June 2008") is part of the date and is not one of these. ECB+ dev: one
    false single-source year out ("2005" of a name); Pratiwi dev single-source 0.477/0.538
    -> 0.476/0.519: "Munas BPOM 2017" (a congress) had stood, by its year, for the gold's
    6 March day of a rumour, and one false year went out."""
    time, text = read.time, read.text
    if time.granularity != "year" or not time.text.isdigit():
        return False
    before = [t for t in read.tokens(read.at) if t.end <= time.start]
    if not before or before[-1].kind != NAME or text[before[-1].end : time.start] != " ":
        return False
    name = before[-1]
    # A feast or season before the year dates by it ("Christmas 2008", "Lebaran 2012"), and
    # so does a happening named by its place ("gempa Yogyakarta 2006", "the earthquake of
    # Haiti 2010"): the event word before the capitalised words, written in lower case or
    # opening the sentence, is no part of a name. A capitalised event word inside a name
    # ("Regulatory Reform (Fire Safety) Order 2005") still is.
    if text[name.start : name.end].casefold() in read.time_words:
        return False
    ahead = [t for t in before if t.kind not in (NAME, FUNCTION)]
    if ahead and ahead[-1].kind not in WORD_KINDS and ahead[-1].kind != TELLING:
        event = ahead[-1]
        lower = text[event.start].islower()
        # An article before the capitalised words makes them a thing's name ("the fire at
        # the Expo 2020 site"): its year is the name's, not the happening's.
        named = any(
            w.group().casefold() in read.determiners
            for w in WORD.finditer(text, event.end, name.start)
        )
        if not named and (lower or not WORD.search(text, read.parts[0].start, event.start)):
            return False
    opening = not WORD.search(text, read.parts[0].start, name.start)
    written = text[name.start : name.end].casefold()
    content = word_term(written, read.lexicon) if read.lexicon is not None else written
    return not opening and content is not None


def sentence_events(read: DateSentence, item: Annotated, events: EventWords) -> frozenset[str]:
    """The happenings the words of a date's sentence name, in any clause and however far from
    the date, less those another of them brings about (the death of a shooting): what a
    telling of no named speaker may be about ("an autopsy of the boy was released
    Wednesday"; silang.compare.dates reads it only where another report dates the one such
    happening on that very day)."""
    return _named_events(read, item, events, quoted=True)


def _named_events(
    read: DateSentence, item: Annotated, events: EventWords, quoted: bool
) -> frozenset[str]:
    """``sentence_events`` of a sentence read already. Not ``quoted``: less the words of a
    quote the date stands outside of ("'Kabar bahwa massa aksi 212 tak bisa masuk itu hoax,'
    terang Abu, Selasa"), which tell what the speaker spoke of, not what happened on the
    day."""
    start = read.time.start
    apart = [q for q in item.quotes if not quoted and not q.start <= start < q.end]
    named = {
        t.kind
        for index in range(len(read.parts))
        for t in read.tokens(index)
        if t.kind not in WORD_KINDS
        and t.kind != TELLING
        and not any(q.start <= t.start < q.end for q in apart)
    }
    return frozenset(e for e in named if not events.causes.get(e, frozenset()) & named)


def _event_of(read: DateSentence, events: EventWords) -> Reading | None:
    time, text, parts, at = read.time, read.text, read.parts, read.at
    own = read.tokens(at)
    before = _word_before(own, time)
    if before == SPAN or any(t.kind == STATE and not _relative_after(own, t, time) for t in own):
        return None
    modified = _modified(text, own, time) or _after_light_verb(text, own, time)
    if modified is None and _names_a_thing(read):
        return None
    if modified is not None:
        event = _real(own, modified)
        again = _repeated(own, time) or _repeated(own, time, event)
        if event is None:
            return None
        firm = before != SINCE and not again and not _foreseen(own, time, event, read)
        return Reading(event, firm=firm, repeat=again)
    # A date alone in its clause dates the clause before it; at the opening, the one after.
    # A date that ends the first clause opens nothing: "... off Iran's southern coast Sunday,
    # officials said" does not date the telling.
    forward = not at and not any(t.kind == CONTENT and t.end <= time.start for t in own)
    order = list(range(len(parts))) if forward else list(range(at, -1, -1))
    for index in order:
        tokens = read.tokens(index)
        event, stop = _clause_event(tokens, time, forward, read.placed(index))
        if event is None and forward and stop:
            # A date that opens its sentence ("At the end of July, an armed man carried out a
            # brazen robbery ...") dates the happening of the clause it opens.
            event = _sole_event(tokens, time, events.causes, after=True)
        elif event is None and index == at:
            event = _sole_event(tokens, time, events.causes)
            stop = stop or event is not None
        if stop:
            if event is None:
                return None
            event = _named_cause(tokens, event, events.causes)
            again = _repeated(own, time) or _repeated(tokens, time, event)
            firm = before != SINCE and not again and not _foreseen(tokens, time, event, read)
            return Reading(event, firm=firm, repeat=again)
    return None


def _names_a_thing(read: DateSentence) -> bool:
    """Whether a year or month stands between a word opening a noun phrase and a name ("kept
    their grip on the top pick in the 2013 NFL Draft", "join the 2008 Miami Dolphins", "a
    2008 MacArthur Fellowship"): it says which draft, team or award the name names, and
    dates that, not the happening its clause tells (the win). ``reading_of`` reads it as a
    happening of its own (UNNAMED), which joins only the reports retelling it. A name that
    is an event word ("the March 2005 Quake") is dated by ``_modified`` before. A year
    before a common noun names a thing as well ("into the 2012 playoffs", "the 2008
    season", "a 1997 article"): it says which season, edition or piece; read by the clause,
    "carried the Colts into the 2012 playoffs" made the year a contest's and joined it to
    the game's week (ECB+ dev dates grouping precision 0.981 -> 0.985, single-source
    0.295/0.509 -> 0.306/0.526, agreed 0.885 -> 0.884; Pratiwi dev unchanged: Indonesian
    sets such a year after its noun). The noun may be a happening the event words lack
    ("the 2005 murder", "a 1970 police-bribery case"), then read as a happening of its own
    too. A month before a common noun ("the January 1955 issue") is left to the clause,
    whose happening the thing is often of (the issue's centrefold)."""
    time, text = read.time, read.text
    if time.granularity not in ("year", "month"):
        return False
    own = read.tokens(read.at)
    before = [t for t in own if t.end <= time.start]
    after = [t for t in own if t.start >= time.end]
    if not (before and after) or after[0].kind not in (NAME, CONTENT):
        return False
    if after[0].kind == CONTENT and time.granularity != "year":
        return False
    opener = before[-1]
    return (
        text[opener.start : opener.end].casefold() in read.determiners
        and not text[opener.end : time.start].strip()
        and _MODIFIER_GAP.fullmatch(text, time.end, after[0].start) is not None
    )


def _relative_after(tokens: Sequence[Token], word: Token, time: TimeExpression) -> bool:
    """Whether ``word`` stands in a relative clause that opens after the date: a lasting state
    there is the state of what the relative clause is about, not the date's ("the depot was
    built in 1935 by settlers who still farm the valley": the farming lasts; the building is
    dated 1935)."""
    return any(t.kind == RELATIVE and time.end <= t.start < word.start for t in tokens)


def _stands_free(own: Sequence[Token]) -> bool:
    """Whether a date that ``event_of`` reads no event for (``own``: its clause's tokens)
    still dates a happening of its sentence that the event words do not know ("three men
    emptied the jeweller's store in December 2008"). So does a date that ends a span
    ("sampai Rabu (24/9/2014), jumlahnya ... hanya 9 orang"), starts one ("Somalia has seen
    continuous conflict since 1991", "aset KJRI sejak tahun 1988") or stands in a lasting
    state's clause ("still haunted by ... the disaster in December 2003"): the day a state
    began or ended, or the day of what it recalls, is a fact that reports retell, and such a
    date never disputes (silang.compare.dates joins it to the dates of sentences that retell
    its own, or to the one happening named on its day). It does not date an event that may
    happen ("potential of flood"), nor one more of a kind ("another on Wednesday night"),
    which dates a happening of its own."""
    return not any(t.kind in (MAYBE, REPEAT) for t in own)


def _date_sentence(item: Annotated, time: TimeExpression) -> Span:
    """The sentence a date is read in: its own, or, where its own holds no word but dates
    ("Thursday."), the one before it on its line with it. The sentence stage ends a sentence
    at an abbreviation's full stop ("The shootings happened shortly after 8:30 p.m.
    Thursday."), leaving the date the end of the sentence it belongs to."""
    text = item.article.text
    sentence = sentence_at(item, time.start)
    dates = [t for t in item.times if sentence.start <= t.start < sentence.end]
    if any(
        not any(t.start <= m.start() < t.end for t in dates)
        for m in WORD.finditer(text, sentence.start, sentence.end)
    ):
        return sentence
    before = [s for s in item.sentences if s.end <= sentence.start]
    if not before:
        return sentence
    previous = max(before, key=lambda s: s.end)
    own_line = "\n" in text[previous.end : sentence.start]
    if own_line or not text[: previous.end].rstrip().endswith("."):
        return sentence  # a date line of its own, or no full stop that may be an abbreviation's
    return Span(previous.start, sentence.end)


def _named_cause(tokens: Sequence[Token], event: str, causes: Mapping[str, frozenset[str]]) -> str:
    """``event``, or the one event its clause names that brings it about: "a quake killed
    26,000 people in Bam in December 2003" dates the quake, as "Bam was razed by a quake"."""
    named = {t.kind for t in tokens} & causes.get(event, frozenset())
    return named.pop() if len(named) == 1 else event


def _sole_event(
    tokens: Sequence[Token],
    time: TimeExpression,
    causes: Mapping[str, frozenset[str]],
    after: bool = False,
) -> str | None:
    """The one happening the words before the date in its own clause name, however far from
    it ("An earthquake measuring at least magnitude-5.9 shook a sparsely populated area of
    southern Iran on Sunday"), or, ``after`` a date that opens its sentence, the words of
    the clause it opens: their events, less those another of them brings about (the deaths
    of a quake), when one is left."""
    named = {
        t.kind
        for t in tokens
        if (t.start >= time.end if after else t.end <= time.start)
        and t.kind not in WORD_KINDS
        and t.kind != TELLING
        and not _cut_off(words_between(tokens, t, time))
    }
    named = {e for e in named if not causes.get(e, frozenset()) & named}
    if len(named) != 1:
        return None
    (event,) = named
    return _real(tokens, next(t for t in tokens if t.kind == event))


def _repeated(tokens: Sequence[Token], time: TimeExpression, event: str | None = None) -> bool:
    """Whether a REPEAT word stands before the date in its own clause ("and another on
    Wednesday night"), or, given ``event``, beside that event's word in the clause the event
    was read in ("a second protest", "demo lanjutan")."""
    if event is None:
        return any(t.kind == REPEAT and t.end <= time.start for t in tokens)
    return any(
        {t.kind, u.kind} == {REPEAT, event}
        for t, u in pairwise(w for w in tokens if w.kind != FUNCTION)
    )
