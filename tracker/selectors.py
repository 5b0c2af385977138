"""Read-side functions that assemble what a page shows, each in a fixed number of queries."""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q, Value
from django.utils.translation import gettext as _

from tracker import charts, numbers, pace, trends
from tracker.models import Achievement, Article, DataStamp, Resolution, ReviewState, Scorecard, Target, Theme, Unit
from tracker.models.resolutions import nearly_met_margin, progress_today
from tracker.models.units import REFORM_DATE
from tracker.status import PACE_STATUSES, Status, evaluate, percent_of
from tracker.templatetags.tracker_tags import vn_date, vn_number

# A safety net only: the data's version in the key already retires stale entries.
OVERVIEW_CACHE_SECONDS = 600

MET = (Status.MET, Status.EXCEEDED)
PERIOD_KEY = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


@dataclass(frozen=True)
class Period:
    """A resolution period: one year (annual) or a term of several years."""

    kind: str
    start_year: int
    end_year: int

    @property
    def key(self) -> str:
        return str(self.start_year) if self.kind == Resolution.Kind.ANNUAL else f"{self.start_year}-{self.end_year}"

    @property
    def label(self) -> str:
        if self.kind == Resolution.Kind.ANNUAL:
            return _("Year %(year)s") % {"year": self.start_year}
        return _("Term %(start)s–%(end)s") % {"start": self.start_year, "end": self.end_year}

    def as_filter(self) -> dict:
        return {"kind": self.kind, "start_year": self.start_year, "end_year": self.end_year}

    @classmethod
    def of(cls, resolution: Resolution) -> Period:
        return cls(resolution.kind, resolution.start_year, resolution.end_year)


def choose_period(periods: list[Period], key: str | None, own: Iterable[Period] = ()) -> Period | None:
    """The period asked for by its key, else the latest year (then term) of the unit's own
    committee, else the latest year (then term) of the units below it."""
    for period in periods:
        if period.key == key:
            return period
    own = set(own)
    for candidates in ([p for p in periods if p in own], periods):
        annual = [p for p in candidates if p.kind == Resolution.Kind.ANNUAL]
        if annual or candidates:
            return (annual or candidates)[0]
    return None


def completion_bars(targets: list[Target]) -> list[charts.CompletionBar]:
    from tracker.templatetags.tracker_tags import planned

    return [
        charts.CompletionBar(
            label=t.indicator,
            completion_percent=None if t.completion is None else float(percent_of(t.completion)),
            status=t.status,
            lower_is_better=t.judged == "at_most" or t.direction == Target.Direction.DECREASE,
            planned=planned(t),
            achieved=vn_number(t.achieved_value),
            measure_unit=t.measure_unit,
        )
        for t in targets
    ]


def unit_period_label(target: Target) -> str:
    """What tells apart targets of the same name: "Huyện Chợ Lách · 2021" and "Xã Chợ Lách · 2025–2030"
    (a province of 2025 is marked as such beside the province of the same name before it)."""
    unit, resolution = target.resolution.unit, target.resolution
    name = unit.name
    if unit.level == Unit.Level.PROVINCE and unit.system == Unit.System.FROM_2025:
        name = f"{name} (2025)"
    return f"{name} · {resolution.period_label}"


def target_summary(targets: list[Target]) -> dict[str, int]:
    counted = [t for t in targets if t.review_state != ReviewState.REJECTED]
    return {
        "total": len(counted),
        "met": sum(t.status in MET for t in counted),
        "nearly": sum(t.status == Status.NEARLY_MET for t in counted),
        "not_met": sum(t.status == Status.NOT_MET for t in counted),
        "no_data": sum(t.status == Status.NO_DATA for t in counted),
        "on_track": sum(t.status == Status.ON_TRACK for t in counted),
        "behind": sum(t.status == Status.BEHIND for t in counted),
        "at_risk": sum(t.status == Status.AT_RISK for t in counted),
        "running": sum(t.status == Status.RUNNING for t in counted),
    }


def scorecard_points(scorecards: list[Scorecard]) -> list[charts.ScorecardPoint]:
    return [
        charts.ScorecardPoint(
            label=f"{Period.of(s.resolution).label} · {vn_date(s.as_of)}",
            met=s.met_or_exceeded,
            total=s.total,
            exceeded=s.exceeded,
        )
        for s in scorecards
    ]


