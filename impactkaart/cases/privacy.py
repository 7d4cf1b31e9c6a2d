"""Cases stay pseudonymous: a case code instead of a name, and free text checked for
identifying details.

A case (`impactkaart.cases.model`) is known by a short code such as ``C01``. Free
text about a resident (the change in their own words, the target group, a
period label, a work-session reason) is checked with simple patterns before it
is saved:

- a BSN: nine digits (optionally in groups: ``1234.56.782``) that pass the
  *elfproef* (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11);
- a postcode (``7511 AB``; capitals, so "2024 en" is not one), alone or with a
  house number, or a street with a house number (``Kerkstraat 12``);
- an e-mail address;
- a Dutch phone number (``06-12345678``, ``053 123 4567``, ``+31 6 …``).

The patterns catch the obvious mistakes, not every one: a name cannot be
recognised this way. That is why free text never goes into an export
(`impactkaart.cases.export`). The checks return codes (``"phone"``, ``"no_digit"``);
`impactkaart.text.cases` words them in Dutch or English, never repeating the
detail that was found.
"""

from __future__ import annotations

import re

MAX_CODE = 12
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_NINE_DIGITS = re.compile(r"(?<![\d.])\d(?:[ .]?\d){8}(?![\d])")
_POSTCODE = re.compile(r"(?<![\dA-Za-z])[1-9]\d{3} ?[A-Z]{2}(?![A-Za-z])")
_STREET = re.compile(
    r"\b[A-ZÀ-Ýa-zà-ÿ'-]+(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|steeg|dreef|"
    r"park|markt|erf|baan|allee)\s+\d{1,5}\s?[a-zA-Z]?\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\d+])(?:\+31|0031|0)[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){8}(?![\d])")


def passes_elfproef(digits: str) -> bool:
    """True for nine digits whose weighted sum (9, 8, …, 2, −1) is a multiple of 11 (BSN)."""
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return total % 11 == 0


# What `identifying_details` can find, in the order it reports them.
DETAILS = ("bsn", "address", "email", "phone")


def identifying_details(text: str) -> list[str]:
    """What in ``text`` looks like a BSN, an address, an e-mail address or a phone number,
    as codes of `DETAILS`; empty when nothing was found."""
    found = []
    if any(passes_elfproef(re.sub(r"[ .]", "", m.group(0))) for m in _NINE_DIGITS.finditer(text)):
        found.append("bsn")
    if _POSTCODE.search(text) or _STREET.search(text):
        found.append("address")
    if _EMAIL.search(text):
        found.append("email")
    if _PHONE.search(text):
        found.append("phone")
    return found


def code_problem(code: str) -> str | None:
    """Why ``code`` is not a usable case code, as a code ("empty", "too_long", "characters",
    "no_digit", "identifying"), or None.

    A code is 1–12 letters, digits, '.', '-' or '_', with at least one digit:
    ``C01``, ``A-7``. The digit keeps a name ('Jansen') from being used as a code.
    """
    code = code.strip()
    if not code:
        return "empty"
    if len(code) > MAX_CODE:
        return "too_long"
    if not _CODE.fullmatch(code):
        return "characters"
    if not any(c.isdigit() for c in code):
        return "no_digit"
    if identifying_details(code):
        return "identifying"
    return None
