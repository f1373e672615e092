"""Do the fast paths give the reference's outputs? Every note's tokens, triage, medications (and withheld),
next steps, findings, warnings and context must be identical, and likelihoods within --tol.

    python bench/decode_equality.py [--n 3000] [--bundle DIR] [--real assets/eval/real_dev.csv]
        in one process: Predictor(search=beam_search_reference) against the default (fast) Predictor
    python bench/decode_equality.py --dump FILE [...]      write this checkout's outputs (e.g. run from an old commit)
    python bench/decode_equality.py --against FILE [...]   compare this checkout's outputs with a dump

Prints one line per field that ever differs (count and first examples) and the largest likelihood difference.
Numbers inside warnings (a likelihood quoted in a message) are compared within --tol, like the likelihoods.
"""
import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from medmodel import Case, Predictor, load_bundle  # noqa: E402
from medmodel.evaluate import EVAL_SEED  # noqa: E402
from medmodel.synth import Generator  # noqa: E402

EXACT = ("output_tokens", "triage", "model_triage", "medications", "withheld", "next_steps", "findings", "warnings",
         "context", "red_flags", "options", "excluded", "differential_ids", "out_of_scope")


def notes(kb, n: int, real: str | None) -> list[Case]:
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in Generator(kb).generate(n, seed=EVAL_SEED + 7, lang="mix")]
    if real:
        import pandas as pd
        from medmodel.labels import parse_flags
        df = pd.read_csv(ROOT / real if not Path(real).is_absolute() else real, dtype=str, keep_default_na=False)
        for _, r in df.iterrows():
            cases.append(Case(r["text"], int(r["age"]) if r.get("age", "").strip() else None,
                              r.get("sex", "").strip() or None, parse_flags(r.get("flags", ""))))
    return cases


def record(p) -> dict:
    return {
        "output_tokens": p.output_tokens, "triage": p.triage, "model_triage": p.model_triage,
        "medications": p.medications, "withheld": [[w.medication, w.flag] for w in p.withheld],
        "next_steps": p.next_steps,
        "findings": [[m.finding, m.present, m.start, m.end] for m in p.findings],
        "warnings": [[w.code, json.loads(json.dumps(w.params, default=str))] for w in p.warnings],
        "context": [[i.key, str(i.value), i.start, i.end, i.negated] for i in p.context.items],
        "red_flags": [[r.finding, r.level] for r in p.red_flags],
        "options": p.options, "excluded": p.excluded, "out_of_scope": p.out_of_scope,
        "differential_ids": [d.condition_id for d in p.differential],
        "probabilities": [d.probability for d in p.differential],
        "scope_score": p.scope.score if p.scope else None,
    }


def run(predictor, cases) -> list[dict]:
    return [record(p) for p in predictor.predict_many(cases)]


def same(a, b, tol: float) -> bool:
    """Equal, except that numbers inside (warning parameters: likelihoods) may differ by ``tol``."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) <= tol
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y, tol) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], tol) for k in a)
    return a == b


def compare(ref: list[dict], new: list[dict], tol: float, texts: list[str]) -> int:
    """Print every kind of difference; returns the number of notes with any difference beyond ``tol``."""
    assert len(ref) == len(new), (len(ref), len(new))
    differ, worst_p, worst_scope, bad_p = set(), 0.0, 0.0, 0
    for field in EXACT:
        idx = [i for i, (a, b) in enumerate(zip(ref, new)) if not same(a[field], b[field], tol)]
        differ |= set(idx)
        if idx:
            print(f"  {field}: {len(idx)} of {len(ref)} notes differ")
            for i in idx[:3]:
                print(f"    note {i}: {texts[i][:80]!r}\n      reference {ref[i][field]}\n      fast      {new[i][field]}")
    for a, b in zip(ref, new):
        if a["differential_ids"] == b["differential_ids"]:
            d = max(abs(x - y) for x, y in zip(a["probabilities"], b["probabilities"]))
            worst_p = max(worst_p, d)
            bad_p += d > tol
        if a["scope_score"] is not None and b["scope_score"] is not None:
            worst_scope = max(worst_scope, abs(a["scope_score"] - b["scope_score"]))
    print(f"notes: {len(ref)}; with any exact-field difference: {len(differ)}; "
          f"largest likelihood difference {worst_p:.2e} ({bad_p} notes over {tol:g}); "
          f"largest scope-score difference {worst_scope:.2e}")
    return len(differ) + bad_p


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--bundle")
    ap.add_argument("--real", default="assets/eval/real_dev.csv", help="also these notes ('' for none)")
    ap.add_argument("--tol", type=float, default=1e-5)
    ap.add_argument("--dump")
    ap.add_argument("--against")
    args = ap.parse_args()
    bundle = load_bundle(args.bundle)
    cases = notes(bundle.kb, args.n, args.real or None)
    texts = [c.text for c in cases]
    if args.dump:
        Path(args.dump).write_text(json.dumps(run(Predictor(bundle), cases)), encoding="utf-8")
        print(f"wrote {len(cases)} notes' outputs to {args.dump}")
        return
    if args.against:
        ref = json.loads(Path(args.against).read_text(encoding="utf-8"))
    else:
        from medmodel.decode import beam_search_reference
        ref = run(Predictor(bundle, search=beam_search_reference), cases)
    sys.exit(1 if compare(ref, run(Predictor(bundle), cases), args.tol, texts) else 0)


if __name__ == "__main__":
    main()
