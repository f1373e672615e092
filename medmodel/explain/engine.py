"""The fast gradient engine: gradients of every output row at many input points, sharing the encoder's work.

Row ``r`` is log p(token r at output position r) under teacher forcing on the emitted sequence. Captum's
per-target loop needs one backward pass per row; here the encoder runs once per input point and one batched
adjoint (backward) recurrence of the BiLSTM carries every row's cotangent to the embeddings together. That is
the one place where sharing work across targets needs code of its own; tests hold it to Captum's results.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn as nn

from ..model import Seq2Seq


@dataclass(frozen=True)
class Targets:
    """What the rows explain: log p(token r at output position r) under teacher forcing on ``tgt_in``.

    tgt_in:    (1, T) <bos> + the emitted tokens but the last
    positions: (R,) output position of each row
    tokens:    (R,) target-vocabulary id of each row
    """
    tgt_in: torch.Tensor
    positions: torch.Tensor
    tokens: torch.Tensor


def logprobs(model: Seq2Seq, emb: torch.Tensor, targets: Targets) -> torch.Tensor:
    """emb (B, S, E) -> (B, R) log-probabilities of every row's token, one teacher-forced forward."""
    B, S = emb.shape[:2]
    lengths = torch.full((B,), S, dtype=torch.long, device=emb.device)
    logits = model.forward_embedded(emb, lengths, targets.tgt_in.expand(B, -1))          # (B, T, V)
    logp = torch.log_softmax(logits[:, targets.positions], dim=-1)                       # (B, R, V)
    return logp.gather(2, targets.tokens.view(1, -1, 1).expand(B, -1, 1)).squeeze(2)     # (B, R)


