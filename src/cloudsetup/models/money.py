"""The arithmetic of invoices, in whole cents, shared by the office database and the cloud.

Quantities are whole hundredths (``quantity_centi``: 2.5 hours is 250), money whole cents, VAT
rates whole per cent. Amounts are rounded half away from zero to the cent, once per line and
once per VAT rate, the way German invoices show VAT per rate (UStG § 14 (4) Nr. 8).
"""

from __future__ import annotations

from collections.abc import Iterable


def divide_rounded(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half away from zero (``denominator`` > 0)."""
    magnitude = (abs(numerator) * 2 + denominator) // (2 * denominator)
    return magnitude if numerator >= 0 else -magnitude


def line_total_cents(quantity_centi: int, unit_price_cents: int) -> int:
    """A line's total: quantity × unit price, rounded to the cent."""
    return divide_rounded(quantity_centi * unit_price_cents, 100)


def invoice_totals(lines: Iterable[tuple[int, int]]) -> tuple[int, int, int]:
    """``(net, vat, gross)`` in cents from the lines' ``(line_total_cents, vat_rate)``.

    Net is the sum of the line totals; VAT is, per rate, the rate applied to the net of that
    rate's lines, rounded to the cent, summed over the rates; gross is net + VAT.
    """
    net_by_rate: dict[int, int] = {}
    for total, rate in lines:
        net_by_rate[rate] = net_by_rate.get(rate, 0) + total
    net = sum(net_by_rate.values())
    vat = sum(divide_rounded(amount * rate, 100) for rate, amount in net_by_rate.items())
    return net, vat, net + vat
