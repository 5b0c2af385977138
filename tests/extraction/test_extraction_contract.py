"""One typed contract: the pipeline's dataclasses reach the database writer as they are, their JSON
(resolution-extraction/1) reads back into the same dataclasses, and one place decides "judged"."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from extraction.nlp.items import (
    AchievementItem,
    ArticleExtraction,
    Bound,
    Direction,
    Judged,
    Part,
    ResolutionExtraction,
    ResolutionKind,
    ScorecardItem,
    TargetItem,
)
from extraction.pipeline import extract_document
from extraction.reader import read_document
from extraction.services import article_store
from tests.extraction.conftest import MO_CAY_NAM_2022, RURAL_SENTENCE, document_of, mo_cay_nam_extraction
from tracker.models import Achievement, Resolution, Scorecard, Target

CORPUS = sorted(Path(__file__).parent.joinpath("corpus").rglob("*.txt"))[:12]


@pytest.fixture(scope="module")
def corpus_readings() -> list[ArticleExtraction]:
    return [extract_document(read_document(path)) for path in CORPUS]


def test_an_article_read_back_from_its_json_gives_the_same_json(corpus_readings):
    assert corpus_readings
    for reading in corpus_readings:
        data = json.loads(json.dumps(reading.to_json(), ensure_ascii=False))  # as the preview's child prints it

        assert ArticleExtraction.from_json(data).to_json() == data


def test_closed_sets_are_enums_and_their_json_is_the_plain_value(corpus_readings):
    targets = [t for r in corpus_readings for res in r.resolutions for t in res.targets]
    results = [a for r in corpus_readings for res in r.resolutions for a in res.achievements]
    assert targets and results
    for target in targets:
        assert target.direction is None or isinstance(target.direction, Direction)
        assert target.bound is None or isinstance(target.bound, Bound)
        assert isinstance(target.judged, Judged)
        assert type(json.loads(json.dumps(target.to_json()))["judged"]) is str
    assert all(a.part is None or isinstance(a.part, Part) for a in results)
    assert all(isinstance(res.kind, ResolutionKind) for r in corpus_readings for res in r.resolutions)


def test_a_reading_from_elsewhere_names_its_period_in_words():
    item = AchievementItem.from_json({"indicator": "kết nạp đảng viên", "value": 85, "period": "9 tháng đầu năm"})

    assert item.part == Part.M9 and item.value == Decimal(85)


def test_a_value_that_is_no_number_is_read_as_none_and_a_huge_one_kept_for_the_writer_to_refuse():
    assert TargetItem.from_json({"indicator": "x", "value": "nhiều"}).value is None
    assert TargetItem.from_json({"indicator": "x", "value": "1e400"}).value == Decimal("1e400")


@pytest.mark.parametrize(
    ("phrase", "direction", "bound", "judged"),
    [
        ("giảm tỷ lệ hộ nghèo còn 2,5%", "decrease", None, "at_most"),
        ("tỷ lệ hộ nghèo thấp hơn 3%", "decrease", None, "at_most"),
        ("kéo giảm 3% số vụ vi phạm", "decrease", None, "at_least"),
        ("tỷ lệ tăng dân số tự nhiên dưới 1%", None, "max", "at_most"),
    ],
)
def test_the_pipeline_and_the_database_judge_a_target_alike(db, other_district, phrase, direction, bound, judged):
    sentence = f"Năm 2022, {phrase}."
    text = f"Mỏ Cày Nam đề ra chỉ tiêu năm 2022\n\n{sentence}"
    item = TargetItem(
        "tỷ lệ",
        Decimal("2.5"),
        None,
        "%",
        direction,
        "social",
        sentence,
        text.index(sentence),
        len(text),
        phrase=phrase,
        bound=bound,
    )
    reading = ArticleExtraction(
        "a.txt",
        "t",
        None,
        resolutions=[ResolutionExtraction("Bến Tre", "Mỏ Cày Nam", "annual", year=2022, targets=[item])],
    )

    article_store(document=document_of(text), extraction=reading, source_file="a.txt")

    assert item.judged == judged
    assert Target.objects.get().judged == judged


def test_the_writer_takes_the_dataclasses_with_their_rule_trace(db, other_district):
    reading = ArticleExtraction.from_json(mo_cay_nam_extraction())
    achievement = reading.resolutions[1].achievements[1]
    achievement.rules = ["result_verb_before_quantity", "share_of_plan"]
    reading.resolutions[1].scorecards[0] = ScorecardItem(
        24, 20, 6, None, None, reading.resolutions[1].scorecards[0].sentence, None, None
    )

    result = article_store(document=document_of(MO_CAY_NAM_2022), extraction=reading, source_file="m.txt")

    assert (result.targets, result.achievements, result.scorecards) == (5, 2, 1)
    stored = Achievement.objects.get(sentence=RURAL_SENTENCE)
    assert stored.rules == ["result_verb_before_quantity", "share_of_plan"]
    assert Scorecard.objects.get().rules == ["scorecard"]
    assert result.article.extraction == reading.to_json()  # kept for staff as resolution-extraction/1


def test_what_was_read_for_no_unit_is_not_stored_and_the_article_is_flagged(db, english):
    text = "Hội nghị sơ kết\n\nNăm 2022, kết nạp 85 đảng viên."
    unplaced = ResolutionExtraction(
        None,
        None,
        "annual",
        year=2022,
        achievements=[
            AchievementItem(
                "kết nạp đảng viên",
                Decimal(85),
                None,
                None,
                "đảng viên",
                "party",
                "Năm 2022, kết nạp 85 đảng viên.",
                None,
                None,
            )
        ],
        flags=["no unit found"],
    )
    reading = ArticleExtraction("h.txt", "Hội nghị sơ kết", None, flags=["no unit found"], unplaced=[unplaced])

    result = article_store(document=document_of(text), extraction=reading, source_file="h.txt")

    assert not Resolution.objects.exists() and not Achievement.objects.exists()
    assert result.article.needs_review
    assert any("No recognisable unit" in reason and "1 items" in reason for reason in result.review_reasons)
    assert result.article.extraction["unplaced"][0]["achievements"]  # kept for staff to read
