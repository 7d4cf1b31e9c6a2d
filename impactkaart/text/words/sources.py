"""Words of the sources behind a result (core/sources.py): the one-pager's and the
Excel's list of every figure used, with where it comes from."""

WORDS: dict[str, dict[str, str]] = {
    "sources.price_prefix": {"nl": "Prijs per eenheid: ", "en": "Unit price: "},
    "sources.own_assumption": {
        "nl": "eigen aanname van het project (geen bron vastgelegd)",
        "en": "the project's own assumption (no source recorded)",
    },
    "sources.no_source_illustrative": {
        "nl": "geen bron: illustratieve aanname",
        "en": "no source: illustrative assumption",
    },
    "sources.figure.productive_hours_per_fte": {
        "nl": "productieve uren per fte", "en": "productive hours per FTE",
    },
    "sources.figure.labour_cost_per_fte": {"nl": "loonkosten per fte", "en": "labour cost per FTE"},
    "sources.figure.labour_share": {
        "nl": "personeelsaandeel van vermeden kosten", "en": "staff share of avoided costs",
    },
    "sources.hours": {"nl": "{hours} uur", "en": "{hours} hours"},
    "sources.discount_rate": {"nl": "Discontovoet", "en": "Discount rate"},
    "sources.seor_benchmark": {
        "nl": "SEOR-benchmark (gemiddeld rendement sociaal werk)",
        "en": "SEOR benchmark (average return of social work)",
    },
    "sources.price_level": {"nl": ", prijspeil {year}", "en": ", price level {year}"},
}
