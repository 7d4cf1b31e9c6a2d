"""The one reader of numbers a person types, Dutch first: ``parse(text, kind, lang)``.

Every field and table cell where a person types a number goes through `parse`, so
``45.000`` is 45.000 euro on every page, never € 45 (issue 16). It returns what it
read (`Reading`): a value, an empty field, a question (two readings, the UI asks
and never guesses) or an error code that `impactkaart.text.words.numbers` words.
`show` writes a value back the way `parse` reads it, so a field round-trips.

Kinds: ``amount`` (euro), ``number`` (a quantity, may have decimals), ``count``
(whole, ≥ 0), ``year`` (whole), ``share`` (typed 0–100 %, returned as the fraction
0–1 the project file keeps) and ``rate`` (typed in %, returned as a fraction).

How a separator is read (nl; in en the roles of ``.`` and ``,`` swap):

1. Both ``.`` and ``,``: the last one is the decimal separator, the other one
   groups thousands (``45.000,50`` = 45000,5). Groups must have three digits.
2. The language's grouping symbol (``.``) with groups of exactly three digits is
   thousands (``45.000`` = 45000, ``1.234.567``). A leading ``0`` cannot start a
   group, so ``0.125`` is 0,125.
3. The grouping symbol followed by other than three digits (``45.00``, ``2.25``)
   is not Dutch: the other language's decimal point or a slip. Question: 45 or 4500?
4. The decimal symbol (``,``) is a decimal (``1,5``), except with exactly three
   digits after it in an amount or count (``45,000``): euros and people seldom
   have three decimals, so 45 or 45000 is a question.
5. When the reading of rule 1, 2 or 4 lies outside the field's range but the other
   reading fits (``1.234`` as a share), the UI asks about the one that fits.

A question only offers readings inside the field's range; when neither fits, the
error is the range. A ``€`` or ``EUR``, ``,-`` after whole euros (``€ 45,-``),
spaces between groups of three (``45 000``) and a trailing ``%`` in a share or a
rate are accepted.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from babel.numbers import format_decimal

from impactkaart.text.catalogue import t

KINDS = ("amount", "number", "count", "year", "share", "rate")
PERCENT_KINDS = ("share", "rate")
WHOLE_KINDS = ("count", "year")
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
# The range of each kind, in the units a person types (percent for shares and rates).
DEFAULT_RANGE: dict[str, tuple[float | None, float | None]] = {
    "amount": (0.0, None), "number": (None, None), "count": (0.0, None),
    "year": (None, None), "share": (0.0, 100.0), "rate": (None, None),
}
_EURO = re.compile(r"^(€|eur\b|euro\b)|(€|eur|euro)$", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_GROUPED = re.compile(r"^[1-9]\d{0,2}(\d{3})*$")


@dataclass(frozen=True)
class Reading:
    """What `parse` read. ``status`` is "ok" (``value``), "empty", "ambiguous"
    (``readings``, one or two values in range, in the order to offer them) or "error"
    (``code`` and ``values`` for the words in `impactkaart.text.words.numbers`).
    Values are in the project file's units: shares and rates as fractions."""

    status: str
    value: float | None = None
    readings: tuple[float, ...] = ()
    code: str | None = None
    values: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _error(code: str, **values) -> Reading:
    return Reading("error", code=code, values=values)


def _symbols(lang: str) -> tuple[str, str]:
    """(decimal, grouping) symbol of ``lang``."""
    return (",", ".") if lang == "nl" else (".", ",")


def _digits(text: str) -> bool:
    return text.isdigit() and text.isascii()


def _number(whole: str, fraction: str) -> float | None:
    """'45' + '5' -> 45.5; None when the parts are not digits."""
    whole, fraction = whole or "0", fraction
    if not _digits(whole) or (fraction and not _digits(fraction)):
        return None
    return float(f"{whole}.{fraction}" if fraction else whole)


def _grouped(text: str, symbol: str) -> float | None:
    """'1.234.567' with ``symbol`` '.' -> 1234567; None unless every group has three digits."""
    joined = text.replace(symbol, "")
    return float(joined) if _GROUPED.match(joined) and all(
        len(g) == 3 for g in text.split(symbol)[1:]) and _digits(joined) else None


def _candidates(body: str, kind: str, lang: str) -> tuple[float, float | None, bool] | Reading:
    """The reading of an unsigned number by the rules above, the other reading a person
    may have meant (None when there is none) and whether to ask even when the first
    reading fits (rules 3 and 4); a Reading when it is no number."""
    decimal, grouping = _symbols(lang)
    if "." in body and "," in body:  # rule 1
        last = max(body.rfind("."), body.rfind(","))
        point, group = body[last], ("," if body[last] == "." else ".")
        whole, fraction = body[:last], body[last + 1:]
        if point in whole or group in fraction or not _digits(fraction):
            return _error("bad_grouping")
        grouped = _grouped(whole, group)
        if grouped is None:
            return _error("bad_grouping")
        return grouped + float(f"0.{fraction}"), None, False
    if grouping in body:  # rules 2 and 3
        parts = body.split(grouping)
        grouped = _grouped(body, grouping)
        if grouped is not None:  # rule 2
            other = _number(parts[0], parts[1]) if len(parts) == 2 else None
            return grouped, other, False
        if len(parts) != 2 or not parts[1] or _number(parts[0], parts[1]) is None:
            return _error("bad_grouping")  # '45.' too: a point that ends the number
        point = _number(parts[0], parts[1])
        if parts[0].strip("0") == "":  # 0.125 or .5: no group starts with 0
            return point, None, False
        return point, float(parts[0] + parts[1]), True  # rule 3
    if decimal in body:  # rule 4
        parts = body.split(decimal)
        value = _number(parts[0], parts[1]) if len(parts) == 2 else None
        if value is None:
            return _error("not_a_number")
        if len(parts[1]) == 3 and kind in ("amount", "count") and parts[0].strip("0"):
            return value, float(parts[0] + parts[1]), True
        return value, None, False
    value = _number(body, "")
    return _error("not_a_number") if value is None else (value, None, False)


