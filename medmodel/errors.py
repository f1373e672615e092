"""Error types the CLI catches before it knows which command runs, kept free of heavy imports (pandas)."""
from __future__ import annotations


class RecordsError(ValueError):
    """The file or its columns cannot be used; the message is for the user."""
