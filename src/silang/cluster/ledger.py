"""The stories of one run: open ones as working stories listed in the candidate index, and
which story holds each article.

Archived stories stay in the state's columns untouched, so a run costs in proportion to the
open stories and the new articles, not to everything ever placed; one is only brought back
when a must-link names one of its articles. The corpus stage keeps them in the store and
hands a run only those its must-links name (silang.corpus): what ``knows`` and ``locate``
are asked about.

An open story costs little more unless the run's articles name it as a candidate: it is
listed in the index under the first terms of its stored centroid (its heaviest), and goes
back to the state as it came unless it changes (story.WorkingStory reads its centroid into
a dict only where it is scored or joined). Reading 5,000 open stories of 100-term centroids
into a ledger and writing the state back took 0.74 s of CPU with a dict made of every
centroid, 0.14 s so; at a year of a news stream's open stories, that is each run's cost.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from itertools import chain

from silang.cluster.index import StoryIndex
from silang.cluster.sketch import pack
from silang.cluster.state import ClusterParams, ClusterState, StoryState
from silang.cluster.story import WorkingStory, story_id
from silang.cluster.timing import Fade, day_number, day_text
from silang.cluster.vectorize import Placed, Sketch

#: A story's centroid is cut back to ``centroid_terms`` when it grows past this many times that.
SLACK = 2


class Ledger:
    """Stories by number; None where a story was merged into another."""

    def __init__(self, state: ClusterState, params: ClusterParams) -> None:
        self.params = params
        self.newest = day_number(state.newest)
        #: How time lowers similarities in this run: past its reach only a near repeat
        #: (``same_similarity``) joins a story, and past its recall a story is archived.
        self.fade = Fade.placing(params)
        self.stories: list[WorkingStory | StoryState | None] = []
        self.where: dict[str, int] = {}
        self.index = StoryIndex()
        #: (last day, story number) of open dated stories, to archive the oldest first.
        self.ageing: list[tuple[int, int]] = []
        #: Stories this run changed or opened, by number.
        self.touched: set[int] = set()
        self.columns = state.archive
        self.archived_ids = frozenset(chain.from_iterable(state.archive.members))
        #: Positions in ``archive`` of the stories brought back.
        self.reopened: set[int] = set()
        for story in state.stories:
            number = len(self.stories)
            for article_id in story.article_ids:
                self.where[article_id] = number
            working = WorkingStory.from_state(story)
            self.stories.append(working)
            self.index.list_under(number, working.index_keys(params.index_terms))
            if working.last is not None:
                self.ageing.append((working.last, number))
        # One heapify for the stories read: the same pops as a push each.
        heapq.heapify(self.ageing)

    def knows(self, article_id: str) -> bool:
        """Whether an earlier run placed the article."""
        return article_id in self.where or article_id in self.archived_ids

    def locate(self, article_id: str) -> int | None:
        """The number of the story holding an article placed earlier, bringing its story back
        from the archive where it is there."""
        number = self.where.get(article_id)
        if number is not None or article_id not in self.archived_ids:
            return number
        position = next(
            i
            for i, members in enumerate(self.columns.members)
            if i not in self.reopened and article_id in members
        )
        self.reopened.add(position)
        story = self.columns.story(position)
        number = len(self.stories)
        self.stories.append(story)
        for member in story.article_ids:
            self.where[member] = number
        return number

    def open_story(self, founder: str) -> int:
        """A new, empty story named after its first article."""
        self.stories.append(WorkingStory(story_id(founder)))
        return len(self.stories) - 1

    def working(self, number: int) -> WorkingStory:
        """Story ``number``, reopened if it was archived."""
        story = self.stories[number]
        if isinstance(story, StoryState):
            story = WorkingStory.from_state(story)
            self.stories[number] = story
        assert story is not None, "a merged story has no number"
        return story

    def join(self, number: int, unit: Sequence[Placed]) -> None:
        """Add articles to story ``number``."""
        params = self.params
        story = self.working(number)
        for placed in unit:
            story.add(placed.id, placed.vector, placed.day)
            self.where[placed.id] = number
        for placed in unit:
            story.offer_title(
                placed.id, placed.title, placed.headline, placed.vector, params.title_terms
            )
        if len(story.centroid) > SLACK * params.centroid_terms:
            story.truncate(params.centroid_terms)
        self._listed(number, story)
        self.touched.add(number)
        days = [placed.day for placed in unit if placed.day is not None]
        if days and (self.newest is None or max(days) > self.newest):
            self.newest = max(days)

    def merge(self, numbers: set[int]) -> int:
        """Join stories that must-links say are one; the largest (then the earliest, then the
        smallest id) keeps its id. Returns its number."""

        def rank(number: int) -> tuple[int, bool, int, str]:
            story = self.stories[number]
            assert story is not None
            first = day_number(story.first) if isinstance(story, StoryState) else story.first
            return (-len(story.article_ids), first is None, first or 0, story.id)

        keep, *others = sorted(numbers, key=rank)
        target = self.working(keep)
        for number in others:
            other = self.stories[number]
            assert other is not None
            target.merge(other)
            for article_id in other.article_ids:
                self.where[article_id] = keep
            self.index.remove(number)
            self.stories[number] = None
            self.touched.discard(number)
        self._listed(keep, target)
        self.touched.add(keep)
        return keep

    def _listed(self, number: int, story: WorkingStory) -> None:
        self.index.list_under(number, story.index_keys(self.params.index_terms))
        if story.last is not None:
            heapq.heappush(self.ageing, (story.last, number))

    def archive(self) -> None:
        """Close the stories whose last day is beyond the recall horizon of the newest day:
        past the decay horizon only a near repeat could still join them, and past
        ``recall_days`` not even that."""
        if self.newest is None:
            return
        cutoff = self.newest - self.fade.timing.recall
        while self.ageing and self.ageing[0][0] < cutoff:
            last, number = heapq.heappop(self.ageing)
            story = self.stories[number]
            if isinstance(story, WorkingStory) and story.last == last:
                self.stories[number] = story.to_state(self.params.centroid_terms, archived=True)
                self.index.remove(number)

    def state(self, sketch: Sketch) -> ClusterState:
        """The state to continue from: open stories undated first, then by first day, then by
        id; archived ones in the order they were archived."""
        kept, archived = [], []
        for story in self.stories:
            if isinstance(story, WorkingStory):
                kept.append(story.to_state(self.params.centroid_terms))
            elif story is not None:
                archived.append(story)
        kept.sort(key=story_order)
        return ClusterState(
            documents=sketch.documents,
            seed=sketch.seed,
            width=sketch.width,
            counters=pack(sketch.counters),
            newest=day_text(self.newest) if self.newest is not None else None,
            stories=tuple(kept),
            archive=self.columns.without(self.reopened).adding(archived),
        )

    def changed(self) -> list[StoryState]:
        """The stories this run changed or opened, in story order."""
        found = []
        for number in self.touched:
            story = self.stories[number]
            if isinstance(story, WorkingStory):
                found.append(story.to_state(self.params.centroid_terms, archived=True))
            elif story is not None:
                found.append(story)
        return sorted(found, key=story_order)


def story_order(story: StoryState) -> tuple[bool, str, str]:
    """Undated first, then by first day, then by id."""
    return (story.first is not None, story.first or "", story.id)
