"""A trained tagger: the CRF file with the cluster and gazetteer tables it was trained with."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped]

from silang.ner import clusters, lexicon
from silang.ner.features import Resources, sentence_features

MODEL_FILE = "tagger.crfsuite"
CLUSTERS_FILE = "clusters.tsv"
GAZETTEER_FILE = "gazetteer.tsv"


class Tagger:
    """BIO tags in our scheme (silang.ner.tags) for a tokenised sentence."""

    def __init__(self, folder: Path) -> None:
        self.resources = Resources(
            clusters=clusters.load((folder / CLUSTERS_FILE).read_text(encoding="utf-8")),
            gazetteer=lexicon.load((folder / GAZETTEER_FILE).read_text(encoding="utf-8")),
        )
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(folder / MODEL_FILE))

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        tags: list[str] = self._crf.tag(sentence_features(words, self.resources))
        return tags


def save_resources(resources: Resources, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    clusters.save(resources.clusters, folder / CLUSTERS_FILE)
    lexicon.save(resources.gazetteer, folder / GAZETTEER_FILE)
