"""Audit: the append-only trail of predictions, explanations, uploads, exports and sign-ins (reviewers and admins)."""
import datetime as dt
import json

import pandas as pd
import streamlit as st

from medmodel import labels
from medmodel.audit import EVENTS
from ui import auth, i18n, loaders
from ui.i18n import t

auth.header("audit")
log = auth.audit_log()
lang = i18n.lang()

v = log.verify()
if v.ok:
    st.success(t("audit.verified", rows=f"{v.rows:,}", head=v.head[:16]), icon=":material/verified:")
else:
    st.error(t("audit.failed", message=v.message), icon=":material/gpp_bad:")

everything = log.rows()
c1, c2, c3, c4 = st.columns(4)
users = c1.multiselect(t("audit.user"), sorted({r["user"] for r in everything}), placeholder=t("common.choose"))
events = c2.multiselect(t("audit.event"), EVENTS, format_func=i18n.each(lambda e, lg: labels.text(f"event.{e}", lg)),
                        placeholder=t("common.choose"), key=i18n.lkey("audit_events"))
today = dt.datetime.now(dt.timezone.utc).date()
since = c3.date_input(t("audit.since"), value=today - dt.timedelta(days=30), format="YYYY-MM-DD")
until = c4.date_input(t("audit.until"), value=today, format="YYYY-MM-DD")
text = st.text_input(t("audit.search"))

rows = [r for r in everything
        if (not users or r["user"] in users) and (not events or r["event"] in events)
        and str(since) <= r["time"][:10] <= str(until)
        and (not text or text.lower() in (r["outputs"] + (r["note"] or "")).lower())]
st.caption(t("audit.count", n=len(rows), total=len(everything)))


def _summary(event: str, outputs: str) -> str:
    """One line in the reader's language for what the row recorded."""
    o = json.loads(outputs or "{}")
    kb = loaders.knowledge()
    if "differential" in o:
        cid, p = (o["differential"][0] if o["differential"] else ["—", 0])
        name = kb.conditions[cid].name.get(lang) if cid in kb.conditions else cid
        return f"{name} {labels.percent(p)} · {i18n.triage(o['triage']) if o.get('triage') else ''}"
    if event == "explanation":
        return " · ".join((i18n.method(o.get("method", "")), i18n.baseline(str(o.get("baseline", ""))),
                           str(o.get("n_steps", ""))))
    if event in ("sign_in", "users") and o.get("role"):
        return " · ".join(str(x) for x in (o.get("action"), o.get("name"), i18n.role(o["role"])) if x)
    return ", ".join(f"{k}={v}" for k, v in o.items())[:120]


table = pd.DataFrame([{t("audit.col_id"): r["id"], t("audit.col_time"): r["time"][:19].replace("T", " "),
                       t("audit.user"): r["user"], t("audit.event"): t(f"event.{r['event']}"),
                       t("audit.col_summary"): _summary(r["event"], r["outputs"]), t("audit.col_note"): r["note"] or "",
                       t("audit.col_model"): r["bundle_sha256"][:12], t("audit.col_hash"): r["input_hmac"][:12]}
                      for r in reversed(rows)])
st.dataframe(table, hide_index=True, width="stretch", height=480)
st.download_button(t("audit.export"), log.export_csv(rows), f"medseq-audit-{today}.csv", "text/csv",
                   icon=":material/download:", on_click=auth.audit,
                   args=("export", {"what": "audit trail", "rows": len(rows)}))
