"""Publication days and how similarity fades with the time between an article and a story."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from silang.cluster.state import ClusterParams

Floats = npt.NDArray[np.float64]


def day_number(published: str | None) -> int | None:
    """The proleptic ordinal of the date an ISO date or datetime names (its own local date:
    "2024-03-20T09:00:00+07:00" is 20 March), or None where there is none."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def day_text(day: int) -> str:
    """The ISO date of an ordinal."""
    return date.fromordinal(day).isoformat()


def gap(day: int | None, first: int | None, last: int | None) -> int:
    """Days between ``day`` and the span ``first``..``last``; 0 inside it or where a date is
    missing (an undated article or story is compared on content alone)."""
    if day is None or first is None or last is None:
        return 0
    if day < first:
        return first - day
    if day > last:
        return day - last
    return 0


def decay(days: float, grace: float, scale: float) -> float:
    """The factor on a similarity ``days`` after a story's span: 1 within ``grace`` days,
    then falling by e every ``scale`` days."""
    if days <= grace:
        return 1.0
    return math.exp(-(days - grace) / scale)


@dataclass(frozen=True)
class TimeFactor:
    """The factor on a similarity between an article (or group) and a story ``days`` after its
    span: the decay, or 1 where their closeness (the cosine of their summed vectors) reaches
    ``same`` within ``recall`` days. A near repeat of a story's article is the story again
    whenever it appears (a hoax reposted a year later); time only tells apart reports that
    merely share a topic (another happening in the same town)."""

    grace: float
    scale: float
    same: float = math.inf
    recall: float = math.inf

    def __call__(self, closeness: float, days: float) -> float:
        if closeness >= self.same and days <= self.recall:
            return 1.0
        return decay(days, self.grace, self.scale)

    def over(self, closeness: Floats, days: Floats) -> Floats:
        """The factors of many pairs at once (numpy arrays of their closeness and whole
        days, broadcast together): bit for bit what calling it on each pair gives, decay()
        called once per distinct day count (np.exp may differ from math.exp in the last
        bit)."""
        gaps, where = np.unique(days, return_inverse=True)
        decays = np.array(
            [decay(gap, self.grace, self.scale) for gap in gaps.tolist()], dtype=np.float64
        )
        near = (closeness >= self.same) & (days <= self.recall)
        return np.where(near, 1.0, decays[where].reshape(np.shape(days)))


def horizon(grace: float, scale: float, threshold: float) -> float:
    """Days after which even identical content falls below ``threshold``."""
    return grace + scale * math.log(1.0 / threshold)


@dataclass(frozen=True)
class Fade:
    """How placing lets the similarity of two articles fade with the days between them
    (``timing``: the decay, undecayed for a near repeat) and the days past which it leaves
    none at its threshold (``reach``: the horizon): what the cut of a placed story
    (halves.py) weighs its articles' days by. The default never fades (undated news, or no
    placing to follow)."""

    timing: TimeFactor = TimeFactor(math.inf, 1.0)
    reach: float = math.inf

    @classmethod
    def of(cls, grace: float, scale: float, threshold: float, same: float, recall: float) -> Fade:
        """The fade decaying after ``grace`` days by e every ``scale``, none left at
        ``threshold`` past the horizon, where a near repeat (closeness ``same``) reaches
        back ``recall`` days, and at least to the horizon."""
        reach = horizon(grace, scale, threshold)
        return cls(TimeFactor(grace, scale, same, max(reach, recall)), reach)

    @classmethod
    def placing(cls, params: ClusterParams) -> Fade:
        """The fade of placing at ``params``: what the ledger (ledger.Ledger) weighs
        placing by and archives by, and a story's cut weighs its articles' days by."""
        return cls.of(
            params.grace_days,
            params.decay_days,
            params.threshold,
            params.same_similarity,
            params.recall_days,
        )

    @property
    def timeless(self) -> bool:
        """Whether it never fades: every pair is weighed on content alone."""
        return self.timing.grace == math.inf

    def __call__(self, first: int | None, second: int | None, closeness: float) -> float:
        """The factor on the similarity of articles of days ``first`` and ``second`` (1
        where either is undated: compared on content alone), ``closeness`` the cosine of
        the summed vectors compared (a near repeat is not faded)."""
        if first is None or second is None:
            return 1.0
        return self.timing(closeness, abs(first - second))

    def over(self, first: Floats, second: Floats, closeness: Floats) -> Floats:
        """The factors of many pairs at once, bit for bit as calling it on each: numpy
        arrays (broadcast together) of their days, NaN where undated, and closeness."""
        days = np.abs(first - second)
        undated = np.isnan(days)
        return np.where(undated, 1.0, self.timing.over(closeness, np.where(undated, 0.0, days)))


#: No fading: articles are compared on content alone whatever their days.
TIMELESS = Fade()
