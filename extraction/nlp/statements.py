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

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

# The plan patterns are looked up on their module when a rule runs, not bound here: reloading
# extraction.nlp.cues after a lexicon file changed rebuilds them there.
from extraction.grammar import may_match, plans
from extraction.grammar.statements import (
    BOUND_WORD,
    BRACKETED,
    CLAUSE_BREAK,
    FROM_LEVEL_BEFORE,
    HOLDING_NOW,
    ITEMS_INTRO,
    LABEL_CHANGE,
    LABEL_VALUE,
    LIST_JOIN,
    MEASURED_AFTER,
    NO_INDICATOR_AFTER,
    NOUN_AFTER,
    OFF_PLAN_WORDS,
    PIECE_BREAK,
    QUOTED,
    RESTATED_BETWEEN,
    SECOND_SHARE_BEFORE,
    SHARE_OF_PLAN_AFTER,
    SIZE_LIST_GAP,
    SLASH_PLAN,
    SPACES,
    TAIL_END,
    TO_LEVEL_AFTER,
    VALUE_VERB,
)
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
    return q.is_percent and bool(plans.GROWTH_BEFORE.search(before)) and bool(plans.GROWTH_AFTER.match(after))


def pieces(sentence: str) -> list[tuple[int, int]]:
    """Spans of the sentence between ";" and ":" (a list intro and its items are separate)."""
    spans, start = [], 0
    for m in PIECE_BREAK.finditer(sentence):
        if m.group(0) == ":" and LABEL_VALUE.match(sentence, m.end()):
            # "Thu nhập bình quân đầu người đến năm 2025: 70 triệu đồng", and a table flattened to
            # "Tỷ lệ hộ nghèo: giảm 2,5%" are one clause: the label is the indicator.
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if sentence[a:b].strip()]


def read_sentence(
    sentence: str,
    *,
    mode: str | None,
    is_past: Callable[[int], bool],
    is_ahead: Callable[[int], bool] = lambda pos: False,
    masks: list[tuple[int, int]] = (),
) -> list[Reading]:
    """Targets and achievements of a sentence (which is not a heading)."""
    readings: list[Reading] = []
    quantities = find_quantities(sentence, masks)
    if not quantities:
        return readings  # every reading is of a number: a sentence without one has none
    # Whether TARGET_CUE can match anywhere in the sentence (or any slice of it), decided once.
    may_cue = may_match(plans.TARGET_CUE_NEEDS, sentence.lower())
    sentence_target_cue = _plan_cue_before(sentence, len(sentence), may_cue)
    for a, b in pieces(sentence):
        mains = _roles(sentence, a, b, [q for q in quantities if a <= q.start < b])
        for n, main in enumerate(mains):
            end = mains[n + 1].start if n + 1 < len(mains) else b
            clause = sentence[main.start : end]
            reading = _reading(sentence, main, end, clause, mode, (is_past, is_ahead), sentence_target_cue, may_cue)
            if (
                readings
                and readings[-1].kind in ("achievement", "result")
                and reading.kind == "target"
                and not _plan_cue_before(sentence, end, may_cue)
                and mode not in ("target", "target_list")
            ):
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
        if (
            plan is None
            and r.kind != "achievement"
            and plans.PLAN_STATED.search(sentence, max(0, q.start - 90), q.start)
        ):
            r.kind, plan = "target", r
            r.rules.append("plan_stated_then_result")
        elif (
            plan is not None
            and r.kind in ("result", "target")
            and q.unit == plan.quantity.unit
            and plans.RESULT_WEAK.search(sentence, plan.quantity.end, q.start)
        ):
            r.kind, r.planned = "achievement", plan.quantity.value
            r.rules.append("plan_stated_then_result")
            share = plans.SHARE_AFTER.match(sentence, q.end)
            if share is not None and r.percent_of_plan is None:
                r.percent_of_plan = parse_number(share.group("n"))
                shares.add(share.start("n"))
            plan = None
    return [r for r in readings if r.quantity is None or r.quantity.start not in shares]


