"""Who saves: the name a version, a comment or a link is recorded under.

The store saves a project without knowing who asked (the CLI, an import, the app). The
app registers where the name of the person at this browser is kept (`use_source`: a
function that reads it from the session, views/components/versions.py); a restore says
which version it brings back (`restoring`). Both are read inside the save transaction.
Where there are accounts later, the source returns the account's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

MAX_NAME = 80
_SOURCE: list[Callable[[], str]] = []
_RESTORING: ContextVar[int | None] = ContextVar("versions_restoring", default=None)
_AS: ContextVar[str | None] = ContextVar("versions_author", default=None)


def use_source(source: Callable[[], str]) -> None:
    """Read the author from ``source()`` from now on (the app's session)."""
    _SOURCE[:] = [source]


def clean_name(name: object) -> str:
    return " ".join(str(name or "").split())[:MAX_NAME]


def current() -> str:
    """The name of whoever saves now ('' when nobody said)."""
    named = _AS.get()
    if named is not None:
        return clean_name(named)
    for source in _SOURCE:
        try:
            return clean_name(source())
        except Exception:  # noqa: BLE001 (outside a session: nobody in particular)
            return ""
    return ""


@contextmanager
def saving_as(name: str) -> Iterator[None]:
    """Saves inside this block are recorded under ``name`` (the CLI, tests, a bench)."""
    token = _AS.set(name)
    try:
        yield
    finally:
        _AS.reset(token)


@contextmanager
def restoring(number: int) -> Iterator[None]:
    """A save inside this block brings back version ``number``."""
    token = _RESTORING.set(number)
    try:
        yield
    finally:
        _RESTORING.reset(token)


def restored_from() -> int | None:
    return _RESTORING.get()
