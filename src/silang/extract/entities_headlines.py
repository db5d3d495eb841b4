"""Headlines written in Title Case ("Hillary Clinton Reassures House Democrats").

There every word is capitalised, so capitals no longer say where a name ends: the run would be
read as one long person. A headline names what its article names, so the names in a Title Case
line are read from the rest of the text: a stretch of the headline that the body gives as an
entity (whole, or a person's last words: "Clinton") keeps the body's kind, a gazetteer entry
its own and a short form in capitals ("AMA") is an organisation; the other words are ordinary
words set in capitals.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from silang.extract.entities_parse import Piece, gazetteer_at, keys, match_at
from silang.extract.entities_runs import Word, is_acronym
from silang.extract.entities_words import EntityWords
from silang.lang.quotes import QuotesLexicon
from silang.model import EntityKind

_LINE = re.compile(r"[^\n]+")
#: Words this short are left in lower case by Title Case ("of", "and", "the", "di", "ke").
_SHORT = 3
#: The fewest longer words after the first that make a line Title Case: fewer is a name alone.
_LONG_WORDS = 3
#: Words of a web address.
_WEB = frozenset({"http", "https", "www"})


def title_case_lines(
    text: str, found: Sequence[Word], lexicon: QuotesLexicon, known: EntityWords
) -> list[tuple[int, int]]:
    """The (start, end) of each line whose every longer word after the first is capitalised,
    when the text has running text to read names from: the headline, and subheads and links
    to other stories in the body ("Baca Juga: Prabowo Kunjungi Pabrik Senjata Di Bandung"). A
    line that lists people is read as running text instead: a credit or guest line
    ("Penulis: Budi Santoso", "Photo by John Smith", "Hadir Presiden Joko Widodo"), and in the
    body a line with a listed title before a capitalised word ("Turut Hadir Gubernur Anies
    Baswedan dan ...", where a subhead set in capitals stays one). Lines holding a web address
    are neither headline nor running text."""
    lines = []
    body = False
    n = 0
    for line in _LINE.finditer(text):
        start, end = line.span()
        inside = []
        while n < len(found) and found[n].start < end:
            if found[n].start >= start:
                inside.append(found[n])
            n += 1
        longer = [w for w in inside[1:] if len(w.text) > _SHORT and w.text[0].isalpha()]
        title_case = len(longer) >= _LONG_WORDS and all(w.text[0].isupper() for w in longer)
        people = _credit(inside, text, known) or (
            body and not _shouted(longer) and _titled(inside, lexicon)
        )
        if title_case and not people and not _web(inside):
            lines.append((start, end))
        elif _running(inside):
            body = True
    return lines if body else []


def _web(line: Sequence[Word]) -> bool:
    """Whether a line holds a web address ("Sumber: https://www.kompas.com/...")."""
    return any(w.key in _WEB for w in line)


def _running(line: Sequence[Word]) -> bool:
    """Whether a line's words are running text: it writes a longer word in lower case and
    holds no web address."""
    return not _web(line) and any(len(w.text) > _SHORT and w.text[0].islower() for w in line)


def _credit(line: Sequence[Word], text: str, known: EntityWords) -> bool:
    """Whether a line credits or lists people: a credit word opens it ("Penulis: ...", "Hadir
    Presiden ...", "By JOHN SMITH"), comes second ("Photo by ...", "Turut Hadir ...") or
    stands before a colon ("... | Editor: Andi Wijaya"). Further in, "by" is a headline's
    ("Town Hit by Floods")."""
    return any(
        w.key in known.credit_words and (i <= 1 or text[w.end : w.end + 1] == ":")
        for i, w in enumerate(line)
    )


def _titled(line: Sequence[Word], lexicon: QuotesLexicon) -> bool:
    """Whether a listed title stands right before a capitalised word in the line ("Gubernur
    Anies")."""
    for i in range(len(line) - 1):
        j = match_at(line, i, lexicon.titles, lexicon.title_words)
        if i < j < len(line) and line[j].text[0].isupper():
            return True
    return False


def _spelling(words: Sequence[Word]) -> str:
    """Words as written, clitics off: headlines keep a name's casing, and casing tells the
    body's "US" and "WHO" from a headline's "Us" and "Who"."""
    return " ".join(w.text[: len(w.text) - w.clitic] for w in words)


def _known_stretches(
    pieces: Sequence[Piece], found: Sequence[Word], lexicon: QuotesLexicon
) -> dict[str, EntityKind]:
    """Spelling → kind of each entity the body gives, whole, and of each person's last words
    (headlines call people by surname: "Clinton", "Rodham Clinton") unless the gazetteer lists
    them ("Denzel Washington" does not make a headline's "Washington" a person). A spelling
    the body reads as several kinds takes the one it reads most often ("the Clinton campaign"
    once does not make "Clinton" an organisation); a tie goes to the first."""
    votes: dict[str, Counter[EntityKind]] = {}
    starts = {w.start: i for i, w in enumerate(found)}
    for piece in pieces:
        first = starts.get(piece.start)
        if first is None:
            continue
        last = first
        while last + 1 < len(found) and found[last + 1].start < piece.end:
            last += 1
        named = found[first : last + 1]
        votes.setdefault(_spelling(named), Counter())[piece.kind] += 1
        if piece.kind == "person":
            for i in range(1, len(named)):
                if keys(named[i:]) not in lexicon.gazetteer:
                    votes.setdefault(_spelling(named[i:]), Counter())["person"] += 1
    return {spelling: kinds.most_common(1)[0][0] for spelling, kinds in votes.items()}


def headline_pieces(
    headline_runs: Sequence[Sequence[Word]],
    body: Sequence[Piece],
    found: Sequence[Word],
    lowercase: frozenset[str],
    lexicon: QuotesLexicon,
) -> list[Piece]:
    """The entities in a Title Case line's runs, read from the body's (module docstring)."""
    table = _known_stretches(body, found, lexicon)
    longest = max((len(k.split()) for k in table), default=1)
    pieces = []
    for run in headline_runs:
        shouted = _shouted(run)
        i = 0
        while i < len(run):
            kind: EntityKind | None = None
            j = match_at(run, i, table, longest, _spelling)
            listed = gazetteer_at(run, i, lexicon)
            if listed is not None and listed[0] > j:
                # A longer listed name than the body's: "Hong Kong" over a body's "Hong".
                j, kind = listed[0], "place" if listed[1] == "place" else "organisation"
            elif j > i:
                kind = table[_spelling(run[i:j])]
            elif is_acronym(run[i]) and not shouted:
                j, kind = i + 1, "organisation"  # "AMA Hails Nominee": a short form
            if kind is None or (j - i == 1 and _ordinary(run[i], lowercase, shouted)):
                i = max(i + 1, j)
                continue
            pieces.append(Piece(run[i].start, run[j - 1].end - run[j - 1].clitic, kind))
            i = j
    return pieces


def _ordinary(word: Word, lowercase: frozenset[str], shouted: bool) -> bool:
    """Whether a headline word alone is an ordinary word set in capitals: the text writes it
    in lower case ("Plan", "Tax"), or it is a short word not in capitals ("Us", "Who": the
    body's "US" and "WHO" are spelt so in a headline too). Capitals in a Title Case line are
    chosen ("US", "AMA"), whatever the text writes in lower case ("told us")."""
    if is_acronym(word) and not shouted:
        return False
    return word.key in lowercase or (len(word.text) <= _SHORT and not is_acronym(word))


def _shouted(run: Sequence[Word]) -> bool:
    """Whether the run is set all in capitals ("CHARGERS' WILLIAMS ARRESTED"), where every
    word looks like a short form."""
    return all(w.text.upper() == w.text for w in run)
