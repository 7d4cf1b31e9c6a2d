"""Words of running a workshop room (issue 20): join address and QR code, paced steps and
their timer, the projector, links handed back, handouts, the facilitator code's limit."""

WORDS: dict[str, dict[str, str]] = {
    # --- errors (impactkaart/workshop/facilitation.py) -----------------------------------
    "workshop.error.no_such_step": {"nl": "Stap {step} bestaat niet: kies 1 tot en met {steps}.",
                                    "en": "There is no step {step}: choose 1 to {steps}."},
    "workshop.error.step_minutes": {"nl": "Een stap duurt 1 tot {limit} minuten.",
                                    "en": "A step takes 1 to {limit} minutes."},
    "workshop.error.too_many_attempts": {
        "nl": "Te veel verkeerde begeleiderscodes: na {n} pogingen in {window} minuten wacht "
              "deze workshop even. Probeer het over {minutes} min. opnieuw (ook een herstart van "
              "de server verandert dat niet).",
        "en": "Too many wrong facilitator codes: after {n} tries in {window} minutes this "
              "workshop waits. Try again in {minutes} min. (restarting the server does not "
              "change that)."},
    "workshop.error.wrong_facilitator_code_left": {
        "nl": "Deze begeleiderscode hoort niet bij deze workshop. Nog {left} van {n} pogingen in "
              "{window} minuten; daarna wacht de workshop even.",
        "en": "This facilitator code does not belong to this workshop. {left} of {n} tries left "
              "in {window} minutes; then the workshop waits."},
    "workshop.error.rejoin_refused": {
        "nl": "De begeleider heeft dit verzoek niet bevestigd. Vraag het de begeleider, of begin "
              "een nieuwe werkplek.",
        "en": "The facilitator did not confirm this request. Ask the facilitator, or start a new "
              "workspace."},
    # --- navigation and sign-in ------------------------------------------------------------
    "nav.workshop-beamer": {"nl": "Workshop-beamer", "en": "Workshop projector"},
    "workshop.login.limit": {
        "nl": "Na 5 verkeerde begeleiderscodes in 10 minuten wacht de workshop even (ook na een "
              "herstart). Aangemeld blijf je op deze computer tot 12 uur, ook als de server "
              "herstart.",
        "en": "After 5 wrong facilitator codes in 10 minutes the workshop waits a while (also "
              "after a restart). You stay signed in on this computer for up to 12 hours, also "
              "when the server restarts."},
    # --- getting the room in --------------------------------------------------------------
    "workshop.room.join_title": {"nl": "Deelnemers binnenhalen: adres, QR-code en code",
                                 "en": "Getting the room in: address, QR code and code"},
    "workshop.room.scan": {"nl": "Scan met je telefoon", "en": "Scan with your phone"},
    "workshop.room.go_to": {"nl": "Ga naar", "en": "Go to"},
    "workshop.room.code": {"nl": "en vul deze code in", "en": "and enter this code"},
    "workshop.room.open_beamer": {"nl": "Beamer openen (zonder knoppen, in een eigen venster)",
                                  "en": "Open the projector (no controls, in its own window)"},
    # --- paced steps -------------------------------------------------------------------------
    "workshop.room.not_started": {"nl": "Nog niet begonnen", "en": "Not started yet"},
    "workshop.room.controls": {"nl": "**De zaal:** {step} · nog {clock}",
                               "en": "**The room:** {step} · {clock} left"},
    "workshop.room.minutes": {"nl": "Minuten voor deze stap", "en": "Minutes for this step"},
    "workshop.room.previous": {"nl": "Vorige stap", "en": "Previous step"},
    "workshop.room.next": {"nl": "Volgende stap", "en": "Next step"},
    "workshop.room.start": {"nl": "Begin met stap 1", "en": "Start with step 1"},
    "workshop.room.restart_timer": {"nl": "Timer opnieuw", "en": "Restart timer"},
    "workshop.room.now": {"nl": "De zaal is bij {step}", "en": "The room is at {step}"},
    "workshop.room.go_step": {"nl": "Naar stap {n}", "en": "Go to step {n}"},
    "workshop.room.back_step": {"nl": "Vorige stap", "en": "Previous step"},
    "workshop.room.next_step": {"nl": "Volgende stap", "en": "Next step"},
    "workshop.room.seor_context": {"nl": "SEOR-gemiddelde (ter vergelijking)",
                                   "en": "SEOR average (for comparison)"},
    # --- nobody loses work -------------------------------------------------------------------
    "workshop.room.rejoin_ask": {
        "nl": "Iemand meldt zich opnieuw aan als **{name}** ({time:%H:%M}). Is dit dezelfde "
              "persoon? Kijk even wie het is.",
        "en": "Someone joined again as **{name}** ({time:%H:%M}). Is this the same person? "
              "Check who it is."},
    "workshop.room.rejoin_yes": {"nl": "Ja, geef {name} de werkplek terug",
                                 "en": "Yes, give {name} the workspace back"},
    "workshop.room.rejoin_no": {"nl": "Nee, iemand anders", "en": "No, someone else"},
    "workshop.room.hand_back": {"nl": "Link teruggeven aan een deelnemer",
                                "en": "Give an attendee their link back"},
    "workshop.room.hand_back_help": {
        "nl": "Links worden alleen als hash bewaard: je geeft een nieuwe link (en QR-code) naar "
              "dezelfde werkplek. De oude link werkt daarna niet meer.",
        "en": "Links are stored only as hashes: you give a new link (and QR code) to the same "
              "workspace. The old link stops working."},
    "workshop.room.who": {"nl": "Wie?", "en": "Who?"},
    "workshop.room.confirm": {"nl": "Ik heb gecontroleerd dat dit {name} is",
                              "en": "I checked that this is {name}"},
    "workshop.room.make_link": {"nl": "Nieuwe link maken", "en": "Make a new link"},
    "workshop.room.link_for": {"nl": "De nieuwe link van **{name}**: laat scannen of kopieer.",
                               "en": "The new link of **{name}**: let them scan or copy it."},
    "workshop.room.link_done": {"nl": "Klaar, verbergen", "en": "Done, hide it"},
    "workshop.join.rejoin_wait": {
        "nl": "Er werkt al iemand als **{name}** in deze workshop. Ben jij dit? De begeleider "
              "bevestigt het; daarna krijg je hier vanzelf je werk terug.",
        "en": "Someone already works as **{name}** in this workshop. Is that you? The "
              "facilitator confirms it; then your work comes back here by itself."},
    "workshop.join.rejoin_other": {"nl": "Nee, ik ben een andere {name}: nieuwe werkplek",
                                   "en": "No, I am another {name}: new workspace"},
    # --- handouts ----------------------------------------------------------------------------
    "workshop.room.handouts": {"nl": "Meenemen", "en": "Take it with you"},
    "workshop.room.handouts_help": {
        "nl": "Je eigen one-pager (PDF) en je projectbestand, om later in Impactkaart verder "
              "te werken.",
        "en": "Your own one-pager (PDF) and your project file, to go on in Impactkaart later."},
    "workshop.room.onepager": {"nl": "One-pager (PDF)", "en": "One-pager (PDF)"},
    "workshop.room.project_file": {"nl": "Projectbestand", "en": "Project file"},
    "workshop.xlsx.project": {"nl": "Project", "en": "Project"},
    # --- the projector -----------------------------------------------------------------------
    "workshop.beamer.named_by": {"nl": "{n}× genoemd", "en": "named {n}×"},
    "workshop.beamer.seor": {
        "nl": "Ter vergelijking: het SEOR-gemiddelde van sociaal werk is {value} ({n} "
              "businesscases).",
        "en": "For comparison: SEOR's average for social work is {value} ({n} business cases)."},
    "workshop.beamer.more": {"nl": "en nog {n} effecten", "en": "and {n} more outcomes"},
    "workshop.beamer.factors": {"nl": "Rendementsfactoren van de zaal",
                                "en": "The room's return factors"},
    "workshop.beamer.fte": {"nl": "Tijd bespaard (fte per sector)",
                            "en": "Staff time saved (FTE per sector)"},
    "workshop.beamer.previous": {"nl": "Vorige deelnemer", "en": "Previous attendee"},
    "workshop.beamer.next": {"nl": "Volgende deelnemer", "en": "Next attendee"},
    "workshop.beamer.mode_zaal": {"nl": "Zaal", "en": "Room"},
    "workshop.beamer.mode_een": {"nl": "Deelnemer", "en": "Attendee"},
    "workshop.beamer.mode_paar": {"nl": "Twee naast elkaar", "en": "Two side by side"},
    "workshop.beamer.mode_slot": {"nl": "Afsluiting", "en": "Closing"},
}
