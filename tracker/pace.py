"""Pace toward a deadline: the value expected by the date of the latest result, a projection to the
deadline, and the status — on track, behind, at risk while the period runs; met, exceeded, nearly
met or not met once it has ended. Pure functions over dates and Decimals: "today" is a parameter.

How the expected value is found depends on what the target counts (its *shape*):

- counts and amounts done during the period ("kết nạp 200 đảng viên", "thu ngân sách 3.000 tỷ
  đồng") grow linearly from zero (or from the baseline) at the period's start to the plan at its end;
- levels to reach (shares in %, amounts per head: "tỷ lệ hộ nghèo còn 4%", "thu nhập 100 triệu
  đồng/người/năm") move linearly from the baseline (given, else the earliest result) to the plan;
- growth rates ("tốc độ tăng trưởng bình quân 8%/năm") compound: the years' rates so far are
  averaged geometrically and compared with the planned rate.

A target of a term stated per year ("hằng năm kết nạp 30 đảng viên") is judged year by year.
The projection follows the method of UN ESCAP's anticipated progress: a linear regression over
time of the results so far (the baseline included) weighting recent results more, read at the
deadline.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tracker.status import DEFAULT_MARGIN, HUNDRED, Judged, Status, evaluate, percent_of
from tracker.text import fold

ONE = Decimal(1)
# Congresses sit in the middle of their year: a term runs from 1 July of its first year to 30 June
# of its last, from congress to congress (2025–2030: 01/07/2025 – 30/06/2030, five years).
TERM_START = (7, 1)
TERM_END = (6, 30)
YEARLY_WORDS = ("hang nam", "moi nam", "tung nam", "binh quan nam")
GROWTH_WORDS = ("tang truong", "toc do tang", "tang binh quan")
# Work done during the period adds up from zero ("kết nạp", "giải quyết việc làm mới", "thu ngân sách");
# what a unit has or is ("số xã đạt chuẩn", "diện tích", shares, amounts per head) is a level.
FLOW_WORDS = (
    "ket nap",
    "phat trien",
    "xay dung",
    "giai quyet",
    "tao viec lam",
    "dao tao",
    "thu ngan sach",
    "tong thu",
    "von dau tu",
    "kim ngach",
    "san luong",
    "luot khach",
    "trong moi",
    "giao quan",
    "tuyen ",
    "nhap ngu",
    " moi",
)
LEVEL_WORDS = ("dat chuan", "dien tich", "ty le", "binh quan", "che phu", "tren mot van", "ty trong")
AREA_UNITS = ("ha", "km", "m2", "km2")


class Shape(models.TextChoices):
    CUMULATIVE = "cumulative", _("count or amount over the period, linear")
    LEVEL = "level", _("level to reach, linear from the baseline")
    GROWTH = "growth", _("growth rate, compound")


@dataclass(frozen=True)
class Window:
    """The span a plan covers: from its start to its deadline (both days included)."""

    start: datetime.date
    end: datetime.date

    def share_elapsed(self, on: datetime.date, since: datetime.date | None = None) -> Decimal:
        """Share of the span from `since` (the start) to the deadline passed on a date, 0 to 1."""
        since = since or self.start
        total = (self.end - since).days
        if total <= 0:
            return ONE
        share = Decimal((on - since).days) / Decimal(total)
        return min(max(share, Decimal(0)), ONE)

    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)


def year_window(year: int) -> Window:
    return Window(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def resolution_window(*, kind: str, start_year: int, end_year: int, deadline_year: int | None = None) -> Window:
    """An annual resolution covers its calendar year; a term runs from congress to congress
    (1 July of its first year to 30 June of its last); a target's own year ("đến năm 2028")
    ends on 31 December of that year."""
    if kind == "annual":
        window = year_window(start_year)
    else:
        window = Window(datetime.date(start_year, *TERM_START), datetime.date(end_year, *TERM_END))
    if deadline_year and deadline_year != end_year and deadline_year >= start_year:
        window = Window(window.start, datetime.date(deadline_year, 12, 31))
    return window


def shape_of(indicator: str, measure_unit: str) -> str:
    """Growth rates compound; shares, per-head amounts, areas and standings ("đạt chuẩn") are
    levels; counts and amounts of work done in the period add up."""
    text, unit = f" {fold(indicator)} ", fold(measure_unit)
    if "%" in unit and any(word in text for word in GROWTH_WORDS):
        return Shape.GROWTH
    if "%" in unit or "/" in unit:
        return Shape.LEVEL
    if any(word in text for word in FLOW_WORDS):
        return Shape.CUMULATIVE
    if unit in AREA_UNITS or any(word in text for word in LEVEL_WORDS):
        return Shape.LEVEL
    return Shape.CUMULATIVE


def is_yearly(indicator: str) -> bool:
    """A plan stated for every year of a term: "hằng năm kết nạp 30 đảng viên"."""
    text = fold(indicator)
    return any(word in text for word in YEARLY_WORDS)


@dataclass(frozen=True)
class Result:
    """An achieved value as of a date; `whole_period` when it reports the whole year or term."""

    as_of: datetime.date
    value: Decimal | None
    percent_of_plan: Decimal | None = None
    whole_period: bool = False


@dataclass(frozen=True)
class Goal:
    """The plan: a value or a range, how it is judged, its shape and the baseline if known."""

    low: Decimal
    high: Decimal | None = None
    judged: str = Judged.AT_LEAST
    shape: str = Shape.CUMULATIVE
    baseline: Decimal | None = None

    @property
    def bar(self) -> Decimal:
        """The value that meets the plan: the lower bound, or the ceiling when judged at most."""
        if self.judged == Judged.AT_MOST and self.high is not None:
            return Decimal(self.high)
        return Decimal(self.low)

    def meets(self, value: Decimal, bar: Decimal) -> bool:
        return value <= bar if self.judged == Judged.AT_MOST else value >= bar

    def value_of(self, result: Result) -> Decimal | None:
        """The result's value, or the value its share of the plan stands for ("đạt 92% KH")."""
        if result.value is not None:
            return Decimal(result.value)
        if result.percent_of_plan is None:
            return None
        share = Decimal(result.percent_of_plan) / HUNDRED
        if self.judged == Judged.AT_MOST:
            return self.bar / share if share else None
        return self.bar * share


