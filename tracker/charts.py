"""Plotly figures built from plain data: no models, no queries, no templates.

Each builder returns a `Chart`: the figure as a JSON-ready dict (drawn by plotly.js from the
static files) and the same numbers as rows for the table that screen readers and copy-paste use.
"""

from __future__ import annotations

import datetime
import html
import json
from dataclasses import dataclass, field

import plotly.graph_objects as go
import plotly.io as pio
from django.utils.translation import gettext as _

from tracker.status import PACE_STATUSES, Status
from tracker.templatetags.tracker_tags import is_english, vn_number

STATUS_COLOURS = {
    Status.EXCEEDED: "#1f6f43",
    Status.MET: "#3f9b62",
    Status.NEARLY_MET: "#d69a1c",
    Status.NOT_MET: "#c2452d",
    Status.NO_DATA: "#a3aab2",
    Status.ON_TRACK: "#7fc397",
    Status.BEHIND: "#ecc36a",
    Status.AT_RISK: "#e48a76",
    Status.RUNNING: "#c9ced3",
}
STATUS_ORDER = [
    Status.EXCEEDED,
    Status.MET,
    Status.NEARLY_MET,
    Status.NOT_MET,
    Status.ON_TRACK,
    Status.BEHIND,
    Status.AT_RISK,
    Status.RUNNING,
    Status.NO_DATA,
]
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
# Bars past this share of the plan are clipped (their label still shows the real figure).
COMPLETION_AXIS_CAP = 250.0


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    figure: dict
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)

    @property
    def data_id(self) -> str:
        return f"{self.id}-data"


@dataclass(frozen=True)
class CompletionBar:
    """One target: its label, completion as a percentage of the plan (rounded once, by
    tracker.status.percent_of), status and the figures."""

    label: str
    completion_percent: float | None
    status: str
    lower_is_better: bool
    planned: str
    achieved: str
    measure_unit: str = ""


@dataclass(frozen=True)
class ThemeStatusCounts:
    theme: str
    counts: dict[str, int]


@dataclass(frozen=True)
class HistoryPoint:
    as_of: datetime.date
    value: float | None
    completion_percent: float | None
    source: str


@dataclass(frozen=True)
class ScorecardPoint:
    label: str
    met: int
    total: int
    exceeded: int | None


def _safe(text: str) -> str:
    # Plotly reads a small set of HTML tags in labels; data from articles must stay text.
    return html.escape(text or "", quote=False)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _layout(**extra) -> dict:
    layout = dict(
        font=dict(family=FONT, size=13, color="#243036"),
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        margin=dict(l=10, r=20, t=28, b=40),
        hoverlabel=dict(font=dict(family=FONT)),
        separators=".," if is_english() else ",.",  # Vietnamese: decimal comma, thousands dot
    )
    layout.update(extra)
    return layout


def _as_dict(fig: go.Figure) -> dict:
    return json.loads(pio.to_json(fig, validate=False))


_TEMPLATE_JSON: str | None = None


def _figure(data: list[dict], layout: dict) -> dict:
    """The dict plotly's Figure(...).to_json() gives for these traces and layout, without plotly.

    Building go.Figure objects validates every property (~20 ms a chart); the two charts drawn on
    every page are written as plain dicts with plotly's default template, serialised once per process.
    """
    global _TEMPLATE_JSON
    if _TEMPLATE_JSON is None:
        _TEMPLATE_JSON = pio.to_json(go.Figure(), validate=False)
    return {"data": data, "layout": dict(layout, template=json.loads(_TEMPLATE_JSON)["layout"]["template"])}


