"""Long notes: does reading a note stay linear in its length? Each note kind (lay English, shorthand, Chinese
patient voice, 病历) is repeated to 10,000 and to 100,000 characters (the limit, ``MAX_NOTE_CHARS``) and predicted
alternately, so load on a shared machine hits both alike; the run prints the medians side by side and their ratio
per character (1.0 is linear; a reader that tries every negation against every finding, or a regex that looks
ahead over the whole note at every character, shows 5-10 and more here: the app's long-note test timed out at 300 s).

    python bench/long_note_bench.py [--runs 3] [--json]
"""
import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medmodel import Case, Predictor, load_bundle  # noqa: E402

NOTES = {
    "lay_en": "Blocked nose, sneezing and a mild cough for 4 days. No fever, not wheezy, eating and drinking fine. ",
    "shorthand": "30F LMP 7/52, +ve preg test, L iliac fossa pain, PV spotting, no SOB, T 37.2, HR 96. ",
    "injury": "rolled my ankle on the stairs, can walk on it, no crack heard, a bit swollen. ",
    "zh_patient": "这两天嗓子疼得厉害，咽口水都疼，发烧38度多，扁桃体上有白点点，不怎么咳嗽。",
    "zh_record": "主诉：左下腹痛3天伴发热。现病史：最高38.3℃，大便稍稀，无便血，无呕吐，进食尚可。",
}
SHORT, LONG = 10_000, 100_000


def _seconds(predictor: Predictor, text: str) -> float:
    t0 = time.perf_counter()
    predictor.predict(Case(text=text, age=30, sex="F"))
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    predictor = Predictor(load_bundle())
    predictor.predict(Case(text="cough and a fever", age=30, sex="F"))   # load, compile the lazily built patterns
    out = {}
    for kind, unit in NOTES.items():
        short, long = (unit * (SHORT // len(unit) + 1))[:SHORT], (unit * (LONG // len(unit) + 1))[:LONG - 10]
        times = {"short": [], "long": []}
        for _ in range(args.runs):
            times["short"].append(_seconds(predictor, short))
            times["long"].append(_seconds(predictor, long))
        s, lo = statistics.median(times["short"]), statistics.median(times["long"])
        out[kind] = {"short_s": round(s, 3), "long_s": round(lo, 3),
                     "per_char_ratio": round((lo / len(long)) / (s / len(short)), 2)}
    if args.json:
        print(json.dumps(out))
        return
    print(f"{'note':<12} {'10k chars s':>12} {'100k chars s':>13} {'ratio per char':>15}")
    for kind, r in out.items():
        print(f"{kind:<12} {r['short_s']:>12.2f} {r['long_s']:>13.2f} {r['per_char_ratio']:>15.2f}")


if __name__ == "__main__":
    main()
