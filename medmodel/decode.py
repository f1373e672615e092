"""Batched beam search constrained by the target grammar (greedy is beam 1).

At every step a hypothesis may only continue with tokens its grammar state allows: DX ids until
TRIAGE (1..MAX_DX of them), one TRIAGE, then RX ids, then NEXT ids, then <eos>; no id twice.
So every output is well formed whatever the weights are.

Two implementations of the same search:
- ``beam_search``, the one the product runs: the whole search for a batch as tensor operations, with the
  encoder states and attention keys kept once per note (its beams are the attention's query dimension), the
  decoder's input projection read from a table (one row per target token), the grammar as precomputed tables
  indexed by a small state code, step 0 on one beam (all beams start identical), and notes leaving the batch as
  soon as all their beams are finished.
- ``beam_search_reference``, the plain version (every beam a row of ``Seq2Seq.decoder``, the grammar recomputed
  every step): the reference the fast one is tested against (tests/unit/test_decode.py, bench/decode_equality.py).
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass

import torch
import torch.nn.functional as F

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
def beam_search_reference(model: Seq2Seq, vocab: TargetVocab, src: Source | torch.Tensor, lengths: torch.Tensor | None = None,
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


# ------------------------------------------------------------------ the fast search
_SECTION_CODE = {"DX": 0, "TRIAGE": 1, "RX": 2, "NEXT": 3}   # anything else (<eos>, <pad>, <bos>): 4
_COUNTS = (MAX_DX + 1, MAX_RX + 1, MAX_NEXT + 1)
N_CODES = 6 * _COUNTS[0] * _COUNTS[1] * _COUNTS[2]            # grammar state x tokens used in each section


def _code(state, n_dx, n_rx, n_next):
    """A hypothesis's whole grammar state as one number: the state and the (capped) count of each section."""
    n_dx, n_rx, n_next = n_dx.clamp(max=MAX_DX), n_rx.clamp(max=MAX_RX), n_next.clamp(max=MAX_NEXT)
    return ((state * _COUNTS[0] + n_dx) * _COUNTS[1] + n_rx) * _COUNTS[2] + n_next


@dataclass
class _Tables:
    """What the fast search reads instead of recomputing, derived once from the weights and the vocabulary.

    gate_in (V, 4H): the decoder LSTM's input projection of every target token (W_ih embedding + b_ih);
    allowed (N_CODES, V): the grammar's permitted tokens in each state code (``<eos>`` by the grammar alone);
    done (N_CODES,): the code is finished; then (N_CODES * 5,): the code after a token of each section;
    section (V,): each token's section (0..4); mark (V,): the column a chosen token blocks (``<eos>`` blocks
    ``<pad>``, never allowed anyway, since the grammar rules ``<eos>`` by itself)."""
    gate_in: torch.Tensor
    allowed: torch.Tensor
    done: torch.Tensor
    then: torch.Tensor
    section: torch.Tensor
    mark: torch.Tensor
    weights: tuple   # the decoder's other parameters (the tensors themselves, not copies): read without nn.Module


_TABLES: "weakref.WeakKeyDictionary[Seq2Seq, tuple]" = weakref.WeakKeyDictionary()


def _grammar_tables(vocab: TargetVocab, device) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """allowed, done and then, by running the reference ``Grammar`` once on every code (and every section)."""
    codes = torch.arange(N_CODES, device=device)
    n_next, rest = codes % _COUNTS[2], codes // _COUNTS[2]
    n_rx, rest = rest % _COUNTS[1], rest // _COUNTS[1]
    n_dx, state = rest % _COUNTS[0], rest // _COUNTS[0]

    def grammar(k: int) -> Grammar:
        g = Grammar(vocab, N_CODES * k, device)
        g.state, g.n_dx, g.n_rx, g.n_next = (x.repeat_interleave(k) for x in (state, n_dx, n_rx, n_next))
        return g

    allowed = grammar(1).allowed()                                     # (N_CODES, V)
    example = [next((i for i, s in enumerate(vocab.section) if s == sec), vocab.eos_id)
               for sec in ("DX", "TRIAGE", "RX", "NEXT")] + [vocab.eos_id]   # one token of each section
    g = grammar(5)
    g.advance(torch.tensor(example, device=device).repeat(N_CODES))
    then = _code(g.state, g.n_dx, g.n_rx, g.n_next)                   # (N_CODES * 5,)
    return allowed, state == DONE, then


