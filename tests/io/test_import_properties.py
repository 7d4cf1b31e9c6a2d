"""Property tests: whatever bytes, encodings or tables arrive, every importer gives a valid
import or a Dutch error of its own type, never another exception, never a changed store."""

from __future__ import annotations

import io
import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from impactkaart.authoring.demo import demo_projects
from impactkaart.cli.main import main
from impactkaart.core.model import Project, ProjectError
from impactkaart.io.imports.problems import TableImportError
from impactkaart.io.imports.tables import NewProject, import_file
from impactkaart.io.project_file import parse_project_json
from impactkaart.store.backup import BackupError, parse_backup
from impactkaart.store.projects import Store

DATA = Path(__file__).resolve().parents[1] / "data"
NEW = NewProject("Eigenschap", "gezinswerk")
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DUTCH_WORDS = ("ontbreekt", "moet", "is ", "geen", "bestand", "rij", "kolom", "niet", "te ",
               "er is", "leeg", "onbekend", "dit ", "de ")


def table_import_outcome(raw: bytes, name: str) -> Project | None:
    """The imported project, or None after a Dutch TableImportError; anything else fails."""
    try:
        return import_file(raw, name, new_project=NEW).project
    except TableImportError as exc:
        assert exc.problems
        for problem in exc.problems:
            text = str(problem).lower()
            assert any(word in text for word in DUTCH_WORDS), text
        return None


# --- random bytes --------------------------------------------------------------------------


@FAST
@given(raw=st.binary(max_size=2000), name=st.sampled_from(["x.csv", "x.xlsx", "x.txt", "x", "x.xls"]))
def test_random_bytes_never_crash_the_table_import(raw, name):
    table_import_outcome(raw, name)


@FAST
@given(raw=st.binary(max_size=2000))
def test_random_bytes_behind_a_zip_signature_never_crash_the_table_import(raw):
    table_import_outcome(b"PK\x03\x04" + raw, "x.xlsx")


GOOD_XLSX = (DATA / "good" / "werkmap_formules.xlsx").read_bytes()


@FAST
@given(edits=st.lists(st.tuples(st.integers(0, len(GOOD_XLSX) - 1), st.integers(0, 255)),
                      min_size=1, max_size=20),
       cut=st.none() | st.integers(100, len(GOOD_XLSX)))
def test_a_damaged_workbook_never_crashes_the_table_import(edits, cut):
    raw = bytearray(GOOD_XLSX)
    for position, value in edits:
        raw[position] = value
    table_import_outcome(bytes(raw[:cut]), "kapot.xlsx")


@FAST
@given(raw=st.binary(max_size=2000))
def test_random_bytes_never_crash_the_project_file_or_backup_readers(raw):
    try:
        assert isinstance(parse_project_json(raw), Project)
    except ProjectError as exc:
        assert exc.errors
    with pytest.raises(BackupError):
        parse_backup(raw)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["name", "effects", "costs", "years", "project_type", "format",
                         "version", "projects", "id", "project", "tables", "quantity"])
        | st.text(max_size=8), inner, max_size=5),
    max_leaves=25,
)


@FAST
@given(data=JSON)
def test_random_json_never_crashes_the_project_file_or_backup_readers(data):
    raw = json.dumps(data).encode()
    try:
        parse_project_json(raw)
    except ProjectError as exc:
        assert all(str(e) for e in exc.errors)
    try:
        parse_backup(json.dumps({"format": "impactkaart-backup", "version": 1, "projects": data}).encode())
    except BackupError as exc:
        assert exc.errors


# --- random tables, random encodings -------------------------------------------------------

HEADERS = ["Effect", "Belanghebbende", "Sector", "Aantal", "Waarde per eenheid", "Duur",
           "Nul-effect", "Toerekening", "Uitval", "Jaar", "Financier", "Bedrag", "Bron",
           "Outcome", "Deadweight", "x", ""]
CELLS = st.one_of(
    st.text(alphabet=string.printable + "€éëï−–", max_size=12),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(-10**15, 10**15).map(str),
    st.sampled_from(["1.234,56", "1,234.56", "25%", "€ 1.000,-", "NaN", "inf", "1e999", "=1+1",
                     "0,5", "0.5", "", "gemeente", "zorg", "#DIV/0!", '"', "'", ";", "\t"]),
)
ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]


@st.composite
def tables(draw):
    width = draw(st.integers(1, 8))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(CELLS, min_size=width, max_size=width), max_size=6))
    return [header, *rows]


def as_csv(table, separator: str, encoding: str) -> bytes:
    import csv

    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=separator).writerows(table)
    return buffer.getvalue().encode(encoding, errors="replace")


