"""The impact map as editable tables, and back: tables in, a validated `Project` out.

The editor page shows three tables (effects, costs, qualitative effects).
`project_from_tables` turns the edited tables into a project dict and lets the
one validator, `parse_project`, judge it; every problem comes back as a
`CellError` that names the table, the row as the user sees it (1-based) and
the column by its header, in Dutch or English: ``Rij 3, nul-effect (deadweight):
moet tussen 0 en 1 liggen``. Nothing is saved here; the page saves only a valid project.

Rows keep their identity through the DataFrame index: a row whose index is
the position of an effect of the saved project keeps what the table does not
show (its measured quantity, its uncertainty ranges); rows the user added get
new index values (the editor numbers them after the last one).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from impactkaart.core.model import FieldError, Project, ProjectError, parse_project
from impactkaart.core.proxies import proxy_row
from impactkaart.core.reference import Reference, default_reference
from impactkaart.io.project_file import project_json
from impactkaart.text.catalogue import t
from impactkaart.text.errors import message as problem_text
from impactkaart.text.proxies import proxy_fields

_COLUMNS = {
    "effects": ("outcome", "stakeholder", "quantity", "proxy", "start_year", "duration",
                "deadweight", "attribution", "displacement", "drop_off", "sector",
                "hours_per_unit", "proxy_source", "proxy_key"),
    "costs": ("year", "financier", "amount"),
    "qualitative": ("outcome", "stakeholder", "direction", "strength"),
    "sectors": (),  # not edited here; named in file errors
}
_OTHER_COLUMNS = ("quantity_ex_post", "name", "years")


def headers(table: str, lang: str = "nl") -> dict[str, str]:
    """Column -> header of one table, in table order. The headers double as the field
    names in error messages, so a user finds the column the message talks about."""
    return {c: t(f"editing.{table}.{c}", lang) for c in _COLUMNS[table]}


def table_name(table: str, lang: str = "nl") -> str:
    """'Effecten', 'Kosten', 'Kwalitatieve effecten', 'Sectorkengetallen'."""
    return t(f"editing.table.{table}", lang)


def column_label(table: str, column: str, lang: str = "nl") -> str:
    if table in _COLUMNS and column in _COLUMNS[table]:
        return t(f"editing.{table}.{column}", lang)
    if column in _OTHER_COLUMNS:
        return t(f"editing.other.{column}", lang)
    return column


# The Dutch headers: also the column names a table import reads (io/imports/columns.py).
EFFECT_COLUMNS = headers("effects")
COST_COLUMNS = headers("costs")
QUALITATIVE_COLUMNS = headers("qualitative")
TABLES = {name: headers(name) for name in _COLUMNS}
_INTEGER = {"start_year", "duration", "year", "strength"}
_TEXT = {"outcome", "stakeholder", "proxy_source", "financier", "direction"}
_OPTIONAL = {"sector", "proxy_key", "hours_per_unit"}


def _where(table: str, row: int | None, column: str | None, lang: str) -> str:
    parts = []
    if row is not None:
        parts.append(t("editing.row", lang, row=row))
    if column is not None:
        parts.append(column_label(table, column, lang))
    return ", ".join(parts)


@dataclass(frozen=True)
class CellError:
    """One problem in the edited tables: table key, 1-based row (or None), column, and the
    validator's problem (its code and values, worded by `text`)."""

    table: str
    row: int | None
    column: str | None
    problem: FieldError

    @property
    def message(self) -> str:
        return problem_text(self.problem, "nl")

    def where(self, lang: str = "nl") -> str:
        """'Rij 3, nul-effect (deadweight)'."""
        return _where(self.table, self.row, self.column, lang)

    def text(self, lang: str = "nl") -> str:
        """'Rij 3, nul-effect (deadweight): moet tussen 0 en 1 liggen'."""
        where, what = self.where(lang), problem_text(self.problem, lang)
        return f"{where}: {what}" if where else what

    def __str__(self) -> str:
        return self.text("nl")


class TableError(ValueError):
    """The edited tables do not make a valid project; nothing may be saved."""

    def __init__(self, errors: list[CellError]):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors

    def for_table(self, table: str) -> list[CellError]:
        return [e for e in self.errors if e.table == table]


# --- project -> tables ------------------------------------------------------------------


def effects_frame(project: Project) -> pd.DataFrame:
    rows = [{c: getattr(e, c) for c in EFFECT_COLUMNS} for e in project.effects]
    frame = pd.DataFrame(rows, columns=list(EFFECT_COLUMNS))
    return frame.astype({"quantity": float, "proxy": float, "deadweight": float,
                         "displacement": float, "attribution": float, "drop_off": float,
                         "hours_per_unit": float})


def costs_frame(project: Project) -> pd.DataFrame:
    rows = [{c: getattr(k, c) for c in COST_COLUMNS} for k in project.costs]
    return pd.DataFrame(rows, columns=list(COST_COLUMNS)).astype({"amount": float})


def qualitative_frame(project: Project) -> pd.DataFrame:
    rows = [{c: getattr(q, c) for c in QUALITATIVE_COLUMNS} for q in project.qualitative]
    return pd.DataFrame(rows, columns=list(QUALITATIVE_COLUMNS))


# --- tables -> project ------------------------------------------------------------------


def project_dict(project: Project) -> dict[str, Any]:
    """The project-file dict with JSON types (lists, not the tuples `to_dict` keeps),
    so it goes back through `parse_project`."""
    return json.loads(project_json(project))


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return value is pd.NA or value is pd.NaT


