"""Quote groups: the same statement across a story's articles, and how its versions differ.

Quotations are grouped by their words and speakers; a quotation that holds statements other
outlets quote apart is a version of each, cut to the sentences that tell it (_narrowed); a
group then takes in the passages of other articles that tell one of its quotations without
quote marks (quotes_retold). The sentences between two statements of one speaker in an
article are told on that speaker's word, and join a group as its versions (_enclosed)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations, pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from silang.compare.glossary import Glossary, key_terms, load_glossary
from silang.compare.quotes_retold import (
    Words,
    index_words,
    repeated_words,
    retold_in,
    retold_sentences,
    sentence_spans,
    sentence_words,
    word_runs,
)
from silang.compare.speakers import (
    SpeakerWords,
    StoryNames,
    may_be_one,
    names_no_one,
    same_person,
)
from silang.compare.text import figures, negated, sentence_at, words
from silang.extract.quotes import reported_around
from silang.extract.quotes_speaker import Word, phrase_key
from silang.model import Annotated, Quote, QuoteGroup, QuoteVersion

#: token_set_ratio at or above which two quotes are one statement whoever says them; on
#: examples/banjir-lembah-sari the rewordings of one statement score 70+, distinct ones < 60.
SAME_WORDS = 70.0
#: A lower bar when the speakers match and the quotes share a number (a translation or a
#: reworded version of the same figure).
SAME_SPEAKER_AND_NUMBER = 35.0
#: Two people's quotes are one statement only when their words, sorted, are this alike too
#: (token_sort_ratio): the misattributed version in examples/banjir-lembah-sari scores 85
#: against its group; two officials' similar lines on Pratiwi dev topics 5 and 7 score 59 or less.
OTHER_SPEAKER_SORTED = 70.0
#: A person's words quoted by one outlet are a part of another's longer quote of someone
#: described when they align with it at this partial_ratio (word for word, give or take a
#: comma).
TOLD_INSIDE = 95.0
#: Quotes shorter than this many characters ("kata dia") carry too little to match on
#: fuzzy scores ...
MIN_CHARS = 20
#: ... and match only when one person says the very same words in quote marks, or a run of
#: the other quotation's words, of this many words at least: a witness recalling someone's
#: cry "He has a gun" in two outlets (ECB+ dev topic 33), an official's "Hoax seribu persen"
#: of his "Itu hoax seribu persen" (Pratiwi dev topic 5). Short reported speech is left out:
#: its words are the reporter's, and a noun taken for a speech verb makes some ("Gulf states
#: of Oman and the UAE", ECB+ dev topic 20). Three words (four until 2026-11-24) is weak
#: evidence on its own: only the same speaker in both versions guards it.
SHORT_WORDS = 3
#: A version holds a part of a statement quoted in parts when it says this share of the
#: part's words: on Pratiwi dev topic 3 the whole statement says every word of each part.
HELD_SHARE = 0.8
#: A sentence is told alike in two quotes of one person when it has this many words of
#: three letters or more ("He has common sense"; not "I don't know").
SENTENCE_WORDS = 3
#: Across languages words cannot be compared, only names, numbers, shared concepts and words
#: spelt alike ("data"). A statement of one speaker needs this many in common; one given to
#: another speaker needs one more. On examples/banjir-lembah-sari the translated statements
#: share 2-4 such terms and distinct statements of one speaker share at most 1.
SHARED_ACROSS = 2
#: One person's statement reworded in the same language ("I don't think Brian Nichols won"
#: for "I believe Brian Nichols did not win", ECB+ dev topic 3) keeps this many of its key
#: terms (glossary.key_terms: names, numbers, concepts such as =win, stems) ...
SAME_TERMS = 3
#: ... and they are this share of the terms of the shorter quote.
REWORDED_SHARE = 0.75


@dataclass(frozen=True)
class _Candidate:
    article_id: str
    start: int
    end: int
    text: str
    #: Who said it, for comparing speakers: None where the article names no one (also where
    #: its "speaker" is a document, speakers.names_no_one).
    speaker: str | None
    #: The speaker read for comparing (speakers.speaker_words), once per candidate: None
    #: where ``speaker`` is.
    who: SpeakerWords | None
    #: The speaker as the article gives it, for the version.
    shown: str | None
    words: str
    numbers: frozenset[str]
    negated: bool
    language: str | None
    terms: frozenset[str]
    #: Its sentences of SENTENCE_WORDS words or more, as their words: one person's two
    #: quotes that share one are one statement told at two lengths (ECB+ dev topic 19: a
    #: sister's "He has common sense" closes one outlet's quote and opens another's).
    sentences: frozenset[str]
    #: Whether the speaker is firm enough to accuse another outlet of misattribution
    #: (_firm_speaker).
    firm: bool
    #: Whether it is a quotation in quote marks.
    direct: bool
    #: Whether its speaker is the resolver's guess: the article names the speaker by a
    #: pronoun or a title at the quotation, or at the one it carries the speaker from
    #: (_guessed).
    guessed: bool = False
    #: Everyone the sentence of its attribution names beside its speaker (_attribution_names):
    #: "said Trend Micro researcher Paul Ferguson" names Ferguson whatever the speaker read.
    beside: tuple[SpeakerWords, ...] = ()
    #: Whether its speaker is written as a name (_named): read once here, as every version
    #: is compared with many (dataclasses.replace reads it again for a new speaker).
    named: bool = field(init=False)
    #: ``words`` split into tokens, read once (the longest common subsequences of _told_run).
    tokens: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        named = self.speaker is not None and _written_as_name(self.speaker)
        object.__setattr__(self, "named", named)
        object.__setattr__(self, "tokens", tuple(self.words.split()))


def _big_number(term: str) -> bool:
    return term.startswith("#") and len(term.split(".", 1)[0]) > 3


def _matches_across(a: _Candidate, b: _Candidate) -> bool:
    """Two quotes in different languages: the same statement when they share enough names,
    numbers and concepts (a figure of three or more digits counts twice)."""
    shared = a.terms & b.terms
    weight = len(shared) + sum(_big_number(t) for t in shared)
    needed = SHARED_ACROSS if same_person(a.who, b.who) else SHARED_ACROSS + 1
    return weight >= needed


def _full_name(speaker: str | None) -> bool:
    """A speaker named by two words or more: a one-word "speaker" ("Onk" from a title, "Mereka")
    is too often an extraction slip to accuse an outlet of misattribution."""
    return speaker is not None and len([w for w in words(speaker).split() if len(w) > 2]) > 1


def _firm_speaker(item: Annotated, quote: Quote, named: Quote | None) -> bool:
    """Whether a quote's speaker is a person named by name, firm enough to say that another
    outlet gives the words to someone else. Not firm: a speaker the article names by a
    pronoun, a title or a description at the quote ("he", "a local barber"), and a body or
    outlet ("New York Times" taken from "according to the New York Times"): on ECB+ dev
    topic 19 all three flagged versions were such guesses, and the quote was one person's. A
    quote with no speaker mention of its own is carried over from the quote before it and is
    as firm as that quote's mention: "she said" resolved to the nearest man, then carried to
    the next paragraph's quotation, is still a guess (ECB+ topic 4: a pin-up's words given
    to the photographer named before "she"). A record with no mention and none before it
    (made by hand) is judged by its speaker's name alone; a description carried over ("a
    local barber") is no name. ``named`` is the quote that names the speaker (_naming)."""
    speaker = quote.speaker
    if speaker is None or not _full_name(speaker) or not _written_as_name(speaker):
        return False
    if any(e.kind != "person" and words(e.name) == words(speaker) for e in item.entities):
        return False
    if named is None:
        return True
    start, end = named.speaker_start or 0, named.speaker_end or 0
    return any(e.kind == "person" and e.start < end and start < e.end for e in item.entities)


def _attribution_names(
    item: Annotated, named: Quote | None, names: StoryNames
) -> tuple[SpeakerWords, ...]:
    """The people and bodies named in the sentence of ``named``'s speaker mention, besides
    the mention itself (``named`` as _naming gives it): the attribution's other names. An
    outlet whose attribution names a person has not given that person's words to someone
    else, however the speaker was read from it (ECB+ topic 27: "said Trend Micro advanced
    threat researcher Paul Ferguson" read as Trend Micro's words). Only names joined to the
    mention by words (``_joined``), outside the quote itself."""
    if named is None or named.speaker_start is None or named.speaker_end is None:
        return ()
    start, end = named.speaker_start, named.speaker_end
    sentence = sentence_at(item, start)
    text = item.article.text
    found = (
        names.read(e.name, item.article.id)
        for e in item.entities
        if e.kind != "place"
        and sentence.start <= e.start < sentence.end
        and not (e.start < end and start < e.end)
        and not (e.start < named.end and named.start < e.end)
        and _joined(text, min(e.end, end), max(e.start, start))
    )
    return tuple(w for w in found if w is not None)


