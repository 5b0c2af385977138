"""Writes that touch several tracker models."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from tracker.gazetteer import UnitRecord, dissolved_records, gazetteer_records
from tracker.models import Achievement, DataStamp, ReviewState, Target, Unit
from tracker.text import fold

PROGRESS_FIELDS = ["latest_achievement", "achieved_value", "completion", "status", "expected_value", "projected_value"]


@transaction.atomic
def target_progress_refresh(*, target: Target, today: datetime.date | None = None) -> Target:
    """Point a target at its latest confirmed achievement and recompute completion, status and pace."""
    target.apply_progress(
        list(Achievement.objects.filter(target=target).counted().order_by("as_of", "id")), today=today
    )
    Target.objects.filter(pk=target.pk).update(**{name: getattr(target, name) for name in PROGRESS_FIELDS})
    DataStamp.touch()
    return target


@dataclass
class UnitsLoadReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


# Fields a load may set; staff-added units (origin "added") are never touched.
_LOADED_FIELDS = [
    "name",
    "short_name",
    "kind",
    "level",
    "system",
    "origin",
    "code",
    "valid_from",
    "valid_to",
    "note",
    "search_text",
]
_LINKS = ["parent", "province_after_reform", "merged_into"]


@transaction.atomic
def units_load(*, records: list[UnitRecord] | None = None) -> UnitsLoadReport:
    """Store the gazetteer (and the dissolved units we ship); running it again changes nothing."""
    if records is None:
        records = gazetteer_records() + dissolved_records()
    report = UnitsLoadReport()
    existing = {unit.slug: unit for unit in Unit.objects.exclude(origin=Unit.Origin.ADDED)}
    added_slugs = set(Unit.objects.filter(origin=Unit.Origin.ADDED).values_list("slug", flat=True))
    # Provinces before the units below them, so parents exist when children are created.
    pending = [r for r in sorted(records, key=lambda r: r.parent is not None) if r.slug not in added_slugs]
    to_create: list[Unit] = []
    to_update: list[Unit] = []
    for level_records in (_without_parent(pending), _with_parent(pending)):
        ids = {slug: unit.pk for slug, unit in existing.items()}
        for record in level_records:
            unit = existing.get(record.slug)
            fresh = _unit_from_record(record, ids)
            if unit is None:
                to_create.append(fresh)
                report.created += 1
            elif any(getattr(unit, f) != getattr(fresh, f) for f in _LOADED_FIELDS + ["parent_id"]):
                fresh.pk = unit.pk
                to_update.append(fresh)
                report.updated += 1
            else:
                report.unchanged += 1
            report.by_kind[record.kind] = report.by_kind.get(record.kind, 0) + 1
        Unit.objects.bulk_create(to_create, batch_size=500)
        Unit.objects.bulk_update(to_update, _LOADED_FIELDS + ["parent"], batch_size=500)
        to_create, to_update = [], []
        existing = {unit.slug: unit for unit in Unit.objects.exclude(origin=Unit.Origin.ADDED)}
    _link_successors(records, existing, report)
    DataStamp.touch()
    return report


def _without_parent(records: list[UnitRecord]) -> list[UnitRecord]:
    return [r for r in records if r.parent is None]


def _with_parent(records: list[UnitRecord]) -> list[UnitRecord]:
    return [r for r in records if r.parent is not None]


def _unit_from_record(record: UnitRecord, ids: dict[str, int]) -> Unit:
    unit = Unit(
        slug=record.slug,
        name=record.name,
        short_name=record.short_name,
        kind=record.kind,
        level=Unit.LEVEL_OF_KIND[record.kind],
        system=record.system,
        origin=record.origin,
        code=record.code,
        parent_id=ids.get(record.parent) if record.parent else None,
        valid_from=record.valid_from,
        valid_to=record.valid_to,
        note=record.note,
    )
    unit.search_text = fold(f"{unit.name} {unit.short_name}")
    return unit


def _link_successors(records: list[UnitRecord], units: dict[str, Unit], report: UnitsLoadReport) -> None:
    changed = []
    for record in records:
        unit = units.get(record.slug)
        if unit is None:
            continue
        after = units[record.province_after_reform].pk if record.province_after_reform in units else None
        merged = units[record.merged_into].pk if record.merged_into in units else None
        if (unit.province_after_reform_id, unit.merged_into_id) != (after, merged):
            unit.province_after_reform_id, unit.merged_into_id = after, merged
            changed.append(unit)
    Unit.objects.bulk_update(changed, ["province_after_reform", "merged_into"], batch_size=500)


def targets_progress_recompute(*, batch_size: int = 2000, today: datetime.date | None = None) -> int:
    """Recompute every target's completion, status and pace: after the nearly-met margin changed,
    and daily, since a running period's pace moves with the date."""
    changed = 0
    queryset = (
        Target.objects.select_related("resolution")
        .order_by("pk")
        .prefetch_related(
            Prefetch("achievements", queryset=Achievement.objects.counted().order_by("as_of", "id"), to_attr="counted")
        )
    )
    batch: list[Target] = []
    for target in queryset.iterator(chunk_size=batch_size):
        before = [getattr(target, f"{name}_id" if name == "latest_achievement" else name) for name in PROGRESS_FIELDS]
        target.apply_progress(target.counted, today=today)
        if [
            getattr(target, f"{name}_id" if name == "latest_achievement" else name) for name in PROGRESS_FIELDS
        ] != before:
            batch.append(target)
        if len(batch) >= batch_size:
            changed += _save_progress(batch)
            batch = []
    return changed + _save_progress(batch)


