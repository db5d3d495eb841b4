"""Candidate search: which pairs of articles are worth aligning, found by LSH over three
MinHash signatures of each article.

- text: shingles of normalised content words (synonyms and stems folded), for copies,
  rewrites and spins;
- anchors: shingles of the ordered names and numbers, for translations (kept only for pairs
  in different languages: within one language the text signature does better);
- quotes: the normalised words of each quote on its own, for shared quotes (one signature
  per article would dilute a shared statement among the other quotes: two reports of one
  statement that each carry three more quotes rarely met in a band); two quotes that meet
  make a pair only when they share words that are not very common in the corpus, and
  most of the shorter one's words;
- sentences: the normalised words of each sentence on its own (quotes left out), for a
  rewrite that keeps a few sentences of its source and little else, or a short text copied
  into a long one: a pair is a candidate when two sentences of each meet.

``SignatureBank`` signs articles chunk by chunk, so that find_links holds the signatures of
a large corpus but only a chunk's features at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from silang.link.features import Features
from silang.link.lsh import (
    U64,
    Banding,
    Oversized,
    Pairs,
    band_keys,
    candidate_pairs,
    keyed_pairs,
)
from silang.link.minhash import (
    EMPTY,
    U32,
    HashFn,
    documents_shingle_hashes,
    documents_word_hashes,
    signatures,
    word_hashes,
)


@dataclass(frozen=True)
class Channel:
    """One signature: how many words a shingle has and how the signature is banded."""

    shingle: int
    banding: Banding


@dataclass(frozen=True)
class SentenceChannel:
    """The sentence signature: a sentence's single words (a rewrite reorders them), and
    what makes two articles a candidate pair."""

    banding: Banding
    #: Sentences with fewer content words take no part: short ones ("Polisi masih
    #: menyelidiki kasus itu") meet in unrelated articles.
    min_words: int = 5
    #: Distinct sentences of each article that must meet in a band.
    shared: int = 2
    #: …or one, where one of the two articles signs at most this many sentences: a short
    #: version of a wire story (its headline and a few paragraphs, each reworded or cut)
    #: rarely keeps two sentences close enough to meet, yet it is a rewrite that
    #: ``classify.least_retold`` can verify. Only the short article's pairs grow, by the
    #: articles one of its few sentences meets. ECB+ dev (bench/brief_eval.py ecbplus
    #: --split dev, 2026-11-24): candidate pairs 193 -> 220; the short versions it
    #: proposes that the gold keeps with their wire report: AFP's 30_5 with 30_1, the AP's
    #: 31_10 with 31_9 (neither met two sentences). Pratiwi dev: three more links found
    #: (600-215's two paragraphs kept word for word in 600-214, 600-217, 600-235; two spins
    #: of the short hoax message 600-268) and one that the rules already made on any pair
    #: proposed (600-185/600-152, two reports of one consulate release). bench/link.py's
    #: articles have 12 sentences each: its figures do not move.
    short: int = 5
    #: A band value held by more sentences than this is dropped: a sentence in that many
    #: articles is boilerplate (an outlet's footer, "Baca juga ..."), and pairing them all
    #: would grow with the square of how often it is used; dropped, each sentence makes at
    #: most bands x (most - 1) sentence pairs, so the pairs grow with the corpus. Set above
    #: a whole topic of the labelled data (Pratiwi: 50 articles a topic): on the dev
    #: articles (6,044 sentences signed) the largest band value is held by 16 sentences of
    #: 10 articles, one sentence copied across a topic.
    most: int = 64


@dataclass(frozen=True)
class SearchSettings:
    """Candidate-search parameters (bench/link_eval.py has the data they were chosen on)."""

    num_perm: int = 128
    #: Word pairs; bands of 3 → a pair at Jaccard 0.2 is found with p = 0.29, at 0.3 with
    #: p = 0.68, at 0.4 with p = 0.93 (bands=42).
    text: Channel = field(default_factory=lambda: Channel(2, Banding(42, 3)))
    #: Single anchors: a translation reorders and inserts words ("Kabupaten Lembah Sari"),
    #: which breaks anchor pairs (Jaccard of anchor pairs 0.25-0.40 on the example corpus's
    #: two translations, of single anchors 0.49-0.64; same-story independent articles
    #: 0.19-0.24).
    anchors: Channel = field(default_factory=lambda: Channel(1, Banding(42, 3)))
    #: Single words of one quote: a statement reported twice is often reworded in order
    #: (the example corpus's two reports of the regent's statement: word-set Jaccard 0.79,
    #: 3-word shingles 0.2). Bands of 4: found with p = 0.87 at Jaccard 0.5, 0.23 at 0.3.
    quotes: Channel = field(default_factory=lambda: Channel(1, Banding(32, 4)))
    #: A pair met in a text band stays a candidate only when its two text signatures agree
    #: on at least this many of their ``num_perm`` values (an estimated word-pair Jaccard of
    #: 8/128 = 0.0625). Unrelated articles meet in a band by chance, on three minima that are
    #: common word pairs ("dolar as", "jakarta #d1"), and there are ever more such pairs the
    #: larger the corpus (with its square); the rest of their signatures hardly agree, while
    #: those of related articles go on agreeing. bench/link.py's stories corpus, text-band
    #: pairs (values agreeing: 10th / 50th / 90th / 99th percentile, of 126 banded): at 30k
    #: articles, 1,124 unrelated (3 / 4 / 6 / 10), 49 of them at 8 or more; 1,607 in copy
    #: families (97 / 108 / 116 / 121, the least 43). At 100k: 10,918 unrelated
    #: (3 / 4 / 6 / 9), 319 at 8 or more; 5,348 in copy families (the least 25). Dev
    #: (bench/link_eval.py --split dev): labelled derivations the text bands meet agree on
    #: 22 or more (Pratiwi), 32 or more (synthetic). A pair met at Jaccard 0.1 agrees on
    #: fewer than 8 with p = 0.004; below 0.1 the bands meet few pairs anyway (p = 0.04).
    #: A pair dropped here is still proposed by the quote or sentence channel when it shares
    #: a quote or two close sentences.
    text_agree: int = 8
    #: Quotes sharing a band value beyond this many are chained (each with the next) rather
    #: than all paired: a statement quoted by 5,000 articles would otherwise make 12.5
    #: million candidates. Set well above a whole topic of the labelled data (Pratiwi: 50
    #: articles a topic), so that no story's reports are chained: a chain does not link
    #: every two reports of a statement, and chained at 8 the link gate's shares-quote
    #: recall floor failed (dev figures did not move).
    quote_group: int = 256
    #: Quotes of more content words than this do not sign. Most are no quote at all: an
    #: unmatched quote mark pairs with the next one, and the "quote" between them is the
    #: text in between (bench/link.py's stories corpus: 16% of its 62,573 quotes at 100k
    #: articles are over 40 words, against 3% of the dev articles' annotated quotes, whose
    #: shares-quote evidence is at most 65 words long, 41 at the 90th percentile). Long
    #: ones meet other long ones by their common words: at 100k stories, without this cap
    #: the quote channel made 168,315 pairs, with it 104,683. Of the pairs whose quotes
    #: pass the shares-quote test, those lost (938 of 10,859) nearly all matched a long
    #: "quote" with another long one (483) or with a short one whose few words it holds
    #: (503); 5 matched two quotes of at most 40 words.
    quote_longest: int = 40
    #: Quotes with fewer distinct words than ``quote_distinct`` that are not very common do
    #: not sign: a word is very common in more than ``quote_common_share`` of the corpus's
    #: articles (and more than ``quote_common_least``). Such quotes ("banyak mereka satu
    #: tahun") meet each other by chance, and their pairs grow with the square of the
    #: corpus. The floor keeps a small corpus's story words (a whole topic of the labelled
    #: data: 50 articles) from being counted common, which would leave its statements
    #: unsigned. Chosen on bench/link.py's stories corpus at 30k articles (pairs found only
    #: by a quote, shares-quote precision and recall): every quote signing 18,527 / 0.955 /
    #: 0.331 at 2 words under 10%; 6,841 / 0.963 / 0.219 at 3 under 5%; at 10k articles,
    #: 3,858 / 0.884 / 0.374 with every quote signing, 991 / 0.956 / 0.214 at 3 under 5%
    #: (before unclosed quotes were cut at their sentence end: 1,258 / 0.913 / 0.128).
    quote_distinct: int = 3
    quote_common_share: float = 0.05
    quote_common_least: int = 256
    #: Two quotes that meet in a band propose their articles only when they have this many
    #: words in common that are not very common (as for ``quote_distinct``). Quotes that
    #: share one or two everyday words ("lebih banyak", "mereka aksi") still meet now and
    #: then in a band, and there are ever more such quote pairs the larger the corpus (with
    #: the square of its size); two reports of one statement share most of its words.
    #: bench/link.py's stories corpus at 30k articles, quote pairs met in a band (of them
    #: between articles that carry one quoted sentence / whose quotes then pass the
    #: shares-quote test): all 8,634 (2,721 / 2,657); at least 1 such word in common 3,874
    #: (2,718 / 2,657); 2: 3,199 (2,699 / 2,642); 3: 2,758 (2,462 / 2,433). At 100k: all
    #: 71,189 (9,351 / 9,138); 2 words 14,089 (9,267 / 9,076). In find_links at 100k, pairs
    #: found only by a quote 64,324 -> 7,660, shares-quote precision / recall 0.880 / 0.222
    #: -> 0.882 / 0.220. A small corpus (the labelled data) has no very common word, and
    #: two quotes that meet in a band there share more than two words.
    quote_shared: int = 2
    #: …and when the words they have in common (any, common ones too) are at least this
    #: share of the distinct words of the shorter of the two. Two reports of one statement
    #: keep most of its words; two unrelated quotes that meet in a band share a few, and
    #: the larger the corpus the more words count as not very common (``quote_common_share``
    #: is a share of it), so that the pairs passing ``quote_shared`` alone grew faster than
    #: the corpus. bench/link.py's stories corpus, quote pairs met in a band between two
    #: copy families, as article pairs (all / sharing a quoted sentence / sharing none /
    #: shares-quote recall of those whose quotes pass the shares-quote test): with
    #: ``quote_shared`` alone, 30k articles 2,545 / 2,177 / 368 / 0.216, 100k 11,815 /
    #: 7,412 / 4,403 / 0.220; with 0.6 of the shorter quote's words 2,278 / 2,147 / 131 /
    #: 0.215 and 8,798 / 7,306 / 1,492 / 0.219 (at 0.5: 100k 9,729 pairs, 0.220; at 0.7
    #: recall 0.202 and 0.205). In find_links (pairs found only by a quote, shares-quote
    #: precision / recall): 30k 1,458 -> 1,211, 0.9669 / 0.2172 -> 0.9698 / 0.2161; 100k
    #: 7,660 -> 4,845, 0.8825 / 0.2203 -> 0.8883 / 0.2192; 300k 43,628 -> 21,582, 0.7144 /
    #: 0.2209 -> 0.7258 / 0.2199 (x4.0 and x4.5 for x3.3 and x3 articles, against x5.3 and
    #: x5.7); copy recall 1.0 throughout. Dev (bench/link_eval.py --split dev) the same to
    #: the last figure. Most pairs sharing no quoted sentence left (of those whose quotes
    #: pass the shares-quote test, 765 of 900 at 100k, 7,120 of 8,151 at 300k; of all
    #: met, 1,141 of 1,492 and 11,429 of 13,711) share a whole phrase that the corpus's
    #: sentence maker repeats in many articles (a stretch of a pool sentence it walks word
    #: by word, such as a link's address): the same quoted words in unrelated articles,
    #: which no gate on words can tell from a statement reported many times, and whose
    #: pairs grow with the square of the corpus. Gates on the rarity of
    #: the shared words did less for the same recall or cost recall: a sum of their idf of
    #: 12 or more, 100k 9,320 pairs, 0.219; two words in at most 1,000 articles (a count,
    #: not a share), 30k 0.207, 100k 0.144; on top of this gate, an idf sum rising with the
    #: corpus (8 + 2 ln(N / 30k)), 300k 31,651 pairs against 35,727, recall 0.217 against
    #: 0.219, the pairs sharing no quoted sentence still x7.5 from 100k (x9.2 without it).
    quote_overlap: float = 0.6
    #: …and two quotes with fewer than ``quote_few`` words in common need
    #: ``quote_few_overlap`` of the shorter one's words: a name of two to four words (a
    #: person, "konsulat jenderal bangsa") and little else in common is no shared
    #: statement, however short the quotes (two short quotes naming the same consulate are
    #: two statements), and more unrelated quotes name the same person the larger the
    #: corpus. A short statement reported twice keeps all its words but one or so.
    #: bench/link.py's stories corpus at 30k articles, pairs found only by a quote
    #: (sharing a quoted sentence / of unrelated articles), with ``quote_overlap`` alone
    #: 2,180 / 23; with 0.8 under 5 words in common 2,158 / 4 (the same with 0.8 for
    #: shorter quotes of under 7 words; with all of them 2,073 / 3; with 4 words in
    #: common or more 2,172 / 8). Unrelated quote pairs left by ``quote_overlap`` alone,
    #: (shorter quote's words, in common): (4, 3) 7, (5, 3) 8, (5, 4) 1, (6, 4) 4,
    #: (7, 5) 1, (8, 5) 1; those of articles sharing a quoted sentence, (4, 3) 6, (5, 3) 2,
    #: (6, 4) 14, against (4, 4) 15, (5, 4) 33, (5, 5) 48, (6, 5) 56, (6, 6) 48. In
    #: find_links (quote-only pairs, shares-quote precision / recall): 10k 419 -> 407,
    #: 0.999 / 0.227 -> 1.000 / 0.226; 100k 4,183 -> 3,857, 0.983 / 0.220 -> 0.991 /
    #: 0.219; 300k 14,320 -> 11,889, 0.960 / 0.218 -> 0.979 / 0.216. Dev
    #: (bench/link_eval.py --split dev) the same to the last figure.
    quote_few: int = 5
    quote_few_overlap: float = 0.8
    #: Single words of each sentence; bands of 5: a sentence pair at word-set Jaccard 0.8 is
    #: found with p = 0.98, at 0.7 with p = 0.89, at 0.5 with p = 0.32, at 0.3 with p = 0.03
    #: (bands=12). On the dev labels 16 bands of 4 (p = 0.64 at 0.5) proposed twice the
    #: pairs (2,137 against 1,056 aligned) for the same labelled links. None turns the
    #: channel off.
    sentences: SentenceChannel | None = field(
        default_factory=lambda: SentenceChannel(Banding(12, 5))
    )


def channel_signatures(
    documents: Sequence[Sequence[str]],
    channel: Channel,
    num_perm: int,
    seed: int,
    hash_fn: HashFn,
    memo: dict[str, int],
) -> U32:
    hashed = documents_word_hashes(documents, memo, hash_fn)
    return signatures(documents_shingle_hashes(hashed, channel.shingle), num_perm, seed)


def _rare_anchors(f: Features) -> list[str]:
    # Weekdays, months and vague amounts ("#d3", "#m3") are in every other article.
    return [a for a in f.flat_anchors() if not a.startswith("#")]


def _quotes_to_sign(f: Features, longest: int) -> list[list[str]]:
    return [list(words) for _, words in f.quotes if len(words) <= longest]


@dataclass(frozen=True)
class Signed:
    """A bank's signatures: per channel, its blocks; quote and sentence owners count from its
    first article. Sentences are kept as their band keys, not their signatures."""

    languages: list[str]
    text: list[U32]
    anchors: list[U32]
    quotes: list[U32]
    quote_owner: list[npt.NDArray[np.int64]]
    sentences: list[U64]
    sentence_owner: list[npt.NDArray[np.int64]]
    vocabulary: list[Vocabulary]
    quote_words: list[QuoteWords]


@dataclass(frozen=True)
class Vocabulary:
    """Distinct content words (their hashes, sorted) and in how many articles each is."""

    words: U64
    articles: npt.NDArray[np.int64]

    @staticmethod
    def of(hashed: Sequence[U64]) -> Vocabulary:
        """The vocabulary of articles given as their words' hashes."""
        if not hashed:
            return Vocabulary(np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64))
        words, articles = np.unique(
            np.concatenate([np.unique(h) for h in hashed]), return_counts=True
        )
        return Vocabulary(words, articles.astype(np.int64))

    @staticmethod
    def merged(parts: Sequence[Vocabulary]) -> Vocabulary:
        if not parts:
            return Vocabulary.of(())
        words, where = np.unique(np.concatenate([p.words for p in parts]), return_inverse=True)
        counts = np.bincount(where, weights=np.concatenate([p.articles for p in parts]))
        return Vocabulary(words, counts.astype(np.int64))


