"""Explanation speed: Integrated Gradients of every output token, fast path vs Captum's per-target loop.

    python bench/explain_bench.py [--n 20] [--steps 50] [--bundle DIR] [--json]

Both strategies run on the same generated notes in one run (interleaved, so load on the machine hits both
alike); prints the median wall-clock time of each, the speed-up and the largest relative difference between
them. On a shared machine wall-clock time also counts other processes' turns, so the CPU time of the
explaining thread (``*_cpu_ms_median``) is reported beside it.
"""
import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import numpy as np  # noqa: E402
import torch  # noqa: E402

from medmodel.bundle import load_bundle  # noqa: E402
from medmodel.case import Case  # noqa: E402
from medmodel.explain import Explainer  # noqa: E402
from medmodel.synth import Generator  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20, help="generated notes")
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--bundle", help="model bundle folder (default: the shipped model or $MEDSEQ_BUNDLE)")
    ap.add_argument("--seed", type=int, default=123)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    bundle = load_bundle(args.bundle)
    ex = Explainer(bundle)
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in Generator(bundle.kb).generate(args.n, args.seed)]
    preds = ex.predictor.predict_many(cases)
    ex.explain(cases[0], preds[0], n_steps=args.steps)                      # warm-up
    fast, ref, fast_cpu, ref_cpu, diffs, sizes = [], [], [], [], [], []
    for case, pred in zip(cases, preds):
        t0, c0 = time.perf_counter(), time.thread_time()
        a = ex.explain(case, pred, n_steps=args.steps, strategy="fast")
        t1, c1 = time.perf_counter(), time.thread_time()
        b = ex.explain(case, pred, n_steps=args.steps, strategy="per_target")
        t2, c2 = time.perf_counter(), time.thread_time()
        fast.append((t1 - t0) * 1000)
        ref.append((t2 - t1) * 1000)
        fast_cpu.append((c1 - c0) * 1000)
        ref_cpu.append((c2 - c1) * 1000)
        A = np.vstack([a.attributions, a.differential_attributions])
        B = np.vstack([b.attributions, b.differential_attributions])
        diffs.append(float(np.abs(A - B).max() / max(np.abs(B).max(), 1e-12)))
        sizes.append((len(pred.encoded.ids), len(pred.output_tokens), A.shape[0]))
    out = {
        "n": args.n, "n_steps": args.steps, "threads": torch.get_num_threads(),
        "bundle": str(bundle.path), "hidden": bundle.model.cfg.hidden, "emb_dim": bundle.model.cfg.emb_dim,
        "input_tokens_median": statistics.median(s[0] for s in sizes),
        "output_tokens_median": statistics.median(s[1] for s in sizes),
        "rows_median": statistics.median(s[2] for s in sizes),
        "fast_ms_median": round(statistics.median(fast), 1), "per_target_ms_median": round(statistics.median(ref), 1),
        "speedup": round(statistics.median(ref) / statistics.median(fast), 2),
        "speedup_per_note_median": round(statistics.median(r / f for r, f in zip(ref, fast)), 2),
        "fast_ms_max": round(max(fast), 1), "max_rel_diff": float(f"{max(diffs):.3g}"),
        "fast_cpu_ms_median": round(statistics.median(fast_cpu), 1),
        "per_target_cpu_ms_median": round(statistics.median(ref_cpu), 1),
        "speedup_cpu": round(statistics.median(ref_cpu) / statistics.median(fast_cpu), 2),
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"IG n_steps={args.steps} on {args.n} notes (median {out['input_tokens_median']} input tokens, "
              f"{out['rows_median']} rows), {out['threads']} thread(s)")
        print(f"  fast:       {out['fast_ms_median']:8.1f} ms median (max {out['fast_ms_max']:.0f})")
        print(f"  per_target: {out['per_target_ms_median']:8.1f} ms median")
        print(f"  speed-up:   {out['speedup']:8.2f}x   max relative difference {out['max_rel_diff']:.2e}")
        print(f"  CPU time:   fast {out['fast_cpu_ms_median']:.1f} ms, per_target {out['per_target_cpu_ms_median']:.1f} ms "
              f"({out['speedup_cpu']:.2f}x)")


if __name__ == "__main__":
    main()