def articles_about(*, resolutions: Q, targets: Q, limit: int = 20) -> list[Article]:
    """Articles linked to these resolutions or that these targets were read from; texts not loaded."""
    target_articles = Target.objects.filter(targets).exclude(article=None).values("article_id")
    return list(
        Article.objects.filter(
            Q(pk__in=Resolution.articles.through.objects.filter(resolutions).values("article_id"))
            | Q(pk__in=target_articles)
        ).only("id", "title", "published", "is_synthetic")[:limit]
    )


@dataclass(frozen=True)
class AwaitingReview:
    """Items read from one article about these resolutions that nobody has reviewed yet."""

    article: Article | None
    count: int


def awaiting_review(resolution: Resolution | None) -> list[AwaitingReview]:
    """Targets, results and scorecards of a resolution awaiting review, per article: one query
    (and one for the article titles when there are any). They are shown apart and never counted."""
    if resolution is None:
        return []
    rows = (
        Target.objects.filter(resolution=resolution, review_state=ReviewState.EXTRACTED)
        .order_by()
        .values_list("article_id")
        .annotate(n=Count("id"))
        .union(
            Achievement.objects.filter(target__resolution=resolution, review_state=ReviewState.EXTRACTED)
            .order_by()
            .values_list("article_id")
            .annotate(n=Count("id")),
            Scorecard.objects.filter(resolution=resolution, review_state=ReviewState.EXTRACTED)
            .order_by()
            .values_list("article_id")
            .annotate(n=Count("id")),
            all=True,
        )
    )
    by_article: dict[int | None, int] = defaultdict(int)
    for article_id, n in rows:
        by_article[article_id] += n
    if not by_article:
        return []
    articles = Article.objects.only("id", "title", "published").in_bulk([pk for pk in by_article if pk])
    return [
        AwaitingReview(articles.get(pk) if pk else None, n)
        for pk, n in sorted(by_article.items(), key=lambda item: (item[0] is None, item[0] or 0))
    ]


def unit_trends(targets: list[Target], resolutions: dict[int, Resolution]) -> list[trends.Trend]:
    """Indicators of the unit's own committee followed across its resolutions (from its targets)."""
    rows = []
    for t in targets:
        r = resolutions[t.resolution_id]
        rows.append(
            (
                t.indicator,
                t.measure_unit,
                trends.TrendPoint(
                    r.kind, r.start_year, r.end_year, t.planned_value, t.planned_value_max, t.achieved_value, t.pk
                ),
            )
        )
    return trends.trends_of(rows)


def unit_page(unit: Unit, period_key: str | None, trend_key: str | None = None) -> dict:
    """Everything a province, district or commune page shows, for one selected period."""
    periods = [Period(*p) for p in Resolution.objects.within(unit).periods()]
    own = {Period.of(r): r for r in Resolution.objects.for_unit(unit).with_target_counts()}
    period = choose_period(periods, period_key, own)
    resolution = own.get(period) if period else None
    # Every confirmed target of the unit's own committee in one query: the period's for the table and
    # the chart, all of them for the indicators followed across the years.
    unit_targets = (
        list(Target.objects.for_unit(unit).counted().select_related("theme", "latest_achievement").defer("search_text"))
        if own
        else []
    )
    targets = [t for t in unit_targets if resolution and t.resolution_id == resolution.pk]
    for t in targets:
        t.resolution = resolution
    scorecards = list(
        Scorecard.objects.filter(resolution__unit=unit).counted().select_related("resolution").order_by("as_of", "id")
    )
    context = {
        "periods": [(p, own.get(p)) for p in periods],
        "period": period,
        "resolution": resolution,
        "targets": targets,
        "summary": target_summary(targets),
        "completion_chart": charts.completion_chart("completion-chart", completion_bars(targets)) if targets else None,
        "scorecards": scorecards,
        "scorecard_chart": charts.scorecard_chart("scorecard-chart", scorecard_points(scorecards))
        if scorecards
        else None,
        "articles": articles_about(resolutions=Q(resolution__unit=unit), targets=Q(resolution__unit=unit)),
        "awaiting": awaiting_review(resolution),
        "children": [],
        **_trend_context(unit_targets, {r.pk: r for r in own.values()}, trend_key),
        "predecessors": [],
    }
    if unit.level == Unit.Level.PROVINCE and period:
        context["children"] = list(
            Unit.objects.filter(parent=unit)
            .with_target_counts(**period.as_filter())
            .filter(target_total__gt=0)
            .order_by("short_name")
        )
    if unit.level == Unit.Level.PROVINCE and unit.system == Unit.System.FROM_2025:
        context["predecessors"] = list(unit.predecessors.provinces().order_by("short_name"))
    return context


