"""Import of costs and effects from CSV and xlsx: the corpus, numbers, mapping, all-or-nothing."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from pathlib import Path

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.io.imports import read as table_read
from impactkaart.io.imports.cells import NumberError, detect_decimal, parse_number
from impactkaart.io.imports.columns import COSTS, EFFECTS, guess_mapping
from impactkaart.io.imports.problems import TableImportError
from impactkaart.io.imports.tables import NewProject, import_file, open_tables, preview_import
from impactkaart.io.imports.template import template_csv, template_xlsx

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = json.loads((DATA / "good" / "expected.json").read_text(encoding="utf-8"))
BAD = json.loads((DATA / "bad" / "expected.json").read_text(encoding="utf-8"))
NEW = NewProject("Import-test", "gezinswerk")


def problems_of(raw: bytes, name: str, **kwargs) -> list[str]:
    with pytest.raises(TableImportError) as caught:
        import_file(raw, name, new_project=kwargs.pop("new_project", NEW), **kwargs)
    return [str(p) for p in caught.value.problems]


# --- the corpus -------------------------------------------------------------------------------


def test_every_corpus_file_has_an_expectation():
    for folder, expected in (("good", GOOD), ("bad", BAD)):
        files = {p.name for p in (DATA / folder).iterdir()} - {"expected.json"}
        assert files == set(expected), folder


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_files_import_to_the_known_values(name):
    project = import_file((DATA / "good" / name).read_bytes(), name, new_project=NEW).project
    expected = GOOD[name]
    for kind in (EFFECTS, COSTS):
        rows = getattr(project, kind)
        assert len(rows) == len(expected.get(kind, [])), kind
        for row, values in zip(rows, expected.get(kind, [])):
            for field, value in values.items():
                assert getattr(row, field) == (pytest.approx(value) if isinstance(value, float)
                                               else value), (kind, field)


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_give_their_dutch_message(name):
    problems = problems_of((DATA / "bad" / name).read_bytes(), name)
    assert any(BAD[name] in p for p in problems), problems


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decimal", "value"),
    [
        ("1.234,56", ",", 1234.56), ("€ 1.234,-", ",", 1234.0), ("1,234.56", ".", 1234.56),
        ("1.234", ",", 1234.0), ("1.234", ".", 1.234), ("25%", ",", 0.25), ("12,5 %", ",", 0.125),
        ("−3", ",", -3.0), ("-0,5", ",", -0.5), (",5", ",", 0.5), ("1,5E+03", ",", 1500.0),
        ("EUR 2.000.000", ",", 2_000_000.0), ("1 234,5", ",", 1234.5), ("€\u00a0750", ",", 750.0),
    ],
)
def test_numbers_as_people_type_them(text, decimal, value):
    assert parse_number(text, decimal) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "decimal", "reason"),
    [
        ("abc", ",", "is geen getal"), ("NaN", ".", "is geen getal"), ("inf", ".", "is geen getal"),
        ("1e999", ".", "is geen eindig getal"), ("1.5", ",", "decimale komma"),
        ("1,2,3", ".", "decimale punt"), ("12.34.5", ",", "decimale komma"), ("", ",", "is geen getal"),
        ("1" * 50, ",", "te lang"),
    ],
)
def test_what_is_not_a_number_is_refused(text, decimal, reason):
    with pytest.raises(NumberError, match=reason):
        parse_number(text, decimal)


def test_the_decimal_mark_follows_the_unambiguous_cells():
    assert detect_decimal(["1.234", "0,5"]) == ","  # 0,5 decides; 1.234 is then 1234
    assert detect_decimal(["1,234", "0.5"]) == "."
    assert detect_decimal(["1.234.567"], default=".") == ","
    assert detect_decimal(["1.234"], default=",") == ","  # undecided: the file's default
    assert detect_decimal(["1.234"], default=".") == "."


def test_a_percentage_is_refused_outside_a_share():
    raw = "Effect;Wie;Aantal;Waarde;Duur;Nul-effect;Toerekening\nx;gemeente;50%;10;1;0;0\n"
    assert any("is een percentage" in p for p in problems_of(raw.encode(), "x.csv"))


# --- columns ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Aantal", "quantity"), ("aantal deelnemers per jaar", "quantity"),
        ("Waarde per eenheid (€)", "proxy"), ("Nul-effect", "deadweight"), ("Deadweight", "deadweight"),
        ("Toerekening", "attribution"), ("Attributie", "attribution"),
        ("Verplaatsing", "displacement"), ("Uitval", "drop_off"), ("Drop-off", "drop_off"),
        ("Duur (jaren)", "duration"), ("Startjaar", "start_year"), ("Belanghebbende", "stakeholder"),
        ("Sector", "sector"), ("Bron", "proxy_source"), ("Outcome", "outcome"),
        ("Toerekning", "attribution"),  # a typo, by near spelling
    ],
)
def test_common_effect_column_names_are_recognised(header, field):
    assert guess_mapping([header], EFFECTS)[0] == field


@pytest.mark.parametrize(("header", "field"), [("Financier", "financier"), ("Bedrag", "amount"),
                                               ("Jaar", "year"), ("Kosten (€)", "amount")])
def test_common_cost_column_names_are_recognised(header, field):
    assert guess_mapping([header], COSTS)[0] == field


def test_the_user_maps_a_column_the_guess_missed():
    raw = (b"Wat;Wie;Hoeveel;Euro's;Jaren;Zelf;Anderen\n"
           b"Minder schooluitval;school;10;1.000;2;0,1;0,2\n")
    tables = open_tables(raw, "eigen.csv")
    assert not preview_import(tables, new_project=NEW).ok
    tables[0].kind = EFFECTS
    tables[0].mapping = dict(enumerate(["outcome", "stakeholder", "quantity", "proxy", "duration",
                                        "deadweight", "attribution"]))
    preview = preview_import(tables, new_project=NEW)
    assert preview.ok, preview.problems
    effect = preview.project.effects[0]
    assert (effect.quantity, effect.proxy, effect.deadweight, effect.attribution) == (10, 1000, 0.1, 0.2)


def test_title_rows_above_the_header_and_the_explanation_row_are_skipped():
    raw = (b"Gemeente Voorbeeld - export;;\n;;\nJaar;Financier;Bedrag\n"
           b"Uitleg: projectjaar;wie betaalt;euro\n1;gemeente;1.000\n")
    project = import_file(raw, "k.csv", new_project=NEW).project
    assert [(c.year, c.financier, c.amount) for c in project.costs] == [(1, "gemeente", 1000.0)]


def test_a_column_mapped_twice_is_a_problem():
    raw = template_csv(COSTS) + b"1;gemeente;10\n"
    tables = open_tables(raw, "k.csv")
    tables[0].mapping = {0: "year", 1: "amount", 2: "amount"}
    problems = [str(p) for p in preview_import(tables, new_project=NEW).problems]
    assert "Blad" not in problems[0] and "Meer dan één kolom is gekoppeld aan 'bedrag (€)'" in problems


# --- into a project ---------------------------------------------------------------------------


def test_import_replaces_the_effects_and_keeps_the_rest_of_the_project():
    target = demo_projects()[0]
    raw = (DATA / "good" / "effecten_nl_utf8_bom.csv").read_bytes()
    project = import_file(raw, "e.csv", target=target).project
    assert [e.outcome for e in project.effects] == [e["outcome"] for e in GOOD["effecten_nl_utf8_bom.csv"]["effects"]]
    assert project.costs == target.costs
    assert project.qualitative == target.qualitative
    assert (project.name, project.years, project.discount_rate) == (target.name, target.years, target.discount_rate)


def test_import_can_add_rows_after_the_existing_ones():
    target = demo_projects()[0]
    raw = (DATA / "good" / "kosten_nl.csv").read_bytes()
    project = import_file(raw, "k.csv", target=dataclasses.replace(target, start_year=2025),
                          replace=False).project
    assert project.costs[: len(target.costs)] == target.costs
    assert [(c.year, c.amount) for c in project.costs[len(target.costs):]] == [(1, 45000.0), (2, 12345.67)]


def test_calendar_years_count_from_the_projects_start_year():
    target = dataclasses.replace(demo_projects()[0], start_year=2024, years=5)
    raw = b"Jaar;Financier;Bedrag\n2024;gemeente;100\n2026;gemeente;300\n"
    project = import_file(raw, "k.csv", target=target).project
    assert [c.year for c in project.costs] == [1, 3]
    before = b"Jaar;Financier;Bedrag\n2023;gemeente;100\n"
    assert any("ligt vóór het startjaar 2024" in p for p in problems_of(before, "k.csv", new_project=None, target=target))


def test_a_new_project_runs_as_long_as_its_last_cost_year():
    raw = (DATA / "good" / "kosten_nl.csv").read_bytes()
    project = import_file(raw, "k.csv", new_project=NEW).project
    assert (project.name, project.project_type, project.years, project.start_year) == (
        "Import-test", "gezinswerk", 2, 2025)


def test_one_bad_row_stops_the_whole_import():
    raw = (DATA / "bad" / "toerekening_te_groot.csv").read_bytes()
    preview = preview_import(open_tables(raw, "x.csv"), new_project=NEW)
    assert preview.project is None and not preview.ok
    frame = preview.tables[0][1]
    assert list(frame["rij"]) == [2, 3]  # the good row is shown too, without a problem
    assert frame["problemen"].iloc[0] == ""
    assert "'1,5' moet tussen 0 en 1 liggen" in frame["problemen"].iloc[1]


def test_the_imported_project_computes_as_worked_out_by_hand():
    # Cost 1.000 in year 1; effect 10 × 100 × (1 − 0,5) = 500 in years 1 and 2 at r = 0:
    # rendementsfactor 1.000 / 1.000 = 1,0.
    raw = ("Effect;Wie;Aantal;Waarde per eenheid;Duur;Nul-effect;Toerekening\n"
           "Minder huisartsbezoek;zorgverzekeraar;10;€ 100,00;2;50%;0\n").encode()
    target = dataclasses.replace(demo_projects()[0], discount_rate=0.0, years=1, costs=())
    project = import_file(raw, "e.csv", target=target).project
    costs = import_file(b"Jaar;Financier;Bedrag\n1;gemeente;1.000\n", "k.csv", target=project).project
    assert compute(costs).rendementsfactor == pytest.approx(1.0)


# --- the template -----------------------------------------------------------------------------


def test_the_templates_have_dutch_headers_and_an_explanation_row():
    text = template_csv(EFFECTS).decode("utf-8-sig").splitlines()
    assert text[0].startswith("effect (wat verandert);wie profiteert;")
    assert "nul-effect (deadweight)" in text[0] and text[1].startswith("Uitleg")
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(template_xlsx()), read_only=True)
    assert book.sheetnames == ["Effecten", "Kosten", "Uitleg"]
    rows = list(book["Kosten"].iter_rows(values_only=True))
    assert rows[0] == ("jaar", "financier", "bedrag (€)") and rows[1][0].startswith("Uitleg")


def test_a_filled_in_template_imports():
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(template_xlsx()))
    book["Effecten"].append(["Minder schulden", "schuldeisers", "schuldhulpverlening", 20, 2500,
                             "eigen registratie", 1, 3, 0.2, 0, "30%", 0.1, None])
    book["Kosten"].append([1, "gemeente", 50000])
    buffer = io.BytesIO()
    book.save(buffer)
    project = import_file(buffer.getvalue(), "sjabloon.xlsx", new_project=NEW).project
    effect = project.effects[0]
    assert (effect.sector, effect.quantity, effect.proxy, effect.duration, effect.attribution,
            effect.hours_per_unit) == ("schuldhulpverlening", 20, 2500, 3, 0.3, None)
    assert project.costs[0].amount == 50000
    csv = template_csv(COSTS) + b"2;fonds;7.500\n"
    assert import_file(csv, "k.csv", new_project=NEW).project.costs[0].amount == 7500


# --- limits -----------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_before_reading():
    raw = b"a;b\n" + b"1;2\n" * (table_read.MAX_FILE_BYTES // 4 + 1)
    assert problems_of(raw, "groot.csv") == ["Het bestand is te groot (meer dan 5 MB)"]


def test_a_workbook_that_unpacks_too_large_is_not_opened(monkeypatch):
    raw = (DATA / "good" / "werkmap_formules.xlsx").read_bytes()
    unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(raw)).infolist())
    monkeypatch.setattr(table_read, "MAX_UNPACKED_BYTES", unpacked - 1)
    assert any("uitgepakt te groot" in p for p in problems_of(raw, "w.xlsx"))


def test_a_workbook_with_too_many_parts_is_not_opened():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(table_read.MAX_ZIP_ENTRIES):
            z.writestr(f"xl/x{i}.xml", "")
    assert any("verdacht veel onderdelen" in p for p in problems_of(buffer.getvalue(), "w.xlsx"))


def test_rows_padded_by_a_lying_dimension_are_not_read():
    # A sheet declaring A1:XFD1048576 with two real rows reads as two rows, quickly.
    raw = (DATA / "good" / "werkmap_formules.xlsx").read_bytes()
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:J4"', b'<dimension ref="A1:XFD1048576"')
                assert b"XFD1048576" in data
            target.writestr(info.filename, data)
    project = import_file(out.getvalue(), "w.xlsx", new_project=NEW).project
    assert len(project.effects) == 2
