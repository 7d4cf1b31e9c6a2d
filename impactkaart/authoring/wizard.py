"""The three Impactkaart steps: from a few answers to an ex-ante `Project`.

1. **Type en looptijd** — the project type (a row of ``project_types.csv``)
   and the looptijd in years.
2. **Bereik en kosten** — participants per year (bereik) and the cost per year
   of each financier (the same amount in every project year).
3. **Vergelijking** — for each effect of the reference project of that type
   (``reference_effects.csv``) the user says whether this project achieves
   fewer, the same or more of it, as a percentage (−100 % … +200 %).

Scaling. A reference effect gives a quantity *per participant per year*; the
project's expected quantity is::

    quantity = quantity_per_participant × reach × (1 + change)

Every year's participants are a new cohort, and a cohort's effect lasts the
reference effect's duration from the year it is reached. So each reference
effect becomes one effect with one cohort per project year ``y`` (start year
``y``, that quantity; docs/method.md § 19); deadweight, displacement, attribution,
drop-off, duration, stakeholder, sector and hours per unit are the reference
row's and the effect's, for all its cohorts. The
value per unit comes from the proxy library row the reference effect names
(``proxy_key``): ``proxy`` is its value, ``proxy_source`` its citation.

Worked example (pinned in tests/authoring/test_wizard.py): type *eenzaamheid*, looptijd
2 years, 50 participants per year, "minder huisartsconsulten" (reference: 4
per participant per year, proxy *huisartsconsult* € 30,87) judged 25 % lower::

    quantity = 4 × 50 × (1 − 0,25) = 150 consults per year
    effect:  "minder huisartsconsulten": proxy 30,87, duration 2, quantity 300 in
             two cohorts: start_year 1, quantity 150; start_year 2, quantity 150

Honesty: the reference projects' quantities and shares are constructed
examples (``illustratief``), not SEOR results; only the unit prices are
sourced. The project description says so, and the UI shows it per effect.

Validation reuses `parse_project`: the wizard builds the project dict and
lets the one validator judge it, then names each error by the wizard field it
came from. Only what `parse_project` cannot know — reach, the percentages, that
someone pays — is checked here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from impactkaart.core.model import FieldError, Project, ProjectError, parse_project
from impactkaart.core.proxies import transfer_fields
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats
from impactkaart.text.basis import constructed_basis
from impactkaart.text.catalogue import t
from impactkaart.text.errors import message as problem_text
from impactkaart.text.names import data_text, project_type_label
from impactkaart.text.proxies import source_text, trust_mark

MIN_CHANGE = -1.0  # −100 %: the effect does not occur at all
MAX_CHANGE = 2.0  # +200 %: three times the reference; beyond that, enter effects by hand
MAX_REACH = 1_000_000  # participants per year; a guard against typos

STEPS = (1, 2, 3)
STEP_FIELDS = {1: ("naam", "projecttype", "looptijd", "startjaar"), 2: ("bereik", "kosten"),
               3: ("vergelijking",)}
FINANCIERS = ("gemeente", "zorgverzekeraar", "aanbieder", "fonds", "rijk", "woningcorporatie")



def step_title(step: int, lang: str = "nl") -> str:
    """'Type en looptijd', 'Bereik en kosten', 'Vergelijking met de referentie'."""
    return t(f"authoring.step_{step}", lang)


def financier_key(name: str) -> str:
    """A financier typed by a user as a party key: 'Provincie Overijssel' -> 'provincie_overijssel'."""
    return "_".join(name.strip().lower().split())


@dataclass(frozen=True)
class WizardInput:
    """The answers of the three steps.

    ``costs``: (financier, amount per year) pairs. ``changes``: one fraction per
    reference effect of the type, in the order of `reference_effects`
    (−0,30 = 30 % fewer than the reference); missing entries count as 0 (same).
    """

    name: str = ""
    project_type: str = ""
    years: int = 3
    start_year: int | None = None
    reach: float | None = None
    costs: tuple[tuple[str, float], ...] = ()
    changes: tuple[float, ...] = field(default_factory=tuple)


def project_types(reference: Reference | None = None) -> pd.DataFrame:
    """Project types that have a reference project (so step 3 has something to compare)."""
    reference = reference or default_reference()
    known = set(reference.reference_effects["project_type"])
    return reference.project_types.loc[reference.project_types["project_type"].isin(known)]


def reference_effects(project_type: str, reference: Reference | None = None,
                      lang: str = "nl") -> pd.DataFrame:
    """The reference project's effects with their proxy (value, unit, source), 0-based index.

    Columns: those of ``reference_effects.csv`` (numbers as floats) plus
    ``proxy_label, proxy_value, proxy_unit, proxy_price_year, proxy_source,
    proxy_trust``; ``outcome`` and the proxy's words in ``lang``.
    """
    reference = reference or default_reference()
    table = reference.reference_effects
    rows = table.loc[table["project_type"] == project_type].reset_index(drop=True)
    numeric = ["quantity_per_participant", "duration", "deadweight", "displacement",
               "attribution", "drop_off", "hours_per_unit"]
    rows[numeric] = rows[numeric].apply(lambda s: pd.to_numeric(s.replace("", None)))
    proxies = reference.proxies.set_index("key")
    missing = sorted(set(rows["proxy_key"]) - set(proxies.index))
    if missing:  # a broken data/ file, not a user error
        raise KeyError(f"reference_effects.csv noemt onbekende proxies: {', '.join(missing)}")
    chosen = proxies.loc[rows["proxy_key"]]
    rows["outcome"] = [data_text(r, "outcome", lang) for _, r in rows.iterrows()]
    rows["proxy_label"] = [data_text(r, "label", lang) for _, r in chosen.iterrows()]
    rows["proxy_value"] = chosen["value"].astype(float).to_numpy()
    rows["proxy_unit"] = [data_text(r, "unit", lang).removeprefix("EUR ") for _, r in chosen.iterrows()]
    rows["proxy_price_year"] = chosen["price_year"].to_numpy()
    rows["proxy_source"] = [source_text(r, lang) for _, r in chosen.iterrows()]
    rows["proxy_trust"] = [trust_mark(r, lang) for _, r in chosen.iterrows()]
    return rows



def expected_quantity(quantity_per_participant: float, reach: float, change: float) -> float:
    """quantity_per_participant × reach × (1 + change); see the module docstring."""
    return quantity_per_participant * reach * (1.0 + change)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _own_checks(inp: WizardInput, effects: pd.DataFrame, reference: Reference) -> list[FieldError]:
    """What `parse_project` cannot know: the type's reference, reach, percentages, payers."""
    errors = []
    if inp.project_type not in set(project_types(reference)["project_type"]):
        errors.append(FieldError("projecttype", "wizard_type"))
    reach = _number(inp.reach)
    if inp.reach is None:
        errors.append(FieldError("bereik", "wizard_reach"))
    elif reach is None:
        errors.append(FieldError("bereik", "not_number"))
    elif reach <= 0:
        errors.append(FieldError("bereik", "not_positive"))
    elif reach > MAX_REACH:
        errors.append(FieldError("bereik", "too_large"))
    seen: set[str] = set()
    for i, (financier, _amount) in enumerate(inp.costs):
        name = financier.strip() if isinstance(financier, str) else financier
        if name in seen:
            errors.append(FieldError(f"kosten[{i}].financier", "duplicate", {"name": name}))
        seen.add(name)
    if not any((_number(a) or 0) > 0 for _f, a in inp.costs):
        errors.append(FieldError("kosten", "wizard_no_cost"))
    for j in range(len(effects)):
        change = inp.changes[j] if j < len(inp.changes) else 0.0
        value = _number(change)
        if value is None:
            errors.append(FieldError(f"vergelijking[{j}]", "wizard_percent"))
        elif not MIN_CHANGE <= value <= MAX_CHANGE:
            errors.append(FieldError(f"vergelijking[{j}]", "wizard_change_range",
                                     {"low": f"{MIN_CHANGE:+.0%}".removesuffix("%"),
                                      "high": f"{MAX_CHANGE:+.0%}".removesuffix("%")}))
    return errors


