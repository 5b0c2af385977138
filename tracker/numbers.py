"""Numbers as the active language writes them: 1.400 and 59,9 in Vietnamese, 1,400 and 59.9 in English.

Stored decimals carry four places; people never see the trailing zeros (60.0000 is shown as 60).
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils import numberformat
from django.utils.formats import get_format

EMPTY = "–"

# Django's vi locale leaves NUMBER_GROUPING unset (no grouping); staff read 1.400, not 1400.
DEFAULT_GROUPING = 3


def plain(value: Decimal) -> Decimal:
    """The value without the trailing zeros of its stored scale (60.0000 -> 60, 59.9000 -> 59.9)."""
    normalized = Decimal(value).normalize()
    if normalized.as_tuple().exponent > 0:  # 1E+3 after normalize()
        return normalized.quantize(Decimal(1))
    return normalized


def number(value: Decimal | int | None) -> str:
    """A number as the active language writes it: 1.400 and 59,9 in Vietnamese."""
    if value is None:
        return EMPTY
    return numberformat.format(
        plain(Decimal(value)),
        get_format("DECIMAL_SEPARATOR"),
        grouping=get_format("NUMBER_GROUPING") or DEFAULT_GROUPING,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


def number_range(low: Decimal | None, high: Decimal | None) -> str:
    """A plan, or a range of plans, as "1 – 1,5"."""
    if high is None or high == low:
        return number(low)
    return f"{number(low)} – {number(high)}"


def percent(value: Decimal | None) -> str:
    """A percentage rounded to one decimal: 95,5%, 280%."""
    if value is None:
        return EMPTY
    return f"{number(Decimal(value).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))}%"