def completion_chart(chart_id: str, bars: list[CompletionBar]) -> Chart:
    """Completion per target as % of plan, coloured by status; 100% marks the plan.

    Direction-aware: for "lower is better" targets the completion is already plan / achieved,
    so a longer bar is always better, and the label says which way the target points.
    """
    labels, xs, colours, texts, hovers = [], [], [], [], []
    for bar in bars:
        arrow = " ↓" if bar.lower_is_better else ""
        label = _safe(_short(bar.label)) + arrow
        # Plotly stacks bars of equal labels into one: however alike two targets read, each keeps its bar.
        while label in labels:
            label += "\u200b"
        labels.append(label)
        value = bar.completion_percent
        xs.append(0 if value is None else min(value, COMPLETION_AXIS_CAP))
        colours.append(STATUS_COLOURS.get(bar.status, STATUS_COLOURS[Status.NO_DATA]))
        texts.append(_("no data") if value is None else f"{vn_number(value)}%")
        hovers.append(
            "<b>{label}</b><br>{plan}: {planned} {unit}<br>{ach}: {achieved} {unit}<br>{status}{lower}".format(
                label=_safe(bar.label),
                plan=_("Plan"),
                planned=_safe(bar.planned),
                unit=_safe(bar.measure_unit),
                ach=_("Achieved"),
                achieved=_safe(bar.achieved) or "–",
                status=Status(bar.status).label,
                lower=("<br>" + _("lower is better")) if bar.lower_is_better else "",
            )
        )
    top = max([x for x in xs] + [110.0])
    figure = _figure(
        [
            dict(
                type="bar",
                y=labels,
                x=xs,
                orientation="h",
                marker=dict(color=colours),
                text=texts,
                textposition="outside",
                cliponaxis=False,
                hovertext=hovers,
                hoverinfo="text",
            )
        ],
        _layout(
            height=max(160, 60 + 34 * len(bars)),
            xaxis=dict(
                title=dict(text=_("Completion") + " (%)"),
                range=[0, top * 1.15],
                ticksuffix="%",
                gridcolor="#e4e8eb",
                zeroline=False,
            ),
            yaxis=dict(autorange="reversed", automargin=True),
            shapes=[
                dict(
                    type="line",
                    x0=100,
                    x1=100,
                    yref="paper",
                    y0=0,
                    y1=1,
                    line=dict(color="#243036", width=1.5, dash="dot"),
                )
            ],
            annotations=[
                dict(
                    x=100,
                    y=1,
                    yref="paper",
                    yanchor="bottom",
                    text=_("plan"),
                    showarrow=False,
                    font=dict(size=11, color="#55626b"),
                )
            ],
            bargap=0.35,
        ),
    )
    rows = [
        [
            bar.label,
            f"{bar.planned} {bar.measure_unit}".strip(),
            f"{bar.achieved} {bar.measure_unit}".strip() if bar.achieved else "–",
            "" if bar.completion_percent is None else f"{vn_number(bar.completion_percent)}%",
            str(Status(bar.status).label),
        ]
        for bar in bars
    ]
    return Chart(
        chart_id,
        _("Completion of each target"),
        figure,
        [_("Target"), _("Plan"), _("Achieved"), _("Completion"), _("Status")],
        rows,
    )


def status_by_theme_chart(chart_id: str, themes: list[ThemeStatusCounts]) -> Chart:
    """Stacked bars: how many targets of each theme are exceeded, met, nearly met, not met, on
    track, behind, at risk, in progress or without data (pace statuses only when a theme has them)."""
    names = [_safe(t.theme) for t in themes]
    shown = [s for s in STATUS_ORDER if s not in PACE_STATUSES or any(t.counts.get(s) for t in themes)]
    traces = [
        dict(
            type="bar",
            name=str(Status(status).label),
            y=names,
            x=[t.counts.get(status, 0) for t in themes],
            orientation="h",
            marker=dict(color=STATUS_COLOURS[status]),
            hovertemplate="%{y}: %{x}<extra>" + str(Status(status).label) + "</extra>",
        )
        for status in shown
    ]
    figure = _figure(
        traces,
        _layout(
            barmode="stack",
            height=max(200, 80 + 36 * len(themes)),
            yaxis=dict(autorange="reversed", automargin=True),
            xaxis=dict(title=dict(text=_("Targets")), gridcolor="#e4e8eb"),
            legend=dict(orientation="h", y=-0.25, x=0),
            margin=dict(l=10, r=20, t=10, b=80),
        ),
    )
    rows = [[t.theme] + [str(t.counts.get(s, 0)) for s in shown] for t in themes]
    return Chart(
        chart_id, _("Targets by theme and status"), figure, [_("Theme")] + [str(Status(s).label) for s in shown], rows
    )


@dataclass(frozen=True)
class PaceLines:
    """The road to the plan and the projection to the deadline, drawn beside the achieved values."""

    deadline: datetime.date
    plan_path: list[tuple[datetime.date, float]]
    projection: list[tuple[datetime.date, float]]
    method: str


