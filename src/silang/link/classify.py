"""How two candidate articles relate, decided from their sentence alignment, with evidence.

Same language, in this order: ``duplicate`` (same text, or nearly, from one outlet),
``spin`` (aligned sentence by sentence with systematic synonym swaps), ``copy`` (most of one
article's word 5-grams in the other, in any order, or its sentences aligned at nearly the
same wording), ``rewrite`` (a good part of one aligned, in order, in other words, counting
only sentences that are not mostly quote or a reproduced text, and keeping some of its
wording; or, where quotes were set aside, keeping its wording between the quotes; or
carrying a passage of its narrative sentences in a row as written; or retelling nearly all
of it sentence by sentence, in order, in other words),
``shares-quote`` (a common quote, or a statement or message that both reproduce,
and nothing more: two reports of one statement are independent reporting).
Across languages:
``translation`` (names and numbers aligned sentence by sentence, in order) or
``shares-quote``. The thresholds are in ``Thresholds``, with the data they were set on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from silang.lang.derivations import DerivationLexicon
from silang.link.align import (
    Aligned,
    align_anchors,
    align_sentences,
    anchor_coverage,
    coverage,
    forward_runs,
    in_blocks,
    order_breaks,
)
from silang.link.features import Features, Quote
from silang.link.outlets import same_outlet
from silang.link.swaps import Swap, find_swaps, rarer_side
from silang.model import Evidence, Relation


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds, set on development data only (Pratiwi topics 1-8 hand labels,
    bench/link_labels/; the synthetic set built from those topics and from BPPT; the example
    corpus), with ``bench/link_eval.py --split dev``. The figures below are from those runs.
    """

    #: Normalised-word similarity (0-1) at which two sentences align.
    align: float = 0.6
    #: Share of the same outlet's two texts' words (of the longer) in their longest common
    #: word sequence for a duplicate: the dev duplicates differ only by a cleaned-away
    #: dateline or caption (0.975-1.0).
    duplicate_identical: float = 0.97
    #: Share of the more-contained article's content words in aligned sentences…
    copy_cover: float = 0.8
    #: …at a word-weighted raw similarity of at least this: a copy (a short copy with a
    #: sentence added and a few words changed loses many of its 5-grams). Dev rewrites with
    #: cover >= 0.8 and ``copy_verbatim`` not reached: raw 0.75-0.935 (600-075/600-078);
    #: the copy this rule is for, the synthetic light edit of 600-331 (verbatim 0.69):
    #: 0.98. The middle of that gap is 0.96; nothing on dev or synthetic lies between.
    #: (Re-measured 2026-11-24: no labelled dev copy needs the rule; the two it misses,
    #: 0.92 and 0.934, are among the rewrites.)
    copy_raw: float = 0.95
    #: Or: share of the shorter article's word ``VERBATIM_RUN``-grams found in the other (in
    #: any order, so that a reordered copy counts). Labelled dev copies 0.60-1.0, all but two
    #: >= 0.729; labelled rewrites 0.20-0.668; spins 0.28-0.64 (decided before copies).
    #: The threshold sits in the middle of the gap (0.668-0.729). The two copies below it
    #: (600-109/600-141 0.60, 600-351/600-357 0.65) are found as rewrites: no threshold on
    #: this measure takes them without rewrites. A second, blind reading of 40 dev
    #: copy/rewrite pairs (2026-11-24) agreed with the labels on 36 (kappa 0.80); the four
    #: it read otherwise are rewrites by the labels at 0.38-0.67, so this boundary is not
    #: known to better than a few hundredths. The longest common word sequence does not
    #: separate them (copies from 0.66, rewrites up to 0.86).
    copy_verbatim: float = 0.7
    spin_cover: float = 0.6
    #: Synonym swaps, and swaps per content word of the shorter article, for a spin.
    #: Labelled copies: at most 2 swaps and 0.022 per word; labelled spins 5-22 swaps and
    #: 0.030-0.060; synthetic 10% spins at least 7 swaps and 0.078; light edits 0.
    spin_swaps: int = 4
    spin_rate: float = 0.025
    #: …unless it reads as a paraphrase: the aligned sentences' word-weighted raw similarity
    #: (as ``copy_raw``) under ``spin_raw`` while the synonym swaps make less than
    #: ``spin_swap_share`` of the replaced stretches. A spinner swaps words and keeps the
    #: rest of each sentence, or swaps so many that the swaps are most of what changed; a
    #: writer who paraphrases rewords whole sentences and meets a few synonyms on the way.
    #: Dev labels (bench/link_labels, 2026-11-25): labelled spins raw 0.77-0.93; the two
    #: labelled rewrites read as spins, paraphrases of the stroke-needle text sentence by
    #: sentence (600-079/600-091, 600-065/600-091), raw 0.71 and 0.72 with seven swaps among
    #: some sixty replacements (0.11, 0.12). The synthetic spins of bench/link_eval.py (up to
    #: half their words swapped) fall under 0.75 raw but are mostly swaps: on raw alone five
    #: of 300 were lost; with the share none.
    spin_raw: float = 0.75
    spin_swap_share: float = 0.2
    #: A rewrite: at least ``rewrite_sentences`` aligned, in order (``rewrite_order``),
    #: covering ``rewrite_cover`` of one article, where sentences that are mostly quote on
    #: either side do not count: two reports of one statement share it verbatim. Dev labels
    #: (aligned in order, quotes out): rewrites 19 of 28 at >= 0.35 (0.35-0.84), same-story
    #: independent articles 7 of 96 (up to 0.52), shares-quote pairs 2 of 12 (0.41, 0.48;
    #: with quotes counted they reach 0.76). The least certain boundary of all.
    rewrite_cover: float = 0.35
    #: Order as ``align.in_blocks`` measures it (a moved block breaks it once).
    rewrite_order: float = 0.8
    rewrite_sentences: int = 3
    #: …or ``short_rewrite_sentences`` where one of the two has at most ``short_sentences``
    #: sentences (headline included): a short version of a wire story (its headline and a
    #: few paragraphs) cannot carry three aligned narrative sentences and still be reworded,
    #: yet two of its four or five, in order, covering ``rewrite_cover`` of it and keeping
    #: ``rewrite_verbatim`` of its wording, are as much of it as three are of a long
    #: article. ECB+ dev gold (bench/brief_eval.py ecbplus, 2026-11-24): of the same-story
    #: pairs that reach the rule with two narrative sentences aligned, the four linked are
    #: all short versions of one wire report (the AP's 31_3 and 31_10 against 31_2/31_9,
    #: AFP's 30_5 against 30_1, cover 0.47-0.65, kept wording 0.24-0.46); the one pair of
    #: separate origins with two (9_3/9_4) has cover 0.32 and kept wording 0.15. One
    #: aligned sentence is never enough: a headline or a lede alone is often shared. The
    #: short article's quotes must be in the other as written (``quote_kept`` of each
    #: quote's words in order in one of the other's): a version of a wire story
    #: carries the wire's quotes as sent, while a reporter who heard the speaker gives
    #: the words in a transcription of their own. The example corpus's RSS description of
    #: the bridge opening (an independent report: its lede and a figures sentence align
    #: with Kabarnusa's, kept wording 0.20) gives the mayor's words otherwise (0.56); the
    #: ECB+ short versions above quote no one.
    short_sentences: int = 5
    short_rewrite_sentences: int = 2
    quote_kept: float = 0.9
    #: …and at least this share of the shorter article's word 5-grams in the other
    #: (``copy_verbatim``'s measure): a rewrite keeps some of its source's wording (titles
    #: with names, stock phrases, figures with their units), reports of one event by
    #: separate newsrooms keep less. Dev pairs that clear the rules above: labelled
    #: rewrites 0.20-0.67 (20 pairs); independent and shares-quote pairs 0.09-0.45, five
    #: of eleven at 0.09-0.16, the next at 0.19.
    rewrite_verbatim: float = 0.18
    #: Or a paraphrase, whatever wording it keeps: at least ``paraphrase_sentences`` narrative
    #: sentences aligned in order (``rewrite_order``) covering ``paraphrase_cover`` of each article,
    #: the smaller of the two shares. A writer who retells a source in their own words keeps its
    #: sentences and their order; a separate newsroom reporting the same happening has material of
    #: its own on one side or the other, and a short brief has too few sentences to qualify. Dev
    #: same-story pairs of the gold briefs (ECB+ and Pratiwi --split dev, 2026-11-24) with five or
    #: more such sentences (order >= 0.8) and linked by no other rule: of one origin by the gold,
    #: 600-115/600-126 (8 sentences, 0.84 of the smaller article) and ECB+ 35_10/35_11 (7, 0.42: the
    #: gold's one origin, left apart); of separate origins, at most 0.41 (600-005/600-037, 14
    #: sentences; ECB+ at most 0.20). The rule adds that one link in Pratiwi 1-8 (bench/link_eval.py
    #: --split dev). Lowered from 0.7 (2026-11-25) with ``spin_raw``: the stroke-needle
    #: paraphrases 600-079/600-091 and 600-065/600-091 (labelled rewrites, 25 sentences in
    #: order) cover 0.58 of 600-091, which goes on with material of its own; the line sits
    #: between them and the separate origins' 0.41. Over every link of Pratiwi 1-8 and of the
    #: ECB+ and Pratiwi dev gold stories, those two are the only links it changes.
    paraphrase_sentences: int = 5
    paraphrase_cover: float = 0.55
    #: A text an article reproduces as received (a press statement, a circulated message)
    #: counts as quote for a rewrite: a run of aligned sentences (``forward_runs``, with at
    #: most ``reproduced_gap`` sentences between pairs) that begins at most
    #: ``reproduced_lead`` sentences after one of the article's ``Features.cues``. The dev
    #: shares-quote pairs this is for: 600-213/600-243 (the statement starts in the cue's
    #: sentence, "ini penjelasannya: ...") and 600-251/600-261 (the hoax message both carry
    #: starts after "dengan pemberitahuan seperti ini," and the first five sentences of
    #: its two versions differ). With a lead of 1 or 3 the second stays a rewrite; at 1, 3,
    #: 5 and 6 no dev pair labelled rewrite, copy or spin changes relation.
    reproduced_lead: int = 5
    reproduced_gap: int = 2
    #: Or a rewrite of a story told largely in quotes, where the rule above failed with
    #: some aligned sentences set aside as quote or reproduced text: aligned sentences,
    #: quoted or not, covering ``rewrite_cover``, ``rewrite_verbatim`` as above, and at
    #: least this share of the narrative 5-grams (``narrative_verbatim``: words outside
    #: quotes and reproduced text, attributions included) of one article in the other. A
    #: rewrite keeps its source's wording between the quotes; two reports of one statement
    #: share the statement and word the rest their own way. Dev labels (2026-11-24) that
    #: reach this rule (cover >= 0.35, a pair set aside, verbatim >= 0.18): rewrites
    #: 0.0-0.60, 7 of 13 at 0.37-0.60 (600-202 against four Republika copies of its story
    #: 0.50, 600-156/600-174 0.43, 600-266/600-281 0.60, 600-279/600-298 0.37);
    #: shares-quote and independent pairs 0.0-0.26 (600-242/600-245; next 600-265/600-292
    #: 0.22). The threshold sits mid-gap. Sentence order is not asked for: at 0.8, as
    #: above, 600-266/600-281 (0.5) and 600-279/600-298 (0.75) would stay shares-quote, and
    #: no negative pair needs it.
    rewrite_narrative: float = 0.32
    #: Or a rewrite that carries a passage of its source word for word: at least
    #: ``passage_sentences`` narrative sentences (not quote, not reproduced text) in a row
    #: on both sides, each aligned at raw similarity ``passage_raw`` or more. Versions of
    #: one wire story rearrange and trim its paragraphs and rewrite its top, so the rules
    #: above can miss them, but they keep some paragraphs as sent; separate newsrooms word
    #: their own sentences, and a statement both print is quote or reproduced text, which
    #: does not count. ECB+ dev gold (bench/brief_eval.py ecbplus, 2026-11-24), pairs of
    #: articles of one story (longest such run): different origins 1,122 none, 58 one,
    #: 10 two, none three or more; one origin 29 pairs at three or more, one of them
    #: linked by no rule above (the AP's 3_1/3_9, four paragraphs on the escape in a row).
    #: A statement one article quotes and the other prints unmarked is followed out of the
    #: passage (``unmarked_statement``): Pratiwi dev has one such pair of separate origins
    #: (600-156/600-196, a consulate's release); its other pairs with a passage are linked
    #: by the rules above already (copies, duplicates, spins and four rewrites).
    #: bench/link_eval.py --split dev, Pratiwi labels: rewrite P/R 0.841/0.804 ->
    #: 0.851/0.870 (three labelled rewrites found, none of the independent or shares-quote
    #: pairs linked), every other figure the same.
    passage_sentences: int = 3
    passage_raw: float = 0.9
    #: Anchor similarity at which two sentences of different languages align.
    anchor_align: float = 0.5
    #: Whole-article anchor-sequence similarity and aligned anchor share for a translation.
    #: BPPT dev translations (60 stretches of 12 lines): sequence 0.32-0.94, share 0.09-1.0;
    #: the neighbouring stretch (same story, not a translation): sequence <= 0.23, share
    #: <= 0.21. 57 of 60 translations clear both.
    translation_sequence: float = 0.33
    translation_cover: float = 0.25
    #: Sentence order (``in_blocks``) of the anchor-aligned sentences of a translation: a
    #: translator keeps the order; an independent report in the other language of the same
    #: facts meets the same names and figures in its own order (the money-hoax fixture's
    #: English wire against the Indonesian debunk: 0.5). The dev synthetic translations
    #: (bench/link_eval.py) keep 55 of 60 at 0.6, as many as without the rule; 54 at 0.7.
    translation_order: float = 0.6
    #: token_set_ratio (0-100) of two quotes' normalised words for a shared quote.
    quote_ratio: float = 75.0
    #: …where the quotes are alike only as sets (one's words nearly all among the other's:
    #: token_set_ratio scores a subset 100), the shorter must have at least this many
    #: distinct words: a few common words of a short quote turn up in a long one by chance.
    #: bench/link.py's stories corpus at 20k articles, shares-quote links (true / chance):
    #: no such rule 2,178 / 197; 5 words 2,155 / 145; 6 words 2,127 / 77; 8 words
    #: 2,074 / 37. Dev shares-quote pairs matched only as subsets have 12 words.
    quote_subset_words: int = 6
    #: Text Jaccard (word pairs, as the text signatures estimate it) from which a pair found
    #: only by a shared quote is still aligned in full; below it only its quotes are
    #: compared. The rewrites that only a quote found in bench/link.py's 10k articles had
    #: 0.047-0.125; on dev (bench/link_eval.py --split dev) every figure is the same as with
    #: all such pairs aligned in full.
    quote_only_text: float = 0.03


