"""Explanations of predictions: which input tokens pushed each output token up or down.

    explanation.py       Explanation, Span: the result (numpy only)
    engine.py            the fast gradient engine: every output row in one pass (batched BiLSTM adjoint)
    methods.py           one class per method with fast() and reference(); the METHODS table
    captum_reference.py  Captum's per-target loop, the reference the fast path is tested against
    explainer.py         Explainer.explain(case, prediction, method, baseline, ...) -> Explanation
    contrast.py          Explainer.contrast(case, a, b, ...): why A rather than B, log p(A) - log p(B)
    faithfulness.py      ERASER, model randomisation, Spearman rank agreement
"""
from .contrast import CONTRAST_METHODS
from .explainer import BASELINES, STRATEGIES, Explainer
from .explanation import Explanation, Span
from .faithfulness import eraser, rank_agreement, rank_correlation, randomized
from .methods import COMPLETE_METHODS, GRADIENT_METHODS, METHODS, WORD_METHODS

__all__ = ["BASELINES", "COMPLETE_METHODS", "CONTRAST_METHODS", "GRADIENT_METHODS", "METHODS", "STRATEGIES", "WORD_METHODS", "Explainer",
           "Explanation", "Span", "eraser", "rank_agreement", "rank_correlation", "randomized"]
