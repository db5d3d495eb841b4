"""Persons, organisations and places in an article's text.

``EntityRecognizer`` is the interface; ``RuleEntityRecognizer`` is the baseline behind it: runs of
capitalised words cut into titles, affiliations and names (entities_parse), with a gazetteer
and the words around each run. A trained model (the NER issue) plugs in by implementing the
same method. Recognisers leave ``Entity.name`` equal to the mention's text; in-article
coreference (``silang.extract.coref.resolve_names``) fills in canonical names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from silang.extract.entities_headlines import headline_pieces, title_case_lines
from silang.extract.entities_parse import Context, Piece, parse_run
from silang.extract.entities_runs import Word, is_acronym, runs, words
from silang.extract.entities_spots import SpotWords, load_spot_words, without_spot_words
from silang.extract.entities_words import EntityWords, is_demonym, load_entity_words
from silang.lang.quotes import QuotesLexicon
from silang.model import Entity, Span

#: An expansion's short form in brackets: "… Negara (BUMN)". A capital and a hyphen open a
#: party-and-state tag instead ("Jason Chaffetz (R-Utah)"), which follows a person's name.
_ACRONYM_AFTER = re.compile(r" ?\((?-i:(?![A-Z]-)[A-Z][\w-]+)\)")
#: A party-and-state tag after a politician's name, in brackets or after a comma ("Ted Cruz
#: (R-Texas)", "(R-New York)", "Bernie Sanders, I-Vt., said", "said Ted Cruz, R-Texas."): a
#: label of the person, no organisation. A state of several words is told only in brackets;
#: after a comma the tag ends at the next comma, semicolon or the sentence's end.
_PARTY_TAG = re.compile(
    r"(?<=\()[DRI]-[A-Z][\w. ]*(?=\))|(?<=, )[DRI]-[A-Z][\w.]*(?=[,;]|\.?(?:\s|$))"
)


class EntityRecognizer(Protocol):
    """Finds entity mentions in ``text`` (whose sentences are ``sentences``), in text order,
    without overlaps; each Entity's ``name`` is its text until coreference fills it."""

    def recognise(self, text: str, sentences: Sequence[Span]) -> tuple[Entity, ...]: ...


class RuleEntityRecognizer:
    """The rule + capitalisation + gazetteer baseline."""

    def __init__(self, lexicon: QuotesLexicon) -> None:
        self.lexicon = lexicon
        self.known = load_entity_words(lexicon)
        self.spots = load_spot_words(lexicon.code)

    def recognise(self, text: str, sentences: Sequence[Span]) -> tuple[Entity, ...]:
        lexicon, known, spots = self.lexicon, self.known, self.spots
        found = words(text, sentences, lexicon)
        lowercase = frozenset(w.key for w in found if w.text[0].islower())
        # Title Case lines are read after the rest, from the names the rest gives.
        headlines = title_case_lines(text, found, lexicon, known, lowercase)
        found_runs: list[list[Word]] = []
        headline_runs: list[list[Word]] = []
        for run in runs(text, found, lexicon):
            inside = any(s <= run[0].start < e for s, e in headlines)
            (headline_runs if inside else found_runs).append(run)
        index = {w.start: i for i, w in enumerate(found)}
        found_runs = without_spot_words(text, found_runs, found, index, spots)
        hints = _short_names(text, found_runs, found, index, lexicon, known, spots)
        pieces = _parse_all(text, found_runs, found, index, hints, lowercase, lexicon, known, spots)
        # A second pass knows every word of the multi-word names found by the first, so that
        # "Bupati Tanah Merah Andi Wijaya" splits where a later "Andi" says the name starts.
        names = {
            w.key
            for piece in pieces
            if piece.kind == "person"
            for w in found[index[piece.start] : _end_index(found, index, piece) + 1]
        }
        pieces = _parse_all(
            text, found_runs, found, index, hints | names, lowercase, lexicon, known, spots
        )
        pieces = _channel_outlets(text, _acronyms_in_brackets(text, pieces), lexicon)
        pieces = _names_after_known_organisations(text, pieces, found, index, lexicon)
        pieces += headline_pieces(headline_runs, pieces, found, lowercase, lexicon)
        return tuple(
            Entity(p.start, p.end, text[p.start : p.end], p.kind, text[p.start : p.end])
            for p in _without_overlaps(pieces)
        )


