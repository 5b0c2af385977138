"""List filters by place and period, shared by the changelists.

Each filter takes the path from the listed model to its unit ("resolution__unit"), so the
same filter serves resolutions, targets, achievements and scorecards.
"""

from django.contrib import admin
from django.db.models import Max, Min, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from tracker.models import Resolution, Unit


class UnitPathFilter(admin.SimpleListFilter):
    unit_path = "resolution__unit"

    @classmethod
    def for_path(cls, unit_path: str) -> type:
        return type(cls.__name__, (cls,), {"unit_path": unit_path})

    def selected_unit_id(self) -> int | None:
        value = self.value()
        return int(value) if value and value.isdigit() else None

    def units_with_resolutions(self) -> QuerySet:
        return Unit.objects.filter(Q(resolutions__isnull=False) | Q(children__resolutions__isnull=False)).distinct()


class ProvinceFilter(UnitPathFilter):
    """Provinces (of either structure) whose committee or whose units have items."""

    title = _("province")
    parameter_name = "province"

    def lookups(self, request, model_admin):
        provinces = self.units_with_resolutions().filter(level=Unit.Level.PROVINCE)
        return [(unit.pk, str(unit)) for unit in provinces.order_by("system", "short_name")]

    def queryset(self, request, queryset):
        unit_id = self.selected_unit_id()
        if unit_id is None:
            return queryset
        return queryset.filter(Q(**{f"{self.unit_path}_id": unit_id}) | Q(**{f"{self.unit_path}__parent_id": unit_id}))


class DistrictFilter(UnitPathFilter):
    """Districts (and communes) that have resolutions, within the chosen province if any."""

    title = _("district / commune")
    parameter_name = "district"

    def lookups(self, request, model_admin):
        units = Unit.objects.filter(level__gt=Unit.Level.PROVINCE, resolutions__isnull=False).distinct()
        province = request.GET.get(ProvinceFilter.parameter_name, "")
        if province.isdigit():
            units = units.filter(parent_id=int(province))
        return [(unit.pk, str(unit)) for unit in units.select_related("parent").order_by("system", "short_name")]

    def queryset(self, request, queryset):
        unit_id = self.selected_unit_id()
        return queryset if unit_id is None else queryset.filter(**{f"{self.unit_path}_id": unit_id})


class YearFilter(admin.SimpleListFilter):
    """Items of resolutions in force in a year (that year's annual resolution and its term)."""

    title = _("year")
    parameter_name = "year"
    resolution_path = "resolution"

    @classmethod
    def for_path(cls, resolution_path: str) -> type:
        return type(cls.__name__, (cls,), {"resolution_path": resolution_path})

    def lookups(self, request, model_admin):
        span = Resolution.objects.aggregate(first=Min("start_year"), last=Max("end_year"))
        if span["first"] is None:
            return []
        return [(year, str(year)) for year in range(span["last"], span["first"] - 1, -1)]

    def queryset(self, request, queryset):
        value = self.value()
        if not (value and value.isdigit()):
            return queryset
        prefix = f"{self.resolution_path}__" if self.resolution_path else ""
        return queryset.filter(**{f"{prefix}start_year__lte": int(value), f"{prefix}end_year__gte": int(value)})


class UnitProvinceFilter(admin.SimpleListFilter):
    """For the unit list: a province and every unit in it, within the chosen structure."""

    title = _("province")
    parameter_name = "province"

    def lookups(self, request, model_admin):
        provinces = Unit.objects.provinces()
        system = request.GET.get("system__exact")
        if system:
            provinces = provinces.filter(system=system)
        return [(unit.pk, str(unit)) for unit in provinces.order_by("system", "short_name")]

    def queryset(self, request, queryset):
        value = self.value()
        if not (value and value.isdigit()):
            return queryset
        return queryset.filter(Q(pk=int(value)) | Q(parent_id=int(value)))


class ResolutionKindFilter(admin.ChoicesFieldListFilter):
    """The kind of the item's resolution (annual or term), titled as such rather than "kind"."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.title = _("kind of resolution")