@dataclass
class _Clause:
    """One number of a piece of a sentence, with what the role rules look at and the state they share."""

    sentence: str
    a: int  # the piece
    b: int
    quantities: list[Quantity]
    mains: list[_Main]
    state: dict
    q: Quantity = None
    prev: _Main | None = None
    since: str = ""  # from the previous item (or the piece's start) to the number
    before: str = ""  # the 40 characters before the number, within the piece
    after: str = ""  # the rest of the piece
    low_before: str = ""

    def start(self) -> int:
        return _clause_start(self.sentence, self.a, self.prev)

    def new(self, q: Quantity | None, last: int, rule: str | None = None, **kw) -> None:
        self.mains.append(_Main(q, self.start(), last, rules=[rule] if rule else [], **kw))

    def prev_without_share(self) -> _Main | None:
        """The item before, when it has no share of the plan yet and no ";" parts it from the number."""
        prev = self.prev
        return prev if prev is not None and prev.pct is None and ";" not in self.since else None

    def share(self, value: Decimal, last: int, rule: str, of_prev: bool) -> bool:
        """A share of the plan that runs to `last`: the item before's (`of_prev`), or an item of its own."""
        if of_prev:
            self.prev.pct, self.prev.last = value, last
            self.prev.rules.append(rule)
        else:
            self.new(None, last, rule, pct=value)
            self.mains[-1].plan = self.q  # keeps the share's offsets
        return True


def _roles(sentence: str, a: int, b: int, quantities: list[Quantity]) -> list[_Main]:
    """The items of a piece of a sentence and what shapes each: every number goes through `ROLE_RULES` in
    order; the first rule that takes it decides its role (no item, a new item, or a modifier of the item
    before it), and the shaping ones leave their id in the item's rules."""
    lower = sentence.lower()
    state = {
        "organisations": {m.start("n") for m in plans.ORGANISATIONS_IN.finditer(sentence, a, b)}
        if may_match(plans.ORGANISATIONS_IN_NEEDS, lower)
        else set(),
        "places": [m.span() for m in plans.PLACES_COUNTED.finditer(sentence, a, b)]
        if may_match(plans.PLACES_COUNTED_NEEDS, lower)
        else [],
        "may_subject": may_match(plans.TARGETS_SUBJECT_NEEDS, lower),
        "lower": lower,
        "plans_in_brackets": set(),
        "size_end": -1,  # where the last figure read as a size ended: a list after it goes on giving sizes
    }
    c = _Clause(sentence, a, b, quantities, [], state)
    for q in quantities:
        c.q, c.prev = q, (c.mains[-1] if c.mains else None)
        c.since = sentence[c.prev.last if c.prev else a : q.start]
        c.before = sentence[max(a, q.start - 40) : q.start]
        c.after = sentence[q.end : b]
        c.low_before = c.before.lower()
        for _name, rule in ROLE_RULES:
            if rule(c):
                break
    return c.mains


def _role_counted_organisation(c: _Clause) -> bool:
    """ "trong 36 tổ chức cơ sở đảng", "có 14 xã và 1 thị trấn", a plan already read in brackets: no item."""
    q, st = c.q, c.state
    return (
        q.start in st["organisations"]
        or q.start in st["plans_in_brackets"]
        or any(x <= q.start < y for x, y in st["places"])
    )


def _role_size_list(c: _Clause) -> bool:
    """ "với hơn 28.800 nhân khẩu, 30 xóm, 52 đảng bộ": the sizes go on after a size."""
    end = c.state["size_end"]
    if end >= 0 and SIZE_LIST_GAP.fullmatch(c.sentence, end, c.q.start):
        c.state["size_end"] = c.q.end
        return True
    return False


def _role_size(c: _Clause) -> bool:
    """A rank, a size, a vote, or a figure describing a thing ("tổng công suất 78 MW"): no item."""
    low, before, after = c.low_before, c.before, c.after
    if (
        (may_match(plans.RANKING_BEFORE_NEEDS, low) and plans.RANKING_BEFORE.search(before))
        or (
            may_match(plans.SIZE_BEFORE_NEEDS, low)
            and plans.SIZE_BEFORE.search(before)
            and not (HOLDING_NOW.search(before) and SHARE_OF_PLAN_AFTER.match(after))
        )
        or (may_match(plans.SIZE_CONTEXT_NEEDS, low) and plans.SIZE_CONTEXT.search(before))
        or plans.SIZE_AFTER.match(after)
        or ("gồm" in low and plans.COMMITTEE_MEMBERS.search(c.sentence, c.a, c.q.start))
        or (
            may_match(plans.DESCRIPTION_BEFORE_NEEDS, low)
            and plans.DESCRIPTION_BEFORE.search(c.sentence, max(c.a, c.q.start - 30), c.q.start)
            and not MEASURED_AFTER.match(after)
        )
    ):
        c.state["size_end"] = c.q.end
        return True
    return False


