"""Reseating the units an agglomeration holds loosely.

Average-link agglomeration only scores the pairs its sparse graph found (graph.py: an article
meets the earlier ones listed under its own heaviest terms), and a unit let into a group at
the single-article bar may see the group grow away from it. So a unit can end alone though it
is as close to a story as that story's members are to each other (an article whose heaviest
terms are its own: a box score's figures, a quote's rare words), or in a group it is much
less close to than to another (ECB+ train topic 31: a box score of one game in the story of
the other, average similarity 0.10 there against 0.21 with its own game's reports).

After the agglomeration each unit whose average similarity to the rest of its group is under
the threshold (alone: none) is scored against the groups listed under its heaviest terms
(more of them than the graph looks up), and moves to the best one whose average similarity
with it, decayed by the days between them, clears the bar a merge of the two would have to
clear and beats its own group's; a unit in a group that holds other languages stays
(_held). Units are taken in their order, each move seen by those after, so the outcome
depends on nothing but the units and the groups.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from silang.cluster.agglomerate import Node, span_gap
from silang.cluster.graph import dot
from silang.cluster.index import StoryIndex
from silang.cluster.story import Vector, length, top_terms
from silang.cluster.timing import TimeFactor


@dataclass(frozen=True)
class Bars:
    """What a move must clear: the merge threshold and its factor where one side is a single
    article, how time lowers similarity, and the sizes of the candidate search."""

    threshold: float
    single: float
    timing: TimeFactor
    #: A unit's heaviest terms looked up, groups' heaviest terms listed, candidates scored.
    query_terms: int
    index_terms: int
    candidates: int
    #: Groups read from one index entry.
    recent: int

    def bar(self, size: int, other: int) -> float:
        """The least average similarity for groups of ``size`` and ``other`` articles to
        merge (agglomerate.py)."""
        return self.threshold * self.single if min(size, other) == 1 else self.threshold


@dataclass
class Seat:
    """A group being reseated: the node numbers it holds (units, and at most one existing
    story, which never moves), its articles, span and summed vector."""

    members: set[int] = field(default_factory=set)
    size: int = 0
    first: int | None = None
    last: int | None = None
    #: Summed vector; a lone node's own vector, not a copy, until the seat changes (most
    #: groups of a stream's chunk are one article, or one article and its story).
    total: Vector = field(default_factory=dict)
    shared: bool = False
    norm: float | None = None
    #: The languages of its units' articles; None once it holds a story (not known).
    languages: frozenset[str] | None = frozenset()

    def span(self) -> Node:
        return Node(self.size, self.first, self.last)

    def length(self) -> float:
        """The length of the summed vector (kept until the seat changes)."""
        if self.norm is None:
            self.norm = length(self.total)
        return self.norm

    def take(
        self, number: int, node: Node, vector: Vector, languages: frozenset[str] | None
    ) -> None:
        """Add a node's articles, span, vector and languages (None: not known)."""
        self.members.add(number)
        if self.languages is not None:
            self.languages = None if languages is None else self.languages | languages
        self.size += node.size
        for day in (node.first, node.last):
            if day is not None:
                self.first = day if self.first is None else min(self.first, day)
                self.last = day if self.last is None else max(self.last, day)
        self._add(vector, 1.0)

    def give(self, number: int, node: Node, vector: Vector) -> None:
        """Take a unit out. The span and languages stay: they only widen, as a merge's."""
        self.members.discard(number)
        self.size -= node.size
        self._add(vector, -1.0)

    def _add(self, vector: Vector, sign: float) -> None:
        self.norm = None
        if not self.total and sign > 0:
            self.total, self.shared = vector, True
            return
        total = dict(self.total) if self.shared else self.total
        assert isinstance(total, dict), "a seat's own total is a dict"
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + sign * weight
        self.total, self.shared = total, False


def reseat(
    groups: Sequence[Sequence[int]],
    nodes: Sequence[Node],
    vectors: Mapping[int, Vector],
    languages: Sequence[frozenset[str]],
    bars: Bars,
) -> list[list[int]]:
    """The groups of node numbers after the loose units moved (module docstring): each
    increasing, groups ordered by their first node, none empty. Nodes ``0 .. len(languages)
    - 1`` are units, which may move, the rest existing stories; ``nodes`` give each node's
    size and span, ``vectors`` its summed vector, ``languages`` each unit's languages."""
    seats = [Seat() for _ in groups]
    seat_of: dict[int, int] = {}
    for place, members in enumerate(groups):
        for number in members:
            known = languages[number] if number < len(languages) else None
            seats[place].take(number, nodes[number], vectors[number], known)
            seat_of[number] = place
    index = StoryIndex()
    for place, seat in enumerate(seats):
        index.update(place, seat.total, bars.index_terms)
    for number, spoken in enumerate(languages):
        node, vector, place = nodes[number], vectors[number], seat_of[number]
        found = _better_seat(node, vector, spoken, place, seats, index, bars)
        if found is None:
            continue
        seats[place].give(number, node, vector)
        seats[found].take(number, node, vector, spoken)
        seat_of[number] = found
        if seats[place].members:
            index.update(place, seats[place].total, bars.index_terms)
        else:
            index.remove(place)  # its one unit left: nothing is seated there any more
        index.update(found, seats[found].total, bars.index_terms)
    kept = [sorted(seat.members) for seat in seats if seat.members]
    return sorted(kept, key=lambda members: members[0])


def _better_seat(
    node: Node,
    vector: Vector,
    spoken: frozenset[str],
    place: int,
    seats: Sequence[Seat],
    index: StoryIndex,
    bars: Bars,
) -> int | None:
    """The group a unit moves to from group ``place``, or None where it stays."""
    held = _held(node, vector, spoken, seats[place])
    if held is None or held >= bars.threshold:
        return None
    norm = length(vector) or 1.0
    best: tuple[float, int] | None = None
    query = top_terms(vector, bars.query_terms)
    # One more candidate than asked: the unit's own group is usually among them.
    for candidate in index.candidates(query, bars.recent, bars.candidates + 1):
        seat = seats[candidate]
        if candidate == place:
            continue
        total = dot(vector, seat.total)
        closeness = total / (norm * (seat.length() or 1.0))
        factor = bars.timing(closeness, span_gap(node, seat.span()))
        score = total / (node.size * seat.size) * factor
        cleared = score >= bars.bar(node.size, seat.size) and score > held
        if cleared and (best is None or score > best[0]):
            best = (score, candidate)
    return None if best is None else best[1]


def _held(node: Node, vector: Vector, spoken: frozenset[str], own: Seat) -> float | None:
    """The unit's average similarity with the rest of its group (0 alone), or None where it
    is not to be weighed against other groups': where the group holds other languages, or a
    story, whose languages are not known. Words are shared less across languages (a
    translation shares names, figures and concepts, not wording), so that average says less
    than one within the unit's language: on BPPT, such moves took English articles away from
    the story of their Indonesian translation (INT pairing 0.769 -> 0.755)."""
    others = own.size - node.size
    if not others:
        return 0.0
    if own.languages != spoken:
        return None
    return (dot(vector, own.total) - dot(vector, vector)) / (node.size * others)
