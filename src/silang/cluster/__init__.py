"""Story clustering: articles about one happening and its developments, over days and weeks.

``cluster_stories`` groups a batch; ``assign`` places new articles into a saved state's stories
or opens new ones, without recomputing the rest; ``story_records`` makes the records of placed
stories (cut where one holds two happenings of one kind, with their sub-events), and
``refresh_records`` does so only for the stories a run changed; ``sub_events`` splits one
story into the distinct happenings it holds. Both take the lexicons by language code
(silang.lang.stories.load_stories_lexicon) and never import a language.
"""

from silang.cluster.assign import assign, cluster_stories
from silang.cluster.records import refresh_records, state_stories, story_records
from silang.cluster.state import (
    DEFAULT_PARAMS,
    ClusterParams,
    ClusterState,
    StoryState,
    empty_state,
)
from silang.cluster.subevents import SUB_EVENT_PARAMS, sub_events

__all__ = [
    "DEFAULT_PARAMS",
    "SUB_EVENT_PARAMS",
    "ClusterParams",
    "ClusterState",
    "StoryState",
    "assign",
    "cluster_stories",
    "empty_state",
    "refresh_records",
    "state_stories",
    "story_records",
    "sub_events",
]
