"""Ten browser sessions at once through sign-in, Assess and Explain (Playwright + Debian Chromium).

Each session signs in as its own clinician and assesses its own note, so every prediction and every
explanation is computed while the others run (no shared cache hit). Then:
- every answer the browser received (the differential chart, the attribution heatmap) equals the
  single-threaded answer computed here with the same bundle and the same figure builders;
- no session saw an error or an exception;
- the audit log has exactly one prediction row per session and one explanation row per method asked,
  under the right user, and the chain verifies.
"""
from __future__ import annotations

import asyncio
import json
import os
import re
import time

import numpy as np
import pytest

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, require_chromium, streamlit_server

SESSIONS = 10
PASSWORD = "correct horse battery"
EXPLAIN_METHODS = {"integrated_gradients", "saliency", "occlusion", "attention"}   # Assess + Explain's defaults
# Plotly keeps numpy arrays base64-encoded ({dtype, bdata, shape}); anything else comes as nested lists.
FIGURES = """() => { const a = v => v == null ? null : (v.bdata ? {dtype: v.dtype, bdata: v.bdata, shape: v.shape}
                                                  : Array.from(v, r => (r && typeof r === 'object') ? Array.from(r) : r));
    return Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd => gd.data.map(t => ({
        type: t.type, x: a(t.x), y: a(t.y), z: a(t.z)}))); }"""


def _array(v) -> np.ndarray:
    if isinstance(v, dict) and "bdata" in v:
        import base64
        shape = v.get("shape")
        shape = [int(n) for n in str(shape).split(",")] if isinstance(shape, str) else shape
        data = np.frombuffer(base64.b64decode(v["bdata"]), dtype=np.dtype(v["dtype"])).astype(float)
        return data.reshape(shape) if shape else data
    return np.asarray(v, float)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    from medmodel.users import UsersFile
    home = tmp_path_factory.mktemp("browser_home")
    users = UsersFile(home / "users.json", rounds=4)
    for i in range(SESSIONS):
        users.add(f"clin{i}", PASSWORD, "clinician")
    return home


@pytest.fixture(scope="module")
def server(shipped_bundle, home, tmp_path_factory):
    env = {k: v for k, v in os.environ.items() if k not in ("MEDSEQ_USERS", "MEDSEQ_AUDIT_DB", "MEDSEQ_AUDIT_KEY")}
    with streamlit_server(tmp_path_factory.mktemp("streamlit"), {**env, "MEDSEQ_HOME": str(home)}) as url:
        yield url


async def _idle(page, settle_ms=300):
    await page.wait_for_timeout(settle_ms)
    await page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=600_000)
    await page.wait_for_timeout(settle_ms)


async def _errors(page) -> list[str]:
    """Exceptions and error messages (an emergency triage banner is drawn as an error alert: not an error)."""
    texts = [await e.inner_text() for e in await page.locator(
        "[data-testid=stException], [data-testid=stAlertContentError]").all()]
    return [t for t in texts if "Triage:" not in t]


async def _session(browser, url, i, note):
    context = await browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB")
    page = await context.new_page()
    page.set_default_timeout(600_000)
    try:
        await page.goto(url)
        await _idle(page)
        await page.get_by_label("User name").fill(f"clin{i}")
        await page.get_by_label("Password", exact=True).fill(PASSWORD)
        await page.get_by_role("button", name="Sign in").click()
        await _idle(page)
        await page.locator("textarea").first.fill(note)
        await page.get_by_role("button", name=re.compile(r"^Assess$")).click()
        await page.locator("[data-testid=stPlotlyChart] .ytick text").first.wait_for(state="attached")
        await _idle(page, 600)
        assess = await page.evaluate(FIGURES)
        errors = await _errors(page)
        await page.get_by_test_id("stSidebarNav").get_by_text("Explain", exact=True).click()
        # Under load the Explain run may start well after the click, while Assess (which has a heatmap too) is
        # still on screen and idle: wait for the new page's URL and for its last section before reading anything.
        await page.wait_for_url(re.compile(r"/Explain"))
        await page.get_by_text("Rank agreement", exact=False).first.wait_for(state="visible")
        await _idle(page, 600)
        explain = await page.evaluate(FIGURES)
        errors += await _errors(page)
        return {"assess": assess, "explain": explain, "errors": errors}
    finally:
        await context.close()


async def _run_all(url, notes):
    from playwright.async_api import async_playwright
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return await asyncio.gather(*(_session(browser, url, i, n) for i, n in enumerate(notes)))
        finally:
            await browser.close()


def _trace(figures, kind):
    return next(t for fig in figures for t in fig if t["type"] == kind)


def test_ten_concurrent_sessions_assess_and_explain(server, home, shipped_bundle):
    require_chromium()
    from medmodel import Case, Predictor
    from medmodel.audit import AuditLog
    from medmodel.explain import Explainer
    from medmodel.plots import heatmap
    from medmodel.report import differential_figure
    from medmodel.synth import Generator
    notes = [s.text for s in Generator(shipped_bundle.kb).generate(SESSIONS, seed=2024, lang="en")]
    assert len(set(notes)) == SESSIONS

    t0 = time.perf_counter()
    results = asyncio.run(_run_all(server, notes))
    seconds = time.perf_counter() - t0

    predictor, explainer = Predictor(shipped_bundle), Explainer(shipped_bundle)
    for i, (note, r) in enumerate(zip(notes, results)):
        assert not r["errors"], f"session {i} showed: {r['errors']}"
        case = Case(note)
        pred = predictor.predict(case)
        want = differential_figure(pred, "en", shipped_bundle.kb)       # one bar trace per triage colour
        got = r["assess"][0]
        assert [t["y"] for t in got if t["type"] == "bar"] == [list(t.y) for t in want.data], \
            f"session {i}: differential differs"
        for g, w in zip([t for t in got if t["type"] == "bar"], want.data):
            np.testing.assert_allclose(_array(g["x"]), np.asarray(w.x, float), atol=1e-6)
        expl = explainer.explain(case, pred, method="integrated_gradients", baseline="pad", n_steps=50)
        want_z = np.asarray(heatmap(expl, "en").data[0].z, float)
        got_z = _array(_trace(r["explain"], "heatmap")["z"])
        np.testing.assert_allclose(got_z, want_z, atol=1e-5, err_msg=f"session {i}: attributions differ")

    log = AuditLog(home / "audit.sqlite")
    assert log.verify().ok
    for i in range(SESSIONS):
        rows = log.rows(user=f"clin{i}")
        preds = [r for r in rows if r["event"] == "prediction"]
        expls = [json.loads(r["outputs"]) for r in rows if r["event"] == "explanation"]
        assert len(preds) == 1, (i, len(preds))
        assert sorted(e["method"] for e in expls) == sorted(EXPLAIN_METHODS), (i, expls)
        assert len({r["input_hmac"] for r in preds}) == 1
        assert [r["event"] for r in rows].count("sign_in") == 1
    print(f"\n[load] {SESSIONS} concurrent browser sessions (sign-in, Assess, Explain) in {seconds:.0f} s: "
          f"answers identical to single-threaded, 0 errors; audit rows {log.count()} "
          f"({SESSIONS} sign-ins, {SESSIONS} predictions, {SESSIONS * len(EXPLAIN_METHODS)} explanations), chain ok")