#: What may stand between a speaker mention and another name of one attribution: words
#: (hyphened or with an apostrophe: "co-founder"), a possessive, and spaces, no other mark
#: ("said Trend Micro's advanced threat researcher Paul Ferguson"; not "said Eli Ross,
#: rejecting Dana Whitlock", where the comma ends the attribution).
_WORD_OF_NAME = r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
_JOINED = re.compile(
    rf"(?:['\u2019]s)?\s*(?:{_WORD_OF_NAME}(?:\s+{_WORD_OF_NAME})*)?\s*", re.UNICODE
)


def _joined(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between two names, joins them into one attribution."""
    return start <= end and _JOINED.fullmatch(text, start, end) is not None


def _guessed(item: Annotated, named: Quote | None) -> bool:
    """Whether the speaker mention of ``named``, the quote that names a quote's speaker
    (_naming: the quote itself or the one it carries its speaker from), is no entity of the
    article: a pronoun or a title the resolver read as the nearest fitting person."""
    if named is None:
        return False
    start, end = named.speaker_start or 0, named.speaker_end or 0
    return named.speaker is not None and not any(
        e.start < end and start < e.end for e in item.entities
    )


def _naming(item: Annotated, quote: Quote) -> Quote | None:
    """The quote whose speaker mention names ``quote``'s speaker: itself, or the one it
    carries its speaker from (_carried_from); None for a record with neither."""
    if quote.speaker_start is not None and quote.speaker_end is not None:
        return quote
    return _carried_from(item, quote)


def _carried_from(item: Annotated, quote: Quote) -> Quote | None:
    """The quote before ``quote`` in its article that names the same speaker by a mention of
    its own: the one a quotation without an attribution took its speaker from."""
    before = [
        q
        for q in item.quotes
        if q.start < quote.start and q.speaker == quote.speaker and q.speaker_start is not None
    ]
    return max(before, key=lambda q: q.start) if before else None


def _written_as_name(speaker: str) -> bool:
    """Whether every word of four letters or more in ``speaker`` is capitalised, as in a
    name ("Kenneth J. Montgomery", "Abu Hurairah Abdul Salam"), not a description ("a local
    barber", "the police spokeswoman")."""
    return all(w[0].isupper() for w in speaker.split() if len(w) > 3)


def _other_speakers(a: _Candidate, b: _Candidate) -> bool:
    return bool(a.speaker and b.speaker) and not same_person(a.who, b.who)


def _described(a: _Candidate, b: _Candidate) -> bool:
    """Whether one of two speakers is described, not named ("A witness", "a local barber"),
    or named by the resolver's guess for a pronoun ("she said", resolved to the man named
    before it: ECB+ topic 4): that may be the person the other outlet names."""
    return any(c.guessed or (c.speaker and not c.named) for c in (a, b))


def _told_inside(a: _Candidate, b: _Candidate) -> bool:
    """Whether the shorter quote's words stand, in order, inside the longer one (ECB+ dev
    topic 19: one outlet quotes Devonte Brown's first sentence, another all his words and
    gives them to "A witness")."""
    shorter, longer = sorted((a.words, b.words), key=len)
    return fuzz.partial_ratio(shorter, longer) >= TOLD_INSIDE


def _matches(a: _Candidate, b: _Candidate) -> bool:
    if min(len(a.text), len(b.text)) < MIN_CHARS:
        return a.direct and b.direct and _said_within(a, b) and same_person(a.who, b.who)
    if a.language and b.language and a.language != b.language:
        return _matches_across(a, b)
    score = _likeness(a, b)
    if score >= SAME_WORDS and _other_speakers(a, b):
        # Given to two people, a short quote inside a long one ("permen dot tidak mengandung
        # narkoba" in a lab chief's longer words) scores a full token_set_ratio; only words
        # in the same order and measure say that one statement was misattributed. Figures
        # that share nothing say two statements ("gaji ... Rp 62,4 juta" and "tunjangan ...
        # Rp 25 juta" in the money-hoax fixture): a misattributed quote keeps its numbers.
        numbers_differ = bool(a.numbers and b.numbers) and not a.numbers & b.numbers
        return not numbers_differ and (
            fuzz.token_sort_ratio(a.words, b.words) >= OTHER_SPEAKER_SORTED
            or (_described(a, b) and _told_inside(a, b))
        )
    if score >= SAME_WORDS:
        return True
    if not same_person(a.who, b.who):
        return False
    return (
        (score >= SAME_SPEAKER_AND_NUMBER and bool(a.numbers & b.numbers))
        or bool(a.sentences & b.sentences)
        or (a.named and b.named and _same_terms(a, b))
    )


def _likeness(a: _Candidate, b: _Candidate) -> float:
    """How alike two quotes' words are (token_set_ratio). A passage that names no speaker,
    of several sentences and more than twice the other's measure (_measured_alike), is scored
    by its sentence most like the other quote, at most: token_set_ratio reads words as a bag,
    and a long passage holds most words of any short line on its topic ("Pokemon Go bisa
    mengakibatkan kecelakaan" scored 79 against a 90-word essay on language, misread as a
    quotation, whose sentences say "Pokemon", "bisa" and "mengakibatkan" apart: Pratiwi
    topic 8, no gold brief). A speaker's own quotation keeps the bag: an outlet sums up in
    one sentence what the speaker said in three (examples/banjir-lembah-sari: "Mulai hari
    ini, warga Pulau Tiga tidak lagi bergantung pada jadwal feri").
    """
    whole = fuzz.token_set_ratio(a.words, b.words)
    shorter, longer = sorted((a, b), key=lambda c: len(c.tokens))
    if (
        longer.speaker is not None
        or len(longer.sentences) < 2
        or _measured_alike(shorter.tokens, longer.tokens)
    ):
        return whole
    # Never above the whole passage's score: a sentence's fewer other words would raise it.
    return min(whole, max(fuzz.token_set_ratio(shorter.words, s) for s in longer.sentences))


def _said_within(a: _Candidate, b: _Candidate) -> bool:
    """Whether the shorter quotation's words are the longer one's, or a run of them: an
    outlet that quotes a few words of a statement quotes them as said."""
    shorter, longer = sorted((a.words, b.words), key=len)
    return f" {shorter} " in f" {longer} "


def _same_terms(a: _Candidate, b: _Candidate) -> bool:
    """Whether one person's two quotes say the same in other words: they share SAME_TERMS
    names, numbers, concepts or stems, the shorter says few others (REWORDED_SHARE), and
    one shared term is a name or number other than the speaker's. Terms of a topic alone
    do not do: a prosecutor's "death penalty rules should be changed" and "prosecutors need
    more leeway ... the death penalty" (ECB+ dev topic 3) are two statements."""
    shared = a.terms & b.terms
    fewer = min(len(a.terms), len(b.terms))
    own = {"@" + w for w in words(a.speaker or "").split()}
    anchored = any(t[0] in "@#" and t not in own for t in shared)
    return anchored and len(shared) >= SAME_TERMS and len(shared) >= REWORDED_SHARE * fewer


def _group(members: list[_Candidate]) -> QuoteGroup:
    read = {m.speaker: m.who for m in members if m.speaker}
    named = [m.speaker for m in members if m.speaker]
    speaker = None
    if named:
        # The majority person, named by the longest form any version gives; a name of short
        # words only ("Ia") matches no other and stands for itself. On a tie a person named
        # by name wins over a description ("Julian Clark" over "a local barber").
        votes = Counter(
            next(
                (n for n in sorted(named, key=len, reverse=True) if same_person(read[n], read[s])),
                s,
            )
            for s in named
        )
        firm = [m.who for m in members if m.firm]
        speaker = max(votes, key=lambda n: (votes[n], any(same_person(read[n], f) for f in firm)))
    chosen = read[speaker] if speaker else None
    common_numbers = Counter(m.numbers for m in members).most_common(1)[0][0]
    common_negation = Counter(m.negated for m in members).most_common(1)[0][0]
    versions = tuple(
        QuoteVersion(
            article_id=m.article_id,
            start=m.start,
            end=m.end,
            text=m.text,
            speaker=m.shown,
            numbers_differ=m.numbers != common_numbers,
            negation_differs=m.negated != common_negation,
            other_speaker=_misattributed(m, chosen, members),
        )
        for m in members
    )
    text = Counter(m.text for m in members).most_common(1)[0][0]
    return QuoteGroup(speaker=speaker, text=text, versions=versions)


def _misattributed(
    member: _Candidate, chosen: SpeakerWords | None, members: list[_Candidate]
) -> bool:
    """Whether ``member`` gives the group speaker's words to someone else: both speakers are
    firm names that share none, and its own words match a version of another article that
    the group's speaker says. A version that reached the group only through other versions
    (a chain of matches through an unattributed passage) says nothing of who said the
    speaker's words (ECB+ topic 4: a film title quoted as "The Notorious Bettie Page"
    matched an agent's and a publisher's quotations alike), nor does a quotation its own
    article gives to that speaker elsewhere. Both versions must be quotations in quote marks:
    reported speech is the reporter's wording of what a person said, and a sentence that
    retells one person's words as another's account ("Budi said Andi had told him the
    bridge would reopen") gives them, rightly, to the one who told them. Nor does an
    attribution that names the group's speaker beside its own (_attribution_names)."""
    if not (member.firm and member.direct) or may_be_one(member.who, chosen):
        return False
    if any(same_person(name, chosen) for name in member.beside):
        return False  # its attribution names the group's speaker too
    return any(
        o.firm
        and o.direct
        and o.article_id != member.article_id
        and same_person(o.who, chosen)
        and not _names_the_other(member, o)
        and _matches(member, o)
        for o in members
    )


def _names_the_other(a: _Candidate, b: _Candidate) -> bool:
    """Whether either quotation names the other's speaker: one person telling what another
    said or decided ("BPPMI menyatakan bahwa …" in its spokesman's quotation, "Andi told me
    the bridge …" in a neighbour's) gives the words rightly to the one who tells them, and a
    spokesman's words are his body's."""
    for said, other in ((a, b), (b, a)):
        names = other.who.names if other.who else ()
        quoted = f" {said.words} "
        if any(len(name) > 2 and f" {name} " in quoted for name in names):
            return True
    return False


def _joins(candidate: _Candidate, group: list[_Candidate]) -> bool:
    """Whether ``candidate`` is a version of ``group``'s statement. A candidate given to one
    person joins a group whose named versions are all another person's only by matching one
    of those: matching an unattributed member alone would chain two people's words through
    a short line both share (Pratiwi dev topic 4: a protest banner's "tindak tegas pembakaran
    reyog di KJRI Davao" joined an organiser's and a ministry spokesman's statements). Only
    speakers written as names exclude each other: a speaker described ("the navy", "an
    officer") may be the one another outlet names or describes otherwise (ECB+ dev topic 12).

    Versions are told by other articles: two quotations of one article are two statements
    of it (ECB+ dev topic 3: a prosecutor's "The community has spoken" matched his next,
    longer sentence on its common words), unless a version elsewhere holds both (_placed)."""
    others = [m for m in group if m.article_id != candidate.article_id]
    if candidate.named:
        named = [m for m in others if m.named]
        if named and not any(same_person(candidate.who, m.who) for m in named):
            return any(_matches(candidate, m) for m in named)
    return any(_matches(candidate, m) for m in others)


def _holds(whole: _Candidate, part: _Candidate) -> bool:
    """Whether ``whole`` says all but a few of ``part``'s words."""
    inside = set(whole.tokens)
    said = part.tokens
    return sum(w in inside for w in said) >= HELD_SHARE * len(said)


def _holds_group(candidate: _Candidate, group: list[_Candidate], anyone: bool = False) -> bool:
    """Whether ``candidate`` matches and holds the whole of one of ``group``'s versions in
    another article: one its own speaker says, or with ``anyone``, whoever says it."""
    return any(
        (anyone or same_person(candidate.who, m.who))
        and _matches(candidate, m)
        and _holds(candidate, m)
        for m in group
        if m.article_id != candidate.article_id
    )


def _closeness(candidate: _Candidate, group: list[_Candidate]) -> float:
    return max(
        fuzz.token_set_ratio(candidate.words, m.words)
        for m in group
        if m.article_id != candidate.article_id
    )


def _placed(
    groups: list[list[_Candidate]], candidate: _Candidate, apart: bool = False
) -> list[list[_Candidate]]:
    """``groups`` with ``candidate`` added to the first group it matches. One statement quoted
    in two parts by one outlet ("iPhone 6 mempunyai unibody ..." and "Termasuk, menggunakan
    kaca terkuat ...", Pratiwi dev topic 3) makes two groups, each part matching another
    translation; a version of the same speaker quoting it whole matches both and joins them.
    A match across speakers joins no groups: on tests/compare/fixtures/money-aid it would
    chain an official's lines with a viral message's. A candidate that holds a version of a
    group it does not join is a version there too, beside the group it joins. With
    ``apart`` (a sentence told on its speaker's word, _enclosed), groups that tell another
    statement than the candidate (_told_apart) are passed over, and it joins one group."""
    matched = [
        g for g in groups if not (apart and _told_apart(candidate, g)) and _joins(candidate, g)
    ]
    if not matched:
        return [*groups, [candidate]]
    own = [
        g
        for g in matched
        if any(same_person(candidate.who, m.who) and _matches(candidate, m) for m in g)
    ]
    if apart and not own:
        # A sentence only its neighbours attribute is no version of another speaker's
        # statement: it stands alone (and is left out unless another article tells it).
        return [*groups, [candidate]]
    if apart:
        # A sentence told on its speaker's word joins the one statement it is closest to:
        # it is too weak a version to make two groups one.
        joined = [max(own, key=lambda g: _closeness(candidate, g))]
    elif len(own) > 1 and not _quoted_apart(own):
        # No outlet quotes the groups apart: they are one statement that outlets told in
        # words too unlike to meet before this version, which is like each (ECB+ topic 13: a
        # fire chief's "Within minutes, the roof was engulfed", "In the next minute or two,
        # the entire roof was in flames" and "Within a moment or two, the entire roof was
        # engulfed in flame", three outlets).
        joined = own
    elif len(own) > 1:
        # The version joins the parts it holds whole; one that holds only some of a part
        # (ECB+ dev topic 3: the end of a relative's first statement and her second, where
        # another outlet quotes them apart) is a version of the statement it is closest to.
        whole = [g for g in own if _holds_group(candidate, g)]
        joined = whole if len(whole) > 1 else [max(own, key=lambda g: _closeness(candidate, g))]
    else:
        # A version joins the group its own speaker says it in before one it reaches only
        # through a version with no speaker (ECB+ topic 4: an agent's second sentence,
        # quoted alone, and the first sentence's group, which holds an outlet's unattributed
        # quotation of both).
        joined = own or matched[:1]
    # A quotation that holds a version of another group, which it does not join, is a
    # version of that statement too (ECB+ dev topic 4: an outlet's quotation, with no
    # speaker, of an agent's two sentences, which other outlets quote apart); _narrowed
    # later shows in each group the sentences that tell its statement.
    beside = [
        g
        for g in matched
        if not apart and not any(g is h for h in joined) and _holds_group(candidate, g, True)
    ]
    # A quotation shown beside two groups (above) is one member of both: once in the merge.
    merged = [*{id(m): m for g in joined for m in g}.values(), candidate]
    return [
        merged if g is joined[0] else [*g, candidate] if any(g is h for h in beside) else g
        for g in groups
        if not any(g is h for h in joined[1:])
    ]


def _told_apart(candidate: _Candidate, group: list[_Candidate]) -> bool:
    """Whether ``group`` tells another statement than ``candidate``, a sentence told on its
    speaker's word with no attribution of its own (_enclosed): the group holds a version of
    the candidate's article already, which tells each statement once, or one whose figures
    or negation differ from it ("Pengujian pertama, permen lolos uji empat parameter" and
    "pengujian kedua … 16 parameter"; the reporter's "1.200 warga ... 14 posko" beside a
    minister's "1.500 ... 14 posko"). A quotation whose figure differs is a version that
    changes it; a sentence that only the speaker's words around it attribute is not read so
    boldly: its figures and its negation are what it tells."""
    return any(
        m.article_id == candidate.article_id
        or candidate.numbers != m.numbers
        or candidate.negated != m.negated
        for m in group
    )


def _quoted_apart(groups: list[list[_Candidate]]) -> bool:
    """Whether an article has a version in two of ``groups``: it quotes them apart, as two
    statements or two parts of one. A quotation shown in several of them (beside a group,
    ``_placed``) quotes them together, not apart."""
    shown = Counter(id(m) for group in groups for m in group)
    seen: set[str] = set()
    for group in groups:
        articles = {m.article_id for m in group if shown[id(m)] == 1}
        if articles & seen:
            return True
        seen |= articles
    return False


def _statements(group: list[_Candidate]) -> list[list[_Candidate]]:
    """``group`` cut into its statements when two articles or more each quote two of them
    apart (ECB+ dev topic 19: a councilman's "Tonight was a peaceful vigil …" and "The youth
    in this community …" are two quotations in two outlets and one in a third). Every
    quotation of those articles, shortest first, is a statement of its own unless it matches
    one taken before it: outlets that quote apart different sentences of one longer statement
    give each of them (ECB+ dev topic 35: one outlet quotes a team official's first two
    sentences apart, another his second and third, a third all of them in one quotation),
    where one outlet's quotations alone gave two statements and put the third sentence with
    the closest. A longer quotation that holds several is a version of each it matches.
    Every other version joins each statement it matches (the third outlet's, all), or the
    closest. One outlet quoting a statement in parts does not cut it (_placed)."""
    by_article: dict[str, list[_Candidate]] = {}
    for member in group:
        by_article.setdefault(member.article_id, []).append(member)
    apart = [
        quoted
        for quoted in by_article.values()
        if len(quoted) > 1 and not any(_matches(a, b) for a, b in combinations(quoted, 2))
    ]
    if len(apart) < 2:
        return [group]
    seeds = [seed for quoted in apart for seed in quoted]
    parts: list[list[_Candidate]] = []
    for seed in sorted(seeds, key=lambda m: len(m.words)):
        homes = [part for part in parts if _matches(seed, part[0])]
        for part in homes:
            part.append(seed)
        if not homes:
            parts.append([seed])
    for member in group:
        if any(member is seed for seed in seeds):
            continue
        homes = [part for part in parts if _matches(member, part[0])] or [
            max(parts, key=lambda part: fuzz.token_set_ratio(member.words, part[0].words))
        ]
        for part in homes:
            part.append(member)
    return parts


def _continued(
    member: _Candidate, group: list[_Candidate], item: Annotated, glossary: Glossary
) -> _Candidate:
    """``member`` with the sentence after it when that sentence goes on with the statement:
    reported speech stops at its sentence's end, and an outlet may tell the rest of the
    statement in the next sentence with no speech verb of its own ("Apple mengatakan akan
    memberikan ganti rugi … . Namun mereka akan melihatnya secara kasus per kasus …",
    Pratiwi dev topic 3), where another outlet tells all of it in one quotation. The next
    sentence is the statement's when HELD_SHARE of its words are a version's of another
    article that ``member`` does not already say. A quotation in marks ends at its closing
    mark: the prose after it is the reporter's."""
    if member.direct:
        return member
    after = min(
        (s for s in item.sentences if s.start >= member.end), key=lambda s: s.start, default=None
    )
    if after is None:
        return member
    text = item.article.text
    if "\n" in text[member.end : after.start] or any(
        after.start <= q.start < after.end for q in item.quotes
    ):
        return member  # a new paragraph, or a sentence with a quotation of its own
    said = words(text[after.start : after.end]).split()
    if sum(len(w) > 2 for w in said) < SENTENCE_WORDS:
        return member
    own = set(member.tokens)
    new = [w for w in said if w not in own]
    for other in group:
        if other.article_id == member.article_id:
            continue
        elsewhere = set(other.tokens)
        if (
            sum(w in elsewhere for w in said) >= HELD_SHARE * len(said)
            and sum(w in elsewhere for w in new) >= HELD_SHARE * len(new)
            and len(new) >= SENTENCE_WORDS
        ):
            return _part(item, member, (member.start, after.end), glossary)
    return member


def _place(member: _Candidate) -> tuple[str, int, int]:
    return member.article_id, member.start, member.end


def _narrowed(
    groups: list[list[_Candidate]], items: dict[str, Annotated], glossary: Glossary
) -> list[list[_Candidate]]:
    """``groups`` with each version that stands in several of them (a longer quotation that
    holds statements other outlets quote apart: _statements, _placed) cut, in each, to the
    sentences that tell that group's statement (_told_parts), and left out of a group none
    of its sentences tells. A group is one statement: the whole quotation in each would give
    its neighbours' words as this statement's (ECB+ dev topic 35: a team's four-sentence
    statement, quoted whole by one outlet and sentence by sentence by others)."""
    homes: dict[tuple[str, int, int], list[int]] = {}
    for index, group in enumerate(groups):
        for member in group:
            found = homes.setdefault(_place(member), [])
            if index not in found:
                found.append(index)
    shared = {place for place, found in homes.items() if len(found) > 1}
    if not shared:
        return groups
    alone = [[m for m in group if _place(m) not in shared] for group in groups]
    cut: dict[tuple[str, int, int], dict[int, tuple[int, int] | None]] = {}
    for member in (m for group in groups for m in group if _place(m) in shared):
        at = homes[_place(member)]
        if _place(member) not in cut:
            told = _told_parts(member, [alone[i] for i in at])
            cut[_place(member)] = dict(zip(at, told, strict=True))
    result = []
    for index, group in enumerate(groups):
        kept = []
        for member in group:
            span = cut[_place(member)][index] if _place(member) in shared else _place(member)[1:]
            if span == (member.start, member.end):
                kept.append(member)
            elif span is not None:
                kept.append(_part(items[member.article_id], member, span, glossary))
        if kept:  # a group of shared versions only, none telling it, is no statement left
            result.append(kept)
    return result


def _told_parts(member: _Candidate, groups: list[list[_Candidate]]) -> list[tuple[int, int] | None]:
    """For each of ``groups``, the stretch of ``member`` that tells its statement (offsets in
    the article), or None where it tells none of it. A sentence tells the statement of the
    group one of whose versions in another article (in that group alone) says HELD_SHARE of
    its words, where several groups have one, of the closest such version; a sentence no
    group's version says, or too short to tell (SENTENCE_WORDS), goes on with the statement
    before it (the first ones, with the statement after them). Where no group's version says
    any of its sentences, ``member`` stays whole in each."""
    said = [[set(m.tokens) for m in g if m.article_id != member.article_id] for g in groups]
    spans = sentence_spans(member.text)
    owners: list[int | None] = []
    for start, end in spans:
        sentence = words(member.text[start:end]).split()
        if sum(len(w) > 2 for w in sentence) < SENTENCE_WORDS:
            owners.append(None)
            continue
        own = set(sentence)
        # Where versions of several groups say the sentence, it tells the statement of the
        # one most like it, which says least else: a longer quotation that holds it among
        # other statements (an outlet's whole press release) tells it no better than the
        # version that is that sentence. On a tie, the first group.
        told: list[tuple[float, int]] = []
        for index, vocabularies in enumerate(said):
            alike = [
                min(share, sum(w in own for w in v) / len(v))
                for v in vocabularies
                if v and (share := sum(w in v for w in sentence) / len(sentence)) >= HELD_SHARE
            ]
            if alike:
                told.append((max(alike), -index))
        owners.append(-max(told)[1] if told else None)
    known = [o for o in owners if o is not None]
    if not known:
        return [(member.start, member.end)] * len(groups)
    last = known[0]
    for index, owner in enumerate(owners):
        last = owner if owner is not None else last
        owners[index] = last
    parts: list[tuple[int, int] | None] = []
    for index in range(len(groups)):
        mine = [span for span, owner in zip(spans, owners, strict=True) if owner == index]
        parts.append((member.start + mine[0][0], member.start + mine[-1][1]) if mine else None)
    return parts


def _split_off(
    groups: list[list[_Candidate]], items: dict[str, Annotated], glossary: Glossary
) -> list[list[_Candidate]]:
    """``groups`` with each quotation whose first or last sentences another outlet quotes
    apart, as a statement of the same speaker in another group, cut in two: those sentences
    become a version of that statement, the rest stays where it was. A spokesman's written
    account is quoted by one outlet in one quotation ("Anggota piket … melakukan tindakan …
    . Setelah itu, anggota siaga sambil menunggu perkembangan"), by another from its next
    point on; whole, the quotation matched neither the other's quotation nor its own
    speaker's second statement. A sentence tells a statement as _told_run reads it; the
    stretch must be a run at one end, and a statement the quotation's own group tells
    alone elsewhere stays whole."""
    # The words of the quotation each part cut here came from: an article that repeats a
    # quotation (in its lead and its body) has each copy cut alike, and neither the other
    # copy nor the first copy's part is a version of its own that keeps the second whole.
    cut_from: dict[tuple[str, int, int], str] = {}
    for index, group in enumerate(groups):
        for position in range(len(group)):
            if not group[position].direct or group[position].who is None:
                continue
            for other_index, other in enumerate(groups):
                member = group[position]
                if other_index == index or any(
                    m.article_id == member.article_id
                    and not _within(m, member)
                    and member.words not in (m.words, cut_from.get(_place(m)))
                    for m in other
                ):
                    continue
                theirs = _versions_by(member, other)
                cut = _told_run(member, group, theirs, glossary, False) or _told_run(
                    member, group, theirs, glossary, True
                )
                if cut is not None:
                    item = items[member.article_id]
                    group[position] = _part(item, member, cut[1], glossary)
                    cut_from[(member.article_id, *cut[1])] = member.words
                    other.append(_part(item, member, cut[0], glossary))
                    cut_from[(member.article_id, *cut[0])] = member.words
    # A quotation that stood in both groups is cut in each: its parts come once.
    return [list({_place(m): m for m in group}.values()) for group in groups]


#: The fewest words of a clause that _units cuts off at a comma: "Tidak benar terjadi
#: pelemparan Alquran oleh petugas jaga" (8) is a statement, "sama sekali tidak ada" (4) a tag.
CLAUSE_WORDS = 6
#: A comma and the space after it: where a sentence's clauses part (_units).
_CLAUSE_END = re.compile(r",\s+")
#: A capitalised word right after a lower-case one with no stop between them: where an
#: outlet dropped the full stop between two sentences, if the word is a connective (_units).
_GLUED = re.compile(r"(?<=[^\W\d_]) (?=[A-Z][^\W\d_]*\b)")


def _units(text: str, connectives: frozenset[str], clauses: bool) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends in it (sentence_spans), a sentence
    also ending before a capitalised connective that follows a word with no stop ("… yang
    dipublikasikan Jadi kita tidak ada pembahasan …": an outlet that strips full stops);
    with ``clauses``, each sentence cut after each comma where both sides keep CLAUSE_WORDS
    words: a clause long enough to be a statement of its own, not a tag ("Itu tidak ada,",
    "sama sekali tidak ada,") whose few common words any version holds. One outlet ends a
    sentence where another sets a comma ("Tidak benar terjadi pelemparan Alquran oleh
    petugas jaga. Yang ada adalah …" and "… oleh petugas jaga, yang ada adalah …", Pratiwi
    dev topic 9): the clauses are statements another outlet may quote apart."""

    def long(piece: str) -> bool:
        return len(words(piece).split()) >= CLAUSE_WORDS

    sentences = []
    for start, end in sentence_spans(text):
        at = start
        for found in _GLUED.finditer(text, start, end):
            head = text[found.end() :].split(None, 1)[0]
            if head.casefold() in connectives:
                sentences.append((at, found.start()))
                at = found.end()
        sentences.append((at, end))
    if not clauses:
        return sentences
    spans = []
    for start, end in sentences:
        at = start
        for found in _CLAUSE_END.finditer(text, start, end):
            if long(text[at : found.start()]) and long(text[found.end() : end]):
                spans.append((at, found.start() + 1))
                at = found.end()
        spans.append((at, end))
    return spans


def _bridged(
    group: list[_Candidate], items: dict[str, Annotated], glossary: Glossary
) -> list[list[_Candidate]]:
    """``group`` as two statements where one quotation alone joins two sets of versions that
    match nothing of each other, and its sentences or clauses part between them: a run at
    one end that the one set says, the rest the other (_told_run both ways). A spokesman's
    "Terjadi keributan … yang dilakukan oleh tahanan teroris yang mengakibatkan rusaknya
    fasilitas rutan, seperti pintu sel tahanan dijebol, pintu pagar lorong blok, …" is quoted
    by one outlet up to "tahanan teroris", by another from "fasilitas rutan rusak" on
    (Pratiwi dev topic 9): the quotation is a version of each, cut to the part telling it.
    Where one part of the quotation is what both sets say in unlike words (ECB+ topic 13:
    three outlets' words for a roof in flames), it does not part, and the group stays; so
    does one whose sets an outlet quotes apart as two quotations (Pratiwi dev topic 3: the
    parts of one statement, which _placed joins)."""
    if len(group) < 3 or not any(m.direct and m.who is not None for m in group):
        return [group]
    # Whether a later member matches an earlier one, read once for every bridge tried.
    linked = {(i, j) for j, i in combinations(range(len(group)), 2) if _matches(group[i], group[j])}
    for b, bridge in enumerate(group):
        if not bridge.direct or bridge.who is None:
            continue
        rest = [i for i in range(len(group)) if i != b]
        sides = [[group[i] for i in side] for side in _components(rest, linked)]
        if (
            len(sides) != 2
            or any(all(m.article_id == bridge.article_id for m in side) for side in sides)
            or {m.article_id for m in sides[0]} & {m.article_id for m in sides[1]}
        ):
            continue  # an outlet quoting the two apart quotes one statement in parts (_placed)
        first, second = sides
        by_first, by_second = _versions_by(bridge, first), _versions_by(bridge, second)
        for clauses in (False, True):
            to_second = _told_run(bridge, first, by_second, glossary, clauses)
            to_first = _told_run(bridge, second, by_first, glossary, clauses)
            if to_second and to_first and to_second[0] == to_first[1]:
                item = items[bridge.article_id]
                return [
                    [*first, _part(item, bridge, to_first[0], glossary)],
                    [*second, _part(item, bridge, to_second[0], glossary)],
                ]
    return [group]


def _components(members: list[int], linked: set[tuple[int, int]]) -> list[list[int]]:
    """``members`` (a group's indexes, in order) in sets that match each other, directly or
    through others: ``linked`` holds (later, earlier) for each later member that matches an
    earlier one (_matches)."""
    sides: list[list[int]] = []
    for member in members:
        joined = [side for side in sides if any((member, m) in linked for m in side)]
        merged = [m for side in joined for m in side]
        sides = [side for side in sides if not any(side is s for s in joined)]
        sides.append([*merged, member])
    return sides


def _within(part: _Candidate, whole: _Candidate) -> bool:
    """Whether ``part`` is a stretch of the quotation ``whole`` of the same article."""
    return (
        part.article_id == whole.article_id and whole.start <= part.start and part.end <= whole.end
    )


def _connectives(glossary: Glossary, language: str | None) -> frozenset[str]:
    """The connectives of a language's quotes lexicon, which may cut a quotation (_units)."""
    lexicon = glossary.quotes.get(language or "")
    return lexicon.connectives if lexicon else frozenset()


def _versions_by(member: _Candidate, other: list[_Candidate]) -> list[_Candidate]:
    """The words of ``other``'s versions in other articles that ``member``'s speaker says:
    the versions _told_run compares ``member``'s sentences with, read once for both ways of
    cutting them."""
    return [
        m for m in other if m.article_id != member.article_id and same_person(member.who, m.who)
    ]


def _told_run(
    member: _Candidate,
    home: list[_Candidate],
    theirs: list[_Candidate],
    glossary: Glossary,
    clauses: bool,
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans (told, rest) in the article of ``member``'s sentences at one end that a
    version of another group in another article, by the same speaker, says (``theirs``, as
    _versions_by reads them), and of the others;
    None unless both hold a long sentence (SENTENCE_WORDS) and no version of ``home`` says
    the told ones alone. A version says a sentence when it holds HELD_SHARE of its words (as
    _told_parts reads it), or rewords it at its own measure (_measured_alike) as closely as
    two versions of one statement (SAME_WORDS): Antara's "Itu hoax, karena memang banyak
    media sosial membuat informasi, buat dokumen-dokumen yang dibuat mirip milik pemerintah"
    for a transcript's "dokumen yang dibuat seperti mirip dari pemerintah" (Pratiwi dev
    topic 12), on the sentence's content (_on_content)."""
    if not theirs:
        return None  # no version of the same speaker elsewhere says any of it
    # Each long sentence (or clause) as its span, its words and its tokens, read once.
    units: list[tuple[tuple[int, int], str, list[str]]] = []
    for start, end in _units(member.text, _connectives(glossary, member.language), clauses):
        sentence = words(member.text[start:end])
        tokens = sentence.split()
        if sum(len(w) > 2 for w in tokens) >= SENTENCE_WORDS:
            units.append(((start, end), sentence, tokens))
    if len(units) < 2:
        return None
    spans = [span for span, _, _ in units]
    # Their key terms (_on_content), read once, and only where there is a run to cut.
    content = [_content_terms(member.text[a:b], member.language, glossary) for a, b in spans]

    def said(k: int, versions: list[_Candidate]) -> bool:
        # Words held in their order (a longest common subsequence), not as a bag: "Semua
        # tahanan sudah kembali ke sel" is not said by "Sebagian tahanan belum kembali ke
        # sel, semua petugas sudah dikerahkan", which holds all its words but in another order.
        _, sentence, tokens = units[k]
        terms = content[k]
        return any(
            LCSseq.similarity(tokens, v.tokens) >= HELD_SHARE * len(tokens)
            or (
                _measured_alike(tokens, v.tokens)
                and _on_content(tokens, terms, v)
                and fuzz.token_set_ratio(sentence, v.words) >= SAME_WORDS
            )
            for v in versions
        )

    told = [said(k, theirs) for k in range(len(units))]
    if not any(told) or all(told):
        return None
    first = told.index(True)
    last = len(told) - 1 - told[::-1].index(True)
    if (first > 0 and last < len(told) - 1) or not all(told[first : last + 1]):
        return None  # not a run at one end
    kept = [k for k, t in enumerate(told) if not t]
    # The home group's versions elsewhere that say the told sentences without the rest: the
    # told part is its own statement there. One that says the rest too is a quotation of both,
    # like ``member``, and says nothing of where they part.
    ours = [
        m for m in home if m.article_id != member.article_id and not any(said(k, [m]) for k in kept)
    ]
    if any(said(k, ours) for k in range(first, last + 1)):
        return None
    run = spans[first : last + 1]
    at = member.start
    return (at + run[0][0], at + run[-1][1]), (at + spans[kept[0]][0], at + spans[kept[-1]][1])


#: A sentence reworded in another version shares this many of its key terms with it, unless
#: the version says HELD_SHARE of its words (_on_content): on Pratiwi dev topic 12 the
#: rewordings of one minister's short sentences share two ("=hoax", "@menpan"; "buat",
#: "informasi") or say all but one word ("kami sama sekali tidak membahas hal itu").
REWORDED_TERMS = 2


def _on_content(tokens: Sequence[str], terms: frozenset[str], version: _Candidate) -> bool:
    """Whether ``version`` shares with a sentence (its ``tokens`` and key ``terms``) enough
    of its content to reword it: REWORDED_TERMS key terms, or HELD_SHARE of its words. Its
    function words alone do not do: "Dan yang ada di foto itu", a clause that opens a
    spokesman's description of a photograph, has three of its six words in his "memang ada
    sejumlah jemaah yang datang" (Pratiwi topic 5, no gold brief) and a token_set_ratio of 73
    with it, which cut the quotation there once the two were read as one man's."""
    inside = set(version.tokens)
    return len(terms & version.terms) >= REWORDED_TERMS or sum(
        w in inside for w in tokens
    ) >= HELD_SHARE * len(tokens)


#: A sentence reworded in another outlet's quotation of it alone has between half and twice
#: its words (_measured_alike).
APART_MEASURE = 2.0


def _measured_alike(sentence: Sequence[str], version: Sequence[str]) -> bool:
    """Whether ``version`` is of the measure of ``sentence``: a reworded statement quoted
    apart, not a longer passage whose many words hold a short sentence's few ("Itu hoax
    itu." in a spokesman's report of his hunt for the spreaders)."""
    return len(sentence) <= APART_MEASURE * len(version) and len(version) <= APART_MEASURE * len(
        sentence
    )


def _part(
    item: Annotated, member: _Candidate, span: tuple[int, int], glossary: Glossary
) -> _Candidate:
    """The stretch ``span`` of ``member`` as a version of its own, said by its speaker."""
    part = _candidate(item, span[0], span[1], glossary)
    return replace(
        part,
        speaker=member.speaker,
        who=member.who,
        shown=member.shown,
        firm=member.firm,
        direct=member.direct,
        guessed=member.guessed,
        beside=member.beside,
    )


def _without_times(item: Annotated, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with its dates and clock times blanked: "pukul
    3.45" and "21 Februari" are no figures two quotes can share."""
    chars = list(item.article.text[start:end])
    for time in item.times:
        for position in range(max(time.start, start), min(time.end, end)):
            chars[position - start] = " "
    return "".join(chars)


def _quote_figures(item: Annotated, start: int, end: int) -> frozenset[str]:
    """The figures of the passage from ``start`` to ``end``, read where it stands: a number
    after a capitalised word is a name's ("iPhone 6") unless that word opens a sentence
    (compare.text.figures), and a quotation cut from the middle of a sentence ("Apple
    menyatakan iPhone 6 dan iPhone 6 Plus …", Pratiwi dev topic 3) opens with no sentence.
    The mark before it says which: a word goes on with the sentence, a full stop or an
    opening quote mark (or nothing) starts one. Without it, two statements of one company
    about its "iPhone 6" shared a figure and matched at a lower bar."""
    before = item.article.text[:start].rstrip()
    opens = not before or before[-1] in ".!?\"“'‘("
    return figures(("" if opens else "x ") + _without_times(item, start, end))


#: The fewest letters a stem keeps when a noun ending comes off it (_folded).
DERIVED_STEM = 4


def _content_terms(text: str, language: str | None, glossary: Glossary) -> frozenset[str]:
    """The key terms of ``text`` (silang.compare.glossary's ``key_terms``), their noun endings
    taken off (_folded): what a quotation and a sentence of one are compared on."""
    return _folded(
        key_terms(text, language, glossary), glossary.noun_endings.get(language or "", ())
    )


def _folded(terms: frozenset[str], endings: tuple[str, ...]) -> frozenset[str]:
    """``terms`` with the noun endings of their language (quotes_derivations.tsv, on the
    glossary) taken off their word stems: one person says "the jury's deliberations" in one
    outlet and "the jury was deliberating" in another, and the terms must meet
    ("deliberat")."""
    if not endings:
        return terms
    return frozenset(_unsuffixed(t, endings) if t[0] not in "@#=" else t for t in terms)


def _unsuffixed(stem: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if stem.endswith(ending) and len(stem) - len(ending) >= DERIVED_STEM:
            return stem[: -len(ending)].removesuffix("e")
    return stem


def _long_sentences(text: str) -> frozenset[str]:
    return frozenset(
        " ".join(said)
        for said in sentence_words(text)
        if sum(len(w) > 2 for w in said) >= SENTENCE_WORDS
    )


def _candidate(
    item: Annotated,
    start: int,
    end: int,
    glossary: Glossary,
    quote: Quote | None = None,
    names: StoryNames | None = None,
) -> _Candidate:
    """The passage from ``start`` to ``end`` as a candidate version: a quotation (``quote``),
    with its speaker read among the story's ``names``, or a passage that retells one without
    a speaker of its own."""
    text = item.article.text[start:end]
    shown = quote.speaker if quote else None
    # The quote that names the speaker, read once for how firm and how guessed it is.
    named = _naming(item, quote) if quote else None
    speaker = None if names_no_one(shown, glossary.speakers) else shown
    language = item.article.language
    return _Candidate(
        item.article.id,
        start,
        end,
        text,
        speaker,
        names.read(speaker, item.article.id) if names else None,
        shown,
        words(text),
        _quote_figures(item, start, end),
        negated(text),
        language,
        _content_terms(text, language, glossary),
        _long_sentences(text),
        quote is not None and _firm_speaker(item, quote, named),
        quote is not None and quote.direct,
        _guessed(item, named),
        _attribution_names(item, named, names) if names else (),
    )


def _covers(quotation: tuple[int, int], passage: tuple[int, int]) -> bool:
    """Whether a quotation and a passage share half of the shorter of the two: a quotation
    that only touches a passage's edge tells something else (ECB+ dev topic 19: quote marks
    paired wrongly make "... lamented that a" a quotation, before the retold "a peaceful
    vigil that devolved into a riot")."""
    shared = min(quotation[1], passage[1]) - max(quotation[0], passage[0])
    shorter = min(quotation[1] - quotation[0], passage[1] - passage[0])
    return 2 * shared >= shorter


def _with_retold(
    groups: list[list[_Candidate]],
    items: Sequence[Annotated],
    glossary: Glossary,
    names: StoryNames,
) -> None:
    """Add to each group the passages of the story's articles that tell one of its
    quotations without marks, in the same words (quotes_retold); such a version has no
    speaker of its own. An article may already hold a version in other words (Pratiwi dev
    topic 4: "reog yang dibakar itu sudah rusak" beside the press release's sentence told
    as prose). A passage where the article has a quotation of its own is left to that
    quotation but for the sentences before it (_beside_quotations), and one passage is one
    group's version only, the biggest group's first. An
    article may tell a statement's parts apart, with other matter between them (Pratiwi dev
    topic 6: a religious body's explainer retold with a product list inside it): each
    version of the group looks for its own passage, so a shorter one finds the part that
    the longest one, stopped at the gap, did not reach. An article with no version of the
    group yet may still tell the statement in its own words around the core of it, after
    naming its speaker (_told_in_prose)."""
    indexed: dict[str, Words] = {}
    own = {
        item.article.id: [(q.start, q.end) for q in item.quotes if len(q.text) >= MIN_CHARS]
        for item in items
    }
    # A report around a few quoted words (_reported_around) is the article's own version too.
    for member in (m for group in groups for m in group if not m.direct):
        own[member.article_id].append((member.start, member.end))
    taken: dict[str, list[tuple[int, int]]] = {key: [] for key in own}
    # Each article's runs of PROSE_RUN words: a group whose quotations share none with an
    # article has no sentence of it told in prose there (_told_in_prose), unlooked for.
    runs: dict[str, set[tuple[str, ...]]] = {}
    for group in sorted(groups, key=len, reverse=True):
        # Each quotation's sentences, longest quotation first, read once for every article.
        seeds = [
            retold_sentences(seed.text)
            for seed in {m.words: m for m in sorted(group, key=lambda m: -len(m.words))}.values()
        ]
        said = {run for sentences in seeds for run in word_runs(sentences, PROSE_RUN)}
        for item in items:
            article = item.article
            if article.language != group[0].language:
                continue
            if article.id not in indexed:
                indexed[article.id] = index_words(article.text)
            target = indexed[article.id]
            for sentences in seeds:
                span = retold_in(sentences, target)
                if span is None or any(_covers((s, e), span) for s, e in taken[article.id]):
                    continue
                span = _beside_quotations(article.text, span, own[article.id])
                if span is not None:
                    taken[article.id].append(span)
                    group.append(_candidate(item, span[0], span[1], glossary))
            if any(m.article_id == article.id for m in group):
                continue
            if article.id not in runs:
                runs[article.id] = word_runs([target.joined.split(" ")], PROSE_RUN)
            if said.isdisjoint(runs[article.id]):
                continue
            span = _told_in_prose(group, item, target, seeds, names)
            if span is not None and not any(
                s < span[1] and span[0] < e for s, e in [*own[article.id], *taken[article.id]]
            ):
                taken[article.id].append(span)
                group.append(_candidate(item, span[0], span[1], glossary))


#: A sentence of an article's prose that repeats this many words of a quotation in a row,
#: word for word, tells its statement in the reporter's words around them when the
#: paragraph names the quotation's speaker before it (_told_in_prose).
PROSE_RUN = 7


def _told_in_prose(
    group: list[_Candidate],
    item: Annotated,
    target: Words,
    seeds: list[list[list[str]]],
    names: StoryNames,
) -> tuple[int, int] | None:
    """The sentence of ``item`` that tells ``group``'s statement as the reporter's prose, if
    any: it repeats PROSE_RUN words of one of the group's quotations in a row (``seeds``,
    their sentences), and its paragraph names a speaker of the group's named versions before
    it. An outlet that reports a statement in its own words keeps its core as said: "Aset
    sejak tahun 1988 itu dibakar karena sudah dalam kondisi rusak dan dimakan rayap", after
    "KJRI Davao dalam situsnya membenarkan …", for the consulate's "… terpaksa dilakukan
    karena reog Ponorogo sudah dalam kondisi rusak dan dimakan rayap" (Pratiwi dev topic
    4); "Kericuhan ini terjadi sebagai reaksi atas tindakan yang dilakukan oleh petugas jaga
    …" two sentences after "Martinus menegaskan, …" (topic 9). Seven words in a row are
    rarely a reporter's own by chance; the named speaker says whose words they are."""
    speakers = [m.who for m in group if m.named and m.who is not None]
    if not speakers:
        return None
    length, first = max(repeated_words(sentences, target) for sentences in seeds)
    text = item.article.text
    # Names and figures recur in every sentence of a story ("Apple iPhone 6 dan iPhone 6
    # Plus"): only the words of the statement, in lower case, count.
    run = target.spans[first : first + length]
    if sum(text[s:e].islower() for s, e in run) < PROSE_RUN:
        return None
    start, end = run[0][0], run[-1][1]
    sentence = sentence_at(item, start)
    if end > sentence.end:
        return None  # the run crosses sentences: no one sentence tells it
    if text[sentence.start : sentence.end].rstrip().endswith("?") or negated(
        text[sentence.start : start]
    ):
        return None  # asked, or denied: the words are not told as said
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    if not any(
        e.kind in ("person", "organisation")
        and paragraph <= e.start < sentence.start
        and any(same_person(names.read(e.name, item.article.id), w) for w in speakers)
        for e in item.entities
    ):
        return None
    said = text[sentence.start : sentence.end]
    stripped = said.strip()
    at = sentence.start + said.index(stripped)
    return at, at + len(stripped)


def _beside_quotations(
    text: str, passage: tuple[int, int], quotations: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The part of a retold passage that the article's own quotations leave: all of it when
    none covers it (_covers); else the stretch before them, when it holds a statement of its
    own (RETOLD_PART words). A trailing attribution ("…, tulisnya") reaches back only over
    the sentences that go on with its own, so an article may quote the end of a press
    release and tell its first sentences as prose just before ("Pembakaran tersebut sama
    sekali bukan … . Pemusnahan aset … , tulisnya."): those sentences are still the
    release's words, and the part after the quotation is left to it."""
    inside = [(s, e) for s, e in quotations if _covers((s, e), passage)]
    if not inside:
        return passage
    start, end = passage[0], min([s for s, _ in inside] + [passage[1]])
    if len(words(text[start:end]).split()) < RETOLD_PART or any(
        s < end and start < e for s, e in quotations
    ):
        return None  # too short, or another quotation's words: no prose of its own
    stripped = text[start:end].strip(" \n,.;:\"'“”’")
    start += text[start:end].find(stripped)
    return start, start + len(stripped)


#: A retold passage beside a quotation of the article is kept, in part, when the part
#: outside the quotation has this many words at least: a full sentence of a statement.
RETOLD_PART = 8


#: A quotation of at most this many words written in Title Case is a name, not a statement.
TITLE_WORDS = 8


def _title(quote: Quote) -> bool:
    """Whether a quotation is the name of a work, a place or a slogan set in quote marks
    ("The Notorious Bettie Page", "Old Mat Maid Warehouse"): a few words, each of four
    letters or more capitalised. Its words stand inside many statements about its subject,
    and a full token_set_ratio with each would chain them into one group (ECB+ topic 4: a
    film's and a book's titles joined an agent's, a publisher's and a reporter's lines)."""
    said = quote.text.split()
    return (
        len(said) <= TITLE_WORDS and _written_as_name(quote.text) and any(len(w) > 3 for w in said)
    )


def _short_quotation(quote: Quote) -> bool:
    """A quotation under MIN_CHARS that may still match its very words (SHORT_WORDS)."""
    return quote.direct and len(words(quote.text).split()) >= SHORT_WORDS


def _reported_around(item: Annotated, glossary: Glossary) -> list[Quote | None]:
    """For each quotation of ``item``, the reported speech a few quoted words stand inside
    (extract.quotes.reported_around), or None: "Riccio menegaskan Apple melakukan tes ini
    selama "ribuan kali"" tells what another outlet quotes as "Kami telah melakukan ribuan
    kali untuk tahap uji ini"; the two quoted words alone match nothing."""
    told: list[Quote | None] = [None] * len(item.quotes)
    lexicon = glossary.quotes.get(item.article.language or "")
    if lexicon is None:
        return told
    short = [i for i, q in enumerate(item.quotes) if q.direct and len(q.text) < MIN_CHARS]
    found = reported_around(
        item.article.text,
        item.sentences,
        item.entities,
        [item.quotes[i] for i in short],
        lexicon,
    )
    for index, around in zip(short, found, strict=True):
        told[index] = None if around and _denied(item, around, lexicon.complementisers) else around
    return told


def _denied(item: Annotated, told: Quote, complementisers: frozenset[str]) -> bool:
    """Whether ``told`` is a clause after a complementiser, with no speaker, that the words
    before it in its sentence deny ("Tidak ada bukti valid bahwa pikachu berarti "…"",
    "there is no evidence that …"): the outlet refutes the proposition, and its clause is
    no version of a statement that tells it (extract.quotes.reported_around)."""
    cue = (told.cue or "").casefold()
    if told.speaker_start is not None or cue not in complementisers:
        return False
    return negated(item.article.text[sentence_at(item, told.start).start : told.start])


#: A word of a quotation, hyphened or with an apostrophe (_statement_spans).
_WORD_AT = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")


def _statement_spans(item: Annotated, quote: Quote, glossary: Glossary) -> list[tuple[int, int]]:
    """The statements of a quotation: all of it, or its parts before and after a clause that
    a connective and a source word open ("Itu tidak ada dan belum pernah dibahas, dan menurut
    saya yang disampaikan Menpan bahwa itu adalah hoaks"; "…, and according to the …"). The
    source word gives what follows a source of its own, the speaker's view or a third
    party's: a second statement, which outlets quote apart from the first (Pratiwi dev topic
    12: five outlets give the first clause alone). A source word with no connective before it
    stands inside its clause ("Berita itu menurut saya tidak benar"), and one before a record
    ("menurut data") cites the record for the same statement. Each part keeps a clause of its
    own (SENTENCE_WORDS long words)."""
    whole = [(quote.start, quote.end)]
    lexicon = glossary.quotes.get(item.article.language or "")
    if lexicon is None or not quote.direct or not lexicon.sources:
        return whole
    said = [Word(m.start(), m.end(), m.group().casefold()) for m in _WORD_AT.finditer(quote.text)]
    longest = max(len(source.split()) for source in lexicon.sources)
    # (where the first part ends, where the second begins): at the connective, at the source.
    cuts: list[tuple[int, int]] = []
    for index in range(2, len(said)):
        after = phrase_key(said, index, lexicon.sources, longest)
        if (
            after > index
            and after < len(said)
            and said[after].key not in lexicon.records
            and said[index - 1].key in lexicon.connectives
        ):
            cuts.append((said[index - 1].start, said[index].start))
    spans, start = [], 0
    for end, following in [*cuts, (len(quote.text), len(quote.text))]:
        part = quote.text[start:end].strip(" ,;")
        if part:
            at = quote.start + start + quote.text[start:end].index(part)
            spans.append((at, at + len(part)))
        start = following
    if len(spans) < 2 or any(
        sum(len(w) > 2 for w in words(item.article.text[s:e]).split()) < SENTENCE_WORDS
        for s, e in spans
    ):
        return whole
    return spans


#: A colon closing a line: what follows is a text the article displays (_displayed).
_HANDS_OVER = re.compile(r":[ \t]*\n")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _displayed(item: Annotated, glossary: Glossary) -> list[tuple[int, int]]:
    """The texts ``item`` displays without quote marks after a line its colon closes, up to
    the next blank line (or one line), where that line says a written or sent text follows
    (a ``displays`` word of the quotes lexicon: "Pesan hoax tersebut berbunyi:", "The
    message reads:") and names no one: the chain message on the lines below it (Pratiwi dev
    topic 9: two outlets print it so, two others with no line before it). The message is a
    version with no speaker, as an unattributed quotation is. A line with no such word
    ("Jadwal pertandingan:", "Berikut jadwalnya:") heads a list or a schedule, which two
    outlets may print alike without it being anyone's statement; a line that names a person
    or a body ("Hugh Hefner said:", "Obama announced …:") leaves the text to that speaker's
    own statements, and a text with quote marks or a quotation of its own is a quotation
    already. A displayed text needs RETOLD_PART words, a statement's measure."""
    lexicon = glossary.quotes.get(item.article.language or "")
    if lexicon is None or not lexicon.displays:
        return []
    text = item.article.text
    found = []
    for colon in _HANDS_OVER.finditer(text):
        start = colon.end()
        # An article that sets no blank lines between paragraphs displays the next line only.
        blank = _BLANK_LINE.search(text, start)
        line = text.find("\n", start)
        end = blank.start() if blank else line if line >= 0 else len(text)
        heading = text.rfind("\n", 0, colon.start()) + 1
        block = text[start:end]
        said = {w.removesuffix("nya") for w in words(text[heading : colon.start()]).split()}
        if (
            not said & lexicon.displays
            or len(words(block).split()) < RETOLD_PART
            or any(mark in block for mark in '"“”')
            or any(start < q.end and q.start < end for q in item.quotes)
            or any(
                heading <= e.start < colon.start() and e.kind in ("person", "organisation")
                for e in item.entities
            )
        ):
            continue
        stripped = block.strip()
        at = start + block.index(stripped)
        found.append((at, at + len(stripped)))
    return found


#: The most sentences two statements of one speaker enclose as theirs (_enclosed): more are
#: the reporter's own account between two things the speaker said.
ENCLOSED_SENTENCES = 3


def _enclosed(item: Annotated, glossary: Glossary) -> list[Quote]:
    """The sentences between two statements in a row that ``item`` gives to one speaker,
    each as a reported statement of theirs: an outlet that tells a long statement in its
    own sentences names the speaker at its first and at a later one, not at each ("Ia
    mengatakan, produk itu aman karena sudah diuji dua kali. Pengujian pertama, permen lolos
    uji empat parameter. Pada pengujian kedua, lanjut dia, …"); what lies between is told
    on the same speaker's word, where another outlet may quote it. Only a few sentences
    (ENCLOSED_SENTENCES) of SENTENCE_WORDS long words each, none a question: a longer
    stretch, or a question, is the reporter's. Nor is a sentence that names a person or
    has a pronoun that may stand for one ("Setyo mengimbau masyarakat …", "Dia juga
    membantah …"): the speaker's words do not name the speaker, the reporter's account of
    them does. Nor is a sentence that names its own source ("Menurut data BPBD, ...") or
    opens with a connective ("Sebelumnya, ...", "Meanwhile, ..."): the reporter turning to
    background or to another source. Each carries the speaker from the statement before it
    (_carried_from), with no mention of its own."""
    lexicon = glossary.quotes.get(item.article.language or "")
    if lexicon is None:
        return []
    text = item.article.text
    quotes = sorted(item.quotes, key=lambda q: q.start)
    found: list[Quote] = []
    # The sentences outside every quote, read once for all pairs of quotes.
    free = [
        s for s in item.sentences if not any(q.start < s.end and s.start < q.end for q in quotes)
    ]
    for before, after in pairwise(quotes):
        if before.speaker is None or before.speaker != after.speaker:
            continue
        until = sentence_at(item, after.start).start
        between = [s for s in free if before.end <= s.start and s.end <= until]
        if not between or len(between) > ENCLOSED_SENTENCES:
            continue
        for sentence in between:
            said = text[sentence.start : sentence.end].strip()
            said_words = words(said).split()
            if (
                said.endswith("?")
                or sum(len(w) > 2 for w in said_words) < SENTENCE_WORDS
                or any(w in lexicon.pronouns for w in said_words)
                or (bool(said_words) and said_words[0] in lexicon.connectives)
                or _names_a_source(said_words, lexicon.sources)
                or any(
                    e.kind == "person" and sentence.start <= e.start < sentence.end
                    for e in item.entities
                )
            ):
                continue
            at = sentence.start + text[sentence.start : sentence.end].index(said)
            found.append(Quote(at, at + len(said), said, False, before.speaker))
    return found


def _names_a_source(said_words: Sequence[str], sources: frozenset[str]) -> bool:
    """Whether the words hold a source phrase ("menurut", "according to")."""
    joined = f" {' '.join(said_words)} "
    return any(f" {source} " in joined for source in sources)


def _story_names(items: Sequence[Annotated], glossary: Glossary) -> StoryNames:
    """The names of people the story's articles write out: what a speaker's short form
    ("Wiratama") may stand for (speakers.StoryNames). A body's name is left out: outlets
    lengthen it with the place it is in ("KJRI Davao City", "KJRI Davao Filipina"), which
    makes no two bodies of it, as two given names before one surname make two people."""
    return StoryNames(
        {item.article.id: [e.name for e in item.entities if e.kind == "person"] for item in items},
        glossary.speakers,
        [e.name for item in items for e in item.entities if e.kind != "person"],
    )


def quote_groups(
    items: Sequence[Annotated], glossary: Glossary | None = None
) -> tuple[QuoteGroup, ...]:
    """Group the quotes of a story's articles; groups found in one article only are left out.

    Quotes match on their speaker and content, across languages through ``glossary``; a
    group takes in the passages other articles tell its words in without quote marks.
    """
    glossary = glossary or load_glossary()
    names = _story_names(items, glossary)
    groups: list[list[_Candidate]] = []
    for item in items:
        around: set[tuple[int, int]] = set()
        for quote, told in zip(item.quotes, _reported_around(item, glossary), strict=True):
            if (len(quote.text) >= MIN_CHARS or _short_quotation(quote)) and not _title(quote):
                candidate = _candidate(item, quote.start, quote.end, glossary, quote, names)
                spans = _statement_spans(item, quote, glossary)
                for span in spans:
                    part = candidate if len(spans) == 1 else _part(item, candidate, span, glossary)
                    groups = _placed(groups, part)
            if told is not None and (told.start, told.end) not in around:
                around.add((told.start, told.end))
                groups = _placed(
                    groups, _candidate(item, told.start, told.end, glossary, told, names)
                )
        for start, end in _displayed(item, glossary):
            groups = _placed(groups, _candidate(item, start, end, glossary))
    groups = [part for group in groups for part in _statements(group)]
    by_id = {item.article.id: item for item in items}
    groups = _narrowed(groups, by_id, glossary)
    groups = _split_off(groups, by_id, glossary)
    groups = [part for group in groups for part in _bridged(group, by_id, glossary)]
    # The sentences a speaker's statements enclose join the statements as cut: they are
    # versions of one statement, not parts that would cut or bridge a quotation. A group
    # that holds a version of the sentence's own article already is another statement of
    # it: an outlet tells a statement once ("Pengujian pertama, permen lolos uji empat
    # parameter" is not the "pengujian kedua … 16 parameter" that the article quotes).
    # One that no other article tells is left out: alone it is no version, and it would
    # keep a passage of its article that retells another group's quotation (_with_retold).
    placed: list[_Candidate] = []
    for item in items:
        for enclosed in _enclosed(item, glossary):
            placed.append(_candidate(item, enclosed.start, enclosed.end, glossary, enclosed, names))
            groups = _placed(groups, placed[-1], apart=True)
    alone = {id(c) for c in placed}
    groups = [g for g in groups if len(g) > 1 or id(g[0]) not in alone]
    # A statement goes on only where another article tells more of it: a group of one
    # article's versions has none to go by.
    groups = [
        [_continued(m, group, by_id[m.article_id], glossary) for m in group]
        if len({m.article_id for m in group}) > 1
        else group
        for group in groups
    ]
    _with_retold(groups, items, glossary, names)
    found = [_group(members) for members in groups if len({m.article_id for m in members}) > 1]
    return tuple(sorted(found, key=lambda g: -len(g.versions)))
