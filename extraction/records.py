"""How one article's extraction (resolution-extraction/1) becomes tracker records.

Units are found (or added and flagged), resolutions got or created, and every target,
result and scorecard written as "extracted" with its sentence and offsets. Used inside
article_store's transaction; reasons for review are collected on the ImportResult.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils.text import slugify
from django.utils.translation import gettext as _

from extraction.highlight import vn_number
from extraction.models import Article
from tracker.models import Achievement, PeriodPart, Resolution, ReviewState, Scorecard, Target, Theme, Unit
from tracker.text import fold

if TYPE_CHECKING:
    from extraction.services import ImportResult

EXTRACTED = ReviewState.EXTRACTED
# Wording that states a level not to be passed: "giảm tỷ lệ hộ nghèo còn 4%", "dưới 2%".
AT_MOST_WORDS = re.compile(r"\b(còn|dưới|xuống|không quá|không vượt quá|tối đa|thấp hơn|ít hơn)\b", re.I)
# as_of of a result reported for part of the year.
PART_ENDS = {PeriodPart.Q1: (3, 31), PeriodPart.H1: (6, 30), PeriodPart.M9: (9, 30), PeriodPart.YEAR: (12, 31)}
PERIOD_WORDS = [  # folded text → period; checked in order
    (re.compile(r"giua nhiem ky|nua nhiem ky|mid"), PeriodPart.MID_TERM),
    (re.compile(r"nhiem ky|term"), PeriodPart.TERM),
    (re.compile(r"\bquy (i|1)\b|\bq1\b"), PeriodPart.Q1),
    (re.compile(r"\b6 thang\b|sau thang|\bh1\b"), PeriodPart.H1),
    (re.compile(r"\b9 thang\b|chin thang|\bm9\b"), PeriodPart.M9),
    (re.compile(r"\bnam\b|\byear\b"), PeriodPart.YEAR),
]



def _decimal(value: Any, places: int = 4) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    try:
        return number.quantize(Decimal(10) ** -places)
    except InvalidOperation:  # too many digits to quantize: fits() refuses it with a reason
        return number


# The strictest integer ranges of the backends we run on (PostgreSQL's smallint is the tight one):
# SQLite would store 99999 in a PositiveSmallIntegerField, PostgreSQL refuses the whole file.
INTEGER_RANGES = BaseDatabaseOperations.integer_field_ranges


def fits(model: type[models.Model], name: str, value: Any) -> bool:
    """Whether every database we run on can hold `value` in model.name (None always fits)."""
    if value is None:
        return True
    field = model._meta.get_field(name)
    if isinstance(field, models.DecimalField):
        if not isinstance(value, Decimal) or not value.is_finite():
            return False
        if abs(value) >= Decimal(10) ** (field.max_digits - field.decimal_places):
            return False
    elif field.get_internal_type() in INTEGER_RANGES:
        low, high = INTEGER_RANGES[field.get_internal_type()]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            return False
    try:
        field.run_validators(value)  # the model's own limits, such as years 1945-2100
    except ValidationError:
        return False
    return True


def period_part(value: Any) -> str | None:
    """A PeriodPart from what the pipeline gave ("m9", "9 tháng", "quý I", "nhiệm kỳ" ...)."""
    if not value:
        return None
    if value in PeriodPart.values:
        return value
    text = fold(str(value))
    for pattern, part in PERIOD_WORDS:
        if pattern.search(text):
            return part
    return None


def as_of_date(*, resolution: Resolution, part: str | None, year: int | None = None) -> datetime.date:
    """The date a result stands at: end of the year, of the part of it, or of the term."""
    if resolution.kind == Resolution.Kind.TERM and part in (None, PeriodPart.TERM, PeriodPart.YEAR, PeriodPart.OTHER):
        if part == PeriodPart.YEAR and year:
            return datetime.date(year, 12, 31)
        return datetime.date(resolution.end_year, 12, 31)
    if part == PeriodPart.MID_TERM:
        return datetime.date(resolution.start_year + (resolution.end_year - resolution.start_year) // 2, 12, 31)
    month, day = PART_ENDS.get(part or PeriodPart.YEAR, (12, 31))
    return datetime.date(year or resolution.end_year, month, day)


def judged_for(item: dict, direction: str) -> str:
    """How a plan is judged: "at_most" when the wording states a ceiling, else "at_least"."""
    if item.get("judged") in ("at_least", "at_most"):
        return item["judged"]
    clause = _clause(item)
    if AT_MOST_WORDS.search(clause):
        return "at_most"
    return "at_least"


def _clause(item: dict) -> str:
    """The part of the sentence that states the item (between ; or , around its indicator)."""
    sentence = item.get("sentence") or ""
    indicator = (item.get("indicator") or "").lower()
    for clause in re.split(r"[;:]|, (?=[^\d])", sentence):
        if indicator and indicator[:20] in clause.lower():
            return clause
    return item.get("phrase") or item.get("text") or indicator


def _tokens(text: str) -> set[str]:
    return {word for word in re.findall(r"\w+", fold(text)) if len(word) > 1}


# Items are written this many rows to an INSERT (SQLite allows 999 parameters on old builds; Target has ~25 columns).
BATCH_SIZE = 30


class ResolutionItems:
    """What one resolution already holds, read once: the writer never asks the database per item."""

    def __init__(self, resolution: Resolution, article: Article) -> None:
        targets = list(Target.objects.filter(resolution=resolution).order_by("theme__position", "position", "id"))
        self.position = min(len(targets), POSITION_MAX)
        # Candidates a result may report on, by theme, in the order target_match has always tried them.
        self.candidates: dict[str, list[tuple[Target, set[str]]]] = {}
        for target in targets:
            if target.review_state != ReviewState.REJECTED:
                self.candidates.setdefault(target.theme_id, []).append((target, _tokens(target.indicator)))
        # This article's items from before a re-import (reviewed or edited): never written twice.
        self.kept_targets: dict[str, Target] = {}
        for target in targets:
            if target.article_id == article.pk:
                self.kept_targets.setdefault(target.indicator, target)
        self.kept_scorecards = set(Scorecard.objects.filter(resolution=resolution, article=article)
                                   .values_list("total", "met_or_exceeded"))

    def next_position(self) -> int:
        position = self.position
        self.position = min(self.position + 1, POSITION_MAX)
        return position


POSITION_MAX = 32767  # a PositiveSmallIntegerField on PostgreSQL


class ItemWriter:
    """Writes one article's resolutions and items, collecting reasons for review.

    Linear in the number of items: what the database holds is read once per resolution, new
    items are checked in memory (field limits and the models' clean(), no query) and written in
    batches with their history at the end; the caller touches the data stamp once.
    """

    def __init__(self, *, article: Article, result: ImportResult) -> None:
        self.article = article
        self.result = result
        self.text = article.text
        self.themes = set(Theme.objects.values_list("code", flat=True))
        self.resolutions: dict[int, ResolutionItems] = {}
        self.kept_achievements = set(Achievement.objects.filter(article=article)
                                     .values_list("target_id", "sentence"))
        self.pending: dict[type[models.Model], list[models.Model]] = {Target: [], Achievement: [], Scorecard: []}
        self._flagged = set(result.review_reasons)

    def flag(self, reason: str) -> None:
        if reason and reason not in self._flagged:
            self._flagged.add(reason)
            self.result.review_reasons.append(reason)

    def items_of(self, resolution: Resolution) -> ResolutionItems:
        if resolution.pk not in self.resolutions:
            self.resolutions[resolution.pk] = ResolutionItems(resolution, self.article)
        return self.resolutions[resolution.pk]

    def within_limits(self, model: type[models.Model], label: str, **values: Any) -> dict[str, Any]:
        """The values, each one the database could not hold replaced by None and flagged."""
        kept = {}
        for name, value in values.items():
            if fits(model, name, value):
                kept[name] = value
                continue
            kept[name] = None
            self.flag(_("%(item)s: %(field)s %(value)s is out of range and was dropped.") % {
                "item": label, "field": model._meta.get_field(name).verbose_name, "value": value})
        return kept

    def write(self, extraction: dict) -> None:
        for reason in _flags(extraction):
            self.flag(reason)
        resolutions = extraction.get("resolutions") or []
        if not resolutions:
            self.flag(_("No resolution found: no unit or period recognised."))
        for data in resolutions:
            resolution = self.resolution_for(data)
            if resolution is None:
                continue
            for item in data.get("targets") or []:
                self.target_add(resolution, item)
            for item in data.get("achievements") or []:
                self.achievement_add(resolution, data, item)
            for item in data.get("scorecards") or []:
                self.scorecard_add(resolution, data, item)
        self.flush()

    def flush(self) -> None:
        """Write the checked items in batches, each with its "created" history record."""
        from simple_history.utils import bulk_create_with_history

        targets = self.pending[Target]
        for target in targets:
            target.search_text = fold(f"{target.indicator} {target.measure_unit}")
            target.apply_progress()  # no confirmed result yet: no data
        bulk_create_with_history(targets, Target, batch_size=BATCH_SIZE)
        achievements = self.pending[Achievement]
        for achievement in achievements:
            achievement.target_id = achievement.target.pk
        bulk_create_with_history(achievements, Achievement, batch_size=BATCH_SIZE)
        bulk_create_with_history(self.pending[Scorecard], Scorecard, batch_size=BATCH_SIZE)
        self.pending = {Target: [], Achievement: [], Scorecard: []}

    # ---- units and resolutions

    def resolution_for(self, data: dict) -> Resolution | None:
        for reason in _flags(data):
            self.flag(reason)
        items = sum(len(data.get(key) or []) for key in ("targets", "achievements", "scorecards"))
        unit = self.unit_for(data)
        kind = data.get("kind")
        term = data.get("term") or [None, None]
        start, end = (data.get("year"), data.get("year")) if kind == "annual" else (term[0], term[-1])
        where = data.get("district") or data.get("province") or "?"
        if unit is None:
            self.flag(_("No recognisable unit for a resolution (%(items)d items not stored).") % {"items": items})
            return None
        if kind not in Resolution.Kind.values or not start or not end:
            self.flag(_("No recognisable period for a resolution of %(unit)s (%(items)d items not stored).")
                      % {"unit": where, "items": items})
            return None
        label = _("Resolution of %(unit)s") % {"unit": where}
        years = self.within_limits(Resolution, label, start_year=_int(start), end_year=_int(end))
        if None in years.values():
            self.flag(_("No recognisable period for a resolution of %(unit)s (%(items)d items not stored).")
                      % {"unit": where, "items": items})
            return None
        declared = self.within_limits(Resolution, label,
                                      declared_target_count=data.get("target_count"))["declared_target_count"]
        resolution, created = Resolution.objects.get_or_create(
            unit=unit, kind=kind, start_year=years["start_year"], end_year=years["end_year"],
            defaults={"slogan": (data.get("slogan") or "")[:200], "number": (data.get("number") or "")[:40],
                      "declared_target_count": declared},
        )
        if not created:  # fill what is still blank; never overwrite what staff entered
            changed = []
            for name, value in (("slogan", (data.get("slogan") or "")[:200]),
                                ("number", (data.get("number") or "")[:40]),
                                ("declared_target_count", declared)):
                if value and not getattr(resolution, name):
                    setattr(resolution, name, value)
                    changed.append(name)
            if changed:
                resolution.save(update_fields=[*changed, "updated_at"])
        resolution.articles.add(self.article)
        return resolution

    def unit_for(self, data: dict) -> Unit | None:
        province_name = (data.get("province") or "").strip()
        district_name = (data.get("district") or "").strip()
        commune_name = (data.get("commune") or "").strip()
        if not province_name:
            return None
        # A commune, or a resolution read in the 2025 structure, belongs to one of the 34 provinces.
        system = Unit.System.FROM_2025 if commune_name or data.get("structure") == "2025" else Unit.System.BEFORE_2025
        province = _find_unit(Unit.objects.filter(level=Unit.Level.PROVINCE, system=system), province_name)
        if province is None:
            province = _find_unit(Unit.objects.filter(level=Unit.Level.PROVINCE), province_name)
        if province is None:
            province = _unit_add(name=province_name, kind=Unit.Kind.PROVINCE, parent=None)
            self.flag(_("Province “%(name)s” is not in the tracker: added, please check.") % {"name": province_name})
        if commune_name:
            commune = _find_unit(province.children.filter(level=Unit.Level.COMMUNE), commune_name)
            if commune is None:
                commune = _unit_add(name=commune_name, kind=Unit.Kind.COMMUNE, parent=province,
                                    system=Unit.System.FROM_2025)
                self.flag(_("Commune “%(name)s” (%(province)s) is not in the tracker: added, please check.")
                          % {"name": commune_name, "province": province.short_name})
            return commune
        if not district_name:
            return province
        district = _find_unit(province.children.filter(level=Unit.Level.DISTRICT), district_name)
        if district is None:
            kind = data.get("district_kind") if data.get("district_kind") in Unit.Kind.values else Unit.Kind.RURAL_DISTRICT
            district = _unit_add(name=district_name, kind=kind, parent=province)
            self.flag(_("District “%(name)s” (%(province)s) is not in the tracker: added, please check.")
                      % {"name": district_name, "province": province.short_name})
        return district

    # ---- provenance

    def item_flags(self, item: dict, label: str) -> None:
        for reason in _flags(item):
            self.flag(f"{label}: {reason}")

    def provenance(self, item: dict) -> dict:
        sentence = (item.get("sentence") or "").strip()
        start = item.get("sentence_start", item.get("start"))
        end = item.get("sentence_end", item.get("end"))
        valid = (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(self.text)
                 and (not sentence or self.text[start:end].strip() == sentence))
        if not valid:
            start = self.text.find(sentence) if sentence else -1
            start, end = (start, start + len(sentence)) if start >= 0 else (None, None)
        return {"article": self.article, "sentence": sentence, "sentence_start": start, "sentence_end": end,
                "review_state": EXTRACTED}

    def theme(self, item: dict) -> str:
        code = item.get("theme")
        return code if code in self.themes else "other"

    def save(self, obj: models.Model, label: str) -> bool:
        """Check the item as full_clean would, without a query, and queue it; a refused item is flagged."""
        try:
            obj.clean_fields(exclude=["article", "resolution", "target", "theme"])
            obj.clean()
        except ValidationError as exc:
            self.flag(_("%(item)s not stored: %(errors)s") % {"item": label, "errors": "; ".join(exc.messages)})
            return False
        self.pending[type(obj)].append(obj)
        return True

    # ---- items

    def target_add(self, resolution: Resolution, item: dict) -> Target | None:
        value, value_max = _decimal(item.get("value")), _decimal(item.get("value_max"))
        indicator = (item.get("indicator") or "").strip()[:500]
        if value is None:
            self.flag(_("Target “%(indicator)s” has no value: not stored.") % {"indicator": indicator})
            return None
        if value_max is not None and value_max < value:
            value, value_max = value_max, value
        label = _("Target “%(indicator)s”") % {"indicator": indicator}
        limited = self.within_limits(Target, label, planned_value=abs(value), planned_value_max=value_max)
        if limited["planned_value"] is None:
            self.flag(_("%(item)s not stored: its value is out of range.") % {"item": label})
            return None
        value_max = limited["planned_value_max"]
        direction = item.get("direction") or Target.Direction.NONE
        if direction not in Target.Direction.values:
            direction = Target.Direction.NONE
        self.item_flags(item, indicator)
        provenance = self.provenance(item)
        kept = self.items_of(resolution).kept_targets.get(indicator)
        if kept is not None:  # reviewed or edited before this re-import: never changed by it
            if (kept.planned_value, kept.planned_value_max) != (abs(value), value_max):
                self.flag(_("Target “%(indicator)s” now reads %(new)s in the article but was already reviewed "
                            "(%(old)s): left as it is.")
                          % {"indicator": indicator, "new": vn_number(value), "old": vn_number(kept.planned_value)})
            return None
        target = Target(
            resolution=resolution, theme_id=self.theme(item), indicator=indicator or "?",
            planned_value=abs(value), planned_value_max=value_max, measure_unit=(item.get("unit") or "")[:60],
            direction=direction, judged=judged_for(item, direction), deadline_year=resolution.end_year,
            position=self.items_of(resolution).position, rules=item.get("rules", []), **provenance,
        )
        if self.save(target, _("Target “%(indicator)s”") % {"indicator": indicator}):
            self.target_added(resolution, target)
            return target
        return None

    def achievement_add(self, resolution: Resolution, data: dict, item: dict) -> Achievement | None:
        value, planned = _decimal(item.get("value")), _decimal(item.get("planned"))
        percent = _decimal(item.get("percent_of_plan"), places=2)
        indicator = (item.get("indicator") or "").strip()[:500]
        limited = self.within_limits(Achievement, _("Result “%(indicator)s”") % {"indicator": indicator},
                                     value=value, planned_value=planned, percent_of_plan=percent)
        value, planned, percent = limited["value"], limited["planned_value"], limited["percent_of_plan"]
        if value is None and percent is None:
            self.flag(_("Result “%(indicator)s” has neither a value nor a share of the plan: not stored.")
                      % {"indicator": indicator})
            return None
        self.item_flags(item, indicator)
        provenance = self.provenance(item)
        target = self.target_match(resolution, item)
        if target is None:
            # The target an earlier import created for this result, kept because staff decided on it:
            # rejected, neither it nor the result comes back; otherwise the result stays on it.
            target = self.kept_target(resolution, indicator or "?")
            if target is not None and target.review_state == ReviewState.REJECTED:
                return None
        if target is not None and target.pk and (target.pk, provenance["sentence"]) in self.kept_achievements:
            return None  # kept through a re-import (reviewed or edited)
        target = target or self.target_for_result(resolution, item)
        if target is None:
            return None
        part = period_part(item.get("period") or data.get("period")) or (
            PeriodPart.TERM if resolution.kind == Resolution.Kind.TERM else PeriodPart.YEAR)
        as_of = _date(item.get("as_of")) or as_of_date(resolution=resolution, part=part, year=item.get("year"))
        achievement = Achievement(
            target=target, value=value, planned_value=planned, percent_of_plan=percent,
            as_of=as_of, period=part, source=Achievement.Source.ARTICLE, rules=item.get("rules", []), **provenance,
        )
        if self.save(achievement, _("Result “%(indicator)s”") % {"indicator": indicator}):
            self.result.achievements += 1
            return achievement
        return None

    def target_match(self, resolution: Resolution, item: dict) -> Target | None:
        """The target of the same resolution a result reports on: same theme, like words and unit."""
        theme, unit = self.theme(item), (item.get("unit") or "").lower()
        words = _tokens(item.get("indicator") or "")
        planned = _decimal(item.get("planned"))
        best, best_score = None, 0.0
        if not words:
            return None
        for target, other in self.items_of(resolution).candidates.get(theme, ()):
            if unit and target.measure_unit and target.measure_unit.lower() != unit:
                continue
            if not other:
                continue
            score = len(words & other) / min(len(words), len(other))
            if planned is not None and planned == target.planned_value:
                score += 0.5
            if score > best_score:
                best, best_score = target, score
        return best if best_score >= 0.5 else None

    def target_for_result(self, resolution: Resolution, item: dict) -> Target | None:
        """A result with no target on record: create the target its plan implies, for review."""
        value, planned = _decimal(item.get("value")), _decimal(item.get("planned"))
        percent = _decimal(item.get("percent_of_plan"), places=2)
        unit = (item.get("unit") or "")[:60]
        indicator = (item.get("indicator") or "?").strip()[:500]
        if planned is None and value is not None and percent:
            planned = (value * 100 / percent).quantize(Decimal("0.01"))  # the plan is only implied
        if planned is None and value is not None:
            planned = value
        if planned is None:  # only "đạt 92% kế hoạch": the plan is 100% of itself
            planned, unit = Decimal(100), "% kế hoạch"
            self.flag(_("Result “%(indicator)s”: the plan is not given; its target was created as 100%% of plan.")
                      % {"indicator": indicator})
        label = _("Target of the result “%(indicator)s”") % {"indicator": indicator}
        if self.within_limits(Target, label, planned_value=abs(planned))["planned_value"] is None:
            return None
        direction = item.get("direction") if item.get("direction") in Target.Direction.values else "increase"
        target = Target(
            resolution=resolution, theme_id=self.theme(item), indicator=indicator, planned_value=abs(planned),
            measure_unit=unit, direction=direction, judged=judged_for(item, direction),
            deadline_year=resolution.end_year, position=self.items_of(resolution).position,
            rules=item.get("rules", []), **self.provenance(item),
        )
        if self.save(target, _("Target of the result “%(indicator)s”") % {"indicator": indicator}):
            self.target_added(resolution, target)
            return target
        return None

    def scorecard_add(self, resolution: Resolution, data: dict, item: dict) -> Scorecard | None:
        label = _("Scorecard %(met)s/%(total)s") % {"met": item.get("met_or_exceeded"), "total": item.get("total")}
        counts = self.within_limits(Scorecard, label, **{name: _int(item.get(name)) for name in (
            "total", "met_or_exceeded", "exceeded", "nearly_met", "not_met")})
        total, met = counts["total"], counts["met_or_exceeded"]
        if total is None or met is None:
            self.flag(_("A scorecard without its counts: not stored."))
            return None
        self.item_flags(item, f"{met}/{total}")
        provenance = self.provenance(item)
        if (total, met) in self.items_of(resolution).kept_scorecards:
            return None
        part = period_part(item.get("period") or data.get("period")) or (
            PeriodPart.TERM if resolution.kind == Resolution.Kind.TERM else PeriodPart.YEAR)
        scorecard = Scorecard(
            resolution=resolution, total=total, met_or_exceeded=met, exceeded=counts["exceeded"],
            nearly_met=counts["nearly_met"], not_met=counts["not_met"], period=part,
            as_of=_date(item.get("as_of")) or as_of_date(resolution=resolution, part=part, year=item.get("year")),
            rules=item.get("rules", []), **provenance,
        )
        if self.save(scorecard, _("Scorecard %(met)d/%(total)d") % {"met": met, "total": total}):
            self.result.scorecards += 1
            return scorecard
        return None

    def kept_target(self, resolution: Resolution, indicator: str) -> Target | None:
        """A target of this article's earlier import with this indicator (kept: reviewed or edited)."""
        return self.items_of(resolution).kept_targets.get(indicator)

    def target_added(self, resolution: Resolution, target: Target) -> None:
        """A new target takes the next position and may be what a later result reports on."""
        items = self.items_of(resolution)
        items.next_position()
        items.candidates.setdefault(target.theme_id, []).append((target, _tokens(target.indicator)))
        self.result.targets += 1


def _flags(data: dict) -> list[str]:
    """Reasons for review the pipeline attached to an article or a resolution."""
    reasons: list[str] = []
    for key in ("review_reasons", "flags", "review"):
        value = data.get(key)
        if isinstance(value, str):
            reasons.append(value)
        elif isinstance(value, (list, tuple)):
            reasons.extend(_flag_text(flag) for flag in value)
    return [reason for reason in reasons if reason]


def _flag_text(flag: Any) -> str:
    if isinstance(flag, dict):
        return str(flag.get("reason") or flag.get("message") or flag.get("code") or flag)
    return str(flag)


def _int(value: Any) -> Any:
    """A whole number the pipeline gave as int or digits; anything else as it is, for fits() to refuse."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _date(value: Any) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _find_unit(queryset: models.QuerySet, name: str) -> Unit | None:
    """A unit by its short name, ignoring case and diacritics when the exact name is not there."""
    exact = queryset.filter(short_name=name).first()
    if exact is not None:
        return exact
    folded = fold(name)
    for unit in queryset.filter(search_text__contains=folded):
        if fold(unit.short_name) == folded:
            return unit
    return None


def _unit_add(*, name: str, kind: str, parent: Unit | None, system: str = Unit.System.BEFORE_2025) -> Unit:
    """A unit an article names that the tracker does not have, created for staff to check."""
    base = slugify(fold(f"{name} {parent.short_name}" if parent else name)) or "unit"
    slug, n = base, 1
    while Unit.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return Unit.objects.create(
        short_name=name, kind=kind, system=system, parent=parent, slug=slug,
        origin=Unit.Origin.ADDED, province_after_reform=parent.province_after_reform if parent else None,
        note="Added by an article import.",
    )
