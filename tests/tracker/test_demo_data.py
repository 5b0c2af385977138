"""generate_demo_data writes deterministic synthetic data, flagged as such, with consistent statuses."""

import pytest
from django.core.management import call_command
from django.db import transaction

from tracker.models import Achievement, Resolution, Target


@pytest.fixture
def small(gazetteer, db):
    call_command("generate_demo_data", "--scale", "small", stdout=open("/dev/null", "w"))


def test_small_scale_covers_one_province_and_its_districts_with_term_and_annual_resolutions(small):
    units = Resolution.objects.values("unit").distinct().count()
    assert units == 10  # Bến Tre and its nine district-level units
    assert Resolution.objects.count() == units * 6
    assert Resolution.objects.filter(is_synthetic=False).count() == 0


def test_every_target_has_achievements_and_a_status_that_follows_the_latest(small):
    assert not Target.objects.filter(latest_achievement__isnull=True).exists()
    for target in Target.objects.select_related("latest_achievement", "resolution").order_by("?")[:200]:
        achievements = list(Achievement.objects.filter(target=target).order_by("as_of", "id"))
        assert target.latest_achievement == achievements[-1]
        assert target.status == target.judgement(achievements).status


def test_demo_statuses_follow_the_configured_nearly_met_margin(gazetteer, db, settings):
    settings.TRACKER_NEARLY_MET_MARGIN = "0.5"
    call_command("generate_demo_data", "--scale", "small", stdout=open("/dev/null", "w"))
    assert not Target.objects.filter(status="not_met").exists()  # every result is at least 42% of its plan


def test_the_same_seed_gives_the_same_data(gazetteer, db):
    def generate() -> list:
        call_command("generate_demo_data", "--scale", "small", stdout=open("/dev/null", "w"))
        return list(Target.objects.order_by("resolution__unit__slug", "resolution__start_year", "resolution__kind",
                                            "position").values_list("indicator", "planned_value", "achieved_value"))

    with transaction.atomic():
        first = generate()
        transaction.set_rollback(True)
    assert first == generate()


def test_it_leaves_a_real_resolution_of_the_same_period_alone(gazetteer, db):
    from tracker.models import Unit

    real = Resolution.objects.create(unit=Unit.objects.get(slug="cho-lach-ben-tre"), kind="annual",
                                     start_year=2021, end_year=2021)
    call_command("generate_demo_data", "--scale", "small", stdout=open("/dev/null", "w"))
    real.refresh_from_db()
    assert real.is_synthetic is False and not real.targets.exists()
