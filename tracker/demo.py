"""Synthetic, deterministic demo data at small or national scale (generate_demo_data).

Two structures, as the country has them: before 1 July 2025 the provinces and districts with the
2020–2025 term and the years 2021–2025; from 1 July 2025 the 34 provinces and their communes, wards
and special zones with the 2025–2030 term and the year 2026, with results reported up to
RESULTS_UNTIL. Every resolution it writes has is_synthetic=True, and pages show that flag. A unit and
period that already hold a real resolution are left alone.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import OuterRef, Subquery

from tracker.models import Achievement, DataStamp, PeriodPart, Resolution, ReviewState, Scorecard, Target, Unit
from tracker.models.resolutions import progress_today
from tracker.status import Judged, Status
from tracker.text import fold

TERM = (2020, 2025)
YEARS = range(2021, 2026)
# The structure from 1 July 2025: the running term and year, results reported so far.
TERM_2025 = (2025, 2030)
YEAR_2026 = 2026
RESULTS_UNTIL = datetime.date(2026, 10, 31)
# Commune committees set fewer targets than district ones: ~22 a resolution, ~147,000 in all.
COMMUNE_TARGETS_LESS = 5


@dataclass(frozen=True)
class Indicator:
    theme: str
    text: str
    unit: str
    low: float
    high: float
    direction: str = "increase"
    judged: str = Judged.AT_LEAST
    decimals: int = 0


CATALOGUE = [
    Indicator("party", "kết nạp đảng viên mới", "đảng viên", 40, 250),
    Indicator("party", "tỷ lệ chi bộ đạt trong sạch, vững mạnh", "%", 75, 95, decimals=1),
    Indicator("party", "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "%", 80, 95, decimals=1),
    Indicator("party", "tỷ lệ đảng viên vi phạm bị xử lý kỷ luật", "%", 1, 3, "decrease", Judged.AT_MOST, 1),
    Indicator("economy", "tốc độ tăng trưởng giá trị sản xuất", "%", 6, 14, decimals=2),
    Indicator("economy", "thu nhập bình quân đầu người", "triệu đồng/người/năm", 45, 110),
    Indicator("economy", "tổng vốn đầu tư toàn xã hội", "tỷ đồng", 800, 9000),
    Indicator("economy", "giá trị sản xuất công nghiệp", "tỷ đồng", 1500, 30000),
    Indicator("economy", "kim ngạch xuất khẩu", "triệu usd", 20, 900),
    Indicator("economy", "tỷ trọng dịch vụ trong cơ cấu kinh tế", "%", 25, 45, "none", decimals=1),
    Indicator("budget", "tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 60, 3000, decimals=1),
    Indicator("budget", "thu ngân sách từ thuế, phí", "tỷ đồng", 30, 1500, decimals=1),
    Indicator("rural", "số xã đạt chuẩn nông thôn mới", "xã", 2, 14),
    Indicator("rural", "số xã đạt chuẩn nông thôn mới nâng cao", "xã", 1, 8),
    Indicator("rural", "số xã đạt chuẩn nông thôn mới kiểu mẫu", "xã", 1, 4),
    Indicator("rural", "diện tích cây trồng ứng dụng công nghệ cao", "ha", 200, 3000),
    Indicator("labour", "giải quyết việc làm mới", "người", 800, 4000),
    Indicator("labour", "tỷ lệ lao động qua đào tạo", "%", 60, 80, decimals=1),
    Indicator("labour", "người đi làm việc ở nước ngoài theo hợp đồng", "người", 50, 600),
    Indicator("social", "tỷ lệ hộ nghèo", "%", 1, 5, "decrease", Judged.AT_MOST, 2),
    Indicator("social", "tỷ lệ dân số tham gia bảo hiểm y tế", "%", 88, 96, decimals=1),
    Indicator("social", "số trường đạt chuẩn quốc gia", "trường", 3, 30),
    Indicator("social", "số bác sĩ trên một vạn dân", "bác sĩ", 8, 14, decimals=1),
    Indicator("security", "tuyển chọn và gọi công dân nhập ngũ đạt chỉ tiêu", "%", 100, 100),
    Indicator("security", "tỷ lệ xã, phường đạt chuẩn an toàn về an ninh trật tự", "%", 70, 95),
    Indicator("environment", "tỷ lệ hộ dân sử dụng nước sạch", "%", 70, 99, decimals=1),
    Indicator("environment", "tỷ lệ chất thải rắn sinh hoạt được thu gom", "%", 75, 98, decimals=1),
    Indicator("environment", "tỷ lệ che phủ rừng", "%", 10, 60, "none", decimals=1),
    Indicator("other", "số thủ tục hành chính được giải quyết trực tuyến", "%", 60, 95),
    Indicator("party", "tỷ lệ đảng viên được đánh giá hoàn thành tốt nhiệm vụ", "%", 80, 95, decimals=1),
    Indicator("economy", "sản lượng lương thực", "tấn", 20000, 400000),
    Indicator("economy", "lượt khách du lịch", "lượt khách", 50000, 2000000),
    Indicator("rural", "số thôn, ấp đạt chuẩn nông thôn mới kiểu mẫu", "thôn", 5, 40),
    Indicator(
        "social", "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", 5, 15, "decrease", Judged.AT_MOST, 1
    ),
    Indicator("environment", "tỷ lệ chất thải rắn y tế được xử lý", "%", 95, 100),
]
PARTS = [(PeriodPart.Q1, 3, 31), (PeriodPart.H1, 6, 30), (PeriodPart.M9, 9, 30), (PeriodPart.YEAR, 12, 31)]


@dataclass
class DemoReport:
    units: int = 0
    resolutions: int = 0
    targets: int = 0
    achievements: int = 0
    scorecards: int = 0
    skipped: int = 0


SMALL_PROVINCE = "ben-tre"
# The smallest province of 2025 (38 communes and wards): the commune pages at small scale.
SMALL_PROVINCE_2025 = "lai-chau-2025"


def demo_units(scale: str) -> list[Unit]:
    """Small: one province and its districts. National: every province and district before 2025."""
    qs = Unit.objects.before_reform().filter(level__in=[1, 2]).exclude(origin=Unit.Origin.DISSOLVED)
    if scale == "small":
        qs = qs.filter(slug=SMALL_PROVINCE) | qs.filter(parent__slug=SMALL_PROVINCE)
    return list(qs.order_by("level", "slug"))


def demo_units_2025(scale: str) -> list[Unit]:
    """Small: one 2025 province and its communes. National: the 34 provinces and every commune,
    ward and special zone from 1 July 2025."""
    qs = (
        Unit.objects.from_reform()
        .filter(level__in=[Unit.Level.PROVINCE, Unit.Level.COMMUNE])
        .exclude(origin=Unit.Origin.DISSOLVED)
    )
    if scale == "small":
        qs = qs.filter(slug=SMALL_PROVINCE_2025) | qs.filter(parent__slug=SMALL_PROVINCE_2025)
    return list(qs.order_by("level", "slug"))


def _number(rng: random.Random, unit: Unit) -> str:
    committee = {Unit.Level.PROVINCE: "TU", Unit.Level.DISTRICT: "HU"}.get(unit.level, "ĐU")
    return f"{rng.randint(1, 60):02d}-NQ/{committee}"


@transaction.atomic
def demo_data_generate(*, scale: str, seed: int = 20250701, targets_per_resolution: int = 27) -> DemoReport:
    """Write synthetic resolutions, targets, achievements and scorecards for every unit of the scale."""
    if scale not in {"small", "national"}:
        raise ValueError(f"scale must be 'small' or 'national', not {scale!r}")
    rng = random.Random(seed)
    report = DemoReport()
    units, units_2025 = demo_units(scale), demo_units_2025(scale)
    if not units or not units_2025:
        raise ValueError("no units: run `python manage.py load_units` first")
    report.units = len(units) + len(units_2025)
    taken = set(Resolution.objects.values_list("unit_id", "kind", "start_year", "end_year"))
    structures = [
        (units, [("term", *TERM)] + [("annual", y, y) for y in YEARS], targets_per_resolution),
        (
            units_2025,
            [("term", *TERM_2025), ("annual", YEAR_2026, YEAR_2026)],
            max(5, targets_per_resolution - COMMUNE_TARGETS_LESS),
        ),
    ]
    for structure_units, periods, per_resolution in structures:
        resolutions = []
        for unit in structure_units:
            for kind, start, end in periods:
                if (unit.pk, kind, start, end) in taken:
                    report.skipped += 1
                    continue
                resolutions.append(
                    Resolution(
                        unit=unit,
                        kind=kind,
                        start_year=start,
                        end_year=end,
                        is_synthetic=True,
                        declared_target_count=per_resolution,
                        number=_number(rng, unit),
                    )
                )
        Resolution.objects.bulk_create(resolutions, batch_size=1000)
        report.resolutions += len(resolutions)
        for chunk_start in range(0, len(resolutions), 400):
            _fill(resolutions[chunk_start : chunk_start + 400], rng, per_resolution, report)
    DataStamp.touch()  # bulk writes send no signals
    # Fresh planner statistics after the bulk write: without them SQLite takes the review_state index as
    # selective and reads every confirmed target for one unit's page (200+ ms at national scale).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return report


def _fill(resolutions: list[Resolution], rng: random.Random, per_resolution: int, report: DemoReport) -> None:
    targets, plans, scorecards = [], [], []
    today = progress_today()
    for resolution in resolutions:
        count = max(5, per_resolution + rng.randint(-3, 3))
        count = min(count, len(CATALOGUE))
        chosen = rng.sample(CATALOGUE, count)
        met = 0
        for position, indicator in enumerate(chosen):
            planned = _round(rng.uniform(indicator.low, indicator.high), indicator.decimals)
            history = _history(rng, resolution, indicator, planned)
            target = Target(
                resolution=resolution,
                theme_id=indicator.theme,
                indicator=indicator.text,
                planned_value=planned,
                measure_unit=indicator.unit,
                direction=indicator.direction,
                judged=indicator.judged,
                position=position,
                review_state=ReviewState.CONFIRMED,
                search_text=fold(f"{indicator.text} {indicator.unit}"),
            )
            achievements = [
                Achievement(
                    target=target,
                    as_of=as_of,
                    value=value,
                    period=part,
                    source=Achievement.Source.STAFF,
                    review_state=ReviewState.CONFIRMED,
                    note="synthetic",
                )
                for as_of, value, part in history
            ]
            # The same rule as every saved target (the configured margin included); the latest
            # achievement is pointed at once the rows exist.
            target.apply_progress(achievements, today=today)
            target.latest_achievement = None
            met += target.status in (Status.MET, Status.EXCEEDED)
            targets.append(target)
            plans.append(achievements)
        if resolution.end_year < YEAR_2026:  # a period that is over has its committee's scorecard
            scorecards.append(
                Scorecard(
                    resolution=resolution,
                    as_of=datetime.date(resolution.end_year, 12, 31),
                    total=count,
                    met_or_exceeded=met,
                    exceeded=rng.randint(0, met),
                    review_state=ReviewState.CONFIRMED,
                )
            )
    Target.objects.bulk_create(targets, batch_size=2000)
    achievements = [achievement for history in plans for achievement in history]
    Achievement.objects.bulk_create(achievements, batch_size=2000)
    Scorecard.objects.bulk_create(scorecards, batch_size=1000)
    latest = Achievement.objects.filter(target=OuterRef("pk")).order_by("-as_of", "-id").values("pk")[:1]
    Target.objects.filter(resolution__in=resolutions).update(latest_achievement=Subquery(latest))
    report.targets += len(targets)
    report.achievements += len(achievements)
    report.scorecards += len(scorecards)


def _history(rng: random.Random, resolution: Resolution, indicator: Indicator, planned: Decimal):
    """1–6 dated achieved values drifting towards a final share of the plan between 70% and 125%.

    A running period (the 2025–2030 term, the year 2026) only has the results reported by RESULTS_UNTIL:
    the term's first year and this year's half and nine months; the year's quarter to October."""
    if resolution.kind == "term":
        dates = [(datetime.date(y, 12, 31), PeriodPart.YEAR) for y in range(resolution.start_year + 1, 2026)]
        if resolution.start_year == TERM_2025[0]:
            dates = [
                (datetime.date(2025, 12, 31), PeriodPart.YEAR),
                (datetime.date(YEAR_2026, 6, 30), PeriodPart.H1),
                (datetime.date(YEAR_2026, 9, 30), PeriodPart.M9),
            ]
    else:
        dates = [(datetime.date(resolution.start_year, m, d), part) for part, m, d in PARTS]
        dates += [(datetime.date(resolution.start_year, m, d), PeriodPart.OTHER) for m, d in ((4, 30), (10, 31))]
        dates.sort()
    dates = [(as_of, part) for as_of, part in dates if as_of <= RESULTS_UNTIL]
    count = rng.randint(1, min(6, len(dates)))
    dates = dates[-count:] if rng.random() < 0.8 else dates[:count]
    final_share = rng.uniform(0.7, 1.25)
    if indicator.judged == Judged.AT_MOST:
        final_share = 1 / final_share
    history = []
    for i, (as_of, part) in enumerate(dates, start=1):
        share = final_share * (0.6 + 0.4 * i / count) if indicator.direction == "increase" else final_share
        history.append((as_of, _round(float(planned) * share, indicator.decimals), part))
    return history


def _round(value: float, decimals: int) -> Decimal:
    return Decimal(str(round(value, decimals)))
