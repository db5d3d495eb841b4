"""Cross-checking inside a story: claim slots, quote groups, timeline and summary."""

from silang.compare.brief import cross_check
from silang.compare.speakers import SpeakerLexicon, load_speaker_lexicon, same_speaker
from silang.compare.status import compatible

__all__ = ["SpeakerLexicon", "compatible", "cross_check", "load_speaker_lexicon", "same_speaker"]
