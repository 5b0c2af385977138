"""Keep a target's achieved value and status current whatever saved or deleted an achievement."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from extraction.models import Article
from tracker.models import Achievement, DataStamp, Resolution, Scorecard, Target, Theme, Unit
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


@receiver(post_save, sender=Target)
@receiver(post_delete, sender=Target)
@receiver(post_save, sender=Achievement)
@receiver(post_delete, sender=Achievement)
@receiver(post_save, sender=Scorecard)
@receiver(post_delete, sender=Scorecard)
@receiver(post_save, sender=Resolution)
@receiver(post_delete, sender=Resolution)
@receiver(post_save, sender=Unit)
@receiver(post_delete, sender=Unit)
@receiver(post_save, sender=Theme)
@receiver(post_save, sender=Article)
@receiver(post_delete, sender=Article)
def tracked_data_changed(sender, raw: bool = False, **kwargs) -> None:
    """Cached aggregates (the overview) are keyed on the data's version."""
    if not raw:
        DataStamp.touch()
