"""Words of the discounting conventions and the rate sensitivity (issue 15 item 13):
the convention line on every result and export, the picker, *Over de methode*.
The conventions themselves are core/conventions.py; docs/method.md § 3 documents them."""

WORDS: dict[str, dict[str, str]] = {
    "conventions.unknown": {
        "nl": "moet een van deze conventies zijn: {known}",
        "en": "must be one of these conventions: {known}",
    },
    "conventions.label": {"nl": "Disconteringsconventie", "en": "Discounting convention"},
    "conventions.help": {
        "nl": "Hoe bedragen in latere jaren naar vandaag worden teruggerekend. Standaard: de "
              "Nederlandse MKBA-praktijk. Bij een andere conventie krijgt het project de "
              "discontovoet van die conventie.",
        "en": "How amounts in later years are brought back to today. Default: Dutch SCBA "
              "practice. With another convention the project gets that convention's discount rate.",
    },
    "conventions.name.mkba": {
        "nl": "Nederlandse MKBA-praktijk (standaard)", "en": "Dutch SCBA practice (default)"},
    "conventions.name.zorginstituut_2024": {
        "nl": "Zorginstituut, richtlijn 2024", "en": "Zorginstituut guideline 2024"},
    "conventions.name.sroi_value_map": {
        "nl": "SROI Value Map (eind van het jaar)", "en": "SROI Value Map (end of year)"},
    "conventions.line.mkba": {
        "nl": "Disconteringsconventie: Nederlandse MKBA-praktijk, discontovoet {rate} per jaar "
              "(reëel); een bedrag in projectjaar y telt voor bedrag × 1/(1 + r)^(y − 1), jaar 1 "
              "wordt niet verdisconteerd. Bron van de standaardvoet van 2,25 %: Werkgroep "
              "discontovoet 2020.",
        "en": "Discounting convention: Dutch SCBA practice, discount rate {rate} a year (real); "
              "an amount in project year y counts as amount × 1/(1 + r)^(y − 1), year 1 is not "
              "discounted. Source of the default rate of 2.25 %: Werkgroep discontovoet 2020.",
    },
    "conventions.line.zorginstituut_2024": {
        "nl": "Disconteringsconventie: richtlijn economische evaluaties van het Zorginstituut "
              "(2024), discontovoet {rate} per jaar voor alle euro's (kosten én vermeden kosten); "
              "jaar 1 wordt niet verdisconteerd. De 1,5 % van de richtlijn geldt voor "
              "gezondheidseffecten in natuurlijke eenheden (QALY's); dit project waardeert er geen.",
        "en": "Discounting convention: the Zorginstituut guideline for economic evaluations "
              "(2024), discount rate {rate} a year for every euro (costs and avoided costs alike); "
              "year 1 is not discounted. The guideline's 1.5 % is for health effects in natural "
              "units (QALYs); this project values none.",
    },
    "conventions.line.sroi_value_map": {
        "nl": "Disconteringsconventie: SROI Value Map, eind van het jaar, discontovoet {rate} per "
              "jaar; een bedrag in projectjaar y telt voor bedrag × 1/(1 + r)^y, ook jaar 1 wordt "
              "verdisconteerd. De 3,5 % is de voet van het Britse Green Book; dat de SROI-gids "
              "daarnaar verwijst en het eind-van-het-jaar-moment zijn niet bevestigd in een bron "
              "die we konden lezen.",
        "en": "Discounting convention: SROI Value Map, end of year, discount rate {rate} a year; "
              "an amount in project year y counts as amount × 1/(1 + r)^y, year 1 is discounted "
              "too. The 3.5 % is the UK Green Book's rate; that the SROI Guide points to it, and "
              "the end-of-year timing, are not confirmed in a source we could read.",
    },
    "conventions.own_rate": {
        "nl": "Let op: de discontovoet ({rate}) wijkt af van de voet van deze conventie ({default}).",
        "en": "Note: the discount rate ({rate}) differs from this convention's rate ({default}).",
    },
    "conventions.sensitivity": {
        "nl": "Gevoeligheid voor de discontovoet: {items} (nu {rate}: {factor}).",
        "en": "Sensitivity to the discount rate: {items} (now {rate}: {factor}).",
    },
    "conventions.sensitivity_item": {"nl": "bij {rate} {factor}", "en": "at {rate} {factor}"},
    "conventions.no_factor": {"nl": "geen factor (geen kosten)", "en": "no factor (no costs)"},
    "conventions.save": {"nl": "Conventie opslaan", "en": "Save convention"},
    "conventions.saved": {"nl": "Conventie opgeslagen.", "en": "Convention saved."},
    "conventions.sensitivity_heading": {
        "nl": "Discontovoet en conventie", "en": "Discount rate and convention"},
    "conventions.unsourced_badge": {
        "nl": "Niet volledig met een bron bevestigd", "en": "Not fully confirmed by a source"},
    # --- Over de methode ---
    "conventions.about_heading": {"nl": "Disconteringsconventies", "en": "Discounting conventions"},
    "conventions.about": {
        "nl": "Per project kies je een conventie; die staat bij elk resultaat en in elke export.\n\n"
              "- **Nederlandse MKBA-praktijk** (standaard): 2,25 % reëel (Werkgroep discontovoet "
              "2020), projectjaar 1 niet verdisconteerd.\n"
              "- **Zorginstituut, richtlijn 2024**: kosten 3 %, gezondheidseffecten 1,5 % "
              "(richtlijn § 2.6.1.2, via tatooheene). Elke euro in deze tool, ook een vermeden "
              "kost, is een kost in de zin van de richtlijn en telt tegen 3 %; de 1,5 % is voor "
              "QALY's, die de tool niet waardeert.\n"
              "- **SROI Value Map**: eind van het jaar, 3,5 %. De voet is die van het Britse Green "
              "Book (HM Treasury); dat de SROI-gids ernaar verwijst en het eind-van-het-jaar-moment "
              "zijn **niet bevestigd** in een bron die we konden lezen.\n\n"
              "Bij één voet voor kosten en baten verandert het eind-van-het-jaar-moment de "
              "contante waarden (alles × 1/(1 + r)), niet de rendementsfactor of het "
              "terugverdienjaar; alleen de voet verschuift de factor. Daarom staat bij elk "
              "resultaat ook de factor bij 0 % en bij 4 %.",
        "en": "Each project picks a convention; it is printed with every result and in every "
              "export.\n\n"
              "- **Dutch SCBA practice** (default): 2.25 % real (Werkgroep discontovoet 2020), "
              "project year 1 not discounted.\n"
              "- **Zorginstituut guideline 2024**: costs 3 %, health effects 1.5 % (guideline "
              "§ 2.6.1.2, as implemented in tatooheene). Every euro in this tool, an avoided cost too, is a cost "
              "in the guideline's sense and counts at 3 %; the 1.5 % is for QALYs, which the tool "
              "does not value.\n"
              "- **SROI Value Map**: end of year, 3.5 %. The rate is the UK Green Book's (HM "
              "Treasury); that the SROI Guide points to it, and the end-of-year timing, are **not "
              "confirmed** in a source we could read.\n\n"
              "With one rate for costs and benefits, the end-of-year timing changes the present "
              "values (everything × 1/(1 + r)), not the return factor or the payback year; only "
              "the rate moves the factor. That is why every result also shows the factor at 0 % "
              "and at 4 %.",
    },
    "conventions.about_example": {
        "nl": "Voorbeeld ({name}): {line}", "en": "Example ({name}): {line}"},
}
