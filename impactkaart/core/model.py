"""The project, its costs and effects, and their validation.

A project arrives as a plain dict (from a JSON project file, the store, or the UI)
and leaves `parse_project` either as a validated, immutable `Project` or as a
`ProjectError` listing every problem as a `FieldError`: the field it concerns, a
code and the values the words need (``effects[2].deadweight``, ``share``). The
text layer words them (`impactkaart.text.errors`, Dutch and English:
``effects[2].deadweight: moet tussen 0 en 1 liggen``). Nothing downstream has
to re-check a value.

The dict shape is a public contract, documented in ``docs/project-format.md``.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from impactkaart.core import conventions
from impactkaart.core.reference import Reference, default_reference

PHASES = ("ex_ante", "ex_post")
DIRECTIONS = ("+", "-")
MAX_YEARS = 50  # no social project or effect is credibly valued over half a century
MAX_AMOUNT = 1e12  # a guard against typos and overflow, far above any real budget
# Assumptions that may carry an uncertainty range (docs/project-format.md, "Ranges").
RANGED_EFFECT_FIELDS = (
    "quantity", "proxy", "duration", "deadweight", "attribution", "displacement", "drop_off",
)
DISTRIBUTIONS = ("triangular", "uniform", "fixed", "log_triangular")
# The assumptions that multiply an effect's value, and so may be drawn "log_triangular"
# (a triangle in the logarithm of the factor they multiply the value by: the value
# itself for quantity and proxy, the share kept, 1 − share, for the shares; for
# drop-off the part of the effect kept each year). Its median and its mode are the
# base value (docs/method.md, section 8). Not a duration or the discount rate.
LOG_FIELDS = ("quantity", "proxy", "deadweight", "attribution", "displacement", "drop_off")
# Who loses a transfer when the file does not say: the participant (the bijstand the
# gemeente no longer pays is income the participant no longer receives).
DEFAULT_TRANSFER_FROM = "deelnemer"


@dataclass(frozen=True)
class Range:
    """The plausible low and high of one assumption; its base value lies in between.

    ``triangular`` peaks at the base value, ``uniform`` is flat, ``fixed`` treats
    the assumption as certain (low/high are kept for reference but not used).
    ``default`` marks a range filled in by convention, not by the user.
    """

    low: float
    high: float
    distribution: str = "triangular"
    default: bool = False


@dataclass(frozen=True)
class Cost:
    year: int
    financier: str
    amount: float
    amount_ex_post: float | None = None  # realised (ex post); None: the budget stands


@dataclass(frozen=True)
class Cohort:
    """One year's intake of an effect (issue 16 item 4): its own start year and quantity;
    every other assumption is the effect's. See docs/method.md, "Cohorts"."""

    start_year: int
    quantity: float


@dataclass(frozen=True)
class Effect:
    outcome: str
    stakeholder: str
    sector: str | None
    quantity: float
    proxy: float
    duration: int
    deadweight: float
    attribution: float
    proxy_source: str = ""
    proxy_key: str | None = None
    start_year: int = 1
    displacement: float = 0.0
    drop_off: float = 0.0
    hours_per_unit: float | None = None
    quantity_ex_post: float | None = None
    # --- transfers (issue 15 item 2): what `stakeholder` gains, `transfer_from` loses;
    # out of society's totals, in the per-party table (docs/method.md § 4) ---
    transfer: bool = False
    transfer_from: str = DEFAULT_TRANSFER_FROM
    # --- price level (issue 15 item 4): the price year of `proxy`; None: the library row's
    # (proxy_key), else the project's own price year (docs/method.md § 3a) ---
    proxy_price_year: int | None = None
    # Assumption name -> Range (see RANGED_EFFECT_FIELDS); read-only by convention,
    # change it with dataclasses.replace. Left out of the hash: dicts are unhashable.
    ranges: dict[str, Range] = field(default_factory=dict, hash=False)
    # --- ex post estimates and basis (inputs: issue 15 items 11–12) ---
    deadweight_ex_post: float | None = None
    attribution_ex_post: float | None = None
    displacement_ex_post: float | None = None
    drop_off_ex_post: float | None = None
    # Assumption name (BASIS_FIELDS) -> its source or reasoning, as the user wrote it.
    basis: dict[str, str] = field(default_factory=dict, hash=False)
    # --- monitoring (issue 17): the KPI the ex post quantity was taken from, as JSON text
    # (programme, kpi, periods); "" when typed by hand (impactkaart/monitoring/expost.py) ---
    measured_via: str = ""
    # --- cohorts (issue 16 item 4): one effect, several intakes; empty: one intake of
    # `quantity` from `start_year`. With cohorts, `quantity` is their sum and `start_year`
    # the first one's (parse_project fills and checks both); docs/method.md, "Cohorts".
    cohorts: tuple[Cohort, ...] = ()

    def __post_init__(self) -> None:
        # An effect changed with dataclasses.replace (a slider, a scenario's reach, a drawn
        # total) keeps its cohorts consistent: a new total is split as they were (evenly when
        # all are 0), so the effect is saved and read back as it is computed.
        if not self.cohorts:
            return
        total = math.fsum(c.quantity for c in self.cohorts)
        if self.quantity != total:
            n = len(self.cohorts)
            object.__setattr__(self, "cohorts", tuple(
                Cohort(c.start_year, self.quantity * c.quantity / total if total > 0
                       else self.quantity / n) for c in self.cohorts))
        first = min(c.start_year for c in self.cohorts)
        if self.start_year != first:
            object.__setattr__(self, "start_year", first)


