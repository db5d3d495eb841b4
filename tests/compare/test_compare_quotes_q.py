"""Quote groups in English: when a version is flagged as given to another speaker, and which
group a version joins. Hand-made records in the shape of ECB+ topic 4 (an obituary quoting
the pin-up's own words, her agent's and a publisher's)."""

from __future__ import annotations

from silang.compare.quotes import quote_groups
from silang.model import Annotated, Entity, Quote, Span

from records import make_article

#: (quotation, attribution, speaker as resolved, whether the attribution is a person entity);
#: an attribution of None carries the speaker of the quotation before it, with no mention.
_Said = tuple[str, str | None, str | None, bool]


def _article(aid: str, *said: _Said) -> Annotated:
    """An English article of paragraphs '"<quotation>," <attribution> said.' (or the
    quotation alone where the attribution is None)."""
    text, quotes, entities = "", [], []
    for line, attribution, speaker, named in said:
        start = len(text) + 1
        paragraph = f'"{line},"' if attribution is None else f'"{line}," {attribution} said.'
        at = len(text) + paragraph.find(attribution) if attribution else None
        end = at + len(attribution) if at is not None and attribution else None
        if named and at is not None and end is not None and speaker:
            entities.append(Entity(at, end, speaker, "person", speaker))
        cue = "said" if attribution else None
        quotes.append(Quote(start, start + len(line), line, True, speaker, at, end, cue))
        text += paragraph + "\n\n"
    article = make_article(text, article_id=aid, language="en", raw_prefix="")
    return Annotated(
        article=article,
        sentences=(Span(0, len(text)),),
        entities=tuple(entities),
        quotes=tuple(quotes),
    )


NUDITY = "God approves of nudity and so do I, as Adam and Eve were naked in the garden"
OLD_AGE = "I feel the same way about old movie stars, we want to remember them young"


def _flagged(*items: Annotated) -> list[tuple[str, str | None]]:
    return [
        (v.article_id, v.speaker)
        for g in quote_groups(items)
        for v in g.versions
        if v.other_speaker
    ]


def test_compare_quotes_a_quote_carried_from_a_pronoun_is_no_other_speaker() -> None:
    # "she said", resolved to the man named before it, and the next paragraph's quotation
    # carrying that guess: no firmer than the pronoun, so no accusation.
    guessed = _article(
        "a3",
        (OLD_AGE, "she", "Jerry Tibbs", False),
        (NUDITY, None, "Jerry Tibbs", False),
    )
    named = [_article(aid, (NUDITY, "Bettie Page", "Bettie Page", True)) for aid in ("a1", "a2")]
    assert _flagged(*named, guessed) == []


def test_compare_quotes_a_quote_carried_from_a_name_is_still_firm() -> None:
    # The same shape with the name written at the first quotation: the carried quotation is
    # as firm as its name, and the words given to another named person are flagged.
    carried = _article(
        "a3",
        (OLD_AGE, "Jerry Tibbs", "Jerry Tibbs", True),
        (NUDITY, None, "Jerry Tibbs", False),
    )
    named = [_article(aid, (NUDITY, "Bettie Page", "Bettie Page", True)) for aid in ("a1", "a2")]
    assert _flagged(*named, carried) == [("a3", "Jerry Tibbs")]


TITLE = "The Notorious Bettie Page and her story"
PUBLISHER = "The Notorious Bettie Page and her story became part of the magazine mystique"
AGENT = "While others changed racial attitudes, Bettie Page and her story changed ours on sex"


def test_compare_quotes_a_version_matching_no_named_version_is_no_other_speaker() -> None:
    # An unattributed film title shares its words with two quotations of one article, a
    # publisher's and an agent's: both reach the group through the title alone, and the
    # agent's words match none of the publisher's, so nobody misattributed anything.
    title = _article("a1", (TITLE, None, None, False))
    both = _article(
        "a2",
        (PUBLISHER, "Hugh Hefner", "Hugh Hefner", True),
        (AGENT, "Mark Roesler", "Mark Roesler", True),
    )
    groups = quote_groups([title, both])
    assert [len(g.versions) for g in groups] == [3]
    assert _flagged(title, both) == []


