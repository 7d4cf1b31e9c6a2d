"""An attendee's impact design, field by field, and the project it adds up to.

In the workshop a design grows in the order of Design Thinking: the project and
what it costs, who notices something (stakeholders), what changes for each
(outcomes), how you would see it (indicator), what it is worth (a proxy from
the sourced library or an own value with its source) and how much of it is
really the project's doing (deadweight, attribution).

A design is a list of *items* (the project, costs, stakeholders, outcomes),
each with named *fields*. The store keeps one row per field
(`workspace_fields`), so a save touches one field and two people typing in
one workspace never overwrite each other's other fields.

`design_project` turns a design into an ordinary `Project` (the project-file
contract, validated by `parse_project`) that the engine computes like any
other. An outcome that is not complete yet is left out of the project and
listed with what it still needs: the map only counts what is filled in, and
nothing is made up to fill a gap. The indicator belongs to the design, not to
the project file, so it lives only here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from impactkaart.core.model import MAX_AMOUNT, MAX_YEARS, Project, ProjectError, parse_project
from impactkaart.core.proxies import transfer_fields
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text.catalogue import TEXTS, t
from impactkaart.text.proxies import source_text

PROJECT_ITEM = "project"  # the one item every design has: name and looptijd
PROJECT_TYPE = "workshop"  # projects designed in a workshop, whatever their kind
LIBRARY, OWN = "bibliotheek", "eigen"  # where an outcome's value comes from

PARENT_KIND = {"outcome": "stakeholder"}  # an outcome belongs to a stakeholder

# kind -> field -> type of value (checked by `clean_value`).
FIELDS: dict[str, dict[str, str]] = {
    "project": {"name": "name", "years": "years"},
    "cost": {"financier": "party", "amount": "money"},
    "stakeholder": {"name": "party"},
    "outcome": {
        "outcome": "text",
        "indicator": "text",
        "quantity": "count",
        "duration": "years",
        "value_kind": "value_kind",
        "proxy_key": "proxy_key",
        "own_value": "money",
        "own_source": "text",
        "sector": "sector",
        "deadweight": "share",
        "attribution": "share",
    },
}

# Fields that are not in the project file (the indicator): saving them leaves the project as is.
DESIGN_ONLY = {("outcome", "indicator")}

# What a new item starts with (the attendee changes any of it).
DEFAULTS: dict[str, dict[str, Any]] = {
    "project": {"years": 1},
    "cost": {"financier": "gemeente"},
    "stakeholder": {},
    "outcome": {"duration": 1, "value_kind": LIBRARY},
}

NEEDS_PREFIX = "workshop.needs"  # the words for what an outcome still needs, per field


class WordedError(ValueError):
    """An error as a code and its values; the catalogue words it (``text(lang)``) under
    ``prefix``. ``str()`` is the Dutch, so a log or a test reads it as before."""

    prefix = ""

    def __init__(self, code: str, /, **values: Any) -> None:
        self.code, self.values = code, values
        super().__init__(self.text("nl"))

    def text(self, lang: str = "nl") -> str:
        values = {name: value.text(lang) if isinstance(value, WordedError) else value
                  for name, value in self.values.items()}
        return t(f"{self.prefix}.{self.code}", lang, **values)


class DesignError(WordedError):
    """A value that does not fit its field (``field`` names it)."""

    prefix = "workshop.design"


def clean_value(kind: str, name: str, value: Any, reference: Reference | None = None) -> Any:
    """The value as stored (None clears the field), or `DesignError` naming the field."""
    if kind not in FIELDS or name not in FIELDS[kind]:
        raise DesignError("unknown_field", field=name)
    kind_of_value = FIELDS[kind][name]
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if kind_of_value in ("text", "name", "party", "value_kind", "proxy_key", "sector"):
        if not isinstance(value, str):
            raise DesignError("not_text", field=name)
        value = " ".join(value.split())  # one line, as it is shown
        limit = 100 if kind_of_value == "party" else 500
        if len(value) > limit:
            raise DesignError("too_long", field=name, limit=limit)
        if kind_of_value == "value_kind" and value not in (LIBRARY, OWN):
            raise DesignError("value_kind", field=name, library=LIBRARY, own=OWN)
        reference = reference or default_reference()
        if kind_of_value == "proxy_key" and value not in library(reference):
            raise DesignError("unknown_proxy", field=name, value=value)
        if kind_of_value == "sector" and value not in reference.sector_figures:
            raise DesignError("unknown_sector", field=name, value=value)
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DesignError("not_number", field=name)
    if kind_of_value == "years":
        if float(value) != int(value) or not 1 <= int(value) <= MAX_YEARS:
            raise DesignError("not_years", field=name, most=MAX_YEARS)
        return int(value)
    if kind_of_value == "share":
        if not 0 <= value <= 1:
            raise DesignError("not_share", field=name)
        return float(value)
    if value < 0:
        raise DesignError("negative", field=name)
    if value > MAX_AMOUNT:
        raise DesignError("too_large", field=name)
    return float(value)


@dataclass(frozen=True)
class Item:
    item_id: str
    kind: str
    parent_id: str | None
    position: int
    fields: dict[str, Any] = field(default_factory=dict, hash=False)
    versions: dict[str, int] = field(default_factory=dict, hash=False)  # field -> version

    def get(self, name: str, default: Any = None) -> Any:
        value = self.fields.get(name)
        return default if value is None else value


@dataclass(frozen=True)
class Design:
    workspace_id: str
    version: int
    items: tuple[Item, ...]

    def of_kind(self, kind: str) -> list[Item]:
        return sorted((i for i in self.items if i.kind == kind), key=lambda i: i.position)

    def children(self, parent_id: str) -> list[Item]:
        return sorted((i for i in self.items if i.parent_id == parent_id), key=lambda i: i.position)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.item_id == item_id), None)

    @property
    def project_item(self) -> Item:
        return self.item(PROJECT_ITEM) or Item(PROJECT_ITEM, "project", None, 0)

    def outcomes(self) -> list[tuple[Item, Item]]:
        """(stakeholder, outcome) pairs in the order of the map: by stakeholder, then outcome."""
        return [(s, o) for s in self.of_kind("stakeholder") for o in self.children(s.item_id)]


@dataclass(frozen=True)
class OutcomeStatus:
    """One outcome on the map: counted (``effect`` = its index in the project) or not yet."""

    item_id: str
    stakeholder: str
    outcome: str
    indicator: str
    missing: tuple[str, ...]  # fields still needed ("stakeholder" too) or a validation message
    effect: int | None

    @property
    def counted(self) -> bool:
        return self.effect is not None

    def missing_text(self, lang: str = "nl") -> tuple[str, ...]:
        """What is still missing in words; a validation message stays as the validator
        worded it."""
        return tuple(t(f"{NEEDS_PREFIX}.{m}", lang) if f"{NEEDS_PREFIX}.{m}" in TEXTS else m
                     for m in self.missing)


@dataclass(frozen=True)
class DesignedMap:
    project: Project
    outcomes: tuple[OutcomeStatus, ...]
    costs_missing: bool  # no cost with an amount yet: no rendementsfactor

    @property
    def n_counted(self) -> int:
        return sum(o.counted for o in self.outcomes)


def missing_fields(outcome: Item) -> list[str]:
    """The fields an outcome still needs before it counts, in the order of the steps."""
    needed = ["outcome", "quantity"]
    needed += ["own_value", "own_source"] if outcome.get("value_kind") == OWN else ["proxy_key"]
    needed += ["deadweight", "attribution"]
    return [name for name in needed if outcome.get(name) is None]


_LIBRARIES: dict[int, tuple[Reference, dict[str, dict[str, Any]]]] = {}


def library(reference: Reference) -> dict[str, dict[str, Any]]:
    """proxy key -> the effect fields it fills (as `proxies.proxy_fields`), built once per
    reference: a save rebuilds the project, and a pandas lookup per outcome adds up."""
    entry = _LIBRARIES.get(id(reference))
    if entry is None or entry[0] is not reference:  # the reference is kept: ids stay unique
        fields = {str(row["key"]): {"proxy": float(row["value"]), "proxy_key": str(row["key"]),
                                    "proxy_source": source_text(row),
                                    **transfer_fields(str(row["key"]), reference)}
                  for _, row in reference.proxies.iterrows()}
        entry = _LIBRARIES[id(reference)] = (reference, fields)
    return entry[1]


def suggested_sector(proxy_key: str, reference: Reference) -> str | None:
    """Where a library proxy usually saves staff time (impactkaart/data/proxies.csv, default_sector), as
    the editor's apply_proxy suggests it for a new row; None if it names no known sector."""
    rows = reference.proxies.loc[reference.proxies["key"] == proxy_key, "default_sector"]
    sector = str(rows.iloc[0]).strip() if len(rows) else ""
    return sector if sector in reference.sector_figures else None


