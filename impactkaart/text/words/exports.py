"""Words of the exports: the one-pager (PDF and HTML), the chart files and the Excel
rekenmodel (io/exports/)."""

WORDS: dict[str, dict[str, str]] = {
    # --- one-pager (PDF and HTML) ---------------------------------------------------
    "export.illustrative_badge": {
        "nl": "ILLUSTRATIEF – geen gemeten uitkomst",
        "en": "ILLUSTRATIVE – not a measured result",
    },
    "export.this_project": {"nl": "Dit project", "en": "This project"},
    "export.social_work": {"nl": "Sociaal werk", "en": "Social work"},
    "export.qualitative": {
        "nl": "Wat niet in euro's te vangen is",
        "en": "What cannot be captured in euros",
    },
    "export.no_qualitative": {
        "nl": "Geen kwalitatieve effecten vastgelegd.",
        "en": "No qualitative effects recorded.",
    },
    "export.assumptions": {
        "nl": "Aannames per effect (grootste contante waarde eerst):",
        "en": "Assumptions per effect (largest present value first):",
    },
    "export.assumptions_html": {"nl": "Aannames per effect", "en": "Assumptions per effect"},
    "export.assumptions_order": {
        "nl": "(grootste contante waarde eerst):",
        "en": "(largest present value first):",
    },
    "export.discounting": {"nl": "Disconteren:", "en": "Discounting:"},
    "export.illustrative": {"nl": "Illustratief:", "en": "Illustrative:"},
    "export.illustrative_mark": {"nl": "[ILLUSTRATIEF]", "en": "[ILLUSTRATIVE]"},
    "export.sources": {"nl": "Bronnen:", "en": "Sources:"},
    "export.sources_html": {"nl": "Bronnen", "en": "Sources"},
    "export.source_line": {
        "nl": "[{n}] {citation}{mark} – voor {uses}.",
        "en": "[{n}] {citation}{mark} – for {uses}.",
    },
    "export.used_for_html": {"nl": "voor:", "en": "for:"},
    "export.made_with_pdf": {
        "nl": "Gemaakt met Impactkaart. Links naar elke bron en de volledige berekening (met "
        "formules): de Excel-export (bladen Bronnen en Berekening) en de HTML-versie.",
        "en": "Made with Impactkaart. Links to every source and the full calculation (with "
        "formulas): the Excel export (sheets Sources, Benefits and Costs) and the HTML version.",
    },
    "export.made_with_html": {
        "nl": "Gemaakt met Impactkaart. De volledige berekening, met formules, staat in de "
        "Excel-export.",
        "en": "Made with Impactkaart. The full calculation, with formulas, is in the Excel export.",
    },
    # --- chart files (names inside the zip) ------------------------------------------
    "export.chart.wie-investeert-wie-profiteert": {
        "nl": "wie-investeert-wie-profiteert",
        "en": "who-invests-who-gains",
    },
    "export.chart.arbeidsmarkteffecten": {
        "nl": "arbeidsmarkteffecten",
        "en": "labour-market-effects",
    },
    "export.chart.baten-per-jaar": {"nl": "baten-per-jaar", "en": "benefits-per-year"},
}
