"""Numbers read from an article are checked against what the database can hold: a value out of range
is dropped and flagged, everything else in the article is kept (SQLite and PostgreSQL alike)."""

import pytest
from django.urls import reverse

from extraction import staging
from extraction.services import article_store
from tests.extraction.conftest import MO_CAY_NAM_2022, document_of, mo_cay_nam_extraction
from tracker.models import Achievement, Resolution, Scorecard, Target

pytestmark = pytest.mark.django_db


def store(extraction):
    return article_store(
        document=document_of(MO_CAY_NAM_2022), extraction=extraction, source_file="mo-cay-nam-2022.txt"
    )


def test_a_declared_number_of_targets_too_big_to_store_is_dropped_and_flagged(other_district, english):
    extraction = mo_cay_nam_extraction()
    extraction["resolutions"][0]["target_count"] = 99999  # "đề ra 99999 chỉ tiêu"

    result = store(extraction)

    resolution = Resolution.objects.get(unit=other_district, start_year=2022)
    assert resolution.declared_target_count is None
    assert result.targets == 5 and result.achievements == 2 and result.scorecards == 1  # the rest is kept
    assert any("99999" in reason and "declared number of targets" in reason for reason in result.review_reasons)
    assert result.article.needs_review


def test_a_year_that_cannot_be_stored_drops_only_its_resolution(other_district, english):
    extraction = mo_cay_nam_extraction()
    extraction["resolutions"][0]["year"] = 99999

    result = store(extraction)

    assert not Resolution.objects.filter(start_year=99999).exists()
    assert Resolution.objects.filter(unit=other_district, start_year=2021).exists()
    assert result.achievements == 2 and result.scorecards == 1
    assert any("99999" in reason for reason in result.review_reasons)


@pytest.mark.parametrize("value", [10**20, 1e30, "1e400", 123456789012345678])
def test_a_planned_value_too_big_to_store_drops_only_that_target(other_district, english, value):
    extraction = mo_cay_nam_extraction()
    extraction["resolutions"][0]["targets"][0]["value"] = value

    result = store(extraction)

    assert not Target.objects.filter(indicator="phát triển đảng viên mới").exists()
    assert Target.objects.filter(indicator="thu ngân sách trên địa bàn").exists()
    assert any("phát triển đảng viên mới" in reason for reason in result.review_reasons)


def test_a_percent_too_big_to_store_is_dropped_and_the_value_kept(other_district, english):
    extraction = mo_cay_nam_extraction()
    extraction["resolutions"][1]["achievements"][0]["percent_of_plan"] = 10**12

    result = store(extraction)

    achievement = Achievement.objects.get(target__indicator="kết nạp đảng viên")
    assert achievement.value == 85 and achievement.percent_of_plan is None
    assert any("percent of plan" in reason for reason in result.review_reasons)


def test_scorecard_counts_too_big_to_store(other_district, english):
    extraction = mo_cay_nam_extraction()
    extraction["resolutions"][1]["scorecards"] = [
        {"total": 99999, "met_or_exceeded": 20, "sentence": "Có 20/99999 chỉ tiêu đạt."},
        {"total": 24, "met_or_exceeded": 20, "exceeded": 70000, "sentence": "Có 20/24 chỉ tiêu đạt và vượt."},
    ]

    result = store(extraction)

    assert list(Scorecard.objects.values_list("total", "met_or_exceeded", "exceeded")) == [(24, 20, None)]
    assert sum("99999" in reason for reason in result.review_reasons) == 1
    assert any("70000" in reason for reason in result.review_reasons)


def test_the_web_import_of_such_an_article_opens_its_review_page(
    client, editor_user, other_district, settings, tmp_path
):
    settings.EXTRACTION_STAGING_DIR = str(tmp_path)
    extraction = mo_cay_nam_extraction()
    extraction["resolutions"][0]["target_count"] = 99999
    extraction["resolutions"][0]["targets"][0]["value"] = 10**20
    token = staging.upload_stage(data=MO_CAY_NAM_2022.encode(), filename="mo-cay-nam.txt", extraction=extraction)
    client.force_login(editor_user)

    response = client.post(reverse("extraction:upload_import"), {"token": token})

    assert response.status_code == 302
    assert Target.objects.filter(indicator="thu ngân sách trên địa bàn").exists()
