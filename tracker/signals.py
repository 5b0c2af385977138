"""Keep a target's achieved value and status current whatever saved or deleted an achievement."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from tracker.models import Achievement, Article, DataStamp, Resolution, Scorecard, Target, Theme, Unit
from tracker.services import target_progress_refresh


@receiver(post_save, sender=Achievement)
@receiver(post_delete, sender=Achievement)
def achievement_changed(sender, instance: Achievement, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    try:
        target = Target.objects.get(pk=instance.target_id)
    except Target.DoesNotExist:  # the target itself is being deleted
        return
    target_progress_refresh(target=target)


TRACKED = (Target, Achievement, Scorecard, Resolution, Unit, Theme, Article)


def tracked_data_changed(sender, raw: bool = False, **kwargs) -> None:
    """Cached aggregates (the overview) are keyed on the data's version."""
    if not raw:
        DataStamp.touch()


for _model in TRACKED:
    post_save.connect(tracked_data_changed, sender=_model, dispatch_uid=f"stamp-save-{_model.__name__}")
    post_delete.connect(tracked_data_changed, sender=_model, dispatch_uid=f"stamp-delete-{_model.__name__}")
