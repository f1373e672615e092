"""The offline HTML report: self-contained, escaped, complete; and the gallery / what-if helpers it shares."""
from __future__ import annotations

import html
import re

import pytest
from plotly.offline import get_plotlyjs

from medmodel import Case, Predictor
from medmodel.report import build_report, differential_figure

XSS = "Cough and fever <img src=x onerror=alert(1)> <script>alert(1)</script> \" ' & no chest pain"


@pytest.fixture(scope="module")
def predictor(tiny_bundle):
    return Predictor(tiny_bundle)


def _explanations(bundle, case, prediction):
    from medmodel.explain import Explainer
    return [Explainer(bundle).explain(case, prediction)]


def test_report_is_self_contained_and_escapes_every_user_token(predictor, tiny_bundle):
    case = Case(XSS, 40, "F", frozenset({"pregnant"}))
    prediction = predictor.predict(case)
    page = build_report(prediction, tiny_bundle.kb, "en", _explanations(tiny_bundle, case, prediction), "abc123")
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
    assert "Attributions: Integrated gradients" in page and "Completeness gap" in page


def test_report_in_chinese_uses_kb_names(predictor, tiny_bundle):
    prediction = predictor.predict(Case("发烧，咳嗽", 30, "M"))
    page = build_report(prediction, tiny_bundle.kb, "zh")
    assert "<html lang='zh'>" in page and "不是诊断" in page
    assert prediction.differential[0].name_zh in page


def _visible_text(page: str) -> str:
    """What a reader sees: the body without scripts and styles, plus the words drawn inside the figures."""
    import json
    body = re.sub(r"<script.*?</script>|<style.*?</style>", " ", page, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    figures = re.findall(r"Plotly.newPlot\(\s*\"[^\"]+\",\s*(\[.*?\]),\s*(\{.*?\}),\s*\{", page, flags=re.S)
    for data, layout in figures:
        text += " " + " ".join(str(v) for v in _strings(json.loads(layout))) + " " + " ".join(
            str(t.get("name", "")) + " " + " ".join(map(str, t.get("text") or [])) for t in json.loads(data))
    return text


def _strings(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("text", "ticktext"):
                yield from (v if isinstance(v, list) else [v])
            else:
                yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_report_in_chinese_is_in_chinese(predictor, tiny_bundle):
    """Every word of a report asked for in Chinese is Chinese: headings, triage, flags, warnings, the method,
    the quality table and the figures' titles and axes (the note and abbreviations stay as written)."""
    from tools.walk import english_words
    case = Case("发烧，咳嗽，没有胸痛", 30, "F", frozenset({"allergy_penicillin", "pregnant"}))
    prediction = predictor.predict(case)
    page = build_report(prediction, tiny_bundle.kb, "zh", _explanations(tiny_bundle, case, prediction), "0f9871c2e4",
                        quality=[{"comprehensiveness": [0.1] * len(prediction.output_tokens)}])
    text = _visible_text(page)
    assert "青霉素过敏" in text and "积分梯度" in text and "完整性差距" in text and "鉴别诊断" in text
    assert not english_words(text.replace(case.text, " ")), english_words(text)
    assert "100%" not in text


def test_differential_figure_escapes_labels_and_orders_most_likely_on_top(predictor, tiny_bundle):
    p = predictor.predict(Case("fever <b>and</b> cough"))
    for kb in (None, tiny_bundle.kb):
        fig = differential_figure(p, "en", kb)
        order = list(fig.layout.yaxis.categoryarray)[::-1]          # categoryarray runs bottom-up
        assert order == [f"{d.name('en')}  ·  {d.icd10}".replace("<", "&lt;").replace(">", "&gt;") for d in p.differential]
        assert all("<" not in label for t in fig.data for label in t.y)
