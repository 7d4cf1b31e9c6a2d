"""Case-level evaluation (casusniveau): start and end situation per resident, the work
session's attribution, and the rendement per case, all through the one engine.

The method (BMC, "Maatschappelijk rendement in beeld"; Alifa's
Thuisadministratie): interviews with residents about their situation before and
during the activities, then a work session in which professionals decide how
much of each change is due to the activities.

**A case** (`Case`) is pseudonymous: a code (``C01``), a target group
("65+, alleenstaand") and the change in the resident's own words, never a
name, address or BSN (`impactkaart.cases.privacy`). Per case:

- **measurements per period** (``values[(period, item)]``): period 0 is the
  start situation, every later period a follow-up measurement (monitoring over
  time, as in Sociaal Werk Nederland's KPI-model); the **end situation** is the
  case's last period. An item is one line of the `CATALOGUE`:

  - *gebruik* (use of services and support): a quantity **per year** (GP
    consults, emergency visits, hours of Wmo support, years on benefits, …),
    valued with a proxy from the sourced library (``impactkaart/data/proxies.csv``) and
    paid by one party (zorgverzekeraar, gemeente, …);
  - *risico* (a latent risk: eviction, crisis admission, an extra school year):
    a **likelihood** 0–1 per period and a **size** per case (1 eviction, 14
    days of admission), valued as size × likelihood × proxy;
  - *indicator* (debt, number of creditors): monitored, not valued (the
    library has no sourced price per creditor).

- **the investment** in the case, per financier (euro);
- **the work session's assessment** per changed item (`Assessment`): the share
  of the change *due to the activities* (0–1), a short reason, consensus.

**The change** of an item is start − end (positive: less use, a smaller risk),
counted only when both the start and the end situation hold a value. In
engine units: use ``start − end`` per year; risk ``size × (p_start − p_end)``.

**Attribution, converted.** The work session records the share due to the
activities, ``s``. The engine's effect field ``attribution`` (docs/method.md § 1, as in
the SROI Guide) is the share caused by *others*. So each change becomes an
effect with ``attribution = 1 − s``. A change not yet discussed counts with
``s = 0`` (nothing attributed: the change is not shown to be the project's).

**Per case, through the engine**: `case_project` turns a case into a one-year
`Project` (its investment as costs in year 1, each valued change as an effect
starting in year 1 and lasting one year: one year of avoided use, not
discounted, deadweight 0), and `evaluate` computes every case in one
`compute_portfolio` call, once with the shares (value) and once without
(value before attribution). More use than at the start is a change too: it
enters with a negative proxy (a cost), ``quantity = |change|``.

``value = Σ |change| × ±proxy × s`` and ``rendementsfactor = value ÷ investment``,
per case and per party (who pays the investment, who gains the value).
`cases_project` puts all cases in one project; its totals equal the sum of
the cases (tests/cases/test_cases.py checks this by hand and by property).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from impactkaart.cases.privacy import MAX_CODE, code_problem, identifying_details
from impactkaart.core.engine import ProjectResult, compute_portfolio
from impactkaart.core.model import MAX_AMOUNT, Cost, Effect, Project
from impactkaart.core.proxies import proxy_row, transfer_fields
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text.catalogue import t
from impactkaart.text.names import data_text
from impactkaart.text.proxies import source_text

USE, RISK, INDICATOR = "gebruik", "risico", "indicator"
MAX_TEXT = 1000  # the change in own words: a few sentences, not a file
MAX_SHORT = 80  # target group, period label, financier
MAX_REASON = 300


@dataclass(frozen=True)
class Item:
    """One line of a case's situation (see the module docstring). Its name, unit and group
    are words of the catalogue (``cases.item.<key>``, ``cases.unit.<key>``,
    ``cases.group.<group>``, in `impactkaart.text.words.cases`)."""

    key: str
    kind: str  # USE, RISK or INDICATOR
    group: str  # a key: zorg, veiligheid, inkomen, wmo_jeugd, risicos
    proxy_key: str | None = None  # a key of impactkaart/data/proxies.csv (None for an indicator)
    payer: str | None = None  # who pays for the use (None: the proxy's usual stakeholder)
    sector: str | None = None  # where staff time is saved (None: the proxy's usual sector)
    default_size: float | None = None  # risk only: a natural size (1 eviction); None: ask

    @property
    def valued(self) -> bool:
        return self.kind in (USE, RISK)

    def name(self, lang: str = "nl") -> str:
        """'Huisartsconsulten' / 'GP consultations'."""
        return t(f"cases.item.{self.key}", lang)

    def unit_text(self, lang: str = "nl") -> str:
        """Use: what is counted per year; risk: what the size counts; indicator: its unit."""
        return t(f"cases.unit.{self.key}", lang)

    def group_name(self, lang: str = "nl") -> str:
        return t(f"cases.group.{self.group}", lang)


# Each proxy is a sourced row of impactkaart/data/proxies.csv; where the library has a choice of
# proxy and payer for a kind of support, it follows impactkaart/data/reference_effects.csv (e.g.
# ambulante jeugdhulp valued per hour of begeleiding, paid by the gemeente).
CATALOGUE: tuple[Item, ...] = (
    Item("huisarts", USE, "zorg", "huisartsconsult"),
    Item("seh", USE, "zorg", "seh_bezoek"),
    Item("ggz_basis", USE, "zorg", "ggz_contact_basis"),
    Item("ggz_specialistisch", USE, "zorg", "ggz_contact_specialistisch"),
    Item("maatschappelijk_werk", USE, "zorg", "maatschappelijk_werk_contact"),
    Item("politie", USE, "veiligheid", "politie_opsporing_delict"),
    Item("bijstand", USE, "inkomen", "bijstand_jaar_incl_uitvoering"),
    Item("ww", USE, "inkomen", "ww_jaar"),
    # Not the composite debt cost per household (all bearers, incl. collection, benefits and
    # health care, which have their own items here): its parts by bearer, the gemeente's
    # support and the employer's cost (docs/method.md, "Data checks").
    Item("schulden", USE, "inkomen", "schulden_deel_ondersteuning"),
    Item("schulden_werkgever", USE, "inkomen", "schulden_deel_werkgevers"),
    Item("incasso", USE, "inkomen", "rechtszaak_kanton"),
    Item("schuldeisers", INDICATOR, "inkomen"),
    Item("schuldbedrag", INDICATOR, "inkomen"),
    Item("wmo_huishouden", USE, "wmo_jeugd", "huishoudelijke_hulp_uur"),
    Item("wmo_begeleiding", USE, "wmo_jeugd", "begeleiding_uur"),
    Item("jeugdhulp", USE, "wmo_jeugd", "begeleiding_uur", payer="gemeente", sector="jeugdzorg"),
    Item("jeugd_ggz", USE, "wmo_jeugd", "ggz_contact_specialistisch", payer="gemeente",
         sector="jeugdzorg"),
    Item("risico_uithuiszetting", RISK, "risicos", "uithuiszetting", default_size=1.0),
    Item("risico_opvang", RISK, "risicos", "opvang_voorkomen", default_size=1.0),
    Item("risico_crisisopname", RISK, "risicos", "ggz_verpleegdag"),
    Item("risico_school", RISK, "risicos", "onderwijs_vo_jaar", default_size=1.0),
)
ITEMS: dict[str, Item] = {item.key: item for item in CATALOGUE}


@dataclass(frozen=True)
class Period:
    number: int  # 0: the start situation
    label: str


@dataclass(frozen=True)
class Assessment:
    """The work session's view of one change."""

    share: float | None = None  # share of the change due to the activities; None: not discussed
    reason: str = ""
    consensus: bool = False

    @property
    def effect_attribution(self) -> float:
        """The engine's ``attribution`` (share caused by others): 1 − share; 1 if undiscussed."""
        return 1.0 - (self.share or 0.0)


