"""Read-only pages of the dashboard. Editing happens in the admin."""

from dataclasses import replace
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.views.decorators.http import require_safe
from django_tables2 import RequestConfig

from tracker import charts, reports, selectors
from tracker.exports import FORMATS, export_response
from tracker.filters import TargetFilter, ThemeTargetFilter
from tracker.models import Achievement, Article, Resolution, ReviewState, Scorecard, Target, Theme, Unit
from tracker.tables import TargetTable

PER_PAGE = 25
SEARCH_LIMIT = 20


def read_access(view):
    """GET/HEAD only; a login unless settings.TRACKER_ANONYMOUS_READ opens the pages to everyone."""

    @require_safe
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not (request.user.is_authenticated or settings.TRACKER_ANONYMOUS_READ):
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        return view(request, *args, **kwargs)

    return wrapped


def _can_edit(request) -> bool:
    return request.user.has_perm("tracker.change_target")


@read_access
def overview(request):
    context = selectors.overview_cached(translation.get_language(), request.GET.get("level"), request.GET.get("period"))
    if request.user.is_staff:
        context["backlog"] = selectors.review_backlog()
    return render(request, "tracker/overview.html", context)


def _unit_view(level: int):
    @read_access
    def view(request, slug: str):
        unit = get_object_or_404(Unit.objects.select_related("parent", "province_after_reform"), slug=slug, level=level)
        if (fmt := request.GET.get("_export")) in FORMATS:  # every confirmed target of the unit's committee
            return export_response(
                Target.objects.for_unit(unit).counted().order_by("resolution_id", "position", "id"),
                fmt,
                filename=f"chi-tieu-{unit.slug}",
            )
        context = selectors.unit_page(unit, request.GET.get("period"), request.GET.get("trend"))
        context.update(unit=unit, can_edit=_can_edit(request))
        return render(request, "tracker/unit.html", context)

    return view


province = _unit_view(Unit.Level.PROVINCE)
district = _unit_view(Unit.Level.DISTRICT)
commune = _unit_view(Unit.Level.COMMUNE)


def _reviewed(request, queryset):
    """Confirmed targets; the ones awaiting review only when asked for (?review_state=extracted),
    apart from the others; rejected ones never."""
    if request.GET.get("review_state") == ReviewState.EXTRACTED:
        return queryset.awaiting_review()
    return queryset.confirmed()


def _filtered_table(request, queryset, filterset_class, **table_options):
    """The filtered, sortable table (invalid filters show their errors and no rows)."""
    queryset = _reviewed(request, queryset)
    # Default order: by resolution and position, which the index on resolution_id serves without
    # sorting every target (a national table has ~125,000).
    ordered = queryset.order_by("resolution_id", "position", "id")
    filterset = filterset_class(request.GET, queryset=ordered)
    rows = filterset.qs if filterset.is_valid() else filterset.queryset.none()
    if request.GET.get("review_state") != ReviewState.EXTRACTED:
        # Every row shown is confirmed: the review column would say so on every line.
        table_options["exclude"] = (*table_options.get("exclude", ()), "review_state")
    return filterset, TargetTable(rows.for_table(), can_edit=_can_edit(request), request=request, **table_options)


def _paginate_or_export(request, table):
    """Paginate the table for the page, or answer ?_export= with every filtered row, sorted alike."""
    export = request.GET.get("_export")
    if export in FORMATS:
        RequestConfig(request, paginate=False).configure(table)
        # Exports hold only what counts: confirmed targets, whatever the filter.
        return export_response(table.data.data.filter(review_state=ReviewState.CONFIRMED), export)
    RequestConfig(request, paginate={"per_page": PER_PAGE}).configure(table)
    return None


@read_access
def targets(request):
    filterset, table = _filtered_table(request, Target.objects.all(), TargetFilter)
    if export := _paginate_or_export(request, table):
        return export
    return render(request, "tracker/targets.html", {"filter": filterset, "table": table})


