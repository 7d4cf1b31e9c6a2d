"""What changed between two versions of a project, as codes and values, and in words.

`differences(old, new)` compares two project-file dicts (`Project.to_dict`) and returns
`Change`s: a code (``effect_field``, ``cost_added`` …) with its values in the project's
own units (shares 0–1, euros). They are stored with each version as JSON and worded when
shown (`word`), in Dutch or English: "deadweight van 'minder huisartsbezoek' 20% → 30%".

Effects are matched by outcome and stakeholder, then what is left by position (so a
renamed effect is one changed effect, not one removed and one added); costs by year and
financier; the other lists by their label. A change of order only is no change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label, project_type_label, sector_label

PROJECT_FIELDS = ("name", "project_type", "phase", "start_year", "years", "discount_rate",
                  "description", "participants_per_year", "count_in_kind", "price_year",
                  "acknowledged_warnings")
EFFECT_FIELDS = ("outcome", "stakeholder", "sector", "quantity", "proxy", "proxy_source",
                 "proxy_key", "start_year", "duration", "deadweight", "displacement",
                 "attribution", "drop_off", "hours_per_unit", "quantity_ex_post", "transfer",
                 "transfer_from", "deadweight_ex_post", "attribution_ex_post",
                 "displacement_ex_post", "drop_off_ex_post", "proxy_price_year")
COST_FIELDS = ("amount", "amount_ex_post")
SHARES = {"discount_rate", "deadweight", "displacement", "attribution", "drop_off",
          "deadweight_ex_post", "attribution_ex_post", "displacement_ex_post",
          "drop_off_ex_post", "labour_share"}
MONEY = {"proxy", "amount", "amount_ex_post", "labour_cost_per_fte", "value_per_hour"}
PARTIES = {"stakeholder", "financier", "transfer_from"}


@dataclass(frozen=True)
class Change:
    code: str
    values: dict[str, Any] = field(default_factory=dict, hash=False)

    def as_json(self) -> dict:
        return {"code": self.code, "values": self.values}


def to_json(changes: list[Change]) -> str:
    return json.dumps([c.as_json() for c in changes], ensure_ascii=False)


def from_json(text: str) -> list[Change]:
    return [Change(item["code"], item.get("values", {})) for item in json.loads(text or "[]")]


def _effect_changes(old: dict, new: dict) -> list[Change]:
    name = new.get("outcome", old.get("outcome"))
    out = [Change("effect_field", {"effect": name, "field": f, "old": old.get(f), "new": new.get(f)})
           for f in EFFECT_FIELDS if old.get(f) != new.get(f)]
    old_ranges, new_ranges = old.get("ranges", {}), new.get("ranges", {})
    for assumption in sorted(old_ranges.keys() | new_ranges.keys()):
        before, after = old_ranges.get(assumption), new_ranges.get(assumption)
        if before != after:
            out.append(Change("effect_range", {"effect": name, "assumption": assumption,
                                               "old": _span(before), "new": _span(after)}))
    old_basis, new_basis = old.get("basis", {}) or {}, new.get("basis", {}) or {}
    for assumption in sorted(old_basis.keys() | new_basis.keys()):
        if old_basis.get(assumption) != new_basis.get(assumption):
            out.append(Change("effect_basis", {"effect": name, "assumption": assumption}))
    return out


def _span(spec: dict | None) -> list | None:
    return None if spec is None else [spec.get("low"), spec.get("high")]


def _pairs(old: list[dict], new: list[dict], key) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Matched (old, new) positions by ``key``, then the rest by position; the unmatched."""
    left, right = list(range(len(old))), list(range(len(new)))
    pairs = []
    for j in list(right):
        match = next((i for i in left if key(old[i]) == key(new[j])), None)
        if match is not None:
            pairs.append((match, j))
            left.remove(match)
            right.remove(j)
    while left and right:  # what is left, by position: a renamed row is a changed row
        pairs.append((left.pop(0), right.pop(0)))
    return pairs, left, right


def _effects(old: list[dict], new: list[dict]) -> list[Change]:
    pairs, removed, added = _pairs(old, new, lambda e: (e.get("outcome"), e.get("stakeholder")))
    out = []
    for i, j in sorted(pairs, key=lambda p: p[1]):
        out += _effect_changes(old[i], new[j])
    out += [Change("effect_added", {"effect": new[j]["outcome"], "stakeholder": new[j]["stakeholder"]})
            for j in added]
    out += [Change("effect_removed", {"effect": old[i]["outcome"]}) for i in removed]
    return out


def _costs(old: list[dict], new: list[dict]) -> list[Change]:
    def key(c):
        return (c.get("year"), c.get("financier"))

    out = []
    old_keys = [key(c) for c in old]
    new_keys = [key(c) for c in new]
    for cost in new:
        if key(cost) in old_keys:
            before = old[old_keys.index(key(cost))]
            out += [Change("cost_changed", {"year": cost["year"], "financier": cost["financier"],
                                            "field": f, "old": before.get(f), "new": cost.get(f)})
                    for f in COST_FIELDS if before.get(f) != cost.get(f)]
        else:
            out.append(Change("cost_added", {"year": cost["year"], "financier": cost["financier"],
                                             "amount": cost["amount"]}))
    out += [Change("cost_removed", {"year": c["year"], "financier": c["financier"],
                                    "amount": c["amount"]})
            for c in old if key(c) not in new_keys]
    return out


