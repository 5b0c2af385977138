"""Fixtures of the import and review tests: articles we wrote, and what the pipeline reads in them.

The extraction dicts follow resolution-extraction/1 (docs/extraction-format.md) so the
storage side is tested on its contract, independently of how well the NLP reads.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

# A short article in the style of a provincial Party newspaper; figures invented.
MO_CAY_NAM_2022 = """Mỏ Cày Nam quyết tâm thực hiện Nghị quyết năm 2022

12/01/2022 - 07:15

BDK - Huyện ủy Mỏ Cày Nam đề ra 24 chỉ tiêu chủ yếu của năm 2022. Trong đó, phát triển 80 đảng viên mới; giảm tỷ lệ hộ nghèo còn 2,5%; thu ngân sách trên địa bàn đạt 310 tỷ đồng.

Năm 2021, huyện có 20/24 chỉ tiêu đạt và vượt, có 6 chỉ tiêu vượt. Kết nạp 85/80 đảng viên, đạt 106% NQ. Có 3 xã được công nhận đạt chuẩn nông thôn mới nâng cao, đạt 150% NQ.

Bài, ảnh: Minh Khang
"""

TARGETS_SENTENCE = (
    "Trong đó, phát triển 80 đảng viên mới; giảm tỷ lệ hộ nghèo còn 2,5%; thu ngân sách trên địa bàn đạt 310 tỷ đồng."
)
SCORECARD_SENTENCE = "Năm 2021, huyện có 20/24 chỉ tiêu đạt và vượt, có 6 chỉ tiêu vượt."
MEMBERS_SENTENCE = "Kết nạp 85/80 đảng viên, đạt 106% NQ."
RURAL_SENTENCE = "Có 3 xã được công nhận đạt chuẩn nông thôn mới nâng cao, đạt 150% NQ."

NO_UNIT_ARTICLE = """Hội nghị sơ kết công tác tuyên giáo

05/07/2023 - 08:00

Sáng 4-7, hội nghị sơ kết công tác tuyên giáo được tổ chức, các đại biểu thảo luận sôi nổi.
"""


@dataclass
class FakeDocument:
    """What extraction.reader gives: the storage side needs only these four fields."""

    title: str
    published: str | None
    text: str
    content_hash: str


def document_of(text: str) -> FakeDocument:
    title = text.strip().splitlines()[0]
    body = text.strip()
    return FakeDocument(title, "2022-01-12T07:15", body, hashlib.sha256(body.encode()).hexdigest())


def mo_cay_nam_extraction() -> dict:
    return {
        "source_file": "mo-cay-nam-2022.txt",
        "title": "Mỏ Cày Nam quyết tâm thực hiện Nghị quyết năm 2022",
        "published": "2022-01-12T07:15",
        "resolutions": [
            {
                "province": "Bến Tre",
                "district": "Mỏ Cày Nam",
                "kind": "annual",
                "year": 2022,
                "term": None,
                "slogan": None,
                "number": None,
                "target_count": 24,
                "targets": [
                    {
                        "indicator": "phát triển đảng viên mới",
                        "value": 80,
                        "value_max": None,
                        "unit": "đảng viên",
                        "direction": "increase",
                        "theme": "party",
                        "sentence": TARGETS_SENTENCE,
                    },
                    {
                        "indicator": "tỷ lệ hộ nghèo",
                        "value": 2.5,
                        "value_max": None,
                        "unit": "%",
                        "direction": "decrease",
                        "theme": "social",
                        "sentence": TARGETS_SENTENCE,
                    },
                    {
                        "indicator": "thu ngân sách trên địa bàn",
                        "value": 310,
                        "value_max": None,
                        "unit": "tỷ đồng",
                        "direction": "increase",
                        "theme": "budget",
                        "sentence": TARGETS_SENTENCE,
                    },
                ],
                "achievements": [],
                "scorecards": [],
            },
            {
                "province": "Bến Tre",
                "district": "Mỏ Cày Nam",
                "kind": "annual",
                "year": 2021,
                "term": None,
                "slogan": None,
                "number": None,
                "target_count": None,
                "targets": [],
                "achievements": [
                    {
                        "indicator": "kết nạp đảng viên",
                        "value": 85,
                        "planned": 80,
                        "percent_of_plan": 106,
                        "unit": "đảng viên",
                        "theme": "party",
                        "sentence": MEMBERS_SENTENCE,
                    },
                    {
                        "indicator": "xã đạt chuẩn nông thôn mới nâng cao",
                        "value": 3,
                        "planned": None,
                        "percent_of_plan": 150,
                        "unit": "xã",
                        "theme": "rural",
                        "sentence": RURAL_SENTENCE,
                    },
                ],
                "scorecards": [
                    {"total": 24, "met_or_exceeded": 20, "exceeded": 6, "sentence": SCORECARD_SENTENCE},
                ],
            },
        ],
    }


@pytest.fixture
def article_text() -> str:
    return MO_CAY_NAM_2022


@pytest.fixture
def extraction(other_district) -> dict:
    """What the pipeline reads in MO_CAY_NAM_2022 (the district exists in the tracker)."""
    return mo_cay_nam_extraction()


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Replace the NLP with fixed extractions by file content, so import tests test the import."""
    from extraction import services

    readings: dict[str, dict] = {}

    def run(*, document, gazetteer=None) -> dict:
        for marker, reading in readings.items():
            if marker in document.text:
                return copy.deepcopy(reading)
        return {"resolutions": []}

    monkeypatch.setattr(services, "extraction_run", run)
    monkeypatch.setattr(services, "gazetteer_load", lambda: None)
    return readings


