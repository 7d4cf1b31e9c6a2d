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
    # --- the ex post export (impactkaart/io/exports/expost.py) ---
    "inputs.xl_sheet_totals": {"nl": "Totalen", "en": "Totals"},
    "inputs.xl_sheet_effects": {"nl": "Effecten", "en": "Effects"},
    "inputs.xl_sheet_costs": {"nl": "Kosten", "en": "Costs"},
    "inputs.xl_file_name": {"nl": "{name}_ex_ante_ex_post.xlsx", "en": "{name}_ex_ante_ex_post.xlsx"},
    "inputs.xl_title": {"nl": "Ex ante en ex post – {name}", "en": "Ex ante and ex post – {name}"},
    "inputs.xl_measure": {"nl": "Maat", "en": "Measure"},
    "inputs.xl_ex_ante": {"nl": "Verwacht (ex ante)", "en": "Expected (ex ante)"},
    "inputs.xl_ex_post": {"nl": "Gemeten (ex post)", "en": "Measured (ex post)"},
    "inputs.xl_total_pv_benefits": {"nl": "Contante waarde baten", "en": "Present value of benefits"},
    "inputs.xl_total_pv_costs": {"nl": "Contante waarde kosten (incl. meegetelde inzet in natura)",
                                 "en": "Present value of costs (incl. counted in-kind inputs)"},
    "inputs.xl_total_pv_in_kind": {"nl": "waarvan inzet in natura", "en": "of which in-kind inputs"},
    "inputs.xl_total_npv": {"nl": "Netto contante waarde", "en": "Net present value"},
    "inputs.xl_total_rendementsfactor": {"nl": "Rendementsfactor", "en": "Return factor"},
    "inputs.xl_note_unmeasured": {
        "nl": "{count} van {total} effecten zonder meting: die tellen ex post als 0.",
        "en": "{count} of {total} effects without a measurement: they count as 0 ex post.",
    },
    "inputs.xl_note_budget": {
        "nl": "{count} van {total} kostenregels zonder gerealiseerd bedrag: daar telt ex post het "
              "budget.",
        "en": "{count} of {total} cost lines without a realised amount: there the budget counts "
              "ex post.",
    },
    "inputs.xl_note_shares": {
        "nl": "Een aandeel zonder ex-post-schatting houdt ex post zijn ex-ante-waarde.",
        "en": "A share without an ex post estimate keeps its ex ante value ex post.",
    },
    "inputs.xl_note_in_kind": {
        "nl": "Inzet in natura (vrijwilligersuren, goederen) telt aan beide kanten even zwaar mee "
              "in de kosten.",
        "en": "In-kind inputs (volunteer hours, goods) count the same on both sides in the costs.",
    },
    "inputs.xl_note_in_kind_off": {
        "nl": "Inzet in natura telt in dit project niet mee in de kosten (zo ingesteld).",
        "en": "In-kind inputs are not counted in this project's costs (as set).",
    },
    "inputs.xl_effect": {"nl": "Effect", "en": "Effect"},
    "inputs.xl_for_whom": {"nl": "Voor wie", "en": "For whom"},
    "inputs.xl_quantity_ante": {"nl": "Aantal per jaar ex ante", "en": "Quantity per year ex ante"},
    "inputs.xl_quantity_post": {"nl": "Aantal per jaar ex post (gemeten)",
                                "en": "Quantity per year ex post (measured)"},
    "inputs.xl_deadweight_ante": {"nl": "Wat toch al gebeurd was (deadweight) ex ante",
                                  "en": "Deadweight ex ante"},
    "inputs.xl_deadweight_post": {"nl": "Wat toch al gebeurd was (deadweight) ex post",
                                  "en": "Deadweight ex post"},
    "inputs.xl_attribution_ante": {"nl": "Aandeel van anderen (attributie) ex ante",
                                   "en": "Attribution to others ex ante"},
    "inputs.xl_attribution_post": {"nl": "Aandeel van anderen (attributie) ex post",
                                   "en": "Attribution to others ex post"},
    "inputs.xl_displacement_ante": {"nl": "Verplaatsing (displacement) ex ante",
                                    "en": "Displacement ex ante"},
    "inputs.xl_displacement_post": {"nl": "Verplaatsing (displacement) ex post",
                                    "en": "Displacement ex post"},
    "inputs.xl_drop_off_ante": {"nl": "Afname per jaar (drop-off) ex ante", "en": "Drop-off ex ante"},
    "inputs.xl_drop_off_post": {"nl": "Afname per jaar (drop-off) ex post", "en": "Drop-off ex post"},
    "inputs.xl_pv_ante": {"nl": "Contante waarde ex ante", "en": "Present value ex ante"},
    "inputs.xl_pv_post": {"nl": "Contante waarde ex post", "en": "Present value ex post"},
    "inputs.xl_difference": {"nl": "Verschil (ex post − ex ante)",
                             "en": "Difference (ex post − ex ante)"},
    "inputs.xl_total": {"nl": "Totaal", "en": "Total"},
    "inputs.xl_total_nominal": {"nl": "Totaal (nominaal)", "en": "Total (nominal)"},
    "inputs.xl_year": {"nl": "Projectjaar", "en": "Project year"},
    "inputs.xl_financier": {"nl": "Financier", "en": "Funder"},
    "inputs.xl_budget": {"nl": "Budget (ex ante)", "en": "Budget (ex ante)"},
    "inputs.xl_realised": {"nl": "Gerealiseerd (ex post)", "en": "Realised (ex post)"},
    "inputs.xl_used": {"nl": "Telt ex post", "en": "Counts ex post"},
    "inputs.xl_used_from": {"nl": "Waar het ex-post-bedrag vandaan komt",
                            "en": "Where the ex post amount comes from"},
    "inputs.xl_from_realised": {"nl": "gerealiseerd bedrag", "en": "realised amount"},
    "inputs.xl_from_budget": {"nl": "budget (geen gerealiseerd bedrag ingevuld)",
                              "en": "budget (no realised amount entered)"},
    # --- the Ex ante / ex post page (views/project/ex_post.py) ---
    "inputs.expost_intro": {
        "nl": "**Ex ante** is wat u vooraf verwacht (de impactkaart). **Ex post** is wat u achteraf "
              "heeft gemeten of opnieuw geschat: per effect het gemeten aantal per jaar en, als u "
              "dat weet, de aandelen opnieuw geschat; per kostenregel het werkelijk uitgegeven "
              "bedrag. Laat een veld leeg als er (nog) niets gemeten is.",
        "en": "**Ex ante** is what you expect beforehand (the impact map). **Ex post** is what you "
              "measured or re-estimated afterwards: per effect the measured quantity per year and, "
              "if you know them, the shares re-estimated; per cost line the amount actually spent. "
              "Leave a field empty if nothing has been measured (yet).",
    },
    "inputs.expost_effects_heading": {"nl": "Gemeten effecten", "en": "Measured effects"},
    "inputs.expost_expected_caption": {
        "nl": "Ex ante: {quantity} per jaar; wat toch al gebeurd was (deadweight) {deadweight}, "
              "aandeel van anderen (attributie) {attribution}, verplaatsing (displacement) "
              "{displacement}, afname per jaar (drop-off) {drop_off}.",
        "en": "Ex ante: {quantity} per year; deadweight {deadweight}, attribution {attribution}, "
              "displacement {displacement}, drop-off {drop_off}.",
    },
    "inputs.expost_quantity": {"nl": "Gemeten aantal per jaar", "en": "Measured quantity per year"},
    "inputs.expost_deadweight": {"nl": "Toch al gebeurd (deadweight), %",
                                 "en": "Deadweight, %"},
    "inputs.expost_attribution": {"nl": "Aandeel van anderen (attributie), %",
                                  "en": "Attribution to others, %"},
    "inputs.expost_displacement": {"nl": "Verplaatsing (displacement), %", "en": "Displacement, %"},
    "inputs.expost_drop_off": {"nl": "Afname per jaar (drop-off), %", "en": "Drop-off per year, %"},
    "inputs.expost_share_placeholder": {"nl": "zoals ex ante: {value}", "en": "as ex ante: {value}"},
    "inputs.expost_share_help": {
        "nl": "Leeg: het aandeel is niet opnieuw geschat en houdt ex post zijn ex-ante-waarde.",
        "en": "Empty: the share was not re-estimated and keeps its ex ante value ex post.",
    },
    "inputs.expost_costs_heading": {"nl": "Gerealiseerde kosten", "en": "Realised costs"},
    "inputs.expost_costs_intro": {
        "nl": "Het werkelijk uitgegeven bedrag per kostenregel. Leeg: ex post telt het budget.",
        "en": "The amount actually spent per cost line. Empty: the budget counts ex post.",
    },
    "inputs.expost_cost_label": {"nl": "Jaar {year}, {financier}: gerealiseerd (€)",
                                 "en": "Year {year}, {financier}: realised (€)"},
    "inputs.expost_budget_placeholder": {"nl": "budget: {amount}", "en": "budget: {amount}"},
    "inputs.expost_fix_first": {
        "nl": "Eén of meer velden zijn nog niet goed gelezen (zie de melding bij het veld); "
              "opslaan kan zodra dat is opgelost.",
        "en": "One or more fields could not be read yet (see the message at the field); saving "
              "is possible once that is solved.",
    },
    "inputs.expost_costs_expected": {"nl": "Kosten verwacht (contante waarde)",
                                     "en": "Costs expected (present value)"},
    "inputs.expost_costs_measured": {"nl": "Kosten gerealiseerd (contante waarde)",
                                     "en": "Costs realised (present value)"},
    "inputs.expost_costs_from_budget": {
        "nl": "{count} van {total} kostenregels zonder gerealiseerd bedrag: daar telt ex post het "
              "budget.",
        "en": "{count} of {total} cost lines without a realised amount: there the budget counts "
              "ex post.",
    },
    "inputs.expost_all_costs_realised": {
        "nl": "Alle kostenregels hebben een gerealiseerd bedrag.",
        "en": "Every cost line has a realised amount.",
    },
    "inputs.expost_in_kind": {
        "nl": "Inclusief inzet in natura (vrijwilligersuren, goederen): {amount} aan beide kanten.",
        "en": "Including in-kind inputs (volunteer hours, goods): {amount} on both sides.",
    },
    "inputs.expost_export": {"nl": "Ex ante en ex post als Excel", "en": "Ex ante and ex post as Excel"},
    # --- the basis of each assumption (impactkaart/text/basis.py) ---
    "inputs.basis_deadweight": {"nl": "Toch al gebeurd (deadweight)", "en": "Deadweight"},
    "inputs.basis_attribution": {"nl": "Aandeel van anderen (attributie)", "en": "Attribution"},
    "inputs.basis_displacement": {"nl": "Verplaatsing (displacement)", "en": "Displacement"},
    "inputs.basis_drop_off": {"nl": "Afname per jaar (drop-off)", "en": "Drop-off"},
    "inputs.basis_duration": {"nl": "Duur", "en": "Duration"},
    "inputs.basis_years": {"nl": "{years} jaar", "en": "{years} years"},
    "inputs.basis_none": {"nl": "geen onderbouwing opgegeven", "en": "no basis given"},
    "inputs.basis_heading": {"nl": "Waar deze aannames op rusten", "en": "What these assumptions rest on"},
    "inputs.basis_column": {"nl": "Onderbouwing (bron of redenering)", "en": "Basis (source or reasoning)"},
    "inputs.basis_assumption": {"nl": "Aanname", "en": "Assumption"},
    "inputs.basis_value": {"nl": "Waarde", "en": "Value"},
    # --- inputs in kind (views/components/in_kind.py) ---
    "inputs.in_kind_heading": {"nl": "Inzet in natura (vrijwilligers, goederen)",
                               "en": "In-kind inputs (volunteers, goods)"},
    "inputs.in_kind_intro": {
        "nl": "Tijd van vrijwilligers en bijdragen in natura (ruimte, materiaal) zijn ook inzet: "
              "zonder hen draait het project niet. Ze tellen mee in de kosten voor de samenleving, "
              "apart van het eurobudget. Een uur zonder eigen waarde telt tegen {value} per uur "
              "(vervangingskosten onbetaald werk, Kostenhandleiding, prijspeil 2022).",
        "en": "Volunteers' time and contributions in kind (space, materials) are inputs too: "
              "without them the project does not run. They count in the costs to society, apart "
              "from the euro budget. An hour without a value of its own counts at {value} per hour "
              "(replacement cost of unpaid work, Dutch Costing Manual, price year 2022).",
    },
    "inputs.in_kind_count": {"nl": "Inzet in natura meetellen in de kosten",
                             "en": "Count in-kind inputs in the costs"},
    "inputs.in_kind_count_help": {
        "nl": "Standaard aan: MKBA en SROI tellen inzet tegen haar alternatieve waarde. Uit: de "
              "inzet wordt getoond maar niet meegeteld.",
        "en": "On by default: SCBA and SROI count inputs at their opportunity cost. Off: the "
              "inputs are shown but not counted.",
    },
    "inputs.in_kind_label": {"nl": "Wat (omschrijving)", "en": "What (description)"},
    "inputs.in_kind_provider": {"nl": "Wie levert het", "en": "Who provides it"},
    "inputs.in_kind_hours": {"nl": "Uren per jaar", "en": "Hours per year"},
    "inputs.in_kind_value": {"nl": "Waarde per uur (€)", "en": "Value per hour (€)"},
    "inputs.in_kind_amount": {"nl": "Of: bedrag per jaar (€, goederen)",
                              "en": "Or: amount per year (€, goods)"},
    "inputs.in_kind_years": {"nl": "Projectjaren", "en": "Project years"},
    "inputs.in_kind_source": {"nl": "Bron of redenering", "en": "Source or reasoning"},
    "inputs.in_kind_line": {"nl": "Regel {number}", "en": "Line {number}"},
    "inputs.in_kind_add": {"nl": "Regel toevoegen", "en": "Add a line"},
    "inputs.in_kind_remove": {"nl": "Laatste regel verwijderen", "en": "Remove the last line"},
    "inputs.in_kind_save": {"nl": "Inzet in natura opslaan", "en": "Save in-kind inputs"},
    "inputs.in_kind_saved": {"nl": "Inzet in natura opgeslagen.", "en": "In-kind inputs saved."},
    "inputs.in_kind_result": {
        "nl": "Waarvan inzet in natura (vrijwilligersuren, goederen): {in_kind}; het eurobudget is "
              "{budget} (contante waarden).",
        "en": "Of which in-kind inputs (volunteer hours, goods): {in_kind}; the euro budget is "
              "{budget} (present values).",
    },
    "inputs.in_kind_not_counted": {
        "nl": "Inzet in natura ter waarde van {in_kind} (contante waarde) telt in dit project niet "
              "mee in de kosten (zo ingesteld).",
        "en": "In-kind inputs worth {in_kind} (present value) are not counted in this project's "
              "costs (as set).",
    },
    "inputs.xl_in_kind_heading": {"nl": "Inzet in natura", "en": "In-kind inputs"},
    "inputs.xl_in_kind_counted": {"nl": "Meegeteld in de kosten", "en": "Counted in the costs"},
    "inputs.xl_yes": {"nl": "ja", "en": "yes"},
    "inputs.xl_no": {"nl": "nee", "en": "no"},
    "inputs.xl_in_kind_per_year": {"nl": "Waarde per jaar (€)", "en": "Value per year (€)"},
    "inputs.basis_constructed_reference": {
        "nl": "geconstrueerd: waarde van het referentieproject (reference_effects.csv), een "
              "aanname voor een voorbeeld, geen meting of bron; vervang haar door uw eigen "
              "onderbouwing",
        "en": "constructed: value of the reference project (reference_effects.csv), an "
              "assumption for an example, not a measurement or a source; replace it with your own "
              "basis",
    },
}