def _labelled(kind: str, label: str, old: list[dict], new: list[dict]) -> list[Change]:
    """Added, removed and changed rows of a list matched by its ``label`` field."""
    old_by = {row.get(label): row for row in old}
    new_by = {row.get(label): row for row in new}
    out = []
    for name, row in new_by.items():
        if name not in old_by:
            out.append(Change(f"{kind}_added", {"label": name}))
        elif old_by[name] != row:
            out.append(Change(f"{kind}_changed", {"label": name}))
    out += [Change(f"{kind}_removed", {"label": name}) for name in old_by if name not in new_by]
    return out


def differences(old: dict | None, new: dict) -> list[Change]:
    """What changed from ``old`` to ``new`` (project-file dicts); ``old`` None: created."""
    if old is None:
        return [Change("created", {"name": new.get("name")})]
    out = [Change("project_field", {"field": f, "old": old.get(f), "new": new.get(f)})
           for f in PROJECT_FIELDS if old.get(f) != new.get(f)]
    if old.get("discount_rate_range") != new.get("discount_rate_range"):
        out.append(Change("rate_range", {"old": _span(old.get("discount_rate_range")),
                                         "new": _span(new.get("discount_rate_range"))}))
    out += _costs(old.get("costs", []), new.get("costs", []))
    out += _effects(old.get("effects", []), new.get("effects", []))
    out += _labelled("qualitative", "outcome", old.get("qualitative", []), new.get("qualitative", []))
    out += _labelled("in_kind", "label", old.get("in_kind", []), new.get("in_kind", []))
    out += _labelled("sector", "sector", old.get("sectors", []), new.get("sectors", []))
    return out


# --- in words ------------------------------------------------------------------------------


def _number(value: float, lang: str) -> str:
    if float(value).is_integer():
        return formats.number(value, lang, decimals=0)
    return formats.number(value, lang, decimals=2)


def value_text(name: str, value: Any, lang: str = "nl") -> str:
    """A field's value as a person reads it: shares as percents, money in euros, parties,
    sectors and project types by their names."""
    if value is None or value == [] or value == "":
        return "–"
    if isinstance(value, bool):
        return t("versions.yes" if value else "versions.no", lang)
    if name in SHARES:
        share = formats.as_percent(value) / 100
        return formats.percent(share, lang, decimals=0 if float(share * 100).is_integer() else 1)
    if name in MONEY:
        return formats.euro(value, lang, decimals=0 if float(value).is_integer() else 2)
    if name in PARTIES:
        return party_label(value, lang)
    if name == "sector":
        return sector_label(value, lang)
    if name == "project_type":
        return project_type_label(value, lang)
    if name == "phase":
        return t(f"versions.phase.{value}", lang) if value in ("ex_ante", "ex_post") else str(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, (int, float)):
        return _number(value, lang)
    return f"'{value}'"


def _span_text(name: str, span: list | None, lang: str) -> str:
    if span is None:
        return t("versions.no_range", lang)
    return f"{value_text(name, span[0], lang)}–{value_text(name, span[1], lang)}"


def field_name(name: str, lang: str = "nl") -> str:
    return t(f"versions.field.{name}", lang)


def word(change: Change, lang: str = "nl") -> str:
    """One change in a sentence of ``lang``."""
    v = dict(change.values)
    if "field" in v:
        v["old"] = value_text(v["field"], v["old"], lang)
        v["new"] = value_text(v["field"], v["new"], lang)
        v["field"] = field_name(v["field"], lang)
    if change.code in ("effect_range", "rate_range"):
        name = v.get("assumption", "discount_rate")
        v["old"], v["new"] = _span_text(name, v["old"], lang), _span_text(name, v["new"], lang)
    if "assumption" in v:
        v["assumption"] = field_name(v["assumption"], lang)
    if "financier" in v:
        v["financier"] = party_label(v["financier"], lang)
    if "stakeholder" in v:
        v["stakeholder"] = party_label(v["stakeholder"], lang)
    if "amount" in v:
        v["amount"] = value_text("amount", v["amount"], lang)
    if change.code in ("sector_added", "sector_removed", "sector_changed"):
        v["label"] = sector_label(v["label"], lang)
    return t(f"versions.change.{change.code}", lang, **v)


def summary(changes: list[Change], lang: str = "nl", limit: int | None = None) -> list[str]:
    """The changes in words; beyond ``limit`` one line says how many more."""
    lines = [word(c, lang) for c in changes]
    if limit is not None and len(lines) > limit:
        lines = [*lines[:limit], t("versions.more_changes", lang, count=len(lines) - limit)]
    return lines
