"""Words of the data checks: the proxy picker's label with the figure's own year, and the
warning when a project counts a composite proxy beside one of its parts (docs/method.md, "Data checks")."""

WORDS: dict[str, dict[str, str]] = {
    "data.picker_label": {
        "nl": "{label} — {value} {unit} · cijfer {year} · prijspeil {price_year} · {publisher}"
              " · {trust}",
        "en": "{label} — {value} {unit} · figure of {year} · price level {price_year}"
              " · {publisher} · {trust}",
    },
    "cases.item.schulden_werkgever": {"nl": "Problematische schulden: kosten werkgever",
                                      "en": "Problem debts: cost to the employer"},
    "cases.unit.schulden_werkgever": {"nl": "1 = ja, 0 = nee", "en": "1 = yes, 0 = no"},
    "data.overlap": {
        "nl": "Mogelijke dubbeltelling: '{composite}' (effect {composite_rows}) bevat ook "
              "'{part}' (effect {part_rows}). Tel dat deel maar één keer: in één van beide "
              "effecten, of haal het uit het samengestelde kengetal.",
        "en": "Possible double counting: '{composite}' (effect {composite_rows}) also includes "
              "'{part}' (effect {part_rows}). Count that part once: in one of the two "
              "effects, or take it out of the composite figure.",
    },
    "data.overlap_items": {
        "nl": "Mogelijke dubbeltelling: '{composite}' bevat ook '{part}', en beide staan in de "
              "lijst. Tel dat deel maar één keer.",
        "en": "Possible double counting: '{composite}' also includes '{part}', and both are in "
              "the list. Count that part once.",
    },
}
