"""Fixtures for the dashboard pages: signed-in clients, an article with highlighted sentences, many targets."""

import datetime
from decimal import Decimal

import pytest

from extraction.models import Article
from tracker.models import Achievement, Resolution, ReviewState, Scorecard, Target, Unit

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
def fast_password_hashing(settings):
    """Users are created in most tests; the real hasher would make each take a second."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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


@pytest.fixture
def article(db, targets, scorecard) -> Article:
    """An article whose sentences the targets, an achievement and the scorecard were read from."""
    article = Article.objects.create(
        title="Huyện ủy Chợ Lách tổng kết năm 2021", text=ARTICLE_TEXT, content_hash="a" * 64,
        published=datetime.datetime(2021, 1, 25, 6, 54, tzinfo=datetime.UTC),
    )
    members = targets[0]
    sentence = "huyện phát triển 62 đảng viên mới, đạt 103% NQ."
    start, end = span(ARTICLE_TEXT, sentence)
    Target.objects.filter(pk=members.pk).update(article=article, sentence=sentence, sentence_start=start,
                                                sentence_end=end)
    achievement = members.latest_achievement
    Achievement.objects.filter(pk=achievement.pk).update(article=article, sentence=sentence,
                                                         sentence_start=start, sentence_end=end)
    start, end = span(ARTICLE_TEXT, "Có 19/25 chỉ tiêu đạt và vượt.")
    Scorecard.objects.filter(pk=scorecard.pk).update(article=article, sentence_start=start, sentence_end=end)
    article.resolutions.add(members.resolution)
    return article


def add_targets(resolution: Resolution, count: int, *, theme_ids=("economy", "social", "party", "budget")) -> None:
    """Many targets with achieved values, written in bulk (status set as the services would)."""
    statuses = ["met", "exceeded", "nearly_met", "not_met", "no_data"]
    Target.objects.bulk_create([
        Target(resolution=resolution, theme_id=theme_ids[i % len(theme_ids)], indicator=f"chỉ tiêu số {i}",
               planned_value=Decimal(100), achieved_value=None if i % 5 == 4 else Decimal(80 + i % 40),
               completion=None if i % 5 == 4 else Decimal("0.9"), status=statuses[i % 5],
               measure_unit="%", search_text=f"chi tieu so {i} %", position=i)
        for i in range(count)
    ])


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
def commune(db, new_province) -> Unit:
    return Unit.objects.create(short_name="Tân Phú", kind=Unit.Kind.COMMUNE, system=Unit.System.FROM_2025,
                               slug="tan-phu-vinh-long", parent=new_province)


@pytest.fixture
def commune_resolution(db, commune) -> Resolution:
    resolution = Resolution.objects.create(unit=commune, kind="annual", start_year=2026, end_year=2026)
    Target.objects.create(resolution=resolution, theme_id="rural", indicator="xã đạt chuẩn nông thôn mới nâng cao",
                          planned_value=Decimal(1), measure_unit="xã")
    return resolution


@pytest.fixture
def extracted_target(db, resolution) -> Target:
    return Target.objects.create(resolution=resolution, theme_id="budget", indicator="thu ngân sách",
                                 planned_value=Decimal("10160.896"), measure_unit="tỷ đồng",
                                 review_state=ReviewState.EXTRACTED)
