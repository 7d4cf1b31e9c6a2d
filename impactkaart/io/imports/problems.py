"""What can be wrong with an imported table, said the way the user sees the file.

``Rij 4, kolom 'toerekening': '1,5' moet tussen 0 en 1 liggen``: the row number
is the one in the spreadsheet or the line in the CSV file, the column is the
header the user wrote, the value is what the cell held.

A problem holds a code and its values, not a sentence: `Problem.text(lang)` words it
in Dutch or English (text/words/io.py, keys ``import.problem.<code>``). A finding of
the project validator is kept as its `FieldError` (a `Finding`) and worded in the same
language by `impactkaart.text.errors`.
"""

from __future__ import annotations

from dataclasses import dataclass

from impactkaart.core.model import FieldError
from impactkaart.text import formats
from impactkaart.text.catalogue import TEXTS, t
from impactkaart.text.errors import describe, message


@dataclass(frozen=True)
class Problem:
    message: str  # a code ("empty_file"), or a sentence from elsewhere (the validator)
    row: int | None = None
    column: str | None = None
    value: str | None = None
    sheet: str | None = None
    values: tuple[tuple[str, object], ...] = ()  # the code's placeholders (hashable)

    def what(self, lang: str = "nl") -> str:
        key = f"import.problem.{self.message}"
        if key not in TEXTS:
            return self.message
        return t(key, lang, **{name: _word(v, lang) for name, v in self.values})

    def where(self, lang: str = "nl") -> str:
        parts = []
        if self.sheet is not None:
            parts.append(t("import.where.sheet", lang, sheet=self.sheet))
        if self.row is not None:
            parts.append(t("import.where.row", lang, row=self.row))
        if self.column is not None:
            parts.append(t("import.where.column", lang, column=self.column))
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    def text(self, lang: str = "nl") -> str:
        message = self.what(lang)
        what = message if self.value is None else f"'{_short(self.value)}' {message}"
        where = self.where(lang)
        return f"{where}: {what}" if where else what[:1].upper() + what[1:]

    def __str__(self) -> str:
        return self.text("nl")


class Thousands(int):
    """A whole number shown with the thousands mark of the language (5.000 / 5,000)."""


class Word(str):
    """A placeholder that is itself a catalogue key, worded in the problem's language."""


@dataclass(frozen=True)
class Finding:
    """A placeholder that is the project validator's finding, worded in the problem's
    language; ``with_field`` puts the field before it (``name: ontbreekt``)."""

    error: FieldError
    with_field: bool = False

    def text(self, lang: str = "nl") -> str:
        return describe(self.error, lang) if self.with_field else message(self.error, lang)

    def __str__(self) -> str:
        return self.text("nl")


def _word(value: object, lang: str) -> object:
    """A placeholder's value in ``lang``."""
    if isinstance(value, Thousands):
        return formats.number(value, lang, decimals=0)
    if isinstance(value, Word):
        return t(value, lang)
    if isinstance(value, Finding):
        return value.text(lang)
    return value


def _short(value: str, limit: int = 60) -> str:
    value = value.replace("\n", " ").replace("\r", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def problem(code: str, *, row: int | None = None, column: str | None = None,
            value: str | None = None, sheet: str | None = None, **values: object) -> Problem:
    """A problem by its code; ``values`` fill the code's placeholders."""
    return Problem(code, row, column, value, sheet, tuple(values.items()))


class TableImportError(ValueError):
    """The file cannot be imported; ``problems`` lists every reason. Nothing was saved."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    def texts(self, lang: str = "nl") -> list[str]:
        return [p.text(lang) for p in self.problems]

    @classmethod
    def single(cls, code: str, **where_and_values) -> TableImportError:
        return cls([problem(code, **where_and_values)])


def fail(code: str, **where_and_values) -> TableImportError:
    """A file-level problem as an exception to raise."""
    return TableImportError.single(code, **where_and_values)
