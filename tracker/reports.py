"""The report of one resolution that staff bring to a committee meeting, as a Word document (DOCX).

Scorecards, a summary of statuses, every confirmed target by theme with its plan, latest confirmed
result, pace and status, and a completion chart drawn as a table (bars of text, no image to render,
nothing fetched). Written in the active language, numbers as that language writes them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from itertools import groupby

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from tracker import selectors
from tracker.models import Resolution, Scorecard, Target
from tracker.numbers import EMPTY, number, percent
from tracker.status import Status
from tracker.templatetags.tracker_tags import planned, vn_date
from tracker.text import fold

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BAR_CELLS = 20  # characters for 100% in the completion chart
BAR_MAX = 30  # bars beyond 150% are cut (the figure beside says how far)
STATUS_COLOURS = {
    Status.EXCEEDED: "17702F",
    Status.MET: "17702F",
    Status.ON_TRACK: "17702F",
    Status.NEARLY_MET: "B26B00",
    Status.BEHIND: "B26B00",
    Status.NOT_MET: "A11111",
    Status.AT_RISK: "A11111",
}


def report_filename(resolution: Resolution) -> str:
    return f"bao-cao-{slugify(fold(resolution.unit.name))}-{resolution.period_label}.docx".replace("–", "-")


def report_targets(resolution: Resolution) -> list[Target]:
    """The resolution's confirmed targets in theme order, with their latest confirmed result."""
    targets = list(
        Target.objects.for_resolution(resolution)
        .counted()
        .select_related("theme", "latest_achievement")
        .defer("search_text")
    )
    for target in targets:
        target.resolution = resolution
    return targets


def resolution_report(resolution: Resolution) -> bytes:
    """The DOCX report of a resolution (whose unit is loaded), as bytes."""
    targets = report_targets(resolution)
    scorecards = list(resolution.scorecards.counted().order_by("as_of", "id"))
    document = Document()
    _page_setup(document, resolution)
    title = document.add_heading(_("Report on the resolution: %(resolution)s") % {"resolution": _name(resolution)}, 0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _facts(document, resolution)
    document.add_heading(_("Scorecard"), 1)
    _summary(document, selectors.target_summary(targets))
    _scorecards(document, scorecards)
    document.add_heading(_("Targets by theme"), 1)
    _targets(document, targets)
    document.add_heading(_("Completion of each target"), 1)
    _chart(document, targets)
    note = document.add_paragraph(
        _(
            "Only figures confirmed by staff are counted. Completion is the latest confirmed "
            "result against the plan; while the period runs, the status is the pace "
            "towards the deadline."
        )
    )
    note.runs[0].italic = True
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _name(resolution: Resolution) -> str:
    return resolution.title or f"{resolution.get_kind_display()} {resolution.period_label} – {resolution.unit.name}"


def _page_setup(document, resolution: Resolution) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.6))
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    header = section.header.paragraphs[0]
    header.text = " · ".join(
        [
            resolution.unit.name,
            f"{resolution.get_kind_display()} {resolution.period_label}",
            _("printed %(date)s") % {"date": vn_date(timezone.localdate())},
        ]
    )
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _facts(document, resolution: Resolution) -> None:
    facts = [(_("Unit"), resolution.unit.name), (_("Period"), resolution.period_label)]
    if resolution.number:
        facts.append((_("Number"), resolution.number))
    if resolution.slogan:
        facts.append((_("Slogan of the year"), f"“{resolution.slogan}”"))
    if resolution.declared_target_count:
        facts.append((_("Declared number of targets"), str(resolution.declared_target_count)))
    facts.append((_("Date of the report"), vn_date(timezone.localdate())))
    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)


def _table(
    document,
    headers: Iterable[str],
    rows: Iterable[Iterable[str]],
    widths: list[float] | None = None,
    statuses: Iterable[str] = (),
):
    """A grid with a bold header row; the last cell of each row coloured by its status when given."""
    headers = list(headers)
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:  # the grid's column widths: cheap, where a width per cell costs a walk of every row
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    statuses = iter(statuses)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.paragraphs[0].add_run(str(text))
        _colour(cells[-1].paragraphs[0].runs, next(statuses, None))
    return table


