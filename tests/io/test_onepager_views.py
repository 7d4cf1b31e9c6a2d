"""The one-pager's neighbours in the app: the export controls remember who made it for the
session, the Impactkaart shows ex post beside ex ante where measured, and the presentation's
last view is one message about the assumption the result depends on most."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.text.briefing import briefing, evidence
from impactkaart.text.presentation import project_slides
from tests.app_support import ROOT, reopened
from tests.io.test_onepager import MEASURED


def test_the_last_view_names_the_assumption_the_factor_hangs_on():
    project = parse_project(MEASURED)
    result = compute(project)
    last = project_slides(briefing(project, result), result, evidence=evidence(project, result))[-1]
    # Quantity × proxy of 'minder eenzaamheid', both ×/÷ 1,25, moves the factor most (its
    # one-year duration is held fixed): (0,8² × 1.000 + 500) / 1.000 = 1,14× to
    # (1,25² × 1.000 + 500) / 1.000 = 2,06× (worked in test_onepager.py).
    assert last.title == "Deze uitkomst hangt vooral af van ‘minder eenzaamheid’"
    assert last.subtitle == "Hoe vaak het optreedt en wat het waard is (aantal × proxy)"
    assert last.items[0] == "Valt die aanname tegen, dan wordt de factor 1,14×; valt hij mee, 2,06×."
    assert last.items[1].startswith("In 90% van de doorrekeningen tussen ")
    english = project_slides(briefing(project, result, "en"), result, "en",
                             evidence(project, result, "en"))[-1]
    assert english.title == "This result depends most on ‘minder eenzaamheid’"
    assert english.items[0] == ("If that assumption turns out worse, the factor becomes 1.14×; "
                                "if better, 2.06×.")


def test_organisation_and_author_are_kept_for_the_session_and_ex_post_stands_beside(app_db):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    with reopened(app_db) as store:
        project_id = store.save_project(parse_project(MEASURED))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["project_id"] = project_id
    at.run()
    assert not at.exception, at.exception
    # 20 × € 100 measured, the other effect not: factor 2,00×, benefits € 2.000 (shown
    # Markdown-escaped: the backslashes go).
    assert any("Gemeten (ex post): factor 2,00×, baten € 2.000 (1 van 2 effecten gemeten"
               in m.value.replace("\u00a0", " ").replace("\\", "") for m in at.markdown)
    at.text_input(key="export_organisatie").set_value("Stichting Welzijn Oost").run()
    at.text_input(key="export_auteur").set_value("J. de Vries").run()
    at.switch_page("views/project/effecten.py").run()
    at.switch_page("views/project/impactkaart.py").run()
    assert not at.exception, at.exception
    assert at.text_input(key="export_organisatie").value == "Stichting Welzijn Oost"
    assert at.text_input(key="export_auteur").value == "J. de Vries"