@FAST
@given(table=tables(), separator=st.sampled_from([";", ",", "\t"]), encoding=st.sampled_from(ENCODINGS))
def test_random_tables_in_any_encoding_never_crash_the_csv_import(table, separator, encoding):
    table_import_outcome(as_csv(table, separator, encoding), "tabel.csv")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables(), numbers=st.booleans())
def test_random_tables_never_crash_the_xlsx_import(table, numbers):
    book = Workbook()
    for row in table:
        cells = []
        for cell in row:
            try:
                cells.append(float(cell.replace(",", ".")) if numbers else cell)
            except ValueError:
                cells.append(cell)
        # (characters a worksheet cannot hold are left out: this builds the file, it is not
        # what is tested)
        book.active.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c
                            for c in cells])
    buffer = io.BytesIO()
    book.save(buffer)
    table_import_outcome(buffer.getvalue(), "tabel.xlsx")


# --- valid tables come back exactly ---------------------------------------------------------


def dutch(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"  # 1,234.56
    return text.replace(",", "_").replace(".", ",").replace("_", ".")  # 1.234,56


@st.composite
def effect_rows(draw):
    rows = []
    for i in range(draw(st.integers(1, 5))):
        rows.append({
            "outcome": (f"effect {i} " + draw(st.text(alphabet="abcdeéë ", max_size=10))).strip(),
            "stakeholder": draw(st.sampled_from(["gemeente", "zorgverzekeraar", "deelnemer"])),
            "quantity": draw(st.integers(0, 10_000)),
            "proxy": draw(st.integers(0, 10**8)) / 100,
            "duration": draw(st.integers(1, 10)),
            "deadweight": draw(st.integers(0, 100)) / 100,
            "attribution": draw(st.integers(0, 100)) / 100,
        })
    return rows


@FAST
@given(rows=effect_rows(), style=st.sampled_from(["nl", "nl-procent", "en", "xlsx"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_valid_tables_import_to_exactly_their_values(rows, style, encoding):
    header = ["Effect", "Belanghebbende", "Aantal", "Waarde per eenheid", "Duur", "Nul-effect",
              "Toerekening"]
    if style == "xlsx":
        book = Workbook()
        book.active.append(header)
        for r in rows:
            book.active.append([r["outcome"], r["stakeholder"], r["quantity"], r["proxy"],
                                r["duration"], r["deadweight"], r["attribution"]])
        buffer = io.BytesIO()
        book.save(buffer)
        raw, name = buffer.getvalue(), "t.xlsx"
    else:
        lines = [header]
        for r in rows:
            if style == "en":
                lines.append([r["outcome"], r["stakeholder"], f"{r['quantity']:,}", f"{r['proxy']:,.2f}",
                              str(r["duration"]), str(r["deadweight"]), f"{r['attribution'] * 100:g}%"])
            else:
                share = (lambda v: f"{dutch(v * 100, 0)}%") if style == "nl-procent" \
                    else (lambda v: dutch(v, 2))
                lines.append([r["outcome"], r["stakeholder"], dutch(r["quantity"], 0),
                              "€ " + dutch(r["proxy"], 2), str(r["duration"]), share(r["deadweight"]),
                              share(r["attribution"])])
        raw, name = as_csv(lines, "," if style == "en" else ";", encoding), "t.csv"
    # A table without a decimal that settles the mark (all whole numbers and 1.234-like
    # thousands) is read with the file's convention; that is exactly what is written here.
    project = import_file(raw, name, new_project=NEW).project
    assert len(project.effects) == len(rows)
    for effect, row in zip(project.effects, rows):
        for field, value in row.items():
            got = getattr(effect, field)
            assert got == (pytest.approx(value, abs=1e-9) if isinstance(value, float) else value), (field, got, value)


# --- the store is never touched by a failed import -------------------------------------------


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("eigenschap") / "cli.duckdb"
    with Store(path) as store:
        store.save_project(demo_projects()[0])
        before = store.load_all()
    return path, before


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(raw=st.binary(max_size=300) | tables().map(lambda t: as_csv(t, ";", "utf-8")),
       name=st.sampled_from(["x.csv", "x.xlsx"]))
def test_a_failed_import_through_the_cli_never_changes_the_store(cli_db, tmp_path_factory, raw, name):
    path, before = cli_db
    file = tmp_path_factory.mktemp("in") / name
    file.write_bytes(raw)
    code = main(["--db", str(path), "import-table", str(file), "--project", "1"])
    assume(code != 0)  # a random file that happens to be valid is a success, not this test
    assert code == 2
    with Store(path) as store:
        assert store.load_all() == before
