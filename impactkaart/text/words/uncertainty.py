"""Words of the uncertainty area: ranges, tornado, break-even, Monte Carlo (Dutch, English).

Part of the one catalogue (`impactkaart.text.catalogue`). Used by
`impactkaart.uncertainty` (its sentences, charts and command-line reports) and by
`views/components/uncertainty.py`. The break-even sentences are whole sentences
per case, with the parts that depend on the threshold (1) as their own keys, so neither language has to glue words in the other's order.
"""

WORDS: dict[str, dict[str, str]] = {
    # --- assumptions and default ranges (uncertainty/ranges.py) -----------------------------------
    "uncertainty.assumption.quantity": {"nl": "aantal", "en": "quantity"},
    "uncertainty.assumption.proxy": {"nl": "waarde per eenheid", "en": "value per unit"},
    "uncertainty.assumption.duration": {"nl": "duur", "en": "duration"},
    "uncertainty.assumption.deadweight": {"nl": "deadweight", "en": "deadweight"},
    "uncertainty.assumption.attribution": {"nl": "attributie", "en": "attribution"},
    "uncertainty.assumption.displacement": {"nl": "verplaatsing", "en": "displacement"},
    "uncertainty.assumption.drop_off": {"nl": "drop-off", "en": "drop-off"},
    "uncertainty.assumption.discount_rate": {"nl": "discontovoet", "en": "discount rate"},
    "uncertainty.assumption.size": {
        "nl": "omvang (aantal × waarde per eenheid)",
        "en": "size (quantity × value per unit)",
    },
    "uncertainty.default_note": {
        "nl": "Standaardbandbreedtes zijn vuistregels van deze tool, geen bronnen, en houden de "
        "ingevoerde waarde als mediaan en als top: aantal en waarde per eenheid ×/÷ 1,25 "
        "(−20 % tot +25 %), bij de aandelen (deadweight, attributie, verplaatsing, drop-off) het "
        "deel dat overblijft ×/÷ 1,25 en het aandeel hooguit 0,1 verschoven (smaller bij de "
        "rand), duur ± 1 jaar, discontovoet ± 0,75 procentpunt. Een aanname die maar één kant "
        "op kan (aandeel 0 of 1, duur 1 jaar, een duur die door sterke drop-off in waarde "
        "vrijwel alleen kan dalen) blijft vast. Vervang ze door bandbreedtes die u kunt "
        "onderbouwen.",
        "en": "Default ranges are rules of thumb of this tool, not sourced, and keep the value "
        "entered as their median and their peak: quantity and value per unit ×/÷ 1.25 (−20% to "
        "+25%); for the shares (deadweight, attribution, displacement, drop-off) the part kept "
        "×/÷ 1.25, the share moving by 0.1 at most (narrower near the edge); duration ± 1 year; "
        "discount rate ± 0.75 percentage point. An assumption that can go only one way (a "
        "share of 0 or 1, a duration of 1 year, a duration whose value steep drop-off lets go "
        "almost only down) stays fixed. Replace them with ranges you can justify.",
    },
    "uncertainty.held_fixed": {
        "nl": "Vast gehouden, want ze kunnen maar één kant op (een duur bij sterke drop-off: in "
        "waarde; een eenzijdige bandbreedte zou de uitkomst verschuiven): {items}.",
        "en": "Held fixed, because they can go only one way (a duration under steep drop-off: "
        "in value; a one-sided range would shift the result): {items}.",
    },
    # --- charts (uncertainty/charts.py) -----------------------------------------------------------
    "uncertainty.chart.low": {"nl": "lage waarde", "en": "low value"},
    "uncertainty.chart.high": {"nl": "hoge waarde", "en": "high value"},
    "uncertainty.chart.tornado_title": {
        "nl": "Welke aannames bepalen de uitkomst het meest?",
        "en": "Which assumptions matter most?",
    },
    "uncertainty.chart.tornado_sub_1": {
        "nl": "Rendementsfactor als één aanname op haar lage of hoge waarde staat,",
        "en": "Return factor with one assumption at its low or high value,",
    },
    "uncertainty.chart.tornado_sub_2": {
        "nl": "de rest blijft gelijk. Uitkomst nu: {base} (doorgetrokken lijn).",
        "en": "the rest unchanged. Now: {base} (solid line).",
    },
    "uncertainty.chart.all_default": {
        "nl": "Alle bandbreedtes zijn standaardbandbreedtes: vuistregels, geen bron.",
        "en": "All ranges are default ranges: rules of thumb, not sourced.",
    },
    "uncertainty.chart.some_default": {
        "nl": "* standaardbandbreedte: een vuistregel, geen bron.",
        "en": "* default range: a rule of thumb, not sourced.",
    },
    "uncertainty.chart.tornado_top": {
        "nl": "De {n} aannames met de grootste invloed (van {total}).",
        "en": "The {n} assumptions with the largest influence (of {total}).",
    },
    "uncertainty.chart.assumption": {"nl": "Aanname", "en": "Assumption"},
    "uncertainty.chart.value": {"nl": "Waarde", "en": "Value"},
    "uncertainty.chart.factor": {"nl": "Rendementsfactor", "en": "Return factor"},
    "uncertainty.chart.default_col": {"nl": "Standaardbandbreedte", "en": "Default range"},
    "uncertainty.chart.yes": {"nl": "ja (vuistregel)", "en": "yes (rule of thumb)"},
    "uncertainty.chart.one": {"nl": "1: elke euro terug", "en": "1: every euro back"},
    "uncertainty.chart.hist_title": {
        "nl": "Hoe zeker is de rendementsfactor?",
        "en": "How sure is the return factor?",
    },
    "uncertainty.chart.hist_sub": {
        "nl": "{n} trekkingen: in 90% ligt de rendementsfactor tussen {lo} en {hi}; "
        "puntschatting {point} (doorgetrokken lijn).",
        "en": "{n} draws: in 90% the return factor lies between {lo} and {hi}; point estimate "
        "{point} (solid line).",
    },
    "uncertainty.chart.draws": {"nl": "Aantal trekkingen", "en": "Number of draws"},
    "uncertainty.chart.band": {"nl": "Uitkomst", "en": "Outcome"},
    "uncertainty.chart.range": {"nl": "Klasse (rendementsfactor)", "en": "Bin (return factor)"},
    "uncertainty.chart.share": {"nl": "Aandeel", "en": "Share"},
    "uncertainty.chart.below_one": {"nl": "onder 1", "en": "below 1"},
    "uncertainty.chart.above_one": {"nl": "1 of meer", "en": "1 or more"},
    # --- the component (views/components/uncertainty.py) ------------------------------------------
    "uncertainty.ui.title": {"nl": "Hoe zeker is deze uitkomst?", "en": "How sure is this result?"},
    "uncertainty.ui.intro": {
        "nl": "Elke aanname is een schatting. Hieronder: welke aannames de uitkomst het meest "
        "bepalen, hoeveel een effect mag tegenvallen, en hoe de rendementsfactor uitvalt "
        "als alle aannames tegelijk binnen hun bandbreedte variëren.",
        "en": "Every assumption is an estimate. Below: which assumptions drive the result most, "
        "how much an effect may fall short, and how the return factor turns out when all "
        "assumptions vary within their ranges at once.",
    },
    "uncertainty.ui.defaults": {
        "nl": "Standaardbandbreedtes gebruiken",
        "en": "Use default ranges",
    },
    "uncertainty.ui.no_ranges": {
        "nl": "Dit project heeft nog geen bandbreedtes op zijn aannames. Zet de "
        "standaardbandbreedtes aan, of leg eigen bandbreedtes vast in het projectbestand.",
        "en": "This project has no ranges on its assumptions yet. Switch on the default ranges, "
        "or record your own ranges in the project file.",
    },
    "uncertainty.ui.widened": {
        "nl": "Voor deze analyse is de bandbreedte verbreed tot de gekozen waarde bij: {items}.",
        "en": "For this analysis the range was widened to the chosen value for: {items}.",
    },
    "uncertainty.ui.no_factor": {
        "nl": "Zonder kosten is er geen rendementsfactor; er valt hier niets te analyseren.",
        "en": "Without costs there is no return factor; nothing to analyse here.",
    },
    "uncertainty.ui.break_even": {
        "nl": "Hoeveel mag een effect tegenvallen?",
        "en": "How much may an effect fall short?",
    },
    "uncertainty.ui.break_even_note": {
        "nl": "Kleiner betekent: minder mensen of cases (aantal), of een lagere waarde per "
        "eenheid; voor de rendementsfactor is dat hetzelfde. Telkens één effect, de rest "
        "gelijk.",
        "en": "Smaller means fewer people or cases (quantity), or a lower value per unit; for "
        "the return factor that is the same. One effect at a time.",
    },
    "uncertainty.ui.vs_one": {
        "nl": "Tegen 1 (elke euro terug)",
        "en": "Against 1 (every euro back)",
    },
    "uncertainty.ui.more": {"nl": "Alle effecten ({n})", "en": "All effects ({n})"},
    "uncertainty.ui.mc": {
        "nl": "Monte Carlo: alle aannames tegelijk",
        "en": "Monte Carlo: all assumptions at once",
    },
    "uncertainty.ui.draws": {"nl": "Aantal trekkingen", "en": "Number of draws"},
    "uncertainty.ui.seed": {
        "nl": "Seed (zelfde seed, zelfde uitkomst)",
        "en": "Seed (same seed, same result)",
    },
    "uncertainty.ui.run": {"nl": "Simulatie starten", "en": "Start simulation"},
    "uncertainty.ui.stop": {"nl": "Stoppen", "en": "Stop"},
    "uncertainty.ui.running": {
        "nl": "Bezig: {done} van {total} trekkingen",
        "en": "Running: {done} of {total} draws",
    },
    "uncertainty.ui.stopped": {
        "nl": "Simulatie gestopt; er is geen uitkomst bewaard.",
        "en": "Simulation stopped; no result was kept.",
    },
    "uncertainty.ui.stale": {
        "nl": "De aannames zijn veranderd sinds de laatste simulatie: start haar opnieuw.",
        "en": "The assumptions changed since the last simulation: start it again.",
    },
    "uncertainty.ui.point": {"nl": "Puntschatting", "en": "Point estimate"},
    "uncertainty.ui.point_help": {
        "nl": "De rendementsfactor met alle aannames op hun ingevoerde waarde: de uitkomst "
        "bovenaan de Impactkaart.",
        "en": "The return factor with every assumption at its entered value: the result at "
        "the top of the Impact map.",
    },
    "uncertainty.ui.median": {"nl": "Mediaan", "en": "Median"},
    "uncertainty.ui.interval": {"nl": "90%-interval", "en": "90% interval"},
    "uncertainty.ui.p1": {"nl": "Kans op meer dan 1", "en": "Chance of more than 1"},
    "uncertainty.ui.no_chance": {
        "nl": "Geen aanname varieert: er is geen kans om te noemen, alleen de puntschatting.",
        "en": "No assumption varies: there is no chance to tell, only the point estimate.",
    },
    "uncertainty.ui.correlation": {"nl": "Samenhang tussen aannames", "en": "How assumptions move together"},
    "uncertainty.ui.correlation_help": {
        "nl": "Schattingen van één soort (alle aantallen, alle waarden per eenheid, …) komen "
        "vaak uit dezelfde bron en van dezelfde makers en zitten er dan samen naast. "
        "Onafhankelijk trekken maakt het interval te smal. Standaard: per soort, correlatie "
        "0,5 (een vuistregel van deze tool).",
        "en": "Estimates of one kind (all quantities, all values per unit, …) often share a "
        "source and their makers, and then err together. Drawing them independently makes "
        "the interval too narrow. Default: per kind, correlation 0.5 (a rule of thumb of "
        "this tool).",
    },
    "uncertainty.ui.grouping.kind": {"nl": "per soort aanname", "en": "per kind of assumption"},
    "uncertainty.ui.grouping.all": {
        "nl": "alle aannames samen (alles mee of alles tegen)",
        "en": "all assumptions together (all for or all against)",
    },
    "uncertainty.ui.grouping.none": {"nl": "onafhankelijk", "en": "independent"},
    "uncertainty.ui.rho": {"nl": "Correlatie", "en": "Correlation"},
    "uncertainty.ui.widening": {
        "nl": "Ter vergelijking, met dezelfde trekkingen: onafhankelijk {independent}; alle "
        "aannames volledig samen {together}.",
        "en": "For comparison, with the same draws: independent {independent}; all "
        "assumptions fully together {together}.",
    },    "uncertainty.ui.sentence": {
        "nl": "In 9 van de 10 trekkingen levert elke geïnvesteerde euro tussen {lo} en {hi} op.",
        "en": "In 9 out of 10 draws every euro invested returns between {lo} and {hi}.",
    },
    "uncertainty.ui.method": {
        "nl": "{n} trekkingen, seed {seed}; {how}. Driehoeksverdeling met de top bij de "
        "ingevoerde waarde, tenzij anders vastgelegd.",
        "en": "{n} draws, seed {seed}; {how}. Triangular distribution peaking at the entered "
        "value unless set otherwise.",
    },
    "uncertainty.ui.details": {
        "nl": "Per partij en arbeidsmarkteffecten",
        "en": "Per party and labour-market effects",
    },
    "uncertainty.ui.party": {"nl": "Partij", "en": "Party"},
    "uncertainty.ui.benefits": {"nl": "Baten (mediaan)", "en": "Benefits (median)"},
    "uncertainty.ui.benefits_int": {"nl": "Baten (90%-interval)", "en": "Benefits (90% interval)"},
    "uncertainty.ui.rendement": {
        "nl": "Eigen rendement (90%-interval)",
        "en": "Own return (90% interval)",
    },
    "uncertainty.ui.sector": {"nl": "Sector", "en": "Sector"},
    "uncertainty.ui.fte": {"nl": "Fte (mediaan)", "en": "FTE (median)"},
    "uncertainty.ui.fte_int": {"nl": "Fte (90%-interval)", "en": "FTE (90% interval)"},
    "uncertainty.ui.fte_note": {
        "nl": "Bespaarde fte opgeteld over de jaren.",
        "en": "FTE saved, summed over the years.",
    },
    "uncertainty.years": {"nl": "{n} jaar", "en": "{n} years"},
    "uncertainty.year_one": {"nl": "{n} jaar", "en": "{n} year"},
    # --- break-even sentences (uncertainty/sensitivity.py) -------------------------------------
    # The parts that depend on the threshold 1 (the SEOR average is context, never a threshold).
    "uncertainty.keep.one": {
        "nl": "blijft elke euro meer dan een euro opleveren",
        "en": "every euro still returns more than a euro",
    },
    "uncertainty.below.one": {
        "nl": "zakt de rendementsfactor onder 1",
        "en": "the return factor drops below 1",
    },
    "uncertainty.reach.one": {
        "nl": "om elke euro terug te verdienen",
        "en": "to earn back every euro",
    },
    "uncertainty.under.one": {
        "nl": "De rendementsfactor ligt onder 1",
        "en": "The return factor is below 1",
    },
    # One sentence per case of `sensitivity.BreakEven.case`.
    "uncertainty.break_even.no_costs": {
        "nl": "Zonder kosten is er geen rendementsfactor en dus geen omslagpunt.",
        "en": "Without costs there is no return factor, so no break-even point.",
    },
    "uncertainty.break_even.not_positive": {
        "nl": "Het effect ‘{outcome}’ heeft geen positieve waarde: als het kleiner wordt, "
        "daalt de rendementsfactor niet.",
        "en": "The effect ‘{outcome}’ has no positive value: if it shrinks, the return factor "
        "does not fall.",
    },
    "uncertainty.break_even.robust": {
        "nl": "Ook zonder het effect ‘{outcome}’ {keep}.",
        "en": "Even without the effect ‘{outcome}’, {keep}.",
    },
    "uncertainty.break_even.hardly": {
        "nl": "Het effect ‘{outcome}’ mag nauwelijks kleiner worden: bij {exact} minder "
        "{below}.",
        "en": "The effect ‘{outcome}’ can hardly shrink: at {exact} less, {below}.",
    },
    "uncertainty.break_even.margin": {
        "nl": "Zelfs als het effect ‘{outcome}’ {pct} kleiner is, {keep} (omslagpunt: {exact} "
        "kleiner).",
        "en": "Even if the effect ‘{outcome}’ is {pct} smaller, {keep} (break-even: {exact} "
        "smaller).",
    },
    "uncertainty.break_even.grow": {
        "nl": "{under}: het effect ‘{outcome}’ zou {need} groter moeten zijn {reach}.",
        "en": "{under}: the effect ‘{outcome}’ would have to be {need} larger {reach}.",
    },
    "uncertainty.break_even.robust_all": {
        "nl": "Ook zonder één van de effecten {outcomes} {keep}.",
        "en": "Even without any one of the effects {outcomes}, {keep}.",
    },
    "uncertainty.or": {"nl": "of", "en": "or"},
    # --- Monte Carlo (uncertainty/montecarlo.py) -------------------------------------------------
    "uncertainty.cancelled": {
        "nl": "Monte Carlo afgebroken na {done} van {total} trekkingen.",
        "en": "Monte Carlo stopped after {done} of {total} draws.",
    },
    "uncertainty.draws_range": {
        "nl": "het aantal trekkingen moet tussen 1 en {max} liggen",
        "en": "the number of draws must lie between 1 and {max}",
    },
    "uncertainty.json_note": {
        "nl": "{how}; 90%-interval = 5e tot 95e percentiel",
        "en": "{how}; 90% interval = 5th to 95th percentile",
    },
    # How the draws move together (uncertainty/correlation.py).
    "uncertainty.correlation.none": {
        "nl": "aannames onafhankelijk getrokken",
        "en": "assumptions drawn independently",
    },
    "uncertainty.correlation.kind": {
        "nl": "aannames van één soort (alle aantallen, alle waarden per eenheid, …) bewegen "
        "samen met correlatie {rho}",
        "en": "assumptions of one kind (all quantities, all values per unit, …) move together "
        "with correlation {rho}",
    },
    "uncertainty.correlation.all": {
        "nl": "alle aannames bewegen samen in dezelfde richting voor de uitkomst, met "
        "correlatie {rho}",
        "en": "all assumptions move together in the same direction for the result, with "
        "correlation {rho}",
    },
    # --- text reports for the command line (uncertainty/report.py) -------------------------------
    "uncertainty.report.factor": {
        "nl": "Rendementsfactor: {factor}",
        "en": "Return factor: {factor}",
    },
    "uncertainty.report.no_factor": {
        "nl": "Rendementsfactor: – ({reason})",
        "en": "Return factor: – ({reason})",
    },
    "uncertainty.report.tornado": {
        "nl": "Tornado: de rendementsfactor bij de lage en de hoge waarde van elke aanname (de "
        "rest op de basiswaarde), grootste invloed eerst:",
        "en": "Tornado: the return factor at the low and the high value of each assumption (the "
        "rest at base), largest influence first:",
    },
    "uncertainty.report.default": {"nl": "standaard", "en": "default"},
    "uncertainty.report.no_ranges": {
        "nl": "Dit project heeft geen bandbreedtes op zijn aannames. Voeg ze toe in het "
        "projectbestand (zie docs/project-format.md, 'Ranges') of gebruik "
        "--standaardbandbreedtes.",
        "en": "This project has no ranges on its assumptions. Add them in the project file (see "
        "docs/project-format.md, 'Ranges') or use --standaardbandbreedtes.",
    },
    "uncertainty.report.break_even": {
        "nl": "Omslagpunten (hoeveel kleiner mag een effect worden; aantal of waarde per "
        "eenheid, dat is voor de rendementsfactor hetzelfde):",
        "en": "Break-even points (how much smaller an effect may become; quantity or value per "
        "unit, for the return factor that is the same):",
    },
    "uncertainty.report.interval": {
        "nl": "mediaan {median}, 90%-interval {low} – {high}",
        "en": "median {median}, 90% interval {low} – {high}",
    },
    "uncertainty.report.draws": {
        "nl": "Monte Carlo: {n} trekkingen, seed {seed}; {how}.",
        "en": "Monte Carlo: {n} draws, seed {seed}; {how}.",
    },
    "uncertainty.report.factor_interval": {
        "nl": "Rendementsfactor: {line}",
        "en": "Return factor: {line}",
    },
    "uncertainty.report.point_interval": {
        "nl": "{point} (puntschatting); {interval}",
        "en": "{point} (point estimate); {interval}",
    },
    "uncertainty.headline.how": {
        "nl": "Monte Carlo met {n} trekkingen (seed {seed}); {how}; 90%-interval = 5e tot "
        "95e percentiel.",
        "en": "Monte Carlo with {n} draws (seed {seed}); {how}; 90% interval = 5th to 95th "
        "percentile.",
    },
    "uncertainty.headline.chance": {
        "nl": "Kans op een rendementsfactor boven 1: {chance}",
        "en": "Chance of a return factor above 1: {chance}",
    },
    # --- command line (cli/uncertainty.py) --------------------------------------------------------
    "uncertainty.cli.grouping_help": {
        "nl": "hoe de aannames samen bewegen: kind = per soort (alle aantallen samen, …), all = "
        "alle samen in dezelfde richting voor de uitkomst, none = onafhankelijk "
        "(standaard: {default})",
        "en": "how the assumptions move together: kind = per kind (all quantities together, …), "
        "all = all together in the same direction for the result, none = independent "
        "(default: {default})",
    },
    "uncertainty.cli.rho_help": {
        "nl": "correlatie binnen een groep, 0 tot 1 (standaard: {default}; een vuistregel)",
        "en": "correlation within a group, 0 to 1 (default: {default}; a rule of thumb)",
    },
    "uncertainty.cli.rho_range": {
        "nl": "--correlatie: moet tussen 0 en 1 liggen",
        "en": "--correlatie: must lie between 0 and 1",
    },
    # --- the Excel's uncertainty sheet (io/exports/excel.py) ----------------------------------------
    "uncertainty.xl.sheet": {"nl": "Onzekerheid", "en": "Uncertainty"},
    "uncertainty.xl.title": {"nl": "Onzekerheid – {name}", "en": "Uncertainty – {name}"},
    "uncertainty.xl.point": {
        "nl": "Rendementsfactor (puntschatting)",
        "en": "Return factor (point estimate)",
    },
    "uncertainty.xl.median": {"nl": "Mediaan (Monte Carlo)", "en": "Median (Monte Carlo)"},
    "uncertainty.xl.p05": {
        "nl": "90%-interval: ondergrens (5e percentiel)",
        "en": "90% interval: lower bound (5th percentile)",
    },
    "uncertainty.xl.p95": {
        "nl": "90%-interval: bovengrens (95e percentiel)",
        "en": "90% interval: upper bound (95th percentile)",
    },
    "uncertainty.xl.p_above_1": {
        "nl": "Kans op een rendementsfactor boven 1",
        "en": "Chance of a return factor above 1",
    },
    "uncertainty.xl.no_chance": {
        "nl": "geen aanname varieert: geen kans te noemen",
        "en": "no assumption varies: no chance to tell",
    },
    "uncertainty.xl.draws": {"nl": "Trekkingen", "en": "Draws"},
    "uncertainty.xl.seed": {"nl": "Seed", "en": "Seed"},
    "uncertainty.xl.tornado": {
        "nl": "Tornado: rendementsfactor bij de lage en de hoge waarde van elke aanname (de rest "
        "op de ingevoerde waarde)",
        "en": "Tornado: return factor at the low and the high value of each assumption (the "
        "rest at the entered value)",
    },
    "uncertainty.xl.col.lever": {"nl": "Aanname", "en": "Assumption"},
    "uncertainty.xl.col.low": {"nl": "Laag", "en": "Low"},
    "uncertainty.xl.col.high": {"nl": "Hoog", "en": "High"},
    "uncertainty.xl.col.factor_low": {"nl": "Factor bij laag", "en": "Factor at low"},
    "uncertainty.xl.col.factor_high": {"nl": "Factor bij hoog", "en": "Factor at high"},
    "uncertainty.xl.col.default": {"nl": "Standaardbandbreedte", "en": "Default range"},
    "uncertainty.xl.yes": {"nl": "ja (vuistregel)", "en": "yes (rule of thumb)"},
    "uncertainty.report.n_effects": {"nl": "({n} effecten)", "en": "({n} effects)"},
    "uncertainty.report.p_above_1": {
        "nl": "Kans dat elke euro meer dan een euro oplevert (> 1): {chance}",
        "en": "Chance that every euro returns more than a euro (> 1): {chance}",
    },
    "uncertainty.report.no_costs": {
        "nl": "Rendementsfactor: – (geen kosten ingevoerd)",
        "en": "Return factor: – (no costs entered)",
    },
    "uncertainty.report.parties": {
        "nl": "Wie profiteert (contante waarde van de baten):",
        "en": "Who benefits (present value of the benefits):",
    },
    "uncertainty.report.fte": {
        "nl": "Arbeidsmarkteffecten (bespaarde fte, opgeteld over de jaren):",
        "en": "Labour-market effects (FTE saved, summed over the years):",
    },
    "uncertainty.report.no_sectors": {
        "nl": "geen (geen effecten met een sector)",
        "en": "none (no effects with a sector)",
    },
}
