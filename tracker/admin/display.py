"""How statuses and review states look in the admin (numbers: tracker.numbers)."""

from django.utils.html import format_html
from django.utils.safestring import SafeString

from tracker.models import ReviewState
from tracker.numbers import EMPTY, number, number_range, percent  # noqa: F401 (re-exported)
from tracker.status import Status

STATUS_COLOURS = {
    Status.EXCEEDED: ("#ffffff", "#1b5e20"),
    Status.MET: ("#ffffff", "#2e7d32"),
    Status.NEARLY_MET: ("#3e2a00", "#f9a825"),
    Status.NOT_MET: ("#ffffff", "#c62828"),
    Status.NO_DATA: ("#37474f", "#cfd8dc"),
}
REVIEW_COLOURS = {
    ReviewState.EXTRACTED: ("#3e2a00", "#ffe082"),
    ReviewState.CONFIRMED: ("#1b5e20", "#c8e6c9"),
    ReviewState.REJECTED: ("#ffffff", "#757575"),
}


def badge(label: str, colours: tuple[str, str]) -> SafeString:
    foreground, background = colours
    return format_html(
        '<span style="display:inline-block;padding:1px 8px;border-radius:9px;white-space:nowrap;'
        'font-weight:600;color:{};background:{}">{}</span>',
        foreground,
        background,
        label,
    )


def status_badge(status: str) -> SafeString:
    return badge(str(Status(status).label), STATUS_COLOURS.get(status, STATUS_COLOURS[Status.NO_DATA]))


def review_badge(state: str) -> SafeString:
    return badge(str(ReviewState(state).label), REVIEW_COLOURS.get(state, REVIEW_COLOURS[ReviewState.EXTRACTED]))