@dataclass(frozen=True)
class QuoteWords:
    """The distinct words (hashes) of signed quotes, one after another, and how many each
    quote has."""

    words: U64
    sizes: npt.NDArray[np.int64]

    @staticmethod
    def joined(parts: Sequence[QuoteWords]) -> QuoteWords:
        """The quotes of ``parts``, one after another."""
        return QuoteWords(
            np.concatenate([q.words for q in parts]), np.concatenate([q.sizes for q in parts])
        )

    def _quote_of_word(self) -> npt.NDArray[np.int64]:
        return np.repeat(np.arange(self.sizes.size), self.sizes)

    def keep(self, words: npt.NDArray[np.bool_]) -> QuoteWords:
        """The same quotes with only the words marked (one mark per word)."""
        sizes = np.bincount(self._quote_of_word()[words], minlength=self.sizes.size)
        return QuoteWords(self.words[words], sizes.astype(np.int64))

    def only(self, quotes: npt.NDArray[np.bool_]) -> QuoteWords:
        """The quotes marked (one mark per quote), numbered anew in order."""
        return QuoteWords(self.words[quotes[self._quote_of_word()]], self.sizes[quotes])

    def shared(self, pairs: Pairs) -> npt.NDArray[np.int64]:
        """How many words each pair of quotes (rows of indices) has in common."""
        out = np.zeros(len(pairs), dtype=np.int64)
        if not self.words.size:
            return out
        _, word = np.unique(self.words, return_inverse=True)
        width = np.int64(word.max() + 1)
        # Each (quote, word) as one code: a quote's words are distinct, so codes are too.
        codes = np.sort(self._quote_of_word() * width + word)
        starts = np.cumsum(self.sizes) - self.sizes
        # In slices, so that the words looked up stay few however many pairs met.
        for first in range(0, len(pairs), 65_536):
            part = pairs[first : first + 65_536]
            count = self.sizes[part[:, 0]]
            row = np.repeat(np.arange(len(part)), count)
            within = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
            wanted = part[row, 1] * width + word[np.repeat(starts[part[:, 0]], count) + within]
            at = np.minimum(np.searchsorted(codes, wanted), codes.size - 1)
            out[first : first + len(part)] = np.bincount(
                row, weights=codes[at] == wanted, minlength=len(part)
            ).astype(np.int64)
        return out

    def overlapping(
        self, pairs: Pairs, least: float, few: int = 0, least_if_few: float = 1.0
    ) -> npt.NDArray[np.bool_]:
        """Whether each pair of quotes has at least ``least`` of the shorter one's words in
        common, or ``least_if_few`` of them where fewer than ``few`` words are in common."""
        shared = self.shared(pairs)
        shorter = np.minimum(self.sizes[pairs[:, 0]], self.sizes[pairs[:, 1]])
        share = np.where(shared < few, least_if_few, least)
        return np.asarray(shared >= share * shorter)


