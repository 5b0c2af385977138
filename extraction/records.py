"""How one article's extraction becomes tracker records.

The writer reads the pipeline's dataclasses (extraction.nlp.items.ArticleExtraction) as they
are: units are found (or added and flagged), resolutions got or created, and every target,
result and scorecard written as "extracted" with its sentence, offsets and rule trace. Used
inside article_store's transaction; reasons for review are collected on the ImportResult.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils.text import slugify
from django.utils.translation import gettext as _

from extraction.highlight import vn_number
from extraction.nlp.items import (
    AchievementItem,
    ArticleExtraction,
    Direction,
    Part,
    ResolutionExtraction,
    ResolutionKind,
    ScorecardItem,
    Structure,
    TargetItem,
    judged_of,
)
from tracker.models import Achievement, Article, PeriodPart, Resolution, ReviewState, Scorecard, Target, Theme, Unit
from tracker.text import fold, indicator_words, word_overlap

if TYPE_CHECKING:
    from extraction.services import ImportResult

EXTRACTED = ReviewState.EXTRACTED
# as_of of a result reported for part of the year.
PART_ENDS = {PeriodPart.Q1: (3, 31), PeriodPart.H1: (6, 30), PeriodPart.M9: (9, 30), PeriodPart.YEAR: (12, 31)}


def _quantized(value: Decimal | None, places: int = 4) -> Decimal | None:
    """A number read, to the places the database keeps."""
    if value is None:
        return None
    try:
        return value.quantize(Decimal(10) ** -places)
    except InvalidOperation:  # too many digits to quantize: fits() refuses it with a reason
        return value


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


# How alike a reading and a target on record must be (word_overlap of their indicator_words, plus a
# half when the plan is the same): from SURE it is the same target, from DOUBTFUL staff are asked.
SURE, DOUBTFUL = 0.75, 0.5


def _unit_key(unit: str | None) -> str:
    return "".join(fold(unit).split())


class Candidate:
    """A target on record that what is read may be the same as: its wording's words, read once."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.words = indicator_words(target.indicator)
        self.unit = _unit_key(target.measure_unit)

    def score(
        self,
        words: set[str],
        unit: str,
        theme: str,
        planned: Decimal | None,
        planned_max: Decimal | None = None,
        *,
        exact_plan: bool = False,
    ) -> float:
        """How alike: 0 when the units differ, or the themes differ and the wording is not the same."""
        target = self.target
        if unit and self.unit and unit != self.unit:
            return 0.0
        score = word_overlap(words, self.words)
        if target.theme_id != theme and score < 1:
            return 0.0
        same_plan = (
            planned is not None
            and planned == target.planned_value
            and (not exact_plan or planned_max == target.planned_value_max)
        )
        return score + 0.5 * same_plan


# Items are written this many rows to an INSERT (SQLite allows 999 parameters on old builds; Target has ~25 columns).
BATCH_SIZE = 30


