"""Is this note within what MedSeq knows? An out-of-scope detector over signals the prediction already has.

A softmax differential always sums to one, so a note about a condition the knowledge base lacks still gets a
confident-looking answer. Four signals together say when not to trust it (Hendrycks & Gimpel 2017, maximum
softmax probability; Liu et al. 2020, energy score):
- ``msp``: the calibrated likelihood of the leading diagnosis;
- ``energy``: -T logsumexp(logits / T) over the diagnosis tokens at the first position (higher: less familiar);
- ``findings``: how many findings the lexicon recognised (none: the note speaks a language the knowledge base
  does not);
- ``kb_fit``: how well the best knowledge-base condition explains the recognised findings (mean log-likelihood
  per finding under naive Bayes; low when the findings do not belong together in any known condition).
``SCOPE_WEIGHTS`` and ``SCOPE_THRESHOLD`` were fitted on held-out conditions (python -m medmodel evaluate-scope):
a model trained without 12 conditions, their notes as out-of-scope against the development set's notes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FEATURES = ("msp", "energy", "findings", "kb_fit")
# Logistic-regression weights on standardised features (intercept first), and the decision threshold on the
# resulting probability of being out of scope.
SCOPE_MEAN = {"msp": 0.75, "energy": -8.0, "findings": 3.0, "kb_fit": -2.5}
SCOPE_SCALE = {"msp": 0.25, "energy": 2.0, "findings": 2.0, "kb_fit": 1.0}
SCOPE_WEIGHTS = {"intercept": -1.5, "msp": -1.5, "energy": 0.8, "findings": -0.8, "kb_fit": -0.6}
SCOPE_THRESHOLD = 0.5


@dataclass(frozen=True)
class Scope:
    out_of_scope: bool
    score: float                  # probability of being out of scope
    features: dict[str, float]


def scope_features(dx_logits, temperature: float, n_findings: int, kb_fit: float) -> dict[str, float]:
    z = np.asarray(dx_logits, dtype=float) / temperature
    lse = float(np.log(np.exp(z - z.max()).sum()) + z.max())
    msp = float(np.exp(z.max() - lse))
    return {"msp": msp, "energy": -temperature * lse, "findings": float(n_findings), "kb_fit": float(kb_fit)}


def assess(features: dict[str, float], weights: dict | None = None, threshold: float | None = None) -> Scope:
    w = weights or SCOPE_WEIGHTS
    z = w["intercept"] + sum(w[f] * (features[f] - SCOPE_MEAN[f]) / SCOPE_SCALE[f] for f in FEATURES)
    p = 1 / (1 + math.exp(-z))
    return Scope(p >= (SCOPE_THRESHOLD if threshold is None else threshold), p, features)
