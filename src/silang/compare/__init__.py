"""Cross-checking inside a story: claim slots, quote groups, timeline and summary."""

from silang.compare.brief import cross_check
from silang.compare.quotes import same_speaker
from silang.compare.status import compatible

__all__ = ["compatible", "cross_check", "same_speaker"]
