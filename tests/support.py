"""What the tests share besides fixtures: paths, generated cases, and checks used by more than one tier."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
MINI_KB = ROOT / "tests" / "data" / "mini_kb"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def run_cli(capsys, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """``python -m medmodel ARGS`` in this process (no second torch import): exit status, stdout, stderr."""
    import io
    import sys

    from medmodel.cli import main
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        rc = main(list(args))
    except SystemExit as exc:          # argparse's errors and `audit verify` exit from inside
        rc = exc.code
    finally:
        sys.stdin = saved
    out = capsys.readouterr()
    return rc, out.out, out.err


def case_of(synthetic):
    """The Case a clinician would enter for a generated case (its note, age, sex and flags)."""
    from medmodel.case import Case
    return Case(synthetic.text, synthetic.age, synthetic.sex, synthetic.flags)


def generated_cases(kb, n: int, seed: int, lang: str = "mix") -> list:
    from medmodel.synth import Generator
    return [case_of(s) for s in Generator(kb).generate(n, seed, lang)]


def held_out_accuracy(bundle, kb, n=300, seed=4242) -> tuple[float, float]:
    """Top-1 of the model and of the Bayes-optimal posterior on ``n`` fresh generated cases."""
    from medmodel.posterior import Posterior
    from medmodel.predict import Predictor
    from medmodel.synth import Generator
    synth = list(Generator(kb).generate(n, seed=seed, lang="mix"))
    preds = Predictor(bundle, beam=3).predict_many([case_of(s) for s in synth])
    model = np.mean([p.differential[0].condition_id == s.condition_id for p, s in zip(preds, synth)])
    post = Posterior(kb)
    bayes = np.mean([post.rank(s.present, s.absent, s.age, s.sex, "pregnant" in s.flags, k=1)[0][0] == s.condition_id
                     for s in synth])
    return float(model), float(bayes)


# ---------------------------------------------------------------- explanations
DETERMINISTIC = ("integrated_gradients", "saliency", "input_x_gradient", "deeplift", "occlusion")   # no sampling


def rel_diff(a: np.ndarray, b: np.ndarray) -> float:
    """Largest difference relative to the largest magnitude of ``b``."""
    return float(np.abs(a - b).max() / max(np.abs(b).max(), 1e-12))


def check_explanation(e, pred) -> None:
    """Shapes, finiteness, labels in both languages and JSON form of an explanation of ``pred``."""
    T, S = len(pred.output_tokens), len(pred.encoded.ids)
    assert e.attributions.shape == (T, S)
    assert np.isfinite(e.attributions).all() and np.abs(e.attributions).sum() > 0
    assert e.output_tokens == pred.output_tokens and len(e.labels("en")) == len(e.labels("zh")) == T
    assert e.differential_attributions.shape == (len(pred.differential), S)
    assert e.is_attribution == (e.method != "attention")
    if e.method == "attention":   # weights over the input, not signed attributions
        assert np.allclose(e.attributions.sum(1), 1, atol=1e-5) and (e.attributions >= 0).all()
    json.dumps(e.to_dict())     # JSON-ready, NaN as null
