"""Words of the Excel rekenmodel (io/exports/excel.py): sheet names, headers, labels and
notes. The sheet names and the discount rate's name appear in the formulas too."""

WORDS: dict[str, dict[str, str]] = {
    # --- sheets and names in formulas ----------------------------------------------
    "xl.sheet.results": {"nl": "Resultaten", "en": "Results"},
    "xl.sheet.inputs": {"nl": "Invoer", "en": "Inputs"},
    "xl.sheet.benefits": {"nl": "Baten", "en": "Benefits"},
    "xl.sheet.costs": {"nl": "Kosten", "en": "Costs"},
    "xl.sheet.sources": {"nl": "Bronnen", "en": "Sources"},
    "xl.sheet.notes": {"nl": "Toelichting", "en": "Notes"},
    "xl.rate_name": {"nl": "discontovoet", "en": "discount_rate"},
    # --- shared headers -----------------------------------------------------------
    "xl.nr": {"nl": "Nr", "en": "No."},
    "xl.name": {"nl": "Naam", "en": "Name"},
    "xl.party_no": {"nl": "Partij-nr", "en": "Party no."},
    "xl.party_key": {"nl": "Partij (sleutel)", "en": "Party"},
    "xl.party": {"nl": "Partij", "en": "Party"},
    "xl.sector_no": {"nl": "Sector-nr", "en": "Sector no."},
    "xl.sector": {"nl": "Sector", "en": "Sector"},
    "xl.financier": {"nl": "Financier", "en": "Financier"},
    "xl.amount": {"nl": "Bedrag (€)", "en": "Amount (€)"},
    "xl.yes": {"nl": "ja", "en": "yes"},
    "xl.no": {"nl": "nee", "en": "no"},
    # --- Invoer -----------------------------------------------------------------------
    "xl.inputs.yellow": {
        "nl": "Gele cellen zijn invoer: wijzig ze en alle formules rekenen mee.",
        "en": "Yellow cells are inputs: change them and every formula follows.",
    },
    "xl.inputs.project_name": {"nl": "Projectnaam", "en": "Project name"},
    "xl.inputs.project_type": {"nl": "Projecttype", "en": "Project type"},
    "xl.inputs.phase": {"nl": "Fase", "en": "Phase"},
    "xl.inputs.start_year": {"nl": "Startjaar", "en": "Start year"},
    "xl.inputs.project_years": {"nl": "Looptijd project (jaren)", "en": "Project duration (years)"},
    "xl.inputs.discount_rate": {"nl": "Discontovoet", "en": "Discount rate"},
    "xl.inputs.description": {"nl": "Omschrijving", "en": "Description"},
    "xl.inputs.rate_name": {"nl": "naam in formules: {name}", "en": "name in formulas: {name}"},
    "xl.inputs.parties": {"nl": "Partijen", "en": "Parties"},
    "xl.inputs.sector_figures": {
        "nl": "Sectorkengetallen (gebruikt voor de fte)",
        "en": "Sector figures (used for the FTE)",
    },
    "xl.inputs.hours_per_fte": {"nl": "Productieve uren per fte", "en": "Productive hours per FTE"},
    "xl.inputs.cost_per_fte": {"nl": "Loonkosten per fte (€)", "en": "Labour cost per FTE (€)"},
    "xl.inputs.labour_share": {
        "nl": "Personeelsaandeel vermeden kosten",
        "en": "Staff share of avoided costs",
    },
    "xl.inputs.origin": {"nl": "Herkomst", "en": "Origin"},
    "xl.inputs.own_figure": {
        "nl": "eigen kengetal van het project",
        "en": "the project's own figure",
    },
    "xl.inputs.reference_figure": {
        "nl": "impactkaart/data/sector_figures.csv (zie {sheet})",
        "en": "impactkaart/data/sector_figures.csv (see {sheet})",
    },
    "xl.inputs.not_used": {"nl": "; niet gebruikt", "en": "; not used"},
    "xl.inputs.costs": {"nl": "Kosten (investering)", "en": "Costs (investment)"},
    "xl.inputs.project_year": {"nl": "Projectjaar", "en": "Project year"},
    "xl.inputs.effects": {"nl": "Effecten (baten)", "en": "Effects (benefits)"},
    # --- the effect columns on Invoer ----------------------------------------------
    "xl.effect.nr": {"nl": "Nr", "en": "No."},
    "xl.effect.outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "xl.effect.stakeholder": {"nl": "Belanghebbende", "en": "Stakeholder"},
    "xl.effect.party_no": {"nl": "Partij-nr", "en": "Party no."},
    "xl.effect.sector": {"nl": "Sector", "en": "Sector"},
    "xl.effect.sector_no": {"nl": "Sector-nr (0 = geen)", "en": "Sector no. (0 = none)"},
    "xl.effect.quantity": {"nl": "Aantal per jaar", "en": "Quantity a year"},
    "xl.effect.proxy": {"nl": "Proxy (€ per eenheid)", "en": "Proxy (€ per unit)"},
    "xl.effect.proxy_source": {"nl": "Bron proxy", "en": "Source of the proxy"},
    "xl.effect.proxy_key": {"nl": "Proxy-sleutel", "en": "Library value"},
    "xl.effect.start_year": {"nl": "Startjaar (projectjaar)", "en": "Start year (project year)"},
    "xl.effect.duration": {"nl": "Looptijd (jaren)", "en": "Duration (years)"},
    "xl.effect.deadweight": {"nl": "Deadweight", "en": "Deadweight"},
    "xl.effect.displacement": {"nl": "Displacement", "en": "Displacement"},
    "xl.effect.attribution": {"nl": "Attributie", "en": "Attribution"},
    "xl.effect.drop_off": {"nl": "Drop-off per jaar", "en": "Drop-off a year"},
    "xl.effect.hours_per_unit": {"nl": "Uren per eenheid", "en": "Hours per unit"},
    "xl.effect.quantity_ex_post": {"nl": "Aantal gemeten (ex post)", "en": "Quantity measured (ex post)"},
    # --- Baten (and the same columns on Kosten) ------------------------------------
    "xl.benefit.effect_no": {"nl": "Effect-nr", "en": "Effect no."},
    "xl.benefit.outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "xl.benefit.party_no": {"nl": "Partij-nr", "en": "Party no."},
    "xl.benefit.sector_no": {"nl": "Sector-nr", "en": "Sector no."},
    "xl.benefit.effect_year": {"nl": "Effectjaar k", "en": "Effect year k"},
    "xl.benefit.project_year": {"nl": "Projectjaar y", "en": "Project year y"},
    "xl.benefit.net_units": {
        "nl": "Netto eenheden jaar 1 = aantal × (1−dw) × (1−ds) × (1−at)",
        "en": "Net units year 1 = quantity × (1−dw) × (1−ds) × (1−at)",
    },
    "xl.benefit.drop_off": {"nl": "Drop-off-factor = (1−do)^(k−1)", "en": "Drop-off factor = (1−do)^(k−1)"},
    "xl.benefit.units_this_year": {"nl": "Netto eenheden in dit jaar", "en": "Net units in this year"},
    "xl.benefit.net_value": {
        "nl": "Netto waarde (€) = eenheden × proxy",
        "en": "Net value (€) = units × proxy",
    },
    "xl.benefit.discount": {
        "nl": "Disconteringsfactor = 1/(1+r)^(y−1)",
        "en": "Discount factor = 1/(1+r)^(y−1)",
    },
    "xl.benefit.present_value": {"nl": "Contante waarde (€)", "en": "Present value (€)"},
    "xl.benefit.hours_route": {
        "nl": "Uren – route uren per eenheid",
        "en": "Hours – route hours per unit",
    },
    "xl.benefit.fte_route": {
        "nl": "Fte – route loonkosten = waarde × aandeel ÷ loonkosten",
        "en": "FTE – route labour cost = value × share ÷ labour cost",
    },
    "xl.benefit.hours_used": {"nl": "Uren (gebruikt)", "en": "Hours (used)"},
    "xl.benefit.fte_used": {
        "nl": "Fte (gebruikt) = uren ÷ productieve uren",
        "en": "FTE (used) = hours ÷ productive hours",
    },
    # --- Resultaten ---------------------------------------------------------------
    "xl.results.intro": {
        "nl": "Alle cellen hieronder zijn formules over de bladen {benefits} en {costs}; "
        "contante waarde aan het begin van elk jaar (jaar 1 niet verdisconteerd).",
        "en": "Every cell below is a formula over the sheets {benefits} and {costs}; "
        "present value at the start of each year (year 1 not discounted).",
    },
    "xl.results.made": {"nl": "Gemaakt op {date} met Impactkaart.", "en": "Made on {date} with Impactkaart."},
    "xl.results.never": {"nl": "niet binnen de looptijd", "en": "not within the period"},
    "xl.results.pv_benefits": {"nl": "Contante waarde baten (€)", "en": "Present value of benefits (€)"},
    "xl.results.pv_costs": {"nl": "Contante waarde kosten (€)", "en": "Present value of costs (€)"},
    "xl.results.npv": {"nl": "Netto contante waarde (€)", "en": "Net present value (€)"},
    "xl.results.factor": {
        "nl": "Rendementsfactor (baten ÷ kosten)",
        "en": "Return factor (benefits ÷ costs)",
    },
    "xl.results.payback": {"nl": "Terugverdiend in projectjaar", "en": "Paid back in project year"},
    "xl.results.fte": {
        "nl": "Bespaarde arbeidstijd (fte, alle jaren)",
        "en": "Staff time saved (FTE, all years)",
    },
    "xl.results.hours": {"nl": "Bespaarde uren (alle jaren)", "en": "Hours saved (all years)"},
    "xl.results.seor": {
        "nl": "Ter vergelijking (geen norm): gemiddelde van MKBA's sociaal werk (SEOR)",
        "en": "For comparison (not a norm): average of SCBAs of social work (SEOR)",
    },
    "xl.results.per_year": {"nl": "Per projectjaar", "en": "Per project year"},
    "xl.results.year.year": {"nl": "Projectjaar", "en": "Project year"},
    "xl.results.year.costs": {"nl": "Kosten nominaal (€)", "en": "Costs nominal (€)"},
    "xl.results.year.benefits": {"nl": "Baten nominaal (€)", "en": "Benefits nominal (€)"},
    "xl.results.year.costs_pv": {"nl": "Kosten contante waarde (€)", "en": "Costs present value (€)"},
    "xl.results.year.benefits_pv": {
        "nl": "Baten contante waarde (€)",
        "en": "Benefits present value (€)",
    },
    "xl.results.year.costs_cum": {"nl": "Cumulatief kosten CW (€)", "en": "Cumulative costs PV (€)"},
    "xl.results.year.benefits_cum": {
        "nl": "Cumulatief baten CW (€)",
        "en": "Cumulative benefits PV (€)",
    },
    "xl.results.year.net": {"nl": "Netto CW (€)", "en": "Net PV (€)"},
    "xl.results.year.paid_back": {"nl": "Terugverdiend?", "en": "Paid back?"},
    "xl.results.parties": {
        "nl": "Wie investeert, wie profiteert (contante waarde)",
        "en": "Who invests, who gains (present value)",
    },
    "xl.results.pays": {"nl": "Betaalt (kosten CW, €)", "en": "Pays (costs PV, €)"},
    "xl.results.receives": {"nl": "Ontvangt (baten CW, €)", "en": "Receives (benefits PV, €)"},
    "xl.results.party_factor": {"nl": "Rendement voor deze partij", "en": "Return for this party"},
    "xl.results.sectors": {
        "nl": "Arbeidsmarkteffecten per sector (alle jaren)",
        "en": "Labour-market effects per sector (all years)",
    },
    "xl.results.hours_saved": {"nl": "Bespaarde uren", "en": "Hours saved"},
    "xl.results.fte_saved": {"nl": "Bespaarde fte", "en": "FTE saved"},
    # --- Bronnen ------------------------------------------------------------------
    "xl.sources.title": {"nl": "Bronnen van elk gebruikt kengetal", "en": "Sources of every figure used"},
    "xl.sources.intro": {
        "nl": "Illustratief = aanname zonder bron, alleen voor demonstratie; vervang door een "
        "eigen cijfer.",
        "en": "Illustrative = an assumption without a source, for demonstration only; replace "
        "it with a figure of your own.",
    },
    "xl.sources.figure": {"nl": "Kengetal", "en": "Figure"},
    "xl.sources.value": {"nl": "Waarde", "en": "Value"},
    "xl.sources.source": {"nl": "Bron", "en": "Source"},
    "xl.sources.publisher": {"nl": "Uitgever", "en": "Publisher"},
    "xl.sources.year": {"nl": "Jaar", "en": "Year"},
    "xl.sources.price_year": {"nl": "Prijspeil", "en": "Price level"},
    "xl.sources.link": {"nl": "Link", "en": "Link"},
    "xl.sources.illustrative": {"nl": "Illustratief", "en": "Illustrative"},
    # --- Toelichting --------------------------------------------------------------
    "xl.notes.title": {"nl": "Hoe dit werkboek rekent", "en": "How this workbook calculates"},
    "xl.notes.value": {
        "nl": "Netto waarde van een effect in effectjaar k (k = 1 … looptijd), projectjaar "
        "y = startjaar + k − 1:",
        "en": "Net value of an effect in effect year k (k = 1 … duration), project year "
        "y = start year + k − 1:",
    },
    "xl.notes.value_formula": {
        "nl": "    aantal × proxy × (1 − deadweight) × (1 − displacement) × (1 − attributie) × "
        "(1 − drop-off)^(k − 1)",
        "en": "    quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution) × "
        "(1 − drop-off)^(k − 1)",
    },
    "xl.notes.discounting": {
        "nl": "Disconteren: elk bedrag in projectjaar y × 1 / (1 + r)^(y − 1); jaar 1 wordt niet "
        "verdisconteerd (contante waarde aan het begin van het project).",
        "en": "Discounting: every amount in project year y × 1 / (1 + r)^(y − 1); year 1 is not "
        "discounted (present value at the start of the project).",
    },
    "xl.notes.costs": {
        "nl": "Kosten in projectjaar y worden met dezelfde factor verdisconteerd.",
        "en": "Costs in project year y are discounted with the same factor.",
    },
    "xl.notes.factor": {
        "nl": "Rendementsfactor = contante waarde baten ÷ contante waarde kosten (niet te "
        "berekenen als de kosten onder een halve cent liggen).",
        "en": "Return factor = present value of benefits ÷ present value of costs (cannot be "
        "computed when the costs are below half a cent).",
    },
    "xl.notes.npv": {
        "nl": "Netto contante waarde = contante waarde baten − contante waarde kosten.",
        "en": "Net present value = present value of benefits − present value of costs.",
    },
    "xl.notes.payback": {
        "nl": "Terugverdiend in het eerste projectjaar waarin de cumulatieve contante baten de "
        "cumulatieve contante kosten halen.",
        "en": "Paid back in the first project year in which the cumulative discounted benefits "
        "reach the cumulative discounted costs.",
    },
    "xl.notes.labour": {
        "nl": "Arbeidsmarkteffecten (niet verdisconteerd), alleen voor effecten met een sector:",
        "en": "Labour-market effects (not discounted), only for effects with a sector:",
    },
    "xl.notes.labour_hours": {
        "nl": "    met uren per eenheid: uren = netto eenheden × uren per eenheid; fte = uren ÷ "
        "productieve uren per fte",
        "en": "    with hours per unit: hours = net units × hours per unit; FTE = hours ÷ "
        "productive hours per FTE",
    },
    "xl.notes.labour_cost": {
        "nl": "    zonder: fte = netto waarde × personeelsaandeel ÷ loonkosten per fte; uren = fte "
        "× productieve uren per fte",
        "en": "    without: FTE = net value × staff share ÷ labour cost per FTE; hours = FTE "
        "× productive hours per FTE",
    },
    "xl.notes.by_number": {
        "nl": "Partijen en sectoren worden op nummer opgeteld (SUMIF op {party_no} / {sector_no}), "
        "zodat een naam nooit als zoekcriterium wordt gelezen.",
        "en": "Parties and sectors are summed by number (SUMIF on {party_no} / {sector_no}), "
        "so that a name is never read as a search criterion.",
    },
    "xl.notes.yellow": {
        "nl": "Gele cellen op het blad {inputs} zijn invoer: wijzig ze en het hele werkboek "
        "rekent mee.",
        "en": "Yellow cells on the sheet {inputs} are inputs: change them and the whole "
        "workbook follows.",
    },
    "xl.notes.truth": {
        "nl": "De cijfers komen uit dezelfde formules als de Impactkaart-app; de app blijft de "
        "bron van waarheid.",
        "en": "The figures come from the same formulas as the Impactkaart app; the app remains "
        "the source of truth.",
    },
}
