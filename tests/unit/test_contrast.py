"""Why A rather than B on the tiny mini-KB model: the fast contrast equals Captum's per-target reference and Captum
on the difference itself, completeness holds for log p(A) - log p(B), and bad requests are refused."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from medmodel.case import Case
from medmodel.explain import CONTRAST_METHODS, Explainer
from medmodel.explain.engine import logprobs
from tests.support import generated_cases, rel_diff


@pytest.fixture(scope="module")
def tiny(tiny_bundle):
    ex = Explainer(tiny_bundle)
    cases = generated_cases(tiny_bundle.kb, 3, seed=8) + [Case("发热三天，咳嗽，没有头痛", 30, "F"),
                                                          Case("headache and fever, no neck stiffness", 25, "M")]
    return ex, [(c, ex.predictor.predict(c)) for c in cases]


def _pair(pred):
    return pred.differential[0].condition_id, pred.differential[1].condition_id


@pytest.mark.parametrize("method", ["integrated_gradients", "deeplift", "input_x_gradient", "occlusion"])
def test_fast_contrast_equals_captum_per_target(tiny, method):
    ex, cases = tiny
    for case, pred in cases[:3]:
        a, b = _pair(pred)
        fast = ex.contrast(case, a, b, pred, method=method, n_steps=32)
        ref = ex.contrast(case, a, b, pred, method=method, n_steps=32, strategy="per_target")
        assert fast.attributions.shape == (1, len(pred.encoded.ids))
        assert rel_diff(fast.attributions, ref.attributions) < 1e-4, method
        assert rel_diff(fast.differential_attributions, ref.differential_attributions) < 1e-4


def test_contrast_equals_captum_on_the_difference_itself(tiny):
    """Captum's LayerIntegratedGradients on a forward that returns log p(A) - log p(B) gives the same row."""
    import captum.attr

    from medmodel.explain.captum_reference import Embed
    ex, cases = tiny
    case, pred = cases[-1]
    a, b = _pair(pred)
    fast = ex.contrast(case, a, b, pred, n_steps=40)
    vocab = ex.bundle.target_vocab
    ids = torch.tensor([pred.encoded.ids])
    base = ex._baseline_ids(ids, pred.encoded.n_context, "pad")
    from medmodel.explain.engine import Targets
    targets = Targets(torch.tensor([[vocab.bos_id]]), torch.tensor([0, 0]),
                      torch.tensor([vocab.stoi[f"DX:{a}"], vocab.stoi[f"DX:{b}"]]))

    class Difference(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = Embed(ex.embedder(pred.encoded))

        def forward(self, x):
            lp = logprobs(ex.model, self.embed(x), targets)
            return lp[:, 0] - lp[:, 1]

    f = Difference()
    with torch.enable_grad():
        ref = captum.attr.LayerIntegratedGradients(f, f.embed).attribute(ids, base, n_steps=40,
                                                                          method="gausslegendre").sum(-1)
    assert rel_diff(fast.attributions, ref.detach().numpy()) < 1e-4


def test_contrast_is_complete_for_the_difference(tiny):
    ex, cases = tiny
    gaps = []
    for case, pred in cases:
        a, b = _pair(pred)
        e = ex.contrast(case, a, b, pred, n_steps=64)
        with torch.no_grad():
            lp = torch.log_softmax(ex.model(torch.tensor([pred.encoded.ids]), torch.tensor([len(pred.encoded.ids)]),
                                            torch.tensor([[ex.bundle.target_vocab.bos_id]]))[0, 0], -1)
        stoi = ex.bundle.target_vocab.stoi
        assert e.target_logprob[0] == pytest.approx(float(lp[stoi[f"DX:{a}"]] - lp[stoi[f"DX:{b}"]]), abs=1e-5)
        total = e.attributions[0].sum()
        assert e.completeness_gap[0] == pytest.approx(
            abs(total - (e.target_logprob[0] - e.baseline_logprob[0])) / abs(e.target_logprob[0] - e.baseline_logprob[0]))
        gaps.append(e.completeness_gap[0])
        # the contrast is the difference of the two single rows (attribution is linear in the target)
        np.testing.assert_allclose(e.attributions[0], e.differential_attributions[0] - e.differential_attributions[1],
                                   atol=1e-12)
    assert np.median(gaps) <= 0.05


def test_contrast_swapped_is_negated_and_labelled_in_both_languages(tiny):
    ex, cases = tiny
    case, pred = cases[0]
    a, b = _pair(pred)
    ab, ba = ex.contrast(case, a, b, pred), ex.contrast(case, b, a, pred)
    np.testing.assert_allclose(ab.attributions, -ba.attributions, atol=1e-6)
    kb = ex.bundle.kb
    assert ab.labels("en")[0] == f"{kb.conditions[a].name.en} rather than {kb.conditions[b].name.en}"
    assert kb.conditions[a].name.zh in ab.labels("zh")[0] and "而不是" in ab.labels("zh")[0]
    assert ab.params["contrast"] == [a, b] and ab.to_dict()["attributions"]


def test_bad_contrasts_are_refused(tiny):
    ex, cases = tiny
    case, pred = cases[0]
    a, b = _pair(pred)
    for kw in ({"method": "saliency"}, {"method": "attention"}, {"baseline": "zero"}, {"n_steps": 0}):
        with pytest.raises(ValueError):
            ex.contrast(case, a, b, pred, **kw)
    with pytest.raises(ValueError):
        ex.contrast(case, a, a, pred)
    with pytest.raises(ValueError):
        ex.contrast(case, a, "no_such_condition", pred)
    assert set(CONTRAST_METHODS) <= set(__import__("medmodel").METHODS)
