"""Leden en rollen (issue 21): the beheerder invites by email with a role, changes a role,
removes a member. The rules (a valid address, the last beheerder stays) are in
impactkaart/accounts/members.py; every change there writes an audit row."""

from __future__ import annotations

import streamlit as st

from impactkaart.accounts import members
from impactkaart.accounts.roles import ROLES
from impactkaart.accounts.scope import NotAllowed
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import auth
from views.components.page import open_page
from views.components.session import page_key

FLASH = "beheer_leden_klaar"

ctx = open_page("beheer.members.title", needs_project=False, flash=FLASH)
lang, store = ctx.lang, ctx.store
scope = auth.beheer_scope(lang)
org = auth.organisation_name()
st.markdown(t("beheer.members.intro", lang, org=md(org)))


def _role(role: str) -> str:
    return auth.role_word(role, lang)


def _done(text: str) -> None:
    st.session_state[FLASH] = text
    st.rerun()


def _attempt(action) -> bool:
    try:
        action()
    except members.AccountError as exc:
        st.error(md(exc.text(lang)), icon=":material/error:")
    except NotAllowed as exc:
        st.error(t("login.not_allowed", lang, why=md(str(exc))), icon=":material/block:")
    else:
        return True
    return False


table = members.members(store, scope.organisation_id)
if table.empty:
    st.info(t("beheer.members.empty", lang))
else:
    shown = auth.members_table(table, lang)
    st.dataframe(shown, hide_index=True, width="stretch")

st.subheader(t("beheer.invite.title", lang))
with st.form(page_key("beheer_uitnodigen"), clear_on_submit=True):
    email = st.text_input(t("beheer.invite.email", lang), key=page_key("beheer_email"))
    name = st.text_input(t("beheer.invite.name", lang), key=page_key("beheer_naam"))
    role = st.selectbox(t("beheer.invite.role", lang), ROLES, index=ROLES.index("bewerker"),
                        format_func=_role, key=page_key("beheer_rol"))
    invited = st.form_submit_button(t("beheer.invite.button", lang), icon=":material/person_add:")
if invited and _attempt(lambda: members.add_member(store, scope.organisation_id, email, role,
                                                   name=name, by=scope.subject)):
    _done(t("beheer.invite.done", lang, email=md(members.subject_of(email)), role=_role(role)))

if not table.empty:
    st.subheader(t("beheer.change.title", lang))
    subjects = [str(s) for s in table["subject"]]
    who = st.selectbox(t("beheer.change.who", lang), subjects, key=page_key("beheer_wie"))
    left, right = st.columns(2)
    with left:
        new_role = st.selectbox(t("beheer.change.role", lang), ROLES, format_func=_role,
                                key=page_key("beheer_nieuwe_rol"))
        if st.button(t("beheer.change.button", lang), key="beheer_rol_wijzigen") and _attempt(
                lambda: members.set_role(store, scope.organisation_id, who, new_role,
                                         by=scope.subject)):
            _done(t("beheer.change.done", lang, email=md(who), role=_role(new_role)))
    with right:
        sure = st.checkbox(t("beheer.remove.confirm", lang, email=md(who), org=md(org)),
                           key=page_key("beheer_zeker"))
        if st.button(t("beheer.remove.button", lang), disabled=not sure, key="beheer_verwijderen",
                     icon=":material/person_remove:") and _attempt(
                lambda: members.remove_member(store, scope.organisation_id, who,
                                              by=scope.subject)):
            _done(t("beheer.remove.done", lang, email=md(who)))
