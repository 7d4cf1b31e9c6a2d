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
}
