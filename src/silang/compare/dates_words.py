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
still stand free, as an UNNAMED happening's (``date_reading``), even where it starts or ends
a span or stands in a lasting state's clause: silang.compare.dates keeps it only where
another report retells its sentence or names the one happening of its day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from silang.cluster.terms import stem, word_term
from silang.compare.glossary import Glossary
from silang.compare.text import CLAUSE_END, sentence_at
from silang.compare.timeline import glued_stamp, stamp_line
from silang.lang.files import read_lines, read_table
from silang.lang.stories import StoriesLexicon
from silang.model import Annotated, Span, TimeExpression

EVENTS_FILE = "dates_events.tsv"
#: Which events a happening of another brings about on its day (a death, of a shooting).
CAUSES_FILE = "compare_date_causes.tsv"
#: Words that make a happening one more of its kind ("another", "a second protest").
REPEATS_FILE = "compare_date_repeats.txt"
#: Words by which an outlet cites another's report ("dikutip dari Mashable, Rabu").
CITING_FILE = "compare_date_citing.txt"
#: The citing words that are active verbs ("mengutip"): beside a named speaker, the speaker's.
ACTIVE_CITING_FILE = "compare_date_citing_active.txt"
#: Articles ("the", "a"): a year or month after one, or after a possessive (compare_general
#: role "possessive": "their"), qualifies a noun.
DETERMINERS_FILE = "compare_date_determiners.txt"
#: Words of recurrence ("every", "setiap"): a time set just after one names a schedule ("the
#: gates close every night at 9:30 p.m."), no happening's day.
HABITUAL_FILE = "compare_date_habitual.txt"
#: Nouns of a body beside an event word that make it name the body ("the board of elections",
#: "election officials", "komisi pemilihan"): role<TAB>words, the roles those of ``Beside``.
BODIES_FILE = "compare_date_bodies.tsv"
#: Words of a crowd: a post right after one is a reaction ("Thousands tweeted on Monday").
CROWDS_FILE = "compare_date_crowds.txt"
#: Words before an event word that make it its clause's setting ("during", "dalam").
SETTINGS_FILE = "compare_date_settings.txt"
#: The files of titles before a name (title<TAB>kind).
TITLE_FILES = ("quotes_titles.tsv", "compare_person_titles.tsv")
#: Telling words that make known a happening to come ("announced"): a date of the happening
#: they take as their object is that of one foreseen (``_foreseen``). The Indonesian pack has
#: none: "mengumumkan aksi pada Kamis" already dates the telling, not the rally.
ANNOUNCING_FILE = "compare_date_announcing.txt"
#: Auxiliaries and other finite verbs ("had", "was"): one after the announced happening's
#: word opens a clause of its own, told as done ("announced the quake had killed 40 people
#: on Thursday"), and the happening is no longer one foreseen (``_announced``).
FINITE_FILE = "compare_date_finite.txt"
#: The rows of EVENTS_FILE that are no event: telling words ("kata", "said"); light words
#: that point at the event beside them ("terjadi", "struck") or frame a date ("tanggal");
#: words that open a relative clause ("yang", "which") or a told content ("bahwa"); words
#: before a date that make it the end of a span ("hingga Rabu", "until Monday") or its start
#: ("sejak 1938"); words that make the clause a lasting state ("masih", "still"); and words
#: that make the event one that may happen ("potensi banjir", "potential of flood").
TELLING, LIGHT, RELATIVE, COMPLEMENT = "-telling", "-light", "-relative", "-that"
SPAN, SINCE, STATE, MAYBE = "-span", "-since", "-state", "-maybe"
#: The row of EVENTS_FILE of posts on a social network ("tweeted", "mencuit"): a telling only
#: right beside the date or right after a name ("Rick Hasen tweeted Monday", ``_posted``);
#: elsewhere mostly a reaction to a happening ("The earthquake that hit Lombok on Monday drew
#: thousands of tweets"), whose date is the happening's: a word of content.
POSTING = "-posting"
#: The row of EVENTS_FILE of words that the story lexicon's concepts join to an event's words
#: but that name a thing, no happening: "polls" and "polling" of surveys ("the final Iowa
#: polls started ... last Friday", "opinion polls showing on Sunday"), read through the
#: concept of "elections". They are words of content; a phrase row still reads the election
#: they tell ("go to the polls").
THING = "-thing"
#: The row of EVENTS_FILE that lists a language's deriving suffixes: a listed word with one
#: of them is another word ("meninggal", to die; "meninggalkan", to leave), though the story
#: lexicon's light stemming takes the suffix off. It is no event's unless a row lists it.
DERIVING = "-deriving"
#: A word of REPEATS_FILE: the happening is one more of its kind, and its date firm for none.
REPEAT = "-repeat"
#: The event of a telling's date: the day someone said something ("kata Abu, Selasa").
STATEMENT = "statement"
#: The event of a date whose sentence names no event the event words know (``date_reading``).
UNNAMED = "happening"
#: The other kinds of word around a date: a capitalised name, a word of content, a stopword.
NAME, CONTENT, FUNCTION = "name", "content", "function"
WORD_KINDS = frozenset(
    {LIGHT, RELATIVE, COMPLEMENT, SPAN, SINCE, STATE, MAYBE, REPEAT, NAME, CONTENT, FUNCTION}
)
#: The most words of content between an event word and the date it takes: "Gempa
#: berkekuatan 5,9 SR mengguncang Pulau Qeshm pada Minggu" has one, "pemusnahan" in "KJRI
#: Davao City terpaksa melakukan pemusnahan" two; "reog yang dibakar itu sudah rusak dan
#: dimakan rayap/ 15 Orang perwakilan KRP berkumpul di depan kantor ..., Senin" many (Pratiwi
#: dev topic 4, where a broken sentence end joined two sentences).
REACH = 3
#: The most words of content a place phrase closing a clause holds ("di kantornya", "di
#: hadapan para jurnalis"); a longer one tells more than where.
PLACE_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Beside:
    """The words beside an event or posting word that make it no happening's or no
    statement's, of one language (BODIES_FILE, CROWDS_FILE; ``_body_named``, ``_posted``)."""

    #: Nouns of a body set after the event word that qualifies them ("election board").
    after: frozenset[str] = frozenset()
    #: Nouns of a body set before the event word they are of ("board of elections").
    before: frozenset[str] = frozenset()
    #: The words that may join a body before to its event word ("of"); with none, the body
    #: stands right before it ("komisi pemilihan").
    links: frozenset[str] = frozenset()
    #: Words of a crowd ("thousands", "warganet").
    crowds: frozenset[str] = frozenset()
    #: Words of titles before a name ("spokeswoman", "hakim", "sheriff": quotes_titles.tsv and
    #: compare_person_titles.tsv): one so named is a source or an official, no happening's
    #: holder (``event_hosts``).
    titles: frozenset[str] = frozenset()
    #: Words that make an event word the setting of its clause ("during a campaign rally",
    #: "dalam aksi kampanye": SETTINGS_FILE; ``event_hosts``).
    settings: frozenset[str] = frozenset()
    #: The events whose words may name a body ("election"): a body's noun beside a word of
    #: another event is its object or subject ("arrested officials", "petugas menangkap").
    events: frozenset[str] = frozenset()


