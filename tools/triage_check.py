"""Triage against each note's least urgent safe level, for note sets without a knowledge-base label
(``assets/eval/safety_probe.csv``, ``out_of_scope_notes.csv``): under-triage, over-triage by two or more levels,
exact rate, by style, and every note triaged too low or two levels too high.

    python tools/triage_check.py assets/eval/safety_probe.csv [--bundle DIR] [--json]

Columns read: ``text``, ``min_triage``, and when present ``age``, ``sex``, ``flags``, ``style``, ``id``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def check(df, bundle) -> dict:
    from medmodel.errors import MedSeqError
    from medmodel.knowledge import triage_rank
    from medmodel.predict import Predictor
    from medmodel.records import cell_case
    col = lambda name: df[name] if name in df.columns else [None] * len(df)
    cases = []
    for i, (t, a, s, f) in enumerate(zip(df["text"], col("age"), col("sex"), col("flags"))):
        try:
            cases.append(cell_case(t, a, s, f))
        except MedSeqError as exc:
            raise MedSeqError(f"row {i + 2}: {exc}") from None
    preds = Predictor(bundle).predict_many(cases)
    gaps = [triage_rank(p.triage) - triage_rank(str(m).strip()) for p, m in zip(preds, df["min_triage"])]
    ids = list(col("id")) if "id" in df.columns else list(range(len(df)))
    styles: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(col("style")):
        styles[str(s)].append(gaps[i])
    rate = lambda gs, test: sum(map(test, gs)) / len(gs) if gs else 0.0
    listed = lambda test: [{"id": str(ids[i]), "needed": str(df["min_triage"].iloc[i]), "triage": p.triage,
                            "leading": p.differential[0].condition_id, "text": cases[i].text[:160]}
                           for i, p in enumerate(preds) if test(gaps[i])]
    under, over2 = (lambda g: g < 0), (lambda g: g >= 2)
    return {"n": len(preds), "under_triage": rate(gaps, under), "over_triage_2plus": rate(gaps, over2),
            "exact": rate(gaps, lambda g: g == 0),
            "by_style": {s: {"n": len(g), "under_triage": rate(g, under), "over_triage_2plus": rate(g, over2)}
                         for s, g in sorted(styles.items())},
            "undertriaged": listed(under), "overtriaged_2plus": listed(over2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from medmodel.bundle import load_bundle
    from medmodel.errors import MedSeqError
    from medmodel.records import read_table
    try:
        df = read_table(args.data)
        if not {"text", "min_triage"} <= set(df.columns):
            raise MedSeqError(f"{args.data} needs the columns text and min_triage")
        out = check(df, load_bundle(args.bundle) if args.bundle else load_bundle())
    except (MedSeqError, OSError, ValueError) as exc:
        print(f"triage_check: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"n {out['n']}  under-triage {out['under_triage']:.3f}  over-triage 2+ {out['over_triage_2plus']:.3f}  "
          f"exact {out['exact']:.3f}")
    for s, v in out["by_style"].items():
        print(f"  {s:12} n {v['n']:3}  under {v['under_triage']:.3f}  over2+ {v['over_triage_2plus']:.3f}")
    for kind in ("undertriaged", "overtriaged_2plus"):
        for r in out[kind]:
            print(f"{kind[:5]} [{r['id']}] needs {r['needed']}, got {r['triage']} ({r['leading']}): {r['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
