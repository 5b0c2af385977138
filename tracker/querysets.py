"""Reads as chainable QuerySet methods: every page builds on these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce

from tracker.text import fold

if TYPE_CHECKING:
    from tracker.models import Unit

# Not met or nearly met once the period ended; behind schedule or at risk while it runs.
BEHIND_STATUSES = ["not_met", "nearly_met", "behind", "at_risk"]


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

    def with_resolutions_within(self) -> UnitQuerySet:
        """Only units with a resolution of their own or of a unit directly below them."""
        from tracker.models import Resolution

        # Two EXISTS rather than one with an OR, so each can use an index.
        own = Resolution.objects.filter(unit=OuterRef("pk"))
        below = Resolution.objects.filter(unit__parent=OuterRef("pk"))
        return self.filter(Exists(own) | Exists(below))

    def with_own_resolutions(self) -> UnitQuerySet:
        """Only units with a resolution of their own (an EXISTS, no duplicates, no DISTINCT)."""
        from tracker.models import Resolution

        return self.filter(Exists(Resolution.objects.filter(unit=OuterRef("pk"))))

    def with_target_counts(self, **period) -> UnitQuerySet:
        """Annotate each unit's confirmed targets by status, optionally for one period (kind, years)."""
        counted = Q(resolutions__targets__review_state="confirmed")
        for key, value in period.items():
            counted &= Q(**{f"resolutions__{key}": value})
        status = "resolutions__targets__status__in"
        return self.annotate(
            target_total=Count("resolutions__targets", filter=counted),
            target_met=Count("resolutions__targets", filter=counted & Q(**{status: ["met", "exceeded"]})),
            target_nearly=Count("resolutions__targets", filter=counted & Q(**{status: ["nearly_met"]})),
            target_not_met=Count("resolutions__targets", filter=counted & Q(**{status: ["not_met"]})),
            target_no_data=Count("resolutions__targets", filter=counted & Q(**{status: ["no_data"]})),
            target_on_track=Count("resolutions__targets", filter=counted & Q(**{status: ["on_track"]})),
            target_behind=Count("resolutions__targets", filter=counted & Q(**{status: ["behind", "at_risk"]})),
        )

    def for_listing(self) -> UnitQuerySet:
        """Join the parent so a unit's label ("Huyện X (Province)") costs no extra query."""
        return self.select_related("parent")


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

    def with_unit(self) -> ResolutionQuerySet:
        return self.select_related("unit", "unit__parent")

    def periods(self) -> list[tuple[str, int, int]]:
        """Distinct (kind, start_year, end_year) of these resolutions, latest first, terms after years."""
        rows = self.order_by().values_list("kind", "start_year", "end_year").distinct()
        return sorted(set(rows), key=lambda p: (-p[2], p[0] == "term", -p[1]))

    def with_target_counts(self) -> ResolutionQuerySet:
        """Annotate confirmed targets by status (targets awaiting review or rejected never count)."""
        counted = Q(targets__review_state="confirmed")
        return self.annotate(
            target_total=Count("targets", filter=counted),
            target_met=Count("targets", filter=counted & Q(targets__status__in=["met", "exceeded"])),
            target_on_track=Count("targets", filter=counted & Q(targets__status="on_track")),
            target_behind=Count("targets", filter=counted & Q(targets__status__in=BEHIND_STATUSES)),
        )