class ResolutionItems:
    """What one resolution already holds, read once: the writer never asks the database per item."""

    def __init__(self, resolution: Resolution, article: Article) -> None:
        targets = list(Target.objects.filter(resolution=resolution).order_by("theme__position", "position", "id"))
        self.position = min(len(targets), POSITION_MAX)
        # Targets a reading may be the same as, in the order target_match has always tried them.
        self.candidates = [Candidate(target) for target in targets if target.review_state != ReviewState.REJECTED]
        # This article's items from before a re-import (reviewed or edited): never written twice.
        self.kept_targets: dict[str, Target] = {}
        for target in targets:
            if target.article_id == article.pk:
                self.kept_targets.setdefault(target.indicator, target)
        self.kept_scorecards = set(
            Scorecard.objects.filter(resolution=resolution, article=article).values_list("total", "met_or_exceeded")
        )

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
        self.kept_achievements = set(Achievement.objects.filter(article=article).values_list("target_id", "sentence"))
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
            self.flag(
                _("%(item)s: %(field)s %(value)s is out of range and was dropped.")
                % {"item": label, "field": model._meta.get_field(name).verbose_name, "value": value}
            )
        return kept

    def write(self, extraction: ArticleExtraction) -> None:
        for reason in extraction.flags:
            self.flag(reason)
        if not extraction.resolutions:
            self.flag(_("No resolution found: no unit or period recognised."))
        for read in extraction.resolutions:
            resolution = self.resolution_for(read)
            if resolution is None:
                continue
            for target in read.targets:
                self.target_add(resolution, target)
            for achievement in read.achievements:
                self.achievement_add(resolution, read, achievement)
            for scorecard in read.scorecards:
                self.scorecard_add(resolution, read, scorecard)
        for read in extraction.unplaced:  # of no unit the text names: nowhere to file them
            for reason in read.flags:
                self.flag(reason)
            self.flag(_("No recognisable unit for a resolution (%(items)d items not stored).") % {"items": read.items})
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

    def resolution_for(self, read: ResolutionExtraction) -> Resolution | None:
        for reason in read.flags:
            self.flag(reason)
        items = read.items
        unit = self.unit_for(read)
        term = read.term or [None, None]
        start, end = (read.year, read.year) if read.kind == ResolutionKind.ANNUAL else (term[0], term[-1])
        where = read.district or read.commune or read.province or "?"
        if unit is None:
            self.flag(_("No recognisable unit for a resolution (%(items)d items not stored).") % {"items": items})
            return None
        if read.kind is None or not start or not end:
            self.flag(
                _("No recognisable period for a resolution of %(unit)s (%(items)d items not stored).")
                % {"unit": where, "items": items}
            )
            return None
        label = _("Resolution of %(unit)s") % {"unit": where}
        years = self.within_limits(Resolution, label, start_year=start, end_year=end)
        if None in years.values():
            self.flag(
                _("No recognisable period for a resolution of %(unit)s (%(items)d items not stored).")
                % {"unit": where, "items": items}
            )
            return None
        declared = self.within_limits(Resolution, label, declared_target_count=read.target_count)[
            "declared_target_count"
        ]
        slogan, number = (read.slogan or "")[:200], (read.number or "")[:40]
        resolution, created = Resolution.objects.get_or_create(
            unit=unit,
            kind=read.kind,
            start_year=years["start_year"],
            end_year=years["end_year"],
            defaults={"slogan": slogan, "number": number, "declared_target_count": declared},
        )
        if not created:  # fill what is still blank; never overwrite what staff entered
            changed = []
            for name, value in (("slogan", slogan), ("number", number), ("declared_target_count", declared)):
                if value and not getattr(resolution, name):
                    setattr(resolution, name, value)
                    changed.append(name)
            if changed:
                resolution.save(update_fields=[*changed, "updated_at"])
        resolution.articles.add(self.article)
        return resolution

    def unit_for(self, read: ResolutionExtraction) -> Unit | None:
        province_name = (read.province or "").strip()
        district_name = (read.district or "").strip()
        commune_name = (read.commune or "").strip()
        if not province_name:
            return None
        # A commune, or a resolution read in the 2025 structure, belongs to one of the 34 provinces.
        system = (
            Unit.System.FROM_2025 if commune_name or read.structure == Structure.FROM_2025 else Unit.System.BEFORE_2025
        )
        province = _find_unit(Unit.objects.filter(level=Unit.Level.PROVINCE, system=system), province_name)
        if province is None:
            province = _find_unit(Unit.objects.filter(level=Unit.Level.PROVINCE), province_name)
        if province is None:
            province = _unit_add(name=province_name, kind=Unit.Kind.PROVINCE, parent=None)
            self.flag(_("Province “%(name)s” is not in the tracker: added, please check.") % {"name": province_name})
        if commune_name:
            commune = _find_unit(province.children.filter(level=Unit.Level.COMMUNE), commune_name)
            if commune is None:
                commune = _unit_add(
                    name=commune_name, kind=Unit.Kind.COMMUNE, parent=province, system=Unit.System.FROM_2025
                )
                self.flag(
                    _("Commune “%(name)s” (%(province)s) is not in the tracker: added, please check.")
                    % {"name": commune_name, "province": province.short_name}
                )
            return commune
        if not district_name:
            return province
        district = _find_unit(province.children.filter(level=Unit.Level.DISTRICT), district_name)
        if district is None:
            # DistrictKind's values are the tracker's Unit.Kind codes of district-level units.
            kind = Unit.Kind(read.district_kind) if read.district_kind else Unit.Kind.RURAL_DISTRICT
            district = _unit_add(name=district_name, kind=kind, parent=province)
            self.flag(
                _("District “%(name)s” (%(province)s) is not in the tracker: added, please check.")
                % {"name": district_name, "province": province.short_name}
            )
        return district

    # ---- provenance

    def item_flags(self, item: TargetItem | AchievementItem | ScorecardItem, label: str) -> None:
        for reason in item.flags:
            self.flag(f"{label}: {reason}")

    def provenance(self, item: TargetItem | AchievementItem | ScorecardItem) -> dict:
        sentence = item.sentence.strip()
        start, end = item.start, item.end
        valid = (
            isinstance(start, int)
            and isinstance(end, int)
            and 0 <= start <= end <= len(self.text)
            and (not sentence or self.text[start:end].strip() == sentence)
        )
        if not valid:
            start = self.text.find(sentence) if sentence else -1
            start, end = (start, start + len(sentence)) if start >= 0 else (None, None)
        return {
            "article": self.article,
            "sentence": sentence,
            "sentence_start": start,
            "sentence_end": end,
            "review_state": EXTRACTED,
            "rules": list(item.rules),
        }

    def theme(self, item: TargetItem | AchievementItem) -> str:
        return item.theme if item.theme in self.themes else "other"

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

    def target_add(self, resolution: Resolution, item: TargetItem) -> Target | None:
        value, value_max = _quantized(item.value), _quantized(item.value_max)
        indicator = item.indicator.strip()[:500]
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
        self.item_flags(item, indicator)
        provenance = self.provenance(item)
        kept = self.items_of(resolution).kept_targets.get(indicator)
        if kept is not None:  # reviewed or edited before this re-import: never changed by it
            if (kept.planned_value, kept.planned_value_max) != (abs(value), value_max):
                self.flag(
                    _(
                        "Target “%(indicator)s” now reads %(new)s in the article but was already reviewed "
                        "(%(old)s): left as it is."
                    )
                    % {"indicator": indicator, "new": vn_number(value), "old": vn_number(kept.planned_value)}
                )
            return None
        same, alike = self.target_known(resolution, item, abs(value), value_max)
        if same is not None:  # another article's target: this article is one more source of it
            self.result.matched += 1
            return None
        target = Target(
            resolution=resolution,
            theme_id=self.theme(item),
            indicator=indicator or "?",
            planned_value=abs(value),
            planned_value_max=value_max,
            measure_unit=item.unit[:60],
            direction=item.direction or Target.Direction.NONE,
            judged=item.judged,
            deadline_year=resolution.end_year,
            position=self.items_of(resolution).position,
            **provenance,
        )
        if self.save(target, label):
            self.target_added(resolution, target)
            self.possible_duplicate(target, alike)
            return target
        return None

    def target_known(
        self, resolution: Resolution, item: TargetItem, value: Decimal, value_max: Decimal | None
    ) -> tuple[Target | None, Target | None]:
        """(the same target another article gave, or a target it may be the same as) in this resolution.

        The same: the same indicator in other words, unit and plan; alike wording with another plan,
        or a plan with half the words, is only a possible duplicate for staff to decide.
        """
        words, unit, theme = indicator_words(item.indicator), _unit_key(item.unit), self.theme(item)
        best, best_score = None, 0.0
        for candidate in self.items_of(resolution).candidates:
            if candidate.target.article_id == self.article.pk:  # this article's own: the pipeline deduplicated
                continue
            score = candidate.score(words, unit, theme, value, value_max, exact_plan=True)
            if score > best_score:
                best, best_score = candidate.target, score
        if best_score >= SURE + 0.5:  # alike wording and the same plan
            return best, None
        return None, best if best_score >= DOUBTFUL else None

    def possible_duplicate(self, target: Target, alike: Target | None) -> None:
        """Tell staff a new target may be one already on record: never a silent near-duplicate."""
        if alike is None:
            return
        self.result.possible_duplicates += 1
        self.flag(
            _(
                "Target “%(indicator)s” (%(new)s) may be the same as “%(other)s” (%(old)s) already in the "
                "tracker: if so, reject one of them."
            )
            % {
                "indicator": target.indicator,
                "new": f"{vn_number(target.planned_value)} {target.measure_unit}".strip(),
                "other": alike.indicator,
                "old": f"{vn_number(alike.planned_value)} {alike.measure_unit}".strip(),
            }
        )

    def achievement_add(
        self, resolution: Resolution, read: ResolutionExtraction, item: AchievementItem
    ) -> Achievement | None:
        indicator = item.indicator.strip()[:500]
        limited = self.within_limits(
            Achievement,
            _("Result “%(indicator)s”") % {"indicator": indicator},
            value=_quantized(item.value),
            planned_value=_quantized(item.planned),
            percent_of_plan=_quantized(item.percent_of_plan, places=2),
        )
        value, planned, percent = limited["value"], limited["planned_value"], limited["percent_of_plan"]
        if value is None and percent is None:
            self.flag(
                _("Result “%(indicator)s” has neither a value nor a share of the plan: not stored.")
                % {"indicator": indicator}
            )
            return None
        self.item_flags(item, indicator)
        provenance = self.provenance(item)
        target, alike = self.target_match(resolution, item)
        if target is None:
            # The target an earlier import created for this result, kept because staff decided on it:
            # rejected, neither it nor the result comes back; otherwise the result stays on it.
            target = self.kept_target(resolution, indicator or "?")
            if target is not None and target.review_state == ReviewState.REJECTED:
                return None
        if target is not None and target.pk and (target.pk, provenance["sentence"]) in self.kept_achievements:
            return None  # kept through a re-import (reviewed or edited)
        if target is None:
            target = self.target_for_result(resolution, item)
            if target is None:
                return None
            self.possible_duplicate(target, alike)
        part = item.part or (Part.TERM if resolution.kind == Resolution.Kind.TERM else Part.YEAR)
        achievement = Achievement(
            target=target,
            value=value,
            planned_value=planned,
            percent_of_plan=percent,
            as_of=as_of_date(resolution=resolution, part=part, year=item.year),
            period=part,
            source=Achievement.Source.ARTICLE,
            **provenance,
        )
        if self.save(achievement, _("Result “%(indicator)s”") % {"indicator": indicator}):
            self.result.achievements += 1
            return achievement
        return None

    def target_match(self, resolution: Resolution, item: AchievementItem) -> tuple[Target | None, Target | None]:
        """(the target of the same resolution a result reports on, or one it may report on) by like
        wording (case, diacritics, lead-in words aside), the same unit, and the plan when it is given."""
        words, unit, theme = indicator_words(item.indicator), _unit_key(item.unit), self.theme(item)
        if not words:
            return None, None
        planned = _quantized(item.planned)
        best, best_score = None, 0.0
        for candidate in self.items_of(resolution).candidates:
            score = candidate.score(words, unit, theme, planned)
            if score > best_score:
                best, best_score = candidate.target, score
        if best_score >= SURE:
            return best, None
        return None, best if best_score >= DOUBTFUL else None

    def target_for_result(self, resolution: Resolution, item: AchievementItem) -> Target | None:
        """A result with no target on record: create the target its plan implies, for review."""
        value, planned = _quantized(item.value), _quantized(item.planned)
        percent = _quantized(item.percent_of_plan, places=2)
        unit = (item.unit or "")[:60]
        indicator = (item.indicator.strip() or "?")[:500]
        if planned is None and value is not None and percent:
            planned = (value * 100 / percent).quantize(Decimal("0.01"))  # the plan is only implied
        if planned is None and value is not None:
            planned = value
        if planned is None:  # only "đạt 92% kế hoạch": the plan is 100% of itself
            planned, unit = Decimal(100), "% kế hoạch"
            self.flag(
                _("Result “%(indicator)s”: the plan is not given; its target was created as 100%% of plan.")
                % {"indicator": indicator}
            )
        label = _("Target of the result “%(indicator)s”") % {"indicator": indicator}
        if self.within_limits(Target, label, planned_value=abs(planned))["planned_value"] is None:
            return None
        # A result states no direction; its wording alone tells a level not to pass ("còn 2,1%").
        judged = judged_of(bound=None, direction=Direction.DECREASE, phrase=item.phrase)
        target = Target(
            resolution=resolution,
            theme_id=self.theme(item),
            indicator=indicator,
            planned_value=abs(planned),
            measure_unit=unit,
            direction=Direction.INCREASE,
            judged=judged,
            deadline_year=resolution.end_year,
            position=self.items_of(resolution).position,
            **self.provenance(item),
        )
        if self.save(target, label):
            self.target_added(resolution, target)
            return target
        return None

    def scorecard_add(
        self, resolution: Resolution, read: ResolutionExtraction, item: ScorecardItem
    ) -> Scorecard | None:
        label = _("Scorecard %(met)s/%(total)s") % {"met": item.met_or_exceeded, "total": item.total}
        counts = self.within_limits(
            Scorecard,
            label,
            total=item.total,
            met_or_exceeded=item.met_or_exceeded,
            exceeded=item.exceeded,
            nearly_met=item.nearly_met,
            not_met=item.not_met,
        )
        total, met = counts["total"], counts["met_or_exceeded"]
        if total is None or met is None:
            self.flag(_("A scorecard without its counts: not stored."))
            return None
        self.item_flags(item, f"{met}/{total}")
        provenance = self.provenance(item)
        if (total, met) in self.items_of(resolution).kept_scorecards:
            return None
        part = item.part or (Part.TERM if resolution.kind == Resolution.Kind.TERM else Part.YEAR)
        scorecard = Scorecard(
            resolution=resolution,
            total=total,
            met_or_exceeded=met,
            exceeded=counts["exceeded"],
            nearly_met=counts["nearly_met"],
            not_met=counts["not_met"],
            period=part,
            as_of=as_of_date(resolution=resolution, part=part),
            **provenance,
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
        items.candidates.append(Candidate(target))
        self.result.targets += 1


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
        short_name=name,
        kind=kind,
        system=system,
        parent=parent,
        slug=slug,
        origin=Unit.Origin.ADDED,
        province_after_reform=parent.province_after_reform if parent else None,
        note="Added by an article import.",
    )
