"""Gedeeld: what a share link shows, read-only — one project's Impactkaart, presentation
and one-pager, and (when the link allows it) its comments.

The token is checked on every run (`impactkaart.versions.links.open_link`): a changed,
shortened, revoked or expired link shows its message and nothing of any project. There
is no menu, no picker, no editor and no export but this project's one-pager.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from impactkaart.charts import impact
from impactkaart.io.exports.onepager_html import onepager_html
from impactkaart.text import formats
from impactkaart.text.briefing import briefing
from impactkaart.text.catalogue import t
from impactkaart.text.presentation import project_slides
from impactkaart.text.safe import md
from impactkaart.versions.links import ShareError, link_scope, open_link, shared_project
from views.components import language, results, share_link
from views.components import versions as versions_view
from views.components.export_audit import audited
from views.components.exports import onepager_pdf  # its writer loaded on the first click
from views.components.keys import page_key
from views.components.session import get_store

VIEW_KEY = "gedeeld_weergave"
SLIDE_KEY = "gedeeld_dia"
st.html("<style>[data-testid=stSidebarNav] { display: none; }</style>")
lang = language.current()
store = get_store()
try:
    link = open_link(store, share_link.token())
    # With login on (issue 21): from here on a store narrowed to the link's one project.
    narrowed = link_scope(store, link)
    store = store if narrowed is None else store.scoped(narrowed)
    project = shared_project(store, link)
except ShareError as exc:
    st.title(t("versions.shared.title", lang))
    st.error(md(exc.text(lang)), icon=":material/link_off:")
    st.stop()

language.show()
result = results.result(project)
with st.container(key=page_key("gedeeld_kop")):
    st.title(md(project.name))
st.caption(t("versions.shared.read_only", lang, day=link.last_day.isoformat()))
views = ["kaart", "presentatie", "onepager"]
view = st.segmented_control(t("versions.shared.view", lang), views, default="kaart", key=page_key(VIEW_KEY),
                            format_func=lambda v: t(f"versions.shared.{v}", lang)) or "kaart"

if view == "kaart":
    cols = st.columns(4)
    cols[0].metric(t("rendementsfactor", lang), formats.factor(result.rendementsfactor, lang, decimals=2))
    cols[1].metric(t("npv", lang), formats.euro(result.npv, lang))
    cols[2].metric(t("total_costs", lang), formats.euro(result.pv_costs, lang))
    cols[3].metric(t("total_benefits", lang), formats.euro(result.pv_benefits, lang))
    left, right = st.columns(2, gap="large")
    left.vega_lite_chart(impact.who_invests_spec(impact.who_invests_data(result, lang), lang),
                         key=page_key("gedeeld_wie"))
    right.vega_lite_chart(impact.benefits_over_time_spec(
        impact.benefits_over_time_data(project, result, lang), lang), key=page_key("gedeeld_tijd"))
elif view == "presentatie":
    slides = project_slides(briefing(project, result, lang), result, lang)
    index = min(st.session_state.get(SLIDE_KEY, 0), len(slides) - 1)
    slide = slides[index]
    st.subheader(md(slide.title))
    if slide.subtitle:
        st.markdown(md(slide.subtitle))
    for item in slide.items:
        st.markdown(f"- {md(item)}")
    for bar in slide.bars:
        st.markdown(f"- {md(bar.label)}: **{md(bar.text)}**")
    if slide.note:
        st.caption(md(slide.note))
    back, step, where = st.columns([1, 1, 4])
    back.button(t("show.present.previous", lang), disabled=index == 0, key=page_key("gedeeld_vorige"),
                on_click=lambda: st.session_state.update({SLIDE_KEY: index - 1}))
    step.button(t("show.present.next", lang), disabled=index == len(slides) - 1, key=page_key("gedeeld_volgende"),
                on_click=lambda: st.session_state.update({SLIDE_KEY: index + 1}), type="primary")
    where.caption(f"{index + 1}/{len(slides)}")
else:
    # Comments only where the link shows them; those up to the link's version.
    listed = versions_view.export_rows(store, link.project_id, lang, link.version) \
        if link.allow_comments else ()
    st.download_button(t("exports.pdf", lang),
                       data=audited(lambda: onepager_pdf(project, lang=lang, comments=listed),
                                    "one-pager.pdf"),
                       file_name="one-pager.pdf", mime="application/pdf", on_click="ignore",
                       icon=":material/picture_as_pdf:", key=page_key("gedeeld_pdf"))
    document = onepager_html(project, lang=lang, comments=listed)
    st.html(document[document.index("<style>"):document.index("</body>")].replace("<body>", ""))

if link.allow_comments:
    st.divider()
    versions_view.comments_panel(store, link.project_id, project, lang, author="", can_resolve=False,
                                 link_id=link.id, version=link.version, expanded=True)
st.html(f'<p style="color:#777;font-size:12px">{escape(t("versions.shared.footer", lang))}</p>')
