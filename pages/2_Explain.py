"""Explain: the attribution studio. One output, one method, baseline and steps; then methods side by side."""
import pandas as pd
import streamlit as st

from medmodel import BASELINES, METHODS, InputError, labels, plots, rank_agreement
from ui import ask, auth, i18n, loaders, state, widgets
from ui.i18n import t

auth.header("explain")
loaders.require_bundle()
lang = i18n.lang()
case = state.current_case()
if case is None:
    st.info(t("explain.empty"))
    st.stop()
try:
    prediction = loaders.predict(case)
except InputError as exc:
    st.error(t("error.cannot_assess", error=auth.escape_md(i18n.error(exc))))
    st.stop()
ck = state.case_key(case)
st.caption(widgets.case_summary(prediction.case_used or case))
widgets.scope_banner(prediction)
widgets.show_warnings(prediction)

# --- one method, in detail -------------------------------------------------------------------------------------
c1, c2, c3, c4 = st.columns([2, 2, 1, 1.3], vertical_alignment="bottom")
for key, default in (("x_method", "integrated_gradients"), ("x_baseline", "pad")):
    state.init(i18n.lkey(key), default)
CHOOSE = t("common.choose")
method = c1.selectbox(t("explain.method"), list(METHODS), format_func=i18n.each(labels.method),
                      key=i18n.lkey("x_method"), placeholder=CHOOSE)
baseline = c2.selectbox(t("explain.baseline"), list(BASELINES), format_func=i18n.each(labels.baseline),
                        key=i18n.lkey("x_baseline"), placeholder=CHOOSE,
                        help=labels.baseline_help(st.session_state.get(i18n.lkey("x_baseline"), "pad"), lang))
steps = c3.number_input(t("explain.steps"), min_value=1, max_value=300, value=50, step=10, key="x_steps",
                        help=t("explain.steps_help"))
level = widgets.level_toggle("x_raw", c4)
expl = loaders.explain(case, method, baseline, int(steps))
if expl is None:
    st.stop()
row = widgets.output_picker(expl, f"x_row_{ck}")
st.caption(labels.baseline_help(baseline, lang))
if not expl.is_attribution:
    st.warning(t("explain.attention_label"), icon=":material/visibility:")
widgets.show_note(expl, row, level)
widgets.show_heatmap(expl, "x_heatmap", level)
if expl.is_attribution:
    widgets.show_evidence(expl, f"x_{ck}", level)
st.markdown(f"**{t('explain.quality')}**")
widgets.show_quality(expl, row, case)
ask.explain_panels(case, prediction, expl, row, level, method, baseline, int(steps))

# --- methods side by side ------------------------------------------------------------------------------------------
st.divider()
st.subheader(t("explain.compare_methods"))
state.init(i18n.lkey("x_compare"), ["integrated_gradients", "saliency", "occlusion", "attention"])
chosen = st.multiselect(t("explain.method"), list(METHODS), format_func=i18n.each(labels.method),
                        key=i18n.lkey("x_compare"), placeholder=CHOOSE)
if len(chosen) < 2:
    st.caption(t("explain.pick_two"))
    st.stop()
many = [loaders.explain(case, m, baseline, int(steps)) for m in chosen]
if any(e is None for e in many):
    st.stop()
widgets.chart(plots.method_comparison(many, row, lang, level, loaders.knowledge()), "x_comparison")
names, matrix = rank_agreement(many, row)
st.markdown(f"**{t('explain.rank_agreement')}**")
shown = [i18n.method(n) for n in names]
st.table(pd.DataFrame([[f"{x:+.2f}" if x == x else "—" for x in r] for r in matrix], index=shown, columns=shown))
for tab, e in zip(st.tabs(shown), many):
    with tab:
        if not e.is_attribution:
            st.warning(t("explain.attention_label"), icon=":material/visibility:")
        widgets.show_heatmap(e, f"x_cmp_{e.method}", level)
        widgets.show_quality(e, row, case)
