"""Generator throughput: cases per second for English, Chinese and mixed notes, in one run.

    python bench/generate_bench.py [--n 3000] [--repeats 3]
"""
import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from medmodel.knowledge import load_knowledge  # noqa: E402
from medmodel.synth import Generator  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    gen = Generator(load_knowledge())
    rates = {}
    for lang in ("en", "zh", "mix"):
        times = []
        for r in range(args.repeats):
            t0 = time.perf_counter()
            for _ in gen.generate(args.n, seed=r, lang=lang):
                pass
            times.append(time.perf_counter() - t0)
        rates[lang] = args.n / statistics.median(times)
    for lang, rate in rates.items():
        print(f"{lang:>4}: {rate:8,.0f} cases/s (median of {args.repeats})  ratio to mix: {rate / rates['mix']:.2f}")


if __name__ == "__main__":
    main()
