"""Assess: the note and patient context in; triage, differential, treatment, attributions and what-if out."""
import streamlit as st

from medmodel import InputError
from ui import ask, auth, i18n, loaders, state, widgets
from ui.i18n import t

auth.header("assess")
loaders.require_bundle()
lang = i18n.lang()

# --- examples, one click away, and a clean slate --------------------------------------------------------
st.caption(t("assess.examples"))
with st.container(horizontal=True, gap="small"):
    for g in loaders.gallery():
        st.button(g.title.get(lang), key=f"example_{g.id}", on_click=state.set_case, args=(g.case,))
    st.space("stretch")
    st.button(t("assess.new_patient"), key="new_patient", on_click=state.new_patient, help=t("assess.new_patient_help"),
              icon=":material/person_add:")

# --- the form -------------------------------------------------------------------------------------------------
case = state.current_case()
submitted = widgets.case_form(case)
if submitted is not None:
    state.assess(submitted, case)                  # outputs are keyed by case: nothing stale stays
    case = state.current_case()
if case is None or not case.text.strip():
    st.info(t("assess.empty_note"))
    loaders.preload()            # the answer's components load while the clinician types
    st.stop()
try:
    with st.spinner(t("assess.working")):
        prediction = loaders.predict(case)
except InputError as exc:
    st.error(t("error.cannot_assess", error=auth.escape_md(i18n.error(exc))))
    st.stop()

# --- the answer -------------------------------------------------------------------------------------------------
st.caption(widgets.case_summary(prediction.case_used or case))
widgets.context_chips(case, prediction)
widgets.show_conflicts(prediction)
if not widgets.confirmed(case, prediction):
    st.stop()
widgets.scope_banner(prediction)
widgets.triage_banner(prediction)
widgets.show_warnings(prediction)
widgets.show_differential(prediction)
left, right = st.columns(2, gap="large")
with left:
    widgets.show_treatment(prediction)
with right:
    widgets.show_findings(prediction)
st.divider()
widgets.explanation_panel(case, prediction, key="assess")
widgets.report_section(case, prediction)
st.divider()
widgets.whatif(case, prediction)
ask.assess_panels(case, prediction)
