"""`impactkaart kpi import` and `kpi report --json`: values by hand, bad input exits 2 with
the field named and the store unchanged."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from impactkaart.cli.main import main
from tests.monitoring.support import GOOD_CSV, tables_of


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "kpi.duckdb"
    monkeypatch.setenv("IMPACTKAART_DB", str(path))
    return path


def write(tmp_path, text: str, name: str = "m.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def report(capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["kpi", "report", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_then_report(db, tmp_path, capsys):
    assert main(["kpi", "import", str(write(tmp_path, GOOD_CSV)), "--programme", "Noord"]) == 0
    assert "4 metingen toegevoegd" in capsys.readouterr().out
    rows = report(capsys)
    assert [(r["kpi"], r["period"]) for r in rows] == [
        ("mw_zrm_gemiddeld", "2025"), ("ouderen_bereik", "2025-Q1"),
        ("ouderen_eenzaam", "2025-Q1"), ("ouderen_eenzaam", "2025-Q2")]
    share = rows[2]
    assert share["programme"] == "Noord"
    assert share["value"] == pytest.approx(0.3)  # 12 / 40
    assert (share["numerator"], share["denominator"]) == (12, 40)
    assert share["low"] == pytest.approx(0.18075, abs=5e-5)  # by hand in test_wilson
    assert share["high"] == pytest.approx(0.45430, abs=5e-5)
    assert rows[0]["value"] == pytest.approx(3.4) and rows[0]["low"] is None
    assert rows[1]["value"] == 120 and rows[1]["high"] is None
    assert set(rows[0]) == {"programme", "kpi", "period", "value", "numerator", "denominator",
                            "target", "low", "high"}


def test_programmes_sort_and_english_headers_and_xlsx(db, tmp_path, capsys):
    wb = Workbook()
    ws = wb.active
    ws.append(["kpi", "period", "numerator", "denominator"])
    ws.append(["jongeren_vsv", "2024", 3, 60])
    wb.save(tmp_path / "b.xlsx")
    assert main(["kpi", "import", str(tmp_path / "b.xlsx"), "--programme", "B-team"]) == 0
    assert main(["kpi", "import", str(write(tmp_path, GOOD_CSV)), "--programme", "A-team"]) == 0
    rows = report(capsys)
    assert [r["programme"] for r in rows] == ["A-team"] * 4 + ["B-team"]
    assert rows[-1]["value"] == pytest.approx(0.05)


def test_a_second_import_corrects_and_keeps_the_history(db, tmp_path, capsys):
    from impactkaart.monitoring.store import find_programme, history
    from impactkaart.store.projects import Store

    assert main(["kpi", "import", str(write(tmp_path, GOOD_CSV)), "--programme", "Noord",
                 "--door", "Anna"]) == 0
    fixed = "kpi;periode;teller;noemer\nouderen_eenzaam;2025-Q1;10;40\n"
    assert main(["kpi", "import", str(write(tmp_path, fixed, "f.csv")), "--programme", "Noord",
                 "--door", "Bram"]) == 0
    assert "0 metingen toegevoegd en 1 gecorrigeerd" in capsys.readouterr().out
    with Store(db) as store:
        [old] = history(store, find_programme(store, "Noord").id)
    assert old[:6] == ("ouderen_eenzaam", "2025-Q1", 12, 40, None, "Anna")
    assert old[7] == "Bram"
    assert report(capsys)[2]["value"] == pytest.approx(0.25)


BAD = [
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025-Q5;1;4\n", "Rij 2, kolom 'periode'"),
    ("kpi;periode;teller;noemer\nonbekend;2025;1;4\n", "Rij 2, kolom 'kpi'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025;5;4\n", "Rij 2, kolom 'teller'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025;1;0\n", "Rij 2, kolom 'noemer'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025;-1;4\n", "Rij 2, kolom 'teller'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025;1,5;4\n", "Rij 2, kolom 'teller'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025;abc;4\n", "Rij 2, kolom 'teller'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025;1;\n", "Rij 2, kolom 'noemer'"),
    ("kpi;periode;teller;noemer\n;2025;1;4\n", "Rij 2, kolom 'kpi'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;;1;4\n", "Rij 2, kolom 'periode'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025;1;4\nouderen_eenzaam;2025;2;4\n",
     "Rij 3, kolom 'periode'"),
    ("kpi;periode;teller;noemer\nouderen_eenzaam;2025;1;4\nouderen_eenzaam;2025-Q1;2;4\n",
     "Rij 3, kolom 'periode'"),
    ("kpi;periode;waarde\nouderen_eenzaam;2025;140%\n", "Rij 2, kolom 'waarde'"),
    ("kpi;periode;waarde\nmw_zrm_gemiddeld;2025;\n", "Rij 2, kolom 'waarde'"),
    ("kpi;teller;noemer\nouderen_eenzaam;1;4\n", "'periode'"),
    ("kpi;periode\nouderen_eenzaam;2025\n", "'teller' en 'noemer'"),
    ("kpi;periode;teller;noemer\n", "Alleen kopjes"),
]


@pytest.mark.parametrize("text, where", BAD)
def test_bad_input_exits_2_names_the_field_and_saves_nothing(db, tmp_path, capsys, text, where):
    assert main(["kpi", "import", str(write(tmp_path, GOOD_CSV, "ok.csv")), "--programme", "Noord"]) == 0
    before = tables_of(db)
    path = write(tmp_path, text)
    capsys.readouterr()
    assert main(["kpi", "import", str(path), "--programme", "Noord"]) == 2
    err = capsys.readouterr().err
    assert f"{path}: " in err and where in err, err
    assert "Er is niets opgeslagen." in err
    assert tables_of(db) == before


def test_a_bad_row_among_good_ones_saves_none_of_them(db, tmp_path, capsys):
    path = write(tmp_path, GOOD_CSV + "ouderen_eenzaam;2025-Q3;50;40;\n")
    assert main(["kpi", "import", str(path), "--programme", "Nieuw"]) == 2
    assert "Rij 6, kolom 'teller'" in capsys.readouterr().err
    assert tables_of(db)["kpi_programmes"] == []  # not even the programme


@pytest.mark.parametrize("args, word", [
    (["--programme", "  "], "--programme"),
    (["--programme", "X", "--werksoort", "tuinieren"], "--werksoort"),
])
def test_bad_options_exit_2(db, tmp_path, capsys, args, word):
    assert main(["kpi", "import", str(write(tmp_path, GOOD_CSV)), *args]) == 2
    assert word in capsys.readouterr().err
    assert tables_of(db)["kpi_programmes"] == []


def test_a_missing_file_and_english(db, tmp_path, capsys):
    assert main(["kpi", "import", str(tmp_path / "weg.csv"), "--programme", "X", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "weg.csv: File not found" in err and "Nothing has been saved." in err
    bad = write(tmp_path, "kpi;period;numerator;denominator\nouderen_eenzaam;2025;5;4\n")
    assert main(["kpi", "import", str(bad), "--programme", "X", "--lang", "en"]) == 2
    assert "Row 2, column 'numerator': the numerator is larger" in capsys.readouterr().err


def test_encodings_and_separators(db, tmp_path, capsys):
    text = GOOD_CSV.replace(";", "\t").replace("3,4", "3.4")
    assert main(["kpi", "import", str(write(tmp_path, text, "t.csv", "utf-16")),
                 "--programme", "Één"]) == 0
    assert report(capsys)[0]["value"] == pytest.approx(3.4)
    comma = "kpi,period,value\nmw_zrm_gemiddeld,2026,3.9\n"
    assert main(["kpi", "import", str(write(tmp_path, comma, "c.csv", "cp1252")),
                 "--programme", "Één"]) == 0
    assert [r["value"] for r in report(capsys) if r["period"] == "2026"] == [pytest.approx(3.9)]


def test_report_of_an_unknown_programme_exits_2(db, capsys):
    assert main(["kpi", "report", "--json", "--programme", "Niemand"]) == 2
    assert "--programme" in capsys.readouterr().err


# --- several files in one import ---------------------------------------------------------

SECOND = "kpi;periode;teller;noemer\njongeren_vsv;2024;3;60\njongeren_vsv;2025;6;60\n"


def test_two_good_files_land_together_each_in_its_programme(db, tmp_path, capsys):
    a, b = write(tmp_path, GOOD_CSV, "a.csv"), write(tmp_path, SECOND, "b.csv")
    assert main(["kpi", "import", str(a), str(b), "--programme", "Noord",
                 "--programma", "Zuid"]) == 0
    out = capsys.readouterr().out
    assert f"{a}: 4 metingen toegevoegd" in out and f"{b}: 2 metingen toegevoegd" in out
    rows = report(capsys)
    assert [(r["programme"], r["kpi"], r["period"]) for r in rows] == [
        ("Noord", "mw_zrm_gemiddeld", "2025"), ("Noord", "ouderen_bereik", "2025-Q1"),
        ("Noord", "ouderen_eenzaam", "2025-Q1"), ("Noord", "ouderen_eenzaam", "2025-Q2"),
        ("Zuid", "jongeren_vsv", "2024"), ("Zuid", "jongeren_vsv", "2025")]
    assert rows[-1]["value"] == pytest.approx(0.1)  # 6 / 60


def test_one_programme_for_two_files_takes_both_in_order(db, tmp_path, capsys):
    fixed = "kpi;periode;teller;noemer\nouderen_eenzaam;2025-Q1;10;40\n"
    a, b = write(tmp_path, GOOD_CSV, "a.csv"), write(tmp_path, fixed, "b.csv")
    assert main(["kpi", "import", str(a), str(b), "--programme", "Noord"]) == 0
    assert f"{b}: 0 metingen toegevoegd en 1 gecorrigeerd" in capsys.readouterr().out
    assert report(capsys)[2]["value"] == pytest.approx(0.25)  # the second file's 10 / 40


@pytest.mark.parametrize("lang, where, nothing", [
    ([], "Rij 3, kolom 'noemer'", "Er is niets opgeslagen."),
    (["--lang", "en"], "Row 3, column 'noemer'", "Nothing has been saved."),
])
def test_a_bad_second_file_saves_neither(db, tmp_path, capsys, lang, where, nothing):
    assert main(["kpi", "import", str(write(tmp_path, GOOD_CSV, "ok.csv")), "--programme", "Oud"]) == 0
    before = tables_of(db)
    good = write(tmp_path, SECOND, "a.csv")
    bad = write(tmp_path, "kpi;periode;teller;noemer\nouderen_eenzaam;2026;1;4\n"
                          "ouderen_eenzaam;2027;1;0\n", "b.csv")
    capsys.readouterr()
    assert main(["kpi", "import", str(good), str(bad), "--programme", "Nieuw",
                 "--programme", "Oud", *lang]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: {where}" in err and str(good) not in err, err
    assert nothing in err
    assert tables_of(db) == before  # "Nieuw" and its rows not saved, "Oud" unchanged


def test_a_missing_second_file_saves_neither(db, tmp_path, capsys):
    good = write(tmp_path, GOOD_CSV, "a.csv")
    assert main(["kpi", "import", str(good), str(tmp_path / "weg.csv"), "--programme", "X"]) == 2
    assert f"{tmp_path / 'weg.csv'}: " in capsys.readouterr().err
    assert tables_of(db)["kpi_programmes"] == []


def test_programme_names_are_one_or_one_per_file(db, tmp_path, capsys):
    files = [str(write(tmp_path, GOOD_CSV, f"{i}.csv")) for i in range(3)]
    assert main(["kpi", "import", *files, "--programme", "A", "--programme", "B"]) == 2
    err = capsys.readouterr().err
    assert "--programme" in err and "3 bestanden, 2 namen" in err
    assert tables_of(db)["kpi_programmes"] == []
