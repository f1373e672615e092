"""Why A rather than B: attributions of log p(A) - log p(B) at the first output position, where the differential's
likelihoods come from (contrastive explanations: Yin & Neubig 2022, "Interpreting language models with contrastive
explanations", as inseq offers them).

Every method offered here is linear in its target (a gradient, an ablation's drop, a least-squares fit on shared
coalitions), so the attribution of the difference is the difference of the two rows: the fast path computes both
rows in one pass, and Captum's per-target reference one ``attribute`` call per row, as for single outputs.
Completeness holds for the difference: the attributions sum to [log p(A|x) - log p(B|x)] - [log p(A|b) - log p(B|b)]
(the log-odds of A against B at the input, less at the baseline), and the gap is reported as for single outputs.

The result is an ``Explanation`` with one row, the contrast (label "A rather than B"); ``params["contrast"]`` names
A and B, and ``differential_attributions`` keeps their two rows.
"""
from __future__ import annotations

import numpy as np
import torch

from .. import labels
from ..case import Case
from ..predict import Prediction
from .engine import Targets, logprobs
from .explanation import Explanation
from .methods import METHODS, Problem, word_features

CONTRAST_METHODS = ("integrated_gradients", "input_x_gradient", "deeplift", "gradient_shap", "occlusion",
                    "kernel_shap")   # linear in the target; saliency's |gradient| and attention weights are not


def contrast(explainer, case: Case, a: str, b: str, prediction: Prediction | None = None,
             method: str = "integrated_gradients", baseline: str = "pad", n_steps: int = 50, strategy: str = "fast",
             seed: int = 0) -> Explanation:
    """Attributions of log p(DX:a) - log p(DX:b) at the first output position to every input token: positive
    favours ``a``, negative favours ``b``. Arguments as ``Explainer.explain``; ``method`` one of CONTRAST_METHODS."""
    from .explainer import _attribution_pass, check_settings
    bundle = explainer.bundle
    vocab = bundle.target_vocab
    if method not in CONTRAST_METHODS:
        raise ValueError(f"method {method!r} cannot explain a difference; choose from {', '.join(CONTRAST_METHODS)}")
    check_settings(baseline, n_steps, strategy)
    for c in (a, b):
        if f"DX:{c}" not in vocab.stoi:
            raise ValueError(f"unknown condition {c!r}")
    if a == b:
        raise ValueError("choose two different conditions")
    if explainer.model.training:
        raise ValueError("the model is in training mode: explanations need the eval-mode model")
    m = METHODS[method]()
    prediction = prediction or explainer.predictor.predict(case)
    enc = prediction.encoded
    device = explainer.model.src_embedding.weight.device
    ids = torch.tensor([enc.ids], device=device)
    targets = Targets(torch.tensor([[vocab.bos_id]], device=device), torch.tensor([0, 0], device=device),
                      torch.tensor([vocab.stoi[f"DX:{a}"], vocab.stoi[f"DX:{b}"]], device=device))
    base = explainer._baseline_ids(ids, enc.n_context, baseline)
    groups = word_features(enc, case.text)
    embed = explainer.embedder(enc)
    with _attribution_pass(device), torch.no_grad():
        x, xb = embed(ids), embed(base)
        p = Problem(model=explainer.model, embed=embed, engine=explainer._engine, ids=ids, x=x, base=base, b=xb,
                    unk=explainer._baseline_ids(ids, 0, "unk"), targets=targets, groups=groups, n_steps=n_steps,
                    seed=seed)
        if strategy == "fast":
            rows = m.fast(p)                                                         # (2, S)
        else:
            from .captum_reference import per_target
            rows = per_target(m, p)
        f = logprobs(explainer.model, torch.cat([x, xb]), targets)                  # (2 points, 2 rows)
    rows, f = rows.detach().cpu().double().numpy(), f.cpu().double().numpy()
    diff = rows[0] - rows[1]
    fx, fb = f[0, 0] - f[0, 1], f[1, 0] - f[1, 1]
    gap = abs(diff.sum() - (fx - fb)) / max(abs(fx - fb), 1e-12)
    kb = bundle.kb
    names = {lang: [kb.conditions[c].name.get(lang) for c in (a, b)] for lang in labels.LANGS}
    params = {"baseline": baseline, "n_steps": n_steps, "strategy": strategy, "contrast": [a, b]}
    if m.sampled:
        params["seed"] = seed
    return Explanation(
        input_tokens=list(enc.tokens), input_offsets=list(enc.offsets), n_context=enc.n_context, text=case.text,
        output_tokens=[f"DX:{a}"],
        output_labels={lang: [labels.text("contrast.label", lang, a=n[0], b=n[1])] for lang, n in names.items()},
        attributions=diff[None, :], method=method, params=params, target_logprob=np.array([fx]),
        baseline_logprob=np.array([fb]), completeness_gap=np.array([gap if m.complete else np.nan]),
        differential=[a, b], differential_attributions=rows, differential_labels=names,
        findings=list(prediction.findings))
