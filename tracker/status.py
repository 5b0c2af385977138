"""Completion and status of a target: pure functions over Decimal, no database.

A plan is judged either "at least" (achieved must reach the plan: 60 new members, growth
8-9%) or "at most" (achieved must not pass the plan: "giảm tỷ lệ hộ nghèo còn 4%").
For a range the lower bound is the bar and the upper bound the point past which the plan
is exceeded ("at least"); "at most" mirrors it.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_MARGIN = Decimal("0.10")
HUNDRED = Decimal(100)
FOUR_PLACES = Decimal("0.0001")


class Status(models.TextChoices):
    EXCEEDED = "exceeded", _("Exceeded")
    MET = "met", _("Met")
    NEARLY_MET = "nearly_met", _("Nearly met")
    NOT_MET = "not_met", _("Not met")
    NO_DATA = "no_data", _("No data")
    # While the period runs (see tracker.pace): the pace toward the deadline, not yet a verdict.
    ON_TRACK = "on_track", _("On track")
    BEHIND = "behind", _("Behind schedule")
    AT_RISK = "at_risk", _("At risk of not meeting")
    RUNNING = "running", _("In progress")


PACE_STATUSES = (Status.ON_TRACK, Status.BEHIND, Status.AT_RISK, Status.RUNNING)


class Judged(models.TextChoices):
    AT_LEAST = "at_least", _("Achieved must be at least the plan")
    AT_MOST = "at_most", _("Achieved must be at most the plan")


@dataclass(frozen=True)
class Progress:
    """Where a target stands: completion as a ratio of the plan (1 = 100%) and its status."""

    completion: Decimal | None
    status: str

    def __post_init__(self) -> None:
        # Stored with four places; every page rounds the stored figure, never a longer one.
        if self.completion is not None:
            object.__setattr__(self, "completion", Decimal(self.completion).quantize(FOUR_PLACES, ROUND_HALF_UP))

    @property
    def percent(self) -> Decimal | None:
        return None if self.completion is None else percent_of(self.completion)


def percent_of(ratio: Decimal, places: int = 1) -> Decimal:
    """A ratio of the plan as a percentage, rounded once, half up (1,0745 → 107,5): the figure every
    chart, table and page shows."""
    return (Decimal(ratio) * HUNDRED).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def evaluate(
    *,
    planned: Decimal | None,
    achieved: Decimal | None,
    planned_max: Decimal | None = None,
    judged: str = Judged.AT_LEAST,
    percent_of_plan: Decimal | None = None,
    margin: Decimal = DEFAULT_MARGIN,
) -> Progress:
    """Completion and status from the plan, the achieved value and how the plan is judged.

    When only a share of the plan is reported ("đạt 92% kế hoạch") that share is the completion.
    """
    if achieved is None or planned is None:
        if percent_of_plan is None:
            return Progress(None, Status.NO_DATA)
        completion = Decimal(percent_of_plan) / HUNDRED
        return Progress(completion, _status_from_completion(completion, margin))
    low = Decimal(planned)
    high = Decimal(planned_max) if planned_max is not None else low
    achieved = Decimal(achieved)
    if judged == Judged.AT_MOST:
        return _at_most(low, high, achieved, margin)
    return _at_least(low, high, achieved, margin)


def _at_least(low: Decimal, high: Decimal, achieved: Decimal, margin: Decimal) -> Progress:
    completion = achieved / low if low else None
    if achieved > high:
        status = Status.EXCEEDED
    elif achieved >= low:
        status = Status.MET
    elif low and achieved >= low * (1 - margin):
        status = Status.NEARLY_MET
    else:
        status = Status.NOT_MET
    return Progress(completion, status)


def _at_most(low: Decimal, high: Decimal, achieved: Decimal, margin: Decimal) -> Progress:
    # Smaller is better: 3% poor households against a ceiling of 4% is 133% of the plan.
    if achieved:
        completion = high / achieved
    else:
        completion = None
    if achieved < low:
        status = Status.EXCEEDED
    elif achieved <= high:
        status = Status.MET
    elif achieved <= high * (1 + margin):
        status = Status.NEARLY_MET
    else:
        status = Status.NOT_MET
    return Progress(completion, status)


def _status_from_completion(completion: Decimal, margin: Decimal) -> str:
    if completion > 1:
        return Status.EXCEEDED
    if completion == 1:
        return Status.MET
    if completion >= 1 - margin:
        return Status.NEARLY_MET
    return Status.NOT_MET
