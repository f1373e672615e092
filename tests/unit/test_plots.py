"""Figure builders: pure functions, checked on their data and HTML without a browser."""
from __future__ import annotations

from html.parser import HTMLParser

import numpy as np
import pytest

from medmodel import plots
from medmodel.case import Case
from medmodel.explain import Explainer, Explanation

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def explained(tiny_bundle):
    ex = Explainer(tiny_bundle)
    case = Case(f"fever and cough {SCRIPT} then {IMG} 咳嗽", 30, "F")
    pred = ex.predictor.predict(case)
    return ex, case, pred, ex.explain(case, pred)


def _hostile_explanation() -> Explanation:
    """Tokens that are themselves markup (as a future tokenizer or a context token could produce)."""
    text = f"{SCRIPT} {IMG}"
    tokens = ["[AGE_30_39]", IMG, "<sep>", SCRIPT, IMG]
    offsets = [None, None, None, (0, len(SCRIPT)), (len(SCRIPT) + 1, len(text))]
    A = np.array([[0.5, -0.25, 0.0, 1.0, -2.0]])
    return Explanation(input_tokens=tokens, input_offsets=offsets, n_context=3, text=text, output_tokens=["DX:x"],
                       output_labels={"en": [f"Dx: {SCRIPT}"], "zh": [f"诊断：{IMG}"]}, attributions=A,
                       method="integrated_gradients", params={"baseline": "pad"}, target_logprob=np.zeros(1),
                       baseline_logprob=np.zeros(1), completeness_gap=np.zeros(1), differential=["x"],
                       differential_attributions=A.copy(), differential_labels={"en": [IMG], "zh": [IMG]})


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


def test_heatmap_is_zero_centred_diverging_with_exact_values(explained):
    _, _, pred, e = explained
    fig = plots.heatmap(e)
    hm = fig.data[0]
    np.testing.assert_array_equal(np.asarray(hm.z), e.attributions)
    assert hm.zmid == 0 and hm.zmin == -hm.zmax == -np.abs(e.attributions).max()
    assert hm.colorscale[0][1] != hm.colorscale[-1][1]          # diverging: two different ends
    assert "%{z:.6g}" in hm.hovertemplate
    assert list(fig.layout.yaxis.ticktext) == e.labels("en")
    assert list(fig.layout.xaxis.ticktext)[:2] == e.input_tokens[:2]   # context tokens are columns
    assert hm.customdata[0][0][0] == e.labels("en")[0] and hm.customdata[0][0][1] == e.input_tokens[0]
    assert list(plots.heatmap(e, lang="zh").layout.yaxis.ticktext) == e.labels("zh")
    assert e.labels("zh")[0].startswith("诊断：")


def test_attention_is_labelled_as_not_an_attribution(explained):
    ex, case, pred, _ = explained
    fig = plots.heatmap(ex.explain(case, pred, method="attention"))
    assert "not an attribution" in fig.layout.title.text and fig.data[0].zmin == 0


def test_highlighted_note_escapes_every_token(explained):
    _, case, _, e = explained
    for row in range(len(e.output_tokens)):
        html = plots.highlighted_note_html(e, row)
        parsed = _parse(html)
        assert set(parsed.tags) <= {"div", "span"}
        assert "<script" not in html and "<img" not in html and html.count("&lt;") == 3
        assert "".join(parsed.text).replace("[AGE_30_39][SEX_F]", "").endswith(case.text)   # all text, in order


def test_highlighted_note_escapes_markup_tokens_labels_and_context():
    e = _hostile_explanation()
    for html in (plots.highlighted_note_html(e, 0), plots.highlighted_note_html(e, 0, lang="zh"),
                 plots.highlighted_note_html(e, 0, differential=True)):
        parsed = _parse(html)
        assert set(parsed.tags) <= {"div", "span"}
        assert "<script" not in html and "<img" not in html and "onerror=alert(1)>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'title="attribution +1"' in plots.highlighted_note_html(e, 0)       # exact values on hover


def test_evidence_bars_match_the_evidence(explained):
    _, _, pred, e = explained
    fig = plots.evidence_bars(e, 0, k=4)
    ev = e.evidence(0, k=4)
    values = list(fig.data[0].x)
    assert sorted(values) == sorted(v for _, v in ev["for"] + ev["against"])
    assert pred.differential[0].name_en in fig.layout.title.text
    assert "支持" in plots.evidence_bars(e, 0, lang="zh").layout.title.text


def test_method_comparison_normalises_each_method(explained):
    ex, case, pred, e = explained
    others = [ex.explain(case, pred, method=m, n_steps=8) for m in ("saliency", "occlusion", "attention")]
    fig = plots.method_comparison([e] + others, row=0)
    z = np.asarray(fig.data[0].z, dtype=float)
    assert z.shape == (4, len(e.spans("word")))
    np.testing.assert_allclose(np.abs(z).max(1), 1.0)
    assert "not attribution" in list(fig.layout.yaxis.ticktext)[3]
    with pytest.raises(ValueError):
        plots.method_comparison([])


def test_figures_serialise(explained):
    _, _, _, e = explained
    for fig in (plots.heatmap(e), plots.evidence_bars(e), plots.method_comparison([e])):
        assert fig.to_json()