def _cell(column: str, value: Any) -> Any:
    """A table cell as the project dict wants it; the validator judges the rest."""
    if _missing(value):
        return "" if column in _TEXT else None
    if hasattr(value, "item"):  # numpy scalar -> Python
        value = value.item()
    if isinstance(value, str):
        value = value.strip()
        if column in _OPTIONAL and not value:
            return None
        return value
    if column in _INTEGER and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _records(frame: pd.DataFrame, columns: dict[str, str]) -> list[dict[str, Any]]:
    records = []
    for _, row in frame.iterrows():
        record = {}
        for column in columns:
            value = _cell(column, row.get(column))
            if value is None and column not in _OPTIONAL:
                continue  # absent: the validator says "ontbreekt (verplicht veld)"
            record[column] = value
        records.append(record)
    return records


def _blank_row(frame: pd.DataFrame, i: int, columns: dict[str, str]) -> bool:
    return all(_missing(frame.iloc[i].get(c)) or frame.iloc[i].get(c) == "" for c in columns)


_ITEM = re.compile(r"^(effects|costs|qualitative|sectors)\[(\d+)\](?:\.(\w+))?")


def project_from_tables(
    project: Project,
    effects: pd.DataFrame,
    costs: pd.DataFrame,
    qualitative: pd.DataFrame,
    reference: Reference | None = None,
    **settings: Any,
) -> Project:
    """The project with these tables (and project fields in ``settings``), or `TableError`.

    Rows left entirely empty (a row added and never filled) are ignored.
    """
    reference = reference or default_reference()
    frames = {"effects": effects, "costs": costs, "qualitative": qualitative}
    kept = {
        name: frame.iloc[
            [i for i in range(len(frame)) if not _blank_row(frame, i, TABLES[name])]
        ]
        for name, frame in frames.items()
    }
    # Map back from the validator's list index to the row number the user sees.
    shown_row = {
        name: [frames[name].index.get_loc(ix) + 1 for ix in kept[name].index] for name in frames
    }
    data = project_dict(project)
    data.update(settings)
    data["costs"] = _records(kept["costs"], COST_COLUMNS)
    data["qualitative"] = _records(kept["qualitative"], QUALITATIVE_COLUMNS)
    saved = data["effects"]
    data["effects"] = []
    for ix, record in zip(kept["effects"].index, _records(kept["effects"], EFFECT_COLUMNS)):
        if pd.api.types.is_integer(ix) and 0 <= ix < len(saved):
            for hidden in ("quantity_ex_post", "ranges"):  # not shown, so not lost
                if hidden in saved[ix]:
                    record[hidden] = saved[ix][hidden]
        data["effects"].append(record)
    try:
        return parse_project(data, reference)
    except ProjectError as exc:
        errors = []
        for error in exc.errors:
            match = _ITEM.match(error.path)
            if match is None:
                errors.append(CellError("project", None, error.path or None, error))
                continue
            table, index, column = match.group(1), int(match.group(2)), match.group(3)
            if table not in shown_row:  # a part of the project this editor does not show
                errors.append(CellError("project", None, error.path, error))
                continue
            rest = error.path[match.end():]
            if column and rest:  # e.g. effects[0].ranges.quantity.low
                column = f"{column}{rest}"
            errors.append(CellError(table, shown_row[table][index], column, error))
        raise TableError(errors) from exc


def apply_proxy(
    effects: pd.DataFrame, row: int, proxy_key: str, reference: Reference | None = None
) -> pd.DataFrame:
    """A copy of the table with the chosen library proxy in (0-based) row ``row``.

    Fills proxy, proxy_key and proxy_source; a row without a stakeholder yet (a
    new row) also gets the proxy's usual stakeholder and sector.
    """
    out = effects.copy()
    label = out.index[row]
    for column, value in proxy_fields(proxy_key, reference).items():
        out.loc[label, column] = value
    if _cell("stakeholder", out.loc[label, "stakeholder"]) == "":
        library = proxy_row(proxy_key, reference)
        out.loc[label, "stakeholder"] = library["default_stakeholder"] or None
        out.loc[label, "sector"] = library["default_sector"] or None
    return out


_TOP = ("name", "years", "project_type", "discount_rate", "start_year", "phase")


def describe_path(path: str, lang: str = "nl") -> str:
    """A project-file error path in words: 'effects[2].deadweight' -> 'Effecten, rij 3,
    nul-effect (deadweight)'. Paths it does not know are returned as they are."""
    match = _ITEM.match(path)
    if match is None:
        if path in _TOP:
            return t(f"editing.top.{path}", lang)
        return path or t("editing.top.file", lang)
    table, index, column = match.group(1), int(match.group(2)), match.group(3)
    where = _where(table, index + 1, column, lang)
    rest = path[match.end():]
    return f"{table_name(table, lang)}, {where[0].lower()}{where[1:]}{rest}"


def with_measurements(project: Project, measured: list[float | None]) -> Project:
    """The project with measured (ex post) quantities, one per effect (None: not measured).

    Validated by `parse_project` like every other change; raises `TableError`
    naming the row of the effect.
    """
    if len(measured) != len(project.effects):
        raise ValueError("één gemeten aantal per effect")
    data = project_dict(project)
    for record, value in zip(data["effects"], measured):
        record.pop("quantity_ex_post", None)
        value = _cell("quantity_ex_post", value)
        if value is not None:
            record["quantity_ex_post"] = value
    try:
        return parse_project(data)
    except ProjectError as exc:
        errors = []
        for error in exc.errors:
            match = _ITEM.match(error.path)
            row = int(match.group(2)) + 1 if match else None
            errors.append(CellError("effects", row, "quantity_ex_post", error))
        raise TableError(errors) from exc
