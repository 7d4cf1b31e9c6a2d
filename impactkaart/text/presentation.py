"""The presentation: one message per view, for a project or a whole portfolio.

Five views, in the order a wethouder tells the story: what every euro returns
(against the SEOR average), who invests and who profits, how much staff time
is saved and where, the qualitative effects in the words of the people
involved, and the assumptions it all rests on. The page draws them; this
module only chooses the words, from `briefing` (one project) or from a
`PortfolioView` (every project, one engine call), in Dutch or English
(`impactkaart.text.words.show`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from impactkaart.portfolio.view import PortfolioView
from impactkaart.text import formats
from impactkaart.text.briefing import Briefing, Evidence, PartyLine, party_lines
from impactkaart.text.catalogue import join_list, mid_sentence, t
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


def _bars(factor: float | None, factor_text: str, benchmark: float, label: str,
          lang: str) -> tuple[Bar, ...]:
    if factor is None:
        return ()
    return (Bar(label, factor, factor_text, True),
            Bar(t("show.seor_bar", lang), benchmark, formats.factor(benchmark, lang), False))


def fte_title(total: float, sectors: list[str], lang: str = "nl") -> str:
    """'11,6 fte bespaard bij jeugdzorg, onderwijs en zorg' (most FTE first; long lists cut)."""
    if not sectors:
        return t("show.fte_none", lang)
    names = [mid_sentence(sector_label(s, lang)) for s in sectors[:3]]
    if len(sectors) == 4:
        names.append(t("show.other_sector", lang))
    elif len(sectors) > 4:
        names.append(t("show.other_sectors", lang, n=len(sectors) - 3))
    return t("show.fte_title", lang, fte=fte_text(total, lang), sectors=join_list(names, lang))


def _fte_slide(per_sector: pd.DataFrame, total: float, lang: str) -> Slide:
    per_sector = per_sector.loc[per_sector["fte"] > 0].sort_values("fte", ascending=False)
    sectors = list(per_sector["sector"])
    items = [t("show.fte_item", lang, fte=fte_text(float(row.fte), lang),
               sector=mid_sentence(sector_label(row.sector, lang)))
             for row in per_sector.itertuples()]
    return Slide(
        "fte", fte_title(total, sectors, lang), subtitle=t("show.fte_subtitle", lang),
        items=_limited(items, t("show.more_sectors", lang, n="{n}")),
    )


def party_message(parties: list[PartyLine], lang: str = "nl") -> tuple[str, ...]:
    """One sentence: what the biggest financier puts in and gets back, and who gains most."""
    payer = max(parties, key=lambda p: p.pays, default=None)
    receiver = max(parties, key=lambda p: p.receives, default=None)
    lines = []
    if payer is not None and payer.pays > 0:
        back = (t("show.payer_back", lang, amount=payer.receives_text, factor=payer.rendement_text)
                if payer.receives > 0 else "")
        lines.append(t("show.payer", lang, party=payer.label, amount=payer.pays_text, back=back))
    if receiver is not None and receiver.receives > 0 and receiver is not payer:
        lines.append(t("show.receiver", lang, party=receiver.label, amount=receiver.receives_text))
    return tuple(lines)


def _quotes_slide(quotes: list[str], lang: str) -> Slide:
    return Slide("kwalitatief", t("show.quotes_title", lang),
                 subtitle=t("show.quotes_subtitle", lang),
                 items=_limited(quotes, t("show.more_others", lang, n="{n}")) if quotes
                 else (t("show.no_quotes", lang),))


def driver_slide(ev: Evidence, note: str, lang: str = "nl") -> Slide:
    """The last view as one message: the assumption the factor hangs on most (the tornado's
    top, in plain words), what it does when it turns out worse or better, and the interval."""
    if not ev.drivers:
        return Slide("aannames", t("onepager.show_no_drivers", lang), note=note)
    top = ev.drivers[0]
    what = (t("onepager.show_what", lang, outcome=top.outcome) if top.outcome is not None
            else mid_sentence(t("onepager.what.discount_rate", lang)))
    items = [t("onepager.show_item", lang, f_low=formats.factor(top.factor_low, lang, decimals=2),
               f_high=formats.factor(top.factor_high, lang, decimals=2))]
    if ev.p05 is not None and ev.p95 is not None:
        items.append(t("onepager.show_interval", lang, low=formats.factor(ev.p05, lang, decimals=2),
                       high=formats.factor(ev.p95, lang, decimals=2)))
    # The title names the effect; the subtitle which of its assumptions, in plain words.
    subtitle = t(f"onepager.what.{top.name}", lang) if top.outcome is not None else ""
    return Slide("aannames", t("onepager.show_title", lang, what=what), subtitle=subtitle,
                 items=tuple(items), note=note)


def project_slides(b: Briefing, result, lang: str = "nl", evidence: Evidence | None = None) -> list[Slide]:
    """The five views for one project (``b`` from `briefing.briefing`, in the same ``lang``).

    With ``evidence`` (`briefing.evidence`) the last view is one message about the
    assumption the result depends on most; without it, the discount rate and the three
    biggest effects' assumptions."""
    party_items = party_message(b.parties, lang)
    quotes = [f"“{q.outcome}” — {mid_sentence(q.party)}" for q in b.qualitative]
    rate = formats.percent(result.discount_rate, lang, decimals=2)
    assumptions = [t("show.assumption_rate", lang, rate=rate), *b.assumptions[:3]]
    illustrative = (t("show.illustrative_note", lang, reasons="; ".join(b.illustrative))
                    if b.illustrative else "")
    last = (driver_slide(evidence, illustrative + t("show.sources_note", lang), lang)
            if evidence is not None else
            Slide("aannames", t("show.assumptions_title", lang), items=tuple(assumptions),
                  note=illustrative + t("show.sources_note", lang)))
    return [
        Slide("rendement", b.headline, subtitle=b.comparison, note=b.benchmark_text,
              bars=_bars(result.rendementsfactor, b.factor_text, b.benchmark.value,
                         t("show.this_project", lang), lang)),
        Slide("partijen", t("show.parties_title", lang), items=tuple(party_items),
              note=t("show.parties_note", lang)),
        _fte_slide(result.fte_by_sector(), result.fte_total, lang),
        _quotes_slide(quotes, lang),
        last,
    ]


