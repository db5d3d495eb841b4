"""Story clustering: articles about one happening and its developments, over days and weeks.

``cluster_stories`` groups a batch; ``assign`` places new articles into a saved state's stories
or opens new ones, without recomputing the rest; ``sub_events`` splits one story into the
distinct happenings it holds. Both take the lexicons by language code
(silang.lang.stories.load_stories_lexicon) and never import a language.
"""

from silang.cluster.assign import assign, cluster_stories, state_stories
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
    "state_stories",
    "sub_events",
]
