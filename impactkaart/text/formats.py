"""Dutch first, English second: labels and number formats (via babel).

Dutch formats: € 1.234,56 · 1,6× · 2,25%. Non-breaking spaces keep "€ 1.234"
on one line in charts and PDFs.
"""

from __future__ import annotations

import functools

from babel import Locale
from babel.numbers import (
    NumberPattern,
    format_currency,
    format_decimal,
    format_percent,
    parse_pattern,
)

LOCALES = {"nl": "nl_NL", "en": "en_GB"}


# babel parses a pattern and looks a locale up on every call; both are fixed, so they are
# parsed once (a NumberPattern is never changed after it is made): the same formatting code,
# without repeating the parsing for every label of every chart on a slider move.
@functools.lru_cache(maxsize=64)
def _pattern(text: str) -> NumberPattern:
    return parse_pattern(text)


@functools.lru_cache(maxsize=8)
def _locale(lang: str) -> Locale:
    return Locale.parse(LOCALES[lang])


def euro(amount: float, lang: str = "nl", decimals: int = 0) -> str:
    pattern = "¤\u00a0#,##0" + ("." + "0" * decimals if decimals else "")
    return format_currency(
        amount, "EUR", format=_pattern(pattern), locale=_locale(lang), currency_digits=False
    )


def number(value: float, lang: str = "nl", decimals: int = 1) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=_pattern(pattern), locale=_locale(lang))


def plain(value: float, lang: str = "nl") -> str:
    """Any other number of a table, as the language writes it: whole numbers without
    grouping (a year stays 2025), others with up to two decimals (132,05)."""
    if float(value).is_integer() and abs(value) < 10_000:
        return str(int(value))
    return format_decimal(value, format=_pattern("#,##0.##"), locale=_locale(lang))


def factor(value: float | None, lang: str = "nl", decimals: int = 1) -> str:
    """A rendementsfactor as '1,6×'; '–' when it cannot be computed."""
    return "–" if value is None else number(value, lang, decimals) + "×"


def percent(share: float, lang: str = "nl", decimals: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return format_percent(share, format=_pattern(pattern), locale=_locale(lang))


def as_percent(share: float | None) -> float | None:
    """A share as the project file keeps it (0–1) as the percent a person reads and types
    (0–100); rounded, so that 0.3 shows as 30 and not 30.000000000000004."""
    return None if share is None else round(share * 100, 6)


def from_percent(percent: float | None) -> float | None:
    """A percent a person typed (0–100) back to the share the project file keeps (0–1)."""
    return None if percent is None else percent / 100
