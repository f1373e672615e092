"""Figure builders: pure functions, checked on their data and HTML without a browser."""
from __future__ import annotations

import re
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


def test_heatmap_is_zero_centred_diverging_with_exact_values(explained, tiny_bundle):
    _, _, pred, e = explained
    for level in plots.LEVELS:
        spans = plots.display_spans(e, level)
        fig = plots.heatmap(e, level=level)
        hm = fig.data[0]
        np.testing.assert_allclose(np.asarray(hm.z), plots.span_matrix(e, spans))
        np.testing.assert_allclose(np.asarray(hm.z).sum(1), e.attributions.sum(1))    # nothing lost by merging
        assert hm.zmid == 0 and hm.zmax == np.abs(np.asarray(hm.z)).max()
        assert hm.colorscale[0][1] != hm.colorscale[-1][1]          # diverging: two different ends
    assert "%{z:.4g}" in hm.hovertemplate
    assert list(fig.layout.yaxis.ticktext) == e.labels("en")
    assert list(plots.heatmap(e, level="token").layout.xaxis.ticktext)[:2] == ["Age 30–39", "Female"]   # context as words
    zh = plots.heatmap(e, lang="zh", kb=tiny_bundle.kb)
    assert zh.layout.yaxis.ticktext[0].startswith("诊断：") and "积分梯度" in zh.layout.title.text
    assert zh.layout.xaxis.title.text.startswith("输入") and zh.data[0].colorbar.title.text == "归因"


def test_attention_is_labelled_as_not_an_attribution(explained):
    ex, case, pred, _ = explained
    fig = plots.heatmap(ex.explain(case, pred, method="attention"))
    assert "not an attribution" in fig.layout.title.text and fig.data[0].zmin == 0


def test_highlighted_note_escapes_every_token(explained):
    _, case, _, e = explained
    for level in plots.LEVELS:
        for row in range(len(e.output_tokens)):
            html = plots.highlighted_note_html(e, row, level=level)
            parsed = _parse(html)
            assert set(parsed.tags) <= {"div", "span"}
            assert "<script" not in html and "<img" not in html and html.count("&lt;") == 3
            assert "".join(parsed.text).replace("Age 30–39Female", "").endswith(case.text)   # all text, in order


def test_highlighted_note_escapes_markup_tokens_labels_and_context():
    e = _hostile_explanation()
    for html in (plots.highlighted_note_html(e, 0), plots.highlighted_note_html(e, 0, lang="zh"),
                 plots.highlighted_note_html(e, 0, differential=True)):
        parsed = _parse(html)
        assert set(parsed.tags) <= {"div", "span"}
        assert "<script" not in html and "<img" not in html and "onerror=alert(1)>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'title="Attribution +1"' in plots.highlighted_note_html(e, 0, level="token")     # exact values on hover


def test_evidence_bars_match_the_evidence(explained):
    _, _, pred, e = explained
    fig = plots.evidence_bars(e, 0, k=4)
    ev = plots.evidence(e, 0, k=4)
    values = list(fig.data[0].x)
    assert values == [v for _, v in ev["for"]] + [v for _, v in ev["against"][::-1]]   # strongest for on top
    assert pred.differential[0].name_en in fig.layout.title.text
    assert "支持" in plots.evidence_bars(e, 0, lang="zh").layout.title.text


def test_method_comparison_normalises_each_method(explained):
    ex, case, pred, e = explained
    others = [ex.explain(case, pred, method=m, n_steps=8) for m in ("saliency", "occlusion", "attention")]
    fig = plots.method_comparison([e] + others, row=0)
    z = np.asarray(fig.data[0].z, dtype=float)
    assert z.shape == (4, len(plots.display_spans(e)))
    np.testing.assert_allclose(np.abs(z).max(1), 1.0)
    assert "not an attribution" in list(fig.layout.yaxis.ticktext)[3]
    with pytest.raises(ValueError):
        plots.method_comparison([])


def test_figures_serialise(explained):
    _, _, _, e = explained
    for fig in (plots.heatmap(e), plots.evidence_bars(e), plots.method_comparison([e])):
        assert fig.to_json()