@dataclass(frozen=True)
class Verdict:
    relation: Relation
    score: float
    evidence: tuple[Evidence, ...]
    #: 1 when b is a contiguous cut of a, -1 when a is a cut of b, 0 otherwise.
    cut: int = 0
    #: For a spin: 1 when b has the rarer words of the swaps (b is the spun copy), -1 for a.
    spun: int = 0


def _sentence_evidence(a: Features, b: Features, pairs: list[Aligned], kind: str) -> list[Evidence]:
    out = []
    for p in pairs:
        sa, sb = a.sentences[p.i], b.sentences[p.j]
        out.append(Evidence(kind, sa.start, sa.end, sb.start, sb.end, round(p.score, 3)))
    return out


def _swap_evidence(swaps: list[Swap]) -> list[Evidence]:
    return [
        Evidence("swap", s.a[0].start, s.a[-1].end, s.b[0].start, s.b[-1].end, 1.0, note=s.note)
        for s in swaps
        if s.synonym
    ]


def _weighted(pairs: list[Aligned], a: Features, value: str) -> float:
    total = sum(len(a.content[p.i]) for p in pairs)
    if not total:
        return 0.0
    weighted: float = sum(getattr(p, value) * len(a.content[p.i]) for p in pairs)
    return weighted / total


def shared_quotes(a: Sequence[Quote], b: Sequence[Quote], th: Thresholds) -> list[Evidence]:
    """The quotes of one article (span and normalised words) that the other has too."""
    out = []
    for span_a, words_a in a:
        for span_b, words_b in b:
            ratio = _quote_ratio(words_a, words_b, th)
            if ratio >= th.quote_ratio:
                out.append(
                    Evidence(
                        "quote",
                        span_a.start,
                        span_a.end,
                        span_b.start,
                        span_b.end,
                        round(ratio / 100, 3),
                    )
                )
    return out