def period_label(number: int, lang: str = "nl") -> str:
    """'Startsituatie', 'Meting 2' (the default name of a measurement)."""
    return t("cases.period.start", lang) if number == 0 else t("cases.period.n", lang, n=number)


def end_label(lang: str = "nl") -> str:
    """The default name of a new case's second measurement: 'Eindsituatie'."""
    return t("cases.period.end", lang)


@dataclass(frozen=True)
class Case:
    code: str
    target_group: str = ""
    own_words: str = ""
    periods: tuple[Period, ...] = (Period(0, "Startsituatie"),)
    # (period, item key) -> quantity per year (use), likelihood 0–1 (risk) or value (indicator)
    values: dict[tuple[int, str], float] = field(default_factory=dict, hash=False)
    sizes: dict[str, float] = field(default_factory=dict, hash=False)  # risk item -> size
    investments: dict[str, float] = field(default_factory=dict, hash=False)  # financier -> €
    assessments: dict[str, Assessment] = field(default_factory=dict, hash=False)
    id: int | None = None

    @property
    def end_period(self) -> int:
        return max(p.number for p in self.periods)

    def label_of(self, number: int) -> str:
        return next((p.label for p in self.periods if p.number == number), period_label(number))


@dataclass(frozen=True)
class CaseProblem:
    """One reason a case cannot be saved: the field, what is wrong, and the values that
    name it (``period``, ``item``, ``financier``, ``limit``, ``found``, ``code``).
    `impactkaart.text.cases` words it in Dutch or English."""

    field: str  # code, target_group, own_words, period_label, reason, financier, periods,
    #             value, size, investment, assessment
    problem: str  # e.g. too_long, identifying, negative, risk_range (see check_case)
    values: dict = field(default_factory=dict, hash=False)


