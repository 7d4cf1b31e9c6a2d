"""Running the room: the join slide (address, QR code, code), the facilitator's step
controls, the step and timer on the attendees' screens, links handed back, rejoin
requests and the handouts. Thin: the work is in impactkaart.workshop.facilitation / qr."""

from __future__ import annotations

import datetime as dt
import html

import streamlit as st
import streamlit.components.v1 as components

from impactkaart.io.exports.onepager import onepager_pdf
from impactkaart.io.project_file import project_json
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.workshop import facilitation, qr
from impactkaart.workshop.rooms import Workshop, WorkshopError
from views.components import workshop_editor
from views.components.export_audit import audited
from views.components.keys import page_key

ss = st.session_state
HANDED = "workshop_link_terug"  # (attendee, token) of the link just handed back


def page_url() -> str | None:
    try:
        return st.context.url
    except Exception:  # noqa: BLE001 - no browser (AppTest)
        return None


def join_slide(workshop: Workshop, lang: str, qr_width: int = 300) -> None:
    """Address, a large QR code and the join code in projector-size type."""
    address = qr.join_address(page_url(), workshop.join_code)
    left, right = st.columns([1, 2], vertical_alignment="center")
    with left:
        st.image(qr.qr_png(address), width=qr_width, caption=t("workshop.room.scan", lang))
    with right:
        st.html(
            "<div class='wsr-join'>"
            f"<div class='wsr-join-label'>{html.escape(t('workshop.room.go_to', lang))}</div>"
            f"<div class='wsr-join-address' data-testid='wsr-join-address'>"
            f"{html.escape(qr.short_address(qr.base_address(page_url())))}/{qr.JOIN_PAGE}</div>"
            f"<div class='wsr-join-label'>{html.escape(t('workshop.room.code', lang))}</div>"
            f"<div class='wsr-join-code' data-testid='wsr-join-code'>"
            f"{html.escape(workshop.join_code)}</div></div>"
            "<style>.wsr-join-label{font-size:28px}.wsr-join-address{font-size:36px;"
            "font-weight:600;word-break:break-all}.wsr-join-code{font-size:96px;font-weight:700;"
            "letter-spacing:.12em;font-family:monospace;line-height:1.1}</style>")


def step_name(step: int, lang: str) -> str:
    return t(f"workshop.step.{step}", lang) if step else t("workshop.room.not_started", lang)


def step_controls(store, workshop: Workshop, lang: str) -> None:
    """Put the room on the previous or next step, with minutes for its timer."""
    step = facilitation.room_step(store, workshop.id)
    box = st.container(border=True)
    box.markdown(t("workshop.room.controls", lang, step=md(step_name(step.step, lang)),
                   clock=step.clock() if step.step else "–"))
    minutes = box.number_input(t("workshop.room.minutes", lang), 1, facilitation.MAX_MINUTES,
                               step.minutes or facilitation.DEFAULT_MINUTES, key=page_key("zaal_minuten"))
    row = box.container(horizontal=True)
    if row.button(t("workshop.room.previous", lang), key=page_key("zaal_vorige"), disabled=step.step <= 1,
                  icon=":material/skip_previous:"):
        facilitation.set_step(store, workshop.id, step.step - 1, int(minutes))
        st.rerun()
    if row.button(t("workshop.room.next" if step.step else "workshop.room.start", lang),
                  key=page_key("zaal_volgende"), type="primary", disabled=step.step >= facilitation.STEPS,
                  icon=":material/skip_next:"):
        facilitation.set_step(store, workshop.id, step.step + 1, int(minutes))
        st.rerun()
    if step.step and row.button(t("workshop.room.restart_timer", lang), key=page_key("zaal_timer"),
                                icon=":material/timer:"):
        facilitation.set_step(store, workshop.id, step.step, int(minutes))
        st.rerun()


SEEN_STEP = "zaal_stap_gezien"