@dataclass
class SignatureBank:
    """Signatures of articles added chunk by chunk, so that a large corpus's features need
    not all be held at once: only the signatures (num_perm x 4 bytes per article and
    channel, and per quote; bands x 8 bytes per sentence) stay until the candidates are
    banded out of them.

    Documents are signed one by one with fixed permutations, so the candidates do not
    depend on how the articles were cut into chunks.
    """

    settings: SearchSettings
    seed: int
    hash_fn: HashFn
    #: Whether any pair of articles is in two languages (else the anchor channel is skipped).
    multilingual: bool = True
    _memo: dict[str, int] = field(default_factory=dict)
    _text: list[U32] = field(default_factory=list)
    _anchors: list[U32] = field(default_factory=list)
    _quotes: list[U32] = field(default_factory=list)
    _quote_owner: list[npt.NDArray[np.int64]] = field(default_factory=list)
    _sentences: list[U64] = field(default_factory=list)
    _sentence_owner: list[npt.NDArray[np.int64]] = field(default_factory=list)
    _languages: list[str] = field(default_factory=list)
    _vocabulary: list[Vocabulary] = field(default_factory=list)
    _quote_words: list[QuoteWords] = field(default_factory=list)

    def add(self, features: Sequence[Features]) -> None:
        """Sign the next articles; their indices continue those already added."""
        first = len(self._languages)
        self._languages.extend(f.language for f in features)
        # The text and sentence channels read the same words: each article's are hashed once.
        hashed = documents_word_hashes(
            [f.flat_content() for f in features], self._memo, self.hash_fn
        )
        self._vocabulary.append(Vocabulary.of(hashed))
        shingles = documents_shingle_hashes(hashed, self.settings.text.shingle)
        self._text.append(signatures(shingles, self.settings.num_perm, self.seed))
        if self.multilingual:
            anchors = [_rare_anchors(f) for f in features]
            self._anchors.append(self._sign(anchors, self.settings.anchors, 1))
        signing = [_quotes_to_sign(f, self.settings.quote_longest) for f in features]
        quotes = [q for each in signing for q in each]
        if quotes:
            counts = [len(each) for each in signing]
            self._quote_owner.append(first + np.repeat(np.arange(len(features)), counts))
            self._quotes.append(self._sign(quotes, self.settings.quotes, 2))
            distinct = [np.unique(word_hashes(q, self._memo, self.hash_fn)) for q in quotes]
            sizes = np.fromiter((d.size for d in distinct), dtype=np.int64, count=len(distinct))
            self._quote_words.append(QuoteWords(np.concatenate(distinct), sizes))
        if self.settings.sentences is not None:
            self._add_sentences(features, hashed, first, self.settings.sentences)

    def _add_sentences(
        self, features: Sequence[Features], hashed: list[U64], first: int, channel: SentenceChannel
    ) -> None:
        shingles: list[U32] = []
        owner: list[int] = []
        # Single words: the articles' are hashed at once and cut into their sentences.
        singles = documents_shingle_hashes(hashed, 1)
        for index, (f, single) in enumerate(zip(features, singles, strict=True)):
            at = 0
            for content, quoted in zip(f.content, f.quoted, strict=True):
                # A sentence that is mostly quote is a shared statement, not copying: the
                # quote channel has it.
                if len(content) >= channel.min_words and not quoted:
                    shingles.append(single[at : at + len(content)])
                    owner.append(first + index)
                at += len(content)
        if shingles:
            banding = channel.banding
            signed = signatures(shingles, banding.width, self.seed + 3)
            self._sentences.append(band_keys(signed, banding))
            self._sentence_owner.append(np.array(owner, dtype=np.int64))

    def signed(self) -> Signed:
        """What this bank holds, to be handed to another (across processes: the hash
        function need not pickle)."""
        return Signed(
            self._languages,
            self._text,
            self._anchors,
            self._quotes,
            self._quote_owner,
            self._sentences,
            self._sentence_owner,
            self._vocabulary,
            self._quote_words,
        )

    def extend(self, signed: Signed) -> None:
        """Take another bank's articles after those already added."""
        first = len(self._languages)
        self._languages.extend(signed.languages)
        self._text.extend(signed.text)
        self._anchors.extend(signed.anchors)
        self._quotes.extend(signed.quotes)
        self._quote_owner.extend(first + owner for owner in signed.quote_owner)
        self._sentences.extend(signed.sentences)
        self._sentence_owner.extend(first + owner for owner in signed.sentence_owner)
        self._vocabulary.extend(signed.vocabulary)
        self._quote_words.extend(signed.quote_words)

    def _sign(self, documents: list[list[str]], channel: Channel, offset: int) -> U32:
        return channel_signatures(
            documents,
            channel,
            self.settings.num_perm,
            self.seed + offset,
            self.hash_fn,
            self._memo,
        )

    def pairs(self) -> Pairs:
        """Distinct candidate pairs (i < j) of article indices, in the order added."""
        return self.candidates().all()

    def candidates(self) -> Candidates:
        """The candidate pairs, those found only by a shared quote kept apart."""
        found = [self._text_pairs()]
        if self.multilingual and len(set(self._languages)) > 1:
            languages = np.array(self._languages, dtype=object)
            pairs = candidate_pairs(_stack(self._anchors), self.settings.anchors.banding)
            if pairs.size:
                pairs = pairs[languages[pairs[:, 0]] != languages[pairs[:, 1]]]
            found.append(pairs)
        found.append(self._sentence_pairs())
        aligned = _distinct(np.concatenate(found))
        quoted = np.empty((0, 2), dtype=np.int64)
        if self._quotes:
            # Quotes are signed one by one: one signature per article would dilute a shared
            # statement among the article's other quotes.
            every = QuoteWords.joined(self._quote_words)
            rare = self._rare_quote_words(every)
            distinctive = rare.sizes >= self.settings.quote_distinct
            every, rare = every.only(distinctive), rare.only(distinctive)
            owner = np.concatenate(self._quote_owner)[distinctive]
            banding = self.settings.quotes.banding
            oversized = Oversized(self.settings.quote_group)
            met = candidate_pairs(_stack(self._quotes)[distinctive], banding, oversized)
            met = met[rare.shared(met) >= self.settings.quote_shared]
            pairs = owner[met[self._overlapping(every, met)]]
            pairs = _distinct(np.sort(pairs[pairs[:, 0] != pairs[:, 1]], axis=1))
            quoted = pairs[~_contains(aligned, pairs)]
        return Candidates(aligned, quoted, self._text_similarity(quoted))

    def _overlapping(self, quotes: QuoteWords, met: Pairs) -> npt.NDArray[np.bool_]:
        """Whether each pair of quotes met in a band has enough words in common
        (``SearchSettings.quote_overlap`` and ``quote_few_overlap``)."""
        settings = self.settings
        return quotes.overlapping(
            met, settings.quote_overlap, settings.quote_few, settings.quote_few_overlap
        )

    def _text_pairs(self) -> Pairs:
        """Pairs met in a text band whose signatures agree beyond chance
        (``SearchSettings.text_agree``)."""
        # Stacked here and again for ``_text_similarity`` rather than held in between: the
        # stack is num_perm x 4 bytes an article (512 MB at a million).
        text = _stack(self._text)
        pairs = candidate_pairs(text, self.settings.text.banding)
        return pairs[_agreeing(text, pairs) >= self.settings.text_agree]

    def _text_similarity(self, pairs: Pairs) -> npt.NDArray[np.float64]:
        """Each pair's text Jaccard as its text signatures estimate it."""
        text = _stack(self._text)
        share: npt.NDArray[np.float64] = _agreeing(text, pairs) / max(1, text.shape[1])
        return share

    def _rare_quote_words(self, quotes: QuoteWords) -> QuoteWords:
        """The quotes' words that are not very common in the articles added
        (``SearchSettings.quote_common_share``)."""
        settings = self.settings
        vocabulary = Vocabulary.merged(self._vocabulary)
        most = max(settings.quote_common_least, settings.quote_common_share * len(self._languages))
        common = vocabulary.words[vocabulary.articles > most]
        return quotes.keep(~np.isin(quotes.words, common))

    def _sentence_pairs(self) -> Pairs:
        """Pairs of articles with ``shared`` distinct sentences of each meeting in a band."""
        channel = self.settings.sentences
        if channel is None or not self._sentences:
            return np.empty((0, 2), dtype=np.int64)
        keys = np.concatenate(self._sentences)
        owner = np.concatenate(self._sentence_owner)
        sentences = keyed_pairs(keys, Oversized(channel.most, drop=True))
        return articles_sharing(sentences, owner, channel.shared, channel.short)


