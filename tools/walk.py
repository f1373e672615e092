"""A walk through every page of the running app in a real browser (Playwright + Debian Chromium), in English
and Chinese, with the checks a stakeholder demo needs: no clipped or overflowing text, no English on a 中文
page, no console errors, no stale output. ``tools/screenshots.py`` saves what it sees; ``tests/test_e2e.py``
asserts on it (and saves nothing into the checkout).
"""
from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
PAGES = ("assess", "explain", "records", "model_card", "gallery", "audit", "users")
NAV = {"en": {"assess": "Assess", "explain": "Explain", "records": "Records", "model_card": "Model card",
              "gallery": "Gallery", "audit": "Audit", "users": "Users"},
       "zh": {"assess": "评估", "explain": "解释", "records": "批量记录", "model_card": "模型卡", "gallery": "案例库",
              "audit": "审计", "users": "用户"}}
# Words allowed on a 中文 page: names of the product, methods, authors, file formats and the software versions
# table, and the bilingual language switch. Clinical abbreviations (CT, ECG, ICD-10, eGFR) are upper case and
# never counted; neither are code blocks, file names, hashes or what a patient wrote.
ALLOWED_LATIN = {"medseq", "deeplift", "spearman", "deyoung", "adebayo", "excel", "parquet", "log", "egfr", "language",
                 "english", "python", "torch", "numpy", "safetensors", "captum", "bcrypt", "min", "ml", "mmol", "kg",
                 # units and named scores inside the knowledge base's Chinese doses (CIWA-Ar, Centor, FeverPAIN ...)
                 "mg", "mcg", "mmhg", "mol", "cm", "mm", "ng", "ph", "ar", "centor", "feverpain", "maddrey", "pabrinex",
                 "td"}   # Td: the tetanus-diphtheria booster
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_NOT_PROSE = re.compile(r"\S+\.(?:csv|xlsx|parquet|json|html|safetensors|sqlite|yaml)\b|\b[0-9a-f]{8,}\b|https?://\S+"
                        r"|\b\d+(?:\.\d+)+\S*")   # file names, hashes, links, version numbers ("2.13.0+cpu")

# What the browser reports as overflowing or clipped: a list of human-readable problems (empty when clean).
LAYOUT_PROBLEMS = r"""() => {
  const problems = [];
  const main = document.querySelector('[data-testid=stMain] [data-testid=stMainBlockContainer]')
            || document.querySelector('[data-testid=stMain]');
  const box = main.getBoundingClientRect();
  const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const name = el => (el.getAttribute('data-testid') || el.tagName.toLowerCase()) + ': '
                     + (el.innerText || el.textContent || '').trim().slice(0, 60);
  const scrolls = el => { for (let p = el.parentElement; p && p !== main; p = p.parentElement) {
      const s = getComputedStyle(p); if (/(auto|scroll)/.test(s.overflowX) && p.scrollWidth > p.clientWidth + 1) return true; }
    return false; };
  // 1. Anything wider than the page's main column.
  for (const el of main.querySelectorAll('div, p, span, button, label, table, svg, h1, h2, h3, h4, li')) {
    if (!visible(el) || el.closest('[data-testid=stDataFrame], [data-testid=stCode], pre, textarea')) continue;
    if (/hidden/i.test(el.getAttribute('data-testid') || '') || el.closest('[aria-hidden=true]')) continue;
    const r = el.getBoundingClientRect();
    if ((r.right > box.right + 2 || r.left < box.left - 2) && !scrolls(el)) problems.push('outside the page: ' + name(el));
  }
  // 2. Text cut with an ellipsis or by its box (labels, buttons, table cells, metrics).
  const leaves = [...main.querySelectorAll('div')].filter(d => !d.children.length && (d.innerText || '').trim());
  for (const el of [...main.querySelectorAll('button, label, p, span, td, th'), ...leaves]) {
    if (!visible(el) || el.closest('[data-testid=stDataFrame], [data-testid=stCode], pre, textarea, .js-plotly-plot')) continue;
    const s = getComputedStyle(el);
    const cut = (s.textOverflow === 'ellipsis' || s.overflowX === 'hidden' || s.overflow === 'hidden');
    if (cut && el.scrollWidth > el.clientWidth + 2 && el.innerText.trim()) problems.push('text cut: ' + name(el));
  }
  // 2b. A table cell whose text scrolls inside its own box (Streamlit caps cells at 400 px): cut to the eye.
  for (const el of main.querySelectorAll('[data-testid=stTable] td [data-testid=stMarkdownContainer], [data-testid=stTable] th [data-testid=stMarkdownContainer]')) {
    if (visible(el) && el.scrollWidth > el.clientWidth + 2) problems.push('table cell cut: ' + name(el));
  }
  // 3. Chart labels and values drawn outside their figure (cut by the plot's own box).
  for (const plot of main.querySelectorAll('.js-plotly-plot')) {
    const svg = plot.querySelector('svg.main-svg'); if (!svg || !visible(plot)) continue;
    const pr = svg.getBoundingClientRect();
    for (const t of plot.querySelectorAll('.xtick text, .ytick text, .bartext, .textpoint text, .gtitle, .xtitle, .ytitle, .legendtext')) {
      const r = t.getBoundingClientRect(); if (!r.width) continue;
      if (r.left < pr.left - 1 || r.right > pr.right + 1 || r.top < pr.top - 1 || r.bottom > pr.bottom + 1)
        problems.push('chart text cut: ' + (t.textContent || '').slice(0, 60));
    }
  }
  return [...new Set(problems)];
}"""

