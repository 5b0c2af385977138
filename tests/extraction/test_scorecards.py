"""Scorecards as staff read them in reviews: where a card is said, which counts belong to it, and that the
vocabulary is data (a new phrasing is one line in a lexicon file)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from extraction.nlp.scorecards import read_all_met, read_card_parts, read_scorecards

ROOT = Path(__file__).resolve().parents[2]


def test_a_card_starts_at_its_first_count_so_the_pipeline_finds_its_year():
    sentence = "Năm 2022 có 18/21 chỉ tiêu đạt; năm 2023, trong 22 chỉ tiêu, có 20 chỉ tiêu đạt và vượt."
    first, second = read_scorecards(sentence)
    assert sentence[first.start :].startswith("18/21")
    assert sentence[second.start :].startswith("22 chỉ tiêu") and (second.total, second.met_or_exceeded) == (22, 20)


def test_a_heading_in_capitals_and_counts_with_leading_zeros_read():
    [card] = read_scorecards("23/26 CHỈ TIÊU KINH TẾ – XÃ HỘI ĐẠT VÀ VƯỢT KẾ HOẠCH")
    assert (card.total, card.met_or_exceeded) == (26, 23)
    [card] = read_scorecards("Có 06/19 chỉ tiêu đạt và vượt; 02/19 chỉ tiêu chưa đạt.")
    assert (card.total, card.met_or_exceeded, card.not_met) == (19, 6, 2)


def test_a_year_end_estimate_in_a_review_reads_but_a_forecast_does_not():
    [card] = read_scorecards("Ước thực hiện cả năm 2024, dự kiến có 22/24 chỉ tiêu đạt và vượt kế hoạch.")
    assert (card.total, card.met_or_exceeded) == (24, 22)
    assert read_scorecards("Dự kiến đến cuối năm có 24/24 chỉ tiêu đạt và vượt.") == []


def test_counts_of_other_things_and_rankings_are_no_scorecards():
    assert read_scorecards("Toàn huyện có 12/21 xã đạt chuẩn nông thôn mới.") == []
    assert read_scorecards("Huyện xếp thứ 2/9 huyện, thị xã về chỉ tiêu thu ngân sách.") == []
    assert read_scorecards("Kim ngạch xuất khẩu vượt 16% chỉ tiêu nghị quyết năm.") == []


def test_all_targets_said_met_without_a_number_is_no_card_of_its_own():
    sentence = "Năm 2023, các chỉ tiêu chủ yếu về kinh tế - xã hội đều đạt và vượt kế hoạch đề ra."
    assert read_scorecards(sentence) == []
    assert sentence[read_all_met(sentence) :].startswith("các chỉ tiêu")
    assert read_all_met("Các chỉ tiêu chủ yếu đều tăng so với cùng kỳ.") is None


def test_a_new_phrasing_is_one_line_in_its_vocabulary_file(tmp_path):
    lexicon = tmp_path / "lexicon"
    shutil.copytree(ROOT / "extraction" / "lexicon", lexicon)
    met = lexicon / "scorecard_met.toml"
    met.write_text(
        met.read_text(encoding="utf-8").replace('phrases = ["đạt và vượt",', 'phrases = ["về đích", "đạt và vượt",', 1),
        encoding="utf-8",
    )
    program = (
        "import sys, extraction.lexicon as lexicon\n"
        "lexicon.HERE = __import__('pathlib').Path(sys.argv[1])\n"
        "from extraction.nlp.scorecards import read_scorecards\n"
        "print([(c.met_or_exceeded, c.total) for c in read_scorecards('Năm 2025, xã có 18/20 chỉ tiêu về đích.')])\n"
    )
    sentence_before = read_scorecards("Năm 2025, xã có 18/20 chỉ tiêu về đích.")
    run = subprocess.run(
        [sys.executable, "-c", program, str(lexicon)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert sentence_before == [] and run.stdout.strip() == "[(18, 20)]"


def test_counts_after_a_card_in_the_next_sentence_are_its_parts():
    parts = read_card_parts("Trong đó có 15 chỉ tiêu vượt, 10 chỉ tiêu đạt.")
    assert (parts.met_or_exceeded, parts.exceeded, parts.subset) == (25, 15, True)
    parts = read_card_parts("Trong đó có 13 chỉ tiêu vượt cao như thu ngân sách đạt 137%.")
    assert (parts.met_or_exceeded, parts.exceeded, parts.subset) == (None, 13, True)
    parts = read_card_parts("Đến hết tháng 10, toàn huyện có 23 chỉ tiêu hoàn thành và vượt kế hoạch đề ra.")
    assert (parts.met_or_exceeded, parts.subset) == (23, False)


def test_a_sentence_with_its_own_card_or_with_no_status_has_no_parts():
    assert read_card_parts("Có 25/28 chỉ tiêu đạt và vượt, trong đó 15 chỉ tiêu vượt.") is None
    assert read_card_parts("Trong đó, 8 chỉ tiêu về kinh tế; 7 chỉ tiêu về xã hội.") is None
    assert read_card_parts("Dự kiến có 20 chỉ tiêu đạt và vượt.") is None


def test_a_card_says_why_it_was_read():
    [card] = read_scorecards("Có 13/26 chỉ tiêu vượt; 10/26 chỉ tiêu đạt kế hoạch; 03/26 chỉ tiêu không đạt.")
    assert card.rules == (
        "scorecard_exceeded:vượt",
        "scorecard_met:đạt kế hoạch",
        "scorecard_not_met:không đạt",
        "card:exceeded_plus_met",
    )
    [card] = read_scorecards("Thị xã có 19 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt.")
    assert card.rules[-1] == "card:parts_make_total"
