"""Reported (indirect) speech in a sentence without quote marks.

Shapes, tried in this order: a headline's "Andi: CONTENT" and a Title Case headline's "X Says
CONTENT" (quotes_headlines); "Menurut X, CONTENT." /
"According to X, CONTENT." / "Kata X, CONTENT." (also after a sentence's opening words:
"Masih menurut X, …", "Namun kata dia, …"); "A, kata X, CONTENT." (the content is what
follows the inserted attribution); "CONTENT, kata X." / "CONTENT, X said."; "X mengatakan
(kepada wartawan,) (bahwa) CONTENT." / "X said (on Monday) (that) CONTENT."; "Dalam siaran
pers X, dijelaskan bahwa CONTENT." / "Dijelaskan oleh X bahwa CONTENT."; and "X rejected the
claim, saying CONTENT." The content span leaves out the cue, the complementiser and the closing
punctuation.
A channel or a source after an attribution ("seperti dikutip dari Y", "as reported by Y",
"according to Y") is never its content, nor is a date or a short adverbial that ends the
sentence: "A, kata X, seperti dikutip dari Y, Jumat (26/9/2014)." says A. A statement
closed by its attribution goes back over the sentences before it that go on with one
another ("… Smartphone ini juga … Termasuk, …, ujar X."): see statement_start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from silang.extract.quotes_headlines import headline_speech
from silang.extract.quotes_marks import DOUBLE_OPEN
from silang.extract.quotes_speaker import (
    Mention,
    Word,
    anaphor_at,
    forward,
    is_verb,
    phrase_key,
    sentence_subject,
    subject,
    verb_after_subject,
    words_in,
)
from silang.lang.quotes import QuotesLexicon
from silang.model import Entity, Span

#: A complementiser ("that") at most this many words after the verb starts the content
#: ("said on Monday that", "told the Daily Ledger that").
COMPLEMENT_REACH = 8
#: … and at most this many when the verb's object opens with a preposition: "mengatakan
#: kepada sebuah situs berita CNBC dan beberapa media lainnya bahwa …".
OBJECT_REACH = 12
#: An opening phrase before a comma ("di Jakarta, Senin (4/3/2024),") is skipped after the
#: verb when it has at most this many words.
ADVERBIAL_WORDS = 6
#: A request's "agar" / "to" comes within this many words of the verb's complement.
DIRECTIVE_REACH = 3
#: A statement closed by "…, ujar X." reaches back at most this many sentences before its own.
CONTINUED_SENTENCES = 3
#: An inverted verb's speaker's name starts within this many words of it ("tutur dr Andi").
INVERTED_NAME_REACH = 2
#: A continuation word ("Termasuk", "juga") counts among a sentence's first this many words.
CONTINUATION_REACH = 4
#: A complementiser opens a told proposition after at least this many words of its sentence
#: (complement_clause): "Beredar kabar bahwa …" ...
COMPLEMENT_FRAME = 2
#: ... and at most this many: "Banyak beredar di media sosial bahwa …" (5); a longer run is
#: a subject that the complementiser's noun stands inside.
FRAME_WORDS = 6
#: A source word ("menurut") opens its sentence's reported speech after at most this many
#: opening words ("Masih menurut …", "Sementara itu menurut …").
OPENING_WORDS = 2
#: A figure's counted noun takes this many words ("101 yards", "30 million") before the
#: preposition that shows the figure is the verb's object; with two, a clause's figure and
#: its verb would pass for one ("said 40 were injured in the crash").
FIGURE_NOUN_WORDS = 1
#: A speaker described, not named, closing a sentence has at most this many words before
#: the verb ("…, a Lagos airport official told …"); more are a clause of the statement.
DESCRIBED_WORDS = 4
#: A document noun after its issuer's name ("according to FEC filings", "a Washington Post
#: analysis") has at most this many words.
DOCUMENT_WORDS = 2
#: A phrase of a preposition and names alone after a speech verb ("reported by The Daily
#: Ledger", "mengatakan di Jakarta") has at most this many words: no clause was said.
AGENT_WORDS = 4


#: What may join a name to the document noun after it: a possessive ("HuffPost Pollster's
#: polling average") or a partner named with a slash ("a CNN/WMUR poll").
_JOINED_NAME = re.compile(r"(?:['’]s\b|/[^\W_][\w.-]*)+")


class Reported(NamedTuple):
    start: int
    end: int
    speaker: Mention
    cue: Word


def reported(
    text: str, sentence: Span, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    """The reported speech in one sentence, if it has one."""
    end = _content_end(text, sentence.start, sentence.end)
    ws = words_in(text, sentence.start, end)
    if len(ws) < 3:
        return None
    return (
        _headline(text, ws, end, entities, lexicon)
        or _titled_headline(text, ws, end, entities, lexicon)
        or _source_first(text, ws, end, entities, lexicon)
        or _inserted(text, ws, end, entities, lexicon)
        or _subject_verb(text, ws, end, entities, lexicon)
        or _passive_that(text, ws, end, entities, lexicon)
        or _participle(text, ws, end, entities, lexicon)
    )


def complement_clause(
    text: str, sentence: Span, inside: tuple[int, int], lexicon: QuotesLexicon
) -> tuple[int, int, Word] | None:
    """The clause that a clause opener ("bahwa": a complementiser that is nothing else; not
    English "that", also a relative pronoun) opens in ``sentence`` and that holds the stretch
    ``inside``, with the complementiser, when no speech verb frames it:
    "Banyak beredar di media sosial bahwa Pokemon … mempunyai arti "Aku Yahudi"." A
    complementiser opens a proposition told as someone's word, whatever verb or noun stands
    before it (a rumour "beredar", a "klaim"); the clause runs to the sentence's end. The
    complementiser is the sentence's first, after a frame of COMPLEMENT_FRAME to FRAME_WORDS
    words with no comma: a longer frame, or one broken by a comma, is a subject or a clause
    of its own, and the complementiser a noun's inside it ("Salah satu informasi yang bisa
    dilihat sebagai penanda bahwa X adalah Y": the sentence goes on past X; "Klitschko had
    beaten Thompson, mostly dominating that fight"). The clause must start before
    ``inside`` with words of its own."""
    end = _content_end(text, sentence.start, sentence.end)
    ws = words_in(text, sentence.start, end)
    that = next((i for i, w in enumerate(ws) if w.key in lexicon.complementisers), None)
    if that is None or ws[that].key not in lexicon.clause_openers:
        return None
    if not COMPLEMENT_FRAME <= that <= FRAME_WORDS or inside[1] > end:
        return None
    cue = ws[that]
    if cue.end > inside[0] or "," in text[sentence.start : cue.start]:
        return None
    clause = words_in(text, cue.end, inside[0])
    if not clause:
        return None
    found = _made(text, cue.end, end, Mention(cue.start, cue.end, "desc", ""), cue)
    return (found.start, found.end, cue) if found is not None else None


def statement_start(
    text: str, speech: Reported, sentence: Span, before: Sequence[Span], lexicon: QuotesLexicon
) -> int:
    """Where the statement that a trailing attribution ("…, ujar X.") closes begins: at its
    own sentence, or at an earlier one of ``before`` (the sentences just before it in its
    paragraph, with no speech of their own) while each sentence goes on with the one before
    ("iPhone 6 … kuat. Smartphone ini juga … Termasuk, …, ujar juru bicara Apple.")."""
    ws = words_in(text, sentence.start, speech.end)
    if not ws or ws[0].start != speech.start or speech.cue.start < speech.end:
        return speech.start
    start, end = speech.start, speech.end
    for previous in reversed(before[-CONTINUED_SENTENCES:]):
        if not _continues(text, start, end, lexicon):
            break
        start, end = previous.start, previous.end
    return start


def runs_on(
    text: str,
    told: Reported,
    speech: Reported,
    sentence: Span,
    before: Sequence[Span],
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> int:
    """Where the statement that a trailing attribution closes begins when the sentences
    ``before`` it, which say nothing of their own, stand between it and a statement ``told``
    opened by the same speaker ("Kata Heru, A. B. C. D, tuturnya."): at the first of them.
    The speaker opened the statement and closes it, and nobody else is named in between, so
    the sentences between are the speaker's running words, their quote marks lost. The
    same speaker: "tuturnya" / "ujar dia" after a statement opened by a name (no other
    person named in between for the pronoun to stand for), or the same name again; a
    sentence between that speaks of someone as "ia" / "he" is the reporter's. At most
    CONTINUED_SENTENCES sentences; else, or when a statement closed by its speaker ("A,
    ujar X.") comes before, the statement starts at its own sentence."""
    ws = words_in(text, sentence.start, speech.end)
    if not before or len(before) > CONTINUED_SENTENCES or told.cue.start > told.start:
        return speech.start
    if not ws or ws[0].start != speech.start or speech.cue.start < speech.end:
        return speech.start
    opener, closer = told.speaker, speech.speaker
    if opener.kind != "name" or not (
        closer.kind == "pronoun" or (closer.kind == "name" and closer.key == opener.key)
    ):
        return speech.start
    # Someone named in between could be whom the closing pronoun stands for, or the
    # reporter tells of a body ("Bulog kemudian menambah stok …"); a body named inside a
    # sentence ("konsumen level II", "petani binaan Koperasi X") is neither for a pronoun
    # standing for a person; one opening a sentence or a clause after a comma ("Sementara
    # itu, Kementerian X menyiapkan …") is the reporter's subject.
    passed = closer.kind == "pronoun" and closer.wants == "person"
    openings = {s.start for s in before}
    if any(
        before[0].start <= e.start < sentence.start
        and not (
            passed
            and e.kind == "organisation"
            and e.start not in openings
            and not text[: e.start].endswith(", ")
        )
        for e in entities
    ):
        return speech.start
    if any(w.key in lexicon.pronouns for w in words_in(text, before[0].start, sentence.start)):
        return speech.start  # "Ia menyangkal …": the reporter telling of the speaker
    return before[0].start


def points_forward(ws: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether a sentence of words ``ws`` opens with a word pointing forward ("berikut",
    "begini", "here"): only such a sentence may announce a statement (``announced``)."""
    return bool(ws) and ws[0].key in lexicon.cataphorics


def announced(
    text: str,
    sentence: Span,
    following: Span | None,
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> Reported | None:
    """The statement that a sentence announces: "Berikut penjelasannya: CONTENT." / "Begini
    klarifikasi yang disampaikan secara resmi oleh BPPMI." followed by the statement's first
    sentence. A cataphoric word ("berikut", "begini", "here") opening the sentence points
    forward, and a noun of a statement within FRAME_WORDS words after it says that what it
    points to is someone's word: the words after a colon in the same sentence, else the next
    sentence (``following``). Its speaker is the noun's possessive "-nya" or the agent of a
    passive verb in the frame ("oleh BPPMI", "by the agency"); with neither, no speaker is
    named and nothing is told."""
    ws = words_in(text, sentence.start, sentence.end)
    if len(ws) < 2 or not points_forward(ws, lexicon):
        return None
    colon = _mark_between_phrases(text, ":", ws[0].end, sentence.end)
    frame = [w for w in ws[1 : 1 + FRAME_WORDS] if colon < 0 or w.end <= colon]
    noun = next((w for w in frame if _statement_noun(w, lexicon)), None)
    if noun is None:
        return None
    mention = _announcer(text, noun, ws, colon if colon >= 0 else sentence.end, entities, lexicon)
    if mention is None:
        return None
    if colon >= 0:
        return _made(text, colon + 1, _content_end(text, colon + 1, sentence.end), mention, noun)
    if following is None:
        return None
    end = _content_end(text, following.start, following.end)
    return _made(text, following.start, end, mention, noun)


def _statement_noun(word: Word, lexicon: QuotesLexicon) -> bool:
    if word.key in lexicon.issued:
        return True
    suffix = next((s for s in lexicon.pronoun_suffixes if word.key.endswith(s)), "")
    return bool(suffix) and word.key[: -len(suffix)] in lexicon.issued


def _announcer(
    text: str,
    noun: Word,
    ws: Sequence[Word],
    end: int,
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> Mention | None:
    """Who made the statement an announcing sentence names: "penjelasannya" (its owner), or
    the agent after "oleh" / "by" before ``end``."""
    suffix = next((s for s in lexicon.pronoun_suffixes if noun.key.endswith(s)), "")
    if suffix and noun.key not in lexicon.issued:
        return Mention(noun.end - len(suffix), noun.end, "pronoun", suffix)
    for w, word in enumerate(ws[:-1]):
        if word.start > noun.start and word.end <= end and word.key in lexicon.agents:
            return forward(text, ws[w + 1].start, end, entities, lexicon)
    return None


def _continues(text: str, start: int, end: int, lexicon: QuotesLexicon) -> bool:
    ws = words_in(text, start, end)[:CONTINUATION_REACH]
    return any(w.key in lexicon.continuations for w in ws)


def _participle(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    for w in range(2, len(ws) - 1):
        if is_verb(ws[w], lexicon.participles) and text[ws[w - 1].end : ws[w].start] == ", ":
            mention = sentence_subject(text, ws[:w], entities, lexicon)
            if mention is None:
                return None
            rest = ws[w + 1 :]
            if rest and rest[0].key in lexicon.complementisers:
                rest = rest[1:]
            if not rest or _figure_object(text, ws[w], rest, lexicon):
                return None
            return _made(text, rest[0].start, end, mention, ws[w])
    return None


def _passive_that(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    """ "Dalam siaran pers KJRI Davao, dijelaskan bahwa CONTENT": a passive speech verb and
    its complementiser after the comma that closes an opening phrase; the speaker is who
    that phrase names (see _opening_source)."""
    if ws[0].key in lexicon.passive:
        return _passive_first(text, ws, end, entities, lexicon)
    pronoun = _pronoun_source(ws[0], lexicon, lexicon.passive)
    if pronoun is not None and text[ws[0].end : ws[0].end + 2] == ", ":
        return _made(text, ws[0].end + 2, end, pronoun, ws[0])  # "Dikatakannya, CONTENT"
    for v in range(1, len(ws) - 2):
        verb = ws[v]
        if not is_verb(verb, lexicon.passive) or ws[v + 1].key not in lexicon.complementisers:
            continue
        if text[ws[v - 1].end : verb.start] != ", ":
            return None
        mention = _opening_source(text, ws[:v], entities, lexicon)
        return _made(text, ws[v + 1].end, end, mention, verb) if mention else None
    return None


def _passive_first(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    """ "Dijelaskan oleh Andi Wijaya bahwa CONTENT": the passive verb opens the sentence and
    its speaker follows it, before the complementiser that opens the content."""
    that = next((i for i, w in enumerate(ws[:OBJECT_REACH]) if w.key in lexicon.complementisers), 0)
    first = 2 if len(ws) > 2 and ws[1].key in lexicon.agents else 1
    if lexicon.any_channel.match(text, ws[first].start):
        return None  # "Disampaikan kepada Andi bahwa …" names who was told
    if that == 0:
        # No complementiser: the speaker's phrase is closed by a comma, as after a fronted
        # "kata" ("Dikatakan Slamet, CONTENT", "Dijelaskan oleh Imam, CONTENT"). A verb that
        # also declares a state ("Dinyatakan Bersalah, …") names its speaker only after "oleh".
        if first == 1 and ws[0].key in lexicon.state_passives:
            return None
        found = _fronted_speaker(text, ws[first:], end, entities, lexicon)
        return None if found is None else _made(text, found[1], end, found[0], ws[0])
    if that <= first:
        return None
    mention = forward(text, ws[first].start, ws[that].start, entities, lexicon)
    if mention is None or mention.kind == "desc":
        return None
    return _made(text, ws[that].end, end, mention, ws[0])


def _opening_source(
    text: str, opening: Sequence[Word], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Mention | None:
    """The last person or organisation an opening phrase names, else a phrase in it pointing
    back to one named before ("Dalam keterangan lembaga tersebut, …"). A name inside a
    channel is who was told or who relayed it ("Kepada Andi, …", "Dilansir dari Kompas,
    …"), not the source; with nobody named ("Dalam surat itu, …") there is no speaker."""
    start, end = opening[0].start, opening[-1].end
    channels = [m.span() for m in lexicon.any_channel.finditer(text, start, end)]
    named = [
        e
        for e in entities
        if start <= e.start and e.end <= end and e.kind in ("person", "organisation")
        if not any(s <= e.start < t for s, t in channels)
    ]
    if named:
        return Mention(named[-1].start, named[-1].end, "name", named[-1].name)
    pointing = (anaphor_at(text, opening, i, lexicon) for i in range(len(opening)))
    return next((m for m in pointing if m is not None and m.kind == "title"), None)


def _headline(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    """A headline's "Andi: Kami siap" / "Trump: I'm the worst thing …"."""
    for entity in entities:
        if entity.start == ws[0].start and entity.kind in ("person", "organisation"):
            mark = text[entity.end : entity.end + 1]
            if mark in lexicon.colons and text[entity.end + 1 : entity.end + 2] == " ":
                cue = Word(entity.end, entity.end + 1, mark)
                mention = Mention(entity.start, entity.end, "name", entity.name)
                return _made(text, entity.end + 2, end, mention, cue)
    return None


def _titled_headline(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    """A Title Case headline's "Trump Says He Never Pledged …" (quotes_headlines)."""
    found = headline_speech(text, ws, end, entities, lexicon)
    return None if found is None else _made(text, found[2], end, found[0], found[1])


def _content_end(text: str, start: int, end: int) -> int:
    """Where a sentence's words end: before its closing punctuation and before a source
    cited in brackets after a comma ("…, (detikHealth, 23/10/2015).")."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if end > start and text[end - 1] == ")":
        opening = text.rfind("(", start, end)
        if opening >= start + 2 and text[opening - 2 : opening] == ", ":
            return opening - 2
    return end


def _pronoun_source(
    word: Word, lexicon: QuotesLexicon, sources: frozenset[str] | None = None
) -> Mention | None:
    """ "Menurutnya": a source word (of ``sources``, else the lexicon's) with a possessive
    pronoun; "Dikatakannya" is a passive verb with one."""
    for source in lexicon.sources if sources is None else sources:
        for suffix in lexicon.pronoun_suffixes:
            if word.key == source + suffix:
                return Mention(word.end - len(suffix), word.end, "pronoun", suffix)
    return None


def _source_first(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    """ "Menurut X, CONTENT", "Menurutnya, CONTENT" and "Kata X, CONTENT", also after the
    words that open a sentence without naming anyone (_opening)."""
    for lead in range(min(OPENING_WORDS, len(ws) - 2) + 1):
        if lead and not _opening(text, ws, lead, entities, lexicon):
            break
        found = _source_at(text, ws[lead:], end, entities, lexicon)
        # A fronted verb follows connectives only: after another word "kata" is its object,
        # the noun "word" ("Mendengar kata Pokemon, …").
        if found is None and all(w.key in lexicon.connectives for w in ws[:lead]):
            found = _fronted_verb(text, ws[lead:], end, entities, lexicon)
        if found is not None:
            return found
    return None


def _opening(
    text: str, ws: Sequence[Word], lead: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> bool:
    """Whether the first ``lead`` words of a sentence may stand before its source word: a
    sentence adverb or connective ("Masih menurut pesan tersebut, …", "Namun menurut dia,
    …", "Sementara itu menurut X, …") names no one and takes no comma before "menurut"; two
    such words must both be connectives. A name or a comma there makes the source word part
    of a clause of its own ("Andi, menurut polisi, …")."""
    opening = ws[:lead]
    connectives = all(w.key in lexicon.connectives for w in opening)
    if any(text[a.end : b.start] != " " for a, b in pairwise(opening)):
        return False
    # A comma may set off a sentence connector ("Namun, menurut X, …", "Namun, ujar X, …"):
    # it parts nothing that could be a clause of its own.
    if text[opening[-1].end : ws[lead].start] not in (" ", ", ") or (
        text[opening[-1].end] == "," and not connectives
    ):
        return False
    if any(e.start < opening[-1].end and opening[0].start < e.end for e in entities):
        return False
    return lead == 1 or connectives


def _fronted_verb(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    """ "Kata Heru, CONTENT" / "Namun kata dia, CONTENT": an inverted speech verb opening
    the sentence (after its opening words), its speaker, a comma, then what was said; the
    fronted verb works as "menurut" does. The speaker must be a person named by name or a
    pronoun, and the comma must close the name: sentence-initial "Kata" is also the noun
    "word" ("Kata Bristle, yang tertulis …, berarti …")."""
    if len(ws) < 4 or ws[0].key not in lexicon.inverted:
        return None
    found = _fronted_speaker(text, ws[1:], end, entities, lexicon)
    return None if found is None else _made(text, found[1], end, found[0], ws[0])


def _fronted_speaker(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> tuple[Mention, int] | None:
    """The speaker right after a fronted verb (``ws`` starts at it): a person named by name
    or a pronoun, or a pointing phrase closed by its determiner, that a comma closes; with
    where what was said starts."""
    if len(ws) < 3:
        return None
    # The speaker's phrase is closed by a comma: a name in the content after it is not it.
    comma = text.find(", ", ws[0].start, end)
    mention = None if comma < 0 else forward(text, ws[0].start, comma, entities, lexicon)
    if (
        mention is None
        or not _titles_only(text, ws[0].start, mention.start, lexicon)
        or not _phrase_tail(text, mention.end, comma, lexicon)
    ):
        return None
    if mention.kind == "name" and not any(
        e.kind == "person" and e.start == mention.start for e in entities
    ):
        return None
    # A pointing phrase closed by its determiner ("ujar pihak Apple tersebut, …") names one
    # spoken of before: no noun "kata" ("word") stands before such a phrase.
    closed = mention.kind == "title" and _closed_by_determiner(text, mention, lexicon)
    if mention.kind not in ("name", "pronoun") and not closed:
        return None
    return mention, _past_date(text, comma + 2, end, lexicon)


def _titles_only(text: str, start: int, stop: int, lexicon: QuotesLexicon) -> bool:
    """Whether only titles stand before a speaker's name ("Diterangkan dr Rina, …"), or a
    title and the capitalised words of its post ("Dikatakan Kapolres Bogor AKBP Andi, …")."""
    before = words_in(text, start, stop)
    return not before or (
        before[0].key in lexicon.titles
        and all(w.key in lexicon.titles or w.capital for w in before)
    )


def _phrase_tail(text: str, start: int, comma: int, lexicon: QuotesLexicon) -> bool:
    """Whether the words between a speaker's name and the comma closing the phrase are none,
    or a phrase placing the saying with no verb of its own ("Dikatakan Andi kepada wartawan,
    …")."""
    tail = words_in(text, start, comma)
    # A longer run is more likely a sentence whose full stop was lost ("kata dia dalam pesan
    # elektroniknya Ketimbang memberikan …, CONTENT").
    return not tail or (
        len(tail) <= ADVERBIAL_WORDS
        and text[start : tail[0].start] == " "
        and tail[0].key in lexicon.phrase_ends
        and not has_predicate(tail, lexicon)
    )


def _past_date(text: str, start: int, end: int, lexicon: QuotesLexicon) -> int:
    """Where what was said starts, past a date set off by commas right after the speaker's
    phrase ("Diterangkan Andi, Senin (9/11), CONTENT")."""
    comma = text.find(", ", start, end)
    date = words_in(text, start, comma if comma >= 0 else start)
    dated = any(w.key in lexicon.time_words or w.key.isdigit() for w in date)
    if dated and all(w.capital or w.key.isdigit() for w in date):
        return comma + 2
    return start


def _closed_by_determiner(text: str, mention: Mention, lexicon: QuotesLexicon) -> bool:
    last = words_in(text, mention.start, mention.end)[-1:]
    return bool(last) and last[0].key in lexicon.anaphor_after


def _source_at(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    first = ws[0]
    pronoun = _pronoun_source(first, lexicon)
    if pronoun is not None:
        comma = text.find(", ", first.end, end)
        return _made(text, comma + 2, end, pronoun, first) if comma == first.end else None
    i = phrase_key(ws, 0, lexicon.sources, 2)
    if i == 0 or i >= len(ws):
        return None
    named = ws[i]
    if named.key in lexicon.records:
        return None  # "menurut data …" cites a record, not a speaker
    mention = forward(text, named.start, end, entities, lexicon)
    # The source's phrase ends at the comma after it; a name past that comma is the source
    # only set off in apposition ("Menurut juru bicara KJRI, Andi Wijaya, …"), else it is
    # the content's own subject ("According to Newsday, Teixeira still has …").
    phrase_end = text.find(", ", named.start, end)
    if mention is not None and 0 <= phrase_end < mention.start:
        titles = words_in(text, phrase_end + 2, mention.start)  # "…, dr Herianto, …"
        set_off = (
            all(w.key in lexicon.titles for w in titles)
            and "," not in text[phrase_end + 2 : mention.start]
        )
        if not (set_off and text[mention.end : mention.end + 2] == ", "):
            mention = forward(text, named.start, phrase_end, entities, lexicon)
    if mention is None:
        return None
    comma = text.find(", ", mention.end, end)
    # The cue is the whole source phrase: "according to", not "according".
    cue = Word(ws[0].start, ws[i - 1].end, " ".join(w.key for w in ws[:i]), ws[0].capital)
    # A phrase with no predicate between the name and a comma is the speaker's aside
    # ("Menurut Budi sendiri, …", "According to John Smith of the Herald, …"), not content.
    aside = comma >= 0 and not has_predicate(words_in(text, mention.end, comma), lexicon)
    if not aside and _bare_source(text, named.start, mention, end, entities, lexicon):
        return _made(text, mention.end + 1, end, mention, cue)
    return _made(text, comma + 2, end, mention, cue) if comma >= 0 else None


def _bare_source(
    text: str,
    start: int,
    mention: Mention,
    end: int,
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> bool:
    """ "Menurut Nojeng jika perangkat rusak, …": a person's name or a pronoun right after the
    source word (and its titles, from ``start``) with no comma, the content going on at once
    in lower case; a word that describes the speaker ("yang", "selaku") or places the saying
    ("saat", "di") does not open content, nor does one that joins another source to the
    speaker ("dan", "serta", "and") or says whose the speaker is ("of", "dari"), nor a word
    of the speaker's own full name written in lower case ("Menurut Dr. Oz indonesia …")."""
    if any(w.key not in lexicon.titles for w in words_in(text, start, mention.start)):
        return False  # "Menurut kalangan X …": a noun phrase of its own
    after = words_in(text, mention.end, end)[:1]
    if not after or text[mention.end : after[0].start] != " " or after[0].capital:
        return False
    if after[0].key in lexicon.source_describers or after[0].key in mention.key.casefold().split():
        return False
    return mention.kind == "pronoun" or any(
        e.kind == "person" and e.start == mention.start for e in entities
    )


def _inserted(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    """An attribution after a comma: in the middle ("…, kata X, CONTENT") or at the end.
    A sentence that opens with a person's name set off by a comma ("Richard Revesz, director
    of the institute, said the states were …") has its subject and an apposition there:
    a verb both inverted and finite (English "said") after the apposition is the name's
    own, and what follows it is the content (_subject_verb), not a speaker phrase."""
    apposed = _apposed_opening(text, ws, entities)
    closing = text.find(", ", apposed + 2, end) if apposed is not None else -1
    for w in range(1, len(ws)):
        word = ws[w]
        if not _comma_between(text, ws[w - 1].end, word.start):
            continue
        if (
            ws[w - 1].end == closing
            and is_verb(word, lexicon.inverted)
            and is_verb(word, lexicon.finite)
        ):
            continue
        comma = text.rfind(",", ws[w - 1].end, word.start)
        found = _attribution_at(text, ws, w, end, entities, lexicon)
        if found is None:
            continue
        mention, cue, stop = found
        after = _past_asides(text, max(stop, mention.end), end, lexicon)
        rest = words_in(text, after, end)
        before = ws[:w]
        fronted = len(before) <= ADVERBIAL_WORDS and _adverbial(text, before, lexicon)
        if rest and (
            is_verb(rest[0], lexicon.participles)
            or (
                not fronted
                and (
                    rest[0].key in lexicon.concurrent
                    or _apposition(rest, mention, has_predicate(before, lexicon), lexicon)
                )
            )
        ):
            # "A, it said, adding that B": A is what was said; "adding" opens a statement
            # of its own, not the content of "it said"; so does another act done with the
            # saying ("A, terangnya, sekaligus membantah …"), and a phrase describing a
            # named speaker is no content ("A, said Ann Lee, a professor of law").
            return _made(text, ws[0].start, comma, mention, cue)
        if len(rest) >= 2 and (
            text[rest[0].start].islower()
            or (_named_clause(text, rest, entities, lexicon) and not has_predicate(before, lexicon))
        ):
            return _made(text, after, end, mention, cue)
        if not rest or text[rest[0].start].isupper():
            return _made(text, ws[0].start, comma, mention, cue)
    return None


def _named_clause(
    text: str, rest: Sequence[Word], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> bool:
    """Whether the words after an inserted attribution open a clause with a name for its
    subject ("Pada kesempatan itu, lanjut Budi, KRP menyerahkan berkas"): a name, then a
    lower-case word that neither places nor describes it nor is a title, and a verb before
    the next comma; a date ("Senin (9/11)") or a post ("Ketua RT 05", "Goldman Sachs chief
    economist", "Bulog cabang Jakarta") after the attribution is no clause."""
    name = next((e for e in entities if e.start == rest[0].start), None)
    if name is None or name.kind not in ("person", "organisation"):
        return False
    after = next((w for w in rest if w.start >= name.end), None)
    if (
        after is None
        or text[name.end : after.start] != " "
        or after.capital
        or not after.key.isalpha()
        or after.key in lexicon.name_describers
        or after.key in lexicon.titles
    ):
        return False
    comma = text.find(",", name.end, rest[-1].end)
    clause = [w for w in rest if name.end <= w.start and (comma < 0 or w.end <= comma)]
    return has_predicate(clause, lexicon) or any(
        not w.capital and w.key.startswith(lexicon.object_prefixes) for w in clause
    )


def _comma_between(text: str, end: int, start: int) -> bool:
    """Whether a comma parts two words, after any marks closing the first: "37%, according
    to …", "(R-FL), according to …", "tuturnya, …"; however many spaces follow the comma
    (pages pasted from the web write "tidak benar,  ujar X")."""
    gap = text[end:start]
    marks = gap.rstrip(" ")
    return (
        len(marks) < len(gap)
        and marks.endswith(",")
        and not any(c.isalnum() or c.isspace() for c in marks[:-1])
    )


def _apposition(
    rest: Sequence[Word], mention: Mention, clause: bool, lexicon: QuotesLexicon
) -> bool:
    """Whether the words after a speaker's comma describe the speaker: after a ``clause``
    (the words before the attribution hold a predicate) a relative clause after any speaker
    ("…, said the agency, which …", "…, kata Budi, yang juga …") or a possessive phrase after
    a name ("its president"); and after a name a phrase opening with an article ("a
    professor of law", "the director", "seorang petani") or a title ("director of the
    institute"). After a bare noun phrase or adverbial the relative or possessive phrase
    goes on with it ("Harga beras, kata Budi, yang naik …", "Last year, said X, his company
    lost …"); after a pronoun any other phrase ("…, he said, the company …") does too."""
    if clause and rest[0].key in lexicon.relative_subjects:
        return True
    if mention.kind != "name":
        return False
    return (
        rest[0].key in lexicon.appositions
        or (clause and rest[0].key in lexicon.possessives)
        or rest[0].key in lexicon.titles
    )


def has_predicate(ws: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether the words hold a predicate, so are a clause: an auxiliary, copula or aspect
    word ("has", "sudah"), a speech verb, or a lower-case word with a regular past ending
    ("raised")."""
    return any(
        w.key in lexicon.predicates
        or is_verb(w, lexicon.finite)
        or (not w.capital and len(w.key) > 4 and w.key.endswith(lexicon.predicate_endings))
        for w in ws
    )


def _apposed_opening(text: str, ws: Sequence[Word], entities: Sequence[Entity]) -> int | None:
    """Where the person's name the words ``ws`` open with ends, when a comma follows it."""
    return next(
        (
            e.end
            for e in entities
            if ws and e.kind == "person" and e.start == ws[0].start and text.startswith(", ", e.end)
        ),
        None,
    )


def _past_asides(text: str, pos: int, end: int, lexicon: QuotesLexicon) -> int:
    """Where the words after an attribution ending at ``pos`` start: past the rest of its
    clause and the asides after it; ``end`` when nothing else follows. A channel or a source
    ("seperti dikutip dari CNBC", "according to Reuters") is never content; a short
    adverbial ("di tempat yang sama", "ketika ada orang …") is, when content follows it."""
    comma = text.find(", ", pos, end)
    adverbial: int | None = None  # where a run of adverbials starts
    while comma >= 0:
        start = comma + 2
        comma = text.find(", ", start, end)
        phrase = words_in(text, start, comma if comma >= 0 else end)
        if phrase and text[phrase[0].start].isupper():
            return start  # a name, a date or a new clause: the attribution closed the sentence
        aside = _aside(text, phrase, lexicon)
        if aside is None:
            return start if adverbial is None else adverbial
        if aside == "adverbial" and adverbial is None:
            adverbial = start
    return end


def _aside(text: str, phrase: Sequence[Word], lexicon: QuotesLexicon) -> str | None:
    """What a phrase between commas is, if not content: "channel" (a channel or a source)
    or "adverbial" (a short phrase opening with a preposition)."""
    if not phrase:
        return "channel"
    channel = lexicon.any_channel.match(text, phrase[0].start)
    cited = phrase_key(phrase, 0, lexicon.sources, 2) > 0  # "…, according to Reuters"
    tail = [w for w in phrase if w.start >= channel.end()] if channel else phrase
    if len(tail) > ADVERBIAL_WORDS:
        return None
    if channel is not None or cited:
        return "channel"
    return "adverbial" if _adverbial(text, phrase, lexicon) else None


def _adverbial(text: str, phrase: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """A phrase that opens with a preposition ("di Jakarta", "saat dihubungi", "on
    Monday") or is all names and numbers ("Senin (4/3/2024)")."""
    return (
        phrase[0].key in lexicon.phrase_ends
        or phrase[0].key in lexicon.place_prepositions
        or all(text[w.start].isupper() or w.key.isdigit() for w in phrase)
    )


def _attribution_at(
    text: str,
    ws: Sequence[Word],
    w: int,
    end: int,
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> tuple[Mention, Word, int] | None:
    """An attribution starting at word ``w``: "kata X", "ujarnya", "menurut X", or "X said"
    closing the sentence; with the position its verb phrase ends."""
    word = ws[w]
    if is_verb(word, lexicon.pronominal):
        suffix = next((s for s in lexicon.pronoun_suffixes if word.key.endswith(s)), "")
        return Mention(word.end - len(suffix), word.end, "pronoun", suffix), word, word.end
    source = phrase_key(ws, w, lexicon.sources, 2)
    if (is_verb(word, lexicon.inverted) or source > w) and w + 1 < len(ws):
        start = ws[source].start if source > w and source < len(ws) else ws[w + 1].start
        if source > w and source < len(ws) and ws[source].key in lexicon.records:
            return None
        mention = forward(text, start, end, entities, lexicon)
        clause = is_verb(word, lexicon.inverted) and _subordinate(text, mention, end, lexicon)
        noun = _source_noun(text, mention, end, lexicon) if mention and source > w else None
        stop, document = noun if noun else (None, True)
        if stop is not None and not document:
            # "according to a Democratic aide", "American military officials": the persons
            # the noun names are the source, the name only describes them.
            mention = Mention(start, stop, "desc", text[start:stop])
        if mention is None or not (clause or _closes(text, stop or mention.end, end, lexicon)):
            return None
        if mention.kind == "desc" and source == w:
            return None  # "…, kata seorang …" names nobody; "…, according to a poll" does
        if source > w:  # the cue is the whole source phrase: "according to"
            keys = " ".join(x.key for x in ws[w:source])
            word = Word(word.start, ws[source - 1].end, keys, word.capital)
        return mention, word, stop or mention.end
    for v in range(w + 1, min(len(ws), w + 8)):
        if not is_verb(ws[v], lexicon.finite):
            continue
        # A channel opens at the verb ("told reporters", "told The New York Times"): the
        # attribution runs on to its end.
        verb_end = _channel_at_verb(text, ws[v], end, lexicon) or ws[v].end
        if not _closes(text, verb_end, end, lexicon):
            return None
        mention = subject(text, word.start, ws[v].start, entities, lexicon)
        if mention is None or not _issued_by(text, mention.end, ws[v].start, lexicon):
            return None  # "…, but Cook did not say when" closes no attribution
        if ", " in text[word.start : mention.start]:
            # "In the next minute or two, the roof was in flames, Owen said.": the speaker
            # opens the clause after the last comma; after the first one, the words before
            # him are the content, not his attribution.
            return None
        described = words_in(text, mention.start, mention.end)
        if mention.kind == "desc" and described and described[0].key in lexicon.predicates:
            return None  # "…, the story of X … is bleak and seldom told.": no speaker
        if mention.kind != "desc" or v - w <= DESCRIBED_WORDS:
            return mention, ws[v], verb_end
        return None
    return None


def _channel_at_verb(text: str, verb: Word, end: int, lexicon: QuotesLexicon) -> int | None:
    """Where a channel that opens at the speech verb ends ("told reporters", "told The New
    York Times"). None when a name ending it is followed right away by a predicate ("told
    NBC News Biden would win", "said on Monday Biden would win"): the name ran on into the
    statement's subject."""
    channel = lexicon.any_channel.match(text, verb.start, end)
    if channel is None:
        return None
    last = words_in(text, verb.start, channel.end())[-1]
    after = words_in(text, channel.end(), end)
    # A contraction ("he's") holds its own subject: the channel closed before it.
    ran_on = (
        last.capital
        and bool(after)
        and not text[channel.end() : after[0].start].strip()
        and has_predicate(after[:1], lexicon)
        and not any(mark in after[0].key for mark in "'’")
    )
    return None if ran_on else channel.end()


def _source_noun(
    text: str, mention: Mention, end: int, lexicon: QuotesLexicon
) -> tuple[int, bool] | None:
    """Where the source phrase ends when a name after a source word heads a noun of
    DOCUMENT_WORDS lower-case words at most that closes the sentence or its clause. A
    document ("according to FEC filings", "a Washington Post analysis") speaks for the name;
    any other noun ("according to Smith aides", "a Democratic aide", "John Smith and
    others") names other sources, described by the name. The noun's end, and whether it is
    a document; None when no such noun follows."""
    if mention.kind != "name":
        return None
    comma = text.find(",", mention.end, end)
    stop = comma if comma >= 0 else end
    # The name's possessive or a partner joined to it ("Pollster's", "CNN/WMUR") still
    # heads the noun.
    joined = _JOINED_NAME.match(text, mention.end, stop)
    start = joined.end() if joined else mention.end
    rest = words_in(text, start, stop)
    if not rest or len(rest) > DOCUMENT_WORDS or text[rest[-1].end : stop].strip(" .!?"):
        return None
    between = text[start : rest[-1].end]
    if not all(c.isalpha() or c == " " for c in between) or any(w.capital for w in rest):
        return None
    return rest[-1].end, rest[-1].key in lexicon.documents


def _issued_by(text: str, name_end: int, verb_start: int, lexicon: QuotesLexicon) -> bool:
    """Whether nothing stands between a speaker's name and the verb but what the speaker
    issued or who speaks for it: "…, a Defence Ministry statement said" is the ministry's
    word."""
    between = text[name_end:verb_start]
    if not between.strip():
        return True
    words = between.split()
    return all(w.isalpha() for w in words) and " ".join(words).casefold() in lexicon.issued


def _subordinate(text: str, mention: Mention | None, end: int, lexicon: QuotesLexicon) -> bool:
    """Whether a clause of any length that opens with a phrase-end word follows the speaker
    of an inverted attribution ("…, tulis KJRI Davao mengingat usia reog …", "…, said Owen
    as the crowd left the hall"). The verb came before its speaker, so nothing after the
    name can be what was said: the clause is the occasion or the writer's reason, and the
    content stays before the comma."""
    if mention is None or mention.kind != "name":
        return False
    rest = words_in(text, mention.end, end)
    return bool(rest) and rest[0].key in lexicon.phrase_ends and text[mention.end] == " "


def _closes(text: str, pos: int, end: int, lexicon: QuotesLexicon) -> bool:
    """Whether an attribution ending at ``pos`` can close its sentence: nothing follows but
    a comma, an adverbial ("on Thursday", "kepada wartawan", a bare day: "said Wednesday")
    or a channel."""
    rest = words_in(text, pos, end)
    if not rest or text[pos:end].lstrip().startswith(","):
        return True
    if lexicon.any_channel.match(text, rest[0].start):
        return True
    first = rest[0].key
    return len(rest) <= 4 and (
        first in lexicon.phrase_ends
        or first in lexicon.place_prepositions
        or first in lexicon.time_words
    )


def _subject_verb(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> Reported | None:
    for v in range(1, len(ws) - 1):
        verb = ws[v]
        if _unsaid(ws, v, lexicon):
            continue
        if is_verb(verb, lexicon.issuing):
            found = _issued_that(text, ws, v, end, entities, lexicon)
            if found is not None:
                return found
        if not is_verb(verb, lexicon.finite):
            continue
        if not verb_after_subject(text, ws[:v], verb.start, entities, lexicon):
            continue  # "assess the claims, experts say …": a noun, not the clause's verb
        mention = subject(text, ws[0].start, verb.start, entities, lexicon)
        if mention is None and v == 1 and ws[0].key in lexicon.phrase_ends:
            continue  # "When asked about it, X said …": the opening clause has no subject
        if mention is None:
            return None
        start = _content_start(text, ws, v, end, lexicon)
        if start is None:
            return None
        stop = _next_attribution(text, ws, start, end, mention, entities, lexicon)
        # A verb that may also close a statement ("said", "kata") says what follows it.
        inverted = is_verb(verb, lexicon.inverted)
        joined = None if inverted else _joined_verb(text, ws, verb, (start, stop), mention, lexicon)
        return joined or _made(text, start, stop, mention, verb)
    return None


def joined_after(
    text: str,
    sentence: Span,
    quoted: Sequence[tuple[int, int]],
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> Reported | None:
    """The statement that a speech verb joined by a coordinator opens after the last of
    the ``quoted`` spans (the end of a quotation) in ``sentence``, said by the sentence's
    subject: 'He called it their "crystal ball" and said it was often right.', 'Budi
    menyebut rencana itu "gila" dan mengatakan warga …'. The verb is the subject's second
    predicate, so the subject is its speaker, read from the words outside the ``quoted``
    spans (a quotation's "They" is no subject), and nothing quoted stands after it."""
    end = _content_end(text, sentence.start, sentence.end)
    ws = words_in(text, sentence.start, end)
    after = max(e for _, e in quoted)
    for k in range(1, len(ws) - 1):
        if ws[k].start < after or ws[k].key not in lexicon.coordinators:
            continue
        if not is_verb(ws[k + 1], lexicon.finite) or text[ws[k].end : ws[k + 1].start] != " ":
            continue
        told = [w for w in ws[:k] if not any(s <= w.start < e for s, e in quoted)]
        mention = sentence_subject(text, told, entities, lexicon) if told else None
        opens = _content_start(text, ws, k + 1, end, lexicon)
        if mention is None or opens is None:
            return None
        return _made(text, opens, end, mention, ws[k + 1])
    return None


def _joined_verb(
    text: str,
    ws: Sequence[Word],
    verb: Word,
    content: tuple[int, int],
    mention: Mention,
    lexicon: QuotesLexicon,
) -> Reported | None:
    """What a second speech verb joined to the first by a coordinator says, inside what the
    first seemed to say (``content``): in "X called the plan crazy and said the party would
    lose" (and "X menyebut rencana itu gila dan mengatakan warga …") the first verb names or
    accuses, and the clause the second one opens is the statement, of the same subject.
    Only after a verb that cannot close a statement ("X said A and said B" says A), and not
    after a complementiser: "announced that the firm had cut costs and added …" has the
    coordinator inside the clause said. The second verb must say a clause ("and admitted the
    theft", "dan menambahkan rute baru" are the clause's own predicates)."""
    start, stop = content
    if any(verb.end <= w.start < start and w.key in lexicon.complementisers for w in ws):
        return None
    for k in range(1, len(ws) - 1):
        if ws[k].start < start or ws[k].end > stop or ws[k].key not in lexicon.coordinators:
            continue
        if not is_verb(ws[k + 1], lexicon.finite) or text[ws[k].end : ws[k + 1].start] != " ":
            continue
        opens = _content_start(text, ws, k + 1, stop, lexicon)
        if opens is None or not _says_clause(text, ws[k + 1], opens, stop, lexicon):
            return None
        return _made(text, opens, stop, mention, ws[k + 1])
    return None


def _says_clause(text: str, verb: Word, opens: int, stop: int, lexicon: QuotesLexicon) -> bool:
    """Whether the content opening at ``opens`` after ``verb`` is a clause: a complementiser
    opened it ("said that …"), or it holds a predicate ("said the party is bound to lose")."""
    opened = words_in(text, verb.end, opens)
    said = words_in(text, opens, stop)
    return any(w.key in lexicon.complementisers for w in opened) or has_predicate(said, lexicon)


def _unsaid(ws: Sequence[Word], v: int, lexicon: QuotesLexicon) -> bool:
    """Whether the words right before the speech verb at ``v`` say the statement was not
    made ("menolak memberikan keterangan bahwa …", "never said that …"), or not made with
    one auxiliary between ("tidak pernah mengatakan", "declined to say"): what follows is
    not the subject's statement. Only right before the verb: "Ia yang tidak hadir
    mengatakan …" denies the presence, not the saying."""
    if ws[v - 1].key in lexicon.unsaid:
        return True
    return v >= 2 and ws[v - 1].key in lexicon.unsaid_aux and ws[v - 2].key in lexicon.unsaid


def _issued_that(
    text: str,
    ws: Sequence[Word],
    v: int,
    end: int,
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> Reported | None:
    """ "X memberikan keterangan, bahwa CONTENT" / "Apple kemudian membuat klaim bahwa
    CONTENT": a verb that issues a statement, the noun of the statement right after it, and
    a clause opener (after a comma at most) that tells what the statement says. The verb
    with its noun works as a speech verb (to give a statement is to state); the cue is the
    two. Only a clause opener will do: "that" after a noun may open a relative clause ("made
    a statement that angered many")."""
    if v + 2 >= len(ws):
        return None
    verb, noun, that = ws[v], ws[v + 1], ws[v + 2]
    if noun.key not in lexicon.issued or that.key not in lexicon.clause_openers:
        return None
    if text[verb.end : noun.start] != " " or text[noun.end : that.start].strip(" ,"):
        return None
    mention = subject(text, ws[0].start, verb.start, entities, lexicon)
    if mention is None:
        return None
    cue = Word(verb.start, noun.end, f"{verb.key} {noun.key}")
    return _made(text, that.end, end, mention, cue)


def _next_attribution(
    text: str,
    ws: Sequence[Word],
    start: int,
    end: int,
    speaker: Mention,
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> int:
    """Where the content of "X mengatakan CONTENT" stops: before an inverted attribution of
    another person inside it ("… tutur dr Y dari RS Z …"), else at ``end``. An inverted verb
    names the speaker of the words before it, so they are not all X's; in a page that lost
    its punctuation one "sentence" runs on over several speakers' statements. The name must
    be written in full (two words at least): "kata" is also "word", and "arti kata Pokemon"
    or "ada kata Bristles" name no speaker. The name closes the attribution, or an
    affiliation or occasion follows it ("dari RS Z", "saat …"): in "Woodward and Bernstein
    have insisted Deep Throat was one person" the name after the verb opens its content."""
    for w, word in enumerate(ws[:-1]):
        if word.start < start or not is_verb(word, lexicon.inverted):
            continue
        near = ws[w + 1 : w + 1 + INVERTED_NAME_REACH]
        named = [
            e
            for e in entities
            if e.kind == "person" and len(e.text.split()) > 1 and e.name != speaker.key
            if any(e.start == n.start for n in near)
        ]
        if named and w and text[ws[w - 1].end : word.start] == " ":
            after = words_in(text, named[0].end, end)[:1]
            if not after or after[0].key in lexicon.phrase_ends | lexicon.place_prepositions:
                return word.start
    return end


def _content_start(
    text: str, ws: Sequence[Word], v: int, end: int, lexicon: QuotesLexicon
) -> int | None:
    """Where the content starts after the verb at ``ws[v]``: past a channel, a short
    opening phrase ending in a comma, an object before "that", and the complementiser."""
    pos = ws[v].end
    # A channel opens at the verb ("told The New York Times that") or right after it.
    at_verb = _channel_at_verb(text, ws[v], end, lexicon)
    channel = lexicon.any_channel.match(text, pos + 1) if pos + 1 < end else None
    if at_verb is not None:
        pos = at_verb
    elif channel is not None:
        pos = channel.end()
    after = [w for w in ws if w.start >= pos]
    if not after:
        return None
    reach = OBJECT_REACH if after[0].key in lexicon.phrase_ends else COMPLEMENT_REACH
    if after[0].key in lexicon.pronouns:
        # A pronoun right after the verb is the subject of the clause said, which began
        # there: "that" further on is its own ("said she would not jump to that conclusion").
        reach = 0
    for word in after[:reach]:
        # A complementiser opens the clause said; one closing the sentence is a pronoun
        # object ("said the test could change that.") and the clause began at the verb.
        if (
            word.key in lexicon.complementisers
            and "," not in text[pos : word.start]
            and word is not after[-1]
        ):
            return word.end + 1
    while True:
        comma = _mark_between_phrases(text, ",", pos, end)
        phrase = words_in(text, pos, comma) if comma >= 0 else []
        opener = phrase and (
            not text[pos:].lstrip(" ").strip() or _adverbial(text, phrase, lexicon)
        )
        if phrase and _basis(text, phrase, lexicon):
            break
        if comma >= 0 and (not phrase or (opener and len(phrase) <= ADVERBIAL_WORDS)):
            pos = comma + 1
            continue
        break
    rest = words_in(text, pos, end)
    if not rest:
        return None
    if rest[0].key in lexicon.complementisers:
        rest = rest[1:]
    elif _figure_object(text, ws[v], rest, lexicon):
        return None
    elif _named_adjunct(text, rest, lexicon):
        # Only where, when or by whom ("Lerer reported from Los Angeles", "was first
        # reported by Politico", "Budi mengatakan di Jakarta"): no clause is said.
        return None
    if (
        len(rest) < 2
        or rest[0].key in lexicon.directives_first
        or any(w.key in lexicon.directives for w in rest[:DIRECTIVE_REACH])
    ):
        return None  # "mengingatkan warga agar …", "told reporters to leave": a request
    return rest[0].start


def _named_adjunct(text: str, rest: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether the words after a speech verb are one phrase of a preposition and names or
    figures, AGENT_WORDS words at most: a place, a day or a passive's agent ("di Jakarta",
    "on Monday", "by Politico"), or a programme's quoted title ('on "Meet the Press"'). A
    lower-case word after the preposition may be a clause's ("kepada temannya ia takut")."""
    first = rest[0].key
    opens = first in lexicon.agents or first in lexicon.phrase_ends
    opens = opens or first in lexicon.place_prepositions
    titled = len(rest) >= 2 and text[rest[0].end : rest[1].start].strip() in tuple(DOUBLE_OPEN)
    named = all(w.capital or w.key.isdigit() for w in rest[1:]) or (titled and rest[1].capital)
    return 2 <= len(rest) <= AGENT_WORDS and opens and named


def _basis(text: str, phrase: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether ``phrase``, after a speech verb, tells the statement's own basis rather than
    the frame of the saying: "dari 12 parameter yang diuji, semuanya negatif", "dari hasil
    pemeriksaan Dinas Kesehatan, …". A saying is framed by where, when, on what occasion and
    to whom it was said (the phrase-end words: "di Jakarta", "pada Senin", "kepada
    wartawan"); a preposition of direction or origin that is no phrase-end word ("ke",
    "dari", "from") frames it only with the name of where it went or came from ("menjawab
    ke CNBC, bahwa …", "said from Washington"). Before a common noun phrase it tells what
    the speaker draws the statement from, which is said too."""
    first = phrase[0].key
    if first not in lexicon.place_prepositions or first in lexicon.phrase_ends:
        return False
    # What a statement is drawn from is a record or a count ("dari hasil pemeriksaan", "dari
    # 12 parameter"); any other common noun is where it was said from ("dari rumah sakit").
    return len(phrase) > 1 and (phrase[1].key in lexicon.records or phrase[1].key[:1].isdigit())


def _mark_between_phrases(text: str, mark: str, start: int, end: int) -> int:
    """The first ``mark`` in ``text[start:end]`` that parts phrases, -1 if none: not one
    between digits, which writes a figure's thousands ("cut 1,500 jobs") or a time of day
    ("pukul 10:30 WIB", "at 10:30 a.m.")."""
    found = text.find(mark, start, end)
    while 0 < found < end - 1 and text[found - 1].isdigit() and text[found + 1].isdigit():
        found = text.find(mark, found + 1, end)
    return found


def _figure_object(text: str, verb: Word, rest: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether what follows the speech verb ``verb`` is a figure it takes as its object, not
    words said. Only a verb that also takes a figure as its object can (the lexicon's figure
    verbs: "added", "reported", "menambahkan"); after "said" a figure, a noun and a
    preposition open a clause ("said 40 people in the building were evacuated"):
    "Hillis added 101 yards on the ground", "the regimen added 10 years to his life",
    "reported $30 million in 1957". A clause that opens with a figure goes on to its verb
    ("said 50 were injured"), or the figure is a part "of" a whole that is the subject ("said
    30 of the 80 wounded remained", "90 per cent of voters had"); an object figure and its
    counted noun are followed by a preposition that opens an adjunct ("on", "to", "in": the
    phrase-end words, or after the counted noun a figure-end word: "added 16 points for the
    Hawks"), unless the noun is a length of time and the word dates from an event ("said
    four hours after the stroke is the crucial time"). A figure may be spelled ("adding three
    years to", "menambahkan dua puluh tersangka ke"). A complementiser before the figure
    ("added that 10 people …") makes it a clause whatever follows."""
    if verb.key not in lexicon.figure_verbs or not rest:
        return False
    if not (rest[0].key[0].isdigit() or rest[0].key in lexicon.number_words):
        return False
    first = 1  # the first word after the figure
    while first < len(rest) and rest[first].key in lexicon.number_words:
        first += 1
    for k, word in enumerate(rest[first : first + 1 + FIGURE_NOUN_WORDS]):
        if text[rest[first + k - 1].end : word.start].strip(" $%."):
            return False  # a comma or a bracket: the figure's phrase ended
        if k and word.key in lexicon.relatives and rest[first].key in lexicon.time_units:
            return False  # "said four hours after the attack was …": a time phrase
        if word.key in lexicon.phrase_ends or (k and word.key in lexicon.figure_ends):
            return k > 0
    return False


def _made(text: str, start: int, end: int, mention: Mention, cue: Word) -> Reported | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    words = words_in(text, start, end)
    # A figure alone says nothing: "Clinton: 2,316" is a headline's delegate count.
    if len(words) < 2 or not any(w.key[0].isalpha() for w in words):
        return None
    return Reported(start, end, mention, cue)