def _quote_ratio(left: Sequence[str], right: Sequence[str], th: Thresholds) -> float:
    """token_set_ratio of two quotes' words, or 0 where they are alike only as a short
    quote's words among a longer one's (``Thresholds.quote_subset_words``)."""
    joined_left, joined_right = " ".join(left), " ".join(right)
    ratio: float = fuzz.token_set_ratio(joined_left, joined_right)
    if ratio < th.quote_ratio or min(len(set(left)), len(set(right))) >= th.quote_subset_words:
        return ratio
    return ratio if fuzz.token_sort_ratio(joined_left, joined_right) >= th.quote_ratio else 0.0


def _quote_anchors(f: Features) -> list[tuple[int, int, set[str]]]:
    found = []
    for span, _ in f.quotes:
        inside = {
            anchor
            for sentence, anchors in zip(f.sentences, f.anchors, strict=True)
            if sentence.start < span.end and span.start < sentence.end
            for anchor in anchors
        }
        found.append((span.start, span.end, inside))
    return found


def shared_quotes_across(a: Features, b: Features) -> list[Evidence]:
    """Quotes in two languages that carry the same figure (of 3+ digits) or two names."""
    out = []
    for sa, ea, left in _quote_anchors(a):
        for sb, eb, right in _quote_anchors(b):
            common = left & right
            if any(x[:1].isdigit() and len(x) >= 3 for x in common) or len(common) >= 2:
                out.append(Evidence("quote", sa, ea, sb, eb, 0.5))
    return out


