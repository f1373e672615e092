"""End to end in a real browser: Playwright + Debian Chromium against `streamlit run app.py`.

A doctor's path through every page; every page in English and 中文 at 1280 and 1920 px with nothing clipped,
no English on a 中文 page and no console error; no stale output after a new note or "New patient"; the report
downloaded in 中文 is Chinese; slow work shows progress and can be cancelled; an XSS note renders as text; the
browser talks to nobody but the app. Nothing is written into the checkout (screenshots: tools/screenshots.py).
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import chromium, streamlit_server
from tools.walk import (LAYOUT_PROBLEMS, VISIBLE_TEXT, citations, english_words, go, new_page, set_language,
                        wait_idle, walk)

XSS_NOTE = "Cough and fever <img src=x onerror=alert(1)> for 3 days <script>alert(1)</script> no chest pain"
NOTE = "Severe headache and fever since this morning, no neck stiffness, no rash."
MI = "Crushing central chest pain for an hour, spreading to my left arm, sweating, short of breath."
THROAT = "Sore throat and a runny nose for two days, mild cough, no fever."


# ------------------------------------------------------------------------------------------- fixtures
LOGS: list[Path] = []


@pytest.fixture(scope="module")
def server(shipped_bundle, tmp_path_factory):
    """`streamlit run app.py` on a free port; ready when /_stcore/health answers."""
    log_dir = tmp_path_factory.mktemp("streamlit")
    LOGS.append(log_dir / "server.log")
    with streamlit_server(log_dir) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser, server):
    """A fresh browser tab that records every request, dialog and console error."""
    pg = new_page(browser, 1400)
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("websocket", lambda ws: pg.requests.append(ws.url))
    pg.goto(server)
    wait_idle(pg)
    yield pg
    pg.context.close()


# ------------------------------------------------------------------------------------------- helpers
def submit(page, note: str) -> None:
    """Type a note, press Assess, wait for the differential."""
    page.locator("textarea").first.fill(note)
    page.get_by_role("button", name=re.compile(r"^(Assess|评估)$")).click()
    page.get_by_test_id("stPlotlyChart").first.wait_for(state="visible")
    page.locator("[data-testid=stPlotlyChart] .ytick text").first.wait_for(state="attached")
    wait_idle(page)


def choose(page, label: str, option: str) -> None:
    """Pick an option of a st.selectbox by its label."""
    page.get_by_test_id("stSelectbox").filter(has_text=label).first.click()
    page.keyboard.type(option.lstrip("^"))        # the option list is virtualised: filter it first
    page.get_by_role("option", name=re.compile(option)).first.click()
    wait_idle(page)


def selected(page, label: str) -> str:
    """What a st.selectbox shows as chosen (its text, or the value of its search input)."""
    box = page.get_by_test_id("stSelectbox").filter(has_text=label).first
    inputs = box.locator("input")
    return box.inner_text() + " " + " ".join(inputs.nth(i).input_value() for i in range(inputs.count()))


def main_text(page) -> str:
    return page.get_by_test_id("stMain").inner_text()


def assert_only_app_hosts(page, server: str) -> None:
    app_host = urlparse(server).netloc
    others = sorted({u for u in page.requests if urlparse(u).scheme not in ("data", "blob")
                     and urlparse(u).netloc != app_host})
    assert not others, f"the browser contacted hosts other than the app: {others}"


def patient_text() -> tuple[str, ...]:
    """What may be English on a 中文 page: what patients wrote, and the references doses are cited from."""
    from medmodel import load_gallery
    return tuple(x for g in load_gallery() for x in (g.case.text, g.contrast.text if g.contrast else "", g.id)
                 if x) + citations()


# ------------------------------------------------------------------------------------------- tests
def test_doctors_path_through_every_page(page, server, tmp_path):
    # Assess: note in, differential and attributions out.
    submit(page, NOTE)
    assert page.get_by_text("Differential diagnosis").is_visible()
    assert page.get_by_test_id("stPlotlyChart").count() >= 3, "differential, evidence and attribution heatmap"
    assert page.get_by_test_id("stAlertContainer").filter(has_text="Triage:").count() == 1

    # Switch the attribution method.
    choose(page, "Method", "^Attention")
    assert page.get_by_text("ATTENTION WEIGHTS").first.is_visible()
    choose(page, "Method", "^Integrated gradients")

    # Flip a what-if toggle: neck stiffness from absent to present.
    group = page.get_by_role("radiogroup", name=re.compile("neck", re.I))
    group.get_by_role("radio", name="present").click()
    wait_idle(page)
    assert page.get_by_text(re.compile("Leading diagnosis: .* → ")).is_visible()

    # HTML report: prepare, download, open from disk, offline.
    page.get_by_role("button", name="Prepare HTML report").click()
    page.get_by_role("button", name="Download HTML report").wait_for(state="visible")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download HTML report").click()
    report = tmp_path / "report.html"
    info.value.save_as(report)
    check_report(page.context.browser, report, "not a diagnosis")

    # Explain.
    go(page, "en", "explain")
    assert page.get_by_test_id("stPlotlyChart").count() >= 3
    assert page.get_by_text("Completeness gap").first.is_visible()

    # Records: upload a CSV (flags as people write them), score, download the results.
    csv = tmp_path / "notes.csv"
    csv.write_text("id,note,age,sex,flags\n"
                   "A1,\"It burns when I pee and I keep needing to wee, for 3 days now. No fever.\",30,F,penicillin allergy\n"
                   "B2,\"Crushing chest pain for 40 minutes spreading to my left arm, sweating.\",61,M,\n"
                   ",,,,\n"
                   "C3,=cmd|' /C calc'!A0 fever and a cough for two days,40,F,\n", encoding="utf-8")
    go(page, "en", "records")
    page.locator("input[type=file]").set_input_files(str(csv))
    wait_idle(page)
    assert page.get_by_text("Empty rows left out: 1.").is_visible()
    page.get_by_role("button", name="Score all rows").click()
    wait_idle(page)
    assert page.get_by_text("Triage mix").is_visible()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    scored = tmp_path / "scored.csv"
    info.value.save_as(scored)
    text = scored.read_text(encoding="utf-8-sig")
    assert "dx1_name" in text and "emergency" in text and "'=cmd" in text      # formula neutralised
    assert "unknown context flag" not in text

    # Model card and Gallery.
    go(page, "en", "model_card")
    assert page.get_by_text("Real notes", exact=True).is_visible() and page.get_by_text("Synthetic held-out cases", exact=True).is_visible()
    go(page, "en", "gallery")
    page.get_by_role("button", name="Open in Assess").first.click()
    wait_idle(page)
    assert page.get_by_role("heading", name="Assess a patient").is_visible()

    assert not page.dialogs and not page.console_errors, page.console_errors
    assert_only_app_hosts(page, server)


def check_report(browser, path: Path, expect: str) -> str:
    """The exported report opens from disk, draws its plotly figures and makes no request at all; returns its text."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, offline=True)
    pg = context.new_page()
    requests, errors = [], []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    pg.locator(".js-plotly-plot").first.wait_for(state="visible", timeout=30_000)
    text = pg.evaluate(VISIBLE_TEXT.replace("[data-testid=stApp]", "body"))
    assert expect in text
    assert not errors, errors
    assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests
    context.close()
    return text


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [1280, 1920])
def test_every_page_reads_cleanly(browser, server, lang, width):
    """Every page, with a case assessed and a file scored: no text clipped or outside the page, no chart label
    cut, no console error, and on a 中文 page no English (abbreviations, names and patient notes excepted)."""
    found = {}

    def check(page, key):
        problems = page.evaluate(LAYOUT_PROBLEMS)
        if lang == "zh":
            problems += [f"English: {w}" for w in english_words(page.evaluate(VISIBLE_TEXT), patient_text())]
        problems += [f"console: {e}" for e in page.console_errors]
        if problems:
            found[key] = problems

    walk(browser, server, lang, width, check)
    assert not found, found