def portfolio_slides(view: PortfolioView, lang: str = "nl") -> list[Slide]:
    """The five views for every project together."""
    n = len(view.projects)
    bench = seor_benchmark()
    factor = view.rendementsfactor
    bench_text = formats.factor(bench.value, lang)
    headline = (t("show.portfolio_headline", lang, n=n,
                  amount=formats.euro(factor, lang, decimals=2)) if factor is not None
                else t("show.portfolio_no_factor", lang))
    party_items = party_message(party_lines(view.as_result("Portfolio"), lang), lang)
    quotes = [f"“{q.outcome}” — {mid_sentence(party_label(q.stakeholder, lang))} ({p.name})"
              for p in view.projects for q in p.qualitative]
    rates = sorted({p.discount_rate for p in view.projects})
    illustrative = sum(1 for p in view.projects if illustrative_reasons(p))
    # SEOR's 1,6 is context, not a pass mark: no "x van n boven" verdict (issue 15 item 8).
    assumptions = [
        t("show.portfolio_computed", lang, n=n),
        t("show.portfolio_rates", lang,
          rates=join_list([formats.percent(r, lang, decimals=2) for r in rates], lang)),
    ]
    if illustrative:
        assumptions.append(t("show.portfolio_illustrative_one" if illustrative == 1
                             else "show.portfolio_illustrative", lang, count=illustrative, n=n))
    return [
        Slide("rendement", headline,
              subtitle=t("seor_context.subtitle", lang, n_mkba=bench.n_mkba, benchmark=bench_text),
              note=t("show.portfolio_benchmark", lang, value=bench_text, n_cases=bench.n_cases,
                     n_mkba=bench.n_mkba, publisher=bench.publisher, year=bench.year),
              bars=_bars(factor, formats.factor(factor, lang, decimals=2), bench.value,
                         t("show.these_projects", lang), lang)),
        Slide("partijen", t("show.parties_title", lang), items=tuple(party_items),
              note=t("show.parties_note_portfolio", lang)),
        _fte_slide(view.fte_by_sector(), view.fte_total, lang),
        _quotes_slide(quotes, lang),
        Slide("aannames", t("show.assumptions_title", lang), items=tuple(assumptions),
              note=t("show.sources_note_portfolio", lang)),
    ]


def seor_context_help(lang: str = "nl") -> str:
    """What SEOR's 1,6 is, beside a result: an average of 14 MKBAs, context and no norm."""
    bench = seor_benchmark()
    return t("seor_context.metric_help", lang, n_mkba=bench.n_mkba, publisher=bench.publisher,
             year=bench.year)