@dataclass(frozen=True)
class WordAlignment:
    """The two articles' words aligned in order, across unit boundaries."""

    #: Longest common subsequence of the lower-cased words, over the shorter article.
    contained: float
    #: The same for normalised content words (synonyms and stems folded).
    contained_normal: float
    swaps: list[Swap]
    #: Runs of 8+ equal words: (a start, a end, b start, b end) word indices.
    runs: list[tuple[int, int, int, int]]
    #: Share of the shorter article's word ``VERBATIM_RUN``-grams that the other has.
    verbatim: float = 0.0
    #: Longest common subsequence of the lower-cased words, over the longer article.
    identical: float = 0.0


#: Equal words in a row that count as copied verbatim rather than shared phrasing.
VERBATIM_RUN = 5


def _grams(words: Sequence[str], size: int) -> set[tuple[str, ...]]:
    """The word ``size``-grams of ``words``."""
    return set(zip(*(words[i:] for i in range(size)), strict=False))


def _gram_containment(left: Sequence[str], right: Sequence[str], size: int) -> float:
    grams_left = _grams(left, size)
    grams_right = _grams(right, size)
    if not grams_left or not grams_right:
        return 0.0
    return len(grams_left & grams_right) / min(len(grams_left), len(grams_right))


def _lcs_share(
    left: Sequence[str],
    right: Sequence[str],
    over: Literal["shorter", "longer", "left"] = "shorter",
) -> float:
    """Words the two have in common, in order, as a share of the shorter, the longer, or
    ``left``."""
    if not left or not right:
        return 0.0
    common = (len(left) + len(right) - Indel.distance(left, right)) / 2
    if over == "left":
        return common / len(left)
    size = min(len(left), len(right)) if over == "shorter" else max(len(left), len(right))
    return common / size


