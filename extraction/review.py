"""Review at scale: an article's items grouped under their sentences, confirmed or rejected in one go
(after inline corrections), and the last action undone.

The page's form names an item "<kind>-<pk>" ("target-12") and its corrections "<kind>-<pk>-<field>".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from extraction.highlight import Row, vn_number
from extraction.records import DOUBTFUL, Candidate, _unit_key
from extraction.services import REVIEWABLE, extraction_confirm, extraction_reject
from tracker.models import Achievement, Article, PeriodPart, ReviewState, Target, Theme
from tracker.text import indicator_words

# What staff may correct before confirming, by kind: form name → model field.
CORRECTABLE: dict[str, dict[str, str]] = {
    "target": {
        "indicator": "indicator",
        "value": "planned_value",
        "unit": "measure_unit",
        "theme": "theme_id",
        "period": "deadline_year",
    },
    "achievement": {"value": "value", "period": "period"},
    "scorecard": {"value": "met_or_exceeded", "total": "total", "period": "period"},
}
ACTIONS = ("confirm", "reject")


@dataclass
class SentenceGroup:
    """One sentence of the article, shown once, with every item read from it."""

    sentence: str
    start: int | None
    anchor: str
    rows: list[Row] = field(default_factory=list)

    @property
    def pending(self) -> int:
        return sum(1 for row in self.rows if row.item is not None and row.item.review_state == ReviewState.EXTRACTED)


def sentence_groups(rows: list[Row]) -> list[SentenceGroup]:
    """Rows grouped by their sentence, in the order of the text (rows come sorted by offset)."""
    groups: dict[tuple, SentenceGroup] = {}
    for row in rows:
        key = (row.start, row.end, row.sentence)
        if key not in groups:
            groups[key] = SentenceGroup(row.sentence, row.start, f"sentence-{len(groups) + 1}")
        groups[key].rows.append(row)
    return list(groups.values())


def item_key(item: models.Model) -> str:
    kind = next(kind for kind, model in REVIEWABLE.items() if isinstance(item, model))
    return f"{kind}-{item.pk}"


def parse_keys(keys: list[str]) -> dict[str, set[int]]:
    """{"target": {12, 13}, ...} from "target-12" keys; anything else is ignored."""
    parsed: dict[str, set[int]] = {}
    for key in keys:
        kind, _dash, pk = str(key).rpartition("-")
        if kind in REVIEWABLE and pk.isdigit() and len(pk) < 19:
            parsed.setdefault(kind, set()).add(int(pk))
    return parsed


def parse_number(text: str) -> Decimal | None:
    """A number as staff type it: "2,5", "2.5", "1.400,5" (Vietnamese) or "1400"."""
    typed = text.strip()
    text = typed.replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValidationError(_("“%(value)s” is not a number.") % {"value": typed})
    return number


@dataclass
class ReviewOutcome:
    done: int = 0
    errors: list[str] = field(default_factory=list)
    undo: dict[str, Any] = field(default_factory=dict)


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _snapshot(item: models.Model, values: dict[str, Any]) -> dict[str, Any]:
    """What undoes an action on the item: its key and the values to put back (as text, for the session)."""
    fields = {name: _as_text(value) for name, value in values.items()}
    if isinstance(item, Achievement):  # confirming a result records who answers for it
        fields["entered_by_id"] = _as_text(item.entered_by_id)
    return {"key": item_key(item), "fields": fields}


def _corrected(kind: str, item: models.Model, data: dict[str, str], themes: set[str]) -> list[str]:
    """Apply the corrections typed for this item; the names of the fields that changed."""
    changed = []
    prefix = item_key(item)
    for name, attribute in CORRECTABLE[kind].items():
        raw = data.get(f"{prefix}-{name}")
        if raw is None:
            continue
        raw = raw.strip()
        model_field = item._meta.get_field(attribute.removesuffix("_id") if attribute == "theme_id" else attribute)
        if attribute == "theme_id":
            if raw not in themes:
                raise ValidationError(_("Choose one of the themes."))
            value: Any = raw
        elif isinstance(model_field, models.DecimalField):
            value = parse_number(raw)
            if value is not None:
                value = value.quantize(Decimal(10) ** -model_field.decimal_places)
        elif isinstance(model_field, (models.PositiveSmallIntegerField, models.IntegerField)):
            number = parse_number(raw)
            if number is not None and number != number.to_integral():
                raise ValidationError(_("“%(value)s” is not a whole number.") % {"value": raw})
            value = None if number is None else int(number)
        elif attribute == "period":
            if raw not in PeriodPart.values:
                raise ValidationError(_("Choose one of the periods."))
            value = raw
        else:
            value = raw
        if value in (None, "") and not model_field.null and attribute != "measure_unit":
            raise ValidationError(_("%(field)s cannot be empty.") % {"field": model_field.verbose_name})
        if value != getattr(item, attribute):
            setattr(item, attribute, value)
            changed.append(attribute)
    if changed:
        item.clean_fields(exclude=["article", "resolution", "target", "theme", "latest_achievement"])
        item.clean()
    return changed


def items_in_article(*, article: Article, keys: dict[str, set[int]]) -> list[models.Model]:
    """The items named by the keys that were read from this article (others are ignored)."""
    items: list[models.Model] = []
    for kind, pks in keys.items():
        queryset = REVIEWABLE[kind].objects.filter(article=article, pk__in=pks)
        if kind == "target":
            queryset = queryset.select_related("resolution")
        elif kind == "achievement":
            queryset = queryset.select_related("target__resolution")
        items.extend(queryset.order_by("pk"))
    return items


@transaction.atomic
def items_review(
    *, article: Article, items: list[models.Model], action: str, data: dict[str, str], user: AbstractBaseUser | None
) -> ReviewOutcome:
    """Confirm (after applying the corrections in `data`) or reject the items; keep what undoes it."""
    outcome = ReviewOutcome(undo={"article": article.pk, "action": action, "items": []})
    themes = set(Theme.objects.values_list("code", flat=True)) if action == "confirm" else set()
    for item in items:
        kind = item_key(item).rpartition("-")[0]
        before = {name: getattr(item, name) for name in ("review_state", *CORRECTABLE[kind].values())}
        try:
            with transaction.atomic():
                if action == "confirm":
                    changed = _corrected(kind, item, data, themes)
                    snapshot = _snapshot(item, {name: before[name] for name in ["review_state", *changed]})
                    extraction_confirm(item=item, user=user)
                    outcome.undo["items"].append(snapshot)
                else:
                    if isinstance(item, Target):  # its results awaiting review are rejected with it
                        for result in Achievement.objects.filter(target=item, review_state=ReviewState.EXTRACTED):
                            outcome.undo["items"].append(_snapshot(result, {"review_state": result.review_state}))
                    outcome.undo["items"].append(_snapshot(item, {"review_state": item.review_state}))
                    extraction_reject(item=item, user=user)
        except ValidationError as exc:
            for name, value in before.items():
                setattr(item, name, value)
            label = getattr(item, "indicator", "") or str(item)
            outcome.errors.append(
                _("%(item)s not confirmed: %(errors)s") % {"item": label, "errors": "; ".join(exc.messages)}
            )
            continue
        outcome.done += 1
    return outcome


@transaction.atomic
def review_undo(*, undo: dict[str, Any], user: AbstractBaseUser | None) -> int:
    """Put the items of the last action back as they were (state and corrected fields)."""
    restored = 0
    snapshots = list(reversed(undo.get("items") or []))
    for snapshot in snapshots:
        kind, _dash, pk = snapshot["key"].rpartition("-")
        model = REVIEWABLE.get(kind)
        item = model.objects.filter(pk=int(pk), article_id=undo.get("article")).first() if model else None
        if item is None:
            continue
        for name, value in snapshot["fields"].items():
            model_field = item._meta.get_field(name.removesuffix("_id") if name.endswith("_id") else name)
            if value is not None:
                value = (model_field.target_field if model_field.is_relation else model_field).to_python(value)
            setattr(item, name, value)
        if user is not None and getattr(user, "is_authenticated", False):
            item._history_user = user
        item.save()
        restored += 1
    return restored


def pending_keys(article: Article) -> list[str]:
    """Every item of the article still awaiting review."""
    keys = []
    for kind, model in REVIEWABLE.items():
        keys.extend(
            f"{kind}-{pk}"
            for pk in model.objects.filter(article=article, review_state=ReviewState.EXTRACTED).values_list(
                "pk", flat=True
            )
        )
    return keys


@dataclass
class Correction:
    """One input of the inline correction of an item."""

    name: str  # the form name, "<kind>-<pk>-<field>"
    label: str
    value: str
    choices: list[tuple[str, str]] | None = None
    size: int = 8


def _number_text(value: Any) -> str:
    """A stored number as staff type it back: no thousands dots, the page's decimal mark."""
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return text if (get_language() or "vi").startswith("en") else text.replace(".", ",")