class Engine:
    """Gradients of all R rows at K input points in one pass (the ``fast`` strategy).

    The encoder BiLSTM runs forward once per point (K rows), keeping its gate activations. The decoder
    side runs under autograd at K x R rows (one per point and target), which is cheap: its LSTM reads only
    the target prefix and each row needs one attention query. That gives, per row, the cotangent on the
    encoder outputs and final states; the BiLSTM's adjoint recurrence then carries all K x R cotangents back
    to the embeddings at once, batched (nn.LSTM's own backward would need one pass per target). The result
    is the exact gradient, so it matches Captum's per-target loop to float rounding.
    """

    def __init__(self, model: Seq2Seq):
        self.model = model
        lstm = model.encoder.lstm
        self.dirs = [(lstm.weight_ih_l0, lstm.weight_hh_l0, lstm.bias_ih_l0 + lstm.bias_hh_l0),
                     (lstm.weight_ih_l0_reverse, lstm.weight_hh_l0_reverse,
                      lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse)]
        self.dirs = [tuple(w.detach() for w in d) for d in self.dirs]

    @staticmethod
    def _lstm(x: torch.Tensor, w_ih, w_hh, b, reverse: bool):
        """x (K, S, E) -> (h (K, S, H), c (K, S, H), P (S, K, 4, H), Q (S, K, H), f (S, K, H)): the outputs and
        the local derivatives the adjoint needs (gates i, f, g, o; c_t = f c_{t-1} + i g; h_t = o tanh(c_t))."""
        K, S, _ = x.shape
        H = w_hh.size(1)
        xw = torch.addmm(b, x.reshape(K * S, -1), w_ih.t()).view(K, S, 4 * H).transpose(0, 1)  # (S, K, 4H)
        gates = x.new_empty(S, K, 4, H)
        cs, tcs = x.new_empty(S, K, H), x.new_empty(S, K, H)
        h, c = x.new_zeros(K, H), x.new_zeros(K, H)
        for s in (range(S - 1, -1, -1) if reverse else range(S)):
            z = torch.addmm(xw[s], h, w_hh.t()).view(K, 4, H)                                 # (K, 4, H)
            g = gates[s]
            torch.sigmoid(z, out=g)
            torch.tanh(z[:, 2], out=g[:, 2])
            c = g[:, 1] * c + g[:, 0] * g[:, 2]
            tc = torch.tanh(c)
            h = g[:, 3] * tc
            cs[s], tcs[s] = c, tc
        i, f, gg, o = gates.unbind(2)                                                          # (S, K, H)
        c_prev = torch.zeros_like(cs)
        if reverse:
            c_prev[:-1] = cs[1:]
        else:
            c_prev[1:] = cs[:-1]
        # dz = [dc * P_i, dc * P_f, dc * P_g, dh * P_o]; dc += dh * Q; dc_prev = dc * f
        P = torch.stack([gg * i * (1 - i), c_prev * f * (1 - f), i * (1 - gg * gg), tcs * o * (1 - o)], dim=2)
        Q = o * (1 - tcs * tcs)
        h_out = (o * tcs).transpose(0, 1)
        return h_out, cs.transpose(0, 1), P, Q, f.contiguous()

    @staticmethod
    def _adjoint(P, Q, f, w_hh, cot, dh, dc, U, weights, reverse: bool):
        """Carry K x R cotangents back through one LSTM direction (the linear adjoint recurrence).

        P, Q, f from ``_lstm``; cot = (a (S, K, R, 1), q (K, R, H), b (S, K, R, 1), v (K, R, H)): the cotangent
        on output s is a[s] q + b[s] v (attention's two paths, kept factored); dh, dc (K, R, H) on the final
        state. With U (K|1, S, 4H) = directions @ W_ih^T returns sum_k w_k <grad_x_s, direction_s> per
        (row, token) as (R, S); with U None returns the gate cotangents (K, R, S, 4H) for full gradients.
        """
        S, K, _, H = P.shape
        a, q, b, v = cot
        R = q.size(1)
        shared = U is not None and U.size(0) == 1     # one direction for every point (IG): sum over k first
        if U is None:
            out = P.new_empty(K, R, S, 4 * H)
        elif shared:
            Z = P.new_empty(S, R, 4 * H)                  # sum_k w_k dz[k]
        else:
            out = P.new_empty(R, S)
            Uw = (U * weights.view(-1, 1, 1)).transpose(0, 1).unsqueeze(3)                     # (S, K, 4H, 1)
        dz = P.new_empty(K, R, 4, H)
        for s in (range(S) if reverse else range(S - 1, -1, -1)):
            dh = torch.addcmul(torch.addcmul(dh, a[s], q), b[s], v)
            dc = torch.addcmul(dc, dh, Q[s].unsqueeze(1))
            torch.mul(dc.unsqueeze(2), P[s, :, None, :3], out=dz[:, :, :3])
            torch.mul(dh, P[s, :, None, 3], out=dz[:, :, 3])
            flat = dz.view(K, R * 4 * H)
            if U is None:
                out[:, :, s] = flat.view(K, R, 4 * H)
            elif shared:
                torch.mv(flat.t(), weights, out=Z[s].view(-1))
            else:
                out[:, s] = torch.bmm(flat.view(K, R, 4 * H), Uw[s]).sum(0).squeeze(1)
            dc = dc * f[s].unsqueeze(1)
            dh = (flat.view(K * R, 4 * H) @ w_hh).view(K, R, H)
        if shared:
            out = torch.einsum("srj,sj->rs", Z, U[0])
        return out

    def gradients(self, points: torch.Tensor, targets: Targets, directions: torch.Tensor | None,
                  weights: torch.Tensor) -> torch.Tensor:
        """points (K, S, E) -> sum_k weights[k] * <d row_r / d x_s at point k, directions[k, s]> as (R, S);
        with directions None, the full gradients (K, R, S, E)."""
        model = self.model
        K, S, _ = points.shape
        R = targets.tokens.numel()
        with torch.no_grad():
            runs = [self._lstm(points, w_ih, w_hh, b, reverse=d == 1) for d, (w_ih, w_hh, b) in enumerate(self.dirs)]
        H = runs[0][0].size(2)
        enc = torch.cat([runs[0][0], runs[1][0]], dim=2)                                        # (K, S, 2H)
        h_last = torch.cat([runs[0][0][:, -1], runs[1][0][:, 0]], dim=1)                        # (K, 2H)
        c_last = torch.cat([runs[0][1][:, -1], runs[1][1][:, 0]], dim=1)
        # Decoder side, one row per (point, target): leaves on the encoder's final states, and the
        # attention's scores and context kept so the cotangent on ``enc`` can be formed per row.
        with torch.enable_grad():
            h_cat = h_last.repeat_interleave(R, 0).requires_grad_()                            # (K*R, 2H)
            c_cat = c_last.repeat_interleave(R, 0).requires_grad_()
            dec = model.decoder
            h0 = torch.tanh(model.encoder.bridge_h(h_cat)).unsqueeze(0)                       # (1, K*R, H)
            c0 = torch.tanh(model.encoder.bridge_c(c_cat)).unsqueeze(0)
            pos = targets.positions.repeat(K)                                                   # (K*R,)
            y = dec.embedding(targets.tgt_in.expand(K * R, -1))                                 # (K*R, T, E_t)
            packed = nn.utils.rnn.pack_padded_sequence(y, (pos + 1).cpu(), batch_first=True, enforce_sorted=False)
            out, _ = dec.lstm(packed, (h0, c0))
            out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True)
            h = out[torch.arange(K * R, device=pos.device), pos]                              # (K*R, H)
            # Luong general: score_s = scale * h W enc_s = q . enc_s with q = scale * W^T h
            q = (h @ dec.attention.proj.weight).view(K, R, 2 * H) * dec.attention.scale
            scores = torch.bmm(q, enc.transpose(1, 2))                                          # (K, R, S)
            attn = torch.softmax(scores, dim=-1)
            context = torch.bmm(attn, enc)                                                      # (K, R, 2H)
            mixed = torch.tanh(dec.combine(torch.cat([h, context.view(K * R, -1)], dim=-1)))
            logp = torch.log_softmax(dec.out(mixed), dim=-1)
            sel = logp.gather(1, targets.tokens.repeat(K).unsqueeze(1)).sum()
            d_scores, d_context, d_h, d_c = torch.autograd.grad(sel, [scores, context, h_cat, c_cat])
        with torch.no_grad():
            # cotangent on enc[s] per row = d_scores[s] q + attn[s] d_context (both paths of the attention)
            a = d_scores.permute(2, 0, 1).unsqueeze(3).contiguous()                            # (S, K, R, 1)
            b = attn.detach().permute(2, 0, 1).unsqueeze(3).contiguous()
            q = q.detach()
            d_h, d_c = d_h.view(K, R, 2 * H), d_c.view(K, R, 2 * H)
            total = None
            for d, ((w_ih, w_hh, _), (_, _, P, Q, f)) in enumerate(zip(self.dirs, runs)):
                half = slice(d * H, (d + 1) * H)
                U = None if directions is None else (directions @ w_ih.t())                   # (K|1, S, 4H)
                cot = (a, q[..., half].contiguous(), b, d_context[..., half].contiguous())
                res = self._adjoint(P, Q, f, w_hh, cot, d_h[..., half].contiguous(), d_c[..., half].contiguous(),
                                    U, weights, reverse=d == 1)
                if directions is None:
                    res = res @ w_ih                                                            # (K, R, S, E)
                total = res if total is None else total + res
            return total