@dataclass(frozen=True)
class Judgement:
    """Where a target stands on a date: its status, and while it runs the pace behind that status."""

    status: str
    final: bool
    window: Window
    shape: str
    completion: Decimal | None = None
    achieved: Decimal | None = None
    as_of: datetime.date | None = None
    expected: Decimal | None = None
    share_elapsed: Decimal | None = None
    projected: Decimal | None = None
    baseline: tuple[datetime.date, Decimal] | None = None
    years: int | None = None  # growth: the number of years averaged
    year: int | None = None  # a yearly target: the year judged
    per_year: list[Judgement] = field(default_factory=list)

    @property
    def percent(self) -> Decimal | None:
        """Completion in percent, rounded once to one decimal: the figure every page shows."""
        return None if self.completion is None else percent_of(self.completion)


def judge(
    *,
    goal: Goal,
    results: list[Result],
    window: Window,
    today: datetime.date,
    margin: Decimal = DEFAULT_MARGIN,
    yearly: bool = False,
) -> Judgement:
    """The status of a target on `today` from its results; a yearly target is judged year by year
    and takes the judgement of the latest year with a result."""
    results = sorted((r for r in results if goal.value_of(r) is not None), key=lambda r: r.as_of)
    if yearly and window.end.year > window.start.year:
        per_year = []
        for year in sorted({r.as_of.year for r in results}):
            year_results = [r for r in results if r.as_of.year == year]
            shape = Shape.LEVEL if goal.shape == Shape.GROWTH else goal.shape
            per_year.append(
                _judge_window(
                    Goal(goal.low, goal.high, goal.judged, shape),
                    year_results,
                    year_window(year),
                    today,
                    margin,
                    year=year,
                )
            )
        if not per_year:
            return Judgement(Status.NO_DATA, today > window.end, window, goal.shape)
        return replace(per_year[-1], per_year=per_year)
    return _judge_window(goal, results, window, today, margin)


