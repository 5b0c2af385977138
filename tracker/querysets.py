"""Reads as chainable QuerySet methods: every page builds on these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Count, Q

from tracker.text import fold

if TYPE_CHECKING:
    from tracker.models import Unit


class UnitQuerySet(models.QuerySet):
    def before_reform(self) -> UnitQuerySet:
        """Units of the structure before 1 July 2025 (63 provinces and their districts)."""
        return self.filter(system="2019")

    def from_reform(self) -> UnitQuerySet:
        """Units of the structure from 1 July 2025 (34 provinces and their communes)."""
        return self.filter(system="2025")

    def provinces(self) -> UnitQuerySet:
        """Province-level units."""
        return self.filter(level=1)

    def districts(self) -> UnitQuerySet:
        """District-level units (before the reform)."""
        return self.filter(level=2)

    def communes(self) -> UnitQuerySet:
        """Communes, wards and special zones (from the reform)."""
        return self.filter(level=3)

    def search(self, query: str) -> UnitQuerySet:
        """Units whose name contains every word of the query, ignoring case and diacritics."""
        qs = self
        for word in fold(query).split():
            qs = qs.filter(search_text__contains=word)
        return qs

    def with_resolution_count(self) -> UnitQuerySet:
        """Annotate how many resolutions each unit has."""
        return self.annotate(resolution_count=Count("resolutions", distinct=True))

    def with_resolutions(self) -> UnitQuerySet:
        """Only units that have at least one resolution."""
        return self.filter(resolutions__isnull=False).distinct()


class ResolutionQuerySet(models.QuerySet):
    def for_unit(self, unit: Unit) -> ResolutionQuerySet:
        """Resolutions of one unit's own committee."""
        return self.filter(unit=unit)

    def within(self, unit: Unit) -> ResolutionQuerySet:
        """Resolutions of a unit and of every unit below it."""
        return self.filter(Q(unit=unit) | Q(unit__parent=unit))

    def annual(self) -> ResolutionQuerySet:
        return self.filter(kind="annual")

    def terms(self) -> ResolutionQuerySet:
        return self.filter(kind="term")

    def for_year(self, year: int) -> ResolutionQuerySet:
        """Resolutions in force in a year: that year's annual resolution and the term covering it."""
        return self.filter(start_year__lte=year, end_year__gte=year)

    def with_unit(self) -> ResolutionQuerySet:
        return self.select_related("unit", "unit__parent")

    def with_target_counts(self) -> ResolutionQuerySet:
        """Annotate counted targets by status (rejected targets are never counted)."""
        counted = ~Q(targets__review_state="rejected")
        return self.annotate(
            target_total=Count("targets", filter=counted),
            target_met=Count("targets", filter=counted & Q(targets__status__in=["met", "exceeded"])),
            target_behind=Count("targets", filter=counted & Q(targets__status__in=["not_met", "nearly_met"])),
        )


class TargetQuerySet(models.QuerySet):
    def counted(self) -> TargetQuerySet:
        """Targets that are not rejected by staff."""
        return self.exclude(review_state="rejected")

    def confirmed(self) -> TargetQuerySet:
        return self.filter(review_state="confirmed")

    def awaiting_review(self) -> TargetQuerySet:
        return self.filter(review_state="extracted")

    def for_unit(self, unit: Unit) -> TargetQuerySet:
        """Targets of one unit's own resolutions."""
        return self.filter(resolution__unit=unit)

    def within(self, unit: Unit) -> TargetQuerySet:
        """Targets of a unit and of every unit below it."""
        return self.filter(Q(resolution__unit=unit) | Q(resolution__unit__parent=unit))

    def for_resolution(self, resolution) -> TargetQuerySet:
        return self.filter(resolution=resolution)

    def for_theme(self, theme_code: str) -> TargetQuerySet:
        return self.filter(theme_id=theme_code)

    def for_period(self, *, kind: str | None = None, year: int | None = None) -> TargetQuerySet:
        """Targets of resolutions of a kind and/or in force in a year."""
        qs = self
        if kind:
            qs = qs.filter(resolution__kind=kind)
        if year:
            qs = qs.filter(resolution__start_year__lte=year, resolution__end_year__gte=year)
        return qs

    def search(self, query: str) -> TargetQuerySet:
        """Targets whose indicator or unit name holds every word of the query, diacritics ignored."""
        qs = self
        for word in fold(query).split():
            qs = qs.filter(Q(search_text__contains=word) | Q(resolution__unit__search_text__contains=word))
        return qs

    def with_related(self) -> TargetQuerySet:
        """Join what a row of a table shows: unit, province, theme and the latest achievement."""
        return self.select_related(
            "resolution", "resolution__unit", "resolution__unit__parent", "theme", "latest_achievement",
            "latest_achievement__article", "article",
        )

    def status_counts(self) -> dict[str, int]:
        """Number of targets per status."""
        return dict(self.order_by().values_list("status").annotate(n=Count("id")))


class AchievementQuerySet(models.QuerySet):
    def counted(self) -> AchievementQuerySet:
        """Achievements that count: confirmed by staff or entered by them."""
        return self.filter(review_state="confirmed")

    def latest_first(self) -> AchievementQuerySet:
        return self.order_by("-as_of", "-id")


class ScorecardQuerySet(models.QuerySet):
    def counted(self) -> ScorecardQuerySet:
        return self.exclude(review_state="rejected")