def _tables(model: Seq2Seq, vocab: TargetVocab) -> _Tables:
    dec = model.decoder
    weights = (dec.embedding.weight, dec.lstm.weight_ih_l0, dec.lstm.bias_ih_l0, dec.lstm.weight_hh_l0,
               dec.lstm.bias_hh_l0, dec.combine.weight, dec.combine.bias, dec.out.weight, dec.out.bias)
    stamp = (tuple((w.data_ptr(), w._version) for w in weights), tuple(vocab.itos))
    cached = _TABLES.get(model)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    device = dec.embedding.weight.device
    gate_in = torch.addmm(dec.lstm.bias_ih_l0, dec.embedding.weight, dec.lstm.weight_ih_l0.t())   # (V, 4H)
    allowed, done, then = _grammar_tables(vocab, device)
    section = torch.tensor([_SECTION_CODE.get(s, 4) for s in vocab.section], device=device)
    mark = torch.arange(len(vocab), device=device)
    mark[vocab.eos_id] = vocab.pad_id
    weights = (dec.lstm.bias_hh_l0, dec.lstm.weight_hh_l0.t(), dec.attention.scale, dec.combine.weight,
               dec.combine.bias, dec.out.weight, dec.out.bias)
    tables = _Tables(gate_in, allowed, done, then, section, mark, weights)
    _TABLES[model] = (stamp, tables)
    return tables


def _decoder_step(model: Seq2Seq, t: _Tables, tokens, h, c, enc, keys_t, bias, k: int):
    """One decoder step for A notes with k beams each, beams as the attention's query dimension.

    tokens (A*k,), h and c (A*k, H); enc (A, S, 2H), keys_t (A, H, S) = proj(enc)^T, bias (A, 1, S): 0 at real
    tokens, -inf at padding -> logits (A*k, V), h, c. ``Decoder.forward``'s arithmetic with dropout off."""
    H = h.size(1)
    b_hh, w_hh_t, scale, w_combine, b_combine, w_out, b_out = t.weights
    gates = t.gate_in[tokens] + torch.addmm(b_hh, h, w_hh_t)                                  # (N, 4H): i f g o
    sig = torch.sigmoid(gates)
    c = torch.addcmul(sig[:, H:2 * H] * c, sig[:, :H], torch.tanh(gates[:, 2 * H:3 * H]))      # (N, H)
    h = sig[:, 3 * H:] * torch.tanh(c)                                                        # (N, H)
    A = enc.size(0)
    scores = torch.baddbmm(bias, h.view(A, k, H), keys_t, alpha=scale)                        # (A, k, S)
    context = torch.bmm(torch.softmax(scores, dim=-1), enc).view(A * k, -1)                  # (N, 2H)
    mixed = torch.tanh(F.linear(torch.cat([h, context], dim=-1), w_combine, b_combine))      # (N, H)
    return F.linear(mixed, w_out, b_out), h, c                                                # (N, V)


def _best(scores: list[float], hist: list[list[int]], first_logits, eos_id: int, length_alpha: float):
    """The reference's final choice: the highest length-normalised score, the first beam on a tie."""
    best, best_norm = None, float("-inf")
    for s, tokens in zip(scores, hist):
        if s == float("-inf"):
            continue
        ids = [t for t in tokens if t != eos_id]
        norm = s / max(len(ids) + 1, 1) ** length_alpha
        if norm > best_norm:
            best, best_norm = Hypothesis(ids, s, first_logits), norm
    return best