def _judge_window(
    goal: Goal, results: list[Result], window: Window, today: datetime.date, margin: Decimal, year: int | None = None
) -> Judgement:
    if not results:
        return Judgement(Status.NO_DATA, today > window.end, window, goal.shape, year=year)
    latest = results[-1]
    final = today > window.end or latest.as_of >= window.end or latest.whole_period
    if goal.shape == Shape.GROWTH and window.end.year > window.start.year and not latest.whole_period:
        return _judge_growth(goal, results, window, final, margin, year)
    achieved = goal.value_of(latest)
    progress = evaluate(planned=goal.low, planned_max=goal.high, achieved=achieved, judged=goal.judged, margin=margin)
    base = dict(
        window=window,
        shape=goal.shape,
        completion=progress.completion,
        achieved=achieved,
        as_of=latest.as_of,
        year=year,
    )
    if final:
        return Judgement(progress.status, True, **base)
    anchor = _anchor(goal, results, window)
    share = window.share_elapsed(latest.as_of)
    expected = projected = None
    if anchor is not None:
        since, start_value = anchor
        expected = start_value + (goal.bar - start_value) * window.share_elapsed(latest.as_of, since)
        projected = project(
            [(since, start_value)] + [(r.as_of, goal.value_of(r)) for r in results if r.as_of > since], window.end
        )
    status = _pace_status(goal, achieved, expected, projected, margin)
    return Judgement(
        status, False, expected=expected, share_elapsed=share, projected=projected, baseline=anchor, **base
    )


def _anchor(goal: Goal, results: list[Result], window: Window) -> tuple[datetime.date, Decimal] | None:
    """Where the road to the plan starts: the baseline at the period's start (zero for counts done
    during the period), else the earliest result before the latest."""
    if goal.baseline is not None:
        return window.start, Decimal(goal.baseline)
    if goal.shape == Shape.CUMULATIVE:
        return window.start, Decimal(0)
    earliest = results[0]
    if earliest.as_of < results[-1].as_of:
        return earliest.as_of, goal.value_of(earliest)
    return None


def _pace_status(
    goal: Goal, achieved: Decimal, expected: Decimal | None, projected: Decimal | None, margin: Decimal
) -> str:
    if goal.meets(achieved, goal.bar):
        return Status.ON_TRACK
    if expected is None:
        return Status.RUNNING
    if goal.meets(achieved, expected):
        return Status.ON_TRACK
    near = goal.bar * (1 + margin) if goal.judged == Judged.AT_MOST else goal.bar * (1 - margin)
    if projected is not None and goal.meets(projected, near):
        return Status.BEHIND
    return Status.AT_RISK


def _judge_growth(
    goal: Goal, results: list[Result], window: Window, final: bool, margin: Decimal, year: int | None
) -> Judgement:
    """Growth rates over a term compound: the latest rate of each year, averaged geometrically."""
    by_year: dict[int, Result] = {}
    for result in results:
        by_year[result.as_of.year] = result
    rates = [goal.value_of(r) / HUNDRED for r in by_year.values()]
    product = ONE
    for rate in rates:
        product *= ONE + rate
    average = (_root(product, len(rates)) - ONE) * HUNDRED
    progress = evaluate(planned=goal.low, planned_max=goal.high, achieved=average, judged=goal.judged, margin=margin)
    latest = results[-1]
    base = dict(
        window=window,
        shape=goal.shape,
        completion=progress.completion,
        achieved=average,
        as_of=latest.as_of,
        years=len(rates),
        year=year,
    )
    if final:
        return Judgement(progress.status, True, **base)
    # Held from now to the deadline, the average so far is the projection of the term's average.
    status = _pace_status(goal, average, goal.bar, average, margin)
    return Judgement(
        status, False, expected=goal.bar, share_elapsed=window.share_elapsed(latest.as_of), projected=average, **base
    )


