"""Who said what: direct quotations, reported speech, their speakers and channels.

``find_quotes`` takes an article's text, its sentences and its entities (with canonical names
from ``resolve_names``) and a language's QuotesLexicon. Direct quotations come from their
marks (quotes_marks); each is attributed by the speech verb after it or before it
(quotes_speaker), or, with no verb of its own, by the quotation just before it in the same or
the previous paragraph (news continues a speaker's words that way). Sentences without quote
marks are searched for reported speech (quotes_indirect); one closed by "…, ujar X." may
begin a few sentences before, in sentences that say nothing of their own. Pronouns and
titles are resolved to the nearest fitting name (quotes_resolve). A quotation the article
marks as translated or paraphrased is still attributed to its original speaker: nothing here
looks at translators.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from silang.extract.quotes_indirect import (
    Reported,
    announced,
    complement_clause,
    has_predicate,
    joined_after,
    points_forward,
    reported,
    runs_on,
    statement_start,
)
from silang.extract.quotes_marks import NO_OPENING, Marked, find_marked
from silang.extract.quotes_resolve import Resolver
from silang.extract.quotes_speaker import (
    Mention,
    Word,
    after_quote,
    before_quote,
    phrase_key,
    possessor,
    speaker_candidates,
    words_in,
)
from silang.lang.quotes import QuotesLexicon
from silang.model import Entity, Quote, Span

#: A quoted phrase of at most this many words, in Title Case after a noun such as "film", is
#: the title of a work, not a quotation: film "Senja di Pelabuhan".
TITLE_WORDS = 8
_SMALL_WORD = re.compile(r"^[a-z]{1,3}$")
#: A quotation of at most this many words with at least FRAGMENT_LEAD words before it in its
#: sentence is a fragment of the sentence's reported speech (reported_around).
FRAGMENT_WORDS = 4
FRAGMENT_LEAD = 4
_MARKS_AND_SPACE = " \"'“”‘’«»„"
#: A quotation without a verb of its own continues the one before when at most this many
#: words (its attribution) stand between them (dev set: attributions run to 25 words).
CARRY_WORDS = 30


def find_quotes(
    text: str, sentences: Sequence[Span], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> tuple[Quote, ...]:
    """Direct and reported quotations in ``text``, in order of their content's start."""
    return tuple(quote for quote, _ in find_attributions(text, sentences, entities, lexicon))


class _Found(NamedTuple):
    """A quotation before its speaker is resolved."""

    start: int
    end: int
    direct: bool
    attribution: tuple[Mention, Word] | None
    #: Where to look for a channel: the attribution's text around the quotation.
    regions: list[tuple[int, int]]
    mark: Marked | None = None
    previous: Marked | None = None


#: A word of a described speaker (_opens_clause).
_WORDS = re.compile(r"[^\W\d_]+")

#: A comma and the word after it, where a clause of its own may open (_clause_after).
_CLAUSE_OPENING = re.compile(r",\s+([^\W\d_]+)\s+")


