"""Partners' comments on a project, an effect or one assumption of an effect.

A comment starts a thread or answers one (a reply belongs to the thread's first comment,
so a thread is one list under its opening comment), has an author and a time, and is
open until someone marks its thread resolved. Each comment records the version of the
project it was written about, so the exports of a version list the comments up to it.
An effect is named by its outcome (what the editor and the Impactkaart show); a comment
on an effect that was renamed or removed stays with the project, under its old name.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field

from impactkaart.store.projects import Store
from impactkaart.text.catalogue import t
from impactkaart.versions import store as rows
from impactkaart.versions.authors import clean_name
from impactkaart.versions.changes import field_name
from impactkaart.versions.history import VersionError

MAX_BODY = 2000
# The assumptions of an effect a comment can be about (docs/method.md names each).
ASSUMPTIONS = ("quantity", "proxy", "duration", "deadweight", "displacement", "attribution",
               "drop_off")


@dataclass(frozen=True)
class Comment:
    id: str
    parent_id: str | None
    target_kind: str  # project, effect or assumption
    effect: str | None
    assumption: str | None
    author: str
    body: str
    created_at: dt.datetime
    version: int | None
    via_link: str | None
    resolved: bool
    resolved_by: str | None
    resolved_at: dt.datetime | None
    replies: tuple[Comment, ...] = field(default=(), compare=False)

    def target(self, lang: str = "nl") -> str:
        """What the comment is about, in words (the effect's name is the user's text)."""
        if self.target_kind == "assumption":
            return t("versions.comment.on_assumption", lang,
                     assumption=field_name(self.assumption, lang), effect=self.effect)
        if self.target_kind == "effect":
            return t("versions.comment.on_effect", lang, effect=self.effect)
        return t("versions.comment.on_project", lang)

    def about(self, effect: str | None = None) -> bool:
        """True when the thread is about this effect (any of its assumptions) or, with
        ``effect`` None, about the project as a whole."""
        return self.effect == effect if effect is not None else self.target_kind == "project"


def _comment(row: tuple) -> Comment:
    return Comment(*row[:10], bool(row[10]), row[11], row[12])


def threads(store: Store, project_id: int, up_to_version: int | None = None) -> list[Comment]:
    """A project's threads, oldest first, each with its replies (``up_to_version``: only
    what was written about that version or an earlier one)."""
    found = [_comment(r) for r in rows.comment_rows(store, project_id)]
    if up_to_version is not None:
        found = [c for c in found if c.version is None or c.version <= up_to_version]
    replies: dict[str, list[Comment]] = {}
    for c in found:
        if c.parent_id is not None:
            replies.setdefault(c.parent_id, []).append(c)
    return [Comment(**{**c.__dict__, "replies": tuple(replies.get(c.id, ()))})
            for c in found if c.parent_id is None]


def add_comment(store: Store, project_id: int, body: str, author: str, *,
                effect: str | None = None, assumption: str | None = None,
                reply_to: str | None = None, version: int | None = None,
                via_link: str | None = None, now: dt.datetime | None = None) -> str:
    """Save a comment (or, ``reply_to``, an answer in that thread); its id."""
    body = str(body or "").strip()
    author = clean_name(author)
    if not author:
        raise VersionError("no_author")
    if not body:
        raise VersionError("empty_comment")
    if len(body) > MAX_BODY:
        raise VersionError("long_comment", limit=MAX_BODY)
    if assumption is not None and (assumption not in ASSUMPTIONS or not effect):
        raise VersionError("unknown_assumption", assumption=assumption)
    kind = "assumption" if assumption else "effect" if effect else "project"
    comment_id = secrets.token_hex(8)

    def work(cur) -> str:
        nonlocal kind, effect, assumption
        parent = None
        if reply_to is not None:
            found = rows.comment_of(cur, reply_to)
            if found is None or found[0] != project_id:
                raise VersionError("unknown_comment")
            parent = found[1] or reply_to  # an answer to an answer joins the same thread
            kind, effect, assumption = "reply", None, None
        newest = rows.latest_version(cur, project_id)
        seen = version if version is not None else (newest[0] if newest else None)
        rows.insert_comment(cur, project_id, (comment_id, parent, kind, effect, assumption,
                                              author, body, now or dt.datetime.now(), seen,
                                              via_link))
        return comment_id

    # A visitor of a share link that allows comments has the scope of that one link
    # (`links.link_scope`, role lezer): the comment is the one thing it may write.
    scope = store.scope
    through_link = (scope is not None and via_link is not None and scope.project_id == project_id
                    and scope.subject == f"link:{via_link}"
                    and any(r[0] == via_link and r[8] for r in rows.link_rows(store, project_id)))
    return store.write(work, any_role=through_link)


def set_resolved(store: Store, project_id: int, comment_id: str, resolved: bool,
                 who: str, now: dt.datetime | None = None) -> None:
    """Mark a thread resolved (or open again)."""
    who = clean_name(who)

    def work(cur) -> None:
        found = rows.comment_of(cur, comment_id)
        if found is None or found[0] != project_id:
            raise VersionError("unknown_comment")
        rows.set_resolved(cur, found[1] or comment_id, resolved, who if resolved else None,
                          (now or dt.datetime.now()) if resolved else None)

    store.write(work)


def open_count(found: list[Comment]) -> int:
    return sum(not c.resolved for c in found)


def export_rows(found: list[Comment], lang: str = "nl") -> list[tuple[str, str, str, str, str, str]]:
    """(thread, about, author, time, status, text) per comment, threads in order, replies
    under their opening comment: the rows of the exports' comments list."""
    out = []
    for number, thread in enumerate(found, start=1):
        status = t("versions.comment.resolved" if thread.resolved else "versions.comment.open", lang)
        for item in (thread, *thread.replies):
            out.append((str(number), thread.target(lang), item.author,
                        item.created_at.strftime("%Y-%m-%d %H:%M"),
                        status if item is thread else t("versions.comment.reply", lang), item.body))
    return out
