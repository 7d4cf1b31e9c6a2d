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
(`impactkaart.cases.export`). The messages are Dutch and never repeat the
detail they found.
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


def identifying_details(text: str) -> list[str]:
    """What in ``text`` looks like a BSN, an address, an e-mail address or a phone number,
    as Dutch phrases ('een BSN (…)'); empty when nothing was found."""
    found = []
    if any(passes_elfproef(re.sub(r"[ .]", "", m.group(0))) for m in _NINE_DIGITS.finditer(text)):
        found.append("een BSN (9 cijfers die de elfproef doorstaan)")
    if _POSTCODE.search(text) or _STREET.search(text):
        found.append("een adres (postcode, of straat met huisnummer)")
    if _EMAIL.search(text):
        found.append("een e-mailadres")
    if _PHONE.search(text):
        found.append("een telefoonnummer")
    return found


def text_warning(field: str, text: str) -> str | None:
    """One Dutch warning for a free-text field, or None when it looks pseudonymous."""
    found = identifying_details(text)
    if not found:
        return None
    what = found[0] if len(found) == 1 else ", ".join(found[:-1]) + " en " + found[-1]
    return (f"{field}: lijkt {what} te bevatten. Schrijf geen gegevens op waarmee iemand te "
            "herkennen is; gebruik alleen de casuscode.")


def code_problem(code: str) -> str | None:
    """Why ``code`` is not a usable case code (Dutch), or None.

    A code is 1–12 letters, digits, '.', '-' or '_', with at least one digit:
    ``C01``, ``A-7``. The digit keeps a name ('Jansen') from being used as a code.
    """
    code = code.strip()
    if not code:
        return "geef de casus een code, bijvoorbeeld C01"
    if len(code) > MAX_CODE:
        return f"een casuscode is hoogstens {MAX_CODE} tekens, bijvoorbeeld C01"
    if not _CODE.fullmatch(code):
        return "een casuscode bestaat uit letters, cijfers, '-', '_' of '.', bijvoorbeeld C01"
    if not any(c.isdigit() for c in code):
        return "een casuscode bevat minstens één cijfer (bijvoorbeeld C01), zodat er nooit een naam staat"
    if identifying_details(code):
        return "deze code lijkt een persoonsgegeven; gebruik een code als C01"
    return None
