"""Validation errors in words: a `FieldError`'s code and values, in Dutch or English.

Core returns codes and values (`impactkaart.core.model.FieldError`); the words live in
the catalogue under ``validation.`` + code (`impactkaart.text.words.validation`, and
the sections of the areas with their own checks). Importing this module makes
``str(error)`` read in Dutch, as it always has (impactkaart/__init__.py imports it).
"""

from __future__ import annotations

from impactkaart.core import model
from impactkaart.core.model import FieldError
from impactkaart.text.catalogue import TEXTS, t


def _value(value: object, lang: str) -> str:
    # Bounds of ranges are shown as typed (0,1 not 0,10), with the language's decimal sign.
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "nl" else text
    return str(value)


def message(error: FieldError, lang: str = "nl") -> str:
    """What is wrong, without the field: 'moet tussen 0 en 1 liggen'."""
    key = f"validation.{error.code}"
    if key not in TEXTS:
        key = error.code  # an area's own code, a full catalogue key ("wizard.reach_missing")
    # Always formatted (t leaves a text without values as written): the words escape
    # their braces ("{{…}}"), whether or not the error has values.
    return t(key, lang, _=None, **{name: _value(v, lang) for name, v in error.values.items()})


def describe(error: FieldError, lang: str = "nl") -> str:
    """The field and what is wrong with it: 'effects[2].deadweight: moet tussen 0 en 1 liggen'."""
    text = message(error, lang)
    return f"{error.path}: {text}" if error.path else text


model.set_wording(message)
