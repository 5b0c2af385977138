"""The data model keeps each target's latest achieved value and status current."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError

from tracker.models import Achievement, Resolution, ReviewState, Target


def test_a_targets_status_follows_its_latest_achievement(targets):
    members, poverty, income = targets
    assert members.status == "exceeded"
    assert members.achieved_value == Decimal(62)
    assert poverty.status == "not_met"
    assert income.status == "no_data"
    Achievement.objects.create(target=poverty, value=Decimal("3.8"), as_of=datetime.date(2022, 6, 30))
    poverty.refresh_from_db()
    assert poverty.status == "exceeded"
    assert poverty.achieved_value == Decimal("3.8")


def test_an_unreviewed_extracted_achievement_does_not_count(targets):
    income = targets[2]
    Achievement.objects.create(
        target=income, value=Decimal(70), as_of=datetime.date(2021, 12, 31), review_state=ReviewState.EXTRACTED
    )
    income.refresh_from_db()
    assert income.status == "no_data"


def test_deleting_the_latest_achievement_falls_back_to_the_one_before(targets):
    members = targets[0]
    later = Achievement.objects.create(target=members, value=Decimal(30), as_of=datetime.date(2022, 6, 30))
    members.refresh_from_db()
    assert members.status == "not_met"
    later.delete()
    members.refresh_from_db()
    assert members.status == "exceeded"


def test_one_resolution_per_unit_kind_and_period(resolution):
    with pytest.raises(IntegrityError):
        Resolution.objects.create(unit=resolution.unit, kind="annual", start_year=2021, end_year=2021)


def test_the_database_refuses_a_term_that_ends_before_it_starts(district):
    with pytest.raises(IntegrityError):
        Resolution.objects.create(unit=district, kind="term", start_year=2025, end_year=2020)


def test_the_database_refuses_a_range_whose_maximum_is_below_its_minimum(resolution):
    with pytest.raises(IntegrityError):
        Target.objects.create(
            resolution=resolution,
            theme_id="social",
            indicator="x",
            planned_value=Decimal(2),
            planned_value_max=Decimal(1),
        )


def test_target_history_records_who_changed_what(targets, admin_user):
    members = targets[0]
    members._history_user = admin_user
    members.planned_value = Decimal(70)
    members.save()
    latest, previous = members.history.all()[:2]
    assert latest.planned_value == Decimal(70) and previous.planned_value == Decimal(60)
    assert latest.history_user == admin_user


def test_a_new_nearly_met_margin_applies_to_stored_statuses_after_refresh_progress(targets, settings):
    from django.core.management import call_command

    poverty = targets[1]  # 4.9% against a ceiling of 4%: 22.5% over
    assert poverty.status == "not_met"
    settings.TRACKER_NEARLY_MET_MARGIN = "0.25"
    call_command("refresh_progress", stdout=open("/dev/null", "w"))
    poverty.refresh_from_db()
    assert poverty.status == "nearly_met"
