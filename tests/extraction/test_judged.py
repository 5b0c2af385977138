"""How a target is judged: a ceiling is met by staying under it, a reduction by reducing enough."""

from decimal import Decimal

import pytest

from extraction.nlp.items import TargetItem


def target(phrase: str, direction: str | None = "decrease", bound: str | None = None) -> TargetItem:
    return TargetItem(
        indicator="x",
        value=Decimal(1),
        value_max=None,
        unit="%",
        direction=direction,
        theme="social",
        sentence=phrase,
        start=0,
        end=len(phrase),
        phrase=phrase,
        bound=bound,
    )


@pytest.mark.parametrize(
    "phrase", ["giảm tỷ lệ hộ nghèo còn 3,5%", "đưa tỷ lệ thất nghiệp xuống 2%", "tỷ lệ sinh con thứ ba không quá 5%"]
)
def test_a_level_to_reach_downwards_is_a_ceiling(phrase):
    assert target(phrase).judged == "at_most"


@pytest.mark.parametrize("phrase", ["kéo giảm 3% số vụ vi phạm", "tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm"])
def test_a_reduction_by_an_amount_is_met_by_reducing_at_least_that_much(phrase):
    assert target(phrase).judged == "at_least"


def test_an_upper_bound_is_a_ceiling_whatever_the_verb():
    assert target("tỷ lệ tăng dân số tự nhiên dưới 1%", direction=None, bound="max").judged == "at_most"


def test_a_level_to_reach_upwards_is_a_floor():
    assert target("tỷ lệ lao động qua đào tạo đạt 70%", direction="increase").judged == "at_least"
