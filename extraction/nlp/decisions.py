"""What a number is: an ordered table of named rules over the features of its clause.

`decide` walks `RULES` in order; the first rule whose test holds gives the reading's kind, and its id
joins the trace every reading carries (with the ids of the role rules of statements.py that shaped
the number before). Staff see the trace on the review page in plain words (`explain`), so a wrong
reading points at the rule that made it. Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# What the clause of one number says, as the rules need it (each a yes or no).
FEATURES: dict[str, str] = {
    "has_quantity": "a figure with its unit (not only a share of the plan)",
    "ratio": "'15/20 xã': a part of its plan",
    "measured": "a share of the plan, a planned value or a plan beside it",
    "strong": "result wording against a plan ('đạt 92% kế hoạch', 'vượt chỉ tiêu')",
    "worded_only": "'hoàn thành 100% chỉ tiêu' with no figure of its own",
    "directed": "what someone is told or resolves to reach",
    "planning": "a planning cue, a list of plans, prose under a plan heading",
    "plan_list": "an item of a list of plans",
    "growth": "compared with an earlier period only",
    "review": "the paragraph reports results",
    "past": "the item's period is over, or part of a year",
    "result_words": "'đã', 'đến nay', 'ước', 'lũy kế' in the clause",
    "level_left": "'còn 0,62%' stated without a plan cue",
    "result_words_before": "result wording earlier in the sentence, no plan cue",
    "result_verb": "'đạt hơn 14.000 tỷ đồng': a result verb right before the number, no plan cue",
    "own_cue": "a planning cue in the sentence itself (not only in its paragraph or heading)",
    "ahead": "the item's period has not begun, or is a term beginning when the article is written",
    "plan_bound": "a floor or a range only a plan sets ('ít nhất', 'từ ... trở lên', '11 - 12%')",
    "reported_here": "the clause itself reports ('đã', 'đến nay', 'ước') and plans nothing",
    "carried_plan": "planning only because an earlier sentence planned (no cue, no list in this sentence)",
}


class Features:
    """The features of one clause. A value may be given as a function: it is computed only when a rule asks
    for it (most numbers are decided by the first rules), then kept."""

    def __init__(self, **values: bool | Callable[[], bool]) -> None:
        unknown = set(values) - set(FEATURES)
        if unknown:
            raise TypeError(f"unknown features: {sorted(unknown)}")
        self._values = dict.fromkeys(FEATURES, False) | values

    def __getattr__(self, name: str) -> bool:
        try:
            value = self.__dict__["_values"][name]
        except KeyError:
            raise AttributeError(name) from None
        if callable(value):
            value = self._values[name] = bool(value())
        return value


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # target | achievement | result
    test: Callable[[Features], bool]
    vi: str  # what staff read on the review page
    en: str


RULES: tuple[Rule, ...] = (
    Rule(
        "directive",
        "target",
        lambda f: f.directed,
        "lời chỉ đạo, yêu cầu đặt ra con số cần đạt",
        "an instruction sets the figure to reach",
    ),
    Rule(
        "part_of_plan",
        "achievement",
        lambda f: f.ratio,
        "con số viết dạng đạt/kế hoạch (N/M)",
        "written as reached out of planned (N/M)",
    ),
    Rule(
        "plan_bound",
        "target",
        lambda f: f.plan_bound and not f.ratio and not (f.past and f.result_verb and not f.own_cue),
        "mức sàn hoặc khoảng chỉ có ở kế hoạch ('ít nhất', 'từ ... trở lên', '11 - 12%')",
        "a floor or a range only a plan sets ('ít nhất', 'từ ... trở lên', '11 - 12%')",
    ),
    Rule(
        "measured_against_plan",
        "achievement",
        lambda f: f.strong and (not f.planning if (not f.has_quantity or f.worded_only) else not f.plan_list),
        "so sánh với kế hoạch, chỉ tiêu, nghị quyết",
        "measured against the plan or the resolution",
    ),
    Rule(
        "past_reported",
        "result",
        lambda f: f.past and f.result_verb and not f.own_cue and not f.plan_list,
        "thời kỳ đã qua và động từ báo cáo kết quả trước con số",
        "a period that is over and a result verb before the figure",
    ),
    Rule(
        "past_despite_context",
        "result",
        lambda f: f.past and f.carried_plan,
        "thời kỳ đã qua; câu không tự đặt kế hoạch",
        "a period that is over; the sentence sets no plan itself",
    ),
    Rule(
        "reported_despite_context",
        "result",
        lambda f: f.carried_plan and f.reported_here and not f.ahead,
        "câu tự báo cáo kết quả ('đã', 'đến nay', 'ước'); kế hoạch chỉ do câu trước",
        "the sentence reports in its own words ('đã', 'đến nay', 'ước'); only an earlier sentence planned",
    ),
    Rule(
        "planning_wording",
        "target",
        lambda f: f.planning,
        "lời lẽ đặt kế hoạch (phấn đấu, hằng năm, danh sách chỉ tiêu)",
        "planning wording (phấn đấu, hằng năm, a list of targets)",
    ),
    Rule(
        "growth_only",
        "result",
        lambda f: f.growth,
        "chỉ so sánh với cùng kỳ, năm trước",
        "compared with an earlier period only",
    ),
    Rule(
        "review_section",
        "result",
        lambda f: f.review and not f.ahead,
        "đoạn văn báo cáo kết quả",
        "the paragraph reports results",
    ),
    Rule(
        "past_period",
        "result",
        lambda f: f.past,
        "thời kỳ đã qua hoặc một phần của năm",
        "a period that is over, or part of a year",
    ),
    Rule(
        "result_wording",
        "result",
        lambda f: f.result_words and not f.ahead,
        "lời lẽ báo cáo kết quả (đã, đến nay, ước, lũy kế)",
        "result wording (đã, đến nay, ước, lũy kế)",
    ),
    Rule(
        "level_left",
        "result",
        lambda f: f.level_left and not f.ahead,
        "mức còn lại hiện nay ('còn ...')",
        "the level left now ('còn ...')",
    ),
    Rule(
        "result_wording_before",
        "result",
        lambda f: f.result_words_before and not f.ahead,
        "lời lẽ báo cáo kết quả trước đó trong câu",
        "result wording earlier in the sentence",
    ),
    Rule(
        "result_verb",
        "result",
        lambda f: f.result_verb and not f.ahead,
        "động từ báo cáo kết quả ngay trước con số ('đạt', 'ước đạt')",
        "a result verb right before the figure",
    ),
    Rule(
        "plain_figure",
        "target",
        lambda f: True,
        "con số không có dấu hiệu kết quả: coi là chỉ tiêu",
        "a figure with no sign of a result: a plan",
    ),
)

# Rules that shape a number before its kind is decided (statements.py), and the adjustments after it.
SHAPING: dict[str, tuple[str, str]] = {
    "bracketed_plan": ("kế hoạch ghi trong ngoặc bên cạnh kết quả", "the plan given in brackets beside the result"),
    "bracketed_share": ("tỷ lệ so với kế hoạch ghi trong ngoặc", "the share of the plan given in brackets"),
    "share_of_plan": ("'đạt/bằng N% kế hoạch' sau con số", "'đạt/bằng N% kế hoạch' after the figure"),
    "excess_of_plan": ("'vượt kế hoạch N%': bằng 100 + N% kế hoạch", "'vượt kế hoạch N%': 100 + N% of the plan"),
    "excess_amount": (
        "'vượt N so với kế hoạch': kế hoạch = kết quả - N",
        "'vượt N so với kế hoạch': plan = result - N",
    ),
    "second_share": ("tỷ lệ so với một kế hoạch thứ hai của cùng kết quả", "the same result's share of a second plan"),
    "slash_plan": ("'kết quả/KH kế hoạch': kế hoạch viết sau dấu /", "'result/KH plan': the plan after the slash"),
    "plan_beside": ("con số kế hoạch viết sau kết quả", "the plan figure written after the result"),
    "growth_beside": ("mức tăng so với cùng kỳ đi kèm kết quả", "growth on an earlier period beside the result"),
    "listed_after_result": (
        "liệt kê tiếp sau một kết quả trong cùng câu",
        "listed on after a result in the same sentence",
    ),
    "plan_stated_then_result": ("chỉ tiêu nêu rõ rồi kết quả đạt được", "a plan stated, then what was reached"),
    "scorecard": (
        "số chỉ tiêu đạt trên tổng số (N/M chỉ tiêu đạt và vượt)",
        "targets met out of all (N/M chỉ tiêu đạt)",
    ),
    "reported_result": ("kết quả báo cáo trong phần đánh giá", "a result reported in a review"),
    "plan_quoted_beside_result": ("kế hoạch trích bên cạnh kết quả", "the plan quoted beside a result"),
}

_BY_ID = {r.id: r for r in RULES}


def decide(features: Features) -> tuple[str, str]:
    """(kind, id of the rule that decided it)."""
    for rule in RULES:
        if rule.test(features):
            return rule.kind, rule.id
    raise AssertionError("the last rule always holds")


def explain(rule_id: str, language: str = "vi") -> str:
    """The rule in plain words for staff ("vi" or "en"); an unknown id is shown as it is."""
    rule = _BY_ID.get(rule_id)
    if rule is not None:
        return rule.vi if language == "vi" else rule.en
    pair = SHAPING.get(rule_id)
    if pair is not None:
        return pair[0] if language == "vi" else pair[1]
    return rule_id
