"""In-article coreference of names: every mention gets the canonical name of what it names.

A short name takes the full name that contains it ("Andi" → "Andi Wijaya", "Carver" → "Linda
Carver"); a nickname takes the name it is introduced with ("Irwan Setiabudi atau yang akrab
disapa Bang Iwan", "Joko Widodo (Jokowi)") or the lexicon's known alias; an acronym takes its
expansion ("Badan Intelijen Negara (BIN)" … "BIN"), found by brackets or by initials.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from silang.lang.quotes import QuotesLexicon
from silang.model import Entity

_WORD = re.compile(r"[^\W_][\w'’.-]*")
#: How far (characters) a nickname may stand from the alias cue that introduces it: room for
#: an honorific ("Bang", "Pak") and punctuation.
_ALIAS_REACH = 16
#: How many times a short name may stand before the first full name that holds it and still
#: be that person: a headline's and a lead's "Carver" before "Mayor Linda Carver".
SHORT_BEFORE_FULL = 2


def resolve_names(
    text: str, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> tuple[Entity, ...]:
    """The entities with ``name`` set to the canonical name of what each mention names."""
    ordered = sorted((_past_verb(e, lexicon) for e in entities), key=lambda e: e.start)
    acronyms = _acronyms(text, ordered, lexicon)
    aliases = _aliases(text, ordered, lexicon)
    persons = _Persons([e for e in ordered if e.kind == "person"])
    organisations = [e for e in ordered if e.kind == "organisation"]
    resolved = []
    for entity in ordered:
        name = entity.text
        if entity.kind == "person":
            name = _person_name(entity, persons, aliases, lexicon)
        elif entity.kind == "organisation":
            name = acronyms.get(entity.text) or _organisation_name(entity, organisations)
        resolved.append(replace(entity, name=name))
    return tuple(resolved)


def _past_verb(entity: Entity, lexicon: QuotesLexicon) -> Entity:
    """The name without a passive speech verb opening the sentence before it, which a run of
    capitalised words takes in: "Dikatakan Slamet, …" names Slamet."""
    first = _WORD.match(entity.text)
    if first is None or first.group().casefold() not in lexicon.passive:
        return entity
    rest = _WORD.search(entity.text, first.end())
    if rest is None:
        return entity
    cut = rest.start()
    return replace(entity, start=entity.start + cut, text=entity.text[cut:], name=entity.name[cut:])


def _words(name: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(name)]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


class _Persons:
    """An article's person mentions with each one's words, read once, and the mentions
    holding each word: a mention's fuller names are looked for among those holding its
    first word, not among all (an article of n names would cost n² word readings)."""

    def __init__(self, mentions: Sequence[Entity]) -> None:
        self.mentions = mentions
        self.words = {id(o): _words(o.text) for o in mentions}
        self.holding: dict[str, list[Entity]] = {}
        for mention in mentions:
            for word in dict.fromkeys(self.words[id(mention)]):
                self.holding.setdefault(word, []).append(mention)

    def with_words(self, mine: list[str]) -> Sequence[Entity]:
        """The mentions that may hold all of ``mine``, in text order."""
        return self.holding.get(mine[0], []) if mine else self.mentions


def _person_name(
    entity: Entity, persons: _Persons, aliases: dict[str, str], lexicon: QuotesLexicon
) -> str:
    """The longest person mention holding this one's words, the nearest before it first."""
    if entity.text in aliases:
        return aliases[entity.text]
    mine = _words(entity.text)
    best: Entity | None = None
    read = persons.words
    sharing = persons.with_words(mine)
    fuller = [o for o in sharing if len(read[id(o)]) > len(mine) and _contains(read[id(o)], mine)]
    # Where no full name stands before the mention, one after it counts only where the short
    # name is used at most twice before it: a headline's and the lead's "Carver", then the
    # body's "Mayor Linda Carver". A short name used again and again before any full name
    # stands on its own, and a full name far on is another person of the name (ECB+ dev
    # 26_9: "Gigante" throughout, his brother "Louis Gigante" near the end).
    shorts = [o.start for o in sharing if read[id(o)] == mine]
    alone = not any(o.start < entity.start for o in fuller)
    for other in fuller:
        theirs = read[id(other)]
        if alone and sum(1 for at in shorts if at < other.start) > SHORT_BEFORE_FULL:
            continue
        if (
            best is None
            or len(theirs) > len(read[id(best)])
            or (len(theirs) == len(read[id(best)]) and _closer(other, best, entity))
        ):
            best = other
    if best is not None:
        return aliases.get(best.text, best.text)
    return lexicon.aliases.get(entity.text.casefold(), entity.text)


def _closer(candidate: Entity, current: Entity, entity: Entity) -> bool:
    """Whether ``candidate`` is a better antecedent than ``current``: before the mention and
    nearer to it (a mention after it counts only when nothing before it fits)."""
    if (candidate.start < entity.start) != (current.start < entity.start):
        return candidate.start < entity.start
    return abs(candidate.start - entity.start) < abs(current.start - entity.start)


def _organisation_name(entity: Entity, organisations: Sequence[Entity]) -> str:
    """A one-word organisation name that opens a longer one is short for it ("Ombudsman" →
    "Ombudsman Republik Indonesia"); otherwise the mention is its own name."""
    mine = _words(entity.text)
    if len(mine) != 1:
        return entity.text
    for other in organisations:
        theirs = _words(other.text)
        if len(theirs) > 1 and theirs[0] == mine[0]:
            return other.text
    return entity.text


def _initials(name: str, lexicon: QuotesLexicon) -> str:
    return "".join(
        w[0]
        for w in _WORD.findall(name)
        if w[0].isupper() and w.casefold() not in lexicon.org_connectors
    )


def _acronyms(text: str, entities: Sequence[Entity], lexicon: QuotesLexicon) -> dict[str, str]:
    """Short form → expansion: "Komisi Pemberantasan Korupsi (KPK)", or by initials."""
    found: dict[str, str] = {}
    for left, right in itertools.pairwise(entities):
        if (
            left.kind == "organisation"
            and text[left.end : right.start] == " ("
            and text[right.end : right.end + 1] == ")"
            and len(_words(right.text)) == 1
        ):
            found.setdefault(right.text, left.text)
    expansions = [e.text for e in entities if e.kind == "organisation" and len(_words(e.text)) > 1]
    for entity in entities:
        letters = entity.text
        if entity.kind != "organisation" or letters in found or not letters.isupper():
            continue
        for expansion in expansions:
            if _initials(expansion, lexicon) == letters:
                found[letters] = expansion
                break
    return found


def _aliases(text: str, entities: Sequence[Entity], lexicon: QuotesLexicon) -> dict[str, str]:
    """Nickname → full name, from "X (Nick)" and "X, yang akrab disapa Nick"."""
    found: dict[str, Entity] = {}
    folded = text.casefold()
    persons = [e for e in entities if e.kind == "person"]
    for left, right in itertools.pairwise(persons):
        between = folded[left.end : right.start]
        bracket = between == " (" and text[right.end : right.end + 1] == ")"
        cue = any(
            c in between and len(between) - between.index(c) - len(c) <= _ALIAS_REACH
            for c in lexicon.alias_cues
        )
        if (
            (bracket or cue)
            and len(between) <= 40
            and not _contains(_words(left.text), _words(right.text))
        ):
            found.setdefault(right.text, left)
    # A full name known by its short form ("Sandiawan, yang akrab disapa Bang Sandi") passes
    # its own canonical name on to the nickname: the name that mention takes (_person_name),
    # so that a surname standing alone passes on itself, not a namesake's full name named
    # later ("Gigante was nicknamed "Chin"", his brother "Louis Gigante" near the end).
    known = _Persons(persons)
    return {nick: _person_name(full, known, {}, lexicon) for nick, full in found.items()}
