"""Why A rather than B, on Assess and Explain: pick two conditions of the differential; the note is coloured for A
(blue) against B (red) and the words and findings that favour each are drawn as bars. Attributions of
log p(A) - log p(B) (``Explainer.contrast``), through the same job runner as the other explanations."""
from __future__ import annotations

import math

import streamlit as st

from medmodel import labels, plots
from medmodel.explain import CONTRAST_METHODS

from . import i18n, jobs, loaders, state
from .i18n import t
from .widgets import chart, level_toggle

RATE = 2e-5     # seconds per unit of work before one has been timed (as loaders.RATE["explain"])


def explain_contrast(case, a: str, b: str, method: str = "integrated_gradients", baseline: str = "pad",
                     n_steps: int = 50):
    """The contrast of the case's prediction, with progress and Cancel when slow; None when cancelled."""
    prediction, ex = loaders.predict(case), loaders.explainer()
    key = f"contrast:{state.case_key(case)}:{a}:{b}:{method}:{baseline}:{n_steps}"
    per = n_steps if method in ("integrated_gradients", "gradient_shap") else 8
    return jobs.run(key, lambda: ex.contrast(case, a, b, prediction, method=method, baseline=baseline,
                                             n_steps=n_steps),
                    t("contrast.working"), "explain", len(prediction.encoded.ids) * 2 * per, RATE)


def panel(case, prediction, key: str, method: str | None = None, baseline: str = "pad", n_steps: int = 50) -> None:
    """Two condition pickers, the note coloured for A against B, the evidence bars and the completeness check.
    ``method`` None offers a choice (Assess); Explain passes its own method when it can explain a difference."""
    kb, lang, ck = loaders.knowledge(), i18n.lang(), state.case_key(case)
    st.subheader(t("contrast.title"))
    st.caption(t("contrast.intro"))
    ids = [d.condition_id for d in prediction.differential]
    if len(ids) < 2:
        st.info(t("contrast.need_two"))
        return
    name = lambda cid: kb.conditions[cid].name.get(lang)  # noqa: E731
    c1, c2, c3, c4 = st.columns([2, 2, 2, 1.2], vertical_alignment="bottom")
    ka, kb_ = f"{key}_a_{ck}", f"{key}_b_{ck}"
    state.init(ka, ids[0])
    a = c1.selectbox(t("contrast.a"), ids, key=ka, format_func=name, placeholder=t("common.choose"))
    others = [x for x in ids if x != a]
    if st.session_state.get(kb_) not in others:
        st.session_state[kb_] = others[0]
    b = c2.selectbox(t("contrast.b"), others, key=kb_, format_func=name, placeholder=t("common.choose"))
    mk = i18n.lkey(f"{key}_method")
    state.init(mk, method if method in CONTRAST_METHODS else "integrated_gradients")
    chosen = c3.selectbox(t("contrast.method"), CONTRAST_METHODS, key=mk, format_func=i18n.each(labels.method),
                          placeholder=t("common.choose"))
    level = level_toggle(f"{key}_raw", c4)
    expl = explain_contrast(case, a, b, chosen, baseline, n_steps)
    if expl is None:
        return
    st.caption(t("contrast.legend", a=name(a), b=name(b)))
    st.html(plots.highlighted_note_html(expl, 0, lang, level=level))
    chart(plots.contrast_bars(expl, lang=lang, level=level, kb=kb), f"{key}_bars_{ck}")
    gap = float(expl.completeness_gap[0])
    change = float(expl.target_logprob[0] - expl.baseline_logprob[0])
    if math.isfinite(gap):
        st.caption(t("contrast.gap", a=name(a), b=name(b), total=f"{float(expl.attributions[0].sum()):+.3f}",
                     change=f"{change:+.3f}", gap=f"{gap:.1%}"))
    else:
        st.caption(t("contrast.not_complete"))