VISIBLE_TEXT = r"""() => {
  const skip = 'pre, code, textarea, [data-testid=stCode], [data-testid=stText], [data-testid=stDataFrame], '
             + '.medseq-note, [data-testid*=Icon], [data-testid=stSkipLink], a[href="#main"]';
  const root = document.querySelector('[data-testid=stApp]');
  const out = [];
  const walk = node => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (parseFloat(getComputedStyle(node.parentElement).fontSize) > 0) out.push(node.textContent);
      return; }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches(skip)) return;
    const s = getComputedStyle(node); if (s.display === 'none' || s.visibility === 'hidden') return;
    if (/Material Symbols|Material Icons/i.test(s.fontFamily)) return;          // icon ligatures, not words
    const r = node.getBoundingClientRect();
    if (s.display !== 'contents' && r.width <= 1 && r.height <= 1 && node.tagName !== 'svg') return;  // screen-reader only
    for (const pseudo of ['::before', '::after']) {                              // text drawn by CSS is shown too
      const c = getComputedStyle(node, pseudo).content;
      if (c && c !== 'none' && c !== 'normal') out.push(c.replace(/^["']|["']$/g, ''));
    }
    if (node.tagName === 'svg' || node.tagName === 'SVG') {   // plotly: titles, ticks, legends, bar texts
      node.querySelectorAll('text').forEach(t => out.push(t.textContent)); return; }
    node.childNodes.forEach(walk);
    if (node.getAttribute && node.getAttribute('placeholder')) out.push(node.getAttribute('placeholder'));
  };
  walk(root);
  return out.join('\n');
}"""


def citations() -> tuple[str, ...]:
    """The sources the knowledge base cites for its doses ("NICE NG84 Sore throat (acute) ..."): references are
    shown as published, in any language, so they are not English prose on a 中文 page."""
    from medmodel import load_knowledge
    kb = load_knowledge()
    return tuple(sorted({d.source for c in kb.conditions.values() for d in c.dosing.values()}, key=len, reverse=True))


