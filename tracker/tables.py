"""The targets table (django-tables2): one row per target, every column sortable in the database."""

from collections.abc import Iterator

import django_tables2 as tables
from django.db.models import F
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from tracker.models import Target
from tracker.templatetags.tracker_tags import (
    admin_change_url,
    planned,
    shape_rule,
    status_badge,
    vn_number,
    vn_percent,
)

NOWRAP = {"td": {"class": "nowrap"}}
EMPTY = "—"


def _nulls_last(queryset, field: str, is_descending: bool):
    order = F(field).desc(nulls_last=True) if is_descending else F(field).asc(nulls_last=True)
    return queryset.order_by(order, "resolution_id", "position", "id")


class TargetTable(tables.Table):
    unit = tables.Column(
        _("Unit"), accessor="resolution__unit", order_by=("resolution__unit__short_name",), attrs=NOWRAP
    )
    province = tables.Column(_("Province"), accessor="resolution__unit", attrs=NOWRAP)
    period = tables.Column(
        _("Period"), accessor="resolution", order_by=("resolution__start_year", "resolution__end_year"), attrs=NOWRAP
    )
    theme = tables.Column(_("Theme"), accessor="theme", order_by=("theme__position",), attrs=NOWRAP)
    indicator = tables.Column(_("Indicator"), attrs={"td": {"class": "col-indicator"}})
    planned_value = tables.Column(_("Plan"), attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    achieved_value = tables.Column(_("Achieved"), attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    measure_unit = tables.Column(_("Unit of measure"))
    completion = tables.Column(_("Completion"), attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    expected_value = tables.Column(
        _("Expected by the latest result"), attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )
    status = tables.Column(_("Status"), attrs=NOWRAP)
    review_state = tables.Column(_("Review"), attrs=NOWRAP)
    edit = tables.Column("", empty_values=(), orderable=False, attrs={"td": {"class": "col-edit"}})

    class Meta:
        model = Target
        fields = ()
        sequence = (
            "unit",
            "province",
            "period",
            "theme",
            "indicator",
            "planned_value",
            "achieved_value",
            "measure_unit",
            "completion",
            "expected_value",
            "review_state",
            "edit",
            "status",
        )
        template_name = "tracker/_table.html"
        attrs = {"class": "table targets-table"}
        empty_text = _("No target matches these filters.")

    def __init__(self, *args, can_edit: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_edit:
            self.columns.hide("edit")

    def order_province(self, queryset, is_descending: bool):
        # The province name is joined only when sorting by it, so counting the rows stays join-free.
        order = "-province_name" if is_descending else "province_name"
        return queryset.with_province_name().order_by(order, "resolution_id", "position", "id"), True

    # Targets without data sort last either way, the same on SQLite and PostgreSQL (which
    # disagree on where NULL goes by default).
    def order_achieved_value(self, queryset, is_descending: bool):
        return _nulls_last(queryset, "achieved_value", is_descending), True

    def order_completion(self, queryset, is_descending: bool):
        return _nulls_last(queryset, "completion", is_descending), True

    def order_expected_value(self, queryset, is_descending: bool):
        return _nulls_last(queryset, "expected_value", is_descending), True

    # Renderers take the record only, so the page can call them directly (see html_rows).
    def render_unit(self, record) -> str:
        unit = record.resolution.unit
        # The full name: a district and a commune of the same name read apart ("Huyện / Xã Chợ Lách").
        return format_html('<a href="{}" title="{}">{}</a>', unit.get_absolute_url(), str(unit), unit.name)

    def render_province(self, record) -> str:
        unit = record.resolution.unit
        province = unit if unit.level == unit.Level.PROVINCE else unit.parent
        label = f"{province.short_name} (2025)" if province.system == province.System.FROM_2025 else province.short_name
        return format_html('<a href="{}" title="{}">{}</a>', province.get_absolute_url(), str(province), label)

    def render_period(self, record) -> str:
        resolution = record.resolution
        label = _("Year %(year)s") if resolution.kind == resolution.Kind.ANNUAL else _("Term %(year)s")
        return format_html(
            '<a href="{}" title="{} {}">{}</a>',
            resolution.get_absolute_url(),
            resolution.get_kind_display(),
            resolution.period_label,
            label % {"year": resolution.period_label},
        )

    def render_theme(self, record) -> str:
        return format_html('<a href="{}">{}</a>', record.theme.get_absolute_url(), str(record.theme))

    def render_indicator(self, record) -> str:
        return format_html('<a href="{}">{}</a>', record.get_absolute_url(), record.indicator)

    def render_planned_value(self, record) -> str:
        return planned(record)

    def render_achieved_value(self, record) -> str:
        return EMPTY if record.achieved_value is None else vn_number(record.achieved_value)

    def render_measure_unit(self, record) -> str:
        return record.measure_unit or EMPTY

    def render_completion(self, record) -> str:
        return EMPTY if record.completion is None else vn_percent(record.completion, 1)

    def render_expected_value(self, record) -> str:
        if record.expected_value is None:
            return EMPTY
        return format_html('<span title="{}">{}</span>', shape_rule(record), vn_number(record.expected_value, 1))

    def render_status(self, record) -> str:
        return status_badge(record.status, record.get_status_display())

    def render_review_state(self, record) -> str:
        return record.get_review_state_display()

    def render_edit(self, record) -> str:
        url = admin_change_url(record)
        return format_html('<a class="edit-link" href="{}">{}</a>', url, _("Edit")) if url else ""

    def html_rows(self) -> Iterator[SafeString]:
        """The page's rows written directly: django-tables2's per-cell machinery costs ~0.2 ms a cell,
        a third of the page's time at 25 rows; headers, sorting and pagination stay django-tables2's."""
        cells = [(column.attrs["td"].as_html(), getattr(self, f"render_{column.name}")) for column in self.columns]
        for row in self.paginated_rows:
            yield format_html(
                "<tr>{}</tr>",
                format_html_join("", "<td {}>{}</td>", ((attrs, render(row.record)) for attrs, render in cells)),
            )
