"""The summary of a story: a few central sentences, preferring those several origins say."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from silang.compare.text import words
from silang.model import Annotated, SummarySentence

#: token_set_ratio at or above which two sentences say the same (copies and light rewrites).
SAME_SENTENCE = 80.0
#: Sentences shorter than this many characters are not summary material.
MIN_CHARS = 40


def summary(
    items: Sequence[Annotated], origin: Mapping[str, str], size: int = 3
) -> tuple[SummarySentence, ...]:
    """Up to ``size`` non-redundant sentences, ranked by how many origins say them, then by how
    early they come in their article (news puts the essentials first)."""
    sentences = []
    for item in items:
        for rank, span in enumerate(item.sentences):
            text = item.article.text[span.start : span.end].strip()
            if len(text) >= MIN_CHARS:
                sentences.append((item.article.id, span.start, span.end, text, words(text), rank))
    scored = []
    for aid, start, end, text, plain, rank in sentences:
        backers = {
            origin.get(other, other)
            for other, _, _, _, other_plain, _ in sentences
            if other == aid or fuzz.token_set_ratio(plain, other_plain) >= SAME_SENTENCE
        }
        scored.append((-len(backers), rank, aid, start, end, text, plain))
    chosen: list[SummarySentence] = []
    chosen_words: list[str] = []
    for minus_backers, _rank, aid, start, end, text, plain in sorted(scored):
        if len(chosen) >= size:
            break
        if any(fuzz.token_set_ratio(plain, c) >= SAME_SENTENCE - 20 for c in chosen_words):
            continue
        chosen.append(SummarySentence(aid, start, end, text, -minus_backers))
        chosen_words.append(plain)
    return tuple(chosen)
