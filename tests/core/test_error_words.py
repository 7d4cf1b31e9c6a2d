"""Validation errors carry codes and values; the text layer words them in both languages."""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import pytest

from impactkaart.core.model import FieldError, ProjectError, parse_project
from impactkaart.io.project_file import parse_project_json
from impactkaart.text.catalogue import TEXTS
from impactkaart.text.errors import describe, message

ROOT = Path(__file__).resolve().parents[2]
PROJECT = {
    "name": "Buurtwerk", "project_type": "eenzaamheid", "years": 2,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
    "effects": [{"outcome": "minder consulten", "stakeholder": "zorgverzekeraar", "quantity": 10,
                 "proxy": 30.0, "duration": 1, "deadweight": 0.2, "attribution": 0.1}],
}


def errors_of(data) -> list[FieldError]:
    with pytest.raises(ProjectError) as caught:
        parse_project(data)
    return caught.value.errors


def test_a_share_out_of_range_is_a_code_with_its_field_worded_in_both_languages():
    data = copy.deepcopy(PROJECT)
    data["effects"][0]["deadweight"] = 1.5
    [error] = errors_of(data)
    assert (error.path, error.code, error.values) == ("effects[0].deadweight", "share", {})
    assert describe(error, "nl") == "effects[0].deadweight: moet tussen 0 en 1 liggen"
    assert describe(error, "en") == "effects[0].deadweight: must be between 0 and 1"
    assert str(error) == describe(error, "nl")  # what the CLI and older callers print


def test_a_misspelt_field_suggests_the_known_one():
    data = dict(PROJECT, discout_rate=0.03)
    [error] = errors_of(data)
    assert (error.code, error.values) == ("unknown_field_hint", {"hint": "discount_rate"})
    assert describe(error, "nl") == "discout_rate: onbekend veld (bedoelt u 'discount_rate'?)"
    assert describe(error, "en") == "discout_rate: unknown field (did you mean 'discount_rate'?)"


def test_range_bounds_are_numbers_written_with_the_languages_decimal_sign():
    data = copy.deepcopy(PROJECT)
    data["effects"][0]["ranges"] = {"deadweight": {"low": 0.3, "high": 0.15}}
    [error] = errors_of(data)
    assert error.values == {"low": 0.3, "high": 0.15}
    assert message(error, "nl") == "low (0,3) mag niet groter zijn dan high (0,15)"
    assert message(error, "en") == "low (0.3) must not be greater than high (0.15)"


def test_a_cost_after_the_term_names_the_term():
    data = copy.deepcopy(PROJECT)
    data["costs"][0]["year"] = 3
    [error] = errors_of(data)
    assert describe(error, "nl") == "costs[0].year: valt buiten de looptijd (1 tot en met 2)"
    assert describe(error, "en") == "costs[0].year: falls outside the term (1 to 2)"


def test_file_errors_have_no_field_and_are_worded_alike():
    with pytest.raises(ProjectError) as caught:
        parse_project_json('{"name": NaN}')
    [error] = caught.value.errors
    assert describe(error, "nl") == "'NaN' is geen geldig getal in een projectbestand"
    assert describe(error, "en") == "'NaN' is not a valid number in a project file"


def _codes_in_source() -> set[str]:
    """Every code written as FieldError(path, "code", …) in the package."""
    codes = set()
    for path in (ROOT / "impactkaart").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldError"
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)):
                codes.add(node.args[1].value)
            if (isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple)
                    and node.value.elts and isinstance(problem := node.value.elts[-1], ast.Tuple)
                    and problem.elts):  # core's `return None, (code, values)`
                code = problem.elts[0]
                choices = [code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]
                codes.update(c.value for c in choices if isinstance(c, ast.Constant))
    return codes


def test_every_code_the_package_raises_has_words():
    codes = _codes_in_source()
    assert {"share", "not_text", "not_key_or_null", "missing", "wizard_reach", "scenario_label",
            "file_not_found"} <= codes
    # A code is worded under validation.<code>, or is itself a full catalogue key of an area's
    # own check (text/errors.message, e.g. "numbers.new_row").
    assert sorted(c for c in codes if f"validation.{c}" not in TEXTS and c not in TEXTS) == []
