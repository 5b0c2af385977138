"""Resolutions, their targets, the achieved values reported for them and scorecards."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tracker import pace
from tracker.querysets import AchievementQuerySet, ResolutionQuerySet, ScorecardQuerySet, TargetQuerySet
from tracker.status import Judged, Status
from tracker.text import fold

MIN_YEAR, MAX_YEAR = 1945, 2100
YEAR_VALIDATORS = [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]
NON_NEGATIVE = [MinValueValidator(Decimal(0))]


def nearly_met_margin() -> Decimal:
    return Decimal(str(settings.TRACKER_NEARLY_MET_MARGIN))


def progress_today() -> datetime.date:
    """The day statuses are judged on (the pure functions in tracker.pace take it as a parameter)."""
    return timezone.localdate()


class ReviewState(models.TextChoices):
    EXTRACTED = "extracted", _("Extracted, awaiting review")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")


class PeriodPart(models.TextChoices):
    """The span a reported result covers."""

    YEAR = "year", _("Whole year")
    Q1 = "q1", _("First quarter")
    H1 = "h1", _("First six months")
    M9 = "m9", _("First nine months")
    TERM = "term", _("Whole term")
    MID_TERM = "mid_term", _("Mid-term")
    OTHER = "other", _("Other")


# A result for these parts reports the whole period of its resolution: the final figure.
WHOLE_PERIODS = {"annual": {PeriodPart.YEAR}, "term": {PeriodPart.TERM}}


class Provenance(models.Model):
    """Where an item was read: the article, its sentence and the sentence's character offsets."""

    article = models.ForeignKey(
        "tracker.Article",
        verbose_name=_("source article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sentence = models.TextField(_("source sentence"), blank=True)
    sentence_start = models.PositiveIntegerField(_("sentence start"), null=True, blank=True)
    sentence_end = models.PositiveIntegerField(_("sentence end"), null=True, blank=True)
    review_state = models.CharField(
        _("review state"),
        max_length=10,
        choices=ReviewState,
        default=ReviewState.CONFIRMED,
        db_index=True,
    )
    # Why the extraction read it so: the ids of the rules that fired (extraction.reasons explains them).
    rules = models.JSONField(_("rules that fired"), default=list, blank=True, editable=False)

    class Meta:
        abstract = True


class Theme(models.Model):
    """A field of work a target belongs to (party building, economy, budget ...)."""

    code = models.SlugField(_("code"), max_length=20, primary_key=True)
    name_vi = models.CharField(_("Vietnamese name"), max_length=100)
    name_en = models.CharField(_("English name"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["position", "code"]

    def __str__(self) -> str:
        from django.utils.translation import get_language

        return self.name_en if (get_language() or "vi").startswith("en") else self.name_vi

    def get_absolute_url(self) -> str:
        return reverse("tracker:theme", args=[self.code])


class Resolution(models.Model):
    """A committee's resolution for one year (annual) or one five-year term."""

    class Kind(models.TextChoices):
        ANNUAL = "annual", _("Annual resolution")
        TERM = "term", _("Term (congress) resolution")

    unit = models.ForeignKey(
        "tracker.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="resolutions"
    )
    kind = models.CharField(_("kind"), max_length=6, choices=Kind)
    start_year = models.PositiveSmallIntegerField(_("year / first year"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("last year"), validators=YEAR_VALIDATORS)
    number = models.CharField(_("number"), max_length=40, blank=True, help_text=_("e.g. 08-NQ/HU"))
    title = models.CharField(_("title"), max_length=300, blank=True)
    slogan = models.CharField(_("slogan of the year"), max_length=200, blank=True)
    declared_target_count = models.PositiveSmallIntegerField(_("declared number of targets"), null=True, blank=True)
    articles = models.ManyToManyField(
        "tracker.Article", verbose_name=_("source articles"), blank=True, related_name="resolutions"
    )
    # Generated demo data (generate_demo_data) is flagged so it never passes for real data.
    is_synthetic = models.BooleanField(_("synthetic demo data"), default=False, db_index=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ResolutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")
        ordering = ["unit__short_name", "-end_year", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "kind", "start_year", "end_year"], name="tracker_resolution_unique_unit_period"
            ),
            models.CheckConstraint(
                condition=Q(end_year__gte=F("start_year")), name="tracker_resolution_period_ordered"
            ),
            models.CheckConstraint(
                condition=~Q(kind="annual") | Q(end_year=F("start_year")), name="tracker_resolution_annual_single_year"
            ),
            models.CheckConstraint(
                condition=Q(start_year__gte=MIN_YEAR, end_year__lte=MAX_YEAR), name="tracker_resolution_years_in_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.period_label} – {self.unit}"

    def clean(self) -> None:
        if self.kind == self.Kind.ANNUAL and self.start_year and not self.end_year:
            self.end_year = self.start_year
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("A term cannot end before it starts.")})
        if self.kind == self.Kind.ANNUAL and self.start_year and self.end_year != self.start_year:
            raise ValidationError(
                {"end_year": _("An annual resolution covers one year: last year must equal the year.")}
            )

    def get_absolute_url(self) -> str:
        return reverse("tracker:resolution", args=[self.pk])

    @property
    def year(self) -> int | None:
        return self.start_year if self.kind == self.Kind.ANNUAL else None

    @property
    def period_label(self) -> str:
        if self.kind == self.Kind.ANNUAL:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year}"


class Target(Provenance):
    """A planned quantity of a resolution, with its latest achieved value and status kept current."""

    class Direction(models.TextChoices):
        INCREASE = "increase", _("Increase")
        DECREASE = "decrease", _("Decrease")
        NONE = "none", _("No direction")

    resolution = models.ForeignKey(
        Resolution, verbose_name=_("resolution"), on_delete=models.CASCADE, related_name="targets"
    )
    theme = models.ForeignKey(Theme, verbose_name=_("theme"), on_delete=models.PROTECT, related_name="targets")
    indicator = models.CharField(_("indicator"), max_length=500)
    planned_value = models.DecimalField(_("planned value"), max_digits=20, decimal_places=4)
    planned_value_max = models.DecimalField(
        _("planned maximum"),
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("Upper bound of a range such as 1 - 1,5%."),
    )
    measure_unit = models.CharField(_("unit of measure"), max_length=60, blank=True)
    direction = models.CharField(_("direction"), max_length=8, choices=Direction, default=Direction.INCREASE)
    judged = models.CharField(_("judged as"), max_length=8, choices=Judged, default=Judged.AT_LEAST)
    deadline_year = models.PositiveSmallIntegerField(
        _("deadline year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # Kept current from the latest confirmed achievement (see tracker.services).
    latest_achievement = models.ForeignKey(
        "tracker.Achievement",
        verbose_name=_("latest achievement"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    achieved_value = models.DecimalField(
        _("achieved"), max_digits=20, decimal_places=4, null=True, blank=True, editable=False
    )
    completion = models.DecimalField(
        _("completion"), max_digits=12, decimal_places=4, null=True, blank=True, editable=False
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.NO_DATA, editable=False, db_index=True
    )
    # While the period runs: the value expected by the latest result's date and the projection
    # to the deadline (tracker.pace); empty once the period has ended.
    expected_value = models.DecimalField(
        _("expected by now"), max_digits=20, decimal_places=4, null=True, blank=True, editable=False
    )
    projected_value = models.DecimalField(
        _("projected at the deadline"), max_digits=20, decimal_places=4, null=True, blank=True, editable=False
    )
    search_text = models.CharField(max_length=600, editable=False, default="")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords(
        excluded_fields=[
            "search_text",
            "latest_achievement",
            "achieved_value",
            "completion",
            "status",
            "expected_value",
            "projected_value",
            "updated_at",
        ]
    )
    objects = TargetQuerySet.as_manager()

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["resolution", "theme__position", "position", "id"]
        indexes = [
            # Covering indexes for the dashboard's counts by theme and by resolution (overview,
            # province summaries) at national scale; the first replaces the (theme, status) index.
            models.Index(fields=["theme", "status", "review_state"], name="tracker_target_theme_status_rv"),
            models.Index(fields=["resolution", "status", "review_state"], name="tracker_target_res_status_rv"),
            # The theme page's first rows in the table's default order, without sorting the whole theme.
            models.Index(fields=["theme", "resolution", "position"], name="tracker_target_theme_order"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(planned_value_max__isnull=True) | Q(planned_value_max__gte=F("planned_value")),
                name="tracker_target_range_ordered",
            ),
            models.CheckConstraint(condition=Q(planned_value__gte=0), name="tracker_target_plan_non_negative"),
        ]

    def __str__(self) -> str:
        return self.indicator

    def clean(self) -> None:
        errors = {}
        if self.planned_value is not None and self.planned_value < 0:
            errors["planned_value"] = _("The planned value cannot be negative.")
        if (
            self.planned_value is not None
            and self.planned_value_max is not None
            and self.planned_value_max < self.planned_value
        ):
            errors["planned_value_max"] = _("The maximum of a range cannot be below its minimum.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs) -> None:
        self.search_text = fold(f"{self.indicator} {self.measure_unit}")
        self.apply_progress()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("tracker:target", args=[self.pk])

    def apply_progress(
        self, achievements: "list[Achievement] | None" = None, *, today: datetime.date | None = None
    ) -> pace.Judgement:
        """Recompute achieved value, completion, status, expected and projected values from the
        confirmed achievements (read from the database when not given): the one place it is done."""
        if achievements is None:
            achievements = (
                list(Achievement.objects.filter(target=self).counted().order_by("as_of", "id")) if self.pk else []
            )
        counted = [a for a in achievements if a.review_state == ReviewState.CONFIRMED]
        judgement = self.judgement(counted, today=today)
        self.latest_achievement = counted[-1] if counted else None
        self.achieved_value = self.latest_achievement.value if counted else None
        self.completion = _four_places(judgement.completion)
        self.status = judgement.status
        self.expected_value = _four_places(judgement.expected)
        self.projected_value = _four_places(judgement.projected)
        return judgement

    def judgement(self, achievements: "list[Achievement]", *, today: datetime.date | None = None) -> pace.Judgement:
        """Where the target stands on `today` (default: the local date) from these achievements."""
        resolution = self.resolution
        return pace.judge(
            goal=self.goal(),
            results=[
                pace.Result(a.as_of, a.value, a.percent_of_plan, a.period in WHOLE_PERIODS[resolution.kind])
                for a in sorted(achievements, key=lambda a: (a.as_of, a.pk or 0))
            ],
            window=self.window(),
            today=today or progress_today(),
            margin=nearly_met_margin(),
            yearly=pace.is_yearly(self.indicator),
        )

    def goal(self) -> pace.Goal:
        return pace.Goal(
            Decimal(self.planned_value),
            None if self.planned_value_max is None else Decimal(self.planned_value_max),
            self.judged,
            pace.shape_of(self.indicator, self.measure_unit),
        )

    def window(self) -> pace.Window:
        resolution = self.resolution
        return pace.resolution_window(
            kind=resolution.kind,
            start_year=resolution.start_year,
            end_year=resolution.end_year,
            deadline_year=self.deadline_year,
        )

    @property
    def completion_percent(self) -> Decimal | None:
        return None if self.completion is None else pace.percent_of(self.completion)


def _four_places(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.0001"))


class Achievement(Provenance):
    """An achieved value of a target as of a date, read from an article or entered by staff."""

    class Source(models.TextChoices):
        ARTICLE = "article", _("Article sentence")
        STAFF = "staff", _("Staff edit")

    target = models.ForeignKey(Target, verbose_name=_("target"), on_delete=models.CASCADE, related_name="achievements")
    value = models.DecimalField(
        _("achieved value"), max_digits=20, decimal_places=4, null=True, blank=True, validators=NON_NEGATIVE
    )
    planned_value = models.DecimalField(
        _("plan as reported"), max_digits=20, decimal_places=4, null=True, blank=True, validators=NON_NEGATIVE
    )
    percent_of_plan = models.DecimalField(
        _("percent of plan"), max_digits=10, decimal_places=2, null=True, blank=True, validators=NON_NEGATIVE
    )
    as_of = models.DateField(_("as of"))
    period = models.CharField(_("period covered"), max_length=10, choices=PeriodPart, default=PeriodPart.YEAR)
    source = models.CharField(_("source"), max_length=8, choices=Source, default=Source.STAFF)
    note = models.TextField(_("note"), blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    history = HistoricalRecords()
    objects = AchievementQuerySet.as_manager()

    class Meta:
        verbose_name = _("achievement")
        verbose_name_plural = _("achievements")
        ordering = ["target", "as_of", "id"]
        indexes = [models.Index(fields=["target", "as_of"], name="tracker_achv_target_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(value__isnull=False) | Q(percent_of_plan__isnull=False),
                name="tracker_achievement_has_value_or_percent",
            ),
            models.CheckConstraint(
                condition=(Q(value__isnull=True) | Q(value__gte=0))
                & (Q(percent_of_plan__isnull=True) | Q(percent_of_plan__gte=0)),
                name="tracker_achievement_non_negative",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.target} @ {self.as_of:%d/%m/%Y}"

    def clean(self) -> None:
        if self.value is None and self.percent_of_plan is None:
            raise ValidationError(_("Enter the achieved value or its percentage of the plan."))


class Scorecard(Provenance):
    """A resolution's reported count of targets met, as of a date ("19/25 chỉ tiêu đạt và vượt")."""

    resolution = models.ForeignKey(
        Resolution, verbose_name=_("resolution"), on_delete=models.CASCADE, related_name="scorecards"
    )
    as_of = models.DateField(_("as of"))
    period = models.CharField(_("period covered"), max_length=10, choices=PeriodPart, default=PeriodPart.YEAR)
    total = models.PositiveSmallIntegerField(_("targets in all"))
    met_or_exceeded = models.PositiveSmallIntegerField(_("met or exceeded"))
    exceeded = models.PositiveSmallIntegerField(_("exceeded"), null=True, blank=True)
    nearly_met = models.PositiveSmallIntegerField(_("nearly met"), null=True, blank=True)
    not_met = models.PositiveSmallIntegerField(_("not met"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    history = HistoricalRecords()
    objects = ScorecardQuerySet.as_manager()

    class Meta:
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")
        ordering = ["resolution", "as_of", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(met_or_exceeded__lte=F("total")), name="tracker_scorecard_met_within_total"
            ),
            models.CheckConstraint(
                condition=Q(exceeded__isnull=True) | Q(exceeded__lte=F("met_or_exceeded")),
                name="tracker_scorecard_exceeded_within_met",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.met_or_exceeded}/{self.total} – {self.resolution}"

    def clean(self) -> None:
        if self.total is not None and self.met_or_exceeded is not None and self.met_or_exceeded > self.total:
            raise ValidationError({"met_or_exceeded": _("More targets met than there are targets.")})
        if self.exceeded is not None and self.met_or_exceeded is not None and self.exceeded > self.met_or_exceeded:
            raise ValidationError({"exceeded": _("More targets exceeded than met.")})
