"""Administrative units (~4,000 rows) and themes."""

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tracker.admin.base import FoldedSearchMixin
from tracker.admin.filters import UnitProvinceFilter
from tracker.forms import UnitForm
from tracker.models import Theme, Unit
from tracker.text import fold

# Autocomplete requests for these foreign keys only offer provinces.
PROVINCE_FIELDS = {"parent", "province_after_reform"}


@admin.register(Unit)
class UnitAdmin(FoldedSearchMixin, admin.ModelAdmin):
    form = UnitForm
    folded_search_fields = ("search_text", "parent__search_text")
    list_display = ["name", "kind", "system", "parent", "province_after_reform", "valid_from", "valid_to", "origin"]
    list_filter = ["system", "level", "kind", "origin", UnitProvinceFilter]
    list_select_related = ["parent", "province_after_reform"]
    autocomplete_fields = ["parent", "province_after_reform", "merged_into"]
    prepopulated_fields = {"slug": ["short_name"]}
    readonly_fields = ["level"]
    fieldsets = [
        (None, {"fields": ["short_name", "name", "kind", "level", "system", "parent", "slug", "code"]}),
        (
            _("History of the unit"),
            {"fields": ["valid_from", "valid_to", "province_after_reform", "merged_into", "origin", "note"]},
        ),
    ]

    def get_search_results(self, request, queryset, search_term):
        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("model_name") == "unit" and request.GET.get("field_name") in PROVINCE_FIELDS:
            queryset = queryset.filter(level=Unit.Level.PROVINCE)
            if request.GET.get("field_name") == "province_after_reform":
                queryset = queryset.filter(system=Unit.System.FROM_2025)
        return queryset, duplicates

    def get_changeform_initial_data(self, request):
        # A unit a person adds by hand is marked as such (the gazetteer loader sets its own).
        return {"origin": Unit.Origin.ADDED, **super().get_changeform_initial_data(request)}


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["code", "name_vi", "name_en", "position"]
    search_fields = ["code", "name_vi", "name_en"]
    ordering = ["position"]

    def get_search_results(self, request, queryset, search_term):
        # Nine rows: fold in Python rather than store a search column.
        words = fold(search_term).split()
        if not words:
            return queryset, False
        codes = [t.code for t in queryset if all(w in fold(f"{t.code} {t.name_vi} {t.name_en}") for w in words)]
        return queryset.filter(Q(code__in=codes)), False