def word_alignment(a: Features, b: Features, lexicon: DerivationLexicon) -> WordAlignment:
    words_a, words_b = a.flat_words(), b.flat_words()
    swaps: list[Swap] = []
    runs = []
    for op in Levenshtein.opcodes(a.lowered, b.lowered):
        if op.tag == "equal" and op.src_end - op.src_start >= 8:
            runs.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
        if op.tag != "replace":
            continue
        old, new = words_a[op.src_start : op.src_end], words_b[op.dest_start : op.dest_end]
        swaps.extend(find_swaps(tuple(old), tuple(new), lexicon))
    return WordAlignment(
        contained=_lcs_share(a.lowered, b.lowered),
        contained_normal=_lcs_share(a.flat_content(), b.flat_content()),
        swaps=swaps,
        runs=runs,
        verbatim=_gram_containment(a.lowered, b.lowered, VERBATIM_RUN),
        identical=_lcs_share(a.lowered, b.lowered, over="longer"),
    )


def _run_evidence(
    a: Features, b: Features, runs: list[tuple[int, int, int, int]]
) -> list[Evidence]:
    wa, wb = a.flat_words(), b.flat_words()
    return [
        Evidence("passage", wa[i1].start, wa[i2 - 1].end, wb[j1].start, wb[j2 - 1].end, 1.0)
        for i1, i2, j1, j2 in runs
    ]


#: Words a copy's own opening may run before the text it copies, and still be the same
#: beginning (a dateline, a "JAKARTA -").
CUT_LEAD = 4
#: Share of the longer text after the shorter's last shared word for a cut.
CUT_TAIL = 0.1


def _cut_vote(a: Features, b: Features, words: WordAlignment) -> int:
    """1 when b is a copy of a cut down (a truncated copy), -1 when a is one of b: the
    shorter text is nearly all in the longer, as one stretch. A stretch from the longer's
    beginning is a cut (copies drop the tail, not the lede); one after an opening of the
    longer's own (an editorial lead-in, an aggregator's "Posted on ... Related Post") makes
    the longer the copy with additions, and the shorter the original."""
    la, lb = len(a.lowered), len(b.lowered)
    if words.contained < 0.95 or not la or not lb or la == lb:
        return 0
    longer, shorter, sign = (a, b, 1) if la > lb else (b, a, -1)
    equal = [op for op in Indel.opcodes(longer.lowered, shorter.lowered) if op.tag == "equal"]
    if not equal:
        return 0
    start, end = equal[0].src_start, equal[-1].src_end
    if end - start > len(shorter.lowered) / 0.9:
        return 0  # scattered through the longer: an edit, not a cut
    if start > CUT_LEAD:
        return -sign
    # A cut leaves the longer's tail out: a tenth or less of the longer after the
    # shorter's last shared word is a lost (or added) closing line. Measured on the tail,
    # not on the two lengths: an opening of up to ``CUT_LEAD`` words and words inserted
    # inside make the longer longer without a cut (the dev copy 600-141 holds 600-101
    # whole after "Jakarta -", with words added inside and none after, and was read as
    # 600-101's original; 600-295 has 4% after 600-286's end).
    tail = len(longer.lowered) - end
    return sign if tail >= CUT_TAIL * len(longer.lowered) else 0


