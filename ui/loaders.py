"""One home for cached loaders: the bundle, the predictor and explainer over it, the knowledge base, the gallery,
and the slow computations the pages ask for (attributions, faithfulness, the report), run through ``ui.jobs``.

Predictions are audited once per case per session (``predict``); gallery previews are not (``preview``):
opening a page of examples is not a clinical decision.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from medmodel import BundleError, Case, Predictor, labels, load_bundle, load_gallery, load_knowledge

from . import auth, i18n, jobs, state

ROOT = Path(__file__).resolve().parent.parent
# Seconds per unit of work before any run has been timed (2 loaded cores): refined by every job that finishes.
RATE = {"explain": 2e-5, "faithfulness": 4e-4, "report": 6e-4}


@st.cache_resource
def knowledge():
    return load_knowledge()


@st.cache_resource(show_spinner=False)
def bundle():
    return load_bundle()


@st.cache_resource
def predictor() -> Predictor:
    return Predictor(bundle())


def require_bundle():
    """The bundle, or a clear message and a stop when none can be loaded."""
    try:
        with st.spinner(i18n.t("app.loading_model")):
            return bundle()
    except BundleError as exc:
        st.error(i18n.t("app.no_model", error=str(exc)))
        st.stop()


@st.cache_resource
def explainer():
    """The attribution engine over the shared bundle (Captum is imported here, on first use)."""
    from medmodel import Explainer
    return Explainer(bundle(), predictor=predictor())


@st.cache_resource
def random_explainer():
    """The same explainer over a weight-randomised copy of the model (Adebayo et al. 2018 sanity check)."""
    from medmodel.explain import randomized
    return randomized(explainer(), seed=0)


@st.cache_data
def gallery():
    return load_gallery()


# ----------------------------------------------------------------------------------------- answer first
PRELOAD_KEY = "medseq_preload"
# Drawn off-screen and invisible: the browser fetches and starts the chart and table components while the
# clinician types, instead of after the first click (most of a fresh page's click-to-differential time; issue 16).
_PRELOAD_CSS = (f"<style>.st-key-{PRELOAD_KEY}{{position:absolute;left:0;top:0;width:640px;height:1px;"
                "overflow:hidden;visibility:hidden;pointer-events:none}</style>")


def preload() -> None:
    """Call on a page that waits for input: the components the answer uses load in the browser now, and the server
    builds the model's lazily built indexes (finding reader, explainer) in the background, once per process."""
    import plotly.graph_objects as go
    _warm_up()
    with st.container(key=PRELOAD_KEY):
        st.html(_PRELOAD_CSS)
        blank = go.Figure(layout={"xaxis": {"visible": False}, "yaxis": {"visible": False}})   # no ticks to find
        st.plotly_chart(blank, key=f"{PRELOAD_KEY}_chart", config={"displayModeBar": False})
        st.dataframe(pd.DataFrame({"-": [""]}), hide_index=True)


@st.cache_resource(show_spinner=False)
def _warm_up():
    """One prediction and one short explanation per language on a background thread, so the first clinician's
    submit does not pay for building the reader's indexes. The resources are fetched here, in the script thread."""
    import threading
    p, ex = predictor(), explainer()

    def work() -> None:
        for text in ("fever and a cough for three days, no rash", "发烧咳嗽三天，没有皮疹"):
            case = Case(text, 30, "F")
            ex.explain(case, p.predict(case), n_steps=2)

    thread = threading.Thread(target=work, name="medseq-warm-up", daemon=True)
    thread.start()
    return thread


@st.cache_data(max_entries=256, show_spinner=False)
def _predict(**case: object):
    return predictor().predict(state.case_from_dict(case))


def preview(case: Case):
    """A cached prediction with no audit row (gallery cards)."""
    return _predict(**state.case_to_dict(case))


def predict(case: Case):
    """Cached per case; raises InputError for an unusable note. Audited once per case per session."""
    from medmodel.audit import prediction_outputs
    prediction = preview(case)
    auth.audit("prediction", prediction_outputs(prediction), case, once=("prediction", state.case_key(case)))
    return prediction


# ----------------------------------------------------------------------------------------- slow work
def _explain_units(prediction, method: str, n_steps: int) -> float:
    """Work of one explanation: input tokens x output rows (x steps for the integrating methods)."""
    rows = len(prediction.output_tokens) + len(prediction.differential)
    per = n_steps if method in ("integrated_gradients", "gradient_shap") else 8
    return len(prediction.encoded.ids) * rows * per


