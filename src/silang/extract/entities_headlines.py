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

from silang.extract.entities_parse import NAME_WORDS, Piece, gazetteer_at, keys, match_at
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
    text: str,
    found: Sequence[Word],
    lexicon: QuotesLexicon,
    known: EntityWords,
    lowercase: frozenset[str],
) -> list[tuple[int, int]]:
    """The (start, end) of each line whose every longer word after the first is capitalised,
    when the text has running text to read names from: the headline, and subheads and links
    to other stories in the body ("Baca Juga: Prabowo Kunjungi Pabrik Senjata Di Bandung").
    A shorter line is one too where a word after its first is an ordinary word set in capitals
    ("Dalam Kondisi Baik", "Jokowi Resmikan Tol Baru": ``lowercase`` holds the words the text
    writes in lower case) or a short form amid capitalised words ("Penjelasan KJRI Davao");
    else, as "Budi Santoso", "Sahar Khoga, 52" or "John Smith, CEO", it is a name alone. A
    line that lists people is read as running text instead: a credit or guest line ("Penulis:
    Budi Santoso", "Photo by John Smith", "Hadir Presiden Joko Widodo", "Foto: ANTARA/Budi
    Santoso"), and in the body a line with a listed title before a name ("Turut Hadir Gubernur
    Anies Baswedan dan ...", where a subhead set in capitals stays one, as does "Menteri
    Kesehatan Minta Warga Waspada"). Lines holding a web address are neither headline nor
    running text."""
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
        title_case = all(w.text[0].isupper() for w in longer) and (
            len(longer) >= _LONG_WORDS or _set_in_capitals(inside, lowercase, lexicon)
        )
        people = _credit(inside, text, known, lexicon, lowercase) or (
            body and not _shouted(longer) and _titled(inside, lexicon, lowercase)
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


def _set_in_capitals(
    line: Sequence[Word], lowercase: frozenset[str], lexicon: QuotesLexicon
) -> bool:
    """Whether a word after the line's first is capitalised though the text writes it in
    lower case ("Kondisi" beside "kondisi baik"), or is a short form all in capitals ("KJRI")
    inside a stretch of capitalised words in a line not set so. A short form after a name, last
    or after a comma or bracket, is the person's affiliation or degree ("Rina Kusuma (KPK)",
    "John Smith, CEO", "Budi Santoso SH"), and "LeAnn" is a name's own spelling. A name alone
    whose word the text also writes in lower case ("Dewi Lestari" beside "tetap lestari") is
    read as a subhead: the line gives no sign of which it is. A line that opens with a head of
    organisations or places or closes with their tail names one ("Badan Pusat Statistik",
    "KUNA News Agency") whatever its words."""
    if (
        len(line) < 2
        or match_at(line, 0, lexicon.org_heads, 3)
        or match_at(line, 0, lexicon.place_heads, 2)
        or line[-1].key in lexicon.org_tails
        or line[-1].key in lexicon.place_tails
    ):
        return False
    shouted = _shouted(line)
    return any(
        w.text[0].isupper()
        and (
            w.key in lowercase
            or (
                w.text.isupper()
                and is_acronym(w)
                and not shouted
                and w.key not in lexicon.titles
                and _between_capitals(line, i)
            )
        )
        for i, w in enumerate(line[1:], 1)
    )


def _between_capitals(line: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` has a capitalised word on each side, a single space apart ("KJRI"
    in "Penjelasan KJRI Davao")."""
    return 0 < i < len(line) - 1 and _joined(line[i - 1 : i + 1]) and _joined(line[i : i + 2])


def _credit(
    line: Sequence[Word],
    text: str,
    known: EntityWords,
    lexicon: QuotesLexicon,
    lowercase: frozenset[str],
) -> bool:
    """Whether a line credits or lists people: a credit word opens it ("Penulis: ...", "Hadir
    Presiden ...", "By JOHN SMITH"), comes second ("Photo by ...", "Turut Hadir ...") or
    stands before a colon ("... | Editor: Andi Wijaya"). Further in, "by" is a headline's
    ("Town Hit by Floods"). A photo word opening a line credits only beside an agency's slash
    (``_slashed``): without one the line is a caption ("Foto: Banjir Rendam Jakarta")."""
    photo = (
        bool(line) and line[0].key in known.photo_words and _slashed(line, text, lexicon, lowercase)
    )
    return photo or any(
        w.key in known.credit_words and (i <= 1 or text[w.end : w.end + 1] == ":")
        for i, w in enumerate(line)
    )


def _slashed(
    line: Sequence[Word], text: str, lexicon: QuotesLexicon, lowercase: frozenset[str]
) -> bool:
    """Whether a slash, spaced or not, parts an agency from a photographer: capitalised words
    on both sides, on one side a short form or a listed organisation ("ANTARA/Budi Santoso",
    "Jane Roe / Getty Images", "AP Photo/Evan Vucci"), and on the other no word the text
    writes in lower case. A caption's slash parts ordinary words ("Photo: Flood Victims/Relief
    Camp"), and they stay a caption beside an agency ("Foto: Warga Mengungsi/BPBD" where the
    text writes "mengungsi"): a photographer's name is no ordinary word."""
    for i in range(len(line) - 1):
        if text[line[i].end : line[i + 1].start].strip() != "/":
            continue
        if not all(w.text[0].isupper() for w in (line[i], line[i + 1])):
            continue
        before, after = (_side(line, i, -1), i + 1), (i + 1, _side(line, i + 1, 1))
        for agency, other in ((before, after), (after, before)):
            if _agency(line, *agency, lexicon) and not any(
                w.key in lowercase for w in line[other[0] : other[1]]
            ):
                return True
    return False


def _side(line: Sequence[Word], i: int, step: int) -> int:
    """Where the capitalised words that single spaces join to word ``i`` end: the first
    index going back (``step`` -1), or the end (exclusive) going on (``step`` 1). One side of
    a slash."""
    while 0 <= i + step < len(line) and _joined(line[min(i, i + step) : max(i, i + step) + 1]):
        i += step
    return i if step < 0 else i + 1


def _joined(pair: Sequence[Word]) -> bool:
    """Whether two words in a row are capitalised and a single space apart."""
    a, b = pair
    return b.start == a.end + 1 and a.text[0].isupper() and b.text[0].isupper()


def _agency(line: Sequence[Word], start: int, end: int, lexicon: QuotesLexicon) -> bool:
    """Whether words ``start`` to ``end`` (exclusive) hold a short form or a listed
    organisation: a place names no agency ("Foto: Banjir/Jakarta")."""
    for k in range(start, end):
        listed = gazetteer_at(line[:end], k, lexicon)
        if is_acronym(line[k]) or (listed is not None and listed[1] != "place"):
            return True
    return False


def _titled(line: Sequence[Word], lexicon: QuotesLexicon, lowercase: frozenset[str]) -> bool:
    """Whether a listed title stands right before a name in the line ("Gubernur Anies"): a
    capitalised word after the title and its office words. A stretch of capitalised words
    there longer than a name is a headline's when its last words are ones the text writes in
    lower case ("Menteri Kesehatan Minta Warga Waspada" beside "meminta warga waspada"); one
    no longer than a name is a name, whatever words it shares ("Sen. Tom Price" beside "the
    price")."""
    for i in range(len(line) - 1):
        j = match_at(line, i, lexicon.titles, lexicon.title_words)
        while i < j < len(line) and line[j].key in lexicon.office_words:
            j += 1
        if not (i < j < len(line) and line[j].text[0].isupper()):
            continue
        end = _side(line, j, 1)  # "Ted Cruz (R-Texas)": the name ends before the bracket
        if end - j <= NAME_WORDS or not any(
            w.key in lowercase for w in line[end - NAME_WORDS : end]
        ):
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
    if not headline_runs:
        return []  # most texts: no need to tally the body's stretches
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
