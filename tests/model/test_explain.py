"""Explanations on the shipped model: every method, the fast path held to Captum's per-target reference, the CLI."""
import json

import numpy as np
import pytest

from medmodel.explain import METHODS, Explainer
from tests.support import DETERMINISTIC, check_explanation, generated_cases, rel_diff


@pytest.fixture(scope="module")
def shipped(shipped_bundle):
    ex = Explainer(shipped_bundle)
    cases = generated_cases(shipped_bundle.kb, 2, seed=5, lang="en") + generated_cases(shipped_bundle.kb, 1, 9, "zh")
    return ex, [(c, ex.predictor.predict(c)) for c in cases]


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_runs(shipped, method):
    ex, cases = shipped
    case, pred = cases[0]
    e = ex.explain(case, pred, method=method, n_steps=8)
    assert e.method == method
    check_explanation(e, pred)


@pytest.mark.parametrize("method", DETERMINISTIC)
def test_fast_path_equals_captum_per_target(shipped, method):
    ex, cases = shipped
    for case, pred in cases[:2]:
        fast = ex.explain(case, pred, method=method, n_steps=50)
        ref = ex.explain(case, pred, method=method, n_steps=50, strategy="per_target")
        assert rel_diff(fast.attributions, ref.attributions) < 1e-4, method
        assert rel_diff(fast.differential_attributions, ref.differential_attributions) < 1e-4


def test_integrated_gradients_is_nearly_complete(shipped):
    ex, cases = shipped
    gaps = np.concatenate([ex.explain(c, p, n_steps=50).completeness_gap for c, p in cases])
    assert np.median(gaps) < 0.05


def test_cli_explain_and_evaluate_explanations(shipped_bundle, capsys):
    from medmodel.cli import main
    bundle = str(shipped_bundle.path)
    assert main(["explain", "fever and cough for 3 days, no rash", "--age", "30", "--sex", "F", "--steps", "8",
                 "--bundle", bundle, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["method"] == "integrated_gradients" and len(out["attributions"]) == len(out["output_tokens"])
    assert main(["explain", "fever", "--method", "occlusion", "--bundle", bundle]) == 0
    assert "occlusion" in capsys.readouterr().out
    assert main(["explain", "  ", "--bundle", bundle]) == 2
    assert main(["explain", "fever", "--steps", "0", "--bundle", bundle]) == 2
    assert "n_steps" in capsys.readouterr().err
    assert main(["evaluate-explanations", "--n", "1", "--steps", "8", "--bundle", bundle, "--json", "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["n"] == 1
