"""The shapes of periods, and the discourse state that carries them through an article."""

import datetime

import pytest

from extraction import grammar
from extraction.grammar import article as article_grammar
from extraction.grammar import periods as period_grammar
from extraction.nlp.discourse import Discourse, Period


@pytest.mark.parametrize(
    ("compiled", "sentence"),
    [
        (period_grammar.TERM_SPAN, "Đại hội Đảng bộ huyện nhiệm kỳ (2020-2025)"),
        (period_grammar.STAGE_SPAN, "Giai đoạn 2015 - 2020, thu ngân sách đạt 1.800 tỷ đồng"),
        (period_grammar.YEAR_FRAME, "Năm 2022, huyện hoàn thành 20 chỉ tiêu"),
        (period_grammar.RESOLUTION_YEAR, "NQ 2021 của Huyện ủy"),
        (period_grammar.PART_OF_YEAR, "QUÝ I/2021, toàn huyện kết nạp 20 đảng viên"),
        (period_grammar.RELATIVE_YEAR, "Năm qua, huyện kết nạp 100 đảng viên"),
        (article_grammar.OWN_RESOLUTION, "Riêng năm 2023, Nghị quyết Huyện ủy đề ra 26 chỉ tiêu"),
        (article_grammar.TERM_PLAN, "đạt 85,6% chỉ tiêu Nghị quyết Đại hội"),
    ],
)
def test_the_derived_precheck_lets_through_every_sentence_a_period_pattern_matches(compiled, sentence):
    assert compiled.search(sentence)
    assert grammar.may_match(grammar.needs(compiled), sentence.lower())


def test_a_result_read_out_at_the_congress_belongs_to_the_term_that_ends_there():
    discourse = Discourse(datetime.datetime(2025, 9, 1), (2025, 2030), term_article=True)
    assert discourse.reported_period(Period.annual(2025)) == Period.of_term(2020, 2025)
    assert discourse.within_term(Period.annual(2023)) == Period.of_term(2020, 2025)


def test_results_with_no_period_early_in_a_year_are_the_year_just_reviewed():
    discourse = Discourse(datetime.datetime(2024, 1, 10), (2020, 2025))
    assert discourse.fallback_period(reported=True) == Period.annual(2023)
    assert discourse.fallback_period() == Period.annual(2024)


def test_a_section_starts_from_the_headline_period_and_a_targets_heading_makes_its_prose_plan():
    discourse = Discourse(datetime.datetime(2024, 1, 10), (2020, 2025))
    discourse.title_period = Period.annual(2024)
    discourse.section_open(district_level=True)
    assert discourse.current == Period.annual(2024)
    discourse.heading_read("target_list")
    assert discourse.paragraph_open(is_list_item=False, term=None) == "target_prose"