def test_no_stale_output_after_a_new_note_or_new_patient(page):
    submit(page, MI)
    assert "myocardial" in selected(page, "Output to explain").lower()
    submit(page, THROAT)
    assert "myocardial" not in main_text(page).lower(), "the previous patient's outputs are still on screen"
    page.get_by_role("button", name="New patient").click()
    wait_idle(page)
    assert page.locator("textarea").first.input_value() == ""
    assert page.get_by_test_id("stPlotlyChart").filter(visible=True).count() == 0   # the preload one is invisible
    assert page.get_by_text("Type what the patient reports").is_visible()
    go(page, "en", "explain")
    assert page.get_by_text("Assess a case first").is_visible()


def test_report_downloaded_in_chinese_is_chinese(page, tmp_path):
    set_language(page, "zh")
    page.get_by_role("button", name="中文病历", exact=True).click()
    wait_idle(page)
    assert page.get_by_role("radiogroup", name="性别").first.get_by_role("radio", name="女").is_checked()
    page.get_by_role("button", name="生成 HTML 报告").click()
    page.get_by_role("button", name="下载 HTML 报告").wait_for(state="visible")
    with page.expect_download() as info:
        page.get_by_role("button", name="下载 HTML 报告").click()
    report = tmp_path / "report-zh.html"
    info.value.save_as(report)
    text = check_report(page.context.browser, report, "不是诊断")
    assert "鉴别诊断" in text and "积分梯度" in text
    assert not english_words(text, patient_text()), english_words(text, patient_text())


