"""Deterministic, invented Vietnamese articles in the style of provincial Party newspapers.

Every article has a title, a date line, a lead naming the unit, and then one of four bodies: a new
annual resolution's targets, a quarterly or half-year review of results against the plan, a year-end
review with a scorecard ("đạt và vượt 16/19 chỉ tiêu"), or a congress adopting the term's targets.
Names of places are real; every figure is invented from the seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

PLACES: list[tuple[str, list[str]]] = [
    ("Bến Tre", ["Chợ Lách", "Mỏ Cày Nam", "Giồng Trôm", "Ba Tri", "Thạnh Phú"]),
    ("Thái Bình", ["Hưng Hà", "Đông Hưng", "Quỳnh Phụ", "Tiền Hải", "Kiến Xương"]),
    ("Đắk Lắk", ["Krông Pắc", "Ea Kar", "Cư M'gar", "Krông Năng", "Lắk"]),
    ("Sơn La", ["Mộc Châu", "Mai Sơn", "Yên Châu", "Sông Mã", "Thuận Châu"]),
    ("Thanh Hóa", ["Thạch Thành", "Hoằng Hóa", "Nga Sơn", "Triệu Sơn", "Thọ Xuân"]),
    ("Long An", ["Cần Giuộc", "Đức Hòa", "Bến Lức", "Tân Trụ", "Thạnh Hóa"]),
    ("Hà Tĩnh", ["Hương Khê", "Can Lộc", "Thạch Hà", "Cẩm Xuyên", "Đức Thọ"]),
    ("Phú Thọ", ["Tam Nông", "Thanh Sơn", "Lâm Thao", "Cẩm Khê", "Đoan Hùng"]),
    ("Bắc Giang", ["Lục Ngạn", "Yên Thế", "Lạng Giang", "Hiệp Hòa", "Tân Yên"]),
    ("Nghệ An", ["Diễn Châu", "Yên Thành", "Nghĩa Đàn", "Anh Sơn", "Thanh Chương"]),
    ("Quảng Nam", ["Đại Lộc", "Duy Xuyên", "Thăng Bình", "Núi Thành", "Quế Sơn"]),
    ("An Giang", ["Chợ Mới", "Thoại Sơn", "Châu Phú", "Tri Tôn", "Phú Tân"]),
    ("Nam Định", ["Hải Hậu", "Giao Thủy", "Xuân Trường", "Ý Yên", "Nghĩa Hưng"]),
    ("Gia Lai", ["Chư Sê", "Đak Đoa", "Ia Grai", "Chư Prông", "Mang Yang"]),
    ("Vĩnh Long", ["Long Hồ", "Mang Thít", "Tam Bình", "Trà Ôn", "Vũng Liêm"]),
    ("Tuyên Quang", ["Hàm Yên", "Chiêm Hóa", "Sơn Dương", "Yên Sơn", "Na Hang"]),
]


@dataclass(frozen=True)
class Measure:
    text: str
    unit: str
    low: float
    high: float
    decimals: int = 0
    fewer_is_better: bool = False


MEASURES = [
    Measure("tốc độ tăng trưởng giá trị sản xuất", "%", 6, 13, 1),
    Measure("thu nhập bình quân đầu người", "triệu đồng", 45, 110),
    Measure("tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 120, 3000, 1),
    Measure("tổng vốn đầu tư toàn xã hội", "tỷ đồng", 900, 9000),
    Measure("giá trị sản xuất công nghiệp", "tỷ đồng", 1500, 30000),
    Measure("kim ngạch xuất khẩu", "triệu USD", 20, 900),
    Measure("tỷ lệ hộ nghèo", "%", 1, 5, 2, fewer_is_better=True),
    Measure("tỷ lệ lao động qua đào tạo", "%", 60, 80, 1),
    Measure("giải quyết việc làm mới cho", "lao động", 800, 4000),
    Measure("tỷ lệ dân số tham gia bảo hiểm y tế", "%", 88, 96, 1),
    Measure("tỷ lệ hộ dân sử dụng nước sạch", "%", 70, 99, 1),
    Measure("tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", 75, 98, 1),
    Measure("kết nạp", "đảng viên mới", 40, 250),
    Measure("tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", 80, 95),
    Measure("số xã đạt chuẩn nông thôn mới nâng cao", "xã", 1, 8),
    Measure("số trường đạt chuẩn quốc gia", "trường", 3, 30),
    Measure("tỷ lệ che phủ rừng", "%", 10, 60, 1),
    Measure("sản lượng lương thực", "tấn", 20000, 400000),
    Measure("lượt khách du lịch", "lượt khách", 50000, 2000000),
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
REVIEWS = [("quý I", 4, "3 tháng"), ("6 tháng đầu năm", 7, "6 tháng"), ("9 tháng", 10, "9 tháng")]
FILLER = [
    "Hội nghị đã nghe báo cáo tình hình thực hiện nhiệm vụ chính trị và thảo luận, đóng góp nhiều ý kiến tâm huyết.",
    "Phát biểu kết luận, đồng chí Bí thư yêu cầu các cấp ủy, chính quyền tập trung tháo gỡ khó khăn, vướng mắc.",
    "Công tác xây dựng Đảng và hệ thống chính trị tiếp tục được quan tâm; khối đại đoàn kết toàn dân được củng cố.",
    "Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm.",
    "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế như giải ngân vốn đầu tư công còn chậm, thời tiết diễn biến bất thường.",
    "Các đại biểu đã tập trung thảo luận, làm rõ nguyên nhân của những tồn tại, hạn chế và đề ra giải pháp khắc phục.",
]


@dataclass(frozen=True)
class GeneratedArticle:
    name: str  # file name, unique
    text: str


def vn_number(value: float, decimals: int = 0) -> str:
    """1234567.5 -> "1.234.567,5" (Vietnamese separators)."""
    whole, _, frac = f"{value:,.{decimals}f}".partition(".")
    whole = whole.replace(",", ".")
    return f"{whole},{frac}" if decimals and frac.strip("0") else whole


def _value(rng: random.Random, m: Measure) -> float:
    return round(rng.uniform(m.low, m.high), m.decimals)


def _amount(m: Measure, value: float) -> str:
    number = vn_number(value, m.decimals)
    return f"{number}%" if m.unit == "%" else f"{number} {m.unit}"


def _subject(m: Measure) -> str:
    return m.text.removesuffix(" cho") if m.text.startswith("giải quyết") else m.text


def _phrase(m: Measure, value: float) -> str:
    number = vn_number(value, m.decimals)
    if m.unit == "%":
        return f"{m.text} {'giảm còn dưới' if m.fewer_is_better else 'đạt'} {number}%"
    if m.text.startswith(("kết nạp", "giải quyết")):
        return f"{m.text} {number} {m.unit}"
    return f"{m.text} đạt {number} {m.unit}"


def _header(rng: random.Random, title: str, year: int, month: int) -> list[str]:
    day = rng.randint(1, 28)
    weekday = WEEKDAYS[rng.randrange(7)]
    return [
        title,
        f"{weekday}, {day:02d}/{month:02d}/{year}, {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d} (GMT+7)",
    ]


def _annual(rng, province, district, year, measures) -> list[str]:
    lines = _header(rng, f"Huyện ủy {district} ban hành Nghị quyết về nhiệm vụ năm {year}", year - 1, 12)
    lines.append(
        f"Ban Chấp hành Đảng bộ huyện {district} (tỉnh {province}) vừa tổ chức Hội nghị lần thứ "
        f"{rng.randint(8, 24)}, thảo luận và thống nhất ban hành Nghị quyết về nhiệm vụ năm {year}."
    )
    lines.append(rng.choice(FILLER))
    lines.append(f"Năm {year}, huyện phấn đấu thực hiện đạt và vượt {len(measures)} chỉ tiêu chủ yếu:")
    for i, m in enumerate(measures, start=1):
        lines.append(f"{i}. {_phrase(m, _value(rng, m)).capitalize()}.")
    lines.append(rng.choice(FILLER))
    return lines


def _review(rng, province, district, year, measures) -> list[str]:
    label, month, short = rng.choice(REVIEWS)
    lines = _header(rng, f"{district}: sơ kết {label} năm {year}", year, month)
    lines[1] = lines[1].replace(lines[1].split(", ")[1], f"{rng.randint(21, 28):02d}/{month:02d}/{year}")
    lines.append(
        f"Ngày {rng.randint(1, 20)}/{month}, Huyện ủy {district}, tỉnh {province} tổ chức hội nghị sơ kết "
        f"tình hình thực hiện Nghị quyết {label} và triển khai nhiệm vụ những tháng còn lại năm {year}."
    )
    for m in measures:
        planned = _value(rng, m)
        share = rng.uniform(0.45, 1.1)
        achieved = round(planned * share, m.decimals)
        lines.append(
            f"{short}, {_subject(m)} ước đạt {_amount(m, achieved)}, bằng "
            f"{vn_number(share * 100, 1)}% kế hoạch năm (kế hoạch {_amount(m, planned)})."
        )
    lines.append(rng.choice(FILLER))
    return lines


def _year_end(rng, province, district, year, measures) -> list[str]:
    lines = _header(rng, f"Đảng bộ huyện {district} tổng kết công tác năm {year}", year, 12)
    total = len(measures) + rng.randint(4, 12)
    met = rng.randint(total // 2, total)
    exceeded = rng.randint(0, met)
    lines.append(
        f"Hội nghị Ban Chấp hành Đảng bộ huyện {district} (tỉnh {province}) đánh giá, năm {year} "
        f"huyện đã thực hiện đạt và vượt {met}/{total} chỉ tiêu Nghị quyết đề ra, trong đó "
        f"{exceeded} chỉ tiêu vượt kế hoạch."
    )
    for m in measures:
        planned = _value(rng, m)
        achieved = round(planned * rng.uniform(0.7, 1.25), m.decimals)
        verdict = "vượt" if (achieved < planned if m.fewer_is_better else achieved > planned) else "chưa đạt"
        lines.append(
            f"Cụ thể, {_subject(m)} đạt {_amount(m, achieved)}, {verdict} chỉ tiêu Nghị quyết ({_amount(m, planned)})."
        )
    lines.append(rng.choice(FILLER))
    lines.append(f"Hội nghị thống nhất chủ đề năm {year + 1}: “Đoàn kết, kỷ cương, đổi mới, phát triển”.")
    return lines


def _congress(rng, province, district, year, measures) -> list[str]:
    lines = _header(rng, f"Đại hội Đảng bộ huyện {district} nhiệm kỳ 2020 - 2025 thành công tốt đẹp", 2020, 7)
    lines.append(
        f"Đảng bộ huyện {district}, tỉnh {province} tổ chức Đại hội đại biểu lần thứ "
        f"{rng.choice(['XX', 'XXI', 'XXII', 'XIII'])}, nhiệm kỳ 2020 - 2025, với "
        f"{rng.randint(180, 300)} đại biểu chính thức."
    )
    lines.append(rng.choice(FILLER))
    lines.append(f"Đại hội thống nhất {len(measures)} chỉ tiêu chủ yếu đến năm 2025:")
    for i, m in enumerate(measures, start=1):
        lines.append(f"{i}. {_phrase(m, _value(rng, m)).capitalize()}.")
    lines.append(f"Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa mới gồm {rng.randint(33, 45)} đồng chí.")
    return lines


BODIES = [_annual, _review, _year_end, _congress]


def generate_articles(count: int, *, seed: int = 2025) -> list[GeneratedArticle]:
    """`count` invented articles, the same ones for the same seed."""
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        province, districts = PLACES[rng.randrange(len(PLACES))]
        district = rng.choice(districts)
        year = rng.randint(2021, 2025)
        measures = rng.sample(MEASURES, rng.randint(5, 14))
        body = BODIES[n % len(BODIES)] if n < len(BODIES) else rng.choice(BODIES)
        lines = body(rng, province, district, year, measures)
        lines.append(rng.choice(["Minh Anh", "Hoàng Nam", "Thu Hà", "Quốc Bảo", "Lan Phương"]))
        articles.append(GeneratedArticle(f"bench-{n:04d}-{body.__name__.strip('_')}.txt", "\n\n".join(lines) + "\n"))
    return articles


def articles_write(folder: Path, count: int, *, seed: int = 2025) -> list[Path]:
    """Write the generated articles as UTF-8 .txt files into `folder` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in generate_articles(count, seed=seed):
        path = folder / article.name
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths
