"""Themes and directions come from the indicator's words."""

import pytest

from extraction.nlp.direction import direction_of
from extraction.nlp.numbers import find_quantities
from extraction.nlp.themes import theme_of


@pytest.mark.parametrize(
    "indicator, theme",
    [
        ("kết nạp đảng viên mới", "party"),
        ("tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "party"),
        ("tổng thu ngân sách nhà nước trên địa bàn", "budget"),
        ("giải ngân vốn đầu tư công", "budget"),
        ("tốc độ tăng trưởng GRDP", "economy"),
        ("kim ngạch xuất khẩu hàng hóa", "economy"),
        ("số xã đạt chuẩn nông thôn mới kiểu mẫu", "rural"),
        ("sản lượng lương thực có hạt", "rural"),
        ("đưa người lao động đi làm việc ở nước ngoài", "labour"),
        ("tỷ lệ lao động qua đào tạo nghề", "labour"),
        ("tỷ lệ hộ nghèo theo chuẩn đa chiều", "social"),
        ("tỷ lệ người dân tham gia bảo hiểm y tế", "social"),
        ("hoàn thành chỉ tiêu tuyển quân", "security"),
        ("tỷ lệ dân cư nông thôn dùng nước sạch", "environment"),
        ("tỷ lệ che phủ rừng", "environment"),
        ("số hội nghị đã tổ chức", "other"),
    ],
)
def test_the_theme_comes_from_the_indicator(indicator, theme):
    assert theme_of(indicator) == theme


def test_tone_mark_placement_does_not_change_the_theme():
    assert theme_of("tỷ lệ đô thị hoá") == theme_of("tỷ lệ đô thị hóa") == "economy"


@pytest.mark.parametrize(
    "clause, direction",
    [
        ("phát triển 50 đảng viên mới", "increase"),
        ("giảm tỷ lệ hộ nghèo còn 3%", "decrease"),
        ("tỷ lệ hộ nghèo 2%", "decrease"),
        ("tỷ lệ tăng dân số tự nhiên dưới 1%", "decrease"),
        ("công nghiệp - xây dựng chiếm 40%", None),
        ("duy trì tỷ lệ che phủ rừng 50%", "increase"),  # a level to keep: judged at least
    ],
)
def test_the_direction_comes_from_the_wording(clause, direction):
    quantities = find_quantities(clause)
    assert direction_of(clause, quantities[0] if quantities else None) == direction
