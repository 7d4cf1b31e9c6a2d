"""Discounting conventions a project can choose (issue 15 item 13; docs/method.md § 3).

A convention fixes *when* a project year's amounts are discounted and which sourced rate is
the project's default. The engine only needs the timing (`timing`); the rate stays the
project's ``discount_rate`` (defaulted from the convention's parameter in ``parameters.csv``),
so Monte Carlo, what-if and the rate sensitivity vary it in every convention alike.

- ``mkba`` (default): Dutch MKBA practice, 2,25 % real (Werkgroep discontovoet 2020),
  amounts of project year y × 1/(1+r)^(y−1): year 1 undiscounted.
- ``zorginstituut_2024``: the ZIN guideline for economic evaluations in health care (2024,
  § 2.6.1.2): costs 3 %, health effects 1,5 %. Every euro in this tool, an avoided cost
  included, is a cost in the guideline's sense, so it is discounted at 3 %; the 1,5 % is for
  health effects in natural units (QALYs), which the tool does not value (docs/method.md § 3).
  Year 1 undiscounted, as in the default.
- ``sroi_value_map``: the SROI Value Map's end-of-year convention at 3,5 %: project year y
  × 1/(1+r)^y, year 1 discounted once. The 3,5 % is HM Treasury's Green Book rate; that the
  SROI Guide points to it, and the end-of-year timing, are not confirmed from a source we
  could read (`SOURCED` is False): the UI and docs say so.
"""

from __future__ import annotations

MKBA = "mkba"
ZORGINSTITUUT_2024 = "zorginstituut_2024"
SROI_VALUE_MAP = "sroi_value_map"
CONVENTIONS = (MKBA, ZORGINSTITUUT_2024, SROI_VALUE_MAP)
DEFAULT = MKBA

# The parameters.csv row of each convention's rate.
RATE_PARAMETER = {
    MKBA: "discount_rate",
    ZORGINSTITUUT_2024: "discount_rate_zin_costs",
    SROI_VALUE_MAP: "discount_rate_green_book",
}
# The rate the ZIN guideline sets for health effects; no effect of this tool is one (see above).
HEALTH_EFFECT_RATE_PARAMETER = "discount_rate_zin_effects"
# Whether the convention as a whole (rate *and* timing) rests on a source we could read.
SOURCED = {MKBA: True, ZORGINSTITUUT_2024: True, SROI_VALUE_MAP: False}


def timing(convention: str) -> int:
    """The exponent's offset: 0 for start of year (y − 1), 1 for end of year (y)."""
    return 1 if convention == SROI_VALUE_MAP else 0


def discount_factor(rate: float, year: int, convention: str = DEFAULT) -> float:
    """The factor for an amount in project year ``year`` (1-based)."""
    return 1.0 / (1.0 + rate) ** (year - 1 + timing(convention))