def _project_dict(inp: WizardInput, effects: pd.DataFrame, reference: Reference, lang: str = "nl"):
    """The project-file dict, and for each cost and effect the wizard field it came from."""
    years = inp.years if isinstance(inp.years, int) and 1 <= inp.years <= 50 else 1
    reach = _number(inp.reach) or 0.0
    reach = reach if reach > 0 else 0.0  # a bad reach is reported once, not per effect
    costs, cost_origin = [], []
    for i, (financier, amount) in enumerate(inp.costs):
        if amount == 0:
            continue  # a financier who pays nothing is no cost row
        for year in range(1, years + 1):
            costs.append({"year": year, "financier": financier, "amount": amount})
            cost_origin.append(i)
    rows, effect_origin = [], []
    for j, ref in effects.iterrows():
        change = _number(inp.changes[j] if j < len(inp.changes) else 0.0) or 0.0
        quantity = expected_quantity(ref["quantity_per_participant"], reach, change)
        effect = {
            "outcome": ref["outcome"],
            "stakeholder": ref["stakeholder"],
            "sector": ref["sector"] or None,
            "quantity": quantity,
            "proxy": ref["proxy_value"],
            "proxy_key": ref["proxy_key"],
            "proxy_source": ref["proxy_source"],
            "start_year": 1,
            "duration": int(ref["duration"]),
            "deadweight": ref["deadweight"],
            "displacement": ref["displacement"],
            "attribution": ref["attribution"],
            "drop_off": ref["drop_off"],
            **transfer_fields(ref["proxy_key"], reference),
        }
        if years > 1:  # one cohort per project year, inside the one effect (issue 16 item 4)
            effect["cohorts"] = [{"start_year": year, "quantity": quantity}
                                 for year in range(1, years + 1)]
            effect["quantity"] = quantity * years
        if not pd.isna(ref["hours_per_unit"]):
            effect["hours_per_unit"] = ref["hours_per_unit"]
        if ref["illustratief"] is True or str(ref["illustratief"]).lower() == "true":
            effect["basis"] = constructed_basis(lang)  # its values are made up: say so
        rows.append(effect)
        effect_origin.append(j)
    label = project_type_label(inp.project_type, lang, reference)
    data: dict[str, Any] = {
        "name": inp.name,
        "project_type": inp.project_type,
        "phase": "ex_ante",
        "years": inp.years,
        "description": t("authoring.description", lang, label=label,
                         reach=formats.number(reach, lang=lang, decimals=0)),
        "costs": costs,
        "effects": rows,
    }
    if reach > 0:  # kept for the plausibility of the cost per participant
        data["participants_per_year"] = reach
    if inp.start_year is not None:
        data["start_year"] = inp.start_year
    return data, cost_origin, effect_origin