def same_language(
    a: Features, b: Features, lexicon: DerivationLexicon, th: Thresholds
) -> Verdict | None:
    one_outlet = same_outlet(a.item.article.outlet, b.item.article.outlet)
    if a.plain == b.plain:
        evidence = (
            Evidence("sentence", 0, len(a.item.article.text), 0, len(b.item.article.text), 1.0),
        )
        return Verdict("duplicate" if one_outlet else "copy", 1.0, evidence)
    pairs = align_sentences(a, b, th.align)
    cover = max(coverage(a, {p.i for p in pairs}), coverage(b, {p.j for p in pairs}))
    raw = _weighted(pairs, a, "raw")
    words = word_alignment(a, b, lexicon)
    sentences = _sentence_evidence(a, b, pairs, "sentence") or _run_evidence(a, b, words.runs)
    cut = _cut_vote(a, b, words)
    # Spins first: a copy with a tenth of its words swapped for synonyms still reads as
    # nearly the same text.
    spun = max(cover, words.contained_normal)
    synonyms = [s for s in words.swaps if s.synonym]
    shorter = min(len(a.flat_content()), len(b.flat_content())) or 1
    if (
        spun >= th.spin_cover
        and len(synonyms) >= th.spin_swaps
        and len(synonyms) / shorter >= th.spin_rate
        and (raw >= th.spin_raw or len(synonyms) >= th.spin_swap_share * len(words.swaps))
    ):
        spin_evidence = tuple(sentences) + tuple(_swap_evidence(synonyms))
        return Verdict("spin", round(spun, 3), spin_evidence, cut, rarer_side(synonyms, lexicon))
    if one_outlet and words.identical >= th.duplicate_identical:
        return Verdict("duplicate", round(words.identical, 3), tuple(sentences))
    if words.verbatim >= th.copy_verbatim or (
        pairs and cover >= th.copy_cover and raw >= th.copy_raw
    ):
        score = max(words.verbatim, cover * raw)
        return Verdict("copy", round(score, 3), tuple(sentences), cut)
    reproduced = reproduced_runs(a, b, pairs, th)
    told = [p for p in pairs if not (a.quoted[p.i] or b.quoted[p.j]) and p not in reproduced]
    told_covers = (coverage(a, {p.i for p in told}), coverage(b, {p.j for p in told}))
    told_cover = max(told_covers)
    retold = (
        len(told) >= least_retold(a, b, th)
        and told_cover >= th.rewrite_cover
        and kept_order(told, th)
    )
    if (
        kept_wording(a, b, reproduced, words.verbatim) >= th.rewrite_verbatim
        and (
            retold
            or copied_passage(
                narrative(a, b, unmarked_statement(a, b, pairs, told)), th.passage_raw
            )
            >= th.passage_sentences
        )
    ) or paraphrased(a, b, told, min(told_covers), th):
        score = told_cover * _weighted(told, a, "score")
        return Verdict(
            "rewrite", round(score, 3), tuple(_sentence_evidence(a, b, told, "sentence")), cut
        )
    if (
        len(told) < len(pairs)
        and cover >= th.rewrite_cover
        and words.verbatim >= th.rewrite_verbatim
        and narrative_verbatim(a, b, reproduced) >= th.rewrite_narrative
    ):
        score = cover * _weighted(pairs, a, "score")
        return Verdict(
            "rewrite", round(score, 3), tuple(_sentence_evidence(a, b, pairs, "sentence")), cut
        )
    quotes = shared_quotes(a.quotes, b.quotes, th) + _quoted_evidence(a, b, pairs, reproduced)
    if quotes:
        return Verdict("shares-quote", max(e.score for e in quotes), tuple(quotes))
    return None


def kept_order(told: list[Aligned], th: Thresholds) -> bool:
    """Whether the aligned sentences keep their order as a rewrite does: ``in_blocks`` at
    ``Thresholds.rewrite_order``, or one moved block (a single break) among more than
    ``Thresholds.rewrite_sentences`` pairs. The share alone asks more of a short alignment
    than of a long one: one sentence moved among four reads 0.75, among five 0.8. A summary
    that opens with the claim before the framing its source opened with, or a rewrite
    that moves its source's closing quote up, breaks order once however short it is. The
    allowance acts only at exactly four pairs (with five or more, one break already reads
    0.8), where 12 of the 24 orders have at most one break: such pairs rest on
    ``rewrite_cover`` and ``rewrite_verbatim`` rather than on order, and two separate
    reports of one short hearing in stock phrasing can pass. Fresh dev pairs (round 6
    of bench/link_labels, 2026-11-25): the three labelled rewrites read as no link all had
    four aligned narrative sentences with one break (600-001/600-039, 600-008/600-039,
    600-281/600-284); all three are found. On the rounds 1-5 dev labels it finds one more
    labelled rewrite (600-236/600-242) and links one pair labelled independent (600-037/
    600-039: fakta.news's six-sentence summary against another site's retelling of the same
    detik story, kept wording 0.22): rewrite precision/recall 0.851/0.870 -> 0.837/0.891.
    ECB+ and Pratiwi dev briefs, the synthetic set and the example corpus are unchanged."""
    if in_blocks(told) >= th.rewrite_order:
        return True
    return order_breaks(told) <= 1 and len(told) > th.rewrite_sentences