def history_chart(
    chart_id: str,
    points: list[HistoryPoint],
    *,
    planned: float,
    planned_max: float | None,
    measure_unit: str,
    pace: PaceLines | None = None,
) -> Chart:
    """Achieved values of one target over time, against the plan (a band for a range), with the
    expected road to the plan and the projection to the deadline while the period runs."""
    dated = [p for p in points if p.value is not None]
    days = {p.as_of for p in dated} | ({pace.deadline} if pace else set())
    xaxis = dict(type="date", tickformat="%d/%m/%Y", gridcolor="#e4e8eb")
    if len(days) == 1:
        # One date: a year either side and one tick, not the same date repeated along the axis.
        (day,) = days
        xaxis.update(
            range=[(day - datetime.timedelta(days=365)).isoformat(), (day + datetime.timedelta(days=365)).isoformat()],
            tickvals=[day.isoformat()],
            ticktext=[day.strftime("%d/%m/%Y")],
        )
    fig = go.Figure(
        layout=_layout(
            height=320,
            xaxis=xaxis,
            yaxis=dict(title=dict(text=_safe(measure_unit)), gridcolor="#e4e8eb", rangemode="tozero"),
            legend=dict(orientation="h", y=-0.2, x=0),
            margin=dict(l=10, r=20, t=10, b=70),
        )
    )
    if planned_max is not None and planned_max != planned:
        fig.add_hrect(y0=planned, y1=planned_max, fillcolor="#3f9b62", opacity=0.12, line_width=0)
    fig.add_hline(
        y=planned,
        line=dict(color="#243036", dash="dot", width=1.5),
        annotation_text=_("plan"),
        annotation_position="top left",
    )
    if pace and pace.plan_path:
        fig.add_trace(
            go.Scatter(
                name=_("Expected road to the plan (linear)"),
                x=[d.isoformat() for d, _v in pace.plan_path],
                y=[v for _d, v in pace.plan_path],
                mode="lines",
                line=dict(color="#7c858d", width=1.5, dash="dot"),
                hoverinfo="skip",
            )
        )
    fig.add_trace(
        go.Scatter(
            name=_("Achieved"),
            x=[p.as_of.isoformat() for p in dated],
            y=[p.value for p in dated],
            mode="lines+markers+text",
            text=[vn_number(round(p.value, 4)) for p in dated],
            textposition="top center",
            marker=dict(size=10, color="#2d6a8e"),
            line=dict(color="#2d6a8e", width=2),
            hovertext=[
                f"{p.as_of:%d/%m/%Y}: {vn_number(p.value)} {_safe(measure_unit)}<br>{_safe(p.source)}" for p in dated
            ],
            hoverinfo="text",
        )
    )
    if pace and pace.projection:
        end = pace.projection[-1]
        fig.add_trace(
            go.Scatter(
                name=_("Projection: %(method)s") % {"method": pace.method},
                x=[d.isoformat() for d, _v in pace.projection],
                y=[v for _d, v in pace.projection],
                mode="lines+markers",
                line=dict(color="#b07a0c", width=2, dash="dash"),
                marker=dict(size=[0] * (len(pace.projection) - 1) + [9], color="#b07a0c"),
                hovertext=[""] * (len(pace.projection) - 1)
                + [f"{end[0]:%d/%m/%Y}: {vn_number(round(end[1], 1))} {_safe(measure_unit)}"],
                hoverinfo="text",
            )
        )
    rows = [
        [
            p.as_of.strftime("%d/%m/%Y"),
            vn_number(p.value),
            "" if p.completion_percent is None else f"{vn_number(p.completion_percent)}%",
            p.source,
        ]
        for p in points
    ]
    if pace and pace.projection:
        day, value = pace.projection[-1]
        rows.append(
            [
                day.strftime("%d/%m/%Y"),
                vn_number(round(value, 1)),
                "",
                _("Projection: %(method)s") % {"method": pace.method},
            ]
        )
    return Chart(
        chart_id,
        _("Achieved value over time"),
        _as_dict(fig),
        [_("As of"), _("Achieved"), _("Completion"), _("Source")],
        rows,
    )


