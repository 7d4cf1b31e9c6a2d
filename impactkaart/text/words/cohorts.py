"""Words of cohorts (issue 16 item 4): one effect with several intakes."""

WORDS = {
    # --- validation (codes of impactkaart/core/model.py, `_with_cohorts`) ---
    "cohorts.sum": {"nl": "moet de som van de cohorten zijn ({total}), of weggelaten worden",
                    "en": "must be the sum of the cohorts ({total}), or be left out"},
    "cohorts.start": {"nl": "moet het startjaar van het eerste cohort zijn ({first}), of "
                            "weggelaten worden",
                      "en": "must be the start year of the first cohort ({first}), or be "
                            "left out"},
    "cohorts.too_many": {"nl": "heeft te veel cohorten (hoogstens {limit})",
                         "en": "has too many cohorts (at most {limit})"},
    # --- the Effecten page (views/components/cohorts.py) ---
    "cohorts.heading": {"nl": "Cohorten per effect (startjaar en aantal)",
                        "en": "Cohorts per effect (start year and quantity)"},
    "cohorts.intro": {
        "nl": "Bereikt het project elk jaar nieuwe deelnemers, dan heeft een effect een cohort "
              "per instroomjaar. Elk cohort heeft een eigen startjaar en aantal; alle andere "
              "aannames (waarde, nul-effect, attributie, duur, afname) gelden voor alle cohorten "
              "van het effect. In de tabel hierboven staat het totaal: verander je dat, dan "
              "verandert elk cohort naar verhouding.",
        "en": "When the project reaches new participants every year, an effect has one cohort "
              "per intake year. Each cohort has its own start year and quantity; every other "
              "assumption (value, deadweight, attribution, duration, drop-off) holds for all "
              "cohorts of the effect. The table above shows the total: change it and every "
              "cohort changes in proportion.",
    },
    "cohorts.effect": {"nl": "Effect", "en": "Effect"},
    "cohorts.start_year": {"nl": "startjaar", "en": "start year"},
    "cohorts.quantity": {"nl": "aantal per jaar", "en": "quantity per year"},
    "cohorts.where": {"nl": "Rij {row}, {column}: ", "en": "Row {row}, {column}: "},
    "cohorts.save": {"nl": "Cohorten opslaan", "en": "Save cohorts"},
    "cohorts.saved": {"nl": "De cohorten zijn opgeslagen.", "en": "The cohorts have been saved."},
    "cohorts.merge_offer": {
        "nl": "{rows} rijen zijn cohorten van {effects} effect(en): ze verschillen alleen in "
              "startjaar en aantal. Samengevoegd staat elk effect op één rij en pas je een "
              "aanname één keer aan; de uitkomsten blijven precies gelijk.",
        "en": "{rows} rows are cohorts of {effects} effect(s): they differ only in start year "
              "and quantity. Merged, each effect is one row and an assumption is changed once; "
              "the results stay exactly the same.",
    },
    "cohorts.merge": {"nl": "Cohorten samenvoegen", "en": "Merge cohorts"},
    "cohorts.merged": {"nl": "{rows} rijen zijn samengevoegd tot {effects} effect(en).",
                       "en": "{rows} rows were merged into {effects} effect(s)."},
    # --- the Excel export (impactkaart/io/exports/excel.py) ---
    "cohorts.xl_heading": {
        "nl": "Cohorten (startjaar en aantal per cohort; de andere aannames staan bij het effect)",
        "en": "Cohorts (start year and quantity per cohort; the other assumptions are the "
              "effect's)",
    },
    # --- the one-pager and the briefing (impactkaart/text/briefing.py) ---
    "cohorts.spread": {"nl": "verdeeld over {count} cohorten ({parts}), elk {n} jaar",
                       "en": "spread over {count} cohorts ({parts}), each {n} years"},
    "cohorts.part": {"nl": "{quantity} vanaf jaar {start}", "en": "{quantity} from year {start}"},
    # --- the ex post page ---
    "cohorts.expost_note": {
        "nl": "Dit effect heeft {count} cohorten: vul het gemeten totaal van alle cohorten in; "
              "het wordt over de cohorten verdeeld zoals gepland.",
        "en": "This effect has {count} cohorts: enter the measured total of all cohorts; it is "
              "split over the cohorts as planned.",
    },
}
