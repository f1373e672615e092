"""Attribution methods: one small class each, with ``fast`` (every output row at once) and ``reference`` (one row
through Captum, exactly as Captum's docs use the method), registered in ``METHODS``.

Gradient methods attribute to the source embeddings; perturbation methods (occlusion, KernelSHAP) work on whole
words; "attention" reads the decoder's attention weights, a contrast view and not an attribution. ``reference``
gets the ``captum.attr`` module from the reference loop (``captum_reference.per_target``), so this module, and
``import medmodel``, never import Captum: only the reference strategy pays its second of import time.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch

from ..model import Seq2Seq
from ..tokenizer import SEP, Encoded
from .engine import Engine, Targets, logprobs
from .explanation import words

KERNEL_SHAP_SAMPLES = 200


@dataclass(frozen=True, kw_only=True)
class Problem:
    """One explanation's inputs, shared by every method.

    ids, x:     (1, S) input ids and (1, S, E) their embeddings
    base, b:    (1, S) baseline ids and (1, S, E) their embeddings
    unk:        (1, S) every token but <sep> as <unk>: GradientSHAP's second baseline
    targets:    the R rows to explain
    groups:     word-level features of the perturbation methods: each context token alone, note tokens as words
    n_steps:    integration steps (IG) or samples (GradientSHAP); seed: for the sampling methods
    embed:      (B, S) variant ids -> (B, S, E) embeddings; a token that differs from ``ids`` (replaced by a
                baseline or an occlusion) loses its n-grams and finding-reader features
    """
    model: Seq2Seq
    embed: Callable[[torch.Tensor], torch.Tensor]
    engine: Engine
    ids: torch.Tensor
    x: torch.Tensor
    base: torch.Tensor
    b: torch.Tensor
    unk: torch.Tensor
    targets: Targets
    groups: list[tuple[int, ...]]
    n_steps: int
    seed: int

    def feature_mask(self) -> torch.Tensor:
        """(1, S) word number + 1 per token; 0 for <sep>, whose baseline is itself (never ablated)."""
        mask = torch.zeros_like(self.ids)
        for g, toks in enumerate(self.groups):
            mask[0, list(toks)] = g + 1
        return mask


class Method:
    """``fast(p)`` -> (R, S) attributions of every row; ``reference(captum, row, p)`` -> (1, S) for one row, where
    ``captum`` is the ``captum.attr`` module and ``row`` the one-row forward (``captum_reference.Row``)."""
    gradient = False      # attributes to the embeddings through gradients
    words = False         # attributes whole words (``Problem.groups``), shared equally by their tokens
    complete = False      # rows should sum to f(x) - f(baseline) (completeness / efficiency)
    sampled = False       # draws random samples: the result depends on ``seed``
    attribution = True    # False for attention weights

    def fast(self, p: Problem) -> torch.Tensor:
        raise NotImplementedError

    def reference(self, captum, row, p: Problem) -> torch.Tensor:
        raise NotImplementedError


def gauss_legendre(n: int) -> tuple[list[float], list[float]]:
    """Step sizes and points of n-node Gauss-Legendre quadrature on [0, 1] (Captum's "gausslegendre")."""
    nodes, weights = np.polynomial.legendre.leggauss(n)
    return (0.5 * weights).tolist(), (0.5 * (1 + nodes)).tolist()


class IntegratedGradients(Method):
    """Integrated gradients (Sundararajan et al. 2017) from the baseline to the input, Gauss-Legendre nodes."""
    gradient = complete = True

    def fast(self, p):
        x, b = p.x, p.b
        step_sizes, alphas = gauss_legendre(p.n_steps)
        al = torch.tensor(alphas, dtype=x.dtype, device=x.device).view(-1, 1, 1)
        w = torch.tensor(step_sizes, dtype=x.dtype, device=x.device)
        return p.engine.gradients(b + al * (x - b), p.targets, x - b, w)

    def reference(self, captum, row, p):
        ig = captum.LayerIntegratedGradients(row, row.embed)
        return ig.attribute(p.ids, p.base, n_steps=p.n_steps, method="gausslegendre").sum(-1)


class Saliency(Method):
    """|gradient| at the input (Simonyan et al. 2014), summed over the embedding."""
    gradient = True

    def fast(self, p):
        return p.engine.gradients(p.x, p.targets, None, torch.ones(1, device=p.x.device))[0].abs().sum(-1)

    def reference(self, captum, row, p):
        return captum.Saliency(row.from_embedded).attribute(p.x.clone().requires_grad_(), abs=True).sum(-1)


class InputXGradient(Method):
    """Gradient times input (Shrikumar et al. 2016)."""
    gradient = True

    def fast(self, p):
        return p.engine.gradients(p.x, p.targets, p.x, torch.ones(1, device=p.x.device))

    def reference(self, captum, row, p):
        return captum.LayerGradientXActivation(row, row.embed).attribute(p.ids).sum(-1)


class DeepLift(Method):
    """DeepLIFT (Shrikumar et al. 2017). This model has no module DeepLIFT rescales, so it is the gradient at the
    input times (input - baseline), as Captum's LayerDeepLift computes here."""
    gradient = complete = True

    def fast(self, p):
        return p.engine.gradients(p.x, p.targets, p.x - p.b, torch.ones(1, device=p.x.device))

    def reference(self, captum, row, p):
        return captum.LayerDeepLift(row, row.embed).attribute(p.ids, p.base).sum(-1)


class GradientShap(Method):
    """GradientSHAP (Lundberg & Lee 2017) on the embeddings (noise in input space would corrupt token ids), from
    a pool of two baselines: the chosen one and all-<unk>."""
    gradient = sampled = True

    def fast(self, p):
        x = p.x
        gen = torch.Generator().manual_seed(p.seed)
        pool = torch.cat([p.b, p.embed(p.unk)])
        pick = torch.randint(0, len(pool), (p.n_steps,), generator=gen).to(x.device)
        alpha = torch.rand(p.n_steps, generator=gen).to(x.device).view(-1, 1, 1)
        starts = pool[pick]
        w = torch.full((p.n_steps,), 1.0 / p.n_steps, device=x.device)
        dirs = x - starts
        return p.engine.gradients(starts + alpha * dirs, p.targets, dirs, w)

    def reference(self, captum, row, p):
        torch.manual_seed(p.seed)
        pool = p.embed(torch.cat([p.base, p.unk]))
        return captum.GradientShap(row.from_embedded).attribute(p.x.clone(), pool, n_samples=p.n_steps).sum(-1)


class Occlusion(Method):
    """Word occlusion (Zeiler & Fergus 2014; Captum's FeatureAblation): the drop in the row's log-probability
    when the word is replaced by its baseline."""
    words = True

    def fast(self, p):
        """All word ablations in one batched forward: every row's drop f(x) - f(x without word g) at once."""
        variants = p.ids.repeat(len(p.groups) + 1, 1)
        for g, toks in enumerate(p.groups):
            variants[g + 1, list(toks)] = p.base[0, list(toks)]
        logp = logprobs(p.model, p.embed(variants), p.targets)                                 # (G+1, R)
        return spread((logp[0] - logp[1:]).t(), p.groups, p.ids.size(1))

    def reference(self, captum, row, p):
        mask = p.feature_mask()
        a = captum.FeatureAblation(row).attribute(p.ids, p.base, feature_mask=mask, perturbations_per_eval=64)
        return a.float() / torch.bincount(mask[0])[mask[0]].clamp(min=1)


class KernelShap(Method):
    """KernelSHAP (Lundberg & Lee 2017) over words, ``KERNEL_SHAP_SAMPLES`` coalitions."""
    words = complete = sampled = True

    def fast(self, p):
        """One shared set of coalitions for every row: one batched forward, then one weighted least-squares
        solve with a column per row."""
        ids, M = p.ids, len(p.groups)
        gen = torch.Generator().manual_seed(p.seed)
        coalitions = shap_coalitions(M, KERNEL_SHAP_SAMPLES, gen)                                # (N, M) 0/1
        variants = ids.repeat(len(coalitions), 1)
        for g, toks in enumerate(p.groups):
            off = coalitions[:, g] == 0
            variants[off.nonzero().squeeze(1)[:, None], torch.tensor(toks)[None, :]] = p.base[0, list(toks)]
        logp = logprobs(p.model, p.embed(variants), p.targets).double().cpu()                  # (N, R)
        # the empty and full coalitions get a large weight: the fit then (nearly) satisfies efficiency
        weights = torch.ones(len(coalitions), dtype=torch.float64)
        weights[:2] = 1e6
        coef = weighted_least_squares(coalitions.double(), logp, weights)                       # (1 + M, R)
        return spread(coef[1:].t().to(ids.device, torch.float32), p.groups, ids.size(1))

    def reference(self, captum, row, p):
        torch.manual_seed(p.seed)
        mask = p.feature_mask()
        ks = captum.KernelShap(row)
        ks.interpretable_model = LeastSquares()   # Captum's default surrogate needs scikit-learn
        a = ks.attribute(p.ids, p.base, feature_mask=mask, n_samples=KERNEL_SHAP_SAMPLES,
                         perturbations_per_eval=KERNEL_SHAP_SAMPLES)
        return a.float() / torch.bincount(mask[0])[mask[0]].clamp(min=1)


class Attention(Method):
    """The decoder's attention weights over the input: where it looked, not why (Jain & Wallace 2019). Read, not
    attributed, so it has no Captum reference."""
    attribution = False

    def fast(self, p):
        lengths = torch.tensor([p.x.size(1)], device=p.x.device)
        _, weights = p.model.forward_embedded(p.x, lengths, p.targets.tgt_in, return_attention=True)
        return weights[0, p.targets.positions]                                                  # (R, S)


METHODS: dict[str, type[Method]] = {
    "integrated_gradients": IntegratedGradients,
    "saliency": Saliency,
    "input_x_gradient": InputXGradient,
    "deeplift": DeepLift,
    "gradient_shap": GradientShap,
    "occlusion": Occlusion,
    "kernel_shap": KernelShap,
    "attention": Attention,
}
GRADIENT_METHODS = tuple(name for name, m in METHODS.items() if m.gradient)
WORD_METHODS = tuple(name for name, m in METHODS.items() if m.words)
COMPLETE_METHODS = tuple(name for name, m in METHODS.items() if m.complete)


# ---------------------------------------------------------------------------------------------- helpers
def word_features(encoded: Encoded, text: str) -> list[tuple[int, ...]]:
    """Word-level features for the perturbation methods: each context token alone, note tokens as words."""
    ctx = [(i,) for i in range(encoded.n_context) if encoded.tokens[i] != SEP]
    note = list(range(encoded.n_context, len(encoded.ids)))
    return ctx + [tuple(g) for g in words(text, note, encoded.offsets)]


def spread(values: torch.Tensor, groups, S: int) -> torch.Tensor:
    """(R, G) word scores -> (R, S) token scores, each word's score shared equally by its tokens."""
    out = values.new_zeros(values.size(0), S)
    for g, toks in enumerate(groups):
        out[:, list(toks)] = values[:, g:g + 1] / len(toks)
    return out


def shap_coalitions(M: int, n: int, gen: torch.Generator) -> torch.Tensor:
    """Empty and full coalitions, then ``n`` drawn from the Shapley kernel: size k with probability
    proportional to (M - 1) / (k (M - k)), members uniform."""
    rows = [torch.zeros(M), torch.ones(M)]
    if M > 1:
        ks = torch.arange(1, M, dtype=torch.float64)
        prob = (M - 1) / (ks * (M - ks))
        sizes = torch.multinomial(prob / prob.sum(), n, replacement=True, generator=gen) + 1
        for k in sizes.tolist():
            row = torch.zeros(M)
            row[torch.randperm(M, generator=gen)[:k]] = 1
            rows.append(row)
    return torch.stack(rows)


def weighted_least_squares(x: torch.Tensor, y: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    """x (N, M), y (N, R), w (N,) -> (1 + M, R) coefficients, intercept first, minimising sum w (y - fit)^2."""
    design = torch.cat([torch.ones(len(x), 1, dtype=x.dtype), x], dim=1)
    sw = w.sqrt().unsqueeze(1)
    return torch.linalg.lstsq(design * sw, y * sw).solution


class LeastSquares:
    """The surrogate Captum's KernelSHAP fits (its ``Model`` interface): weighted linear least squares with an
    intercept, in closed form."""

    def fit(self, train_data, **kwargs):
        xs, ys, ws = zip(*[(b[0], b[1], b[2] if len(b) > 2 else torch.ones(len(b[0]))) for b in train_data])
        x, y, w = torch.cat(xs).double(), torch.cat(ys).double().view(-1, 1), torch.cat(ws).double().view(-1)
        self.coef = weighted_least_squares(x, y, w)[:, 0]
        return {}

    def representation(self) -> torch.Tensor:
        return self.coef[1:].float().unsqueeze(0)

    def __call__(self, x):
        return self.coef[0].float() + x.float() @ self.coef[1:].float()
