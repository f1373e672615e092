"""End to end in a real browser: Playwright + Debian Chromium against `streamlit run app.py`.

A doctor's path through every page, one step a test, an XSS note, repeated submissions, and a check that the browser
talks to nobody but the app. Screenshots go to a temporary folder, or to $MEDSEQ_SCREENSHOTS when set (refresh the
README's with MEDSEQ_SCREENSHOTS=docs/screenshots).
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, require_chromium, streamlit_server

XSS_NOTE = "Cough and fever <img src=x onerror=alert(1)> for 3 days <script>alert(1)</script> no chest pain"
NOTE = "Severe headache and fever since this morning, no neck stiffness, no rash."


# ------------------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def server(shipped_bundle, tmp_path_factory):
    """`streamlit run app.py` on a free port; ready when /_stcore/health answers."""
    with streamlit_server(tmp_path_factory.mktemp("streamlit")) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("MEDSEQ_SCREENSHOTS")
    return Path(folder) if folder else tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh browser tab that records every request and every dialog."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="en-GB")
    pg = context.new_page()
    pg.set_default_timeout(90_000)
    pg.requests, pg.dialogs = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("websocket", lambda ws: pg.requests.append(ws.url))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.goto(server)
    wait_idle(pg)
    yield pg
    context.close()


# ------------------------------------------------------------------------------------------- helpers
def wait_idle(page, settle_ms: int = 250) -> None:
    """Wait until the app's script run has finished (Streamlit marks it on the root element)."""
    page.wait_for_timeout(settle_ms)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
    page.wait_for_timeout(settle_ms)


def screenshot(page, folder: Path, name: str) -> Path:
    """Full page: grow the viewport to the app's scroll height (Streamlit scrolls inside its main pane)."""
    folder.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], height + 20)})
    page.wait_for_timeout(1500)   # plotly relayouts on resize
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)
    return path


def go(page, server: str, title: str) -> None:
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    wait_idle(page)


def submit(page, note: str) -> float:
    """Type a note, press Assess; seconds until the differential is visible."""
    page.locator("textarea").first.fill(note)
    start = time.perf_counter()
    page.get_by_role("button", name=re.compile(r"^(Assess|评估)$")).click()
    page.get_by_test_id("stPlotlyChart").first.wait_for(state="visible")
    page.locator("[data-testid=stPlotlyChart] .ytick text").first.wait_for(state="attached")
    seconds = time.perf_counter() - start
    wait_idle(page)
    return seconds


def choose(page, label: str, option: str) -> None:
    """Pick an option of a st.selectbox by its label."""
    page.get_by_test_id("stSelectbox").filter(has_text=label).first.click()
    page.keyboard.type(option.lstrip("^"))        # the option list is virtualised: filter it first
    page.get_by_role("option", name=re.compile(option)).first.click()
    wait_idle(page)


def assert_only_app_hosts(page, server: str) -> None:
    app_host = urlparse(server).netloc
    others = sorted({u for u in page.requests if urlparse(u).scheme not in ("data", "blob")
                     and urlparse(u).netloc != app_host})
    assert not others, f"the browser contacted hosts other than the app: {others}"


# ------------------------------------------------------------------------------------------- tests
def test_assess_shows_differential_heatmap_and_triage(page, server, shots):
    submit(page, NOTE)
    assert page.get_by_text("Differential diagnosis").is_visible()
    assert page.get_by_test_id("stPlotlyChart").count() >= 2, "differential bars and attribution heatmap"
    assert page.get_by_test_id("stAlertContainer").filter(has_text="Triage:").count() == 1
    choose(page, "Method", "^attention")
    assert page.get_by_text("ATTENTION WEIGHTS").first.is_visible()
    choose(page, "Method", "^integrated gradients")
    assert not page.get_by_text("ATTENTION WEIGHTS").count()
    assert not page.dialogs
    assert_only_app_hosts(page, server)


def test_what_if_toggle_shows_before_and_after(page, server, shots):
    submit(page, NOTE)
    group = page.get_by_role("radiogroup", name=re.compile("neck", re.I))
    group.get_by_role("radio", name="present").click()
    wait_idle(page)
    assert page.get_by_text(re.compile("Leading diagnosis: .* → ")).is_visible()
    screenshot(page, shots, "assess")
    assert_only_app_hosts(page, server)


def test_html_report_opens_offline_from_disk(page, server, shots, tmp_path):
    submit(page, NOTE)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download HTML report").click()
    report = tmp_path / "report.html"
    info.value.save_as(report)
    check_report(page.context.browser, report, shots)