#: The most words a person's name takes after an organisation named alone elsewhere.
_NAME_AFTER_ORGANISATION = 3


def _names_after_known_organisations(
    text: str,
    pieces: list[Piece],
    found: Sequence[Word],
    index: dict[int, int],
    lexicon: QuotesLexicon,
) -> list[Piece]:
    """An organisation that runs on past a name the text gives alone ("BPBD Lembah Sari
    recorded ..." then "Head of BPBD Lembah Sari Sri Lestari Wulandari said") ends there; the
    two or three capitalised words after it are a person's name, when none of them is a known
    word of another kind."""
    keyed = {
        piece: tuple(w.key for w in found[index[piece.start] : _end_index(found, index, piece) + 1])
        for piece in pieces
        if piece.kind == "organisation" and piece.start in index
    }
    known = set(keyed.values())
    known_words = (
        lexicon.not_names
        | lexicon.gazetteer.keys()
        | lexicon.titles.keys()
        | lexicon.office_words
        | lexicon.org_heads
        | lexicon.place_heads
        | lexicon.org_tails
        | lexicon.place_tails
    )
    result = []
    for piece in pieces:
        keys = keyed.get(piece)
        split = None
        if keys is not None:
            for cut in range(len(keys) - 2, max(0, len(keys) - _NAME_AFTER_ORGANISATION) - 1, -1):
                rest = found[index[piece.start] + cut : index[piece.start] + len(keys)]
                if (
                    cut > 0
                    and keys[:cut] in known
                    and not any(w.key in known_words or is_acronym(w) for w in rest)
                ):
                    split = cut
                    break
        if split is None:
            result.append(piece)
            continue
        first = found[index[piece.start] + split]
        last_of_organisation = found[index[piece.start] + split - 1]
        result.append(piece._replace(end=last_of_organisation.end))
        result.append(Piece(first.start, piece.end, "person"))
    return result


def _acronyms_in_brackets(text: str, pieces: list[Piece]) -> list[Piece]:
    """A word in brackets right after an organisation is its short form: "… (Kadin)"."""
    result = list(pieces)
    for n in range(1, len(result)):
        before, piece = result[n - 1], result[n]
        if (
            before.kind == "organisation"
            and text[before.end : piece.start] == " ("
            and (text[piece.end : piece.end + 1] == ")")
        ):
            result[n] = piece._replace(kind="organisation")
    return result


def _channel_outlets(text: str, pieces: list[Piece], lexicon: QuotesLexicon) -> list[Piece]:
    """A name in an outlet channel ("kepada Warta Sari", "told the Daily Ledger") is an
    organisation, whatever its words looked like."""
    outlets = [
        m.span()
        for kind, pattern in lexicon.channels
        if kind == "outlet"
        for m in pattern.finditer(text)
    ]
    return [
        p._replace(kind="organisation")
        if p.kind == "person"
        and any(s <= p.start and p.end <= e for s, e in outlets)
        and text[p.start : p.end].casefold() not in lexicon.pronouns
        else p
        for p in pieces
    ]


def _end_index(found: Sequence[Word], index: dict[int, int], piece: Piece) -> int:
    i = index[piece.start]
    while i + 1 < len(found) and found[i + 1].start < piece.end:
        i += 1
    return i


def _neighbour(found: Sequence[Word], i: int) -> str:
    """The lower-case word at index ``i`` (or "" when there is none or it is capitalised)."""
    if 0 <= i < len(found) and not found[i].text[0].isupper():
        return found[i].key
    return ""


def _after_place_noun(
    text: str, found: Sequence[Word], i: int, lexicon: QuotesLexicon, spots: SpotWords
) -> bool:
    """Whether a place noun in lower case stands right before word ``i``, only a space between:
    "kawasan Sukmajaya", "daerah Tapos", "masjid Istiqlal". A comma or a full stop parts them
    ("dari luar daerah. Artinya", "ke masjid, Anwar yang"). Only where names put their head
    first: English place heads before a name are adjectives in lower case ("a new Democratic
    president"), and English is the language with organisation tails ("... Institute"). A
    title or a role before the noun makes the word its holder: "kata kepala desa Slamet",
    "wali kota Risma", "imam masjid Hasan"."""
    if lexicon.org_tails or i == 0 or found[i - 1].text[0].isupper():
        return False
    noun = found[i - 1]
    if i >= 2 and (
        f"{found[i - 2].key} {noun.key}" in lexicon.titles
        or found[i - 2].key in spots.place_noun_roles
    ):
        return False
    return noun.key in lexicon.place_heads and text[noun.end : found[i].start] == " "


