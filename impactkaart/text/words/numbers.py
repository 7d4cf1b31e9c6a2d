"""Words of the number reader (impactkaart/text/numbers.py) and its field
(views/components/numbers.py): what went wrong with a typed number, and the question
when it can be read two ways."""

WORDS: dict[str, dict[str, str]] = {
    "numbers.not_a_number": {
        "nl": "‘{typed}’ is geen getal. Typ bijvoorbeeld 45.000 of 1,5.",
        "en": "‘{typed}’ is not a number. Type for example 45,000 or 1.5.",
    },
    "numbers.bad_grouping": {
        "nl": "‘{typed}’: de punten en komma's staan niet op hun plaats. Een punt scheidt "
              "duizendtallen (45.000), een komma de decimalen (1,5).",
        "en": "‘{typed}’: the commas and points are not in their places. A comma separates "
              "thousands (45,000), a point the decimals (1.5).",
    },
    "numbers.no_percent": {
        "nl": "‘{typed}’: hier geen percentage, maar een getal.",
        "en": "‘{typed}’: not a percentage here, a number.",
    },
    "numbers.no_euro": {
        "nl": "‘{typed}’: hier geen bedrag in euro, maar een getal.",
        "en": "‘{typed}’: not an amount in euros here, a number.",
    },
    "numbers.not_whole": {
        "nl": "‘{typed}’: typ een heel getal.",
        "en": "‘{typed}’: type a whole number.",
    },
    "numbers.out_of_range.between": {
        "nl": "‘{typed}’ ligt buiten {low} tot en met {high}.",
        "en": "‘{typed}’ is outside {low} to {high}.",
    },
    "numbers.out_of_range.at_least": {
        "nl": "‘{typed}’ is te klein: minstens {low}.",
        "en": "‘{typed}’ is too small: at least {low}.",
    },
    "numbers.out_of_range.at_most": {
        "nl": "‘{typed}’ is te groot: hoogstens {high}.",
        "en": "‘{typed}’ is too large: at most {high}.",
    },
    "numbers.required": {"nl": "Vul hier een getal in.", "en": "Fill in a number here."},
    "numbers.question": {
        "nl": "‘{typed}’ kan op twee manieren gelezen worden. Wat bedoelt u?",
        "en": "‘{typed}’ can be read in two ways. Which do you mean?",
    },
    "numbers.question_one": {
        "nl": "Bedoelt u met ‘{typed}’: {reading}?",
        "en": "By ‘{typed}’, do you mean {reading}?",
    },
    "numbers.yes_meant": {"nl": "Ja, {reading}", "en": "Yes, {reading}"},
    "numbers.question_cell": {
        "nl": "‘{typed}’ kan op twee manieren gelezen worden: typ {first} of {second}.",
        "en": "‘{typed}’ can be read in two ways: type {first} or {second}.",
    },
    "numbers.question_cell_one": {
        "nl": "‘{typed}’: bedoelt u {reading}? Typ dan {reading}.",
        "en": "‘{typed}’: do you mean {reading}? Then type {reading}.",
    },
    "numbers.new_row": {
        "nl": "nieuwe rij, nog leeg: vul hem in of verwijder hem (vink de rij aan, dan het prullenbakje)",
        "en": "new row, still empty: fill it in or delete it (tick the row, then the bin)",
    },
}
