"""The facilitator's view of a workshop room, and its export.

`room_of` reads every workspace of a workshop, their designs (three queries)
and their saved projects (one query per table), and computes all projects in
ONE `compute_portfolio` call (`portfolio.portfolio_view`). The overview shows
the engine's figures per attendee against the SEOR benchmark, what the room
names most, and the FTE saved per sector across the room.

Exports: an xlsx workbook (every user text through `safe_cells`) with the
attendees, every outcome with its indicator and value, and the costs, its
sheets and headers in the chosen language; and a zip with that workbook and
each attendee's JSON project file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass

import pandas as pd
from openpyxl import Workbook

from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.io.exports.onepager import onepager_pdf
from impactkaart.io.exports.safe_cells import set_cell, write_frame
from impactkaart.io.project_file import project_json
from impactkaart.portfolio.view import PortfolioView, portfolio_view
from impactkaart.store.projects import Store
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label, proxy_label, sector_label
from impactkaart.workshop.design import OWN, Design, DesignedMap
from impactkaart.workshop.rooms import (
    Workshop,
    Workspace,
    designed_map,
    load_designs,
    workspaces_of,
)


@dataclass(frozen=True)
class Attendee:
    workspace: Workspace
    label: str  # the attendee's name, numbered if two have the same one
    design: Design
    designed: DesignedMap  # the outcomes' status (indicator, what is missing)
    project: Project  # as saved in the store: what the engine computes


@dataclass(frozen=True)
class Room:
    workshop: Workshop
    attendees: list[Attendee]
    view: PortfolioView | None  # None: nobody has joined yet

    def result(self, index: int) -> ProjectResult:
        """The engine's result for one attendee (from the one portfolio call)."""
        return self.view.result.project(index)

    def table(self) -> pd.DataFrame:
        """One row per attendee: the engine's figures and how far the design is."""
        columns = ["workspace_id", "label", "rendementsfactor", "pv_costs", "pv_benefits", "npv",
                   "fte_total", "above_benchmark", "counted", "outcomes", "updated_at"]
        if self.view is None:
            return pd.DataFrame(columns=columns)
        table = self.view.table
        return pd.DataFrame({
            "workspace_id": [a.workspace.id for a in self.attendees],
            "label": [a.label for a in self.attendees],
            "rendementsfactor": table["rendementsfactor"].to_numpy(),
            "pv_costs": table["pv_costs"].to_numpy(),
            "pv_benefits": table["pv_benefits"].to_numpy(),
            "npv": table["npv"].to_numpy(),
            "fte_total": table["fte_total"].to_numpy(),
            "above_benchmark": table["above_benchmark"].to_numpy(),
            "counted": [a.designed.n_counted for a in self.attendees],
            "outcomes": [len(a.designed.outcomes) for a in self.attendees],
            "updated_at": [a.workspace.updated_at for a in self.attendees],
        }, columns=columns)


