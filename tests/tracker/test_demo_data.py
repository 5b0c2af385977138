"""generate_demo_data writes deterministic synthetic data, flagged as such, with consistent statuses."""

import pytest
from django.core.management import call_command
from django.db import transaction

from tracker.models import Achievement, Resolution, Target


@pytest.fixture
def small(gazetteer, db):
    call_command("generate_demo_data", "--scale", "small", stdout=open("/dev/null", "w"))


def test_small_scale_covers_one_province_and_its_districts_with_term_and_annual_resolutions(small):
    before = Resolution.objects.filter(unit__system="2019")
    units = before.values("unit").distinct().count()
    assert units == 10  # Bến Tre and its nine district-level units
    assert before.count() == units * 6
    assert set(before.values_list("start_year", "end_year").distinct()) == {(2020, 2025)} | {
        (y, y) for y in range(2021, 2026)
    }
    assert Resolution.objects.filter(is_synthetic=False).count() == 0


def test_small_scale_covers_a_2025_province_and_its_communes_with_the_running_term_and_year(small):
    from tracker.models import Unit

    province = Unit.objects.get(slug="lai-chau-2025")
    communes = Unit.objects.filter(parent=province, level=Unit.Level.COMMUNE)
    after = Resolution.objects.filter(unit__system="2025")
    assert set(after.values_list("unit", flat=True)) == {province.pk, *communes.values_list("pk", flat=True)}
    assert communes.count() == 38
    for unit in (province, communes.order_by("slug").first()):
        assert sorted(after.filter(unit=unit).values_list("kind", "start_year", "end_year")) == [
            ("annual", 2026, 2026),
            ("term", 2025, 2030),
        ]
    commune_resolution = after.filter(unit__level=Unit.Level.COMMUNE).first()
    assert commune_resolution.number.endswith("-NQ/ĐU") and commune_resolution.is_synthetic
    # Results so far only: none after the end of October 2026, none for a period not yet begun.
    results = Achievement.objects.filter(target__resolution__unit__system="2025")
    assert results.exists()
    assert not results.filter(as_of__gt="2026-10-31").exists()
    assert not results.filter(as_of__lt="2025-12-31").exists()
    assert not Target.objects.filter(resolution__in=after, latest_achievement__isnull=True).exists()


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
        return list(
            Target.objects.order_by(
                "resolution__unit__slug", "resolution__start_year", "resolution__kind", "position"
            ).values_list("indicator", "planned_value", "achieved_value")
        )

    with transaction.atomic():
        first = generate()
        transaction.set_rollback(True)
    assert first == generate()


def test_it_leaves_a_real_resolution_of_the_same_period_alone(gazetteer, db):
    from tracker.models import Unit

    real = Resolution.objects.create(
        unit=Unit.objects.get(slug="cho-lach-ben-tre"), kind="annual", start_year=2021, end_year=2021
    )
    call_command("generate_demo_data", "--scale", "small", stdout=open("/dev/null", "w"))
    real.refresh_from_db()
    assert real.is_synthetic is False and not real.targets.exists()


def test_the_planner_knows_the_size_of_the_tables_after_a_bulk_generation(small):
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'tracker_target'")
        else:
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'tracker_target'")
        assert cursor.fetchone()[0] > 0  # the unit pages then read targets by resolution, not by review state
