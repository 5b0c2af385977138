"""Sample data for a first look at the dashboard: invented articles and what staff read from them.

Each `tracker/data/sample/*.json` file names one article (`articles/*.txt`: title line, date line,
text) and the resolutions it reports, with their targets, dated achievements and scorecards. An item
read from the article quotes its sentence exactly; the loader finds the sentence in the article text
and stores its character offsets, and refuses a sentence it cannot find once and only once. An item
without a sentence was entered by staff (achievements carry a note saying where the figure came from).
`expected_status` is what the status rules should make of a target; the tests check it, the loader
ignores it.

Everything is keyed by its natural key (article hash; unit, kind and years; resolution and indicator;
resolution, date and period), and what exists is left alone, so loading twice changes nothing.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from tracker.models import Achievement, Article, Resolution, ReviewState, Scorecard, Target, Unit

SAMPLE_DIR = Path(__file__).resolve().parent / "data" / "sample"
DATE_LINE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\s*-\s*(\d{1,2}):(\d{2})$")


class SampleDataError(Exception):
    """The sample data cannot be loaded; the message says what to do."""


@dataclass
class SampleDataReport:
    """How many of each kind of item a load created, and how many it found already there."""

    created: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, *, created: bool) -> None:
        bucket = self.created if created else self.existing
        bucket[kind] = bucket.get(kind, 0) + 1


def sentence_locate(text: str, sentence: str) -> tuple[int, int]:
    """Start and end offsets of a sentence that occurs exactly once in a text."""
    if not sentence:
        raise SampleDataError("an empty sentence cannot be located")
    start = text.find(sentence)
    if start < 0:
        raise SampleDataError(f"sentence not found in the article: {sentence[:80]!r}")
    if text.find(sentence, start + 1) >= 0:
        raise SampleDataError(f"sentence occurs more than once in the article: {sentence[:80]!r}")
    return start, start + len(sentence)


def article_text_read(path: Path) -> str:
    """The article text as stored: newlines normalised, no trailing blank lines."""
    return path.read_text(encoding="utf-8").replace("\r\n", "\n").strip()


def sample_files(directory: Path | None = None) -> list[dict[str, Any]]:
    """The parsed data files, in name order, each with its article's path resolved."""
    directory = directory or SAMPLE_DIR
    files = sorted(directory.glob("*.json"))
    if not files:
        raise SampleDataError(f"no sample data files in {directory}")
    parsed = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["article_path"] = directory / data["article"]
        data["name"] = path.name
        parsed.append(data)
    return parsed


@transaction.atomic
def sample_data_load(*, directory: Path | None = None) -> SampleDataReport:
    """Store the sample articles, resolutions, targets, achievements and scorecards; idempotent."""
    files = sample_files(directory)
    units = _units_for(files)
    report = SampleDataReport()
    for data in files:
        article = _article_store(data["article_path"], report)
        for item in data["resolutions"]:
            _resolution_store(item, unit=units[item["unit"]], article=article, report=report)
    return report


def _units_for(files: list[dict[str, Any]]) -> dict[str, Unit]:
    slugs = {item["unit"] for data in files for item in data["resolutions"]}
    units = {unit.slug: unit for unit in Unit.objects.filter(slug__in=slugs)}
    missing = sorted(slugs - units.keys())
    if missing:
        raise SampleDataError(f"units not loaded ({', '.join(missing)}): run `python manage.py load_units` first")
    return units


def _article_store(path: Path, report: SampleDataReport) -> Article:
    text = article_text_read(path)
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    article = Article.objects.filter(content_hash=content_hash).first()
    if article is not None:
        report.count("articles", created=False)
        return article
    lines = text.split("\n")
    article = Article(
        title=lines[0].strip(),
        source_file=f"sample/{path.name}",
        published=_published(lines, path),
        text=text,
        content_hash=content_hash,
        is_synthetic=True,
    )
    article.full_clean()
    article.save()
    report.count("articles", created=True)
    return article