@read_access
def theme(request, code: str):
    theme = get_object_or_404(Theme, code=code)
    filterset, table = _filtered_table(
        request, Target.objects.for_theme(theme.code), ThemeTargetFilter, exclude=("theme",)
    )
    if export := _paginate_or_export(request, table):
        return export
    # The chart compares the targets on this page of the table, labelled by their unit.
    page = [row.record for row in table.paginated_rows]
    bars = [
        replace(bar, label=f"{selectors.unit_period_label(t)} · {t.indicator}")
        for t, bar in zip(page, selectors.completion_bars(page), strict=True)
    ]
    return render(
        request,
        "tracker/theme.html",
        {
            "theme": theme,
            "filter": filterset,
            "table": table,
            "chart": charts.completion_chart("theme-chart", bars) if bars else None,
            "status_counts": selectors.status_rows(filterset.qs.status_counts() if filterset.is_valid() else {}),
        },
    )


@read_access
def resolution(request, pk: int):
    resolution = get_object_or_404(Resolution.objects.with_unit(), pk=pk)
    if (fmt := request.GET.get("_export")) in FORMATS:
        return export_response(
            Target.objects.for_resolution(resolution).counted().order_by("position", "id"),
            fmt,
            filename=reports.report_filename(resolution).removesuffix(".docx"),
        )
    targets = list(
        Target.objects.for_resolution(resolution)
        .counted()
        .select_related("theme", "latest_achievement")
        .defer("search_text")
    )
    scorecards = list(resolution.scorecards.counted().order_by("as_of", "id"))
    for scorecard in scorecards:
        scorecard.resolution = resolution
    return render(
        request,
        "tracker/resolution.html",
        {
            "resolution": resolution,
            "unit": resolution.unit,
            "targets": targets,
            "summary": selectors.target_summary(targets),
            "completion_chart": charts.completion_chart("completion-chart", selectors.completion_bars(targets))
            if targets
            else None,
            "scorecards": scorecards,
            "articles": selectors.articles_about(
                resolutions=Q(resolution=resolution), targets=Q(resolution=resolution)
            ),
            "awaiting": selectors.awaiting_review(resolution),
            "can_edit": _can_edit(request),
        },
    )


@read_access
def resolution_report(request, pk: int):
    """The resolution's report for a committee meeting, as a Word document."""
    resolution = get_object_or_404(Resolution.objects.with_unit(), pk=pk)
    response = HttpResponse(reports.resolution_report(resolution), content_type=reports.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{reports.report_filename(resolution)}"'
    return response


@read_access
def target(request, pk: int):
    target = get_object_or_404(
        Target.objects.select_related("resolution__unit__parent", "theme").defer("article__text"), pk=pk
    )
    achievements = list(
        target.achievements.exclude(review_state=ReviewState.REJECTED)
        .select_related("article", "entered_by")
        .defer("article__text")
        .order_by("as_of", "id")
    )
    points = selectors.target_history(target, achievements)
    progress = selectors.pace_context(target, achievements)
    chart = (
        charts.history_chart(
            "history-chart",
            points,
            planned=float(target.planned_value),
            planned_max=None if target.planned_value_max is None else float(target.planned_value_max),
            measure_unit=target.measure_unit,
            pace=progress["lines"],
        )
        if points
        else None
    )
    return render(
        request,
        "tracker/target.html",
        {
            "target": target,
            "resolution": target.resolution,
            "unit": target.resolution.unit,
            "achievements": achievements,
            "chart": chart,
            "pace": progress,
            "can_edit": _can_edit(request),
        },
    )


@read_access
def article(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    refs = selectors.article_refs(
        list(Target.objects.filter(article=article).select_related("resolution__unit").defer("search_text")),
        list(Achievement.objects.filter(article=article).select_related("target").defer("target__search_text")),
        list(Scorecard.objects.filter(article=article).select_related("resolution__unit")),
    )
    return render(
        request,
        "tracker/article.html",
        {
            "article": article,
            "segments": selectors.article_segments(article.text, refs),
            "refs": refs,
            "can_edit": _can_edit(request),
        },
    )


@read_access
def search(request):
    query = request.GET.get("q", "").strip()
    units, found_targets = [], []
    if query:
        units = list(
            Unit.objects.search(query)
            .for_listing()
            .with_resolution_count()
            .order_by("-resolution_count", "level", "short_name")[:SEARCH_LIMIT]
        )
        found_targets = list(Target.objects.counted().search(query).for_table()[:SEARCH_LIMIT])
    return render(request, "tracker/search.html", {"query": query, "units": units, "targets": found_targets})
