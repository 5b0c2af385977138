from django.core.management.base import BaseCommand, CommandError

from tracker.sample_data import SampleDataError, sample_data_load


class Command(BaseCommand):
    help = (
        "Load our invented sample articles with their resolutions, targets, results and scorecards, so a new "
        "installation shows a useful dashboard. Needs `load_units` first. Idempotent."
    )

    def handle(self, *args, **options) -> None:
        try:
            report = sample_data_load()
        except SampleDataError as exc:
            raise CommandError(f"load_sample_data: {exc}") from exc
        kinds = ["articles", "resolutions", "targets", "achievements", "scorecards"]
        created = ", ".join(f"{report.created.get(kind, 0)} {kind}" for kind in kinds)
        existing = sum(report.existing.values())
        self.stdout.write(f"Sample data: created {created}; {existing} items already there.")
