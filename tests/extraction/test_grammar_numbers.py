"""The grammar of numbers, units, words and sentences: patterns in grammar/, none in the NLP that uses them."""

import ast
from pathlib import Path

import pytest

from extraction import grammar
from extraction.grammar import numbers as number_grammar
from extraction.grammar import text as text_grammar
from extraction.nlp import measures, numbers, sentences, text

NLP = Path(__file__).resolve().parents[2] / "extraction" / "nlp"
GRAMMAR = Path(__file__).resolve().parents[2] / "extraction" / "grammar"


@pytest.mark.parametrize("name", ["numbers", "measures", "items", "direction", "text", "sentences", "themes"])
def test_the_nlp_module_writes_no_regular_expression(name):
    tree = ast.parse((NLP / f"{name}.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert "re" not in imported


@pytest.mark.parametrize("name", ["numbers", "text"])
def test_the_grammar_module_depends_on_nothing_but_the_grammar_and_the_lexicon(name):
    tree = ast.parse((GRAMMAR / f"{name}.py").read_text(encoding="utf-8"))
    modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert all(
        m in ("__future__", "extraction", "extraction.grammar") or m.startswith("extraction.grammar.") for m in modules
    )


def test_the_names_other_modules_use_stay_where_they_were():
    assert numbers.NUMBER is number_grammar.NUMBER
    assert measures.UNIT is number_grammar.UNIT and measures.MULTIPLIERS is number_grammar.MULTIPLIERS
    assert text.WORD is text_grammar.WORD
    assert sentences.LIST_MARKER is text_grammar.LIST_MARKER and sentences.BULLET is text_grammar.BULLET


def test_a_number_is_read_whole_as_vietnamese_writes_it():
    assert [m.group(1) for m in number_grammar.NUMBER.finditer("đạt 10.160,896 tỷ đồng, tăng 59,9%")] == [
        "10.160,896",
        "59,9",
    ]
    assert number_grammar.NUMBER.search("Quốc lộ 1A") is not None  # whether "A" is a unit is numbers._glued's call


@pytest.mark.parametrize(
    "clause",
    [
        "Kéo giảm tỷ lệ hộ nghèo còn dưới 2%",
        "GIẢM 5% số vụ tai nạn",
        "Chiếm 31,83% GRDP",
        "cơ cấu kinh tế",
        "Tổng chi ngân sách đạt 900 tỷ đồng",
        "Duy trì tỷ lệ che phủ rừng 21%",
        "giữ ổn định trên 1,1 triệu tấn",
    ],
)
def test_the_derived_direction_prechecks_never_reject_a_clause_the_pattern_matches(clause):
    for compiled in (text_grammar.DECREASE, text_grammar.SHARE, text_grammar.KEEP, text_grammar.SPENDING):
        if compiled.search(clause):
            assert grammar.may_match(grammar.needs(compiled), clause.lower())
