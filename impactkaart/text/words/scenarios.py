"""Words of Scenario's (views/project/scenarios.py) and its charts (impactkaart/scenarios/charts.py)."""

WORDS: dict[str, dict[str, str]] = {
    "scenarios.title": {"nl": "Scenario's: wat als …?", "en": "Scenarios: what if …?"},
    "scenarios.base_label": {"nl": "Huidig project", "en": "Current project"},
    "scenarios.is_scenario_of": {
        "nl": "*{name}* is een scenario van *{base}*; hieronder vergelijkt u alle scenario's van "
              "dat project.",
        "en": "*{name}* is a scenario of *{base}*; below you compare all scenarios of that project.",
    },
    "scenarios.new": {"nl": "Nieuw scenario van {name}", "en": "New scenario of {name}"},
    "scenarios.name": {"nl": "Naam van het scenario", "en": "Name of the scenario"},
    "scenarios.name_placeholder": {"nl": "bijvoorbeeld: derde gezinswerker",
                                   "en": "for example: a third family worker"},
    "scenarios.reach": {"nl": "Bereik (% van nu)", "en": "Reach (% of now)"},
    "scenarios.reach_help": {"nl": "Elk effect × dit percentage: 150% = de helft meer deelnemers.",
                             "en": "Every effect × this percentage: 150% = half as many participants again."},
    "scenarios.extra": {"nl": "Extra kosten per jaar (€)", "en": "Extra costs per year (€)"},
    "scenarios.paid_by": {"nl": "Betaald door", "en": "Paid by"},
    "scenarios.rate": {"nl": "Discontovoet (%)", "en": "Discount rate (%)"},
    "scenarios.save": {"nl": "Scenario opslaan", "en": "Save scenario"},
    "scenarios.not_saved": {"nl": "Het scenario is niet opgeslagen:", "en": "The scenario was not saved:"},
    "scenarios.saved": {
        "nl": "Scenario *{name}* opgeslagen als nieuw project. Bewerk het verder in *Effecten bewerken*.",
        "en": "Scenario *{name}* saved as a new project. Edit it further in *Edit effects*.",
    },
    "scenarios.none": {"nl": "Nog geen scenario's van dit project. Maak er hierboven een.",
                       "en": "No scenarios of this project yet. Make one above."},
    "scenarios.compare_with": {"nl": "Vergelijk met", "en": "Compare with"},
    "scenarios.row_costs": {"nl": "Kosten (contante waarde)", "en": "Costs (present value)"},
    "scenarios.row_benefits": {"nl": "Baten (contante waarde)", "en": "Benefits (present value)"},
    "scenarios.side_by_side": {"nl": "Naast elkaar", "en": "Side by side"},
    "scenarios.diff": {"nl": "**{name}**: {costs} extra kosten, {benefits} extra baten",
                       "en": "**{name}**: {costs} extra costs, {benefits} extra benefits"},
    "scenarios.diff_paid_back": {"nl": "; elke extra geïnvesteerde euro levert {euro} op",
                                 "en": "; every extra euro invested returns {euro}"},
    "scenarios.diff_fte": {"nl": "; {fte} fte extra bespaard.", "en": "; {fte} FTE more saved."},
    "scenarios.open": {"nl": "Open {name}", "en": "Open {name}"},
    "scenarios.caption": {
        "nl": "Alle scenario's in één berekening; contante waarde aan het begin van het project "
              "(jaar 1 niet verdisconteerd).",
        "en": "All scenarios in one calculation; present value at the start of the project "
              "(year 1 not discounted).",
    },
    # --- charts ---
    "scenarios.tooltip": {"nl": "Scenario", "en": "Scenario"},
    "scenarios.benefits_title": {"nl": "Wie profiteert, per scenario", "en": "Who benefits, per scenario"},
    "scenarios.benefits_subtitle": {"nl": "Baten per partij, contante waarde",
                                    "en": "Benefits per party, present value"},
    "scenarios.costs_title": {"nl": "Wie investeert, per scenario", "en": "Who invests, per scenario"},
    "scenarios.costs_subtitle": {"nl": "Kosten per financier, contante waarde",
                                 "en": "Costs per funder, present value"},
    "scenarios.fte_title": {"nl": "Bespaarde fte per sector, per scenario",
                            "en": "FTE saved per sector, per scenario"},
    "scenarios.fte_subtitle": {"nl": "Opgeteld over alle jaren", "en": "Summed over all years"},
}