def _role_starting_level(c: _Clause) -> bool:
    """ "tăng từ gần 47 triệu đồng năm 2021 lên trên 52 triệu đồng": where it started, not an item."""
    return "từ" in c.low_before and bool(FROM_LEVEL_BEFORE.search(c.before)) and bool(TO_LEVEL_AFTER.match(c.after))


def _role_count_of_targets(c: _Clause) -> bool:
    """ "các chỉ tiêu còn lại đạt từ 45%", "nhiều chỉ tiêu đạt trên 50%": a count of targets, no item."""
    if (
        c.prev is None
        and c.state["may_subject"]
        and plans.TARGETS_SUBJECT.search(c.sentence, _after_items_intro(c.sentence, c.a, c.q.start), c.q.start)
    ):
        return True
    return may_match(plans.TARGETS_TAIL_NEEDS, c.low_before) and bool(plans.TARGETS_TAIL.search(c.before))


def _role_restated(c: _Clause) -> bool:
    """ "ước đạt 5.420 USD (khoảng 125 triệu đồng)": the same figure in another unit, neither a plan nor an item."""
    prev = c.prev
    if prev is None or prev.q is None or not RESTATED_BETWEEN.fullmatch(c.sentence, prev.q.end, c.q.start):
        return False
    prev.last = c.q.end
    return True


def _role_bracketed_plan(c: _Clause) -> bool:
    """ "tỷ lệ trường đạt chuẩn (đạt 78,5%, KH 80%)": the result, and the plan it is measured against."""
    plan = _bracketed_plan(c.sentence, c.q, c.quantities, c.before, c.b)
    if plan is None:
        return False
    c.state["plans_in_brackets"].add(plan.start)
    c.new(c.q, plan.end, "bracketed_plan", plan=plan)
    return True


def _role_second_share(c: _Clause) -> bool:
    """ "đạt 98% dự toán Trung ương giao, 95,2% dự toán địa phương": the same result against a second plan."""
    prev = c.prev
    if not (c.q.is_percent and prev is not None and prev.pct is not None and SECOND_SHARE_BEFORE.search(c.since)):
        return False
    plan_ref = plans.PLAN_REF.match(c.after)
    if plan_ref is None:
        return False
    prev.last = c.q.end + plan_ref.end()
    prev.rules.append("second_share")
    return True


def _role_bracketed_share(c: _Clause) -> bool:
    """ "hoàn thành vượt mức kế hoạch (đạt 108%)": the share of the plan, of the item before or on its own."""
    share = _bracketed_share(c.sentence, c.a, c.q, c.before, c.after)
    if share is None:
        return False
    value, _verb, close = share
    prev = c.prev_without_share()
    of_prev = prev is not None and prev.planned is None and (prev.q is None or not prev.q.is_percent)
    return c.share(value, close, "bracketed_share", of_prev)


def _role_slash_plan(c: _Clause) -> bool:
    """ "ước tăng 8,31%/KH tăng 3-4%": the result over its plan."""
    prev = c.prev
    if (
        prev is None
        or prev.q is None
        or prev.plan is not None
        or "/" not in c.sentence[prev.q.end : c.q.start]
        or not SLASH_PLAN.fullmatch(c.sentence, prev.q.end, c.q.start)
    ):
        return False
    prev.plan, prev.last = c.q, c.q.end
    prev.rules.append("slash_plan")
    return True


