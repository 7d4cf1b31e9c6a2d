"""Running the room: the join slide (address, QR code, code), the facilitator's step
controls, the step and timer on the attendees' screens, links handed back, rejoin
requests and the handouts. Thin: the work is in impactkaart.workshop.facilitation / qr."""

from __future__ import annotations

import html

import streamlit as st

from impactkaart.io.project_file import project_json
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.workshop import facilitation, qr
from impactkaart.workshop.rooms import Workshop, WorkshopError
from views.components import workshop_editor
from views.components.export_audit import audited
from views.components.exports import onepager_pdf  # its writer loaded on the first click
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


TICK = 5  # seconds between the attendee's banner's own reruns (step, timer, button)


def countdown(step: facilitation.RoomStep, name: str) -> str:
    """The time left as m:ss, worked out on the server at each rerun of the fragment that
    shows it, over a bar that shrinks to nothing in CSS alone (no script, no frame), so
    the time still moves between two reruns. Each rerun draws the bar anew with a
    negative delay: the time already gone. ``name``: the clock's CSS class and test id."""
    total = max(1, step.minutes * 60)
    gone = total - step.seconds_left()
    return (f"<div class='{name}' data-testid='{name}'>{html.escape(step.clock())}</div>"
            "<div class='wsr-bar'><div style='animation-duration:"
            f"{total}s;animation-delay:-{gone}s'></div></div>"
            "<style>.wsr-bar{height:6px;min-width:90px;background:#e3e8ef;border-radius:3px;"
            "overflow:hidden}.wsr-bar div{height:100%;width:0;background:#2b6cb0;"
            "animation-name:wsr-left;animation-timing-function:linear;"
            "animation-fill-mode:both}@keyframes wsr-left{from{width:100%}to{width:0}}</style>")


def own_step(workspace_id: str, lang: str) -> int | None:
    """The step (1..STEPS) the attendee's editor has open, None before its first run."""
    tab = ss.get(workshop_editor.step_key(workspace_id))
    for labels in (workshop_editor.step_labels(lang), workshop_editor.step_labels(
            "en" if lang == "nl" else "nl")):  # just after a switch of language: the old name
        if tab in labels:
            return labels.index(tab) + 1
    return None


def follow_room(store, workspace, lang: str) -> None:
    """The editor's first run in this browser (joining, a refresh, a link handed back)
    opens the room's step. Later the editor never jumps by itself: a save reruns it while
    someone types, and a jump would take the field from under their fingers; the banner
    offers "Naar stap N" instead (`room_banner`)."""
    step = facilitation.room_step(store, workspace.workshop.id)
    if step.step:
        workshop_editor.go_to_step(workspace.id, step.step, lang, only_if_unset=True)


@st.fragment(run_every=TICK)
def room_banner(store, workspace, lang: str) -> None:
    """The room's step and its timer on the attendee's screen, read again every `TICK`
    seconds, so the facilitator's "volgende stap" reaches an attendee who is not typing.
    Its own fragment, apart from the editor: a timed rerun runs only this, never the
    editor's widgets or their on_change saves, so nothing typed is touched. When the
    room is at another step than the editor, a button takes the attendee there."""
    step = facilitation.room_step(store, workspace.workshop.id)
    if not step.step:
        return
    row = st.container(horizontal=True, vertical_alignment="center", key="zaal_stap_balk")
    with row:
        st.html(f"<div class='wsr-step' data-testid='wsr-room-step'>"
                f"{html.escape(t('workshop.room.now', lang, step=step_name(step.step, lang)))}"
                "</div><style>.wsr-step{font-size:20px;padding:.3rem .8rem;border-radius:.5rem;"
                "background:#eef3fb;display:inline-block}.wsr-attendee-clock{font:700 22px "
                "sans-serif;color:#1a1a1a}</style>", width="content")
        st.html(countdown(step, "wsr-attendee-clock"), width="content")
        if own_step(workspace.id, lang) != step.step and st.button(
                t("workshop.room.go_step", lang, n=step.step), key=page_key("zaal_naar_stap"),
                icon=":material/directions_run:"):
            workshop_editor.go_to_step(workspace.id, step.step, lang)
            st.rerun(scope="app")  # the editor is outside this fragment: run it too


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
