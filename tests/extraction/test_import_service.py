"""Storing what was read from an article: upsert by content, provenance, review safety."""

import datetime
from decimal import Decimal

import pytest

from extraction.nlp.items import Part
from extraction.records import as_of_date
from extraction.services import article_store, extraction_confirm, extraction_reject
from tests.extraction.conftest import (
    MEMBERS_SENTENCE,
    NO_UNIT_ARTICLE,
    TARGETS_SENTENCE,
    document_of,
    mo_cay_nam_extraction,
)
from tracker.models import Achievement, Article, PeriodPart, Resolution, ReviewState, Scorecard, Target, Unit

pytestmark = pytest.mark.django_db


def store(text, extraction, source_file="mo-cay-nam-2022.txt"):
    """Store as the command line would from /data/<source_file>: the same path is the same article."""
    return article_store(
        document=document_of(text), extraction=extraction, source_file=source_file, source_path=f"/data/{source_file}"
    )


def counts() -> tuple[int, ...]:
    return (
        Article.objects.count(),
        Resolution.objects.count(),
        Target.objects.count(),
        Achievement.objects.count(),
        Scorecard.objects.count(),
        Unit.objects.count(),
    )


def test_a_new_article_stores_every_item_as_extracted_with_its_sentence(article_text, extraction, other_district):
    result = store(article_text, extraction)

    assert result.status == "new"
    assert (result.targets, result.achievements, result.scorecards) == (5, 2, 1)  # + the targets the two results imply
    article = result.article
    for item in [*Target.objects.all(), *Achievement.objects.all(), *Scorecard.objects.all()]:
        assert item.review_state == ReviewState.EXTRACTED
        assert item.article == article
        assert article.text[item.sentence_start : item.sentence_end] == item.sentence
    assert Target.objects.get(indicator="phát triển đảng viên mới").sentence == TARGETS_SENTENCE
    assert Resolution.objects.get(unit=other_district, kind="annual", start_year=2022).declared_target_count == 24
    assert not article.needs_review


def test_importing_the_same_article_twice_changes_nothing(article_text, extraction):
    store(article_text, extraction)
    before = counts()

    again = store(article_text, extraction)

    assert again.status == "unchanged"
    assert (again.targets, again.achievements, again.scorecards) == (0, 0, 0)
    assert counts() == before


def test_a_changed_article_updates_only_unreviewed_items(article_text, extraction):
    store(article_text, extraction)
    members = Target.objects.get(indicator="phát triển đảng viên mới")
    extraction_confirm(item=members)
    budget = Target.objects.get(indicator="thu ngân sách trên địa bàn")
    edited = Achievement.objects.get(target__indicator="kết nạp đảng viên")
    edited.value = Decimal(86)  # a staff edit in the admin, not yet confirmed
    edited.save()

    changed_text = article_text.replace("310 tỷ đồng", "320 tỷ đồng").replace("80 đảng viên mới", "90 đảng viên mới")
    changed = mo_cay_nam_extraction()
    changed["resolutions"][0]["targets"][0]["value"] = 90
    changed["resolutions"][0]["targets"][2]["value"] = 320
    for item in changed["resolutions"][0]["targets"]:
        item["sentence"] = item["sentence"].replace("310", "320").replace("80 đảng", "90 đảng")
    result = store(changed_text, changed)

    assert result.status == "updated"
    assert Article.objects.count() == 1
    members.refresh_from_db()
    assert members.planned_value == 80 and members.review_state == ReviewState.CONFIRMED  # untouched
    assert not Target.objects.filter(pk=budget.pk).exists()  # replaced
    assert Target.objects.get(indicator="thu ngân sách trên địa bàn").planned_value == 320
    edited.refresh_from_db()
    assert edited.value == 86  # the staff edit survives
    assert Achievement.objects.filter(target__indicator="kết nạp đảng viên").count() == 1


def test_a_failing_import_leaves_nothing_half_written(article_text, extraction, scorecard_writes_fail):
    before = counts()
    with pytest.raises(RuntimeError):
        store(article_text, extraction)

    assert counts() == before


def test_an_article_with_no_unit_is_stored_and_flagged(english):
    result = store(NO_UNIT_ARTICLE, {"resolutions": []}, source_file="hoi-nghi.txt")

    article = Article.objects.get()
    assert result.status == "new"
    assert article.needs_review
    assert any("no unit or period recognised" in reason for reason in article.review_reasons)


def test_items_of_a_resolution_without_a_period_are_flagged_not_lost_silently(article_text, extraction, english):
    extraction["resolutions"][0]["year"] = None

    result = store(article_text, extraction)

    assert result.article.needs_review
    assert any("No recognisable period" in reason and "3 items" in reason for reason in result.review_reasons)
    assert result.article.extraction["resolutions"][0]["targets"]  # kept for staff to read


def test_a_district_missing_from_the_tracker_is_added_and_flagged(article_text, extraction, province):
    for resolution in extraction["resolutions"]:
        resolution["district"] = "Tân Phú Đông"

    result = store(article_text, extraction)

    unit = Unit.objects.get(short_name="Tân Phú Đông")
    assert unit.origin == Unit.Origin.ADDED and unit.parent == province and unit.level == Unit.Level.DISTRICT
    assert result.article.needs_review
    assert any("Tân Phú Đông" in reason for reason in result.review_reasons)
    assert Resolution.objects.filter(unit=unit).count() == 2


