"""CheckList-style behaviour checks (Ribeiro et al. 2020), shared by the tiny-model and shipped-model tests:
invariance of the top diagnosis to casing and typos, and the direction of negation."""
from __future__ import annotations

import random
import re

import numpy as np

from medmodel.case import Case
from medmodel.predict import Predictor
from tests.support import generated_cases


def _typo(text: str, rng: random.Random) -> str:
    """Swap two adjacent inner letters of one word of 4+ letters (CheckList's typo perturbation)."""
    words = list(re.finditer(r"[A-Za-z]{4,}", text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(1, len(w) - 2)
    return text[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + text[m.end():]


def invariance(bundle, n, seed=123):
    rng = random.Random(seed)
    predictor = Predictor(bundle, beam=1)        # the leading diagnosis comes from the first position: beam-free
    cases = generated_cases(bundle.kb, n, seed=seed, lang="en")
    base = [p.leading.condition_id for p in predictor.predict_many(cases)]
    rates = {}
    for name, perturb in (("upper", str.upper), ("title", str.title),
                          ("random case", lambda t: "".join(c.upper() if rng.random() < 0.5 else c for c in t)),
                          ("one typo", lambda t: _typo(t, rng)), ("two typos", lambda t: _typo(_typo(t, rng), rng))):
        out = predictor.predict_many([Case(perturb(c.text), c.age, c.sex, c.flags) for c in cases])
        rates[name] = float(np.mean([a == p.leading.condition_id for a, p in zip(base, out)]))
    return rates


def negation(bundle):
    """For each condition, its most specific finding, stated then negated: P(condition) should fall."""
    kb, predictor = bundle.kb, Predictor(bundle, beam=1)
    mean = {}
    for c in kb.conditions.values():
        for f, p in c.findings:
            mean[f] = mean.get(f, 0.0) + p / len(kb.conditions)
    results = []
    for c in kb.conditions.values():
        fs = sorted(((f, p) for f, p in c.findings if p >= 0.4), key=lambda fp: -fp[1] / (mean[fp[0]] + 0.02))
        if len(fs) < 2:
            continue
        key, other = (kb.findings[f].name.en.lower() for f, _ in fs[:2])
        pos, neg = predictor.predict_many([Case(f"{other} and {key}."), Case(f"{other}. no {key}.")])
        pp = {d.condition_id: d.probability for d in pos.differential}
        if pos.leading.condition_id != c.id:     # only where the model already names the condition from the finding
            continue
        pn = {d.condition_id: d.probability for d in neg.differential}
        results.append((c.id, pp[c.id], pn.get(c.id, 0.0)))
    return results