def _published(lines: list[str], path: Path) -> datetime.datetime:
    match = DATE_LINE.match(lines[1].strip()) if len(lines) > 1 else None
    if match is None:
        raise SampleDataError(f"{path.name}: line 2 must be a date line such as '25/01/2022 - 07:10'")
    day, month, year, hour, minute = map(int, match.groups())
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def _resolution_store(item: dict, *, unit: Unit, article: Article, report: SampleDataReport) -> None:
    resolution = Resolution.objects.filter(
        unit=unit,
        kind=item["kind"],
        start_year=item["start_year"],
        end_year=item["end_year"],
    ).first()
    report.count("resolutions", created=resolution is None)
    if resolution is None:
        resolution = Resolution(
            unit=unit,
            kind=item["kind"],
            start_year=item["start_year"],
            end_year=item["end_year"],
            number=item.get("number", ""),
            title=item.get("title", ""),
            slogan=item.get("slogan", ""),
            declared_target_count=item.get("declared_target_count"),
        )
        _save(resolution)
    cites_article = False
    for position, target_item in enumerate(item["targets"], start=1):
        cites_article |= _target_store(
            target_item, resolution=resolution, position=position, article=article, report=report
        )
    for scorecard_item in item.get("scorecards", []):
        cites_article |= "sentence" in scorecard_item
        _scorecard_store(scorecard_item, resolution=resolution, article=article, report=report)
    if cites_article:
        resolution.articles.add(article)


def _target_store(
    item: dict, *, resolution: Resolution, position: int, article: Article, report: SampleDataReport
) -> bool:
    """Store a target and its achievements unless the resolution already has it; True if it cites the article."""
    achievements = item.get("achievements", [])
    cites = "sentence" in item or any("sentence" in a for a in achievements)
    if Target.objects.filter(resolution=resolution, indicator=item["indicator"]).exists():
        report.count("targets", created=False)
        return cites
    target = Target(
        resolution=resolution,
        theme_id=item["theme"],
        indicator=item["indicator"],
        planned_value=Decimal(item["planned"]),
        planned_value_max=_decimal(item.get("planned_max")),
        measure_unit=item.get("measure_unit", ""),
        direction=item.get("direction", Target.Direction.INCREASE),
        judged=item.get("judged", "at_least"),
        deadline_year=item.get("deadline_year"),
        position=position,
        **_provenance(item, article),
    )
    _save(target)
    report.count("targets", created=True)
    # Oldest first; each save refreshes the target's achieved value and status (tracker.signals).
    for achievement_item in sorted(achievements, key=lambda a: a["as_of"]):
        source = Achievement.Source.ARTICLE if "sentence" in achievement_item else Achievement.Source.STAFF
        if source == Achievement.Source.STAFF and not achievement_item.get("note"):
            raise SampleDataError(f"{target}: a staff achievement needs a note saying where it came from")
        _save(
            Achievement(
                target=target,
                value=_decimal(achievement_item.get("value")),
                planned_value=_decimal(achievement_item.get("planned")),
                percent_of_plan=_decimal(achievement_item.get("percent_of_plan")),
                as_of=datetime.date.fromisoformat(achievement_item["as_of"]),
                period=achievement_item["period"],
                source=source,
                note=achievement_item.get("note", ""),
                **_provenance(achievement_item, article),
            )
        )
        report.count("achievements", created=True)
    return cites


def _scorecard_store(item: dict, *, resolution: Resolution, article: Article, report: SampleDataReport) -> None:
    as_of = datetime.date.fromisoformat(item["as_of"])
    exists = Scorecard.objects.filter(resolution=resolution, as_of=as_of, period=item["period"]).exists()
    report.count("scorecards", created=not exists)
    if exists:
        return
    _save(
        Scorecard(
            resolution=resolution,
            as_of=as_of,
            period=item["period"],
            total=item["total"],
            met_or_exceeded=item["met_or_exceeded"],
            exceeded=item.get("exceeded"),
            nearly_met=item.get("nearly_met"),
            not_met=item.get("not_met"),
            **_provenance(item, article),
        )
    )


def _provenance(item: dict, article: Article) -> dict[str, Any]:
    review_state = item.get("review_state", ReviewState.CONFIRMED)
    sentence = item.get("sentence")
    if not sentence:
        return {"review_state": review_state}
    start, end = sentence_locate(article.text, sentence)
    return {
        "article": article,
        "sentence": sentence,
        "sentence_start": start,
        "sentence_end": end,
        "review_state": review_state,
    }


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _save(obj: models.Model) -> None:
    obj.full_clean()
    obj.save()
