"""The grammar's derived pre-checks: the words a pattern needs are read off the pattern itself."""

import re

from extraction import grammar


def test_a_literal_run_and_an_alternation_are_required_an_optional_part_is_not():
    needs = grammar.needs(re.compile(r"\b(?:đạt|vượt)\s+(?:khoảng\s+)?kế hoạch", re.I))
    assert frozenset({"kế hoạch"}) in needs and frozenset({"đạt", "vượt"}) in needs
    assert all("khoảng" not in group for group in needs)


def test_a_pattern_with_nothing_required_gets_no_precheck():
    assert grammar.needs(re.compile(r"\d+(?:[.,]\d+)?")) == ()
    assert grammar.needs(re.compile(r"(?:trên|dưới)?\s*\d")) == ()


def test_the_precheck_never_rejects_a_text_the_pattern_matches():
    p = re.compile(r"(?:tổng số|hiện có)\s+(?:hơn\s+)?$|\bBan (?:Chấp hành|Thường vụ)\b[^.;\d]{0,80}?\bgồm\s+$", re.I)
    for text in ("Đảng bộ HIỆN CÓ ", "tổng số hơn ", "Ban Chấp hành Đảng bộ xã nhiệm kỳ mới gồm "):
        assert p.search(text) and grammar.may_match(grammar.needs(p), text.lower())
    assert not grammar.may_match(grammar.needs(p), "thu ngân sách đạt ")
