"""Words of the one-pager a councillor reads (PDF and HTML), the export controls' author
fields, the presentation's last view and the phone layout of the Impactkaart:
plain Dutch first, the economist's term in brackets."""

WORDS: dict[str, dict[str, str]] = {
    # --- who made it, when -----------------------------------------------------------------
    "onepager.made_on": {"nl": "Gemaakt op {date}", "en": "Made on {date}"},
    "onepager.organisation": {"nl": "Organisatie: {value}", "en": "Organisation: {value}"},
    "onepager.author": {"nl": "Opgesteld door: {value}", "en": "Prepared by: {value}"},
    "onepager.date": {"nl": "{day} {month} {year}", "en": "{day} {month} {year}"},
    "onepager.month_1": {"nl": "januari", "en": "January"},
    "onepager.month_2": {"nl": "februari", "en": "February"},
    "onepager.month_3": {"nl": "maart", "en": "March"},
    "onepager.month_4": {"nl": "april", "en": "April"},
    "onepager.month_5": {"nl": "mei", "en": "May"},
    "onepager.month_6": {"nl": "juni", "en": "June"},
    "onepager.month_7": {"nl": "juli", "en": "July"},
    "onepager.month_8": {"nl": "augustus", "en": "August"},
    "onepager.month_9": {"nl": "september", "en": "September"},
    "onepager.month_10": {"nl": "oktober", "en": "October"},
    "onepager.month_11": {"nl": "november", "en": "November"},
    "onepager.month_12": {"nl": "december", "en": "December"},
    # --- how sure --------------------------------------------------------------------------
    "onepager.interval": {
        "nl": "Onzekerheid: in 90% van {draws} doorrekeningen ligt de factor tussen {low} en "
              "{high}. Kans dat de baten groter zijn dan de kosten (factor > 1): {chance}.",
        "en": "Uncertainty: in 90% of {draws} runs the factor lies between {low} and {high}. "
              "Chance that the benefits exceed the costs (factor > 1): {chance}.",
    },
    "onepager.interval_defaults": {
        "nl": "Met de standaardbandbreedtes van dit instrument (een afspraak, geen gemeten "
              "spreiding), want het project heeft er zelf geen.",
        "en": "With this tool's default ranges (a convention, not a measured spread), as the "
              "project has none of its own.",
    },
    "onepager.interval_none": {
        "nl": "Onzekerheid: niet te berekenen (geen kosten of geen aannames met een bandbreedte).",
        "en": "Uncertainty: cannot be computed (no costs or no assumptions with a range).",
    },
    "onepager.context": {
        "nl": "Ter vergelijking, geen norm: {benchmark}",
        "en": "For comparison, not a standard: {benchmark}",
    },
    "onepager.context_bar": {"nl": "SEOR-gemiddelde", "en": "SEOR average"},
    # --- expected and measured -------------------------------------------------------------
    "onepager.expost_title": {"nl": "Verwacht en gemeten", "en": "Expected and measured"},
    "onepager.expected": {"nl": "Verwacht (ex ante)", "en": "Expected (ex ante)"},
    "onepager.measured": {"nl": "Gemeten (ex post)", "en": "Measured (ex post)"},
    "onepager.measured_short": {"nl": "gemeten", "en": "measured"},
    "onepager.expost_factor": {"nl": "Rendementsfactor", "en": "Return factor"},
    "onepager.expost_unmeasured": {
        "nl": "{n} van de {total} effecten zijn (nog) niet gemeten en tellen gemeten als 0.",
        "en": "{n} of the {total} effects are not measured (yet) and count as 0 when measured.",
    },
    "onepager.expost_all": {
        "nl": "Alle {total} effecten zijn gemeten.",
        "en": "All {total} effects are measured.",
    },
    # --- the drivers -----------------------------------------------------------------------
    "onepager.drivers_title": {
        "nl": "Waar de uitkomst het meest van afhangt",
        "en": "What the result depends on most",
    },
    "onepager.driver": {
        "nl": "{what} bij ‘{outcome}’: {base} (tussen {low} en {high} geeft een factor van "
              "{f_low} tot {f_high})",
        "en": "{what} for ‘{outcome}’: {base} (between {low} and {high} gives a factor of "
              "{f_low} to {f_high})",
    },
    "onepager.driver_scaled": {
        "nl": "{what} bij ‘{outcome}’: {down} lager tot {up} hoger geeft een factor van {f_low} "
              "tot {f_high}",
        "en": "{what} for ‘{outcome}’: {down} lower to {up} higher gives a factor of {f_low} "
              "to {f_high}",
    },
    "onepager.driver_rate": {
        "nl": "{what}: {base} (tussen {low} en {high} geeft een factor van {f_low} tot {f_high})",
        "en": "{what}: {base} (between {low} and {high} gives a factor of {f_low} to {f_high})",
    },
    "onepager.what.quantity": {
        "nl": "Hoe vaak het effect per jaar optreedt (aantal)",
        "en": "How often the effect occurs a year (quantity)",
    },
    "onepager.what.proxy": {
        "nl": "Wat het één keer waard is (financiële proxy)",
        "en": "What one occurrence is worth (financial proxy)",
    },
    "onepager.what.quantity_proxy": {
        "nl": "Hoe vaak het optreedt en wat het waard is (aantal × proxy)",
        "en": "How often it occurs and what it is worth (quantity × proxy)",
    },
    "onepager.what.duration": {
        "nl": "Hoe lang het effect aanhoudt (duur)", "en": "How long the effect lasts (duration)",
    },
    "onepager.what.deadweight": {
        "nl": "Wat er zonder het project ook was gebeurd (deadweight)",
        "en": "What would have happened without the project anyway (deadweight)",
    },
    "onepager.what.displacement": {
        "nl": "Wat elders verloren gaat (displacement)",
        "en": "What is lost elsewhere (displacement)",
    },
    "onepager.what.attribution": {
        "nl": "Wat aan anderen dan het project te danken is (attributie)",
        "en": "What is owed to others than the project (attribution)",
    },
    "onepager.what.drop_off": {
        "nl": "Hoeveel het effect elk jaar afneemt (drop-off)",
        "en": "How much the effect fades each year (drop-off)",
    },
    "onepager.what.discount_rate": {
        "nl": "Hoe zwaar latere jaren tellen (discontovoet)",
        "en": "How much later years count (discount rate)",
    },
    "onepager.charts_overleaf": {
        "nl": "De overige grafieken staan op pagina 2.",
        "en": "The other charts are on page 2.",
    },
    "onepager.more": {
        "nl": "Alle aannames per effect, de berekening en elke bron: bijlage (pagina 2) en de "
              "Excel-export.",
        "en": "Every assumption per effect, the calculation and every source: appendix (page 2) "
              "and the Excel export.",
    },
    # --- the appendix ----------------------------------------------------------------------
    "onepager.appendix_title": {
        "nl": "Bijlage: alle aannames en bronnen", "en": "Appendix: every assumption and source",
    },
    "onepager.appendix_intro": {
        "nl": "Per effect, grootste contante waarde eerst. Tussen haakjes de term die een "
              "econoom gebruikt.",
        "en": "Per effect, largest present value first. In brackets the term an economist uses.",
    },
    "onepager.effect_assumption": {
        "nl": "{outcome} ({party}): {quantity} per jaar × {proxy}, {duration}. Zonder het project "
              "ook gebeurd (deadweight) {deadweight}; elders verloren (displacement) "
              "{displacement}; aan anderen te danken (attributie) {attribution}; afname per jaar "
              "(drop-off) {drop_off}.",
        "en": "{outcome} ({party}): {quantity} a year × {proxy}, {duration}. Would have happened "
              "anyway (deadweight) {deadweight}; lost elsewhere (displacement) {displacement}; "
              "owed to others (attribution) {attribution}; fading per year (drop-off) "
              "{drop_off}.",
    },
    "onepager.effect_measured": {
        "nl": " Gemeten: {quantity} per jaar.", "en": " Measured: {quantity} a year.",
    },
    "onepager.discounting": {"nl": "Disconteren", "en": "Discounting"},
    "onepager.illustrative": {"nl": "Illustratief", "en": "Illustrative"},
    "onepager.sources": {"nl": "Bronnen", "en": "Sources"},
    # --- the export controls ---------------------------------------------------------------
    "onepager.organisation_field": {"nl": "Organisatie (op de one-pager)",
                                    "en": "Organisation (on the one-pager)"},
    "onepager.author_field": {"nl": "Opgesteld door (op de one-pager)",
                              "en": "Prepared by (on the one-pager)"},
    "onepager.fields_help": {
        "nl": "Staat met de datum bovenaan de PDF en de HTML. Blijft bewaard zolang dit "
              "browservenster open is; niet in het projectbestand.",
        "en": "Printed with the date at the top of the PDF and the HTML. Kept while this "
              "browser window is open; not in the project file.",
    },
    # --- presentation: the last view -------------------------------------------------------
    "onepager.show_title": {
        "nl": "Deze uitkomst hangt vooral af van {what}",
        "en": "This result depends most on {what}",
    },
    "onepager.show_what": {"nl": "‘{outcome}’", "en": "‘{outcome}’"},
    "onepager.show_item": {
        "nl": "Valt die aanname tegen, dan wordt de factor {f_low}; valt hij mee, {f_high}.",
        "en": "If that assumption turns out worse, the factor becomes {f_low}; if better, {f_high}.",
    },
    "onepager.show_no_drivers": {
        "nl": "Deze cijfers rusten op aannames die je in de one-pager terugvindt",
        "en": "These figures rest on assumptions listed in the one-pager",
    },
    "onepager.show_interval": {
        "nl": "In 90% van de doorrekeningen tussen {low} en {high}",
        "en": "In 90% of the runs between {low} and {high}",
    },
    # --- the Impactkaart page (phone first) ------------------------------------------------
    "onepager.page_more": {"nl": "Toelichting en bronnen", "en": "Notes and sources"},
    "onepager.page_expost": {
        "nl": "Gemeten (ex post): factor {factor}, baten {benefits} ({n} van {total} effecten "
              "gemeten; niet gemeten telt als 0).",
        "en": "Measured (ex post): factor {factor}, benefits {benefits} ({n} of {total} effects "
              "measured; unmeasured counts as 0).",
    },
    "onepager.page_expost_delta": {"nl": "gemeten {value}", "en": "measured {value}"},
}
