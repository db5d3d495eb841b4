"""A readable title for an article as a story's headline candidate."""

from __future__ import annotations

from silang.model import Annotated

#: The most characters of a first sentence used as a title when an article has no headline.
SENTENCE_TITLE_CHARS = 120


def display_title(item: Annotated) -> tuple[str, bool]:
    """The article's headline and True, or else its first sentence (shortened at a word
    boundary) and False."""
    title = " ".join((item.article.title or "").split())
    if title:
        return title, True
    text = item.article.text
    end = item.sentences[0].end if item.sentences else len(text)
    sentence = " ".join(text[:end].split())
    if len(sentence) > SENTENCE_TITLE_CHARS:
        cut = sentence.rfind(" ", 0, SENTENCE_TITLE_CHARS)
        sentence = sentence[: cut if cut > 0 else SENTENCE_TITLE_CHARS].rstrip(",;:") + " …"
    return sentence, False
