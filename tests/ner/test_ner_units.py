"""The NER package's parts on text written here: tag mapping, span reading, scoring,
tokens and features."""

from __future__ import annotations

from silang.ner.clusters import build
from silang.ner.features import Resources, sentence_features, shape
from silang.ner.scoring import score
from silang.ner.tags import map_tag, spans
from silang.ner.tokens import tokenize


def test_source_tags_map_to_one_scheme() -> None:
    assert map_tag("B-PERSON") == "B-PER"
    assert map_tag("I-ORGANISATION") == "I-ORG"
    assert map_tag("B-ORGANIZATION") == "B-ORG"
    assert map_tag("B-PLACE") == "B-LOC"
    assert map_tag("I-PLC") == "I-LOC"
    assert map_tag("B-PPL") == "B-PER"
    assert map_tag("B-IND") == "O"  # NERP products: no counterpart
    assert map_tag("B-QUANTITY") == "B-QTY"
    assert map_tag("B-QUANTITY", frozenset({"PER", "ORG", "LOC"})) == "O"
    assert map_tag("O") == "O"


def test_spans_read_bio_like_seqeval() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG"]
    assert list(spans(tags)) == [("PER", 0, 2), ("LOC", 3, 4), ("LOC", 4, 5), ("ORG", 5, 7)]


def test_score_counts_exact_matches_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    predicted = [["B-PER", "O", "O", "B-LOC"]]
    result = score(gold, predicted)
    assert (result.gold, result.predicted, result.correct) == (2, 2, 1)
    assert result.f1 == 0.5
    assert score(gold, predicted, frozenset({"LOC"})).f1 == 1.0


def test_tokens_keep_offsets_and_inner_punctuation() -> None:
    text = "Rapat di Jawa-Bali, pukul 14.30."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["Rapat", "di", "Jawa-Bali", ",", "pukul", "14.30", "."]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_features_carry_shape_clusters_gazetteer_and_neighbours() -> None:
    resources = Resources(clusters={"surabaya": (3, 17, 250)}, gazetteer={"kata": ("verb",)})
    features = sentence_features(["kata", "Surabaya"], resources)
    assert shape("Jawa-2") == "Xxxx-d"
    assert {"w=surabaya", "title", "c0=3", "c2=250", "-1:gaz=verb", "EOS"} <= set(features[1])
    assert {"BOS", "gaz=verb", "c=none", "1:c1=17"} <= set(features[0])


def test_clusters_group_words_used_alike() -> None:
    # Two families of words in identical frames: each family should share a coarse cluster.
    frames = [["pergi", "ke", "X", "kemarin"], ["bertemu", "dengan", "X", "tadi"]]
    fillers = [["bandung", "medan", "padang"], ["andi", "budi", "siti"]]
    corpus = [
        [w if w != "X" else name for w in frame]
        for frame, names in zip(frames, fillers, strict=True)
        for name in names
    ] * 5
    # Eight kinds of use (six frame words, two families) in five clusters: with two, a
    # split of the frame words can leave both families on one side, and which split k-means
    # finds hangs on its random seeds (with numpy 2.4.6, seed 1 drew both seeds from one
    # family and the families met, on a fresh install where an earlier one had passed). At
    # five the families part for every seed from 0 to 39, with uniform seeds as with
    # k-means++ seeds.
    clusters = build(corpus, seed=1, min_count=1, contexts=20, dimensions=4, sizes=(5,))
    assert clusters["bandung"] == clusters["medan"] == clusters["padang"]
    assert clusters["andi"] == clusters["budi"] == clusters["siti"]
    assert clusters["bandung"] != clusters["andi"]
