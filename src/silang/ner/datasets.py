"""Readers for the public Indonesian NER sets in ../shared/data (CoNLL-like, tag last)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from silang.ner.tags import map_tag


@dataclass(frozen=True)
class Sentence:
    """A tokenised sentence and its tags in our scheme."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def read_conll(path: Path, keep: frozenset[str] | None = None) -> list[Sentence]:
    """Sentences of a file with one ``token … tag`` line per token (tab or space separated;
    the tag is the last column) and blank lines between sentences."""
    return list(_sentences(path.read_text(encoding="utf-8").splitlines(), keep))


def _sentences(lines: list[str], keep: frozenset[str] | None) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*lines, ""]:
        columns = line.strip().split()
        if len(columns) >= 2:
            tokens.append(columns[0])
            tags.append(map_tag(columns[-1], keep))
        elif tokens:
            yield Sentence(tuple(tokens), tuple(tags))
            tokens, tags = [], []


def indolem(root: Path, corpus: str, part: str, fold: int) -> Path:
    """IndoLEM file: ``corpus`` is "nerui" or "nerugm", ``part`` train/dev/test, fold 1..5."""
    return root / "indolem-ner" / corpus / f"{part}.{fold:02d}.tsv"


def nergrit(root: Path, part: str) -> Path:
    """NERGrit train or valid (the test labels are masked)."""
    return root / "indonlu-ner" / "nergrit_ner-grit" / f"{part}_preprocess.txt"


def nerp(root: Path, part: str) -> Path:
    """NERP (lower-cased) train or valid (the test labels are masked)."""
    return root / "indonlu-ner" / "nerp_ner-prosa" / f"{part}_preprocess.txt"


def idner(root: Path, part: str) -> Path:
    """idner-news-2k train, dev or test."""
    return root / "idner-news-2k" / f"{part}.txt"


#: What the shipped model tags: QUANTITY and TIME exist in NER-UGM only, and the other sets
#: leave such spans O, so a union cannot teach them.
SHIPPED_KINDS = frozenset({"PER", "ORG", "LOC"})


def held_out(root: Path) -> dict[str, list[Sentence]]:
    """The splits the shipped model never trains on and is scored on."""
    return {
        "nergrit-valid": read_conll(nergrit(root, "valid"), SHIPPED_KINDS),
        "nerp-valid": read_conll(nerp(root, "valid"), SHIPPED_KINDS),
        "idner-test": read_conll(idner(root, "test"), SHIPPED_KINDS),
    }


def shipped_training(root: Path) -> list[Sentence]:
    """The union of every training sentence (both IndoLEM sets whole, NERGrit and NERP train,
    idner-news-2k train and dev), less any sentence that also occurs in a held-out split:
    the sets were partly built from the same news (264 of idner-news-2k's 509 test sentences
    are in NER-UGM, 200 in NERP train)."""
    seen = {_key(s) for split in held_out(root).values() for s in split}
    paths = [
        *(
            indolem(root, c, part, 1)
            for c in ("nerui", "nerugm")
            for part in ("train", "dev", "test")
        ),
        nergrit(root, "train"),
        nerp(root, "train"),
        idner(root, "train"),
        idner(root, "dev"),
    ]
    return [s for p in paths for s in read_conll(p, SHIPPED_KINDS) if _key(s) not in seen]


def _key(sentence: Sentence) -> str:
    return " ".join(sentence.tokens).casefold()
