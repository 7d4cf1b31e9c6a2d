"""Words of the engine's conventions (issue 15): transfers, price level, payback, FTE per
year, discounting conventions; the validation codes of their project-file fields and the
CLI's lines for them (`impactkaart.cli.compute`)."""

WORDS: dict[str, dict[str, str]] = {
    # --- validation of the new fields (core/model.py) ---
    "validation.transfer_unknown_party": {
        "nl": "onbekende partij '{party}' (een partij uit parties.csv of van dit project)",
        "en": "unknown party '{party}' (a party of parties.csv or of this project)"},
    "validation.transfer_unknown_party_hint": {
        "nl": "onbekende partij '{party}' (bedoelt u '{hint}'?)",
        "en": "unknown party '{party}' (did you mean '{hint}'?)"},
    "validation.transfer_same_party": {
        "nl": "een overdracht van '{party}' aan '{party}' zelf verschuift niets; kies de partij die het verliest",
        "en": "a transfer from '{party}' to '{party}' itself moves nothing; choose the party that loses it"},
    "validation.price_year_outside_cpi": {
        "nl": "moet een jaar van de CPI-reeks zijn ({first} tot en met {last}, impactkaart/data/cpi.csv)",
        "en": "must be a year of the CPI series ({first} to {last}, impactkaart/data/cpi.csv)"},
    # --- warnings of a result (core/engine.py, ProjectResult.warnings: code + effect) ---
    "engine.warning.unknown_price_year": {
        "nl": "{outcome}: het prijsjaar van deze bibliotheekwaarde is onbekend; niet geïndexeerd (factor 1), dus mogelijk te laag",
        "en": "{outcome}: the price year of this library value is not known; not indexed (factor 1), so possibly too low"},
    "engine.warning.price_year_outside_cpi": {
        "nl": "{outcome}: het prijsjaar valt buiten de CPI-reeks; niet geïndexeerd (factor 1)",
        "en": "{outcome}: the price year lies outside the CPI series; not indexed (factor 1)"},
    # --- FTE per year (text/summary.py fte_sentence) ---
    "engine.fte_sentence": {
        "nl": "Dit project bespaart gemiddeld {per_year} fte per jaar (piek {peak} fte in projectjaar {year}; samen {total} fte-jaren: {parts}).",
        "en": "This project saves on average {per_year} FTE per year (peak {peak} FTE in project year {year}; together {total} FTE-years: {parts})."},
    "engine.fte_part": {"nl": "{fte} bij {sector}", "en": "{fte} in {sector}"},
    "engine.cli.fte": {
        "nl": "Bespaarde arbeid: gemiddeld {per_year} fte per jaar, piek {peak} fte in projectjaar {year}; samen {total} fte-jaren",
        "en": "Staff time saved: on average {per_year} FTE per year, peak {peak} FTE in project year {year}; together {total} FTE-years"},
    # --- compute (cli/compute.py) ---
    "engine.cli.price_year": {
        "nl": "Prijspeil:                {year} (proxy's geïndexeerd met de CBS-CPI)",
        "en": "Price level:              {year} (proxies indexed with the CBS CPI)"},
    "engine.cli.warnings": {"nl": "Let op:", "en": "Note:"},
    "engine.cli.never": {"nl": "niet terugverdiend", "en": "not paid back"},
    "engine.cli.transfers": {
        "nl": "Herverdeling (overdrachten, niet in de baten): {amount}",
        "en": "Redistribution (transfers, not in the benefits): {amount}"},
}