def _reported_after(
    text: str,
    sentence: Span,
    covered: Sequence[tuple[int, int]],
    ordered: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> list[_Found]:
    """The reported speech in the clause that a connective opens after the last quotation
    of ``sentence`` and its attribution, to the sentence's end: another speaker's statement
    may follow one quoted ("\"The causes remain unclear,\" a statement said, while a
    spokesman said it was unlikely to have been an attack."). The quotation is one quote of
    the sentence, and the clause after the connective is read as a sentence of its own. A
    speech verb joined to the subject's predicate after the quotation opens a statement of
    the subject's (joined_after)."""
    quoted = [(s, e) for s, e in covered if s < sentence.end and sentence.start < e]
    last = max(e for _, e in quoted)
    if last >= sentence.end:
        return []
    joined = joined_after(text, sentence, quoted, ordered, lexicon)
    if joined is not None:  # 'He called it "a bargain" and said it would last.'
        regions = [(sentence.start, joined.start)]
        return [_Found(joined.start, joined.end, False, (joined.speaker, joined.cue), regions)]
    for found in _CLAUSE_OPENING.finditer(text, last, sentence.end):
        if found.group(1).casefold() not in lexicon.connectives:
            continue
        clause = Span(found.end(), sentence.end)
        speech = reported(text, clause, ordered, lexicon)
        if speech is None or not _opens_clause(text, speech.speaker, clause, lexicon):
            return []
        regions = [(clause.start, speech.start), (speech.end, clause.end)]
        return [_Found(speech.start, speech.end, False, (speech.speaker, speech.cue), regions)]
    return []


def _opens_clause(text: str, speaker: Mention, clause: Span, lexicon: QuotesLexicon) -> bool:
    """Whether a described speaker is the subject opening ``clause``: "while police said"
    is, but "but not before engineers said", "while in Rye the residents said" and "days
    later officials said" describe no speaker (a negation, a place, a time before it)."""
    if speaker.kind != "desc":
        return True
    described = _WORDS.findall(text, speaker.start, speaker.end)
    return speaker.start == clause.start and not any(
        w.casefold() in lexicon.phrase_ends or w.casefold() in lexicon.unsaid for w in described
    )


def find_attributions(
    text: str, sentences: Sequence[Span], entities: Sequence[Entity], lexicon: QuotesLexicon
) -> tuple[tuple[Quote, Span | None], ...]:
    """Like find_quotes, with the span of each quotation's cue (the speech verb or source
    word, None where the speaker was carried over from the quotation before)."""
    ordered = speaker_candidates(text, entities, lexicon)
    spans = sorted(sentences, key=lambda s: s.start) or [Span(0, len(text))]
    marked = [m for m in find_marked(text) if not _work_title(text, m, entities, lexicon)]
    candidates = [_direct(text, mark, spans, marked, ordered, lexicon) for mark in marked]
    trimmed = [_after_narration(text, c, spans) for c in candidates]
    if trimmed != marked:
        marked = trimmed
        candidates = [_direct(text, mark, spans, marked, ordered, lexicon) for mark in marked]
    covered = [(m.open_at or m.start, (m.close_at or m.end) + 1) for m in marked]
    silent: list[Span] = []  # the sentences just before, in one paragraph, saying nothing
    told: tuple[Span, Reported] | None = None  # the statement just before those, if any
    taken: Span | None = None
    for k, sentence in enumerate(spans):
        if silent and "\n" in text[silent[-1].end : sentence.start]:
            silent = []  # a statement does not reach back into the paragraph before
        if told is not None and "\n" in text[told[0].end : sentence.start]:
            told = None
        if any(s < sentence.end and sentence.start < e for s, e in covered):
            silent, told = [], None
            candidates.extend(_reported_after(text, sentence, covered, ordered, lexicon))
            continue
        if sentence == taken:
            told = None
            continue  # the statement an announcing sentence before it told
        speech = reported(text, sentence, ordered, lexicon)
        # Only a sentence pointing forward may announce the next one: the look at that one
        # (reading its speech too) is for those alone.
        if speech is None and points_forward(words_in(text, sentence.start, sentence.end), lexicon):
            following = _untold(text, spans, k + 1, covered)
            if following is not None and reported(text, following, ordered, lexicon) is None:
                speech = announced(text, sentence, following, ordered, lexicon)
                taken = following if speech is not None and speech.start >= sentence.end else None
            else:
                speech = announced(text, sentence, None, ordered, lexicon)
        if speech is None:
            silent.append(sentence)
            continue
        regions = [(sentence.start, speech.start), (speech.end, sentence.end)]
        start = statement_start(text, speech, sentence, silent, lexicon)
        if start == speech.start and told is not None:
            start = runs_on(text, told[1], speech, sentence, silent, ordered, lexicon)
        candidates.append(_Found(start, speech.end, False, (speech.speaker, speech.cue), regions))
        silent, told = [], (sentence, speech)
    # Speakers are resolved in text order, so that a pronoun can fall back on the speaker
    # described just before it ("seorang pekerja …" … "Ia mengatakan …").
    resolver = Resolver(text, ordered, lexicon, [(m.start, m.end) for m in marked])
    found: list[tuple[Quote, Span | None]] = []
    last_direct: Quote | None = None
    for candidate in sorted(candidates, key=lambda c: c.start):
        last = found[-1][0] if found else None
        pair = _resolved(text, candidate, resolver, (last_direct, last), ordered)
        found.append(pair)
        if candidate.direct:
            last_direct = pair[0]
    return tuple(found)


def _untold(
    text: str, spans: Sequence[Span], k: int, covered: Sequence[tuple[int, int]]
) -> Span | None:
    """``spans[k]`` when it holds no quotation (``covered``), so that a sentence announcing a
    statement ("Begini klarifikasinya.") can take it as what was said; else None. The caller
    checks that it has no speech verb of its own."""
    if k >= len(spans):
        return None
    sentence = spans[k]
    if any(s < sentence.end and sentence.start < e for s, e in covered):
        return None
    return sentence


def reported_around(
    text: str,
    sentences: Sequence[Span],
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    lexicon: QuotesLexicon,
) -> tuple[Quote | None, ...]:
    """For each of ``quotes``, the reported speech around a few quoted words set inside a
    sentence ("Riccio menegaskan Apple melakukan tes ini selama "ribuan kali".", "Owen said
    the building was "a total loss" by dawn"): what the sentence reports, which holds the
    quotation, as a quote without marks, or None. Its speaker is the one the sentence names
    by name, else none (a pronoun is not resolved here). The quotation runs on from a word
    of the sentence: after a colon or a comma it is a statement of its own ('adding: "We are
    ready."'). find_quotes does not search such a sentence for reported speech (one
    quotation, one quote); comparing does, as the words around a short quotation are what
    another outlet may tell in full. The article's speaker candidates are read once, and
    each sentence's reported speech once, however many quotations stand in it."""
    ordered: list[Entity] | None = None
    speeches: dict[Span, Reported | None] = {}
    found: list[Quote | None] = []
    for quote in quotes:
        sentence = _fragment_sentence(text, sentences, quote)
        if sentence is None:
            found.append(None)
            continue
        if sentence not in speeches:
            if ordered is None:
                ordered = speaker_candidates(text, entities, lexicon)
            speeches[sentence] = reported(text, sentence, ordered, lexicon)
        found.append(
            _around(text, speeches[sentence], quote) or _in_clause(text, sentence, quote, lexicon)
        )
    return tuple(found)


def _in_clause(text: str, sentence: Span, quote: Quote, lexicon: QuotesLexicon) -> Quote | None:
    """The clause after a complementiser that holds ``quote``, as a quote with no speaker,
    where the sentence has no reported speech of its own ("Banyak beredar di media sosial
    bahwa Pokemon … mempunyai arti "Aku Yahudi"."): the words around the quotation are the
    proposition that other outlets quote or tell whole, as reported_around's are."""
    clause = complement_clause(text, sentence, (quote.start, quote.end), lexicon)
    if clause is None:
        return None
    start, end, cue = clause
    return Quote(start, end, text[start:end], False, cue=text[cue.start : cue.end])


def _fragment_sentence(text: str, sentences: Sequence[Span], quote: Quote) -> Span | None:
    """The sentence that ``quote`` is a fragment of: a quotation of FRAGMENT_WORDS words at
    most, after FRAGMENT_LEAD words of its sentence and running on from a word of it."""
    sentence = next((s for s in sentences if s.start <= quote.start < s.end), None)
    if not quote.direct or sentence is None:
        return None
    lead = text[sentence.start : quote.start].rstrip(_MARKS_AND_SPACE)
    if (
        len(words_in(text, quote.start, quote.end)) > FRAGMENT_WORDS
        or len(words_in(text, sentence.start, quote.start)) < FRAGMENT_LEAD
        or not lead[-1:].isalnum()
    ):
        return None
    return sentence


def _around(text: str, speech: Reported | None, quote: Quote) -> Quote | None:
    """The reported speech ``speech`` as a quote, when it holds ``quote``."""
    if speech is None or not speech.start <= quote.start < quote.end <= speech.end:
        return None
    named = speech.speaker if speech.speaker.kind == "name" else None
    return Quote(
        speech.start,
        speech.end,
        text[speech.start : speech.end],
        False,
        speaker=named.key if named else None,
        speaker_start=named.start if named else None,
        speaker_end=named.end if named else None,
        cue=text[speech.cue.start : speech.cue.end],
    )


def _resolved(
    text: str,
    candidate: _Found,
    resolver: Resolver,
    before: tuple[Quote | None, Quote | None],
    persons: Sequence[Entity],
) -> tuple[Quote, Span | None]:
    """``candidate`` with its speaker; ``before`` holds the last direct quotation and the
    last quotation found, ``persons`` the entities that may name a speaker."""
    last_direct, last = before
    lexicon = resolver.lexicon
    content = text[candidate.start : candidate.end]
    problem = candidate.mark.problem if candidate.mark else None
    if candidate.attribution is None:
        carried = _carried(text, candidate, last_direct, persons, lexicon) or _continued(
            text, candidate, last, lexicon
        )
        if carried is not None:
            return carried, None
        return Quote(candidate.start, candidate.end, content, True, problem=problem), None
    mention, cue = candidate.attribution
    name = resolver.resolve(mention, candidate.start)
    if name is not None:
        resolver.note(mention.start, name, mention.kind == "desc")
    quote = Quote(
        start=candidate.start,
        end=candidate.end,
        text=content,
        direct=candidate.direct,
        speaker=name,
        speaker_start=mention.start,
        speaker_end=mention.end,
        cue=text[cue.start : cue.end],
        channel=_channel(text, candidate.regions, cue, lexicon),
        problem=problem,
    )
    return quote, Span(cue.start, cue.end)


def _work_title(
    text: str, mark: Marked, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> bool:
    """film "Senja di Pelabuhan": a short Title Case phrase after a noun naming a work, a
    programme's preposition after a verb of speaking or appearing ('said on "Meet the
    Press"', not 'insisted on "No Surrender"') or an outlet's possessive ('CNN's', not
    'It's')."""
    if mark.open_at is None or mark.problem:
        return False
    content = text[mark.start : mark.end].split()
    if not content or len(content) > TITLE_WORDS:
        return False
    if not all(w[0].isupper() or _SMALL_WORD.match(w) for w in content):
        return False
    before = words_in(text, max(0, mark.open_at - 40), mark.open_at)
    if not before:
        return False
    # A programme after "on" or after its outlet's possessive ("told ABC's "Good Morning
    # America"") is named as a work is.
    last = before[-1]
    possessive = last.capital and last.key.endswith(("'s", "’s"))
    # The outlet is a name ending right before its possessive, or the programme's day
    # ("Friday's "PBS NewsHour""): "It's" is "it is".
    outlet = possessive and (
        any(e.end == last.end - 2 for e in entities) or last.key[:-2] in lexicon.time_words
    )
    # After another verb the quotation is a slogan or a phrase ("insisted on "No
    # Surrender""); after a noun it is still a programme ("project on "Women in Power"").
    verb = len(before) >= 2 and has_predicate(before[-2:-1], lexicon)
    programme = last.key in lexicon.title_prepositions and (
        not verb or before[-2].key in lexicon.title_verbs
    )
    return last.key in lexicon.work_nouns or programme or outlet


def _after_narration(text: str, found: _Found, spans: Sequence[Span]) -> Marked:
    """The quotation of ``found`` when its closing mark never opened: begun after the last
    whole sentence in it that names its speaker ("Menlu Retno … meminta KRP untuk
    menenangkan …. Telah dilakukan audit …,” ungkap Retno"). A speaker does not name
    themself: that sentence is the reporter telling of them, and their own words, whose
    opening mark is missing, begin after it."""
    mark = found.mark
    assert mark is not None
    if mark.problem != NO_OPENING or found.attribution is None:
        return mark
    mention = found.attribution[0]
    names = {w.key for w in words_in(text, mention.start, mention.end) if w.capital}
    if mention.kind != "name" or not names:
        return mark
    start = mark.start
    for sentence in spans:
        inside = mark.start <= sentence.start and sentence.end <= mark.end
        if inside and names & {w.key for w in words_in(text, sentence.start, sentence.end)}:
            start = sentence.end
    while start < mark.end and text[start].isspace():
        start += 1
    return mark._replace(start=start) if start < mark.end else mark


def _sentence_of(spans: Sequence[Span], pos: int) -> Span:
    i = bisect_right([s.start for s in spans], pos) - 1
    return spans[max(i, 0)]


def _direct(
    text: str,
    mark: Marked,
    spans: Sequence[Span],
    marked: Sequence[Marked],
    entities: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> _Found:
    index = marked.index(mark)
    nxt = marked[index + 1] if index + 1 < len(marked) else None
    previous = marked[index - 1] if index else None
    attribution: tuple[Mention, Word] | None = None
    regions: list[tuple[int, int]] = []
    if mark.close_at is not None:
        sentence = _sentence_of(spans, mark.close_at)
        limit = min(sentence.end, _paragraph_end(text, mark.close_at))
        if nxt is not None and nxt.open_at is not None and nxt.open_at > mark.close_at:
            limit = min(limit, nxt.open_at)
        if limit <= mark.close_at:
            limit = _paragraph_end(text, mark.close_at)
        regions.append((mark.close_at + 1, limit))
        if _closes_clause(text, mark):
            attribution = after_quote(text, mark.close_at + 1, limit, entities, lexicon)
        elif _whole_paragraph_opening(text, mark):
            found = after_quote(text, mark.close_at + 1, limit, entities, lexicon)
            attribution = _named_after(text, mark.close_at, found, lexicon)
    if mark.open_at is not None:
        start = _sentence_of(spans, mark.open_at).start
        start = max(start, _paragraph_start(text, mark.open_at))
        if previous is not None and previous.close_at is not None and previous.close_at >= start:
            start = previous.close_at + 1
        regions.append((start, mark.open_at))
        if attribution is None or attribution[0].kind == "desc":
            # A speaker described after the quotation ("…," a local barber told …) is its
            # speaker unless the clause before it names one; without it the quotation would
            # take the speaker of the quotation before (ECB+ dev topic 19: a lawyer's).
            attribution = before_quote(text, start, mark.open_at, entities, lexicon) or attribution
    return _Found(mark.start, mark.end, True, attribution, regions, mark, previous)


def _closes_clause(text: str, mark: Marked) -> bool:
    """Whether the quotation ends a clause (",\"" "?\"" or "\"," …), so that a speech verb
    after it can be its attribution; a phrase quoted inside a sentence ("to unmask the
    true nature" of Trump, whom he called …) is attributed from before it."""
    assert mark.close_at is not None
    # The content's own last character: a space may stand before the closing mark
    # ("…Ponorogo, " kata …), and a closing mark may be doubled ("…retak’’, kata …").
    inside = text[mark.end - 1] if mark.end else ""
    after = text[mark.close_at + 1 : mark.close_at + 5].lstrip("'’‘")[:2]
    return inside in ",?!…—-" or after.startswith((",", " —", " –", " -"))


def _whole_paragraph_opening(text: str, mark: Marked) -> bool:
    """Whether the quotation opens its paragraph, runs over a clause at least (more than
    FRAGMENT_WORDS words) and ends in a word: '"… di Surabaya" ujar Saiful.' leaves out the
    comma before its closing mark, but a phrase quoted inside a sentence never opens a
    paragraph, so a speech verb after it is its attribution."""
    if mark.open_at is None or text[_paragraph_start(text, mark.open_at) : mark.open_at].strip():
        return False
    # Only where no mark at all ends it: one closing an inner quotation (",'") is a
    # different question.
    last = text[mark.start : mark.end].rstrip()[-1:]
    return last.isalnum() and len(words_in(text, mark.start, mark.end)) > FRAGMENT_WORDS


def _named_after(
    text: str, close_at: int, attribution: tuple[Mention, Word] | None, lexicon: QuotesLexicon
) -> tuple[Mention, Word] | None:
    """The attribution when its verb follows the closing mark and it names its speaker
    ('…" ujar Lindawati', '…" kata dr Andi'), else None. Words before the verb continue the
    sentence ('"This will be a challenge" for Clinton, said Kunin': not Clinton's words), and
    a pronoun after a quotation without its comma ('…" katanya') is as likely the reporter's
    aside about a rumour ("katanya": "they say") as an attribution. A common word between the
    verb and the name makes what is written the subject ('…" tulis spanduk yang dibawa
    pendukung Budi', '…" ungkap film dokumenter karya Budi'): the name only says whose."""
    if attribution is None or attribution[0].kind != "name":
        return None
    between = text[close_at + 1 : attribution[1].start]
    if between.strip(_MARKS_AND_SPACE):
        return None
    if _common_word(text, attribution[1].end, attribution[0].start, lexicon):
        return None
    return attribution


def _common_word(text: str, start: int, end: int, lexicon: QuotesLexicon) -> bool:
    """Whether a lower-case word other than a title stands between ``start`` and ``end``."""
    ws = words_in(text, start, end)
    i = 0
    while i < len(ws):
        title_end = phrase_key(ws, i, lexicon.titles, lexicon.title_words)
        if title_end == i and not ws[i].capital:
            return True
        i = max(title_end, i + 1)
    return False


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _carried(
    text: str,
    candidate: _Found,
    last: Quote | None,
    persons: Sequence[Entity],
    lexicon: QuotesLexicon,
) -> Quote | None:
    """A quotation with no verb of its own continues the speaker of the quotation just
    before it, when at most its attribution stands between them. Another person named in the
    new quotation's paragraph before it is the one the words are said of: "City Council
    Member Jumaane Williams lamented that a "…"" (ECB+ dev topic 19) does not go on in the
    words of the manager quoted in the paragraph before."""
    previous, mark = candidate.previous, candidate.mark
    if previous is None or last is None or mark is None or last.speaker is None:
        return None
    if previous.close_at is None or mark.open_at is None or last.start != previous.start:
        return None
    between = text[previous.close_at + 1 : mark.open_at]
    words = len(words_in(text, previous.close_at + 1, mark.open_at))
    if between.count("\n") > 2 or words > CARRY_WORDS:
        return None
    # The new quotation's own paragraph, up to its opening mark: the words before a break
    # are the last quotation's attribution ("…," said X, daughter of Y.).
    lead_in = text.rfind("\n", previous.close_at, mark.open_at)
    # When only the last quotation's attribution stands between the two, a name in the
    # possessive there is whose post the speaker holds ("…," Jonathan Wright, Interoute's
    # director, said. "…"), not whom the words are said of; in a paragraph or a sentence of
    # its own it may be ("news that Mrs. Clinton's server had handled messages deemed "top
    # secret""; "…," Smith said. Trump's spokesman disagreed. "…").
    attribution = lead_in < previous.close_at and _only_attribution(
        text, previous.close_at, mark.open_at, lexicon
    )
    named = [
        p
        for p in persons
        if max(lead_in, previous.close_at) < p.start < mark.open_at
        and not (attribution and possessor(text, p))
    ]
    if any(_someone_else(p, last.speaker) for p in named):
        return None
    return _in_words_of(text, mark, last)


def _only_attribution(text: str, closed: int, opened: int, lexicon: QuotesLexicon) -> bool:
    """Whether the words between two quotation marks are the first one's attribution alone:
    they go on with its sentence ("…," said X, Y's director. "…"; "…” came from Y's …
    while “…”"), not with one of their own after a quotation that ended its sentence ("….”
    When I began …"), and no sentence ends among them ("…” he said … law. The two
    lawmakers argue that “…”")."""
    # The slice leaves out both marks: its last character is the gap's own.
    gap = text[closed + 1 : opened].strip()
    if any(m.group(1).casefold() not in lexicon.titles for m in _SENTENCE_END.finditer(gap)):
        return False
    ended = text[:closed].rstrip(" \"'”’").endswith((".", "!", "?"))
    return not (ended and gap[:1].isupper())


#: A full stop after a word, then a new sentence: "Smith said. Trump's …", "said Smith.
#: Trump's …"; the stop after a title ("Dr. Benjamin's", "Dr . Benjamin's") ends none
#: (``_only_attribution`` reads the word, group 1, against the pack's titles).
_SENTENCE_END = re.compile(r"\b([A-Za-z][\w'’]*)\s?[.!?]\s+[\"“A-Z]")


def _someone_else(entity: Entity, speaker: str) -> bool:
    """Whether ``entity`` is a person other than ``speaker``: they share no word of a name
    ("Howard" is "Fulton County District Attorney Paul Howard")."""
    if entity.kind != "person":
        return False
    return not set(entity.name.casefold().split()) & set(speaker.casefold().split())


def _in_words_of(text: str, mark: Marked, last: Quote) -> Quote:
    """The quotation ``mark`` given the speaker and channel of the quotation ``last``."""
    return Quote(
        start=mark.start,
        end=mark.end,
        text=text[mark.start : mark.end],
        direct=True,
        speaker=last.speaker,
        channel=last.channel,
        problem=mark.problem,
    )


def _continued(
    text: str, candidate: _Found, last: Quote | None, lexicon: QuotesLexicon
) -> Quote | None:
    """A quotation with no verb of its own that closes its paragraph, right after reported
    speech whose speaker was named: news goes on in that speaker's own words. Closed by its
    speaker ("…, a Defence Ministry statement said." / "…, kata Kapolres."), the statement
    ends its paragraph and the quotation fills the next. Opened by its speaker ("Namun, kata
    Hendri, kandungan itu belum ditemukan. “Sampai hari ini …”", "X said that …"), the
    statement may end anywhere, so the quotation must open right where it ends, in the same
    paragraph or the next: nothing else told in between."""
    mark = candidate.mark
    if mark is None or mark.open_at is None or mark.close_at is None:
        return None
    if last is None or last.direct or last.speaker is None or last.speaker_start is None:
        return None
    after = _paragraph_end(text, mark.close_at)
    if text[mark.close_at + 1 : after].strip():
        return None  # words after the quotation: an attribution silang could not read
    # The next paragraph opening "Hal itu disampaikan Menteri X": the quotation's own
    # attribution follows it, whoever spoke before.
    stop = text.find(".", after + 1)
    following = words_in(text, after, stop if stop >= 0 else len(text))
    if any(w.key in lexicon.passive for w in following[:4]):
        return None
    if last.speaker_start < last.end:
        # A speaker only described ("According to a 1997 article, Benjamin said …") is a
        # loose thread to carry: the words may be the person the description speaks of.
        between = text[last.end : mark.open_at]
        if between.strip(" .\n") or between.count("\n") > 2 or not last.speaker[0].isupper():
            return None
        return _in_words_of(text, mark, last)
    opens = _paragraph_start(text, mark.open_at)
    if text[opens : mark.open_at].strip():
        return None
    if text[_paragraph_end(text, last.speaker_start) : opens].strip():
        return None
    return _in_words_of(text, mark, last)


def _channel(
    text: str, regions: Sequence[tuple[int, int]], cue: Word, lexicon: QuotesLexicon
) -> str | None:
    """The channel cue nearest to the speech verb in the attribution's text."""
    best: tuple[int, int, int] | None = None
    spans = sorted(
        match.span()
        for start, end in regions
        for _, pattern in lexicon.channels
        for match in pattern.finditer(text, start, end)
    )
    joined: list[tuple[int, int]] = []
    for start, end in spans:  # "saat dihubungi melalui sambungan telepon" is one channel
        if joined and start <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    for start, end in joined:
        distance = min(abs(start - cue.end), abs(end - cue.start))
        if best is None or distance < best[0]:
            best = (distance, start, end)
    if best is None:
        return None
    return text[best[1] : best[2]].strip(" ,.;:") or None