@transaction.atomic
def _save_progress(targets: list[Target]) -> int:
    Target.objects.bulk_update(targets, PROGRESS_FIELDS)
    DataStamp.touch()
    return len(targets)


class TargetsMergeRefused(Exception):
    """Two targets that may not be merged; the message tells staff why."""


@dataclass
class TargetsMerged:
    """What merging a target read twice did, enough to undo it."""

    duplicate: Target
    into: Target
    moved: list[int]  # the achievements that moved, by id
    review_state: str  # the duplicate's state before it was rejected


@transaction.atomic
def targets_merge(*, duplicate: Target, into: Target, user=None) -> TargetsMerged:
    """Merge a target read a second time into the one on record: its results move to it (each keeps its
    article and sentence), the duplicate is rejected (never deleted: its history stays) and the target's
    progress is recomputed from the results it now has."""
    targets = {
        target.pk: target for target in Target.objects.select_for_update().filter(pk__in=[duplicate.pk, into.pk])
    }
    if duplicate.pk == into.pk or len(targets) != 2:
        raise TargetsMergeRefused(_("Not merged: choose two different targets."))
    duplicate, into = targets[duplicate.pk], targets[into.pk]
    if duplicate.resolution_id != into.resolution_id:
        raise TargetsMergeRefused(
            _("Not merged: “%(duplicate)s” and “%(into)s” belong to different resolutions.")
            % {"duplicate": duplicate.indicator, "into": into.indicator}
        )
    if ReviewState.REJECTED in (duplicate.review_state, into.review_state):
        raise TargetsMergeRefused(_("Not merged: a rejected target takes no part in a merge."))
    who = user if user is not None and getattr(user, "is_authenticated", False) else None
    moved = []
    for achievement in Achievement.objects.filter(target=duplicate).order_by("pk"):
        achievement.target = into
        achievement._history_user = who
        achievement.save(update_fields=["target"])  # a history row records where it came from
        moved.append(achievement.pk)
    merged = TargetsMerged(duplicate, into, moved, duplicate.review_state)
    duplicate.review_state = ReviewState.REJECTED
    duplicate._history_user = who
    duplicate.save()  # its progress is recomputed on save: it has no results left
    target_progress_refresh(target=into)
    return merged


@transaction.atomic
def targets_merge_undo(*, duplicate_id: int, into_id: int, moved: list[int], review_state: str, user=None) -> int:
    """Put a merge back: the results that moved return to the duplicate, which gets its state back;
    both targets' progress is recomputed. How many items were restored."""
    duplicate = Target.objects.select_for_update().filter(pk=duplicate_id).first()
    if duplicate is None:
        return 0
    who = user if user is not None and getattr(user, "is_authenticated", False) else None
    restored = 0
    for achievement in Achievement.objects.filter(pk__in=moved, target_id=into_id).order_by("pk"):
        achievement.target = duplicate
        achievement._history_user = who
        achievement.save(update_fields=["target"])
        restored += 1
    duplicate.review_state = review_state
    duplicate._history_user = who
    duplicate.save()
    into = Target.objects.filter(pk=into_id).first()
    if into is not None:
        target_progress_refresh(target=into)
    return restored + 1
