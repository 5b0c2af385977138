"""Filters of the targets table and the theme page (django-filter)."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from tracker.models import ReviewState, Resolution, Target, Theme, Unit
from tracker.status import Status


ALL = _("All")


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, unit: Unit) -> str:
        return str(unit)


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField


def _provinces(request=None):
    return Unit.objects.provinces().with_resolutions_within().order_by("system", "short_name")


def _units_below_province(request=None):
    return (Unit.objects.filter(level__gt=Unit.Level.PROVINCE).with_own_resolutions().for_listing()
            .order_by("parent__short_name", "short_name"))


class TargetFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_text",
                                  widget=forms.TextInput(attrs={"type": "search",
                                                                "placeholder": _("indicator or unit")}))
    structure = django_filters.ChoiceFilter(label=_("Structure"), choices=Unit.System.choices, empty_label=ALL,
                                            field_name="resolution__unit__system")
    province = UnitFilter(label=_("Province"), queryset=_provinces, method="filter_province", empty_label=ALL)
    district = UnitFilter(label=_("District / commune"), queryset=_units_below_province, empty_label=ALL,
                          field_name="resolution__unit")
    kind = django_filters.ChoiceFilter(label=_("Period kind"), choices=Resolution.Kind.choices, empty_label=ALL,
                                       field_name="resolution__kind")
    year = django_filters.NumberFilter(label=_("Year"), method="filter_year",
                                       widget=forms.NumberInput(attrs={"min": 1945, "max": 2100}))
    theme = django_filters.ModelChoiceFilter(label=_("Theme"), queryset=Theme.objects.all(), empty_label=ALL)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices, empty_label=ALL)
    review_state = django_filters.ChoiceFilter(label=_("Review state"), choices=ReviewState.choices,
                                               empty_label=ALL)

    class Meta:
        model = Target
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # With a province chosen, the district list only offers that province's units.
        province = self.data.get("province") if self.data else None
        if province and str(province).isdigit():
            field = self.filters["district"]
            field.queryset = _units_below_province().filter(parent_id=int(province))

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_province(self, queryset, name, value):
        return queryset.within(value)

    def filter_year(self, queryset, name, value):
        return queryset.for_period(year=int(value))


class ThemeTargetFilter(TargetFilter):
    """The theme page compares units inside one theme: the theme filter is the page itself."""

    class Meta(TargetFilter.Meta):
        exclude = ["theme"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters.pop("theme", None)