def paraphrased(
    a: Features, b: Features, told: list[Aligned], cover: float, th: Thresholds
) -> bool:
    """Whether one article retells the other sentence by sentence in other words: at least
    ``Thresholds.paraphrase_sentences`` narrative sentences aligned, in order, covering
    ``Thresholds.paraphrase_cover`` of each (``cover``, the smaller of the two shares), that
    still align (``Thresholds.align``) with their names and numbers left out: any report of
    the happening shares its facts, a retelling keeps what is said of them."""
    if (
        len(told) < th.paraphrase_sentences
        or cover < th.paraphrase_cover
        or in_blocks(told) < th.rewrite_order
    ):
        return False
    worded = [
        p for p in told if fuzz.ratio(_unanchored(a, p.i), _unanchored(b, p.j)) >= th.align * 100
    ]
    return len(worded) >= th.paraphrase_sentences


def _unanchored(f: Features, sentence: int) -> str:
    """A sentence's normalised content words without its names and numbers."""
    anchors = {w for anchor in f.anchors[sentence] for w in anchor.split()}
    return " ".join(w for w in f.content[sentence] if w not in anchors)


def least_retold(a: Features, b: Features, th: Thresholds) -> int:
    """Aligned narrative sentences a rewrite needs: fewer where one article is a short
    version of the other (``Thresholds.short_sentences``) that keeps its quotes as
    written (``Thresholds.quote_kept``)."""
    short, other = (a, b) if len(a.sentences) <= len(b.sentences) else (b, a)
    if len(short.sentences) <= th.short_sentences and quotes_kept(short, other, th.quote_kept):
        return min(th.rewrite_sentences, th.short_rewrite_sentences)
    return th.rewrite_sentences


def quotes_kept(short: Features, other: Features, least: float) -> bool:
    """Whether each quote of ``short`` has at least ``least`` of its own words, in order, in
    common with one quote of ``other``: quoted as sent (or cut down), not heard and
    transcribed anew."""
    return all(
        # Over the short article's own quote: one that adds words to the wire's (a longer
        # transcription containing them) was heard anew, not kept as sent.
        any(_lcs_share(words, kept, over="left") >= least for _, kept in other.quotes)
        for _, words in short.quotes
    )


def copied_passage(told: Sequence[Aligned], least_raw: float) -> int:
    """The most sentences in a row, on both sides, of ``told`` aligned at raw similarity
    ``least_raw`` or more: a passage one article carries of the other as written."""
    kept = sorted((p.i, p.j) for p in told if p.raw >= least_raw)
    longest = run = 0
    for index, (i, j) in enumerate(kept):
        follows = index > 0 and kept[index - 1] == (i - 1, j - 1)
        run = run + 1 if follows else 1
        longest = max(longest, run)
    return longest


def narrative(a: Features, b: Features, told: Sequence[Aligned]) -> list[Aligned]:
    """``told`` less the sentences either article gives as speech reported without quote
    marks ("In a statement, the ministry said ..."): two newsrooms print one statement so,
    each from the statement itself, and a passage of it is no sign that one took the other's
    text."""
    return [p for p in told if not (a.reported[p.i] or b.reported[p.j])]


def unmarked_statement(
    a: Features, b: Features, pairs: Sequence[Aligned], told: Sequence[Aligned]
) -> list[Aligned]:
    """``told`` less the sentences that go on, in a row on both sides, from a sentence one
    article quotes and the other prints unmarked: the other prints the statement as
    received (a release, a circulated message), and what follows it in step is the
    statement continued, not the first article's narrative (Pratiwi dev 600-156/600-196:
    the consulate's release, its first sentence in quotes with 'tulis KJRI Davao' in one,
    unmarked in the other, then four more sentences of it unmarked in both)."""
    aligned = {(p.i, p.j) for p in pairs}
    continued: set[tuple[int, int]] = set()
    for p in pairs:
        if a.quoted[p.i] == b.quoted[p.j]:
            continue
        i, j = p.i + 1, p.j + 1
        while (i, j) in aligned:
            continued.add((i, j))
            i, j = i + 1, j + 1
    return [p for p in told if (p.i, p.j) not in continued]


#: Narrative 5-grams each article must have for ``narrative_verbatim`` to be read.
NARRATIVE_GRAMS = 20


def kept_wording(a: Features, b: Features, reproduced: set[Aligned], verbatim: float) -> float:
    """The source's wording a rewrite keeps: ``verbatim`` (all words), and no more than
    ``narrative_verbatim`` where both articles have enough narrative to read it. Words
    shared only inside quotes, or in a text both reproduce, are no sign of rewriting: two
    reports of one statement share its words without either taking the other's text
    (shares-quote). ECB+ dev 27_4/27_7 (two reports of Microsoft's patch, each quoting
    Microsoft's and Trend Micro's people at length) share 0.20 of their 5-grams, nearly all
    inside the quotes, and 0.06 of their narrative; the gold keeps them apart. No dev
    rewrite that the gold or the Pratiwi labels keep in one origin is lost: the one
    in-story rewrite link below 0.18 (ECB+ 35_10/35_11, 0.09) leaves a group joined by
    other links, and bench/link_eval.py --split dev is unchanged."""
    share = _narrative_share(a, b, reproduced)
    return verbatim if share is None else min(verbatim, share)


