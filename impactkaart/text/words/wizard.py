"""Words of the Nieuw project page (views/project/nieuw_project.py): the three-step wizard."""

WORDS: dict[str, dict[str, str]] = {
    "wizard.title": {"nl": "Nieuw project", "en": "New project"},
    "wizard.caption": {
        "nl": "In drie stappen een eerste Impactkaart van uw project: een raming vooraf (ex ante).",
        "en": "A first Impactkaart of your project in three steps: an estimate in advance (ex ante).",
    },
    "wizard.step": {"nl": "Stap {number}: {title}", "en": "Step {number}: {title}"},
    "wizard.name": {"nl": "Naam van het project", "en": "Name of the project"},
    "wizard.name_placeholder": {"nl": "bijvoorbeeld: Jongerenwerk De Wijk 2026",
                                "en": "for example: Youth work Riverside 2026"},
    "wizard.type": {"nl": "Type project", "en": "Project type"},
    "wizard.type_placeholder": {"nl": "Kies het type dat het best past",
                                "en": "Choose the type that fits best"},
    "wizard.type_help": {"nl": "Het type bepaalt met welk referentieproject u in stap 3 vergelijkt.",
                         "en": "The type decides which reference project you compare with in step 3."},
    "wizard.years": {"nl": "Looptijd (jaren)", "en": "Term (years)"},
    "wizard.years_help": {"nl": "Hoeveel jaar het project loopt (en kost).",
                          "en": "How many years the project runs (and costs)."},
    "wizard.start_year": {"nl": "Startjaar (optioneel)", "en": "Start year (optional)"},
    "wizard.start_year_placeholder": {"nl": "bijvoorbeeld 2026", "en": "for example 2026"},
    "wizard.start_year_help": {"nl": "Alleen om jaartallen in grafieken te tonen; mag leeg blijven.",
                               "en": "Only to show calendar years in charts; may stay empty."},
    "wizard.reach": {"nl": "Bereik: aantal deelnemers per jaar", "en": "Reach: participants per year"},
    "wizard.reach_placeholder": {"nl": "bijvoorbeeld 40", "en": "for example 40"},
    "wizard.reach_help": {"nl": "Hoeveel mensen (of gezinnen) het project per jaar bereikt.",
                          "en": "How many people (or families) the project reaches each year."},
    "wizard.costs_heading": {"nl": "Kosten per jaar, per financier", "en": "Costs per year, by funder"},
    "wizard.payers": {"nl": "Wie betaalt mee?", "en": "Who pays?"},
    "wizard.payers_help": {"nl": "Kies uit de lijst of typ een andere financier en druk op Enter.",
                           "en": "Choose from the list or type another funder and press Enter."},
    "wizard.amount": {"nl": "{party}: € per jaar", "en": "{party}: € per year"},
    "wizard.amount_placeholder": {"nl": "bedrag in euro", "en": "amount in euros"},
    "wizard.costs_caption": {
        "nl": "Elke financier betaalt dit bedrag in elk projectjaar. Per jaar verschillende "
              "bedragen? Pas ze na het opslaan aan bij *Effecten bewerken*.",
        "en": "Each funder pays this amount in every project year. Different amounts per year? "
              "Change them after saving in *Edit effects*.",
    },
    "wizard.compare_intro": {
        "nl": "Vergelijk uw aanpak met het **referentieproject {type}**, effect voor effect: "
              "bereikt u bij uw deelnemers **minder**, **evenveel** of **meer** van dit effect? "
              "Vul het verschil in procenten in (−30 = 30 % minder, 0 = gelijk, 50 = 50 % meer).",
        "en": "Compare your approach with the **reference project {type}**, effect by effect: "
              "do you achieve **less**, **as much** or **more** of this effect with your "
              "participants? Enter the difference in per cent (−30 = 30% less, 0 = the same, "
              "50 = 50% more).",
    },
    "wizard.illustrative_warning": {
        "nl": "**Illustratief referentieproject.** De aantallen per deelnemer en de aandelen "
              "(nul-effect, toerekening, afname) zijn een geconstrueerd voorbeeld, géén "
              "SEOR-resultaat en geen meting. Alleen de bedragen per eenheid hebben een bron "
              "(hieronder per effect). Vervang ze later door eigen cijfers.",
        "en": "**Illustrative reference project.** The quantities per participant and the shares "
              "(deadweight, attribution, drop-off) are a constructed example, not an SEOR result "
              "and not a measurement. Only the amounts per unit have a source (below, per effect). "
              "Replace them later with your own figures.",
    },
    "wizard.reference_line": {
        "nl": "Referentie: **{quantity}** per deelnemer per jaar, elk {value} {unit}; de waarde "
              "gaat naar {party}.",
        "en": "Reference: **{quantity}** per participant per year, each {value} {unit}; the value "
              "goes to {party}.",
    },
    "wizard.amount_source": {"nl": "Bedrag: {label} — bron: {source} · {trust}",
                             "en": "Amount: {label} — source: {source} · {trust}"},
    "wizard.change": {"nl": "Verschil met referentie (%)", "en": "Difference from reference (%)"},
    "wizard.expected_fewer": {"nl": "minder dan de referentie: verwacht {quantity} per jaar",
                              "en": "less than the reference: {quantity} expected per year"},
    "wizard.expected_more": {"nl": "meer dan de referentie: verwacht {quantity} per jaar",
                             "en": "more than the reference: {quantity} expected per year"},
    "wizard.expected_same": {"nl": "gelijk: verwacht {quantity} per jaar",
                             "en": "the same: {quantity} expected per year"},
    "wizard.preview": {
        "nl": "Met deze keuzes levert elke euro naar verwachting **{euro}** op (rendementsfactor "
              "{factor}; gemiddelde van sociaal werk volgens SEOR: {seor}).",
        "en": "With these choices every euro is expected to return **{euro}** (return factor "
              "{factor}; the average of social work according to SEOR: {seor}).",
    },
    "wizard.back": {"nl": "← Terug", "en": "← Back"},
    "wizard.next": {"nl": "Volgende →", "en": "Next →"},
    "wizard.save": {"nl": "Project opslaan", "en": "Save project"},
    "wizard.points_left_one": {"nl": "Nog {count} punt om aan te vullen (zie hierboven).",
                               "en": "{count} point still to complete (see above)."},
    "wizard.points_left": {"nl": "Nog {count} punten om aan te vullen (zie hierboven).",
                           "en": "{count} points still to complete (see above)."},
}