def english_words(text: str, patient_texts: tuple[str, ...] = ()) -> list[str]:
    """Latin-script words on a 中文 page that are prose, not abbreviations, names, files or patient text."""
    text = text.replace("\u200b", "")          # ui.auth.escape_md breaks ":" and "@" with an invisible space
    for note in sorted(patient_texts, key=len, reverse=True):
        text = text.replace(note, " ")
    text = _NOT_PROSE.sub(" ", text)
    words = []
    for w in _LATIN_WORD.findall(text):
        if w.isupper() or w.lower() in ALLOWED_LATIN or (len(w) <= 4 and w[0].isupper() and w[1:].isupper()):
            continue
        if re.fullmatch(r"[A-Z][a-z]?[A-Z0-9]+\w*", w):      # mixed abbreviations: eGFR-like, SpO2, HbA1c
            continue
        words.append(w)
    return sorted(set(words))


class ServerUrl(str):
    """The server's URL (a str), carrying the server process id (``pid``) for tests that watch the process."""
    pid: int


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(log_path: Path, env: dict[str, str] | None = None, port: int | None = None, script: str = "app.py"):
    """`streamlit run app.py` (or another ``script``, still with the checkout's .streamlit/config.toml) as deployed
    (no file watcher, so nothing reloads mid-session); yields its URL once /_stcore/health answers, and stops the
    server afterwards. Raises RuntimeError when it does not start."""
    import os
    port = port or free_port()
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"), **(env or {})}
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
                                 "--server.headless", "true", "--server.fileWatcherType", "none",
                                 "--server.runOnSave", "false"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = ServerUrl(f"http://localhost:{port}")
        url.pid = proc.pid
        try:
            deadline = time.time() + 180
            while True:
                try:
                    if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                        break
                except OSError:
                    time.sleep(0.5)
                if proc.poll() is not None:
                    raise RuntimeError(f"streamlit exited with {proc.returncode}; see {log_path}")
                if time.time() > deadline:
                    raise RuntimeError("streamlit did not become healthy within 180 s")
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()


def wait_idle(page, settle_ms: int = 300) -> None:
    """Wait until the app's script run has finished (Streamlit marks it on the root element)."""
    page.wait_for_timeout(settle_ms)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=300_000)
    page.wait_for_timeout(settle_ms)


def new_page(browser, width: int, height: int = 1000):
    """A fresh tab that records console errors, page errors and dialogs."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(180_000)
    page.console_errors, page.dialogs = [], []
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    return page


def set_language(page, lang: str) -> None:
    page.get_by_role("radiogroup", name="Language / 语言").get_by_role("radio", name={"en": "English", "zh": "中文"}[lang]).click()
    wait_idle(page)


def go(page, lang: str, key: str) -> None:
    page.get_by_test_id("stSidebarNav").get_by_text(NAV[lang][key], exact=True).click()
    wait_idle(page)


def full_height(page) -> None:
    """Grow the viewport to the app's scroll height (Streamlit scrolls inside its main pane)."""
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": max(1000, min(height + 40, 16000))})
    page.wait_for_timeout(1200)   # plotly relayouts on resize
    wait_idle(page, 200)


def prepare(page, lang: str, key: str) -> None:
    """Put the page in the state worth looking at (a case assessed, a file scored)."""
    if key == "assess":
        example = {"en": "A red-flag emergency", "zh": "中文病历"}[lang]
        page.get_by_role("button", name=example, exact=True).click()
        wait_idle(page)
        page.get_by_test_id("stPlotlyChart").first.wait_for(state="visible")
        wait_idle(page, 600)
    elif key == "records":
        page.get_by_role("button", name={"en": "Try a sample file", "zh": "使用示例文件"}[lang]).click()
        wait_idle(page)
        page.get_by_role("button", name={"en": "Score all rows", "zh": "评估所有行"}[lang]).click()
        wait_idle(page, 600)


def walk(browser, url: str, lang: str, width: int, on_page) -> None:
    """Every page at one width in one language; ``on_page(page, key)`` sees each, full height."""
    page = new_page(browser, width)
    try:
        page.goto(url)
        wait_idle(page)
        if lang != "en":
            set_language(page, lang)
        for key in PAGES:
            go(page, lang, key)
            prepare(page, lang, key)
            full_height(page)
            on_page(page, key)
            page.set_viewport_size({"width": width, "height": 1000})
    finally:
        page.context.close()
