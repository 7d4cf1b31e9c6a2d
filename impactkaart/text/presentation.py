"""The presentation: one message per view, for a project or a whole portfolio.

Five views, in the order a wethouder tells the story: what every euro returns
(against the SEOR average), who invests and who profits, how much staff time
is saved and where, the qualitative effects in the words of the people
involved, and the assumptions it all rests on. The page draws them; this
module only chooses the words, from `briefing` (one project) or from a
`PortfolioView` (every project, one engine call).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from impactkaart.portfolio.view import PortfolioView
from impactkaart.text import formats
from impactkaart.text.briefing import Briefing, PartyLine, party_lines
from impactkaart.text.catalogue import join_list, mid_sentence
from impactkaart.text.names import party_label, sector_label
from impactkaart.text.summary import fte_text, illustrative_reasons, seor_benchmark

MAX_ITEMS = 5  # lines per view that still read from the back of a council chamber
KEYS = ("rendement", "partijen", "fte", "kwalitatief", "aannames")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    highlight: bool


@dataclass(frozen=True)
class Slide:
    key: str  # one of KEYS
    title: str  # the one message
    subtitle: str = ""
    items: tuple[str, ...] = ()
    note: str = ""
    bars: tuple[Bar, ...] = field(default_factory=tuple)  # the factor against SEOR


def _limited(items: list[str], more: str) -> tuple[str, ...]:
    if len(items) <= MAX_ITEMS:
        return tuple(items)
    return (*items[: MAX_ITEMS - 1], more.format(n=len(items) - MAX_ITEMS + 1))


def _bars(factor: float | None, factor_text: str, benchmark: float, label: str) -> tuple[Bar, ...]:
    if factor is None:
        return ()
    return (Bar(label, factor, factor_text, True),
            Bar("Gemiddeld sociaal werk (SEOR)", benchmark, formats.factor(benchmark), False))


def fte_title(total: float, sectors: list[str]) -> str:
    """'11,6 fte bespaard bij jeugdzorg, onderwijs en zorg' (most FTE first; long lists cut)."""
    if not sectors:
        return "Geen berekende arbeidsbesparing"
    names = [mid_sentence(sector_label(s)) for s in sectors[:3]]
    if len(sectors) > 3:
        names.append(f"{len(sectors) - 3} andere sector{'en' if len(sectors) > 4 else ''}")
    return f"{fte_text(total)} fte bespaard bij {join_list(names)}"


def _fte_slide(per_sector: pd.DataFrame, total: float) -> Slide:
    per_sector = per_sector.loc[per_sector["fte"] > 0].sort_values("fte", ascending=False)
    sectors = list(per_sector["sector"])
    items = [f"{fte_text(float(row.fte))} fte – {mid_sentence(sector_label(row.sector))}"
             for row in per_sector.itertuples()]
    return Slide(
        "fte", fte_title(total, sectors),
        subtitle="Arbeidstijd die elders vrijkomt, opgeteld over alle jaren "
                 "(1 fte = een voltijdsbaan gedurende een jaar)",
        items=_limited(items, "en nog {n} sectoren"),
    )


def party_message(parties: list[PartyLine]) -> tuple[str, ...]:
    """One sentence: what the biggest financier puts in and gets back, and who gains most."""
    payer = max(parties, key=lambda p: p.pays, default=None)
    receiver = max(parties, key=lambda p: p.receives, default=None)
    lines = []
    if payer is not None and payer.pays > 0:
        back = (f" en krijgt {payer.receives_text} terug ({payer.rendement_text})"
                if payer.receives > 0 else "")
        lines.append(f"{payer.label} investeert {payer.pays_text}{back}")
    if receiver is not None and receiver.receives > 0 and receiver is not payer:
        lines.append(f"{receiver.label} profiteert het meest: {receiver.receives_text}")
    return tuple(lines)


def project_slides(b: Briefing, result) -> list[Slide]:
    """The five views for one project (``b`` from `briefing.briefing`)."""
    party_items = party_message(b.parties)
    quotes = [f"“{q.outcome}” — {mid_sentence(q.party)}" for q in b.qualitative]
    rate = formats.percent(result.discount_rate, decimals=2)
    assumptions = [f"Discontovoet {rate}; contante waarde aan het begin van het project",
                   *b.assumptions[:3]]
    return [
        Slide("rendement", b.headline, subtitle=b.comparison, note=b.benchmark_text,
              bars=_bars(result.rendementsfactor, b.factor_text, b.benchmark.value, "Dit project")),
        Slide("partijen", "Wie investeert, wie profiteert", items=tuple(party_items),
              note="Contante waarde over de hele looptijd."),
        _fte_slide(result.fte_by_sector(), result.fte_total),
        Slide("kwalitatief", "In de woorden van de mensen zelf",
              subtitle="Niet in euro's uit te drukken, wel deel van het verhaal",
              items=_limited(quotes, "en nog {n} andere") if quotes
              else ("Geen kwalitatieve effecten vastgelegd.",)),
        Slide("aannames", "Waar deze cijfers op rusten", items=tuple(assumptions),
              note=("Illustratief: " + "; ".join(b.illustrative) + ". " if b.illustrative else "")
              + "Alle bronnen en aannames: de one-pager (PDF) en de Excel-export."),
    ]


def portfolio_slides(view: PortfolioView) -> list[Slide]:
    """The five views for every project together."""
    n = len(view.projects)
    bench = seor_benchmark()
    factor = view.rendementsfactor
    headline = (f"Elke geïnvesteerde euro in deze {n} projecten levert "
                f"{formats.euro(factor, decimals=2)} op" if factor is not None
                else "Geen kosten ingevoerd: de rendementsfactor is niet te berekenen")
    party_items = party_message(party_lines(view.as_result("Portfolio")))
    quotes = [f"“{q.outcome}” — {mid_sentence(party_label(q.stakeholder))} ({p.name})"
              for p in view.projects for q in p.qualitative]
    rates = sorted({p.discount_rate for p in view.projects})
    illustrative = sum(1 for p in view.projects if illustrative_reasons(p))
    assumptions = [
        f"{n} projecten, elk in één keer doorgerekend met dezelfde rekenregels",
        "Discontovoet " + join_list([formats.percent(r, decimals=2) for r in rates])
        + "; elk project contant gemaakt naar zijn eigen startjaar",
        f"{view.n_above_benchmark} van de {n} projecten "
        f"{'haalt' if view.n_above_benchmark == 1 else 'halen'} het SEOR-gemiddelde "
        f"({formats.factor(bench.value)})",
    ]
    if illustrative:
        verb = "rust" if illustrative == 1 else "rusten"
        assumptions.append(f"{illustrative} van de {n} projecten {verb} (deels) op illustratieve "
                           "cijfers")
    return [
        Slide("rendement", headline,
              subtitle=f"{view.n_above_benchmark} van de {n} projecten boven het gemiddelde van "
                       f"sociaal werk ({formats.factor(bench.value)})",
              note=f"SEOR-benchmark {formats.factor(bench.value)}: het gemiddelde rendement van "
                   f"{bench.n_cases} businesscases uit {bench.n_mkba} MKBA's van sociaal werk "
                   f"({bench.publisher}, {bench.year})",
              bars=_bars(factor, formats.factor(factor, decimals=2), bench.value, "Deze projecten")),
        Slide("partijen", "Wie investeert, wie profiteert", items=tuple(party_items),
              note="Contante waarde, alle projecten samen."),
        _fte_slide(view.fte_by_sector(), view.fte_total),
        Slide("kwalitatief", "In de woorden van de mensen zelf",
              subtitle="Niet in euro's uit te drukken, wel deel van het verhaal",
              items=_limited(quotes, "en nog {n} andere") if quotes
              else ("Geen kwalitatieve effecten vastgelegd.",)),
        Slide("aannames", "Waar deze cijfers op rusten", items=tuple(assumptions),
              note="Per project: alle bronnen en aannames in de one-pager en de Excel-export."),
    ]
