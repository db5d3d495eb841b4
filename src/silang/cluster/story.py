"""A story while articles are being placed: a mutable centroid, its members, span and title.

Only assign() holds these; the state keeps StoryState records.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from dataclasses import replace

from silang.cluster.state import StoryState
from silang.cluster.timing import TimeFactor, day_number, day_text
from silang.model import Story

Vector = Mapping[str, float]


def top_terms(vector: Vector, size: int) -> list[tuple[str, float]]:
    """The ``size`` most weighty terms, heaviest first (ties by term, so the order is fixed)."""
    items = vector.items()
    if len(vector) > size:
        # Cut at the size-th largest weight first: nlargest on bare floats runs in C.
        floor = heapq.nlargest(size, vector.values())[-1]
        items = [(term, weight) for term, weight in items if weight >= floor]  # type: ignore[assignment]
    return sorted(items, key=_heaviest)[:size]


def _heaviest(item: tuple[str, float]) -> tuple[float, str]:
    return (-item[1], item[0])


def length(vector: Vector) -> float:
    """The Euclidean length of a sparse vector."""
    return math.sqrt(sum(weight * weight for weight in vector.values()))


def closeness(terms: Vector, centroid: Vector) -> float:
    """Cosine of ``terms`` with a centroid, without the centroid's norm (the same for every
    headline compared against it)."""
    norm = length(terms)
    if not norm:
        return 0.0
    return sum(weight * centroid.get(term, 0.0) for term, weight in terms.items()) / norm


def merge_score(
    total: float,
    sizes: tuple[int, int],
    norms: float,
    days: int,
    timing: TimeFactor,
    threshold: float,
    single: float,
) -> float | None:
    """The score two groups of articles merge on (agglomerate.py), or None below its bar:
    their average similarity (``total``, the dot product of their summed vectors, over the
    product of their ``sizes``) times the time factor of the ``days`` between their spans
    (undecayed for a near repeat, judged by the cosine of the sums: ``norms`` is the
    product of their lengths). Past the time horizon (a factor under ``threshold``) none;
    else the score must reach ``threshold``, times ``single`` where one side is one article
    (an article is compared with a group's average member, further from it than its closest
    members)."""
    factor = timing(total / (norms or 1.0), days)
    if factor < threshold:
        return None
    bar = threshold * single if min(sizes) == 1 else threshold
    score = total / (sizes[0] * sizes[1]) * factor
    return score if score >= bar else None


class WorkingStory:
    """A story open to new articles.

    One read from the state (from_state) keeps its StoryState and makes its centroid and
    title terms into dicts only when they are read: a run scores and joins the few stories
    its articles' candidates name, and an unchanged story goes back to the state as it came
    (to_state), so a run does not copy every open story's centroid twice."""

    __slots__ = (
        "_centroid",
        "_title_terms",
        "article_ids",
        "first",
        "headline",
        "id",
        "last",
        "source",
        "title",
        "title_id",
    )

    def __init__(self, story_id: str) -> None:
        self.id = story_id
        self.article_ids: list[str] = []
        self._centroid: dict[str, float] | None = {}
        self.first: int | None = None
        self.last: int | None = None
        self.title = ""
        self.title_id = ""
        self.headline = False
        self._title_terms: dict[str, float] | None = {}
        #: The state's record of the story while this run has not changed it.
        self.source: StoryState | None = None

    @classmethod
    def from_state(cls, state: StoryState) -> WorkingStory:
        story = cls(state.id)
        story.article_ids = list(state.article_ids)
        story._centroid = story._title_terms = None
        story.source = state
        story.first = day_number(state.first)
        story.last = day_number(state.last)
        story.title, story.title_id, story.headline = state.title, state.title_id, state.headline
        return story

    @property
    def centroid(self) -> dict[str, float]:
        """Sum of the members' unit vectors (only the most weighty terms once cut back)."""
        if self._centroid is None:
            self._centroid = dict(self._read().centroid)
        return self._centroid

    @property
    def title_terms(self) -> dict[str, float]:
        """The title article's most weighty terms."""
        if self._title_terms is None:
            self._title_terms = dict(self._read().title_terms)
        return self._title_terms

    def _read(self) -> StoryState:
        assert self.source is not None, "a story's terms are its own or read from the state"
        return self.source

    def _changing(self) -> None:
        """Hold the story's terms as its own, no longer the state's: it changes now."""
        self._centroid, self._title_terms = self.centroid, self.title_terms
        self.source = None

    def index_keys(self, size: int) -> tuple[str, ...]:
        """The centroid's ``size`` heaviest terms, under which the index lists the story: the
        first of a state's centroid (StoryState keeps it heaviest first, ties by term, as
        top_terms orders it) while the story is unchanged."""
        if self.source is not None:
            return tuple(term for term, _ in self.source.centroid[:size])
        return tuple(term for term, _ in top_terms(self.centroid, size))

    def to_state(self, centroid_terms: int, *, archived: bool = False) -> StoryState:
        if self.source is not None and len(self.source.centroid) <= centroid_terms:
            # Unchanged this run: the state's record is what the fields below would rebuild
            # (unless the run keeps fewer centroid terms than the record was written with).
            return replace(self.source, centroid=(), title_terms=()) if archived else self.source
        return StoryState(
            id=self.id,
            article_ids=tuple(self.article_ids),
            title=self.title,
            title_id=self.title_id,
            headline=self.headline,
            first=day_text(self.first) if self.first is not None else None,
            last=day_text(self.last) if self.last is not None else None,
            centroid=() if archived else tuple(top_terms(self.centroid, centroid_terms)),
            title_terms=() if archived else tuple(self.title_terms.items()),
        )

    def add(self, article_id: str, vector: Vector, day: int | None) -> None:
        """Add a member's unit vector to the centroid and its day to the span."""
        self._changing()
        self.article_ids.append(article_id)
        centroid = self.centroid
        for term, weight in vector.items():
            centroid[term] = centroid.get(term, 0.0) + weight
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)

    def truncate(self, size: int) -> None:
        """Keep the ``size`` most weighty centroid terms."""
        self._changing()
        self._centroid = dict(top_terms(self.centroid, size))

    def offer_title(
        self, article_id: str, title: str, headline: bool, vector: Vector, size: int
    ) -> None:
        """Take the article's title where it is more central than the current one: a headline
        beats a first sentence, then the closer to the centroid, then the smaller id."""
        terms = dict(top_terms(vector, size))
        self._changing()
        if self.title:
            mine = (self.headline, closeness(self.title_terms, self.centroid))
            theirs = (headline, closeness(terms, self.centroid))
            if theirs < mine or (theirs == mine and article_id > self.title_id):
                return
        self.title, self.title_id, self.headline, self._title_terms = (
            title,
            article_id,
            headline,
            terms,
        )

    def merge(self, other: WorkingStory | StoryState) -> None:
        """Take in another story's members, centroid and span (a must-link joined them)."""
        if isinstance(other, StoryState):
            other = WorkingStory.from_state(other)
        self._changing()
        self.article_ids.extend(other.article_ids)
        for term, weight in other.centroid.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        for day in (other.first, other.last):
            if day is not None:
                self.first = day if self.first is None else min(self.first, day)
                self.last = day if self.last is None else max(self.last, day)
        if other.title:
            self.offer_title(other.title_id, other.title, other.headline, other.title_terms, 10**6)


def story_id(founder: str) -> str:
    """The id of a story named after its first article."""
    return f"s-{founder}"


def story_record(state: StoryState) -> Story:
    """The Story record of a state's story."""
    return Story(
        id=state.id,
        title=state.title,
        article_ids=state.article_ids,
        first=state.first,
        last=state.last,
    )
