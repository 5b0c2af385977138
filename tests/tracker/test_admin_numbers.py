"""Numbers as staff read them: Vietnamese separators, no trailing zeros of the stored scale."""

from decimal import Decimal

import pytest
from django.utils import translation

from tracker.numbers import number, number_range, percent, plain


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (Decimal("1400.0000"), "1.400"),
        (Decimal("59.9000"), "59,9"),
        (Decimal("10160.8960"), "10.160,896"),
        (Decimal("60.0000"), "60"),
        (Decimal("0.0000"), "0"),
        (Decimal("1E+3"), "1.000"),
        (7, "7"),
        (None, "–"),
    ],
)
def test_a_number_is_written_the_vietnamese_way(stored, shown):
    with translation.override("vi"):
        assert number(stored) == shown


def test_a_number_is_written_the_english_way_in_english():
    with translation.override("en"):
        assert (number(Decimal("1400.5000")), number_range(Decimal(1), Decimal("1.5"))) == ("1,400.5", "1 – 1.5")


def test_a_range_and_a_percentage():
    with translation.override("vi"):
        assert number_range(Decimal("1.0000"), Decimal("1.5000")) == "1 – 1,5"
        assert number_range(Decimal("4.0000"), None) == "4"
        assert percent(Decimal("280.00")) == "280%"
        assert percent(Decimal("95.46")) == "95,5%"
        assert percent(None) == "–"


def test_plain_drops_only_trailing_zeros():
    assert str(plain(Decimal("60.0000"))) == "60"
    assert str(plain(Decimal("1E+3"))) == "1000"
    assert str(plain(Decimal("0.0500"))) == "0.05"
