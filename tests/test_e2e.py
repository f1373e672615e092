"""End to end in a real browser: Playwright + Debian Chromium against `streamlit run app.py`.

A doctor's path through every page, an XSS note, the submit -> differential time, and a check that
the browser talks to nobody but the app. Screenshots of every page go to docs/screenshots/.
"""
from __future__ import annotations

import re
import statistics
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import CHROMIUM, CHROMIUM_ARGS, IN_CI, ROOT, streamlit_server

pytestmark = pytest.mark.slow
SHOTS = ROOT / "docs" / "screenshots"
XSS_NOTE = "Cough and fever <img src=x onerror=alert(1)> for 3 days <script>alert(1)</script> no chest pain"
NOTE = "Severe headache and fever since this morning, no neck stiffness, no rash."


# ------------------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def server(shipped_bundle, tmp_path_factory):
    """`streamlit run app.py` on a free port; ready when /_stcore/health answers."""
    with streamlit_server(tmp_path_factory.mktemp("streamlit")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
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


def screenshot(page, name: str) -> Path:
    """Full page: grow the viewport to the app's scroll height (Streamlit scrolls inside its main pane)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], height + 20)})
    page.wait_for_timeout(1500)   # plotly relayouts on resize
    path = SHOTS / f"{name}.png"
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
def test_doctors_path_through_every_page(page, server, tmp_path):
    # Assess: note in, differential and heatmap out.
    submit(page, NOTE)
    assert page.get_by_text("Differential diagnosis").is_visible()
    assert page.get_by_test_id("stPlotlyChart").count() >= 2, "differential bars and attribution heatmap"
    assert page.get_by_test_id("stAlertContainer").filter(has_text="Triage:").count() == 1

    # Switch the attribution method.
    choose(page, "Method", "^attention")
    assert page.get_by_text("ATTENTION WEIGHTS").first.is_visible()
    choose(page, "Method", "^integrated gradients")

    # Flip a what-if toggle: neck stiffness from absent to present.
    group = page.get_by_role("radiogroup", name=re.compile("neck", re.I))
    group.get_by_role("radio", name="present").click()
    wait_idle(page)
    assert page.get_by_text(re.compile("Leading diagnosis: .* → ")).is_visible()
    screenshot(page, "assess")

    # HTML report: download, open from disk, offline.
    with page.expect_download() as info:
        page.get_by_role("button", name="Download HTML report").click()
    report = tmp_path / "report.html"
    info.value.save_as(report)
    check_report(page.context.browser, report)

    # 中文.
    page.get_by_role("radiogroup", name="Language / 语言").get_by_role("radio", name="中文").click()
    wait_idle(page)
    assert page.get_by_role("heading", name="评估患者").is_visible()
    assert page.get_by_text("不是诊断").first.is_visible()
    screenshot(page, "assess_zh")
    page.get_by_role("radiogroup", name="Language / 语言").get_by_role("radio", name="English").click()
    wait_idle(page)

    # Explain.
    go(page, server, "Explain")
    assert page.get_by_test_id("stPlotlyChart").count() >= 1
    screenshot(page, "explain")

    # Records: upload a CSV, score, download the results.
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
    screenshot(page, "records")

    # Model card and Gallery.
    go(page, server, "Model card")
    assert page.get_by_text("Calibration (reliability curve)").is_visible()
    screenshot(page, "model_card")
    go(page, server, "Gallery")
    screenshot(page, "gallery")
    page.get_by_role("button", name="Open in Assess").first.click()
    wait_idle(page)
    assert page.get_by_role("heading", name="Assess a patient").is_visible()

    assert not page.dialogs
    assert_only_app_hosts(page, server)


def check_report(browser, path: Path) -> None:
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
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / "report.png"), full_page=True)
    context.close()


def test_xss_note_renders_as_text(page, server):
    submit(page, XSS_NOTE)
    assert not page.dialogs, page.dialogs
    assert page.locator("img[src=x]").count() == 0
    assert page.evaluate("() => [...document.scripts].some(s => s.textContent.includes('alert(1)'))") is False
    assert page.evaluate("() => document.body.innerText.includes('<script>alert(1)</script>')"), \
        "the note should be visible as plain text"
    assert_only_app_hosts(page, server)


def test_submit_to_differential_time(page, server):
    """Median seconds from clicking Assess to the differential being visible (reported, not asserted)."""
    times = []
    for i in range(5):
        page.goto(server)
        wait_idle(page)
        times.append(submit(page, f"{NOTE} Day {i + 2} of symptoms."))
    median = statistics.median(times)
    print(f"\nsubmit -> differential visible: median {median:.2f} s over {len(times)} runs "
          f"({', '.join(f'{t:.2f}' for t in times)})")
    assert_only_app_hosts(page, server)