@dataclass(frozen=True)
class Level:
    """Units of one level of one structure: the overview never mixes two."""

    system: str
    level: int

    @property
    def key(self) -> str:
        return f"{LEVEL_SLUGS[self.level]}-{self.system}"

    @property
    def label(self) -> str:
        names = {
            Unit.Level.PROVINCE: _("Provinces"),
            Unit.Level.DISTRICT: _("Districts"),
            Unit.Level.COMMUNE: _("Communes"),
        }
        return f"{names[self.level]} ({_('from 2025') if self.system == Unit.System.FROM_2025 else _('before 2025')})"

    def as_filter(self, prefix: str = "unit__") -> dict:
        return {f"{prefix}system": self.system, f"{prefix}level": self.level}


LEVEL_SLUGS = {Unit.Level.PROVINCE: "provinces", Unit.Level.DISTRICT: "districts", Unit.Level.COMMUNE: "communes"}
LEVEL_KEY = re.compile(r"^(provinces|districts|communes)-(2019|2025)$")


def choose_level(levels: list[Level], key: str | None, today: datetime.date) -> Level | None:
    """The level asked for, else the highest level of the structure in force today, else of the other."""
    for level in levels:
        if level.key == key:
            return level
    in_force = Unit.System.FROM_2025 if today >= REFORM_DATE else Unit.System.BEFORE_2025
    ranked = sorted(levels, key=lambda lv: (lv.system != in_force, lv.level))
    return ranked[0] if ranked else None


def choose_overview_period(periods: list[Period], key: str | None, today: datetime.date) -> Period | None:
    """The period asked for, else the term running today, else the latest term, else the latest year."""
    for period in periods:
        if period.key == key:
            return period
    terms = [p for p in periods if p.kind == Resolution.Kind.TERM]
    running = [p for p in terms if p.start_year <= today.year <= p.end_year]
    candidates = running or terms or periods
    return max(candidates, key=lambda p: (p.end_year, p.start_year)) if candidates else None


