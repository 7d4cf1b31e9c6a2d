"""Numbers as people type them in Dutch and English spreadsheets and CSV files.

``1.234,56``, ``€ 1.234,-``, ``1,234.56``, ``25%``, ``−3``, ``1,5E+03``: one
decimal mark per table (comma or point), the other one only as a thousands
separator in groups of three. Anything else is refused with a Dutch reason,
never guessed: a wrong guess would put a wrong figure in front of a council.

`detect_decimal` weighs the unambiguous cells of a table (``1,5`` can only
mean a decimal comma, ``1.234.567`` only thousands points); cells such as
``1.234`` are ambiguous and follow the table's convention.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from impactkaart.text.catalogue import t

COMMA, POINT = ",", "."
MAX_NUMBER_CHARS = 40  # longer "numbers" are pasted text, not figures

# Characters that decorate a number but do not change it.
_DECORATION = re.compile(r"(?i)[\s\u00a0\u202f]|€|eur(?:o)?\b")
_MINUS = ("-", "\u2212", "\u2013")  # hyphen, minus sign, en dash (Word's autocorrect)


class NumberError(ValueError):
    """A typed text that is not a number: ``code`` names why (a key of
    ``import.problem.<code>``); the exception's text is the Dutch sentence."""

    def __init__(self, code: str):
        super().__init__(t(f"import.problem.{code}"))
        self.code = code


def _plain(text: str) -> str:
    text = _DECORATION.sub("", text)
    if text.endswith((",-", ",--", ".-", ".--")):  # "€ 12,-": Dutch for "12 euro, no cents"
        text = text.rstrip("-")[:-1]
    return text


def _vote(text: str) -> str | None:
    """The decimal mark this cell proves, or None when it could be either."""
    body = _plain(text).rstrip("%").lstrip("+").lstrip("".join(_MINUS))
    if not re.fullmatch(r"[\d.,]+", body) or not body[0].isdigit() and body[0] not in ",.":
        return None
    has_comma, has_point = COMMA in body, POINT in body
    if has_comma and has_point:
        return COMMA if body.rfind(COMMA) > body.rfind(POINT) else POINT
    for mark, other in ((COMMA, POINT), (POINT, COMMA)):
        if mark in body:
            if body.count(mark) > 1:
                return other  # 1.234.567: the mark separates thousands
            after = body.split(mark)[1]
            if len(after) != 3 or body.startswith(mark):
                return mark  # 1,5 / 1,25 / ,5: a decimal mark
    return None


def decimal_votes(counts: Mapping[str, int]) -> dict[str, int]:
    """How many cells prove each decimal mark, from counts (text -> how many cells hold it)."""
    votes = {COMMA: 0, POINT: 0}
    for text, count in counts.items():  # each distinct text weighed once, times its count
        mark = _vote(text)
        if mark:
            votes[mark] += count
    return votes


def decide_decimal(votes: Mapping[str, int], default: str = COMMA) -> str:
    if votes[COMMA] == votes[POINT]:
        return default
    return COMMA if votes[COMMA] > votes[POINT] else POINT


def detect_decimal(texts: Iterable[str], default: str = COMMA) -> str:
    """The decimal mark most unambiguous cells use; ``default`` when none decides."""
    return decide_decimal(decimal_votes(Counter(texts)), default)


def parse_number(text: str, decimal: str = COMMA, allow_percent: bool = True) -> float:
    """The value of one typed number under the table's decimal mark, or `NumberError`.

    ``25%`` becomes 0.25. The result is always finite.
    """
    if len(text) > MAX_NUMBER_CHARS:
        raise NumberError("number_too_long")
    body = _plain(text)
    if not body:
        raise NumberError("not_a_number")
    percent = body.endswith("%")
    if percent:
        if not allow_percent:
            raise NumberError("percent_not_allowed")
        body = body[:-1]
    sign = 1.0
    if body.startswith(_MINUS):
        sign, body = -1.0, body[1:]
    elif body.startswith("+"):
        body = body[1:]
    thousands = POINT if decimal == COMMA else COMMA
    d, t = re.escape(decimal), re.escape(thousands)
    match = (
        re.fullmatch(rf"(\d+)(?:{d}(\d+))?(?:[eE]([+-]?\d{{1,4}}))?", body)
        or re.fullmatch(rf"()(?:{d}(\d+))(?:[eE]([+-]?\d{{1,4}}))?", body)
        or re.fullmatch(rf"(\d{{1,3}}(?:{t}\d{{3}})+)(?:{d}(\d+))?()", body)
    )
    if match is None:
        if re.fullmatch(r"[\d.,]+", body):
            raise NumberError("wrong_decimal_comma" if decimal == COMMA else "wrong_decimal_point")
        raise NumberError("not_a_number")
    whole, fraction, exponent = match.group(1), match.group(2), match.group(3)
    literal = whole.replace(thousands, "") or "0"
    if fraction:
        literal += "." + fraction
    if exponent:
        literal += "e" + exponent
    value = sign * float(literal)
    if percent:
        value /= 100
    if not math.isfinite(value):
        raise NumberError("not_finite")
    return value


def format_number(value: float) -> str:
    """A value as it was most likely typed, for messages: 1.5 -> '1,5', 3.0 -> '3'."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}".replace(".", ",")
