"""Filters of the targets table and the theme page (django-filter)."""

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from tracker.models import ReviewState, Resolution, Target, Theme, Unit
from tracker.status import Status


ALL = _("All")


class FastSelect(forms.Select):
    """A <select> written in Python: the default renders a template per option, ~0.3 ms each."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        parts = []
        for group, options, _index in widget["optgroups"]:
            html = format_html_join("", '<option value="{}"{}>{}</option>', (
                (option["value"], " selected" if option["selected"] else "", option["label"]) for option in options
            ))
            parts.append(format_html('<optgroup label="{}">{}</optgroup>', group, html) if group else html)
        return format_html('<select name="{}"{}>{}</select>', widget["name"], flatatt(widget["attrs"]),
                           SafeString("".join(parts)))


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, unit: Unit) -> str:
        return str(unit)


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", FastSelect)
        super().__init__(*args, **kwargs)


class ChoiceFilter(django_filters.ChoiceFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", FastSelect)
        super().__init__(*args, **kwargs)


def _provinces(request=None):
    return Unit.objects.provinces().with_resolutions_within().order_by("system", "short_name")


def _units_below_province(request=None):
    return (Unit.objects.filter(level__gt=Unit.Level.PROVINCE).with_own_resolutions().for_listing()
            .order_by("parent__short_name", "short_name"))


class TargetFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_text",
                                  widget=forms.TextInput(attrs={"type": "search",
                                                                "placeholder": _("indicator or unit")}))
    structure = ChoiceFilter(label=_("Structure"), choices=Unit.System.choices, empty_label=ALL,
                                            field_name="resolution__unit__system")
    province = UnitFilter(label=_("Province"), queryset=_provinces, method="filter_province", empty_label=ALL)
    district = UnitFilter(label=_("District / commune"), queryset=_units_below_province, empty_label=ALL,
                          help_text=_("Choose a province first to list its units."),
                          field_name="resolution__unit")
    kind = ChoiceFilter(label=_("Period kind"), choices=Resolution.Kind.choices, empty_label=ALL,
                                       field_name="resolution__kind")
    year = django_filters.NumberFilter(label=_("Year"), method="filter_year",
                                       widget=forms.NumberInput(attrs={"min": 1945, "max": 2100}))
    theme = django_filters.ModelChoiceFilter(label=_("Theme"), queryset=Theme.objects.all(), empty_label=ALL,
                                             widget=FastSelect)
    status = ChoiceFilter(label=_("Status"), choices=Status.choices, empty_label=ALL)
    review_state = ChoiceFilter(label=_("Review state"), choices=ReviewState.choices,
                                               empty_label=ALL)

    class Meta:
        model = Target
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The district list offers the chosen province's units; with no province, only the district
        # asked for (a national list would be ~700 options on every page).
        data = self.data or {}
        district = self.filters["district"]
        province, chosen = str(data.get("province", "")), str(data.get("district", ""))
        if province.isdigit():
            district.queryset = _units_below_province().filter(parent_id=int(province))
        elif chosen.isdigit():
            district.queryset = _units_below_province().filter(pk=int(chosen))
        else:
            district.queryset = Unit.objects.none()

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
