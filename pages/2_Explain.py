"""Explain: the attribution studio (output token, method, baseline, steps; methods side by side)."""
import streamlit as st

import ui

ui.header("explain_title")
ui.require_bundle()
case = ui.current_case()
if case is None:
    st.info(ui.t("explain_empty"))
    st.stop()
prediction = ui.predict(case)
ui.show_explanation(case, prediction, key="explain")
