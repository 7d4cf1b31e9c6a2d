"""The import template in English: English headers, explanation row and sheets, no Dutch
word of ours; filled in with English names it imports to the same project as the Dutch
template filled in with Dutch ones; the Dutch template reads as before."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from impactkaart.io.imports.columns import COSTS, EFFECTS, TEMPLATE_FIELDS
from impactkaart.io.imports.tables import NewProject, import_file
from impactkaart.io.imports.template import csv_name, guide, template_csv, template_xlsx, xlsx_name
from tests.views.test_english import dutch_words

NEW = NewProject("Test", years=3)
# One effect and one cost as a Dutch and an English user would type them.
ROWS = {
    "nl": (["Minder schulden", "Schuldeisers", "Schuldhulpverlening", 20, "2.500",
            "eigen registratie", 1, 3, "0,2", 0, "30%", "0,1", None], [1, "Gemeente", 50000]),
    "en": (["Less debt", "Creditors", "Debt counselling", 20, "2,500",
            "own records", 1, 3, "0.2", 0, "30%", "0.1", None], [1, "Municipality", 50000]),
}


def filled_xlsx(lang: str) -> bytes:
    book = load_workbook(io.BytesIO(template_xlsx(lang)))
    effects, costs = book.worksheets[:2]
    effects.append(ROWS[lang][0])
    costs.append(ROWS[lang][1])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def figures(project):
    (effect,), (cost,) = project.effects, project.costs
    return (effect.stakeholder, effect.sector, effect.quantity, effect.proxy, effect.duration,
            effect.deadweight, effect.attribution, effect.drop_off, cost.financier, cost.amount)


def test_the_english_template_has_no_dutch_words_of_ours():
    book = load_workbook(io.BytesIO(template_xlsx("en")), read_only=True)
    assert book.sheetnames == ["Effects", "Costs", "Explanation"]
    texts = [c for s in book for row in s.iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    for kind in (EFFECTS, COSTS):
        for row in csv.reader(io.StringIO(template_csv(kind, "en").decode("utf-8-sig")),
                              delimiter=";"):
            texts += row
    texts += [csv_name(EFFECTS, "en"), csv_name(COSTS, "en"), xlsx_name("en")]
    found = {s: w for s in texts if (w := dutch_words(s, []))}
    assert not found, found
    rows = list(book["Costs"].iter_rows(values_only=True))
    assert rows[0] == ("year", "funder", "amount (€)") and rows[1][0].startswith("Explanation")
    assert guide("en")[0] == "How to fill in the template"


def test_the_english_template_filled_in_imports_like_the_dutch_one():
    dutch = import_file(filled_xlsx("nl"), "sjabloon.xlsx", new_project=NEW).project
    english = import_file(filled_xlsx("en"), "template.xlsx", new_project=NEW).project
    expected = ("schuldeisers", "schuldhulpverlening", 20, 2500, 3, 0.2, 0.3, 0.1,
                "gemeente", 50000)
    assert figures(dutch) == expected
    assert figures(english) == expected
    assert [e.outcome for e in english.effects] == ["Less debt"]


def test_english_csv_templates_import():
    raw = template_csv(COSTS, "en") + b"2;Foundation;7500\n"
    (cost,) = import_file(raw, "costs.csv", new_project=NEW).project.costs
    assert (cost.year, cost.financier, cost.amount) == (2, "fonds", 7500)
    raw = template_csv(EFFECTS, "en") + (
        b"Fewer visits;Health insurer;;12;100;;1;2;10%;0;0.25;0;\n")
    (effect,) = import_file(raw, "effects.csv", new_project=NEW).project.effects
    assert (effect.stakeholder, effect.quantity, effect.deadweight, effect.attribution) == (
        "zorgverzekeraar", 12, 0.1, 0.25)


def test_the_dutch_template_keeps_its_words():
    text = template_csv(EFFECTS).decode("utf-8-sig")
    head, explanation = csv.reader(io.StringIO(text), delimiter=";")
    assert head == [f.header for f in TEMPLATE_FIELDS[EFFECTS]]
    assert explanation == [f.explanation for f in TEMPLATE_FIELDS[EFFECTS]]
    assert (csv_name(COSTS), xlsx_name()) == ("impactkaart-sjabloon-kosten.csv",
                                              "impactkaart-sjabloon.xlsx")
    assert guide()[0] == "Zo vult u het sjabloon in"
