"""One tag scheme for the public Indonesian NER sets (the table is in README.md here).

Every set's types are mapped to PER, ORG, LOC and, where a set has them, QTY and TIME. A type
with no counterpart (NERP's products, events, food) becomes O: the model never learns it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

#: The scheme's entity types.
PER, ORG, LOC, QTY, TIME = "PER", "ORG", "LOC", "QTY", "TIME"

#: Each source type → our type (None: dropped to O).
SOURCE_TYPES: Mapping[str, str | None] = {
    # IndoLEM NER-UI and NER-UGM
    "PERSON": PER,
    "ORGANIZATION": ORG,
    "LOCATION": LOC,
    "QUANTITY": QTY,
    "TIME": TIME,
    # IndoNLU NERGrit
    "ORGANISATION": ORG,
    "PLACE": LOC,
    # IndoNLU NERP (lower-cased): IND is product/brand, EVT event, FNB food & beverage
    "PPL": PER,
    "PLC": LOC,
    "IND": None,
    "EVT": None,
    "FNB": None,
    # idner-news-2k
    "PER": PER,
    "ORG": ORG,
    "LOC": LOC,
}


def map_tag(tag: str, keep: frozenset[str] | None = None) -> str:
    """A source BIO tag in our scheme; types outside ``keep`` (when given) become O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, source = tag.split("-", 1)
    kind = SOURCE_TYPES.get(source)
    if kind is None or (keep is not None and kind not in keep):
        return "O"
    return f"{prefix}-{kind}"


def spans(tags: Sequence[str]) -> Iterator[tuple[str, int, int]]:
    """(type, first, end) of each entity in a BIO sequence, read as seqeval's default mode
    does: an I- tag whose type differs from the open entity's (or with none open) starts one."""
    kind, first = "", -1
    for n, tag in enumerate([*tags, "O"]):
        prefix, _, this = tag.partition("-")
        continues = prefix == "I" and this == kind
        if kind and not continues:
            yield kind, first, n
            kind = ""
        if prefix in ("B", "I") and not continues:
            kind, first = this, n
