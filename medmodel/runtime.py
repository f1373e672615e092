"""One torch thread per process: the one place the product sets it.

MedSeq's tensors are small (a note is ~60 tokens, a hidden state 128 wide), so a second intra-op thread buys
little when the machine is quiet and, on a busy machine, makes every operation wait for a core that another
process holds: on a loaded 2-core box ``predict_many`` ran 20x slower with torch's default of 2 threads than with 1
(issue 16). Parallelism comes from processes instead (``medmodel.scoring`` workers, Ray workers), each with one
thread. Importing ``medmodel`` calls ``configure_threads()``, so the app, the CLI, ``score`` and the explainer all
start that way; ``MEDSEQ_THREADS=N`` overrides it for a process (training on a dedicated machine, say).
"""
from __future__ import annotations

import os

import torch

THREADS_ENV = "MEDSEQ_THREADS"
TORCH_DEFAULT = torch.get_num_threads()   # what torch chose before MedSeq touched it (training may want it back)


def threads_wanted() -> int:
    """The number of intra-op threads this process should use: $MEDSEQ_THREADS, or 1."""
    raw = os.environ.get(THREADS_ENV, "").strip()
    try:
        return max(1, int(raw)) if raw else 1
    except ValueError:
        return 1


def configure_threads(n: int | None = None) -> int:
    """Set torch's intra-op (and, while it still can be, inter-op) thread count; returns the count set."""
    n = threads_wanted() if n is None else max(1, int(n))
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    try:
        if torch.get_num_interop_threads() != n:
            torch.set_num_interop_threads(n)
    except RuntimeError:   # only settable before the first inter-op work; the intra-op count is what matters here
        pass
    return n
