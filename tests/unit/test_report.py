"""The offline HTML report: self-contained, escaped, complete."""
from __future__ import annotations

import re

import pytest
from plotly.offline import get_plotlyjs

from medmodel import Case, Explainer, Predictor
from medmodel.report import build_report, differential_figure

XSS = "Cough and fever <img src=x onerror=alert(1)> <script>alert(1)</script> \" ' & no chest pain"


@pytest.fixture(scope="module")
def predictor(tiny_bundle):
    return Predictor(tiny_bundle)


def test_report_is_self_contained_and_escapes_every_user_token(predictor, tiny_bundle):
    case = Case(XSS, 40, "F", frozenset({"pregnant"}))
    prediction = predictor.predict(case)
    expl = Explainer(tiny_bundle, predictor).explain(case, prediction)
    quality = {"comprehensiveness": [0.5] * len(expl.output_tokens)}
    page = build_report(prediction, tiny_bundle.kb, "en", [expl], "abc123", quality=[quality])
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "not a diagnosis" in page
    assert "<img src=x" not in page and "<script>alert(1)</script>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"<script[^>]+src=", page), "no external scripts"
    assert not re.search(r"<link[^>]+href=", page), "no external stylesheets"
    assert "Plotly.newPlot" in page and len(page) > 1_000_000      # plotly.js embedded inline, once
    assert page.count(get_plotlyjs()[:500]) == 1
    for d in prediction.differential:
        assert d.icd10 in page
    assert "Attributions: integrated_gradients" in page and "baseline=pad" in page
    assert page.count("Plotly.newPlot") == 2                                       # differential + heatmap
    assert "<th>completeness_gap</th>" in page and "<th>comprehensiveness</th>" in page and "<td>0.500</td>" in page
    for label in expl.labels("en"):
        assert label.split(": ", 1)[1].replace("'", "&#x27;") in page                  # every quality row named


def test_report_in_chinese_uses_kb_names(predictor, tiny_bundle):
    prediction = predictor.predict(Case("发烧，咳嗽", 30, "M"))
    page = build_report(prediction, tiny_bundle.kb, "zh")
    assert "<html lang='zh'>" in page and "不是诊断" in page
    assert prediction.differential[0].name_zh in page


def test_differential_figure_escapes_labels_and_orders_most_likely_on_top(predictor):
    fig = differential_figure(predictor.predict(Case("fever <b>and</b> cough")), "en")
    y = list(fig.data[0].y)
    x = list(fig.data[0].x)
    assert x == sorted(x)                       # plotly draws bottom-up: most likely last = on top
    assert all("<" not in label for label in y)
