"""Words of ex ante / ex post: the page (views/project/ex_post.py), its chart and table."""

WORDS: dict[str, dict[str, str]] = {
    "expost.title": {"nl": "Ex ante / ex post", "en": "Ex ante / ex post"},
    "expost.intro": {
        "nl": "**Ex ante** is wat u vooraf verwacht (de aantallen op de impactkaart). **Ex post** "
              "is wat u achteraf heeft gemeten. Vul per effect het gemeten aantal per jaar in; laat "
              "een cel leeg als er (nog) geen meting is.",
        "en": "**Ex ante** is what you expect beforehand (the quantities on the impact map). "
              "**Ex post** is what you measured afterwards. Enter the measured quantity per year "
              "for each effect; leave a cell empty if there is no measurement (yet).",
    },
    "expost.unmeasured_info": {
        "nl": "Een effect **zonder meting telt in het gemeten resultaat als 0**: het is dan niet "
              "aangetoond. Het telt dus niet stilzwijgend mee met zijn verwachte waarde.",
        "en": "An effect **without a measurement counts as 0 in the measured result**: it has not "
              "been shown. It does not silently count with its expected value.",
    },
    "expost.no_effects": {
        "nl": "Dit project heeft nog geen effecten. Voeg ze toe bij *Effecten bewerken*.",
        "en": "This project has no effects yet. Add them in *Edit effects*.",
    },
    "expost.not_measured": {"nl": "niet gemeten", "en": "not measured"},
    "expost.editor_effect": {"nl": "Effect", "en": "Effect"},
    "expost.editor_expected": {"nl": "Verwacht per jaar (ex ante)", "en": "Expected per year (ex ante)"},
    "expost.editor_measured": {"nl": "✏️ Gemeten per jaar (ex post)", "en": "✏️ Measured per year (ex post)"},
    "expost.editor_measured_help": {"nl": "Het gemeten aantal per jaar; leeg = niet gemeten.",
                                    "en": "The measured quantity per year; empty = not measured."},
    "expost.editor_for_whom": {"nl": "Voor wie", "en": "For whom"},
    "expost.save": {"nl": "Metingen opslaan", "en": "Save measurements"},
    "expost.saved": {"nl": "Metingen opgeslagen.", "en": "Measurements saved."},
    "expost.unsaved": {"nl": "Nog niet opgeslagen. Hieronder ziet u al het resultaat met deze metingen.",
                       "en": "Not saved yet. Below you already see the result with these measurements."},
    "expost.heading": {"nl": "Verwacht tegenover gemeten", "en": "Expected against measured"},
    "expost.measured_count": {"nl": "{measured} van de {total} effecten gemeten.",
                              "en": "{measured} of the {total} effects measured."},
    "expost.factor_expected": {"nl": "Rendementsfactor, verwacht", "en": "Return factor, expected"},
    "expost.factor_measured": {"nl": "Rendementsfactor, gemeten", "en": "Return factor, measured"},
    "expost.benefits_expected": {"nl": "Baten verwacht (contante waarde)",
                                 "en": "Benefits expected (present value)"},
    "expost.benefits_measured": {"nl": "Baten gemeten (contante waarde)",
                                 "en": "Benefits measured (present value)"},
    "expost.costs": {"nl": "Kosten (contante waarde)", "en": "Costs (present value)"},
    "expost.costs_help": {"nl": "De kosten zijn ex ante en ex post dezelfde ingevoerde kosten.",
                          "en": "The costs are the same entered costs ex ante and ex post."},
    "expost.npv_measured": {"nl": "Netto contante waarde, gemeten", "en": "Net present value, measured"},
    "expost.total": {"nl": "Totaal", "en": "Total"},
    # --- the chart and its table (impactkaart/charts/expost.py) ---
    "expost.side_expected": {"nl": "verwacht (ex ante)", "en": "expected (ex ante)"},
    "expost.side_measured": {"nl": "gemeten (ex post)", "en": "measured (ex post)"},
    "expost.from_year": {"nl": " (vanaf jaar {year})", "en": " (from year {year})"},
    "expost.unmeasured_zero": {"nl": "niet gemeten (telt als € 0)", "en": "not measured (counts as € 0)"},
    "expost.axis": {"nl": "Baten, contante waarde (€)", "en": "Benefits, present value (€)"},
    "expost.tooltip_benefits": {"nl": "Baten (contante waarde)", "en": "Benefits (present value)"},
    "expost.chart_title": {"nl": "Verwacht en gemeten, per effect", "en": "Expected and measured, per effect"},
    "expost.chart_subtitle": {
        "nl": "Baten in contante waarde; een effect zonder meting telt bij gemeten als 0.",
        "en": "Benefits in present value; an effect without a measurement counts as 0 when measured.",
    },
    "expost.col_effect": {"nl": "Effect", "en": "Effect"},
    "expost.col_quantity": {"nl": "Aantal per jaar, verwacht", "en": "Quantity per year, expected"},
    "expost.col_quantity_ex_post": {"nl": "Aantal per jaar, gemeten", "en": "Quantity per year, measured"},
    "expost.col_pv_expected": {"nl": "Baten verwacht (€, cw)", "en": "Benefits expected (€, PV)"},
    "expost.col_pv_measured": {"nl": "Baten gemeten (€, cw)", "en": "Benefits measured (€, PV)"},
    "expost.col_difference": {"nl": "Verschil (€)", "en": "Difference (€)"},
}
