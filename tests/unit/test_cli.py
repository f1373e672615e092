"""The command line, run in-process: commands, and one line with exit status 2 on any bad input."""
import json
import subprocess
import sys

import pandas as pd
import pytest

from medmodel import errors
from medmodel.cli import EXIT_BAD_INPUT, UserError
from tests.support import ROOT
from tests.support import run_cli as run


def test_kb_commands(capsys):
    rc, out, _ = run(capsys, "kb", "validate")
    assert rc == 0 and out.startswith("knowledge base OK")
    stats = json.loads(run(capsys, "kb", "stats", "--json")[1])
    assert stats["conditions"] >= 150 and stats["findings"] >= 300
    rows = json.loads(run(capsys, "kb", "list", "--json")[1])
    assert set(rows[0]) == {"id", "name_en", "name_zh", "icd10", "specialty", "triage"}
    assert len(rows) == stats["conditions"]


def test_generate_round_trip(capsys, tmp_path):
    out = tmp_path / "cases.csv"
    rc, _, err = run(capsys, "generate", "--n", "40", "--seed", "3", "--lang", "mix", "--output", str(out), "--quiet")
    assert rc == 0 and "wrote 40 cases" in err
    df = pd.read_csv(out)
    assert len(df) == 40
    assert {"text", "lang", "age", "sex", "context", "condition_id", "icd10", "differential", "target"} <= set(df.columns)
    again = tmp_path / "again.parquet"
    assert run(capsys, "generate", "--n", "40", "--seed", "3", "--output", str(again), "--quiet")[0] == 0
    assert pd.read_parquet(again)["text"].tolist() == df["text"].tolist()


@pytest.mark.parametrize("args,msg", [
    (["generate", "--n", "0", "--output", "x.csv"], "--n must be at least 1"),
    (["generate", "--n", "5", "--output", "x.txt"], "output must end in .csv or .parquet"),
    (["generate", "--n", "5", "--lang", "fr", "--output", "x.csv"], "invalid choice: 'fr'"),
    (["generate", "--n", "five", "--output", "x.csv"], "invalid int value: 'five'"),
    (["kb", "explode"], "invalid choice: 'explode'"),
    (["predict", "cough", "--age", "-3"], "age must be a whole number"),
    (["predict", "cough", "--sex", "M", "--pregnant"], "cannot be flagged as pregnant"),
    (["predict", "  "], "the note is empty"),
    (["predict", "cough", "--bundle", "/nonexistent"], "no model bundle at /nonexistent"),
    (["explain", "cough", "--method", "lrp"], "invalid choice: 'lrp'"),
    (["score", "/nonexistent.csv", "--text-column", "text", "--output", "o.csv"], "file not found"),
    (["score", "x.csv", "--text-column", "text", "--output", "o.csv", "--workers", "0"], "--workers: must be at least 1, got 0"),
    (["score", "x.csv", "--text-column", "text", "--output", "o.csv", "--chunk-rows", "0"], "--chunk-rows: must be at least 1"),
    (["score", "x.csv", "--text-column", "text", "--output", "o.txt"], "output must end in .csv"),
    (["nonsense"], "invalid choice: 'nonsense'"),
    (["train", "--n", "100", "--label-smoothing", "1.5", "--output", "m"], "--label-smoothing must be"),
    (["train", "--n", "100", "--weight-decay", "-0.1", "--output", "m"], "--weight-decay must not be negative"),
    (["evaluate-explanations", "--n", "0"], "--n must be at least 1"),
    (["audit", "export"], "audit export needs --output FILE.csv"),
    # issue 14 #9: these were tracebacks, or failed only after all the work
    (["predict", "cough", "--beam", "0"], "--beam: must be at least 1, got 0"),
    (["predict", "cough", "--beam", "-1"], "--beam: must be at least 1, got -1"),
    (["evaluate", "--beam", "0"], "--beam: must be at least 1"),
    (["score", "assets/eval/real_dev.csv", "--text-column", "text", "--beam", "0", "--output", "o.csv"],
     "--beam: must be at least 1"),
    (["score", "assets/eval/real_dev.csv", "--text-column", "text", "--output", "assets.csv"], None),
])
def test_bad_input_is_one_line_and_exit_2(capsys, monkeypatch, args, msg, tmp_path):
    monkeypatch.chdir(ROOT)
    if msg is None:                      # --output naming a folder: refused before any row is scored
        (tmp_path / "assets.csv").mkdir()
        args = [a if a != "assets.csv" else str(tmp_path / "assets.csv") for a in args]
        msg = "is a folder: name a file"
    rc, _, err = run(capsys, *args)
    assert rc == EXIT_BAD_INPUT, (args, err)
    assert len(err.strip().splitlines()) == 1 and msg in err, err


def test_a_real_process_prints_one_line_and_no_traceback():
    r = subprocess.run([sys.executable, "-m", "medmodel", "predict", "cough", "--age", "-3"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == EXIT_BAD_INPUT and r.stderr.strip().count("\n") == 0 and "Traceback" not in r.stderr


def test_every_user_facing_error_has_one_base():
    for name in ("InputError", "RecordsError", "BundleError", "AuditError", "UsersError"):
        assert issubclass(getattr(errors, name), errors.MedSeqError), name
    assert issubclass(UserError, errors.MedSeqError) and issubclass(errors.MedSeqError, ValueError)
    from medmodel.audit import AuditError
    from medmodel.bundle import BundleError
    from medmodel.predict import InputError
    from medmodel.users import UsersError
    assert (AuditError, BundleError, InputError, UsersError) == (errors.AuditError, errors.BundleError,
                                                                 errors.InputError, errors.UsersError)
