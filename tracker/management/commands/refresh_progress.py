from django.core.management.base import BaseCommand

from tracker.services import targets_progress_recompute


class Command(BaseCommand):
    help = (
        "Recompute every target's completion, status and pace: after TRACKER_NEARLY_MET_MARGIN changed, "
        "and once a day, since the pace of a running period moves with the date."
    )

    def handle(self, *args, **options) -> None:
        changed = targets_progress_recompute()
        self.stdout.write(f"Targets whose completion or status changed: {changed}.")
