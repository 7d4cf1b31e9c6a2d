"""The ILLUSTRATIEF label names what to replace, row by row, and goes when nothing is left."""

from __future__ import annotations

from dataclasses import replace

from streamlit.testing.v1 import AppTest

from impactkaart.authoring import wizard
from impactkaart.core.reference import default_reference
from impactkaart.store.projects import Store
from impactkaart.text.summary import illustrative_reasons, row_numbers
from tests.app_support import ROOT

SHARES = ("deadweight", "displacement", "attribution", "drop_off", "duration")


def wizard_project():
    """Jongerenwerk from the wizard: one row per reference effect, each with 2 cohorts
    inside (issue 16 item 4)."""
    return wizard.build_project(wizard.WizardInput(
        name="Mijn jongerenwerk", project_type="jongerenwerk", years=2, reach=50,
        costs=(("gemeente", 40000.0),), changes=(0.0,) * 6))


def own(effect):
    """The effect with the user's own shares, duration and hours (none equal the reference's)."""
    return replace(effect, deadweight=0.123, displacement=0.0456, attribution=0.321,
                   drop_off=0.0789, duration=4, sector=None,
                   hours_per_unit=None if effect.hours_per_unit is None else 1.75)


def test_row_numbers_read_as_the_editor_numbers_them():
    assert row_numbers((0, 1, 2, 5)) == "1–3 en 6"
    assert row_numbers((3,), "en") == "4"


def test_a_wizard_project_names_rows_and_fields_not_its_description():
    project = wizard_project()
    reasons = illustrative_reasons(project)
    assert "het project zelf is als illustratief voorbeeld beschreven" not in reasons
    first = reasons[0]
    assert first.startswith("rij 1 ('minder overlast en ordeverstoring'")
    assert "nul-effect (deadweight)" in first and "komen nog uit het voorbeeld-referentieproject" in first
    # Row 1 ('minder overlast', hours_per_unit in reference_effects.csv) names the hours too;
    # row 2 ('minder vernielingen', no hours per unit) does not.
    assert "uren bespaard per eenheid" in first
    assert reasons[1].startswith("rij 2 ") and "uren bespaard per eenheid" not in reasons[1]


def test_replacing_the_figures_takes_the_reasons_and_at_last_the_label_away():
    project = wizard_project()
    before = illustrative_reasons(project)
    # The user's own shares in row 1 (once, for both its cohorts): that reason goes.
    effects = list(project.effects)
    effects[0] = own(effects[0])
    partly = replace(project, effects=tuple(effects))
    after = illustrative_reasons(partly)
    assert not any(r.startswith("rij 1 ") for r in after)
    assert len(after) == len(before) - 1
    # Only deadweight changed in row 2: the other fields are still named.
    effects[1] = replace(effects[1], deadweight=0.111)
    third = [r for r in illustrative_reasons(replace(project, effects=tuple(effects)))
             if r.startswith("rij 2 ")][0]
    assert "nul-effect" not in third and "toerekening aan anderen (attributie)" in third
    # Everything the user's own (and no sector, so no illustrative sector figure): no label.
    proxies = default_reference().proxies.set_index("key")["illustratief"]
    assert not any(proxies[e.proxy_key] for e in project.effects)  # sourced unit prices
    done = replace(project, effects=tuple(own(e) for e in project.effects))
    assert illustrative_reasons(done) == []


def test_the_impactkaart_shows_the_reasons_and_a_link_to_the_editor(app_db):
    project = wizard_project()
    with Store(app_db) as store:
        project_id = store.save_project(project)
        done_id = store.save_project(replace(project, name="Eigen cijfers", effects=tuple(
            own(e) for e in project.effects)))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["project"] = str(project_id)
    at.run()
    assert not at.exception, at.exception
    captions = " ".join(c.value for c in at.caption).replace("\\", "")  # md's escapes
    assert "rij 1 ('minder overlast en ordeverstoring" in captions and "komen nog uit het voorbeeld-referentieproject" in captions
    assert "Naar Effecten bewerken" in [link.label for link in at.get("page_link")]

    at.sidebar.selectbox(key="project_picker").set_value(done_id).run()
    captions = " ".join(c.value for c in at.caption)
    assert "voorbeeld-referentieproject" not in captions
    assert "Naar Effecten bewerken" not in [link.label for link in at.get("page_link")]
