"""The lookahead `grammar.pattern` puts before a case-insensitive shape: a speed-up that never changes a match."""

import importlib
import pkgutil
import re
from pathlib import Path

import extraction.grammar
from extraction import grammar

CORPUS = Path(__file__).parent / "corpus"


def _grammar_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(extraction.grammar.__path__):
        module = importlib.import_module(f"extraction.grammar.{info.name}")
        for name, value in vars(module).items():
            values = value if isinstance(value, (list, tuple)) else [value]
            found += [(f"{info.name}.{name}", v) for v in values if isinstance(v, re.Pattern)]
    return found


def test_a_case_insensitive_alternation_is_scanned_for_its_first_letters():
    p = grammar.pattern(r"\b(?:Tỉnh ủy|toàn tỉnh)\b")
    assert p.pattern.startswith("(?=[") and "T" in p.pattern and "t" in p.pattern
    assert [m.group(0) for m in p.finditer("TỈNH ỦY và Toàn tỉnh")] == ["TỈNH ỦY", "Toàn tỉnh"]


def test_an_optional_opening_adds_its_letters_and_a_digit_opening_is_scanned_for_as_a_digit():
    p = grammar.pattern(r"(?:các |những )?(?:nhiệm vụ|giải pháp)")
    assert p.pattern.startswith("(?=[cgn")
    assert p.search("Những giải pháp").group(0) == "Những giải pháp" and p.search("nhiệm vụ").start() == 0
    assert grammar.pattern(r"(?<![\d.])\d+ xã", 0).pattern.startswith(r"(?=[\d])")


def test_a_shape_anchored_opening_with_what_the_engine_scans_for_or_with_any_character_is_left_as_written():
    for regex, flags in ((r"^\s*chỉ tiêu", re.I), (r"Tỉnh ủy", 0), (r"[.,] và", re.I), (r".*xã", re.I)):
        assert grammar.pattern(regex, flags).pattern == regex


def test_the_precheck_of_a_shape_is_read_without_its_lookahead():
    regex = r"\b(?:đạt|vượt)\s+(?:khoảng\s+)?kế hoạch"
    assert grammar.needs(grammar.pattern(regex)) == grammar.needs(re.compile(regex, re.I))


def test_every_grammar_pattern_finds_what_it_finds_written_without_its_lookahead():
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(CORPUS.glob("set*/articles/*.txt"))]
    assert texts
    checked = 0
    for name, p in _grammar_patterns():
        source = grammar._SOURCES.get(p)
        if source is None:
            continue
        plain = re.compile(source, p.flags)
        for text in texts:
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in plain.finditer(text)], name
        checked += 1
    assert checked > 50
