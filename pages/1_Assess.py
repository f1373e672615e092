"""Assess: the note and patient context in; differential, triage, treatment, attributions and what-if out."""
import streamlit as st

import ui
from medmodel import MAX_NOTE_CHARS, Case, InputError, compare, edit_note, mention_state

ui.header("assess_title")
bundle = ui.require_bundle()
lang = ui.lang()

# --- examples, one click away -------------------------------------------------------------
st.caption(ui.t("examples"))
examples = ui.gallery()
for col, g in zip(st.columns(len(examples)), examples):
    col.button(g.title.get(lang), key=f"example_{g.id}", on_click=ui.set_case, args=(g.case,), width="stretch")

# --- the form ----------------------------------------------------------------------------------
case = ui.current_case()
v = st.session_state.get("form_version", 0)
with st.form("case_form"):
    text = st.text_area(ui.t("note"), value=case.text if case else "", height=140, max_chars=MAX_NOTE_CHARS,
                        help=ui.t("note_help"), key=f"note_{v}")
    c1, c2, c3 = st.columns([1, 1, 1])
    age = c1.number_input(ui.t("age"), min_value=0, max_value=120, step=1, value=case.age if case else None,
                          key=f"age_{v}")
    sex = c2.radio(ui.t("sex"), [None, "F", "M"], index=[None, "F", "M"].index(case.sex if case else None),
                   format_func=lambda s: ui.t(s) if s else ui.t("unknown"), horizontal=True, key=f"sex_{v}")
    pregnant = c3.checkbox(ui.t("pregnant"), value=bool(case and "pregnant" in case.flags), key=f"pregnant_{v}")
    c4, c5 = st.columns(2)
    allergies = c4.multiselect(ui.t("allergies"), ui.ALLERGY_FLAGS, format_func=ui.flag_label, key=f"allergies_{v}", placeholder=ui.t("choose"),
                               default=[f for f in ui.ALLERGY_FLAGS if case and f in case.flags])
    others = c5.multiselect(ui.t("other_flags"), ui.OTHER_FLAGS, format_func=ui.flag_label, key=f"others_{v}", placeholder=ui.t("choose"),
                            default=[f for f in ui.OTHER_FLAGS if case and f in case.flags])
    submitted = st.form_submit_button(ui.t("assess"), type="primary")

if submitted:
    try:
        flags = set(allergies) | set(others) | ({"pregnant"} if pregnant else set())
        new = Case(text, int(age) if age is not None else None, sex, frozenset(flags))
    except ValueError as exc:
        st.error(ui.t("bad_case", error=exc))
        st.stop()
    st.session_state["case"] = {"text": new.text, "age": new.age, "sex": new.sex, "flags": sorted(new.flags)}
    case = new

if case is None or not case.text.strip():
    st.info(ui.t("empty_note"))
    st.stop()

try:
    with st.spinner(ui.t("working")):
        prediction = ui.predict(case)
except InputError as exc:
    st.error(ui.t("cannot_assess", error=exc))
    st.stop()

# --- the answer ----------------------------------------------------------------------------
st.caption(ui.case_summary(case))
ui.triage_banner(prediction)
ui.show_warnings(prediction)
left, right = st.columns([1, 1.25], gap="large")
with left:
    ui.show_differential(prediction)
    ui.show_treatment(prediction)
    ui.show_findings(prediction)
with right:
    explanation = ui.show_explanation(case, prediction, key="assess")
ui.show_heatmap(explanation, key="assess")
ui.report_button(case, prediction)

# --- what if ----------------------------------------------------------------------------------
st.divider()
st.subheader(ui.t("whatif"))
st.caption(ui.t("whatif_help"))
k = ui.case_key(case)
kb = ui.knowledge()
changes = {}
cols = st.columns(3)
for i, m in enumerate(prediction.findings):
    label = ui.escape_md(f"{kb.findings[m.finding].name.get(lang)} (“{m.phrase}”)")
    state = cols[i % 3].segmented_control(label, ui.FINDING_STATES, default=mention_state(m), format_func=ui.t,
                                          key=f"wi_{k}_{m.finding}")
    changes[m.finding] = state or mention_state(m)
c1, c2, c3 = st.columns(3)
wi_age = c1.number_input(ui.t("age"), 0, 120, value=case.age, step=1, key=f"wi_{k}_age")
wi_sex = c2.radio(ui.t("sex"), [None, "F", "M"], index=[None, "F", "M"].index(case.sex), horizontal=True,
                  format_func=lambda s: ui.t(s) if s else ui.t("unknown"), key=f"wi_{k}_sex")
wi_flags = c3.multiselect(ui.t("other_flags"), ["pregnant", *ui.ALLERGY_FLAGS, *ui.OTHER_FLAGS], default=sorted(case.flags),
                          format_func=ui.flag_label, key=f"wi_{k}_flags", placeholder=ui.t("choose"))
try:
    after_case = Case(edit_note(case.text, prediction.findings, changes, kb),
                      int(wi_age) if wi_age is not None else None, wi_sex, frozenset(wi_flags))
except ValueError as exc:
    st.error(ui.t("bad_case", error=exc))
    st.stop()
if after_case == case:
    st.caption(ui.t("whatif_same"))
else:
    try:
        after = ui.predict(after_case)
    except InputError as exc:
        st.error(ui.t("cannot_assess", error=exc))
        st.stop()
    st.markdown(ui.t("leading_now", before=ui.escape_md(prediction.leading.name(lang)),
                     after=ui.escape_md(after.leading.name(lang)),
                     tb=ui.t("triage_" + prediction.triage).split(" ")[0], ta=ui.t("triage_" + after.triage).split(" ")[0]))
    ui.show_comparison(compare(prediction, after, lang))
    with st.expander(ui.t("whatif_note")):
        st.text(after_case.text)
