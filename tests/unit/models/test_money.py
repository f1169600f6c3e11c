"""Invoice arithmetic in cents: line totals and VAT per rate, rounded half away from zero."""

from __future__ import annotations

from cloudsetup.models.money import divide_rounded, invoice_totals, line_total_cents


def test_halves_round_away_from_zero() -> None:
    assert [divide_rounded(n, 100) for n in (49, 50, 150, -50, -49)] == [0, 1, 2, -1, 0]


def test_a_line_total_is_quantity_times_price_to_the_cent() -> None:
    assert line_total_cents(250, 5800) == 14500  # 2.5 h at 58.00 €
    assert line_total_cents(333, 199) == 663  # 3.33 × 1.99 = 6.6267 €


def test_vat_is_computed_per_rate_on_the_net_of_that_rate() -> None:
    # 19 % of 0.03 € + 0.03 € = 1.14 ct -> 1 ct; per line it would be 1 + 1 = 2 ct.
    assert invoice_totals([(3, 19), (3, 19)]) == (6, 1, 7)
    assert invoice_totals([(10000, 19), (1000, 7)]) == (11000, 1900 + 70, 12970)
    assert invoice_totals([]) == (0, 0, 0)
