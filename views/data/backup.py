"""Back-up en herstel: alle projecten in één bestand, en terugzetten met bevestiging.

The domain does the work (`impactkaart.store.backup`): the uploaded file is checked
completely before anything happens, the current contents are kept as an
automatic back-up (next to the database, and offered for download), and the
restore replaces everything in one transaction.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from impactkaart.store.backup import BackupError, backup_bytes, check_backup, restore
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components.export_audit import audited
from views.components.page import open_page
from views.components.session import PROJECT_KEY, get_store, page_key

DONE = "herstel_klaar"  # upload file id -> (projects restored, automatic back-up path)
ss = st.session_state


def do_restore(raw: bytes, file_id: str) -> None:
    result = restore(get_store(), raw)
    ss.setdefault(DONE, {})[file_id] = (result.projects, result.automatic_backup)
    ss.pop(PROJECT_KEY, None)  # the picker chooses again among the restored projects


page = open_page("backup.title", needs_project=False)
lang, store = page.lang, page.store
projects = store.list_projects()

st.subheader(t("backup.make", lang))
st.caption(t("backup.make_caption", lang))
stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
st.download_button(
    t("backup.download", lang, n=len(projects)), data=audited(lambda: backup_bytes(get_store()),
                                                     f"impactkaart-backup-{stamp}.json"),
    file_name=f"impactkaart-backup-{stamp}.json", mime="application/json", on_click="ignore",
    icon=":material/download:", key="backup_download",
)

st.subheader(t("backup.restore", lang))
st.caption(t("backup.restore_caption", lang))
upload = st.file_uploader(t("backup.upload", lang), type=["json"], key=page_key("herstel_upload"))
if upload is None:
    st.stop()
if upload.file_id in ss.get(DONE, {}):
    count, kept = ss[DONE][upload.file_id]
    st.success(t("backup.restored", lang, n=count, name=md(upload.name)))
    if kept is not None and kept.exists():
        st.caption(t("backup.previous", lang, path=md(kept)))
        st.download_button(t("backup.previous_download", lang), data=audited(kept.read_bytes(), kept.name),
                           file_name=kept.name, mime="application/json", on_click="ignore",
                           key="herstel_vorige", icon=":material/download:")
    st.stop()
raw = upload.getvalue()
try:
    backup = check_backup(store, raw)
except BackupError as exc:
    errors = exc.texts(lang)
    lines = "\n".join(f"- {md(e)}" for e in errors[:50])
    more = "\n- " + t("backup.more", lang, n=len(errors) - 50) if len(errors) > 50 else ""
    st.error(t("backup.invalid", lang, name=md(upload.name)) + f"\n\n{lines}{more}", icon="⚠️")
    st.stop()

made = (t("backup.made_on", lang, when=md(backup.created_at.replace("T", " ")))
        if backup.created_at else "")
st.info(t("backup.valid", lang, made=made, n=len(backup.projects)))
st.dataframe(pd.DataFrame({"id": [i for i, _ in backup.projects],
                           "project": [p.name for _, p in backup.projects]}),
             hide_index=True)
confirmed = st.checkbox(t("backup.confirm", lang, current=len(projects), new=len(backup.projects)),
                        key=page_key("herstel_bevestig"))
st.button(t("backup.do_restore", lang), type="primary", disabled=not confirmed,
          key="herstel_terugzetten", on_click=do_restore, args=(raw, upload.file_id))
