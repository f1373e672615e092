"""Screenshots of every page, English and 中文, at 1280 and 1920 px, for docs/screenshots/ (and the HTML report).

    python tools/screenshots.py                 # all pages, both languages, both widths -> docs/screenshots/
    python tools/screenshots.py --out /tmp/s --widths 1280 --langs zh

Starts its own `streamlit run app.py` (demo mode, a throwaway MEDSEQ_HOME), walks the pages with
``tools.walk`` and prints what the layout checks found on each page, so a reviewer sees both.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.walk import (CHROMIUM, CHROMIUM_ARGS, LAYOUT_PROBLEMS, ROOT, VISIBLE_TEXT, citations,  # noqa: E402
                        english_words, server, walk)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--widths", type=int, nargs="+", default=[1280, 1920])
    ap.add_argument("--langs", nargs="+", default=["en", "zh"], choices=["en", "zh"])
    ap.add_argument("--pages", nargs="+", default=None, help="only these pages (assess explain records ...)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright
    from medmodel import load_gallery
    patient = tuple(x for g in load_gallery() for x in (g.case.text, g.contrast.text if g.contrast else "", g.id) if x)
    patient += citations()
    home = tempfile.mkdtemp(prefix="medseq-shots-")
    env = {k: v for k, v in os.environ.items() if k not in ("MEDSEQ_USERS", "MEDSEQ_AUDIT_DB", "MEDSEQ_AUDIT_KEY")}
    env["MEDSEQ_HOME"] = home
    found = 0
    with server(Path(home) / "server.log", env) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for lang in args.langs:
            for width in args.widths:
                def shoot(page, key, lang=lang, width=width):
                    nonlocal found
                    if args.pages and key not in args.pages:
                        return
                    path = args.out / f"{key}_{lang}_{width}.png"
                    page.screenshot(path=str(path), full_page=True)
                    problems = page.evaluate(LAYOUT_PROBLEMS)
                    english = english_words(page.evaluate(VISIBLE_TEXT), patient) if lang == "zh" else []
                    found += len(problems) + len(english) + len(page.console_errors)
                    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                          f"{len(problems)} layout problems, {len(english)} English words, "
                          f"{len(page.console_errors)} console errors")
                    for x in problems + [f"English: {w}" for w in english] + page.console_errors:
                        print(f"    {x}")
                walk(browser, url, lang, width, shoot)
        if not args.pages:
            hero_and_reports(browser, url, args.out)
        if not args.pages or "context" in args.pages:
            found += context_shots(browser, url, args.out, args.langs, patient)
        browser.close()
    print(f"done: {found} problems")
    return 0


HERO_NOTE = "Severe headache and fever since this morning, no neck stiffness, no rash."


def hero_and_reports(browser, url: str, out: Path) -> None:
    """README's hero (assess.png: the negation the model over-reads, and a what-if) and the HTML report in both
    languages (report.png, report_zh.png), opened from disk offline as a reviewer would."""
    from tools.walk import full_height, new_page, set_language, wait_idle
    for lang in ("en", "zh"):
        page = new_page(browser, 1280)
        page.goto(url)
        wait_idle(page)
        if lang == "zh":
            set_language(page, "zh")
            page.get_by_role("button", name="中文病历", exact=True).click()
        else:
            page.locator("textarea").first.fill(HERO_NOTE)
            page.get_by_role("button", name="Assess", exact=True).click()
        wait_idle(page, 800)
        if lang == "en":
            page.get_by_role("radiogroup", name=re.compile("neck", re.I)).get_by_role("radio", name="present").click()
            wait_idle(page, 800)
            full_height(page)
            page.screenshot(path=str(out / "assess.png"), full_page=True)
            page.set_viewport_size({"width": 1280, "height": 1000})
        prepare, download = {"en": ("Prepare HTML report", "Download HTML report"),
                             "zh": ("生成 HTML 报告", "下载 HTML 报告")}[lang]
        page.get_by_role("button", name=prepare).click()
        page.get_by_role("button", name=download).wait_for(state="visible", timeout=300_000)
        with page.expect_download() as info:
            page.get_by_role("button", name=download).click()
        path = Path(tempfile.mkdtemp()) / "report.html"
        info.value.save_as(path)
        page.context.close()
        context = browser.new_context(viewport={"width": 1200, "height": 900}, offline=True)
        report = context.new_page()
        report.goto(path.as_uri())
        report.locator(".js-plotly-plot").first.wait_for(state="visible", timeout=30_000)
        report.wait_for_timeout(800)
        name = "report.png" if lang == "en" else "report_zh.png"
        report.screenshot(path=str(out / name), full_page=True)
        print(f"{name}: written")
        context.close()


# Issue 12 on Assess: context read from the note (chips) with dosing and what it withheld; an unconfident diagnosis
# with each candidate's options opened; a note outside the knowledge base.
CONTEXT_NOTES = {
    "context": {"en": "34F, 22 weeks pregnant. Burning when I pee and going every half hour since yesterday, no fever, "
                      "no back pain. Allergic to penicillin (rash).",
                "zh": "女，34岁，孕22周。昨天开始小便烧灼痛，每半小时就要上一次厕所，不发烧，腰不痛。对青霉素过敏（起皮疹）。"},
    "options": {"en": "Tired and achy for a few days, a bit of a headache, off my food.",
                "zh": "这几天浑身没劲、酸痛，有点头痛，不想吃东西。"},
    "scope": {"en": "Got bitten on the ankle by a snake while hiking an hour ago, two puncture marks, leg's swelling up "
                    "and I feel sick and dizzy.",
              "zh": "在地里干活被蛇咬了手，现在整个手肿得很厉害，伤口一直渗血止不住，头晕。"},
}


def context_shots(browser, url: str, out: Path, langs, patient: tuple[str, ...]) -> int:
    """assess_{context,options,scope}_{lang}_{width}.png, with the same layout checks as the walk."""
    from tools.walk import full_height, new_page, set_language, wait_idle
    found = 0
    for lang in langs:
        for width in (1280, 1920):
            page = new_page(browser, width)
            page.goto(url)
            wait_idle(page)
            if lang == "zh":
                set_language(page, "zh")
            for key, notes in CONTEXT_NOTES.items():
                page.locator("textarea").first.fill(notes[lang])
                page.get_by_role("button", name={"en": "Assess", "zh": "评估"}[lang], exact=True).click()
                wait_idle(page, 800)
                for summary in page.locator("[data-testid=stExpander] summary").all()[:1]:
                    summary.click()
                wait_idle(page, 300)
                full_height(page)
                path = out / f"assess_{key}_{lang}_{width}.png"
                page.screenshot(path=str(path), full_page=True)
                problems = page.evaluate(LAYOUT_PROBLEMS)
                english = english_words(page.evaluate(VISIBLE_TEXT), patient + (notes[lang],)) if lang == "zh" else []
                found += len(problems) + len(english) + len(page.console_errors)
                print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(problems)} layout "
                      f"problems, {len(english)} English words, {len(page.console_errors)} console errors")
                for x in problems + [f"English: {w}" for w in english] + page.console_errors:
                    print(f"    {x}")
                page.set_viewport_size({"width": width, "height": 1000})
            page.context.close()
    return found


if __name__ == "__main__":
    sys.exit(main())
