"""Prediction speed, in one run on the same notes: single-note latency (beam 5), batched ``predict_many``
against a one-at-a-time loop, and a cold ``python -m medmodel predict`` from a fresh process.

    python bench/predict_bench.py [--n 2000] [--bundle DIR] [--json]
"""
import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from medmodel import Case, Predictor, load_bundle  # noqa: E402
from medmodel.evaluate import EVAL_SEED  # noqa: E402
from medmodel.synth import Generator  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--bundle")
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    bundle = load_bundle(args.bundle)
    predictor = Predictor(bundle, beam=5)
    synth = list(Generator(bundle.kb).generate(args.n, seed=EVAL_SEED + 7, lang="mix"))
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in synth]
    predictor.predict(cases[0])                                   # warm-up

    single = []
    t_loop = time.perf_counter()
    for case in cases:
        t0 = time.perf_counter()
        predictor.predict(case)
        single.append(time.perf_counter() - t0)
    t_loop = time.perf_counter() - t_loop
    t_many = time.perf_counter()
    predictor.predict_many(cases)
    t_many = time.perf_counter() - t_many

    cold = []
    cmd = [sys.executable, "-m", "medmodel", "predict", "burning when I pee and going all the time", "--age", "30",
           "--sex", "F"] + (["--bundle", args.bundle] if args.bundle else [])
    for _ in range(args.cold_runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
        cold.append(time.perf_counter() - t0)

    result = {
        "n": args.n,
        "single_ms_median": 1000 * statistics.median(single),
        "single_ms_p95": 1000 * sorted(single)[int(0.95 * len(single))],
        "loop_notes_per_s": args.n / t_loop,
        "many_notes_per_s": args.n / t_many,
        "batch_speedup": t_loop / t_many,
        "cold_cli_s_median": statistics.median(cold),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"notes: {args.n} generated (seed {EVAL_SEED + 7}), beam 5")
    print(f"single predict        median {result['single_ms_median']:7.1f} ms   p95 {result['single_ms_p95']:7.1f} ms")
    print(f"one-at-a-time loop    {result['loop_notes_per_s']:7.1f} notes/s")
    print(f"predict_many          {result['many_notes_per_s']:7.1f} notes/s   ({result['batch_speedup']:.1f}x the loop)")
    print(f"cold CLI predict      median {result['cold_cli_s_median']:.2f} s over {args.cold_runs} fresh processes")


if __name__ == "__main__":
    main()
