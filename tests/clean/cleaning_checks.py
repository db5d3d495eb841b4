"""Packs and the invariant checks shared by the cleaning tests (imported, not a conftest, so
that its name is unique in the tests tree)."""

from __future__ import annotations

from collections.abc import Sequence

from silang.clean import clean
from silang.lang import LanguagePack, load_pack
from silang.model import Cleaned

_ID, _EN = load_pack("id"), load_pack("en")
#: Per article language: its pack first, then the other (as the pipeline passes them).
PACKS: dict[str, tuple[LanguagePack, ...]] = {"id": (_ID, _EN), "en": (_EN, _ID)}


def assert_invariants(raw: str, cleaned: Cleaned, packs: Sequence[LanguagePack]) -> None:
    """What every cleaning must satisfy: removals are the raw text at their offsets, trimmed,
    sorted and apart; what no removal covers is exactly the kept text (whitespace aside);
    cleaning the kept text again takes nothing out and changes nothing."""
    covered = [False] * len(raw)
    last_end = 0
    for removal in cleaned.removed:
        assert raw[removal.start : removal.end] == removal.text
        assert removal.text and removal.text.strip() == removal.text
        assert removal.start >= last_end, "removals overlap or are out of order"
        last_end = removal.end
        for i in range(removal.start, removal.end):
            covered[i] = True
    left = "".join(c for i, c in enumerate(raw) if not covered[i] and not c.isspace())
    assert left == "".join(c for c in cleaned.text if not c.isspace())
    assert cleaned.text == cleaned.text.strip()
    for paragraph in cleaned.text.split("\n\n") if cleaned.text else []:
        assert paragraph and paragraph == " ".join(paragraph.split())
    for credit in cleaned.credits:
        assert raw[credit.start : credit.end] == credit.text
    if cleaned.dateline is not None:
        dateline = cleaned.dateline
        assert raw[dateline.start : dateline.end] == dateline.text
    again = clean(cleaned.text, packs)
    assert again.text == cleaned.text
    assert again.removed == ()
    assert again.dateline is None


def checked(raw: str, language: str) -> Cleaned:
    """Clean ``raw`` as an article in ``language``, asserting the invariants on the way."""
    packs = PACKS[language]
    cleaned = clean(raw, packs)
    assert_invariants(raw, cleaned, packs)
    return cleaned
