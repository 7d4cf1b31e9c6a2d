"""Words of the benchmark across organisations of a shared deployment
(`impactkaart.accounts.benchmark`, views/components/org_benchmark.py) and of the export
audit."""

WORDS = {
    "org_benchmark.title": {"nl": "Vergelijken met andere organisaties",
                            "en": "Compare with other organisations"},
    "org_benchmark.help": {
        "nl": "Per projecttype de verdeling van de rendementsfactor over de organisaties die "
              "meedoen aan de benchmark: per organisatie één cijfer (de mediaan van haar "
              "projecten van dat type). Alleen getoond als minstens {n} organisaties bijdragen; "
              "nooit het cijfer van één andere organisatie.",
        "en": "Per project type the distribution of the rendementsfactor over the organisations "
              "that take part in the benchmark: one figure per organisation (the median of its "
              "projects of that type). Shown only when at least {n} organisations contribute; "
              "never another organisation's figure."},
    "org_benchmark.not_opted_in": {
        "nl": "Uw organisatie doet zelf niet mee: haar cijfers tellen niet mee in de verdeling. "
              "Een beheerder kan meedoen aanzetten.",
        "en": "Your organisation does not take part itself: its figures are not counted in the "
              "distribution. An administrator can switch taking part on."},
    "org_benchmark.none": {
        "nl": "Nog geen projecttype met minstens {n} deelnemende organisaties.",
        "en": "No project type with at least {n} participating organisations yet."},
    "org_benchmark.too_few": {
        "nl": "Geen vergelijking voor {types}: minder dan {n} deelnemende organisaties.",
        "en": "No comparison for {types}: fewer than {n} participating organisations."},
    "org_benchmark.col.type": {"nl": "Projecttype", "en": "Project type"},
    "org_benchmark.col.organisations": {"nl": "Organisaties", "en": "Organisations"},
    "org_benchmark.col.p10": {"nl": "10%", "en": "10%"},
    "org_benchmark.col.p25": {"nl": "25%", "en": "25%"},
    "org_benchmark.col.p50": {"nl": "Mediaan", "en": "Median"},
    "org_benchmark.col.p75": {"nl": "75%", "en": "75%"},
    "org_benchmark.col.p90": {"nl": "90%", "en": "90%"},
    "org_benchmark.col.own": {"nl": "Uw organisatie", "en": "Your organisation"},
    "org_benchmark.col.place": {"nl": "Plaats", "en": "Position"},
    "org_benchmark.place.below": {"nl": "onder het 25e percentiel",
                                  "en": "below the 25th percentile"},
    "org_benchmark.place.middle": {"nl": "in de middelste helft", "en": "in the middle half"},
    "org_benchmark.place.above": {"nl": "boven het 75e percentiel",
                                  "en": "above the 75th percentile"},
    "org_benchmark.place.none": {"nl": "–", "en": "–"},
    "org_benchmark.kpi_line": {
        "nl": "Deelnemende organisaties ({n}, {period}): 10% tot {p10}, 25% tot {p25}, "
              "mediaan {p50}, 75% tot {p75}, 90% tot {p90}.",
        "en": "Participating organisations ({n}, {period}): 10% up to {p10}, 25% up to {p25}, "
              "median {p50}, 75% up to {p75}, 90% up to {p90}."},
    "org_benchmark.kpi_own": {
        "nl": "Uw organisatie: {own}, {place}.",
        "en": "Your organisation: {own}, {place}."},
    "org_benchmark.kpi_too_few": {
        "nl": "Geen vergelijking met andere organisaties voor {period}: minder dan {n} "
              "deelnemende organisaties.",
        "en": "No comparison with other organisations for {period}: fewer than {n} taking part "
              "organisations."},
}
