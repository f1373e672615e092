"""Figures of issue 17: why A rather than B bars, the answers' history and the consultation curve; words from the
catalogue in both languages, user text escaped."""
import numpy as np

from medmodel import plots
from medmodel.case import Case
from medmodel.explain import Explainer


def test_contrast_bars_favour_a_on_top_and_b_below(tiny_bundle):
    ex = Explainer(tiny_bundle)
    case = Case("headache and fever <b>bold</b>, no neck stiffness", 30, "F")
    pred = ex.predictor.predict(case)
    a, b = pred.differential[0].condition_id, pred.differential[1].condition_id
    e = ex.contrast(case, a, b, pred, n_steps=16)
    for lang in ("en", "zh"):
        fig = plots.contrast_bars(e, lang=lang, kb=tiny_bundle.kb).to_plotly_json()
        favour_a, favour_b = fig["data"]
        assert all(x > 0 for x in favour_a["x"]) and all(x < 0 for x in favour_b["x"])
        names = tiny_bundle.kb.conditions
        assert names[a].name.get(lang) in favour_a["name"] and names[b].name.get(lang) in favour_b["name"]
        assert ("rather than" in fig["layout"]["title"]["text"]) == (lang == "en")
        assert "<b>" not in " ".join(map(str, favour_a["y"] + favour_b["y"]))
    html = plots.highlighted_note_html(e, 0, "en")
    assert "&lt;b&gt;" in html and "<b>bold" not in html


def test_history_figure_draws_each_condition_that_led(kb):
    steps = [{"label": "Opening note", "differential": {"migraine": 0.5, "meningitis": 0.3}},
             {"label": "1. Any neck stiffness?", "differential": {"meningitis": 0.7, "migraine": 0.2}},
             {"label": "2. <script>", "differential": {"meningitis": 0.9}}]
    fig = plots.ask_history_figure(steps, "zh", kb).to_plotly_json()
    assert [t["name"] for t in fig["data"]] == [kb.conditions["migraine"].name.zh, kb.conditions["meningitis"].name.zh]
    assert list(fig["data"][0]["y"]) == [0.5, 0.2, None]
    assert list(fig["layout"]["xaxis"]["ticktext"]) == ["初始", "1", "2"]
    assert all("<script>" not in str(c) for t in fig["data"] for c in t["customdata"])


def test_curve_figure_has_both_arms():
    r = {"top1_by_questions": [0.4, 0.5, 0.55, 0.6], "random_top1_by_questions": [0.4, 0.42, 0.44, 0.45]}
    fig = plots.ask_curve_figure(r, "en").to_plotly_json()
    assert [t["name"] for t in fig["data"]] == ["Random questions", "Ranked questions"]
    assert np.allclose(fig["data"][1]["y"], r["top1_by_questions"])
