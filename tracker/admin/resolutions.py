"""Resolutions, their targets, achieved values and scorecards: where staff spend their day."""

from django.contrib import admin
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from tracker.admin.base import FoldedSearchMixin, TrackedAdmin, stamp_staff_edit
from tracker.admin.display import EMPTY, number, number_range, percent, review_badge, status_badge
from tracker.admin.filters import DistrictFilter, ProvinceFilter, ResolutionKindFilter, YearFilter
from tracker.forms import SCORECARD_FIELDS, AchievementForm, ResolutionForm, ScorecardForm, TargetForm, VersionedFormSet
from tracker.models import Achievement, Resolution, Scorecard, Target

# A target's plan, result and progress, as the resolution's inline and the list of targets show them.
TARGET_PROGRESS_COLUMNS = [
    "plan_column",
    "measure_unit",
    "achieved_column",
    "completion_column",
    "status_column",
    "review_column",
]
UNIT_SEARCH = ("resolution__unit__search_text", "resolution__unit__parent__search_text")


# What staff see of a result, in the target's inline and on its own page.
ACHIEVEMENT_FIELDS = [
    "as_of",
    "period",
    "value",
    "percent_of_plan",
    "planned_value",
    "note",
    "review_state",
    "source",
    "entered_by",
    "article",
    "sentence",
    "edit_version",
]


class ProgressColumns:
    """Read-only columns of a target's plan and progress, for lists and inlines."""

    @admin.display(description=_("unit"), ordering="resolution__unit__short_name")
    def unit_column(self, target: Target) -> str:
        return str(target.resolution.unit)

    @admin.display(description=_("period"), ordering="resolution__end_year")
    def period_column(self, target: Target) -> str:
        return target.resolution.period_label

    @admin.display(description=_("plan"), ordering="planned_value")
    def plan_column(self, target: Target) -> str:
        return number_range(target.planned_value, target.planned_value_max)

    @admin.display(description=_("achieved"), ordering="achieved_value")
    def achieved_column(self, target: Target) -> str:
        if target.achieved_value is None and target.completion is not None:
            return percent(target.completion_percent)  # only a share of the plan was reported
        return number(target.achieved_value)

    @admin.display(description=_("completion"), ordering="completion")
    def completion_column(self, target: Target) -> str:
        return percent(target.completion_percent)

    @admin.display(description=_("status"), ordering="status")
    def status_column(self, target: Target):
        return status_badge(target.status)

    @admin.display(description=_("review state"), ordering="review_state")
    def review_column(self, obj):
        return review_badge(obj.review_state)


class StaffEditFormsetMixin:
    """Inline rows staff add or change are confirmed, and achievements become theirs."""

    def save_formset(self, request, form, formset, change) -> None:
        deleted = set(formset.deleted_forms) if formset.can_delete else set()
        for inline_form in formset.forms:
            if inline_form in deleted or not inline_form.has_changed():
                continue
            stamp_staff_edit(
                inline_form.instance,
                user=request.user,
                changed=inline_form.changed_data,
                adding=inline_form.instance._state.adding,
            )
        super().save_formset(request, form, formset, change)


class TargetInline(ProgressColumns, admin.TabularInline):
    """A resolution's targets with where each stands; edited on the target's own page."""

    model = Target
    fields = ["edit_link", "theme", *TARGET_PROGRESS_COLUMNS]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("theme", "resolution__unit__parent")

    @admin.display(description=_("indicator"))
    def edit_link(self, target: Target):
        url = reverse("admin:tracker_target_change", args=[target.pk])
        return format_html('<a href="{}">{}</a>', url, target.indicator)


class ScorecardInline(admin.TabularInline):
    model = Scorecard
    form = ScorecardForm
    formset = VersionedFormSet
    fields = [*SCORECARD_FIELDS, "edit_version"]
    extra = 0


@admin.register(Resolution)
class ResolutionAdmin(StaffEditFormsetMixin, FoldedSearchMixin, admin.ModelAdmin):
    form = ResolutionForm
    folded_search_fields = ("unit__search_text", "unit__parent__search_text")
    list_display = [
        "unit",
        "kind",
        "period_label",
        "number",
        "slogan",
        "declared_target_count",
        "target_total",
        "target_met",
    ]
    list_display_links = ["unit", "kind"]
    list_filter = [
        ProvinceFilter.for_path("unit"),
        DistrictFilter.for_path("unit"),
        "kind",
        YearFilter.for_path(""),
        "unit__system",
    ]
    autocomplete_fields = ["unit"]
    raw_id_fields = ["articles"]
    inlines = [TargetInline, ScorecardInline]

    def folded_word_filter(self, word: str) -> Q:
        """Also match the number ("08-nq/hu") and, for a year, the resolutions in force then."""
        q = super().folded_word_filter(word) | Q(number__icontains=word)
        if word.isdigit():
            q |= Q(start_year__lte=int(word), end_year__gte=int(word))
        return q

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("unit__parent").with_target_counts()

    @admin.display(description=_("period"), ordering="end_year")
    def period_label(self, resolution: Resolution) -> str:
        return resolution.period_label

    @admin.display(description=_("targets"), ordering="target_total")
    def target_total(self, resolution: Resolution) -> int:
        return resolution.target_total

    @admin.display(description=_("met or exceeded"), ordering="target_met")
    def target_met(self, resolution: Resolution) -> int:
        return resolution.target_met


