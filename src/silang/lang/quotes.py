"""The language data that quote, speaker and entity extraction need, read from a pack folder.

Everything language-specific lives in ``lang/<code>/quotes_*`` and ``lang/<code>/entities_*``
files (plus the pack's cities.txt and outlets.txt as gazetteers); the algorithms in
``silang.extract`` receive a QuotesLexicon and never import a language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from silang.errors import UnsupportedLanguage
from silang.lang.figures import read_numbers
from silang.lang.files import SUPPORTED, read_lines, read_table
from silang.lang.time_units import TIME_UNITS

#: What a capitalised name looks like inside a channel regex (quotes_channels.tsv: %NAME%):
#: "Reuters", "KABARNUSA.com", "the Daily Ledger" (after "the"), "Warta Sari", "TikTok-nya".
NAME_PATTERN = r"(?-i:[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|dan))*)"

#: Roles of quotes_verbs.tsv rows.
VERB_ROLES = frozenset(
    {
        "inverted",
        "finite",
        "pronominal",
        "passive",
        "agent",
        "issued",
        "source",
        "complementiser",
        "clause-opener",
        "directive",
        "directive-first",
        "pronoun-pos",
        "participle",
        "record",
        "document",
        "colon",
        "display",
        "issuing",
        "unsaid",
        "unsaid-aux",
        "noun-form",
        "headline",
        "headline-opener",
        "state-passive",
    }
)
TITLE_KINDS = frozenset({"office", "regional", "rank", "honorific", "honorific-m", "honorific-f"})
PRONOUN_KINDS = frozenset({"person", "male", "female", "organisation", "body"})
ANAPHOR_KINDS = frozenset({"before", "after", "person", "male", "female", "organisation"})
CUE_KINDS = frozenset(
    {
        "alias",
        "connector-person",
        "connector-organisation",
        "clitic",
        "place-preposition",
        "not-person-determiner",
        "order",
    }
)


def _never() -> re.Pattern[str]:
    return re.compile("(?!)")


@dataclass(frozen=True)
class QuotesLexicon:
    """Word lists for quotes, speakers and entities in one language. All words are lower case
    (casefolded) unless the field says otherwise; multi-word entries are joined by one space."""

    code: str
    #: Speech verbs that come before their speaker: "kata", "ujar", "said".
    inverted: frozenset[str] = frozenset()
    #: Speech verbs that report a Title Case headline's statement: "Says", "Said"
    #: (quotes_headlines); none in Indonesian, whose headlines are written in sentence case.
    headline_verbs: frozenset[str] = frozenset()
    #: Words before a headline's verb that make its line point to a statement rather than
    #: make one: "What Trump Says About …", "Why Clinton Says …".
    headline_openers: frozenset[str] = frozenset()
    #: Speech verbs that follow their speaker: "mengatakan", "said", "told".
    finite: frozenset[str] = frozenset()
    #: Speech verbs that carry a pronoun speaker: "katanya", "ujarnya".
    pronominal: frozenset[str] = frozenset()
    #: Passive speech verbs with the speaker after them: "disampaikan" (+ agent "oleh").
    passive: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()
    #: Prepositions that introduce a source: "menurut", "according to".
    sources: frozenset[str] = frozenset()
    #: Words between a verb and the reported content: "bahwa", "that".
    complementisers: frozenset[str] = frozenset()
    #: Complementisers that open a told proposition with no speech verb before them
    #: ("Beredar kabar bahwa ..."): only a word that is nothing else; English "that" is also
    #: a relative pronoun ("The man that police called ...") and opens no such clause.
    clause_openers: frozenset[str] = frozenset()
    #: Words that turn a speech verb's complement into a request: "agar" anywhere near its
    #: start, "untuk" / "to" as its first word.
    directives: frozenset[str] = frozenset()
    directives_first: frozenset[str] = frozenset()
    #: Verb forms after a comma whose speaker is the sentence's subject: "saying".
    participles: frozenset[str] = frozenset()
    #: Nouns after a source word that name a record, not a speaker: "menurut data …".
    records: frozenset[str] = frozenset()
    #: Nouns of a document a body issues or keeps, after its issuer's name in a source
    #: phrase ("according to FEC filings", "a CNN/WMUR poll"): with the records, the only
    #: nouns that make the name the source ("according to Smith aides" names the aides).
    documents: frozenset[str] = frozenset()
    #: Nouns for what a body issues or who speaks for it, standing between its name and the
    #: speech verb: "a Defence Ministry statement said", "a Navy spokesman said" are the
    #: ministry and the navy speaking.
    issued: frozenset[str] = frozenset()
    #: Marks between a headline's speaker and their words: "Andi: Kami siap".
    colons: frozenset[str] = frozenset()
    #: Words of a line whose closing colon hands over a text someone wrote or sent, shown
    #: below it ("Pesan hoax tersebut berbunyi:", "The message reads:"): the text is a
    #: statement with no speaker (silang.compare.quotes). A line with none ("Jadwal
    #: pertandingan:") heads a list or a schedule, no statement.
    displays: frozenset[str] = frozenset()
    #: Verbs that issue a statement named by an ``issued`` noun after them, which a clause
    #: opener then tells: "memberikan keterangan, bahwa …", "membuat klaim bahwa …".
    issuing: frozenset[str] = frozenset()
    #: Words right before a speech verb that say the statement was not made: a negation
    #: ("tidak pernah mengatakan bahwa …", "never said that …") or a refusal ("menolak
    #: mengatakan …", "declined to say …"). What follows is no statement of the subject.
    unsaid: frozenset[str] = frozenset()
    #: An auxiliary that may stand between an ``unsaid`` word and the verb ("pernah", "to").
    unsaid_aux: frozenset[str] = frozenset()
    #: Passive speech verbs that also declare a state ("Dinyatakan bersalah", declared
    #: guilty): fronted with no agent word, the capitalised word after one is the state.
    state_passives: frozenset[str] = frozenset()
    #: A possessive clitic that turns a source word into a pronoun: "menurut" + "nya".
    pronoun_suffixes: tuple[str, ...] = ()
    #: Pronouns that can stand for a speaker, with what they can stand for.
    pronouns: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Titles and honorifics (multi-word ones joined by a space), with their kind.
    titles: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: The longest title in words.
    title_words: int = 1
    #: A title's short form and the title it stands for ("dr" is "dokter").
    title_forms: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Capitalised words that belong to an office, not a name: "Keuangan", "Foreign".
    office_words: frozenset[str] = frozenset()
    #: Determiners of a phrase that points back ("sang", "the" / "itu", "tersebut").
    anaphor_before: frozenset[str] = frozenset()
    anaphor_after: frozenset[str] = frozenset()
    #: Nouns heading such a phrase besides titles, with what they stand for.
    anaphor_nouns: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Channel regexes (kind, pattern), case-insensitive.
    channels: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: Nouns after which a quoted phrase is a title of a work: "film", "book".
    work_nouns: frozenset[str] = frozenset()
    #: Capitalised words that are not names: sentence openers, days, months, feasts.
    not_names: frozenset[str] = frozenset()
    #: Days, months and feasts: a run of capitalised words ending in one is no name.
    time_words: frozenset[str] = frozenset()
    #: Words that open or close organisation and place names.
    org_heads: frozenset[str] = frozenset()
    org_tails: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    place_tails: frozenset[str] = frozenset()
    #: Gazetteers: casefolded name → kind ("place" or "organisation").
    gazetteer: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: The longest gazetteer name in words.
    gazetteer_words: int = 1
    #: Known aliases (casefolded alias → full name as written).
    aliases: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Phrases between a full name and its nickname: "yang akrab disapa", "known as".
    alias_cues: tuple[str, ...] = ()
    #: Lower-case words allowed inside person and organisation names.
    person_connectors: frozenset[str] = frozenset()
    org_connectors: frozenset[str] = frozenset()
    #: Suffixes that are not part of a name: "-nya", "'s".
    clitics: tuple[str, ...] = ()
    #: Words before a place: "di", "in".
    place_prepositions: frozenset[str] = frozenset()
    #: Lower-case words before a name that persons do not take: "the".
    non_person_determiners: frozenset[str] = frozenset()
    #: Whether an office's organisation or place comes before its title ("UNHCR spokesperson
    #: Olga Sarrazin") rather than between the title and the name ("Bupati Tanah Merah Andi").
    affiliation_first: bool = False
    #: Words that end a speaker's phrase after a verb ("kepada", "in"), and sentence
    #: connectives that are not part of a descriptive speaker ("namun", "but").
    phrase_ends: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()
    #: Connectives that after a noun modify it ("Direktur sebelumnya", "the previous
    #: director"): they end a described speaker as part of it, not as the predicate's adverb.
    postnominal: frozenset[str] = frozenset()
    #: Lower-case words that follow a common noun, not a name ("Tahun lalu", "hari itu").
    noun_after: frozenset[str] = frozenset()
    #: Pronouns that are also name syllables ("Liu He").
    name_pronouns: frozenset[str] = frozenset()
    #: The prepositions between a document and its issuer ("a statement from the police"),
    #: and those after which the issuer must be named or opened by an article ("of the
    #: organisers", not "a statement of intent").
    issuer_prepositions: frozenset[str] = frozenset()
    issuer_named_after: frozenset[str] = frozenset()
    #: Prepositions that end a figure's counted phrase after a speech verb besides the
    #: phrase-end words ("added 16 points for the Hawks", "menambahkan dua tersangka ke
    #: daftar"): "for" after a speaker belongs to the speaker ("a spokesman for the agency").
    figure_ends: frozenset[str] = frozenset()
    #: Speech verbs that also take a figure as their object ("Hillis added 101 yards on the
    #: ground", "menambahkan dua tersangka ke daftar"); "said" takes none, so a figure after it
    #: opens the clause said ("said 40 people in the building were evacuated").
    figure_verbs: frozenset[str] = frozenset()
    #: Spelled numbers of the pack's figures_numbers.tsv that make or go on with a figure
    #: ("three", "dua", "hundred", "puluh"); a count of none ("no", "zero") is left out, as
    #: "said no one was hurt" opens a clause.
    number_words: frozenset[str] = frozenset()
    #: Nouns of a length of time (the pack's figures_units.tsv rows of a time unit: "hours",
    #: "jam") and the words after one that date from an event ("after", "setelah"): "menegaskan
    #: empat jam setelah serangan … adalah" counts no object, it opens a time phrase.
    time_units: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    #: Words near a sentence's start that make it go on with the sentence before ("Termasuk
    #: …", "Smartphone ini juga …"): the statement it closes began there.
    continuations: frozenset[str] = frozenset()
    #: A word that joins the last of a series of predicates ("and", "dan"): a speech verb
    #: after it shares the subject of the series' first predicate.
    coordinators: frozenset[str] = frozenset()
    #: A form of "be" right before a speech verb makes it passive ("The fire was reported",
    #: "Police were called"): its subject is what was said or who was told, not a speaker.
    #: None in Indonesian, whose passive is a prefix ("dilaporkan").
    passive_auxiliaries: frozenset[str] = frozenset()
    #: Words opening a sentence that announce a statement to follow ("Berikut penjelasannya:
    #: …", "Here is the agency's statement: …").
    cataphorics: frozenset[str] = frozenset()
    #: Words that, after a mid-sentence attribution, open another act of the speaker done
    #: with the saying ("…, terangnya, sekaligus membantah …", "sambil"): the statement is
    #: the clause before the attribution.
    concurrent: frozenset[str] = frozenset()
    #: Words opening a noun phrase set off by a comma after a speaker's name ("…, said Ann
    #: Lee, a professor of law", "…, kata Budi, seorang petani"): the speaker's apposition,
    #: not the rest of the statement.
    appositions: frozenset[str] = frozenset()
    #: Speech verbs written like a plural noun ("states", "calls", "tweets"): one is a verb
    #: only right after the last word of its subject (extract.quotes_speaker.verb_after_subject).
    noun_forms: frozenset[str] = frozenset()
    #: Relative pronouns that stand as a clause's subject ("the study, which notes …").
    relative_subjects: frozenset[str] = frozenset()
    #: Possessive determiners ("its", "his"): one opening a phrase set off after a speaker's
    #: name describes the speaker ("…, said David Gilbert, its president"). None in
    #: Indonesian, whose possessive is a clitic ("ketuanya").
    possessives: frozenset[str] = frozenset()
    #: Prepositions after which a short Title Case quotation is a programme's title, as after
    #: a work noun: 'said on "Meet the Press"'. None in Indonesian, which names the work
    #: ('di acara "Mata Air"': a work noun).
    title_prepositions: frozenset[str] = frozenset()
    #: Auxiliaries, modals, copulas and aspect words ("has", "would", "sudah", "adalah"),
    #: and the endings of regular past verbs ("-ed"): words that show a clause, not a bare
    #: noun phrase. No Indonesian ending: its verbs' prefixes open many nouns too.
    predicates: frozenset[str] = frozenset()
    #: Verbs of speaking or appearing before a title preposition ("said on", "appeared on"):
    #: only after one is the Title Case quotation a programme ("insisted on "No Surrender"").
    title_verbs: frozenset[str] = frozenset()
    predicate_endings: tuple[str, ...] = ()
    #: Prefixes of an active verb that takes an object ("me-": "menangani"): in a relative
    #: clause after a pointing noun ("dokter yang menangani korban itu") a determiner at the
    #: clause's end may close the object, not the noun. None in English, whose determiner
    #: stands before its noun.
    object_prefixes: tuple[str, ...] = ()
    #: Infinitive markers ("to"): a pronoun, a few verbs and one of these before a speech
    #: verb ("He went on to say") make the pronoun the verb's subject.
    infinitives: frozenset[str] = frozenset()
    #: A regex that finds any channel cue (all of ``channels`` joined), for a quick test.
    any_channel: re.Pattern[str] = field(default_factory=_never)
    # Unions of the lists above that hot paths test a word against, built once at load
    # (see ``_with_unions``) rather than on every sentence.
    #: Words after a source's name that describe, join or place it, opening no content.
    source_describers: frozenset[str] = frozenset()
    #: Words after a name that end its phrase, open a relative clause or an apposition.
    name_describers: frozenset[str] = frozenset()
    #: Words after a headline's verb that make the verb no speech verb ("Says In …").
    headline_stops: frozenset[str] = frozenset()
    #: Words that join or end a phrase, making two phrases between names, not one post.
    phrase_joins: frozenset[str] = frozenset()


def _rows(code: str, filename: str, allowed: frozenset[str]) -> list[tuple[str, str]]:
    return [
        (key, value)
        for key, value in read_table(code, filename)
        if _check(code, filename, key, allowed)
    ]


def _words(code: str, filename: str) -> frozenset[str]:
    return frozenset(" ".join(line.casefold().split()) for line in read_lines(code, filename))


def _by_role(rows: list[tuple[str, str]], role: str) -> frozenset[str]:
    return frozenset(value.casefold() for key, value in rows if key == role)


def load_quotes_lexicon(code: str) -> QuotesLexicon:
    """Build the quotes lexicon of language ``code`` from its pack folder's data files."""
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code, SUPPORTED)
    verbs = _rows(code, "quotes_verbs.tsv", VERB_ROLES)
    titles = {
        " ".join(value.casefold().split()): kind
        for kind, value in ((kind, value) for value, kind in read_table(code, "quotes_titles.tsv"))
        if _check(code, "quotes_titles.tsv", kind, TITLE_KINDS)
    }
    pronouns = {
        word.casefold(): kind
        for word, kind in read_table(code, "quotes_pronouns.tsv")
        if _check(code, "quotes_pronouns.tsv", kind, PRONOUN_KINDS)
    }
    anaphors = _rows(code, "quotes_anaphors.tsv", ANAPHOR_KINDS)
    channels = []
    for kind, source in read_table(code, "quotes_channels.tsv"):
        pattern = source.replace("%NAME%", NAME_PATTERN)
        try:
            channels.append((kind, re.compile(pattern, re.IGNORECASE)))
        except re.error as exc:
            raise ValueError(
                f"lang/{code}/quotes_channels.tsv: bad regex {source!r}: {exc}"
            ) from exc
    gazetteer: dict[str, str] = {}
    for line in (*read_lines(code, "cities.txt"), *read_lines(code, "entities_places.txt")):
        gazetteer[" ".join(line.casefold().split())] = "place"
    for line in (*read_lines(code, "outlets.txt"), *read_lines(code, "entities_organisations.txt")):
        gazetteer.setdefault(" ".join(line.casefold().split()), "organisation")
    cues = _rows(code, "entities_cues.tsv", CUE_KINDS)
    phrase = _rows(
        code,
        "quotes_phrase_words.tsv",
        frozenset(
            {
                "end",
                "connective",
                "postnominal",
                "noun-after",
                "name-pronoun",
                "issuer-preposition",
                "issuer-named-after",
                "concurrent",
                "apposition",
                "continuation",
                "infinitive",
                "figure-end",
                "figure-verb",
                "relative",
                "cataphoric",
                "coordinator",
                "passive-aux",
                "relative-subject",
                "possessive",
                "title-preposition",
                "predicate",
                "predicate-ending",
                "title-verb",
                "object-prefix",
            }
        ),
    )
    lexicon = QuotesLexicon(
        code=code,
        inverted=_by_role(verbs, "inverted"),
        headline_verbs=_by_role(verbs, "headline"),
        headline_openers=_by_role(verbs, "headline-opener"),
        finite=_by_role(verbs, "finite"),
        pronominal=_by_role(verbs, "pronominal"),
        passive=_by_role(verbs, "passive"),
        agents=_by_role(verbs, "agent"),
        sources=_by_role(verbs, "source"),
        complementisers=_by_role(verbs, "complementiser"),
        clause_openers=_by_role(verbs, "clause-opener"),
        directives=_by_role(verbs, "directive"),
        directives_first=_by_role(verbs, "directive-first"),
        pronoun_suffixes=tuple(sorted(_by_role(verbs, "pronoun-pos"))),
        participles=_by_role(verbs, "participle"),
        records=_by_role(verbs, "record"),
        documents=_by_role(verbs, "record") | _by_role(verbs, "document"),
        issued=_by_role(verbs, "issued"),
        colons=_by_role(verbs, "colon"),
        displays=_by_role(verbs, "display"),
        issuing=_by_role(verbs, "issuing"),
        unsaid=_by_role(verbs, "unsaid"),
        unsaid_aux=_by_role(verbs, "unsaid-aux"),
        pronouns=pronouns,
        titles=titles,
        title_words=max((len(t.split()) for t in titles), default=1),
        title_forms={
            short.casefold(): full.casefold()
            for short, full in read_table(code, "quotes_title_forms.tsv")
        },
        office_words=_words(code, "quotes_office_words.txt"),
        anaphor_before=_by_role(anaphors, "before"),
        anaphor_after=_by_role(anaphors, "after"),
        anaphor_nouns={
            value.casefold(): key for key, value in anaphors if key not in ("before", "after")
        },
        channels=tuple(channels),
        work_nouns=_words(code, "quotes_work_nouns.txt"),
        not_names=_words(code, "entities_not_names.txt") | _words(code, "entities_times.txt"),
        time_words=_words(code, "entities_times.txt"),
        org_heads=_words(code, "entities_org_heads.txt"),
        org_tails=_words(code, "entities_org_tails.txt"),
        place_heads=_words(code, "entities_place_heads.txt"),
        place_tails=_words(code, "entities_place_tails.txt"),
        gazetteer=gazetteer,
        gazetteer_words=max((len(name.split()) for name in gazetteer), default=1),
        aliases={
            alias.casefold(): full for alias, full in read_table(code, "entities_aliases.tsv")
        },
        alias_cues=tuple(
            sorted((v.casefold() for k, v in cues if k == "alias"), key=len, reverse=True)
        ),
        person_connectors=frozenset(v for k, v in cues if k == "connector-person"),
        org_connectors=frozenset(v for k, v in cues if k == "connector-organisation"),
        clitics=tuple(sorted((v for k, v in cues if k == "clitic"), key=len, reverse=True)),
        place_prepositions=frozenset(v for k, v in cues if k == "place-preposition"),
        non_person_determiners=frozenset(v for k, v in cues if k == "not-person-determiner"),
        affiliation_first=("order", "affiliation-title-name") in cues,
        phrase_ends=_by_role(phrase, "end"),
        connectives=_by_role(phrase, "connective"),
        postnominal=_by_role(phrase, "postnominal"),
        noun_after=_by_role(phrase, "noun-after"),
        name_pronouns=_by_role(phrase, "name-pronoun"),
        issuer_prepositions=_by_role(phrase, "issuer-preposition"),
        issuer_named_after=_by_role(phrase, "issuer-named-after"),
        figure_ends=_by_role(phrase, "figure-end"),
        figure_verbs=_by_role(phrase, "figure-verb"),
        number_words=_number_words(code),
        time_units=frozenset(
            word.casefold()
            for word, unit in read_table(code, "figures_units.tsv")
            if unit.split("\t")[0].strip() in TIME_UNITS and " " not in word
        ),
        relatives=_by_role(phrase, "relative"),
        continuations=_by_role(phrase, "continuation"),
        infinitives=_by_role(phrase, "infinitive"),
        cataphorics=_by_role(phrase, "cataphoric"),
        coordinators=_by_role(phrase, "coordinator"),
        concurrent=_by_role(phrase, "concurrent"),
        appositions=_by_role(phrase, "apposition"),
        passive_auxiliaries=_by_role(phrase, "passive-aux"),
        relative_subjects=_by_role(phrase, "relative-subject"),
        possessives=_by_role(phrase, "possessive"),
        title_prepositions=_by_role(phrase, "title-preposition"),
        predicates=_by_role(phrase, "predicate"),
        title_verbs=_by_role(phrase, "title-verb"),
        predicate_endings=tuple(sorted(_by_role(phrase, "predicate-ending"))),
        object_prefixes=tuple(sorted(_by_role(phrase, "object-prefix"))),
        noun_forms=_by_role(verbs, "noun-form"),
        any_channel=re.compile(
            "|".join(f"(?:{p.pattern})" for _, p in channels) or "(?!)", re.IGNORECASE
        ),
        state_passives=_by_role(verbs, "state-passive"),
    )
    return _with_unions(lexicon)


