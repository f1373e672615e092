"""Explanations on the tiny mini-KB model: every method, fast == Captum's per-target reference, completeness, spans
back to characters, evidence, faithfulness, thread safety and hostile notes (the shipped model: tests/model)."""
from __future__ import annotations

import threading

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medmodel.case import Case
from medmodel.explain import (
    COMPLETE_METHODS,
    GRADIENT_METHODS,
    METHODS,
    WORD_METHODS,
    Explainer,
    eraser,
    randomized,
    rank_agreement,
    rank_correlation,
)
from medmodel.explain.faithfulness import ranks, spearman
from medmodel.explain.methods import gauss_legendre
from medmodel.predict import Predictor
from tests.support import DETERMINISTIC, check_explanation, generated_cases, rel_diff
from tests.unit.inputs import ANY_TEXT, NAMED, NASTY, assess


@pytest.fixture(scope="module")
def tiny(tiny_bundle):
    ex = Explainer(tiny_bundle)
    cases = generated_cases(tiny_bundle.kb, 4, seed=5) + [Case("发热三天，咳嗽，没有头痛", 30, "F"),
                                                          Case("fever and cough, no rash", 8, "M")]
    return ex, [(c, ex.predictor.predict(c)) for c in cases]


def test_methods_table():
    assert set(METHODS) == {"integrated_gradients", "saliency", "input_x_gradient", "deeplift", "gradient_shap",
                            "occlusion", "kernel_shap", "attention"}
    assert GRADIENT_METHODS == ("integrated_gradients", "saliency", "input_x_gradient", "deeplift", "gradient_shap")
    assert WORD_METHODS == ("occlusion", "kernel_shap")
    assert COMPLETE_METHODS == ("integrated_gradients", "deeplift", "kernel_shap")


def test_gauss_legendre_matches_captum():
    from captum.attr._utils.approximation_methods import approximation_parameters
    step_sizes, alphas = approximation_parameters("gausslegendre")
    for n in (1, 8, 50):
        assert gauss_legendre(n) == (step_sizes(n), alphas(n))


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_runs(tiny, method):
    ex, cases = tiny
    case, pred = cases[0]
    e = ex.explain(case, pred, method=method, n_steps=8)
    assert e.method == method
    check_explanation(e, pred)


@pytest.mark.parametrize("method", DETERMINISTIC)
def test_fast_path_equals_captum_per_target(tiny, method):
    ex, cases = tiny
    for case, pred in cases[:2]:
        fast = ex.explain(case, pred, method=method, n_steps=50)
        ref = ex.explain(case, pred, method=method, n_steps=50, strategy="per_target")
        assert rel_diff(fast.attributions, ref.attributions) < 1e-4, method
        assert rel_diff(fast.differential_attributions, ref.differential_attributions) < 1e-4


@pytest.mark.parametrize("baseline", ["pad", "unk", "pad_note"])
def test_integrated_gradients_is_complete_on_tiny_model(tiny, baseline):
    ex, cases = tiny
    expls = [ex.explain(c, p, baseline=baseline, n_steps=50) for c, p in cases]
    gaps = np.concatenate([e.completeness_gap for e in expls])
    # Most rows are complete to float rounding; a few paths cross a near-step of the LSTM (a jump of ~1 nat
    # within 0.5% of the path on this small, sharp model) that 50 quadrature nodes cannot resolve.
    assert np.median(gaps) <= 0.05 and np.mean(gaps <= 0.05) >= 0.5
    e = expls[0]
    sep = e.input_tokens.index("<sep>")
    assert np.all(e.attributions[:, sep] == 0)            # <sep> is never replaced: no attribution
    if baseline == "pad_note":                             # context kept in the baseline: no attribution either
        assert np.all(e.attributions[:, :e.n_context] == 0)


