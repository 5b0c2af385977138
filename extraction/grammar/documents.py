"""The shapes of files and pages: what marks a page as HTML, the class names of a story block and of the
furniture around it, date lines, bylines, photo credits and the link lists that close a story, and the
token of an upload kept between its preview and its import.

Whole-line patterns (`^...$`) are matched against one line of a page; the hints are searched in the
class and id of an HTML element.
"""

from __future__ import annotations

from extraction.grammar import YEAR, pattern

# Fragments spelled once.
_DATE_SEPARATOR = r"\s*[/.-]\s*"  # "06/04/2023", "06.04.2023", "06 - 04 - 2023"
# A whole word of a class or id ("main-content", "box_ads"): names are cut at spaces, hyphens and underscores.
_CLASS_WORD_START = r"(?:^|[\s_-])"
_CLASS_WORD_END = r"(?:$|[\s_-])"

# A file is HTML when it opens with a doctype or an <html> tag, whatever its name.
HTML_START = pattern(r"\s*<(?:!doctype\s+html|html)\b")
# Characters that print as nothing (zero-width spaces and joiners, a BOM inside the text): dropped.
INVISIBLE = pattern(r"[\u200b\u200c\u200d\u2060\ufeff]", 0)
# Runs of spaces and tabs inside a line: one space.
SPACES_IN_LINE = pattern(r"[ \t]+", 0)
# "Huyện X tổng kết năm 2023 - Báo Bình Thuận": what separates a page's <title> from the site's name.
SITE_NAME_SEPARATOR = pattern(r"\s+[|–—-]\s+|\s*\|\s*", 0)

# Where news sites put the story, and the furniture they put around it (matched on class and id).
CONTENT_HINT = pattern(
    rf"{_CLASS_WORD_START}(?:article|detail|content|entry|post|story|news|body|main|fck)"
    rf"(?:[_-]?(?:content|body|detail|text|main))?{_CLASS_WORD_END}"
)
FURNITURE_HINT = pattern(
    rf"breadcrumb|related|lien-?quan|tin-?khac|share|social|comment|binh-?luan|tags?{_CLASS_WORD_END}|"
    rf"menu|nav|footer|sidebar|banner|advert|{_CLASS_WORD_START}ads?{_CLASS_WORD_END}|author|byline|"
    r"caption|print|toolbar"
)

# Dates as pages print them: "06/10/2023" and a time "15:20", "9h30".
DATE_NUMERIC = pattern(rf"(?P<d>\d{{1,2}}){_DATE_SEPARATOR}(?P<m>\d{{1,2}}){_DATE_SEPARATOR}(?P<y>{YEAR})", 0)
TIME = pattern(r"(?<!\d)(?P<h>[01]?\d|2[0-3])\s*[:h]\s*(?P<min>[0-5]\d)(?!\d)", 0)
# "2023-10-06T15:20:00+07:00" in a page's metadata: the date and the local time.
ISO_DATETIME = pattern(rf"{YEAR}-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?", 0)
# What is left of a date line once its date is taken out: "Thứ Sáu, , 15:20", "Cập nhật ngày (GMT+7)".
DATE_LINE_WORDS = pattern(
    r"^(?:cập nhật(?: ngày| lúc)?|đăng(?: ngày| lúc)?|ngày đăng|xuất bản|thứ\s+\w+|chủ nhật|"
    r"ngày|lúc|gmt|[(\[]gmt\s*[+-]\s*\d+[)\]]|[\s,:|\-–—/()+\d.h])+$"
)
# "06/04/2023 09:30 | Xây dựng Đảng": some sites print the section's name after a bar on the date line.
DATE_LINE_SECTION = pattern(r"\s*[|›»]\s*[^\d|.!?;]{2,40}$", 0)

# Whole lines that are page furniture; the first of these marks the end of the article.
# Link lists under "Các tin, bài viết khác", "Đọc thêm", "Tin mới" and the like close the story too.
TRAILER = pattern(
    r"^(?:chia sẻ(?: bài viết)?|bình luận|gửi bình luận|ý kiến bạn đọc|phản hồi|các tin khác|"
    r"(?:các |những )?(?:tin|bài|tin,? bài|tin bài|bài viết|tin,? bài viết)(?: viết)? "
    r"(?:liên quan|khác|cùng chuyên mục|cùng chủ đề|mới(?: nhất| hơn| cập nhật)?|đã đưa|xem nhiều(?: nhất)?|"
    r"nổi bật|đọc nhiều(?: nhất)?)|"
    r"tin liên quan|bài viết liên quan|tin cùng chuyên mục|xem thêm|đọc thêm|tin khác|tin mới|in bài viết|"
    r"từ khóa|tags?)\s*:?\s*$"
)
# "(Ảnh: Minh Anh)" closing a line: a photo's caption.
PHOTO_CREDIT = pattern(r"(?:\(\s*)?\bẢnh\s*:\s*[^.()]{0,60}\)?\s*$", 0)
# The author's signature under a story: "Bài, ảnh: ...", "Theo Báo X" ...
BYLINE_START = pattern(r"^(?:bài(?:,| và)? ảnh\s*:|bài\s*:|ảnh\s*:|nguồn\s*:|theo\s+\S+|tin, ảnh\s*:)")
# A digit or a sentence's closing mark: a short last line holding one is the story's, not a signature.
NOT_A_SIGNATURE = pattern(r"\d|[.!?:;…]$", 0)

# The token of a staged upload: the SHA-256 of its bytes, in lower-case hex.
UPLOAD_TOKEN = pattern(r"^[0-9a-f]{64}$", 0)

# Where a saved web page says it came from (matched on the page's bytes): its canonical link, og:url, or the
# browser's "saved from url=" note. Attribute order varies, so each tag is matched, then its attributes read.
PAGE_ADDRESS_TAG = pattern(rb"<(?:link|meta)\b[^>]{0,2000}>")
SAVED_FROM_NOTE = pattern(rb"<!--\s*saved from url=\(\d+\)(https?://[^\s>]{1,990})")
HTML_ATTRIBUTE = pattern(rb"""([a-z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
WEB_ADDRESS_START = pattern(rb"https?://")
