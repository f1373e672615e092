"""MedSeq: the entry point. Page frame and navigation only; each page lives in pages/."""
import streamlit as st

import ui

st.set_page_config(page_title="MedSeq", page_icon="🩺", layout="wide")
ui.language_switch()
pages = [
    st.Page("pages/1_Assess.py", title=ui.t("page_assess"), icon="🩺", default=True),
    st.Page("pages/2_Explain.py", title=ui.t("page_explain"), icon="🔍"),
    st.Page("pages/3_Records.py", title=ui.t("page_records"), icon="📄"),
    st.Page("pages/4_Model_card.py", title=ui.t("page_card"), icon="📊"),
    st.Page("pages/5_Gallery.py", title=ui.t("page_gallery"), icon="🖼️"),
]
st.navigation(pages).run()
