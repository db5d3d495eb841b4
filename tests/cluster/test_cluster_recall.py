"""Stories across time: a near repeat of a story's article joins the story however late it
comes (a hoax reposted months on); a different happening in the same town does not."""

from __future__ import annotations

from cluster_records import FLOOD_ID, FLOOD_ID_2, LEXICONS, RETURN_ID, groups, item

from silang.cluster import assign, cluster_stories, empty_state, state_stories
from silang.model import Annotated

FLOOD = [item("f1", FLOOD_ID), item("f2", FLOOD_ID_2, published="2024-03-14")]
#: The second flood report reposted with a few words changed, 200 days after it.
REPOST = item(
    "r1",
    FLOOD_ID_2.replace("ratusan rumah", "rumah warga").replace("dikirim", "segera dikirim"),
    published="2024-09-30",
)
#: Another happening in the same town, with the same regent and river, 60 days on.
MARKET = item(
    "k1",
    "Bupati Hendra Wiratama meresmikan Pasar Induk Lembah Sari yang baru dibangun di tepi "
    "Sungai Wonoraja. Pasar dengan 640 kios itu diharapkan menggerakkan ekonomi warga desa.",
    published="2024-05-13",
)


def incremental(later: Annotated) -> set[frozenset[str]]:
    state, _ = assign(empty_state(), FLOOD, (), LEXICONS)
    after, _ = assign(state, [later], (), LEXICONS)
    return groups(state_stories(after))


def test_cluster_repost_months_later_joins_its_story() -> None:
    assert incremental(REPOST) == {frozenset({"f1", "f2", "r1"})}


def test_cluster_repost_months_later_joins_in_a_batch() -> None:
    assert groups(cluster_stories([*FLOOD, REPOST], (), LEXICONS)) == {
        frozenset({"f1", "f2", "r1"})
    }


def test_cluster_same_town_other_happening_months_later_opens_a_story() -> None:
    assert incremental(MARKET) == {frozenset({"f1", "f2"}), frozenset({"k1"})}


def test_cluster_same_town_other_happening_months_later_apart_in_a_batch() -> None:
    assert groups(cluster_stories([*FLOOD, MARKET], (), LEXICONS)) == {
        frozenset({"f1", "f2"}),
        frozenset({"k1"}),
    }


def test_cluster_same_happening_within_weeks_still_joins() -> None:
    # The return home a week on joins the flood: the decay spares close follow-ups.
    soon = item("h1", RETURN_ID, published="2024-03-20")
    assert incremental(soon) == {frozenset({"f1", "f2", "h1"})}