def _labels(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    labels = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        labels.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return labels


def room_of(store: Store, workshop: Workshop, reference: Reference | None = None) -> Room:
    """Every attendee of a workshop with the engine's figures (one portfolio call)."""
    reference = reference or default_reference()
    workspaces = workspaces_of(store, workshop.id)
    designs = load_designs(store, [w.id for w in workspaces])
    saved = dict(store.load_projects([w.project_id for w in workspaces if w.project_id is not None]))
    attendees = []
    for workspace, label in zip(workspaces, _labels([w.attendee for w in workspaces])):
        design = designs[workspace.id]
        designed = designed_map(design, workspace, reference)
        # The saved project is rebuilt with every save; should it be gone (deleted on
        # another page), the design's own project stands in until the next save.
        project = saved.get(workspace.project_id, designed.project)
        attendees.append(Attendee(workspace, label, design, designed, project))
    view = None
    if attendees:
        view = portfolio_view([(a.workspace.project_id or 0, a.project) for a in attendees],
                              reference)
    return Room(workshop, attendees, view)


def _count(rows: list[tuple[str, str, int]], key_name: str) -> pd.DataFrame:
    """(workspace, key, outcomes) rows -> key, attendees naming it, outcomes; most named first."""
    frame = pd.DataFrame(rows, columns=["workspace", key_name, "n"])
    if frame.empty:
        return pd.DataFrame(columns=[key_name, "attendees", "outcomes"])
    counts = frame.groupby(key_name, sort=False).agg(
        attendees=("workspace", "nunique"), outcomes=("n", "sum")).reset_index()
    return counts.sort_values(["attendees", "outcomes"], ascending=False, kind="stable")


def named_stakeholders(room: Room, lang: str = "nl") -> pd.DataFrame:
    """Stakeholders the room names (capitals, spaces and underscores aside): key, label, how
    many attendees name them and in how many outcomes; most named first."""
    rows, shown = [], {}
    for attendee in room.attendees:
        for stakeholder in attendee.design.of_kind("stakeholder"):
            name = stakeholder.get("name")
            if not name:
                continue
            key = " ".join(name.lower().replace("_", " ").split())
            shown.setdefault(key, party_label(name, lang))
            rows.append((attendee.workspace.id, key,
                         len(attendee.design.children(stakeholder.item_id))))
    counts = _count(rows, "key")
    counts.insert(1, "label", [shown[k] for k in counts["key"]])
    return counts.reset_index(drop=True)


def named_sectors(room: Room, lang: str = "nl") -> pd.DataFrame:
    """Sectors the room's outcomes save staff time in: sector, label, attendees, outcomes."""
    rows = [(attendee.workspace.id, outcome.get("sector"), 1)
            for attendee in room.attendees
            for outcome in attendee.design.of_kind("outcome") if outcome.get("sector")]
    counts = _count(rows, "sector")
    counts.insert(1, "label", [sector_label(s, lang) for s in counts["sector"]])
    return counts.reset_index(drop=True)


# --- export ------------------------------------------------------------------------------


def _slug(text: str, lang: str = "nl") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50].strip("-")
    return slug or t("workshop.xlsx.slug", lang)


def file_stem(name: str, lang: str = "nl") -> str:
    """A file name (without extension) for an attendee's handouts."""
    return _slug(name, lang)


def _yes(value: bool, lang: str) -> str:
    return t("workshop.xlsx.yes" if value else "workshop.xlsx.no", lang)


def _columns(codes: list[str], lang: str) -> list[str]:
    return [t(f"workshop.xlsx.{code}", lang) for code in codes]


# No "above SEOR" column: SEOR's average is context on the about sheet, not a verdict.
ATTENDEE_COLUMNS = ["attendee", "project", "factor", "pv_costs", "pv_benefits", "npv", "fte",
                    "counted", "outcomes"]
OUTCOME_COLUMNS = ["attendee", "project", "stakeholder", "outcome", "indicator", "quantity",
                   "value", "own", "source", "proxy", "sector", "duration", "deadweight",
                   "attribution", "counted_one", "missing", "present_value"]
COST_COLUMNS = ["attendee", "project", "year", "financier", "amount"]
# Excel number formats per column (the values stay numbers: shares as 0.2 shown as 20%).
EURO = '"€" #,##0;"€" -#,##0'
EURO_CENTS = '"€" #,##0.00;"€" -#,##0.00'
FORMATS = {"factor": '0.00"×"', "pv_costs": EURO, "pv_benefits": EURO, "npv": EURO,
           "fte": "#,##0.00", "quantity": "#,##0.##", "value": EURO_CENTS,
           "deadweight": "0%", "attribution": "0%", "present_value": EURO, "amount": EURO,
           "duration": "0", "year": "0"}


def attendees_frame(room: Room, lang: str = "nl") -> pd.DataFrame:
    table = room.table()
    values = [table["label"], [a.project.name for a in room.attendees],
              table["rendementsfactor"], table["pv_costs"], table["pv_benefits"],
              table["npv"], table["fte_total"], table["counted"], table["outcomes"]]
    return pd.DataFrame(dict(zip(_columns(ATTENDEE_COLUMNS, lang), values)))