@pytest.fixture
def english():
    """Messages in English, for tests that read them (the default language is Vietnamese)."""
    from django.utils import translation

    with translation.override("en"):
        yield


def many_items_article(sentences: int = 25) -> tuple[str, dict]:
    """An invented article of `sentences` sentences, each planning two targets, and its reading
    (2 × sentences items for Mỏ Cày Nam's 2024 resolution): for review at scale."""
    lines = ["Mỏ Cày Nam đề ra nhiều chỉ tiêu năm 2024", "", "10/01/2024 - 08:00", ""]
    targets = []
    for n in range(1, sentences + 1):
        sentence = (
            f"Xã thứ {n} phấn đấu trồng mới {n * 10} ha dừa xanh và xây dựng {n + 2} km đường giao thông nông thôn."
        )
        lines.append(sentence)
        targets.append(
            {
                "indicator": f"trồng mới dừa xanh ở xã thứ {n}",
                "value": n * 10,
                "unit": "ha",
                "direction": "increase",
                "theme": "economy",
                "sentence": sentence,
                "rules": ["planning_wording"],
            }
        )
        targets.append(
            {
                "indicator": f"đường giao thông nông thôn ở xã thứ {n}",
                "value": n + 2,
                "unit": "km",
                "direction": "increase",
                "theme": "rural",
                "sentence": sentence,
                "rules": ["planning_wording"],
            }
        )
    reading = {
        "resolutions": [
            {
                "province": "Bến Tre",
                "district": "Mỏ Cày Nam",
                "kind": "annual",
                "year": 2024,
                "term": None,
                "targets": targets,
                "achievements": [],
                "scorecards": [],
            }
        ]
    }
    return "\n".join(lines) + "\n", reading


@pytest.fixture
def score_articles() -> Callable[[Path, Path], tuple[dict[str, float], list[str]]]:
    """Reads every article of a folder and scores the reading against its gold annotation with the format's
    scorer (tests/extraction/scoring.py): F1 per section, and the scorer's report lines."""
    from extraction.pipeline import extract_file
    from tests.extraction import scoring

    def score(folder: Path, gold: Path) -> tuple[dict[str, float], list[str]]:
        articles = [extract_file(path).to_json() for path in sorted(folder.iterdir()) if path.is_file()]
        pred = json.loads(json.dumps({"format": "resolution-extraction/1", "articles": articles}))
        tallies, lines = scoring.score(json.loads(gold.read_text(encoding="utf-8")), pred, False)
        return {k: t.prf()[2] for k, t in tallies.items()}, lines

    return score


@pytest.fixture
def scorecard_writes_fail(monkeypatch) -> None:
    """Every way a scorecard reaches the database (one save, or a batch insert) raises "disk full": the last
    kind of item an import writes, so everything before it has been written when it fails."""
    from django.db.models import QuerySet

    from tracker.models import Scorecard

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk full")

    bulk_create = QuerySet.bulk_create

    def bulk(self, objs, *args, **kwargs):
        if self.model is Scorecard and objs:
            broken(self)
        return bulk_create(self, objs, *args, **kwargs)

    monkeypatch.setattr(Scorecard, "save", broken)
    monkeypatch.setattr(QuerySet, "bulk_create", bulk)
