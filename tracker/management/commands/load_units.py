from django.core.management.base import BaseCommand, CommandError

from tracker.services import units_load


class Command(BaseCommand):
    help = (
        "Load every province and district of Vietnam before 1 July 2025 (with the district-level units "
        "dissolved 2019–2025) and the 34 provinces and their communes from 1 July 2025. Idempotent."
    )

    def handle(self, *args, **options) -> None:
        try:
            report = units_load()
        except (FileNotFoundError, ValueError) as exc:
            raise CommandError(f"load_units: {exc}") from exc
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(report.by_kind.items()))
        self.stdout.write(
            f"Units: {report.created} created, {report.updated} updated, {report.unchanged} unchanged ({kinds})."
        )