@dataclass(frozen=True)
class Qualitative:
    outcome: str
    stakeholder: str
    direction: str = "+"
    strength: int = 2


@dataclass(frozen=True)
class SectorFigures:
    sector: str
    productive_hours_per_fte: float
    labour_cost_per_fte: float
    labour_share: float


@dataclass(frozen=True)
class Project:
    name: str
    project_type: str
    years: int
    discount_rate: float
    phase: str = "ex_ante"
    start_year: int | None = None
    description: str = ""
    costs: tuple[Cost, ...] = ()
    effects: tuple[Effect, ...] = ()
    qualitative: tuple[Qualitative, ...] = ()
    sectors: tuple[SectorFigures, ...] = ()
    discount_rate_range: Range | None = None
    # Participants reached per year (the wizard's "bereik"): only for the plausibility of
    # the cost per participant (core/plausibility.py); the engine does not use it.
    participants_per_year: float | None = None
    # Plausibility warnings (their keys) somebody has looked at and kept on purpose.
    acknowledged_warnings: tuple[str, ...] = ()
    # --- inputs that are not money (inputs: issue 15 item 10) ---
    in_kind: tuple[InKind, ...] = ()
    count_in_kind: bool = True
    # --- price level (issue 15 item 4): the euros of every result; None: the CPI's last year
    price_year: int | None = None
    # --- discounting convention (issue 15 item 13; core/conventions.py, docs/method.md § 3)
    discount_convention: str = conventions.DEFAULT

    def to_dict(self) -> dict[str, Any]:
        """The project as its JSON project-file dict (optional empties left out)."""
        data = asdict(self)
        for name in ("costs", "effects", "qualitative", "sectors"):
            data[name] = list(data[name])  # asdict keeps tuples; the file has lists
        for optional in ("start_year", "price_year"):
            if data[optional] is None:
                del data[optional]
        if not data["description"]:
            del data["description"]
        for effect in data["effects"]:
            for optional in ("proxy_key", "hours_per_unit", "quantity_ex_post", "proxy_price_year"):
                if effect[optional] is None:
                    del effect[optional]
            if not effect["transfer"] and effect["transfer_from"] == DEFAULT_TRANSFER_FROM:
                del effect["transfer"], effect["transfer_from"]  # the defaults: as old files
            if not effect["ranges"]:
                del effect["ranges"]
            if effect["cohorts"]:
                effect["cohorts"] = [dict(c) for c in effect["cohorts"]]
            else:
                del effect["cohorts"]
            for spec in effect.get("ranges", {}).values():
                _drop_false_default(spec)
        if data["participants_per_year"] is None:
            del data["participants_per_year"]
        data["acknowledged_warnings"] = list(data["acknowledged_warnings"])
        if not data["acknowledged_warnings"]:
            del data["acknowledged_warnings"]
        if data["discount_rate_range"] is None:
            del data["discount_rate_range"]
        else:
            _drop_false_default(data["discount_rate_range"])
        _inputs_to_dict(data)
        if data["discount_convention"] == conventions.DEFAULT:
            del data["discount_convention"]  # the default: as old files
        return data


def _drop_false_default(spec: dict[str, Any]) -> None:
    if not spec["default"]:
        del spec["default"]


@dataclass(frozen=True)
class FieldError:
    """One problem: the field (``effects[2].deadweight``; empty for the whole file), a code
    saying what is wrong (``share``) and the values its words need (``{"limit": 500}``).

    Core holds no words. `message` and ``str()`` read in Dutch through the wording the
    text layer installs (`set_wording`); `impactkaart.text.errors.describe` words an
    error in either language.
    """

    path: str
    code: str
    values: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        return _wording(self)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def _bare(error: FieldError) -> str:
    # Only before the text layer is loaded (impactkaart/__init__.py loads it): still
    # says what is wrong, as the code and its values.
    return " ".join([error.code, *(f"{k}={v!r}" for k, v in error.values.items())])


