"""The whole pipeline: scores on the shared annotated articles, an article we wrote, the command."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from extraction.pipeline import extract_document
from extraction.reader import read_bytes

SCORER_COPY = Path(__file__).resolve().parent / "scoring.py"
COPY_MARKER = "# --- copied from shared/tools/score_extraction.py ---\n"


def test_the_scorer_copy_is_the_formats_scorer(shared_dir):
    copied = SCORER_COPY.read_text(encoding="utf-8").split(COPY_MARKER, 1)[1]
    assert copied == (shared_dir / "tools" / "score_extraction.py").read_text(encoding="utf-8")


def test_the_sample_articles_score_above_the_bar(shared_dir, score_articles):
    f1, lines = score_articles(shared_dir / "seeds" / "articles", shared_dir / "gold" / "seeds.json")
    assert f1["targets"] >= 0.95 and f1["resolutions"] >= 0.95, lines
    assert f1["achievements"] == 1.0 and f1["scorecards"] == 1.0, lines
    theme, direction = (float(line.rsplit("=", 1)[1]) for line in lines[-2:])
    assert theme >= 0.95 and direction >= 0.95, lines


def test_the_development_set_scores_above_the_bar(shared_dir, score_articles):
    f1, lines = score_articles(shared_dir / "devset" / "articles", shared_dir / "devset" / "gold.json")
    assert min(f1.values()) >= 0.90, lines


ARTICLE = """Quỳnh Lưu: Phấn đấu hoàn thành 24 chỉ tiêu năm 2023

Thứ Sáu, 06/01/2023, 10:05 (GMT+7)

(BNA) - Ngày 5/1, Huyện ủy Quỳnh Lưu tổ chức hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023.

Năm 2022, huyện hoàn thành 19/22 chỉ tiêu, trong đó 7 chỉ tiêu vượt. Thu ngân sách đạt 415,3 tỷ đồng, bằng 121% dự toán. Toàn huyện kết nạp 310/300 đảng viên; giải ngân vốn đầu tư công đạt 97% kế hoạch.

Năm 2023, Huyện ủy đề ra 24 chỉ tiêu chủ yếu. Trong đó: tổng giá trị sản xuất tăng 9 - 10%; thu nhập bình quân đầu người đạt 62 triệu đồng; có thêm 3 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ hộ nghèo giảm 1,2%; kết nạp từ 300 đảng viên trở lên.

Hội nghị thống nhất chủ đề năm 2023 là “Đoàn kết - Kỷ cương - Bứt phá”.

Văn Thành

Chia sẻ bài viết
"""


def test_an_article_we_wrote_is_read_into_two_resolutions():
    article = extract_document(read_bytes(ARTICLE.encode(), "quynh-luu.txt")).to_json()
    assert article["published"] == "2023-01-06T10:05"
    by_year = {r["year"]: r for r in article["resolutions"]}
    assert set(by_year) == {2022, 2023}
    past, plan = by_year[2022], by_year[2023]
    assert (past["province"], past["district"]) == ("Nghệ An", "Quỳnh Lưu")
    assert [(s["total"], s["met_or_exceeded"], s["exceeded"]) for s in past["scorecards"]] == [(22, 19, 7)]
    assert {(a["value"], a["planned"], a["percent_of_plan"]) for a in past["achievements"]} == {
        (415.3, None, 121),
        (310, 300, None),
        (None, None, 97),
    }
    assert plan["target_count"] == 24 and plan["slogan"] == "Đoàn kết - Kỷ cương - Bứt phá"
    assert [(t["value"], t["value_max"], t["unit"], t["direction"], t["theme"]) for t in plan["targets"]] == [
        (9, 10, "%", "increase", "economy"),
        (62, None, "triệu đồng", "increase", "economy"),
        (3, None, "xã", "increase", "rural"),
        (1.2, None, "%", "decrease", "social"),
        (300, None, "đảng viên", "increase", "party"),
    ]
    target = plan["targets"][0]
    text = read_bytes(ARTICLE.encode(), "quynh-luu.txt").text
    assert text[target["start"] : target["end"]] == target["sentence"]


def test_the_command_prints_json_and_reports_unreadable_files(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError) as error:
        call_command("extract_articles", str(good), str(empty), "--format", "json")
    assert error.value.returncode == 1
    out, err = capsys.readouterr()
    payload = json.loads(out)
    assert payload["format"] == "resolution-extraction/1"
    assert [a["source_file"] for a in payload["articles"]] == ["good.txt"]
    assert "empty.txt: empty file" in err


def test_the_command_prints_a_readable_summary(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    call_command("extract_articles", str(good), "--format", "text")
    out = capsys.readouterr().out
    assert "[Quỳnh Lưu, Nghệ An] năm 2023" in out and "19/22 met or exceeded" in out