def load_beside(code: str) -> Beside:
    """The ``Beside`` words of language ``code``."""
    roles: dict[str, set[str]] = {}
    for role, listed in read_table(code, BODIES_FILE):
        roles.setdefault(role, set()).update(listed.casefold().split())
    return Beside(
        after=frozenset(roles.get("after", ())),
        before=frozenset(roles.get("before", ())),
        links=frozenset(roles.get("link", ())),
        events=frozenset(roles.get("events", ())),
        titles=frozenset(
            word
            for name in TITLE_FILES
            for title, _kind in read_table(code, name)
            for word in title.casefold().split()
        ),
        settings=_words_of(code, SETTINGS_FILE),
        crowds=_words_of(code, CROWDS_FILE),
    )


@dataclass(frozen=True)
class EventWords:
    """Per language code: a word (as written, casefolded) or its term → its event name; and
    per event, the events that bring it about on their day (CAUSES_FILE, all languages')."""

    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)
    causes: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language code: the words (casefolded) by which an outlet cites another's report.
    citing: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language code: the words (casefolded) that open a noun phrase (DETERMINERS_FILE).
    determiners: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language code: the citing words (casefolded) whose subject cites, a named speaker
    #: where one is named (ACTIVE_CITING_FILE).
    active_citing: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language code: the words (casefolded) of recurrence (HABITUAL_FILE).
    habitual: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language code: the words (casefolded) that announce a happening (ANNOUNCING_FILE).
    announcing: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language code: the finite words (casefolded) of FINITE_FILE.
    finite: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    #: Per language code: the words of bodies and crowds (``Beside``).
    beside: Mapping[str, Beside] = field(default_factory=dict, hash=False)


def load_event_words(glossary: Glossary) -> EventWords:
    """The event words of every language in ``glossary`` (read once per run, passed down)."""
    found: dict[str, dict[str, str]] = {}
    causes: dict[str, set[str]] = {}
    citing: dict[str, frozenset[str]] = {}
    determiners: dict[str, frozenset[str]] = {}
    active: dict[str, frozenset[str]] = {}
    habitual: dict[str, frozenset[str]] = {}
    announcing: dict[str, frozenset[str]] = {}
    finite: dict[str, frozenset[str]] = {}
    beside: dict[str, Beside] = {}
    for code, lexicon in glossary.lexicons.items():
        beside[code] = load_beside(code)
        announcing[code] = _words_of(code, ANNOUNCING_FILE)
        finite[code] = _words_of(code, FINITE_FILE)
        citing[code] = _words_of(code, CITING_FILE)
        habitual[code] = _words_of(code, HABITUAL_FILE)
        active[code] = _words_of(code, ACTIVE_CITING_FILE)
        # The possessive determiners are the pack's compare_general role "possessive".
        possessive = glossary.general.get(code, {}).get("possessive", frozenset())
        determiners[code] = _words_of(code, DETERMINERS_FILE) | possessive
        for event, causing in read_table(code, CAUSES_FILE):
            causes.setdefault(event, set()).update(causing.split())
        table = found.setdefault(code, {})
        for line in read_lines(code, REPEATS_FILE):
            table.update(dict.fromkeys(line.casefold().split(), REPEAT))
        forms: dict[str, str] = {}
        rows = read_table(code, EVENTS_FILE)
        deriving = [w for event, words in rows if event == DERIVING for w in words.split()]
        for event, words in rows:
            if event == DERIVING:
                continue
            kind = CONTENT if event == THING else event
            for word in words.casefold().split():
                if "_" in word:  # a phrase: "opened_fire"
                    table[word.replace("_", " ")] = kind
                    continue
                table[word] = kind
                if event == THING:
                    continue  # not its term nor its stem: they are the event's ("elections")
                # An event word with a deriving suffix is another verb ("meninggal", to die;
                # "meninggalkan", to leave): unless a row lists it, it is a word of content,
                # not the event its stem would give it. The "-" rows' words keep theirs
                # ("tegas", "tegaskan" both tell).
                for suffix in deriving if not event.startswith("-") else ():
                    table.setdefault(word + suffix, CONTENT)
                for form in (word_term(word, lexicon), stem(word, lexicon)):
                    if form is not None:
                        forms.setdefault(form, event)
        # A word's term or stem stands for it where no word of the files is written so.
        for form, event in forms.items():
            table.setdefault(form, event)
    named = {event: frozenset(by) for event, by in causes.items()}
    return EventWords(
        found, named, citing, determiners, active, habitual, announcing, finite, beside
    )


def _words_of(code: str, filename: str) -> frozenset[str]:
    """The words (casefolded) of a word-list file of language ``code``."""
    return frozenset(w for line in read_lines(code, filename) for w in line.casefold().split())


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


@dataclass(frozen=True)
class _Token:
    """A word of a clause and what it is to a date: an event name, TELLING, LIGHT, RELATIVE,
    NAME, CONTENT or FUNCTION (a stopword)."""

    start: int
    end: int
    kind: str


def _tokens(
    text: str,
    span: Span,
    time: TimeExpression,
    table: Mapping[str, str],
    lexicon: StoriesLexicon | None,
    others: Sequence[TimeExpression] = (),
    determiners: frozenset[str] = frozenset(),
    beside: Beside | None = None,
) -> list[_Token]:
    """The words of ``span`` outside the date itself ("hari Minggu") and the ``others`` time
    expressions (the month "March" is no march), classified. A telling word between a word
    opening a noun phrase (``determiners``) and a figure ("sold for a reported $30 million in
    1957") hedges the figure, as "some" or "about" would: no one is told saying anything, and
    the date is the sale's, not a telling's (``_hedges_figure``). An event word that names a
    body (``beside``: "the board of elections", "election officials") is a word of content;
    so is a post a crowd makes ("Thousands tweeted")."""
    found: list[_Token] = []
    previous = ""
    # The words just before this one, each joined to the next by one character (a phrase's).
    run: list[str] = []
    for match in _WORD.finditer(text, span.start, span.end):
        if any(t.start <= match.start() < t.end for t in (time, *others)):
            continue
        word = match.group().casefold()
        if not (found and found[-1].end + 1 == match.start()):
            run = []
        run = [*run[-(PHRASE_WORDS - 1) :], word]
        phrase, length = _phrase(run, table)
        if phrase is not None:
            # A phrase of the files ("opened fire", "to the polls") is one word, the event of
            # its last.
            for k in range(1, length):
                found[-k] = _Token(found[-k].start, found[-k].end, FUNCTION)
            found.append(_Token(match.start(), match.end(), phrase))
        elif _address_part(text, match.start()):
            # "Republika.co.id", "detik.com": the tail of a web address is part of its name.
            found.append(_Token(match.start(), match.end(), NAME))
        else:
            kind = _kind(match.group(), table, lexicon)
            if kind == TELLING and _hedges_figure(text, match, previous, determiners):
                kind = FUNCTION
            found.append(_Token(match.start(), match.end(), kind))
        previous = word
    beside = beside or Beside()
    found = [_body_named(text, found, index, beside) for index in range(len(found))]
    return [_posted(text, found, index, time, beside) for index in range(len(found))]


