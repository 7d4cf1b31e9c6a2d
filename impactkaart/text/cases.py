"""The case level's checks in words: `CaseProblem` codes as Dutch or English sentences.

`impactkaart.cases.model.check_case` and `impactkaart.cases.privacy` return codes
and values; this module words them (``"Meting 1, Huisartsconsulten: mag niet
negatief zijn"``), never repeating the identifying detail that was found.
"""

from __future__ import annotations

from impactkaart.cases.model import ITEMS, CaseError, CaseProblem, period_label
from impactkaart.text.catalogue import join_list, t


def item_name(key: str, lang: str = "nl") -> str:
    """A catalogue item's name; an unknown key as it is."""
    return ITEMS[key].name(lang) if key in ITEMS else key


def _field(p: CaseProblem, lang: str) -> str:
    v = p.values
    if p.field == "period_label":
        return t("cases.field.period_label", lang, period=period_label(v["period"], lang).lower())
    if p.field in ("reason", "assessment", "size") and "item" in v:
        if p.problem in ("unknown_item", "not_risk"):
            return t(f"cases.field.{p.field}_any", lang)
        return t(f"cases.field.{p.field}", lang, item=item_name(v["item"], lang))
    if p.field == "value":
        return t("cases.field.value", lang, period=period_label(v["period"], lang),
                 item=item_name(v["item"], lang))
    if p.field == "investment":
        if "financier" not in v:
            return t("cases.field.investment_any", lang)
        return t("cases.field.investment", lang, financier=v["financier"])
    if p.field == "financier":
        return t("cases.field.financier", lang, financier=v["financier"])
    return t(f"cases.field.{p.field}", lang)


def _problem(p: CaseProblem, lang: str) -> str:
    v = p.values
    if p.field == "code":
        return t(f"cases.problem.code.{p.problem}", lang, **v)
    if p.problem == "identifying":
        what = join_list([t(f"cases.detail.{d}", lang) for d in v["found"]], lang)
        return t("cases.problem.identifying", lang, what=what)
    if p.problem == "too_long":
        return t("cases.problem.too_long", lang, limit=v["limit"])
    if p.problem in ("unknown_item", "not_risk"):
        return t(f"cases.problem.{p.problem}", lang, item=v["item"])
    return t(f"cases.problem.{p.problem}", lang)


def problem_text(problem: CaseProblem | str, lang: str = "nl") -> str:
    """One problem as a sentence that names its field; a plain string as it is."""
    if isinstance(problem, str):
        return problem
    return t("cases.problem", lang, field=_field(problem, lang), problem=_problem(problem, lang))


def error_lines(error: CaseError, lang: str = "nl") -> list[str]:
    """Every problem of a refused case, worded."""
    return [problem_text(p, lang) for p in error.errors]


def expost_problem(error, years: int, lang: str = "nl") -> str:
    """A refused take-over (`impactkaart.cases.expost`: a `FieldError` on ``represents`` or
    ``start_year``) in words."""
    if error.path == "represents":
        return t("cases.session.represents_error", lang)
    if error.path == "start_year":
        return t("cases.session.year_error", lang, years=years)
    return str(error)
