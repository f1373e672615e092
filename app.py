"""MedSeq: the entry point. Page frame and navigation only; each page lives in pages/, shared UI in ui/."""
from pathlib import Path

import streamlit as st

from ui import auth, i18n

st.set_page_config(page_title="MedSeq", page_icon=str(Path(__file__).parent / "assets" / "favicon.png"), layout="wide")
i18n.language_switch()
pages = {
    "assess": st.Page("pages/1_Assess.py", title=i18n.t("page.assess"), icon=":material/stethoscope:", default=True),
    "explain": st.Page("pages/2_Explain.py", title=i18n.t("page.explain"), icon=":material/search:"),
    "records": st.Page("pages/3_Records.py", title=i18n.t("page.records"), icon=":material/description:"),
    "model_card": st.Page("pages/4_Model_card.py", title=i18n.t("page.card"), icon=":material/analytics:"),
    "gallery": st.Page("pages/5_Gallery.py", title=i18n.t("page.gallery"), icon=":material/photo_library:"),
    "audit": st.Page("pages/6_Audit.py", title=i18n.t("page.audit"), icon=":material/policy:"),
    "users": st.Page("pages/7_Users.py", title=i18n.t("page.users"), icon=":material/manage_accounts:"),
}
st.navigation(auth.allowed_pages(pages)).run()
