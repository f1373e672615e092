"""MedSeq home page. The full clinician UI (Assess, Explain, Records, Model card, Gallery) is issue 5."""
import pandas as pd
import streamlit as st

import ui

st.set_page_config(page_title="MedSeq", page_icon="🩺", layout="wide")
st.title("MedSeq - local, explainable clinical decision support")
ui.disclaimer()
kb = ui.knowledge()
stats = kb.stats()
st.subheader("Clinical knowledge base")
cols = st.columns(4)
for col, key in zip(cols, ("conditions", "findings", "medications", "next_steps")):
    col.metric(key.replace("_", " ").capitalize(), stats[key])
table = pd.DataFrame([{"ICD-10": c.icd10, "Condition": c.name.en, "中文": c.name.zh, "Specialty": c.specialty,
                       "Usual triage": c.triage} for c in kb.conditions.values()])
st.dataframe(table, hide_index=True, use_container_width=True)
