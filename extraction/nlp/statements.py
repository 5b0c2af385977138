"""Targets and achievements of one sentence: which numbers are items, and of which kind.

A sentence is cut into pieces at ";" and ":", each number with a unit gets a role in its
piece — the item itself, or a modifier of the item before it ("đạt 92% kế hoạch" is its share
of the plan, "(13 xã)" restates it, "(mục tiêu Nghị quyết là 10,5%)" gives its plan,
"tăng 12% so với năm 2021" its growth) — and each item is a target (a plan), an achievement (a
result measured against its plan) or a plain result (reported without a plan: "ước đạt 1.950 tỷ
đồng, bằng 97% so với cùng kỳ", which the pipeline does not keep), from the wording of its clause,
its paragraph, and its period.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from extraction.nlp import cues
from extraction.nlp.decisions import Features, decide
from extraction.nlp.numbers import Quantity, find_quantities, parse_number

# target_list: items of a list of plans; target: a planning paragraph; target_prose: prose under a
# targets heading (plans unless worded in the past); result: a paragraph reporting results.
MODES = ("target", "target_list", "target_prose", "result")


@dataclass
class Reading:
    """One item read from a sentence (offsets relative to the sentence)."""

    kind: str  # "target" | "achievement" | "result" (reported without a plan: not an item)
    quantity: Quantity | None  # None when only a share of the plan is given
    clause_start: int
    clause_end: int
    indicator: str
    clause: str
    percent_of_plan: Decimal | None = None
    planned: Decimal | None = None
    plan: Quantity | None = None  # a plan value written beside a result: becomes a target too
    directed: bool = False  # what someone is told or resolves to reach: a plan for a period to come
    rules: list[str] = field(default_factory=list)  # ids of the rules that made this reading
    decided_by: str = ""  # the decision rule that gave the kind (extraction.nlp.decisions.RULES)


@dataclass
class _Main:
    q: Quantity | None
    start: int  # clause start
    last: int  # end of the quantity or of its last modifier
    pct: Decimal | None = None
    planned: Decimal | None = None
    plan: Quantity | None = None
    growth: bool = False  # compared with an earlier period only
    rules: list[str] = field(default_factory=list)  # shaping rules that fired (decisions.SHAPING)


def _is_growth(q: Quantity, before: str, after: str) -> bool:
    return q.is_percent and bool(cues.GROWTH_BEFORE.search(before)) and bool(cues.GROWTH_AFTER.match(after))


_LABEL_VALUE = re.compile(r"\s*(?:(?:trên|dưới|từ|khoảng|đạt|ước đạt|tăng|giảm|thêm|có thêm|còn|giảm còn|"
                          r"tăng thêm|bình quân|đạt trên|đạt từ)\s+)*\d", re.I)


def pieces(sentence: str) -> list[tuple[int, int]]:
    """Spans of the sentence between ";" and ":" (a list intro and its items are separate)."""
    spans, start = [], 0
    for m in re.finditer(r"[;:](?!\d)", sentence):
        if m.group(0) == ":" and _LABEL_VALUE.match(sentence, m.end()):
            # "Thu nhập bình quân đầu người đến năm 2025: 70 triệu đồng", and a table flattened to
            # "Tỷ lệ hộ nghèo: giảm 2,5%" are one clause: the label is the indicator.
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if sentence[a:b].strip()]


def read_sentence(sentence: str, *, mode: str | None, is_past: Callable[[int], bool],
                  is_ahead: Callable[[int], bool] = lambda pos: False,
                  masks: list[tuple[int, int]] = ()) -> list[Reading]:
    """Targets and achievements of a sentence (which is not a heading)."""
    readings: list[Reading] = []
    quantities = find_quantities(sentence, masks)
    # Whether TARGET_CUE can match anywhere in the sentence (or any slice of it), decided once.
    may_cue = cues.may_match(cues.TARGET_CUE_NEEDS, sentence.lower())
    sentence_target_cue = may_cue and bool(cues.TARGET_CUE.search(unquoted(sentence)))
    for a, b in pieces(sentence):
        mains = _roles(sentence, a, b, [q for q in quantities if a <= q.start < b])
        for n, main in enumerate(mains):
            end = mains[n + 1].start if n + 1 < len(mains) else b
            clause = sentence[main.start:end]
            reading = _reading(sentence, main, end, clause, mode, (is_past, is_ahead), sentence_target_cue, may_cue)
            if readings and readings[-1].kind in ("achievement", "result") and reading.kind == "target" \
                    and not (may_cue and cues.TARGET_CUE.search(unquoted(sentence), 0, end)) \
                    and mode not in ("target", "target_list"):
                reading.kind = "result"  # results listed on after a result, in the same sentence
                reading.rules.append("listed_after_result")
            readings.append(reading)
    return _plan_then_result(sentence, readings)


def _plan_then_result(sentence: str, readings: list[Reading]) -> list[Reading]:
    """A plan stated outright ("Chỉ tiêu ... là N") and then what was reached ("đến nay đã đạt M (P%)"): the
    plan is a target and the result an achievement against it, whatever the paragraph is doing."""
    plan: Reading | None = None
    shares: set[int] = set()  # offsets of shares written as figures of their own ("..., đạt 114%")
    for r in readings:
        q = r.quantity
        if q is None or (q.ratio_of is not None and r.kind != "target") or q.start in shares:
            continue
        if plan is None and r.kind != "achievement" and cues.PLAN_STATED.search(sentence, max(0, q.start - 90),
                                                                                 q.start):
            r.kind, plan = "target", r
            r.rules.append("plan_stated_then_result")
        elif plan is not None and r.kind in ("result", "target") and q.unit == plan.quantity.unit \
                and cues.RESULT_WEAK.search(sentence, plan.quantity.end, q.start):
            r.kind, r.planned = "achievement", plan.quantity.value
            r.rules.append("plan_stated_then_result")
            share = cues.SHARE_AFTER.match(sentence, q.end)
            if share is not None and r.percent_of_plan is None:
                r.percent_of_plan = parse_number(share.group("n"))
                shares.add(share.start("n"))
            plan = None
    return [r for r in readings if r.quantity is None or r.quantity.start not in shares]


def _roles(sentence: str, a: int, b: int, quantities: list[Quantity]) -> list[_Main]:
    mains: list[_Main] = []
    lower = sentence.lower()
    organisations = {m.start("n") for m in cues.ORGANISATIONS_IN.finditer(sentence, a, b)} \
        if cues.may_match(cues.ORGANISATIONS_IN_NEEDS, lower) else set()
    places = [m.span() for m in cues.PLACES_COUNTED.finditer(sentence, a, b)] \
        if cues.may_match(cues.PLACES_COUNTED_NEEDS, lower) else []
    may_subject = cues.may_match(cues.TARGETS_SUBJECT_NEEDS, lower)
    plans_in_brackets: set[int] = set()
    size_end = -1  # where the last figure read as a size ended: a list after it goes on giving sizes
    for q in quantities:
        if q.start in organisations or q.start in plans_in_brackets or any(x <= q.start < y for x, y in places):
            continue
        prev = mains[-1] if mains else None
        since = sentence[prev.last if prev else a:q.start]
        before = sentence[max(a, q.start - 40):q.start]
        after = sentence[q.end:b]
        low_before = before.lower()
        if size_end >= 0 and _SIZE_LIST_GAP.fullmatch(sentence, size_end, q.start):
            size_end = q.end  # "với hơn 28.800 nhân khẩu, 30 xóm, 52 đảng bộ": the sizes go on
            continue
        if (cues.may_match(cues.RANKING_BEFORE_NEEDS, low_before) and cues.RANKING_BEFORE.search(before)) \
                or (cues.may_match(cues.SIZE_BEFORE_NEEDS, low_before) and cues.SIZE_BEFORE.search(before)) \
                or (cues.may_match(cues.SIZE_CONTEXT_NEEDS, low_before) and cues.SIZE_CONTEXT.search(before)) \
                or cues.SIZE_AFTER.match(after) \
                or (cues.may_match(cues.DESCRIPTION_BEFORE_NEEDS, low_before)
                    and cues.DESCRIPTION_BEFORE.search(sentence, max(a, q.start - 30), q.start)
                    and not _MEASURED_AFTER.match(after)):
            size_end = q.end  # a size, or a figure describing a thing ("với 11 dự án"): no item
            continue
        if "từ" in low_before and _FROM_LEVEL_BEFORE.search(before) and _TO_LEVEL_AFTER.match(after):
            continue  # "tăng từ gần 47 triệu đồng năm 2021 lên trên 52 triệu đồng": where it started, not an item
        if not prev and may_subject and cues.TARGETS_SUBJECT.search(sentence, _after_items_intro(sentence, a, q.start),
                                                                    q.start):
            continue
        if cues.may_match(cues.TARGETS_TAIL_NEEDS, low_before) and cues.TARGETS_TAIL.search(before):
            continue
        plan = _bracketed_plan(sentence, q, quantities, before, b)
        if plan is not None:
            # "tỷ lệ trường đạt chuẩn (đạt 78,5%, KH 80%)": the result, and the plan it is measured against.
            plans_in_brackets.add(plan.start)
            mains.append(_Main(q, _clause_start(sentence, a, prev), plan.end, plan=plan, rules=["bracketed_plan"]))
            continue
        if q.is_percent and prev is not None and prev.pct is not None and _SECOND_SHARE_BEFORE.search(since) \
                and cues.PLAN_REF.match(after):
            # "đạt 98% dự toán Trung ương giao, 95,2% dự toán địa phương", "(đạt 85,91% so với dự toán tỉnh
            # giao)": the same result against a second plan, no item of its own.
            prev.last = q.end + cues.PLAN_REF.match(after).end()
            prev.rules.append("second_share")
            continue
        share = _bracketed_share(sentence, a, q, before, after)
        if share is not None:
            value, verb, close = share
            if prev is not None and prev.pct is None and prev.planned is None and ";" not in since \
                    and (prev.q is None or not prev.q.is_percent):
                prev.pct, prev.last = value, close
                prev.rules.append("bracketed_share")
                continue
            mains.append(_Main(None, _clause_start(sentence, a, prev), close, pct=value,
                               rules=["bracketed_share"]))
            mains[-1].plan = q  # keeps the share's offsets
            continue
        if prev is not None and prev.q is not None and prev.plan is None \
                and "/" in sentence[prev.q.end:q.start] and _SLASH_PLAN.fullmatch(sentence, prev.q.end, q.start):
            prev.plan, prev.last = q, q.end  # "ước tăng 8,31%/KH tăng 3-4%": the result over its plan
            prev.rules.append("slash_plan")
            continue
        if prev is not None and prev.q is not None:
            between = sentence[prev.q.end:q.start]
            opened = between.count("(") > between.count(")")
            if opened and q.ratio_of is not None:
                prev.last = q.end  # "(lũy kế 4/8 xã)": a running tally restates, it is no plan
                continue
            if opened:
                # "bằng 95,5% so với mục tiêu đến năm 2025 (110 triệu đồng)": the bracket gives the
                # plan the share was measured against; a bare share after an amount ("10 xã (83,3%)") is no plan.
                if prev.plan is None and (prev.q.is_percent or not q.is_percent) and (
                        cues.PLAN_BETWEEN.search(since) or cues.COMPARE_WORDS.search(since) or (
                            prev.pct is not None and prev.plan is None and q.unit == prev.q.unit
                            and cues.PLAN_BETWEEN.search(between))):
                    prev.plan, prev.last = q, q.end
                    prev.rules.append("plan_beside")
                else:  # "(13 xã)", "(tỉnh là 60,3 triệu đồng)": the same figure restated
                    prev.last = q.end
                continue
            if prev.plan is None and cues.PLAN_BETWEEN.search(since) and cues.COMPARE_WORDS.search(since) \
                    and q.unit == prev.q.unit:
                prev.plan, prev.last = q, q.end
                prev.rules.append("plan_beside")
                continue
            if cues.TOTAL_BEFORE.search(since):
                prev.last = q.end
                continue
            if _is_growth(q, before, after) and "," in since[:3] + since:
                # compared with last year: the figure before it is a reported result
                prev.last, prev.growth = q.end + cues.GROWTH_AFTER.match(after).end(), True
                prev.rules.append("growth_beside")
                continue
            if not q.is_percent and cues.EXCESS_BEFORE.search(before) and cues.EXCESS_AFTER.match(after):
                prev.planned, prev.last = prev.q.value - q.value, q.end
                prev.rules.append("excess_amount")
                continue
            if prev.q.is_percent and not re.search(r",|;|\bvà\b|\bvới\b|\btrong đó\b", since) \
                    and not q.is_percent:
                continue  # "100% xã đạt 4 tiêu chí": a qualifier of the share
        if _is_growth(q, before, after):
            # "Doanh thu tăng 8% so với cùng kỳ": growth on its own (a plan only in planning wording).
            mains.append(_Main(q, _clause_start(sentence, a, prev), q.end + cues.GROWTH_AFTER.match(after).end(),
                               growth=True))
            continue
        if q.is_percent and cues.EXCESS_PLAN_BEFORE.search(before):
            # "vượt kế hoạch 10%" is "vượt 10% kế hoạch": 110% of the plan.
            if prev is not None and prev.pct is None and ";" not in since:
                prev.pct, prev.last = q.value + 100, q.end
                prev.rules.append("excess_of_plan")
                continue
            mains.append(_Main(None, _clause_start(sentence, a, prev), q.end, pct=q.value + 100,
                               rules=["excess_of_plan"]))
            mains[-1].plan = q
            continue
        verb = cues.PCT_VERB_BEFORE.search(before)
        plan_ref = cues.PLAN_REF.match(after)
        if q.is_percent and verb and plan_ref:
            share = q.value + 100 if verb.group("verb").lower() == "vượt" else q.value
            if prev is not None and prev.pct is None and ";" not in since \
                    and (prev.q is None or not prev.q.is_percent or "," in since):
                prev.pct, prev.last = share, q.end + plan_ref.end()
                prev.rules.append("share_of_plan")
                continue
            mains.append(_Main(None, _clause_start(sentence, a, prev), q.end + plan_ref.end(), pct=share,
                               rules=["share_of_plan"]))
            mains[-1].plan = q  # keeps the share's offsets
            continue
        if may_subject and cues.TARGETS_SUBJECT.search(lower, max(_clause_start(sentence, a, prev),
                                                  _after_items_intro(sentence, a, q.start)), q.start):
            continue
        mains.append(_Main(q, _clause_start(sentence, a, prev), q.end))
    return mains


def _bracketed_share(sentence: str, a: int, q: Quantity, before: str, after: str) -> tuple[Decimal, str, int] | None:
    """A share of the plan in brackets after a result: "(đạt 108%)" after a plan word, "(bằng 103% kế hoạch)"."""
    if not q.is_percent:
        return None
    verb = cues.BRACKET_SHARE_BEFORE.search(before)
    if verb is None:
        return None
    plan_ref = cues.PLAN_REF.match(after)
    if plan_ref is None and not (after.lstrip().startswith(")")
                                 and cues.PLAN_BEFORE_BRACKET.search(sentence, a, q.start)):
        return None
    word = verb.group("verb").lower()
    value = q.value + 100 if word == "vượt" else q.value
    return value, word, q.end + (plan_ref.end() if plan_ref else 0)


def _bracketed_plan(sentence: str, q: Quantity, quantities: list[Quantity], before: str, b: int) -> Quantity | None:
    """The plan in "(đạt X, KH Y)", "(X, kế hoạch: Y)": a figure of the same unit closing the bracket."""
    if not cues.BRACKET_RESULT_BEFORE.search(before):
        return None
    m = cues.BRACKET_PLAN_AFTER.match(sentence, q.end, b)
    if m is None:
        return None
    plan = next((p for p in quantities if p.start == m.end()), None)
    if plan is None or plan.unit != q.unit or not sentence[plan.end:b].lstrip().startswith(")"):
        return None
    return plan


def _after_items_intro(sentence: str, a: int, pos: int) -> int:
    """Where the items start after a count of targets: "đề ra 20 chỉ tiêu, trong đó thu ngân sách ..."."""
    last = None
    for last in _ITEMS_INTRO.finditer(sentence, a, pos):  # noqa: B007 (the loop keeps the last match)
        pass
    return last.end() if last else a


_FROM_LEVEL_BEFORE = re.compile(r"\b(?:tăng|giảm|nâng|từ mức)\s+(?:\S+\s+){0,2}?từ\s+(?:gần\s+|hơn\s+|trên\s+|khoảng\s+)?$|"
                                r"\btừ\s+(?:gần\s+|hơn\s+|trên\s+|khoảng\s+)?$", re.I)
_TO_LEVEL_AFTER = re.compile(r"[^,;.()]{0,40}?(?<!trở )\b(?:lên|xuống|còn)\s+(?:mức\s+|gần\s+|hơn\s+|trên\s+)?\d", re.I)
_NOUN_AFTER = re.compile(r"(?:[,\s]+[^\s,.;]+){0,3}?\s+của\b", re.I)
_SECOND_SHARE_BEFORE = re.compile(r"^[^;]{0,40}?(?:,|\(|\bvà)\s*(?:(?:đạt|bằng)\s+)?(?:được\s+)?$", re.I)
_SLASH_PLAN = re.compile(r"\s*/\s*(?:KH|kế hoạch|NQ|nghị quyết|CT|chỉ tiêu)\s*(?:năm\s+\d{4}\s*)?(?::\s*)?"
                         r"(?:(?:tăng|giảm|đạt|là)\s+)?(?:(?:trên|dưới|từ|khoảng)\s+)?", re.I)
_MEASURED_AFTER = re.compile(r"\s*,?\s*(?:đạt|bằng|vượt)\b", re.I)
_SIZE_LIST_GAP = re.compile(r"(?:[^;.()%]|(?<=\d)\.(?=\d)){0,40}?(?:,|\bvà)\s*(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?")
_ITEMS_INTRO = re.compile(r",\s*(?:trong đó|cụ thể|gồm|như)\b", re.I)


def _clause_start(sentence: str, a: int, prev: _Main | None) -> int:
    """A clause begins at the first comma (or "và") after the previous item and its modifiers."""
    if prev is None:
        return a
    tail = sentence[prev.last:]
    m = re.search(r",|\bvà\b|\bvới\b", tail)
    return prev.last + m.end() if m else prev.last


def _reading(sentence: str, main: _Main, end: int, clause: str, mode: str | None,
             timing: tuple[Callable[[int], bool], Callable[[int], bool]], target_cue: bool,
             may_cue: bool = True) -> Reading:
    is_past, is_ahead = timing
    q = main.q
    pos = q.start if q else main.start
    ratio = q is not None and q.ratio_of is not None
    # "có 3/9 xã đạt chuẩn" with no plan in sight (or under a plan's own wording: "Mục tiêu đến năm 2025 có
    # 12/15 xã đạt chuẩn") counts a part of a whole: not a result against a plan.
    tally = ratio and main.pct is None and q.unit in cues.TALLY_UNITS and (
        not cues.PLAN_WORDS.search(sentence) or (may_cue and bool(cues.TARGET_CUE.search(sentence, 0, q.start))))
    ratio = ratio and not tally
    strong = ratio or main.pct is not None or main.planned is not None or (main.plan is not None and q is not None) \
        or bool(cues.RESULT_STRONG.search(clause))
    cue = may_cue and bool(cues.TARGET_CUE.search(unquoted(sentence), 0, end))
    if cue and not cues.PLAN_CUE_STRONG.search(sentence, 0, end):
        # Only yearly words or forecasts: "thu ngân sách hằng năm đạt và vượt" in a term that is over tells how
        # often; "dự kiến năm 2025 đạt 47%" read out in a review estimates what was reached.
        forecast_only = not cues.FREQUENCY_CUE.search(unquoted(sentence), 0, end)
        if is_past(pos) or (forecast_only and mode == "result" and not is_ahead(pos)):
            cue = target_cue = False
    planning = cue or mode in ("target", "target_list") or (
        mode == "target_prose" and not cues.RESULT_PAST.search(sentence[:end]))
    measured = main.pct is not None or main.planned is not None or (main.plan is not None and q is not None)
    # A plan wording alone ("hoàn thành 100% chỉ tiêu tuyển quân") in a planning context is the plan.
    worded_only = strong and not ratio and not measured and q is not None and q.is_percent and q.value == 100 \
        and not re.search(r"\b(?:vượt|về đích|thấp hơn|cao hơn|chưa đạt|không đạt)\b", clause, re.I)
    directed = q is not None and not ratio and not measured and _directed(sentence, pos, q.end)
    features = Features(
        has_quantity=q is not None, ratio=ratio, measured=measured, strong=strong, worded_only=worded_only,
        directed=directed, planning=planning, plan_list=mode == "target_list", growth=main.growth,
        review=mode == "result", own_cue=cue, past=lambda: is_past(pos), ahead=lambda: is_ahead(pos),
        carried_plan=mode == "target" and not cue,
        result_words=lambda: bool(cues.RESULT_WEAK.search(clause)),
        level_left=lambda: q is not None and not target_cue and bool(cues.LEVEL_LEFT.search(sentence, 0, q.start)),
        result_words_before=lambda: not target_cue and bool(cues.RESULT_WEAK.search(sentence, 0, main.start)),
        result_verb=lambda: q is not None and not target_cue
        and bool(cues.RESULT_VERB_BEFORE.search(sentence, main.start, q.start)))
    kind, rule = decide(features)
    planned = main.planned
    if ratio:
        planned = q.ratio_of
        if main.pct is not None and q.ratio_of and abs(q.value / q.ratio_of * 100 - main.pct) > 2:
            planned = None  # "98/119 xã ..., vượt 12,6%": 119 is all communes, not the plan
    if main.plan is not None and q is not None and planned is None:
        planned = main.plan.value
    reading = Reading(kind, q, main.start, end, indicator_of(clause, q, sentence, main.start), clause,
                      percent_of_plan=main.pct, planned=planned,
                      plan=main.plan if q is not None else None, directed=directed,
                      rules=[*main.rules, rule], decided_by=rule)
    if q is None and kind == "target":
        # "Kết nạp đảng viên đạt 100% so với số đăng ký" in a list of plans: a target of 100%.
        reading.quantity, reading.percent_of_plan = main.plan, None
    return reading


@lru_cache(maxsize=256)
def unquoted(sentence: str) -> str:
    """The sentence with what is quoted blanked out (same length): the title of a resolution quoted in a report
    ("Về phát triển ... giai đoạn 2020-2025, định hướng đến năm 2030") plans nothing itself."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)