class TargetQuerySet(models.QuerySet):
    def counted(self) -> TargetQuerySet:
        """Targets that count: confirmed by staff or entered by them (never awaiting review or rejected)."""
        return self.filter(review_state="confirmed")

    def confirmed(self) -> TargetQuerySet:
        """Targets confirmed by staff or entered by them."""
        return self.filter(review_state="confirmed")

    def awaiting_review(self) -> TargetQuerySet:
        """Targets read from an article that nobody has reviewed yet."""
        return self.filter(review_state="extracted")

    def for_unit(self, unit: Unit) -> TargetQuerySet:
        """Targets of one unit's own resolutions."""
        return self.filter(resolution__unit=unit)

    def within(self, unit: Unit) -> TargetQuerySet:
        """Targets of a unit and of every unit below it."""
        from tracker.models import Resolution

        # Through the unit's few resolutions: an OR across the joined unit table lets SQLite walk
        # every target of another filter (all "not met" targets: 100 ms at national scale, not 5).
        return self.filter(resolution__in=Resolution.objects.within(unit).values("pk"))

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

    def with_province_name(self) -> TargetQuerySet:
        """Alias the province's short name (the unit's own for a province's targets), for sorting.

        An alias, not an annotation: counting the rows then needs no join.
        """
        return self.alias(
            province_name=Coalesce(F("resolution__unit__parent__short_name"), F("resolution__unit__short_name"))
        )

    def for_table(self) -> TargetQuerySet:
        """What a row of the targets table shows, in one query; article texts are never loaded."""
        return self.select_related(
            "resolution",
            "resolution__unit",
            "resolution__unit__parent",
            "theme",
            "latest_achievement",
        ).defer("search_text", "sentence", "latest_achievement__sentence", "latest_achievement__note")

    def status_counts(self) -> dict[str, int]:
        """Number of targets per status."""
        return dict(self.order_by().values_list("status").annotate(n=Count("id")))

    def counts_by_theme_status_review(self) -> list[tuple[str, str, str, int]]:
        """(theme, status, review state, number of targets): one grouped query for an overview."""
        return list(self.order_by().values_list("theme_id", "status", "review_state").annotate(n=Count("id")))

    def counts_by_resolution(self) -> list[tuple[int, int, int, int]]:
        """(resolution, confirmed targets, behind, judged) per resolution with a confirmed target.

        Grouped by resolution on the (resolution, status, review_state) index, without joining the
        resolutions (~125,000 targets at national scale).
        """
        behind = Q(status__in=BEHIND_STATUSES)
        return list(
            self.counted()
            .order_by()
            .values("resolution_id")
            .annotate(
                total=Count("id"), behind=Count("id", filter=behind), judged=Count("id", filter=~Q(status="no_data"))
            )
            .values_list("resolution_id", "total", "behind", "judged")
        )

    def behind_by_unit(
        self,
        limit: int = 10,
        unit_of: dict[int, int] | None = None,
        rows: list[tuple[int, int, int, int]] | None = None,
    ) -> list[dict]:
        """Units with the largest share of confirmed targets not (or nearly not) met, behind or at
        risk, worst first; resolutions are mapped to their units in Python, from `unit_of`
        ({resolution id: unit id}) and `rows` (counts_by_resolution) when the caller already has them.
        """
        from tracker.models import Resolution

        if rows is None:
            rows = self.counts_by_resolution()
        if unit_of is None:
            unit_of = dict(Resolution.objects.values_list("id", "unit_id"))
        by_unit: dict[int, list[int]] = {}
        for resolution_id, total, behind_n, judged in rows:
            if resolution_id not in unit_of:  # created after the map was read
                continue
            sums = by_unit.setdefault(unit_of[resolution_id], [0, 0, 0])
            sums[0] += total
            sums[1] += behind_n
            sums[2] += judged
        ranked = sorted(
            ((u, *sums) for u, sums in by_unit.items() if sums[1] > 0), key=lambda r: (-r[2] / (r[3] or 1), -r[2], r[0])
        )[:limit]
        return [{"unit_id": u, "total": t, "behind": b, "judged": j} for u, t, b, j in ranked]


class AchievementQuerySet(models.QuerySet):
    def counted(self) -> AchievementQuerySet:
        """Achievements that count: confirmed by staff or entered by them."""
        return self.filter(review_state="confirmed")


class ScorecardQuerySet(models.QuerySet):
    def counted(self) -> ScorecardQuerySet:
        """Scorecards confirmed by staff or entered by them."""
        return self.filter(review_state="confirmed")
