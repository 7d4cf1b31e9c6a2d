"""Benchmark delen (issue 21): does this organisation take part in the anonymised
benchmark across organisations? Only its beheerder switches it; the switch is audited."""

from __future__ import annotations

import streamlit as st

from impactkaart.accounts import members
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import auth
from views.components.page import open_page
from views.components.session import page_key

ctx = open_page("beheer.bench.title", needs_project=False)
lang, store = ctx.lang, ctx.store
scope = auth.beheer_scope(lang)
org = auth.organisation_name()
st.markdown(t("beheer.bench.intro", lang, org=md(org)))
now = members.benchmark_opt_in(store, scope.organisation_id)
wanted = st.toggle(t("beheer.bench.switch", lang), value=now, key=page_key("beheer_benchmark"))
if wanted != now:
    members.set_benchmark_opt_in(store, scope.organisation_id, wanted, by=scope.subject)
    now = wanted
st.caption(t("beheer.bench.on" if now else "beheer.bench.off", lang, org=md(org)))
