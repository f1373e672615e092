"""Audit: the append-only trail of predictions, explanations, uploads, exports and sign-ins (reviewers and admins)."""
import datetime as dt
import json

import pandas as pd
import streamlit as st

import ui
from medmodel.audit import EVENTS

ui.header("audit_title")
log = ui.audit_log()

v = log.verify()
if v.ok:
    st.success(f"Chain verified: {v.message}. Head `{v.head[:16]}…` (keep it elsewhere to detect removal from the end).",
               icon=":material/verified:")
else:
    st.error(f"The audit log fails verification: {v.message}. Preserve the file and investigate.", icon=":material/gpp_bad:")

everything = log.rows()
c1, c2, c3, c4 = st.columns(4)
users = c1.multiselect("User", sorted({r["user"] for r in everything}))
events = c2.multiselect("Event", EVENTS)
today = dt.datetime.now(dt.timezone.utc).date()
since = c3.date_input("From (UTC)", value=today - dt.timedelta(days=30))
until = c4.date_input("To (UTC, inclusive)", value=today)
text = st.text_input("Search outputs and redacted notes")

rows = [r for r in everything
        if (not users or r["user"] in users) and (not events or r["event"] in events)
        and str(since) <= r["time"][:10] <= str(until)
        and (not text or text.lower() in (r["outputs"] + (r["note"] or "")).lower())]
st.caption(f"{len(rows)} of {len(everything)} rows. Notes are stored PHI-redacted (or not at all); inputs only as a keyed hash.")


def _summary(outputs: str) -> str:
    o = json.loads(outputs or "{}")
    if "differential" in o:
        lead = o["differential"][0] if o["differential"] else ["-", 0]
        return f"{lead[0]} {lead[1]:.0%} · {o.get('triage', '')}"
    return ", ".join(f"{k}={v}" for k, v in o.items())[:120]


table = pd.DataFrame([{"id": r["id"], "time (UTC)": r["time"][:19].replace("T", " "), "user": r["user"],
                       "event": r["event"], "summary": _summary(r["outputs"]), "note (redacted)": r["note"] or "",
                       "model": r["bundle_sha256"][:12], "input hash": r["input_hmac"][:12]} for r in reversed(rows)])
st.dataframe(table, hide_index=True, width="stretch", height=480)
st.download_button("Export CSV", log.export_csv(rows), f"medseq-audit-{today}.csv", "text/csv",
                   icon=":material/download:", on_click=ui.audit,
                   args=("export", {"what": "audit trail", "rows": len(rows)}))