def _summary(document, summary: dict[str, int]) -> None:
    rows = [
        (_("Targets"), summary["total"]),
        (_("Met or exceeded"), summary["met"]),
        (Status.NEARLY_MET.label, summary["nearly"]),
        (Status.NOT_MET.label, summary["not_met"]),
        (Status.ON_TRACK.label, summary["on_track"]),
        (Status.BEHIND.label, summary["behind"]),
        (Status.AT_RISK.label, summary["at_risk"]),
        (Status.RUNNING.label, summary["running"]),
        (Status.NO_DATA.label, summary["no_data"]),
    ]
    document.add_paragraph(_("From the confirmed targets below:"))
    _table(
        document,
        [_("Status"), _("Targets")],
        [(str(label), str(n)) for i, (label, n) in enumerate(rows) if n or not i],
        widths=[8, 3],
    )


def _scorecards(document, scorecards: list[Scorecard]) -> None:
    document.add_paragraph(_("As the committee reported it:"))
    if not scorecards:
        document.add_paragraph(_("No scorecard has been reported for this resolution yet."))
        return
    _table(
        document,
        [_("As of"), _("Period covered"), _("Met or exceeded"), _("Exceeded"), _("Nearly met"), _("Not met")],
        [
            (
                vn_date(s.as_of),
                s.get_period_display(),
                f"{s.met_or_exceeded}/{s.total}",
                _count(s.exceeded),
                _count(s.nearly_met),
                _count(s.not_met),
            )
            for s in scorecards
        ],
    )


def _count(value: int | None) -> str:
    return EMPTY if value is None else str(value)


def _latest(target: Target) -> str:
    if target.achieved_value is None:
        return EMPTY
    result = number(target.achieved_value)
    if target.latest_achievement is not None:
        result = f"{result} ({vn_date(target.latest_achievement.as_of)})"
    return result


def _pace(target: Target) -> str:
    if target.expected_value is None and target.projected_value is None:
        return EMPTY
    parts = []
    if target.expected_value is not None:
        parts.append(_("expected by now %(value)s") % {"value": number(round(target.expected_value, 1))})
    if target.projected_value is not None:
        parts.append(_("projected %(value)s") % {"value": number(round(target.projected_value, 1))})
    return "; ".join(parts)


def _targets(document, targets: list[Target]) -> None:
    if not targets:
        document.add_paragraph(_("No target has been recorded for this resolution yet."))
        return
    headers = [
        _("Indicator"),
        _("Plan"),
        _("Unit of measure"),
        _("Latest confirmed result"),
        _("Completion"),
        _("Pace"),
        _("Status"),
    ]
    for theme, group in groupby(targets, key=lambda t: t.theme):
        document.add_heading(str(theme), 2)
        group = list(group)
        _table(
            document,
            headers,
            [
                (
                    t.indicator,
                    planned(t),
                    t.measure_unit,
                    _latest(t),
                    EMPTY if t.completion is None else percent(t.completion_percent),
                    _pace(t),
                    t.get_status_display(),
                )
                for t in group
            ],
            widths=[8.5, 2.4, 2.8, 3.6, 2.2, 4.2, 2.8],
            statuses=[t.status for t in group],
        )


def _colour(runs, status: str | None) -> None:
    colour = STATUS_COLOURS.get(status)
    if colour:
        for run in runs:
            run.font.color.rgb = RGBColor.from_string(colour)
            run.bold = True


def _chart(document, targets: list[Target]) -> None:
    measured = [t for t in targets if t.completion is not None]
    if not measured:
        document.add_paragraph(_("No confirmed result yet: nothing to chart."))
        return
    document.add_paragraph(_("Each bar is the completion of one target; the mark ┃ is 100% of the plan."))
    bars = []
    for target in measured:
        cells = round(BAR_CELLS * float(target.completion_percent) / 100)
        bar = "█" * min(cells, BAR_MAX)
        bar = bar.ljust(BAR_CELLS) + "┃" if len(bar) < BAR_CELLS else bar[:BAR_CELLS] + "┃" + bar[BAR_CELLS:]
        bars.append((target.indicator, percent(target.completion_percent), bar))
    table = _table(
        document,
        [_("Indicator"), _("Completion"), ""],
        bars,
        widths=[9, 2.4, 14],
        statuses=[t.status for t in measured],
    )
    for row in table.rows[1:]:
        run = row.cells[-1].paragraphs[0].runs[0]
        run.font.name = "Courier New"
        run.font.size = Pt(9)
        run.bold = False
