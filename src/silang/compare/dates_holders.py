"""Whose a dated happening is: the person whose name qualifies its event word ("a Clinton
rally", "aksi Garner": ``event_holder``), or who opens the clause after the one it is the
setting of ("during a campaign rally, Trump said ...": ``event_hosts``). silang.compare.dates
tells two people's happenings of one kind apart by them, where their days would otherwise
dispute."""

from __future__ import annotations

import re
from collections.abc import Sequence

from silang.compare.dates_lexicon import FUNCTION, NAME, TELLING
from silang.compare.dates_tokens import WORD, Token, joined, word_at
from silang.compare.dates_words import DateSentence
from silang.model import Annotated, Entity

#: What stands between a name and the event word it qualifies: a space, or a possessive's
#: ending ("a Clinton rally", "Trump's rally").
_HOLDER_GAP = re.compile(r"(?:['’]s)?\s+")
#: What stands between the words of one name ("Des Moines"), or between an event word and
#: the name after it that qualifies it ("aksi Garner", "kampanye Jokowi").
_NAME_GAP = re.compile(r"\s+")


def event_holder(read: DateSentence, item: Annotated, event: str) -> frozenset[str]:
    """The words (casefolded, each after "@", as silang.compare.glossary's key terms write a
    name's) of the person's name that qualifies a word of ``event`` in the date's sentence
    (``read``), right before it ("a Clinton rally", "Trump's rally") or right after it ("aksi
    Garner"): whose the happening is. A name that is no person's the entity stage reads in
    the article ("a Republican rally", "the Jakarta protest") is a party's or a place's:
    none. The person may be read elsewhere in the article only: the entity stage takes "a
    Clinton rally" for an organisation's where it reads "Hillary Clinton" as a person's."""
    people = [
        {w.casefold() for w in WORD.findall(f"{e.text} {e.name}")}
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


def event_hosts(read: DateSentence, item: Annotated, event: str) -> frozenset[str]:
    """The words (as ``event_holder`` writes them) of the person who opens the clause right
    after the phrase where a word of ``event`` is the setting ("On Tuesday, during a campaign
    rally, Pike said ...", "dalam aksi kampanye, Pike mengatakan"): the subject of what went
    on there, as a candidate speaking at a rally is its holder. The phrase runs on through
    clauses of names and stopwords only ("During a rally in Raleigh, North Carolina, Trump
    remarked"), and a form of address may stand before the name ("Mr. Trump"). A person
    named elsewhere in the sentence is no subject of the setting ("During the rally on
    Friday, police arrested John Smith"); one named after a title or with one ("spokeswoman
    Hope Hicks", "Sheriff Joe Lombard", "Kapolda Budi") speaks for others; and the speaker
    of an attribution tells the setting, he was not its actor ("Protesters shouted at the
    rally on Friday, Hicks said"): none of them holds it."""
    hosts: set[str] = set()
    for index in range(len(read.parts)):
        setting = _set_in(read, index, event)
        if setting is None:
            continue
        for after in range(index + 1, len(read.parts)):
            hosts.update(_opener(read, item, after, setting))
            if any(t.kind not in (NAME, FUNCTION) for t in read.tokens(after)):
                break  # the phrase ends: this clause tells what went on
    return frozenset(hosts)


def _opener(read: DateSentence, item: Annotated, index: int, setting: Token) -> set[str]:
    """The words (as ``event_holder`` writes them) of the untitled person who opens clause
    ``index``, a form of address at most before him, and who speaks no attribution nor quote
    of the ``setting``; none for none."""
    clause = read.parts[index]
    for entity in item.entities:
        if entity.kind != "person" or not clause.start <= entity.start < clause.end:
            continue
        before = [w.casefold() for w in WORD.findall(read.text, clause.start, entity.start)]
        named = [w.casefold() for w in WORD.findall(entity.text)]
        if (
            all(w in read.beside.honorifics for w in before)
            and not (set(before) | set(named[:1])) & read.beside.titles
            and not _attributes(read, index, entity.end)
            and not _speaks(item, entity, setting)
        ):
            return {f"@{w}" for w in named}
    return set()


def _set_in(read: DateSentence, index: int, event: str) -> Token | None:
    """The word of ``event`` in clause ``index`` that follows a setting word
    (``read.beside.settings``) with at most SETTING_WORDS words between, all one space apart;
    None for none."""
    tokens = read.tokens(index)
    for k, token in enumerate(tokens):
        if token.kind != event:
            continue
        for back in range(k - 1, max(k - SETTING_WORDS - 2, -1), -1):
            if not joined(read.text, tokens, back, back + 1):
                break
            if word_at(read.text, tokens, back) in read.beside.settings:
                return token
    return None


def _attributes(read: DateSentence, index: int, end: int) -> bool:
    """Whether the words after a name ending at ``end`` in clause ``index``, to the end of the
    sentence, are a telling word and stopwords only ("..., Hicks said."): the clause cites
    the speaker of what went before, and tells nothing he did there."""
    after = [t for k in range(index, len(read.parts)) for t in read.tokens(k) if t.start >= end]
    kinds = {t.kind for t in after}
    return TELLING in kinds and kinds <= {TELLING, FUNCTION}


def _speaks(item: Annotated, person: Entity, setting: Token) -> bool:
    """Whether ``person`` is the speaker of a quote that holds the ``setting``
    word: the quote stage reads the setting as what he told ("Protesters shouted at the
    rally on Friday, Hicks told reporters")."""
    return any(
        q.speaker_start is not None
        and q.speaker_end is not None
        and q.speaker_start < person.end
        and person.start < q.speaker_end
        and q.start <= setting.start < q.end
        for q in item.quotes
    )


def _possessive_end(text: str, token: Token) -> bool:
    """Whether ``token`` is the "s" of a possessive ("Trump's"): part of the name before it."""
    return (
        text[token.start : token.end] == "s" and token.start > 0 and text[token.start - 1] in "'’"
    )


def _name_beside(read: DateSentence, tokens: Sequence[Token], at: int, step: int) -> list[Token]:
    """The words of the name right beside ``tokens[at]`` on the side ``step`` goes (-1 before,
    1 after), none where a word of another kind stands there. A determiner opening the
    sentence is written as a name is ("A Des Moines rally"), and is none."""
    found: list[Token] = []
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