_wording: Callable[[FieldError], str] = _bare


def set_wording(wording: Callable[[FieldError], str]) -> None:
    """How `FieldError.message` reads (the text layer's Dutch; core may not import it)."""
    global _wording
    _wording = wording


@dataclass
class ProjectError(ValueError):
    """All problems found in one project, each naming its field."""

    errors: list[FieldError] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


# --- field specifications -------------------------------------------------------
# Each spec: (kind, required, default, extra). Kinds are checked by _check below.

_REQUIRED = object()

_PROJECT_FIELDS: dict[str, tuple[str, Any]] = {
    "name": ("text", _REQUIRED),
    "project_type": ("key", _REQUIRED),
    "phase": ("phase", "ex_ante"),
    "start_year": ("calendar_year", None),
    "years": ("years", _REQUIRED),
    "discount_rate": ("rate", None),  # None: the sourced default from data/
    "description": ("long_text", ""),
    "costs": ("list", []),
    "effects": ("list", []),
    "qualitative": ("list", []),
    "sectors": ("list", []),
    "discount_rate_range": ("range", None),  # checked against the rate in _parse_range
    "participants_per_year": ("non_negative_or_null", None),
    "acknowledged_warnings": ("key_list", []),
    "price_year": ("calendar_year", None),  # None: the CPI's last year; checked in parse_project
    "discount_convention": ("convention", conventions.DEFAULT),
}

_COST_FIELDS = {
    "year": ("project_year", _REQUIRED),
    "financier": ("key", _REQUIRED),
    "amount": ("amount", _REQUIRED),
}

_EFFECT_FIELDS = {
    "outcome": ("text", _REQUIRED),
    "stakeholder": ("key", _REQUIRED),
    "sector": ("key_or_null", None),
    "quantity": ("non_negative", _REQUIRED),
    "proxy": ("money", _REQUIRED),
    "proxy_source": ("text_optional", ""),
    "proxy_key": ("key_or_null", None),
    "start_year": ("project_year", 1),
    "duration": ("years", _REQUIRED),
    "deadweight": ("share", _REQUIRED),
    "displacement": ("share", 0.0),
    "attribution": ("share", _REQUIRED),
    "drop_off": ("share", 0.0),
    "hours_per_unit": ("non_negative_or_null", None),
    "quantity_ex_post": ("non_negative_or_null", None),
    "transfer": ("bool", False),
    "transfer_from": ("key", DEFAULT_TRANSFER_FROM),  # a known party: checked in parse_project
    "proxy_price_year": ("calendar_year", None),  # in the CPI series: checked in parse_project
    "ranges": ("range", {}),  # checked against the base values in _parse_ranges
}

_QUALITATIVE_FIELDS = {
    "outcome": ("text", _REQUIRED),
    "stakeholder": ("key", _REQUIRED),
    "direction": ("direction", "+"),
    "strength": ("strength", 2),
}

_SECTOR_FIELDS = {
    "sector": ("key", _REQUIRED),
    "productive_hours_per_fte": ("positive", _REQUIRED),
    "labour_cost_per_fte": ("positive", _REQUIRED),
    "labour_share": ("share", _REQUIRED),
}

# --- inputs: in kind, ex post estimates, basis (issue 15 items 10–12) ---------------
# Kept in one block (the fields join the specs above by update) so that it reads and
# merges as one piece; see docs/project-format.md, "Inputs in kind, ex post, basis".

# The shares a measurement can re-estimate: effect field -> its ex post twin.
EX_POST_SHARES = {
    "deadweight": "deadweight_ex_post",
    "attribution": "attribution_ex_post",
    "displacement": "displacement_ex_post",
    "drop_off": "drop_off_ex_post",
}
# The assumptions a `basis` text may justify.
BASIS_FIELDS = ("deadweight", "attribution", "displacement", "drop_off", "duration")
BASIS_LIMIT = 1000  # characters: a source and a line of reasoning, not a report
# Where an in-kind hour is valued when the line gives no value (parameters.csv).
IN_KIND_HOUR_PARAMETER = "in_kind_hour_value"
_INPUT_KINDS = ("bool", "project_years", "share_or_null")

_PROJECT_FIELDS.update({
    "in_kind": ("list", []),
    "count_in_kind": ("bool", True),
})
_COST_FIELDS.update({"amount_ex_post": ("non_negative_or_null", None)})
_EFFECT_FIELDS.update({twin: ("share_or_null", None) for twin in EX_POST_SHARES.values()})
_EFFECT_FIELDS.update({"basis": ("basis", {})})
_EFFECT_FIELDS.update({"measured_via": ("text_optional", "")})  # monitoring (issue 17)
_EFFECT_FIELDS.update({"cohorts": ("cohorts", ())})  # parsed by _parse_cohorts