#: The most words of a phrase of EVENTS_FILE ("to_the_polls").
PHRASE_WORDS = 3


def _phrase(run: Sequence[str], table: Mapping[str, str]) -> tuple[str | None, int]:
    """The kind of the longest phrase of ``table`` that the words of ``run`` (casefolded,
    single spaces between) end with, and its length in words; (None, 0) for none."""
    for length in range(len(run), 1, -1):
        kind = table.get(" ".join(run[-length:]))
        if kind is not None:
            return kind, length
    return None, 0


def _word(text: str, tokens: Sequence[_Token], index: int) -> str:
    """The word (casefolded) of ``tokens[index]``, "" where there is none."""
    if not 0 <= index < len(tokens):
        return ""
    return text[tokens[index].start : tokens[index].end].casefold()


def _body_named(text: str, found: Sequence[_Token], index: int, beside: Beside) -> _Token:
    """``found[index]``, read as CONTENT where it is a word of an event that names bodies
    (``beside.events``) naming one with the noun beside it: one of ``beside.after`` right
    after it ("election officials", "the election board"), or one of ``beside.before`` before
    it, with one of ``beside.links`` between where the language has such words ("the board
    of elections"; "komisi pemilihan", "petugas pemilu" with none). The board, its officials
    or its law are no election: a date of what they did ("the board of elections on Monday
    rejected both objections") is not the election's day, and disputed the day of the vote.
    The words must stand one space apart in the text: the date's own words are no tokens, so
    "arrested officials on Monday" would otherwise join "Monday" to what follows it."""
    token = found[index]
    if token.kind not in beside.events:
        return token
    after = _joined(text, found, index, index + 1)
    if after and _word(text, found, index + 1) in beside.after:
        return _Token(token.start, token.end, CONTENT)
    before = index - 1
    if beside.links:
        if not (_joined(text, found, before, index) and _word(text, found, before) in beside.links):
            return token
        before, index = before - 1, before
    if _joined(text, found, before, index) and _word(text, found, before) in beside.before:
        return _Token(token.start, token.end, CONTENT)
    return token


def _joined(text: str, found: Sequence[_Token], first: int, second: int) -> bool:
    """Whether ``found[first]`` and ``found[second]`` both exist and stand one space apart."""
    if not (0 <= first < len(found) and 0 <= second < len(found)):
        return False
    end, start = found[first].end, found[second].start
    return start == end + 1 and text[end] == " "


def _posted(
    text: str, found: Sequence[_Token], index: int, time: TimeExpression, beside: Beside
) -> _Token:
    """``found[index]``, a POSTING word read as TELLING where a name stands right before it
    ("Bush tweeted ...") or nothing but stopwords and light words between it and the date
    ("tweeted on Monday"), else as CONTENT; any other word as it is. A post right after a
    word of a crowd (``beside.crowds``: "Thousands tweeted on Monday", "Warganet ramai
    mencuit pada Senin") is a reaction, as "drew thousands of tweets" is, never one
    speaker's statement: a word of content (``_crowd_before``)."""
    token = found[index]
    if token.kind != POSTING:
        return token
    if _crowd_before(text, found, index, beside):
        return _Token(token.start, token.end, CONTENT)
    named = index > 0 and found[index - 1].kind == NAME
    near = all(t.kind in (FUNCTION, LIGHT) for t in _between(found, token, time))
    return _Token(token.start, token.end, TELLING if named or near else CONTENT)


def _crowd_before(text: str, found: Sequence[_Token], index: int, beside: Beside) -> bool:
    """Whether a word of a crowd (``beside.crowds``) is the subject right before
    ``found[index]``: only stopwords, light words and particles between ("Thousands also
    tweeted", "Warganet pun mencuit", "Para warganet juga mencuit"), or an "of" phrase after
    it (one of ``beside.links`` and one word: "Thousands of Indonesians tweeted")."""
    k = index - 1
    while k >= 0 and found[k].kind in (FUNCTION, LIGHT):
        if _word(text, found, k) in beside.crowds:  # a crowd's word may be a stopword ("many")
            return True
        k -= 1
    if _word(text, found, k) in beside.crowds:
        return True
    return _word(text, found, k - 1) in beside.links and _word(text, found, k - 2) in beside.crowds


#: A figure opening right after a word: a digit, or a currency sign before one ("$30").
_FIGURE_AFTER = re.compile(r"\s+[^\w\s]?\d")


def _hedges_figure(
    text: str, match: re.Match[str], previous: str, determiners: frozenset[str]
) -> bool:
    """Whether the word ``match`` stands between a word opening a noun phrase (``previous``,
    casefolded, one of ``determiners``) and a figure: "a reported $30 million", "the reported
    500 dead". A telling word there is a participle qualifying the figure, not a verb."""
    return previous in determiners and _FIGURE_AFTER.match(text, match.end()) is not None


