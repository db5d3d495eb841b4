"""Cross-checking one story: its figures, dates, quotes, days and central sentences side by
side."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from silang.compare.dates import EventWords, date_slots
from silang.compare.glossary import Glossary, article_counts, load_glossary
from silang.compare.quotes import quote_groups
from silang.compare.slots import claim_slots
from silang.compare.statements import statements
from silang.compare.summary import summary
from silang.compare.timeline import anchored, timeline
from silang.model import Annotated, Story, StoryBrief


def cross_check(
    story: Story,
    items: Sequence[Annotated],
    origin: Mapping[str, str],
    glossary: Glossary | None = None,
    events: EventWords | None = None,
) -> StoryBrief:
    """The brief of ``story`` from the annotated articles (others in ``items`` are ignored).

    ``origin`` maps an article id to its origin's original (silang.link.origins); articles
    missing from it count as their own origin. ``glossary`` (load_glossary) is read from the
    language packs when not given; pass it, and the event words of date slots
    (silang.compare.dates.load_event_words), when briefing many stories.
    """
    members = set(story.article_ids)
    inside = [item for item in items if item.article.id in members]
    glossary = glossary or load_glossary()
    counts = article_counts(inside, glossary)
    consensus, lone = statements(inside, origin, glossary)
    # Reports with no day of their own read as of the story's day, once for both uses.
    dated = anchored(inside, glossary)
    # The date slots first: a month that dates one of their happenings enters the timeline.
    dates = date_slots(dated, origin, glossary, events, counts)
    return StoryBrief(
        story_id=story.id,
        claims=claim_slots(inside, origin, glossary, counts),
        quotes=quote_groups(inside, glossary),
        timeline=timeline(dated, dates),
        summary=summary(inside, origin),
        consensus=consensus,
        lone_statements=lone,
        dates=dates,
    )
