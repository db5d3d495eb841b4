"""The other-speaker flag accuses an outlet of giving one person's words to another; an
outlet whose attribution names that person ("said Harbour Lab researcher Dana Whitlock")
gave them rightly, however the speaker was read from it. Sentences written for these
tests."""

from __future__ import annotations

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

SAID = "Boats should stay in port until the storm has passed the bay"


def _outlet(aid: str, attribution: str, read_as: str, *named: str) -> Annotated:
    """An English article quoting SAID in marks, then ``attribution``; the speaker read is
    ``read_as`` (mentioned where it stands in the attribution) and ``named`` are the
    attribution's entities, all taken for persons as a recogniser may take a body."""
    text = f'"{SAID}," {attribution}.'
    article = make_article(text, article_id=aid, language="en", raw_prefix="")
    at = text.index(read_as)
    quote = Quote(
        1,
        1 + len(SAID),
        SAID,
        True,
        speaker=read_as,
        speaker_start=at,
        speaker_end=at + len(read_as),
        cue="said",
    )
    entities = tuple(Entity(text.index(n), text.index(n) + len(n), n, "person", n) for n in named)
    return Annotated(
        article=article, sentences=(Span(0, len(text)),), quotes=(quote,), entities=entities
    )


def _flagged(*items: Annotated) -> list[str]:
    return [v.article_id for g in quote_groups(list(items)) for v in g.versions if v.other_speaker]


def test_an_attribution_naming_the_groups_speaker_is_no_misattribution() -> None:
    assert (
        _flagged(
            _outlet("a1", "said Dana Whitlock", "Dana Whitlock", "Dana Whitlock"),
            _outlet("a2", "Dana Whitlock said", "Dana Whitlock", "Dana Whitlock"),
            _outlet(
                "a3",
                "said Harbour Lab senior researcher Dana Whitlock",
                "Harbour Lab",
                "Harbour Lab",
                "Dana Whitlock",
            ),
            _outlet(
                "a4",
                "said Harbour Lab's co-founder Dana Whitlock",
                "Harbour Lab",
                "Harbour Lab",
                "Dana Whitlock",
            ),
        )
        == []
    )


def test_an_attribution_naming_someone_else_alone_is_still_flagged() -> None:
    assert _flagged(
        _outlet("a1", "said Dana Whitlock", "Dana Whitlock", "Dana Whitlock"),
        _outlet("a2", "Dana Whitlock said", "Dana Whitlock", "Dana Whitlock"),
        _outlet("a3", "said harbour master Eli Ross", "Eli Ross", "Eli Ross"),
    ) == ["a3"]


def test_a_name_the_attribution_goes_on_to_after_a_comma_is_no_co_speaker() -> None:
    """ "said Eli Ross, rejecting Dana Whitlock" gives the words to Eli Ross: the comma ends
    the attribution, and the name after it is whom he answers, not who spoke."""
    assert _flagged(
        _outlet("a1", "said Dana Whitlock", "Dana Whitlock", "Dana Whitlock"),
        _outlet("a2", "Dana Whitlock said", "Dana Whitlock", "Dana Whitlock"),
        _outlet(
            "a3",
            "said harbour master Eli Ross, rejecting Dana Whitlock",
            "Eli Ross",
            "Eli Ross",
            "Dana Whitlock",
        ),
    ) == ["a3"]