_TOP = {"name": "naam", "project_type": "projecttype", "years": "looptijd",
        "start_year": "startjaar"}
_ITEM = re.compile(r"^(costs|effects)\[(\d+)\]\.(\w+)")  # also effects[0].cohorts[1].quantity


def _wizard_path(path: str, cost_origin: list[int], effect_origin: list[int]) -> str:
    """Name a `parse_project` error path by the wizard field the value came from."""
    if path in _TOP:
        return _TOP[path]
    match = _ITEM.match(path)
    if match is None:
        return path
    table, index, name = match.group(1), int(match.group(2)), match.group(3)
    if table == "costs":
        return f"kosten[{cost_origin[index]}].{'bedrag' if name == 'amount' else name}"
    return f"vergelijking[{effect_origin[index]}]"


def _step_of(path: str) -> int:
    root = path.split("[")[0].split(".")[0]
    for step, names in STEP_FIELDS.items():
        if root in names:
            return step
    return 3


def check(
    inp: WizardInput, up_to_step: int = 3, reference: Reference | None = None
) -> list[FieldError]:
    """Every problem in the answers of steps 1 … ``up_to_step``, named by wizard field."""
    reference = reference or default_reference()
    effects = (
        reference_effects(inp.project_type, reference)
        if inp.project_type in set(project_types(reference)["project_type"])
        else reference_effects("", reference)
    )
    errors = _own_checks(inp, effects, reference)
    data, cost_origin, effect_origin = _project_dict(inp, effects, reference)
    try:
        parse_project(data, reference)
    except ProjectError as exc:
        # One message per field: our own, clearer one wins; a field repeated over
        # the project years (a cost, an effect) is reported once.
        seen = {e.path for e in errors}
        for e in exc.errors:
            mapped = FieldError(_wizard_path(e.path, cost_origin, effect_origin), e.code, e.values)
            if mapped.path not in seen:
                errors.append(mapped)
                seen.add(mapped.path)
    return [e for e in errors if _step_of(e.path) <= up_to_step]


def build_project(inp: WizardInput, reference: Reference | None = None,
                  lang: str = "nl") -> Project:
    """The ex-ante project of these answers, or `ProjectError` naming wizard fields.

    Its words (description, outcomes, citations) are in ``lang``: they become the
    user's project, read in the language it was made in."""
    reference = reference or default_reference()
    errors = check(inp, 3, reference)
    if errors:
        raise ProjectError(errors)
    effects = reference_effects(inp.project_type, reference, lang)
    data, _, _ = _project_dict(inp, effects, reference, lang)
    return parse_project(data, reference)


_FIELDS = ("naam", "projecttype", "looptijd", "startjaar", "bereik", "kosten", "vergelijking")


def field_label(path: str, inp: WizardInput | None = None,
                reference: Reference | None = None, lang: str = "nl") -> str:
    """A wizard error path in words: 'kosten[1].bedrag' -> 'Kosten, regel 2, bedrag per jaar'."""
    root, _, rest = path.partition("[")
    if not rest:
        return t(f"authoring.field_{path}", lang) if path in _FIELDS else path
    index = int(rest.split("]")[0])
    sub = rest.partition("].")[2]
    if root == "kosten":
        if sub == "bedrag" and inp is not None and index < len(inp.costs):
            return t("authoring.field_cost_of", lang, financier=inp.costs[index][0])
        what = t(f"authoring.field_cost_{sub}", lang) if sub in ("bedrag", "financier") else sub
        return t("authoring.field_cost_row", lang, row=index + 1, what=what)
    if root == "vergelijking":
        if inp is not None and inp.project_type:
            effects = reference_effects(inp.project_type, reference, lang)
            if index < len(effects):
                return t("authoring.field_change_named", lang, number=index + 1,
                         outcome=effects.loc[index, "outcome"])
        return t("authoring.field_change", lang, number=index + 1)
    return path


def message(error: FieldError, inp: WizardInput | None = None,
            reference: Reference | None = None, lang: str = "nl") -> str:
    """'Bereik (deelnemers per jaar): moet groter dan 0 zijn'."""
    return f"{field_label(error.path, inp, reference, lang)}: {problem_text(error, lang)}"