class AchievementInline(admin.TabularInline):
    """Achieved values of a target, newest first, with the sentence each was read from."""

    model = Achievement
    form = AchievementForm
    formset = VersionedFormSet
    fields = ACHIEVEMENT_FIELDS
    readonly_fields = ["source", "entered_by", "article", "sentence"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("target", "article", "entered_by").order_by("-as_of", "-id")


@admin.register(Target)
class TargetAdmin(StaffEditFormsetMixin, ProgressColumns, TrackedAdmin):
    form = TargetForm
    folded_search_fields = ("search_text", *UNIT_SEARCH)
    list_display = [
        "unit_column",
        "period_column",
        "theme",
        "indicator",
        *TARGET_PROGRESS_COLUMNS,
    ]
    list_display_links = ["indicator"]
    list_filter = [
        ProvinceFilter,
        DistrictFilter,
        ("resolution__kind", ResolutionKindFilter),
        YearFilter,
        "theme",
        "status",
        "review_state",
    ]
    list_select_related = ["resolution__unit__parent", "theme"]
    autocomplete_fields = ["resolution"]
    readonly_fields = ["achieved_column", "completion_column", "status_column", "article", "sentence"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "resolution",
                    "theme",
                    "indicator",
                    ("planned_value", "planned_value_max"),
                    "measure_unit",
                    ("direction", "judged"),
                    "deadline_year",
                    "position",
                ]
            },
        ),
        (_("Progress"), {"fields": ["achieved_column", "completion_column", "status_column"]}),
        (_("Review and source"), {"fields": ["review_state", "article", "sentence", "edit_version"]}),
    ]
    inlines = [AchievementInline]


@admin.register(Achievement)
class AchievementAdmin(TrackedAdmin):
    form = AchievementForm
    folded_search_fields = (
        "target__search_text",
        "target__resolution__unit__search_text",
        "target__resolution__unit__parent__search_text",
    )
    list_display = [
        "target",
        "unit_column",
        "as_of",
        "period",
        "value_column",
        "percent_column",
        "source",
        "review_column",
        "entered_by",
    ]
    list_filter = [
        ProvinceFilter.for_path("target__resolution__unit"),
        DistrictFilter.for_path("target__resolution__unit"),
        ("target__resolution__kind", ResolutionKindFilter),
        YearFilter.for_path("target__resolution"),
        "target__theme",
        "source",
        "review_state",
    ]
    list_select_related = ["target__resolution__unit__parent", "entered_by"]
    autocomplete_fields = ["target"]
    readonly_fields = ["source", "entered_by", "article", "sentence"]
    fields = ["target", *ACHIEVEMENT_FIELDS]
    date_hierarchy = "as_of"

    @admin.display(description=_("unit"), ordering="target__resolution__unit__short_name")
    def unit_column(self, achievement: Achievement) -> str:
        return str(achievement.target.resolution.unit)

    @admin.display(description=_("achieved value"), ordering="value")
    def value_column(self, achievement: Achievement) -> str:
        return number(achievement.value)

    @admin.display(description=_("percent of plan"), ordering="percent_of_plan")
    def percent_column(self, achievement: Achievement) -> str:
        return EMPTY if achievement.percent_of_plan is None else percent(achievement.percent_of_plan)

    @admin.display(description=_("review state"), ordering="review_state")
    def review_column(self, achievement: Achievement):
        return review_badge(achievement.review_state)


@admin.register(Scorecard)
class ScorecardAdmin(TrackedAdmin):
    form = ScorecardForm
    folded_search_fields = UNIT_SEARCH
    list_display = ["resolution", "as_of", "period", "score", "exceeded", "nearly_met", "not_met", "review_column"]
    list_filter = [
        ProvinceFilter,
        DistrictFilter,
        ("resolution__kind", ResolutionKindFilter),
        YearFilter,
        "period",
        "review_state",
    ]
    list_select_related = ["resolution__unit__parent"]
    autocomplete_fields = ["resolution"]
    readonly_fields = ["article", "sentence"]

    @admin.display(description=_("met or exceeded / in all"), ordering="met_or_exceeded")
    def score(self, scorecard: Scorecard) -> str:
        return f"{scorecard.met_or_exceeded}/{scorecard.total}"

    @admin.display(description=_("review state"), ordering="review_state")
    def review_column(self, scorecard: Scorecard):
        return review_badge(scorecard.review_state)
