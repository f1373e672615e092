"""Audit: the append-only trail of predictions, explanations, uploads, exports and sign-ins (reviewers and admins).

Long logs stay quick: the chain is verified once per session (and again on request), and the table shows one page
of rows at a time, filtered in SQLite; nothing loads every row on a rerun.
"""
import datetime as dt
import json
import math

import pandas as pd
import streamlit as st

from medmodel import labels
from medmodel.audit import EVENTS
from ui import auth, i18n, loaders
from ui.auth import escape_md
from ui.i18n import t

PAGE_ROWS = 100

auth.header("audit")
log = auth.audit_log()
lang = i18n.lang()

if st.button(t("security.verify"), help=t("security.verify_help"), icon=":material/verified:") \
        or "audit_verification" not in st.session_state:
    with st.spinner(t("security.verify_help")):
        st.session_state["audit_verification"] = log.verify()
v = st.session_state["audit_verification"]
if v.ok:
    st.success(t("audit.verified", rows=f"{v.rows:,}", head=v.head[:16]), icon=":material/verified:")
else:
    st.error(t("audit.failed", message=escape_md(v.message)), icon=":material/gpp_bad:")
if log.key_path.resolve().parent == log.path.resolve().parent:
    st.caption(t("security.key_beside"))

c1, c2, c3, c4 = st.columns(4)
users = c1.multiselect(t("audit.user"), log.users(), placeholder=t("common.choose"))
events = c2.multiselect(t("audit.event"), EVENTS, format_func=i18n.each(lambda e, lg: labels.text(f"event.{e}", lg)),
                        placeholder=t("common.choose"), key=i18n.lkey("audit_events"))
today = dt.datetime.now(dt.timezone.utc).date()
since = c3.date_input(t("audit.since"), value=today - dt.timedelta(days=30), format="YYYY-MM-DD")
until = c4.date_input(t("audit.until"), value=today, format="YYYY-MM-DD")
text = st.text_input(t("audit.search"))

filters = {"users": users, "events": events, "since": str(since), "until": str(until + dt.timedelta(days=1)),
           "text": text.strip() or None}
n = log.count(**filters)
pages = max(1, math.ceil(n / PAGE_ROWS))
page = st.number_input(t("security.page"), min_value=1, max_value=pages, value=1, step=1) if pages > 1 else 1
rows = log.rows(**filters, limit=PAGE_ROWS, offset=(int(page) - 1) * PAGE_ROWS, newest_first=True)
st.caption(t("audit.count", n=f"{n:,}", total=f"{log.count():,}") + " · " + t("security.pages", page=page, pages=pages))


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
                      for r in rows])
st.dataframe(table, hide_index=True, width="stretch", height=480)
st.download_button(t("audit.export"), file_name=f"medseq-audit-{today}.csv", mime="text/csv",
                   data=auth.export(lambda: log.export_csv(log.rows(**filters)), {"what": "audit trail", "rows": n},
                                    page="audit", with_bundle=False),
                   icon=":material/download:", on_click="ignore")
