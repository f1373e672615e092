"""Is this note within what MedSeq knows? An out-of-scope detector over signals the prediction already has.

A softmax differential always sums to one, so a note about a condition the knowledge base lacks still gets a
confident-looking answer. Seven signals together say when not to trust it (Hendrycks & Gimpel 2017, maximum
softmax probability; Liu et al. 2020, energy score):
- ``msp``: the calibrated likelihood of the leading diagnosis;
- ``energy``: -T logsumexp(logits / T) over the diagnosis tokens at the first position (higher: less familiar);
- ``findings``: how many findings the lexicon recognised (none: the note speaks a language the knowledge base
  does not);
- ``kb_fit``: how well the best knowledge-base condition explains the recognised findings (mean log-likelihood
  per finding under naive Bayes; low when the findings do not belong together in any known condition);
- ``kb_agreement``: the knowledge base's own posterior, from the recognised findings, for the model's leading
  diagnosis (low when the model's answer does not follow from what the note says);
- ``unexplained``: the share of findings stated present that the leading diagnosis does not list;
- ``kb_evidence``: the likelihood of the recognised findings under the knowledge base as a whole, per finding
  (``Posterior.evidence``; novelty as low density of the input, Bishop 1994). Low when only rare conditions, or
  none, bring these findings together; ``kb_fit`` asks the same of the best condition alone and misses that.
The detector is a logistic regression over the standardised signals, fitted for each bundle by
``python -m medmodel card`` (``evaluate.evaluate_scope``: the development set's notes against notes about conditions
the knowledge base lacks, threshold where at most 10% of in-scope notes are flagged) and stored in the bundle's
metrics.json under ``scope``; the constants below are the fallback for a bundle not yet measured. How well it
finds conditions a model has never seen is measured on a model trained without 12 conditions
(``train --hold-out``), reported in the README. A seventh signal, the Mahalanobis distance of the decoder's
first-position features to the nearest condition's mean over 10,000 generated cases (Lee et al. 2018), was
measured on this detector and added nothing (cross-validated AUROC 0.720 without and with it; 0.808 and 0.799
against written in-scope notes), so it is not computed. ``kb_evidence`` raised the cross-validated AUROC of the
shipped model from 0.738 to 0.778 (0.827 to 0.842 against written notes). Measured on the same notes and added
nothing that held against written notes too: the share of the note's content words inside recognised findings,
out-of-vocabulary tokens, the entropy and top-two margin of the model's differential, the maximum logit
(Hendrycks et al. 2022), the posterior's entropy and maximum, the overlap of the model's and the posterior's top
three, and the share of the leading diagnosis's findings the note states (each 0.727-0.748 with the six). The
count of content words outside recognised findings (0.763) and the note's length (0.781) raised it only by telling
long real questions from written notes: both lowered it against written notes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FEATURES = ("msp", "energy", "findings", "kb_fit", "kb_agreement", "unexplained", "kb_evidence")
# Logistic-regression weights on standardised features (intercept first), and the decision threshold on the
# resulting probability of being out of scope.
SCOPE_MEAN = {"msp": 0.75, "energy": -8.0, "findings": 3.0, "kb_fit": -2.5, "kb_agreement": 0.3, "unexplained": 0.4,
              "kb_evidence": -3.1}
SCOPE_SCALE = {"msp": 0.25, "energy": 2.0, "findings": 2.0, "kb_fit": 1.0, "kb_agreement": 0.35, "unexplained": 0.35,
               "kb_evidence": 0.9}
SCOPE_WEIGHTS = {"intercept": -1.5, "msp": -0.5, "energy": 1.0, "findings": -0.2, "kb_fit": -0.4, "kb_agreement": -0.6,
                 "unexplained": 0.4, "kb_evidence": -1.0}
SCOPE_THRESHOLD = 0.5


@dataclass(frozen=True)
class Scope:
    out_of_scope: bool
    score: float                  # probability of being out of scope
    features: dict[str, float]


def scope_features(dx_logits, temperature: float, n_findings: int, kb_fit: float, kb_agreement: float = 0.0,
                   unexplained: float = 1.0, kb_evidence: float = math.log(0.01)) -> dict[str, float]:
    z = np.asarray(dx_logits, dtype=float) / temperature
    lse = float(np.log(np.exp(z - z.max()).sum()) + z.max())
    msp = float(np.exp(z.max() - lse))
    return {"msp": msp, "energy": -temperature * lse, "findings": float(n_findings), "kb_fit": float(kb_fit),
            "kb_agreement": float(kb_agreement), "unexplained": float(unexplained), "kb_evidence": float(kb_evidence)}


def assess(features: dict[str, float], fitted: dict | None = None) -> Scope:
    """``fitted``: a bundle's ``metrics["scope"]`` (mean, scale, weights, threshold); None for the defaults."""
    fitted = fitted if fitted and {"mean", "scale", "weights", "threshold"} <= set(fitted) else {}
    mean, scale = fitted.get("mean", SCOPE_MEAN), fitted.get("scale", SCOPE_SCALE)
    w = fitted.get("weights", SCOPE_WEIGHTS)
    z = w["intercept"] + sum(w[f] * (features[f] - mean[f]) / scale[f] for f in FEATURES if f in w)
    p = 1 / (1 + math.exp(-max(min(z, 50.0), -50.0)))
    return Scope(p >= fitted.get("threshold", SCOPE_THRESHOLD), p, features)