def narrative_verbatim(a: Features, b: Features, reproduced: set[Aligned]) -> float:
    """``_narrative_share``, 0 where it cannot be read."""
    return _narrative_share(a, b, reproduced) or 0.0


def _narrative_share(a: Features, b: Features, reproduced: set[Aligned]) -> float | None:
    """Share of one article's narrative word ``VERBATIM_RUN``-grams (words outside its
    quotes and the text it reproduces: what the outlet wrote itself) that the other article
    has anywhere, for the side with fewer such grams; None when either has fewer than
    ``NARRATIVE_GRAMS`` (a share of a handful is chance). A rewrite of a story told mostly
    in quotes keeps its source's wording between the quotes; two reports of one statement
    share the statement and word the rest their own way."""
    told_a = _narrative_grams(a, {p.i for p in reproduced})
    told_b = _narrative_grams(b, {p.j for p in reproduced})
    if min(len(told_a), len(told_b)) < NARRATIVE_GRAMS:
        return None
    fewer, other = (told_a, b) if len(told_a) <= len(told_b) else (told_b, a)
    grams = _grams(other.lowered, VERBATIM_RUN)
    return len(fewer & grams) / len(fewer)


def _narrative_grams(f: Features, reproduced: set[int]) -> set[tuple[str, ...]]:
    """Word ``VERBATIM_RUN``-grams of runs of words outside quotes and outside the
    sentences in ``reproduced`` (a quoted sentence's attribution counts)."""
    spans = [span for span, _ in f.quotes]
    grams: set[tuple[str, ...]] = set()
    run: list[str] = []
    flat = 0
    for index, sentence in enumerate(f.words):
        skip = index in reproduced
        for word in sentence:
            lowered = f.lowered[flat]
            flat += 1
            if skip or any(s.start <= word.start < s.end for s in spans):
                run = []
                continue
            run.append(lowered)
            if len(run) >= VERBATIM_RUN:
                grams.add(tuple(run[-VERBATIM_RUN:]))
    return grams


def reproduced_runs(a: Features, b: Features, pairs: list[Aligned], th: Thresholds) -> set[Aligned]:
    """The aligned pairs in runs that one of the articles introduces as a text it reproduces
    (``Thresholds.reproduced_lead``), or closes as one (``_closed``): its framing is its
    own, the text is a third party's."""
    found: set[Aligned] = set()
    for run in forward_runs(pairs, th.reproduced_gap):
        first_a, first_b = min(p.i for p in run), min(p.j for p in run)
        last_a, last_b = max(p.i for p in run), max(p.j for p in run)
        if (
            _after_cue(a.cues, first_a, th)
            or _after_cue(b.cues, first_b, th)
            or _closed(a.closings, last_a)
            or _closed(b.closings, last_b)
        ):
            found.update(run)
    return found


#: How many sentences after a reproduced text's last one its closing formula may stand: the
#: next ("... bulu babi. Begitu bunyi penggalan pesan itu."), or the same one.
CLOSING_LAG = 1


def _closed(closings: tuple[int, ...], last: int) -> bool:
    """Whether a closing formula ("Begitu bunyi penggalan pesan yang kembali tersebar")
    follows the sentence ``last`` at once. A report may print a circulated message unmarked
    and only then name it as the message, while a blog prints the message as its text:
    without the formula the message reads as the report's own narrative, and the two as a
    rewrite rather than sharers of one message."""
    return any(0 <= closing - last <= CLOSING_LAG for closing in closings)


def _after_cue(cues: tuple[int, ...], sentence: int, th: Thresholds) -> bool:
    return any(0 <= sentence - cue <= th.reproduced_lead for cue in cues)


def _quoted_evidence(
    a: Features, b: Features, pairs: list[Aligned], reproduced: set[Aligned]
) -> list[Evidence]:
    """Aligned sentences that are mostly quote on both sides, or in a text one article
    reproduces: one statement reported twice."""
    both = [p for p in pairs if (a.quoted[p.i] and b.quoted[p.j]) or p in reproduced]
    return _sentence_evidence(a, b, both, "quote")


def across_languages(a: Features, b: Features, th: Thresholds) -> Verdict | None:
    pairs = align_anchors(a, b, th.anchor_align)
    sequence = Indel.normalized_similarity(a.flat_anchors(), b.flat_anchors())
    cover = min(anchor_coverage(a, {p.i for p in pairs}), anchor_coverage(b, {p.j for p in pairs}))
    if (
        sequence >= th.translation_sequence
        and cover >= th.translation_cover
        and in_blocks(pairs) >= th.translation_order
    ):
        evidence = tuple(_sentence_evidence(a, b, pairs, "name-number"))
        return Verdict("translation", round(sequence * cover, 3), evidence)
    quotes = shared_quotes_across(a, b)
    if quotes:
        return Verdict("shares-quote", 0.5, tuple(quotes))
    return None
