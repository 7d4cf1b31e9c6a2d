"""Words of showing the results: the presentation (its slides and page) and the portfolio."""

WORDS: dict[str, dict[str, str]] = {
    # --- slides (impactkaart.text.presentation) -----------------------------------------------
    "show.seor_bar": {"nl": "Gemiddeld sociaal werk (SEOR)", "en": "Average social work (SEOR)"},
    "show.this_project": {"nl": "Dit project", "en": "This project"},
    "show.these_projects": {"nl": "Deze projecten", "en": "These projects"},
    "show.fte_none": {"nl": "Geen berekende arbeidsbesparing", "en": "No computed staff savings"},
    "show.fte_title": {"nl": "{fte} fte bespaard bij {sectors}",
                       "en": "{fte} FTE saved in {sectors}"},
    "show.other_sector": {"nl": "1 andere sector", "en": "1 other sector"},
    "show.other_sectors": {"nl": "{n} andere sectoren", "en": "{n} other sectors"},
    "show.fte_item": {"nl": "{fte} fte – {sector}", "en": "{fte} FTE – {sector}"},
    "show.fte_subtitle": {
        "nl": "Arbeidstijd die elders vrijkomt, opgeteld over alle jaren (1 fte = een voltijdsbaan "
              "gedurende een jaar)",
        "en": "Staff time freed up elsewhere, summed over all years (1 FTE = one full-time job "
              "for one year)",
    },
    "show.more_sectors": {"nl": "en nog {n} sectoren", "en": "and {n} more sectors"},
    "show.more_others": {"nl": "en nog {n} andere", "en": "and {n} more"},
    "show.payer_back": {"nl": " en krijgt {amount} terug ({factor})",
                        "en": " and gets {amount} back ({factor})"},
    "show.payer": {"nl": "{party} investeert {amount}{back}", "en": "{party} invests {amount}{back}"},
    "show.receiver": {"nl": "{party} profiteert het meest: {amount}",
                      "en": "{party} gains most: {amount}"},
    "show.assumption_rate": {
        "nl": "Discontovoet {rate}; contante waarde aan het begin van het project",
        "en": "Discount rate {rate}; present value at the start of the project",
    },
    "show.parties_title": {"nl": "Wie investeert, wie profiteert", "en": "Who invests, who benefits"},
    "show.parties_note": {"nl": "Contante waarde over de hele looptijd.",
                          "en": "Present value over the whole period."},
    "show.parties_note_portfolio": {"nl": "Contante waarde, alle projecten samen.",
                                    "en": "Present value, all projects together."},
    "show.quotes_title": {"nl": "In de woorden van de mensen zelf",
                          "en": "In the words of the people themselves"},
    "show.quotes_subtitle": {"nl": "Niet in euro's uit te drukken, wel deel van het verhaal",
                             "en": "Not to be put in euros, but part of the story"},
    "show.no_quotes": {"nl": "Geen kwalitatieve effecten vastgelegd.",
                       "en": "No qualitative effects recorded."},
    "show.assumptions_title": {"nl": "Waar deze cijfers op rusten",
                               "en": "What these figures rest on"},
    "show.illustrative_note": {"nl": "Illustratief: {reasons}. ", "en": "Illustrative: {reasons}. "},
    "show.sources_note": {
        "nl": "Alle bronnen en aannames: de one-pager (PDF) en de Excel-export.",
        "en": "All sources and assumptions: the one-pager (PDF) and the Excel export.",
    },
    "show.sources_note_portfolio": {
        "nl": "Per project: alle bronnen en aannames in de one-pager en de Excel-export.",
        "en": "Per project: all sources and assumptions in the one-pager and the Excel export.",
    },
    "show.portfolio_headline": {
        "nl": "Elke geïnvesteerde euro in deze {n} projecten levert {amount} op",
        "en": "Every euro invested in these {n} projects returns {amount}",
    },
    "show.portfolio_no_factor": {
        "nl": "Geen kosten ingevoerd: de rendementsfactor is niet te berekenen",
        "en": "No costs entered: the return factor cannot be computed",
    },
    "show.portfolio_computed": {
        "nl": "{n} projecten, elk in één keer doorgerekend met dezelfde rekenregels",
        "en": "{n} projects, each computed at once with the same rules",
    },
    "show.portfolio_rates": {
        "nl": "Discontovoet {rates}; elk project contant gemaakt naar zijn eigen startjaar",
        "en": "Discount rate {rates}; each project discounted to its own start year",
    },
    "show.portfolio_illustrative_one": {
        "nl": "{count} van de {n} projecten rust (deels) op illustratieve cijfers",
        "en": "{count} of the {n} projects rests (partly) on illustrative figures",
    },
    "show.portfolio_illustrative": {
        "nl": "{count} van de {n} projecten rusten (deels) op illustratieve cijfers",
        "en": "{count} of the {n} projects rest (partly) on illustrative figures",
    },
    "show.portfolio_benchmark": {
        "nl": "SEOR-benchmark {value}: het gemiddelde rendement van {n_cases} businesscases uit "
              "{n_mkba} MKBA's van sociaal werk ({publisher}, {year})",
        "en": "SEOR benchmark {value}: the average return of {n_cases} business cases from "
              "{n_mkba} SCBAs of social work ({publisher}, {year})",
    },
    # --- presentation page -------------------------------------------------------------------------
    "show.present.no_projects": {
        "nl": "Nog geen projecten om te presenteren. Maak er een via *Nieuw project*.",
        "en": "No projects to present yet. Create one in *New project*.",
    },
    "show.present.all": {"nl": "Alle projecten", "en": "All projects"},
    "show.present.all_n": {"nl": "Alle {n} projecten", "en": "All {n} projects"},
    "show.present.all_option": {"nl": "Alle projecten (portfolio)", "en": "All projects (portfolio)"},
    "show.present.previous": {"nl": "Vorige", "en": "Previous"},
    "show.present.next": {"nl": "Volgende", "en": "Next"},
    "show.present.hint": {"nl": "Pijltjestoetsen ← → om te bladeren",
                          "en": "Arrow keys ← → to move on"},
    "show.present.source": {"nl": "Presenteer", "en": "Present"},
    "show.present.close": {"nl": "Sluiten", "en": "Close"},
    "show.present.badge": {"nl": "ILLUSTRATIEF", "en": "ILLUSTRATIVE"},
    # --- portfolio page ------------------------------------------------------------------------------
    "show.portfolio.title": {"nl": "Portfolio: alle projecten samen",
                             "en": "Portfolio: all projects together"},
    "show.portfolio.no_projects": {"nl": "Nog geen projecten. Maak er een via *Nieuw project*.",
                                   "en": "No projects yet. Create one in *New project*."},
    "show.portfolio.headline": {
        "nl": "### Elke geïnvesteerde euro in deze {n} projecten levert {amount} op",
        "en": "### Every euro invested in these {n} projects returns {amount}",
    },
    "show.portfolio.factor": {"nl": "Rendementsfactor (alle projecten)",
                              "en": "Return factor (all projects)"},
    "show.portfolio.factor_help": {
        "nl": "Som van alle baten ÷ som van alle kosten, elk project contant gemaakt naar zijn "
              "eigen startjaar.",
        "en": "Sum of all benefits ÷ sum of all costs, each project discounted to its own start "
              "year.",
    },
    "show.portfolio.costs": {"nl": "Totale kosten", "en": "Total costs"},
    "show.portfolio.benefits": {"nl": "Totale baten", "en": "Total benefits"},
    "show.portfolio.pv": {"nl": "Contante waarde", "en": "Present value"},
    "show.portfolio.fte": {"nl": "Bespaarde arbeidstijd", "en": "Staff time saved"},
    "show.portfolio.fte_value": {"nl": "{fte} fte", "en": "{fte} FTE"},
    "show.portfolio.present": {"nl": "Presenteer alle projecten", "en": "Present all projects"},
    "show.portfolio.no_fte": {
        "nl": "Geen effecten met een sector: geen arbeidsmarkteffect te tonen.",
        "en": "No effects with a sector: no labour-market effect to show.",
    },
    "show.portfolio.col.project": {"nl": "Project", "en": "Project"},
    "show.portfolio.col.type": {"nl": "Type", "en": "Type"},
    "show.portfolio.col.costs": {"nl": "Kosten (CW)", "en": "Costs (PV)"},
    "show.portfolio.col.benefits": {"nl": "Baten (CW)", "en": "Benefits (PV)"},
    "show.portfolio.col.npv": {"nl": "Netto contante waarde", "en": "Net present value"},
    "show.portfolio.col.factor": {"nl": "Rendementsfactor", "en": "Return factor"},
    "show.portfolio.col.fte": {"nl": "Bespaarde fte", "en": "FTE saved"},
    "show.portfolio.caption": {
        "nl": "Alle projecten in één berekening. Contante waarde per project aan het begin van dat "
              "project (jaar 1 niet verdisconteerd); bespaarde fte opgeteld over alle jaren.",
        "en": "All projects in one calculation. Present value per project at the start of that "
              "project (year 1 not discounted); FTE saved summed over all years.",
    },
    # --- portfolio charts (impactkaart.portfolio.charts) ------------------------------------------
    "show.chart.seor": {"nl": "SEOR {value}", "en": "SEOR {value}"},
    "show.chart.project": {"nl": "Project", "en": "Project"},
    "show.chart.factor": {"nl": "Rendementsfactor", "en": "Return factor"},
    "show.chart.costs": {"nl": "Kosten", "en": "Costs"},
    "show.chart.benefits": {"nl": "Baten", "en": "Benefits"},
    "show.chart.fte_saved": {"nl": "Bespaarde fte", "en": "FTE saved"},
    "show.chart.fte": {"nl": "fte", "en": "FTE"},
    "show.chart.fte_value": {"nl": "{fte} fte", "en": "{fte} FTE"},
    "show.chart.sector": {"nl": "Sector", "en": "Sector"},
    "show.chart.type": {"nl": "Type", "en": "Type"},
    "show.chart.n_projects": {"nl": "aantal projecten", "en": "projects"},
    "show.chart.factor_title": {"nl": "Rendementsfactor per project", "en": "Return factor per project"},
    "show.chart.factor_subtitle": {
        "nl": "Baten per geïnvesteerde euro; lijn: SEOR-gemiddelde van sociaal werk",
        "en": "Benefits per euro invested; line: SEOR average of social work",
    },
    "show.chart.break_even": {"nl": "1× (baten = kosten)", "en": "1× (benefits = costs)"},
    "show.chart.costs_axis": {"nl": "Kosten (contante waarde)", "en": "Costs (present value)"},
    "show.chart.benefits_axis": {"nl": "Baten (contante waarde)", "en": "Benefits (present value)"},
    "show.chart.bubble_title": {"nl": "Kosten en baten per project",
                                "en": "Costs and benefits per project"},
    "show.chart.bubble_subtitle": {
        "nl": "Bolgrootte: bespaarde fte. Klik op een bol om het project te openen.",
        "en": "Bubble size: FTE saved. Click a bubble to open the project.",
    },
    "show.chart.fte_title": {"nl": "Bespaarde fte per sector", "en": "FTE saved per sector"},
    "show.chart.fte_subtitle": {"nl": "Alle projecten en jaren samen",
                                "en": "All projects and years"},
}
