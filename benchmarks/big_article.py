"""One invented article of a given number of items, with what the pipeline would read in it.

Issue 11's big article: thousands of number-heavy sentences in one text. The reading is built
with the text (each item's sentence and offsets), so the import measures the writing alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

THEMES = ["economy", "social", "party", "budget", "rural", "environment", "defence", "culture", "other"]
MEASURES = [
    ("tỷ lệ hộ dùng nước sạch", "%"),
    ("thu ngân sách trên địa bàn", "tỷ đồng"),
    ("kết nạp đảng viên mới", "đảng viên"),
    ("xã đạt chuẩn nông thôn mới", "xã"),
    ("tỷ lệ che phủ rừng", "%"),
    ("lao động được tạo việc làm", "lao động"),
]


@dataclass
class BigDocument:
    """What extraction.reader gives: title, published, text and content hash."""

    title: str
    published: str | None
    text: str
    content_hash: str


def big_article(
    items: int, *, province: str = "Bến Tre", district: str = "Chợ Lách", year: int = 2024
) -> tuple[BigDocument, dict]:
    """A document of about `items` items (targets, results on them, scorecards) and its reading."""
    title = f"Huyện ủy {district} đề ra {items} chỉ tiêu năm {year}"
    lines, targets, achievements, scorecards = [title, f"05/01/{year} - 07:30"], [], [], []
    offset = sum(len(line) + 1 for line in lines)

    def sentence(text: str) -> tuple[str, int, int]:
        nonlocal offset
        start = offset
        lines.append(text)
        offset += len(text) + 1
        return text, start, start + len(text)

    for n in range(items):
        indicator, unit = MEASURES[n % len(MEASURES)]
        indicator = f"{indicator} khu vực {n // len(MEASURES) + 1}"
        theme = THEMES[n % len(THEMES)]
        kind = n % 20
        if kind < 14:  # a target
            value = 10 + n % 90
            text, start, end = sentence(f"Phấn đấu {indicator} đạt {value} {unit}.")
            targets.append(
                {
                    "indicator": indicator,
                    "value": value,
                    "unit": unit,
                    "direction": "increase",
                    "theme": theme,
                    "sentence": text,
                    "start": start,
                    "end": end,
                }
            )
        elif kind < 19:  # a result on the target read just before it
            value = 9 + n % 90
            previous = MEASURES[(n - 1) % len(MEASURES)]
            indicator = f"{previous[0]} khu vực {(n - 1) // len(MEASURES) + 1}"
            text, start, end = sentence(f"Năm {year - 1}, {indicator} đạt {value} {previous[1]}, đạt 95% kế hoạch.")
            achievements.append(
                {
                    "indicator": indicator,
                    "value": value,
                    "percent_of_plan": 95,
                    "unit": previous[1],
                    "theme": THEMES[(n - 1) % len(THEMES)],
                    "sentence": text,
                    "start": start,
                    "end": end,
                }
            )
        else:  # a scorecard
            total = 20 + n % 400
            text, start, end = sentence(f"Có {total - 3}/{total} chỉ tiêu đạt và vượt kế hoạch.")
            scorecards.append(
                {"total": total, "met_or_exceeded": total - 3, "sentence": text, "start": start, "end": end}
            )
    text = "\n".join(lines)
    document = BigDocument(title, f"{year}-01-05T07:30", text, hashlib.sha256(text.encode()).hexdigest())
    reading = {
        "title": title,
        "resolutions": [
            {
                "province": province,
                "district": district,
                "kind": "annual",
                "year": year,
                "term": None,
                "target_count": len(targets),
                "targets": targets,
                "achievements": [],
                "scorecards": [],
            },
            {
                "province": province,
                "district": district,
                "kind": "annual",
                "year": year - 1,
                "term": None,
                "targets": [],
                "achievements": achievements,
                "scorecards": scorecards,
            },
        ],
    }
    return document, reading


def items_in(reading: dict) -> int:
    return sum(
        len(r.get(key) or [])
        for r in reading.get("resolutions") or []
        for key in ("targets", "achievements", "scorecards")
    )