def _address_part(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a word and a full stop with no space between, as
    the parts of a web address do ("kepada Republika.co.id, Selasa"): no word of content."""
    return start > 1 and text[start - 1] == "." and text[start - 2].isalnum()


def _kind(written: str, table: Mapping[str, str], lexicon: StoriesLexicon | None) -> str:
    """What a word is to a date: its row in the event files (as written, by its term or by
    its stem), else NAME, FUNCTION (a stopword) or CONTENT."""
    word = written.casefold()
    term = word_term(word, lexicon) if lexicon is not None else word
    # A telling word may be a stopword of story clustering ("dijelaskan"): its stem says.
    stemmed = stem(word, lexicon) if lexicon is not None else word
    kind = table.get(word) or table.get(term or "") or table.get(stemmed)
    if kind is None:
        kind = NAME if written[0].isupper() else FUNCTION if term is None else CONTENT
    return kind


def _between(tokens: Sequence[_Token], token: _Token, time: TimeExpression) -> list[_Token]:
    if token.start >= time.end:
        return [t for t in tokens if time.end <= t.start < token.start]
    return [t for t in tokens if token.end <= t.start < time.start]


def _cut_off(between: Sequence[_Token], placed: frozenset[int] = frozenset()) -> bool:
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
    tokens: Sequence[_Token],
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
        and not _cut_off(_between(tokens, t, time), placed)
    ]

    def distance(t: _Token) -> int:
        return t.start - time.end if t.start >= time.end else time.start - t.end

    nearest = min(candidates, key=distance, default=None)
    between = _between(tokens, nearest, time) if nearest is not None else []
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
        if t.kind != TELLING and sum(b.kind == CONTENT for b in _between(tokens, t, time)) <= REACH
    ]
    if events:
        return _real(tokens, min(events, key=distance)), True
    return None, any(
        t.kind == CONTENT
        and t.start not in placed
        and (t.start >= time.end if forward else t.end <= time.start)
        for t in tokens
    )


def _tells_event(tokens: Sequence[_Token], telling: _Token, time: TimeExpression) -> bool:
    """Whether a telling word far from the date (more than REACH words of content) has an
    event word between them: what it tells is dated, not the telling ("Prosecutors have
    released new video in the trial of two men accused of killing a Brownsville mother of
    12 in Oct. 2011"). Near the date, the telling keeps it ("kata Ratna saat ditemui di
    posko pengungsian, Kamis")."""
    between = _between(tokens, telling, time)
    far = sum(t.kind == CONTENT for t in between) > REACH
    return far and any(t.kind not in WORD_KINDS and t.kind != TELLING for t in between)


def _real(tokens: Sequence[_Token], event: _Token) -> str | None:
    """The event of an event word (STATEMENT for a telling word), None for an event that may
    happen (the word before it, stopwords and names aside, is a MAYBE word: "potensi
    banjir")."""
    if event.kind == TELLING:
        return STATEMENT
    before = [t for t in tokens if t.end <= event.start and t.kind not in (FUNCTION, NAME)]
    return None if before and before[-1].kind == MAYBE else event.kind


def _foreseen(tokens: Sequence[_Token], time: TimeExpression, event: str, read: _Clauses) -> bool:
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
    between = _between(tokens, nearest, time)
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
    tokens: Sequence[_Token], event: _Token, time: TimeExpression, read: _Clauses
) -> bool:
    """Whether a word that announces ("announced") takes the ``event`` word as its object,
    at most REACH words of content between: "Pamphlets announced rallies ... in parliament
    square on Thursday". The rallies are foreseen, as "planned" makes them: the day is when
    they were to be held, or when they were announced. Not where a finite verb or another
    event's word stands between the event word and the date ("announced the earthquake had
    killed 40 people on Thursday"): the announcement tells a clause of its own, done."""
    between = _between(tokens, event, time)
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


def _word_before(tokens: Sequence[_Token], time: TimeExpression) -> str | None:
    """The kind of the last word before the date in its clause, stopwords and light words
    aside ("hingga Rabu malam": SPAN)."""
    before = [t for t in tokens if t.end <= time.start and t.kind not in (FUNCTION, LIGHT)]
    return before[-1].kind if before else None


#: What may stand between a date and the noun it qualifies: "March 2005 rampage", "Monday
#: evening vigil", "2003 Bam-quake".
_MODIFIER_GAP = re.compile(r"[\s-]*")


def _modified(text: str, tokens: Sequence[_Token], time: TimeExpression) -> _Token | None:
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


def _after_light_verb(text: str, tokens: Sequence[_Token], time: TimeExpression) -> _Token | None:
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
    tokens = _tokens(item.article.text, line, time, table, lexicon, item.times)
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
    #: ``date_reading`` read already.
    told_of: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Clauses:
    """A date's sentence read once: its clauses, the number of the one holding the date, and
    the tokens of each clause as seen from the date (read when first asked for)."""

    text: str
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
    beside: Beside | None = None
    read: dict[int, list[_Token]] = field(default_factory=dict)

    def tokens(self, index: int) -> list[_Token]:
        if index not in self.read:
            self.read[index] = _tokens(
                self.text,
                self.parts[index],
                self.time,
                self.table,
                self.lexicon,
                self.times,
                self.determiners,
                self.beside,
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


def _clauses_of(
    item: Annotated, time: TimeExpression, events: EventWords, glossary: Glossary
) -> _Clauses:
    text = item.article.text
    parts = clauses(text, _date_sentence(item, time), item.times)
    language = item.article.language or ""
    quotes = glossary.quotes.get(language)
    return _Clauses(
        text,
        parts,
        next((i for i, c in enumerate(parts) if c.start <= time.start < c.end), 0),
        time,
        events.words.get(language, {}),
        glossary.lexicons.get(language),
        item.times,
        quotes.place_prepositions if quotes is not None else frozenset(),
        quotes.any_channel if quotes is not None else None,
        events.determiners.get(language, frozenset()),
        quotes.time_words if quotes is not None else frozenset(),
        quotes.agents if quotes is not None else frozenset(),
        events.announcing.get(language, frozenset()),
        events.finite.get(language, frozenset()),
        events.beside.get(language),
    )


def event_of(
    item: Annotated, time: TimeExpression, events: EventWords, glossary: Glossary
) -> Reading | None:
    """The event a date dates (see the module docstring), None when no event word stands near
    it, or when it ends a span ("hingga Rabu malam") or its clause tells a lasting state
    ("masih bertahan di pengungsian pada Kamis"): an evacuation or a search goes on over
    days, and its days dispute nothing."""
    return _event_of(_clauses_of(item, time, events, glossary), events)


def date_reading(
    item: Annotated, time: TimeExpression, events: EventWords, glossary: Glossary
) -> Reading | None:
    """What a date dates: its event (``event_of``), else, where it stands free
    (``_stands_free``), an UNNAMED happening that disputes none; None otherwise. The
    sentence is read once for both."""
    read = _clauses_of(item, time, events, glossary)
    if _ends_a_name(read):
        return None
    found = _event_of(read, events)
    if found is None and _stands_free(read.tokens(read.at)):
        told_of = _named_events(read, item, time, events, quoted=False)
        return Reading(UNNAMED, firm=False, told_of=told_of)
    return found


def _ends_a_name(read: _Clauses) -> bool:
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
            for w in _WORD.finditer(text, event.end, name.start)
        )
        if not named and (lower or not _WORD.search(text, read.parts[0].start, event.start)):
            return False
    opening = not _WORD.search(text, read.parts[0].start, name.start)
    written = text[name.start : name.end].casefold()
    content = word_term(written, read.lexicon) if read.lexicon is not None else written
    return not opening and content is not None


def sentence_events(
    item: Annotated,
    time: TimeExpression,
    events: EventWords,
    glossary: Glossary,
) -> frozenset[str]:
    """The happenings the words of a date's sentence name, in any clause and however far from
    the date, less those another of them brings about (the death of a shooting): what a
    telling of no named speaker may be about ("an autopsy of the boy was released
    Wednesday"; silang.compare.dates reads it only where another report dates the one such
    happening on that very day)."""
    return _named_events(_clauses_of(item, time, events, glossary), item, time, events, True)


#: What stands between a name and the event word it qualifies: a space, or a possessive's
#: ending ("a Clinton rally", "Trump's rally").
_HOLDER_GAP = re.compile(r"(?:['’]s)?\s+")
#: What stands between the words of one name ("Des Moines"), or between an event word and
#: the name after it that qualifies it ("aksi Garner", "kampanye Jokowi").
_NAME_GAP = re.compile(r"\s+")


def event_holder(
    item: Annotated, time: TimeExpression, events: EventWords, glossary: Glossary, event: str
) -> frozenset[str]:
    """The words (casefolded, each after "@", as silang.compare.glossary's key terms write a
    name's) of the person's name that qualifies a word of ``event`` in the date's sentence,
    right before it ("a Clinton rally", "Trump's rally") or right after it ("aksi Garner"):
    whose the happening is. A name that is no person's the entity stage reads in the article
    ("a Republican rally", "the Jakarta protest") is a party's or a place's: none. The person
    may be read elsewhere in the article only: the entity stage takes "a Clinton rally" for
    an organisation's where it reads "Hillary Clinton" as a person's."""
    read = _clauses_of(item, time, events, glossary)
    people = [
        {w.casefold() for w in _WORD.findall(f"{e.text} {e.name}")}
        for e in item.entities
        if e.kind == "person"
    ]
    for index in range(len(read.parts)):
        tokens = [t for t in read.tokens(index) if not _possessive_end(read.text, t)]
        for k, token in enumerate(tokens):
            if token.kind == event:
                names = _name_beside(read, tokens, k, -1) or _name_beside(read, tokens, k, 1)
                held = {read.text[t.start : t.end].casefold() for t in names}
                if held and any(held <= person for person in people):
                    return frozenset(f"@{word}" for word in held)
    return frozenset()


#: How many words at most stand between a setting word and the event word it opens ("during
#: a campaign rally").
SETTING_WORDS = 3


def event_hosts(
    item: Annotated, time: TimeExpression, events: EventWords, glossary: Glossary, event: str
) -> frozenset[str]:
    """The words (as ``event_holder`` writes them) of the people its sentence names as the
    actors of a happening of ``event`` that is the setting of a clause ("On Tuesday, during
    a campaign rally, Pike said ...", "dalam aksi kampanye, Pike mengatakan"): a candidate
    speaking at a rally is its holder. One named after a title ("spokeswoman Hope Hicks",
    "kata hakim Dwiarso Budi") speaks for others and holds nothing; a happening that is no
    setting ("Protesters disrupted the rally on Friday, Hicks said") has no hosts: its
    source is no holder."""
    read = _clauses_of(item, time, events, glossary)
    beside = read.beside or Beside()
    if not any(_set_in(read, index, event, beside) for index in range(len(read.parts))):
        return frozenset()
    sentence = _date_sentence(item, time)
    hosts: set[str] = set()
    for entity in item.entities:
        if entity.kind != "person" or not sentence.start <= entity.start < sentence.end:
            continue
        before = _WORD.findall(read.text, sentence.start, entity.start)[-1:]
        named = [w.casefold() for w in _WORD.findall(entity.text)]
        if not (set(before) | set(named[:1])) & beside.titles:
            hosts.update(f"@{w}" for w in named)
    return frozenset(hosts)


def _set_in(read: _Clauses, index: int, event: str, beside: Beside) -> bool:
    """Whether a word of ``event`` in clause ``index`` follows a setting word
    (``beside.settings``) with at most SETTING_WORDS words between, all one space apart."""
    tokens = read.tokens(index)
    for k, token in enumerate(tokens):
        if token.kind != event:
            continue
        for back in range(k - 1, max(k - SETTING_WORDS - 2, -1), -1):
            if not _joined(read.text, tokens, back, back + 1):
                break
            if _word(read.text, tokens, back) in beside.settings:
                return True
    return False


def _possessive_end(text: str, token: _Token) -> bool:
    """Whether ``token`` is the "s" of a possessive ("Trump's"): part of the name before it."""
    return (
        text[token.start : token.end] == "s" and token.start > 0 and text[token.start - 1] in "'’"
    )


def _name_beside(read: _Clauses, tokens: Sequence[_Token], at: int, step: int) -> list[_Token]:
    """The words of the name right beside ``tokens[at]`` on the side ``step`` goes (-1 before,
    1 after), none where a word of another kind stands there. A determiner opening the
    sentence is written as a name is ("A Des Moines rally"), and is none."""
    found: list[_Token] = []
    near = tokens[at]
    k = at + step
    while 0 <= k < len(tokens):
        token = tokens[k]
        left, right = (token, near) if step < 0 else (near, token)
        gap = _HOLDER_GAP if step < 0 and not found else _NAME_GAP
        word = read.text[token.start : token.end].casefold()
        if token.kind != NAME or word in read.determiners:
            break
        if not gap.fullmatch(read.text, left.end, right.start):
            break
        found.append(token)
        near, k = token, k + step
    return found


def _named_events(
    read: _Clauses, item: Annotated, time: TimeExpression, events: EventWords, quoted: bool
) -> frozenset[str]:
    """``sentence_events`` of a sentence read already. Not ``quoted``: less the words of a
    quote the date stands outside of ("'Kabar bahwa massa aksi 212 tak bisa masuk itu hoax,'
    terang Abu, Selasa"), which tell what the speaker spoke of, not what happened on the
    day."""
    apart = [q for q in item.quotes if not quoted and not q.start <= time.start < q.end]
    named = {
        t.kind
        for index in range(len(read.parts))
        for t in read.tokens(index)
        if t.kind not in WORD_KINDS
        and t.kind != TELLING
        and not any(q.start <= t.start < q.end for q in apart)
    }
    return frozenset(e for e in named if not events.causes.get(e, frozenset()) & named)


def _event_of(read: _Clauses, events: EventWords) -> Reading | None:
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


def _names_a_thing(read: _Clauses) -> bool:
    """Whether a year or month stands between a word opening a noun phrase and a name ("kept
    their grip on the top pick in the 2013 NFL Draft", "join the 2008 Miami Dolphins", "a
    2008 MacArthur Fellowship"): it says which draft, team or award the name names, and
    dates that, not the happening its clause tells (the win). ``date_reading`` reads it as a
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


def _relative_after(tokens: Sequence[_Token], word: _Token, time: TimeExpression) -> bool:
    """Whether ``word`` stands in a relative clause that opens after the date: a lasting state
    there is the state of what the relative clause is about, not the date's ("the depot was
    built in 1935 by settlers who still farm the valley": the farming lasts; the building is
    dated 1935)."""
    return any(t.kind == RELATIVE and time.end <= t.start < word.start for t in tokens)


def _stands_free(own: Sequence[_Token]) -> bool:
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
        for m in _WORD.finditer(text, sentence.start, sentence.end)
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


def _named_cause(tokens: Sequence[_Token], event: str, causes: Mapping[str, frozenset[str]]) -> str:
    """``event``, or the one event its clause names that brings it about: "a quake killed
    26,000 people in Bam in December 2003" dates the quake, as "Bam was razed by a quake"."""
    named = {t.kind for t in tokens} & causes.get(event, frozenset())
    return named.pop() if len(named) == 1 else event


def _sole_event(
    tokens: Sequence[_Token],
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
        and not _cut_off(_between(tokens, t, time))
    }
    named = {e for e in named if not causes.get(e, frozenset()) & named}
    if len(named) != 1:
        return None
    (event,) = named
    return _real(tokens, next(t for t in tokens if t.kind == event))


def _repeated(tokens: Sequence[_Token], time: TimeExpression, event: str | None = None) -> bool:
    """Whether a REPEAT word stands before the date in its own clause ("and another on
    Wednesday night"), or, given ``event``, beside that event's word in the clause the event
    was read in ("a second protest", "demo lanjutan")."""
    if event is None:
        return any(t.kind == REPEAT and t.end <= time.start for t in tokens)
    return any(
        {t.kind, u.kind} == {REPEAT, event}
        for t, u in pairwise(w for w in tokens if w.kind != FUNCTION)
    )