def outcomes_frame(room: Room, lang: str = "nl") -> pd.DataFrame:
    """Every outcome of every attendee, counted or not, with its indicator and value; parties,
    library values and sectors by their names in ``lang``."""
    rows = []
    for index, attendee in enumerate(room.attendees):
        values = dict(zip(room.result(index).effects["effect"].astype(int),
                          room.result(index).effects["pv_benefits"]))
        statuses = {s.item_id: s for s in attendee.designed.outcomes}
        for stakeholder, outcome in attendee.design.outcomes():
            status = statuses[outcome.item_id]
            effect = attendee.project.effects[status.effect] if status.counted else None
            name, proxy, sector = (stakeholder.get("name"), outcome.get("proxy_key"),
                                   outcome.get("sector"))
            rows.append([
                attendee.label,
                attendee.project.name,
                party_label(name, lang) if name else "",
                outcome.get("outcome", ""),
                outcome.get("indicator", ""),
                outcome.get("quantity"),
                effect.proxy if effect else None,
                _yes(outcome.get("value_kind") == OWN, lang),
                effect.proxy_source if effect else "",
                proxy_label(proxy, lang) if proxy else "",
                sector_label(sector, lang) if sector else "",
                outcome.get("duration"),
                outcome.get("deadweight"),
                outcome.get("attribution"),
                _yes(status.counted, lang),
                ", ".join(status.missing_text(lang)),
                float(values[status.effect]) if status.counted else None,
            ])
    return pd.DataFrame(rows, columns=_columns(OUTCOME_COLUMNS, lang))


def costs_frame(room: Room, lang: str = "nl") -> pd.DataFrame:
    rows = [[a.label, a.project.name, c.year, party_label(c.financier, lang), c.amount]
            for a in room.attendees for c in a.project.costs]
    return pd.DataFrame(rows, columns=_columns(COST_COLUMNS, lang))


def room_xlsx(room: Room, reference: Reference | None = None, lang: str = "nl") -> bytes:
    """The workshop as a workbook: about, attendees, outcomes (with indicators), costs."""
    reference = reference or default_reference()
    book = Workbook()
    about = book.active
    about.title = t("workshop.xlsx.sheet_about", lang)
    lines = [
        ("about_workshop", room.workshop.name),
        ("about_date", room.workshop.held_on.isoformat()),
        ("about_code", room.workshop.join_code),
        ("about_kept", room.workshop.last_day.isoformat()),
        ("about_exported", dt.datetime.now().isoformat(timespec="seconds")),
        ("about_attendees", len(room.attendees)),
        ("about_seor", reference.seor_benchmark),
        ("about_method", t("workshop.xlsx.method", lang)),
    ]
    for row, (name, value) in enumerate(lines, start=1):
        set_cell(about.cell(row=row, column=1), t(f"workshop.xlsx.{name}", lang))
        set_cell(about.cell(row=row, column=2), value)
    about.cell(row=len(lines) - 1, column=2).number_format = '0.0"×"'  # the SEOR average
    about.column_dimensions["A"].width = 24
    for sheet, frame, codes in (
            ("sheet_attendees", attendees_frame(room, lang), ATTENDEE_COLUMNS),
            ("sheet_outcomes", outcomes_frame(room, lang), OUTCOME_COLUMNS),
            ("sheet_costs", costs_frame(room, lang), COST_COLUMNS)):
        page = book.create_sheet(t(f"workshop.xlsx.{sheet}", lang))
        write_frame(page, frame)
        _format(page, codes, len(frame))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _format(page, codes: list[str], n_rows: int) -> None:
    """Number formats, a bold header, the header frozen, readable widths."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for column, code in enumerate(codes, start=1):
        page.cell(row=1, column=column).font = Font(bold=True)
        letter = get_column_letter(column)
        page.column_dimensions[letter].width = 14 if code in FORMATS else 24
        if code in FORMATS:
            for row in range(2, n_rows + 2):
                page.cell(row=row, column=column).number_format = FORMATS[code]
    page.freeze_panes = "A2"


def room_zip(room: Room, reference: Reference | None = None, lang: str = "nl") -> bytes:
    """The workbook and every attendee's handouts: project file and one-pager
    (projecten/01-naam.json and projecten/01-naam.pdf, …)."""
    out = io.BytesIO()
    folder = t("workshop.xlsx.folder", lang)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.xlsx", room_xlsx(room, reference, lang))
        for number, attendee in enumerate(room.attendees, start=1):
            stem = f"{folder}/{number:02d}-{_slug(attendee.label, lang)}"
            archive.writestr(f"{stem}.json", project_json(attendee.project))
            archive.writestr(f"{stem}.pdf", onepager_pdf(attendee.project, lang=lang,
                                                         reference=reference))
    return out.getvalue()
