"""Dutch first, English second: labels and number formats (via babel).

Dutch formats: € 1.234,56 · 1,6× · 2,25%. Non-breaking spaces keep "€ 1.234"
on one line in charts and PDFs.
"""

from __future__ import annotations

from babel.numbers import format_currency, format_decimal, format_percent

LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def euro(amount: float, lang: str = "nl", decimals: int = 0) -> str:
    pattern = "¤\u00a0#,##0" + ("." + "0" * decimals if decimals else "")
    return format_currency(
        amount, "EUR", format=pattern, locale=LOCALES[lang], currency_digits=False
    )


def number(value: float, lang: str = "nl", decimals: int = 1) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def factor(value: float | None, lang: str = "nl", decimals: int = 1) -> str:
    """A rendementsfactor as '1,6×'; '–' when it cannot be computed."""
    return "–" if value is None else number(value, lang, decimals) + "×"


def percent(share: float, lang: str = "nl", decimals: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return format_percent(share, format=pattern, locale=LOCALES[lang])
