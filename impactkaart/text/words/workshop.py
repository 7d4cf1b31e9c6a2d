"""Words of the workshop: its three pages, the attendee's editor and map, the facilitator's
overview, the room's charts and export, and the messages of impactkaart/workshop/."""

WORDS: dict[str, dict[str, str]] = {
    # --- errors a facilitator or attendee can fix (impactkaart/workshop/rooms.py) ---------
    "workshop.error.join_code.empty": {"nl": "Vul de deelnamecode in.",
                                       "en": "Enter the join code."},
    "workshop.error.facilitator_code.empty": {"nl": "Vul de begeleiderscode in.",
                                              "en": "Enter the facilitator code."},
    "workshop.error.join_code.form": {
        "nl": "Een deelnamecode bestaat uit {length} tekens: hoofdletters en cijfers 2–9.",
        "en": "A join code has {length} characters: capital letters and digits 2–9."},
    "workshop.error.join_code.form_misread": {
        "nl": "Een deelnamecode bestaat uit {length} tekens: hoofdletters en cijfers 2–9. De "
              "codes gebruiken geen 0, O, 1 of I: lees ze nog eens goed.",
        "en": "A join code has {length} characters: capital letters and digits 2–9. The codes "
              "use no 0, O, 1 or I: read it again carefully."},
    "workshop.error.facilitator_code.form": {
        "nl": "Een begeleiderscode bestaat uit {length} tekens: hoofdletters en cijfers 2–9.",
        "en": "A facilitator code has {length} characters: capital letters and digits 2–9."},
    "workshop.error.facilitator_code.form_misread": {
        "nl": "Een begeleiderscode bestaat uit {length} tekens: hoofdletters en cijfers 2–9. De "
              "codes gebruiken geen 0, O, 1 of I: lees ze nog eens goed.",
        "en": "A facilitator code has {length} characters: capital letters and digits 2–9. The "
              "codes use no 0, O, 1 or I: read it again carefully."},
    "workshop.error.no_workshop": {
        "nl": "Er is geen workshop met de code {code}. Controleer de code bij de begeleider.",
        "en": "There is no workshop with the code {code}. Check the code with the facilitator."},
    "workshop.error.code_expired": {
        "nl": "De workshop met de code {code} is verlopen (bewaard tot en met {day:%d-%m-%Y}): "
              "meedoen of verder werken kan niet meer. Vraag de begeleider om een export van je "
              "werk.",
        "en": "The workshop with the code {code} has expired (kept until {day:%d/%m/%Y}): "
              "joining or working on is no longer possible. Ask the facilitator for an export of "
              "your work."},
    "workshop.error.bad_link": {
        "nl": "Deze werkplek-link klopt niet: hij is onvolledig gekopieerd. Gebruik de hele link, "
              "of doe opnieuw mee met de deelnamecode.",
        "en": "This workspace link is not right: it was copied incompletely. Use the whole link, "
              "or join again with the join code."},
    "workshop.error.no_workspace": {
        "nl": "Deze werkplek bestaat niet (meer): de link is niet compleet, of de begeleider heeft "
              "de workshop verwijderd. Doe opnieuw mee met de deelnamecode.",
        "en": "This workspace does not exist (any more): the link is incomplete, or the "
              "facilitator has deleted the workshop. Join again with the join code."},
    "workshop.error.workspace_expired": {
        "nl": "De workshop '{name}' is verlopen (bewaard tot en met {day:%d-%m-%Y}): je werkplek "
              "is niet meer te openen. Vraag de begeleider om een export van je werk.",
        "en": "The workshop '{name}' has expired (kept until {day:%d/%m/%Y}): your workspace can "
              "no longer be opened. Ask the facilitator for an export of your work."},
    "workshop.error.no_name": {"nl": "Geef de workshop een naam.",
                               "en": "Give the workshop a name."},
    "workshop.error.name_too_long": {
        "nl": "De naam van de workshop is te lang (meer dan {limit} tekens).",
        "en": "The workshop's name is too long (more than {limit} characters)."},
    "workshop.error.no_date": {"nl": "Kies de datum van de workshop.",
                               "en": "Choose the date of the workshop."},
    "workshop.error.keep_before": {"nl": "'Bewaren tot' ligt vóór de workshopdatum.",
                                   "en": "'Keep the data until' is before the workshop's date."},
    "workshop.error.keep_too_long": {
        "nl": "Bewaar workshopgegevens niet langer dan {days} dagen na de workshop (privacy).",
        "en": "Keep workshop data no longer than {days} days after the workshop (privacy)."},
    "workshop.error.no_free_code": {"nl": "Geen vrije deelnamecode gevonden; probeer het opnieuw.",
                                    "en": "No free join code found; try again."},
    "workshop.error.wrong_facilitator_code": {
        "nl": "Deze begeleiderscode hoort niet bij deze workshop. Controleer hem; hij is alleen "
              "getoond bij het aanmaken van de workshop.",
        "en": "This facilitator code does not belong to this workshop. Check it; it was shown "
              "only when the workshop was created."},
    "workshop.error.no_attendee": {"nl": "Vul je naam of de naam van je project in.",
                                   "en": "Enter your name or the name of your project."},
    "workshop.error.attendee_too_long": {"nl": "Die naam is te lang (meer dan {limit} tekens).",
                                         "en": "That name is too long (more than {limit} characters)."},
    "workshop.error.not_saved": {"nl": "Niet opgeslagen: {reason}", "en": "Not saved: {reason}"},
    "workshop.error.unknown_kind": {"nl": "Onbekend soort onderdeel '{kind}'.",
                                    "en": "Unknown kind of part '{kind}'."},
    "workshop.error.project_stays": {
        "nl": "Het project zelf kan niet weg; verwijder de workshop-werkplek via de begeleider.",
        "en": "The project itself cannot be removed; ask the facilitator to delete the "
              "workspace."},
    # --- a value that does not fit its field (impactkaart/workshop/design.py) -------------
    "workshop.design.unknown_field": {"nl": "onbekend veld '{field}'", "en": "unknown field '{field}'"},
    "workshop.design.not_text": {"nl": "{field}: moet tekst zijn", "en": "{field}: must be text"},
    "workshop.design.too_long": {"nl": "{field}: is te lang (meer dan {limit} tekens)",
                                 "en": "{field}: is too long (more than {limit} characters)"},
    "workshop.design.value_kind": {"nl": "{field}: moet '{library}' of '{own}' zijn",
                                   "en": "{field}: must be '{library}' or '{own}'"},
    "workshop.design.unknown_proxy": {"nl": "{field}: onbekende proxy '{value}'",
                                      "en": "{field}: unknown proxy '{value}'"},
    "workshop.design.unknown_sector": {"nl": "{field}: onbekende sector '{value}'",
                                       "en": "{field}: unknown sector '{value}'"},
    "workshop.design.not_number": {"nl": "{field}: moet een getal zijn",
                                   "en": "{field}: must be a number"},
    "workshop.design.not_years": {
        "nl": "{field}: moet een geheel aantal jaren van 1 tot en met {most} zijn",
        "en": "{field}: must be a whole number of years from 1 to {most}"},
    "workshop.design.not_share": {"nl": "{field}: moet tussen 0 en 1 liggen (0% tot 100%)",
                                  "en": "{field}: must lie between 0 and 1 (0% to 100%)"},
    "workshop.design.negative": {"nl": "{field}: mag niet negatief zijn",
                                 "en": "{field}: may not be negative"},
    "workshop.design.too_large": {"nl": "{field}: is onwaarschijnlijk groot",
                                  "en": "{field}: is implausibly large"},
    # --- what an outcome still needs before it counts (design.py, missing) ----------------
    "workshop.needs.stakeholder": {"nl": "wie het merkt", "en": "who notices it"},
    "workshop.needs.outcome": {"nl": "wat er verandert", "en": "what changes"},
    "workshop.needs.quantity": {"nl": "hoeveel mensen of gevallen per jaar",
                                "en": "how many people or cases per year"},
    "workshop.needs.proxy_key": {"nl": "een waarde uit de bibliotheek",
                                 "en": "a value from the library"},
    "workshop.needs.own_value": {"nl": "een eigen waarde in euro", "en": "an own value in euros"},
    "workshop.needs.own_source": {"nl": "de bron van de eigen waarde",
                                  "en": "the source of the own value"},
    "workshop.needs.deadweight": {"nl": "hoeveel er zonder het project ook was gebeurd",
                                  "en": "how much would have happened without the project"},
    "workshop.needs.attribution": {"nl": "hoeveel door anderen komt",
                                   "en": "how much is due to others"},
    # --- the impact chain (impactkaart/workshop/charts.py) ---------------------------------
    "workshop.who_blank": {"nl": "(wie?)", "en": "(who?)"},
    "workshop.what_blank": {"nl": "(wat verandert er?)", "en": "(what changes?)"},
    "workshop.chain.who": {"nl": "Wie merkt het?", "en": "Who notices it?"},
    "workshop.chain.what": {"nl": "Wat verandert er?", "en": "What changes?"},
    "workshop.chain.worth": {"nl": "Waarde", "en": "Value"},
    "workshop.chain.still_needed": {"nl": "nog nodig: {needs}", "en": "still needed: {needs}"},
    "workshop.chain.not_counted": {"nl": "nog niet meegeteld", "en": "not counted yet"},
    "workshop.chain.tip_who": {"nl": "Wie", "en": "Who"},
    "workshop.chain.tip_what": {"nl": "Wat verandert er", "en": "What changes"},
    "workshop.chain.tip_indicator": {"nl": "Zo zie je het", "en": "How you see it"},
    "workshop.chain.tip_worth": {"nl": "Waarde (contant)", "en": "Value (present)"},
    "workshop.chain.tip_status": {"nl": "Status", "en": "Status"},
    "workshop.chain.title": {"nl": "Impactketen", "en": "Impact chain"},
    "workshop.chain.subtitle_1": {"nl": "Waarde: contante waarde over de looptijd,",
                                  "en": "Value: present value over the term,"},
    "workshop.chain.subtitle_2": {"nl": "na deadweight en toerekening",
                                  "en": "after deadweight and attribution"},
    # --- what the room names (charts.py, the overview) -------------------------------------
    "workshop.named.attendee": {"nl": "{n} deelnemer", "en": "{n} attendee"},
    "workshop.named.attendees": {"nl": "{n} deelnemers", "en": "{n} attendees"},
    "workshop.named.outcome": {"nl": "{n} effect", "en": "{n} effect"},
    "workshop.named.outcomes": {"nl": "{n} effecten", "en": "{n} effects"},
    "workshop.named.axis": {"nl": "aantal deelnemers", "en": "number of attendees"},
    "workshop.named.by": {"nl": "Genoemd door", "en": "Named by"},
    "workshop.named.stakeholders": {"nl": "Belanghebbenden die de zaal noemt",
                                    "en": "Stakeholders the room names"},
    "workshop.named.sectors": {"nl": "Sectoren waar werk bespaard wordt",
                               "en": "Sectors where work is saved"},
    "workshop.named.subtitle": {"nl": "Hoeveel deelnemers ze noemen",
                                "en": "How many attendees name them"},
    # --- the attendee's map (views/components/workshop_map.py) -----------------------------
    "workshop.map.chain_empty": {
        "nl": "Je impactketen verschijnt hier zodra je bij stap 2 en 3 belanghebbenden en "
              "effecten invult.",
        "en": "Your impact chain appears here once you fill in stakeholders and effects in "
              "steps 2 and 3."},
    "workshop.map.no_costs": {
        "nl": "Vul bij stap 1 in wat het project per jaar kost: dan verschijnt de "
              "rendementsfactor.",
        "en": "Fill in at step 1 what the project costs per year: then the return factor "
              "appears."},
    "workshop.map.no_factor": {
        "nl": "Geen kosten ingevoerd: de rendementsfactor (baten ÷ kosten) is niet te berekenen.",
        "en": "No costs entered: the return factor (benefits ÷ costs) cannot be computed."},
    "workshop.map.every_euro": {"nl": "Elke euro levert {amount} op",
                                "en": "Every euro returns {amount}"},
    "workshop.map.factor_help": {
        "nl": "Baten ÷ kosten, beide contant gemaakt. Ter vergelijking, geen norm: gemiddelde "
              "van {n} MKBA's van sociaal werk (SEOR) {value}.",
        "en": "Benefits ÷ costs, both discounted. For comparison, not a norm: average of {n} "
              "SCBAs of social work (SEOR) {value}."},
    "workshop.map.totals": {
        "nl": "Baten {benefits} · kosten {costs} (contante waarde over de looptijd).",
        "en": "Benefits {benefits} · costs {costs} (present value over the term)."},
    "workshop.map.counted_all": {"nl": "{n} van {total} effecten tellen mee.",
                                 "en": "{n} of {total} effects count."},
    "workshop.map.counted_some": {
        "nl": "{n} van {total} effecten tellen mee; de andere zijn nog niet compleet "
              "(stippellijn in de keten).",
        "en": "{n} of {total} effects count; the others are not complete yet (dashed line in "
              "the chain)."},
    "workshop.map.illustrative": {"nl": "illustratief", "en": "illustrative"},
    "workshop.map.careful": {"nl": "Lees met zorg: {reasons}.", "en": "Read with care: {reasons}."},
    # --- the attendee's editor (views/components/workshop_editor.py) -----------------------
    "workshop.step.1": {"nl": "1 Project", "en": "1 Project"},
    "workshop.step.2": {"nl": "2 Wie merkt het?", "en": "2 Who notices it?"},
    "workshop.step.3": {"nl": "3 Wat verandert er?", "en": "3 What changes?"},
    "workshop.step.4": {"nl": "4 Hoe zie je het?", "en": "4 How do you see it?"},
    "workshop.step.5": {"nl": "5 Wat is het waard?", "en": "5 What is it worth?"},
    "workshop.step.6": {"nl": "6 Wat is van ons?", "en": "6 What is ours?"},
    "workshop.editor.gone": {
        "nl": "Dit onderdeel is intussen verwijderd (door iemand anders in deze werkplek).",
        "en": "This part has been removed in the meantime (by someone else in this workspace)."},
    "workshop.editor.parent_gone": {
        "nl": "Dit kon niet meer: het onderdeel erboven is intussen verwijderd.",
        "en": "This was no longer possible: the part above it has been removed in the meantime."},
    "workshop.editor.remove_help": {"nl": "{what} verwijderen", "en": "Remove {what}"},
    "workshop.editor.remove_ask": {"nl": "{what} verwijderen?", "en": "Remove {what}?"},
    "workshop.editor.remove_yes": {"nl": "Ja, verwijderen", "en": "Yes, remove"},
    "workshop.step1.intro": {
        "nl": "Waar gaat je project over, hoe lang loopt het en wat kost het? De kosten gelden "
              "voor elk jaar van de looptijd.",
        "en": "What is your project about, how long does it run and what does it cost? The costs "
              "apply to every year of the term."},
    "workshop.step1.name": {"nl": "Naam van je project", "en": "Name of your project"},
    "workshop.step1.years": {"nl": "Looptijd (jaren)", "en": "Term (years)"},
    "workshop.step1.payer": {"nl": "Wie betaalt? ({n})", "en": "Who pays? ({n})"},
    "workshop.step1.payer_hint": {"nl": "gemeente, fonds, zorgverzekeraar, …",
                                  "en": "municipality, foundation, health insurer, …"},
    "workshop.step1.amount": {"nl": "Kosten per jaar in euro ({n})",
                              "en": "Costs per year in euros ({n})"},
    "workshop.step1.amount_hint": {"nl": "bijvoorbeeld 50000", "en": "for example 50000"},
    "workshop.step1.financier": {"nl": "Financier {n}", "en": "Funder {n}"},
    "workshop.step1.more": {"nl": "Nog een financier", "en": "Another funder"},
    "workshop.step2.intro": {
        "nl": "Wie merkt er iets van je project? Denk aan de deelnemers zelf, hun omgeving, en "
              "organisaties die minder werk of kosten hebben.",
        "en": "Who notices something of your project? Think of the participants themselves, the "
              "people around them, and organisations that have less work or costs."},
    "workshop.step2.stakeholder": {"nl": "Belanghebbende {n}", "en": "Stakeholder {n}"},
    "workshop.step2.with_effects": {"nl": "{what} en {n} effect(en)",
                                    "en": "{what} and {n} effect(s)"},
    "workshop.step2.suggested": {"nl": "Veel genoemd (klik om toe te voegen)",
                                 "en": "Often named (click to add)"},
    "workshop.step2.other": {"nl": "Of typ een andere belanghebbende en druk op Enter",
                             "en": "Or type another stakeholder and press Enter"},
    "workshop.step2.other_hint": {"nl": "bijvoorbeeld buurtbewoners", "en": "for example neighbours"},
    "workshop.step3.first": {"nl": "Noem eerst bij stap 2 wie er iets van je project merkt.",
                             "en": "First name at step 2 who notices something of your project."},
    "workshop.step3.intro": {
        "nl": "Wat verandert er voor elk van hen? Eén verandering per regel, in gewone woorden "
              "(\"minder vaak naar de huisarts\").",
        "en": "What changes for each of them? One change per line, in plain words "
              "(\"fewer visits to the GP\")."},
    "workshop.step3.for": {"nl": "**Voor {who}**", "en": "**For {who}**"},
    "workshop.step3.this_effect": {"nl": "Dit effect", "en": "This effect"},
    "workshop.step3.new": {"nl": "Nieuw effect voor {who} (Enter om toe te voegen)",
                           "en": "New effect for {who} (Enter to add)"},
    "workshop.step3.new_hint": {"nl": "wat verandert er?", "en": "what changes?"},
    "workshop.step4.first": {"nl": "Vul eerst bij stap 3 in wat er verandert.",
                             "en": "First fill in at step 3 what changes."},
    "workshop.step4.intro": {
        "nl": "Hoe zou je de verandering zien of meten, bij hoeveel mensen of gevallen per jaar, "
              "en hoe lang houdt hij aan?",
        "en": "How would you see or measure the change, for how many people or cases per year, "
              "and how long does it last?"},
    "workshop.step4.indicator": {"nl": "Hoe zie je het? (indicator)",
                                 "en": "How do you see it? (indicator)"},
    "workshop.step4.indicator_hint": {"nl": "bijvoorbeeld: aantal huisartsbezoeken per jaar",
                                      "en": "for example: number of GP visits per year"},
    "workshop.step4.quantity": {"nl": "Hoeveel mensen of gevallen per jaar?",
                                "en": "How many people or cases per year?"},
    "workshop.step4.quantity_hint": {"nl": "bijvoorbeeld 40", "en": "for example 40"},
    "workshop.step4.duration": {"nl": "Hoeveel jaar houdt het aan?",
                                "en": "How many years does it last?"},
    "workshop.value.trust.hoog": {"nl": "betrouwbaarheid hoog", "en": "reliability high"},
    "workshop.value.trust.middel": {"nl": "betrouwbaarheid middel", "en": "reliability medium"},
    "workshop.value.trust.laag": {"nl": "betrouwbaarheid laag", "en": "reliability low"},
    "workshop.value.trust.onbekend": {"nl": "betrouwbaarheid onbekend", "en": "reliability unknown"},
    "workshop.value.price_level": {"nl": ", prijspeil {year}", "en": ", price level {year}"},
    "workshop.value.choice": {
        "nl": "{label} — {value} {unit} · prijspeil {year} · {publisher} · {trust}",
        "en": "{label} — {value} {unit} · price level {year} · {publisher} · {trust}"},
    "workshop.value.no_year": {"nl": "n.b.", "en": "n/a"},
    "workshop.value.no_source": {"nl": "geen bron", "en": "no source"},
    "workshop.value.made_up": {"nl": "illustratief: geen echte bron",
                               "en": "illustrative: no real source"},
    "workshop.value.caption": {"nl": "Bron: {source} · {trust}", "en": "Source: {source} · {trust}"},
    "workshop.step5.intro": {
        "nl": "Wat is de verandering waard, per persoon of geval per jaar? Kies een waarde uit de "
              "bibliotheek (met bron), of vul een eigen waarde in en zeg waar die vandaan komt.",
        "en": "What is the change worth, per person or case per year? Pick a value from the "
              "library (with its source), or enter an own value and say where it comes from."},
    "workshop.step5.library": {"nl": "Uit de bibliotheek", "en": "From the library"},
    "workshop.step5.own": {"nl": "Eigen waarde", "en": "Own value"},
    "workshop.step5.own_value": {"nl": "Euro per persoon of geval per jaar",
                                 "en": "Euros per person or case per year"},
    "workshop.step5.own_source": {"nl": "Bron (rapport en jaar, of 'eigen schatting')",
                                  "en": "Source (report and year, or 'own estimate')"},
    "workshop.step5.pick": {"nl": "Waarde uit de bibliotheek (typ om te zoeken)",
                            "en": "Value from the library (type to search)"},
    "workshop.step5.pick_hint": {"nl": "bijvoorbeeld 'huisarts' of 'delict'",
                                 "en": "for example 'GP' or 'offence'"},
    "workshop.step5.sector": {"nl": "Waar bespaart het werk? (optioneel, voor de bespaarde fte)",
                              "en": "Where does it save work? (optional, for the FTE saved)"},
    "workshop.step6.intro": {
        "nl": "Niet alles wat verandert komt door jouw project. Deadweight: wat er zonder het "
              "project ook was gebeurd. Toerekening: wat door anderen komt (andere hulp, familie, "
              "beleid). 0% mag, als je dat kunt uitleggen.",
        "en": "Not everything that changes is due to your project. Deadweight: what would have "
              "happened without the project too. Attribution: what is due to others (other help, "
              "family, policy). 0% is allowed, if you can explain it."},
    "workshop.step6.deadweight": {"nl": "Was ook zonder project gebeurd (%)",
                                  "en": "Would have happened without the project (%)"},
    "workshop.step6.deadweight_hint": {"nl": "bijvoorbeeld 20", "en": "for example 20"},
    "workshop.step6.attribution": {"nl": "Komt door anderen (%)", "en": "Due to others (%)"},
    "workshop.step6.attribution_hint": {"nl": "bijvoorbeeld 30", "en": "for example 30"},
    "workshop.step6.counts": {"nl": "Telt mee: {value} contante waarde over de looptijd.",
                              "en": "Counts: {value} present value over the term."},
    "workshop.step6.waiting": {"nl": "Telt nog niet mee. Nog nodig: {needs}.",
                               "en": "Does not count yet. Still needed: {needs}."},
    # --- Workshop aanmaken (views/workshop/aanmaken.py) ------------------------------------
    "workshop.create.title": {"nl": "Workshop aanmaken", "en": "Create a workshop"},
    "workshop.create.made": {"nl": "Workshop *{name}* is aangemaakt.",
                             "en": "Workshop *{name}* has been created."},
    "workshop.create.join_code": {"nl": "**Deelnamecode** voor de zaal (zet hem op de beamer):",
                                  "en": "**Join code** for the room (put it on the projector):"},
    "workshop.create.facilitator_code": {"nl": "**Begeleiderscode**: alleen voor jou.",
                                         "en": "**Facilitator code**: for you only."},
    "workshop.create.keep_code": {
        "nl": "Bewaar deze begeleiderscode nu (schrijf hem op of kopieer hem). Hij wordt maar "
              "één keer getoond en is nodig voor het overzicht, de export en het verwijderen "
              "van de workshop.",
        "en": "Keep this facilitator code now (write it down or copy it). It is shown only once "
              "and is needed for the overview, the export and deleting the workshop."},
    "workshop.create.saved": {"nl": "Ik heb de code bewaard: naar het overzicht",
                              "en": "I have kept the code: to the overview"},
    "workshop.create.intro": {
        "nl": "Maak een workshop aan voor *Ontwerp je eigen Impactkaart*. Deelnemers doen mee "
              "met de deelnamecode; ieder krijgt een eigen werkplek. Na 'bewaren tot' kan niemand "
              "meer meedoen of verder werken; jij kunt dan nog exporteren en alles verwijderen.",
        "en": "Create a workshop for *Design your own Impactkaart*. Attendees join with the join "
              "code; each gets a workspace of their own. After 'keep the data until' nobody can "
              "join or work on any more; you can then still export and delete everything."},
    "workshop.create.name": {"nl": "Naam van de workshop", "en": "Name of the workshop"},
    "workshop.create.name_hint": {"nl": "bijvoorbeeld Impactkaart-workshop Enschede",
                                  "en": "for example Impactkaart workshop Enschede"},
    "workshop.create.date": {"nl": "Datum", "en": "Date"},
    "workshop.create.keep": {"nl": "Gegevens bewaren tot en met", "en": "Keep the data until"},
    "workshop.create.keep_help": {"nl": "Daarna kan niemand meer meedoen of verder werken.",
                                  "en": "After that, nobody can join or work on any more."},
    "workshop.create.button": {"nl": "Workshop aanmaken", "en": "Create the workshop"},
    # --- Meedoen aan een workshop (views/workshop/deelnemen.py) ----------------------------
    "workshop.join.title": {"nl": "Ontwerp je eigen Impactkaart", "en": "Design your own Impactkaart"},
    "workshop.join.intro": {
        "nl": "Vul de **deelnamecode** in die de begeleider laat zien, en je naam of de naam "
              "van je project. Je krijgt een eigen werkplek; alles wat je invult wordt meteen "
              "bewaard.",
        "en": "Enter the **join code** the facilitator shows, and your name or the name of your "
              "project. You get a workspace of your own; everything you fill in is saved at "
              "once."},
    "workshop.join_code": {"nl": "Deelnamecode", "en": "Join code"},
    "workshop.join.code_hint": {"nl": "bijvoorbeeld K7M2QX", "en": "for example K7M2QX"},
    "workshop.join.name": {"nl": "Je naam of de naam van je project",
                           "en": "Your name or the name of your project"},
    "workshop.join.button": {"nl": "Doe mee", "en": "Join"},
    "workshop.join.whose": {
        "nl": "Workshop *{name}* van {day:%d-%m-%Y} · werkplek van **{attendee}**",
        "en": "Workshop *{name}* of {day:%d/%m/%Y} · workspace of **{attendee}**"},
    "workshop.join.link": {"nl": "Je persoonlijke link", "en": "Your personal link"},
    "workshop.join.link_help": {
        "nl": "Deze pagina onthoudt je werk: zet hem in je favorieten of bewaar de link uit de "
              "adresbalk. Met die link kom je later terug, ook na het sluiten van je laptop. Wie de "
              "link heeft, kan je werkplek openen en wijzigen: deel hem alleen met je "
              "projectgenoten.",
        "en": "This page remembers your work: bookmark it or keep the link from the address bar. "
              "With that link you come back later, also after closing your laptop. Whoever has "
              "the link can open and change your workspace: share it only with your project "
              "team."},
    "workshop.join.leave": {"nl": "Andere werkplek openen", "en": "Open another workspace"},
    "workshop.join.nothing_yet": {"nl": "nog niets ingevuld", "en": "nothing filled in yet"},
    "workshop.join.save": {"nl": "{n} wijziging bewaard", "en": "{n} change saved"},
    "workshop.join.saves": {"nl": "{n} wijzigingen bewaard", "en": "{n} changes saved"},
    "workshop.join.saving": {"nl": "Alles wordt bewaard terwijl je typt: {saved}.",
                             "en": "Everything is saved as you type: {saved}."},
    "workshop.join.your_map": {"nl": "Jouw Impactkaart", "en": "Your Impactkaart"},
    # --- the facilitator's login (views/components/workshop_access.py) ---------------------
    "workshop.login.intro": {
        "nl": "Alleen de begeleider ziet het overzicht van alle deelnemers. Vul de deelnamecode "
              "en de **begeleiderscode** in die je kreeg bij het aanmaken.",
        "en": "Only the facilitator sees the overview of all attendees. Enter the join code and "
              "the **facilitator code** you got when you created the workshop."},
    "workshop.facilitator_code": {"nl": "Begeleiderscode", "en": "Facilitator code"},
    "workshop.login.button": {"nl": "Open het overzicht", "en": "Open the overview"},
    # --- Workshop-overzicht (views/workshop/overzicht.py) ----------------------------------
    "workshop.overview.title": {"nl": "Workshop-overzicht", "en": "Workshop overview"},
    "workshop.overview.col_attendee": {"nl": "Deelnemer", "en": "Attendee"},
    "workshop.overview.col_seor": {"nl": "SEOR {value}", "en": "SEOR {value}"},
    "workshop.overview.above": {"nl": "boven", "en": "above"},
    "workshop.overview.below": {"nl": "onder", "en": "below"},
    "workshop.overview.col_benefits": {"nl": "Baten (CW)", "en": "Benefits (PV)"},
    "workshop.overview.col_costs": {"nl": "Kosten (CW)", "en": "Costs (PV)"},
    "workshop.overview.col_fte": {"nl": "Bespaarde fte", "en": "FTE saved"},
    "workshop.overview.col_effects": {"nl": "Effecten", "en": "Effects"},
    "workshop.overview.complete": {"nl": "{n} van {total} compleet", "en": "{n} of {total} complete"},
    "workshop.overview.col_saved": {"nl": "Laatst bewaard", "en": "Last saved"},
    "workshop.overview.nobody": {
        "nl": "Nog niemand doet mee. Deelnemers openen deze app, kiezen *{page}* en vullen de "
              "code **{code}** in.",
        "en": "Nobody has joined yet. Attendees open this app, choose *{page}* and enter the "
              "code **{code}**."},
    "workshop.overview.attendees": {"nl": "Deelnemers", "en": "Attendees"},
    "workshop.overview.above_seor": {"nl": "Boven het SEOR-gemiddelde",
                                     "en": "Above the SEOR average"},
    "workshop.overview.of": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    "workshop.overview.seor_help": {
        "nl": "SEOR-benchmark {value}: gemiddeld rendement van sociaal werk ({n} businesscases).",
        "en": "SEOR benchmark {value}: average return of social work ({n} business cases)."},
    "workshop.overview.fte_room": {"nl": "Bespaarde fte in de zaal", "en": "FTE saved in the room"},
    "workshop.overview.complete_effects": {"nl": "Effecten compleet", "en": "Effects complete"},
    "workshop.overview.projector": {"nl": "Op de beamer (klik een deelnemer)",
                                    "en": "On the projector (click an attendee)"},
    "workshop.overview.no_factors": {
        "nl": "Nog geen rendementsfactoren: niemand heeft kosten ingevuld.",
        "en": "No return factors yet: nobody has entered costs."},
    "workshop.overview.no_fte": {"nl": "Nog geen bespaarde fte: geen compleet effect met een sector.",
                                 "en": "No FTE saved yet: no complete effect with a sector."},
    "workshop.overview.updated": {
        "nl": "Bijgewerkt om {time:%H:%M:%S}; ververst elke {seconds} seconden vanzelf. Alle "
              "cijfers komen uit één berekening van alle opgeslagen projecten; alleen complete "
              "effecten tellen mee.",
        "en": "Updated at {time:%H:%M:%S}; refreshes by itself every {seconds} seconds. All "
              "figures come from one computation of all saved projects; only complete effects "
              "count."},
    "workshop.overview.gone": {"nl": "Deze deelnemer is er niet meer.",
                               "en": "This attendee is no longer here."},
    "workshop.overview.expired": {"nl": "verlopen: niemand kan nog meedoen",
                                  "en": "expired: nobody can join any more"},
    "workshop.overview.kept": {"nl": "bewaard tot en met {day:%d-%m-%Y}",
                               "en": "kept until {day:%d/%m/%Y}"},
    "workshop.overview.heading": {
        "nl": "**{name}** · {day:%d-%m-%Y} · deelnamecode **{code}** · {state}",
        "en": "**{name}** · {day:%d/%m/%Y} · join code **{code}** · {state}"},
    "workshop.overview.logout": {"nl": "Afmelden", "en": "Log out"},
    "workshop.overview.back": {"nl": "Terug naar het overzicht", "en": "Back to the overview"},
    "workshop.export.title": {"nl": "Exporteren", "en": "Export"},
    "workshop.export.intro": {
        "nl": "Alles van deze workshop zoals het nu is opgeslagen: een Excel-overzicht "
              "(deelnemers, effecten met indicatoren, kosten) en de projectbestanden (JSON) die "
              "elke Impactkaart weer kan openen.",
        "en": "Everything of this workshop as it is saved now: an Excel overview (attendees, "
              "effects with indicators, costs) and the project files (JSON) that any Impactkaart "
              "can open again."},
    "workshop.export.xlsx": {"nl": "Overzicht (Excel)", "en": "Overview (Excel)"},
    "workshop.export.zip": {"nl": "Alles (zip: Excel, projectbestanden en one-pagers)",
                            "en": "Everything (zip: Excel, project files and one-pagers)"},
    "workshop.delete.title": {"nl": "Workshop verwijderen (privacy)",
                              "en": "Delete the workshop (privacy)"},
    "workshop.delete.intro": {
        "nl": "Verwijdert deze workshop met alle **{n}** werkplekken en hun projecten, "
              "definitief. Exporteer eerst wat je wilt bewaren.",
        "en": "Deletes this workshop with all **{n}** workspaces and their projects, for good. "
              "Export first what you want to keep."},
    "workshop.delete.confirm": {"nl": "Typ ter bevestiging de deelnamecode",
                                "en": "Type the join code to confirm"},
    "workshop.delete.button": {"nl": "Alles van deze workshop verwijderen",
                               "en": "Delete everything of this workshop"},
    "workshop.delete.done": {
        "nl": "Workshop '{name}' is verwijderd: {workspaces} werkplekken en {projects} projecten.",
        "en": "Workshop '{name}' has been deleted: {workspaces} workspaces and {projects} "
              "projects."},
    # --- the room's export (impactkaart/workshop/overview.py) ------------------------------
    "workshop.xlsx.sheet_about": {"nl": "Workshop", "en": "Workshop"},
    "workshop.xlsx.sheet_attendees": {"nl": "Deelnemers", "en": "Attendees"},
    "workshop.xlsx.sheet_outcomes": {"nl": "Effecten", "en": "Effects"},
    "workshop.xlsx.sheet_costs": {"nl": "Kosten", "en": "Costs"},
    "workshop.xlsx.folder": {"nl": "projecten", "en": "projects"},
    "workshop.xlsx.slug": {"nl": "deelnemer", "en": "attendee"},
    "workshop.xlsx.yes": {"nl": "ja", "en": "yes"},
    "workshop.xlsx.no": {"nl": "nee", "en": "no"},
    "workshop.xlsx.about_workshop": {"nl": "Workshop", "en": "Workshop"},
    "workshop.xlsx.about_date": {"nl": "Datum", "en": "Date"},
    "workshop.xlsx.about_code": {"nl": "Deelnamecode", "en": "Join code"},
    "workshop.xlsx.about_kept": {"nl": "Bewaard tot en met", "en": "Kept until"},
    "workshop.xlsx.about_exported": {"nl": "Geëxporteerd op", "en": "Exported on"},
    "workshop.xlsx.about_attendees": {"nl": "Deelnemers", "en": "Attendees"},
    "workshop.xlsx.about_seor": {"nl": "SEOR-benchmark", "en": "SEOR benchmark"},
    "workshop.xlsx.about_method": {"nl": "Berekening", "en": "Computation"},
    "workshop.xlsx.method": {
        "nl": "Impactkaart-engine: contante waarde aan het begin van het project (jaar 1 niet "
              "verdisconteerd); alleen complete effecten tellen mee.",
        "en": "Impactkaart engine: present value at the start of the project (year 1 not "
              "discounted); only complete effects count."},
    "workshop.xlsx.attendee": {"nl": "Deelnemer / project", "en": "Attendee / project"},
    "workshop.xlsx.factor": {"nl": "Rendementsfactor", "en": "Return factor"},
    "workshop.xlsx.pv_costs": {"nl": "Kosten (contante waarde, €)", "en": "Costs (present value, €)"},
    "workshop.xlsx.pv_benefits": {"nl": "Baten (contante waarde, €)",
                                  "en": "Benefits (present value, €)"},
    "workshop.xlsx.npv": {"nl": "Netto contante waarde (€)", "en": "Net present value (€)"},
    "workshop.xlsx.fte": {"nl": "Bespaarde fte (alle jaren)", "en": "FTE saved (all years)"},
    "workshop.xlsx.above": {"nl": "Boven SEOR-gemiddelde", "en": "Above SEOR average"},
    "workshop.xlsx.counted": {"nl": "Effecten meegeteld", "en": "Effects counted"},
    "workshop.xlsx.outcomes": {"nl": "Effecten in het ontwerp", "en": "Effects in the design"},
    "workshop.xlsx.stakeholder": {"nl": "Belanghebbende", "en": "Stakeholder"},
    "workshop.xlsx.outcome": {"nl": "Wat verandert er", "en": "What changes"},
    "workshop.xlsx.indicator": {"nl": "Hoe zie je het (indicator)", "en": "How you see it (indicator)"},
    "workshop.xlsx.quantity": {"nl": "Aantal per jaar", "en": "Number per year"},
    "workshop.xlsx.value": {"nl": "Waarde per eenheid (€)", "en": "Value per unit (€)"},
    "workshop.xlsx.own": {"nl": "Eigen waarde", "en": "Own value"},
    "workshop.xlsx.source": {"nl": "Bron van de waarde", "en": "Source of the value"},
    "workshop.xlsx.proxy": {"nl": "Proxy (bibliotheek)", "en": "Proxy (library)"},
    "workshop.xlsx.sector": {"nl": "Sector (arbeidsmarkt)", "en": "Sector (labour market)"},
    "workshop.xlsx.duration": {"nl": "Duur (jaren)", "en": "Duration (years)"},
    "workshop.xlsx.deadweight": {"nl": "Deadweight", "en": "Deadweight"},
    "workshop.xlsx.attribution": {"nl": "Toerekening aan anderen", "en": "Attribution to others"},
    "workshop.xlsx.counted_one": {"nl": "Meegeteld", "en": "Counted"},
    "workshop.xlsx.missing": {"nl": "Nog nodig", "en": "Still needed"},
    "workshop.xlsx.present_value": {"nl": "Contante waarde (€, engine)",
                                    "en": "Present value (€, engine)"},
    "workshop.xlsx.year": {"nl": "Jaar", "en": "Year"},
    "workshop.xlsx.financier": {"nl": "Financier", "en": "Funder"},
    "workshop.xlsx.amount": {"nl": "Bedrag (€)", "en": "Amount (€)"},
}
