"""Plausibility warnings (impactkaart.core.plausibility): what looks off, and why it matters."""

WORDS: dict[str, dict[str, str]] = {
    "plausibility.title": {"nl": "Kijk hier nog eens naar", "en": "Worth a second look"},
    "plausibility.intro": {
        "nl": "Deze uitkomsten kunnen kloppen, maar zijn zelden waar. Controleer ze, of geef "
              "aan dat je ze bewust zo laat.",
        "en": "These results can be right, but rarely are. Check them, or confirm that you "
              "keep them on purpose.",
    },
    "plausibility.factor_high": {
        "nl": "De rendementsfactor is {factor}: boven {limit} is dat vaker een tikfout of een "
              "dubbeltelling dan een werkelijk rendement.",
        "en": "The return factor is {factor}: above {limit} that is more often a typing slip "
              "or double counting than a real return.",
    },
    "plausibility.cost_per_participant_low": {
        "nl": "De kosten per deelnemer zijn {cost} per jaar: minder dan {limit} is minder dan "
              "een uur van een professional. Staat het bedrag goed (bijvoorbeeld 45.000 en "
              "niet 45)?",
        "en": "The cost per participant is {cost} a year: less than {limit} is under one "
              "hour of a professional. Is the amount right (for example 45,000, not 45)?",
    },
    "plausibility.cost_per_participant_high": {
        "nl": "De kosten per deelnemer zijn {cost} per jaar: meer dan {limit} is de prijs van "
              "intramurale zorg. Klopt het bereik?",
        "en": "The cost per participant is {cost} a year: more than {limit} is the price of "
              "residential care. Is the reach right?",
    },
    "plausibility.effect_dominant": {
        "nl": "Het effect ‘{outcome}’ draagt {share} van alle baten: de hele businesscase "
              "staat of valt met de aannames van dit ene effect.",
        "en": "The effect ‘{outcome}’ carries {share} of all benefits: the whole business "
              "case stands or falls with the assumptions of this one effect.",
    },
    "plausibility.net_share_low": {
        "nl": "Van ‘{outcome}’ blijft na wat er ook zonder project gebeurd was (deadweight), "
              "verplaatsing en het aandeel van anderen (attributie) maar {net} over. Is een "
              "aandeel misschien als 40 in plaats van 40 % bedoeld?",
        "en": "Of ‘{outcome}’ only {net} is left after what would have happened anyway "
              "(deadweight), displacement and others' share (attribution). Was a share "
              "perhaps meant as 40 %?",
    },
    "plausibility.proxy_far": {
        "nl": "De waarde per eenheid van ‘{outcome}’ is {proxy}, {ratio} keer de waarde in de "
              "bibliotheek ({library}). Gaat het om dezelfde eenheid (per dag, per jaar)?",
        "en": "The unit value of ‘{outcome}’ is {proxy}, {ratio} times the library value "
              "({library}). Is it the same unit (per day, per year)?",
    },
    "plausibility.acknowledge": {"nl": "Bewust zo gelaten", "en": "Kept on purpose"},
    "plausibility.acknowledged": {
        "nl": "{n} waarschuwing(en) bewust zo gelaten.",
        "en": "{n} warning(s) kept on purpose.",
    },
}
