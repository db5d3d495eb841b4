"""The words by which silang.compare.dates_words reads what a date dates, per language: the
event words (``lang/<code>/dates_events.tsv``) and the word lists beside them, loaded once
per run into ``EventWords`` and passed down; and the kinds a word may be to a date."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from silang.cluster.terms import stem, word_term
from silang.compare.glossary import Glossary
from silang.lang.files import read_lines, read_table

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
#: How the kinds of TITLE_FILES's forms of address begin ("honorific-m": "Mr", "Pak").
HONORIFIC = "honorific"
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
#: The event of a date whose sentence names no event the event words know (``reading_of``).
UNNAMED = "happening"
#: The other kinds of word around a date: a capitalised name, a word of content, a stopword.
NAME, CONTENT, FUNCTION = "name", "content", "function"
WORD_KINDS = frozenset(
    {LIGHT, RELATIVE, COMPLEMENT, SPAN, SINCE, STATE, MAYBE, REPEAT, NAME, CONTENT, FUNCTION}
)


@dataclass(frozen=True)
class Beside:
    """The words beside an event or posting word that make it no happening's or no
    statement's, of one language (BODIES_FILE, CROWDS_FILE: silang.compare.dates_tokens), and
    the words that tell whose a happening is (TITLE_FILES, SETTINGS_FILE:
    silang.compare.dates_holders)."""

    #: Nouns of a body set after the event word that qualifies them ("election board").
    after: frozenset[str] = frozenset()
    #: Nouns of a body set before the event word they are of ("board of elections").
    before: frozenset[str] = frozenset()
    #: The words that may join a body before to its event word ("of"); with none, the body
    #: stands right before it ("komisi pemilihan"). They join a crowd's word to the people
    #: it counts as well ("Thousands of Indonesians tweeted"; ``_crowd_before``).
    links: frozenset[str] = frozenset()
    #: Words of a crowd ("thousands", "warganet").
    crowds: frozenset[str] = frozenset()
    #: Words of titles before a name ("spokeswoman", "hakim", "sheriff": quotes_titles.tsv and
    #: compare_person_titles.tsv): one so named is a source or an official, no happening's
    #: holder (``event_hosts``).
    titles: frozenset[str] = frozenset()
    #: Words of the forms of address of those files (their kinds "honorific...": "Mr",
    #: "Bu"): no post, they tell nothing of whom one speaks for ("At a rally in Louisiana,
    #: Mr. Trump rejected attacks").
    honorifics: frozenset[str] = frozenset()
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
    titled = [
        (title.casefold().split(), kind)
        for name in TITLE_FILES
        for title, kind in read_table(code, name)
    ]
    return Beside(
        after=frozenset(roles.get("after", ())),
        before=frozenset(roles.get("before", ())),
        links=frozenset(roles.get("link", ())),
        events=frozenset(roles.get("events", ())),
        titles=frozenset(
            w for words, kind in titled if not kind.startswith(HONORIFIC) for w in words
        ),
        honorifics=frozenset(
            w for words, kind in titled if kind.startswith(HONORIFIC) for w in words
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
