"""Finding the phrase that names a quotation's speaker, next to a speech verb.

Three places hold it: after a verb that comes first ("…," kata Andi / said Tom Reddick),
before a verb that follows its subject ("…," Carver told reporters / Andi mengatakan, "…"),
and after a source preposition (Menurut Andi, … / According to the Coastguard, …). The phrase
becomes a Mention: a named entity, a pronoun ("ia", "katanya", "he"), a title or other
pointing phrase ("sang menteri", "the minister", "perusahaan itu") or, when nothing names the
speaker, the descriptive phrase itself ("seorang warga", "one resident").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Literal, NamedTuple

from silang.extract.quotes_marks import ALL_MARKS
from silang.lang.quotes import QuotesLexicon
from silang.model import Entity

MentionKind = Literal["name", "pronoun", "title", "desc"]

_WORD = re.compile(r"[^\W_][\w'’-]*")
#: Punctuation between words that ends a clause; a full stop inside a sentence is an
#: abbreviation's ("Mr. Brown").
_CLAUSE_BREAK = re.compile(r"[,;:()–—]")
#: Marks that set off what follows an inverted speaker's name from it (_set_off).
_SET_OFF = ",;:()–—-.!?"
#: At most this many words between a quotation's end and a verb that follows its subject
#: ("…," the outgoing chief executive, Roger Hale, told …).
SUBJECT_WORDS = 9
#: At most this many words between a pointing noun and its closing determiner
#: ("pria berusia 47 tahun itu").
ANAPHOR_SPAN = 4
#: Right after a speech verb the pointing phrase may run this many words past its noun, an
#: affiliation or a relative clause within it ("kata dokter saraf dari Universitas Indonesia
#: tersebut", "kata bapak yang sudah 20 tahun berkesenian reog itu"), unless a preposition,
#: a time or a verb's object makes the determiner that far another noun's (_closes_another).
CLOSED_SPAN = 7
#: A pronoun subject may be followed by this many words before its verb ("he has also").
ADVERB_WORDS = 2
#: A participle's speaker is looked for among the first words of its sentence.
SUBJECT_REACH = 8
#: A speaker described rather than named has at most this many words ("one resident",
#: "Scientists at the Polar Research Centre"); longer subjects are taken for clauses.
DESCRIPTION_WORDS = 7
#: A document's reference: "Nomor"/"No." and a code bearing a figure ("Nomor KEP.02/MEN/2007",
#: "Nomor 7 Tahun 1978", "No. 12/2019"). A decree or a law is cited by it, and a recogniser
#: that takes the capitalised run for a name makes a document stand for "-nya" after it.
#: Indonesian "Nomor" always cites; the short "No" only where the code runs on ("/",
#: "Tahun", "of"), for a bare "No 10" is also Downing Street, which speaks.
_DOCUMENT_NUMBER = re.compile(
    r"(?:Nomor|Nomer|NOMOR)\s+\S*\d"
    r"|No\.?\s+[^\s/]*\d[^\s/]*(?:/|\s+(?:Tahun|of)\s+\d)"
)


class Word(NamedTuple):
    start: int
    end: int
    key: str
    #: Capitalised in the text: "States" in "United States" is no verb.
    capital: bool = False


def speaker_candidates(
    text: str, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> list[Entity]:
    """The entities that may name a speaker, in text order. A recogniser's mistakes are left
    out: a sentence connector taken for a name because it is capitalised ("Meanwhile, BPBD
    …"), a pronoun so taken ("Pihaknya berpendapat, …"), and a name glued to the word before
    it, which is the tail of a token such as a specialist title ("dr Dradjat R Suardi,
    SpB(K)Onk"), a name run on into a pronoun, and a document's number ("Nomor KEP.02",
    _DOCUMENT_NUMBER). A "person" whose whole name the gazetteer lists as a place or a body
    is that place or body (_gazetteer_kind): a province closing an office's name ("kata
    Kepala Dinas Perikanan Jawa Timur") is no one to say the words, nor to stand for "dia"
    after."""
    kept = []
    for entity in sorted(
        (_gazetteer_kind(text, e, lexicon) for e in entities), key=lambda e: e.start
    ):
        ws = words_in(text, entity.start, entity.end)
        if ws and all(w.key in lexicon.connectives for w in ws):
            continue
        if len(ws) == 1 and ws[0].key in lexicon.pronouns:
            continue
        if _DOCUMENT_NUMBER.match(text, entity.start):
            continue  # a decree's or a law's number, no person or body
        named = entity.name.casefold().split()
        if len(named) > 1 and named[-1] in lexicon.pronouns and _run_on(text, entity.name, lexicon):
            # A name does not end in a pronoun: the recogniser ran a name on into the next
            # sentence's subject across a full stop the text lost ("… Kelautan Jawa Timur
            # Dia khawatir …"), and its shorter mentions ("Timur") carry that name.
            continue
        before = text[entity.start - 1] if entity.start > 0 else " "
        if before.isalnum() or before in ")]":
            continue
        kept.append(_without_connective(text, entity, ws, lexicon))
    return kept


def _run_on(text: str, name: str, lexicon: QuotesLexicon) -> bool:
    """Whether a name whose last word is a pronoun may be a name run on into the next
    sentence's subject across a lost full stop. A subject opening a clause is followed by
    its predicate, so a pronoun before punctuation is the name's own word ("said Vice
    Premier Liu He."); so is one the article writes with the name again ("Liu He said …
    Liu He added"): a lost full stop is one accident, not a name's spelling. After a title,
    a name of two words ending in a pronoun that is also a name's syllable is a name ("Vice
    Premier Liu He said"; not "Gubernur Khofifah Dia mengatakan"). The
    full name is judged where it stands, whichever of its mentions ("Liu") carries it."""
    at = text.find(name)
    if at < 0:
        return True
    after = text[at + len(name) : at + len(name) + 1]
    if not after or not (after.isspace() or after.isalnum()):
        return False
    before = [w.key for w in words_in(text, max(0, at - 40), at)]
    titled = any(" ".join(before[-n:]) in lexicon.titles for n in (1, 2) if len(before) >= n)
    parts = name.split()
    # Only a pronoun that is also a name's syllable ("Liu He"): a title and one name are the
    # normal shape ("Gubernur Khofifah Dia mengatakan" lost its full stop).
    if titled and len(parts) == 2 and parts[-1].casefold() in lexicon.name_pronouns:
        return False
    return text.count(name) < 2


def _gazetteer_kind(text: str, entity: Entity, lexicon: QuotesLexicon) -> Entity:
    """``entity`` as the kind the gazetteer gives its whole name, where the recogniser took
    a listed place or body for a person: a capitalised place name after a capitalised office
    ("Kepala Dinas Perikanan dan Kelautan Jawa Timur") reads like a person's name to it."""
    if entity.kind != "person":
        return entity
    kind = lexicon.gazetteer.get(" ".join(entity.name.casefold().split()))
    if kind not in ("place", "organisation"):
        return entity
    before = text[: entity.start].rsplit(maxsplit=1)
    if not before or not before[-1][:1].isupper():
        return entity  # "kata Bima": no office name for the place to close
    if kind == "place":
        return replace(entity, kind="place")
    if kind == "organisation":
        return replace(entity, kind="organisation")
    return entity


def _without_connective(
    text: str, entity: Entity, ws: Sequence[Word], lexicon: QuotesLexicon
) -> Entity:
    """``entity`` without a capitalised connective glued to its end: where an outlet drops
    the full stop between sentences ("…," tegas Mulyani Sedangkan terkait gaji PNS, …), the
    recogniser reads the next sentence's first word ("Sedangkan", "Sebelumnya") as the
    name's last. Some connectives are names' words too ("Susan Still", "Peace Now",
    "Gerakan Indonesia Kini"), so the cut is made only where the shorter name stands elsewhere
    in the article without the connective after it ("Sri Mulyani mengatakan"): the article
    itself then says where the name ends."""
    keep = len(ws)
    while keep > 1 and ws[keep - 1].capital and ws[keep - 1].key in lexicon.connectives:
        keep -= 1
    if keep == len(ws):
        return entity
    end = ws[keep - 1].end
    shorter = re.escape(text[ws[keep - 1].start : end])
    glued = re.escape(text[ws[keep].start : ws[keep].end])
    if not re.search(rf"\b{shorter}\b(?!\W+{glued}\b)", text):
        return entity
    cut = text[end : entity.end]
    name = entity.name.removesuffix(cut).rstrip() if entity.name.endswith(cut) else entity.name
    return Entity(entity.start, end, text[entity.start : end], entity.kind, name)


def is_verb(word: Word, table: frozenset[str]) -> bool:
    """Whether the word is one of ``table``'s verbs, written as a verb (in lower case)."""
    return not word.capital and word.key in table


class Mention(NamedTuple):
    """Where a speaker is named, and how. ``key`` is the canonical name for ``name``, the text
    for ``desc``, and the deciding word for ``pronoun`` and ``title``; ``wants`` says what a
    pronoun or title can stand for: person, male, female or organisation."""

    start: int
    end: int
    kind: MentionKind
    key: str
    wants: str = "person"


def words_in(text: str, start: int, end: int) -> list[Word]:
    return [
        Word(m.start(), m.end(), m.group().casefold(), m.group()[0].isupper())
        for m in _WORD.finditer(text, start, end)
    ]


def phrase_key(ws: Sequence[Word], i: int, table: object, longest: int) -> int:
    """The end index of the longest phrase of ``table`` starting at word ``i`` (or ``i``)."""
    for j in range(min(len(ws), i + longest), i, -1):
        if " ".join(w.key for w in ws[i:j]) in table:  # type: ignore[operator]
            return j
    return i


def anaphor_at(
    text: str, ws: Sequence[Word], i: int, lexicon: QuotesLexicon, span: int = ANAPHOR_SPAN
) -> Mention | None:
    """A phrase pointing back to someone at word ``i``: "sang menteri", "the minister",
    "jenderal bintang dua itu", "perusahaan itu", or a bare capitalised title ("Presiden");
    its closing determiner at most ``span`` words after the noun."""
    j = i + 1 if ws[i].key in lexicon.anaphor_before else i
    if j >= len(ws):
        return None
    noun_end = phrase_key(ws, j, lexicon.titles, lexicon.title_words)
    titled = noun_end > j
    if titled:
        key, wants = ws[noun_end - 1].key, "person"
    elif ws[j].key in lexicon.anaphor_nouns:
        noun_end, key, wants = j + 1, ws[j].key, lexicon.anaphor_nouns[ws[j].key]
    else:
        return None
    for k in range(noun_end, min(noun_end + span, len(ws))):
        if ws[k].key in lexicon.anaphor_after:
            # Within ANAPHOR_SPAN the determiner is the noun's, as it always was ("pria
            # berusia 47 tahun itu"); only a longer phrase may hold another noun's.
            if k - noun_end >= ANAPHOR_SPAN and _closes_another(ws[noun_end:k], lexicon):
                break
            return Mention(ws[i].start, ws[k].end, "title", key, wants)
        if text[ws[k - 1].end : ws[k].start].strip():
            break  # punctuation ends the phrase
    if j > i or (titled and text[ws[j].start].isupper()):
        return Mention(ws[i].start, ws[noun_end - 1].end, "title", key, wants)
    return None


def _closes_another(inner: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether a determiner far from its pointing noun, after the words ``inner``, closes
    another noun: one after a preposition ("kata dokter kepada wartawan di lokasi kejadian
    itu"), a time ("saat ditemui hari ini", "sejak Senin itu"), or the object of an active
    verb in a relative clause ("dokter yang menangani korban kecelakaan itu": the victim).
    An affiliation ("dari Universitas Indonesia tersebut"), an intransitive clause ("yang
    sudah 20 tahun berkesenian reog itu") or a counted age ("yang kini berusia 47 tahun
    itu") leaves it the noun's."""
    last, before = inner[-1].key, inner[-2].key if len(inner) > 1 else ""
    counted = before.isdigit() or before in lexicon.number_words
    return (
        any(w.key in lexicon.phrase_ends for w in inner)
        or last in lexicon.time_words
        or (last in lexicon.time_units and not counted)
        or any(
            a.key in lexicon.relative_subjects
            and b.key.startswith(lexicon.object_prefixes)
            and b.key not in lexicon.pronouns
            for a, b in pairwise(inner)
        )
    )


def _pronoun(word: Word, lexicon: QuotesLexicon) -> Mention | None:
    wants = lexicon.pronouns.get(word.key)
    return Mention(word.start, word.end, "pronoun", word.key, wants) if wants else None


def forward(
    text: str, start: int, limit: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Mention | None:
    """The speaker named after a verb or source word: the first person (else organisation)
    before the phrase ends, or the name a title sets after it (_titled), else a pronoun or
    pointing phrase, else a description."""
    ws = words_in(text, start, limit)
    if not ws:
        return None
    pronoun = _pronoun(ws[0], lexicon)
    if pronoun is not None:
        return pronoun
    if ws[0].key in lexicon.phrase_ends:
        # The phrase ends before it opens: a preposition right after the verb ("…," kata di
        # Jalan Mangkara, Selasa) leaves the speaker unnamed there (the name was dropped), and
        # a place or time after it is no speaker.
        return None
    stop = _phrase_end(text, ws, limit, lexicon)
    pointing = _closed_anaphor(text, ws, entities, lexicon)
    if pointing is not None:
        return pointing
    for kind in ("person", "organisation"):
        found = [
            e
            for e in entities
            if e.kind == kind and start <= e.start < stop and not possessor(text, e)
        ]
        if found:
            first = found[0]
            entity = next((e for e in found[1:] if _titled(text, first, e, lexicon)), first)
            return Mention(entity.start, entity.end, "name", entity.name)
    anaphor = anaphor_at(text, ws, 0, lexicon)
    if anaphor is not None:
        return anaphor
    end = min(stop, _next_comma(text, ws[0].start, limit))
    described = text[ws[0].start : end].rstrip(" ,.;:!?\"”’'")
    if not described:
        return None
    return Mention(ws[0].start, ws[0].start + len(described), "desc", described)


def possessor(text: str, entity: Entity) -> bool:
    """Whether a person's name is in the possessive ("Donald Trump's"): it determines the
    noun after it ("says Donald Trump's “latest meltdown …”", "said Trump's lawyer"), and
    whoever speaks, it is not that person. A body's possessive is left as it was: "said
    Apple's spokesman" is the company speaking through its voice (_issued_by)."""
    return entity.kind == "person" and text.startswith(("'s", "’s"), entity.end)


def _closed_anaphor(
    text: str, ws: Sequence[Word], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Mention | None:
    """A pointing phrase closed by its determiner, naming no person inside: "kata mantan
    Direktur Bank Dunia tersebut" is the former director named before (a person), not the
    World Bank. The body in such a phrase only says whose post it was; a person inside it
    ("rekan Budi itu") is left to the names, as before."""
    anaphor = anaphor_at(text, ws, 0, lexicon, CLOSED_SPAN)
    if anaphor is None or anaphor.wants == "organisation":
        return None
    last = next((w for w in ws if w.end == anaphor.end), None)
    if last is None or last.key not in lexicon.anaphor_after:
        return None
    inside = (e for e in entities if e.kind == "person" and anaphor.start <= e.start < anaphor.end)
    if any(not _post_place(text, e, lexicon) for e in inside):
        return None
    return anaphor


def _post_place(text: str, entity: Entity, lexicon: QuotesLexicon) -> bool:
    """Whether a "person" right after a post's title is the place or unit the post governs,
    misread as a name ("mantan Kapolsek Cilandak itu" is the former police chief of
    Cilandak): a person named after a title is the phrase's own head, never its owner."""
    before = words_in(text, max(0, entity.start - 40), entity.start)[-1:]
    # One word only: a regional post's place ("Kapolsek Cilandak"); a full name after an
    # office ("mantan Presiden Susilo Bambang Yudhoyono itu") is the person it points to.
    return (
        bool(before) and lexicon.titles.get(before[0].key) == "regional" and " " not in entity.text
    )


def _titled(text: str, first: Entity, then: Entity, lexicon: QuotesLexicon) -> bool:
    """Whether only a title stands between two names ("said Palmer Public Safety Director
    Jon Owen"): the first names the body the title is of, the second the speaker. Where a
    pack sets the body before the title (affiliation_first: "UNHCR spokesperson Olga
    Sarrazin"), the post may be any common noun phrase in lower case ("said Trend Micro
    advanced threat researcher Paul Ferguson", ECB+ topic 27): its words are no names, and
    the name after them is the phrase's head. A word that joins or ends a phrase ("and",
    "in", "the") makes two phrases, not one post."""
    between = words_in(text, first.end, then.start)
    gap = text[first.end : then.start]
    if not between or not all(c.isalpha() or c in " ." for c in gap):
        return False
    if all(w.key in lexicon.titles for w in between):
        return True
    return lexicon.affiliation_first and all(
        w.key in lexicon.titles or (not w.capital and w.key not in lexicon.phrase_joins)
        for w in between
    )


def _next_comma(text: str, start: int, limit: int) -> int:
    found = [p for p in (text.find(c, start, limit) for c in ",.;:!?") if p >= 0]
    return min(found, default=limit)


def _phrase_end(text: str, ws: Sequence[Word], limit: int, lexicon: QuotesLexicon) -> int:
    """Where a speaker's phrase after a verb ends: at a word such as "kepada", "in", "who",
    at a channel cue, or at the end of the sentence."""
    channel = lexicon.any_channel.search(text, ws[0].end, limit)
    end = channel.start() if channel else limit
    for word in ws[1:]:
        if word.key in lexicon.phrase_ends:
            return min(end, word.start)
    return end


def subject(
    text: str, start: int, end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Mention | None:
    """The speaker named before a verb that follows its subject (``end`` is the verb)."""
    ws = words_in(text, start, end)
    if not ws:
        return None
    lead = [w for w in ws if w.key not in lexicon.connectives]
    if lead and _auxiliary(lead[-1].key) in lexicon.passive_auxiliaries:
        # "The fire was (also) reported …", "Police were called …": a passive speech verb,
        # whose subject is what was said or who was told, not a speaker; negated too ("While
        # the numbers aren't confirmed, the deal is …": the numbers confirm nothing).
        return None
    if not verb_after_subject(text, ws, end, entities, lexicon):
        return None
    # A pronoun that closes a name is the name's word ("Vice Premier Liu He said").
    named = any(e.start < ws[-1].start and e.end == ws[-1].end for e in entities)
    pronoun = None if named else _pronoun(ws[-1], lexicon)
    if pronoun is not None:
        return pronoun
    # "He has also said", "Ia juga mengatakan"; and a verb chain, however long, whose last
    # verb is the speech verb's infinitive: "He went on to say" (its subject is the pronoun).
    chain = bool(lead) and lead[-1].key in lexicon.infinitives
    if lead and (len(lead) <= ADVERB_WORDS + 1 or chain) and not any(w.capital for w in lead[1:]):
        pronoun = _pronoun(lead[0], lexicon)
        if pronoun is not None:
            return pronoun
    for i in range(max(0, len(ws) - ANAPHOR_SPAN - 2), len(ws)):
        anaphor = anaphor_at(text, ws, i, lexicon)
        if anaphor is not None and anaphor.end >= ws[-1].end:
            return _apposed(text, anaphor, end, entities) or anaphor
    inside = [e for e in entities if start <= e.start and e.end <= end]
    persons = [e for e in inside if e.kind == "person"]
    if persons:
        head = (
            _before_apposition(text, persons, end)
            or _described_as(text, persons, lexicon)
            or persons[-1]
        )
        return Mention(head.start, head.end, "name", head.name)
    for entity in inside:
        if entity.kind == "organisation" and _heads_subject(text, ws, entity, end, lexicon):
            return Mention(entity.start, entity.end, "name", entity.name)
    return _description(text, ws, end, lexicon)


#: The negation an auxiliary takes as a clitic ("aren't", "wasn’t").
_NEGATED = ("n't", "n’t")


def _auxiliary(key: str) -> str:
    """An auxiliary without its negation: "aren't" is a form of "are" (a passive before a
    speech verb either way)."""
    return key[: -len(_NEGATED[0])] if key.endswith(_NEGATED) else key


def verb_after_subject(
    text: str, before: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> bool:
    """Whether the word at ``end``, a speech verb after the words ``before``, may be read as a
    verb there. A verb written like a plural noun ("states", "calls", "tweets") is one only
    right after its subject's last word: a name ("Trump tweets"), a pronoun, a body's
    document noun ("the statement notes"), a title ("the chairman calls"), a relative
    pronoun ("which notes"), or a mark closing an apposition ("Tom Perez, its chairman,
    calls"); an adverb ("He then calls", "Ann Lee also states") stands between them. After
    any other word it closes a noun phrase ("in the swing states", "some calls", "Trump's
    tweets", "Democratic claims"), unless "that" opens what is said after it and an article
    opens the clause before it: "The lawsuit claims that …" (not "those states that …")."""
    verb = _WORD.match(text, end)
    if verb is None or verb.group().casefold() not in lexicon.noun_forms or not before:
        return True
    k = len(before) - 1
    while (
        k > 0
        and before[k].key in lexicon.connectives
        and not text[before[k].end : (before[k + 1].start if k + 1 < len(before) else end)].strip()
    ):
        k -= 1
    last = before[k]
    if text[last.end : end].strip() and last is before[-1]:
        return True
    if last.key in lexicon.pronouns or last.key in lexicon.relative_subjects:
        return True
    if last.key in lexicon.issued or last.key in lexicon.records or last.key in lexicon.titles:
        return True  # "the statement notes", "the former chairman calls for …"
    if any(e.end == last.end and e.kind in ("person", "organisation") for e in entities):
        return True
    opening = next(
        (
            j
            for j in range(k, 0, -1)
            if _CLAUSE_BREAK.search(text, before[j - 1].end, before[j].start)
        ),
        0,
    )
    after = _WORD.search(text, verb.end())
    # What is said opens with "that" or, with "that" left out, with its own subject's
    # article ("Another witness claims the plan …"): a noun phrase ending in a plural is
    # not followed by an article ("those states that …" is, by "that").
    said_follows = after is not None and (
        after.group().casefold() in lexicon.complementisers
        or (
            after.group().casefold() in lexicon.appositions
            and not text[verb.end() : after.start()].strip()  # "A few notes: The …" is a list
        )
    )
    return (
        said_follows
        and (
            before[opening].key in lexicon.appositions
            or (opening < k and before[opening].key.endswith(("'s", "’s")))
        )
        and k - opening < SUBJECT_WORDS
    )


def _before_apposition(text: str, persons: Sequence[Entity], end: int) -> Entity | None:
    """The person a subject names before an apposition that describes them, closed by a
    comma right before the verb: "Alan Thornhill, an ecologist and director of the Society
    for Conservation Biology, said" is Thornhill speaking, whatever names the description
    holds (ECB+ topic 9: "Conservation Biology" read as a person). The apposition opens
    with a word in lower case ("an ecologist", "who led the defence") and holds no comma of
    its own: "Gigante, who had heart disease, died in Springfield, Mo., said prison
    spokesman Al Quintero" is a clause said by someone named after the verb, not a subject.
    A name after the comma ("the spokesman, Roger Hale, said") is the apposition naming the
    subject."""
    closed = text[:end].rstrip()
    if not closed.endswith(","):
        return None
    for person in persons[:-1]:
        after = closed[person.end : -1]
        opens = after[2:3].islower() or _OWNED_POST.match(after, 2) is not None
        if after.startswith(", ") and opens and "," not in after[2:]:
            return person
    return None


#: An apposition opening with the name of whose post it is, then the post in lower case:
#: "Jonathan Wright, Interoute's director of wholesale products, said" (ECB+ dev topic 30).
_OWNED_POST = re.compile(r"(?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*['’]s\s[a-z]")


#: How many words may stand between a name and a name in the role an apposition word gives
#: it: "Ali selaku Chairman …", "Ali selaku perwakilan dari Kementerian Budaya dan …".
_ROLE_REACH = 7


def _described_as(text: str, persons: Sequence[Entity], lexicon: QuotesLexicon) -> Entity | None:
    """The person a subject names right before the role it gives them, with no comma to
    close the role ("Abdul Rahman selaku perwakilan Kementerian … memastikan",
    "Ann Lee, a friend of John Smith, said"): the person speaks, not a name in the role.
    An article opens a role only after a comma ("Make Your Kid a Millionaire" is a title's
    words); a word that is nothing but a role's opening ("selaku") needs none."""
    last = persons[-1]
    for person in persons[:-1]:
        between = words_in(text, person.end, last.start)
        if not between or len(between) > _ROLE_REACH:
            continue
        first = between[0]
        comma = text[person.end : first.start].strip() == ","
        closed = "," in text[first.end : last.start]  # the role ends; a name set off after it
        if (
            first.key in lexicon.appositions
            and (comma or first.key not in lexicon.not_names)
            and not closed
        ):
            return person
    return None


def _apposed(text: str, anaphor: Mention, end: int, entities: Sequence[Entity]) -> Mention | None:
    """ "Her party, the People's Alliance, said": a name set off right after the phrase."""
    for entity in entities:
        if anaphor.end < entity.start < end and text[anaphor.end : entity.start].strip(
            " ,"
        ).casefold() in ("", "the"):
            return Mention(entity.start, entity.end, "name", entity.name)
    return None


def _heads_subject(
    text: str, ws: Sequence[Word], entity: Entity, end: int, lexicon: QuotesLexicon
) -> bool:
    """Whether an organisation is the subject ("The White House said", "Pihak RSUD …
    menyatakan") rather than inside a description ("Teachers at Greenhill Academy say"). An
    additive word or a sentence adverb between the name and the verb ("…, Pertamina juga
    menambahkan", "…, Apple kemudian membuat klaim", "…, the agency also said") belongs to
    the predicate, not to the subject."""
    before = [w for w in ws if w.end <= entity.start]
    if len(before) <= 1:
        return True
    # Set off by a comma ("Her party, the People's Alliance, said") it is the subject itself.
    lead = text[ws[0].start : entity.start].rstrip()
    last = before[-1].key
    if last in lexicon.anaphor_before:
        lead = text[ws[0].start : before[-1].start].rstrip()
    between = words_in(text, entity.end, end)
    rest = text[entity.end : end].strip(" ,")
    additive = rest == " ".join(text[w.start : w.end] for w in between) and all(
        w.key in lexicon.continuations or w.key in lexicon.connectives for w in between
    )
    return lead.endswith(",") and additive


def _description(text: str, ws: Sequence[Word], end: int, lexicon: QuotesLexicon) -> Mention | None:
    """A speaker described, not named: the subject after any opening phrase and connective
    ("In Nairobi, traders said" → "traders"; "Namun warga menyebut" → "warga")."""
    clause = text.rfind(", ", ws[0].start, end)
    rest = [w for w in ws if w.start > clause] if clause >= 0 else list(ws)
    if clause >= 0 and _last_of_predicates(rest, lexicon):
        return _series_subject(text, [w for w in ws if w.start < clause], lexicon)
    while rest and (rest[0].key in lexicon.connectives or _fronted_adverb(rest, lexicon)):
        rest = rest[1:]
    if not rest or len(rest) > DESCRIPTION_WORDS:
        return None
    if len(rest) > 1 and rest[0].key in lexicon.pronouns:
        # A pronoun and more words before the verb are a clause of their own, whose object
        # the verb's subject is: "Dia juga membantah isu yang menyebut …" ("he also denied the
        # rumour that said …"). That is the rumour speaking, not a person described as "Dia
        # juga membantah isu yang", whom the next "tuturnya" would then stand for.
        return None
    if rest[0].key in lexicon.place_prepositions:
        # "Di media sosial beredar link yang menyebutkan …": the subject follows a place
        # phrase; "Di dalam beritanya menyebutkan …" is a place phrase alone, no speaker.
        lead = 0
        while lead < len(rest) and (
            rest[lead].key in lexicon.place_prepositions or rest[lead].key in lexicon.phrase_ends
        ):
            lead += 1
        rest = rest[lead:]
        if len(rest) <= 1:
            return None
    elif (
        len(rest) == 1
        and _preposition(rest[0], lexicon)
        and rest[0].key not in lexicon.relative_subjects
    ):
        # A preposition or subordinator right before the verb opens an adverbial phrase whose
        # verb has no subject of its own ("When asked about it, he answered …", "Untuk
        # memastikan apakah …", "ketika menulis pesan itu"): no speaker. With words between
        # them the subordinate clause may have its subject ("when the agency said it would
        # …", "As the WSJ notes, …"). A relative pronoun ("which notes …") is a subject.
        return None
    # A sentence adverb between the subject and its verb belongs to the predicate ("an
    # anti-piracy watchdog later said", "warga kemudian menyebut"), not to who is described;
    # a determiner closes the subject ("Kabar itu menyebut"), as does a connective that
    # modifies the noun before it ("Direktur sebelumnya mengatakan": the previous director).
    while (
        len(rest) > 1
        and (rest[-1].key in lexicon.connectives or rest[-1].key in lexicon.continuations)
        and rest[-1].key not in lexicon.anaphor_after
        and rest[-1].key not in lexicon.postnominal
    ):
        rest = rest[:-1]
    described = text[rest[0].start : rest[-1].end]
    return Mention(rest[0].start, rest[-1].end, "desc", described)


def _preposition(word: Word, lexicon: QuotesLexicon) -> bool:
    """Whether ``word`` is a preposition or subordinator: a phrase end or a figure's."""
    return word.key in lexicon.phrase_ends or word.key in lexicon.figure_ends


def _fronted_adverb(rest: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether the words open with a preposition whose object is an adverb of time or
    sequence, a fronted adverbial with no comma ("Untuk sementara kementerian menyatakan",
    "For now the ministry says"): the preposition goes with it, not with the subject."""
    return len(rest) > 2 and _preposition(rest[0], lexicon) and rest[1].key in lexicon.connectives


def _last_of_predicates(rest: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether the words after the last comma before a speech verb are the last but one of a
    series of predicates, joined to the verb by "and" ("…, shook hands with defense lawyers
    and said"): they open in lower case with no pronoun or determiner, so they are a verb's
    phrase, not a subject described."""
    return (
        len(rest) > 1
        and rest[-1].key in lexicon.coordinators
        and not rest[0].capital
        and rest[0].key not in lexicon.pronouns
        and rest[0].key not in lexicon.anaphor_before
        and rest[0].key not in lexicon.non_person_determiners
        and rest[0].key not in lexicon.connectives
        # "He was freed on Monday, police searched his flat and said ...": a group noun opens
        # a clause of its own, not a predicate of the earlier subject.
        and rest[0].key not in lexicon.not_names
    )


def _series_subject(text: str, ws: Sequence[Word], lexicon: QuotesLexicon) -> Mention | None:
    """The subject of a series of predicates, before its first comma: a pronoun that opens
    one of the comma-parted phrases before it ("At that hearing, he chatted amiably with his
    son, shook hands … and said"). None where no pronoun does: the predicates are no
    speaker described."""
    for n, word in enumerate(ws):
        opens = n == 0 or text[ws[n - 1].end : word.start].strip() == ","
        if opens and (pronoun := _pronoun(word, lexicon)) is not None:
            return pronoun
    return None


def after_quote(
    text: str, pos: int, limit: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> tuple[Mention, Word] | None:
    """Speaker and cue right after a quotation's closing mark at ``pos`` (the rest of a
    doubled mark, ’’, is skipped with the punctuation). A subject that only describes the
    speaker ("…," a local barber told …) is returned too, as a "desc" mention: the caller
    prefers a speaker named before the quotation to it."""
    while pos < limit and (text[pos] in " ,;—–-" or text[pos] in ALL_MARKS):
        pos += 1
    ws = words_in(text, pos, limit)
    if not ws or ws[0].start != pos:
        return None
    # A connective before the verb ("…," demikian kata Andi: "thus said Andi") is neither
    # the verb nor its subject.
    while len(ws) > 1 and ws[0].key in lexicon.connectives and not ws[0].capital:
        ws = ws[1:]
    first = ws[0]
    if is_verb(first, lexicon.pronominal):
        suffix = next((s for s in lexicon.pronoun_suffixes if first.key.endswith(s)), "")
        start = first.end - len(suffix) if suffix else first.start
        return Mention(start, first.end, "pronoun", suffix or first.key), first
    if is_verb(first, lexicon.inverted) or is_verb(first, lexicon.passive):
        j = 2 if len(ws) > 1 and ws[1].key in lexicon.agents else 1
        if j < len(ws):
            found = forward(text, ws[j].start, limit, entities, lexicon)
            if found is not None:
                return found, first
        return None
    reported = _quoted_after(text, ws, entities, lexicon)
    if reported is not None:
        return reported
    for k in range(1, min(len(ws), SUBJECT_WORDS + 1)):
        if is_verb(ws[k], lexicon.finite) or is_verb(ws[k], lexicon.inverted):
            found = subject(text, first.start, ws[k].start, entities, lexicon)
            return (found, ws[k]) if found is not None else None
    if is_verb(first, lexicon.issued) and len(ws) > 1:
        # No verb: a noun of what was issued names the source ("…," demikian keterangan
        # Consumer Reports: "thus [read] Consumer Reports' statement"). Only a name will do:
        # "…," keterangan itu … is the statement spoken of, not an attribution.
        named = forward(text, ws[1].start, limit, entities, lexicon)
        if named is not None and named.kind == "name":
            return named, first
    return None


def before_quote(
    text: str, start: int, open_at: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> tuple[Mention, Word] | None:
    """Speaker and cue in the clause before a quotation's opening mark at ``open_at``."""
    ws = words_in(text, start, open_at)
    if ws and ws[-1].key in lexicon.complementisers:
        ws = ws[:-1]
    if not ws:
        return None
    for _, pattern in lexicon.channels:
        found = pattern.search(text, start, ws[-1].end)
        if found and found.end() == ws[-1].end and found.start() > ws[0].start:
            # "Pryce told MPs: “…”": a channel that opens with the verb keeps the verb.
            ws = [
                w
                for w in ws
                if w.end <= found.start()
                or (w.start == found.start() and is_verb(w, lexicon.finite))
            ]
            break
    if not ws:
        return None
    last = ws[-1]
    if is_verb(last, lexicon.finite):
        mention = subject(text, start, last.start, entities, lexicon)
        if mention is not None:
            return mention, last
    if is_verb(last, lexicon.participles):  # "…, adding: “…”"
        mention = quoted_as(text, ws, entities, lexicon) or sentence_subject(
            text, ws, entities, lexicon
        )
        if mention is not None:
            return mention, last
    colon = text[last.end : last.end + 1]
    if colon in lexicon.colons:
        for entity in entities:  # "Trump: “I'm the worst thing …”"
            if entity.start == ws[0].start and entity.end == last.end:
                mention = Mention(entity.start, entity.end, "name", entity.name)
                return mention, Word(last.end, last.end + 1, colon)
    for i in range(len(ws) - 1, max(-1, len(ws) - 8), -1):
        source = phrase_key(ws, i, lexicon.sources, 2)
        if source > i and source < len(ws):
            mention = forward(text, ws[source].start, open_at, entities, lexicon)
            if mention is not None:
                return mention, ws[i]
        if (
            ws[i].key in lexicon.inverted
            and i + 1 < len(ws)
            and _verb_opens_clause(text, ws, i, lexicon)
        ):
            mention = forward(text, ws[i + 1].start, open_at, entities, lexicon)
            if mention is not None and mention.kind != "desc" and _set_off(text, mention, open_at):
                return mention, ws[i]
    for i in range(len(ws) - 1, 0, -1):
        if is_verb(ws[i], lexicon.finite):
            mention = subject(text, start, ws[i].start, entities, lexicon)
            if mention is not None:
                return mention, ws[i]
    return None


def _verb_opens_clause(text: str, ws: Sequence[Word], i: int, lexicon: QuotesLexicon) -> bool:
    """Whether the verb ``ws[i]`` opens its clause, so that the name after it may be its
    inverted subject ("Said Ann Lee: “…”", "…,” said Ann Lee, “…”"): nothing but
    connectives stands between it and a mark or the clause's start. A verb after other
    words follows its own subject ("Ann Lee said she was “very pleased”",
    "She said Tom Reed was “a fine mayor”"): the name after it opens the clause said."""
    k = i
    while k > 0 and not text[ws[k - 1].end : ws[k].start].strip():
        k -= 1
    return all(w.key in lexicon.connectives for w in ws[k:i])


def _set_off(text: str, mention: Mention, open_at: int) -> bool:
    """Whether an inverted speaker ends its phrase before the quotation opening at
    ``open_at``: nothing follows it, or a mark sets off what does ("said Ann Lee, a
    professor, “…”"). A name or pronoun that words go on from opens the clause said ("China,
    its only ally, said it was “resolutely opposed”"), and its verb is no inverted one."""
    rest = text[mention.end : open_at].strip()
    return not rest or rest[0] in _SET_OFF or rest[-1] in ",:"  # "said Lee on Monday, “…”"


def quoted_as(
    text: str, ws: Sequence[Word], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Mention | None:
    """The person in "the Daily News quoted witness Devonte Brown as saying", where ``ws``
    ends with the participle: the one named right before the participle's phrase is the
    speaker, and the clause's subject only the outlet that reported the words (ECB+ dev 19_6)."""
    if len(ws) < 3 or not is_verb(ws[-1], lexicon.participles):
        return None
    named, joint = ws[-3], ws[-2]
    if joint.key not in lexicon.phrase_ends:
        return None
    if text[named.end : ws[-1].start].split() != [text[joint.start : joint.end]]:
        return None  # "Brown, as saying": a comma parts the name from the phrase
    for entity in entities:
        if entity.kind == "person" and entity.end == named.end:
            return Mention(entity.start, entity.end, "name", entity.name)
    return None


def _quoted_after(
    text: str, ws: Sequence[Word], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> tuple[Mention, Word] | None:
    """ "…," the Daily News quoted Devonte Brown as saying: ``quoted_as`` on the first
    participle of the clause after a quotation. A phrase opened before it ("…," Carver told
    reporters after the Times quoted Reddick as saying) is about other words."""
    for p, word in enumerate(ws):
        if _CLAUSE_BREAK.search(text, ws[p - 1].end if p else word.start, word.start):
            return None
        ahead = ws[p + 1] if p + 1 < len(ws) else word
        if word.key in lexicon.phrase_ends and not is_verb(ahead, lexicon.participles):
            return None
        if is_verb(word, lexicon.participles):
            mention = quoted_as(text, ws[: p + 1], entities, lexicon)
            return (mention, word) if mention is not None else None
    return None


def sentence_subject(
    text: str, ws: Sequence[Word], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Mention | None:
    """The subject of a sentence, for a participle's speaker ("X rejected the claim, saying
    …"): a pronoun opening it, or the first person or organisation among its first words;
    both after an opening phrase set off by a comma ("In a speech on Tuesday, X struck a
    measured tone, saying …"), which names where or when, not who. With none after it, the
    subject stood before that comma, its apposition after it ("In his speech Smith, the
    party leader, rejected …")."""
    if ws and (ws[0].key in lexicon.phrase_ends or ws[0].key in lexicon.place_prepositions):
        opened = next(
            (k for k in range(1, len(ws)) if text[ws[k - 1].end : ws[k].start].strip() == ","),
            None,
        )
        found = _first_subject(ws[opened:], entities, lexicon) if opened is not None else None
        if found is not None:
            return found
    return _first_subject(ws, entities, lexicon)


def _first_subject(
    ws: Sequence[Word], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Mention | None:
    """A pronoun among the first two words, or the first person or organisation within
    SUBJECT_REACH words."""
    for word in ws[:2]:
        if word.key in lexicon.pronouns:
            return Mention(word.start, word.end, "pronoun", word.key, lexicon.pronouns[word.key])
    reach = ws[min(len(ws), SUBJECT_REACH) - 1].end
    for entity in entities:
        if ws[0].start <= entity.start < reach and entity.kind in ("person", "organisation"):
            return Mention(entity.start, entity.end, "name", entity.name)
    return None
