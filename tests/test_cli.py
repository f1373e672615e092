import json
import subprocess
import sys

import pandas as pd
import pytest

from conftest import ROOT


def run(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "medmodel", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_kb_commands():
    assert run("kb", "validate").returncode == 0
    stats = json.loads(run("kb", "stats", "--json").stdout)
    assert stats["conditions"] >= 150 and stats["findings"] >= 300
    rows = json.loads(run("kb", "list", "--json").stdout)
    assert set(rows[0]) == {"id", "name_en", "name_zh", "icd10", "specialty", "triage"}
    assert len(rows) == stats["conditions"]


def test_generate_round_trip(tmp_path):
    out = tmp_path / "cases.csv"
    r = run("generate", "--n", "40", "--seed", "3", "--lang", "mix", "--output", str(out))
    assert r.returncode == 0, r.stderr
    df = pd.read_csv(out)
    assert len(df) == 40
    assert {"text", "lang", "age", "sex", "context", "condition_id", "icd10", "differential", "target"} <= set(df.columns)
    again = tmp_path / "again.parquet"
    assert run("generate", "--n", "40", "--seed", "3", "--output", str(again), "--quiet").returncode == 0
    assert pd.read_parquet(again)["text"].tolist() == df["text"].tolist()


@pytest.mark.parametrize("args", [
    ["generate", "--n", "0", "--output", "x.csv"],
    ["generate", "--n", "5", "--output", "x.txt"],
    ["generate", "--n", "5", "--lang", "fr", "--output", "x.csv"],
    ["generate", "--n", "five", "--output", "x.csv"],
    ["kb", "explode"],
    ["predict", "cough", "--age", "-3"],
    ["predict", "cough", "--sex", "M", "--pregnant"],
    ["predict", "cough", "--bundle", "/nonexistent"],
    ["score", "/nonexistent.csv", "--text-column", "text", "--output", "o.csv"],
    ["nonsense"],
    ["train", "--n", "100", "--label-smoothing", "1.5", "--output", "m"],
    ["train", "--n", "100", "--weight-decay", "-0.1", "--output", "m"],
    ["evaluate", "--data", "assets/eval/handwritten_notes.csv", "--triage-column", "min_triage"],
])
def test_bad_input_is_one_line_and_exit_2(args, tmp_path):
    r = run(*args)
    assert r.returncode == 2, (args, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, r.stderr


def test_cold_predict_imports_neither_captum_nor_pandas():
    """A cold `python -m medmodel predict` pays for torch only: Captum (~1 s) and pandas (~0.5 s) stay unloaded."""
    code = ("import contextlib, io, sys\n"
            "from medmodel.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    rc = main(['predict', 'burning when I pee', '--age', '30', '--sex', 'F', '--json'])\n"
            "print(rc, 'captum' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["0", "False", "False"], out.stderr[-2000:]