_IN_KIND_FIELDS = {
    "label": ("text", _REQUIRED),
    "provider": ("key", _REQUIRED),
    "hours": ("non_negative_or_null", None),
    "value_per_hour": ("non_negative_or_null", None),
    "amount": ("non_negative_or_null", None),
    "years": ("project_years", None),
    "source": ("text_optional", ""),
}


@dataclass(frozen=True)
class InKind:
    """An input that is not paid in euros: volunteer hours or goods/space given in kind.

    Per project year in ``years``: ``hours × value_per_hour`` (time) or ``amount``
    (goods, already in euros). The engine counts it as a cost of ``provider`` when the
    project's ``count_in_kind`` is on, and reports it apart from the euro budget.
    """

    label: str
    provider: str
    years: tuple[int, ...]
    hours: float | None = None
    value_per_hour: float | None = None
    amount: float | None = None
    source: str = ""

    @property
    def value_per_year(self) -> float:
        if self.amount is not None:
            return self.amount
        return (self.hours or 0.0) * (self.value_per_hour or 0.0)


def _check_input(kind: str, value: Any) -> tuple[Any, Problem | None]:
    if kind == "bool":
        if not isinstance(value, bool):
            return None, ("not_bool", {})
        return value, None
    if kind == "share_or_null":
        return (None, None) if value is None else _check("share", value)
    # project_years: a list of project years, or null for every year of the project
    if value is None:
        return None, None
    if not isinstance(value, list) or not value:
        return None, ("in_kind_years_not_list", {})
    years = []
    for item in value:
        year, problem = _check("project_year", item)
        if problem:
            return None, problem
        years.append(year)
    if len(set(years)) != len(years):
        return None, ("in_kind_years_repeated", {})
    return tuple(sorted(years)), None


def _parse_basis(raw: Any, path: str, errors: list[FieldError]) -> dict[str, str]:
    """An effect's ``basis``: per assumption a text (source or reasoning); empty texts go."""
    if not isinstance(raw, dict):
        errors.append(FieldError(path, "not_object", {"where": path}))
        return {}
    basis: dict[str, str] = {}
    for name, text in raw.items():
        if name not in BASIS_FIELDS:
            errors.append(_unknown(f"{path}.{name}", name, BASIS_FIELDS))
            continue
        if not isinstance(text, str):
            errors.append(FieldError(f"{path}.{name}", "not_text"))
            continue
        text = text.strip()
        if len(text) > BASIS_LIMIT:
            errors.append(FieldError(f"{path}.{name}", "too_long", {"limit": BASIS_LIMIT}))
        elif text:
            basis[name] = text
    return basis


def _parse_in_kind(top: dict[str, Any], parse_list, reference: Reference,
                   errors: list[FieldError]) -> tuple[InKind, ...]:
    """The in-kind lines: time (hours, value per hour) or goods (amount), never both.

    A time line without a value per hour gets the sourced one from parameters.csv
    (`IN_KIND_HOUR_PARAMETER`); a line without years runs every project year.
    """
    years = top.get("years")
    checked = []
    for i, item in enumerate(top.get("in_kind", [])):
        if not isinstance(item, dict):
            continue  # parse_list reports it
        path = f"in_kind[{i}]"
        has_hours, has_amount = item.get("hours") is not None, item.get("amount") is not None
        if has_hours and has_amount:
            errors.append(FieldError(path, "in_kind_hours_and_amount"))
        elif not has_hours and not has_amount:
            errors.append(FieldError(path, "in_kind_hours_or_amount"))
        elif has_amount and item.get("value_per_hour") is not None:
            errors.append(FieldError(f"{path}.value_per_hour", "in_kind_value_without_hours"))
        line_years = item.get("years")
        if isinstance(years, int) and isinstance(line_years, list):
            late = [y for y in line_years if isinstance(y, int) and years < y <= MAX_YEARS]
            if late:
                errors.append(FieldError(f"{path}.years", "outside_term", {"years": years}))
        checked.append(item)

    def build(**rec: Any) -> InKind:
        if rec["hours"] is not None and rec["value_per_hour"] is None:
            rec["value_per_hour"] = reference.parameter(IN_KIND_HOUR_PARAMETER)
        if rec["years"] is None:
            rec["years"] = tuple(range(1, years + 1)) if isinstance(years, int) else (1,)
        return InKind(**rec)

    return parse_list("in_kind", _IN_KIND_FIELDS, build)


