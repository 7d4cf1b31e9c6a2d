"""The impact map as editable tables, and back: tables in, a validated `Project` out.

The editor page shows three tables (effects, costs, qualitative effects).
`project_from_tables` turns the edited tables into a project dict and lets the
one validator, `parse_project`, judge it; every problem comes back as a
`CellError` that names the table, the row as the user sees it (1-based) and
the column by its Dutch header: ``Rij 3, nul-effect (deadweight): moet tussen
0 en 1 liggen``. Nothing is saved here; the page saves only a valid project.

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

from impactkaart.core.model import Project, ProjectError, parse_project
from impactkaart.core.proxies import proxy_row
from impactkaart.core.reference import Reference, default_reference
from impactkaart.io.project_file import project_json
from impactkaart.text.proxies import proxy_fields

# Column -> Dutch header, in table order. The headers double as the field names
# in error messages, so a user finds the column the message talks about.
EFFECT_COLUMNS = {
    "outcome": "effect (wat verandert)",
    "stakeholder": "wie profiteert",
    "quantity": "aantal per jaar",
    "proxy": "waarde per eenheid (€)",
    "start_year": "startjaar",
    "duration": "duur (jaren)",
    "deadweight": "nul-effect (deadweight)",
    "attribution": "toerekening aan anderen (attributie)",
    "displacement": "verplaatsing (displacement)",
    "drop_off": "afname per jaar (drop-off)",
    "sector": "sector (arbeidsbesparing)",
    "hours_per_unit": "uren bespaard per eenheid",
    "proxy_source": "bron van de waarde",
    "proxy_key": "proxy uit bibliotheek",
}
COST_COLUMNS = {"year": "jaar", "financier": "financier", "amount": "bedrag (€)"}
QUALITATIVE_COLUMNS = {
    "outcome": "effect (wat verandert)",
    "stakeholder": "voor wie",
    "direction": "richting (+/−)",
    "strength": "sterkte (1–3)",
}
TABLES = {
    "effects": ("Effecten", EFFECT_COLUMNS),
    "costs": ("Kosten", COST_COLUMNS),
    "qualitative": ("Kwalitatieve effecten", QUALITATIVE_COLUMNS),
    "sectors": ("Sectorkengetallen", {}),  # not edited here; named in file errors
}
_OTHER_LABELS = {
    "quantity_ex_post": "gemeten aantal per jaar (ex post)",
    "name": "projectnaam",
    "years": "looptijd (jaren)",
}
_INTEGER = {"start_year", "duration", "year", "strength"}
_TEXT = {"outcome", "stakeholder", "proxy_source", "financier", "direction"}
_OPTIONAL = {"sector", "proxy_key", "hours_per_unit"}


@dataclass(frozen=True)
class CellError:
    """One problem in the edited tables: table key, 1-based row (or None), column, message."""

    table: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        parts = []
        if self.row is not None:
            parts.append(f"Rij {self.row}")
        if self.column is not None:
            headers = TABLES[self.table][1] if self.table in TABLES else {}
            parts.append(headers.get(self.column) or _OTHER_LABELS.get(self.column, self.column))
        where = ", ".join(parts)
        return f"{where}: {self.message}" if where else self.message


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
            [i for i in range(len(frame)) if not _blank_row(frame, i, TABLES[name][1])]
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
                errors.append(CellError("project", None, error.path or None, error.message))
                continue
            table, index, column = match.group(1), int(match.group(2)), match.group(3)
            if table not in shown_row:  # a part of the project this editor does not show
                errors.append(CellError("project", None, error.path, error.message))
                continue
            rest = error.path[match.end():]
            if column and rest:  # e.g. effects[0].ranges.quantity.low
                column = f"{column}{rest}"
            errors.append(CellError(table, shown_row[table][index], column, error.message))
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


def describe_path(path: str) -> str:
    """A project-file error path in words: 'effects[2].deadweight' -> 'Effecten, rij 3,
    nul-effect (deadweight)'. Paths it does not know are returned as they are."""
    match = _ITEM.match(path)
    if match is None:
        top = {"name": "Projectnaam", "years": "Looptijd (jaren)", "project_type": "Type project",
               "discount_rate": "Discontovoet", "start_year": "Startjaar", "phase": "Fase"}
        return top.get(path, path or "Bestand")
    table, index, column = match.group(1), int(match.group(2)), match.group(3)
    error = CellError(table, index + 1, column, "")
    where = str(error).removesuffix(": ")
    rest = path[match.end():]
    return f"{TABLES[table][0]}, {where[0].lower()}{where[1:]}{rest}"


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
            errors.append(CellError("effects", row, "quantity_ex_post", error.message))
        raise TableError(errors) from exc
