"""Extraction → database: store an article and what was read from it, and staff review.

The pipeline (and underthesea with it) is imported only inside the functions that run it,
so a web worker importing this module stays small: the upload page hands in an
extraction computed in a subprocess (see extraction.isolated).
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from extraction.highlight import vn_number
from extraction.models import Article
from tracker.models import Achievement, PeriodPart, Resolution, ReviewState, Scorecard, Target, Theme, Unit
from tracker.text import fold

logger = logging.getLogger(__name__)

EXTRACTED = ReviewState.EXTRACTED
FOUR_PLACES = Decimal("0.0001")
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


class ArticleImportError(Exception):
    """A file that cannot be imported; the message is a one-line reason for staff."""


@dataclass
class ImportResult:
    """What importing one file did."""

    source_file: str
    status: str  # "new", "unchanged", "updated" or "failed"
    article: Article | None = None
    targets: int = 0
    achievements: int = 0
    scorecards: int = 0
    removed: int = 0
    review_reasons: list[str] = field(default_factory=list)
    error: str = ""


# --------------------------------------------------------------------------- reading


def _max_bytes() -> int:
    return int(getattr(settings, "EXTRACTION_MAX_BYTES", 5 * 1024 * 1024))


def document_read(*, path: Path | str | None = None, data: bytes | None = None, filename: str = ""):
    """Read a file or uploaded bytes into the reader's Document; ArticleImportError when it can't."""
    from extraction import reader  # pure: no underthesea

    limit = _max_bytes()
    size = Path(path).stat().st_size if path is not None else len(data or b"")
    if size > limit:
        raise ArticleImportError(
            f"file is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit (EXTRACTION_MAX_BYTES)"
        )
    try:
        if path is not None:
            return reader.read_document(Path(path), max_bytes=limit)
        return reader.read_document(data, filename=filename, max_bytes=limit)
    except reader.ReadError as exc:
        raise ArticleImportError(str(exc)) from exc


def gazetteer_load() -> Any:
    """The pipeline's gazetteer with the units staff (or imports) added to the tracker."""
    from extraction.nlp.places import gazetteer_load as nlp_gazetteer_load

    added = [
        {
            "name": unit.short_name,
            "province": unit.parent.short_name if unit.parent_id else None,
            "kind": unit.kind,
            "level": "province" if unit.level == Unit.Level.PROVINCE else "district",
            "origin": "added",
        }
        for unit in Unit.objects.filter(origin=Unit.Origin.ADDED, system=Unit.System.BEFORE_2025,
                                        level__lte=Unit.Level.DISTRICT).select_related("parent")
    ]
    return nlp_gazetteer_load(added)


def extraction_run(*, document, gazetteer: Any = None) -> dict:
    """Run the pipeline on a document in this process and return its resolution-extraction/1 article."""
    from extraction.pipeline import extract_document

    result = extract_document(document, gazetteer=gazetteer)
    return extraction_as_dict(result)


def extraction_as_dict(result: Any) -> dict:
    """One article of resolution-extraction/1 from whatever the pipeline returned."""
    import json

    data = result.to_json() if hasattr(result, "to_json") else result
    if isinstance(data, str):
        data = json.loads(data)
    if isinstance(data, dict) and "articles" in data:
        data = data["articles"][0] if data["articles"] else {}
    return data or {}


# --------------------------------------------------------------------------- import


def article_import(
    *,
    path: Path | str | None = None,
    data: bytes | None = None,
    filename: str = "",
    gazetteer: Any = None,
    extraction: dict | None = None,
) -> ImportResult:
    """Import one article file (or uploaded bytes) with everything read from it.

    Reading and extraction run before the transaction so a slow pipeline never holds the
    database; the writes are one transaction (article_store). Raises ArticleImportError
    with a one-line reason for a file that cannot be read.
    """
    source_file = Path(path).name if path is not None else Path(filename or "upload.txt").name
    document = document_read(path=path, data=data, filename=source_file)
    known = Article.objects.filter(content_hash=document.content_hash).first()
    if known is not None:  # the same text: nothing to read again, nothing to write
        return ImportResult(source_file, "unchanged", known, review_reasons=list(known.review_reasons))
    if extraction is None:
        if callable(gazetteer):  # a loader: built only when some file needs the pipeline
            gazetteer = gazetteer()
        extraction = extraction_run(document=document, gazetteer=gazetteer)
    return article_store(document=document, extraction=extraction, source_file=source_file)


