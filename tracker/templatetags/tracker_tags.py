"""Number and date formats, status badges and admin links for the pages.

Numbers are written the way the page's language writes them: 1.400; 59,9; 12,14% in Vietnamese
(the figures as the articles print them), 1,400; 59.9; 12.14% in English. Dates are dd/mm/yyyy.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

from tracker.status import Status, percent_of

register = template.Library()

STATUS_CLASSES = {
    Status.EXCEEDED: "exceeded",
    Status.MET: "met",
    Status.NEARLY_MET: "nearly",
    Status.NOT_MET: "notmet",
    Status.NO_DATA: "nodata",
    Status.ON_TRACK: "ontrack",
    Status.BEHIND: "behind",
    Status.AT_RISK: "atrisk",
    Status.RUNNING: "running",
}


def vn_number(value, max_decimals: int = 4) -> str:
    """1400 → "1.400", 59.9 → "59,9", 10160.896 → "10.160,896" ("1,400", "59.9" on an English
    page); "" for None."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    number = round(number, max_decimals)
    sign = "-" if number < 0 else ""
    text = format(abs(number), "f")
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, decimal = (",", ".") if is_english() else (".", ",")
    result = thousands.join(groups)
    return f"{sign}{result}{decimal}{fraction}" if fraction else f"{sign}{result}"


def is_english() -> bool:
    return (get_language() or "vi").startswith("en")


@register.filter(name="vn_number")
def vn_number_filter(value, max_decimals=4) -> str:
    return vn_number(value, int(max_decimals))


@register.filter
def vn_percent(ratio, max_decimals=2) -> str:
    """A ratio of the plan as a percentage: 0.1214 → "12,14%"; "" for None."""
    if ratio is None or ratio == "":
        return ""
    return f"{vn_number(percent_of(Decimal(str(ratio)), int(max_decimals)), int(max_decimals))}%"


@register.filter
def vn_date(value) -> str:
    """dd/mm/yyyy."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        from django.utils import timezone

        if timezone.is_aware(value):
            value = timezone.localtime(value)
    return value.strftime("%d/%m/%Y")


@register.simple_tag
def planned(target) -> str:
    """The plan as written: "60", "1 - 1,5", with ≤ / ≥ when judged at most."""
    low = vn_number(target.planned_value)
    if target.planned_value_max is not None and target.planned_value_max != target.planned_value:
        low = f"{low} – {vn_number(target.planned_value_max)}"
    return f"≤ {low}" if target.judged == "at_most" else low


@register.filter
def shape_rule(target) -> str:
    """How the value expected by now is found for this target, in a few words."""
    from tracker.pace import Shape, is_yearly, shape_of

    shape = shape_of(target.indicator, target.measure_unit)
    label = str(Shape(shape).label)
    return f"{label} · {gettext('judged year by year')}" if is_yearly(target.indicator) else label


@register.simple_tag
def targets_running(targets) -> int:
    """1 when a target of these has a value expected by now (its period runs), else 0."""
    return int(any(t.expected_value is not None for t in targets))


@register.simple_tag
def nearly_met_percent() -> str:
    """The configured nearly-met margin as a percentage ("10")."""
    from tracker.models.resolutions import nearly_met_margin

    return vn_number(nearly_met_margin() * 100)


@register.simple_tag
def status_badge(status: str, label: str = "") -> str:
    if not label:
        label = Status(status).label if status in Status.values else status
    return format_html('<span class="badge badge--{}">{}</span>', STATUS_CLASSES.get(status, "nodata"), label)


@register.simple_tag
def admin_change_url(obj) -> str:
    """The admin page that edits this record, or "" while the admin does not offer one."""
    meta = obj._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (None removes one); keeps filters."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