def test_a_district_is_found_whatever_its_case_and_diacritics(article_text, extraction, other_district):
    for resolution in extraction["resolutions"]:
        resolution["district"] = "mo cay nam"

    store(article_text, extraction)

    assert Resolution.objects.filter(unit=other_district).count() == 2
    assert not Unit.objects.filter(origin=Unit.Origin.ADDED).exists()


def test_a_ceiling_target_is_judged_at_most(article_text, extraction):
    store(article_text, extraction)

    assert Target.objects.get(indicator="tỷ lệ hộ nghèo").judged == "at_most"
    assert Target.objects.get(indicator="phát triển đảng viên mới").judged == "at_least"


def test_a_result_is_matched_to_the_target_it_reports_on(article_text, extraction, other_district):
    plan = Resolution.objects.create(unit=other_district, kind="annual", start_year=2021, end_year=2021)
    members = Target.objects.create(
        resolution=plan,
        theme_id="party",
        indicator="phát triển đảng viên mới",
        planned_value=80,
        measure_unit="đảng viên",
    )

    store(article_text, extraction)

    achievement = Achievement.objects.get(sentence=MEMBERS_SENTENCE)
    assert achievement.target == members
    assert (achievement.value, achievement.planned_value, achievement.percent_of_plan) == (85, 80, 106)
    assert achievement.as_of == datetime.date(2021, 12, 31) and achievement.period == PeriodPart.YEAR


def test_a_result_without_a_target_creates_the_target_its_plan_implies(article_text, extraction):
    store(article_text, extraction)

    rural = Achievement.objects.get(target__theme_id="rural").target
    assert rural.planned_value == 2  # 3 xã is 150% of the plan
    assert rural.review_state == ReviewState.EXTRACTED and rural.measure_unit == "xã"


def test_a_result_for_nine_months_stands_at_the_end_of_september(article_text, extraction):
    extraction["resolutions"][1]["achievements"][0]["period"] = "9 tháng"

    store(article_text, extraction)

    achievement = Achievement.objects.get(sentence=MEMBERS_SENTENCE)
    assert achievement.period == PeriodPart.M9 and achievement.as_of == datetime.date(2021, 9, 30)


@pytest.mark.parametrize(
    ("written", "part", "date"),
    [
        ("năm", PeriodPart.YEAR, datetime.date(2021, 12, 31)),
        ("6 tháng đầu năm", PeriodPart.H1, datetime.date(2021, 6, 30)),
        ("quý I", PeriodPart.Q1, datetime.date(2021, 3, 31)),
        ("h1", PeriodPart.H1, datetime.date(2021, 6, 30)),
    ],
)
def test_periods_of_an_annual_resolution_end_where_their_part_of_the_year_ends(written, part, date):
    resolution = Resolution(kind="annual", start_year=2021, end_year=2021)
    assert Part.parse(written) == part
    assert as_of_date(resolution=resolution, part=part) == date


def test_a_term_result_stands_at_the_end_of_the_term():
    resolution = Resolution(kind="term", start_year=2020, end_year=2025)
    assert Part.parse("nhiệm kỳ 2020 - 2025") == PeriodPart.TERM
    assert as_of_date(resolution=resolution, part=PeriodPart.TERM) == datetime.date(2025, 12, 31)


def test_confirming_and_rejecting_change_the_review_state(article_text, extraction, editor_user):
    store(article_text, extraction)
    achievement = Achievement.objects.get(sentence=MEMBERS_SENTENCE)
    target = achievement.target

    extraction_confirm(item=achievement, user=editor_user)
    achievement.refresh_from_db()
    assert achievement.review_state == ReviewState.CONFIRMED
    assert achievement.history.first().history_user == editor_user

    rural = Achievement.objects.get(target__theme_id="rural")
    extraction_reject(item=rural.target, user=editor_user)
    rural.refresh_from_db()
    assert rural.target.review_state == ReviewState.REJECTED
    assert rural.review_state == ReviewState.REJECTED  # its unreviewed result goes with it
    target.refresh_from_db()
    assert target.status != "no_data"  # a confirmed result now counts


def test_two_targets_with_the_same_indicator_in_one_article_are_both_stored(article_text, extraction):
    targets = extraction["resolutions"][0]["targets"]
    targets.append({**targets[2], "value": 12, "unit": "%", "indicator": targets[2]["indicator"]})

    result = store(article_text, extraction)

    assert Target.objects.filter(indicator="thu ngân sách trên địa bàn").count() == 2
    assert not result.review_reasons


def test_a_scorecard_is_stored_with_its_counts_and_date(article_text, extraction):
    extraction["resolutions"][1]["scorecards"][0].update(nearly_met=2, not_met=2)

    store(article_text, extraction)

    scorecard = Scorecard.objects.get()
    assert (scorecard.total, scorecard.met_or_exceeded, scorecard.exceeded, scorecard.nearly_met) == (24, 20, 6, 2)
    assert scorecard.as_of == datetime.date(2021, 12, 31) and scorecard.resolution.start_year == 2021