FIRST = "She captured the imagination of a generation with her free spirit"
SECOND = "She is the embodiment of beauty and always will be"


def test_compare_quotes_a_version_joins_its_own_speaker_s_group() -> None:
    # One outlet quotes an agent's two sentences apart, another both in one unattributed
    # quotation, a third the second sentence alone under the agent's name: that joins the
    # agent's second sentence, not the first sentence's group it reaches through the
    # unattributed quotation.
    apart = _article(
        "a1",
        (FIRST, "Mark Roesler", "Mark Roesler", True),
        (SECOND, None, "Mark Roesler", False),
    )
    whole = _article("a2", (f"{FIRST}. {SECOND}", None, None, False))
    alone = _article("a3", (SECOND, "Mark Roesler", "Mark Roesler", True))
    groups = quote_groups([apart, whole, alone])
    homes = {(v.article_id, v.text[:10]): i for i, g in enumerate(groups) for v in g.versions}
    assert homes[("a3", SECOND[:10])] == homes[("a1", SECOND[:10])]


def test_compare_quotes_a_version_like_two_groups_no_outlet_splits_joins_both() -> None:
    # A fire chief's one statement in three outlets' words: the first two are too unlike to
    # meet, the third is like each; no outlet quotes them apart, so they are one statement.
    said = [
        ("a1", "Within minutes, the barn roof was engulfed"),
        ("a2", "In the next minute or two, the entire barn roof was in flames"),
        ("a3", "Within a moment or two, the entire barn roof was engulfed in flame"),
    ]
    items = [_article(aid, (line, "Tom Reddick", "Tom Reddick", True)) for aid, line in said]
    groups = quote_groups(items)
    assert [sorted(v.article_id for v in g.versions) for g in groups] == [["a1", "a2", "a3"]]


def test_compare_quotes_groups_one_outlet_quotes_apart_stay_apart() -> None:
    # The same, but the first outlet quotes the two sentences apart: the third version is a
    # version of the one it is closest to, and the two stay two statements.
    apart = _article(
        "a1",
        ("Within minutes, the barn roof was engulfed", "Tom Reddick", "Tom Reddick", True),
        (
            "In the next minute or two, the entire barn roof was in flames",
            None,
            "Tom Reddick",
            False,
        ),
    )
    third = _article(
        "a3",
        (
            "Within a moment or two, the entire barn roof was engulfed in flame",
            "Tom Reddick",
            "Tom Reddick",
            True,
        ),
    )
    groups = quote_groups([apart, third])
    assert [len(g.versions) for g in groups] == [2]


def test_compare_quotes_a_pronoun_s_guess_may_be_the_named_speaker() -> None:
    # One outlet quotes a first sentence under the speaker's name; another quotes it with
    # the next and "she said", resolved to the man named before: the same words in the same
    # order are one statement, the guess no other person.
    first = "God approves of nudity and always has"
    longer = f"{first}. Adam and Eve were naked as jaybirds in the garden"
    groups = quote_groups(
        [
            _article("a1", (first, "Bettie Page", "Bettie Page", True)),
            _article("a2", (longer, "she", "Jerry Tibbs", False)),
        ]
    )
    assert [sorted(v.article_id for v in g.versions) for g in groups] == [["a1", "a2"]]


def test_compare_quotes_a_title_in_quote_marks_is_no_version() -> None:
    # A book's title in quote marks stands inside every line about its subject: it is no
    # version of the agent's statement, nor a bridge between statements.
    line = "With deep sadness I announce that my friend Bettie Page has died tonight"
    items = [
        _article("a1", ("The Real Bettie Page", None, None, False)),
        _article("a2", (line, "Mark Roesler", "Mark Roesler", True)),
        _article("a3", (line, "Mark Roesler", "Mark Roesler", True)),
    ]
    groups = quote_groups(items)
    assert [sorted(v.article_id for v in g.versions) for g in groups] == [["a2", "a3"]]
