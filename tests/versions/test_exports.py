"""The comments of a version in its exports, read back: the Excel sheet, the one-pager's
appendix (pdftotext) and the HTML one-pager."""

from __future__ import annotations

import io
import subprocess

import openpyxl
import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.io.exports.excel import excel_bytes
from impactkaart.io.exports.onepager import onepager_pdf
from impactkaart.io.exports.onepager_html import onepager_html
from impactkaart.store.projects import Store
from impactkaart.versions import comments


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("export") / "x.duckdb") as store:
        project = demo_projects()[0]
        project_id = store.save_project(project)
        first = comments.add_comment(store, project_id, "=1+1 <b>vet</b>", "Piet",
                                     effect=project.effects[0].outcome, assumption="deadweight")
        comments.add_comment(store, project_id, "Bron volgt", "Anna", reply_to=first)
        comments.set_resolved(store, project_id, first, True, "Anna")
        return project, tuple(comments.export_rows(comments.threads(store, project_id), "nl"))


def test_the_workbook_has_a_comments_sheet_with_text_cells(listed):
    project, rows = listed
    book = openpyxl.load_workbook(io.BytesIO(excel_bytes(project, comments=rows)))
    sheet = book["Opmerkingen"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["Draad", "Over", "Door", "Tijd", "Status", "Opmerking"]
    assert [(r[0], r[2], r[4], r[5]) for r in values[1:]] == [
        ("1", "Piet", "afgehandeld", "=1+1 <b>vet</b>"), ("1", "Anna", "reactie", "Bron volgt")]
    assert sheet["F2"].data_type == "s"  # text, never a formula
    assert "Opmerkingen" not in openpyxl.load_workbook(io.BytesIO(excel_bytes(project))).sheetnames


def test_the_onepager_lists_them_in_its_appendix(listed, tmp_path):
    project, rows = listed
    path = tmp_path / "one.pdf"
    path.write_bytes(onepager_pdf(project, comments=rows))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    last = text.split("\f")[-2] if text.endswith("\f") else text.split("\f")[-1]
    assert "Opmerkingen van partners" in last and "Bron volgt" in last and "=1+1 <b>vet</b>" in last


def test_the_html_onepager_escapes_them(listed):
    project, rows = listed
    html = onepager_html(project, comments=rows)
    assert "Opmerkingen van partners" in html and "=1+1 &lt;b&gt;vet&lt;/b&gt;" in html
    assert "<b>vet</b>" not in html
