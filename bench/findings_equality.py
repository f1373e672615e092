"""Findings and context read from many notes, written as JSON lines, so two checkouts can be compared:

    python bench/findings_equality.py --dump OUT.jsonl [--n 10000]     (run in each checkout)
    cmp OLD.jsonl NEW.jsonl                                          (or diff, for the notes that differ)

Notes: generated English and Chinese (--n each), every assets/eval/*.csv note, and the real patient questions in
assets/corpora/ (English and Chinese). Also prints the time spent reading them.
"""
import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from medmodel import FindingExtractor, load_knowledge  # noqa: E402
from medmodel.context import read_context  # noqa: E402
from medmodel.synth import Generator  # noqa: E402


def notes(kb, n: int) -> list[str]:
    import pandas as pd
    texts = [s.text for lang in ("en", "zh") for s in Generator(kb).generate(n, seed=17, lang=lang)]
    for f in sorted((ROOT / "assets" / "eval").glob("*.csv")):
        df = pd.read_csv(f, dtype=str, keep_default_na=False)
        if "text" in df.columns:
            texts += [t for t in df["text"] if t.strip()]
    for f in sorted((ROOT / "assets" / "corpora").glob("*_questions.txt")):
        texts += [t for t in f.read_text(encoding="utf-8").splitlines() if t.strip()]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", required=True)
    ap.add_argument("--n", type=int, default=10000, help="generated notes per language")
    args = ap.parse_args()
    kb = load_knowledge()
    extractor = FindingExtractor(kb)
    texts = notes(kb, args.n)
    extractor.extract("warm-up: headache")
    t0 = time.process_time()
    with open(args.dump, "w", encoding="utf-8") as out:
        for text in texts:
            mentions = [[m.finding, m.present, m.phrase, m.start, m.end] for m in extractor.extract(text)]
            context = [[i.key, str(i.value), i.phrase, i.start, i.end, i.negated] for i in read_context(text).items]
            out.write(json.dumps([mentions, context], ensure_ascii=False) + "\n")
    print(f"{len(texts)} notes; findings and context read in {time.process_time() - t0:.1f} s CPU")


if __name__ == "__main__":
    main()
