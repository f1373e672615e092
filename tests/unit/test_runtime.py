"""One torch thread per process: the product does not inherit torch's multi-thread default."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _threads(code: str, **env) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "MEDSEQ_THREADS")}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**clean, **env, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_importing_medmodel_sets_one_thread():
    """Without OMP_NUM_THREADS (as the app, the CLI and score workers start), importing medmodel leaves torch
    with one intra-op thread, whatever the machine's core count."""
    assert _threads("import medmodel, torch; print(torch.get_num_threads())") == "1"


def test_the_app_loaders_and_the_scoring_workers_run_one_thread():
    assert _threads("import medmodel.scoring, torch; print(torch.get_num_threads())") == "1"


def test_medseq_threads_overrides():
    assert _threads("import medmodel, torch; print(torch.get_num_threads())", MEDSEQ_THREADS="2") == "2"
