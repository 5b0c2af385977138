"""Filters of the targets table and the theme page (django-filter)."""

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from tracker.models import Resolution, ReviewState, Target, Theme, Unit
from tracker.models.resolutions import MAX_YEAR, MIN_YEAR
from tracker.status import Status

ALL = _("All")


class FastSelect(forms.Select):
    """A <select> written in Python: the default renders a template per option, ~0.3 ms each."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        parts = []
        for group, options, _index in widget["optgroups"]:
            html = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                ((option["value"], " selected" if option["selected"] else "", option["label"]) for option in options),
            )
            parts.append(format_html('<optgroup label="{}">{}</optgroup>', group, html) if group else html)
        return format_html(
            '<select name="{}"{}>{}</select>', widget["name"], flatatt(widget["attrs"]), SafeString("".join(parts))
        )


# Primary keys are 64-bit: a longer number is no unit, and handing it to SQLite is an OverflowError.
MAX_ID = 2**63 - 1


def id_or_none(value) -> int | None:
    """The primary key a query-string value names, or None when it cannot name a row."""
    text = str(value or "").strip()
    if not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, unit: Unit) -> str:
        return str(unit)

    def to_python(self, value):
        if value not in self.empty_values and id_or_none(value) is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", FastSelect)
        super().__init__(*args, **kwargs)


class YearFilter(django_filters.NumberFilter):
    """A year as a whole number within the years the tracker holds (anything else: invalid, no rows)."""

    field_class = forms.IntegerField


class ChoiceFilter(django_filters.ChoiceFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", FastSelect)
        super().__init__(*args, **kwargs)


def _provinces(request=None):
    return Unit.objects.provinces().with_resolutions_within().order_by("system", "short_name")


def _units_below_province(request=None):
    return (
        Unit.objects.filter(level__gt=Unit.Level.PROVINCE)
        .with_own_resolutions()
        .for_listing()
        .order_by("parent__short_name", "short_name")
    )


class TargetFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("indicator or unit")}),
    )
    structure = ChoiceFilter(
        label=_("Structure"), choices=Unit.System.choices, empty_label=ALL, field_name="resolution__unit__system"
    )
    province = UnitFilter(label=_("Province"), queryset=_provinces, method="filter_province", empty_label=ALL)
    district = UnitFilter(
        label=_("District / commune"),
        queryset=_units_below_province,
        empty_label=ALL,
        help_text=_("Choose a province first to list its units."),
        field_name="resolution__unit",
    )
    kind = ChoiceFilter(
        label=_("Period kind"), choices=Resolution.Kind.choices, empty_label=ALL, field_name="resolution__kind"
    )
    year = YearFilter(
        label=_("Year"),
        method="filter_year",
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        widget=forms.NumberInput(attrs={"min": MIN_YEAR, "max": MAX_YEAR}),
    )
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"), queryset=Theme.objects.all(), empty_label=ALL, widget=FastSelect
    )
    status = ChoiceFilter(label=_("Status"), choices=Status.choices, empty_label=ALL)
    review_state = ChoiceFilter(label=_("Review state"), choices=ReviewState.choices, empty_label=ALL)

    class Meta:
        model = Target
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The district list offers the chosen province's units; with no province, only the district
        # asked for (a national list would be ~700 options on every page).
        data = self.data or {}
        district = self.filters["district"]
        province, chosen = id_or_none(data.get("province")), id_or_none(data.get("district"))
        if province is not None:
            district.queryset = _units_below_province().filter(parent_id=province)
        elif chosen is not None:
            district.queryset = _units_below_province().filter(pk=chosen)
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