def _effect(stakeholder: str, outcome: Item, reference: Reference) -> dict[str, Any]:
    if outcome.get("value_kind") == OWN:
        value = {"proxy": outcome.get("own_value"), "proxy_source": outcome.get("own_source")}
    else:
        value = library(reference)[outcome.get("proxy_key")]
    return {
        "outcome": outcome.get("outcome"),
        "stakeholder": stakeholder,
        "sector": outcome.get("sector"),
        "quantity": outcome.get("quantity"),
        "duration": outcome.get("duration", 1),
        "deadweight": outcome.get("deadweight"),
        "attribution": outcome.get("attribution"),
        **value,
    }


def design_project(design: Design, attendee: str, description: str = "",
                   reference: Reference | None = None) -> DesignedMap:
    """The project a design adds up to, with the status of every outcome.

    Costs: each financier's amount is paid in every year of the looptijd.
    Outcomes that miss a field, or that `parse_project` rejects, are left out
    (and say why); everything that is counted passed the one validator.
    """
    reference = reference or default_reference()
    top = design.project_item
    years = top.get("years", 1)
    costs = [
        {"year": year, "financier": cost.get("financier"), "amount": cost.get("amount")}
        for cost in design.of_kind("cost")
        if cost.get("financier") and cost.get("amount") is not None
        for year in range(1, years + 1)
    ]
    candidates: list[tuple[Item, Item, dict]] = []
    waiting: dict[str, tuple[str, ...]] = {}
    for stakeholder, outcome in design.outcomes():
        needs = missing_fields(outcome)
        if not stakeholder.get("name"):
            needs.insert(0, "stakeholder")
        if needs:
            waiting[outcome.item_id] = tuple(needs)
        else:
            candidates.append((stakeholder, outcome, _effect(stakeholder.get("name"), outcome, reference)))
    data = {
        "name": top.get("name") or attendee,
        "project_type": PROJECT_TYPE,
        "years": years,
        "description": description,
        "costs": costs,
        "effects": [c[2] for c in candidates],
    }
    project = None
    while project is None:
        try:
            project = parse_project(data, reference)
        except ProjectError as exc:
            # Take out what was rejected (named by its index) and keep the rest; values
            # are checked field by field on the way in, so this is rare.
            rejected: dict[int, list[str]] = {}
            for error in exc.errors:
                if error.path.startswith("effects["):
                    index = int(error.path[len("effects["):error.path.index("]")])
                    rejected.setdefault(index, []).append(error.message)
            if not rejected:
                raise
            for index, messages in rejected.items():
                waiting[candidates[index][1].item_id] = tuple(messages)
            candidates = [c for i, c in enumerate(candidates) if i not in rejected]
            data["effects"] = [c[2] for c in candidates]
    index = {c[1].item_id: i for i, c in enumerate(candidates)}
    statuses = tuple(
        OutcomeStatus(
            item_id=outcome.item_id,
            stakeholder=stakeholder.get("name", ""),
            outcome=outcome.get("outcome", ""),
            indicator=outcome.get("indicator", ""),
            missing=waiting.get(outcome.item_id, ()),
            effect=index.get(outcome.item_id),
        )
        for stakeholder, outcome in design.outcomes()
    )
    return DesignedMap(project=project, outcomes=statuses, costs_missing=not costs)
