"""Rule tables of a language pack: named regexes with a fast pre-filter.

Cleaning runs hundreds of patterns over every paragraph; the analysis here lets a rule be
skipped where it cannot match, which is what makes cleaning about a millisecond an article.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, get_args

from silang.lang.files import read_lines, read_table
from silang.model import CreditRelation, RemovalKind

_MACRO = re.compile(r"%([A-Z][A-Z0-9_]*)%")
# The regex parser, to find the words a rule cannot match without (see literal_needs). It is
# private to the re package, so anything unexpected from it only turns the shortcut off.
_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")


# Characters that re.IGNORECASE takes for a letter whose lower case they are not ("ſ" for "s",
# "ı" for "i"), and "İ", whose lower case is two characters. Folding them first keeps a folded
# text as long as the text, so offsets in one are offsets in the other.
_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold(text: str) -> str:
    """``text`` lower-cased the way the rules' shortcuts compare it, length kept."""
    lowered = text.lower()
    if len(lowered) == len(text) and "ı" not in lowered and "ſ" not in lowered:
        return lowered  # the common case: str.translate costs more than the rest together
    return text.translate(_FOLDS).lower()


@dataclass(frozen=True)
class Need:
    """Lower-case strings of which every match of a regex holds one, starting between ``low``
    and ``high`` characters after the match's start (``high`` is large where unbounded)."""

    strings: frozenset[str]
    low: int
    high: int


#: A rule whose needed string can sit this many places apart is searched for around each
#: occurrence rather than matched at every place.
NEAR = 16
#: A rule that can reach this far (from where its needed string allows it to start to where it
#: can end) is searched for in the whole text.
FAR = 1000
#: How far past its end a rule may look (a lookahead at its end); a search around an occurrence
#: stops this far after the longest match could end.
LOOKAHEAD = 32


def literal_needs(source: str, flags: int = 0) -> Need | None:
    """What the regex cannot match without, or None where nothing is known.

    Python's re scans slowly for a pattern that opens with a case-insensitive word or a
    lookbehind (20-120 ns a character), while ``str.find`` is fast: finding "menurut" in the
    folded text and matching the rule there replaces a scan of the whole text.
    """
    try:
        parsed = _parser.parse(source, flags)
        return _needs(parsed.state, list(parsed))
    except Exception:  # an unfamiliar parse tree: no shortcut, the rule is always searched
        return None


def longest_match(source: str, flags: int = 0) -> int:
    """The most characters the regex can match (a large number where unbounded)."""
    try:
        return int(_parser.parse(source, flags).getwidth()[1])
    except Exception:  # see literal_needs
        return 1 << 62