def scorecard_chart(chart_id: str, points: list[ScorecardPoint]) -> Chart:
    """Reported "x/y targets met" over time, as met and not-yet-met stacked."""
    labels = [_safe(p.label) for p in points]
    fig = go.Figure(
        [
            go.Bar(
                name=_("Met or exceeded"),
                x=labels,
                y=[p.met for p in points],
                marker=dict(color=STATUS_COLOURS[Status.MET]),
            ),
            go.Bar(
                name=_("Other targets"),
                x=labels,
                y=[p.total - p.met for p in points],
                marker=dict(color=STATUS_COLOURS[Status.NO_DATA]),
            ),
        ],
        layout=_layout(
            barmode="stack",
            height=260,
            bargap=0.55,
            legend=dict(orientation="h", y=-0.3, x=0),
            yaxis=dict(title=dict(text=_("Targets")), gridcolor="#e4e8eb"),
            xaxis=dict(type="category"),
            margin=dict(l=10, r=20, t=10, b=80),
        ),
    )
    rows = [[p.label, f"{p.met}/{p.total}", "" if p.exceeded is None else str(p.exceeded)] for p in points]
    return Chart(
        chart_id, _("Reported scorecards"), _as_dict(fig), [_("Reported"), _("Met or exceeded"), _("Exceeded")], rows
    )


def trend_chart(chart_id: str, trend) -> Chart:
    """One indicator across the years: each year's plan as a step, the term's plan at its end, the
    achieved values as a line (a tracker.trends.Trend)."""
    unit = _safe(trend.measure_unit)
    steps_x, steps_y = [], []
    for p in trend.annual:
        steps_x += [p.start_year - 0.5, p.start_year + 0.5, None]
        steps_y += [float(p.planned), float(p.planned), None]
    done = [p for p in trend.annual if p.achieved is not None]
    data = [
        dict(
            type="scatter",
            name=_("Plan of the year"),
            x=steps_x,
            y=steps_y,
            mode="lines",
            line=dict(color="#243036", width=2, dash="dot"),
            hoverinfo="skip",
        ),
        dict(
            type="scatter",
            name=_("Achieved"),
            x=[p.start_year for p in done],
            y=[float(p.achieved) for p in done],
            mode="lines+markers+text",
            text=[vn_number(p.achieved) for p in done],
            textposition="top center",
            marker=dict(size=9, color="#2d6a8e"),
            line=dict(color="#2d6a8e", width=2),
            hovertemplate="%{x}: %{y} " + unit + "<extra></extra>",
        ),
    ]
    for term in trend.terms:
        label = _("Term plan %(start)s–%(end)s") % {"start": term.start_year, "end": term.end_year}
        data.append(
            dict(
                type="scatter",
                name=label,
                x=[term.end_year],
                y=[float(term.planned)],
                mode="markers",
                marker=dict(symbol="diamond-open", size=13, color="#9b1c1c", line=dict(width=2)),
                hovertemplate=f"{label}: %{{y}} {unit}<extra></extra>",
            )
        )
        if term.achieved is not None:
            data.append(
                dict(
                    type="scatter",
                    name=_("Achieved over the term"),
                    x=[term.end_year],
                    y=[float(term.achieved)],
                    mode="markers",
                    marker=dict(symbol="diamond", size=10, color="#2d6a8e"),
                    hovertemplate="%{y} " + unit + "<extra></extra>",
                )
            )
    years = [p.start_year for p in trend.points] + [p.end_year for p in trend.points]
    figure = _figure(
        data,
        _layout(
            height=300,
            legend=dict(orientation="h", y=-0.25, x=0),
            margin=dict(l=10, r=20, t=10, b=80),
            xaxis=dict(
                tickmode="linear",
                dtick=1,
                tickformat="d",
                range=[min(years) - 0.7, max(years) + 0.7],
                gridcolor="#e4e8eb",
            ),
            yaxis=dict(title=dict(text=unit), gridcolor="#e4e8eb", rangemode="tozero"),
        ),
    )
    rows = [
        [
            (str(p.start_year) if p.kind == "annual" else f"{p.start_year}–{p.end_year}"),
            vn_number(p.planned) if p.planned_max is None else f"{vn_number(p.planned)} – {vn_number(p.planned_max)}",
            "–" if p.achieved is None else vn_number(p.achieved),
        ]
        for p in sorted(trend.points, key=lambda p: (p.end_year, p.kind == "term"))
    ]
    return Chart(
        chart_id,
        _("%(indicator)s across the years") % {"indicator": trend.indicator},
        figure,
        [_("Period"), _("Plan"), _("Achieved")],
        rows,
    )