_QUOTED = re.compile(r"“[^”]{0,300}”|\"[^\"]{0,300}\"")


def _directed(sentence: str, pos: int, q_end: int) -> bool:
    """Whether a figure is what someone is told or resolves to reach (not what was reached)."""
    directive = None
    for found in cues.DIRECTIVE.finditer(unquoted(sentence), 0, pos):
        if not _NOUN_AFTER.match(sentence, found.end()) and not sentence[max(0, found.start() - 4):found.start()].endswith("sự "):
            directive = found  # ("sự nỗ lực, cố gắng của doanh nghiệp", "chỉ đạo tập trung của cấp ủy": nouns)
    if directive is not None and not cues.RESULT_PAST.search(sentence, directive.end(), pos):
        return True
    return bool(cues.AS_RESOLVED.match(sentence, q_end)) and not cues.RESULT_PAST.search(sentence, 0, pos)


# indicator_of runs for every reading: its patterns are compiled once here, not looked up per call.
_NO_INDICATOR_AFTER = re.compile(r"\b(?:đạt|bằng|vượt|hoàn thành|thực hiện đạt)\b")
_BOUND_WORD = re.compile(r"\b(?:trên|hơn|dưới|từ|ít nhất|tối thiểu|khoảng|gần|không quá|tối đa)\s*$")
_VALUE_VERB = re.compile(r"(?:\b(?:ước đạt|đạt|là|còn|ở mức|bằng)|:)\s*$")
_LABEL_CHANGE = re.compile(r":\s*(?:tăng|giảm|thêm|có thêm|giảm còn|tăng thêm)?\s*$")
_TAIL_END = re.compile(r"[,;(]|\btrở lên\b|\bso với\b")
_BRACKETED = re.compile(r"\([^)]*\)|\(\s*$")
_SPACES = re.compile(r"\s+")


def indicator_of(clause: str, q: Quantity | None, sentence: str, offset: int) -> str:
    """What is measured: the clause's words before the number, the counted noun and the words
    right after it ("xây dựng 5 xã đạt chuẩn NTM" -> "xây dựng xã đạt chuẩn NTM")."""
    if q is None:
        text = _NO_INDICATOR_AFTER.split(clause)[0]
    else:
        a, b = q.start - offset, q.end - offset
        before = _BOUND_WORD.sub("", clause[:a].rstrip())
        before = _VALUE_VERB.sub("", before.rstrip())
        before = _LABEL_CHANGE.sub("", before)
        tail = _TAIL_END.split(clause[b:])[0]
        counted = "" if (q.is_percent or "đồng" in q.unit or "usd" in q.unit) else q.unit.split("/")[0]
        if counted in ("người", "lao động") and not tail.strip() and before.strip():
            counted = ""  # "giải quyết việc làm mới 1.400 người": the noun adds nothing
        text = " ".join(part for part in (before, counted, tail) if part.strip())
    text = _BRACKETED.sub(" ", text)
    for _ in range(4):
        text = cues.LEAD_IN.sub("", text.strip(), count=1)
    return _SPACES.sub(" ", text).strip(" ,;:.-…")