def test_row_t_explains_log_probability_given_emitted_prefix(tiny):
    ex, cases = tiny
    case, pred = cases[0]
    model, vocab = ex.model, ex.bundle.target_vocab
    out = [vocab.stoi[t] for t in pred.output_tokens]
    with torch.no_grad():
        logits = model(torch.tensor([pred.encoded.ids]), torch.tensor([len(pred.encoded.ids)]),
                       torch.tensor([[vocab.bos_id] + out[:-1]]))
        expected = torch.log_softmax(logits[0], -1)[torch.arange(len(out)), out].numpy()
    np.testing.assert_allclose(ex.explain(case, pred).target_logprob, expected, rtol=1e-5, atol=1e-6)


def test_spans_map_back_to_the_right_characters(tiny):
    ex, cases = tiny
    for case, pred in cases:
        e = ex.explain(case, pred, method="saliency")
        for level in ("token", "word", "finding"):
            spans = e.spans(level)
            covered = sorted(i for s in spans for i in s.tokens)
            assert covered == [i for i, t in enumerate(e.input_tokens) if t != "<sep>"]   # each token once
            for s in spans:
                if s.kind == "context":
                    assert s.start is None and e.input_offsets[s.tokens[0]] is None
                    continue
                assert case.text[s.start:s.end] == s.text
                for i in s.tokens:
                    a, b = e.input_offsets[i]
                    assert s.start <= a < b <= s.end and case.text[a:b] == e.input_tokens[i]
        found = {(s.finding, s.text) for s in e.spans("finding") if s.kind == "finding"}
        assert found == {(m.finding, m.phrase) for m in pred.findings}


def test_chinese_spans_and_negation(tiny):
    ex, _ = tiny
    case = Case("发热三天，咳嗽，没有头痛", 30, "F")
    e = ex.explain(case)
    spans = {s.text: s for s in e.spans("finding")}
    assert spans["发热"].finding == "fever" and spans["发热"].present is True and spans["发热"].tokens == (3, 4)
    assert spans["头痛"].present is False and (spans["头痛"].start, spans["头痛"].end) == (10, 12)
    assert [s.text for s in e.spans("word") if s.kind == "word"][:3] == ["发", "热", "三"]   # characters
    assert [s.text for s in e.spans("word") if s.kind == "context"] == ["[AGE_30_39]", "[SEX_F]"]


def test_english_words_merge_touching_letters_and_digits(tiny):
    ex, _ = tiny
    e = ex.explain(Case("covid19 test, temp 38.5", 40, "M"), method="saliency")
    words = [s.text for s in e.spans("word") if s.kind == "word"]
    assert words == ["covid19", "test", ",", "temp", "38.5"]


def test_evidence_for_and_against_each_differential_entry(tiny):
    ex, cases = tiny
    case, pred = cases[0]
    e = ex.explain(case, pred)
    assert e.differential == [d.condition_id for d in pred.differential]
    np.testing.assert_allclose(e.differential_attributions[0], e.attributions[0])   # row 0 is the lead
    for i, cid in enumerate(e.differential):
        ev = e.evidence(cid, k=3)
        assert all(v > 0 for _, v in ev["for"]) and all(v < 0 for _, v in ev["against"])
        total = sum(v for _, v in e.span_scores(i, differential=True))
        np.testing.assert_allclose(total, e.differential_attributions[i].sum(), rtol=1e-9, atol=1e-12)


def test_concurrent_explain_from_8_threads_equals_serial(tiny):
    ex, cases = tiny
    jobs = [(c, p, m, s) for (c, p) in cases[:4] for m, s in (("integrated_gradients", "fast"),
            ("integrated_gradients", "per_target"), ("input_x_gradient", "per_target"), ("occlusion", "fast"))]
    serial = [ex.explain(c, p, method=m, strategy=s, n_steps=10).attributions for c, p, m, s in jobs]
    results, errors = [None] * len(jobs), []
    barrier = threading.Barrier(8)

    def work(k):
        barrier.wait()
        try:
            for j in range(k, len(jobs), 8):
                c, p, m, s = jobs[j]
                results[j] = ex.explain(c, p, method=m, strategy=s, n_steps=10).attributions
                ex.predictor.predict(c)          # predictions share the model with the hooks' layer methods
        except Exception as exc:   # surfaced below with the thread's message
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    for got, want in zip(results, serial):
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-7)


