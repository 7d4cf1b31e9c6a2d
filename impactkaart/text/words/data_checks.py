"""Words of the data checks: the proxy picker's label with the figure's own year, and the
warning when a project counts a composite proxy beside one of its parts (docs/method.md, "Data checks")."""

WORDS: dict[str, dict[str, str]] = {
    "data.picker_label": {
        "nl": "{label} — {value} {unit} · cijfer {year} · prijspeil {price_year} · {publisher}"
              " · {trust}",
        "en": "{label} — {value} {unit} · figure of {year} · price level {price_year}"
              " · {publisher} · {trust}",
    },
}