def first_chars(source: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased characters a match of the regex can start with, or None (any, or unknown)."""
    try:
        return _edge(list(_parser.parse(source, flags)), last=False)
    except Exception:  # see literal_needs
        return None


def last_chars(source: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased characters a match of the regex can end with, or None (any, or unknown)."""
    try:
        return _edge(list(_parser.parse(source, flags)), last=True)
    except Exception:  # see literal_needs
        return None


#: The most characters a character class may stand for in first_chars' answer.
_MAX_CLASS = 256


def _edge(items: list[tuple[Any, Any]], *, last: bool) -> frozenset[str] | None:
    """The characters the items can start (or end) a match with; None: any, or unknown."""
    found: set[str] = set()
    for op, av in reversed(items) if last else items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the next item says what comes first
        optional = False
        if op is _sre.LITERAL:
            chars: frozenset[str] | None = frozenset({fold(chr(av))})
        elif op is _sre.IN:
            chars = _class_chars(av)
        elif op is _sre.BRANCH:
            branches = [_edge(list(branch), last=last) for branch in av[1]]
            chars = (
                None
                if any(b is None for b in branches)
                else frozenset().union(*(b for b in branches if b is not None))
            )
        elif op is _sre.SUBPATTERN:
            chars = _edge(list(av[3]), last=last)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            chars = _edge(list(av[2]), last=last)
            optional = av[0] == 0
        else:
            return None
        if chars is None:
            return None
        found |= chars
        if not optional:
            return frozenset(found)
    return None  # the whole pattern may match the empty string


#: Characters of the classes \d and \s, as far as news text goes.
_CATEGORIES = {"CATEGORY_DIGIT": "0123456789", "CATEGORY_SPACE": " \t\n\r\f\v"}


def _class_chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.CATEGORY and str(av) == "CATEGORY_DIGIT":
            chars.update(_CATEGORIES[str(av)])
        elif op is _sre.LITERAL:
            chars.add(fold(chr(av)))
        elif op is _sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(fold(chr(c)) for c in range(av[0], av[1] + 1))
        else:
            return None  # NEGATE, categories such as \w, wide ranges
    return frozenset(chars)


def _width(state: Any, item: tuple[Any, Any]) -> tuple[int, int]:
    low, high = _parser.SubPattern(state, [item]).getwidth()
    return int(low), int(high)


def _needs(state: Any, items: list[tuple[Any, Any]]) -> Need | None:
    candidates: list[Need] = []
    run: list[str] = []
    run_at = (0, 0)
    low = high = 0
    for op, av in items:
        if op is _sre.LITERAL:
            if not run:
                run_at = (low, high)
            run.append(fold(chr(av)))
            low, high = low + 1, high + 1
            continue
        run_text = "".join(run)
        if run:
            candidates.append(Need(frozenset({run_text}), *run_at))
            run = []
        inner: Need | None = None
        if op is _sre.BRANCH:
            branches = [_needs(state, list(branch)) for branch in av[1]]
            if all(b is not None for b in branches):
                known = [b for b in branches if b is not None]
                inner = Need(
                    frozenset().union(*(b.strings for b in known)),
                    min(b.low for b in known),
                    max(b.high for b in known),
                )
        elif op is _sre.SUBPATTERN:
            inner = _needs(state, list(av[3]))
        elif op is _sre.ATOMIC_GROUP:
            inner = _needs(state, list(av))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _needs(state, list(av[2]))
        if inner is not None:
            candidates.append(Need(inner.strings, low + inner.low, high + inner.high))
            if run_text and inner.low == inner.high == 0:
                # "(" then (?i:foto|dok): the match holds "(foto" or "(dok".
                joined = frozenset(run_text + s for s in inner.strings)
                candidates.append(Need(joined, *run_at))
        width = _width(state, (op, av))
        low, high = low + width[0], min(high + width[1], 1 << 62)
    if run:
        candidates.append(Need(frozenset({"".join(run)}), *run_at))
    if not candidates:
        return None
    return min((_minimal(need) for need in candidates), key=_cost)


def _minimal(need: Need) -> Need:
    """Drop a string that holds another of the set (a text with "juga" has "uga"), unless the
    offsets are to stay exact (then the shorter string would sit at another offset)."""
    if need.high - need.low <= NEAR:
        return need
    strings = need.strings
    return Need(
        frozenset(s for s in strings if not any(t != s and t in s for t in strings)),
        need.low,
        need.high,
    )


def _cost(need: Need) -> tuple[int, bool, int, int]:
    """The cheapest test that still says something: strings of 5+ characters, else 3+ (shorter
    ones such as " me" are in nearly every paragraph), then a known offset, then the longest
    strings, then the fewest."""
    shortest = min(len(s) for s in need.strings)
    near = need.high - need.low <= NEAR
    tier = 0 if shortest >= 5 else 1 if shortest >= 3 else 2
    return (tier, not near, -shortest, len(need.strings))


def _probe(needed: str) -> str:
    """The longest space-separated piece of a needed string (the string if it has none)."""
    return max(needed.split(" "), key=len) or needed


@dataclass(frozen=True)
class Rules:
    """The labelled regexes of one pack file, in order, with what each needs to match.

    Python's re scans slowly for a pattern that opens with a case-insensitive word or a
    lookbehind, and each call costs about a microsecond, so rules are not run where they cannot
    match: a search skips a rule when the folded text (``fold``) holds none of the strings it needs,
    and tries a rule whose needed string sits near its start only where that string occurs;
    the anchored methods skip a rule when the text starts with a character the rule cannot
    start with, or is longer than the rule can match. (Measured 2026-11 on the 600 Indonesian
    articles of ../shared/data/id-hoax-news-pratiwi, 2.2 KB on average: cleaning went from 5 ms
    to about 0.9 ms an article; 5 KB articles take 1-1.6 ms.)

    Search patterns are compiled with re.MULTILINE, so that one scan over paragraphs joined by
    "\n" finds, for each paragraph, what a scan of that paragraph alone would find (``flag``).
    """

    keys: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    needs: tuple[Need | None, ...] = ()
    longest: tuple[int, ...] = ()
    #: What is looked for in a text to tell whether a rule may match: for each needed string,
    #: its longest word (a text holding the string holds the word), so that related strings
    #: ("dapatkan update", "dapatkan berita") are one test.
    probes: tuple[str, ...] = ()
    #: Per rule, the probes of its needed strings (None: the rule needs nothing).
    rule_probes: tuple[frozenset[str] | None, ...] = ()
    #: For a lower-cased first character, the rules (indices, in order) that can start with it;
    #: ``anywhere`` for a character no rule names.
    by_first: dict[str, tuple[int, ...]] = field(default_factory=dict, hash=False, compare=False)
    anywhere: tuple[int, ...] = ()
    #: Lower-cased characters each rule can end with (None: any).
    lasts: tuple[frozenset[str] | None, ...] = ()
    #: The longest match of any rule: a longer text matches none whole.
    reach: int = 0

    @classmethod
    def build(cls, keys: list[str], patterns: list[re.Pattern[str]]) -> Rules:
        needs = tuple(literal_needs(p.pattern, p.flags) for p in patterns)
        firsts = [first_chars(p.pattern, p.flags) for p in patterns]
        named = {c for chars in firsts if chars for c in chars}
        return cls(
            keys=tuple(keys),
            patterns=tuple(patterns),
            needs=needs,
            longest=tuple(longest_match(p.pattern, p.flags) for p in patterns),
            probes=tuple(sorted({_probe(s) for need in needs if need for s in need.strings})),
            rule_probes=tuple(
                None if need is None else frozenset(_probe(s) for s in need.strings)
                for need in needs
            ),
            by_first={
                c: tuple(i for i, chars in enumerate(firsts) if chars is None or c in chars)
                for c in named
            },
            anywhere=tuple(i for i, chars in enumerate(firsts) if chars is None),
            lasts=tuple(last_chars(p.pattern, p.flags) for p in patterns),
            reach=max((longest_match(p.pattern, p.flags) for p in patterns), default=0),
        )

    def candidates(self, lowered: str, present: set[str] | None = None) -> list[int]:
        """The rules (indices) that may match somewhere in a text folded to ``lowered``;
        ``present``: which of ``probes`` it holds, where the caller knows already."""
        if present is None:
            present = {s for s in self.probes if s in lowered}
        return [
            i
            for i, probes in enumerate(self.rule_probes)
            if probes is None or not probes.isdisjoint(present)
        ]

    def rules(self, lowered: str | None = None) -> list[tuple[str, re.Pattern[str]]]:
        """The rules, or those that may match somewhere in a text folded to ``lowered``."""
        if lowered is None:
            return list(zip(self.keys, self.patterns, strict=True))
        return [(self.keys[i], self.patterns[i]) for i in self.candidates(lowered)]

    def _starting(self, char: str) -> tuple[int, ...]:
        return self.by_first.get(fold(char), self.anywhere)

    def anchored(self, text: str, pos: int = 0) -> list[tuple[str, re.Pattern[str]]]:
        """The rules that may match ``text`` at ``pos``."""
        if pos >= len(text):
            return []
        return [(self.keys[i], self.patterns[i]) for i in self._starting(text[pos])]

    def fullmatch(self, text: str) -> tuple[str, re.Match[str]] | None:
        """The first rule matching the whole of ``text``."""
        size = len(text)
        if not text or size > self.reach:
            return None
        end = fold(text[-1])
        longest, lasts = self.longest, self.lasts
        for i in self._starting(text[0]):
            ends = lasts[i]
            if size > longest[i] or (ends is not None and end not in ends):
                continue
            found = self.patterns[i].fullmatch(text)
            if found is not None:
                return self.keys[i], found
        return None

    def find(self, i: int, text: str, lowered: str, pos: int = 0) -> re.Match[str] | None:
        """Rule ``i``'s leftmost match in ``text[pos:]``, the same as ``patterns[i].search``.

        A rule that needs a string is only looked for around the string's occurrences: matched
        at each start the string allows where those are few, else searched from the farthest
        start the string allows, up to the farthest end such a match can reach (plus
        ``LOOKAHEAD``). ``lowered`` is ``fold(text)``: offsets in one are offsets in the other.
        """
        pattern, need, longest = self.patterns[i], self.needs[i], self.longest[i]
        near = need is not None and need.high - need.low <= NEAR
        if need is None or not (near or longest + need.high < FAR):
            return pattern.search(text, pos)
        occurrences: set[int] = set()
        for s in need.strings:
            at = lowered.find(s, pos + need.low)
            while at != -1:
                occurrences.add(at)
                at = lowered.find(s, at + 1)
        tried: set[int] = set()
        for at in sorted(occurrences):
            first, last = max(pos, at - need.high), at - need.low
            if near:
                for start in range(first, last + 1):
                    if start not in tried:
                        tried.add(start)
                        found = pattern.match(text, start)
                        if found is not None:
                            return found
                continue
            end = min(len(text), last + longest + LOOKAHEAD)
            found = pattern.search(text, first, end)
            if found is not None and found.start() <= last:
                return found
        return None

    def search(
        self, text: str, pos: int = 0, lowered: str | None = None
    ) -> tuple[str, re.Match[str]] | None:
        """The leftmost rule match in ``text[pos:]`` (the earlier rule at the same position)."""
        lowered = fold(text) if lowered is None else lowered
        best: tuple[str, re.Match[str]] | None = None
        for i in self.candidates(lowered):
            found = self.find(i, text, lowered, pos)
            if found is not None and (best is None or found.start() < best[1].start()):
                best = (self.keys[i], found)
        return best

    def finditer(self, i: int, text: str, lowered: str) -> list[re.Match[str]]:
        """Rule ``i``'s matches in ``text``, left to right, not overlapping."""
        found: list[re.Match[str]] = []
        pos = 0
        while pos <= len(text) and (match := self.find(i, text, lowered, pos)) is not None:
            found.append(match)
            pos = match.end() if match.end() > match.start() else match.start() + 1
        return found

    def flag(
        self, joined: str, lowered: str, starts: Sequence[int], present: set[str] | None = None
    ) -> set[int]:
        """Which paragraphs of ``joined`` (paragraphs joined by "\n", starting at ``starts``)
        some rule may match in. It errs only towards flagging: a match running on into the next
        paragraph flags the one it starts in, and the scan resumes at the next paragraph."""
        flagged: set[int] = set()
        for i in self.candidates(lowered, present):
            pos = 0
            while (found := self.find(i, joined, lowered, pos)) is not None:
                index = bisect_right(starts, found.start()) - 1
                flagged.add(index)
                if index + 1 >= len(starts):
                    break
                pos = starts[index + 1]
        return flagged


EMPTY_RULES = Rules()


def expand_macros(pattern: str, macros: dict[str, str], where: str) -> str:
    """Replace ``%NAME%`` in a pack regex with the macro of that name (see macros.tsv)."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ValueError(f"{where}: unknown macro %{name}%")
        return macros[name]

    return _MACRO.sub(one, pattern)


def read_macros(code: str) -> dict[str, str]:
    """``macros.tsv``: named regex pieces; a macro may use the macros defined above it."""
    macros: dict[str, str] = {}
    for name, value in read_table(code, "macros.tsv"):
        macros[name] = "(?:" + expand_macros(value, macros, f"lang/{code}/macros.tsv") + ")"
    return macros


def compile_rules(
    code: str,
    filename: str,
    macros: dict[str, str],
    allowed: frozenset[str],
    flags: int = 0,
) -> Rules:
    """A ``key<TAB>regex`` pack file as Rules; keys must be in ``allowed``."""
    keys: list[str] = []
    patterns: list[re.Pattern[str]] = []
    where = f"lang/{code}/{filename}"
    for key, value in read_table(code, filename):
        if key not in allowed:
            raise ValueError(f"{where}: unknown key {key!r} (expected one of {sorted(allowed)})")
        source = expand_macros(value, macros, where)
        try:
            patterns.append(re.compile(source, flags))
        except re.error as exc:
            raise ValueError(f"{where}: bad regex {value!r}: {exc}") from exc
        keys.append(key)
    return Rules.build(keys, patterns)


def compile_alternation(
    code: str, filename: str, macros: dict[str, str], flags: int = 0
) -> re.Pattern[str]:
    """One regex per line of a pack file, joined into a single alternation."""
    where = f"lang/{code}/{filename}"
    lines = [expand_macros(line, macros, where) for line in read_lines(code, filename)]
    return re.compile("|".join(f"(?:{line})" for line in lines) if lines else "(?!)", flags)


REMOVAL_KINDS: frozenset[str] = frozenset(get_args(RemovalKind))
CREDIT_RELATIONS: frozenset[str] = frozenset(get_args(CreditRelation))
