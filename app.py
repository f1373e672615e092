"""MedSeq: the entry point. Page frame and navigation only; each page lives in pages/."""
from pathlib import Path

import streamlit as st

import ui

st.set_page_config(page_title="MedSeq", page_icon=str(Path(__file__).parent / "assets" / "favicon.png"), layout="wide")
ui.language_switch()
pages = [
    st.Page("pages/1_Assess.py", title=ui.t("page_assess"), icon=":material/stethoscope:", default=True),
    st.Page("pages/2_Explain.py", title=ui.t("page_explain"), icon=":material/search:"),
    st.Page("pages/3_Records.py", title=ui.t("page_records"), icon=":material/description:"),
    st.Page("pages/4_Model_card.py", title=ui.t("page_card"), icon=":material/analytics:"),
    st.Page("pages/5_Gallery.py", title=ui.t("page_gallery"), icon=":material/photo_library:"),
    st.Page("pages/6_Audit.py", title=ui.t("page_audit"), icon=":material/policy:"),
    st.Page("pages/7_Users.py", title=ui.t("page_users"), icon=":material/manage_accounts:"),
]
st.navigation(ui.allowed_pages(pages)).run()