def overview(level_key: str | None = None, period_key: str | None = None, today: datetime.date | None = None) -> dict:
    """Totals, status by theme and the units most behind for one level of one structure and one period
    (the current term, a year), never mixing them; the latest articles and the provinces to open."""
    today = today or progress_today()
    # One query for every (structure, level, period) with a confirmed target: the choices offered.
    slices = set(
        Resolution.objects.filter(Exists(Target.objects.counted().filter(resolution=OuterRef("pk"))))
        .order_by()
        .values_list("unit__system", "unit__level", "kind", "start_year", "end_year")
        .distinct()
    )
    levels = sorted(
        {Level(system, level) for system, level, *_period in slices},
        key=lambda lv: (lv.system != Unit.System.FROM_2025, lv.level),
    )
    level = choose_level(levels, level_key, today)
    periods = sorted(
        {Period(*period) for system, lv, *period in slices if level and (system, lv) == (level.system, level.level)},
        key=lambda p: (-p.end_year, p.kind == Resolution.Kind.ANNUAL, -p.start_year),
    )
    period = choose_overview_period(periods, period_key, today)
    themes = list(Theme.objects.all())
    by_theme: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    unit_of: dict[int, int] = {}
    rows: list[tuple[int, int, int, int]] = []
    if level and period:
        chosen = Resolution.objects.filter(**level.as_filter(), **period.as_filter())
        unit_of = dict(chosen.order_by().values_list("id", "unit_id"))
        in_slice = Target.objects.filter(resolution__in=chosen.values("pk"))
        for theme_id, status, review_state, n in in_slice.counts_by_theme_status_review():
            if review_state == ReviewState.CONFIRMED:
                by_theme[theme_id][status] += n
        rows = in_slice.counts_by_resolution()
    total = sum(sum(c.values()) for c in by_theme.values())
    met = sum(c[s] for c in by_theme.values() for s in MET)
    on_track = sum(c[Status.ON_TRACK] for c in by_theme.values())
    judged = total - sum(c[s] for c in by_theme.values() for s in (Status.NO_DATA, *PACE_STATUSES))
    running = sum(c[s] for c in by_theme.values() for s in PACE_STATUSES)
    behind = Target.objects.behind_by_unit(limit=10, unit_of=unit_of, rows=rows) if rows else []
    units = Unit.objects.for_listing().in_bulk([row["unit_id"] for row in behind]) if behind else {}
    theme_rows = [charts.ThemeStatusCounts(str(t), dict(by_theme[t.code])) for t in themes if by_theme.get(t.code)]
    return {
        "levels": levels,
        "level": level,
        "periods": periods,
        "period": period,
        "totals": {
            "units": len({unit_of[r[0]] for r in rows if r[0] in unit_of}),
            "resolutions": len(rows),
            "targets": total,
            "met": met,
            "judged": judged,
            "share_met": Decimal(met) / judged if judged else None,
            "on_track": on_track,
            "running": running,
            "share_on_track": Decimal(on_track) / running if running else None,
        },
        "themes": [(t, dict(by_theme.get(t.code, {}))) for t in themes],
        "theme_chart": charts.status_by_theme_chart("theme-chart", theme_rows) if theme_rows else None,
        "behind": [
            dict(row, unit=units[row["unit_id"]], share=Decimal(row["behind"]) / (row["judged"] or 1))
            for row in behind
            if row["unit_id"] in units
        ],
        "articles": list(Article.objects.only("id", "title", "published", "is_synthetic")[:6]),
        "provinces": list(Unit.objects.provinces().with_resolutions_within().order_by("system", "short_name")),
    }


def _trend_context(targets: list[Target], resolutions: dict[int, Resolution], trend_key: str | None) -> dict:
    followed = unit_trends(targets, resolutions)
    chosen = next((t for t in followed if t.key == trend_key), followed[0] if followed else None)
    return {
        "trends": followed,
        "trend": chosen,
        "trend_chart": charts.trend_chart("trend-chart", chosen) if chosen else None,
    }


def overview_cached(language: str, level_key: str | None = None, period_key: str | None = None) -> dict:
    """The overview, recomputed only when the data changed (its version is one small query)."""
    level_key = level_key if level_key and LEVEL_KEY.match(level_key) else ""
    period_key = period_key if period_key and PERIOD_KEY.match(period_key) else ""
    key = f"tracker:overview:{DataStamp.current()}:{language}:{level_key}:{period_key}:{progress_today()}"
    context = cache.get(key)
    if context is None:
        context = overview(level_key, period_key)
        cache.set(key, context, timeout=OVERVIEW_CACHE_SECONDS)
    return context


def review_backlog() -> dict[str, int]:
    """How many extracted items and articles wait for a staff review (four counts, one query)."""

    def count(model, name: str, **where):
        return model.objects.filter(**where).order_by().values_list(Value(name), Count("pk"))

    extracted = {"review_state": ReviewState.EXTRACTED}
    counts = count(Target, "targets", **extracted).union(
        count(Achievement, "achievements", **extracted),
        count(Scorecard, "scorecards", **extracted),
        count(Article, "articles", needs_review=True),
        all=True,
    )
    return {"targets": 0, "achievements": 0, "scorecards": 0, "articles": 0, **dict(counts)}


@dataclass
class Segment:
    """A run of article text; highlighted when extracted items point at it."""

    text: str
    items: list = field(default_factory=list)

    @property
    def highlighted(self) -> bool:
        return bool(self.items)


