"""The cheap word pre-checks beside the cue patterns (extraction/nlp/cues.py) are a speed-up only: they
must never turn away a text their pattern matches. Checked on every sentence of the 200 generated
benchmark articles and of the shared seed and devset articles, and on the 40-character windows before
each number (where statements._roles runs the '$'-anchored patterns)."""

import re

import pytest

from benchmarks.articles import generate_articles
from extraction.nlp import cues
from extraction.reader import read_file, read_text

PRECHECKS = [(name[: -len("_NEEDS")], getattr(cues, name)) for name in dir(cues) if name.endswith("_NEEDS")]


@pytest.fixture(scope="module")
def texts(request) -> list[str]:
    docs = [read_text(a.text, a.name) for a in generate_articles(200, seed=2025)]
    shared = request.config.rootpath.parent / "shared"  # the shared articles too, where they are beside the repo
    docs += [
        read_file(p)
        for folder in ("seeds/articles", "devset/articles")
        for p in sorted((shared / folder).glob("*.txt"))
    ]
    sentences = [d.text[s:e] for d in docs for s, e in d.sentence_spans()]
    windows = [s[max(0, m.start() - 40) : m.start()] for s in sentences for m in re.finditer(r"\d+", s)]
    # Wording from cues.py's own comments, in case the articles lack it, and in upper case (the patterns
    # ignore case, so the pre-checks must too).
    examples = [
        "Huyện có 14 xã và 1 thị trấn",
        "gồm 12 xã, 2 thị trấn",
        "Phấn đấu hằng năm giảm 2%",
        "Huyện ủy đề ra 30 chỉ tiêu",
        "nhiều chỉ tiêu đạt trên ",
        "xếp thứ ",
        "Đảng bộ hiện có ",
        "hai dự án điện gió có tổng công suất ",
        "19 xã với tổng số ",
    ]
    return sentences + windows + examples + [t.upper() for t in examples]


def test_every_cue_with_a_precheck_is_covered():
    assert {name for name, _ in PRECHECKS} >= {"TARGET_CUE", "TARGET_INTRO", "SIZE_BEFORE", "TARGETS_TAIL"}


@pytest.mark.parametrize("name,needs", PRECHECKS, ids=[name for name, _ in PRECHECKS])
def test_precheck_never_rejects_a_match(texts, name, needs):
    pattern = getattr(cues, name)
    matched = [t for t in texts if pattern.search(t)]
    assert matched, f"{name} matches nothing in the corpus: the test would prove nothing"
    rejected = [t for t in matched if not cues.may_match(needs, t.lower())]
    assert not rejected, rejected[:5]


def test_precheck_rejects_text_without_the_words():
    assert not cues.may_match(cues.TARGET_CUE_NEEDS, "doanh thu tăng 8% so với cùng kỳ")
    assert cues.may_match(cues.TARGETS_TAIL_NEEDS, "nhiều chỉ tiêu đạt trên ")