def _with_unions(lexicon: QuotesLexicon) -> QuotesLexicon:
    """``lexicon`` with its union fields filled from the lists they join."""
    describers = lexicon.phrase_ends | lexicon.relative_subjects | lexicon.appositions
    return replace(
        lexicon,
        source_describers=describers | lexicon.coordinators | lexicon.issuer_prepositions,
        name_describers=describers,
        headline_stops=lexicon.phrase_ends | lexicon.place_prepositions | lexicon.predicates,
        phrase_joins=lexicon.phrase_ends | lexicon.connectives | lexicon.anaphor_before,
    )


def _number_words(code: str) -> frozenset[str]:
    """The spelled numbers of figures_numbers.tsv (a value or an operation on one), without
    those worth nothing, articles, joiners and fractions."""
    values, ops, _ = read_numbers(code)
    return frozenset(w.casefold() for w, v in values.items() if v) | {w.casefold() for w in ops}


def _check(code: str, filename: str, kind: str, allowed: frozenset[str]) -> bool:
    """True for a row kind the file may hold (a filter of its rows); an unknown one is an
    error in the pack."""
    if kind not in allowed:
        raise ValueError(
            f"lang/{code}/{filename}: unknown kind {kind!r} (expected one of {sorted(allowed)})"
        )
    return True
