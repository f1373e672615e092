"""The command line with the shipped model: predict's JSON, a cold start's imports, evaluate's column checks."""
import json
import subprocess
import sys

import pandas as pd
import pytest

from medmodel.cli import main
from medmodel.knowledge import TRIAGE_LEVELS
from medmodel.safety import filter_medications
from tests.support import ROOT


def test_predict_json(capsys, shipped_bundle):
    assert main(["predict", "burning when I pee and going all the time", "--age", "30", "--sex", "F", "--pregnant",
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    probs = [d["probability"] for d in out["differential"]]
    assert len(probs) == 5 and probs == sorted(probs, reverse=True) and out["triage"] in TRIAGE_LEVELS
    assert out["output_tokens"][0] == f"DX:{out['differential'][0]['id']}" and out["latency_ms"] > 0
    # nothing contraindicated in pregnancy is suggested; what was held back says why
    assert filter_medications(shipped_bundle.kb, out["medications"], frozenset({"pregnant"}))[1] == []
    assert all(w["flag"].startswith("pregnan") and w["reason"] for w in out["withheld"])   # pregnant, pregnancy_term


def test_cold_predict_imports_neither_captum_nor_pandas():
    """A cold `python -m medmodel predict` pays for torch only: Captum (~1 s) and pandas (~0.5 s) stay unloaded."""
    code = ("import contextlib, io, sys\n"
            "from medmodel.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    rc = main(['predict', 'burning when I pee', '--age', '30', '--sex', 'F', '--json'])\n"
            "print(rc, 'captum' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["0", "False", "False"], out.stderr[-2000:]


def test_evaluate_names_a_missing_triage_column(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["evaluate", "--data", "assets/eval/handwritten_notes.csv", "--triage-column", "min_triage"]) == 2
    assert "column 'min_triage' is not in the file" in capsys.readouterr().err


@pytest.mark.parametrize("age,flags,msg", [("abc", "", "row 2: age 'abc' is not a number of years"),
                                           ("30", "penicillin_allergy", "row 2: unknown context flag(s): penicillin_allergy")])
def test_evaluate_names_the_row_a_development_set_cannot_use(capsys, tmp_path, age, flags, msg):
    """A bad age or flag in a development-set file is one line naming the row, exit 2, not a traceback."""
    path = tmp_path / "dev.csv"
    pd.DataFrame({"id": ["a", "b"], "style": ["lay_en", "lay_en"], "text": ["sore throat for 2 days", "cough"],
                  "age": ["30", age], "sex": ["F", "M"], "flags": ["", flags], "dx": ["viral_pharyngitis", "common_cold"],
                  "acceptable": ["", ""], "min_triage": ["self_care", "self_care"]}).to_csv(path, index=False)
    assert main(["evaluate", "--data", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and msg in err, err


def test_shipped_bundle_is_the_current_format_with_the_shipped_recipe(shipped_bundle):
    from medmodel.bundle import FORMAT_VERSION
    cfg = shipped_bundle.model.cfg
    assert shipped_bundle.manifest["format_version"] == FORMAT_VERSION and cfg.scaled_attention
    assert cfg.subword_buckets > 0 and cfg.token_states and cfg.concepts   # what the real-language recipe adds
