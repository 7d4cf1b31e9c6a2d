"""Words of Effecten bewerken (views/project/effecten.py) and its project file part
(views/components/project_io.py)."""

WORDS: dict[str, dict[str, str]] = {
    "effects.title": {"nl": "Effecten bewerken", "en": "Edit effects"},
    "effects.caption": {
        "nl": "De impactkaart als tabel. Wijzig cellen, voeg rijen toe (onderaan de tabel) of "
              "verwijder ze (vink de rij aan en kies het prullenbakje). Fouten verschijnen meteen "
              "onder de tabel; pas als alles klopt kunt u opslaan. Bewaarde gegevens gaan nooit "
              "verloren door een fout.",
        "en": "The impact map as a table. Change cells, add rows (at the bottom of the table) or "
              "remove them (tick the row and choose the bin). Errors appear right below the "
              "table; you can save once everything is right. Saved data is never lost through "
              "an error.",
    },
    "effects.project_details": {"nl": "Projectgegevens", "en": "Project details"},
    "effects.name": {"nl": "Naam", "en": "Name"},
    "effects.years": {"nl": "Looptijd (jaren)", "en": "Term (years)"},
    "effects.effects_heading": {"nl": "Effecten (in geld uitgedrukt)", "en": "Effects (in money)"},
    "effects.help_outcome": {"nl": "Wat verandert er, in woorden.", "en": "What changes, in words."},
    "effects.help_sector": {"nl": "Waar personeel tijd bespaart (leeg: geen arbeidsmarkteffect).",
                            "en": "Where staff save time (empty: no labour-market effect)."},
    "effects.help_proxy": {"nl": "Kies liever een proxy uit de bibliotheek hieronder.",
                           "en": "Preferably choose a proxy from the library below."},
    "effects.help_deadweight": {"nl": "Deel dat zonder het project ook was gebeurd (0–1).",
                                "en": "Share that would have happened without the project (0–1)."},
    "effects.help_displacement": {"nl": "Deel dat alleen naar elders is verschoven (0–1).",
                                  "en": "Share that only moved elsewhere (0–1)."},
    "effects.help_attribution": {"nl": "Deel van de verandering dat door anderen komt (0–1).",
                                 "en": "Share of the change that is due to others (0–1)."},
    "effects.help_drop_off": {"nl": "Deel waarmee het effect elk jaar na het eerste afneemt (0–1).",
                              "en": "Share by which the effect fades each year after the first (0–1)."},
    "effects.help_hours": {"nl": "Uren die de sector per eenheid bespaart (leeg: via loonkostenaandeel).",
                           "en": "Hours the sector saves per unit (empty: from the labour-cost share)."},
    "effects.costs_heading": {"nl": "Kosten per jaar, per financier", "en": "Costs per year, by funder"},
    "effects.qualitative_heading": {"nl": "Kwalitatieve effecten (niet in geld)",
                                    "en": "Qualitative effects (not in money)"},
    "effects.qualitative_caption": {
        "nl": "Wat het project oplevert maar niet in euro's uit te drukken is, zoals rust of "
              "minder eenzaamheid. Deze staan op de Impactkaart naast de cijfers.",
        "en": "What the project yields that cannot be put in euros, such as calm or less "
              "loneliness. These appear on the Impactkaart beside the figures.",
    },
    "effects.direction_plus": {"nl": "+ positief", "en": "+ positive"},
    "effects.direction_minus": {"nl": "− negatief", "en": "− negative"},
    "effects.help_strength": {"nl": "1 = klein, 2 = duidelijk, 3 = groot",
                              "en": "1 = small, 2 = clear, 3 = large"},
    "effects.picker_title": {"nl": "Proxy kiezen uit de bibliotheek", "en": "Choose a proxy from the library"},
    "effects.picker_empty": {"nl": "Voeg eerst een effect toe in de tabel hierboven.",
                             "en": "First add an effect in the table above."},
    "effects.picker_row": {"nl": "Voor welk effect?", "en": "For which effect?"},
    "effects.picker_row_label": {"nl": "Rij {row}: {outcome}", "en": "Row {row}: {outcome}"},
    "effects.new_effect": {"nl": "(nieuw effect)", "en": "(new effect)"},
    "effects.picker_proxy": {"nl": "Proxy (typ om te zoeken)", "en": "Proxy (type to search)"},
    "effects.picker_placeholder": {"nl": "bijvoorbeeld 'huisarts', 'delict' of 'bijstand'",
                                   "en": "for example 'GP', 'offence' or 'benefit'"},
    "effects.source": {"nl": "Bron: {source}", "en": "Source: {source}"},
    "effects.fill_in": {"nl": "Invullen in rij {row}", "en": "Fill in row {row}"},
    "effects.filled_in": {"nl": "Proxy '{label}' ingevuld in rij {row}; nog niet opgeslagen.",
                          "en": "Proxy '{label}' filled in row {row}; not saved yet."},
    "effects.save": {"nl": "Opslaan", "en": "Save"},
    "effects.saved": {"nl": "Opgeslagen.", "en": "Saved."},
    "effects.not_saved_errors": {"nl": "Niet opgeslagen: los eerst de {count} fout(en) hierboven op.",
                                 "en": "Not saved: first fix the {count} error(s) above."},
    "effects.undo": {"nl": "Wijzigingen ongedaan maken", "en": "Undo changes"},
    "effects.unsaved": {"nl": "Er zijn wijzigingen die nog niet zijn opgeslagen.",
                        "en": "There are changes that have not been saved yet."},
    "effects.unsaved_errors": {"nl": "Niet opgeslagen: er staan fouten in de tabellen.",
                               "en": "Not saved: the tables contain errors."},
    "effects.file_heading": {"nl": "Projectbestand (JSON)", "en": "Project file (JSON)"},
}