def corrections_for(row: Row, themes: list[tuple[str, str]]) -> list[Correction]:
    """The inputs that correct a row's item before it is confirmed, filled with what was read."""
    item, key = row.item, row.anchor
    periods = [(value, str(label)) for value, label in PeriodPart.choices]
    if row.kind == "target":
        return [
            Correction(f"{key}-indicator", _("Indicator"), item.indicator, size=40),
            Correction(f"{key}-value", _("Planned value"), _number_text(item.planned_value)),
            Correction(f"{key}-unit", _("Unit"), item.measure_unit, size=10),
            Correction(f"{key}-theme", _("Theme"), item.theme_id, choices=themes),
            Correction(
                f"{key}-period",
                _("Deadline year"),
                "" if item.deadline_year is None else str(item.deadline_year),
                size=5,
            ),
        ]
    if row.kind == "achievement":
        return [
            Correction(f"{key}-value", _("Achieved value"), _number_text(item.value)),
            Correction(f"{key}-period", _("Period covered"), item.period, choices=periods),
        ]
    return [
        Correction(f"{key}-value", _("Met or exceeded"), str(item.met_or_exceeded), size=4),
        Correction(f"{key}-total", _("Targets in all"), str(item.total), size=4),
        Correction(f"{key}-period", _("Period covered"), item.period, choices=periods),
    ]


