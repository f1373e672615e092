"""Batch scoring speed, in one run on the same file: `python -m medmodel score` with 1 and 2 worker processes
(and, with --ray, on a local 2-worker Ray cluster), rows/s with start-up excluded, side by side; and the peak
memory of the run, so a larger --memory-rows file shows whether memory stays flat in the number of rows.

    python bench/score_bench.py [--rows 10000] [--ray] [--memory-rows 100000] [--bundle DIR] [--json]

--json keys: rows, rows_per_s_1_worker, rows_per_s_2_workers, workers_2_over_1, ray_rows_per_s (with --ray),
peak_rss_mb_<rows> for each file size, wall_s_<engine>, load_average (the machine's, at the start).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_file(path: Path, rows: int) -> None:
    """Generated notes in English and Chinese with age, sex and flags: the kind of file a clinic exports."""
    import pandas as pd

    from medmodel.knowledge import load_knowledge
    from medmodel.synth import Generator
    gen = Generator(load_knowledge())
    out = [{"id": i, "note": s.text, "age": "" if s.age is None else s.age, "sex": s.sex or "",
            "flags": "; ".join(sorted(s.flags))} for i, s in enumerate(gen.generate(rows, seed=2026, lang="mix"))]
    pd.DataFrame(out).to_csv(path, index=False)


def peak_of(args: list[str]) -> tuple[dict, float]:
    """One `medmodel score` process: its --json summary, and the peak resident memory (MiB) of the largest process
    of its tree (the parent or a worker), as wait4 reports it for this run alone."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-m", "medmodel", "score", *args, "--json", "--quiet"], cwd=ROOT,
                                stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        if proc.returncode:
            lines = err.read().strip().splitlines()
            raise SystemExit(f"score failed: {lines[-1] if lines else proc.returncode}")
        return json.loads(out.read()), usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--memory-rows", type=int, default=0, help="also score a file this long (2 workers) for memory")
    ap.add_argument("--ray", action="store_true", help="also score on a local 2-worker Ray cluster")
    ap.add_argument("--bundle")
    ap.add_argument("--dir", help="where the generated files are kept between runs (default: a temporary folder)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    folder = Path(args.dir or tempfile.mkdtemp(prefix="medseq_score_bench_"))
    folder.mkdir(parents=True, exist_ok=True)
    common = ["--text-column", "note", "--age-column", "age", "--sex-column", "sex", "--flags-column", "flags"]
    common += ["--bundle", args.bundle] if args.bundle else []
    sizes = [args.rows] + ([args.memory_rows] if args.memory_rows else [])
    for rows in sizes:
        path = folder / f"notes_{rows}.csv"
        if not path.exists():
            make_file(path, rows)
    src = str(folder / f"notes_{args.rows}.csv")
    result = {"rows": args.rows, "load_average": round(load, 2)}
    peaks = {}
    for workers in (1, 2):
        summary, peak = peak_of([src, "--output", str(folder / f"out_{workers}.csv"), "--workers", str(workers),
                                 *common])
        result[f"rows_per_s_{workers}_worker{'s' if workers > 1 else ''}"] = round(summary["rows_per_s"], 1)
        result[f"wall_s_local_{workers}"] = round(summary["seconds"], 2)
        peaks[workers] = peak
    result["workers_2_over_1"] = round(result["rows_per_s_2_workers"] / result["rows_per_s_1_worker"], 2)
    result[f"peak_rss_mb_{args.rows}"] = round(peaks[2], 1)
    if args.memory_rows:
        summary, peak = peak_of([str(folder / f"notes_{args.memory_rows}.csv"), "--output",
                                 str(folder / "out_big.csv"), "--workers", "2", *common])
        result[f"peak_rss_mb_{args.memory_rows}"] = round(peak, 1)
        result[f"rows_per_s_2_workers_{args.memory_rows}"] = round(summary["rows_per_s"], 1)
    if args.ray:
        summary, _ = peak_of([src, "--output", str(folder / "out_ray"), "--engine", "ray", "--workers", "2", *common])
        result["ray_rows_per_s"] = round(summary["rows_per_s"], 1)
        result["wall_s_ray"] = round(summary["seconds"], 2)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.rows} generated rows (English and Chinese), start-up excluded; load average {result['load_average']}")
    print(f"{'':22}{'rows/s':>10}{'vs 1 worker':>13}")
    base = result["rows_per_s_1_worker"]
    for label, key in (("local, 1 worker", "rows_per_s_1_worker"), ("local, 2 workers", "rows_per_s_2_workers"),
                       ("Ray, 2 workers", "ray_rows_per_s")):
        if key in result:
            print(f"{label:22}{result[key]:10.1f}{result[key] / base:12.2f}x")
    for rows in sizes:
        print(f"peak memory, {rows:>7} rows: {result[f'peak_rss_mb_{rows}']:.0f} MiB (largest process)")


if __name__ == "__main__":
    main()
