"""Share mode: a session opened with ``?deel=TOKEN`` sees one project read-only (issue 18).

`requested` is True when the URL carries a share token, when this session opened one
before (a session that came in through a link stays in share mode: dropping ``?deel=``
from the address shows the link's message, never the app), or when the server runs for
share links only (``IMPACTKAART_DEEL=1``, the way to reach it from outside, like the
workshop's server). `run` then shows the one shared page and nothing else: no menu,
no picker, no other page. The token itself is checked on every run by that page.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from impactkaart.text.catalogue import t
from impactkaart.versions.links import URL_PARAM

TOKEN_KEY = "gedeeld_token"  # the token this session came in with
SHARE_ENV = "IMPACTKAART_DEEL"


def share_only() -> bool:
    return os.environ.get(SHARE_ENV, "").strip().lower() in ("1", "ja", "aan", "true", "yes")


def requested() -> bool:
    token = st.query_params.get(URL_PARAM)
    if token is not None:
        st.session_state[TOKEN_KEY] = token
    return TOKEN_KEY in st.session_state or share_only()


def token() -> str | None:
    return st.session_state.get(TOKEN_KEY)


def run(page_file: Path, lang: str) -> None:
    """The shared page as the only page of this run."""
    st.navigation([st.Page(page_file, title=t("versions.shared.title", lang),
                           icon=":material/visibility:", url_path="gedeeld", default=True)],
                  position="hidden").run()