def _role_in_brackets_after_item(c: _Clause) -> bool:
    """A figure in brackets after an item: its plan ("bằng 95,5% so với mục tiêu đến năm 2025 (110 triệu
    đồng)"), or the same figure restated ("(13 xã)", "(lũy kế 4/8 xã)")."""
    prev, q = c.prev, c.q
    if prev is None or prev.q is None:
        return False
    between = c.sentence[prev.q.end : q.start]
    if between.count("(") <= between.count(")"):
        return False
    if (
        q.ratio_of is None
        and prev.plan is None
        and (prev.q.is_percent or not q.is_percent)
        and not _is_growth(q, c.before, c.after)  # "(giảm 20.799 tấn so với năm 2021)": growth, not the plan
        and (
            plans.PLAN_BETWEEN.search(c.since)
            or plans.COMPARE_WORDS.search(c.since)
            or (prev.pct is not None and q.unit == prev.q.unit and plans.PLAN_BETWEEN.search(between))
        )
    ):
        prev.plan = q
        prev.rules.append("plan_beside")
    prev.last = q.end
    return True


def _role_plan_after_item(c: _Clause) -> bool:
    """ "thu ngân sách đạt 300 tỷ đồng, vượt kế hoạch (250 tỷ đồng)", "nâng tổng số lên ...", "tăng 12% so với
    năm 2021", "vượt 50 tỷ đồng so với kế hoạch", "100% xã đạt 4 tiêu chí": modifiers of the item before."""
    prev, q, since = c.prev, c.q, c.since
    if prev is None or prev.q is None:
        return False
    if (
        prev.plan is None
        and plans.PLAN_BETWEEN.search(since)
        and plans.COMPARE_WORDS.search(since)
        and q.unit == prev.q.unit
        and not _is_growth(q, c.before, c.after)  # "..., 24% so với dự toán và bằng 131% so với cùng kỳ": growth
    ):
        prev.plan, prev.last = q, q.end
        prev.rules.append("plan_beside")
        return True
    if plans.TOTAL_BEFORE.search(since):
        prev.last = q.end
        return True
    if _is_growth(q, c.before, c.after) and "," in since[:3] + since:
        # compared with last year: the figure before it is a reported result
        prev.last, prev.growth = q.end + plans.GROWTH_AFTER.match(c.after).end(), True
        prev.rules.append("growth_beside")
        return True
    if not q.is_percent and plans.EXCESS_BEFORE.search(c.before) and plans.EXCESS_AFTER.match(c.after):
        prev.planned, prev.last = prev.q.value - q.value, q.end
        prev.rules.append("excess_amount")
        return True
    return prev.q.is_percent and not q.is_percent and not LIST_JOIN.search(since)


def _role_growth(c: _Clause) -> bool:
    """ "Doanh thu tăng 8% so với cùng kỳ": growth on its own (a plan only in planning wording)."""
    if not _is_growth(c.q, c.before, c.after):
        return False
    c.new(c.q, c.q.end + plans.GROWTH_AFTER.match(c.after).end(), growth=True)
    return True


def _role_excess_of_plan(c: _Clause) -> bool:
    """ "vượt kế hoạch 10%" is "vượt 10% kế hoạch": 110% of the plan."""
    q = c.q
    if not (q.is_percent and plans.EXCESS_PLAN_BEFORE.search(c.before)):
        return False
    return c.share(q.value + 100, q.end, "excess_of_plan", c.prev_without_share() is not None)


def _role_share_of_plan(c: _Clause) -> bool:
    """ "đạt 92% kế hoạch", "vượt 15% dự toán": the share of the plan, of the item before or on its own."""
    q = c.q
    if not q.is_percent:
        return False
    verb = plans.PCT_VERB_BEFORE.search(c.before)
    plan_ref = plans.PLAN_REF.match(c.after) if verb else None
    if plan_ref is None:
        return False
    share = q.value + 100 if verb.group("verb").lower() == "vượt" else q.value
    prev = c.prev_without_share()
    of_prev = prev is not None and (prev.q is None or not prev.q.is_percent or "," in c.since)
    return c.share(share, q.end + plan_ref.end(), "share_of_plan", of_prev)


def _role_targets_subject(c: _Clause) -> bool:
    """ "10 CT đạt từ 60% trở lên" after an item: a count of targets, no item."""
    return c.state["may_subject"] and bool(
        plans.TARGETS_SUBJECT.search(
            c.state["lower"], max(c.start(), _after_items_intro(c.sentence, c.a, c.q.start)), c.q.start
        )
    )


