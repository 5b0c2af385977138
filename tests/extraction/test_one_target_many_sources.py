"""One target, many sources: a second article on a resolution adds its results to the targets on record,
never a near-duplicate beside them; when the match is doubtful staff are told."""

import datetime
from decimal import Decimal

import pytest

from extraction.services import article_store
from tests.extraction.conftest import document_of
from tracker.models import Achievement, Target
from tracker.text import indicator_similarity

pytestmark = pytest.mark.django_db

FIRST = """Mỏ Cày Nam đề ra 20 chỉ tiêu năm 2022

12/01/2022 - 07:15

Thu nhập bình quân đầu người đạt 62 triệu đồng; kết nạp 80 đảng viên mới.
"""
SECOND = """Mỏ Cày Nam: 6 tháng đầu năm 2022

15/07/2022 - 08:00

Huyện phấn đấu thu nhập bình quân đầu người 62 triệu đồng. 6 tháng, thu nhập bình quân đầu người đạt 31 triệu đồng.
"""


def sentence_of(text: str, words: str) -> str:
    return next(line for line in text.replace(". ", ".\n").splitlines() if words in line).strip()


def reading(text: str, targets: list[dict], achievements: list[dict] = ()) -> dict:
    for item in [*targets, *achievements]:
        item.setdefault("sentence", sentence_of(text, item.pop("words")))
    return {
        "resolutions": [
            {
                "province": "Bến Tre",
                "district": "Mỏ Cày Nam",
                "kind": "annual",
                "year": 2022,
                "targets": targets,
                "achievements": list(achievements),
                "scorecards": [],
            }
        ]
    }


def first_article(other_district):
    return article_store(
        document=document_of(FIRST),
        source_file="dau-nam.txt",
        extraction=reading(
            FIRST,
            [
                {
                    "indicator": "Thu nhập bình quân đầu người",
                    "value": 62,
                    "unit": "triệu đồng",
                    "direction": "increase",
                    "theme": "economy",
                    "words": "Thu nhập",
                },
                {
                    "indicator": "kết nạp đảng viên mới",
                    "value": 80,
                    "unit": "đảng viên",
                    "direction": "increase",
                    "theme": "party",
                    "words": "kết nạp",
                },
            ],
        ),
    )


def test_one_wording_of_an_indicator_is_like_another_whatever_its_case_diacritics_and_lead_in():
    assert indicator_similarity("Thu nhập bình quân đầu người", "phấn đấu thu nhập bình quân đầu người") == 1
    assert indicator_similarity("Thu nhập bình quân đầu người", "thu nhap binh quan dau nguoi nam 2022") == 1
    assert indicator_similarity("xã đạt chuẩn nông thôn mới khu vực 2", "xã đạt chuẩn nông thôn mới khu vực 3") < 1


def test_a_second_article_on_a_resolution_adds_no_duplicate_target_and_its_result_attaches_to_it(
    other_district, english
):
    first_article(other_district)
    income = Target.objects.get(indicator="Thu nhập bình quân đầu người")

    result = article_store(
        document=document_of(SECOND),
        source_file="sau-thang.txt",
        extraction=reading(
            SECOND,
            [
                {
                    "indicator": "thu nhập bình quân đầu người",
                    "value": 62,
                    "unit": "triệu đồng",
                    "direction": "increase",
                    "theme": "economy",
                    "words": "phấn đấu",
                },
            ],
            [
                {
                    "indicator": "thu nhập bình quân đầu người",
                    "value": 31,
                    "unit": "triệu đồng",
                    "theme": "economy",
                    "period": "h1",
                    "words": "6 tháng,",
                },
            ],
        ),
    )

    assert Target.objects.filter(resolution=income.resolution).count() == 2  # income and members, as before
    assert (result.targets, result.matched, result.achievements) == (0, 1, 1)
    achievement = Achievement.objects.get()
    assert achievement.target == income and achievement.value == Decimal(31)
    assert achievement.article == result.article and achievement.as_of == datetime.date(2022, 6, 30)
    assert result.article in income.resolution.articles.all()  # one more source of the resolution
    assert not any("may be the same" in reason for reason in result.review_reasons)


def test_a_doubtful_match_is_stored_and_flagged_as_a_possible_duplicate(other_district, english):
    first_article(other_district)

    result = article_store(
        document=document_of(SECOND),
        source_file="sau-thang.txt",
        extraction=reading(
            SECOND,
            [
                {
                    "indicator": "thu nhập bình quân đầu người",
                    "value": 65,
                    "unit": "triệu đồng",
                    "direction": "increase",
                    "theme": "economy",
                    "words": "phấn đấu",
                },
            ],
        ),
    )

    assert result.targets == 1 and result.possible_duplicates == 1
    assert Target.objects.filter(indicator__iexact="thu nhập bình quân đầu người").count() == 2
    assert result.article.needs_review
    flagged = [reason for reason in result.article.review_reasons if "may be the same as" in reason]
    assert flagged == [
        "Target “thu nhập bình quân đầu người” (65 triệu đồng) may be the same as "
        "“Thu nhập bình quân đầu người” (62 triệu đồng) already in the tracker: if so, reject one of them."
    ]


def test_a_result_that_only_half_matches_a_target_gets_its_own_target_flagged(other_district, english):
    first_article(other_district)

    result = article_store(
        document=document_of(SECOND),
        source_file="sau-thang.txt",
        extraction=reading(
            SECOND,
            [],
            [
                {
                    "indicator": "thu nhập bình quân của lao động nông thôn",
                    "value": 31,
                    "unit": "triệu đồng",
                    "theme": "economy",
                    "words": "6 tháng,",
                },
            ],
        ),
    )

    assert result.targets == 1 and result.possible_duplicates == 1
    assert Achievement.objects.get().target.indicator == "thu nhập bình quân của lao động nông thôn"
    assert any("may be the same as “Thu nhập bình quân đầu người”" in r for r in result.article.review_reasons)


def test_a_target_of_another_unit_is_never_taken_for_one_on_record(other_district, district, english):
    first_article(other_district)
    text = SECOND.replace("Mỏ Cày Nam", "Chợ Lách")
    extraction = reading(
        text,
        [
            {
                "indicator": "thu nhập bình quân đầu người",
                "value": 62,
                "unit": "triệu đồng",
                "direction": "increase",
                "theme": "economy",
                "words": "phấn đấu",
            }
        ],
    )
    extraction["resolutions"][0]["district"] = district.short_name

    result = article_store(document=document_of(text), source_file="cho-lach.txt", extraction=extraction)

    assert result.targets == 1 and result.matched == 0 and result.possible_duplicates == 0
