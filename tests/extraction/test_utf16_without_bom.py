"""A UTF-16 file saved without a BOM is read as text, not refused as "binary"; binary files still are."""

import pytest

from extraction.reader import ReadError, read_bytes
from tests.extraction.conftest import MO_CAY_NAM_2022


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_a_utf16_article_reads_as_its_utf8_twin(encoding):
    twin = read_bytes(MO_CAY_NAM_2022.encode("utf-8"), "bai.txt")

    document = read_bytes(MO_CAY_NAM_2022.encode(encoding), "bai.txt")

    assert document.text == twin.text and document.content_hash == twin.content_hash


def test_a_utf16_saved_page_without_bom_reads_too():
    page = "<html><head><title>Huyện ủy Chợ Lách</title></head><body><p>Năm 2021, huyện phát triển 62 đảng viên mới.</p></body></html>"

    assert "62 đảng viên mới" in read_bytes(page.encode("utf-16-le"), "index.html").text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(200) + bytes(range(256)) * 4,
        bytes(4096),
    ],
)
def test_binary_files_are_still_refused(data):
    with pytest.raises(ReadError, match="binary|undecodable|no article"):
        read_bytes(data, "anh.txt")
