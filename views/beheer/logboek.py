"""Logboek (issue 21): the organisation's audit trail for its beheerder, newest first:
logins, invitations, role changes, exports, deletions, restores."""

from __future__ import annotations

import streamlit as st

from impactkaart.accounts import audit
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import auth
from views.components.page import open_page

ctx = open_page("beheer.audit.title", needs_project=False)
lang = ctx.lang
scope = auth.beheer_scope(lang)
st.markdown(t("beheer.audit.intro", lang, org=md(auth.organisation_name())))
trail = audit.trail(ctx.store, scope.organisation_id)
if trail.empty:
    st.info(t("beheer.audit.empty", lang))
else:
    st.dataframe(auth.audit_table(trail, lang), hide_index=True, width="stretch")
