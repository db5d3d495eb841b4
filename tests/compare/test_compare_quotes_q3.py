"""A quotation that holds statements other outlets quote apart is a version of each, shown in
each group by the sentences that tell its statement (ECB+ dev topics 4, 19 and 35's shapes,
in sentences written for these tests)."""

from __future__ import annotations

from silang.compare.quotes import quote_groups
from silang.compare.quotes_retold import sentence_spans
from silang.model import Annotated, Quote, QuoteGroup, Span

from records import make_article

FERRY = "The new ferry will start sailing from the north pier in June"
SORRY = "We regret the long wait for the families who live on the island"
FREE = "Every crossing will be free for the whole first week"


def _outlet(aid: str, speaker: str | None, *quotations: str) -> Annotated:
    """An English article that quotes ``quotations`` one after another, each in its own marks
    and each given to ``speaker``."""
    text = " ".join(f'"{said}," said {speaker or "a notice"}.' for said in quotations)
    article = make_article(text, article_id=aid, language="en", raw_prefix="")
    quotes = []
    for said in quotations:
        at = text.index(f'"{said},') + 1
        quotes.append(Quote(at, at + len(said), said, True, speaker=speaker))
    return Annotated(article=article, sentences=(Span(0, len(text)),), quotes=tuple(quotes))


def _told(groups: tuple[QuoteGroup, ...], aid: str) -> list[str]:
    """What article ``aid`` says in each group, sorted."""
    return sorted(v.text.rstrip(".") for g in groups for v in g.versions if v.article_id == aid)


def test_compare_quotes_sentence_spans_keep_a_closing_mark_with_its_sentence() -> None:
    said = ' She said it twice... "We are ready." Then she left. '
    assert [said[s:e] for s, e in sentence_spans(said)] == [
        "She said it twice...",
        '"We are ready."',
        "Then she left.",
    ]


def test_compare_quotes_a_whole_quotation_is_told_in_each_group_by_its_own_sentences() -> None:
    # ECB+ dev topic 35's shape: two outlets quote an official's first two sentences apart,
    # a third quotes the whole statement, whose last sentence no one else quotes: it goes on
    # with the statement before it.
    items = [
        _outlet("a1", "Mara Quinlan", FERRY, SORRY),
        _outlet("a2", "Mara Quinlan", FERRY, SORRY),
        _outlet("a3", "Mara Quinlan", f"{FERRY}. {SORRY}. {FREE}"),
    ]
    groups = quote_groups(items)
    assert len(groups) == 2
    assert all({v.article_id for v in g.versions} == {"a1", "a2", "a3"} for g in groups)
    assert _told(groups, "a3") == sorted([FERRY, f"{SORRY}. {FREE}"])


def test_compare_quotes_a_quotation_without_speaker_is_a_version_of_each_it_holds() -> None:
    # ECB+ dev topic 4's shape: an outlet quotes an agent's two sentences as one quotation
    # with no speaker, the first in fewer words; other outlets quote them apart.
    shorter = FERRY.replace(" from the north pier", "")
    items = [
        _outlet("a1", "Owen Castell", FERRY),
        _outlet("a2", "Owen Castell", FERRY, SORRY),
        _outlet("a3", None, f"{shorter}... {SORRY}"),
    ]
    groups = quote_groups(items)
    assert sorted(sorted(v.article_id for v in g.versions) for g in groups) == [
        ["a1", "a2", "a3"],
        ["a2", "a3"],
    ]
    assert _told(groups, "a3") == sorted([shorter, SORRY])


def test_compare_quotes_a_version_stays_out_of_a_group_none_of_its_sentences_tells() -> None:
    # ECB+ dev topic 4's shape: a3 quotes a singer's two sentences with no speaker and is a
    # version of both. a4's one sentence, the first statement in more words, holds most of
    # a3's words (the second statement's "She", "the", "of") and so reaches the second
    # group through a3; none of its sentences tells that group's statement.
    captured = "She captured the hearts of a whole town with her songs and her kindness"
    grace = "She is the embodiment of grace"
    longer = f"{captured}, every day"
    items = [
        _outlet("a1", "Ruth Pellam", captured),
        _outlet("a2", "Ruth Pellam", grace),
        _outlet("a3", None, f"{captured}. {grace}"),
        _outlet("a4", "Ruth Pellam", longer),
    ]
    groups = quote_groups(items)
    assert sorted(sorted(v.article_id for v in g.versions) for g in groups) == [
        ["a1", "a3", "a4"],
        ["a2", "a3"],
    ]
    assert _told(groups, "a4") == [longer]


def test_compare_quotes_a_quotation_beside_two_groups_is_one_version_when_they_merge() -> None:
    # a3's unattributed quotation of both statements is shown beside each; a4, by the
    # speaker, quotes both too and joins the two groups: a3 is still one version of them.
    groups = quote_groups(
        [
            _outlet("a1", "Owen Castell", FERRY),
            _outlet("a2", "Owen Castell", SORRY),
            _outlet("a3", None, f"{FERRY}. {SORRY}"),
            _outlet("a4", "Owen Castell", f"{FERRY}. {SORRY}"),
        ]
    )
    for group in groups:
        places = [(v.article_id, v.start) for v in group.versions]
        assert len(places) == len(set(places))
    assert any({"a1", "a2", "a3", "a4"} <= {v.article_id for v in g.versions} for g in groups)
