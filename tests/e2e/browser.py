"""The Streamlit server and Chromium settings the browser and load tests share."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from tests.support import IN_CI, ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerUrl(str):
    """The server's URL (a str), carrying the server process id (``pid``) for tests that watch the process."""
    pid: int


@contextlib.contextmanager
def streamlit_server(log_dir: Path, env: dict[str, str] | None = None, script: str = "app.py"):
    """`streamlit run app.py` (or another ``script``, still with the checkout's .streamlit/config.toml) on a free
    port, as deployed (no file watcher, so nothing reloads mid-session); yields the URL once /_stcore/health
    answers, and stops the server afterwards."""
    import subprocess
    import sys
    import time
    import urllib.request
    port = free_port()
    log = (log_dir / "server.log").open("w")
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"), **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
                             "--server.headless", "true", "--server.fileWatcherType", "none",
                             "--server.runOnSave", "false"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = ServerUrl(f"http://localhost:{port}")
    url.pid = proc.pid
    try:
        deadline = time.time() + 120
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}; see {log.name}")
            if time.time() > deadline:
                pytest.fail("streamlit did not become healthy within 120 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def require_chromium() -> None:
    """Skip on a developer machine without Chromium; fail in CI, which must run the browser tests."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk"
        pytest.fail(message) if IN_CI else pytest.skip(message)
