"""Explain: the attribution studio. One output token, one method, baseline and steps; methods side by side."""
import pandas as pd
import streamlit as st

import ui
from medmodel import BASELINES, METHODS, InputError, plots, rank_agreement

ui.header("explain_title")
ui.require_bundle()
lang = ui.lang()
case = ui.current_case()
if case is None:
    st.info(ui.t("explain_empty"))
    st.stop()
try:
    prediction = ui.predict(case)
except InputError as exc:
    st.error(ui.t("cannot_assess", error=exc))
    st.stop()

st.caption(ui.case_summary(case))
ui.show_warnings(prediction)

# --- one method, in detail -----------------------------------------------------------------------------
c1, c2, c3, c4 = st.columns([2, 2, 2, 1])
method = c1.selectbox(ui.t("method"), list(METHODS), format_func=ui.method_label, key="x_method")
baseline = c2.selectbox(ui.t("baseline"), list(BASELINES), key="x_baseline", help=ui.t("baseline_help"))
steps = c4.number_input(ui.t("steps"), min_value=1, max_value=300, value=50, step=10, key="x_steps",
                        help=ui.t("steps_help"))
with st.spinner(ui.t("explaining")):
    expl = ui.explain(case, method, baseline, int(steps))
labels = expl.labels(lang)
row = c3.selectbox(ui.t("output_token"), range(len(labels)), format_func=labels.__getitem__, key=f"x_row_{lang}")
st.caption(BASELINES[baseline])
if not expl.is_attribution:
    st.warning(ui.t("attention_label"), icon=":material/visibility:")
st.plotly_chart(plots.heatmap(expl, lang), key="x_heatmap", config={"displaylogo": False})
left, right = st.columns([1, 1], gap="large")
with left:
    st.caption(ui.t("highlight"))
    st.html(plots.highlighted_note_html(expl, row, lang))   # every token escaped by plots
with right:
    st.markdown(f"**{ui.t('quality')}**")
    ui.show_quality(expl, row, case)
if expl.differential_attributions is not None and len(expl.differential):
    entry = st.selectbox(ui.t("evidence_for"), range(len(expl.differential)), key=f"x_entry_{lang}",
                         format_func=lambda i: expl.differential_labels.get(lang, expl.differential)[i])
    st.plotly_chart(plots.evidence_bars(expl, entry, lang=lang), key="x_evidence", config={"displaylogo": False})

# --- methods side by side ----------------------------------------------------------------------------
st.divider()
st.subheader(ui.t("compare_methods"))
chosen = st.multiselect(ui.t("method"), list(METHODS), format_func=ui.method_label, key="x_compare",
                        default=["integrated_gradients", "saliency", "occlusion", "attention"])
if len(chosen) >= 2:
    with st.spinner(ui.t("explaining")):
        many = [ui.explain(case, m, baseline, int(steps)) for m in chosen]
    st.plotly_chart(plots.method_comparison(many, row, lang), key="x_comparison", config={"displaylogo": False})
    names, matrix = rank_agreement(many, row)
    st.markdown(f"**{ui.t('rank_agreement')}**")
    shown = [ui.method_label(n) for n in names]
    st.dataframe(pd.DataFrame(matrix, index=shown, columns=shown).round(2), width="stretch")
    cols = st.columns(2)
    for i, e in enumerate(many):
        with cols[i % 2]:
            with st.container(border=True):
                if not e.is_attribution:
                    st.warning(ui.t("attention_label"), icon=":material/visibility:")
                st.plotly_chart(plots.heatmap(e, lang), key=f"x_cmp_{e.method}", config={"displaylogo": False})
                ui.show_quality(e, row, case)
else:
    st.caption(ui.t("pick_two"))
