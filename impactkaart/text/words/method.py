"""Words of the method page (views/data/methode.py) and of the reference tables' provenance.

Part of the one catalogue (`impactkaart.text.catalogue`). The full method, for an
economist, is docs/method.md; this page is its short version.
"""

WORDS: dict[str, dict[str, str]] = {
    "method.full_method": {
        "nl": "Dit is de korte versie. De volledige methode, met formules, definities, "
        "bekende beperkingen en de herkomst van elk kengetal, staat in de repository in "
        "`docs/method.md`.",
        "en": "This is the short version. The full method, with formulas, definitions, known "
        "limitations and where every figure comes from, is in the repository in "
        "`docs/method.md`.",
    },
    "method.model": {
        "nl": "Een project heeft **kosten** per jaar en per financier, en **effecten**: uitkomsten "
        "die een belanghebbende waardeert, met een aantal per jaar en een prijs per eenheid (de "
        "*proxy*) uit een bibliotheek met bronnen. Voor een effect in zijn *k*-de jaar "
        "(*k* = 1 … looptijd):",
        "en": "A project has **costs** per year and per financier, and **effects**: outcomes that "
        "a stakeholder values, with a quantity per year and a price per unit (the *proxy*) from "
        "a sourced library. For an effect in its *k*-th year (*k* = 1 … duration):",
    },
    "method.legend": {
        "nl": "*q* = aantal, *p* = proxy (€ per eenheid), *dw* = deadweight (was toch gebeurd), "
        "*ds* = displacement (alleen verplaatst), *at* = attributie (door anderen), "
        "*do* = drop-off (afname per jaar).",
        "en": "*q* = quantity, *p* = proxy (€ per unit), *dw* = deadweight (would have happened "
        "anyway), *ds* = displacement (merely moved elsewhere), *at* = attribution (caused by "
        "others), *do* = drop-off (fading per year).",
    },
    # words inside the formulas (the page sets them in LaTeX)
    "method.tex_net": {"nl": "netto", "en": "net"},
    "method.tex_pv": {"nl": "CW", "en": "PV"},
    "method.tex_npv": {"nl": "NCW", "en": "NPV"},
    "method.tex_amount": {"nl": "bedrag", "en": "amount"},
    "method.tex_factor": {"nl": "rendementsfactor", "en": "return factor"},
    "method.tex_benefits": {"nl": "baten", "en": "benefits"},
    "method.tex_costs": {"nl": "kosten", "en": "costs"},
    "method.tex_route_hours": {"nl": "1. met uren per eenheid:", "en": "1. with hours per unit:"},
    "method.tex_route_share": {"nl": "2. zonder:", "en": "2. without:"},
    "method.tex_net_units": {"nl": "netto eenheden", "en": "net units"},
    "method.tex_hours_per_unit": {"nl": "uren per eenheid", "en": "hours per unit"},
    "method.tex_productive_hours": {"nl": "productieve uren per fte", "en": "productive hours per FTE"},
    "method.tex_net_value": {"nl": "netto waarde", "en": "net value"},
    "method.tex_labour_share": {"nl": "personeelsaandeel", "en": "labour share"},
    "method.tex_labour_cost": {"nl": "loonkosten per fte", "en": "labour cost per FTE"},
    "method.tex_fte": {"nl": "fte", "en": "FTE"},
    "method.pv_title": {"nl": "Contante waarde en rendementsfactor", "en": "Present value and return factor"},
    "method.discounting": {
        "nl": "**Disconteringsconventie: begin van het jaar.** Een bedrag in projectjaar *y* wordt "
        "naar de start van het project verdisconteerd met 1/(1+r)^(y−1): **jaar 1 wordt niet "
        "verdisconteerd**. Dat geldt voor kosten en baten, en elke export vermeldt het. De "
        "standaard discontovoet is **{rate}** (reëel), de Nederlandse MKBA-discontovoet: "
        "{source}, {publisher} ({year}). Een project kan een eigen discontovoet hebben.",
        "en": "**Discount convention: start of the year.** An amount in project year *y* is "
        "discounted to the start of the project with 1/(1+r)^(y−1): **year 1 is not "
        "discounted**. This holds for costs and benefits alike, and every export states it. The "
        "default rate is **{rate}** (real), the Dutch rate for social cost-benefit analyses: "
        "{source}, {publisher} ({year}). A project may set its own rate.",
    },
    "method.results": {
        "nl": "Het **terugverdienjaar** is het eerste projectjaar waarin de opgetelde "
        "verdisconteerde baten de opgetelde verdisconteerde kosten bereiken. **Per partij** "
        "(\"wie investeert, wie profiteert\") worden dezelfde contante waarden verdeeld naar de "
        "belanghebbende die een baat ontvangt en de financier die een kost betaalt. Is er niets "
        "betaald (contante waarde van de kosten onder een halve cent), dan is er geen "
        "rendementsfactor: de pagina zegt waarom, in plaats van een oneindig getal te tonen.",
        "en": "The **payback year** is the first project year in which cumulative discounted "
        "benefits reach cumulative discounted costs. **Per party** (\"who invests, who "
        "benefits\") the same present values are split by the stakeholder that receives a "
        "benefit and the financier that pays a cost. When nothing was paid (present value of "
        "the costs below half a cent) there is no return factor: the page says why, instead of "
        "showing an infinite number.",
    },
    "method.fte_title": {"nl": "Arbeidsmarkteffecten (fte)", "en": "Labour-market effects (FTE)"},
    "method.fte_intro": {
        "nl": "Per effect met een sector, per jaar, **niet verdisconteerd** — twee routes:",
        "en": "Per effect with a sector, per year, **not discounted** — two routes:",
    },
    "method.fte_own": {
        "nl": "Deze fte-methode is **onze eigen** uitwerking. De originele Impactkaart rekent ook "
        "arbeidsmarkteffecten uit, maar haar methode is niet gepubliceerd; onze cijfers zijn "
        "daarmee niet één-op-één vergelijkbaar. De sectorkengetallen staan hieronder, met bron "
        "of als illustratief gemarkeerd.",
        "en": "This FTE method is **our own**. The original Impactkaart also reports "
        "labour-market effects, but its method is unpublished, so our figures are not directly "
        "comparable. The sector figures are listed below, with their source or marked "
        "illustrative.",
    },
    "method.more_title": {
        "nl": "Ex post, kwalitatieve effecten en onzekerheid",
        "en": "Ex post, qualitative effects and uncertainty",
    },
    "method.more": {
        "nl": "**Ex post** vervangt per effect het verwachte aantal door het gemeten aantal; een "
        "effect zonder meting telt dan als 0, nooit stilzwijgend als zijn verwachting. "
        "**Kwalitatieve effecten** (zoals rust of minder eenzaamheid) krijgen geen geldwaarde "
        "maar blijven op de kaart staan. **Onzekerheid**: elke aanname kan een bandbreedte "
        "hebben; de tornado zet er één tegelijk op laag en hoog, de break-evenanalyse zegt "
        "hoeveel een effect mag tegenvallen voordat de factor onder 1 zakt, en Monte Carlo "
        "trekt alle bandbreedtes tegelijk (aannames van één soort bewegen standaard deels samen, "
        "ρ = 0,5) en toont de mediaan en het 90%-interval naast de puntwaarde. De "
        "standaardbandbreedtes houden de puntwaarde als mediaan: aantal, waarde en het deel dat "
        "een aandeel overlaat ×/÷ 1,25.",
        "en": "**Ex post** replaces each effect's expected quantity with the measured one; an "
        "effect without a measurement then counts as 0, never silently as what was expected. "
        "**Qualitative effects** (such as calm at home or less loneliness) get no money value "
        "but stay on the map. **Uncertainty**: every assumption may have a range; the tornado "
        "sets one at a time to its low and high, the break-even analysis says how far an effect "
        "may fall short before the factor drops below 1, and Monte Carlo draws all ranges at "
        "once (by default, assumptions of one kind move partly together, ρ = 0.5) and shows the "
        "median and the 90% interval beside the point value. The default ranges keep the point "
        "value as the median: quantity, value and the part a share leaves ×/÷ 1.25.",
    },
    "method.benchmark_title": {"nl": "Benchmark", "en": "Benchmark"},
    "method.benchmark": {
        "nl": "De SEOR-meta-analyse voor Sociaal Werk werkt! vond een gemiddelde rendementsfactor "
        "van **{value}** over {n_cases} businesscases uit {n_mkba} MKBA's. Bron: {source}, "
        "{publisher} ({year}). Per type sociaal werk is dit gemiddelde niet beschikbaar. Het is "
        "context naast een project, geen norm: de studies verschillen in reikwijdte en "
        "discontovoet.",
        "en": "The SEOR meta-analysis for Sociaal Werk werkt! found an average return factor of "
        "**{value}** over {n_cases} business cases from {n_mkba} SCBAs. Source: {source}, "
        "{publisher} ({year}). It is not available per type of social work. It is context "
        "beside a project, not a pass mark: the studies differ in scope and discount rate.",
    },
    # --- provenance table: the tables' names and the words of their cells -------------
    "method.table_parameters": {"nl": "parameters", "en": "parameters"},
    "method.table_sector_figures": {"nl": "sectoren", "en": "sectors"},
    "method.table_proxies": {"nl": "proxies", "en": "proxies"},
    "method.figure_productive_hours_per_fte": {
        "nl": "productieve uren per fte", "en": "productive hours per FTE"},
    "method.figure_labour_cost_per_fte": {"nl": "loonkosten per fte", "en": "labour cost per FTE"},
    "method.figure_labour_share": {
        "nl": "personeelsaandeel van vermeden kosten", "en": "staff share of avoided costs"},
    "method.confidence_hoog": {"nl": "hoog", "en": "high"},
    "method.confidence_middel": {"nl": "middel", "en": "medium"},
    "method.confidence_laag": {"nl": "laag", "en": "low"},
    "method.unknown": {"nl": "n.b.", "en": "n/a"},
}