@dataclass(frozen=True)
class Candidates:
    """Candidate pairs (i < j) of article indices, each set distinct and sorted."""

    #: Found by their text or (across languages) their names and numbers.
    aligned: Pairs
    #: Found only by a shared quote: two reports of one statement, mostly.
    quoted: Pairs
    #: The text Jaccard of each ``quoted`` pair as the text signatures estimate it.
    quoted_text: npt.NDArray[np.float64]

    def all(self) -> Pairs:
        return _distinct(np.concatenate((self.aligned, self.quoted)))


def _agreeing(signatures: U32, pairs: Pairs) -> npt.NDArray[np.int64]:
    """How many values of their signatures each pair of rows has in common (a document
    without shingles agrees with none)."""
    out = np.empty(len(pairs), dtype=np.int64)
    # In slices, so that the two gathered signature blocks stay small.
    for start in range(0, len(pairs), 65_536):
        part = pairs[start : start + 65_536]
        left, right = signatures[part[:, 0]], signatures[part[:, 1]]
        out[start : start + len(part)] = ((left == right) & (left != EMPTY)).sum(axis=1)
    return out


def _distinct(pairs: Pairs) -> Pairs:
    return np.unique(pairs, axis=0) if pairs.size else np.empty((0, 2), dtype=np.int64)


