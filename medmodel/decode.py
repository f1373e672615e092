"""Batched beam search constrained by the target grammar (greedy is beam 1).

At every step a hypothesis may only continue with tokens its grammar state allows: DX ids until
TRIAGE (1..MAX_DX of them), one TRIAGE, then RX ids, then NEXT ids, then <eos>; no id twice.
So every output is well formed whatever the weights are.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

from .model import Seq2Seq, Source
from .sequence import MAX_DX, MAX_NEXT, MAX_RX, MAX_TARGET_LEN, TargetVocab

# Grammar states
START, IN_DX, AFTER_TRIAGE, IN_RX, IN_NEXT, DONE = range(6)


@dataclass
class Hypothesis:
    ids: list[int]        # target ids without <bos>/<eos>
    score: float          # sum of log-probabilities
    first_logits: torch.Tensor  # (V,) logits at the first output position (for calibrated DX likelihoods)


class Grammar:
    """Vectorised grammar state for N hypotheses."""

    def __init__(self, vocab: TargetVocab, n: int, device: torch.device):
        sec = vocab.section
        V = len(vocab)
        self.is_dx = torch.tensor([s == "DX" for s in sec], device=device)
        self.is_triage = torch.tensor([s == "TRIAGE" for s in sec], device=device)
        self.is_rx = torch.tensor([s == "RX" for s in sec], device=device)
        self.is_next = torch.tensor([s == "NEXT" for s in sec], device=device)
        self.eos_id = vocab.eos_id
        self.state = torch.full((n,), START, dtype=torch.long, device=device)
        self.n_dx = torch.zeros(n, dtype=torch.long, device=device)
        self.n_rx = torch.zeros(n, dtype=torch.long, device=device)
        self.n_next = torch.zeros(n, dtype=torch.long, device=device)
        self.used = torch.zeros(n, V, dtype=torch.bool, device=device)

    def allowed(self) -> torch.Tensor:
        """(N, V) boolean mask of permitted next tokens."""
        s = self.state.unsqueeze(1)
        dx_ok = ((s == START) | (s == IN_DX)) & (self.n_dx < MAX_DX).unsqueeze(1)
        triage_ok = s == IN_DX
        rx_ok = ((s == AFTER_TRIAGE) | (s == IN_RX)) & (self.n_rx < MAX_RX).unsqueeze(1)
        next_ok = ((s == AFTER_TRIAGE) | (s == IN_RX) | (s == IN_NEXT)) & (self.n_next < MAX_NEXT).unsqueeze(1)
        eos_ok = (s == AFTER_TRIAGE) | (s == IN_RX) | (s == IN_NEXT) | (s == DONE)
        mask = (dx_ok & self.is_dx) | (triage_ok & self.is_triage) | (rx_ok & self.is_rx) | (next_ok & self.is_next)
        mask = mask & ~self.used
        mask[:, self.eos_id] = eos_ok.squeeze(1)
        return mask

    def reorder(self, index: torch.Tensor) -> None:
        for name in ("state", "n_dx", "n_rx", "n_next", "used"):
            setattr(self, name, getattr(self, name)[index])

    def advance(self, tokens: torch.Tensor) -> None:
        done = self.state == DONE
        dx, tr = self.is_dx[tokens], self.is_triage[tokens]
        rx, nx, eos = self.is_rx[tokens], self.is_next[tokens], tokens == self.eos_id
        self.n_dx += dx.long()
        self.n_rx += rx.long()
        self.n_next += nx.long()
        new = torch.where(dx, IN_DX, torch.where(tr, AFTER_TRIAGE, torch.where(rx, IN_RX, torch.where(nx, IN_NEXT, DONE))))
        self.state = torch.where(done | eos, torch.full_like(self.state, DONE), new)
        self.used[torch.arange(tokens.numel(), device=tokens.device), tokens] = True


@torch.no_grad()
def beam_search(model: Seq2Seq, vocab: TargetVocab, src: Source | torch.Tensor, lengths: torch.Tensor | None = None,
                beam: int = 5, length_alpha: float = 1.0, force_first_dx: bool = False,
                banned: torch.Tensor | None = None) -> list[Hypothesis]:
    """Best grammatical output for each input.

    src: a Source batch (or (B, S) input ids with lengths (B,)) -> B hypotheses. Scores are summed log-probabilities; the
    final choice divides by length ** length_alpha (GNMT-style), so stopping early is not rewarded.
    With ``force_first_dx`` the first token is the most likely condition at the first position, so
    the leading diagnosis is the one with the highest likelihood and the rest is conditioned on it.
    ``banned`` (B, V) bool: tokens never emitted for that input (conditions or next steps impossible for
    the patient), on top of the grammar.
    """
    if model.training:   # never switch the shared model's mode here: other threads use it
        raise ValueError("beam search needs the model in eval mode (dropout off)")
    ids = src.ids if isinstance(src, Source) else src
    B, K, V = ids.size(0), beam, len(vocab)
    device = ids.device
    enc, mask, (h, c) = model.encode(src, lengths)
    # Replicate the encoder outputs per beam: (B*K, ...)
    enc, mask = enc.repeat_interleave(K, 0), mask.repeat_interleave(K, 0)
    state = (h.repeat_interleave(K, 1), c.repeat_interleave(K, 1))
    keys = model.decoder.attention.proj(enc)            # (B*K, S, H): projected once, not at every step
    grammar = Grammar(vocab, B * K, device)
    never = banned.repeat_interleave(K, 0) if banned is not None else None   # (B*K, V)
    tokens = torch.full((B * K,), vocab.bos_id, dtype=torch.long, device=device)
    scores = torch.zeros(B, K, device=device)
    scores[:, 1:] = float("-inf")                       # all beams start identical: keep one
    history = torch.zeros(B * K, 0, dtype=torch.long, device=device)
    first_logits = None
    for step in range(MAX_TARGET_LEN - 1):
        logits, state, _ = model.decoder(tokens.unsqueeze(1), state, enc, mask, keys)   # (B*K, 1, V)
        logits = logits.squeeze(1)
        if step == 0:
            first_logits = logits.view(B, K, V)[:, 0]   # (B, V)
        logp = torch.log_softmax(logits, dim=-1)
        allowed = grammar.allowed()
        if never is not None:
            allowed = allowed & ~never
        if step == 0 and force_first_dx:
            best_dx = logits.masked_fill(~allowed, float("-inf")).argmax(dim=-1)          # (B*K,)
            allowed = torch.zeros_like(allowed).scatter_(1, best_dx.unsqueeze(1), True)
        finished = grammar.state == DONE
        logp = logp.masked_fill(~allowed, float("-inf"))
        logp[finished] = float("-inf")
        logp[finished, vocab.eos_id] = 0.0              # finished beams carry over unchanged
        total = (scores.view(-1, 1) + logp).view(B, K * V)
        top, idx = total.topk(K, dim=-1)                # (B, K)
        origin = (idx // V) + torch.arange(B, device=device).unsqueeze(1) * K
        tokens = (idx % V).view(-1)
        origin = origin.view(-1)
        state = (state[0][:, origin], state[1][:, origin])
        grammar.reorder(origin)
        history = torch.cat([history[origin], tokens.unsqueeze(1)], dim=1)
        grammar.advance(tokens)
        scores = top
        if bool((grammar.state == DONE).all()):
            break
    results = []
    hist = history.view(B, K, -1).tolist()
    for b in range(B):
        best, best_norm = None, float("-inf")
        for k in range(K):
            s = float(scores[b, k])
            if s == float("-inf"):
                continue
            ids = [t for t in hist[b][k] if t != vocab.eos_id]
            norm = s / max(len(ids) + 1, 1) ** length_alpha
            if norm > best_norm:
                best, best_norm = Hypothesis(ids, s, first_logits[b]), norm
        results.append(best)
    return results
