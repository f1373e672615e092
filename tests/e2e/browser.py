"""The Streamlit server and Chromium settings the browser and load tests share."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests.support import IN_CI
from tools.walk import CHROMIUM, CHROMIUM_ARGS, ServerUrl, free_port, server  # noqa: F401  (shared)


@contextlib.contextmanager
def streamlit_server(log_dir: Path, env: dict[str, str] | None = None, script: str = "app.py"):
    """``tools.walk.server`` with its log in ``log_dir/server.log``; a server that does not start fails the test."""
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(server(log_dir / "server.log", env, script=script))
        except RuntimeError as exc:
            pytest.fail(str(exc))
        yield url


@contextlib.contextmanager
def chromium():
    """Headless Chromium with the project's flags (``browser.playwright`` is its Playwright); see require_chromium."""
    require_chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        b.playwright = p
        try:
            yield b
        finally:
            b.close()


def require_chromium() -> None:
    """Skip on a developer machine without Chromium; fail in CI, which must run the browser tests."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk"
        pytest.fail(message) if IN_CI else pytest.skip(message)
