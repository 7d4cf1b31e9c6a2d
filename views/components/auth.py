"""Login (issue 21): who is here, for which organisation, with which role.

Off unless ``IMPACTKAART_AUTH=oidc`` (impactkaart/accounts/config.py): then `gate`, at the
top of every run (views/app.py), checks the settings (a wrong one: its message, nothing
else), shows the login screen to a visitor who is not logged in (Streamlit's ``st.login``,
OpenID Connect), the "no organisation" page to a user no organisation has invited, an
organisation chooser to a user of several, and the user's name, organisation, role and a
logout button in the sidebar of every page. Login and logout go into the audit trail.

Who someone is: the ``email`` claim, lower-cased (the subject members are invited by).
What they may see is decided in the store, not here: `store_for_run` hands the pages
``store.scoped(scope)`` (session.get_store), which finds nothing of another
organisation and refuses writes to a lezer. Here only the pages follow suit: a lezer
gets no editing pages, a beheerder gets the Beheer section.

The attendee's workshop page and a share link need no account (issue 21, point 4): the
room's code or the link's token is the key, so those runs use the unscoped store; every
other page without a scope stops before it reads anything.

Tests present a logged-in user the way Streamlit's AppTest offers (``at.user = {...}``,
read as ``st.user``); there is no other way in.
"""

from __future__ import annotations

import functools
import os

import pandas as pd
import streamlit as st

from impactkaart.accounts import config
from impactkaart.text.catalogue import TEXTS, t
from impactkaart.text.safe import md
from views.components.keys import page_key

_SCOPE_KEY = "auth_scope"  # the Scope `gate` found for this run
_PUBLIC_KEY = "auth_public"  # this run is a page that needs no account
_ORG_KEY = "auth_organisation"  # the organisation chosen in the sidebar (a user of several)
_LOGGED_KEY = "auth_logged"  # (subject, organisation) whose login this session recorded
_ORG_NAME_KEY = "auth_organisation_name"  # the name of the organisation of this run
# Pages that need no account: the attendee joins a workshop by its code ("start" is the
# workshop server's front page that forwards to it).
PUBLIC_PAGES = {"meedoen", "start"}
# Pages that are for changing things: a lezer sees them neither in the menu nor by address.
EDIT_PAGES = {"nieuw_project", "effecten", "ex_post", "scenarios", "casussen", "werksessie",
              "kpi-programmas", "kpi-metingen", "importeren", "backup", "workshop-aanmaken",
              "workshop-overzicht"}
BEHEER_PAGES = {"beheer-leden", "beheer-logboek", "beheer-benchmark"}


def enabled() -> bool:
    """Login is on (a wrong value of the variable raises `config.AuthConfigError`)."""
    return config.auth_enabled(os.environ)


def _auth_table() -> dict | None:
    try:
        if not st.secrets.load_if_toml_exists():
            return None
        table = st.secrets.get("auth")
    except Exception:  # an unreadable secrets file: the same as none, the check says so
        return None
    return {k: table[k] for k in table} if table else None


def subject_of(user) -> str:
    """The user's id in Impactkaart: the email claim, trimmed and lower-cased ('' if none)."""
    email = user.get("email") if hasattr(user, "get") else None
    return str(email).strip().lower() if email else ""


def name_of(user) -> str:
    name = user.get("name") if hasattr(user, "get") else None
    return str(name).strip() if name else subject_of(user)


def _logged_in() -> bool:
    return bool(st.user.get("is_logged_in"))


def role_word(role: str, lang: str) -> str:
    return t(f"login.role.{role}", lang)


# --- what the pages and the store ask ---------------------------------------------------

def current_scope(base=None):
    """The Scope (organisation, subject, role) of this run; None when login is off, or when
    nobody is logged in with an organisation (then `store_for_run` stops the page). With
    ``base`` (the unscoped store) a run that did not pass `gate` (a page run on its own)
    is resolved from the memberships."""
    if not enabled() or not _logged_in():
        return None
    subject = subject_of(st.user)
    scope = st.session_state.get(_SCOPE_KEY)
    if scope is not None and scope.subject == subject:
        return scope
    if base is None or not subject:
        return None
    return _resolve(base, subject)