@transaction.atomic
def article_store(*, document, extraction: dict, source_file: str) -> ImportResult:
    """Upsert the article by content hash and store its items as "extracted", in one transaction."""
    if Article.objects.filter(content_hash=document.content_hash).exists():
        article = Article.objects.get(content_hash=document.content_hash)
        return ImportResult(source_file, "unchanged", article, review_reasons=list(article.review_reasons))

    previous = (
        Article.objects.filter(source_file=source_file).order_by("-imported_at", "-id").first()
        if source_file else None
    )
    article = previous or Article(source_file=source_file)
    article.title = (document.title or source_file)[:500]
    article.published = _aware(document.published)
    article.text = document.text
    article.content_hash = document.content_hash
    article.extraction = extraction
    article.full_clean(exclude=["review_reasons", "extraction"])
    article.save()

    result = ImportResult(source_file, "updated" if previous else "new", article)
    if previous:
        result.removed = _unreviewed_items_delete(article=article)
    _ItemWriter(article=article, result=result).write(extraction)

    article.review_reasons = result.review_reasons
    article.needs_review = bool(result.review_reasons)
    article.save(update_fields=["review_reasons", "needs_review", "updated_at"])
    return result


def _aware(value: Any) -> datetime.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    if value.tzinfo is None:
        from django.utils import timezone

        value = timezone.make_aware(value)
    return value


# --------------------------------------------------------------------------- what may be replaced


def _touched_ids(model: type[models.Model], ids: list[int]) -> set[int]:
    """Items someone changed after the import created them (history holds a change record)."""
    if not ids:
        return set()
    return set(model.history.filter(id__in=ids, history_type="~").values_list("id", flat=True))


def _replaceable(model: type[models.Model], article: Article) -> list[int]:
    ids = list(model.objects.filter(article=article, review_state=EXTRACTED).values_list("id", flat=True))
    touched = _touched_ids(model, ids)
    return [pk for pk in ids if pk not in touched]


def _unreviewed_items_delete(*, article: Article) -> int:
    """Delete an article's items that nobody has reviewed or edited; return how many went."""
    achievements = _replaceable(Achievement, article)
    scorecards = _replaceable(Scorecard, article)
    targets = _replaceable(Target, article)
    # A target that still carries a result someone kept (or another article's) stays.
    kept_results = (Achievement.objects.filter(target_id__in=targets).exclude(id__in=achievements)
                    .values_list("target_id", flat=True))
    targets = sorted(set(targets) - set(kept_results))
    removed = 0
    for model, ids in ((Achievement, achievements), (Scorecard, scorecards), (Target, targets)):
        for item in model.objects.filter(id__in=ids):
            item.delete()  # one by one so signals keep targets' status current
            removed += 1
    return removed


# --------------------------------------------------------------------------- writing items


def _decimal(value: Any, places: int = 4) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number.quantize(Decimal(10) ** -places) if number.is_finite() else None


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


