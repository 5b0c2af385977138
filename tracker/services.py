"""Writes that touch several tracker models."""

from django.db import transaction

from tracker.models import Achievement, Target


@transaction.atomic
def target_progress_refresh(*, target: Target) -> Target:
    """Point a target at its latest confirmed achievement and recompute completion and status."""
    latest = Achievement.objects.filter(target=target).counted().latest_first().first()
    target.latest_achievement = latest
    target.apply_progress()
    Target.objects.filter(pk=target.pk).update(
        latest_achievement=latest,
        achieved_value=target.achieved_value,
        completion=target.completion,
        status=target.status,
    )
    return target
