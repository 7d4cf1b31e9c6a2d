"""Words of inputs that are not money, ex post costs and shares, and the basis of each
assumption (issue 15 items 10–12): validation codes, the in-kind editor, the ex post
page's extra tables and its export, the basis display."""

WORDS: dict[str, dict[str, str]] = {
    # --- validation codes (core.model returns them; text.errors words validation.<code>) ---
    "validation.in_kind_years_not_list": {
        "nl": "moet een lijst van projectjaren zijn, bijvoorbeeld [1, 2, 3]",
        "en": "must be a list of project years, for example [1, 2, 3]",
    },
    "validation.in_kind_years_repeated": {"nl": "noemt een jaar twee keer", "en": "names a year twice"},
    "validation.in_kind_hours_and_amount": {
        "nl": "geef óf uren (tijd) óf een bedrag (goederen), niet allebei",
        "en": "give either hours (time) or an amount (goods), not both",
    },
    "validation.in_kind_hours_or_amount": {
        "nl": "mist uren (tijd) of een bedrag (goederen)",
        "en": "lacks hours (time) or an amount (goods)",
    },
    "validation.in_kind_value_without_hours": {
        "nl": "een waarde per uur hoort bij uren, niet bij een bedrag",
        "en": "a value per hour goes with hours, not with an amount",
    },
}
