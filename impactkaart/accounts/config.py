"""Is login switched on, and is it set up so that it can work? (issue 21)

``IMPACTKAART_AUTH`` unset or empty: no login, the laptop exactly as before. ``oidc``:
every visitor logs in through Streamlit's ``st.login`` (OpenID Connect), which reads the
``[auth]`` table of ``.streamlit/secrets.toml``. Anything else is a mistake, and so is
``oidc`` with a missing table, a missing key, a relative address or a short cookie
secret: the app and ``impactkaart app`` refuse to start with a message that names the
setting, instead of a server that lets nobody in (or everybody).

No Streamlit here: the app hands over the ``[auth]`` table it read (`st.secrets`), the
CLI reads the secrets files itself (`read_auth_table`).
"""

from __future__ import annotations

import importlib.util
import os
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import urlparse

from impactkaart.text.catalogue import join_list, t

AUTH_ENV = "IMPACTKAART_AUTH"
OIDC = "oidc"
# What st.login needs for the one default provider (the [auth] table itself).
REQUIRED = ("redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url")
MIN_COOKIE_SECRET = 32  # characters; the cookie that holds who is logged in is signed with it
CALLBACK = "/oauth2callback"  # Streamlit's own path: the provider sends the user back there
SECRETS_HINT = ".streamlit/secrets.toml"


class AuthConfigError(ValueError):
    """Login is asked for but cannot work as configured; `message(lang)` says why and what to do."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = values
        super().__init__(self.message("nl"))

    def message(self, lang: str = "nl") -> str:
        values = dict(self.values)
        if "keys" in values:
            values["keys"] = join_list([f"`{k}`" for k in values["keys"]], lang)
        return t(f"login.config.{self.code}", lang, env=AUTH_ENV, file=SECRETS_HINT, **values)


def auth_enabled(environ: Mapping[str, str] | None = None) -> bool:
    """True with ``IMPACTKAART_AUTH=oidc``, False when unset or empty; any other value raises."""
    raw = (os.environ if environ is None else environ).get(AUTH_ENV, "")
    value = raw.strip().lower()
    if value == "":
        return False
    if value == OIDC:
        return True
    raise AuthConfigError("bad_mode", value=raw.strip()[:40])


def authlib_installed() -> bool:
    return importlib.util.find_spec("authlib") is not None


def _absolute(url: object) -> bool:
    if not isinstance(url, str):
        return False
    parsed = urlparse(url.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def check_auth_table(auth: Mapping[str, object] | None) -> None:
    """The ``[auth]`` table as st.login will read it; raises `AuthConfigError` on the first problem."""
    if not auth:
        raise AuthConfigError("no_table")
    missing = [k for k in REQUIRED if not str(auth.get(k) or "").strip()]
    if missing:
        raise AuthConfigError("missing", keys=missing)
    redirect = str(auth["redirect_uri"]).strip()
    if not _absolute(redirect) or not redirect.rstrip("/").endswith(CALLBACK):
        raise AuthConfigError("redirect", value=redirect[:200])
    metadata = str(auth["server_metadata_url"]).strip()
    if not _absolute(metadata):
        raise AuthConfigError("metadata", value=metadata[:200])
    if len(str(auth["cookie_secret"])) < MIN_COOKIE_SECRET:
        raise AuthConfigError("cookie_secret", minimum=MIN_COOKIE_SECRET)


def check(environ: Mapping[str, str] | None, auth: Mapping[str, object] | None,
          *, authlib: bool | None = None) -> bool:
    """At start-up: True when login is on and set up, False when it is off; raises
    `AuthConfigError` when it is asked for and cannot work."""
    if not auth_enabled(environ):
        return False
    if not (authlib_installed() if authlib is None else authlib):
        raise AuthConfigError("no_authlib")
    check_auth_table(auth)
    return True


def secrets_files(folder: Path | None = None) -> list[Path]:
    """Where Streamlit looks for secrets by default: the user's ~/.streamlit and the
    working folder's .streamlit (the later one wins)."""
    here = Path.cwd() if folder is None else folder
    return [Path.home() / ".streamlit" / "secrets.toml", here / ".streamlit" / "secrets.toml"]


def read_auth_table(files: Iterable[Path]) -> dict[str, object] | None:
    """The ``[auth]`` table of the secrets files as Streamlit reads them (a later file's
    table replaces an earlier one's whole); None when none has one. A file that is not
    TOML raises."""
    merged: dict[str, object] | None = None
    for path in files:
        path = Path(path)
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise AuthConfigError("bad_toml", path=str(path), why=str(exc)[:200]) from exc
        table = data.get("auth")
        if isinstance(table, dict):
            merged = dict(table)
    return merged
