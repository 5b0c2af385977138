"""Keep a target's achieved value and status current whatever saved or deleted an achievement."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from tracker.models import Achievement, Target
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
