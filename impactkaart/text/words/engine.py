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
    # --- compute (cli/compute.py) ---
    "engine.cli.never": {"nl": "niet terugverdiend", "en": "not paid back"},
    "engine.cli.transfers": {
        "nl": "Herverdeling (overdrachten, niet in de baten): {amount}",
        "en": "Redistribution (transfers, not in the benefits): {amount}"},
}
