"""Training the CRF tagger: word clusters from unlabelled text, then L-BFGS on labelled
sentences. Deterministic: the clusters take a fixed seed and L-BFGS has no randomness."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped]

from silang.ner import clusters, lexicon
from silang.ner.datasets import Sentence
from silang.ner.features import Resources, sentence_features
from silang.ner.tagger import MODEL_FILE, save_resources
from silang.ner.tokens import words_of

SEED = 13


@dataclass(frozen=True)
class Settings:
    """CRF training settings, chosen on the dev files of IndoLEM folds 1 and 2 (README.md)."""

    c1: float = 0.02
    c2: float = 0.05
    iterations: int = 150


def unlabelled(root: Path) -> Iterator[list[str]]:
    """Tokenised lines of the unlabelled Indonesian text: the Pratiwi articles and the
    Indonesian side of bppt-panl-en-id (no NER set's text, so no test sentence leaks in)."""
    pratiwi = root / "id-hoax-news-pratiwi" / "news600_topics.jsonl"
    for record in pratiwi.read_text(encoding="utf-8").splitlines():
        for line in json.loads(record)["text"].splitlines():
            yield words_of(line)
    for path in sorted((root / "bppt-panl-en-id" / "parallel").glob("*-ID-*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            yield words_of(line)


def build_resources(root: Path, seed: int = SEED) -> Resources:
    return Resources(
        clusters=clusters.build(unlabelled(root), seed=seed), gazetteer=lexicon.from_pack("id")
    )


def fit(
    sentences: Sequence[Sentence],
    resources: Resources,
    folder: Path,
    settings: Settings = Settings(),
) -> None:
    """Train on ``sentences`` and write the model and its tables to ``folder``."""
    save_resources(resources, folder)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.tokens, resources), list(sentence.tags))
    trainer.set_params(
        {
            "c1": settings.c1,
            "c2": settings.c2,
            "max_iterations": settings.iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(folder / MODEL_FILE))
