"""Every download of an export by a signed-in user leaves an ``export`` row in the
organisation's audit trail (issue 21 item 6): who, when, which file.

Each ``st.download_button`` of the app passes its data through `audited` (a test scans
``views/`` for one that does not). On the laptop (no login, the store has no scope) the
data is passed on untouched and nothing is written. With a scope the data becomes a
callable that Streamlit runs when the button is clicked: it makes the file, then records
the export, so a file that fails to build is not counted and every click is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from impactkaart.accounts import audit
from views.components.session import get_store


def audited(data: Any, file_name: str, detail: str = "", store=None) -> Any:
    """``data`` (bytes, text or a callable making them) as ``st.download_button`` takes it;
    with a signed-in user a callable that also writes the audit row."""
    store = store if store is not None else get_store()
    scope = getattr(store, "scope", None)
    if scope is None:
        return data
    return _recording(data, file_name, detail, store, scope)


def _recording(data: Any, file_name: str, detail: str, store, scope) -> Callable[[], Any]:
    def make():
        content = data() if callable(data) else data
        audit.record(store, organisation_id=scope.organisation_id, subject=scope.subject,
                     action="export", target=file_name, detail=detail)
        return content
    return make