def _root(value: Decimal, n: int) -> Decimal:
    return Decimal(str(float(value) ** (1 / n))) if n > 1 else value


def project(points: list[tuple[datetime.date, Decimal]], deadline: datetime.date) -> Decimal | None:
    """The value at the deadline on a straight line fitted to the dated points, the i-th point
    (oldest first) weighing i: recent results count more. None with fewer than two dates."""
    points = sorted(points, key=lambda p: p[0])
    if len({d for d, _ in points}) < 2:
        return None
    origin = points[0][0]
    xs = [float((d - origin).days) for d, _ in points]
    ys = [float(v) for _, v in points]
    ws = [float(i) for i in range(1, len(points) + 1)]
    total = sum(ws)
    mean_x = sum(w * x for w, x in zip(ws, xs, strict=True)) / total
    mean_y = sum(w * y for w, y in zip(ws, ys, strict=True)) / total
    spread = sum(w * (x - mean_x) ** 2 for w, x in zip(ws, xs, strict=True))
    slope = sum(w * (x - mean_x) * (y - mean_y) for w, x, y in zip(ws, xs, ys, strict=True)) / spread
    value = mean_y + slope * ((deadline - origin).days - mean_x)
    return Decimal(str(round(max(value, 0.0), 4)))


def explain(judgement: Judgement, *, number) -> str:
    """The rule behind a judgement in plain words (Vietnamese first), with its figures.

    `number` formats a Decimal in the page's language (tracker.numbers.number)."""
    window = judgement.window
    dates = {"start": _date(window.start), "end": _date(window.end)}
    if judgement.status == Status.NO_DATA:
        return gettext("No result yet: the pace is judged from the first result on.")
    if judgement.final:
        return gettext("The period ended on %(end)s: the status compares the last result with the plan.") % dates
    if judgement.shape == Shape.GROWTH and judgement.years:
        return gettext(
            "Growth rates compound: the %(years)s years' rates so far average %(average)s%% a year "
            "(geometric mean) against a plan of %(plan)s%% a year; held to %(end)s, the term would "
            "average the same."
        ) % dict(
            dates,
            years=judgement.years,
            average=number(_round(judgement.achieved)),
            plan=number(_round(judgement.expected)),
        )
    if judgement.expected is None:
        return (
            gettext(
                "One result and no baseline: the pace needs a second result or the value at the start "
                "of the period (%(start)s – %(end)s)."
            )
            % dates
        )
    figures = dict(
        dates,
        expected=number(_round(judgement.expected)),
        as_of=_date(judgement.as_of),
        share=number(percent_of(judgement.share_elapsed)),
    )
    if judgement.shape == Shape.CUMULATIVE:
        text = (
            gettext(
                "Counts and amounts grow linearly: %(share)s%% of the period %(start)s – %(end)s had passed "
                "on %(as_of)s, so %(expected)s was expected by then."
            )
            % figures
        )
    else:
        since, value = judgement.baseline
        text = gettext(
            "Levels move linearly from %(baseline)s on %(since)s to the plan on %(end)s: %(expected)s "
            "was expected on %(as_of)s."
        ) % dict(figures, baseline=number(_round(value)), since=_date(since))
    if judgement.projected is not None:
        text += " " + gettext(
            "Projected for %(end)s: %(projected)s (linear trend of the results so far, recent ones weighing more)."
        ) % dict(dates, projected=number(_round(judgement.projected)))
    return text


def method_name(judgement: Judgement) -> str:
    """The projection's method, named on the chart."""
    if judgement.shape == Shape.GROWTH:
        return gettext("average growth so far, compounded")
    return gettext("weighted linear trend")


def _round(value: Decimal) -> Decimal:
    return Decimal(value).quantize(Decimal("0.1")) if abs(Decimal(value)) < 1000 else Decimal(value).quantize(ONE)


def _date(value: datetime.date) -> str:
    return value.strftime("%d/%m/%Y")