class CaseError(ValueError):
    """Why a case cannot be saved: problems (`CaseProblem`), each naming its field.
    A plain string is accepted too and shown as it is."""

    def __init__(self, errors: list[CaseProblem | str]):
        super().__init__("; ".join(e if isinstance(e, str) else f"{e.field}: {e.problem}"
                                   for e in errors))
        self.errors = errors


def _number_problem(value: float) -> str | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        return "not_number"
    if value < 0:
        return "negative"
    if value > MAX_AMOUNT:
        return "too_large"
    return None


def check_case(case: Case, reference: Reference | None = None,
               others: Sequence[Case] = ()) -> None:
    """Raise `CaseError` listing every problem (code, identifying text, values), or pass.
    ``others``: the project's other cases, whose codes this one may not take."""
    errors: list[CaseProblem] = []
    if problem := code_problem(case.code):
        errors.append(CaseProblem("code", problem, {"limit": MAX_CODE}))
    elif any(o.code == case.code.strip() and o.id != case.id for o in others):
        errors.append(CaseProblem("code", "taken", {"code": case.code.strip()}))
    texts = [("target_group", {}, case.target_group, MAX_SHORT),
             ("own_words", {}, case.own_words, MAX_TEXT)]
    texts += [("period_label", {"period": p.number}, p.label, MAX_SHORT) for p in case.periods]
    texts += [("reason", {"item": k}, a.reason, MAX_REASON) for k, a in case.assessments.items()]
    texts += [("financier", {"financier": f}, f, 100) for f in case.investments]  # as a project's
    for name, where, text, limit in texts:
        if len(text) > limit:
            errors.append(CaseProblem(name, "too_long", {**where, "limit": limit}))
        if found := identifying_details(text):
            errors.append(CaseProblem(name, "identifying", {**where, "found": tuple(found)}))
    numbers = {p.number for p in case.periods}
    if 0 not in numbers:
        errors.append(CaseProblem("periods", "no_start"))
    for (number, key), value in sorted(case.values.items()):
        where = {"period": number, "item": key}
        if key not in ITEMS:
            errors.append(CaseProblem("value", "unknown_item", where))
            continue
        if number not in numbers:
            errors.append(CaseProblem("value", "no_period", where))
        if problem := _number_problem(value):
            errors.append(CaseProblem("value", problem, where))
        elif ITEMS[key].kind == RISK and value > 1:
            errors.append(CaseProblem("value", "risk_range", where))
    for key, size in case.sizes.items():
        if key not in ITEMS or ITEMS[key].kind != RISK:
            errors.append(CaseProblem("size", "not_risk", {"item": key}))
        elif (problem := _number_problem(size)) or size == 0:
            errors.append(CaseProblem("size", problem or "zero", {"item": key}))
    for financier, amount in case.investments.items():
        if not financier.strip():
            errors.append(CaseProblem("investment", "no_financier"))
        if problem := _number_problem(amount):
            errors.append(CaseProblem("investment", problem, {"financier": financier}))
    for key, assessment in case.assessments.items():
        if key not in ITEMS:
            errors.append(CaseProblem("assessment", "unknown_item", {"item": key}))
        if assessment.share is not None and not (
            isinstance(assessment.share, (int, float)) and 0 <= assessment.share <= 1
        ):
            errors.append(CaseProblem("assessment", "share_range", {"item": key}))
    if errors:
        raise CaseError(errors)