def _role_item(c: _Clause) -> bool:
    """Anything else is an item of its own."""
    c.new(c.q, c.q.end)
    return True


# The role rules, in the order they are tried (the first that takes a number decides).
ROLE_RULES = (
    ("counted_organisation", _role_counted_organisation),
    ("size_list", _role_size_list),
    ("size", _role_size),
    ("starting_level", _role_starting_level),
    ("count_of_targets", _role_count_of_targets),
    ("restated", _role_restated),
    ("bracketed_plan", _role_bracketed_plan),
    ("second_share", _role_second_share),
    ("bracketed_share", _role_bracketed_share),
    ("slash_plan", _role_slash_plan),
    ("in_brackets_after_item", _role_in_brackets_after_item),
    ("plan_after_item", _role_plan_after_item),
    ("growth", _role_growth),
    ("excess_of_plan", _role_excess_of_plan),
    ("share_of_plan", _role_share_of_plan),
    ("targets_subject", _role_targets_subject),
    ("item", _role_item),
)


def _bracketed_share(sentence: str, a: int, q: Quantity, before: str, after: str) -> tuple[Decimal, str, int] | None:
    """A share of the plan in brackets after a result: "(đạt 108%)" after a plan word, "(bằng 103% kế hoạch)"."""
    if not q.is_percent:
        return None
    verb = plans.BRACKET_SHARE_BEFORE.search(before)
    if verb is None:
        return None
    plan_ref = plans.PLAN_REF.match(after)
    if plan_ref is None and not (
        after.lstrip().startswith(")") and plans.PLAN_BEFORE_BRACKET.search(sentence, a, q.start)
    ):
        return None
    word = verb.group("verb").lower()
    value = q.value + 100 if word == "vượt" else q.value
    return value, word, q.end + (plan_ref.end() if plan_ref else 0)


def _bracketed_plan(sentence: str, q: Quantity, quantities: list[Quantity], before: str, b: int) -> Quantity | None:
    """The plan in "(đạt X, KH Y)", "(X, kế hoạch: Y)": a figure of the same unit closing the bracket."""
    if not plans.BRACKET_RESULT_BEFORE.search(before):
        return None
    m = plans.BRACKET_PLAN_AFTER.match(sentence, q.end, b)
    if m is None:
        return None
    plan = next((p for p in quantities if p.start == m.end()), None)
    if plan is None or plan.unit != q.unit or not sentence[plan.end : b].lstrip().startswith(")"):
        return None
    return plan


def _after_items_intro(sentence: str, a: int, pos: int) -> int:
    """Where the items start after a count of targets: "đề ra 20 chỉ tiêu, trong đó thu ngân sách ..."."""
    last = None
    for last in ITEMS_INTRO.finditer(sentence, a, pos):  # noqa: B007 (the loop keeps the last match)
        pass
    return last.end() if last else a


def _clause_start(sentence: str, a: int, prev: _Main | None) -> int:
    """A clause begins at the first comma (or "và") after the previous item and its modifiers."""
    if prev is None:
        return a
    tail = sentence[prev.last :]
    m = CLAUSE_BREAK.search(tail)
    return prev.last + m.end() if m else prev.last


def _reading(
    sentence: str,
    main: _Main,
    end: int,
    clause: str,
    mode: str | None,
    timing: tuple[Callable[[int], bool], Callable[[int], bool]],
    target_cue: bool,
    may_cue: bool = True,
) -> Reading:
    """The reading of one item: the features of its clause, the kind the decision rules give it, its plan."""
    q = main.q
    pos = q.start if q else main.start
    ratio = q is not None and q.ratio_of is not None and not _tally(sentence, main, may_cue)
    measured = main.pct is not None or main.planned is not None or (main.plan is not None and q is not None)
    strong = ratio or measured or bool(plans.RESULT_STRONG.search(clause))
    cue, target_cue = _own_cue(sentence, end, pos, mode, timing, target_cue, may_cue)
    directed = q is not None and not ratio and not measured and _directed(sentence, pos, q.end)
    features = Features(
        has_quantity=q is not None,
        ratio=ratio,
        measured=measured,
        strong=strong,
        worded_only=strong and not ratio and not measured and _plan_worded_only(q, clause),
        directed=directed,
        planning=_planning(sentence, end, mode, cue),
        plan_list=mode == "target_list",
        growth=main.growth,
        review=mode == "result",
        own_cue=cue,
        carried_plan=mode == "target" and not cue,
        **_lazy_features(sentence, main, clause, pos, timing, target_cue),
    )
    return _decided(sentence, main, end, clause, decide(features), ratio, directed)


