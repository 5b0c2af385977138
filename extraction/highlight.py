"""Items beside their sentences: spans of an article's text, rendered with <mark>."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass
class Row:
    """One item as staff see it in a preview or on the review page."""

    kind: str  # "target", "achievement", "scorecard"
    resolution: str
    indicator: str
    figure: str
    theme: str
    sentence: str
    start: int | None
    end: int | None
    item: Any = None  # the stored object on the review page
    anchor: str = ""
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # ids of the rules that fired

    @property
    def reason(self) -> str:
        """Why it was read so, in the page's language ("chỉ tiêu vì: …")."""
        from extraction.reasons import item_reason

        return item_reason(self.kind, self.rules)


def sentence_span(text: str, sentence: str, start: Any = None, end: Any = None) -> tuple[int | None, int | None]:
    """Offsets of a sentence in the text: the given ones when they hold it, else where it is found."""
    sentence = (sentence or "").strip()
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        if not sentence or text[start:end].strip() == sentence:
            return start, end
    found = text.find(sentence) if sentence else -1
    return (found, found + len(sentence)) if found >= 0 else (None, None)


def marked_text(text: str, rows: list[Row]) -> SafeString:
    """The article's text as HTML paragraphs with every item's sentence in a <mark> linked to its row."""
    spans = sorted({(r.start, r.end, r.anchor) for r in rows if r.start is not None and r.end is not None})
    parts: list[str] = []
    position = 0
    for start, end, anchor in spans:
        if start < position:  # the same sentence holds several items: mark it once
            continue
        parts.append(escape(text[position:start]))
        parts.append(f'<mark id="text-{anchor}"><a href="#{anchor}">{escape(text[start:end])}</a></mark>')
        position = end
    parts.append(escape(text[position:]))
    html = "".join(parts)
    paragraphs = [p.strip() for p in html.split("\n") if p.strip()]
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs))


def vn_number(value: Any) -> str:
    """A number written the Vietnamese way: 1.400 and 59,9."""
    if value is None or value == "":
        return ""
    from decimal import Decimal

    number = Decimal(str(value))
    number = number.quantize(Decimal(1)) if number == number.to_integral() else number.normalize()
    whole, _, fraction = f"{number:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    grouped = ".".join(digits[max(i - 3, 0) : i] for i in range(len(digits), 0, -3)[::-1])
    return f"{sign}{grouped}" + (f",{fraction}" if fraction else "")


def target_figure(value: Any, value_max: Any, unit: str) -> str:
    figure = vn_number(value) + (f" - {vn_number(value_max)}" if value_max not in (None, "") else "")
    return f"{figure} {unit or ''}".strip()


def achievement_figure(value: Any, planned: Any, percent: Any, unit: str) -> str:
    figure = vn_number(value)
    if planned not in (None, ""):
        figure = f"{figure}/{vn_number(planned)}"
    figure = f"{figure} {unit or ''}".strip()
    if percent not in (None, ""):
        figure = f"{figure} ({vn_number(percent)}%)".strip()
    return figure


def resolution_label(data: dict) -> str:
    where = data.get("district") or data.get("province") or "?"
    if data.get("district") and data.get("province"):
        where = f"{data['district']} ({data['province']})"
    if data.get("kind") == "term" and data.get("term"):
        return f"{where} · {data['term'][0]}–{data['term'][-1]}"
    return f"{where} · {data.get('year') or '?'}"


def rows_from_extraction(extraction: dict, text: str, themes: dict[str, str] | None = None) -> list[Row]:
    """Preview rows from a resolution-extraction/1 article, before anything is stored."""
    themes = themes or {}
    rows: list[Row] = []
    for data in extraction.get("resolutions") or []:
        label = resolution_label(data)
        for kind, key in (("target", "targets"), ("achievement", "achievements"), ("scorecard", "scorecards")):
            for item in data.get(key) or []:
                start, end = sentence_span(
                    text,
                    item.get("sentence", ""),
                    item.get("sentence_start", item.get("start")),
                    item.get("sentence_end", item.get("end")),
                )
                if kind == "target":
                    figure = target_figure(item.get("value"), item.get("value_max"), item.get("unit"))
                elif kind == "achievement":
                    figure = achievement_figure(
                        item.get("value"), item.get("planned"), item.get("percent_of_plan"), item.get("unit")
                    )
                else:
                    figure = f"{item.get('met_or_exceeded')}/{item.get('total')}"
                theme = item.get("theme") or ""
                rows.append(
                    Row(
                        kind,
                        label,
                        item.get("indicator") or "",
                        figure,
                        themes.get(theme, theme),
                        (item.get("sentence") or "").strip(),
                        start,
                        end,
                        anchor=f"item-{len(rows) + 1}",
                        rules=list(item.get("rules") or []),
                    )
                )
    return rows


def rows_from_items(items: dict[str, list], text: str) -> list[Row]:
    """Review rows from the items stored from an article, in the order of their sentences."""
    rows = [_target_row(target, text) for target in items["targets"]]
    rows += [_achievement_row(achievement, text) for achievement in items["achievements"]]
    rows += [_scorecard_row(scorecard, text) for scorecard in items["scorecards"]]
    rows.sort(key=lambda row: (row.start is None, row.start or 0))
    return rows


def _target_row(target: Any, text: str) -> Row:
    figure = target_figure(target.planned_value, target.planned_value_max, target.measure_unit)
    return _stored_row("target", target, text, target.resolution, target.indicator, figure, str(target.theme))


def _achievement_row(achievement: Any, text: str) -> Row:
    """An achievement is shown under its target's resolution, indicator and theme."""
    target = achievement.target
    figure = achievement_figure(
        achievement.value, achievement.planned_value, achievement.percent_of_plan, target.measure_unit
    )
    return _stored_row("achievement", achievement, text, target.resolution, target.indicator, figure, str(target.theme))


def _scorecard_row(scorecard: Any, text: str) -> Row:
    figure = f"{scorecard.met_or_exceeded}/{scorecard.total}"
    return _stored_row("scorecard", scorecard, text, scorecard.resolution, "", figure, "")


def _stored_row(kind: str, item: Any, text: str, resolution: Any, indicator: str, figure: str, theme: str) -> Row:
    """The row of a stored item: its sentence found in the article's text (at its stored offsets when they
    still hold it), anchored by its kind and id."""
    return Row(
        kind,
        str(resolution),
        indicator,
        figure,
        theme,
        item.sentence,
        *sentence_span(text, item.sentence, item.sentence_start, item.sentence_end),
        item=item,
        anchor=f"{kind}-{item.pk}",
        rules=item.rules,
    )
