"""An article of the 2025 structure is filed under its commune, and the commune's page shows it."""

from __future__ import annotations

import pytest

from extraction.pipeline import extract_document
from extraction.reader import read_text
from extraction.services import article_store, extraction_confirm
from tracker.models import Resolution, Target, Unit

pytestmark = pytest.mark.django_db

# Our own invented article: a commune's first congress of the new structure.
CONGRESS = """Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030

20/08/2025 - 08:00

Ngày 20/8, Đảng bộ xã Tân Phú (tỉnh Vĩnh Long) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đại hội thống nhất 18 chỉ tiêu chủ yếu. Đến năm 2030, phấn đấu thu nhập bình quân đầu người đạt 95 triệu đồng/người/năm; hằng năm kết nạp từ 30 đảng viên trở lên.
"""


def document(text: str):
    return read_text(text, "tan-phu-2025.txt")


@pytest.fixture
def tan_phu(db) -> Unit:
    province = Unit.objects.create(
        short_name="Vĩnh Long", kind=Unit.Kind.PROVINCE, system=Unit.System.FROM_2025, slug="vinh-long-2025"
    )
    Unit.objects.create(
        short_name="Vĩnh Long",
        kind=Unit.Kind.PROVINCE,
        system=Unit.System.BEFORE_2025,
        slug="vinh-long",
        province_after_reform=province,
    )
    return Unit.objects.create(
        short_name="Tân Phú",
        kind=Unit.Kind.COMMUNE,
        system=Unit.System.FROM_2025,
        slug="xa-tan-phu-vinh-long-2025",
        parent=province,
    )


def test_the_extraction_names_the_commune_and_its_province_among_the_34():
    resolutions = extract_document(document(CONGRESS)).to_json()["resolutions"]
    assert {(r["province"], r["district"], r["commune"]) for r in resolutions} == {("Vĩnh Long", None, "Tân Phú")}


def test_the_import_files_the_resolution_under_the_commune_of_2025(tan_phu):
    doc = document(CONGRESS)
    article_store(document=doc, extraction=extract_document(doc).to_json(), source_file="tan-phu-2025.txt")
    resolution = Resolution.objects.get()
    assert resolution.unit == tan_phu
    assert (resolution.kind, resolution.start_year, resolution.end_year) == ("term", 2025, 2030)


def test_the_communes_page_shows_the_imported_targets(tan_phu, client, django_user_model):
    doc = document(CONGRESS)
    article_store(document=doc, extraction=extract_document(doc).to_json(), source_file="tan-phu-2025.txt")
    client.force_login(django_user_model.objects.create_superuser("boss", "boss@example.com", "pw-123456"))
    page = client.get("/communes/xa-tan-phu-vinh-long-2025/").content.decode()
    assert "Xã Tân Phú" in page
    assert "Đang chờ duyệt, chưa được tính" in page  # unreviewed items are shown apart, not counted
    for target in Target.objects.filter(resolution__unit__slug="xa-tan-phu-vinh-long-2025"):
        extraction_confirm(item=target)
    page = client.get("/communes/xa-tan-phu-vinh-long-2025/").content.decode()
    assert "thu nhập bình quân đầu người" in page


def test_a_commune_the_tracker_lacks_is_added_under_the_province_of_2025_and_flagged(tan_phu):
    extraction = extract_document(document(CONGRESS)).to_json()
    extraction["resolutions"][0]["commune"] = "Tân Phú Mới"
    result = article_store(document=document(CONGRESS), extraction=extraction, source_file="x.txt")
    added = Unit.objects.get(short_name="Tân Phú Mới")
    assert (added.system, added.level, added.parent.slug) == ("2025", Unit.Level.COMMUNE, "vinh-long-2025")
    assert any("Tân Phú Mới" in reason for reason in result.review_reasons)


PROVINCE_2026 = """Tỉnh ủy Vĩnh Long đề ra 20 chỉ tiêu năm 2026

10/01/2026 - 08:00

BDK - Ngày 9/1, Tỉnh ủy Vĩnh Long tổ chức hội nghị triển khai nhiệm vụ năm 2026. Năm 2026, phấn đấu thu ngân sách đạt 15.000 tỷ đồng.
"""


def test_a_province_resolution_of_2026_is_filed_under_the_merged_province(tan_phu):
    doc = read_text(PROVINCE_2026, "vinh-long-2026.txt")
    extraction = extract_document(doc).to_json()
    assert [(r["province"], r["commune"], r["structure"]) for r in extraction["resolutions"]] == [
        ("Vĩnh Long", None, "2025")
    ]
    article_store(document=doc, extraction=extraction, source_file="vinh-long-2026.txt")
    assert Resolution.objects.get().unit.slug == "vinh-long-2025"
