"""The knowledge-base posterior: naive Bayes over conditions given findings and demographics.

This is both the generator's target (as DDXPlus built its differentials) and the reference ceiling
the trained model is compared against. The prior is prevalence tempered by ``PRIOR_TEMPERATURE``:
the generator draws conditions from the very same prior, so the posterior is the Bayes-optimal answer
for generated cases, while rare but dangerous conditions still appear often enough to be learned.
"""
from __future__ import annotations

import numpy as np

from .knowledge import KnowledgeBase

PRIOR_TEMPERATURE = 0.35   # prior ∝ prevalence ** 0.35: cold 100 vs dissection 0.5 -> ~6x, not 200x
BACKGROUND_P = 0.01        # P(finding | condition) for findings a condition does not list
RISK_FACTOR_P = 0.3        # P(risk factor mentioned | condition)
RED_FLAG_P = 0.07          # P(condition-specific red flag | condition) when not listed as a finding
AGE_OUTSIDE_P = 0.05       # share of patients outside a condition's typical age range
AGE_OUTSIDE_SPAN = 10      # ... by up to this many years
PREGNANT_KNOWN_P = 0.85    # pregnancy-only conditions: share of patients known to be pregnant
PREGNANT_BASE_P = 0.08     # other conditions: share of women 16-45 flagged pregnant
CHILDBEARING_AGE = (16, 45)


class Posterior:
    """Vectorised naive Bayes over all conditions of a knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.condition_ids = list(kb.conditions)
        self.finding_ids = list(kb.findings)
        self._fidx = {f: i for i, f in enumerate(self.finding_ids)}
        conditions = list(kb.conditions.values())
        p = np.full((len(conditions), len(self.finding_ids)), BACKGROUND_P)
        for ci, c in enumerate(conditions):
            for f in c.red_flags:
                p[ci, self._fidx[f]] = RED_FLAG_P
            for f in c.risk_factors:
                p[ci, self._fidx[f]] = RISK_FACTOR_P
            for f, prob in c.findings:
                p[ci, self._fidx[f]] = min(prob, 0.99)
        self.p_finding = p                      # (C, F)
        self._log_p = np.log(p)
        self._log_not_p = np.log1p(-p)
        prior = np.array([c.prevalence for c in conditions]) ** PRIOR_TEMPERATURE
        self.prior = prior / prior.sum()        # (C,)
        self._log_prior = np.log(self.prior)
        self._age = np.array([c.age_range for c in conditions], dtype=float)  # (C, 2)
        self._male = np.array([
            0.0 if c.sex_specific == "female" else 1.0 if c.sex_specific == "male"
            else min(max(c.male_fraction, 0.005), 0.995) for c in conditions])
        self._pregnancy_only = np.array([c.pregnancy_only for c in conditions])

    def fit(self, present) -> float:
        """How well the best condition explains these findings together: max over conditions of the mean
        log-likelihood per finding (log BACKGROUND_P when nothing is recognised)."""
        idx = [self._fidx[f] for f in present if f in self._fidx]
        if not idx:
            return float(np.log(BACKGROUND_P))
        return float(self._log_p[:, idx].mean(axis=1).max())

    def evidence(self, present) -> float:
        """How likely these findings are under the knowledge base as a whole: log sum_c P(c) prod_f P(f | c), the
        prior-weighted mixture over conditions, per finding (log BACKGROUND_P when nothing is recognised). Low for
        findings that no common condition, nor any condition at all, brings together."""
        idx = sorted({self._fidx[f] for f in present if f in self._fidx})
        if not idx:
            return float(np.log(BACKGROUND_P))
        s = self._log_prior + self._log_p[:, idx].sum(axis=1)
        return float((s.max() + np.log(np.exp(s - s.max()).sum())) / len(idx))

    def age_likelihood(self, age: float) -> np.ndarray:
        lo, hi = self._age[:, 0], self._age[:, 1]
        inside = (age >= lo) & (age <= hi)
        near = (age >= lo - AGE_OUTSIDE_SPAN) & (age <= hi + AGE_OUTSIDE_SPAN)
        width = hi - lo + 1
        return np.where(inside, (1 - AGE_OUTSIDE_P) / width,
                        np.where(near, AGE_OUTSIDE_P / (2 * AGE_OUTSIDE_SPAN), 1e-6))

    def pregnancy_likelihood(self, pregnant: bool, sex: str | None, age: float | None) -> np.ndarray:
        fertile = sex == "F" and age is not None and CHILDBEARING_AGE[0] <= age <= CHILDBEARING_AGE[1]
        base = PREGNANT_BASE_P if fertile else 0.0
        p_preg = np.where(self._pregnancy_only, PREGNANT_KNOWN_P, base)
        return p_preg if pregnant else 1 - p_preg

    def log_scores(self, present, absent, age=None, sex=None, pregnant=False) -> np.ndarray:
        """Unnormalised log posterior over conditions, shape (C,)."""
        s = self._log_prior.copy()
        if age is not None:
            s += np.log(self.age_likelihood(age))
        if sex in ("F", "M"):
            s += np.log(np.clip(self._male if sex == "M" else 1 - self._male, 1e-12, 1))
        s += np.log(np.clip(self.pregnancy_likelihood(pregnant, sex, age), 1e-12, 1))
        for f in present:
            s += self._log_p[:, self._fidx[f]]
        for f in absent:
            s += self._log_not_p[:, self._fidx[f]]
        return s

    def probabilities(self, present, absent, age=None, sex=None, pregnant=False) -> np.ndarray:
        s = self.log_scores(present, absent, age, sex, pregnant)
        s = np.exp(s - s.max())
        return s / s.sum()

    def rank(self, present, absent, age=None, sex=None, pregnant=False, k: int = 5) -> list[tuple[str, float]]:
        """Top-k (condition id, posterior probability), most likely first."""
        probs = self.probabilities(present, absent, age, sex, pregnant)
        order = np.argsort(-probs, kind="stable")[:k]
        return [(self.condition_ids[i], float(probs[i])) for i in order]
