"""Who is saving, and partners' comments beside the project (issue 18, docs/versions.md).

`install` (views/app.py, every run) tells the store where the name of the person at this
browser is kept, so every save is recorded under it; `author_box` asks for that name
once (kept in the session and in the URL as ``?wie=``, so a reload keeps it; the
accounts of a later version take its place). `comments_panel` shows a project's
comment threads beside the editor and the Impactkaart (and in a share link that allows
comments), with a form to add one on the project, an effect or an assumption.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.core.model import Project
from impactkaart.store.projects import Store
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.versions import authors, comments
from impactkaart.versions.changes import field_name
from impactkaart.versions.history import VersionError
from views.components import auth
from views.components.keys import page_key
from views.components.session import keep_across_projects, project_key

AUTHOR_KEY = "versies_auteur"
AUTHOR_PARAM = "wie"


def _author() -> str:
    name = st.session_state.get(AUTHOR_KEY)
    if name is None:
        name = authors.clean_name(st.query_params.get(AUTHOR_PARAM, ""))
        st.session_state[AUTHOR_KEY] = name
    return name


def install() -> None:
    """Saves of this session are recorded under the name given in `author_box`."""
    keep_across_projects(AUTHOR_KEY, "versies_auteur_veld")
    authors.use_source(lambda: st.session_state.get(AUTHOR_KEY, ""))
    _author()


def _remember_author() -> None:
    name = authors.clean_name(st.session_state.get("versies_auteur_veld", ""))
    st.session_state[AUTHOR_KEY] = name
    if name:
        st.query_params[AUTHOR_PARAM] = name
    elif AUTHOR_PARAM in st.query_params:
        del st.query_params[AUTHOR_PARAM]


def author_box(lang: str) -> None:
    """The name versions and comments are signed with, asked once in the sidebar."""
    name = _author()
    st.session_state["versies_auteur_veld"] = name
    st.sidebar.text_input(t("versions.author_field", lang), key=page_key("versies_auteur_veld"),
                          max_chars=authors.MAX_NAME, on_change=_remember_author,
                          placeholder=t("versions.author_placeholder", lang),
                          help=t("versions.author_help", lang))


def current_author() -> str:
    return st.session_state.get(AUTHOR_KEY, "")


def _targets(project: Project, lang: str) -> list[tuple[str | None, str | None, str]]:
    """(effect, assumption, label) of everything a comment can be about."""
    out = [(None, None, t("versions.comment.on_project", lang))]
    for effect in project.effects:
        out.append((effect.outcome, None, t("versions.comment.on_effect", lang, effect=effect.outcome)))
        out += [(effect.outcome, name, t("versions.comment.on_assumption", lang,
                                         assumption=field_name(name, lang), effect=effect.outcome))
                for name in comments.ASSUMPTIONS]
    return out


def _thread(store: Store, project_id: int, thread: comments.Comment, lang: str, *,
            author: str, can_resolve: bool, can_reply: bool, link_id: str | None) -> None:
    status = t("versions.comment.resolved" if thread.resolved else "versions.comment.open", lang)
    with st.container(border=True, key=f"opmerking_{thread.id}"):
        st.caption(f"{md(thread.target(lang))} · {status}")
        for item in (thread, *thread.replies):
            st.markdown(f"**{md(item.author)}** · {item.created_at:%Y-%m-%d %H:%M}  \n{md(item.body)}")
        cols = st.columns(2)
        if can_reply:
            with cols[0].popover(t("versions.comment.reply_button", lang), icon=":material/reply:"):
                with st.form(f"reactie_{thread.id}", clear_on_submit=True):
                    body = st.text_area(t("versions.comment.text", lang), max_chars=comments.MAX_BODY)
                    if st.form_submit_button(t("versions.comment.send", lang)):
                        _save(lambda: comments.add_comment(store, project_id, body, author,
                                                           reply_to=thread.id, via_link=link_id), lang)
        if can_resolve:
            label = "versions.comment.reopen" if thread.resolved else "versions.comment.resolve"
            if cols[1].button(t(label, lang), key=f"afhandelen_{thread.id}"):
                _save(lambda: comments.set_resolved(store, project_id, thread.id,
                                                    not thread.resolved, author), lang)


def _save(action, lang: str) -> None:
    try:
        action()
    except VersionError as exc:
        st.error(md(exc.text(lang)), icon=":material/error:")
    else:
        st.rerun()


def comments_panel(store: Store, project_id: int, project: Project, lang: str, *,
                   author: str | None = None, can_write: bool = True, can_resolve: bool = True,
                   link_id: str | None = None, version: int | None = None,
                   expanded: bool = False) -> None:
    """The project's comment threads (per effect, in the order of the effects) and a form
    for a new one. ``author`` None: the session's name (`author_box`); a partner on a
    share link types theirs in the form."""
    if link_id is None and not auth.can_edit():  # a lezer (login on) reads the threads only
        can_write = can_resolve = False
    found = comments.threads(store, project_id)
    title = t("versions.comments_title", lang, open=comments.open_count(found), total=len(found))
    with st.expander(title, icon=":material/forum:", expanded=expanded):
        if not found:
            st.caption(t("versions.comments_none", lang))
        names = [None, *[e.outcome for e in project.effects]]
        known = set(names)
        groups = [(name, [c for c in found if c.about(name)]) for name in names]
        groups.append(("", [c for c in found if c.effect is not None and c.effect not in known]))
        for name, group in groups:
            if not group:
                continue
            st.markdown(f"**{md(name) if name else t('versions.comment.on_project', lang)}**"
                        if name != "" else f"**{t('versions.comments_elsewhere', lang)}**")
            for thread in group:
                _thread(store, project_id, thread, lang, author=author or current_author(),
                        can_resolve=can_resolve, can_reply=can_write, link_id=link_id)
        if not can_write:
            return
        targets = _targets(project, lang)
        with st.form(project_key("nieuwe_opmerking"), clear_on_submit=True):
            st.markdown(f"**{t('versions.comment.new', lang)}**")
            who = author
            if author is None and not current_author():
                st.caption(t("versions.comment.name_first", lang))
            if link_id is not None:
                who = st.text_input(t("versions.author_field", lang), max_chars=authors.MAX_NAME,
                                    key=page_key("gedeeld_naam"))
            choice = st.selectbox(t("versions.comment.about", lang), range(len(targets)),
                                  format_func=lambda i: targets[i][2])
            body = st.text_area(t("versions.comment.text", lang), max_chars=comments.MAX_BODY)
            if st.form_submit_button(t("versions.comment.send", lang), type="primary"):
                effect, assumption, _ = targets[choice]
                _save(lambda: comments.add_comment(
                    store, project_id, body, who if who is not None else current_author(),
                    effect=effect, assumption=assumption, via_link=link_id, version=version), lang)


def export_rows(store: Store, project_id: int, lang: str, version: int | None = None) -> tuple:
    """The comments (up to ``version``) as the exports list them."""
    return tuple(comments.export_rows(comments.threads(store, project_id, version), lang))