def _resolve(base, subject: str):
    from impactkaart.accounts.members import memberships
    from impactkaart.accounts.scope import Scope

    found = memberships(base, subject)
    if not found:
        return None
    chosen = st.session_state.get(_ORG_KEY)
    pick = next((m for m in found if m.organisation_id == chosen), found[0])
    return Scope(organisation_id=pick.organisation_id, subject=subject, role=pick.role)


@functools.lru_cache(maxsize=256)
def _scoped(base, scope):
    # One scoped store per (store, scope): the pages' caches key on the store object.
    return base.scoped(scope)


def store_for_run(base):
    """The store this run may use: ``base`` with login off or on a page that needs no
    account, else ``base.scoped(scope)``; without a scope the run stops here."""
    if not enabled() or st.session_state.get(_PUBLIC_KEY):
        return base
    scope = current_scope(base)
    if scope is None:
        st.stop()
    return _scoped(base, scope)


def can_edit() -> bool:
    """True with login off; else whether the user's role may change things."""
    scope = current_scope()
    if scope is None:
        return not enabled()
    from impactkaart.accounts.roles import can_edit as role_can_edit

    return role_can_edit(scope.role)


def is_beheerder() -> bool:
    scope = current_scope()
    if scope is None:
        return False
    from impactkaart.accounts.roles import can_manage

    return can_manage(scope.role)


def shows(url_path: str) -> bool:
    """Whether the menu lists this page for this user."""
    if url_path in BEHEER_PAGES:
        return is_beheerder()
    if url_path in EDIT_PAGES:
        return can_edit()
    return True


def blocked(url_path: str) -> bool:
    """A lezer opened an editing page by its address: `read_only_notice` instead of the page."""
    return url_path in EDIT_PAGES and not can_edit()


def organisation_name() -> str:
    return st.session_state.get(_ORG_NAME_KEY, "")


def beheer_scope(lang: str):
    """The Beheer pages' opening: the beheerder's Scope, or a message and the page stops
    (login off, or another role)."""
    scope = current_scope()
    if scope is None or not is_beheerder():
        st.info(t("beheer.only_beheerder", lang), icon=":material/admin_panel_settings:")
        st.stop()
    return scope


def read_only_notice(lang: str, *, whole_page: bool = True) -> None:
    st.info(t("login.read_only" if whole_page else "login.read_only_part", lang),
            icon=":material/visibility:")


# --- the gate at the top of every run -------------------------------------------------

def gate(open_store, lang: str, *, public: bool = False):
    """``open_store`` returns the unscoped store (opened only when login is on). Login off:
    None, nothing drawn. On: the settings checked, the visitor logged in and
    in an organisation (else the login screen or the "no organisation" page, and the run
    stops), the user box drawn; returns the Scope. ``public``: a page that needs no
    account (the run uses the unscoped store; a logged-in user still sees the box)."""
    st.session_state.pop(_SCOPE_KEY, None)
    st.session_state[_PUBLIC_KEY] = False
    try:
        on = enabled() and config.check(os.environ, _auth_table())  # secrets read only when on
    except config.AuthConfigError as exc:
        st.title(t("login.config.title", lang))
        st.error(exc.message(lang), icon=":material/key_off:")
        st.stop()
    if not on:
        return None
    if public:
        st.session_state[_PUBLIC_KEY] = True
        if _logged_in() and subject_of(st.user):  # still shows who is logged in
            _public_user_box(lang)
        return None
    if not _logged_in():
        _login_screen(lang)
        st.stop()
    subject = subject_of(st.user)
    if not subject:
        st.title(t("login.title", lang))
        st.error(t("login.no_email", lang), icon=":material/alternate_email:")
        st.button(t("login.logout", lang), on_click=st.logout, key="auth_logout_no_email")
        st.stop()
    from impactkaart.accounts.members import memberships
    from impactkaart.accounts.scope import Scope

    base_store = open_store()
    found = memberships(base_store, subject)
    if not found:
        _no_organisation(subject, lang)
        st.stop()
    chosen = _choose(found, lang)
    scope = Scope(organisation_id=chosen.organisation_id, subject=subject, role=chosen.role)
    st.session_state[_SCOPE_KEY] = scope
    st.session_state[_ORG_NAME_KEY] = chosen.organisation_name
    from views.components.versions import AUTHOR_KEY

    st.session_state.setdefault(AUTHOR_KEY, name_of(st.user))  # saves and comments signed with it
    _record_login(base_store, scope)
    _user_box(base_store, scope, chosen.organisation_name, lang)
    return scope


