"""Words of SEOR's 1,6 as context beside a portfolio (issue 15 item 8): an average over 14
MKBAs with different scopes and rates, never a pass mark, so no "x van n boven" verdicts."""

WORDS: dict[str, dict[str, str]] = {
    "seor_context.metric": {"nl": "Ter vergelijking (SEOR)", "en": "For comparison (SEOR)"},
    "seor_context.metric_help": {
        "nl": "Gemiddelde van {n_mkba} MKBA's van sociaal werk ({publisher}, {year}), met "
              "verschillende afbakening en discontovoet: context, geen norm.",
        "en": "Average of {n_mkba} social-work SCBAs ({publisher}, {year}), with different scopes "
              "and discount rates: context, not a norm.",
    },
    "seor_context.subtitle": {
        "nl": "Ter vergelijking, geen norm: gemiddelde van {n_mkba} MKBA's van sociaal werk "
              "{benchmark}",
        "en": "For comparison, not a norm: average of {n_mkba} social-work SCBAs {benchmark}",
    },
    "seor_context.bars": {"nl": "Rendementsfactor", "en": "Return factor"},
}
