"""Click -> differential in a real browser: `streamlit run app.py` and headless Chromium (Playwright, Debian's
/usr/bin/chromium), each try on a fresh page as a clinician opening the app, typing a note and pressing Assess.
Times from the click until the differential chart has drawn its bars, and until the attribution heatmap follows.

    python bench/browser_bench.py [--n 10] [--bundle DIR] [--json]

--json keys: click_to_differential_ms_median, n, click_to_differential_ms (every try), heatmap_ms_median (click ->
the explanation's charts), repeat_submit_ms_median (a second note on the same page), load_average.
"""
import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tools.walk import CHROMIUM, CHROMIUM_ARGS, server  # noqa: E402  (the servers and flags the tests use)

NOTES = ["burning when I pee and going every hour, no fever", "sore throat and fever for two days, no cough",
         "crushing chest pain going down my left arm, sweaty", "itchy red rash on both arms after a new soap",
         "headache and stiff neck, light hurts my eyes", "runny nose, sneezing and a mild cough for 3 days",
         "tummy pain low on the right, worse when I walk", "尿频尿急，小便的时候痛，没有发烧",
         "coughing up green phlegm with a temperature and short of breath", "dizzy when I stand up, feeling faint",
         "pain in my ear and it feels blocked, had a cold last week", "diarrhoea and vomiting since last night"]


def _differential(page) -> None:
    page.locator("[data-testid=stPlotlyChart] .ytick text").first.wait_for(state="attached", timeout=120_000)


def _submit(page, note: str) -> float:
    page.locator("textarea").first.fill(note)
    button = page.get_by_role("button", name="Assess", exact=True)
    t0 = time.perf_counter()
    button.click()
    _differential(page)
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--bundle", help="model bundle folder (default: the shipped model or $MEDSEQ_BUNDLE)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright
    load = os.getloadavg()[0]
    home = tempfile.mkdtemp(prefix="medseq_browser_bench_")      # no users file: the local demo, no sign-in
    env = {**os.environ, "MEDSEQ_HOME": home, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    if args.bundle:
        env["MEDSEQ_BUNDLE"] = str(Path(args.bundle).resolve())
    first, heat, repeat = [], [], []
    try:
        stack = server(Path(home) / "server.log", env)
        url = stack.__enter__()
    except RuntimeError as exc:
        raise SystemExit(str(exc)) from None
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            warm = browser.new_page()                                 # the server's first run: not a clinician's
            warm.goto(url)
            _submit(warm, "cough")
            warm.close()
            for i in range(args.n):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})   # a fresh page, no cache
                page = context.new_page()
                page.goto(url)
                page.locator("textarea").first.wait_for(state="visible", timeout=120_000)
                page.wait_for_timeout(1500)                           # the clinician reads and types
                t0 = time.perf_counter()
                first.append(_submit(page, NOTES[i % len(NOTES)] + f" ({i})"))
                charts = page.get_by_test_id("stPlotlyChart").filter(visible=True)
                while charts.count() < 3 and time.perf_counter() - t0 < 120:
                    page.wait_for_timeout(20)
                heat.append((time.perf_counter() - t0) * 1000)
                repeat.append(_submit(page, NOTES[(i + 5) % len(NOTES)] + f" [{i}]"))
                context.close()
            browser.close()
    finally:
        stack.__exit__(None, None, None)
    out = {"n": args.n, "load_average": round(load, 2),
           "click_to_differential_ms_median": round(statistics.median(first), 1),
           "click_to_differential_ms": [round(x, 1) for x in first],
           "heatmap_ms_median": round(statistics.median(heat), 1),
           "repeat_submit_ms_median": round(statistics.median(repeat), 1)}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{args.n} fresh pages, headless Chromium; load average {out['load_average']} at the start")
    print(f"click -> differential   median {out['click_to_differential_ms_median']:7.0f} ms "
          f"(min {min(first):.0f}, max {max(first):.0f})")
    print(f"click -> heatmap        median {out['heatmap_ms_median']:7.0f} ms")
    print(f"second submit, same page median {out['repeat_submit_ms_median']:6.0f} ms")


if __name__ == "__main__":
    main()
