"""Links and jumps to another page, by the page's full path.

Streamlit resolves a page's relative path from the main script's folder: that is the
checkout's root when app.py runs, but views/ in an installed wheel (``impactkaart app``
runs views/app.py). A checkout-relative ``"views/project/effecten.py"`` is therefore not
found in the wheel. Every `st.page_link` and `st.switch_page` to a page goes through
here (tests/views/test_page_paths.py fails on a literal path elsewhere).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

VIEWS = Path(__file__).resolve().parents[1]


def path(page: str) -> str:
    """The full path of a page named as in the checkout (``"views/project/effecten.py"``)."""
    full = VIEWS / page.removeprefix("views/")
    if not full.is_file():
        raise FileNotFoundError(f"no page {page}")
    return str(full)


def link(page: str, label: str, icon: str | None = None, where=st, **options) -> None:
    """A link to a page (`st.page_link`); ``where`` is a column or container."""
    where.page_link(path(page), label=label, icon=icon, **options)


def go(page: str) -> None:
    """Open another page now (`st.switch_page`)."""
    st.switch_page(path(page))
