"""Versies en delen: the history of a project, two versions side by side, share links.

Every save is a version (who, when, what changed in words); a version can get a name
("sROI 1.0") and be restored (as a new version: nothing is overwritten). Two versions
are compared by their results and exactly the assumptions that differ. A read-only
link opens this project (or one version of it) for a partner until its expiry date or
until it is revoked. The words and the work are in impactkaart/versions.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.versions import history, links
from impactkaart.versions.changes import summary
from impactkaart.versions.history import VersionError
from views.components import auth
from views.components import versions as versions_view
from views.components.page import open_page
from views.components.session import project_key

SHOWN = 20  # versions listed at first; more on request
page = open_page("versions.title", flash="versies_melding")
lang, store, project_id, project = page.lang, page.store, page.project_id, page.project
author = versions_view.current_author()
editable = auth.can_edit()  # a lezer (login on) looks, names nothing, restores nothing, shares nothing
if not author:
    st.info(t("versions.name_hint", lang), icon=":material/badge:")

found = history.history(store, project_id)
numbers = [v.number for v in found]
titles = {v.number: v.title(lang) for v in found}
tab_history, tab_compare, tab_links = st.tabs(
    [t("versions.tab.history", lang), t("versions.tab.compare", lang), t("versions.tab.links", lang)])

with tab_history:
    st.caption(t("versions.history_intro", lang, count=len(found)))
    count = st.session_state.get(project_key("versies_aantal"), SHOWN)
    for version in found[:count]:
        with st.container(border=True, key=f"versie_{version.number}"):
            head = md(titles[version.number]) + (" · " + t("versions.newest", lang)
                                                 if version.number == numbers[0] else "")
            who = md(version.author) if version.author else t("versions.unknown_author", lang)
            st.markdown(f"**{head}** · {version.saved_at:%Y-%m-%d %H:%M} · {who}")
            for line in summary(list(version.changes), lang, limit=8):
                st.markdown(f"- {md(line)}")
            left, right = st.columns(2)
            if not editable:
                continue
            with left.popover(t("versions.name_button", lang), icon=":material/label:"):
                with st.form(f"naam_{version.number}"):
                    label = st.text_input(t("versions.label_field", lang), value=version.label or "",
                                          max_chars=history.MAX_LABEL,
                                          placeholder=t("versions.label_placeholder", lang))
                    if st.form_submit_button(t("versions.name_save", lang)):
                        history.name_version(store, project_id, version.number, label)
                        st.rerun()
            if version.number != numbers[0] and right.button(
                    t("versions.restore_button", lang), key=f"terugzetten_{version.number}",
                    icon=":material/restore:"):
                number = history.restore(store, project_id, version.number)
                st.session_state["versies_melding"] = t("versions.restored", lang,
                                                        old=version.number, new=number)
                st.rerun()
    if len(found) > count:
        st.button(t("versions.show_more", lang, count=len(found) - count),
                  on_click=lambda: st.session_state.update({project_key("versies_aantal"): count + SHOWN}))

with tab_compare:
    if len(numbers) < 2:
        st.info(t("versions.compare_one", lang))
    else:
        left, right = st.columns(2)
        old = left.selectbox(t("versions.compare_old", lang), numbers, index=1,
                             format_func=titles.get, key=project_key("vergelijk_oud"))
        new = right.selectbox(t("versions.compare_new", lang), numbers, index=0,
                              format_func=titles.get, key=project_key("vergelijk_nieuw"))
        comparison = history.compare(store, project_id, old, new)
        st.dataframe(pd.DataFrame(comparison.figures(lang), columns=[
            t("versions.compare_figure", lang), titles[old], titles[new]]), hide_index=True)
        st.markdown(f"**{t('versions.compare_differs', lang)}**")
        lines = summary(list(comparison.changes), lang)
        if not lines:
            st.caption(t("versions.compare_same", lang))
        for line in lines:
            st.markdown(f"- {md(line)}")

with tab_links:
    st.caption(t("versions.links_intro", lang))
    if not editable:
        auth.read_only_notice(lang, whole_page=False)
    else:
        with st.form(project_key("nieuwe_link")):
            label = st.text_input(t("versions.link_label", lang), max_chars=80,
                                  placeholder=t("versions.link_label_placeholder", lang))
            choices = [None, *numbers]
            version = st.selectbox(t("versions.link_version", lang), choices,
                                   format_func=lambda n: t("versions.link_current", lang)
                                   if n is None else titles[n])
            today = dt.date.today()
            expires = st.date_input(t("versions.link_expires", lang),
                                    value=today + dt.timedelta(days=links.DEFAULT_DAYS), min_value=today,
                                    max_value=today + dt.timedelta(days=links.MAX_DAYS))
            allow = st.checkbox(t("versions.link_comments", lang))
            if st.form_submit_button(t("versions.link_create", lang), type="primary", icon=":material/link:"):
                try:
                    made, token = links.create_link(store, project_id, expires, version=version,
                                                    label=label, allow_comments=allow,
                                                    created_by=author)
                except VersionError as exc:
                    st.error(md(exc.text(lang)), icon=":material/error:")
                else:
                    parts = urlsplit(st.context.url or "")
                    base = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
                    st.success(t("versions.link_made", lang, day=made.last_day.isoformat()))
                    st.code(links.share_url(base, token), language=None)
    for link in links.links_of(store, project_id):
        state = link.state()
        with st.container(border=True, key=f"deellink_{link.id}"):
            what = t("versions.link_current", lang) if link.version is None else titles.get(
                link.version, t("versions.version_n", lang, number=link.version))
            st.markdown(f"**{md(link.label) or t('versions.link_unnamed', lang)}** · {md(what)} · "
                        f"{t(f'versions.link_state.{state}', lang, day=link.last_day.isoformat())}"
                        + (f" · {t('versions.link_with_comments', lang)}" if link.allow_comments else ""))
            if editable and state == "active" and st.button(t("versions.link_revoke", lang),
                                               key=f"intrekken_{link.id}", icon=":material/link_off:"):
                links.revoke_link(store, project_id, link.id)
                st.rerun()
