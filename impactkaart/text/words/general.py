"""Words of the Impactkaart page, its charts and the shared page chrome (Dutch, English).

Part of the one catalogue (`impactkaart.text.catalogue`); keys without an area
prefix are the first ones the app had.
"""

WORDS: dict[str, dict[str, str]] = {
    # --- language switch ---------------------------------------------------------
    "language": {"nl": "Taal", "en": "Language"},
    # --- headline ----------------------------------------------------------------
    "rendementsfactor": {"nl": "Rendementsfactor", "en": "Return factor"},
    "every_euro": {
        "nl": "Elke geïnvesteerde euro levert {amount} op",
        "en": "Every euro invested returns {amount}",
    },
    "npv": {"nl": "Netto contante waarde", "en": "Net present value"},
    "total_costs": {"nl": "Totale kosten", "en": "Total costs"},
    "total_benefits": {"nl": "Totale baten", "en": "Total benefits"},
    "fte_saved": {"nl": "Bespaarde arbeidstijd", "en": "Staff time saved"},
    "fte_unit": {"nl": "{fte} fte", "en": "{fte} FTE"},
    "fte_help": {
        "nl": "Som over alle jaren en sectoren van de fte die elders vrijkomen.",
        "en": "Sum over all years and sectors of the FTE freed up elsewhere.",
    },
    "pv_help": {
        "nl": "Contante waarde bij een discontovoet van {rate} (begin van het jaar; jaar 1 niet verdisconteerd).",
        "en": "Present value at a discount rate of {rate} (start of year; year 1 not discounted).",
    },
    "benchmark_caption": {
        "nl": "Ter vergelijking, geen norm: gemiddelde van {n_mkba} MKBA's van sociaal werk "
        "**{value}** ({n_cases} businesscases, met verschillende afbakeningen en "
        "discontovoeten). Bron: {source}, {publisher} ({year}).",
        "en": "For comparison, not a norm: average of {n_mkba} SCBAs of social work "
        "**{value}** ({n_cases} business cases, with different scopes and discount rates). "
        "Source: {source}, {publisher} ({year}).",
    },
    "payback": {"nl": "Terugverdiend in projectjaar {year}.", "en": "Paid back in project year {year}."},
    "no_payback": {
        "nl": "Binnen de looptijd van de effecten niet terugverdiend.",
        "en": "Not paid back within the duration of the effects.",
    },
    "illustrative_badge": {"nl": "ILLUSTRATIEF", "en": "ILLUSTRATIVE"},
    "illustrative_intro": {
        "nl": "Dit is geen gemeten uitkomst. De cijfers zijn (deels) illustratief:",
        "en": "This is not a measured result. The figures are (partly) illustrative:",
    },
    "illustrative_project": {
        "nl": "het project zelf is als illustratief voorbeeld beschreven",
        "en": "the project itself is described as an illustrative example",
    },
    "illustrative_figure": {
        "nl": "{name} bij {where} is een illustratieve aanname zonder bron (telt mee in de fte)",
        "en": "{name} in {where} is an illustrative assumption without a source (used for FTE)",
    },
    "figure_labour_share": {"nl": "het personeelsaandeel van vermeden kosten", "en": "the staff share of avoided costs"},
    "figure_labour_cost_per_fte": {"nl": "de loonkosten per fte", "en": "the labour cost per FTE"},
    "figure_productive_hours_per_fte": {"nl": "het aantal productieve uren per fte", "en": "the productive hours per FTE"},
    "illustrative_proxy": {
        "nl": "de prijs per eenheid voor '{outcome}' is illustratief",
        "en": "the unit price for '{outcome}' is illustrative",
    },
    "modified_notice": {
        "nl": "U kijkt naar aangepaste aannames (niet opgeslagen).",
        "en": "You are looking at changed assumptions (not saved).",
    },
    # --- parties and selection -----------------------------------------------------
    "selected": {"nl": "Geselecteerd: {party}", "en": "Selected: {party}"},
    "select_hint": {
        "nl": "Klik op een partij in *Wie investeert, wie profiteert* om haar in alle grafieken "
        "te markeren.",
        "en": "Click a party in *Who invests, who benefits* to highlight it in every chart.",
    },
    "clear_selection": {"nl": "Selectie wissen", "en": "Clear selection"},
    # --- charts --------------------------------------------------------------------
    "who_invests_title": {"nl": "Wie investeert, wie profiteert?", "en": "Who invests, who benefits?"},
    "who_invests_subtitle": {
        "nl": "Wat elke partij betaalt en terugkrijgt\ncontante waarde over de hele looptijd",
        "en": "What each party pays and gets back\npresent value over the whole period",
    },
    "costs": {"nl": "Betaalt (kosten)", "en": "Pays (costs)"},
    "benefits": {"nl": "Ontvangt (baten)", "en": "Receives (benefits)"},
    "over_time_title": {"nl": "Baten per jaar, per partij", "en": "Benefits per year, by party"},
    "over_time_subtitle_nominal": {
        "nl": "Nominaal: bedragen zoals ze in elk jaar vallen",
        "en": "Nominal: amounts as they fall in each year",
    },
    "over_time_subtitle_discounted": {
        "nl": "Contante waarde: verdisconteerd naar de start",
        "en": "Present value: discounted to the start",
    },
    "discounted_toggle": {"nl": "Contante waarde (verdisconteerd)", "en": "Present value (discounted)"},
    "labour_title": {"nl": "Arbeidsmarkteffecten", "en": "Labour-market effects"},
    "labour_subtitle": {
        "nl": "Bespaarde fte per sector, per jaar\narbeidstijd die elders vrijkomt",
        "en": "FTE saved per sector, per year\nstaff time freed up elsewhere",
    },
    "labour_subtitle_party": {
        "nl": "Alleen effecten die {party} ten goede komen",
        "en": "Only effects that benefit {party}",
    },
    "labour_none": {
        "nl": "Geen effecten met een sector: er is geen arbeidsmarkteffect te tonen.",
        "en": "No effects with a sector: no labour-market effect to show.",
    },
    "labour_none_party": {
        "nl": "Geen bespaarde arbeidstijd bij effecten voor {party}.",
        "en": "No staff time saved in effects for {party}.",
    },
    "benchmark_title": {"nl": "Vergeleken met sociaal werk", "en": "Compared with social work"},
    "benchmark_subtitle": {
        "nl": "Baten per geïnvesteerde euro\nlijn: SEOR-gemiddelde van {n} businesscases",
        "en": "Benefits per euro invested\nline: SEOR average of {n} business cases",
    },
    "this_project": {"nl": "Dit project (alle partijen)", "en": "This project (all parties)"},
    "only_party": {"nl": "Alleen voor {party}", "en": "Only for {party}"},
    "seor_average": {"nl": "SEOR-gemiddelde {value}", "en": "SEOR average {value}"},
    "year": {"nl": "Jaar", "en": "Year"},
    "project_year": {"nl": "jaar {year}", "en": "year {year}"},
    "amount_eur": {"nl": "Bedrag (€)", "en": "Amount (€)"},
    "fte_axis": {"nl": "fte", "en": "FTE"},
    "party": {"nl": "Partij", "en": "Party"},
    "sector": {"nl": "Sector", "en": "Sector"},
    "chart": {"nl": "Grafiek", "en": "Chart"},
    "table": {"nl": "Tabel", "en": "Table"},
    "chart_view.show_as": {"nl": "Toon als", "en": "Show as"},  # the chart/table switch (hidden label)
    "download_png": {"nl": "Download PNG", "en": "Download PNG"},
    "download_svg": {"nl": "Download SVG", "en": "Download SVG"},
    # --- table columns -------------------------------------------------------------
    "col_party": {"nl": "Partij", "en": "Party"},
    "col_costs_pv": {"nl": "Betaalt (contante waarde)", "en": "Pays (present value)"},
    "col_benefits_pv": {"nl": "Ontvangt (contante waarde)", "en": "Receives (present value)"},
    "col_party_factor": {"nl": "Rendement voor deze partij", "en": "Return for this party"},
    "col_year": {"nl": "Projectjaar", "en": "Project year"},
    "col_benefits_nominal": {"nl": "Baten (nominaal)", "en": "Benefits (nominal)"},
    "col_benefits_discounted": {"nl": "Baten (contante waarde)", "en": "Benefits (present value)"},
    "col_sector": {"nl": "Sector", "en": "Sector"},
    "col_fte": {"nl": "Bespaarde fte", "en": "FTE saved"},
    "col_hours": {"nl": "Bespaarde uren", "en": "Hours saved"},
    "col_what": {"nl": "Wat", "en": "What"},
    "col_factor": {"nl": "Rendementsfactor", "en": "Return factor"},
    # --- FTE sentence ----------------------------------------------------------------
    "fte_sentence": {"nl": "Dit project bespaart {parts}.", "en": "This project saves {parts}."},
    "fte_part": {"nl": "{fte} fte bij {sector}", "en": "{fte} FTE in {sector}"},
    "fte_sentence_none": {
        "nl": "Dit project heeft geen effecten met een sector, dus geen berekende arbeidsbesparing.",
        "en": "This project has no effects with a sector, so no computed staff savings.",
    },
    "fte_sentence_note": {
        "nl": "Opgeteld over alle jaren; 1 fte is een voltijdsbaan gedurende een jaar.",
        "en": "Summed over all years; 1 FTE is one full-time job for one year.",
    },
    "and": {"nl": "en", "en": "and"},
    # --- qualitative -----------------------------------------------------------------
    "qualitative_title": {"nl": "Wat niet in euro's te vangen is", "en": "What cannot be put in euros"},
    "qualitative_intro": {
        "nl": "Deze effecten tellen niet mee in de rendementsfactor, maar horen net zo goed bij "
        "het verhaal van het project.",
        "en": "These effects are not counted in the return factor, but are just as much part of "
        "the project's story.",
    },
    "qualitative_none": {
        "nl": "Geen kwalitatieve effecten vastgelegd.",
        "en": "No qualitative effects recorded.",
    },
    "direction_+": {"nl": "positief", "en": "positive"},
    "direction_-": {"nl": "negatief", "en": "negative"},
    "strength_1": {"nl": "klein", "en": "small"},
    "strength_2": {"nl": "middel", "en": "medium"},
    "strength_3": {"nl": "groot", "en": "large"},
    "for_party": {"nl": "voor {party}", "en": "for {party}"},
    # --- assumptions panel -----------------------------------------------------------
    "assumptions_title": {"nl": "Aannames: wat als?", "en": "Assumptions: what if?"},
    "assumptions_intro": {
        "nl": "Schuif en zie alles direct opnieuw berekend. **Dit slaat niets op**: opslaan doet u "
        "in *Effecten bewerken*.",
        "en": "Move a slider and everything is recomputed at once. **Nothing is saved**: save in "
        "*Edit effects*.",
    },
    "discount_rate": {"nl": "Discontovoet", "en": "Discount rate"},
    "discount_rate_help": {
        "nl": "Standaard {rate} ({source}).",
        "en": "Default {rate} ({source}).",
    },
    "deadweight": {"nl": "Deadweight (was toch gebeurd)", "en": "Deadweight (would have happened anyway)"},
    "attribution": {
        "nl": "Attributie (toe te schrijven aan anderen)",
        "en": "Attribution (due to others)",
    },
    "drop_off": {"nl": "Drop-off (afname per jaar)", "en": "Drop-off (fading per year)"},
    "reset": {"nl": "Terug naar opgeslagen waarden", "en": "Back to saved values"},
    "percent_unit": {"nl": "%", "en": "%"},
    # --- page chrome -------------------------------------------------------------------
    "no_project": {"nl": "Kies of maak eerst een project.", "en": "Choose or create a project first."},
    "assumptions_used": {
        "nl": "Discontovoet {rate}, contante waarde aan het begin van elk jaar (jaar 1 niet "
        "verdisconteerd). Zie *Over de methode*.",
        "en": "Discount rate {rate}, present value at the start of each year (year 1 not "
        "discounted). See *About the method*.",
    },
    # --- method page -----------------------------------------------------------------
    "method_title": {"nl": "Over de methode", "en": "About the method"},
    "provenance_title": {"nl": "Herkomst van elk kengetal", "en": "Where every figure comes from"},
    "provenance_intro": {
        "nl": "Alle referentiecijfers in `impactkaart/data/`, met bron, uitgever, jaar en prijspeil. Rijen "
        "gemarkeerd als **illustratief** zijn aannames zonder bron, alleen voor demonstraties: "
        "vervang ze door eigen cijfers.",
        "en": "Every reference figure in `impactkaart/data/`, with source, publisher, year and price year. "
        "Rows marked **illustrative** are unsourced assumptions for demonstrations only: "
        "replace them with your own figures.",
    },
    "search": {"nl": "Zoeken", "en": "Search"},
    "search_placeholder": {"nl": "bijv. politie, Kostenhandleiding, 2022", "en": "e.g. police, costing manual, 2022"},
    "filter_table": {"nl": "Tabel", "en": "Table"},
    "all_tables": {"nl": "Alle tabellen", "en": "All tables"},
    "only_illustrative": {"nl": "Alleen illustratieve rijen", "en": "Illustrative rows only"},
    "rows_shown": {
        "nl": "{shown} van {total} kengetallen; {illustrative} daarvan illustratief.",
        "en": "{shown} of {total} figures; {illustrative} of them illustrative.",
    },
    "prov_table": {"nl": "Tabel", "en": "Table"},
    "prov_name": {"nl": "Kengetal", "en": "Figure"},
    "prov_value": {"nl": "Waarde", "en": "Value"},
    "prov_unit": {"nl": "Eenheid", "en": "Unit"},
    "prov_source": {"nl": "Bron", "en": "Source"},
    "prov_publisher": {"nl": "Uitgever", "en": "Publisher"},
    "prov_year": {"nl": "Jaar", "en": "Year"},
    "prov_price_year": {"nl": "Prijspeil", "en": "Price year"},
    "prov_confidence": {"nl": "Betrouwbaarheid", "en": "Confidence"},
    "prov_illustrative": {"nl": "Illustratief", "en": "Illustrative"},
    "prov_url": {"nl": "Link", "en": "Link"},
    "prov_note": {"nl": "Toelichting", "en": "Note"},
    # --- the engine's codes --------------------------------------------------------
    "reason_no_cost": {
        "nl": "Geen kosten ingevoerd: de rendementsfactor (baten ÷ kosten) is niet te berekenen.",
        "en": "No costs entered: the return factor (benefits ÷ costs) cannot be calculated.",
    },
    # --- project picker ------------------------------------------------------------
    "session.project": {"nl": "Project", "en": "Project"},
    "session.no_projects": {
        "nl": "Nog geen projecten. Maak er een via *Nieuw project*.",
        "en": "No projects yet. Create one under *New project*.",
    },
    # --- downloads (views/components/exports.py) -------------------------------------
    "exports.title": {"nl": "Delen en controleren", "en": "Share and check"},
    "exports.caption": {
        "nl": "Met de cijfers zoals hierboven: rendementsfactor {factor}, netto contante waarde "
        "{npv}. De PDF is één A4 voor de raad; de Excel rekent alles na met formules, met de bron "
        "van elk kengetal.",
        "en": "With the figures as shown above: return factor {factor}, net present value {npv}. "
        "The PDF is one A4 page for the council; the Excel workbook recalculates everything with "
        "formulas, with the source of every figure.",
    },
    "exports.pdf": {"nl": "One-pager (PDF)", "en": "One-pager (PDF)"},
    "exports.html": {"nl": "One-pager (HTML)", "en": "One-pager (HTML)"},
    "exports.excel": {"nl": "Rekenmodel (Excel)", "en": "Calculation model (Excel)"},
    "exports.charts": {"nl": "Grafieken (PNG en SVG, zip)", "en": "Charts (PNG and SVG, zip)"},
    "exports.charts_file": {"nl": "grafieken", "en": "charts"},
    # --- project file (views/components/project_io.py) ------------------------------------
    "project_io.download": {"nl": "Projectbestand downloaden (JSON)", "en": "Download project file (JSON)"},
    "project_io.download_help": {
        "nl": "Hetzelfde bestand rekent u door met `impactkaart compute BESTAND`.",
        "en": "Compute the same file with `impactkaart compute FILE`.",
    },
    "project_io.upload": {"nl": "Projectbestand uploaden (JSON)", "en": "Upload project file (JSON)"},
    "project_io.upload_help": {
        "nl": "Een geldig bestand wordt als nieuw project opgeslagen; "
        "het project dat nu open staat blijft zoals het is.",
        "en": "A valid file is saved as a new project; the project now open stays as it is.",
    },
    "project_io.rejected": {
        "nl": "**{file}** is niet ingelezen; er is niets opgeslagen of gewijzigd.",
        "en": "**{file}** was not read; nothing was saved or changed.",
    },
    "project_io.saved": {
        "nl": "**{name}** is opgeslagen als nieuw project en staat nu open.",
        "en": "**{name}** has been saved as a new project and is now open.",
    },
    "project_io.valid": {
        "nl": "**{file}** is een geldig projectbestand: *{name}*, {effects} effecten, "
        "{qualitative} kwalitatieve effecten.",
        "en": "**{file}** is a valid project file: *{name}*, {effects} effects, "
        "{qualitative} qualitative effects.",
    },
    "project_io.save": {"nl": "Opslaan als nieuw project", "en": "Save as new project"},
}
