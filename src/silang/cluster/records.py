"""The Story records of placed stories: each cut where it holds two happenings of one kind
(halves.py), with its sub-events, their labels and their date spans.

The state's stories are what new articles join; a record is made from one of them and the
articles it holds, so only the stories a run changed need new records (refresh_records).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from silang.cluster import links as must_links
from silang.cluster.halves import HALVING, HalvingParams, Unit, halves
from silang.cluster.state import DEFAULT_PARAMS, ClusterParams, ClusterState
from silang.cluster.story import closeness, story_id, story_record, top_terms
from silang.cluster.subevents import (
    SUB_EVENT_PARAMS,
    linked_units,
    placing_order,
    sub_event_groups,
)
from silang.cluster.timing import day_text
from silang.cluster.vectorize import FeatureCache, Placed, Sketch, vectorize
from silang.lang.stories import StoriesLexicon
from silang.model import Annotated, Link, Story, SubEvent


def state_stories(state: ClusterState) -> tuple[Story, ...]:
    """The stories a state holds, open and archived, as placed (uncut, without sub-events):
    undated first, then by first day, then by id."""
    stories = [*state.stories, *state.archive.stories()]
    return tuple(sorted((story_record(story) for story in stories), key=story_order))


def placed_ids(state: ClusterState) -> set[str]:
    """The ids of the articles the state's stories hold, open and archived (read from their
    members, without making a record of each story)."""
    return {article_id for _, members in _memberships(state) for article_id in members}


def story_order(story: Story) -> tuple[bool, str, str]:
    """Undated first, then by first day, then by id."""
    return (story.first is not None, story.first or "", story.id)


def story_records(
    state: ClusterState,
    stories: Iterable[Story],
    items: Iterable[Annotated],
    links: Sequence[Link],
    lexicons: Mapping[str, StoriesLexicon],
    params: ClusterParams = DEFAULT_PARAMS,
    halving: HalvingParams = HALVING,
    *,
    features: FeatureCache | None = None,
) -> tuple[Story, ...]:
    """The records of the state's ``stories`` (as assign() or state_stories() give them),
    undated first, then by first day, then by id. ``items`` must hold their articles; a story
    with an article missing there is kept as it is, without sub-events. ``features`` holds
    what earlier calls (assign(), earlier records) read of the articles."""
    stories = list(stories)
    wanted = {article_id for story in stories for article_id in story.article_ids}
    sketch = Sketch.of(state)
    by_id = {item.article.id: item for item in items if item.article.id in wanted}
    group_of = must_links.groups(links, params.must_link, params.min_link_score)
    records: list[Story] = []
    for story in stories:
        members = [by_id[article_id] for article_id in story.article_ids if article_id in by_id]
        if len(members) < len(story.article_ids):
            records.append(story)
            continue
        placed = vectorize(
            members,
            lambda _: False,
            lexicons,
            sketch,
            params,
            counting=False,
            # Only a story halves() may cut reads its articles' signatures and passages.
            signatures=len(members) >= halving.least_story,
            cache=features,
        )
        parts = halves(linked_units(placed, group_of), halving)
        if len(parts) == 1:
            records.append(_with_sub_events(story, parts[0], params))
        else:
            records.extend(_part_record(story, part, params) for part in parts)
    return tuple(sorted(records, key=story_order))


def refresh_records(
    state: ClusterState,
    changed: Iterable[Story],
    previous: Iterable[Story],
    items: Iterable[Annotated],
    links: Sequence[Link],
    lexicons: Mapping[str, StoriesLexicon],
    *,
    features: FeatureCache | None = None,
) -> tuple[Story, ...]:
    """The records of every story of ``state``: the ``previous`` records of the stories that
    did not change, new ones for those ``changed`` and for any that ``previous`` does not
    cover with sub-events (a first run, an older store).

    Only the stale stories are vectorised and cut; what is read of the others is their ids
    and members, once each (no map from every article to its story: at 1M articles building
    one took more CPU than cutting the stories a run of 1,000 changed)."""
    stale = {story.id for story in changed}
    in_stale = _owners(state, stale)
    placed = placed_ids(state)
    covered: set[str] = set()
    kept: list[Story] = []
    for record in previous:
        first = record.article_ids[0] if record.article_ids else None
        if first not in placed or first in in_stale or not record.sub_events:
            continue
        kept.append(record)
        covered.update(record.article_ids)
    uncovered = {
        holder
        for holder, members in _memberships(state)
        if holder not in stale and not covered.issuperset(members)
    }
    if uncovered:
        # Stories the records do not cover (a first run, an older store) are made afresh too.
        stale |= uncovered
        in_uncovered = _owners(state, uncovered)
        kept = [record for record in kept if record.article_ids[0] not in in_uncovered]
    fresh = remade_records(state, stale, items, links, lexicons, features=features)
    return tuple(sorted([*kept, *fresh], key=story_order))


def remade_records(
    state: ClusterState,
    stale: Collection[str],
    items: Iterable[Annotated],
    links: Sequence[Link],
    lexicons: Mapping[str, StoriesLexicon],
    *,
    features: FeatureCache | None = None,
) -> tuple[Story, ...]:
    """The records of the ``stale`` stories of ``state`` alone: where the stored records
    follow the state (each made from one of its stories, every placed article in one), they
    replace the stored records holding those stories' articles, and the others stay as they
    are; what refresh_records gives over every record, without reading the others."""
    return story_records(state, _stories(state, stale), items, links, lexicons, features=features)


def members_of(state: ClusterState, wanted: Collection[str]) -> set[str]:
    """The articles of the ``wanted`` stories of ``state``, open or archived."""
    return set(_owners(state, wanted))


def holders(state: ClusterState, article_ids: Collection[str]) -> set[str]:
    """The ids of the stories of ``state`` holding any of ``article_ids``."""
    return {
        holder
        for holder, members in _memberships(state)
        if any(member in article_ids for member in members)
    }


def _memberships(state: ClusterState) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each story's id and members, open and archived, without making its record."""
    for story in state.stories:
        yield story.id, story.article_ids
    yield from zip(state.archive.ids, state.archive.members, strict=True)


