"""Out-of-scope scoring pieces: AUROC, the logistic fit and the detector's arithmetic."""
import numpy as np

from medmodel.evaluate import auroc, fit_logistic
from medmodel.scope import assess, scope_features


def test_auroc_known_values():
    assert auroc([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0]) == 1.0
    assert auroc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0]) == 0.0
    assert auroc([0.5, 0.5], [1, 0]) == 0.5
    assert abs(auroc([0.9, 0.4, 0.6, 0.1], [1, 1, 0, 0]) - 0.75) < 1e-9


def test_logistic_fit_separates_separable_data():
    rng = np.random.default_rng(0)
    X = np.r_[rng.normal(-2, 1, (50, 2)), rng.normal(2, 1, (50, 2))]
    y = np.r_[np.zeros(50), np.ones(50)]
    w = fit_logistic(X, y)
    p = 1 / (1 + np.exp(-(w[0] + X @ w[1:])))
    assert ((p > 0.5) == y).mean() > 0.95


def test_features_and_assessment():
    confident = scope_features([10.0, 0.0, 0.0], 1.0, 4, -0.5)
    unsure = scope_features([0.1, 0.0, 0.0], 1.0, 0, -4.6)
    assert confident["msp"] > 0.99 and unsure["msp"] < 0.4
    assert confident["energy"] < unsure["energy"]
    assert assess(unsure).score > assess(confident).score


def test_knowledge_base_evidence(kb):
    """``Posterior.evidence``: findings that common conditions bring together are likelier, per finding, than the
    same number that no condition shares; nothing recognised is the background."""
    import math

    from medmodel.posterior import BACKGROUND_P, Posterior
    post = Posterior(kb)
    together = post.evidence(["fever", "cough", "sore_throat"])
    apart = post.evidence(["trismus", "hot_flushes", "threadworms_seen"])
    assert together > apart
    assert post.evidence([]) == math.log(BACKGROUND_P)
    assert post.evidence(["fever", "not_a_finding"]) == post.evidence(["fever"])
