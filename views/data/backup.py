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
from impactkaart.text.safe import md
from views.components.session import PROJECT_KEY, get_store

DONE = "herstel_klaar"  # upload file id -> (projects restored, automatic back-up path)
ss = st.session_state


def do_restore(raw: bytes, file_id: str) -> None:
    result = restore(get_store(), raw)
    ss.setdefault(DONE, {})[file_id] = (result.projects, result.automatic_backup)
    ss.pop(PROJECT_KEY, None)  # the picker chooses again among the restored projects


st.title("Back-up en herstel")
store = get_store()
projects = store.list_projects()

st.subheader("Back-up maken")
st.caption("Eén bestand met alle projecten (ook scenario's), leesbaar als JSON. Bewaar het op "
           "een veilige plek; met *Terugzetten* hieronder of `impactkaart restore BESTAND` "
           "zet u het terug.")
stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
st.download_button(
    f"Back-up downloaden ({len(projects)} projecten)", data=lambda: backup_bytes(get_store()),
    file_name=f"impactkaart-backup-{stamp}.json", mime="application/json", on_click="ignore",
    icon=":material/download:", key="backup_download",
)

st.subheader("Back-up terugzetten")
st.caption("Alle huidige projecten worden vervangen door die uit de back-up. Het bestand wordt "
           "eerst helemaal gecontroleerd; de huidige inhoud wordt eerst als automatische "
           "back-up bewaard.")
upload = st.file_uploader("Back-upbestand (JSON)", type=["json"], key="herstel_upload")
if upload is None:
    st.stop()
if upload.file_id in ss.get(DONE, {}):
    count, kept = ss[DONE][upload.file_id]
    st.success(f"{count} projecten teruggezet uit **{md(upload.name)}**.")
    if kept is not None and kept.exists():
        st.caption(f"De vorige inhoud staat in {md(kept)}.")
        st.download_button("Vorige inhoud downloaden", data=kept.read_bytes(), file_name=kept.name,
                           mime="application/json", on_click="ignore", key="herstel_vorige",
                           icon=":material/download:")
    st.stop()
raw = upload.getvalue()
try:
    backup = check_backup(store, raw)
except BackupError as exc:
    lines = "\n".join(f"- {md(e)}" for e in exc.errors[:50])
    more = f"\n- … en nog {len(exc.errors) - 50}" if len(exc.errors) > 50 else ""
    st.error(f"**{md(upload.name)}** kan niet worden teruggezet; er is niets gewijzigd.\n\n"
             f"{lines}{more}", icon="⚠️")
    st.stop()

made = f", gemaakt op {md(backup.created_at.replace('T', ' '))}" if backup.created_at else ""
st.info(f"Geldige back-up{made}: {len(backup.projects)} projecten.")
st.dataframe(pd.DataFrame({"id": [i for i, _ in backup.projects],
                           "project": [p.name for _, p in backup.projects]}),
             hide_index=True)
confirmed = st.checkbox(
    f"Ik begrijp dat de {len(projects)} huidige projecten worden vervangen door de "
    f"{len(backup.projects)} uit de back-up.", key="herstel_bevestig")
st.button("Terugzetten", type="primary", disabled=not confirmed, key="herstel_terugzetten",
          on_click=do_restore, args=(raw, upload.file_id))