def attendee_step(store, workspace, lang: str) -> None:
    """The room's step and its timer on the attendee's screen, read on every run of the
    workbench (each save or click). When the facilitator has moved the room on, the
    editor follows once; the attendee may still go back. The timer counts down in the
    browser (a few lines of script in a frame), so no timed rerun competes with typing."""
    step = facilitation.room_step(store, workspace.workshop.id)
    now = (step.step, step.started_at)
    seen = ss.get(SEEN_STEP)
    ss[SEEN_STEP] = now
    if step.step and seen != now and (seen is None or seen[0] != step.step):
        workshop_editor.go_to_step(workspace.id, step.step, lang, only_if_unset=seen is None)
    if not step.step:
        return
    end_ms = int((step.started_at + dt.timedelta(minutes=step.minutes)).timestamp() * 1000)
    row = st.container(horizontal=True, vertical_alignment="center")
    with row:
        st.html(f"<div class='wsr-step' data-testid='wsr-room-step'>"
                f"{html.escape(t('workshop.room.now', lang, step=step_name(step.step, lang)))}"
                "</div><style>.wsr-step{font-size:20px;padding:.3rem .8rem;border-radius:.5rem;"
                "background:#eef3fb;display:inline-block}</style>", width="content")
        components.html(
            "<div id='wsr-clock' style='font:700 22px sans-serif;color:#1a1a1a'></div><script>"
            f"const end = {end_ms}, el = document.getElementById('wsr-clock');"
            "function tick() { const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));"
            " el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); }"
            "tick(); setInterval(tick, 1000);</script>", height=34, width=90)


def rejoin_requests(store, workshop: Workshop, lang: str) -> None:
    """Attendees who joined again under a name in the room: "ben jij dit?"."""
    for request in facilitation.open_rejoins(store, workshop.id):
        box = st.container(border=True)
        box.markdown(t("workshop.room.rejoin_ask", lang, name=md(request.attendee),
                       time=request.asked_at))
        row = box.container(horizontal=True)
        if row.button(t("workshop.room.rejoin_yes", lang, name=md(request.attendee)),
                      key=page_key(f"terug_ja_{request.id}"), type="primary", icon=":material/check:"):
            facilitation.answer_rejoin(store, workshop.id, request.id, yes=True)
            st.rerun()
        if row.button(t("workshop.room.rejoin_no", lang), key=page_key(f"terug_nee_{request.id}"),
                      icon=":material/close:"):
            facilitation.answer_rejoin(store, workshop.id, request.id, yes=False)
            st.rerun()


def hand_back(store, workshop: Workshop, workspaces: list, lang: str) -> None:
    """Give an attendee their workspace back: confirm who it is, then a new link and QR."""
    with st.expander(t("workshop.room.hand_back", lang), icon=":material/link:"):
        st.caption(t("workshop.room.hand_back_help", lang))
        if not workspaces:
            return
        labels = {w.id: w.attendee for w in workspaces}
        chosen = st.selectbox(t("workshop.room.who", lang), list(labels),
                              format_func=lambda ws: labels[ws], key=page_key("terug_wie"))
        sure = st.checkbox(t("workshop.room.confirm", lang, name=md(labels[chosen])),
                           key=page_key("terug_zeker"))
        if st.button(t("workshop.room.make_link", lang), key=page_key("terug_maken"), disabled=not sure,
                     icon=":material/qr_code_2:"):
            try:
                ss[HANDED] = (labels[chosen], facilitation.new_link(store, workshop.id, chosen))
            except WorkshopError as exc:
                st.error(md(exc.text(lang)))
            ss["terug_zeker"] = False
            st.rerun()
        if HANDED in ss:
            name, token = ss[HANDED]
            address = qr.workspace_address(page_url(), token)
            st.markdown(t("workshop.room.link_for", lang, name=md(name)))
            st.image(qr.qr_png(address, scale=8), width=260)
            st.code(address, language=None)
            if st.button(t("workshop.room.link_done", lang), key=page_key("terug_klaar")):
                ss.pop(HANDED, None)
                st.rerun()


def handouts(project, lang: str, stem: str) -> None:
    """The attendee's own one-pager (PDF) and project file."""
    st.subheader(t("workshop.room.handouts", lang))
    st.caption(t("workshop.room.handouts_help", lang))
    row = st.container(horizontal=True)
    row.download_button(t("workshop.room.onepager", lang),
                        data=audited(lambda: onepager_pdf(project, lang=lang), f"{stem}.pdf"),
                        file_name=f"{stem}.pdf", mime="application/pdf", on_click="ignore",
                        key=page_key("hand_out_pdf"), icon=":material/picture_as_pdf:", type="primary")
    row.download_button(t("workshop.room.project_file", lang),
                        data=audited(lambda: project_json(project), f"{stem}.json"),
                        file_name=f"{stem}.json",
                        mime="application/json", on_click="ignore", key=page_key("hand_out_json"),
                        icon=":material/download:")
