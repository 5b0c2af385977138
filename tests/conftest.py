"""Shared fixtures: a small slice of the country, a resolution with targets, an article they were read from,
a commune, staff users and what the admin pages post back."""

import datetime
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from tests.admin_forms import admin_page_data
from tracker.models import Achievement, Article, Resolution, ReviewState, Scorecard, Target, Unit

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

ARTICLE_TEXT = (
    "Huyện ủy Chợ Lách tổng kết năm 2021\n"
    "25/01/2021 - 06:54\n"
    "BDK - Năm 2021, huyện phát triển 62 đảng viên mới, đạt 103% NQ. "
    "Tỷ lệ hộ nghèo còn 4,9%. "
    "Có 19/25 chỉ tiêu đạt và vượt. <script>alert('x')</script>\n"
)


def span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """Tests log users in by the dozen; the real hasher is deliberately slow."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached aggregates are keyed on the data's version, which test transactions never commit."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def new_province(db) -> Unit:
    return Unit.objects.create(
        short_name="Vĩnh Long",
        kind=Unit.Kind.PROVINCE,
        system=Unit.System.FROM_2025,
        slug="vinh-long-2025",
        origin=Unit.Origin.GAZETTEER,
        valid_from=datetime.date(2025, 7, 1),
    )


@pytest.fixture
def province(db, new_province) -> Unit:
    return Unit.objects.create(
        short_name="Bến Tre",
        kind=Unit.Kind.PROVINCE,
        system=Unit.System.BEFORE_2025,
        slug="ben-tre",
        origin=Unit.Origin.GAZETTEER,
        valid_to=datetime.date(2025, 6, 30),
        province_after_reform=new_province,
    )


@pytest.fixture
def district(db, province, new_province) -> Unit:
    return Unit.objects.create(
        short_name="Chợ Lách",
        kind=Unit.Kind.RURAL_DISTRICT,
        system=Unit.System.BEFORE_2025,
        slug="cho-lach-ben-tre",
        parent=province,
        origin=Unit.Origin.GAZETTEER,
        valid_to=datetime.date(2025, 6, 30),
        province_after_reform=new_province,
    )


@pytest.fixture
def other_district(db, province, new_province) -> Unit:
    return Unit.objects.create(
        short_name="Mỏ Cày Nam",
        kind=Unit.Kind.RURAL_DISTRICT,
        system=Unit.System.BEFORE_2025,
        slug="mo-cay-nam-ben-tre",
        parent=province,
        origin=Unit.Origin.GAZETTEER,
        valid_to=datetime.date(2025, 6, 30),
        province_after_reform=new_province,
    )


@pytest.fixture
def resolution(db, district) -> Resolution:
    return Resolution.objects.create(
        unit=district,
        kind=Resolution.Kind.ANNUAL,
        start_year=2021,
        end_year=2021,
        slogan="Đoàn kết - Sáng tạo",
        declared_target_count=30,
    )


@pytest.fixture
def term_resolution(db, district) -> Resolution:
    return Resolution.objects.create(unit=district, kind=Resolution.Kind.TERM, start_year=2020, end_year=2025)


@pytest.fixture
def targets(db, resolution) -> list[Target]:
    """Three targets: one met, one behind (at most), one without data."""
    members = Target.objects.create(
        resolution=resolution,
        theme_id="party",
        indicator="phát triển đảng viên mới",
        planned_value=Decimal(60),
        measure_unit="đảng viên",
    )
    poverty = Target.objects.create(
        resolution=resolution,
        theme_id="social",
        indicator="tỷ lệ hộ nghèo còn",
        planned_value=Decimal(4),
        measure_unit="%",
        direction=Target.Direction.DECREASE,
        judged="at_most",
    )
    income = Target.objects.create(
        resolution=resolution,
        theme_id="economy",
        indicator="thu nhập bình quân đầu người",
        planned_value=Decimal(60),
        measure_unit="triệu đồng/người/năm",
    )
    Achievement.objects.create(target=members, value=Decimal(62), as_of=datetime.date(2021, 12, 31))
    Achievement.objects.create(target=poverty, value=Decimal("4.9"), as_of=datetime.date(2021, 12, 31))
    for target in (members, poverty, income):
        target.refresh_from_db()
    return [members, poverty, income]


@pytest.fixture
def scorecard(db, resolution) -> Scorecard:
    return Scorecard.objects.create(
        resolution=resolution,
        as_of=datetime.date(2021, 12, 31),
        total=25,
        met_or_exceeded=19,
        exceeded=7,
        review_state=ReviewState.CONFIRMED,
    )


@pytest.fixture
def article(db, targets, scorecard) -> Article:
    """An article whose sentences the targets, an achievement and the scorecard were read from."""
    article = Article.objects.create(
        title="Huyện ủy Chợ Lách tổng kết năm 2021",
        text=ARTICLE_TEXT,
        content_hash="a" * 64,
        published=datetime.datetime(2021, 1, 25, 6, 54, tzinfo=datetime.UTC),
    )
    members = targets[0]
    sentence = "huyện phát triển 62 đảng viên mới, đạt 103% NQ."
    start, end = span(ARTICLE_TEXT, sentence)
    Target.objects.filter(pk=members.pk).update(
        article=article, sentence=sentence, sentence_start=start, sentence_end=end
    )
    achievement = members.latest_achievement
    Achievement.objects.filter(pk=achievement.pk).update(
        article=article, sentence=sentence, sentence_start=start, sentence_end=end
    )
    start, end = span(ARTICLE_TEXT, "Có 19/25 chỉ tiêu đạt và vượt.")
    Scorecard.objects.filter(pk=scorecard.pk).update(article=article, sentence_start=start, sentence_end=end)
    article.resolutions.add(members.resolution)
    return article


@pytest.fixture
def commune(db, new_province) -> Unit:
    return Unit.objects.create(
        short_name="Tân Phú",
        kind=Unit.Kind.COMMUNE,
        system=Unit.System.FROM_2025,
        slug="tan-phu-vinh-long",
        parent=new_province,
    )


@pytest.fixture
def commune_resolution(db, commune) -> Resolution:
    resolution = Resolution.objects.create(unit=commune, kind="annual", start_year=2026, end_year=2026)
    Target.objects.create(
        resolution=resolution,
        theme_id="rural",
        indicator="xã đạt chuẩn nông thôn mới nâng cao",
        planned_value=Decimal(1),
        measure_unit="xã",
    )
    return resolution


@pytest.fixture
def admin_user(db) -> User:
    return User.objects.create_superuser("admin", "admin@example.org", "admin-pass-123")


@pytest.fixture
def editor_user(db) -> User:
    user = User.objects.create_user("editor", password="editor-pass-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Biên tập viên"))
    return user


@pytest.fixture
def viewer_user(db) -> User:
    user = User.objects.create_user("viewer", password="viewer-pass-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Người xem"))
    return user


@pytest.fixture
def staff_without_role(db) -> User:
    return User.objects.create_user("clerk", password="clerk-pass-123", is_staff=True)


@pytest.fixture
def admin_form_data() -> Callable[[Client, str], dict]:
    """What the browser would post back, unchanged, from an admin add or change page."""
    return admin_page_data


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="module")
def gazetteer(django_db_setup, django_db_blocker):
    """The whole gazetteer (load_units), loaded once for a test module and removed after it."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("load_units", stdout=open(os.devnull, "w"))
    yield
    with django_db_blocker.unblock():
        # Children before parents: units protect the units below them.
        Unit.objects.update(merged_into=None, province_after_reform=None)
        for level in (3, 2, 1):
            Unit.objects.filter(level=level).delete()