def _owners(state: ClusterState, wanted: Collection[str]) -> dict[str, str]:
    """The id of the story holding each article of the ``wanted`` stories."""
    owner: dict[str, str] = {}
    for holder, members in _memberships(state):
        if holder in wanted:
            owner.update(dict.fromkeys(members, holder))
    return owner


def _stories(state: ClusterState, wanted: Collection[str]) -> list[Story]:
    """The records of the ``wanted`` stories as placed, in state_stories' order."""
    archive = state.archive
    found = [story for story in state.stories if story.id in wanted]
    found += [archive.story(i) for i, held in enumerate(archive.ids) if held in wanted]
    return sorted((story_record(story) for story in found), key=story_order)


def central_title(placed: Sequence[Placed], size: int) -> str:
    """The title most central to the articles: a headline before a first sentence, then the
    article whose ``size`` heaviest terms are closest to the articles' summed vector, then
    the smallest id."""
    if len(placed) == 1:
        return placed[0].title  # one article (a lone sub-event): nothing to weigh
    centroid: dict[str, float] = {}
    for member in placed:
        for term, weight in member.vector.items():
            centroid[term] = centroid.get(term, 0.0) + weight

    def rank(member: Placed) -> tuple[bool, float, str]:
        near = closeness(dict(top_terms(member.vector, size)), centroid)
        return (not member.headline, -near, member.id)

    return min(placed, key=rank).title


def _span(placed: Iterable[Placed]) -> tuple[str | None, str | None]:
    days = [member.day for member in placed if member.day is not None]
    if not days:
        return None, None
    return day_text(min(days)), day_text(max(days))


def _sub_events(part: Sequence[Unit], params: ClusterParams) -> tuple[SubEvent, ...]:
    found = []
    for members in sub_event_groups(part, SUB_EVENT_PARAMS):
        first, last = _span(members)
        found.append(
            SubEvent(
                label=central_title(members, params.title_terms),
                article_ids=tuple(member.id for member in members),
                first=first,
                last=last,
            )
        )
    # In date order, as a timeline reads: undated ones last.
    found.sort(key=lambda event: (event.first is None, event.first or "", event.last or ""))
    return tuple(found)


def _with_sub_events(story: Story, part: Sequence[Unit], params: ClusterParams) -> Story:
    return replace(story, sub_events=_sub_events(part, params))


def _part_record(story: Story, part: Sequence[Unit], params: ClusterParams) -> Story:
    """A part of a cut story: it keeps the story's id where it holds the article the story
    is named after, else is named after its own first article."""
    members = [member for unit in part for member in unit]
    ids = {member.id for member in members}
    first, last = _span(members)
    founder = min(members, key=placing_order).id
    keeps = any(story.id == story_id(article_id) for article_id in ids)
    return Story(
        id=story.id if keeps else story_id(founder),
        title=central_title(members, params.title_terms),
        article_ids=tuple(article_id for article_id in story.article_ids if article_id in ids),
        first=first,
        last=last,
        sub_events=_sub_events(part, params),
    )
