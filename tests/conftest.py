"""Shared fixtures: the mini knowledge base, a tiny model trained on it in seconds, and the shipped bundle."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from medmodel.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
MINI_KB = ROOT / "tests" / "data" / "mini_kb"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def mini_kb():
    return load_knowledge(MINI_KB)


@pytest.fixture(scope="session")
def kb():
    return load_knowledge()


@pytest.fixture(scope="session")
def tiny_bundle(mini_kb):
    """A real model trained on 600 generated mini-KB cases (a few seconds on 2 CPU cores)."""
    from medmodel.case import Case
    from medmodel.synth import Generator
    from medmodel.train import TrainConfig, train_bundle
    synth = list(Generator(mini_kb).generate(600, seed=1, lang="mix"))
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in synth]
    cfg = TrainConfig(epochs=6, batch_size=32, lr=1e-2, patience=6, seed=0, progress=False)
    bundle, _, _ = train_bundle(mini_kb, cases, [s.target for s in synth], [s.condition_id for s in synth], cfg,
                                {"hidden": 32, "emb_dim": 24, "tgt_emb_dim": 16, "dropout": 0.0},
                                [s.lang for s in synth])
    return bundle


@pytest.fixture(scope="session")
def shipped_bundle():
    from medmodel import load_bundle
    return load_bundle()
