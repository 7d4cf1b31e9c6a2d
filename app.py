"""Streamlit entry point of a checkout (`make run`, the tests): runs views/app.py.

The app itself (page config, the language switch, the navigation) is views/app.py,
so that an installed wheel carries it too (`impactkaart app`). The pages live in
views/, not pages/: Streamlit treats a pages/ folder beside the entry script as an
old-style multipage app, and a reload of /effecten would then run that file without
the navigation (tests/browser/test_smoke.py pins this).
"""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent / "views" / "app.py"))
