"""The targets table (django-tables2): one row per target, every column sortable in the database."""

import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from tracker.models import Target
from tracker.templatetags.tracker_tags import admin_change_url, planned, status_badge, vn_number, vn_percent


NOWRAP = {"td": {"class": "nowrap"}}


class TargetTable(tables.Table):
    unit = tables.Column(_("Unit"), accessor="resolution__unit", order_by=("resolution__unit__short_name",),
                         attrs=NOWRAP)
    province = tables.Column(_("Province"), accessor="province_name", order_by=("province_name",), attrs=NOWRAP)
    period = tables.Column(_("Period"), accessor="resolution",
                           order_by=("resolution__start_year", "resolution__end_year"), attrs=NOWRAP)
    theme = tables.Column(_("Theme"), accessor="theme", order_by=("theme__position",))
    indicator = tables.Column(_("Indicator"), linkify=True, attrs={"td": {"class": "col-indicator"}})
    planned_value = tables.Column(_("Plan"), attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    achieved_value = tables.Column(_("Achieved"), attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    measure_unit = tables.Column(_("Unit of measure"))
    completion = tables.Column(_("Completion"), attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    status = tables.Column(_("Status"))
    review_state = tables.Column(_("Review"), attrs=NOWRAP)
    edit = tables.Column("", empty_values=(), orderable=False, attrs={"td": {"class": "col-edit"}})

    class Meta:
        model = Target
        fields = ()
        sequence = ("unit", "province", "period", "theme", "indicator", "planned_value", "achieved_value",
                    "measure_unit", "completion", "status", "review_state", "edit")
        template_name = "tracker/_table.html"
        attrs = {"class": "table targets-table"}
        empty_text = _("No target matches these filters.")

    def __init__(self, *args, can_edit: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_edit:
            self.columns.hide("edit")

    def render_unit(self, value):
        return format_html('<a href="{}" title="{}">{}</a>', value.get_absolute_url(), value.name, value.short_name)

    def render_province(self, record):
        unit = record.resolution.unit
        province = unit if unit.level == unit.Level.PROVINCE else unit.parent
        label = f"{province.short_name} (2025)" if province.system == province.System.FROM_2025 else province.short_name
        return format_html('<a href="{}" title="{}">{}</a>', province.get_absolute_url(), str(province), label)

    def render_period(self, value):
        label = _("Year %(year)s") if value.kind == value.Kind.ANNUAL else _("Term %(year)s")
        return format_html('<a href="{}" title="{} {}">{}</a>', value.get_absolute_url(), value.get_kind_display(),
                           value.period_label, label % {"year": value.period_label})

    def render_theme(self, value):
        return format_html('<a href="{}">{}</a>', value.get_absolute_url(), str(value))

    def render_planned_value(self, record):
        return planned(record)

    def render_achieved_value(self, value):
        return vn_number(value)

    def render_completion(self, value):
        return vn_percent(value, 1)

    def render_status(self, record):
        return status_badge(record.status, record.get_status_display())

    def render_review_state(self, record):
        return record.get_review_state_display()

    def render_edit(self, record):
        url = admin_change_url(record)
        return format_html('<a class="edit-link" href="{}">{}</a>', url, _("Edit")) if url else ""
