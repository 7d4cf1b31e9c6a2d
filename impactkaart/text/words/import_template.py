"""Words of the table importer beyond text/words/io.py: the validator's findings (worded
by text/errors.py in the same language) and the English import template (io/imports/
template.py; the Dutch template keeps its words in io/imports/columns.py)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "import.problem.finding": {"nl": "{message}", "en": "{message}"},
    "import.template.sheet.effects": {"nl": "Effecten", "en": "Effects"},
    "import.template.sheet.costs": {"nl": "Kosten", "en": "Costs"},
    "import.template.sheet.guide": {"nl": "Uitleg", "en": "Explanation"},
    "import.template.file.effects": {"nl": "impactkaart-sjabloon-effecten.csv",
                                     "en": "impactkaart-template-effects.csv"},
    "import.template.file.costs": {"nl": "impactkaart-sjabloon-kosten.csv",
                                   "en": "impactkaart-template-costs.csv"},
    "import.template.file.xlsx": {"nl": "impactkaart-sjabloon.xlsx",
                                  "en": "impactkaart-template.xlsx"},
    # English explanation row; it starts with "Explanation" so that the import skips it.
    "import.template.effects.outcome": {
        "nl": "Uitleg (deze rij wordt overgeslagen): wat verandert er, in woorden",
        "en": "Explanation (this row is skipped): what changes, in words"},
    "import.template.effects.stakeholder": {
        "nl": "wie de waarde krijgt: gemeente, zorgverzekeraar, politie_justitie, deelnemer, "
              "werkgever, …",
        "en": "who gains the value: Municipality, Health insurer, Police and justice, "
              "Participants, Employers, …"},
    "import.template.effects.sector": {
        "nl": "waar personeel tijd bespaart: zorg, politie_justitie, jeugdzorg, … (leeg: geen)",
        "en": "where staff save time: Health care, Police and justice, Youth care, … "
              "(empty: none)"},
    "import.template.effects.quantity": {
        "nl": "aantal personen of gevallen per jaar, bijvoorbeeld 12",
        "en": "number of people or cases per year, for example 12"},
    "import.template.effects.proxy": {
        "nl": "euro per eenheid per jaar, bijvoorbeeld 1.250,50",
        "en": "euro per unit per year, for example 1,250.50"},
    "import.template.effects.proxy_source": {
        "nl": "waar de waarde vandaan komt (titel, uitgever, jaar)",
        "en": "where the value comes from (title, publisher, year)"},
    "import.template.effects.start_year": {
        "nl": "projectjaar waarin het effect begint (1 = eerste jaar; of een jaartal)",
        "en": "project year in which the effect starts (1 = first year; or a calendar year)"},
    "import.template.effects.duration": {
        "nl": "aantal jaren dat het effect duurt, bijvoorbeeld 3",
        "en": "number of years the effect lasts, for example 3"},
    "import.template.effects.deadweight": {
        "nl": "deel dat ook zonder project was gebeurd: 0,2 of 20%",
        "en": "share that would have happened without the project: 0.2 or 20%"},
    "import.template.effects.displacement": {
        "nl": "deel dat alleen naar elders verschoof: 0 of 0%",
        "en": "share that only moved elsewhere: 0 or 0%"},
    "import.template.effects.attribution": {
        "nl": "deel van de verandering dat door anderen komt: 0,25 of 25%",
        "en": "share of the change that is due to others: 0.25 or 25%"},
    "import.template.effects.drop_off": {
        "nl": "deel waarmee het effect elk jaar afneemt: 0,1 of 10%",
        "en": "share by which the effect falls each year: 0.1 or 10%"},
    "import.template.effects.hours_per_unit": {
        "nl": "uren die de sector per eenheid bespaart (leeg: via loonkosten)",
        "en": "hours the sector saves per unit (empty: through labour costs)"},
    "import.template.costs.year": {
        "nl": "Uitleg (deze rij wordt overgeslagen): projectjaar (1 = eerste jaar) of een jaartal",
        "en": "Explanation (this row is skipped): project year (1 = first year) or a calendar "
              "year"},
    "import.template.costs.financier": {
        "nl": "wie betaalt: gemeente, zorgverzekeraar, aanbieder, fonds, rijk, …",
        "en": "who pays: Municipality, Health insurer, Provider, Foundation, Central "
              "government, …"},
    "import.template.costs.amount": {
        "nl": "bedrag in euro in dat jaar, bijvoorbeeld 45.000",
        "en": "amount in euro in that year, for example 45,000"},
    "import.template.guide": {
        "nl": "Zo vult u het sjabloon in\n\n"
              "Blad Effecten: één rij per effect (wat verandert, voor wie, hoeveel, wat is het "
              "waard).\n"
              "Blad Kosten: één rij per financier per jaar.\n"
              "De tweede rij van elk blad (die met 'Uitleg') wordt bij het importeren "
              "overgeslagen.\n"
              "Getallen mogen met een komma of een punt als decimaalteken: 1.234,56 of 1234.56; "
              "een euroteken mag erbij.\n"
              "Aandelen (nul-effect, toerekening, verplaatsing, afname) als 0,25 of als 25%.\n"
              "Jaren als projectjaar (1 = eerste jaar) of als jaartal (2025); jaartallen worden "
              "omgerekend vanaf het eerste jaartal of het startjaar van het project.\n"
              "Formules mogen: de uitkomst die Excel heeft opgeslagen wordt ingelezen, er wordt "
              "niets berekend. Voeg geen cellen samen.\n"
              "Bij het importeren vervangt het bestand de effecten (en/of kosten) van het gekozen "
              "project; u ziet eerst een voorbeeld met alle fouten per rij, en er wordt pas iets "
              "opgeslagen als alles klopt.",
        "en": "How to fill in the template\n\n"
              "Sheet Effects: one row per effect (what changes, for whom, how much, what it is "
              "worth).\n"
              "Sheet Costs: one row per funder per year.\n"
              "The second row of each sheet (the one with 'Explanation') is skipped on import.\n"
              "Numbers may use a comma or a point as the decimal mark: 1,234.56 or 1234,56; "
              "a euro sign may be added.\n"
              "Shares (deadweight, attribution, displacement, drop-off) as 0.25 or as 25%.\n"
              "Years as project year (1 = first year) or as calendar year (2025); calendar years "
              "are counted from the first calendar year or the project's start year.\n"
              "Formulas are allowed: the result Excel saved is read, nothing is calculated. "
              "Do not merge cells.\n"
              "On import the file replaces the effects (and/or costs) of the chosen project; "
              "you first see a preview with every error per row, and nothing is saved until "
              "everything is right.",
    },
}