class _ItemWriter:
    """Writes one article's resolutions and items, collecting reasons for review."""

    def __init__(self, *, article: Article, result: ImportResult) -> None:
        self.article = article
        self.result = result
        self.text = article.text
        self.themes = set(Theme.objects.values_list("code", flat=True))
        # Items this run created: only items kept from before a re-import are "kept".
        self.created: dict[type[models.Model], set[int]] = {Target: set(), Achievement: set(), Scorecard: set()}

    def flag(self, reason: str) -> None:
        if reason and reason not in self.result.review_reasons:
            self.result.review_reasons.append(reason)

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
        resolution, created = Resolution.objects.get_or_create(
            unit=unit, kind=kind, start_year=int(start), end_year=int(end),
            defaults={"slogan": (data.get("slogan") or "")[:200], "number": (data.get("number") or "")[:40],
                      "declared_target_count": data.get("target_count")},
        )
        if not created:  # fill what is still blank; never overwrite what staff entered
            changed = []
            for name, value in (("slogan", (data.get("slogan") or "")[:200]),
                                ("number", (data.get("number") or "")[:40]),
                                ("declared_target_count", data.get("target_count"))):
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
        if not province_name:
            return None
        province = _find_unit(Unit.objects.filter(level=Unit.Level.PROVINCE, system=Unit.System.BEFORE_2025),
                              province_name)
        if province is None:
            province = _find_unit(Unit.objects.filter(level=Unit.Level.PROVINCE), province_name)
        if province is None:
            province = _unit_add(name=province_name, kind=Unit.Kind.PROVINCE, parent=None)
            self.flag(_("Province “%(name)s” is not in the tracker: added, please check.") % {"name": province_name})
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
        """full_clean and save; an item the database would refuse is skipped and flagged."""
        try:
            obj.full_clean(exclude=["article", "resolution", "target", "theme"])
        except ValidationError as exc:
            self.flag(_("%(item)s not stored: %(errors)s") % {"item": label, "errors": "; ".join(exc.messages)})
            return False
        obj.save()
        self.created[type(obj)].add(obj.pk)
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
        direction = item.get("direction") or Target.Direction.NONE
        if direction not in Target.Direction.values:
            direction = Target.Direction.NONE
        self.item_flags(item, indicator)
        provenance = self.provenance(item)
        kept = (Target.objects.filter(article=self.article, resolution=resolution, indicator=indicator)
                .exclude(pk__in=self.created[Target]).first())
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
            position=Target.objects.filter(resolution=resolution).count(), **provenance,
        )
        if self.save(target, _("Target “%(indicator)s”") % {"indicator": indicator}):
            self.result.targets += 1
            return target
        return None

    def achievement_add(self, resolution: Resolution, data: dict, item: dict) -> Achievement | None:
        value, planned = _decimal(item.get("value")), _decimal(item.get("planned"))
        percent = _decimal(item.get("percent_of_plan"), places=2)
        indicator = (item.get("indicator") or "").strip()[:500]
        if value is None and percent is None:
            self.flag(_("Result “%(indicator)s” has neither a value nor a share of the plan: not stored.")
                      % {"indicator": indicator})
            return None
        self.item_flags(item, indicator)
        provenance = self.provenance(item)
        target = self.target_match(resolution, item)
        if target is not None and self.kept_duplicate(Achievement, target=target, sentence=provenance["sentence"]):
            return None  # kept through a re-import (reviewed or edited)
        target = target or self.target_for_result(resolution, item)
        if target is None:
            return None
        part = period_part(item.get("period") or data.get("period")) or (
            PeriodPart.TERM if resolution.kind == Resolution.Kind.TERM else PeriodPart.YEAR)
        as_of = _date(item.get("as_of")) or as_of_date(resolution=resolution, part=part, year=item.get("year"))
        achievement = Achievement(
            target=target, value=value, planned_value=planned, percent_of_plan=percent,
            as_of=as_of, period=part, source=Achievement.Source.ARTICLE, **provenance,
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
        for target in Target.objects.filter(resolution=resolution).exclude(review_state=ReviewState.REJECTED):
            if target.theme_id != theme:
                continue
            if unit and target.measure_unit and target.measure_unit.lower() != unit:
                continue
            other = _tokens(target.indicator)
            if not words or not other:
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
        direction = item.get("direction") if item.get("direction") in Target.Direction.values else "increase"
        target = Target(
            resolution=resolution, theme_id=self.theme(item), indicator=indicator, planned_value=abs(planned),
            measure_unit=unit, direction=direction, judged=judged_for(item, direction),
            deadline_year=resolution.end_year, position=Target.objects.filter(resolution=resolution).count(),
            **self.provenance(item),
        )
        if self.save(target, _("Target of the result “%(indicator)s”") % {"indicator": indicator}):
            self.result.targets += 1
            return target
        return None

    def scorecard_add(self, resolution: Resolution, data: dict, item: dict) -> Scorecard | None:
        total, met = item.get("total"), item.get("met_or_exceeded")
        if not isinstance(total, int) or not isinstance(met, int):
            self.flag(_("A scorecard without its counts: not stored."))
            return None
        self.item_flags(item, f"{met}/{total}")
        provenance = self.provenance(item)
        if self.kept_duplicate(Scorecard, resolution=resolution, total=total, met_or_exceeded=met):
            return None
        part = period_part(item.get("period") or data.get("period")) or (
            PeriodPart.TERM if resolution.kind == Resolution.Kind.TERM else PeriodPart.YEAR)
        scorecard = Scorecard(
            resolution=resolution, total=total, met_or_exceeded=met, exceeded=item.get("exceeded"),
            nearly_met=item.get("nearly_met"), not_met=item.get("not_met"), period=part,
            as_of=_date(item.get("as_of")) or as_of_date(resolution=resolution, part=part, year=item.get("year")),
            **provenance,
        )
        if self.save(scorecard, _("Scorecard %(met)d/%(total)d") % {"met": met, "total": total}):
            self.result.scorecards += 1
            return scorecard
        return None

    def kept_duplicate(self, model: type[models.Model], **lookup: Any) -> bool:
        """An item this article already holds (kept through a re-import) is not stored twice."""
        return model.objects.filter(article=self.article, **lookup).exclude(pk__in=self.created[model]).exists()


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


def _unit_add(*, name: str, kind: str, parent: Unit | None) -> Unit:
    """A unit an article names that the tracker does not have, created for staff to check."""
    base = slugify(fold(f"{name} {parent.short_name}" if parent else name)) or "unit"
    slug, n = base, 1
    while Unit.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return Unit.objects.create(
        short_name=name, kind=kind, system=Unit.System.BEFORE_2025, parent=parent, slug=slug,
        origin=Unit.Origin.ADDED, province_after_reform=parent.province_after_reform if parent else None,
        note="Added by an article import.",
    )


# --------------------------------------------------------------------------- review


REVIEWABLE: dict[str, type[models.Model]] = {"target": Target, "achievement": Achievement, "scorecard": Scorecard}


@transaction.atomic
def extraction_confirm(*, item: models.Model, user: AbstractBaseUser | None = None) -> models.Model:
    """Mark an extracted item confirmed: from now on it counts and no import changes it."""
    return _review_state_set(item=item, state=ReviewState.CONFIRMED, user=user)


@transaction.atomic
def extraction_reject(*, item: models.Model, user: AbstractBaseUser | None = None) -> models.Model:
    """Mark an item rejected; rejecting a target also rejects its results still awaiting review."""
    _review_state_set(item=item, state=ReviewState.REJECTED, user=user)
    if isinstance(item, Target):
        for achievement in Achievement.objects.filter(target=item, review_state=EXTRACTED):
            _review_state_set(item=achievement, state=ReviewState.REJECTED, user=user)
    return item


def _review_state_set(*, item: models.Model, state: str, user: AbstractBaseUser | None) -> models.Model:
    item.review_state = state
    if user is not None and getattr(user, "is_authenticated", False):
        item._history_user = user  # simple_history records who reviewed it
        if isinstance(item, Achievement) and item.entered_by_id is None:
            item.entered_by = user
    item.save()
    return item


def article_items(*, article: Article) -> dict[str, list[models.Model]]:
    """Every item stored from an article, by kind, in the order they appear in its text."""
    def ordered(queryset: models.QuerySet) -> list[models.Model]:
        return sorted(queryset, key=lambda item: (item.sentence_start is None, item.sentence_start or 0, item.pk))

    return {
        "targets": ordered(Target.objects.filter(article=article).select_related("resolution__unit", "theme")),
        "achievements": ordered(Achievement.objects.filter(article=article)
                                .select_related("target__resolution__unit", "target__theme")),
        "scorecards": ordered(Scorecard.objects.filter(article=article).select_related("resolution__unit")),
    }
