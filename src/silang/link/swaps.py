"""The word swaps between two aligned sentences: what a synonym spinner leaves behind."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from silang.lang.derivations import DerivationLexicon
from silang.link.text import Word, stem

#: Longest run of words (each side) counted as one swap: "banjir" → "air bah".
MAX_SWAP_WORDS = 2


@dataclass(frozen=True)
class Swap:
    """Words of a replaced by words of b; ``synonym``: the lexicon knows them as synonyms."""

    a: tuple[Word, ...]
    b: tuple[Word, ...]
    synonym: bool

    @property
    def note(self) -> str:
        return " ".join(w.text for w in self.a) + "→" + " ".join(w.text for w in self.b)


def _related(left: str, right: str, lexicon: DerivationLexicon) -> bool:
    if lexicon.synonyms(left, right):
        return True
    head_l, head_r = lexicon.canonical.get(left), lexicon.canonical.get(right)
    return head_l is not None and head_l == head_r


def are_synonyms(left: str, right: str, lexicon: DerivationLexicon) -> bool:
    """Synonyms as written, or once their affixes are off ("dihebohkan" → "heboh",
    "digemparkan" → "gempar"): Wordnet lists only some affixed forms."""
    if left == right:
        return False
    if _related(left, right, lexicon):
        return True
    stem_l, stem_r = stem(left, lexicon), stem(right, lexicon)
    return stem_l != stem_r and _related(stem_l, stem_r, lexicon)


def rarer_side(swaps: list[Swap], lexicon: DerivationLexicon) -> int:
    """Which side's swapped words are rarer in news text: 1 when b's (b is the spun one),
    -1 when a's, 0 when even. A spinner trades common words for rare synonyms."""
    vote = 0
    for swap in swaps:
        if not swap.synonym:
            continue
        old = min(lexicon.frequency.get(w.text.lower(), 0) for w in swap.a)
        new = min(lexicon.frequency.get(w.text.lower(), 0) for w in swap.b)
        vote += (old > new) - (old < new)
    return (vote > 0) - (vote < 0)


def find_swaps(a: tuple[Word, ...], b: tuple[Word, ...], lexicon: DerivationLexicon) -> list[Swap]:
    """Replacements of up to MAX_SWAP_WORDS words by up to as many, in sentence order."""
    left = [w.text.lower() for w in a]
    right = [w.text.lower() for w in b]
    found = []
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > MAX_SWAP_WORDS or j2 - j1 > MAX_SWAP_WORDS:
            continue
        old, new = "_".join(left[i1:i2]), "_".join(right[j1:j2])
        synonym = are_synonyms(old, new, lexicon)
        if not synonym and i2 - i1 == j2 - j1:
            # "korban hilang" → "mangsa lenyap": two one-word swaps side by side.
            synonym = all(
                are_synonyms(x, y, lexicon) for x, y in zip(left[i1:i2], right[j1:j2], strict=True)
            )
        found.append(Swap(a[i1:i2], b[j1:j2], synonym))
    return found