def next_code(cases: Sequence[Case]) -> str:
    """A free code C01, C02, … for a new case."""
    taken = {c.code for c in cases}
    n = len(cases) + 1
    while f"C{n:02d}" in taken:
        n += 1
    return f"C{n:02d}"


# --- changes -----------------------------------------------------------------------------------

CHANGE_COLUMNS = [
    "case", "code", "target_group", "item", "label", "kind", "unit", "group", "start", "end",
    "change", "size", "units", "status", "proxy_key", "proxy", "proxy_label", "proxy_source",
    "illustratief", "payer", "sector", "share", "reason", "consensus",
]


def _size(case: Case, item: Item) -> float | None:
    return case.sizes.get(item.key, item.default_size)


def changes(cases: Sequence[Case], reference: Reference | None = None,
            lang: str = "nl") -> pd.DataFrame:
    """One row per case and item with any value: start, end, change and its engine units;
    ``label``, ``unit`` and ``proxy_label`` in ``lang``.

    ``status``: 'verandering' (valued), 'geen verandering', 'alleen start' / 'alleen eind'
    (not counted: a change needs both), 'omvang ontbreekt' (a risk without a size) or
    'indicator' (monitored, not valued). ``case`` is the case's position in ``cases``.
    """
    reference = reference or default_reference()
    rows = []
    for position, case in enumerate(cases):
        end_period = case.end_period
        keys = {key for (_, key) in case.values}
        for item in CATALOGUE:
            if item.key not in keys:
                continue
            start = case.values.get((0, item.key))
            end = case.values.get((end_period, item.key)) if end_period > 0 else None
            change = None if start is None or end is None else start - end
            size = _size(case, item) if item.kind == RISK else None
            units = None
            if change is None:
                status = "alleen start" if end is None else "alleen eind"
            elif item.kind == INDICATOR:
                status = "indicator"
            elif item.kind == RISK and size is None:
                status = "omvang ontbreekt"
            else:
                units = change * size if item.kind == RISK else change
                status = "verandering" if units != 0 else "geen verandering"
            row = {"case": position, "code": case.code, "target_group": case.target_group,
                   "item": item.key, "label": item.name(lang), "kind": item.kind,
                   "unit": item.unit_text(lang),
                   "group": item.group, "start": start, "end": end, "change": change,
                   "size": size, "units": units, "status": status}
            row |= _valuation(item, reference, lang)
            assessment = case.assessments.get(item.key, Assessment())
            row |= {"share": assessment.share, "reason": assessment.reason,
                    "consensus": assessment.consensus}
            rows.append(row)
    frame = pd.DataFrame(rows, columns=CHANGE_COLUMNS)
    return frame.astype({"start": float, "end": float, "change": float, "size": float,
                         "units": float, "proxy": float, "share": float})


def _valuation(item: Item, reference: Reference, lang: str) -> dict:
    if item.proxy_key is None:
        return {"proxy_key": None, "proxy": math.nan, "proxy_label": "", "proxy_source": "",
                "illustratief": False, "payer": None, "sector": None}
    row = proxy_row(item.proxy_key, reference)
    sector = item.sector or (str(row["default_sector"]).strip() or None)
    return {"proxy_key": item.proxy_key, "proxy": float(row["value"]),
            "proxy_label": data_text(row, "label", lang), "proxy_source": source_text(row),
            "illustratief": bool(row["illustratief"]),
            "payer": item.payer or str(row["default_stakeholder"]), "sector": sector}