def _inputs_to_dict(data: dict[str, Any]) -> None:
    """Leave out what this block adds when it holds only its default (files stay as they were)."""
    data["in_kind"] = list(data["in_kind"])
    for line in data["in_kind"]:
        line["years"] = list(line["years"])
        for optional in ("hours", "value_per_hour", "amount"):
            if line[optional] is None:
                del line[optional]
        if not line["source"]:
            del line["source"]
    if not data["in_kind"]:
        del data["in_kind"]
    if data["count_in_kind"]:
        del data["count_in_kind"]
    for cost in data["costs"]:
        if cost["amount_ex_post"] is None:
            del cost["amount_ex_post"]
    for effect in data["effects"]:
        for twin in EX_POST_SHARES.values():
            if effect[twin] is None:
                del effect[twin]
        if not effect["basis"]:
            del effect["basis"]
        if not effect["measured_via"]:
            del effect["measured_via"]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def missing_key(value: Any) -> bool:
    """True for every way a table or a form says "none": None, NaN (pandas' empty cell, also
    pd.NA) and an empty or blank text. Such a sector or proxy key means no sector, no key."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(value != value)  # NaN and pd.NA are not equal to themselves
    except TypeError:  # pd.NA: its comparison is NA, whose truth value raises
        return True


def clean_key(value: Any) -> str | None:
    """A sector or party key as the engine takes it: stripped text, or None for "none"
    (`missing_key`). Anything else is not a key (ValueError): never a NaN key downstream."""
    if missing_key(value):
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a key: {value!r}")
    return value.strip()


Problem = tuple[str, dict[str, Any]]  # (code, values) of a FieldError


def _check(kind: str, value: Any) -> tuple[Any, Problem | None]:
    """Return (clean value, None) or (None, (code, values))."""
    if kind in _INPUT_KINDS:
        return _check_input(kind, value)
    if kind in ("text", "text_optional", "long_text"):
        if not isinstance(value, str):
            return None, ("not_text", {})
        value = value.strip()
        if kind == "text" and not value:
            return None, ("empty", {})
        limit = 5000 if kind == "long_text" else 500
        if len(value) > limit:
            return None, ("too_long", {"limit": limit})
        return value, None
    if kind in ("key", "key_or_null"):
        if kind == "key_or_null" and missing_key(value):
            return None, None  # NaN from a table, "" from a form: no sector, no proxy key
        if not isinstance(value, str) or not value.strip():
            return None, ("not_key_or_null" if kind == "key_or_null" else "not_key", {})
        value = value.strip()
        if len(value) > 100:
            return None, ("too_long", {"limit": 100})
        return value, None
    if kind == "key_list":
        if not isinstance(value, list):
            return None, ("not_list", {})
        keys = []
        for item in value:
            # A warning's key is its code and an outcome (text of up to 500 characters).
            if not isinstance(item, str) or not item.strip():
                return None, ("not_key", {})
            if len(item) > 600:
                return None, ("too_long", {"limit": 600})
            keys.append(item.strip())
        return tuple(dict.fromkeys(keys)), None
    if kind == "phase":
        if value not in PHASES:
            return None, ("phase", {})
        return value, None
    if kind == "convention":
        if value not in conventions.CONVENTIONS:
            return None, ("conventions.unknown", {"known": ", ".join(conventions.CONVENTIONS)})
        return value, None
    if kind == "direction":
        if value not in DIRECTIONS:
            return None, ("direction", {})
        return value, None
    if kind == "strength":
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 3:
            return None, ("strength", {})
        return value, None
    if kind == "bool":
        if not isinstance(value, bool):
            return None, ("not_bool", {})
        return value, None
    if kind in ("years", "project_year"):
        if not isinstance(value, int) or isinstance(value, bool):
            if _is_number(value) and float(value).is_integer():
                value = int(value)
            else:
                return None, ("not_whole_years", {})
        if not 1 <= value <= MAX_YEARS:
            return None, ("years_range", {"max": MAX_YEARS})
        return value, None
    if kind == "calendar_year":
        if value is None:
            return None, None
        if not isinstance(value, int) or isinstance(value, bool) or not 1900 <= value <= 2200:
            return None, ("calendar_year", {})
        return value, None
    if kind.endswith("_or_null") and value is None:
        return None, None
    if not _is_number(value):
        return None, ("not_number", {})
    value = float(value)
    if not math.isfinite(value):
        return None, ("not_finite", {})
    if abs(value) > MAX_AMOUNT:
        return None, ("too_large", {})
    if kind == "share":
        if not 0.0 <= value <= 1.0:
            return None, ("share", {})
    elif kind == "rate":
        if not -0.05 <= value <= 0.5:
            return None, ("rate", {})
    elif kind in ("amount", "non_negative", "non_negative_or_null"):
        if value < 0:
            return None, ("negative", {})
    elif kind == "positive":
        if value <= 0:
            return None, ("not_positive", {})
    return value, None


def _unknown(path: str, name: Any, known) -> FieldError:
    """An unknown field, with the known one it most resembles (a typo's likely fix)."""
    hint = difflib.get_close_matches(str(name), known, n=1)
    if hint:
        return FieldError(path, "unknown_field_hint", {"hint": hint[0]})
    return FieldError(path, "unknown_field")


def _parse_record(
    data: Any, spec: dict[str, tuple[str, Any]], path: str, errors: list[FieldError]
) -> dict[str, Any] | None:
    where = path or "project"
    if not isinstance(data, dict):
        errors.append(FieldError(path, "not_object", {"where": where}))
        return None
    clean: dict[str, Any] = {}
    prefix = f"{path}." if path else ""
    for key in data:
        if key not in spec:
            errors.append(_unknown(f"{prefix}{key}", key, spec))
    for name, (kind, default) in spec.items():
        if name not in data:
            if default is _REQUIRED:
                errors.append(FieldError(f"{prefix}{name}", "missing"))
            else:
                clean[name] = default
            continue
        if kind == "list":
            if not isinstance(data[name], list):
                errors.append(FieldError(f"{prefix}{name}", "not_list"))
            else:
                clean[name] = data[name]
            continue
        if kind in ("range", "basis", "cohorts"):  # needs the base values / per-key paths: parsed after
            clean[name] = data[name]
            continue
        value, problem = _check(kind, data[name])
        if problem:
            errors.append(FieldError(f"{prefix}{name}", *problem))
        else:
            clean[name] = value
    return clean


def parse_project(data: Any, reference: Reference | None = None) -> Project:
    """Validate a project dict and build a `Project`, or raise `ProjectError`.

    The reference data (default: `impactkaart/data/`) supplies the default discount rate
    and the known sectors; sectors the project itself defines in ``sectors``
    are always known.
    """
    if reference is None:
        reference = default_reference()
    errors: list[FieldError] = []
    top = _parse_record(data, _PROJECT_FIELDS, "", errors)
    if top is None:
        raise ProjectError(errors)

    def parse_list(name: str, spec: dict, build):
        items = []
        for i, item in enumerate(top.get(name, [])):
            before = len(errors)
            if name == "effects":  # the sum and first start of its cohorts, before the rest
                item = _with_cohorts(item, f"{name}[{i}]", errors)
            rec = _parse_record(item, spec, f"{name}[{i}]", errors)
            if rec is not None and "ranges" in rec:
                rec["ranges"] = _parse_ranges(rec, f"{name}[{i}].ranges", errors)
            if rec is not None and "basis" in rec:
                rec["basis"] = _parse_basis(rec["basis"], f"{name}[{i}].basis", errors)
            if rec is not None and len(errors) == before:
                items.append(build(**rec))
        return tuple(items)

    costs = parse_list("costs", _COST_FIELDS, Cost)
    effects = parse_list("effects", _EFFECT_FIELDS, _effect_with_price_year(reference))
    qualitative = parse_list("qualitative", _QUALITATIVE_FIELDS, Qualitative)
    sectors = parse_list("sectors", _SECTOR_FIELDS, SectorFigures)
    in_kind = _parse_in_kind(top, parse_list, reference, errors)

    # Cross-field checks run on the raw items so that the index in the message
    # is the one the user sees in the file, even when earlier items failed.
    seen_sectors: set[str] = set()
    for i, figures in enumerate(top.get("sectors", [])):
        name = figures.get("sector") if isinstance(figures, dict) else None
        if isinstance(name, str) and name.strip() in seen_sectors:
            errors.append(FieldError(f"sectors[{i}].sector", "duplicate", {"name": name}))
        if isinstance(name, str):
            seen_sectors.add(name.strip())
    years = top.get("years")
    allowed = set(reference.sector_figures) | seen_sectors
    for i, cost in enumerate(top.get("costs", [])):
        year = cost.get("year") if isinstance(cost, dict) else None
        if isinstance(years, int) and isinstance(year, int) and years < year <= MAX_YEARS:
            errors.append(FieldError(f"costs[{i}].year", "outside_term", {"years": years}))
    for i, effect in enumerate(top.get("effects", [])):
        sector = effect.get("sector") if isinstance(effect, dict) else None
        if isinstance(sector, str) and sector.strip() and sector.strip() not in allowed:
            hint = difflib.get_close_matches(sector.strip(), sorted(allowed), n=1)
            errors.append(
                FieldError(f"effects[{i}].sector", "unknown_sector_hint", {"sector": sector, "hint": hint[0]})
                if hint else FieldError(f"effects[{i}].sector", "unknown_sector", {"sector": sector})
            )
    _check_transfers(top, reference, errors)
    price_year = _check_price_years(top, reference, errors)
    # Without a rate of its own a project has its convention's sourced rate (parameters.csv).
    convention = top.get("discount_convention", conventions.DEFAULT)
    discount_rate = (
        reference.parameter(conventions.RATE_PARAMETER[convention])
        if top.get("discount_rate") is None else top["discount_rate"]
    )
    rate_range = None
    if top.get("discount_rate_range") is not None:
        base = discount_rate if "discount_rate" in top else None  # None: the rate was invalid
        rate_range = _parse_range(top["discount_rate_range"], "rate", base, "discount_rate_range", errors)
    if errors:
        raise ProjectError(errors)
    return Project(
        name=top["name"],
        project_type=top["project_type"],
        phase=top["phase"],
        start_year=top["start_year"],
        years=top["years"],
        discount_rate=discount_rate,
        description=top["description"],
        costs=costs,
        effects=effects,
        qualitative=qualitative,
        sectors=sectors,
        discount_rate_range=rate_range,
        participants_per_year=top["participants_per_year"],
        acknowledged_warnings=tuple(top["acknowledged_warnings"]),
        in_kind=in_kind,
        count_in_kind=top["count_in_kind"],
        price_year=price_year,
        discount_convention=convention,
    )


def known_parties(top: dict[str, Any], reference: Reference) -> set[str]:
    """The parties a transfer may come from: the common ones (parties.csv) and every party
    the project itself names as a financier or stakeholder."""
    known = set(reference.parties["key"])
    for name, field_name in (("costs", "financier"), ("effects", "stakeholder")):
        for item in top.get(name, []):
            value = item.get(field_name) if isinstance(item, dict) else None
            if isinstance(value, str) and value.strip():
                known.add(value.strip())
    return known


def _check_transfers(top: dict[str, Any], reference: Reference, errors: list[FieldError]) -> None:
    # On the raw items, so the index is the file's (as for the sector check).
    known = known_parties(top, reference)
    for i, effect in enumerate(top.get("effects", [])):
        if not isinstance(effect, dict) or not isinstance(effect.get("transfer_from"), str):
            continue
        source = effect["transfer_from"].strip()
        path = f"effects[{i}].transfer_from"
        if source and source not in known:
            hint = difflib.get_close_matches(source, sorted(known), n=1)
            errors.append(
                FieldError(path, "transfer_unknown_party_hint", {"party": source, "hint": hint[0]})
                if hint else FieldError(path, "transfer_unknown_party", {"party": source})
            )
        stakeholder = effect.get("stakeholder")
        if (effect.get("transfer") is True and isinstance(stakeholder, str)
                and stakeholder.strip() == source):
            errors.append(FieldError(path, "transfer_same_party", {"party": source}))


def _check_price_years(top: dict[str, Any], reference: Reference, errors: list[FieldError]) -> int:
    """The project's price year (default: the CPI's last year); it and every effect's own
    proxy_price_year must lie in the CPI series, or the index is unknown."""
    years = reference.cpi
    first, last = min(years), max(years)
    price_year = top.get("price_year")
    if price_year is not None and price_year not in years:
        errors.append(FieldError("price_year", "price_year_outside_cpi", {"first": first, "last": last}))
    for i, effect in enumerate(top.get("effects", [])):
        year = effect.get("proxy_price_year") if isinstance(effect, dict) else None
        if isinstance(year, int) and not isinstance(year, bool) and 1900 <= year <= 2200 \
                and year not in years:
            errors.append(FieldError(f"effects[{i}].proxy_price_year", "price_year_outside_cpi",
                                     {"first": first, "last": last}))
    return reference.latest_price_year if price_year is None else price_year


def _effect_with_price_year(reference: Reference):
    """Build an Effect whose missing proxy_price_year is the library row's, when the library
    knows it and the CPI covers it (otherwise left None: the engine flags an unknown one)."""
    def build(**fields: Any) -> Effect:
        if fields.get("proxy_price_year") is None and fields.get("proxy_key"):
            year = reference.proxy_price_years.get(fields["proxy_key"])
            if year in reference.cpi:
                fields["proxy_price_year"] = year
        return Effect(**fields)
    return build


# --- cohorts (issue 16 item 4) -------------------------------------------------------

COHORT_LIMIT = MAX_YEARS  # at most one intake per project year of the longest project
_COHORT_FIELDS = {"start_year": ("project_year", _REQUIRED), "quantity": ("non_negative", _REQUIRED)}
# Relative tolerance for a given quantity against the sum of the cohorts (rounding in a file).
_COHORT_SUM_TOLERANCE = 1e-9


def _with_cohorts(item: Any, path: str, errors: list[FieldError]) -> Any:
    """The raw effect with its ``cohorts`` parsed into `Cohort`s and ``quantity`` and
    ``start_year`` filled in from them where the file leaves them out. A quantity or start
    year that is given must agree: the sum of the cohorts, the first cohort's start."""
    if not isinstance(item, dict) or "cohorts" not in item:
        return item
    raw = item["cohorts"]
    where = f"{path}.cohorts"
    if not isinstance(raw, list):
        errors.append(FieldError(where, "not_list"))
        return {**item, "cohorts": ()}
    if len(raw) > COHORT_LIMIT:
        errors.append(FieldError(where, "cohorts.too_many", {"limit": COHORT_LIMIT}))
        return {**item, "cohorts": ()}
    before = len(errors)
    cohorts = []
    for j, spec in enumerate(raw):
        rec = _parse_record(spec, _COHORT_FIELDS, f"{where}[{j}]", errors)
        if rec is not None and len(errors) == before:
            cohorts.append(Cohort(**rec))
    if len(errors) > before:
        return {**item, "cohorts": ()}
    out = {**item, "cohorts": tuple(cohorts)}
    if not cohorts:
        return out
    total = math.fsum(c.quantity for c in cohorts)
    first = min(c.start_year for c in cohorts)
    given = item.get("quantity")
    if given is not None and _is_number(given) and not math.isclose(
            float(given), total, rel_tol=_COHORT_SUM_TOLERANCE, abs_tol=1e-9):
        errors.append(FieldError(f"{path}.quantity", "cohorts.sum", {"total": total}))
    elif given is None or _is_number(given):
        out["quantity"] = total  # exactly the sum: the engine then uses each cohort as it is
    if item.get("start_year") is None:
        out["start_year"] = first
    elif item.get("start_year") != first:
        errors.append(FieldError(f"{path}.start_year", "cohorts.start", {"first": first}))
    return out


# --- uncertainty ranges -------------------------------------------------------------

_RANGE_KEYS = ("low", "high", "distribution", "default")


def _parse_ranges(effect: dict[str, Any], path: str, errors: list[FieldError]) -> dict[str, Range]:
    """The ``ranges`` object of one effect; each range is checked against its base value."""
    raw = effect["ranges"]
    if not isinstance(raw, dict):
        errors.append(FieldError(path, "ranges_not_object"))
        return {}
    ranges: dict[str, Range] = {}
    for name, spec in raw.items():
        if name not in RANGED_EFFECT_FIELDS:
            errors.append(_unknown(f"{path}.{name}", name, RANGED_EFFECT_FIELDS))
            continue
        parsed = _parse_range(spec, _EFFECT_FIELDS[name][0], effect.get(name), f"{path}.{name}", errors,
                              log_allowed=name in LOG_FIELDS)
        if parsed is not None:
            ranges[name] = parsed
    return ranges


def _parse_range(
    spec: Any, kind: str, base: Any, path: str, errors: list[FieldError], log_allowed: bool = False
) -> Range | None:
    """One range: low ≤ base ≤ high, each bound valid for its field (a share stays in 0–1).

    ``base`` is None when the field itself was invalid (already reported); then
    only the bounds are checked. A ``fixed`` range may leave out low and high.
    ``log_triangular`` only where ``log_allowed`` (LOG_FIELDS), with a logarithm to
    take: a quantity or proxy range on the base's side of 0, a share range below 1.
    """
    if not isinstance(spec, dict):
        errors.append(FieldError(path, "range_not_object"))
        return None
    before = len(errors)
    for key in spec:
        if key not in _RANGE_KEYS:
            errors.append(_unknown(f"{path}.{key}", key, _RANGE_KEYS))
    distribution = spec.get("distribution", "triangular")
    if distribution not in DISTRIBUTIONS:
        errors.append(FieldError(f"{path}.distribution", "distribution"))
    default = spec.get("default", False)
    if not isinstance(default, bool):
        errors.append(FieldError(f"{path}.default", "not_bool"))
    bounds: dict[str, Any] = {}
    for key in ("low", "high"):
        if key not in spec:
            if distribution == "fixed" and base is not None:
                bounds[key] = base
            else:
                errors.append(FieldError(f"{path}.{key}", "missing"))
            continue
        value, problem = _check(kind, spec[key])
        if problem:
            errors.append(FieldError(f"{path}.{key}", *problem))
        else:
            bounds[key] = value
    if len(errors) > before:
        return None
    low, high = bounds["low"], bounds["high"]
    if low > high:
        errors.append(FieldError(path, "low_above_high", {"low": low, "high": high}))
        return None
    if base is not None and not low <= base <= high:
        errors.append(FieldError(path, "base_outside", {"base": base, "low": low, "high": high}))
        return None
    if distribution == "log_triangular" and low < high:
        share = kind == "share"
        ok = log_allowed and (high < 1 if share else (low > 0 or high < 0))
        if not ok:
            errors.append(FieldError(f"{path}.distribution", "log_triangular"))
            return None
    return Range(low=low, high=high, distribution=distribution, default=default)