def test_explaining_leaves_the_shared_model_untouched(tiny):
    ex, cases = tiny
    before = {k: v.clone() for k, v in ex.model.state_dict().items()}
    for method in METHODS:
        ex.explain(*cases[0], method=method, n_steps=4, strategy="per_target")
    rand = randomized(ex, seed=1)
    assert rand.model is not ex.model
    assert not ex.model.training
    for module in ex.model.modules():
        assert not module._forward_hooks and not module._forward_pre_hooks and not module._backward_hooks
    for k, v in ex.model.state_dict().items():
        assert torch.equal(v, before[k]), k


def test_faithfulness_beats_random_and_randomised_model_differs(tiny):
    ex, cases = tiny
    rand = randomized(ex, seed=0)
    comp, rcomp, rhos = [], [], []
    for i, (case, pred) in enumerate(cases):
        e = ex.explain(case, pred)
        f = eraser(ex, e, pred, fraction=0.2, seed=i)
        comp.append(f["comprehensiveness"][0])
        rcomp.append(f["random_comprehensiveness"][0])
        r = rand.explain(case, pred)
        rhos.append(rank_correlation(e.attributions, r.attributions, skip=[e.input_tokens.index("<sep>")]))
    assert np.mean(comp) > np.mean(rcomp)
    assert np.median(rhos) < 0.5


def test_bad_arguments_say_what_is_wrong(tiny):
    ex, cases = tiny
    case, pred = cases[0]
    for kwargs, msg in (({"method": "lrp"}, "unknown method"), ({"baseline": "zero"}, "unknown baseline"),
                        ({"strategy": "slow"}, "unknown strategy"), ({"n_steps": 0}, "n_steps")):
        with pytest.raises(ValueError, match=msg):
            ex.explain(case, pred, **kwargs)


def test_spearman_matches_scipy_with_ties():
    from scipy.stats import spearmanr
    rng = np.random.default_rng(0)
    for _ in range(20):
        a, b = rng.integers(0, 5, 30).astype(float), rng.normal(size=30)     # many ties in a
        assert spearman([a, b])[0, 1] == pytest.approx(spearmanr(a, b).statistic, abs=1e-12)
    assert ranks([3.0, 1.0, 3.0, 2.0]).tolist() == [3.5, 1.0, 3.5, 2.0]
    assert np.isnan(spearman([[1.0, 1.0, 1.0], [1.0, 2.0, 3.0]])[0, 1])       # a constant row has no order


def test_rank_agreement_of_a_method_with_itself(tiny):
    ex, cases = tiny
    e = ex.explain(*cases[0])
    names, matrix = rank_agreement([e, e])
    assert names == ["integrated_gradients"] * 2 and np.allclose(matrix, 1)
    names, matrix = rank_agreement([e])
    assert matrix.shape == (1, 1)


# ---------------------------------------------------------------- hostile notes
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text=st.one_of(ANY_TEXT, NASTY))
def test_explain_never_crashes(tiny_bundle, tiny, text):
    ex, _ = tiny
    p = assess(Predictor(tiny_bundle, beam=2), text)
    if p is not None:
        e = ex.explain(p.case, p, method="saliency")
        assert e.attributions.shape == (len(e.output_tokens), len(e.input_tokens))
        assert np.isfinite(e.attributions).all()


@pytest.mark.parametrize("name", ["emoji in words", "RTL override", "zero-width inside words", "control characters",
                                  "lone surrogate", "at limit", "CJK with fullwidth"])
def test_explain_named_cases(tiny_bundle, tiny, name):
    ex, _ = tiny
    p = Predictor(tiny_bundle, beam=2).predict(Case(NAMED[name]))
    e = ex.explain(p.case, p, method="integrated_gradients")
    check_explanation(e, p)
    assert len(e.input_tokens) == len(p.encoded)
    for s in e.spans("word"):                        # every span still points at its own text in the note
        assert s.kind == "context" or p.case.text[s.start:s.end] == s.text
