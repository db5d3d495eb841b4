"""The trained tagger behind the ``EntityRecognizer`` protocol (silang.extract.entities)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from silang.extract.entities import EntityRecognizer
from silang.model import Entity, EntityKind, Span
from silang.ner.tagger import Tagger
from silang.ner.tags import LOC, ORG, PER, spans
from silang.ner.tokens import tokenize

#: Our tag types → the entity kinds the pipeline uses (QTY and TIME have their own stages).
KINDS: Mapping[str, EntityKind] = {PER: "person", ORG: "organisation", LOC: "place"}


def shipped_folder() -> Path:
    """The model folder inside the package."""
    return Path(str(resources.files("silang.ner").joinpath("model")))


@functools.cache
def load_tagger(folder: Path) -> Tagger:
    """Each model folder is read once per process: the pipeline builds recognisers freely."""
    return Tagger(folder)


class ModelEntityRecognizer:
    """Entities from the CRF tagger, sentence by sentence."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or shipped_folder()

    def recognise(self, text: str, sentences: Sequence[Span]) -> tuple[Entity, ...]:
        tagger = load_tagger(self.folder)
        found: list[Entity] = []
        for sentence in sentences or [Span(0, len(text))]:
            tokens = tokenize(text, sentence.start, sentence.end)
            tags = tagger.tag([t.text for t in tokens])
            for kind, first, end in spans(tags):
                if kind in KINDS:
                    start, stop = tokens[first].start, tokens[end - 1].end
                    mention = text[start:stop]
                    found.append(Entity(start, stop, mention, KINDS[kind], mention))
        return tuple(found)


class CombinedEntityRecognizer:
    """The first recogniser's entities, plus each later one's that overlap none already
    kept: one recogniser fills the other's gaps (the rules know titles and outlets the
    tagger never saw; the tagger reads lower-cased text the rules cannot)."""

    def __init__(self, *recognizers: EntityRecognizer) -> None:
        self.recognizers = recognizers

    def recognise(self, text: str, sentences: Sequence[Span]) -> tuple[Entity, ...]:
        kept: list[Entity] = []
        for recognizer in self.recognizers:
            fresh = [
                e
                for e in recognizer.recognise(text, sentences)
                if not any(e.start < k.end and k.start < e.end for k in kept)
            ]
            kept.extend(fresh)
        return tuple(sorted(kept, key=lambda e: e.start))


#: Below this share of capitalised words (not counting sentence-initial ones) a text is read as
#: lower-cased. Cased Indonesian news sits far above it: the lowest of the 147 passages of the
#: quotes gold dev split with any was 0.067; 15 of the 600 Pratiwi articles fall under 0.03.
LOWER_CASED_SHARE = 0.02


def lower_cased(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the text has (almost) no capitals inside its sentences."""
    words = caps = 0
    for sentence in sentences or [Span(0, len(text))]:
        inner = [t.text for t in tokenize(text, sentence.start, sentence.end) if t.text.isalpha()]
        words += len(inner[1:])
        caps += sum(w[0].isupper() for w in inner[1:])
    return caps < LOWER_CASED_SHARE * words or words == 0


class CaseRoutedEntityRecognizer:
    """``cased`` for ordinary text; ``uncased`` for lower-cased text, where capitalisation
    rules find nothing (bench/ner_quotes.py measures both)."""

    def __init__(self, cased: EntityRecognizer, uncased: EntityRecognizer) -> None:
        self.cased = cased
        self.uncased = uncased

    def recognise(self, text: str, sentences: Sequence[Span]) -> tuple[Entity, ...]:
        chosen = self.uncased if lower_cased(text, sentences) else self.cased
        return chosen.recognise(text, sentences)


def indonesian_recognizer(rules: EntityRecognizer) -> EntityRecognizer:
    """What the pipeline uses for Indonesian: the rules on cased text (the model did not
    improve speakers there), the rules then the model on lower-cased text."""
    return CaseRoutedEntityRecognizer(
        rules, CombinedEntityRecognizer(rules, ModelEntityRecognizer())
    )
