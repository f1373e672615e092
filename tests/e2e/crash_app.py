"""A page that fails with patient text in its exception message (not a test: tests/e2e/test_security_browser.py
serves it with the checkout's .streamlit/config.toml), to see what the browser and the server log show of it."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ui import auth  # noqa: E402,F401  every MedSeq page imports it: it withholds exception messages from the log

note = "Mr John Smith, crushing chest pain since 12/03, call 555-123-4567"   # data: the traceback shows only
raise ValueError(f"cannot read the note {note!r}")                          # the line below, not this one
