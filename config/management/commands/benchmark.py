import sys
import time

from django.core.management.base import BaseCommand

from benchmarks import run


class Command(BaseCommand):
    help = (
        "Benchmark of pages, exports, extraction, import and a gunicorn load test at small and national "
        "scale; prints one table (see BENCHMARKS.md). --quick is the small smoke run."
    )

    def add_arguments(self, parser) -> None:
        run.parser(parser)

    def handle(self, *args, **options) -> None:
        started = time.perf_counter()
        verbose = options["verbosity"] > 0
        report = run.run(
            run.options_from(options), log=lambda text: verbose and print(text, file=sys.stderr, flush=True)
        )
        self.stdout.write(run.table(report))
        if options.get("json"):
            import json

            options["json"].write_text(json.dumps({"machine": report.machine, **report.raw}, indent=2, default=str))
        if verbose:
            self.stderr.write(f"Benchmark took {time.perf_counter() - started:.0f} s.")