def valued(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of `changes` that carry value: a complete change of a use or a risk."""
    return frame.loc[frame["status"] == "verandering"]


def direction(row) -> str:
    """less_use, more_use, smaller_risk or larger_risk: which way a valued change went."""
    if row["kind"] == RISK:
        return "smaller_risk" if row["units"] > 0 else "larger_risk"
    return "less_use" if row["units"] > 0 else "more_use"


def outcome_of(row, lang: str = "nl") -> str:
    """'Huisartsconsulten: minder gebruik', 'Uithuiszetting: kleiner risico' (the item's name
    in ``lang``, whatever language the row's label is in)."""
    return t("cases.outcome", lang, item=ITEMS[row["item"]].name(lang),
             direction=t(f"cases.direction.{direction(row)}", lang))


def change_effect(row, gross: bool = False, prefix: str = "") -> Effect:
    """One valued change as an engine effect: quantity |units|, proxy ± (a negative proxy for
    more use or a larger risk), attribution 1 − share (see the module docstring)."""
    share = 1.0 if gross else (0.0 if pd.isna(row["share"]) else float(row["share"]))
    return Effect(
        outcome=prefix + outcome_of(row), stakeholder=row["payer"], sector=row["sector"],
        quantity=abs(float(row["units"])), proxy=math.copysign(float(row["proxy"]), row["units"]),
        duration=1, deadweight=0.0, attribution=1.0 - share, proxy_source=row["proxy_source"],
        proxy_key=row["proxy_key"], **transfer_fields(row["proxy_key"]),
    )


def case_project(project: Project, case: Case, rows: pd.DataFrame, gross: bool = False) -> Project:
    """One case as a one-year project: its investment in year 1 and its valued changes
    (``rows``: this case's rows of `valued`) as one-year effects from year 1."""
    return Project(
        name=f"Casus {case.code}", project_type=project.project_type, years=1,
        discount_rate=project.discount_rate, phase="ex_post",
        costs=tuple(Cost(1, financier, float(amount))
                    for financier, amount in case.investments.items()),
        effects=tuple(change_effect(row, gross) for _, row in rows.iterrows()),
        sectors=project.sectors,
    )


def cases_project(project: Project, cases: Sequence[Case], reference: Reference | None = None,
                  gross: bool = False) -> Project:
    """All cases in one project (each effect named after its case): the project aggregate."""
    frame = valued(changes(cases, reference))
    effects = tuple(change_effect(row, gross, prefix=f"{row['code']}: ")
                    for _, row in frame.iterrows())
    costs = tuple(Cost(1, financier, float(amount))
                  for case in cases for financier, amount in case.investments.items())
    return Project(name=f"{project.name} – alle casussen"[:500], project_type=project.project_type,
                   years=1, discount_rate=project.discount_rate, phase="ex_post", costs=costs,
                   effects=effects, sectors=project.sectors)


# --- results -----------------------------------------------------------------------------------

SUMMARY_COLUMNS = ["code", "target_group", "investment", "value_gross", "value", "npv",
                   "rendementsfactor", "changes", "open", "consensus"]


@dataclass
class CaseResults:
    """Every case computed through the engine (see `evaluate`)."""

    summary: pd.DataFrame  # one row per case, SUMMARY_COLUMNS
    by_party: pd.DataFrame  # code, party, investment, value, rendement
    changes: pd.DataFrame  # `changes` plus value_gross and value (euro, for valued rows)
    total: ProjectResult  # all cases as one project (`cases_project`)
    total_gross: ProjectResult  # the same before attribution (every share 1)


def evaluate(project: Project, cases: Sequence[Case], reference: Reference | None = None,
             lang: str = "nl") -> CaseResults:
    """Rendement per case and per party, and all cases together: one `compute_portfolio`
    call over each case (net and gross) and the aggregate `cases_project` (net and gross).
    The changes' labels are in ``lang``."""
    reference = reference or default_reference()
    frame = changes(cases, reference, lang)
    rows = valued(frame)
    per_case = [rows.loc[rows["case"] == i] for i in range(len(cases))]
    projects = [case_project(project, c, r) for c, r in zip(cases, per_case)]
    projects += [case_project(project, c, r, gross=True) for c, r in zip(cases, per_case)]
    projects += [cases_project(project, cases, reference),
                 cases_project(project, cases, reference, gross=True)]
    result = compute_portfolio(projects, reference)
    n = len(cases)
    summary = result.summary
    # Effects come back in the order of `rows` within each case: map them onto the changes.
    effects = result.effects.sort_values(["project", "effect"], kind="stable")
    net = effects.loc[effects["project"] < n, "nominal_benefits"].to_numpy()
    gross = effects.loc[effects["project"].between(n, 2 * n - 1), "nominal_benefits"].to_numpy()
    order = [index for part in per_case for index in part.index]
    frame["value"] = pd.Series(net, index=order, dtype=float)
    frame["value_gross"] = pd.Series(gross, index=order, dtype=float)
    discussed = frame["share"].notna()
    counted = frame["status"] == "verandering"
    table = pd.DataFrame({
        "code": [c.code for c in cases],
        "target_group": [c.target_group for c in cases],
        "investment": summary["pv_costs"].to_numpy()[:n],
        "value_gross": summary["pv_benefits"].to_numpy()[n:2 * n],
        "value": summary["pv_benefits"].to_numpy()[:n],
        "npv": summary["npv"].to_numpy()[:n],
        "rendementsfactor": summary["rendementsfactor"].to_numpy()[:n],
        "changes": [int((counted & (frame["case"] == i)).sum()) for i in range(n)],
        "open": [int((counted & ~discussed & (frame["case"] == i)).sum()) for i in range(n)],
        "consensus": [int((counted & frame["consensus"] & (frame["case"] == i)).sum())
                      for i in range(n)],
    }, columns=SUMMARY_COLUMNS)
    parties = result.by_party.loc[result.by_party["project"] < n]
    by_party = pd.DataFrame({
        "code": [cases[int(i)].code for i in parties["project"]],
        "party": parties["party"].astype(object).to_numpy(),
        "investment": parties["pv_costs"].to_numpy(),
        "value": parties["pv_benefits"].to_numpy(),
        "rendement": parties["rendement"].to_numpy(),
    })
    return CaseResults(table, by_party.reset_index(drop=True), frame,
                       result.project(2 * n), result.project(2 * n + 1))


def learning(frame: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """"Samen leren": how often each change occurs, and for whom.

    From `changes`: per item, direction and target group, the number of cases
    (complete changes of use, risk and indicators alike; no money involved).
    """
    complete = frame.loc[frame["change"].notna() & (frame["change"] != 0)].copy()
    complete["direction"] = [t("cases.less" if c > 0 else "cases.more", lang)
                             for c in complete["change"]]
    complete["target_group"] = complete["target_group"].replace("", t("cases.no_group", lang))
    counts = (complete.groupby(["label", "direction", "target_group"], as_index=False)
              .agg(cases=("code", "nunique")))
    return counts.sort_values(["cases", "label"], ascending=[False, True], ignore_index=True)


def monitoring(cases: Sequence[Case], lang: str = "nl") -> pd.DataFrame:
    """Per item and measurement (Startsituatie, Meting 1, …): the number of cases measured
    and the total (use, indicator) or the average likelihood (risk) over those cases."""
    rows = []
    for case in cases:
        for (number, key), value in case.values.items():
            if key in ITEMS:
                rows.append({"item": key, "period": number, "value": value})
    frame = pd.DataFrame(rows, columns=["item", "period", "value"])
    out = []
    for (key, number), part in frame.groupby(["item", "period"]):
        item = ITEMS[key]
        total = part["value"].mean() if item.kind == RISK else part["value"].sum()
        out.append({"label": item.name(lang), "kind": item.kind, "unit": item.unit_text(lang),
                    "period": int(number), "period_label": period_label(int(number), lang),
                    "cases": len(part), "value": float(total)})
    order = {item.key: i for i, item in enumerate(CATALOGUE)}
    result = pd.DataFrame(out, columns=["label", "kind", "unit", "period", "period_label",
                                        "cases", "value"])
    if len(result):
        keys = {ITEMS[k].name(lang): order[k] for k in ITEMS}
        result = result.sort_values(["label", "period"], key=lambda s: s.map(keys) if s.name == "label" else s,
                                    ignore_index=True)
    return result