def article_segments(text: str, items: list) -> list[Segment]:
    """Cut the text at the sentence offsets of the items; overlapping sentences share one highlight."""
    spans = sorted(
        (
            (item.sentence_start, item.sentence_end, item)
            for item in items
            if item.sentence_start is not None
            and item.sentence_end is not None
            and 0 <= item.sentence_start < item.sentence_end <= len(text)
        ),
        key=lambda span: (span[0], span[1]),
    )
    merged: list[list] = []
    for start, end, item in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(item)
        else:
            merged.append([start, end, [item]])
    segments, cursor = [], 0
    for start, end, grouped in merged:
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], grouped))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments


def target_history(target: Target, achievements: list[Achievement]) -> list[charts.HistoryPoint]:
    points = []
    margin = nearly_met_margin()
    for a in achievements:
        if a.review_state != ReviewState.CONFIRMED:
            continue
        progress = evaluate(
            planned=target.planned_value,
            planned_max=target.planned_value_max,
            achieved=a.value,
            judged=target.judged,
            percent_of_plan=a.percent_of_plan,
            margin=margin,
        )
        if a.article_id:
            source = _("Article: %(title)s") % {"title": a.article.title}
        else:
            source = _("Staff edit")
        points.append(
            charts.HistoryPoint(
                as_of=a.as_of,
                value=None if a.value is None else float(a.value),
                completion_percent=None if progress.completion is None else percent_of(progress.completion),
                source=source,
            )
        )
    return points


def pace_lines(target: Target, judgement: pace.Judgement) -> charts.PaceLines | None:
    """The road from the baseline to the plan and the projection from the latest result, while it runs."""
    if judgement.final or judgement.as_of is None:
        return None
    end = judgement.window.end
    path = []
    if judgement.baseline is not None:
        since, value = judgement.baseline
        path = [(since, float(value)), (end, float(target.goal().bar))]
    projection = []
    if judgement.projected is not None and judgement.achieved is not None and judgement.shape != pace.Shape.GROWTH:
        projection = [(judgement.as_of, float(judgement.achieved)), (end, float(judgement.projected))]
    if not path and not projection:
        return None
    return charts.PaceLines(deadline=end, plan_path=path, projection=projection, method=pace.method_name(judgement))


def pace_context(target: Target, achievements: list[Achievement]) -> dict:
    """What the target page says about its pace: the judgement, the rule in words, the chart lines."""
    counted = [a for a in achievements if a.review_state == ReviewState.CONFIRMED]
    judgement = target.judgement(counted)
    return {
        "judgement": judgement,
        "rule": pace.explain(judgement, number=numbers.number),
        "per_year": [(j, pace.explain(j, number=numbers.number)) for j in judgement.per_year],
        "lines": pace_lines(target, judgement),
    }


def status_rows(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    """(status, label, number) for every status, in the order of the legend."""
    return [(s, str(Status(s).label), counts.get(s, 0)) for s in charts.STATUS_ORDER]


@dataclass(frozen=True)
class ArticleRef:
    """An extracted item pointing at a sentence of an article, with the link to its record."""

    anchor: str
    kind: str
    summary: str
    url: str
    record: object
    sentence_start: int | None
    sentence_end: int | None


def article_refs(
    targets: list[Target], achievements: list[Achievement], scorecards: list[Scorecard]
) -> list[ArticleRef]:
    refs = [
        ArticleRef(
            f"item-target-{t.pk}",
            _("Target"),
            f"{t.indicator}: {vn_number(t.planned_value)} {t.measure_unit}",
            t.get_absolute_url(),
            t,
            t.sentence_start,
            t.sentence_end,
        )
        for t in targets
    ]
    refs += [
        ArticleRef(
            f"item-achievement-{a.pk}",
            _("Achieved"),
            f"{a.target.indicator}: {vn_number(a.value) if a.value is not None else vn_number(a.percent_of_plan) + '%'}",
            f"{a.target.get_absolute_url()}#achievement-{a.pk}",
            a,
            a.sentence_start,
            a.sentence_end,
        )
        for a in achievements
    ]
    refs += [
        ArticleRef(
            f"item-scorecard-{s.pk}",
            _("Scorecard"),
            f"{s.met_or_exceeded}/{s.total} – {s.resolution.unit.name}",
            f"{s.resolution.get_absolute_url()}#scorecard-{s.pk}",
            s,
            s.sentence_start,
            s.sentence_end,
        )
        for s in scorecards
    ]
    return refs
