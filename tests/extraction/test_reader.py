"""Reading article files: encodings, markup, title and date, page furniture, bad input."""

import pytest

from extraction.reader import ReadError, parse_published, read_bytes, read_document

ARTICLE = "Huyện ủy Tân Kỳ đề ra 25 chỉ tiêu\n\n12/01/2023 - 07:30\n\nHuyện ủy Tân Kỳ đề ra 25 chỉ tiêu năm 2023.\n"


def test_it_reads_utf8_with_and_without_bom_and_utf16():
    for data in (ARTICLE.encode("utf-8"), b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE.encode("utf-16")):
        doc = read_bytes(data, "a.txt")
        assert doc.title == "Huyện ủy Tân Kỳ đề ra 25 chỉ tiêu"
        assert doc.published == "2023-01-12T07:30"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("25/01/2021 - 06:54", "2021-01-25T06:54"),
        ("Cập nhật ngày: 08/12/2021 - 19:58", "2021-12-08T19:58"),
        ("Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "2020-10-15T16:21"),
        ("01:50, 15/12/2020", "2020-12-15T01:50"),
        ("Chủ Nhật, 17/09/2023, 20:05 [GMT+7]", "2023-09-17T20:05"),
        ("11/08/2022 14:10 | Kinh tế - Xã hội", "2022-08-11T14:10"),
    ],
)
def test_it_reads_the_date_line_in_its_many_shapes(line, expected):
    assert parse_published(line) == expected
    doc = read_bytes(f"Tiêu đề bài viết\n{line}\nNội dung bài viết có số liệu.".encode(), "a.txt")
    assert doc.published == expected
    assert line not in doc.text


def test_it_drops_page_furniture_bylines_and_doubled_captions():
    text = (
        "Tiêu đề\n10/02/2022 - 08:00\nĐoạn mở đầu có nội dung.\nNông dân thu hoạch lúa.\n"
        "Nông dân thu hoạch lúa. Ảnh: Văn Tú\nĐoạn thứ hai có nội dung.\nBài, ảnh: Văn Tú\n"
        "Chia sẻ bài viết\nBÌNH LUẬN\nCác tin khác\nTin khác không liên quan.\n"
    )
    doc = read_bytes(text.encode(), "a.txt")
    assert doc.text == "Tiêu đề\nĐoạn mở đầu có nội dung.\nĐoạn thứ hai có nội dung."


def test_it_strips_html_with_a_parser_and_drops_scripts_and_navigation():
    html = (
        "<html><head><title>Trang</title><script>var a = '1.400 tỷ đồng';</script></head><body>"
        "<nav>Trang chủ</nav><h1>Tỉnh ủy đề ra chỉ tiêu</h1><p>05/03/2022 - 09:15</p>"
        "<p>Thu ngân sách đạt 1.400 tỷ đồng &amp; hơn.</p><footer>Bản quyền</footer></body></html>"
    )
    doc = read_bytes(html.encode(), "page.html")
    assert doc.title == "Tỉnh ủy đề ra chỉ tiêu"
    assert doc.published == "2022-03-05T09:15"
    assert doc.text.endswith("Thu ngân sách đạt 1.400 tỷ đồng & hơn.")
    assert "var a" not in doc.text and "Trang chủ" not in doc.text and "Bản quyền" not in doc.text


def test_the_content_hash_and_sentence_offsets_follow_the_clean_text():
    doc = read_bytes(ARTICLE.encode(), "a.txt")
    again = read_bytes(("\ufeff" + ARTICLE.replace("\n", "\r\n")).encode(), "b.txt")
    assert doc.content_hash == again.content_hash
    spans = doc.sentence_spans()
    assert doc.span(*spans[-1]) == "Huyện ủy Tân Kỳ đề ra 25 chỉ tiêu năm 2023."


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"   \n\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"Bai viet co dau: " + b"B\xe0i vi\xeat c\xfb", "tried UTF-8, UTF-8 with BOM, UTF-16 with BOM"),
    ],
)
def test_bad_input_gets_a_one_line_reason(data, reason):
    with pytest.raises(ReadError) as error:
        read_bytes(data, "bad.txt")
    assert reason in str(error.value)
    assert "\n" not in str(error.value)


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(ARTICLE.encode() * 50)
    with pytest.raises(ReadError, match="over the"):
        read_document(path, max_bytes=1024)


