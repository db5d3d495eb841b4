"""The Story records of placed stories: each cut where it holds two happenings of one kind
(halves.py), with its sub-events, their labels and their date spans.

The state's stories are what new articles join; a record is made from one of them and the
articles it holds, so only the stories a run changed need new records (refresh_records).

A story that a run grew keeps its stored records' cut and sub-events where it is not due to
be grouped again in full (subevents.regroups): its new articles are placed into the nearest
existing sub-event, or a new one (subevents.place_units), and the story is not cut again.

The contract of an incremental run (refresh_records, remade_records, with ``previous``): the
stories are placing's, as before; a changed story's record is what story_records makes of it
from the run's state, as a batch does (cluster_stories and bench/cluster_eval.py, one run
over all articles, take this path alone and are unchanged), whenever the story is grouped
in full: it held fewer than ``Regrouping.least`` articles before the run, the run takes it
across a rung of the ladder, a must-link joins two of its records or sub-events (a merge, a
link found since), or its stored records do not hold exactly its earlier articles with
sub-events. Otherwise its cut and sub-events are those of its last full making, which held
more than 1 / (1 + growth) of its articles, with the articles since placed one by one (a
placed article stays where it was placed until the next full grouping), and the sub-events
and parts that took articles labelled, titled and dated afresh. As before, a record is
weighed by the document frequencies of the run that made it, so a stream's records were
never exactly a batch's. Placing still weighs every article of the story (its cost follows
the story's size), without the grouping's or the cut's cost.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from silang.cluster import links as must_links
from silang.cluster.fading import DailySums
from silang.cluster.grouping import unit_node
from silang.cluster.halves import HALVING, HalvingParams, Unit, halves
from silang.cluster.state import DEFAULT_PARAMS, ClusterParams, ClusterState
from silang.cluster.story import closeness, story_id, story_record, top_terms
from silang.cluster.subevents import (
    SUB_EVENT_PARAMS,
    linked_units,
    place_units,
    placing_order,
    regroups,
    sub_event_groups,
)
from silang.cluster.timing import Fade, day_text
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
    previous: Iterable[Story] = (),
) -> tuple[Story, ...]:
    """The records of the state's ``stories`` (as assign() or state_stories() give them),
    undated first, then by first day, then by id. ``items`` must hold their articles; a story
    with an article missing there is kept as it is, without sub-events. ``features`` holds
    what earlier calls (assign(), earlier records) read of the articles. ``previous``: the
    stored records of these stories before they grew, which a story not due to be grouped
    again in full grows from (the module's docstring); none in a batch."""
    stories = list(stories)
    wanted = {article_id for story in stories for article_id in story.article_ids}
    sketch = Sketch.of(state)
    by_id = {item.article.id: item for item in items if item.article.id in wanted}
    group_of = must_links.groups(links, params.must_link, params.min_link_score)
    record_of = {
        article_id: record
        for record in previous
        for article_id in record.article_ids
        if article_id in wanted
    }
    # A story's cut, and where a grown story's new sub-event goes, weigh its articles'
    # days as placing weighed them (halves._reseated, dayarrays.DayArrays; fading.DailySums for
    # grown records).
    fade = Fade.placing(params)
    records: list[Story] = []
    for story in stories:
        members = [by_id[article_id] for article_id in story.article_ids if article_id in by_id]
        if len(members) < len(story.article_ids):
            records.append(story)
            continue
        grown = _grown_from(story, record_of, group_of)
        placed = vectorize(
            members,
            lambda _: False,
            lexicons,
            sketch,
            params,
            counting=False,
            # Only a story halves() may cut reads its articles' signatures and passages; a
            # grown story keeps its cut.
            signatures=grown is None and len(members) >= halving.least_story,
            cache=features,
        )
        if grown is not None:
            records.extend(_grown_records(story, grown, placed, group_of, params, fade))
            continue
        parts = halves(linked_units(placed, group_of), halving, fade)
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
    # Only the stories placing changed grow from their records; the uncovered are made anew.
    grown: list[Story] = []
    for record in previous:
        first = record.article_ids[0] if record.article_ids else None
        if first in in_stale:
            grown.append(record)
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
    fresh = remade_records(state, stale, items, links, lexicons, features=features, previous=grown)
    return tuple(sorted([*kept, *fresh], key=story_order))


def remade_records(
    state: ClusterState,
    stale: Collection[str],
    items: Iterable[Annotated],
    links: Sequence[Link],
    lexicons: Mapping[str, StoriesLexicon],
    *,
    features: FeatureCache | None = None,
    previous: Iterable[Story] = (),
) -> tuple[Story, ...]:
    """The records of the ``stale`` stories of ``state`` alone: where the stored records
    follow the state (each made from one of its stories, every placed article in one), they
    replace the stored records holding those stories' articles, and the others stay as they
    are; what refresh_records gives over every record, without reading the others.
    ``previous``: the stored records holding those articles, which a grown story not due to
    be grouped again in full grows from (story_records)."""
    return story_records(
        state,
        _stories(state, stale),
        items,
        links,
        lexicons,
        features=features,
        previous=previous,
    )


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
    centroid = unit_node(list(placed)).vector

    def rank(member: Placed) -> tuple[bool, float, str]:
        near = closeness(dict(top_terms(member.vector, size)), centroid)
        return (not member.headline, -near, member.id)

    return min(placed, key=rank).title


def _span(placed: Iterable[Placed]) -> tuple[str | None, str | None]:
    days = [member.day for member in placed if member.day is not None]
    if not days:
        return None, None
    return day_text(min(days)), day_text(max(days))


def _sub_event(members: Sequence[Placed], params: ClusterParams) -> SubEvent:
    """A sub-event of ``members``, labelled by its most central headline, with its days."""
    first, last = _span(members)
    return SubEvent(
        label=central_title(members, params.title_terms),
        article_ids=tuple(member.id for member in members),
        first=first,
        last=last,
    )


def _sub_events(part: Sequence[Unit], params: ClusterParams) -> tuple[SubEvent, ...]:
    found = [_sub_event(members, params) for members in sub_event_groups(part, SUB_EVENT_PARAMS)]
    # In date order, as a timeline reads: undated ones last.
    found.sort(key=lambda event: (event.first is None, event.first or "", event.last or ""))
    return tuple(found)


def _with_sub_events(story: Story, part: Sequence[Unit], params: ClusterParams) -> Story:
    return replace(story, sub_events=_sub_events(part, params))


def _part_record(story: Story, part: Sequence[Unit], params: ClusterParams) -> Story:
    """A part of a cut story: it keeps the story's id where it holds the article the story
    is named after, else is named after its own first article."""
    members = [member for unit in part for member in unit]
    founder = min(members, key=placing_order).id
    keeps = any(story.id == story_id(member.id) for member in members)
    named = story.id if keeps else story_id(founder)
    return _part(story, named, members, _sub_events(part, params), params)


def _part(
    story: Story,
    named: str,
    members: Sequence[Placed],
    sub_events: tuple[SubEvent, ...],
    params: ClusterParams,
) -> Story:
    """The record of a part of ``story`` holding ``members``: its articles in the story's
    order, titled by the most central, dated by their span."""
    ids = {member.id for member in members}
    first, last = _span(members)
    return Story(
        id=named,
        title=central_title(members, params.title_terms),
        article_ids=tuple(article_id for article_id in story.article_ids if article_id in ids),
        first=first,
        last=last,
        sub_events=sub_events,
    )


def _grown_from(
    story: Story, record_of: Mapping[str, Story], group_of: Mapping[str, str]
) -> list[Story] | None:
    """The stored records ``story`` grows from, in story order, where it grows rather than
    being made in full: its articles of earlier runs are exactly those of these records,
    each record's sub-events hold exactly its articles, no must-link joins articles of two
    of them or of two sub-events (a must-link merged stories or was found since: grouped
    anew), and the story is not due to be grouped in full (subevents.regroups)."""
    held: dict[str, Story] = {}
    before = 0
    for article_id in story.article_ids:
        record = record_of.get(article_id)
        if record is not None:
            held.setdefault(record.id, record)
            before += 1
    if not held or not 0 < before < len(story.article_ids):
        return None
    if regroups(before, len(story.article_ids)):
        return None
    if sum(len(record.article_ids) for record in held.values()) != before:
        return None  # a record holds articles outside the story
    event_of_link: dict[str, tuple[str, int]] = {}
    for record in held.values():
        ids = [article_id for event in record.sub_events for article_id in event.article_ids]
        if not record.sub_events or sorted(ids) != sorted(record.article_ids):
            return None
        for number, event in enumerate(record.sub_events):
            for article_id in event.article_ids:
                root = group_of.get(article_id)
                if root is not None and event_of_link.setdefault(root, (record.id, number)) != (
                    record.id,
                    number,
                ):
                    return None
    return sorted(held.values(), key=story_order)


def _grown_records(
    story: Story,
    grown: Sequence[Story],
    placed: Sequence[Placed],
    group_of: Mapping[str, str],
    params: ClusterParams,
    fade: Fade,
) -> list[Story]:
    """The records of ``story`` grown from its stored records ``grown`` (the story's cut
    kept): each new article placed into a sub-event or a new one (subevents.place_units),
    a new sub-event going to the part its articles are closest to, their days weighed as
    the cut weighs them (``fade``: halves._reseated)."""
    vector_of = {member.id: member for member in placed}
    events: list[list[Placed]] = []
    part_of: list[int] = []
    event_number: dict[str, int] = {}
    for part, record in enumerate(grown):
        for event in record.sub_events:
            for article_id in event.article_ids:
                event_number[article_id] = len(events)
            events.append([vector_of[article_id] for article_id in event.article_ids])
            part_of.append(part)
    old_events = len(events)
    linked_event = {
        group_of[article_id]: number
        for article_id, number in event_number.items()
        if article_id in group_of
    }
    # _grown_from checked that the sub-events hold every article of their records.
    new = [member for member in placed if member.id not in event_number]
    units = linked_units(new, group_of)
    forced = [linked_event.get(group_of.get(unit[0].id, "")) for unit in units]
    changed: set[int] = set()
    # Each part's articles summed by day, once a new sub-event of a cut story asks where it
    # goes (a story of one part needs none: every sub-event is in its one part).
    parts: list[DailySums] = []
    for unit, number in zip(units, place_units(events, units, forced), strict=True):
        if len(grown) > 1 and not parts and number == len(events):
            parts = _part_sums(events, part_of, len(grown), fade)
        if number == len(events):
            events.append([])
            part_of.append(_nearest_part(unit, parts) if parts else 0)
        events[number].extend(unit)
        if parts:
            parts[part_of[number]].add(unit)
        changed.add(number)
    records = []
    for part, record in enumerate(grown):
        numbers = [number for number in range(len(events)) if part_of[number] == part]
        sub_events = []
        for number in numbers:
            if number < old_events and number not in changed:
                sub_events.append(record.sub_events[number - numbers[0]])
            else:
                sub_events.append(_sub_event(sorted(events[number], key=placing_order), params))
        # In date order, as a timeline reads: undated ones last (as _sub_events).
        sub_events.sort(
            key=lambda event: (event.first is None, event.first or "", event.last or "")
        )
        if len(grown) == 1:
            records.append(replace(story, sub_events=tuple(sub_events)))
            continue
        if not any(number in changed for number in numbers):
            records.append(record)
            continue
        members = [member for number in numbers for member in events[number]]
        records.append(_part(story, record.id, members, tuple(sub_events), params))
    return records


def _part_sums(
    events: Sequence[Sequence[Placed]], part_of: Sequence[int], count: int, fade: Fade
) -> list[DailySums]:
    """Each of ``count`` parts' articles summed (``part_of``: the part of each sub-event),
    by day where ``fade`` fades."""
    pairs = list(zip(events, part_of, strict=True))
    return [
        DailySums(fade, [held for held, part in pairs if part == number]) for number in range(count)
    ]


def _nearest_part(unit: Unit, parts: Sequence[DailySums]) -> int:
    """The part of a cut story (``parts``: each one's articles summed by day) whose
    articles are closest on average to the unit's, faded by their days (the first part
    where none shares a term): where a sub-event the unit opens goes."""
    best, chosen = -1.0, 0
    for number, part in enumerate(parts):
        average = part.total(unit) / (len(unit) * part.size or 1)
        if average > best:
            best, chosen = average, number
    return chosen
