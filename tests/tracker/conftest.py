"""Fixtures for the dashboard pages: signed-in clients, many targets."""

from decimal import Decimal

import pytest

from tracker.models import Resolution, ReviewState, Target


@pytest.fixture
def viewer_client(client, viewer_user):
    client.force_login(viewer_user)
    return client


@pytest.fixture
def editor_client(client, editor_user):
    client.force_login(editor_user)
    return client


@pytest.fixture
def anonymous_read(settings):
    settings.TRACKER_ANONYMOUS_READ = True


def add_targets(resolution: Resolution, count: int, *, theme_ids=("economy", "social", "party", "budget")) -> None:
    """Many targets with achieved values, written in bulk (status set as the services would)."""
    statuses = ["met", "exceeded", "nearly_met", "not_met", "no_data"]
    Target.objects.bulk_create(
        [
            Target(
                resolution=resolution,
                theme_id=theme_ids[i % len(theme_ids)],
                indicator=f"chỉ tiêu số {i}",
                planned_value=Decimal(100),
                achieved_value=None if i % 5 == 4 else Decimal(80 + i % 40),
                completion=None if i % 5 == 4 else Decimal("0.9"),
                status=statuses[i % 5],
                measure_unit="%",
                search_text=f"chi tieu so {i} %",
                position=i,
            )
            for i in range(count)
        ]
    )


@pytest.fixture
def many_targets(db, targets, term_resolution, district, other_district, province):
    """Sixty more targets over the district, another district and the province itself."""
    add_targets(targets[0].resolution, 20)
    add_targets(term_resolution, 20)
    other = Resolution.objects.create(unit=other_district, kind="annual", start_year=2021, end_year=2021)
    add_targets(other, 10)
    own = Resolution.objects.create(unit=province, kind="annual", start_year=2021, end_year=2021)
    add_targets(own, 10)
    return targets


@pytest.fixture
def extracted_target(db, resolution) -> Target:
    return Target.objects.create(
        resolution=resolution,
        theme_id="budget",
        indicator="thu ngân sách",
        planned_value=Decimal("10160.896"),
        measure_unit="tỷ đồng",
        review_state=ReviewState.EXTRACTED,
    )
