"""Numbers and units as Vietnamese reports write them."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extraction.nlp.numbers import find_quantities, format_number, parse_number


@pytest.mark.parametrize(
    "text, value",
    [
        ("1.400", Decimal("1400")),
        ("59,9", Decimal("59.9")),
        ("10.160,896", Decimal("10160.896")),
        ("12", Decimal("12")),
        ("1.000.000", Decimal("1000000")),
        ("7.5", Decimal("7.5")),  # a point before one digit is a decimal point, not a thousands mark
    ],
)
def test_it_reads_vietnamese_numbers(text, value):
    assert parse_number(text) == value


@given(st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False, allow_infinity=False))
def test_any_number_written_the_vietnamese_way_parses_back_to_itself(value):
    assert parse_number(format_number(value)) == value


def quantities(text):
    return [(q.value, q.value_max, q.unit, q.ratio_of, q.bound) for q in find_quantities(text)]


def test_it_reads_a_range_with_a_hyphen_and_the_unit_after_it():
    assert quantities("tỷ lệ hộ nghèo giảm 1 - 1,5%") == [(1, Decimal("1.5"), "%", None, None)]
    assert quantities("tăng trưởng 8-9%/năm") == [(8, 9, "%/năm", None, None)]


def test_it_reads_bounds():
    assert quantities("có trên 90% hộ dân")[0][4] == "min"
    assert quantities("kết nạp từ 50 đảng viên trở lên")[0][4] == "min"
    assert quantities("giữ tỷ lệ dưới 2%")[0][4] == "max"


def test_it_reads_a_ratio_of_result_to_plan():
    assert quantities("kết nạp 120/100 đảng viên") == [(120, None, "đảng viên", 100, None)]
    assert quantities("thu đạt 1.250/1.100 tỷ đồng") == [(1250, None, "tỷ đồng", 1100, None)]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("đạt 72 triệu đồng/người/năm", "triệu đồng/người/năm"),
        ("xuất khẩu 350 triệu USD", "triệu usd"),
        ("đón 1,2 triệu lượt khách", "triệu lượt khách"),
        ("sản lượng 40.000 tấn", "tấn"),
        ("trồng 300 ha rừng", "ha"),
        ("xây dựng 4 xã", "xã"),
        ("sáp nhập 12 thôn", "thôn"),
        ("kết nạp 80 đảng viên", "đảng viên"),
        ("tạo việc làm cho 900 người", "người"),
        ("thu ngân sách 45,5 tỷ", "tỷ đồng"),
    ],
)
def test_units_are_normalised_to_lower_case(text, unit):
    assert quantities(text)[0][2] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Điện thoại 0272.3878.145",
        "ngày 20/12/2021",
        "hội nghị lần thứ 13",
        "nhiệm kỳ 2020 - 2025",
        "gồm 41 đồng chí",
        "có 250 đại biểu",
        "khen thưởng 18 tập thể, 27 cá nhân",
        "xếp thứ 2/8 huyện",
        "Nghị quyết số 14-NQ/HU",
    ],
)
def test_dates_phones_ordinals_and_people_elected_are_not_quantities(text):
    assert quantities(text) == []


def test_a_per_hectare_denominator_is_not_a_quantity():
    assert quantities("giá trị trên 1 ha đất canh tác đạt 150 triệu đồng") == [(150, None, "triệu đồng", None, None)]


def test_a_year_is_never_a_quantity():
    from extraction.nlp.numbers import find_quantities

    assert find_quantities("Đến năm 2025 xã Phú Lộc đạt chuẩn nông thôn mới nâng cao") == []


def test_units_real_reports_use_including_rates():
    from extraction.nlp.numbers import find_quantities

    cases = {
        "đạt 11 bác sĩ/vạn dân": (11, "bác sĩ/vạn dân"),
        "có 32 giường bệnh/vạn dân": (32, "giường bệnh/vạn dân"),
        "năng suất lúa đạt 6,2 tấn/ha": (Decimal("6.2"), "tấn/ha"),
        "cứng hóa 18 km đường giao thông": (18, "km"),
        "xây mới 12.000 m2 nhà ở": (12000, "m2"),
        "đón 1,8 triệu lượt khách": (Decimal("1.8"), "triệu lượt khách"),
        "thu 2.300 tỷ": (2300, "tỷ đồng"),
        "hỗ trợ 1.000.000 đồng": (1000000, "đồng"),
        "sản xuất 120 nghìn tấn": (120, "nghìn tấn"),
        "thành lập 9 hợp tác xã": (9, "hợp tác xã"),
        "thu hút 14 dự án": (14, "dự án"),
        "hoàn thành 30 công trình": (30, "công trình"),
        "giải quyết việc làm cho 2.600 lao động": (2600, "lao động"),
        "thêm 85 doanh nghiệp": (85, "doanh nghiệp"),
        "cấp 700 giấy chứng nhận": (700, "giấy chứng nhận"),
        "có 40 lượt người": (40, "lượt người"),
    }
    for text, (value, unit) in cases.items():
        found = find_quantities(text)
        assert [(q.value, q.unit) for q in found] == [(Decimal(value), unit)], text


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("diện tích gieo trồng đạt trên 3.200ha, bằng 101% kế hoạch", Decimal("3200"), "ha"),
        ("trồng mới 615ha rừng", Decimal("615"), "ha"),
        ("lương thực bình quân đạt 480kg/người/năm", Decimal("480"), "kg/người/năm"),
        ("tổng đàn trâu bò có 8.410con", Decimal("8410"), "con"),
        ("hiến 350m² đất làm đường", Decimal("350"), "m²"),
        ("nâng cấp 12,5km đường giao thông", Decimal("12.5"), "km"),
    ],
)
def test_a_unit_glued_to_its_number_is_read(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)][:1] == [(value, unit)]


def test_a_ratio_with_its_unit_glued_is_read():
    assert quantities("trồng rừng đạt 310,5/280ha") == [(Decimal("310.5"), None, "ha", 280, None)]


@pytest.mark.parametrize("text", ["đi theo Quốc lộ 1A về xã", "phủ sóng 5G toàn xã", "lúc 14h30 chiều"])
def test_letters_glued_to_a_number_that_are_no_unit_make_no_quantity(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("thu ngân sách đạt 120 nghìn 500 tỷ đồng", Decimal("120500"), "tỷ đồng"),
        ("giá trị sản xuất ước đạt 6.315 tỷ 450 triệu đồng", Decimal("6315.45"), "tỷ đồng"),
        ("mức hỗ trợ 4 triệu 500 nghìn đồng mỗi hộ", Decimal("4.5"), "triệu đồng"),
        ("thu hút 2 tỷ 50 triệu USD", Decimal("2.05"), "tỷ usd"),
        ("có 1 nghìn 250 người tham gia", Decimal("1250"), "người"),
    ],
)
def test_an_amount_written_in_two_parts_is_one_quantity_in_the_larger_multiplier(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("GRDP ước đạt 2,8 triệu tỉ đồng", Decimal("2.8"), "triệu tỷ đồng"),
        ("thu ngân sách ước đạt 1,9 triệu tỷ đồng", Decimal("1.9"), "triệu tỷ đồng"),
        ("vốn đầu tư đạt 420 nghìn tỉ đồng", Decimal("420"), "nghìn tỷ đồng"),
        ("xuất khẩu đạt 1,35 tỷ USD", Decimal("1.35"), "tỷ usd"),
        ("thu ngân sách đạt 650.000 tỉ đồng", Decimal("650000"), "tỷ đồng"),
    ],
)
def test_large_money_units_are_read_whichever_spelling_of_ty(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


def test_a_multiplier_before_a_count_that_is_no_money_is_not_an_amount_in_two_parts():
    assert [(q.value, q.unit) for q in find_quantities("từ 2 tỷ 3 xã")] == [(2, "tỷ đồng"), (3, "xã")]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("giá thu mua tăng từ 8.000 đến 25.000 đồng/kg", "đồng/kg"),
        ("giá trị đạt 140 triệu đồng/ha/năm", "triệu đồng/ha/năm"),
        ("thu nhập 6 triệu đồng/người/tháng", "triệu đồng/người/tháng"),
    ],
)
def test_money_per_unit_keeps_its_denominators(text, unit):
    assert find_quantities(text)[0].unit == unit


def test_a_total_is_a_count_but_a_document_number_is_not():
    assert quantities("Đảng bộ có 41 chi bộ, với tổng số 912 đảng viên.") == [
        (41, None, "chi bộ", None, None),
        (912, None, "đảng viên", None, None),
    ]
    assert quantities("theo Nghị quyết số 12 xã") == []