def _in_range(value: float, low: float | None, high: float | None) -> bool:
    return (low is None or value >= low - 1e-9) and (high is None or value <= high + 1e-9)


def _stored(value: float, kind: str) -> float:
    return value / 100 if kind in PERCENT_KINDS else value


def parse(text: str | float | None, kind: str = "number", lang: str = "nl",
          low: float | None = None, high: float | None = None) -> Reading:
    """Read a typed number; ``low``/``high`` in the units typed (percent for shares),
    the kind's default range when not given."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    default_low, default_high = DEFAULT_RANGE[kind]
    low = default_low if low is None else low
    high = default_high if high is None else high
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return Reading("empty")
    if isinstance(text, (int, float)):  # a cell that already holds a number
        text = show(_stored(float(text), kind), kind, lang)
    body = _SPACES.sub(" ", str(text)).strip()
    if not body:
        return Reading("empty")
    if body.endswith("%"):
        if kind not in PERCENT_KINDS:
            return _error("no_percent")
        body = body[:-1].strip()
    if _EURO.search(body):
        if kind != "amount":
            return _error("no_euro")
        body = _EURO.sub("", body).strip()
    if kind == "amount":  # € 45,- is 45 whole euros
        body = re.sub(r"[.,]-{1,2}$", "", body)
    sign = 1.0
    if body and body[0] in "-\u2212+":
        sign = 1.0 if body[0] == "+" else -1.0
        body = body[1:].strip()
    if " " in body:  # 45 000: spaces only between groups of three
        if _grouped(body, " ") is None:
            return _error("not_a_number")
        body = body.replace(" ", "")
    if not body:
        return _error("not_a_number")
    found = _candidates(body, kind, lang)
    if isinstance(found, Reading):
        return found
    first, other, ask = found
    first, other = sign * first, (None if other is None else sign * other)

    def fits(value: float) -> bool:
        whole = kind not in WHOLE_KINDS or value == int(value)
        return whole and _in_range(value, low, high)

    if fits(first) and (other is None or not ask):
        return Reading("ok", value=_stored(first, kind))
    readings = [v for v in (first, other) if v is not None and fits(v)]
    if readings:  # rules 3 and 4, or rule 5
        return Reading("ambiguous", readings=tuple(_stored(v, kind) for v in readings))
    if kind in WHOLE_KINDS and first != int(first):
        return _error("not_whole")
    return _error("out_of_range", low=low, high=high)


def show(value: float | None, kind: str = "number", lang: str = "nl") -> str:
    """A value (project-file units) as a person reads and types it: '45.000', '2,25',
    shares as '30' (percent), amounts with cents only when there are any (and with more
    decimals only when a value, such as a library proxy, has them)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    shown = value * 100 if kind in PERCENT_KINDS else value
    if kind in WHOLE_KINDS:
        pattern = "#,##0" if kind == "count" else "0"
        return format_decimal(round(shown), format=pattern, locale=_LOCALES[lang])
    if kind == "amount" and round(shown, 2) == round(shown, 6):
        cents = round(shown, 2)
        pattern = "#,##0" if cents == int(cents) else "#,##0.00"
        return format_decimal(cents, format=pattern, locale=_LOCALES[lang])
    shown = round(shown, 6)
    return format_decimal(shown, format="#,##0.######", locale=_LOCALES[lang])


def shown_with_unit(value: float, kind: str, lang: str = "nl") -> str:
    """'€ 45.000', '2,25 %', '1.234': a value in a sentence or a choice."""
    text = show(value, kind, lang)
    if kind == "amount":
        return "€\u00a0" + text
    return text + "\u00a0%" if kind in PERCENT_KINDS else text


def describe(reading: Reading, typed: str, kind: str = "number", lang: str = "nl",
             in_table: bool = False) -> str:
    """The words for an error or a question about what a person typed; '' when ok.
    ``in_table``: a cell cannot offer its readings to click, so the words name them and
    how to type the one meant."""
    if reading.status in ("ok", "empty"):
        return ""
    typed = str(typed).strip()
    if reading.status == "ambiguous" and in_table:
        options = [show(v, kind, lang) for v in reading.readings]
        if len(options) == 1:
            return t("numbers.question_cell_one", lang, typed=typed, reading=options[0])
        return t("numbers.question_cell", lang, typed=typed, first=options[0], second=options[1])
    if reading.status == "ambiguous":
        if len(reading.readings) == 1:
            return t("numbers.question_one", lang, typed=typed,
                     reading=shown_with_unit(reading.readings[0], kind, lang))
        return t("numbers.question", lang, typed=typed)
    if reading.code == "out_of_range":
        low, high = reading.values.get("low"), reading.values.get("high")
        bounds = {name: shown_with_unit(_stored(v, kind), kind, lang)
                  for name, v in (("low", low), ("high", high)) if v is not None}
        which = "between" if len(bounds) == 2 else ("at_least" if "low" in bounds else "at_most")
        return t(f"numbers.out_of_range.{which}", lang, typed=typed, **bounds)
    return t(f"numbers.{reading.code}", lang, typed=typed)


def required(lang: str = "nl") -> str:
    """The words for an empty field that needs a number."""
    return t("numbers.required", lang)
