"""Training: a tiny real model learns the mini-KB mapping, checkpoints resume, torchrun data parallel matches."""
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
import torch

from conftest import MINI_KB, ROOT
from medmodel.bundle import load_bundle
from medmodel.case import Case
from medmodel.posterior import Posterior
from medmodel.predict import Predictor
from medmodel.synth import Generator
from medmodel.train import TrainConfig, expected_calibration_error, fit_temperature, train_bundle


def held_out_accuracy(bundle, kb, n=300, seed=4242):
    synth = list(Generator(kb).generate(n, seed=seed, lang="mix"))
    preds = Predictor(bundle, beam=3).predict_many([Case(s.text, s.age, s.sex, s.flags) for s in synth])
    model = np.mean([p.differential[0].condition_id == s.condition_id for p, s in zip(preds, synth)])
    post = Posterior(kb)
    bayes = np.mean([post.rank(s.present, s.absent, s.age, s.sex, "pregnant" in s.flags, k=1)[0][0] == s.condition_id
                     for s in synth])
    return float(model), float(bayes)


def test_tiny_model_learns_the_mapping(tiny_bundle, mini_kb):
    model, bayes = held_out_accuracy(tiny_bundle, mini_kb)
    assert bayes > 0.9
    assert model >= 0.85 * bayes, (model, bayes)      # an untrained model sits near the majority class (~0.4)
    history = tiny_bundle.metrics["training"]["history"]
    assert history[-1]["val_loss"] < 0.5 * history[0]["val_loss"]


def test_temperature_scaling_reduces_calibration_error():
    torch.manual_seed(0)
    labels = torch.randint(0, 5, (4000,))
    logits = torch.randn(4000, 5)
    logits[torch.arange(4000), labels] += 1.5
    logits *= 4                                        # overconfident by construction
    t = fit_temperature(logits, labels)
    assert t > 2                                       # softens an overconfident model

    def ece(scale):
        p = torch.softmax(logits / scale, -1)
        conf, pred = p.max(-1)
        return expected_calibration_error(conf.numpy(), (pred == labels).numpy().astype(float))
    assert ece(t) < 0.03 < ece(1.0)


def test_checkpoint_resume_reproduces_an_uninterrupted_run(mini_kb, tmp_path):
    synth = list(Generator(mini_kb).generate(200, seed=5))
    data = ([Case(s.text, s.age, s.sex, s.flags) for s in synth], [s.target for s in synth], [s.condition_id for s in synth])
    small = {"hidden": 12, "emb_dim": 8, "tgt_emb_dim": 8, "dropout": 0.0}
    full, _, _ = train_bundle(mini_kb, *data, TrainConfig(epochs=3, batch_size=32, patience=9, progress=False), small)
    ckpt = tmp_path / "ckpt"
    train_bundle(mini_kb, *data, TrainConfig(epochs=3, batch_size=32, patience=9, progress=False, checkpoint_dir=str(ckpt),
                                             stop_after=2), small)
    assert (ckpt / "state.json").is_file()
    resumed, history, _ = train_bundle(mini_kb, *data, TrainConfig(epochs=3, batch_size=32, patience=9, progress=False,
                                                                   checkpoint_dir=str(ckpt)), small)
    assert [h["epoch"] for h in history] == [3]
    for k, v in full.model.state_dict().items():
        assert torch.allclose(v, resumed.model.state_dict()[k], atol=1e-6), k


@pytest.mark.slow
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
