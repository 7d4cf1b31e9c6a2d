"""Words of the briefing: one project's result as headline, figures and sentences
(one-pager PDF and HTML, presentation mode)."""

WORDS: dict[str, dict[str, str]] = {
    "briefing.every_euro": {"nl": "Elke geïnvesteerde euro levert {amount} op",
                   "en": "Every euro invested returns {amount}"},
    "briefing.no_factor": {"nl": "Geen kosten ingevoerd: de rendementsfactor is niet te berekenen",
                  "en": "No costs entered: the return factor cannot be computed"},
    "briefing.benchmark": {
        "nl": "Ter vergelijking, geen norm: {value} is het gemiddelde van {n_mkba} MKBA's van "
              "sociaal werk ({n_cases} businesscases; {publisher}, {year}), met verschillende "
              "afbakeningen en discontovoeten",
        "en": "For comparison, not a norm: {value} is the average of {n_mkba} SCBAs of social "
              "work ({n_cases} business cases; {publisher}, {year}), with different scopes "
              "and discount rates",
    },
    # The SEOR average is context, not a pass mark (docs/method.md, section 10): the same
    # words whether the factor lies above, below or at it.
    "briefing.above": {"nl": "{factor} (ter vergelijking: gemiddelde van sociaal werk {benchmark})",
              "en": "{factor} (for comparison: social-work average {benchmark})"},
    "briefing.below": {"nl": "{factor} (ter vergelijking: gemiddelde van sociaal werk {benchmark})",
              "en": "{factor} (for comparison: social-work average {benchmark})"},
    "briefing.equal": {"nl": "{factor} (ter vergelijking: gemiddelde van sociaal werk {benchmark})",
              "en": "{factor} (for comparison: social-work average {benchmark})"},
    "briefing.costs": {"nl": "Kosten (contante waarde)", "en": "Costs (present value)"},
    "briefing.benefits": {"nl": "Baten (contante waarde)", "en": "Benefits (present value)"},
    "briefing.npv": {"nl": "Netto contante waarde", "en": "Net present value"},
    "briefing.fte": {"nl": "Bespaarde arbeidstijd", "en": "Staff time saved"},
    "briefing.fte_unit": {"nl": "{fte} fte", "en": "{fte} FTE"},
    "briefing.payback": {"nl": "Terugverdiend", "en": "Paid back"},
    "briefing.payback_year": {"nl": "in jaar {year}", "en": "in year {year}"},
    "briefing.no_payback": {"nl": "niet binnen de looptijd", "en": "not within the period"},
    "briefing.phase_ex_ante": {"nl": "ex ante (verwacht)", "en": "ex ante (expected)"},
    "briefing.phase_ex_post": {"nl": "ex post (gemeten)", "en": "ex post (measured)"},
    "briefing.years": {"nl": "{n} jaar", "en": "{n} years"},
    "briefing.year_one": {"nl": "{n} jaar", "en": "{n} year"},
    "briefing.rate": {"nl": "discontovoet {rate}", "en": "discount rate {rate}"},
    "briefing.convention": {
        "nl": "Rendementsfactor = contante waarde van alle baten ÷ contante waarde van alle kosten. "
              "Bespaarde fte zijn niet verdisconteerd.",
        "en": "Return factor = present value of all benefits ÷ present value of all costs. FTE "
              "saved are not discounted.",
    },
    "briefing.effect_assumption": {
        "nl": "{outcome} ({party}): {quantity} per jaar × {proxy}, {duration}; deadweight "
              "{deadweight}, displacement {displacement}, attributie {attribution}, drop-off "
              "{drop_off} per jaar",
        "en": "{outcome} ({party}): {quantity} a year × {proxy}, {duration}; deadweight "
              "{deadweight}, displacement {displacement}, attribution {attribution}, drop-off "
              "{drop_off} a year",
    },
    "briefing.from_year": {"nl": "vanaf jaar {start}, {n} jaar", "en": "from year {start}, {n} years"},
    "briefing.direction_+": {"nl": "positief", "en": "positive"},
    "briefing.direction_-": {"nl": "negatief", "en": "negative"},
    "briefing.strength_1": {"nl": "klein", "en": "small"},
    "briefing.strength_2": {"nl": "middel", "en": "medium"},
    "briefing.strength_3": {"nl": "groot", "en": "large"},
}
