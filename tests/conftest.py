"""Shared fixtures: the mini knowledge base, a tiny model trained on it in seconds, and the shipped bundle."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from medmodel.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
MINI_KB = ROOT / "tests" / "data" / "mini_kb"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


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
    from medmodel.case import Case
    from medmodel.synth import Generator
    from medmodel.train import TrainConfig, train_bundle
    torch.manual_seed(0)
    synth = list(Generator(mini_kb).generate(800, seed=11, lang="mix"))
    cfg = TrainConfig(epochs=12, batch_size=32, lr=6e-3, patience=12, seed=0, progress=False)
    bundle, _, _ = train_bundle(mini_kb, [Case(s.text, s.age, s.sex, s.flags) for s in synth],
                                [s.target for s in synth], [s.condition_id for s in synth], cfg,
                                {"hidden": 32, "emb_dim": 24, "tgt_emb_dim": 16, "dropout": 0.1},
                                [s.lang for s in synth])
    return bundle


@pytest.fixture(scope="session")
def shipped_bundle():
    """The real shipped model from assets/model/ (or $MEDSEQ_BUNDLE when a developer points elsewhere)."""
    from medmodel.bundle import load_bundle
    return load_bundle()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(log_dir: Path, env: dict[str, str] | None = None):
    """`streamlit run app.py` on a free port, as deployed (no file watcher, so nothing reloads mid-session);
    yields the URL once /_stcore/health answers, and stops the server afterwards."""
    import subprocess
    import sys
    import time
    import urllib.request
    port = free_port()
    log = (log_dir / "server.log").open("w")
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"), **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                             "--server.headless", "true", "--server.fileWatcherType", "none",
                             "--server.runOnSave", "false"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://localhost:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}; see {log.name}")
            if time.time() > deadline:
                pytest.fail("streamlit did not become healthy within 120 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