def test_slow_explanation_shows_progress_and_can_be_cancelled(page):
    long_note = ("Crushing chest pain spreading to my left arm and jaw, sweating and short of breath, "
                 "feeling sick and dizzy, it started an hour ago while walking up the stairs. ") * 4
    submit(page, long_note)
    go(page, "en", "explain")
    steps = page.get_by_label("Steps", exact=True)
    steps.fill("300")
    steps.press("Enter")
    bar = page.get_by_test_id("stProgress")
    bar.wait_for(state="visible", timeout=60_000)
    # the bar first says "Computing attributions…"; its first timed update can lag on a loaded machine
    expect(bar).to_contain_text(re.compile(r"\d+ s of about \d+ s|taking longer than the estimate"), timeout=60_000)
    page.get_by_role("button", name="Cancel").click()
    page.get_by_text("Stopped.").wait_for(state="visible", timeout=30_000)
    wait_idle(page)
    assert page.get_by_role("button", name="Run again").is_visible()
    assert page.get_by_test_id("stProgress").count() == 0


def test_xss_note_renders_as_text(page, server):
    submit(page, XSS_NOTE)
    assert not page.dialogs, page.dialogs
    assert page.locator("img[src=x]").count() == 0
    assert page.evaluate("() => [...document.scripts].some(s => s.textContent.includes('alert(1)'))") is False
    assert page.evaluate("() => document.body.innerText.includes('<script>alert(1)</script>')"), \
        "the note should be visible as plain text"
    assert_only_app_hosts(page, server)


def test_the_server_log_stays_clean(server):
    """Runs last: after every test above, the server logged no traceback, no Arrow error and no Streamlit call
    made outside a script run (the report once ran there: "missing ScriptRunContext")."""
    text = LOGS[-1].read_text(encoding="utf-8", errors="replace")
    for bad in ("Traceback", "ArrowInvalid", "ArrowTypeError", "missing ScriptRunContext", "Uncaught app exception"):
        assert bad not in text, f"server log: {bad}\n{text[-3000:]}"