def _decided(
    sentence: str, main: _Main, end: int, clause: str, decision: tuple[str, str], ratio: bool, directed: bool
) -> Reading:
    """The reading of an item of the kind `decision` gave it (with the id of the rule that gave it)."""
    kind, rule = decision
    q = main.q
    reading = Reading(
        kind,
        q,
        main.start,
        end,
        indicator_of(clause, q, sentence, main.start),
        clause,
        percent_of_plan=main.pct,
        planned=_planned(main, ratio),
        plan=main.plan if q is not None else None,
        directed=directed,
        rules=[*main.rules, rule],
        decided_by=rule,
    )
    if q is None and kind == "target":
        # "Kết nạp đảng viên đạt 100% so với số đăng ký" in a list of plans: a target of 100%.
        reading.quantity, reading.percent_of_plan = main.plan, None
    return reading


def _tally(sentence: str, main: _Main, may_cue: bool) -> bool:
    """ "có 3/9 xã đạt chuẩn" with no plan in sight (or under a plan's own wording: "Mục tiêu đến năm 2025 có
    12/15 xã đạt chuẩn") counts a part of a whole: not a result against a plan."""
    q = main.q
    return (
        main.pct is None
        and q.unit in plans.TALLY_UNITS
        and (not plans.PLAN_WORDS.search(sentence) or (may_cue and bool(plans.TARGET_CUE.search(sentence, 0, q.start))))
    )


def _plan_cue_before(sentence: str, end: int, may_cue: bool) -> bool:
    """Whether the sentence's own wording plans before `end` (quoted titles aside)."""
    return may_cue and bool(plans.TARGET_CUE.search(unquoted(sentence), 0, end))


def _own_cue(
    sentence: str,
    end: int,
    pos: int,
    mode: str | None,
    timing: tuple[Callable[[int], bool], Callable[[int], bool]],
    target_cue: bool,
    may_cue: bool,
) -> tuple[bool, bool]:
    """Whether the clause's sentence plans by its own wording, and whether the sentence's cue still counts:
    only yearly words or forecasts plan nothing for a period that is over."""
    is_past, is_ahead = timing
    cue = _plan_cue_before(sentence, end, may_cue)
    if cue and not plans.PLAN_CUE_STRONG.search(sentence, 0, end):
        # "thu ngân sách hằng năm đạt và vượt" in a term that is over tells how often; "dự kiến năm 2025 đạt
        # 47%" read out in a review estimates what was reached.
        forecast_only = not plans.FREQUENCY_CUE.search(unquoted(sentence), 0, end)
        if is_past(pos) or (forecast_only and mode == "result" and not is_ahead(pos)):
            return False, False
    return cue, target_cue


def _planning(sentence: str, end: int, mode: str | None, cue: bool) -> bool:
    """A planning cue of its own, a list of plans or a planning paragraph, or prose under a targets heading
    not worded in the past."""
    return (
        cue
        or mode in ("target", "target_list")
        or (mode == "target_prose" and not plans.RESULT_PAST.search(sentence[:end]))
    )


def _plan_worded_only(q: Quantity | None, clause: str) -> bool:
    """ "hoàn thành 100% chỉ tiêu tuyển quân": a plan's wording alone, which in a planning context is the plan
    (unless the plan was passed or missed)."""
    return q is not None and q.is_percent and q.value == 100 and not OFF_PLAN_WORDS.search(clause)


def _planned(main: _Main, ratio: bool) -> Decimal | None:
    """The planned value of an item: given as such, the M of "N/M", or the plan written beside it."""
    q = main.q
    planned = main.planned
    if ratio:
        planned = q.ratio_of
        if main.pct is not None and q.ratio_of and abs(q.value / q.ratio_of * 100 - main.pct) > 2:
            planned = None  # "98/119 xã ..., vượt 12,6%": 119 is all communes, not the plan
    if main.plan is not None and q is not None and planned is None:
        planned = main.plan.value
    return planned