def rows_reviewable(rows: list[Row], allowed_kinds: set[str]) -> int:
    """Mark the rows this user may review now (awaiting review, a kind they may change) and give them
    their correction inputs; the number of such rows."""
    themes = [(theme.code, str(theme)) for theme in Theme.objects.all()]
    count = 0
    for row in rows:
        row.reviewable = row.kind in allowed_kinds and row.item.review_state == ReviewState.EXTRACTED
        row.corrections = corrections_for(row, themes) if row.reviewable else []
        count += row.reviewable
    return count


def duplicates_mark(rows: list[Row], article: Article) -> int:
    """Give each target of this article awaiting review the target on record it may be the same as
    (`row.duplicate_of`, else None): the import's own measure (extraction.records.Candidate), among the
    resolution's targets from other sources that are not rejected. One query; how many were found."""
    targets = [row for row in rows if row.kind == "target"]
    for row in rows:
        row.duplicate_of = None
    pending = [row for row in targets if row.item.review_state == ReviewState.EXTRACTED]
    if not pending:
        return 0
    candidates: dict[int, list[Candidate]] = {}
    on_record = (
        Target.objects.filter(resolution_id__in={row.item.resolution_id for row in pending})
        .exclude(review_state=ReviewState.REJECTED)
        .exclude(article=article)
        .order_by("theme__position", "position", "id")
    )
    for target in on_record:
        candidates.setdefault(target.resolution_id, []).append(Candidate(target))
    found = 0
    for row in pending:
        item = row.item
        words, unit = indicator_words(item.indicator), _unit_key(item.measure_unit)
        best, best_score = None, 0.0
        for candidate in candidates.get(item.resolution_id, []):
            score = candidate.score(
                words, unit, item.theme_id, item.planned_value, item.planned_value_max, exact_plan=True
            )
            if score > best_score:
                best, best_score = candidate.target, score
        if best_score >= DOUBTFUL:
            row.duplicate_of = best
            row.duplicate_figure = f"{vn_number(best.planned_value)} {best.measure_unit}".strip()
            found += 1
    return found