def test_a_folder_or_missing_file_is_refused(tmp_path):
    with pytest.raises(ReadError, match="folder"):
        read_document(tmp_path)
    with pytest.raises(ReadError, match="no such file"):
        read_document(tmp_path / "missing.txt")


SAVED_PAGE = """<!doctype html><html><head><title>Thị ủy Ba Đồn sơ kết 6 tháng đầu năm 2024 - Báo Quảng Bình</title></head>
<body><nav><a>Trang chủ</a><a>Thời sự</a></nav>
<ul class="breadcrumbs"><li>Trang chủ</li><li>Chính trị</li></ul>
<div id="main-content"><article>
<div class="time">Thứ Tư, 10/07/2024, 15:40 (GMT+7)</div>
<p>(QBĐT) - Chiều 9/7, Thị ủy Ba Đồn tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.</p>
<p>Thu ngân sách trên địa bàn đạt 190 tỷ đồng, bằng 61% dự toán.</p>
<div class="box-related"><a>Tin liên quan: Lệ Thủy đạt 20 chỉ tiêu</a></div>
</article></div>
<aside><p>Đọc nhiều</p></aside><footer>Cơ quan chủ quản</footer></body></html>"""


def test_a_saved_page_keeps_the_story_block_and_takes_the_title_without_the_site_name():
    doc = read_bytes(SAVED_PAGE.encode(), "trang.html")
    assert doc.title == "Thị ủy Ba Đồn sơ kết 6 tháng đầu năm 2024"
    assert doc.published == "2024-07-10T15:40"
    assert "Trang chủ" not in doc.text and "Tin liên quan" not in doc.text and "Đọc nhiều" not in doc.text
    assert "bằng 61% dự toán" in doc.text


def test_a_saved_page_gives_its_date_from_the_metadata_or_a_date_line_in_its_header():
    page = (
        "<html><head><title>Huyện Mê Linh sơ kết 6 tháng - Báo Hà Nội</title>"
        '<meta property="article:published_time" content="2024-07-03T08:45:00+07:00"/></head>'
        "<body><article><h1>Huyện Mê Linh sơ kết 6 tháng</h1><p>Huyện ủy Mê Linh sơ kết.</p>"
        "<p>Thu ngân sách đạt 61% dự toán.</p></article></body></html>"
    )
    assert read_bytes(page.encode(), "trang.html").published == "2024-07-03T08:45"
    page = (
        "<html><body><header><div class='top'>Thứ Hai, 08/01/2024, 16:10</div></header>"
        "<div class='detail-content'><h1>Mê Linh tổng kết năm 2023</h1><p>Huyện ủy Mê Linh tổng kết.</p>"
        "<p>Kết nạp 70 đảng viên.</p></div></body></html>"
    )
    assert read_bytes(page.encode(), "trang.html").published == "2024-01-08T16:10"


@pytest.mark.parametrize(
    "heading",
    [
        "Các tin, bài viết khác",
        "Tin cùng chuyên mục",
        "Bài viết liên quan",
        "Xem thêm",
        "Đọc thêm:",
        "Tin mới",
        "Tin bài khác",
    ],
)
def test_a_list_of_links_under_its_heading_ends_the_article(heading):
    text = (
        f"Tiêu đề bài viết\n05/05/2023 - 08:00\nHuyện đạt 95% kế hoạch thu ngân sách.\n{heading}\n"
        "Xã khác kết nạp 30 đảng viên, đạt 120% chỉ tiêu\n"
    )
    doc = read_bytes(text.encode(), "a.txt")
    assert "kết nạp 30" not in doc.text and "95% kế hoạch" in doc.text