def _contains(known: Pairs, pairs: Pairs) -> npt.NDArray[np.bool_]:
    """Whether each of ``pairs`` is one of ``known`` (both sorted and distinct)."""
    if not known.size or not pairs.size:
        return np.zeros(len(pairs), dtype=bool)
    width = np.int64(max(int(known.max()), int(pairs.max())) + 1)
    codes = known[:, 0] * width + known[:, 1]
    wanted = pairs[:, 0] * width + pairs[:, 1]
    at = np.minimum(np.searchsorted(codes, wanted), codes.size - 1)
    return np.asarray(codes[at] == wanted)


def articles_sharing(
    sentences: Pairs, owner: npt.NDArray[np.int64], least: int, short: int = 0
) -> Pairs:
    """Distinct pairs (i < j) of articles with at least ``least`` distinct sentences of each
    in the sentence pairs ``sentences`` (``owner``: each sentence's article), or one where
    either article has at most ``short`` sentences in ``owner``. Both sides count: one
    sentence of a short text that meets three alike sentences of a long one is one
    sentence shared, not three."""
    a, b = owner[sentences[:, 0]], owner[sentences[:, 1]]
    apart = a != b
    sentences, a, b = sentences[apart], a[apart], b[apart]
    if not sentences.size:
        return np.empty((0, 2), dtype=np.int64)
    width = np.int64(owner.max() + 1)
    codes = np.minimum(a, b) * width + np.maximum(a, b)
    first = np.where(a < b, sentences[:, 0], sentences[:, 1])
    second = np.where(a < b, sentences[:, 1], sentences[:, 0])
    found, left = _distinct_members(codes, first)
    _, right = _distinct_members(codes, second)
    need = np.full(found.size, least, dtype=np.int64)
    if short:
        signed = np.bincount(owner, minlength=int(width))
        fewer = np.minimum(signed[found // width], signed[found % width])
        need[fewer <= short] = min(least, 1)
    kept = found[np.minimum(left, right) >= need]
    return np.stack((kept // width, kept % width), axis=1)


def _distinct_members(
    codes: npt.NDArray[np.int64], members: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The distinct codes, sorted, and how many distinct members each has."""
    rows = np.unique(np.stack((codes, members), axis=1), axis=0)
    found, counts = np.unique(rows[:, 0], return_counts=True)
    return found, counts


def _stack(blocks: list[U32]) -> U32:
    return np.concatenate(blocks) if blocks else np.empty((0, 0), dtype=np.uint32)


def find_candidates(
    features: Sequence[Features], settings: SearchSettings, seed: int, hash_fn: HashFn
) -> Pairs:
    """Distinct candidate pairs (i < j) of indices into ``features``."""
    bank = SignatureBank(settings, seed, hash_fn, len({f.language for f in features}) > 1)
    bank.add(features)
    return bank.pairs()