@torch.no_grad()
def beam_search(model: Seq2Seq, vocab: TargetVocab, src: Source | torch.Tensor, lengths: torch.Tensor | None = None,
                beam: int = 5, length_alpha: float = 1.0, force_first_dx: bool = False,
                banned: torch.Tensor | None = None) -> list[Hypothesis]:
    """Best grammatical output for each input: the search of ``beam_search_reference`` (same arguments, same
    results up to float rounding) in fewer, larger tensor operations.

    src: a Source batch (or (B, S) input ids with lengths (B,)) -> B hypotheses; ``banned`` (B, V) bool."""
    if model.training:   # never switch the shared model's mode here: other threads use it
        raise ValueError("beam search needs the model in eval mode (dropout off)")
    B, K, V, eos = (src.ids if isinstance(src, Source) else src).size(0), beam, len(vocab), vocab.eos_id
    enc, mask, (h, c) = model.encode(src, lengths)                    # (B, S, 2H), (B, S), (1, B, H)
    device = enc.device
    t = _tables(model, vocab)
    keys_t = model.decoder.attention.proj(enc).transpose(1, 2).contiguous()   # (B, H, S): once per note
    bias = torch.zeros(mask.shape, device=device).masked_fill(~mask, float("-inf")).unsqueeze(1)   # (B, 1, S)
    h, c = h[0], c[0]                                                  # (B, H): one beam per note at first
    free = ~banned.to(device) if banned is not None else torch.ones(B, V, dtype=torch.bool, device=device)
    free_eos = free[:, eos].clone()                                    # <eos> is ruled by the grammar, not by use
    free[:, eos] = True
    code = torch.full((B,), START * _COUNTS[0] * _COUNTS[1] * _COUNTS[2], device=device)   # START, nothing used
    notes = torch.arange(B, device=device)                             # which input each active note is
    tokens = torch.full((B,), vocab.bos_id, dtype=torch.long, device=device)
    scores = torch.zeros(B, 1, device=device)
    history = torch.zeros(B, 0, dtype=torch.long, device=device)
    k, first_logits, results, minus_inf = 1, None, [None] * B, float("-inf")
    for step in range(MAX_TARGET_LEN - 1):
        logits, h, c = _decoder_step(model, t, tokens, h, c, enc, keys_t, bias, k)   # (N, V)
        if step == 0:
            first_logits = logits                                     # (B, V)
        logp = torch.log_softmax(logits, dim=-1)
        allowed = t.allowed[code] & free
        allowed[:, eos] &= free_eos
        A = scores.size(0)
        if step == 0 and force_first_dx:                               # one beam: the most likely condition
            best = logits.masked_fill(~allowed, minus_inf).argmax(dim=-1, keepdim=True)   # (B, 1)
            top = logp.gather(1, best).masked_fill(~allowed.gather(1, best), minus_inf)
            origin, tokens = torch.arange(B, device=device), best.view(-1)
        else:
            logp = logp.masked_fill(~allowed, minus_inf)
            logp[:, eos] = torch.where(t.done[code], 0.0, logp[:, eos])   # finished beams carry over unchanged
            top, idx = (scores.view(-1, 1) + logp).view(A, k * V).topk(K, dim=-1)   # (A, K)
            origin = (idx // V + torch.arange(A, device=device).unsqueeze(1) * k).view(-1)
            tokens, k = (idx % V).view(-1), K
        h, c, free, free_eos, code = h[origin], c[origin], free[origin], free_eos[origin], code[origin]
        history = torch.cat([history[origin], tokens.unsqueeze(1)], dim=1)
        code = t.then[code * 5 + t.section[tokens]]
        free[torch.arange(tokens.numel(), device=device), t.mark[tokens]] = False
        scores = top                                                   # (A, k)
        over = (t.done[code].view(A, k) | (scores == minus_inf)).all(dim=1)   # (A,): every live beam finished
        last = step == MAX_TARGET_LEN - 2
        if last or bool(over.any()):
            done = torch.ones_like(over) if last else over
            hist, best_scores = history.view(A, k, -1).tolist(), scores.tolist()
            for a in done.nonzero().view(-1).tolist():
                b = int(notes[a])
                results[b] = _best(best_scores[a], hist[a], first_logits[b], eos, length_alpha)
            if bool(done.all()):
                break
            stay = (~done).nonzero().view(-1)                         # the notes still decoding leave the rest
            rows = (stay.unsqueeze(1) * k + torch.arange(k, device=device)).view(-1)
            notes, enc, keys_t, bias, scores = notes[stay], enc[stay], keys_t[stay], bias[stay], scores[stay]
            h, c, free, free_eos, code = h[rows], c[rows], free[rows], free_eos[rows], code[rows]
            history, tokens = history[rows], tokens[rows]
    return results
