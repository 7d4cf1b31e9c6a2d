"""The project, its costs and effects, and their validation.

A project arrives as a plain dict (from a JSON project file, the store, or the UI)
and leaves `parse_project` either as a validated, immutable `Project` or as a
`ProjectError` listing every problem with the field it concerns, in Dutch
(``effects[2].deadweight: moet tussen 0 en 1 liggen``). Nothing downstream has
to re-check a value.

The dict shape is a public contract, documented in ``docs/project-format.md``.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from impactkaart.core.reference import Reference, default_reference

PHASES = ("ex_ante", "ex_post")
DIRECTIONS = ("+", "-")
MAX_YEARS = 50  # no social project or effect is credibly valued over half a century
MAX_AMOUNT = 1e12  # a guard against typos and overflow, far above any real budget
# Assumptions that may carry an uncertainty range (docs/project-format.md, "Ranges").
RANGED_EFFECT_FIELDS = (
    "quantity", "proxy", "duration", "deadweight", "attribution", "displacement", "drop_off",
)
DISTRIBUTIONS = ("triangular", "uniform", "fixed")


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
    # Assumption name -> Range (see RANGED_EFFECT_FIELDS); read-only by convention,
    # change it with dataclasses.replace. Left out of the hash: dicts are unhashable.
    ranges: dict[str, Range] = field(default_factory=dict, hash=False)


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

    def to_dict(self) -> dict[str, Any]:
        """The project as its JSON project-file dict (optional empties left out)."""
        data = asdict(self)
        for name in ("costs", "effects", "qualitative", "sectors"):
            data[name] = list(data[name])  # asdict keeps tuples; the file has lists
        if data["start_year"] is None:
            del data["start_year"]
        if not data["description"]:
            del data["description"]
        for effect in data["effects"]:
            for optional in ("proxy_key", "hours_per_unit", "quantity_ex_post"):
                if effect[optional] is None:
                    del effect[optional]
            if not effect["ranges"]:
                del effect["ranges"]
            for spec in effect.get("ranges", {}).values():
                _drop_false_default(spec)
        if data["discount_rate_range"] is None:
            del data["discount_rate_range"]
        else:
            _drop_false_default(data["discount_rate_range"])
        return data


def _drop_false_default(spec: dict[str, Any]) -> None:
    if not spec["default"]:
        del spec["default"]


@dataclass(frozen=True)
class FieldError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


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


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check(kind: str, value: Any) -> tuple[Any, str | None]:
    """Return (clean value, None) or (None, Dutch message)."""
    if kind in ("text", "text_optional", "long_text"):
        if not isinstance(value, str):
            return None, "moet tekst zijn"
        value = value.strip()
        if kind == "text" and not value:
            return None, "mag niet leeg zijn"
        limit = 5000 if kind == "long_text" else 500
        if len(value) > limit:
            return None, f"is te lang (meer dan {limit} tekens)"
        return value, None
    if kind in ("key", "key_or_null"):
        if value is None and kind == "key_or_null":
            return None, None
        if not isinstance(value, str) or not value.strip():
            return None, "moet een naam zijn (tekst)" + (" of null" if kind == "key_or_null" else "")
        value = value.strip()
        if len(value) > 100:
            return None, "is te lang (meer dan 100 tekens)"
        return value, None
    if kind == "phase":
        if value not in PHASES:
            return None, "moet 'ex_ante' of 'ex_post' zijn"
        return value, None
    if kind == "direction":
        if value not in DIRECTIONS:
            return None, "moet '+' of '-' zijn"
        return value, None
    if kind == "strength":
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 3:
            return None, "moet een geheel getal van 1 tot en met 3 zijn"
        return value, None
    if kind in ("years", "project_year"):
        if not isinstance(value, int) or isinstance(value, bool):
            if _is_number(value) and float(value).is_integer():
                value = int(value)
            else:
                return None, "moet een geheel aantal jaren zijn"
        if not 1 <= value <= MAX_YEARS:
            return None, f"moet tussen 1 en {MAX_YEARS} liggen"
        return value, None
    if kind == "calendar_year":
        if value is None:
            return None, None
        if not isinstance(value, int) or isinstance(value, bool) or not 1900 <= value <= 2200:
            return None, "moet een jaartal zijn (bijvoorbeeld 2025)"
        return value, None
    if kind.endswith("_or_null") and value is None:
        return None, None
    if not _is_number(value):
        return None, "moet een getal zijn"
    value = float(value)
    if not math.isfinite(value):
        return None, "moet een eindig getal zijn"
    if abs(value) > MAX_AMOUNT:
        return None, "is onwaarschijnlijk groot"
    if kind == "share":
        if not 0.0 <= value <= 1.0:
            return None, "moet tussen 0 en 1 liggen"
    elif kind == "rate":
        if not -0.05 <= value <= 0.5:
            return None, "moet tussen -0,05 en 0,5 liggen (bijvoorbeeld 0,0225 voor 2,25%)"
    elif kind in ("amount", "non_negative", "non_negative_or_null"):
        if value < 0:
            return None, "mag niet negatief zijn"
    elif kind == "positive":
        if value <= 0:
            return None, "moet groter dan 0 zijn"
    return value, None


def _parse_record(
    data: Any, spec: dict[str, tuple[str, Any]], path: str, errors: list[FieldError]
) -> dict[str, Any] | None:
    where = path or "project"
    if not isinstance(data, dict):
        errors.append(FieldError(path, f"{where} moet een object {{…}} zijn"))
        return None
    clean: dict[str, Any] = {}
    prefix = f"{path}." if path else ""
    for key in data:
        if key not in spec:
            hint = difflib.get_close_matches(str(key), spec, n=1)
            suggestion = f" (bedoelt u '{hint[0]}'?)" if hint else ""
            errors.append(FieldError(f"{prefix}{key}", f"onbekend veld{suggestion}"))
    for name, (kind, default) in spec.items():
        if name not in data:
            if default is _REQUIRED:
                errors.append(FieldError(f"{prefix}{name}", "ontbreekt (verplicht veld)"))
            else:
                clean[name] = default
            continue
        if kind == "list":
            if not isinstance(data[name], list):
                errors.append(FieldError(f"{prefix}{name}", "moet een lijst […] zijn"))
            else:
                clean[name] = data[name]
            continue
        if kind == "range":  # needs the base values: parsed after the record
            clean[name] = data[name]
            continue
        value, message = _check(kind, data[name])
        if message:
            errors.append(FieldError(f"{prefix}{name}", message))
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
            rec = _parse_record(item, spec, f"{name}[{i}]", errors)
            if rec is not None and "ranges" in rec:
                rec["ranges"] = _parse_ranges(rec, f"{name}[{i}].ranges", errors)
            if rec is not None and len(errors) == before:
                items.append(build(**rec))
        return tuple(items)

    costs = parse_list("costs", _COST_FIELDS, Cost)
    effects = parse_list("effects", _EFFECT_FIELDS, Effect)
    qualitative = parse_list("qualitative", _QUALITATIVE_FIELDS, Qualitative)
    sectors = parse_list("sectors", _SECTOR_FIELDS, SectorFigures)

    # Cross-field checks run on the raw items so that the index in the message
    # is the one the user sees in the file, even when earlier items failed.
    seen_sectors: set[str] = set()
    for i, figures in enumerate(top.get("sectors", [])):
        name = figures.get("sector") if isinstance(figures, dict) else None
        if isinstance(name, str) and name.strip() in seen_sectors:
            errors.append(FieldError(f"sectors[{i}].sector", f"'{name}' staat er dubbel in"))
        if isinstance(name, str):
            seen_sectors.add(name.strip())
    years = top.get("years")
    allowed = set(reference.sector_figures) | seen_sectors
    for i, cost in enumerate(top.get("costs", [])):
        year = cost.get("year") if isinstance(cost, dict) else None
        if isinstance(years, int) and isinstance(year, int) and years < year <= MAX_YEARS:
            errors.append(
                FieldError(f"costs[{i}].year", f"valt buiten de looptijd (1 tot en met {years})")
            )
    for i, effect in enumerate(top.get("effects", [])):
        sector = effect.get("sector") if isinstance(effect, dict) else None
        if isinstance(sector, str) and sector.strip() and sector.strip() not in allowed:
            hint = difflib.get_close_matches(sector.strip(), sorted(allowed), n=1)
            suggestion = f" (bedoelt u '{hint[0]}'?)" if hint else ""
            errors.append(
                FieldError(f"effects[{i}].sector", f"onbekende sector '{sector}'{suggestion}")
            )
    discount_rate = (
        reference.discount_rate if top.get("discount_rate") is None else top["discount_rate"]
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
    )


# --- uncertainty ranges -------------------------------------------------------------

_RANGE_KEYS = ("low", "high", "distribution", "default")


def _dutch(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _parse_ranges(effect: dict[str, Any], path: str, errors: list[FieldError]) -> dict[str, Range]:
    """The ``ranges`` object of one effect; each range is checked against its base value."""
    raw = effect["ranges"]
    if not isinstance(raw, dict):
        errors.append(FieldError(path, "moet een object {…} zijn, bijvoorbeeld "
                                       '{"deadweight": {"low": 0.1, "high": 0.3}}'))
        return {}
    ranges: dict[str, Range] = {}
    for name, spec in raw.items():
        if name not in RANGED_EFFECT_FIELDS:
            hint = difflib.get_close_matches(str(name), RANGED_EFFECT_FIELDS, n=1)
            suggestion = f" (bedoelt u '{hint[0]}'?)" if hint else ""
            errors.append(FieldError(f"{path}.{name}", f"onbekend veld{suggestion}"))
            continue
        parsed = _parse_range(spec, _EFFECT_FIELDS[name][0], effect.get(name), f"{path}.{name}", errors)
        if parsed is not None:
            ranges[name] = parsed
    return ranges


def _parse_range(
    spec: Any, kind: str, base: Any, path: str, errors: list[FieldError]
) -> Range | None:
    """One range: low ≤ base ≤ high, each bound valid for its field (a share stays in 0–1).

    ``base`` is None when the field itself was invalid (already reported); then
    only the bounds are checked. A ``fixed`` range may leave out low and high.
    """
    if not isinstance(spec, dict):
        errors.append(FieldError(path, 'moet een object {…} zijn met "low" en "high"'))
        return None
    before = len(errors)
    for key in spec:
        if key not in _RANGE_KEYS:
            hint = difflib.get_close_matches(str(key), _RANGE_KEYS, n=1)
            suggestion = f" (bedoelt u '{hint[0]}'?)" if hint else ""
            errors.append(FieldError(f"{path}.{key}", f"onbekend veld{suggestion}"))
    distribution = spec.get("distribution", "triangular")
    if distribution not in DISTRIBUTIONS:
        errors.append(FieldError(f"{path}.distribution",
                                 "moet 'triangular', 'uniform' of 'fixed' zijn"))
    default = spec.get("default", False)
    if not isinstance(default, bool):
        errors.append(FieldError(f"{path}.default", "moet true of false zijn"))
    bounds: dict[str, Any] = {}
    for key in ("low", "high"):
        if key not in spec:
            if distribution == "fixed" and base is not None:
                bounds[key] = base
            else:
                errors.append(FieldError(f"{path}.{key}", "ontbreekt (verplicht veld)"))
            continue
        value, message = _check(kind, spec[key])
        if message:
            errors.append(FieldError(f"{path}.{key}", message))
        else:
            bounds[key] = value
    if len(errors) > before:
        return None
    low, high = bounds["low"], bounds["high"]
    if low > high:
        errors.append(FieldError(path, f"low ({_dutch(low)}) mag niet groter zijn dan high ({_dutch(high)})"))
        return None
    if base is not None and not low <= base <= high:
        errors.append(FieldError(
            path,
            f"de basiswaarde {_dutch(base)} moet tussen low ({_dutch(low)}) en high ({_dutch(high)}) liggen",
        ))
        return None
    return Range(low=low, high=high, distribution=distribution, default=default)