def _short_names(
    text: str,
    found_runs: Sequence[Sequence[Word]],
    found: Sequence[Word],
    index: dict[int, int],
    lexicon: QuotesLexicon,
    known_words: EntityWords,
    spots: SpotWords,
) -> frozenset[str]:
    """Single capitalised words used as a name: next to a speech verb ("kata Andi",
    "Hollis said") or inside a sentence, and not a known word of any other kind ("Americans
    say" names a people)."""
    hints = set()
    for run in found_runs:
        if len(run) != 1:
            continue
        word = run[0]
        i = index[word.start]
        before, after = _neighbour(found, i - 1), _neighbour(found, i + 1)
        speech = before in lexicon.inverted or after in lexicon.finite
        known = (
            word.key in lexicon.not_names
            or word.key in lexicon.gazetteer
            or word.key in lexicon.titles
            or word.key in lexicon.office_words
            or is_acronym(word)
            or is_demonym(word.key, known_words)
        )
        place = before in lexicon.place_prepositions or _after_place_noun(
            text, found, i, lexicon, spots
        )
        if not known and not place and (speech or not word.initial):
            hints.add(word.key)
    return frozenset(hints)


def _parse_all(
    text: str,
    found_runs: Sequence[Sequence[Word]],
    found: Sequence[Word],
    index: dict[int, int],
    hints: frozenset[str],
    lowercase: frozenset[str],
    lexicon: QuotesLexicon,
    known: EntityWords,
    spots: SpotWords,
) -> list[Piece]:
    pieces: list[Piece] = []
    tags = {m.start() for m in _PARTY_TAG.finditer(text)}
    for n, run in enumerate(found_runs):
        if run[0].start in tags:
            continue  # the tag's run, however many words ("D-West Virginia", "D-W.Va")
        first, last = index[run[0].start], index[run[-1].start]
        following = found_runs[n + 1] if n + 1 < len(found_runs) else None
        if following is not None and following[0].start in tags:
            following = None  # "Joe Manchin, D-W.Va., said": a tag is no name in apposition
        gap = text[run[-1].end : found[last + 1].start] if last + 1 < len(found) else ""
        context = Context(
            apposition=_apposition(text, run, following, lexicon),
            before=_neighbour(found, first - 1) if first else "",
            after=_neighbour(found, last + 1),
            after_adjacent=not gap.strip(" ("),
            place_noun=_after_place_noun(text, found, first, lexicon, spots),
            hints=hints,
            lowercase=lowercase,
        )
        pieces.extend(parse_run(run, context, lexicon, known))
    return pieces


def _apposition(
    text: str, run: Sequence[Word], following: Sequence[Word] | None, lexicon: QuotesLexicon
) -> bool:
    """Whether the run is followed by its own expansion's acronym ("… Negara (BUMN)") or by
    a name set off by a comma ("Kepala BPBD Cisalak, Toto Suharto"): then the run's tail
    belongs to the title, not to a name."""
    end = run[-1].end
    if _ACRONYM_AFTER.match(text, end):
        return True
    if following is None or text[end : following[0].start] != ", ":
        return False
    rest = [w for w in following if w.key not in lexicon.not_names]
    while rest and rest[0].key in lexicon.titles:
        rest = rest[1:]
    if not rest or len(rest) > 5 or is_acronym(rest[0]):
        return False
    key = " ".join(w.key for w in rest)
    heads = lexicon.org_heads | lexicon.place_heads
    return key not in lexicon.gazetteer and rest[0].key not in heads


def _without_overlaps(pieces: Sequence[Piece]) -> list[Piece]:
    kept: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start, -p.end)):
        if kept and piece.start < kept[-1].end:
            continue
        kept.append(piece)
    return kept