# ------------------------------------------------------------------------------------------- spans a clinician reads
def _expl(text: str, findings=()) -> Explanation:
    """An explanation over ``text`` split by the real tokenizer, one output row, attribution 1 per token."""
    from medmodel.tokenizer import split
    pieces = split(text)
    tokens = ["[AGE_50_64]", "<sep>"] + [text[p.start:p.end] for p in pieces]
    offsets = [None, None] + [(p.start, p.end) for p in pieces]
    A = np.ones((1, len(tokens)))
    return Explanation(input_tokens=tokens, input_offsets=offsets, n_context=2, text=text, output_tokens=["DX:x"],
                       output_labels={"en": ["Dx: x"], "zh": ["诊断：x"]}, attributions=A,
                       method="integrated_gradients", params={"baseline": "pad"}, target_logprob=np.zeros(1),
                       baseline_logprob=np.zeros(1), completeness_gap=np.zeros(1), differential=["x"],
                       differential_attributions=A.copy(), findings=list(findings))


def test_words_merge_sub_tokens_and_punctuation():
    e = _expl("Pt c/o CP x1h, SOB. o/e sweaty; BP 90/60 CP,SOB 发烧，没有胸痛。")
    words = [(s.label, s.text) for s in plots.display_spans(e, "word") if s.kind == "word"]
    assert words[:9] == [("Pt", "Pt"), ("c/o", "c/o"), ("CP", "CP"), ("x1h", "x1h,"), ("SOB", "SOB."),
                         ("o/e", "o/e"), ("sweaty", "sweaty;"), ("BP", "BP"), ("90/60", "90/60")]
    assert ("CP", "CP,") in words and ("SOB", "SOB") in words          # a comma separates even without a space
    assert ("烧", "烧，") in words and ("发", "发") in words               # Chinese: one character a word
    assert not any(plots._is_punct(label) for label, _ in words)     # no comma or "o" on its own
    spans = plots.display_spans(e, "word")
    assert sorted(t for s in spans for t in s.tokens) == [0] + list(range(2, len(e.input_tokens)))   # each token once


def test_findings_take_their_clinical_name_and_their_negation(kb):
    from medmodel.findings import Mention
    text = "c/o CP x1h, no neck stiffness, 没有胸痛。"
    e = _expl(text, [Mention("chest_pain", True, "CP", 4, 6), Mention("neck_stiffness", False, "neck stiffness", 15, 29),
                     Mention("chest_pain", False, "胸痛", 33, 35)])
    spans = plots.display_spans(e, "finding", "en", kb)
    found = [(s.label, s.text) for s in spans if s.kind == "finding"]
    assert found == [(kb.findings["chest_pain"].name.en, "CP"),
                     (plots.labels.finding_label(kb.findings["neck_stiffness"].name.en, False, "en"), "no neck stiffness"),
                     (plots.labels.finding_label(kb.findings["chest_pain"].name.en, False, "en"), "没有胸痛")]
    assert found[1][0].startswith("no ")
    assert [s.label for s in spans if s.kind == "word"] == ["c/o", "x1h"]    # the cue "no" and commas went with them
    zh = [s.label for s in plots.display_spans(e, "finding", "zh", kb) if s.kind == "finding"]
    assert zh[0] == kb.findings["chest_pain"].name.zh and zh[2] == "无" + kb.findings["chest_pain"].name.zh
    assert np.asarray(plots.span_matrix(e, spans)).sum() == e.attributions[0, [0, *range(2, len(e.input_tokens))]].sum()


def test_a_finding_inside_a_word_group_splits_it_and_the_note_reads_once(kb):
    """"penicillin (rash)": the finding "rash" sits inside one word group; the words around it stay in order, so
    the coloured note is the note (it once read "(rash)rash)")."""
    from medmodel.findings import Mention
    text = "allergic to penicillin (rash)"
    e = _expl(text, [Mention("rash", True, "rash", 24, 28)])
    spans = plots.display_spans(e, "finding", "en", kb)
    note = [(s.kind, s.label) for s in spans if s.kind != "context"]
    assert note == [("word", "allergic"), ("word", "to"), ("word", "penicillin"), ("finding", "Rash")]
    starts = [s.start for s in spans if s.kind != "context"]
    assert starts == sorted(starts)
    shown = re.sub(r"<[^>]+>", "", plots.highlighted_note_html(e, 0, "en", level="finding", kb=kb))
    assert shown.endswith(text) and shown.count("rash") == 1


