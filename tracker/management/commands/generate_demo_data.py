import time

from django.core.management.base import BaseCommand, CommandError

from tracker.demo import demo_data_generate


class Command(BaseCommand):
    help = (
        "Write synthetic, deterministic demo data (flagged as synthetic): 'small' is one province and its "
        "districts before 2025 and one 2025 province and its communes, 'national' every province and district "
        "before 2025 (2020-2025 term, years 2021-2025) and every 2025 province, commune, ward and special zone "
        "(2025-2030 term, year 2026, results so far): ~270,000 targets. Units must be "
        "loaded first. Consider a separate database file: DATABASE_URL=sqlite:///var/national.sqlite3."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--scale", choices=["small", "national"], default="small")
        parser.add_argument("--seed", type=int, default=20250701)
        parser.add_argument("--targets-per-resolution", type=int, default=27)

    def handle(self, *args, scale: str, seed: int, targets_per_resolution: int, **options) -> None:
        started = time.perf_counter()
        try:
            report = demo_data_generate(scale=scale, seed=seed, targets_per_resolution=targets_per_resolution)
        except ValueError as exc:
            raise CommandError(f"generate_demo_data: {exc}") from exc
        self.stdout.write(
            f"Synthetic {scale} data: {report.units} units, {report.resolutions} resolutions, "
            f"{report.targets} targets, {report.achievements} achievements, {report.scorecards} scorecards "
            f"({report.skipped} unit periods already held a resolution) in {time.perf_counter() - started:.1f} s."
        )
