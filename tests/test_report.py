"""The offline HTML report: self-contained, escaped, complete; and the gallery / what-if helpers it shares."""
from __future__ import annotations

import re

import pytest
from plotly.offline import get_plotlyjs

from medmodel import Case, Predictor
from medmodel.gallery import load_gallery
from medmodel.report import build_report, differential_figure
from medmodel.whatif import compare, detect_language, edit_note

XSS = "Cough and fever <img src=x onerror=alert(1)> <script>alert(1)</script> \" ' & no chest pain"


@pytest.fixture(scope="module")
def predictor(tiny_bundle):
    return Predictor(tiny_bundle)


def _explanations(bundle, case, prediction):
    try:
        from medmodel.explain import Explainer
        from medmodel import plots  # noqa: F401
    except ImportError:
        return []
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
    if "attributions" in page.lower():
        assert "completeness_gap" in page


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


def test_gallery_loads_and_every_case_is_valid():
    cases = load_gallery()
    ids = [g.id for g in cases]
    assert len(ids) == len(set(ids)) >= 6
    assert any(g.contrast for g in cases) and any("pregnant" in g.case.flags for g in cases)
    assert any(detect_language(g.case.text) == "zh" for g in cases)


def test_gallery_errors_name_the_entry(tmp_path):
    bad = tmp_path / "g.yaml"
    bad.write_text("- id: broken\n  title: {en: a, zh: b}\n  shows: {en: a, zh: b}\n  note: x\n  sex: Q\n")
    with pytest.raises(ValueError, match="broken.*sex"):
        load_gallery(bad)


def test_what_if_flips_negated_and_present_findings(kb):
    from medmodel.findings import FindingExtractor
    ex = FindingExtractor(kb)
    text = "Severe headache and fever since this morning, no neck stiffness, no rash."
    mentions = ex.extract(text)
    state = {m.finding: m.present for m in mentions}
    assert state["neck_stiffness"] is False and state["headache"] is True
    flipped = edit_note(text, mentions, {"neck_stiffness": "present", "headache": "absent"}, kb)
    after = {m.finding: m.present for m in ex.extract(flipped)}
    assert after["neck_stiffness"] is True and after["headache"] is False and after["rash"] is False
    removed = edit_note(text, mentions, {"rash": "removed"}, kb)
    assert "rash" not in removed and "no ," not in removed and "rash" not in {m.finding for m in ex.extract(removed)}
    assert edit_note(text, mentions, {"fever": "present"}, kb) == text        # unchanged state: untouched
    with pytest.raises(ValueError):
        edit_note(text, mentions, {"fever": "maybe"}, kb)


def test_what_if_in_chinese(kb):
    from medmodel.findings import FindingExtractor
    ex = FindingExtractor(kb)
    text = "发烧三天了，头痛，没有胸痛。"
    mentions = ex.extract(text)
    flipped = edit_note(text, mentions, {"chest_pain": "present"}, kb)
    assert {m.finding: m.present for m in ex.extract(flipped)}["chest_pain"] is True
    assert detect_language(text) == "zh" and detect_language("fever 发烧 and a bad cough today") == "en"


def test_compare_lists_every_condition_once(predictor):
    before = predictor.predict(Case("fever and cough"))
    after = predictor.predict(Case("burning when passing urine"))
    rows = compare(before, after)
    names = [r["condition"] for r in rows]
    assert len(names) == len(set(names))
    for r in rows:
        if r["before"] is not None and r["after"] is not None:
            assert r["change"] == pytest.approx(r["after"] - r["before"])
        else:
            assert r["change"] is None
