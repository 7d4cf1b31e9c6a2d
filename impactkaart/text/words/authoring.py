"""Words of authoring: the wizard (Nieuw project), the effects editor, ex post, scenarios."""

WORDS: dict[str, dict[str, str]] = {
    # --- citations of library values (impactkaart/text/proxies.py) ---
    "authoring.cite_unsourced": {"nl": "illustratief: geen bron, aanname voor demonstratie",
                                 "en": "illustrative: no source, an assumption for demonstration"},
    "authoring.cite_price_year": {"nl": ", prijspeil {year}", "en": ", price level {year}"},
    "authoring.cite_illustrative": {"nl": "illustratief: {text}", "en": "illustrative: {text}"},
    "authoring.trust_illustrative": {"nl": "illustratief", "en": "illustrative"},
    "authoring.trust_unknown": {"nl": "betrouwbaarheid onbekend", "en": "confidence unknown"},
    "authoring.trust": {"nl": "betrouwbaarheid {confidence}", "en": "confidence {confidence}"},
    "authoring.confidence_hoog": {"nl": "hoog", "en": "high"},
    "authoring.confidence_middel": {"nl": "middel", "en": "medium"},
    "authoring.confidence_laag": {"nl": "laag", "en": "low"},
    "authoring.not_known": {"nl": "n.b.", "en": "n/a"},
    "authoring.no_source": {"nl": "geen bron", "en": "no source"},
    # --- the wizard (impactkaart/authoring/wizard.py) ---
    "authoring.step_1": {"nl": "Type en looptijd", "en": "Type and term"},
    "authoring.step_2": {"nl": "Bereik en kosten", "en": "Reach and costs"},
    "authoring.step_3": {"nl": "Vergelijking met de referentie", "en": "Comparison with the reference"},
    "authoring.cohort": {"nl": "{outcome} (deelnemers van jaar {year})",
                         "en": "{outcome} (participants of year {year})"},
    "authoring.description": {
        "nl": "Ex-ante raming uit de Impactkaart-wizard: {reach} deelnemers per jaar, effecten "
              "geschaald uit het referentieproject '{label}'. Illustratief: de aantallen per "
              "deelnemer en de aandelen (deadweight, attributie, enz.) van het referentieproject "
              "zijn een geconstrueerd voorbeeld, geen SEOR-resultaat; alleen de bedragen per "
              "eenheid hebben een bron (zie per effect). Aantal = aantal per deelnemer × bereik "
              "× (1 + verschil met de referentie), voor de deelnemers van elk projectjaar.",
        "en": "Ex-ante estimate from the Impactkaart wizard: {reach} participants per year, "
              "effects scaled from the reference project '{label}'. Illustrative: the quantities "
              "per participant and the shares (deadweight, attribution, etc.) of the reference "
              "project are a constructed example, not an SEOR result; only the amounts per unit "
              "have a source (see each effect). Quantity = quantity per participant × reach × "
              "(1 + difference from the reference), for the participants of each project year.",
    },
    "authoring.field_naam": {"nl": "Projectnaam", "en": "Project name"},
    "authoring.field_projecttype": {"nl": "Type project", "en": "Project type"},
    "authoring.field_looptijd": {"nl": "Looptijd (jaren)", "en": "Term (years)"},
    "authoring.field_startjaar": {"nl": "Startjaar", "en": "Start year"},
    "authoring.field_bereik": {"nl": "Bereik (deelnemers per jaar)", "en": "Reach (participants per year)"},
    "authoring.field_kosten": {"nl": "Kosten", "en": "Costs"},
    "authoring.field_vergelijking": {"nl": "Vergelijking", "en": "Comparison"},
    "authoring.field_cost_of": {"nl": "Kosten van {financier}, bedrag per jaar",
                                "en": "Costs of {financier}, amount per year"},
    "authoring.field_cost_bedrag": {"nl": "bedrag per jaar", "en": "amount per year"},
    "authoring.field_cost_financier": {"nl": "financier", "en": "funder"},
    "authoring.field_cost_row": {"nl": "Kosten, regel {row}, {what}", "en": "Costs, line {row}, {what}"},
    "authoring.field_change_named": {"nl": "Vergelijking, effect {number} '{outcome}'",
                                     "en": "Comparison, effect {number} '{outcome}'"},
    "authoring.field_change": {"nl": "Vergelijking, effect {number}", "en": "Comparison, effect {number}"},
}
