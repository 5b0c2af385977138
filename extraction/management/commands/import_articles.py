"""Import article files (or folders of them) into the tracker, one transaction per file."""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from extraction.services import ArticleImportError, ImportResult, article_import, gazetteer_load

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
PROGRESS_FROM = 5  # a progress bar when there are more files than this


class Command(BaseCommand):
    help = "Read article files (.txt, .html, .htm) or folders of them and store what they report."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
        parser.add_argument(
            "--max-items",
            type=int,
            default=None,
            metavar="N",
            help="import an article giving up to N items (default: EXTRACTION_MAX_ITEMS, 500)",
        )
        progress = parser.add_mutually_exclusive_group()
        progress.add_argument(
            "--progress",
            action="store_true",
            default=None,
            help="always show a progress bar (by default: on a terminal, for more than a few files)",
        )
        progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")

    def handle(self, *paths: str, **options) -> None:
        files, failures = collect_files([Path(p) for p in options["paths"] or paths])
        for path, reason in failures:
            self.stderr.write(f"{path}: {reason}")
        results: list[ImportResult] = []
        gazetteer = functools.cache(gazetteer_load)  # loaded once, and only if a file is new or changed
        for path in self.progress(files, options):
            try:
                result = article_import(path=path, gazetteer=gazetteer, max_items=options["max_items"])
            except ArticleImportError as exc:
                self.error_line(path, str(exc))
                results.append(ImportResult(path.name, "failed", error=str(exc)))
                continue
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
                reason = f"import failed ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
                self.error_line(path, reason)
                results.append(ImportResult(path.name, "failed", error=reason))
                continue
            results.append(result)
            if result.review_reasons and result.status != "unchanged" and options["verbosity"] > 1:
                self.stdout.write(f"{path}: needs review: {'; '.join(result.review_reasons)}")
        self.summary(results, failed_paths=len(failures))
        if failures or any(r.status == "failed" for r in results):
            raise CommandError("some files could not be imported (see above)", returncode=1)

    def progress(self, files: list[Path], options: dict):
        if len(files) <= PROGRESS_FROM or options["progress"] is False or options["verbosity"] == 0:
            return files
        from tqdm import tqdm

        # disable=None: no bar when stderr is not a terminal (logs, CI), unless --progress
        return tqdm(
            files, unit="file", desc="import", file=self.stderr._out, disable=False if options["progress"] else None
        )

    def error_line(self, path: Path, reason: str) -> None:
        # tqdm.write keeps the bar intact below the message
        from tqdm import tqdm

        tqdm.write(f"{path}: {reason}", file=self.stderr._out)

    def summary(self, results: list[ImportResult], *, failed_paths: int) -> None:
        states = Counter(result.status for result in results)
        flagged = sum(1 for r in results if r.review_reasons and r.status in ("new", "updated"))
        self.stdout.write(
            f"Articles: {states['new']} new, {states['unchanged']} unchanged, {states['updated']} updated, "
            f"{states['failed'] + failed_paths} failed; {flagged} need review."
        )
        self.stdout.write(
            f"Added: {sum(r.targets for r in results)} targets, {sum(r.achievements for r in results)} "
            f"achievements, {sum(r.scorecards for r in results)} scorecards"
            + (
                f"; {sum(r.removed for r in results)} unreviewed items replaced."
                if any(r.removed for r in results)
                else "."
            )
        )
        matched, doubtful = sum(r.matched for r in results), sum(r.possible_duplicates for r in results)
        if matched or doubtful:
            self.stdout.write(
                f"Already on record from other articles: {matched} targets; "
                f"{doubtful} possible duplicates flagged for review."
            )


def collect_files(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Article files named or found in folders, and a reason for each path that gives none."""
    files: list[Path] = []
    failures: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if found:
                files.extend(found)
            else:
                failures.append((path, f"folder with no articles ({', '.join(ARTICLE_SUFFIXES)})"))
        elif path.is_file():
            files.append(path)
        else:
            failures.append((path, "no such file or folder"))
    seen: set[Path] = set()
    unique = [p for p in files if not (p.resolve() in seen or seen.add(p.resolve()))]
    return unique, failures
