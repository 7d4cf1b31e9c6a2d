"""What can be wrong with an imported table, said the way the user sees the file.

``Rij 4, kolom 'toerekening': '1,5' moet tussen 0 en 1 liggen``: the row number
is the one in the spreadsheet or the line in the CSV file, the column is the
header the user wrote, the value is what the cell held.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    message: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    sheet: str | None = None

    def where(self) -> str:
        parts = []
        if self.sheet is not None:
            parts.append(f"blad '{self.sheet}'")
        if self.row is not None:
            parts.append(f"rij {self.row}")
        if self.column is not None:
            parts.append(f"kolom '{self.column}'")
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    def __str__(self) -> str:
        what = self.message if self.value is None else f"'{_short(self.value)}' {self.message}"
        where = self.where()
        return f"{where}: {what}" if where else what[:1].upper() + what[1:]


def _short(value: str, limit: int = 60) -> str:
    value = value.replace("\n", " ").replace("\r", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"


class TableImportError(ValueError):
    """The file cannot be imported; ``problems`` lists every reason. Nothing was saved."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    @classmethod
    def single(cls, message: str, **where) -> TableImportError:
        return cls([Problem(message, **where)])


def fail(message: str, **where) -> TableImportError:
    """A file-level problem as an exception to raise."""
    return TableImportError.single(message, **where)
