"""Accuracy gate: story clustering on public corpora with gold stories stays above the floors
measured when it was tuned (bench/cluster_eval.py --report prints the full table).

The corpora stay in ../shared/data; the tests skip with a message where it is absent.
Floors sit just under the figures measured with the default ClusterParams and HalvingParams;
lower one only on purpose, in the open.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cluster_records import LEXICONS

from silang.cluster import cluster_stories
from silang.cluster.corpora import GoldItem, load_bppt_pairs, load_ecbplus, load_pratiwi
from silang.cluster.evaluate import Scores, labels_of, score

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
ECBPLUS = DATA / "ecbplus"
PRATIWI = DATA / "id-hoax-news-pratiwi" / "news600_topics.jsonl"
BPPT = DATA / "bppt-panl-en-id" / "parallel"

#: (B-cubed F1, V-measure, ARI) floors. Measured on ECB+ test topics 36-45 with stories cut
#: where they hold two happenings of one kind (halves.py: the best of 8 two-means seeds,
#: articles sharing a passage kept together, a lower separation where the halves name
#: different latest years; where the cut along wording is refused, the cut over signature
#: terms alone at the full separation): stories against gold subtopics 0.924 / 0.961 / 0.883
#: (without the signature cut 0.884 / 0.944 / 0.813; one seed, no passages or years: 0.878 /
#: 0.938 / 0.801; uncut 0.766 / 0.897 / 0.689) and against gold topics 0.751 / 0.889 / 0.711
#: (0.817 / 0.912 / 0.790 without the signature cut; uncut 0.937 / 0.964 / 0.928); the
#: stories' sub-events against gold subtopics 0.906 / 0.950 / 0.894 (0.914 / 0.953 / 0.899
#: without it). Barhom et al.'s released clusters: 0.968 / 0.984 / 0.965 against subtopics,
#: 0.685 / 0.872 / 0.641 against topics. The topic and sub-event floors were LOWERED with the
#: signature cut, on purpose: subtopics are the story-level target, and a topic cut into its
#: two subtopics scores lower against the topic; the sub-events of the parts of a cut story
#: are found part by part. Each floor is the hundredth under its figure (the sub-events' V,
#: printed 0.950, is 0.94: it rounds up to its figure; bench/cluster_eval.py --report).
#: With the years the halves name moving the cut's bar (HalvingParams.own_lead and
#: most_same_year), measured once on test: against subtopics 0.951 / 0.974 / 0.935 (floors
#: RAISED), against topics 0.714 / 0.877 / 0.662 (floors LOWERED, on purpose, for the reason
#: above: one more topic cut into its subtopics), sub-events unchanged (0.906 / 0.950 /
#: 0.894), Pratiwi 9-12 and all 12 and BPPT INT pairing unchanged. With the years read as
#: written (terms.named_years: "2,000 people" no longer the year 2000), measured once on
#: test: every figure above unchanged, floors unchanged. With loosely held units reseated
#: after the agglomeration (reseat.py), measured once on test: every ECB+ figure above
#: unchanged, floors unchanged. With the units of a kept cut that do not name their half's
#: year reseated by wording (halves._reseated, HalvingParams.main_year_share; chosen on ECB+
#: train / dev and Pratiwi 1-8: 0.950 / 0.992 / 0.974 -> 0.960 / 0.992 / 0.974), the topic
#: floors failed: the failing assertion showed 0.707 / 0.875 / 0.654 against topics, every
#: story of one topic (B-cubed precision 1.000, 20 stories for 10 topics). Topic floors
#: LOWERED on purpose, as above (a unit moved between two stories of one topic can score lower
#: against the topic, whichever story is right); the subtopic, sub-event, Pratiwi and BPPT
#: floors pass. Then measured once by the lead (bench/cluster_eval.py --report): ECB+ test
#: against subtopics 0.951 / 0.974 / 0.935 -> 0.966 / 0.982 / 0.953, sub-events 0.914 / 0.953
#: / 0.899, the second subtopic 200 days on 0.975 / 0.987 / 0.963. Subtopic floors raised.
ECB_SUBTOPIC_FLOORS = (0.96, 0.98, 0.95)
ECB_TOPIC_FLOORS = (0.70, 0.87, 0.65)
ECB_SUB_EVENT_FLOORS = (0.90, 0.94, 0.89)
#: Measured: Pratiwi stories 9-12 0.976 / 0.967 / 0.968; all 12 0.981 / 0.983 / 0.979. The
#: hoax, its spread and the minister's denial (test story 12, undated), which the cut split
#: in three before articles sharing a passage were kept together (0.913 / 0.903 / 0.886 and
#: 0.951 / 0.965 / 0.946), are one story again. With loosely held units reseated
#: (reseat.py), measured once: 9-12 0.981 / 0.975 / 0.975 (floors RAISED), all 12 0.981 /
#: 0.984 / 0.979 (floors unchanged).
PRATIWI_TEST_FLOORS = (0.98, 0.97, 0.97)
PRATIWI_ALL_FLOORS = (0.98, 0.98, 0.97)
#: Measured: 1,021 of 1,329 English BPPT INT articles (5 lines each) in the story of their
#: Indonesian translation, 0.768 (one seed, no passages or years: 0.758; uncut 0.775); 1,022
#: (0.769) with the years read as written; 1,025 (0.771, floor RAISED) with loosely held
#: units reseated (reseat.py), which a group holding other languages never lets go; 1,033
#: (0.777, floor unchanged) with a year lead counting only years that as many articles name
#: as a half may hold (halves.year_lead; ECO 0.698 -> 0.703).
BPPT_PAIRING_FLOOR = 0.77


def scored(gold: list[GoldItem], level: str) -> Scores:
    stories = cluster_stories([g.item for g in gold], (), LEXICONS)
    truth = {g.item.article.id: getattr(g, level) for g in gold}
    return score(labels_of(story.article_ids for story in stories), truth)


def above(scores: Scores, floors: tuple[float, float, float]) -> bool:
    measured = (scores.b3_f1, scores.v_measure, scores.ari)
    return all(value >= floor for value, floor in zip(measured, floors, strict=True))


@pytest.fixture(scope="module")
def ecb_test() -> list[GoldItem]:
    if not (ECBPLUS / "gold_doc_clusters.json").is_file():
        pytest.skip(f"ECB+ not found at {ECBPLUS} (../shared/data beside the repository)")
    return [g for g in load_ecbplus(ECBPLUS) if g.split == "test"]


@pytest.fixture(scope="module")
def pratiwi() -> list[GoldItem]:
    if not PRATIWI.is_file():
        pytest.skip(f"Pratiwi corpus not found at {PRATIWI} (../shared/data beside the repository)")
    return load_pratiwi(PRATIWI)


def test_cluster_ecbplus_test_subtopics_above_floor(ecb_test: list[GoldItem]) -> None:
    assert above(scored(ecb_test, "event"), ECB_SUBTOPIC_FLOORS)


def test_cluster_ecbplus_test_topics_above_floor(ecb_test: list[GoldItem]) -> None:
    assert above(scored(ecb_test, "topic"), ECB_TOPIC_FLOORS)


def test_cluster_ecbplus_test_sub_events_above_floor(ecb_test: list[GoldItem]) -> None:
    stories = cluster_stories([g.item for g in ecb_test], (), LEXICONS)
    predicted = {
        article_id: (story.id, number)
        for story in stories
        for number, sub_event in enumerate(story.sub_events)
        for article_id in sub_event.article_ids
    }
    truth = {g.item.article.id: g.event for g in ecb_test}
    assert above(score(predicted, truth), ECB_SUB_EVENT_FLOORS)


def test_cluster_bppt_english_lands_with_its_translation() -> None:
    gold = load_bppt_pairs(BPPT, "INT")
    if not gold:
        pytest.skip(f"BPPT parallel corpus not found at {BPPT} (../shared/data)")
    stories = cluster_stories([g.item for g in gold], (), LEXICONS)
    story_of = labels_of(story.article_ids for story in stories)
    pairs: dict[str, set[int]] = {}
    for g in gold:
        pairs.setdefault(g.event, set()).add(story_of[g.item.article.id])
    together = sum(len(found) == 1 for found in pairs.values())
    assert together / len(pairs) >= BPPT_PAIRING_FLOOR


def test_cluster_pratiwi_test_stories_above_floor(pratiwi: list[GoldItem]) -> None:
    assert above(scored([g for g in pratiwi if g.split == "test"], "event"), PRATIWI_TEST_FLOORS)


def test_cluster_pratiwi_all_stories_above_floor(pratiwi: list[GoldItem]) -> None:
    assert above(scored(pratiwi, "event"), PRATIWI_ALL_FLOORS)