def _lazy_features(
    sentence: str,
    main: _Main,
    clause: str,
    pos: int,
    timing: tuple[Callable[[int], bool], Callable[[int], bool]],
    target_cue: bool,
) -> dict:
    """The features worth computing only when a rule asks for them (decisions.Features)."""
    is_past, is_ahead = timing
    q = main.q
    return {
        "past": lambda: is_past(pos),
        "ahead": lambda: is_ahead(pos),
        "result_words": lambda: bool(plans.RESULT_WEAK.search(clause)),
        "reported_here": lambda: not target_cue and bool(plans.RESULT_PAST.search(clause)),
        "level_left": lambda: q is not None and not target_cue and bool(plans.LEVEL_LEFT.search(sentence, 0, q.start)),
        "result_words_before": lambda: not target_cue and bool(plans.RESULT_WEAK.search(sentence, 0, main.start)),
        "result_verb": lambda: (
            q is not None and not target_cue and bool(plans.RESULT_VERB_BEFORE.search(sentence, main.start, q.start))
        ),
        "plan_bound": lambda: q is not None and _plan_bound(sentence, q),
    }


def _plan_bound(sentence: str, q: Quantity) -> bool:
    """ "ít nhất 560.000 tỷ đồng", "từ 10,5%/năm trở lên", "đạt 11 - 12%": a floor or a range, as plans set."""
    if q.value_max is not None and q.ratio_of is None:
        return True
    return bool(plans.PLAN_BOUND_BEFORE.search(sentence, max(0, q.start - 20), q.start)) or bool(
        plans.PLAN_BOUND_AFTER.match(sentence, q.end)
    )


@lru_cache(maxsize=256)
def unquoted(sentence: str) -> str:
    """The sentence with what is quoted blanked out (same length): the title of a resolution quoted in a report
    ("Về phát triển ... giai đoạn 2020-2025, định hướng đến năm 2030") plans nothing itself."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)


def _directed(sentence: str, pos: int, q_end: int) -> bool:
    """Whether a figure is what someone is told or resolves to reach (not what was reached)."""
    directive = None
    for found in plans.DIRECTIVE.finditer(unquoted(sentence), 0, pos):
        if not NOUN_AFTER.match(sentence, found.end()) and not sentence[
            max(0, found.start() - 4) : found.start()
        ].endswith("sự "):
            directive = found  # ("sự nỗ lực, cố gắng của doanh nghiệp", "chỉ đạo tập trung của cấp ủy": nouns)
    if directive is not None and not plans.RESULT_PAST.search(sentence, directive.end(), pos):
        return True
    return bool(plans.AS_RESOLVED.match(sentence, q_end)) and not plans.RESULT_PAST.search(sentence, 0, pos)


def indicator_of(clause: str, q: Quantity | None, sentence: str, offset: int) -> str:
    """What is measured: the clause's words before the number, the counted noun and the words
    right after it ("xây dựng 5 xã đạt chuẩn NTM" -> "xây dựng xã đạt chuẩn NTM")."""
    if q is None:
        text = NO_INDICATOR_AFTER.split(clause)[0]
    else:
        a, b = q.start - offset, q.end - offset
        before = BOUND_WORD.sub("", clause[:a].rstrip())
        before = VALUE_VERB.sub("", before.rstrip())
        before = LABEL_CHANGE.sub("", before)
        tail = TAIL_END.split(clause[b:])[0]
        counted = "" if (q.is_percent or "đồng" in q.unit or "usd" in q.unit) else q.unit.split("/")[0]
        if counted in ("người", "lao động") and not tail.strip() and before.strip():
            counted = ""  # "giải quyết việc làm mới 1.400 người": the noun adds nothing
        text = " ".join(part for part in (before, counted, tail) if part.strip())
    text = BRACKETED.sub(" ", text)
    for _ in range(4):
        stripped = plans.LEAD_IN.sub("", text.strip(), count=1)
        if stripped == text:
            break  # nothing more to strip: the passes left would give the same text
        text = stripped
    return SPACES.sub(" ", text).strip(" ,;:.-…")
