"""A Title Case headline that reports speech with a verb: "Trump Says He Never Pledged To
Kill …", "Critics Say New Law Will Hurt Farmers".

Only a line of its own written in Title Case is read this way: there every word is
capitalised, so the recogniser may run the speaker's name into the verb and the content
("Trump Says He"), and the speaker is the capitalised words before the verb. In running
text a capitalised "Said" is a surname ("Ahmed Said told reporters") and is left alone. The
verb must be a headline verb of the pack ("Says", "Say", "Said"): "Tells Reporters He Will
Run" names whom he told first, "Police Asked Residents To Stay Indoors" makes a request. A
preposition after the verb makes it no speech verb ("Tom Hale Warns Of Floods"), and so does
an auxiliary or copula (the pack's predicate words): there the verb is a surname ("Ahmed
Said Was Born In Cairo"). A clause opener before the verb makes the line point to a
statement ("What Trump Says About …"). A short line says too little to be a statement
("Simon Says Game Returns"); a longer one that names a thing, not speech, is still read as
speech ("Simon Says Game Returns To Town").

The pipeline takes an article's headline off before quotes are read (ingest.text), so here
the rule meets a headline left in raw text (PolNeAR) or a Title Case subhead in a body.
"""

from __future__ import annotations

from collections.abc import Sequence

from silang.extract.quotes_speaker import Mention, Word
from silang.lang.quotes import QuotesLexicon
from silang.model import Entity

#: The speaker of a headline is at most this many words before the verb ("Bernie Sanders",
#: "Trump's Son", "Bellwether County").
SPEAKER_WORDS = 3
#: What a headline says runs to this many words at least: "Simon Says Game Returns" is too
#: short a statement to read as one.
CONTENT_WORDS = 3
#: A Title Case headline writes these short words in lower case at most.
_SMALL = 3


def headline_speech(
    text: str, ws: Sequence[Word], end: int, entities: Sequence[Entity], lexicon: QuotesLexicon
) -> tuple[Mention, Word, int] | None:
    """Speaker, verb and where the content starts, for a headline line ``ws`` (ending at
    ``end``) of the shape "SPEAKER Says CONTENT"; None for any other sentence."""
    if not ws or not _own_line(text, ws[0].start, end) or not _title_case(ws):
        return None
    for v in range(1, min(len(ws) - CONTENT_WORDS - 1, SPEAKER_WORDS) + 1):
        verb, after = ws[v], ws[v + 1]
        if verb.key not in lexicon.headline_verbs:  # capitalised, as every word of the line
            continue
        if any(w.key in lexicon.headline_openers for w in ws[:v]):
            return None
        if after.key in lexicon.headline_stops:
            return None
        if text[ws[v - 1].end : verb.start] != " " or text[verb.end : after.start] != " ":
            return None
        return _speaker(text, ws[:v], entities), verb, after.start
    return None


def _own_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return not text[line_start:start].strip() and not rest.strip(" .;:!?")


def _title_case(ws: Sequence[Word]) -> bool:
    """Every word capitalised but short function words ("of", "to", "the")."""
    return len(ws) >= 4 and all(
        w.capital or len(w.key) <= _SMALL or not w.key[0].isalpha() for w in ws
    )


def _speaker(text: str, before: Sequence[Word], entities: Sequence[Entity]) -> Mention:
    """The name the words before the verb make: a recognised name that reaches the verb,
    cut there where the recogniser ran it on ("Trump Says He …"), else the words themselves:
    a name that stops short of the verb only says whose ("Former Clinton Pollster Says",
    "Trump's Son Says")."""
    start, stop = before[0].start, before[-1].end
    named = [
        e
        for e in entities
        if start <= e.start < stop and e.end >= stop and e.kind in ("person", "organisation")
    ]
    if named:
        first = named[0]
        name = first.name if first.end == stop else text[first.start : stop]
        return Mention(first.start, stop, "name", name)
    return Mention(start, stop, "desc", text[start:stop])
