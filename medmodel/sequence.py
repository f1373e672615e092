"""The target grammar: what the decoder emits, as knowledge-base ids in fixed sections.

    <bos> DX:c1 ... DX:ck TRIAGE:level RX:m1 ... NEXT:s1 ... <eos>

Sections appear in this order; DX has 1..MAX_DX entries, exactly one TRIAGE token, then
0..MAX_RX medications and 0..MAX_NEXT next steps, with no id repeated.
"""
from __future__ import annotations

from dataclasses import dataclass

from .knowledge import TRIAGE_LEVELS, KnowledgeBase

PAD, BOS, EOS = "<pad>", "<bos>", "<eos>"
SECTIONS = ("DX", "TRIAGE", "RX", "NEXT")
MAX_DX, MAX_RX, MAX_NEXT = 5, 4, 4
MAX_TARGET_LEN = 1 + MAX_DX + 1 + MAX_RX + MAX_NEXT + 1  # with <bos> and <eos>


def section_of(token: str) -> str | None:
    head, sep, _ = token.partition(":")
    return head if sep and head in SECTIONS else None


@dataclass(frozen=True)
class Target:
    """A structured output: the differential, the triage level, medications and next steps (ids)."""
    differential: tuple[str, ...]
    triage: str
    medications: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()

    def tokens(self) -> list[str]:
        return ([f"DX:{c}" for c in self.differential[:MAX_DX]] + [f"TRIAGE:{self.triage}"]
                + [f"RX:{m}" for m in self.medications[:MAX_RX]]
                + [f"NEXT:{s}" for s in self.next_steps[:MAX_NEXT]])

    def __str__(self) -> str:
        return " ".join(self.tokens())

    @classmethod
    def parse(cls, tokens: list[str] | str) -> "Target":
        """Inverse of ``tokens``; raises ValueError on a malformed sequence."""
        if isinstance(tokens, str):
            tokens = tokens.split()
        parts: dict[str, list[str]] = {s: [] for s in SECTIONS}
        last = -1
        for tok in tokens:
            sec = section_of(tok)
            if sec is None:
                raise ValueError(f"not a target token: {tok!r}")
            if SECTIONS.index(sec) < last:
                raise ValueError(f"section {sec} out of order in {' '.join(tokens)!r}")
            last = SECTIONS.index(sec)
            parts[sec].append(tok.split(":", 1)[1])
        if not parts["DX"] or len(parts["TRIAGE"]) != 1:
            raise ValueError(f"needs at least one DX and exactly one TRIAGE: {' '.join(tokens)!r}")
        return cls(tuple(parts["DX"]), parts["TRIAGE"][0], tuple(parts["RX"]), tuple(parts["NEXT"]))


class TargetVocab:
    """Output vocabulary: special tokens plus every DX / TRIAGE / RX / NEXT id of a knowledge base."""

    def __init__(self, tokens: list[str]):
        self.itos = list(tokens)
        self.stoi = {t: i for i, t in enumerate(self.itos)}
        if self.itos[:3] != [PAD, BOS, EOS]:
            raise ValueError("target vocabulary must start with <pad>, <bos>, <eos>")
        self.section = [section_of(t) for t in self.itos]
        self.dx_ids = [i for i, s in enumerate(self.section) if s == "DX"]    # the differential's tokens, in order
        self.dx_conditions = [self.itos[i].split(":", 1)[1] for i in self.dx_ids]   # their condition ids

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> "TargetVocab":
        return cls([PAD, BOS, EOS]
                   + [f"DX:{c}" for c in kb.conditions]
                   + [f"TRIAGE:{t}" for t in TRIAGE_LEVELS]
                   + [f"RX:{m}" for m in kb.medications]
                   + [f"NEXT:{s}" for s in kb.next_steps])

    @property
    def pad_id(self) -> int:
        return 0

    @property
    def bos_id(self) -> int:
        return 1

    @property
    def eos_id(self) -> int:
        return 2

    def __len__(self) -> int:
        return len(self.itos)

    def encode(self, target: Target | list[str]) -> list[int]:
        tokens = target.tokens() if isinstance(target, Target) else target
        missing = [t for t in tokens if t not in self.stoi]
        if missing:
            raise ValueError(f"tokens not in the target vocabulary: {', '.join(missing[:5])}")
        return [self.bos_id] + [self.stoi[t] for t in tokens] + [self.eos_id]

    def decode(self, ids: list[int]) -> list[str]:
        """Ids to tokens, dropping <bos>, stopping at <eos>."""
        out = []
        for i in ids:
            if i == self.eos_id:
                break
            if i in (self.bos_id, self.pad_id):
                continue
            out.append(self.itos[i])
        return out