def explain(case: Case, method: str = "integrated_gradients", baseline: str = "pad", n_steps: int = 50):
    """The explanation of the case's prediction, with progress and Cancel when slow; None when cancelled.
    Audited once per case and settings per session."""
    prediction, ex = predict(case), explainer()        # cached resources are fetched here, never in the job's thread
    key = f"explain:{state.case_key(case)}:{method}:{baseline}:{n_steps}"
    expl = jobs.run(key, lambda: ex.explain(case, prediction, method=method, baseline=baseline, n_steps=n_steps),
                    i18n.t("explain.working"), "explain", _explain_units(prediction, method, n_steps), RATE["explain"])
    if expl is not None:
        auth.audit("explanation", {"method": method, "baseline": baseline, "n_steps": n_steps,
                                   "outputs": list(expl.output_tokens)}, case,
                   once=("explanation", state.case_key(case), method, baseline, n_steps))
    return expl


def _faithfulness(case: Case, prediction, expl, ex, rex) -> dict[str, list[float]]:
    """Per output row: ERASER comprehensiveness / sufficiency (and the same for random tokens), and the rank
    correlation with the randomised model's (``rex``) attributions (near 0 is what a faithful method should show)."""
    from medmodel.explain import eraser, rank_correlation
    out = {k: v.tolist() for k, v in eraser(ex, expl, prediction).items()}
    params = expl.params
    rand = rex.explain(case, prediction, method=expl.method, baseline=params.get("baseline", "pad"),
                       n_steps=int(params.get("n_steps", 50)))
    sep = [i for i, tok in enumerate(prediction.encoded.ids) if tok == ex.bundle.tokenizer.sep_id]
    out["randomisation_rank_corr"] = [rank_correlation(expl.attributions[r:r + 1], rand.attributions[r:r + 1], sep)
                                      for r in range(len(expl.output_tokens))]
    return out


def faithfulness(case: Case, expl) -> dict[str, list[float]] | None:
    prediction = predict(case)
    params = expl.params
    key = f"faith:{state.case_key(case)}:{expl.method}:{params.get('baseline')}:{params.get('n_steps')}"
    steps = int(params.get("n_steps", 50))
    units = _explain_units(prediction, expl.method, steps) / 50 + len(prediction.encoded.ids) * 12
    ex, rex = explainer(), random_explainer()
    return jobs.run(key, lambda: _faithfulness(case, prediction, expl, ex, rex), i18n.t("explain.working"),
                    "faithfulness", units, RATE["faithfulness"])


def report(case: Case, lang: str) -> bytes | None:
    """The HTML report in ``lang``, built in the background with progress; None when cancelled."""
    from medmodel import build_report
    prediction = predict(case)
    expl = explain(case, "integrated_gradients", "pad", 50)
    if expl is None:
        return None
    quality = faithfulness(case, expl)
    if quality is None:
        return None
    key = f"report:{state.case_key(case)}:{lang}"
    kb, sha = knowledge(), bundle().sha256
    html = jobs.run(key, lambda: build_report(prediction, kb, lang, [expl], sha, quality=[quality]).encode("utf-8"),
                    i18n.t("report.preparing"), "report", len(prediction.encoded.ids) * 10, RATE["report"])
    if html is not None:
        jobs.runner().forget(key)     # a report is megabytes (plotly.js inside): the session keeps it, not the server
    return html


# ----------------------------------------------------------------------------------------- tables
SAMPLE_COLUMNS = {"en": ("id", "note", "age", "sex", "flags"), "zh": ("编号", "病历", "年龄", "性别", "其他情况")}


def sample_records(lang: str = "en") -> pd.DataFrame:
    """A small table built from the gallery, to try the Records page without a file: columns named and flags
    written as a person working in ``lang`` would write them."""
    cols = SAMPLE_COLUMNS["zh" if lang == "zh" else "en"]
    return pd.DataFrame([dict(zip(cols, (g.id, g.case.text, g.case.age, g.case.sex or "",
                                         "; ".join(labels.flag(f, lang) for f in sorted(g.case.flags)))))
                         for g in gallery()])


@st.cache_data(show_spinner=False)
def real_note_metrics() -> dict | None:
    """Top-k on the labelled real and hand-written notes shipped in assets/eval/ (never trained on), when
    metrics.json does not carry them: the figures a clinician should read first."""
    from medmodel.evaluate import evaluate_labelled
    files = sorted((ROOT / "assets" / "eval").glob("*.csv"))
    real = [f for f in files if f.name.startswith("real")] or files
    frames = []
    for f in real:
        df = pd.read_csv(f, dtype=str, keep_default_na=False)
        label = next((c for c in ("dx", "expected", "label") if c in df.columns), None)
        if label and "text" in df.columns:
            df = df.rename(columns={label: "label"})
            frames.append(df[[c for c in ("text", "label", "age", "sex") if c in df.columns]])
    if not frames:
        return None
    df = pd.concat(frames, ignore_index=True)
    out = evaluate_labelled(bundle(), df, "text", "label", "age" if "age" in df else None,
                            "sex" if "sex" in df else None)
    return {"n": out["n"], "top1": out["top1"], "top3": out["top3"], "top5": out["top5"],
            "source": ", ".join(f.name for f in real)}
