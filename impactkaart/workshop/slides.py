"""What the projector shows, as ready text: one attendee's slide and the room's closing slide.

The numbers come from the room's one portfolio call (`overview.room_of`); here they are
only worded (formats, labels). The closing slide names SEOR's average as context, never
as a verdict on anyone's factor (docs/method.md: a factor is a conversation, not a grade).
"""

from __future__ import annotations

from dataclasses import dataclass

from impactkaart.portfolio.charts import fte_sector_data
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label
from impactkaart.text.summary import fte_text, seor_benchmark
from impactkaart.workshop.overview import Room, named_sectors, named_stakeholders

CHAIN_ROWS = 3  # the outcomes a slide shows (largest value first): room for 24 px type
TOP = 3  # stakeholders and sectors on the closing slide
FTE_ROWS = 4


@dataclass(frozen=True)
class AttendeeSlide:
    attendee: str
    project: str
    figures: list[tuple[str, str]]  # (caption, figure)
    chain: list[tuple[str, str, str]]  # (who notices, what changes, what it is worth)
    more: int  # outcomes not shown


@dataclass(frozen=True)
class ClosingSlide:
    factors: list[tuple[str, str, str]]  # (attendee, project, factor)
    seor: str  # the context line
    stakeholders: list[tuple[str, str]]  # (label, "named by n")
    sectors: list[tuple[str, str]]
    fte: list[tuple[str, str]]  # (sector, FTE)


def attendee_slide(room: Room, index: int, lang: str = "nl") -> AttendeeSlide:
    attendee = room.attendees[index]
    result = room.result(index)
    row = room.table().iloc[index]
    factor = row["rendementsfactor"]
    figures = [
        (t("rendementsfactor", lang),
         formats.factor(None if factor != factor else float(factor), lang)),
        (t("workshop.overview.col_benefits", lang), formats.euro(float(row["pv_benefits"]), lang)),
        (t("workshop.overview.col_costs", lang), formats.euro(float(row["pv_costs"]), lang)),
        (t("workshop.overview.col_fte", lang), fte_text(float(row["fte_total"]), lang)),
    ]
    values = dict(zip(result.effects["effect"].astype(int), result.effects["pv_benefits"]))
    effects = sorted(enumerate(attendee.project.effects), key=lambda e: -float(values.get(e[0], 0)))
    chain = [(party_label(e.stakeholder, lang), e.outcome, formats.euro(float(values[i]), lang))
             for i, e in effects[:CHAIN_ROWS] if i in values]
    return AttendeeSlide(attendee.label, attendee.project.name, figures, chain,
                         max(0, len(effects) - CHAIN_ROWS))


def _named(frame, lang: str) -> list[tuple[str, str]]:
    return [(label, t("workshop.beamer.named_by", lang, n=int(n)))
            for label, n in zip(frame["label"].head(TOP), frame["attendees"].head(TOP))]


def closing_slide(room: Room, lang: str = "nl") -> ClosingSlide:
    table = room.table()
    factors = [(a.label, a.project.name,
                formats.factor(None if f != f else float(f), lang))
               for a, f in zip(room.attendees, table["rendementsfactor"])]
    seor = t("workshop.beamer.seor", lang, value=formats.factor(room.view.benchmark, lang),
             n=seor_benchmark().n_cases) if room.view is not None else ""
    fte = fte_sector_data(room.view, lang) if room.view is not None else None
    fte_rows = [] if fte is None else [
        (label, fte_text(float(v), lang))
        for label, v in zip(fte.sort_values("fte", ascending=False)["label"].head(FTE_ROWS),
                            fte.sort_values("fte", ascending=False)["fte"].head(FTE_ROWS))]
    return ClosingSlide(factors, seor, _named(named_stakeholders(room, lang), lang),
                        _named(named_sectors(room, lang), lang), fte_rows)