def test_evidence_is_labelled_in_clinical_words(kb):
    from medmodel.findings import Mention
    e = _expl("c/o CP x1h, SOB.", [Mention("chest_pain", True, "CP", 4, 6)])
    ev = plots.evidence(e, 0, k=10, kb=kb)
    labels_ = [s.label for s, _ in ev["for"]]
    assert kb.findings["chest_pain"].name.en in labels_ and "CP" not in labels_ and "o" not in labels_
    assert "," not in labels_ and "." not in labels_


def test_long_notes_list_their_inputs_down_the_side():
    e = _expl(" ".join(f"word{i}" for i in range(60)))
    fig = plots.heatmap(e, level="word")
    assert np.asarray(fig.data[0].z).shape == (61, 1)                  # inputs as rows: every label horizontal
    assert list(fig.layout.yaxis.ticktext)[1] == "word0"


def test_unsafe_words_are_escaped_in_figure_labels(explained):
    _, _, _, e = explained
    for fig in (plots.heatmap(e, level="word"), plots.method_comparison([e], level="word"), plots.evidence_bars(e, 0)):
        for axis in (fig.layout.xaxis, fig.layout.yaxis):
            assert not any("<script" in str(t) or "<img" in str(t) for t in (axis.ticktext or ()))
        assert "<script" not in str(fig.data[0].customdata)


# ------------------------------------------------------------------------------------------- prediction figures
@pytest.fixture(scope="module")
def predicted(tiny_bundle):
    from medmodel import Predictor
    return Predictor(tiny_bundle).predict(Case("fever and cough", 30, "F"))


def test_differential_is_one_figure_with_values_codes_and_triage_colours(predicted, tiny_bundle):
    kb = tiny_bundle.kb
    fig = plots.differential_figure(predicted, "en", kb)
    names = list(fig.layout.yaxis.categoryarray)[::-1]                 # top first
    assert names == [f"{d.name('en')}  ·  {d.icd10}" for d in predicted.differential]
    for trace in fig.data:
        assert trace.marker.color == plots.labels.TRIAGE_COLOURS[{"Emergency": "emergency", "Urgent": "urgent",
                                                                  "Routine": "routine", "Self-care": "self_care"}[trace.name]]
        assert trace.textposition == "outside" and trace.cliponaxis is False
        assert all(t.endswith("%") and t != "100%" for t in trace.text)
    assert fig.layout.xaxis.range[1] > max(d.probability for d in predicted.differential)   # room for the value


def test_what_if_figure_orders_by_likelihood_with_likelihood_along_x():
    rows = [{"condition": "A", "icd10": "A00", "before": 0.1, "after": 0.6, "change": 0.5},
            {"condition": "B", "icd10": "B00", "before": 0.7, "after": 0.2, "change": -0.5},
            {"condition": "C", "icd10": "C00", "before": None, "after": 0.1, "change": None},
            {"condition": "D", "icd10": "D00", "before": 0.05, "after": None, "change": None}]
    fig = plots.whatif_figure(rows)
    assert list(fig.layout.yaxis.categoryarray)[::-1] == ["A  ·  A00", "B  ·  B00", "C  ·  C00", "D  ·  D00"]
    after, before = fig.data
    assert before.orientation == after.orientation == "h" and fig.layout.xaxis.tickformat == ".0%"
    assert before.name == "Before" and after.name == "After"
    assert list(after.text) == ["60%", "20%", "10%", "not in the top 5"] and list(before.text)[2] == "not in the top 5"
    assert not any("None" in str(t) for t in list(before.text) + list(after.text))


def test_triage_mix_is_ordered_by_severity_in_triage_colours():
    fig = plots.triage_mix_figure({"routine": 3, "emergency": 1, "self_care": 2}, "zh")
    assert list(fig.data[0].x) == ["急诊", "紧急", "常规", "自我护理"] and list(fig.data[0].y) == [1, 0, 3, 2]
    assert list(fig.data[0].marker.color) == [plots.labels.TRIAGE_COLOURS[x]
                                              for x in ("emergency", "urgent", "routine", "self_care")]
