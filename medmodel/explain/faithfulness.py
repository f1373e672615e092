"""Is an explanation faithful to the model? ERASER deletion tests, the model-randomisation sanity check, and
Spearman rank agreement between attribution matrices or methods."""
from __future__ import annotations

import copy
from dataclasses import replace

import numpy as np
import torch

from ..model import Source
from ..predict import Prediction
from .explainer import Explainer
from .explanation import Explanation


def _subset(enc, positions: list[int]):
    pick = lambda seq: [seq[i] for i in positions] if len(seq) else seq
    return replace(enc, ids=pick(enc.ids), subwords=pick(enc.subwords), states=pick(enc.states),
                   concepts=pick(enc.concepts))


@torch.no_grad()
def eraser(explainer: Explainer, expl: Explanation, prediction: Prediction, fraction: float = 0.2,
           n_random: int = 5, seed: int = 0) -> dict[str, np.ndarray]:
    """ERASER faithfulness (DeYoung et al. 2020) per output row, against random tokens of the same number.

    comprehensiveness = p(y|x) - p(y|x without the top ``fraction`` of tokens): high when they mattered.
    sufficiency       = p(y|x) - p(y|only those tokens): low when they suffice.
    Tokens are deleted, as ERASER does; <sep> always stays. Returns arrays of shape (T_out,).
    """
    enc = prediction.encoded
    ids, sep = enc.ids, explainer.bundle.tokenizer.sep_id
    cand = [i for i, t in enumerate(ids) if t != sep]
    k = max(1, round(fraction * len(cand)))
    rng = np.random.default_rng(seed)
    targets, _ = explainer.targets(prediction)
    T = len(expl.output_tokens)

    def keep_only(chosen):
        return [i for i, t in enumerate(ids) if i in chosen or t == sep]

    def drop(chosen):
        return [i for i, t in enumerate(ids) if i not in chosen] or [ids.index(sep)]

    seqs = [list(range(len(ids)))]   # positions kept, so each token keeps its own n-grams and features
    for r in range(T):
        top = {cand[j] for j in np.argsort(-expl.attributions[r, cand], kind="stable")[:k]}
        seqs += [drop(top), keep_only(top)]
        for _ in range(n_random):
            rand = set(rng.choice(cand, size=k, replace=False).tolist())
            seqs += [drop(rand), keep_only(rand)]
    src = Source.collate([_subset(enc, keep) for keep in seqs], explainer.model.src_embedding.weight.device)
    logits = explainer.model(src, None, targets.tgt_in.expand(len(seqs), -1))
    logp = torch.log_softmax(logits[:, targets.positions], dim=-1)
    logp = logp.gather(2, targets.tokens.view(1, -1, 1).expand(len(seqs), -1, 1)).squeeze(2)     # (B, R)
    p = logp.exp().cpu().double().numpy()[:, :T]
    per = 2 + 2 * n_random
    out = {name: np.zeros(T) for name in ("comprehensiveness", "sufficiency", "random_comprehensiveness",
                                          "random_sufficiency")}
    for r in range(T):
        block = p[1 + r * per: 1 + (r + 1) * per, r]
        out["comprehensiveness"][r] = p[0, r] - block[0]
        out["sufficiency"][r] = p[0, r] - block[1]
        out["random_comprehensiveness"][r] = np.mean(p[0, r] - block[2::2])
        out["random_sufficiency"][r] = np.mean(p[0, r] - block[3::2])
    return out


def randomized(explainer: Explainer, seed: int = 0) -> Explainer:
    """An explainer over a weight-randomised copy of the model (the shared model is never touched): every
    weight tensor redrawn from a normal with that tensor's own spread (Adebayo et al. 2018, full cascade)."""
    model = copy.deepcopy(explainer.model)
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            std = float(p.std()) if p.numel() > 1 else 0.1
            p.copy_(torch.randn(p.shape, generator=gen) * (std or 0.1))
    return Explainer(replace(explainer.bundle, model=model.eval()), predictor=explainer.predictor)


def ranks(x) -> np.ndarray:
    """Ranks from 1, ties sharing their average rank (as Spearman's rho needs)."""
    x = np.asarray(x, dtype=float)
    order = np.argsort(x, kind="stable")
    position = np.empty(len(x))
    position[order] = np.arange(1, len(x) + 1)
    _, tie, count = np.unique(x, return_inverse=True, return_counts=True)
    return (np.bincount(tie, weights=position) / count)[tie]


def spearman(rows) -> np.ndarray:
    """(M, N) scores -> (M, M) Spearman rank correlations (Pearson on ranks); NaN where a row is constant."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.atleast_2d(np.corrcoef(np.array([ranks(r) for r in rows])))


def rank_correlation(a: np.ndarray, b: np.ndarray, skip: list[int] | None = None) -> float:
    """Mean over rows of the Spearman rank correlation of two (T_out, T_in) attribution matrices."""
    cols = [i for i in range(a.shape[1]) if i not in set(skip or [])]
    rhos = [spearman([x[cols], y[cols]])[0, 1] for x, y in zip(a, b)]
    rhos = [r for r in rhos if np.isfinite(r)]
    return float(np.mean(rhos)) if rhos else float("nan")


def rank_agreement(explanations: list[Explanation], row: int = 0, level: str = "word") -> tuple[list[str], np.ndarray]:
    """How alike several methods rank the note's words for one output row: the method names and an (M, M)
    Spearman matrix; 1 means identical order. A method that scores every word equally correlates as NaN."""
    scores = [[v for _, v in e.span_scores(row, level)] for e in explanations]
    matrix = spearman(scores) if len(scores) > 1 else np.ones((1, 1))
    return [e.method for e in explanations], matrix
