"""Shared fixtures (the mini knowledge base, tiny models built once per session, the shipped bundle) and the tiers.

Tests live in four tiers, one folder each, and every test gets its folder's marker:
    unit   pure functions and tiny models trained in seconds (python -m pytest tests/unit -q: under ~2 minutes)
    model  the shipped model in assets/model, and real training runs
    app    every Streamlit page through AppTest
    e2e    a real browser against `streamlit run`, and load tests
`python -m pytest -q` runs them all (CI does); `-m "not e2e"` and the like pick tiers by marker.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from medmodel.knowledge import load_knowledge
from tests.support import MINI_KB, case_of

TIERS = ("unit", "model", "app", "e2e")


def pytest_collection_modifyitems(config, items):
    tests = Path(__file__).parent
    for item in items:
        path = Path(item.fspath)
        if not path.is_relative_to(tests):
            continue
        tier = path.relative_to(tests).parts[0]
        if tier not in TIERS:
            raise pytest.UsageError(f"{item.nodeid}: every test lives in one of tests/{{{','.join(TIERS)}}}/")
        item.add_marker(tier)


@pytest.fixture(scope="session", autouse=True)
def _medseq_home(tmp_path_factory):
    """Audit log, its key and the users file live in a temporary folder, never the developer's ~/.medseq."""
    if "MEDSEQ_HOME" not in os.environ:
        os.environ["MEDSEQ_HOME"] = str(tmp_path_factory.mktemp("medseq_home"))


@pytest.fixture(scope="session")
def mini_kb():
    return load_knowledge(MINI_KB)


@pytest.fixture(scope="session")
def kb():
    return load_knowledge()


@pytest.fixture(scope="session")
def untrained_bundle(mini_kb):
    """A real model with random weights on the mini KB: enough for shapes, grammar and bundle tests."""
    import torch

    from medmodel.bundle import Bundle
    from medmodel.sequence import TargetVocab
    from medmodel.synth import Generator
    from medmodel.tokenizer import Tokenizer
    from medmodel.train import build_model
    texts = [c.text for c in Generator(mini_kb).generate(200, seed=3)]
    tok, vocab = Tokenizer.build(texts, min_freq=1), TargetVocab.from_kb(mini_kb)
    torch.manual_seed(0)
    model = build_model(tok, vocab, hidden=16, emb_dim=8, tgt_emb_dim=8, dropout=0.0).eval()
    return Bundle(model, tok, vocab, mini_kb, temperature=1.0)


@pytest.fixture(scope="session")
def tiny_bundle(mini_kb):
    """A small real model trained for a few seconds on the mini KB (4 conditions): it has learnt the mapping."""
    import torch

    from medmodel.synth import Generator
    from medmodel.train import TrainConfig, train_bundle
    torch.manual_seed(0)
    synth = list(Generator(mini_kb).generate(800, seed=11, lang="mix"))
    cfg = TrainConfig(epochs=12, batch_size=32, lr=6e-3, patience=12, seed=0, progress=False)
    bundle, _, _ = train_bundle(mini_kb, [case_of(s) for s in synth], [s.target for s in synth],
                                [s.condition_id for s in synth], cfg,
                                {"hidden": 32, "emb_dim": 24, "tgt_emb_dim": 16, "dropout": 0.1},
                                [s.lang for s in synth])
    return bundle


@pytest.fixture(scope="session")
def shipped_bundle():
    """The real shipped model from assets/model/ (or $MEDSEQ_BUNDLE when a developer points elsewhere)."""
    from medmodel.bundle import load_bundle
    return load_bundle()