def _login_screen(lang: str) -> None:
    st.title(t("login.title", lang))
    st.write(t("login.intro", lang))
    st.button(t("login.button", lang), on_click=st.login, type="primary", key="auth_login",
              icon=":material/login:")


def _no_organisation(subject: str, lang: str) -> None:
    st.title(t("login.no_org.title", lang))
    st.info(t("login.no_org.body", lang, email=md(subject)), icon=":material/domain_disabled:")
    st.button(t("login.logout", lang), on_click=st.logout, key="auth_logout_no_org",
              icon=":material/logout:")


def _choose(found, lang: str):
    if len(found) == 1:
        st.session_state[_ORG_KEY] = found[0].organisation_id
        return found[0]
    ids = [m.organisation_id for m in found]
    by_id = {m.organisation_id: m for m in found}
    if st.session_state.get(_ORG_KEY) not in ids:
        st.session_state[_ORG_KEY] = ids[0]
    st.session_state["auth_organisation_choice"] = st.session_state[_ORG_KEY]
    st.sidebar.selectbox(t("login.choose", lang), ids,
                         format_func=lambda i: by_id[i].organisation_name,
                         key=page_key("auth_organisation_choice"), on_change=_remember_org)
    return by_id[st.session_state[_ORG_KEY]]


def _remember_org() -> None:
    st.session_state[_ORG_KEY] = st.session_state["auth_organisation_choice"]


def _record_login(base_store, scope) -> None:
    seen = (scope.subject, scope.organisation_id)
    if st.session_state.get(_LOGGED_KEY) == seen:
        return
    from impactkaart.accounts import audit

    audit.record(base_store, organisation_id=scope.organisation_id, subject=scope.subject,
                 action="login", detail=name_of(st.user))
    st.session_state[_LOGGED_KEY] = seen


def _logout(base_store, scope) -> None:
    from impactkaart.accounts import audit

    audit.record(base_store, organisation_id=scope.organisation_id, subject=scope.subject,
                 action="logout")
    st.session_state.pop(_LOGGED_KEY, None)
    st.logout()


def _public_user_box(lang: str) -> None:
    # The attendee's page works by the room's code, not by the organisation: name and logout only.
    with st.sidebar.container(key="gebruiker"):
        st.markdown(t("login.signed_in", lang, name=md(name_of(st.user))))
        st.button(t("login.logout", lang), on_click=st.logout, key="auth_logout_public",
                  icon=":material/logout:")


def _user_box(base_store, scope, organisation: str, lang: str) -> None:
    with st.sidebar.container(key="gebruiker"):
        st.markdown(t("login.signed_in", lang, name=md(name_of(st.user))))
        st.caption(t("login.organisation", lang, name=md(organisation)))
        st.caption(t("login.role", lang, role=role_word(scope.role, lang)))
        st.button(t("login.logout", lang), on_click=_logout, args=(base_store, scope),
                  key="auth_logout", icon=":material/logout:")


# --- the Beheer pages' tables ---------------------------------------------------------

def _when(value) -> str:
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return ""


def members_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """members(store, org) as shown: the role in words, the date as text, headers in ``lang``."""
    return pd.DataFrame({
        t("beheer.col.subject", lang): frame["subject"].astype(str),
        t("beheer.col.name", lang): frame["name"].fillna("").astype(str),
        t("beheer.col.role", lang): [role_word(str(r), lang) for r in frame["role"]],
        t("beheer.col.added_at", lang): [_when(v) for v in frame["added_at"]],
    })


def audit_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """audit.trail(store, org) as shown: the action in words, headers in ``lang``."""
    def action(a: str) -> str:
        key = f"beheer.action.{a}"
        return t(key, lang) if key in TEXTS else a

    return pd.DataFrame({
        t("beheer.col.at", lang): [_when(v) for v in frame["at"]],
        t("beheer.col.subject", lang): frame["subject"].fillna("").astype(str),
        t("beheer.col.action", lang): [action(str(a)) for a in frame["action"]],
        t("beheer.col.target", lang): frame["target"].fillna("").astype(str),
        t("beheer.col.detail", lang): frame["detail"].fillna("").astype(str),
    })
