"""Prediction speed, in one run on the same notes: single-note latency (beam 5), a one-at-a-time loop against
batched ``predict_many``, for the product's beam search and for the reference search side by side (interleaved,
so load on a shared machine hits both alike), and a cold ``python -m medmodel predict`` from a fresh process.

    python bench/predict_bench.py [--n 2000] [--bundle DIR] [--cold-runs 3] [--json]

--json keys: single_ms_p50, single_ms_p95, loop_notes_per_s, batched_notes_per_s, batched_over_loop (the product),
the same with a reference_ prefix (medmodel.decode.beam_search_reference), speedup_single and speedup_batched
(reference time / product time), cold_cli_s_median, threads and load_average (the machine's, at the start).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import torch  # noqa: E402

from medmodel import Case, Predictor, load_bundle  # noqa: E402
from medmodel.decode import beam_search_reference  # noqa: E402
from medmodel.evaluate import EVAL_SEED  # noqa: E402
from medmodel.synth import Generator  # noqa: E402


def _p(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--bundle")
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    bundle = load_bundle(args.bundle)
    fast, ref = Predictor(bundle, beam=5), Predictor(bundle, beam=5, search=beam_search_reference)
    synth = list(Generator(bundle.kb).generate(args.n, seed=EVAL_SEED + 7, lang="mix"))
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in synth]
    for p in (fast, ref):
        p.predict_many(cases[:8])                                      # warm-up: lazily built indexes

    single = {"fast": [], "ref": []}
    for case in cases:                                                 # interleaved, note by note
        for name, p in (("fast", fast), ("ref", ref)):
            t0 = time.perf_counter()
            p.predict(case)
            single[name].append(time.perf_counter() - t0)
    batched = {"fast": [], "ref": []}
    for _ in range(2):                                                 # interleaved, run by run
        for name, p in (("fast", fast), ("ref", ref)):
            t0 = time.perf_counter()
            p.predict_many(cases)
            batched[name].append(time.perf_counter() - t0)

    cold = []
    cmd = [sys.executable, "-m", "medmodel", "predict", "burning when I pee and going all the time", "--age", "30",
           "--sex", "F"] + (["--bundle", args.bundle] if args.bundle else [])
    for _ in range(args.cold_runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
        cold.append(time.perf_counter() - t0)

    out = {"n": args.n, "threads": torch.get_num_threads(), "load_average": round(load, 2)}
    for name, prefix in (("fast", ""), ("ref", "reference_")):
        loop_s, many_s = sum(single[name]), min(batched[name])
        out.update({
            f"{prefix}single_ms_p50": round(1000 * statistics.median(single[name]), 2),
            f"{prefix}single_ms_p95": round(1000 * _p(single[name], 0.95), 2),
            f"{prefix}loop_notes_per_s": round(args.n / loop_s, 1),
            f"{prefix}batched_notes_per_s": round(args.n / many_s, 1),
            f"{prefix}batched_over_loop": round(loop_s / many_s, 2),
        })
    out["speedup_single"] = round(out["reference_single_ms_p50"] / out["single_ms_p50"], 2)
    out["speedup_batched"] = round(out["batched_notes_per_s"] / out["reference_batched_notes_per_s"], 2)
    out["cold_cli_s_median"] = round(statistics.median(cold), 2) if cold else None
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{args.n} generated notes (seed {EVAL_SEED + 7}), beam 5, {out['threads']} torch thread(s), "
          f"load average {out['load_average']} at the start")
    print(f"{'':24}{'product':>12}{'reference':>12}{'ratio':>8}")
    rows = [("single predict p50 ms", "single_ms_p50", False), ("single predict p95 ms", "single_ms_p95", False),
            ("loop notes/s", "loop_notes_per_s", True), ("batched notes/s", "batched_notes_per_s", True),
            ("batched / loop", "batched_over_loop", True)]
    for label, key, higher_is_better in rows:
        a, b = out[key], out[f"reference_{key}"]
        ratio = a / b if higher_is_better else b / a
        print(f"{label:24}{a:12.2f}{b:12.2f}{ratio:7.2f}x")
    if cold:
        print(f"cold CLI predict        median {out['cold_cli_s_median']:.2f} s over {len(cold)} fresh processes")


if __name__ == "__main__":
    main()
