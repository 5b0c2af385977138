"""`manage.py extract_articles FILE... --format json|text`: what the extraction reads, no database."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

FORMAT = "resolution-extraction/1"


class Command(BaseCommand):
    help = "Extract resolutions, targets, achievements and scorecards from article files (touches no database)."
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="article files (.txt, .html)")
        parser.add_argument("--format", choices=("json", "text"), default="json")

    def handle(self, *args, files: list[str], format: str, **options):
        from extraction.gazetteer import gazetteer_load
        from extraction.pipeline import extract_document
        from extraction.reader import ReadError, read_document

        max_bytes = int(getattr(settings, "EXTRACTION_MAX_BYTES", 5 * 1024 * 1024))
        gazetteer = gazetteer_load()
        articles, failed = [], 0
        for name in files:
            try:
                document = read_document(Path(name), max_bytes=max_bytes)
            except ReadError as exc:
                failed += 1
                self.stderr.write(f"{name}: {exc}")
                continue
            try:
                articles.append(extract_document(document, gazetteer=gazetteer).to_json())
            except Exception as exc:  # one article that trips the extraction never stops the batch
                failed += 1
                self.stderr.write(f"{name}: the extraction failed ({type(exc).__name__}: {exc})")
        if format == "json":
            self.stdout.write(json.dumps({"format": FORMAT, "articles": articles}, ensure_ascii=False, indent=1))
        else:
            self.stdout.write("\n".join(text_summary(a) for a in articles))
        if failed:
            sys.stdout.flush()
            raise CommandError(f"{failed} of {len(files)} file(s) could not be read or extracted", returncode=1)


def text_summary(article: dict) -> str:
    """A readable summary of one extracted article."""
    lines = [f"{article['source_file']}: {article['title']}", f"  published: {article['published'] or '?'}"]
    for flag in article.get("flags", []):
        lines.append(f"  ! {flag}")
    for r in article["resolutions"]:
        where = ", ".join(x for x in (r["district"], r["province"]) if x) or "?"
        period = f"năm {r['year']}" if r["kind"] == "annual" else f"nhiệm kỳ {r['term'][0]}-{r['term'][1]}"
        extra = "".join(
            f" · {label} {r[key]}"
            for key, label in (("target_count", "chỉ tiêu:"), ("slogan", "chủ đề:"), ("number", "số:"))
            if r.get(key)
        )
        lines.append(f"  [{where}] {period}{extra}")
        for t in r["targets"]:
            value = t["value"] if t["value_max"] is None else f"{t['value']}-{t['value_max']}"
            lines.append(f"    target  {t['indicator']}: {value} {t['unit']} ({t['direction'] or '-'}, {t['theme']})")
        for a in r["achievements"]:
            plan = f" / {a['planned']}" if a["planned"] is not None else ""
            share = f", {a['percent_of_plan']}% of plan" if a["percent_of_plan"] is not None else ""
            lines.append(f"    result  {a['indicator']}: {a['value']}{plan} {a['unit'] or ''}{share} ({a['theme']})")
        for s in r["scorecards"]:
            lines.append(
                f"    score   {s['met_or_exceeded']}/{s['total']} met or exceeded"
                + (f", {s['exceeded']} exceeded" if s["exceeded"] is not None else "")
            )
    return "\n".join(lines)