def test_chinese_interface(page, server, shots):
    submit(page, NOTE)
    page.get_by_role("radiogroup", name="Language / 语言").get_by_role("radio", name="中文").click()
    wait_idle(page)
    assert page.get_by_role("heading", name="评估患者").is_visible()
    assert page.get_by_text("不是诊断").first.is_visible()
    screenshot(page, shots, "assess_zh")


def test_explain_page_draws_the_studio(page, server, shots):
    submit(page, NOTE)
    go(page, server, "Explain")
    assert page.get_by_role("heading", name="Explain: attribution studio").is_visible()
    assert page.get_by_test_id("stPlotlyChart").count() >= 1
    screenshot(page, shots, "explain")
    assert_only_app_hosts(page, server)


def test_records_upload_score_and_download(page, server, shots, tmp_path):
    csv = tmp_path / "notes.csv"
    csv.write_text("id,note,age,sex\n"
                   "A1,\"It burns when I pee and I keep needing to wee, for 3 days now. No fever.\",30,F\n"
                   "B2,\"Crushing chest pain for 40 minutes spreading to my left arm, sweating.\",61,M\n"
                   "C3,=cmd|' /C calc'!A0 fever and a cough for two days,40,F\n", encoding="utf-8")
    go(page, server, "Records")
    page.locator("input[type=file]").set_input_files(str(csv))
    wait_idle(page)
    page.get_by_role("button", name="Score all rows").click()
    wait_idle(page)
    assert page.get_by_text("Triage mix").is_visible()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    scored = tmp_path / "scored.csv"
    info.value.save_as(scored)
    text = scored.read_text(encoding="utf-8-sig")
    assert "dx1_name" in text and "emergency" in text and "'=cmd" in text      # formula neutralised
    screenshot(page, shots, "records")
    assert_only_app_hosts(page, server)


def test_model_card_and_gallery_open_a_case_in_assess(page, server, shots):
    go(page, server, "Model card")
    assert page.get_by_text("Calibration (reliability curve)").is_visible()
    screenshot(page, shots, "model_card")
    go(page, server, "Gallery")
    screenshot(page, shots, "gallery")
    page.get_by_role("button", name="Open in Assess").first.click()
    wait_idle(page)
    assert page.get_by_role("heading", name="Assess a patient").is_visible()
    assert not page.dialogs
    assert_only_app_hosts(page, server)


def check_report(browser, path: Path, shots: Path) -> None:
    """The exported report opens from disk, draws its plotly figures and makes no request at all."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, offline=True)
    pg = context.new_page()
    requests, errors = [], []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    pg.locator(".js-plotly-plot").first.wait_for(state="visible", timeout=30_000)
    assert "not a diagnosis" in pg.inner_text("body")
    assert not errors, errors
    assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests
    shots.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(shots / "report.png"), full_page=True)
    context.close()


def test_xss_note_renders_as_text(page, server):
    submit(page, XSS_NOTE)
    assert not page.dialogs, page.dialogs
    assert page.locator("img[src=x]").count() == 0
    assert page.evaluate("() => [...document.scripts].some(s => s.textContent.includes('alert(1)'))") is False
    assert page.evaluate("() => document.body.innerText.includes('<script>alert(1)</script>')"), \
        "the note should be visible as plain text"
    assert_only_app_hosts(page, server)


NOTES = ("It burns when I pee and I keep needing to wee, for 3 days now.",
         "Crushing chest pain for 40 minutes spreading to my left arm, sweating.",
         "Runny nose, sneezing and a scratchy throat since yesterday.")


def test_each_submission_shows_that_notes_differential(page, server, shipped_bundle):
    """Submitting one note after another redraws the differential for the new note: the bars the browser shows
    are the shipped model's answer computed here. Seconds from click to chart are printed (run with -s)."""
    from medmodel import Case, Predictor
    predictor, seconds = Predictor(shipped_bundle), []
    for note in NOTES:
        start = time.perf_counter()
        submit(page, note)
        seconds.append(time.perf_counter() - start)
        shown = page.locator("[data-testid=stPlotlyChart]").first.locator(".ytick text").all_text_contents()
        want = [f"{d.name('en')} ({d.icd10})" for d in predictor.predict(Case(note)).differential]
        assert sorted(shown) == sorted(want), (note, shown)
    print(f"\nsubmit -> differential visible: {', '.join(f'{t:.2f}' for t in seconds)} s")
    assert_only_app_hosts(page, server)
