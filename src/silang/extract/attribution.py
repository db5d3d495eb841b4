"""Who a sentence says its figures come from: "menurut BMKG", "..., kata Kepala BPBD Dani.",
"BNPB mencatat ...", "according to the agency", "..., police said."

A cue from the pack (figures_attribution.tsv) says where the name is: after it up to a comma
("lead"), after it up to the sentence end ("tag", only right after a comma or a closing
quote, so that "jelas" the adjective is not taken for "jelas" the verb), or before it as the
subject ("subject"). The name runs until a stop word ("kepada", "di", "on"), a time
expression, or a comma that does not open an apposition ("Kepala BPBD, Dani Ramdan").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from silang.extract.figures_tokens import Tokens
from silang.lang.figures import FiguresLexicon

#: The most tokens a source name takes ("Kabid Humas Polda Metro Jaya Kombes Ade Prasetyo").
_LONGEST_NAME = 14
#: An apposition segment after a comma holds at most this many tokens.
_APPOSITION = 10
_QUOTES = frozenset("\"“”‘’'«»")
_BREAKS = frozenset(";:!?") | _QUOTES


@dataclass(frozen=True)
class Source:
    """A source name in the text and the token index of its cue."""

    name: str
    start: int
    end: int
    cue: int


def find_sources(
    text: str, tokens: Tokens, times: Collection[int], lx: FiguresLexicon
) -> list[Source]:
    """The sources a sentence names; ``times`` are the indices of its time-expression tokens,
    where a name stops ("kata Budi, Senin")."""
    sources: list[Source] = []
    i = 0
    while i < len(tokens):
        cue = lx.attribution.match(tokens.low, tokens.text, i)
        if cue is None:
            i += 1
            continue
        kind, end = cue
        if kind == "either":
            kind = "tag" if _name_follows(tokens, end, times) else "subject"
        if kind == "tag" and not _tag_position(tokens, i):
            kind = "subject" if cue[0] == "either" else ""
        if kind in ("lead", "tag"):
            span = _right(tokens, end, times, lx, to_end=kind == "tag")
        elif kind == "subject":
            span = _left(tokens, i, times, lx)
        else:
            span = None
        source = _named(text, tokens, span, lx)
        if source is not None:
            sources.append(Source(source[0], source[1], source[2], i))
        i = end
    return sources


def nearest_source(sources: list[Source], token: int) -> Source | None:
    """The source whose cue is nearest to a figure at ``token``."""
    return min(sources, key=lambda s: abs(s.cue - token), default=None)


def _name_follows(tokens: Tokens, j: int, times: Collection[int]) -> bool:
    return tokens.capitalised(j) and j not in times


def _tag_position(tokens: Tokens, i: int) -> bool:
    return i == 0 or tokens.text[i - 1] in {",", *_QUOTES}


def _stops(tokens: Tokens, k: int, times: Collection[int], lx: FiguresLexicon) -> bool:
    if k in times or tokens.text[k] in _BREAKS:
        return True
    return lx.role("source-stop").match(tokens.low, tokens.text, k) is not None


def _right(
    tokens: Tokens, j: int, times: Collection[int], lx: FiguresLexicon, to_end: bool
) -> tuple[int, int] | None:
    if j >= len(tokens) or tokens.is_num(j):
        return None
    k = j
    named = 0
    while k < len(tokens) and k - j < _LONGEST_NAME:
        if tokens.text[k] == "." and k + 1 >= len(tokens):
            break
        if tokens.text[k] == ",":
            segment_end = _apposition(tokens, k + 1, times, lx, to_end)
            if segment_end is None:
                break
            k = segment_end
            continue
        if _stops(tokens, k, times, lx):
            break
        # "kata kepala sekolah Siti Aminah" starts in lower case, but once a name of two
        # capitalised words has begun, a lower-case word ("Kemenpan RB) mengakui soal ...")
        # is the sentence going on ("Ukrainian intelligence" is still the name).
        lower = tokens.is_word(k) and not tokens.capitalised(k)
        if named >= 2 and lower and not lx.role("name-link").match(tokens.low, tokens.text, k):
            break
        named += tokens.capitalised(k)
        k += 1
    return (j, k) if k > j else None


def _apposition(
    tokens: Tokens, k: int, times: Collection[int], lx: FiguresLexicon, to_end: bool
) -> int | None:
    """Where an apposition after a comma ends, or None when what follows is no part of the
    name: "Kepala BPBD, Dani Ramdan" or "..., said Asep, head of the agency." go on;
    "menurut BMKG, hujan turun" does not."""
    end = k
    while end < len(tokens) and tokens.text[end] not in {",", *_BREAKS}:
        if tokens.text[end] == "." and end + 1 >= len(tokens):
            break
        end += 1
    segment = range(k, end)
    if not segment or any(tokens.is_num(n) or _stops(tokens, n, times, lx) for n in segment):
        return None
    names = all(tokens.capitalised(n) or not tokens.is_word(n) for n in segment)
    reaches_end = end >= len(tokens) or tokens.text[end] in {".", *_QUOTES}
    if names or (to_end and reaches_end and len(segment) <= _APPOSITION):
        return end
    return None


def _left(
    tokens: Tokens, i: int, times: Collection[int], lx: FiguresLexicon
) -> tuple[int, int] | None:
    k = i
    while k > 0 and (tokens.text[k - 1] == "," or k - 1 in times):
        k -= 1  # "Hasan, mengatakan", "Polisi, Senin, mengatakan"
    end = k
    start = _left_segment(tokens, end, times, lx)
    connectives = lx.connectives
    while start is not None and start >= 2 and tokens.text[start - 1] == ",":
        name_like = all(tokens.capitalised(n) for n in range(start, end)) and end - start <= 4
        before = _left_segment(tokens, start - 1, times, lx)
        if not name_like or before is None or not tokens.capitalised(before):
            break
        if all(tokens.low[n] in connectives for n in range(before, start - 1)):
            break  # "Meanwhile, BPBD recorded": a sentence connector, capitalised as the opener
        start = before
    # "Namun BPBD mencatat", "Sementara itu BPBD mencatat": a connector opening the clause
    # links it to the sentence before; it is no part of who is cited.
    while start is not None and start < end and tokens.low[start] in connectives:
        start += 1
    return (start, end) if start is not None and start < end else None


def _left_segment(
    tokens: Tokens, end: int, times: Collection[int], lx: FiguresLexicon
) -> int | None:
    k = end
    pronoun = lx.role("pronoun")
    while k > 0 and end - k < _LONGEST_NAME:
        if tokens.text[k - 1] == "," or _stops(tokens, k - 1, times, lx):
            break
        if k < end and pronoun.match(tokens.low, tokens.text, k - 1):
            break  # "... tandas dia Yogi mengatakan": the name is "Yogi"
        k -= 1
    return k if k < end else None


def _named(
    text: str, tokens: Tokens, span: tuple[int, int] | None, lx: FiguresLexicon
) -> tuple[str, int, int] | None:
    """The name over a token span, without leading "data"/"the" and trailing commas; None
    for a pronoun or a span that names nothing."""
    if span is None:
        return None
    first, last = span
    drop = lx.role("source-drop")
    while first < last:
        dropped = drop.match(tokens.low, tokens.text, first, last)
        if dropped is None:
            break
        first = dropped[1]
    while last > first and not tokens.is_word(last - 1) and tokens.text[last - 1] != ")":
        last -= 1
    if first >= last or not tokens.is_word(first):
        return None
    if last - first == 1 and lx.role("pronoun").match(tokens.low, tokens.text, first, last):
        return None
    start, end = tokens.start[first], tokens.end[last - 1]
    return text[start:end], start, end
