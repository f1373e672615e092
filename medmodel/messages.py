"""Messages from the model side as codes with parameters, never display English.

The predictor, the safety rules and the records scorer say what happened as ``Message(code, params)``; each
surface (app, report, CLI, ``score``) words it in the reader's language through the one catalogue
(``assets/i18n/{en,zh}.yaml``, key ``msg.<code>``, read by ``medmodel.labels``). Parameters are data:
probabilities as 0-1 floats, knowledge-base ids (``condition``, ``finding``, ``medication``), context flag ids
(``flag``), lists of phrases (``signs``), so each language formats them its own way.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    """What happened, as a code and its parameters; ``text(lang, kb)`` words it."""
    code: str
    params: dict = field(default_factory=dict, hash=False)

    def text(self, lang: str = "en", kb=None) -> str:
        from .labels import message
        return message(self, lang, kb)

    def __str__(self) -> str:
        return self.text("en")

    def to_dict(self, lang: str = "en", kb=None) -> dict:
        return {"code": self.code, "params": self.params, "text": self.text(lang, kb)}
