"""AppTest: after a project switch no widget shows the previous project's value.

The app is run as a browser runs it: AppTest keeps each widget's value in its own copy
of the page and sends it back on the next run, so a widget whose key stays the same
across a switch gets its old value back. Project widgets take `session.project_key`
(tests/views/test_project_keys.py scans the code); here every page is opened with one
project and then another, and a widget key seen with both must be one marked
`session.page_key` (its value belongs to no project).
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.app_support import PAGES, ROOT
from views.components import session

NO_VALUE = {"button", "download_button", "form_submit_button", "page_link"}


def _keys(node) -> set[str]:
    found = set()
    key = getattr(node, "key", None)
    if key and getattr(node, "type", None) not in NO_VALUE and hasattr(node, "value"):
        found.add(key)
    for child in getattr(node, "children", {}).values():
        found |= _keys(child)
    return found


def _app(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["project"] = "1"
    at.run()
    at.switch_page(page).run()
    assert not at.exception, (page, at.exception)
    return at


def test_no_page_keeps_a_widget_key_of_the_old_project(app_db):
    unmarked = {}
    for page in PAGES:
        if "/workshop/" in page:
            continue  # no project pages: the picker is not drawn there
        at = _app(page)
        before = _keys(at._tree)
        at.sidebar.selectbox(key="project_picker").set_value(2).run()
        assert not at.exception, (page, at.exception)
        kept = (before & _keys(at._tree)) - session.NOT_OF_A_PROJECT
        if kept:
            unmarked[page] = sorted(kept)
    assert not unmarked, f"widget keys that survive a project switch unmarked: {unmarked}"
