"""The impact map as editable tables, and back: tables in, a validated `Project` out.

The editor page shows three tables (effects, costs, qualitative effects).
`project_from_tables` turns the edited tables into a project dict and lets the
one validator, `parse_project`, judge it; every problem comes back as a
`CellError` that names the table, the row as the user sees it (1-based) and
the column by its header, in Dutch or English: ``Rij 3, nul-effect (deadweight):
‘150’ ligt buiten 0 % tot en met 100 %``. Numbers are typed and shown as text the
Dutch way, shares in percent (`NUMBER_KINDS`; docs/method.md §16). Nothing is saved
here; the page saves only a valid project.

The tables show names, never keys: a stakeholder or financier by its party name, a
sector by its name, a library value by its label, in the chosen language
(`TableNames`). `project_from_tables` reads them back to keys, so a project saved
unchanged through the editor is the same project, in either language.

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

from impactkaart.authoring.cohorts import with_table_edits
from impactkaart.core.model import EX_POST_SHARES, FieldError, Project, ProjectError, parse_project
from impactkaart.core.proxies import proxy_row
from impactkaart.core.reference import Reference, default_reference
from impactkaart.io.project_file import project_json
from impactkaart.text import numbers
from impactkaart.text.catalogue import t
from impactkaart.text.errors import message as problem_text
from impactkaart.text.names import party_label, sector_label
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
# Numbers in the tables are text as a person types and reads them (45.000, 1,5), read by
# the one number reader; shares as percent, so 40 is 40 % (the project file keeps 0.4).
# Text, because st.data_editor's NumberColumn reads a typed "23,4" as 234 and knows no
# "45.000" (streamlit/streamlit#7866, #11164).
NUMBER_KINDS = {
    "effects": {"quantity": "number", "proxy": "amount", "start_year": "count",
                "duration": "count", "deadweight": "share", "attribution": "share",
                "displacement": "share", "drop_off": "share", "hours_per_unit": "number"},
    "costs": {"year": "count", "amount": "amount"},
    "qualitative": {},
}
# What a new row already holds (the page's column defaults): a row with nothing else
# is a new empty row, told once (not one error per empty field).
DEFAULTS = {"effects": {"start_year": "1", "duration": "1", "displacement": "0", "drop_off": "0"},
            "costs": {"year": "1"}, "qualitative": {"direction": "+", "strength": 2}}


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
        return self._what("nl")

    def _what(self, lang: str) -> str:
        if self.problem.code.startswith("numbers."):  # a cell the number reader could not read
            values = self.problem.values
            if "reading" not in values:
                return t(self.problem.code, lang)
            return numbers.describe(values["reading"], values["typed"], values["kind"], lang,
                                    in_table=True)
        return problem_text(self.problem, lang)

    def where(self, lang: str = "nl") -> str:
        """'Rij 3, nul-effect (deadweight)'."""
        return _where(self.table, self.row, self.column, lang)

    def text(self, lang: str = "nl") -> str:
        """'Rij 3, nul-effect (deadweight): moet tussen 0 en 1 liggen'."""
        where, what = self.where(lang), self._what(lang)
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


# --- keys <-> names ---------------------------------------------------------------------

# Which kind of key each named column holds.
_KIND = {"stakeholder": "party", "financier": "party", "sector": "sector", "proxy_key": "proxy"}


def _one_to_one(names: dict[str, str], known: set[str]) -> dict[str, str]:
    """key -> name with no name shown for two keys, so every name leads back to its key.
    Of keys whose names clash, one keeps the name (a key that reads as itself, else a key
    of the reference data, else the first in order); the others are shown as themselves
    (keys are unique), and so on until nothing clashes."""
    shown = dict(names)
    while True:
        keys_of: dict[str, list[str]] = {}
        for key, name in shown.items():
            keys_of.setdefault(name, []).append(key)
        clashes = [keys for keys in keys_of.values() if len(keys) > 1]
        if not clashes:
            return shown
        for keys in clashes:
            keeper = min(keys, key=lambda k: (shown[k] != k, k not in known, k))
            for key in keys:
                if key != keeper:
                    shown[key] = key


@dataclass(frozen=True)
class TableNames:
    """The names the editor shows for the keys of one project, in one language, and the
    way back (`key`). Per kind ("party", "sector", "proxy"): ``shown`` key -> name,
    ``back`` name -> key, ``known`` a reference key or its name in either language, in
    lower case -> key. ``sectors``: the names a sector cell may take, sorted."""

    lang: str
    shown: dict[str, dict[str, str]]
    back: dict[str, dict[str, str]]
    known: dict[str, dict[str, str]]
    sectors: tuple[str, ...]

    def name(self, column: str, key: str | None) -> str | None:
        """The name shown for ``key`` in ``column``; an empty cell stays empty."""
        if not isinstance(key, str):
            return key
        return self.shown[_KIND[column]].get(key, key)

    def key(self, column: str, text: str) -> str:
        """The key a cell of ``column`` means: the key of a name shown, else of a known
        name or key in either language (any case), else the text itself (a party the
        user names is a free key, as in a project file)."""
        kind = _KIND[column]
        return self.back[kind].get(text) or self.known[kind].get(text.lower(), text)


def _labels(table: pd.DataFrame, key_column: str, lang: str) -> dict[str, str]:
    # Columns, not rows: this runs on every rerun of the editor page.
    column = "label_en" if lang == "en" else "label_nl"
    return {str(key): (label if isinstance(label, str) and label else str(fallback))
            for key, label, fallback in zip(table[key_column], table[column], table["label_nl"])}


def table_names(project: Project | None, lang: str = "nl",
                reference: Reference | None = None) -> TableNames:
    """The names of the parties, sectors and library values in ``project`` (None: the
    reference data's only) and in the reference data, in ``lang``."""
    ref = reference or default_reference()
    tables = {"party": (ref.parties, "key"), "sector": (ref.sectors, "sector"),
              "proxy": (ref.proxies, "key")}
    known: dict[str, dict[str, str]] = {}
    shown: dict[str, dict[str, str]] = {}
    for kind, (table, key_column) in tables.items():
        known[kind] = {}
        for column in (key_column, "label_nl", "label_en"):
            for key, text in zip(table[key_column], table[column]):
                if isinstance(text, str) and text:
                    known[kind].setdefault(text.lower(), str(key))
        shown[kind] = _labels(table, key_column, lang)
    effects = project.effects if project else ()
    parties = {e.stakeholder for e in effects}
    choosable = set(ref.sector_figures)
    if project:
        parties |= {c.financier for c in project.costs} | {q.stakeholder for q in project.qualitative}
        choosable |= {s.sector for s in project.sectors}
    # Keys the reference data does not name: parties and sectors read as their key
    # made readable, as everywhere else (text.names); an unknown proxy as its key.
    for key in parties - set(shown["party"]):
        shown["party"][key] = party_label(key, lang, ref)
    for key in (choosable | {e.sector for e in effects if e.sector}) - set(shown["sector"]):
        shown["sector"][key] = sector_label(key, lang, ref)
    for key in {e.proxy_key for e in effects if e.proxy_key} - set(shown["proxy"]):
        shown["proxy"][key] = key
    shown = {kind: _one_to_one(names, set(tables[kind][0][tables[kind][1]]))
             for kind, names in shown.items()}
    back = {kind: {name: key for key, name in names.items()} for kind, names in shown.items()}
    options = sorted((shown["sector"][k] for k in choosable), key=str.lower)
    return TableNames(lang, shown, back, known, tuple(options))


# The parties a column's help names as examples, in this order.
_EXAMPLES = {"stakeholder": ("gemeente", "zorgverzekeraar", "politie_justitie", "deelnemer",
                             "werkgever", "school", "woningcorporatie"),
             "financier": ("gemeente", "zorgverzekeraar", "aanbieder", "fonds", "rijk")}


def party_help(column: str, names: TableNames) -> str:
    """The help of a party column ("stakeholder", "financier"), naming example parties
    as the table shows them: 'Wie de waarde krijgt: Gemeente, Zorgverzekeraar, …'."""
    parties = ", ".join(names.name(column, key) for key in _EXAMPLES[column])
    return t(f"editing.help_{column}", names.lang, parties=parties)


def _named(frame: pd.DataFrame, names: TableNames, table: str) -> pd.DataFrame:
    """Keys as names, numbers as typed text, and no empty cell that reads 'None'."""
    kinds = NUMBER_KINDS[table]
    for column in frame.columns:
        # object dtype even for an empty table: an empty list would become float, which
        # st.data_editor refuses for a text column (a project without qualitative effects)
        if column in _KIND:
            cells = [names.name(column, key) if isinstance(key, str) else "" for key in frame[column]]
        elif column in kinds:
            cells = [numbers.show(None if _missing(v) else v, kinds[column], names.lang)
                     for v in frame[column]]
        elif column in _TEXT:
            cells = ["" if _missing(v) else v for v in frame[column]]
        else:
            continue
        frame[column] = pd.Series(cells, index=frame.index, dtype=object)
    return frame


_ALL_NUMBERS = {c: k for kinds in NUMBER_KINDS.values() for c, k in kinds.items()}


def renamed(frame: pd.DataFrame, before: TableNames, after: TableNames) -> pd.DataFrame:
    """A table shown with ``before``'s names, with ``after``'s (the language changed)."""
    out = frame.copy()
    for column in out.columns.intersection(list(_KIND)):
        out[column] = pd.Series([after.name(column, before.key(column, v)) if isinstance(v, str)
                                 else v for v in out[column]], index=out.index, dtype=object)
    for column in out.columns.intersection(list(_ALL_NUMBERS)):
        kind = _ALL_NUMBERS[column]
        # '45.000' typed in Dutch is '45,000' in English; what cannot be read stays as typed
        readings = [numbers.parse(v, kind, before.lang) if isinstance(v, str) else None
                    for v in out[column]]
        out[column] = pd.Series([numbers.show(r.value, kind, after.lang) if r and r.ok else v
                                 for r, v in zip(readings, out[column])],
                                index=out.index, dtype=object)
    return out


# --- project -> tables ------------------------------------------------------------------


def effects_frame(project: Project, names: TableNames | None = None) -> pd.DataFrame:
    """The effects table, with names in place of keys (Dutch unless ``names`` says)."""
    names = names or table_names(project)
    rows = [{c: getattr(e, c) for c in EFFECT_COLUMNS} for e in project.effects]
    return _named(pd.DataFrame(rows, columns=list(EFFECT_COLUMNS)), names, "effects")


def costs_frame(project: Project, names: TableNames | None = None) -> pd.DataFrame:
    names = names or table_names(project)
    rows = [{c: getattr(k, c) for c in COST_COLUMNS} for k in project.costs]
    return _named(pd.DataFrame(rows, columns=list(COST_COLUMNS)), names, "costs")


def qualitative_frame(project: Project, names: TableNames | None = None) -> pd.DataFrame:
    names = names or table_names(project)
    rows = [{c: getattr(q, c) for c in QUALITATIVE_COLUMNS} for q in project.qualitative]
    return _named(pd.DataFrame(rows, columns=list(QUALITATIVE_COLUMNS)), names, "qualitative")


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


def _number(column: str, kind: str, raw: Any, lang: str) -> Any:
    """A typed number cell as the project file keeps it (a share as a fraction), None when
    empty, or the FieldError that says why it cannot be read."""
    # Only a share's range is the reader's (it is typed in %); the validator judges the rest.
    low, high = (None, None) if kind == "share" else (-math.inf, math.inf)
    reading = numbers.parse(None if _missing(raw) else raw, kind, lang, low, high)
    if reading.status == "empty":
        return None
    if not reading.ok:
        typed = raw if isinstance(raw, str) else numbers.show(raw, kind, lang)
        return FieldError(column, f"numbers.{reading.status}",
                          {"reading": reading, "typed": typed, "kind": kind})
    return int(reading.value) if column in _INTEGER else reading.value


def _records(frame: pd.DataFrame, table: str, names: TableNames,
             unread: list[tuple[int, FieldError]]) -> list[dict[str, Any]]:
    """The rows as project-file records; a number cell that cannot be read is left out
    of its record and put in ``unread`` (position in ``frame``, error)."""
    columns, kinds = TABLES[table], NUMBER_KINDS[table]
    records = []
    for position, (_, row) in enumerate(frame.iterrows()):
        record = {}
        for column in columns:
            if column in kinds:
                value = _number(column, kinds[column], row.get(column), names.lang)
                if isinstance(value, FieldError):
                    unread.append((position, value))
                    continue
            else:
                value = _cell(column, row.get(column))
            if column in _KIND and isinstance(value, str):
                value = names.key(column, value)
            if value is None and column not in _OPTIONAL:
                continue  # absent: the validator says "ontbreekt (verplicht veld)"
            record[column] = value
        records.append(record)
    return records


def _empty(value: Any) -> bool:
    return _missing(value) or (isinstance(value, str) and not value.strip())


def _blank_row(frame: pd.DataFrame, i: int, columns: dict[str, str]) -> bool:
    return all(_empty(frame.iloc[i].get(c)) for c in columns)


def _new_empty_row(frame: pd.DataFrame, i: int, table: str) -> bool:
    """Nothing in the row but what a new row starts with (the column defaults)."""
    defaults = DEFAULTS[table]
    row = frame.iloc[i]
    return all(_empty(row.get(c)) or (c in defaults and str(row.get(c)).strip()
                                      in (str(defaults[c]), f"{defaults[c]}.0"))
               for c in TABLES[table])


_KEY_NOTE = re.compile(r"^\s*kengetal:\s*[A-Za-z0-9_]+\s*$")


def reader_note(note: str) -> str:
    """A library note without the part that names its internal key ('…; kengetal:
    unit_gp_consult'), which tells a reader nothing."""
    parts = [p.strip() for p in (note or "").split(";")]
    return "; ".join(p for p in parts if p and not _KEY_NOTE.match(p))


_ITEM = re.compile(r"^(effects|costs|qualitative|sectors)\[(\d+)\](?:\.(\w+))?")


def project_from_tables(
    project: Project,
    effects: pd.DataFrame,
    costs: pd.DataFrame,
    qualitative: pd.DataFrame,
    reference: Reference | None = None,
    names: TableNames | None = None,
    **settings: Any,
) -> Project:
    """The project with these tables (and project fields in ``settings``), or `TableError`.

    The tables show names (``names``, made from this same ``project``; Dutch if not
    given), read back to keys here. Rows left entirely empty (a row added and never
    filled) are ignored.
    """
    reference = reference or default_reference()
    names = names or table_names(project, "nl", reference)
    frames = {"effects": effects, "costs": costs, "qualitative": qualitative}
    told: list[CellError] = []  # found before the validator: new empty rows, unread numbers
    kept = {}
    for name, frame in frames.items():
        rows = []
        for i in range(len(frame)):
            if _blank_row(frame, i, TABLES[name]):
                continue
            if _new_empty_row(frame, i, name):
                told.append(CellError(name, i + 1, None, FieldError("", "numbers.new_row")))
                continue
            rows.append(i)
        kept[name] = frame.iloc[rows]
    # Map back from the validator's list index to the row number the user sees.
    shown_row = {
        name: [frames[name].index.get_loc(ix) + 1 for ix in kept[name].index] for name in frames
    }
    unread: dict[str, list[tuple[int, FieldError]]] = {name: [] for name in frames}
    data = project_dict(project)
    data.update(settings)
    saved_costs = data["costs"]
    data["costs"] = _records(kept["costs"], "costs", names, unread["costs"])
    for ix, record in zip(kept["costs"].index, data["costs"]):  # realised amounts: not shown
        if pd.api.types.is_integer(ix) and 0 <= ix < len(saved_costs):
            if "amount_ex_post" in saved_costs[ix]:
                record["amount_ex_post"] = saved_costs[ix]["amount_ex_post"]
    data["qualitative"] = _records(kept["qualitative"], "qualitative", names, unread["qualitative"])
    saved = data["effects"]
    data["effects"] = []
    for ix, record in zip(kept["effects"].index,
                          _records(kept["effects"], "effects", names, unread["effects"])):
        if pd.api.types.is_integer(ix) and 0 <= ix < len(saved):
            for hidden in ("quantity_ex_post", "ranges", *EX_POST_SHARES.values(), "basis"):
                # not shown, so not lost
                if hidden in saved[ix]:
                    record[hidden] = saved[ix][hidden]
            record = with_table_edits(record, saved[ix])  # its cohorts (docs/method.md § 19)
            # What belongs to the proxy stays while the proxy does: a new library proxy gets
            # its own price year (parse_project) and transfer default.
            if record.get("proxy_key") == saved[ix].get("proxy_key"):
                for hidden in ("transfer", "transfer_from", "proxy_price_year"):
                    if hidden in saved[ix] and hidden not in record:
                        record[hidden] = saved[ix][hidden]
        data["effects"].append(record)
    for name, found in unread.items():
        told += [CellError(name, shown_row[name][position], error.path, error)
                 for position, error in found]
    # A cell already told about (it could not be read) is not told again as missing.
    seen = {(e.table, e.row, e.column) for e in told}
    try:
        result = parse_project(data, reference)
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
            cell = CellError(table, shown_row[table][index], column, error)
            if (cell.table, cell.row, cell.column) not in seen:
                errors.append(cell)
        raise TableError(_in_order(told + errors)) from exc
    if told:
        raise TableError(_in_order(told))
    return result


def _in_order(errors: list[CellError]) -> list[CellError]:
    """Per table by row, as a person reads the table; project errors last."""
    tables = list(_COLUMNS) + ["project"]
    return sorted(errors, key=lambda e: (tables.index(e.table) if e.table in tables else 99,
                                         e.row or 0))


def apply_proxy(
    effects: pd.DataFrame, row: int, proxy_key: str, reference: Reference | None = None,
    names: TableNames | None = None,
) -> pd.DataFrame:
    """A copy of the table with the chosen library proxy in (0-based) row ``row``.

    Fills proxy, proxy_key and proxy_source; a row without a stakeholder yet (a
    new row) also gets the proxy's usual stakeholder and sector. Keys are written
    as the table shows them: by their names in ``names`` (Dutch if not given).
    """
    names = names or table_names(None, "nl", reference)
    out = effects.copy()
    label = out.index[row]
    for column, value in proxy_fields(proxy_key, reference).items():
        if column in _KIND:
            value = names.name(column, value)
        elif column in NUMBER_KINDS["effects"]:
            value = numbers.show(value, NUMBER_KINDS["effects"][column], names.lang)
        out.loc[label, column] = value
    if _cell("stakeholder", out.loc[label, "stakeholder"]) == "":
        library = proxy_row(proxy_key, reference)
        out.loc[label, "stakeholder"] = names.name("stakeholder", library["default_stakeholder"] or None)
        out.loc[label, "sector"] = names.name("sector", library["default_sector"] or None)
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
