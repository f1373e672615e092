"""Real training runs: torchrun data parallel on two processes matches one process."""
import os
import shutil
import subprocess
import sys

import pytest

from medmodel.bundle import load_bundle
from tests.support import MINI_KB, ROOT, held_out_accuracy


def test_torchrun_two_processes_match_one(mini_kb, tmp_path):
    # --batch-size is per process: two processes of 16 take the same optimiser steps as one process of 32.
    common = ["--kb", str(MINI_KB), "--num-cases", "800", "--lang", "mix", "--epochs", "12", "--lr", "6e-3",
              "--hidden", "32", "--emb-dim", "24", "--seed", "0", "--eval-n", "0", "--quiet"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    torchrun = shutil.which("torchrun") or pytest.fail("torchrun is not installed")
    one = subprocess.run([sys.executable, "-m", "medmodel", "train", *common, "--batch-size", "32",
                          "--output", str(tmp_path / "one")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert one.returncode == 0, one.stderr[-2000:]
    two = subprocess.run([torchrun, "--standalone", "--nproc_per_node", "2", "-m", "medmodel", "train", *common,
                          "--batch-size", "16", "--output", str(tmp_path / "two")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert two.returncode == 0, two.stderr[-2000:]
    acc_one, bayes = held_out_accuracy(load_bundle(tmp_path / "one", kb=mini_kb), mini_kb)
    acc_two, _ = held_out_accuracy(load_bundle(tmp_path / "two", kb=mini_kb), mini_kb)
    print(f"held-out top-1: one process {acc_one:.3f}, two processes {acc_two:.3f}, Bayes {bayes:.3f}")
    assert acc_one >= 0.85 * bayes and acc_two >= 0.85 * bayes
    assert abs(acc_one - acc_two) <= 0.08
