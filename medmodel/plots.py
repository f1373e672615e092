"""Plotly figure builders: pure functions of predictions and explanations, testable without a browser.

Attributions are shown per word and per recognised finding by default (``display_spans``): a
clinician reads "chest pain" and "c/o", not "cp", "c", "/" and "o". Sub-word tokens that touch
("x", "1", "h") become one word, punctuation joins the word it is attached to, and the words of a
finding phrase become that finding, named as the knowledge base names it. Every span is a set of
input tokens and its score is their sum, so nothing is lost: raw tokens are one ``level`` away.

Colours: attributions use RdBu, a diverging scale that stays readable with the common colour-vision
deficiencies, centred on zero (blue raises the output, red lowers it). Attention weights, which are
not attributions, get a sequential scale and say so in the title. Triage levels keep one colour each
(``labels.TRIAGE_COLOURS``) on every surface. Every word on a figure comes from ``medmodel.labels``.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Mapping

import numpy as np
import plotly.graph_objects as go

from . import labels
from .explain.explanation import Explanation
from .knowledge import TRIAGE_LEVELS
from .tokenizer import SEP

DIVERGING = "RdBu"
SEQUENTIAL = "Blues"
LEVELS = ("finding", "word", "token")
_UP, _DOWN = (33, 102, 172), (178, 24, 43)   # the ends of RdBu: raises / lowers
TRANSPOSE_FROM = 40      # spans: from this many, the heatmap lists the inputs down the side so every label reads
_FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans', sans-serif"


# ---------------------------------------------------------------------------------------------- spans
@dataclass(frozen=True)
class DisplaySpan:
    """Input tokens shown as one unit: a context token, a word, a finding phrase or (on request) a raw token."""
    kind: str                      # "context", "word", "finding" or "token"
    label: str                     # what the clinician reads ("Chest pain", "no fever", "c/o", "Age 50–64")
    text: str                      # as written in the note (context: the token itself)
    tokens: tuple[int, ...]        # input-token indices (columns of the attribution matrix)
    start: int | None = None       # character offsets into the note (None for context tokens)
    end: int | None = None
    finding: str | None = None     # knowledge-base finding id for finding spans
    present: bool | None = None    # False when the note denies the finding


def _is_cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in s)


def _is_punct(s: str) -> bool:
    return not any(ch.isalnum() for ch in s)


# A negation cue right before a denied finding (the lexicon's own cues, as medmodel.whatif cuts them).
_NEGATION_CUE = re.compile(r"(?:\b(?:no|not|nil|without|denies|denied|never|negative for)\s+|(?:没有|否认|并无|无|未|没))$",
                           re.IGNORECASE)
_SEPARATORS = set(",;:.!?，。；：！？、")


def _word_groups(text: str, note: list[int], offsets) -> list[list[int]]:
    """Note tokens merged into the words a reader sees: tokens that touch ("c", "/", "o" -> "c/o"; "x", "1", "h"
    -> "x1h") unless Chinese (one character a word) or split by a separator ("CP,SOB"), and punctuation joined
    to the word before it ("pain," "发烧，")."""
    groups: list[list[int]] = []
    prev_end = None
    tok = lambda j: text[offsets[j][0]:offsets[j][1]]  # noqa: E731
    for i in note:
        s, e = offsets[i]
        t, touching = tok(i), prev_end == s
        prev_end = e
        if groups:
            g = groups[-1]
            words = [tok(j) for j in g if not _is_punct(tok(j))]
            if _is_punct(t) and (words or touching):
                g.append(i)
                continue
            if (touching and not _is_punct(t) and not _is_cjk(t) and not any(_is_cjk(w) for w in words)
                    and tok(g[-1]) not in _SEPARATORS):
                g.append(i)
                continue
        groups.append([i])
    return groups


def _strip_punct(s: str) -> str:
    """A word's label: the word without the punctuation around it ("pain," -> "pain", "(CP)" -> "CP")."""
    lo, hi = 0, len(s)
    while lo < hi and (_is_punct(s[lo]) or s[lo].isspace()):
        lo += 1
    while hi > lo and (_is_punct(s[hi - 1]) or s[hi - 1].isspace()):
        hi -= 1
    return s[lo:hi] or s.strip()


def display_spans(expl: Explanation, level: str = "finding", lang: str = "en", kb=None) -> list[DisplaySpan]:
    """The input as a clinician reads it, in input order; every input token but ``<sep>`` is in exactly one span.

    level "finding": words inside a finding phrase that the knowledge-base lexicon recognised become that
    finding, labelled with its clinical name ("no neck stiffness" when denied); the other tokens are words.
    "word": words only. "token": the raw tokens the model reads. Context tokens are always their own span.
    ``kb`` names findings; without it the finding id is shown.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {level!r}")
    out: list[DisplaySpan] = [DisplaySpan("context", labels.context_token(tok, lang), tok, (i,))
                              for i, tok in enumerate(expl.input_tokens[:expl.n_context]) if tok != SEP]
    note = list(range(expl.n_context, len(expl.input_tokens)))
    offs, text = expl.input_offsets, expl.text
    if level == "token":
        return out + [DisplaySpan("token", text[offs[i][0]:offs[i][1]], text[offs[i][0]:offs[i][1]], (i,),
                                  offs[i][0], offs[i][1]) for i in note]
    groups = _word_groups(text, note, offs)
    owner: dict[int, int] = {}       # token -> index into ``findings``
    findings: list[list] = []
    if level == "finding":
        for m in sorted(expl.findings, key=lambda m: (m.start, -m.end)):
            start = m.start
            if m.present is False:       # "no neck stiffness" reads as one denied finding, cue included
                cue = _NEGATION_CUE.search(text[:m.start])
                start = cue.start() if cue else start
            toks = [i for i in note if i not in owner and offs[i][0] < m.end and offs[i][1] > start]
            if toks:
                owner.update({i: len(findings) for i in toks})
                findings.append([m, toks])
    words: list[list[int]] = []
    for g in groups:
        # the runs of a word a finding does not own: "penicillin (" and ")" around "rash" in "penicillin (rash)"
        runs, run = [], []
        for i in g:
            if i in owner:
                runs, run = runs + [run] if run else runs, []
            else:
                run.append(i)
        runs += [run] if run else []
        for run in runs:
            if len(run) < len(g) and all(_is_punct(text[offs[i][0]:offs[i][1]]) for i in run):
                near = [i for i in g if i in owner]                                # "pain," : the comma goes too
                findings[owner[min(near, key=lambda i: abs(i - run[0]))]][1].extend(run)
                continue
            words.append(run)
    for m, toks in findings:
        toks = sorted(toks)
        name = kb.findings[m.finding].name.get(lang) if kb is not None and m.finding in kb.findings else m.finding
        s, e = offs[toks[0]][0], offs[toks[-1]][1]
        out.append(DisplaySpan("finding", labels.finding_label(name, m.present, lang), _strip_punct(text[s:e]),
                               tuple(toks), s, e, m.finding, m.present))
    for toks in words:
        s, e = offs[toks[0]][0], offs[toks[-1]][1]
        out.append(DisplaySpan("word", _strip_punct(text[s:e]), text[s:e], tuple(toks), s, e))
    return sorted(out, key=lambda sp: sp.tokens[0])


def span_matrix(expl: Explanation, spans: list[DisplaySpan], differential: bool = False) -> np.ndarray:
    """(rows, spans): each span's summed attribution for every output row (or differential entry)."""
    A = np.asarray(expl.differential_attributions if differential else expl.attributions, dtype=float)
    return np.stack([A[:, list(sp.tokens)].sum(1) for sp in spans], axis=1) if spans else np.zeros((len(A), 0))


def _output_labels(expl: Explanation, lang: str, kb) -> list[str]:
    if kb is None:
        return expl.labels(lang)
    return [labels.output_label(tok, lang, kb) for tok in expl.output_tokens]


def _short(s: str, n: int = 22) -> str:
    return s if len(s) <= n else s[:n - 1] + "…"


def _esc(s: str) -> str:
    """Text for plotly labels and hovers, which read a subset of HTML: shown as written, never as markup."""
    return html.escape(str(s), quote=False)


def _layout(fig: go.Figure, **kw) -> go.Figure:
    fig.update_layout(font=dict(family=_FONT, size=13), paper_bgcolor="#ffffff", plot_bgcolor="#fbfcfd",
                      hoverlabel=dict(font=dict(family=_FONT)), **kw)
    return fig


# ---------------------------------------------------------------------------------------------- explanations
def _heatmap_title(expl: Explanation, lang: str) -> str:
    if not expl.is_attribution:
        return labels.text("explain.heatmap_title_attention", lang)
    return labels.text("explain.heatmap_title", lang, method=labels.method(expl.method, lang),
                       baseline=labels.baseline(str(expl.params.get("baseline", "pad")), lang))


def heatmap(expl: Explanation, lang: str = "en", level: str = "finding", kb=None) -> go.Figure:
    """Every output against every input span (words and findings by default): rows name the condition,
    medication or step; hover gives the exact summed value. With many spans the inputs run down the side."""
    spans = display_spans(expl, level, lang, kb)
    A = span_matrix(expl, spans)                                                  # (T_out, J)
    rows = _output_labels(expl, lang, kb)
    cols = [sp.label for sp in spans]
    written = [sp.text if sp.kind != "context" else sp.label for sp in spans]
    transpose = len(spans) >= TRANSPOSE_FROM
    custom = np.empty(A.shape + (3,), dtype=object)
    for t, out in enumerate(rows):
        for j in range(len(spans)):
            custom[t, j] = (_esc(out), _esc(cols[j]), _esc(written[j]))
    o, i = labels.text("explain.hover_output", lang), labels.text("explain.hover_input", lang)
    if expl.is_attribution:
        m = float(np.abs(A).max()) or 1.0
        scale = dict(colorscale=DIVERGING, zmid=0.0, zmin=-m, zmax=m,
                     colorbar=dict(title=dict(text=labels.text("explain.colour_attribution", lang))))
    else:
        scale = dict(colorscale=SEQUENTIAL, zmin=0.0, zmax=float(A.max()) or 1.0,
                     colorbar=dict(title=dict(text=labels.text("explain.colour_weight", lang))))
    hover = f"{o}: %{{customdata[0]}}<br>{i}: %{{customdata[1]}} (“%{{customdata[2]}}”)<br>%{{z:.4g}}<extra></extra>"
    z, cd = (A.T, np.transpose(custom, (1, 0, 2))) if transpose else (A, custom)
    fig = go.Figure(go.Heatmap(z=z, x=list(range(z.shape[1])), y=list(range(z.shape[0])), customdata=cd,
                               hovertemplate=hover, xgap=1, ygap=1, **scale))
    n_ctx = sum(1 for sp in spans if sp.kind == "context")
    out_axis = dict(tickmode="array", tickvals=list(range(len(rows))), ticktext=rows, automargin=True,
                    title=dict(text=labels.text("explain.axis_outputs", lang)))
    in_axis = dict(tickmode="array", tickvals=list(range(len(cols))),
                   ticktext=[html.escape(_short(c, 40 if transpose else 24), quote=False) for c in cols],
                   automargin=True, title=dict(text=labels.text("explain.axis_inputs", lang)))
    line = dict(color="grey", width=1, dash="dot")
    if transpose:
        fig.add_hline(y=n_ctx - 0.5, line=line)
        fig.update_xaxes(**out_axis, tickangle=-45, side="top")
        fig.update_yaxes(**in_axis, autorange="reversed")
        height = max(320, 22 * len(cols) + 220)
    else:
        fig.add_vline(x=n_ctx - 0.5, line=line)
        fig.update_xaxes(**in_axis, tickangle=-50)
        fig.update_yaxes(**out_axis, autorange="reversed")
        height = max(300, 30 * len(rows) + 230)
    return _layout(fig, title=dict(text=_heatmap_title(expl, lang)), height=height,
                   margin=dict(l=10, r=10, t=60, b=10))


def _background(value: float, scale: float) -> str:
    if not scale or value == 0:
        return "transparent"
    rgb = _UP if value > 0 else _DOWN
    return f"rgba({rgb[0]},{rgb[1]},{rgb[2]},{min(1.0, abs(value) / scale) * 0.75:.3f})"


def highlighted_note_html(expl: Explanation, row: int, lang: str = "en", differential: bool = False,
                          level: str = "word", kb=None) -> str:
    """The note with every word (or finding, or raw token: ``level``) shaded by its attribution to output
    ``row`` (or differential entry ``row`` with ``differential``); context tokens first, as chips. Every piece
    of text is HTML-escaped, so the result is safe for ``st.html`` / ``unsafe_allow_html``."""
    spans = display_spans(expl, level, lang, kb)
    a = span_matrix(expl, spans, differential)[row]
    if differential:
        label = expl.differential_labels.get(lang, expl.differential)[row]
    else:
        label = _output_labels(expl, lang, kb)[row]
    scale = float(np.abs(a).max()) if expl.is_attribution and len(a) else (float(a.max()) if len(a) else 0.0)
    esc = lambda s: html.escape(str(s), quote=True)  # noqa: E731
    kind = labels.text("explain.colour_attribution" if expl.is_attribution else "explain.colour_weight", lang)
    chip = ('<span title="{tip}" style="background:{bg};border:1px solid #999;border-radius:4px;'
            'padding:0 3px;margin-right:3px;font-size:0.85em">{text}</span>')
    word = '<span title="{tip}" style="background:{bg};border-radius:3px">{text}</span>'
    parts = [f'<div class="medseq-note"><div style="font-weight:600;margin-bottom:4px">{esc(label)}</div><div>']
    for sp, v in zip(spans, a):
        if sp.kind == "context":
            parts.append(chip.format(tip=esc(f"{kind} {v:+.4g}"), bg=_background(v, scale), text=esc(sp.label)))
    parts.append('</div><div style="margin-top:6px;line-height:1.9;white-space:pre-wrap">')
    cursor = 0
    for sp, v in zip(spans, a):
        if sp.kind == "context":
            continue
        parts.append(esc(expl.text[cursor:sp.start]))
        parts.append(word.format(tip=esc(f"{kind} {v:+.4g}"), bg=_background(v, scale),
                                 text=esc(expl.text[sp.start:sp.end])))
        cursor = sp.end
    parts.append(esc(expl.text[cursor:]))
    parts.append("</div></div>")
    return "".join(parts)


def evidence(expl: Explanation, entry: int | str = 0, k: int = 6, lang: str = "en", kb=None,
             level: str = "finding") -> dict:
    """The ``k`` spans that raise differential entry ``entry`` (index or condition id) most, and the ``k`` that
    lower it most, at the first output position where its likelihood comes from; punctuation never counts."""
    if expl.differential_attributions is None:
        raise ValueError("this explanation has no differential rows")
    index = expl.differential.index(entry) if isinstance(entry, str) else entry
    spans = [sp for sp in display_spans(expl, level, lang, kb) if not _is_punct(sp.label)]
    scores = span_matrix(expl, spans, differential=True)[index]
    ranked = list(zip(spans, scores.tolist()))
    return {"condition": expl.differential[index],
            "for": sorted([x for x in ranked if x[1] > 0], key=lambda x: -x[1])[:k],
            "against": sorted([x for x in ranked if x[1] < 0], key=lambda x: x[1])[:k]}


def evidence_bars(expl: Explanation, entry: int | str = 0, k: int = 6, lang: str = "en",
                  level: str = "finding", kb=None) -> go.Figure:
    """Evidence for (blue) and against (red) one differential entry, labelled in clinical words: strongest
    evidence for on top, strongest against at the bottom."""
    ev = evidence(expl, entry, k, lang, kb, level)
    index = expl.differential.index(ev["condition"])
    name = expl.differential_labels.get(lang, expl.differential)[index]
    items = ev["for"] + ev["against"][::-1]
    names = [sp.label for sp, _ in items]
    written = [sp.text if sp.kind != "context" else sp.label for sp, _ in items]
    values = [v for _, v in items]
    colours = [f"rgb{_UP}" if v > 0 else f"rgb{_DOWN}" for v in values]
    fig = go.Figure(go.Bar(x=values, y=list(range(len(items))), orientation="h", marker_color=colours,
                           customdata=np.array([[_esc(n) for n in names], [_esc(w) for w in written]],
                                               dtype=object).T if items else None,
                           hovertemplate="%{customdata[0]} (“%{customdata[1]}”): %{x:.4g}<extra></extra>"))
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(items))), automargin=True, autorange="reversed",
                     ticktext=[html.escape(n, quote=False) for n in names])
    fig.update_xaxes(title=dict(text=labels.text("explain.evidence_axis", lang)), zeroline=True,
                     zerolinecolor="grey")
    return _layout(fig, title=dict(text=labels.text("explain.evidence_title", lang, condition=name)),
                   height=max(240, 30 * len(items) + 130), margin=dict(l=10, r=20, t=50, b=10))


def method_comparison(explanations: list[Explanation], row: int = 0, lang: str = "en",
                      level: str = "finding", kb=None) -> go.Figure:
    """The same output row under several methods, one line each over the note's words and findings. Methods
    differ in scale, so each line is divided by its largest magnitude; hover shows the raw value."""
    if not explanations:
        raise ValueError("no explanations to compare")
    spans = display_spans(explanations[0], level, lang, kb)
    z, custom = [], []
    for e in explanations:
        raw = span_matrix(e, spans)[row]
        z.append(raw / (np.abs(raw).max() or 1.0))
        custom.append([[_esc(sp.label), f"{v:.4g}"] for sp, v in zip(spans, raw)])
    names = [labels.method(e.method, lang) for e in explanations]
    fig = go.Figure(go.Heatmap(z=np.array(z), x=list(range(len(spans))), y=list(range(len(names))),
                               customdata=np.array(custom, dtype=object), colorscale=DIVERGING, zmid=0.0,
                               zmin=-1, zmax=1, xgap=1, ygap=1,
                               colorbar=dict(title=dict(text=labels.text("explain.compare_colour", lang))),
                               hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>"))
    fig.update_xaxes(tickmode="array", tickvals=list(range(len(spans))), tickangle=-50, automargin=True,
                     ticktext=[html.escape(_short(sp.label, 24), quote=False) for sp in spans])
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(names))), ticktext=names, autorange="reversed",
                     automargin=True)
    title = labels.text("explain.compare_title", lang, output=_output_labels(explanations[0], lang, kb)[row])
    return _layout(fig, title=dict(text=title), height=max(260, 42 * len(names) + 220),
                   margin=dict(l=10, r=10, t=50, b=10))


# ---------------------------------------------------------------------------------------------- predictions
def differential_figure(prediction, lang: str = "en", kb=None) -> go.Figure:
    """The differential as one full-width figure: most likely on top, each bar labelled with its likelihood
    (capped, never 100%), named with its ICD-10 code and coloured by the condition's usual triage (with ``kb``)."""
    entries = list(prediction.differential)
    names = [html.escape(f"{d.name(lang)}  ·  {d.icd10}", quote=False) for d in entries]  # plotly reads some HTML
    level = [kb.conditions[d.condition_id].triage if kb is not None and d.condition_id in kb.conditions else None
             for d in entries]
    top = max([d.probability for d in entries] + [0.05])
    traces = []
    for lv in [x for x in reversed(TRIAGE_LEVELS) if x in level] + ([None] if None in level else []):
        idx = [i for i, x in enumerate(level) if x == lv]
        traces.append(go.Bar(
            x=[entries[i].probability for i in idx], y=[names[i] for i in idx], orientation="h",
            name=labels.triage(lv, lang) if lv else labels.text("common.likelihood", lang), showlegend=lv is not None,
            marker_color=labels.TRIAGE_COLOURS.get(lv, "#1f6f8b"), text=[labels.percent(entries[i].probability)
                                                                        for i in idx],
            textposition="outside", cliponaxis=False, textfont=dict(size=14),
            hovertemplate="%{y}: %{text}<extra></extra>"))
    fig = go.Figure(traces)
    fig.update_yaxes(categoryorder="array", categoryarray=names[::-1], automargin=True, tickfont=dict(size=14))
    fig.update_xaxes(tickformat=".0%", range=[0, min(1.18, top * 1.22 + 0.04)], tickvals=[i / 10 for i in range(11)],
                     title=dict(text=labels.text("common.likelihood", lang)))
    return _layout(fig, height=110 + 44 * len(entries), barmode="overlay", bargap=0.3,
                   margin=dict(l=10, r=30, t=40, b=40),
                   legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom",
                               title=dict(text=labels.text("card.usual_triage", lang) + ":")))


def whatif_figure(rows: list[dict], lang: str = "en") -> go.Figure:
    """Before / after likelihoods of a what-if change (``medmodel.compare`` rows): likelihood along the x axis,
    conditions by their likelihood after the change, most likely on top; absent values are not drawn as zero."""
    order = sorted(rows, key=lambda r: (-(r["after"] if r["after"] is not None else -1),
                                        -(r["before"] if r["before"] is not None else -1)))
    names = [html.escape(f"{r['condition']}  ·  {r['icd10']}", quote=False) for r in order]
    fig = go.Figure()
    for key, colour in (("after", "#1f6f8b"), ("before", "#9fb7c4")):     # grouped bars stack upwards: before on top
        vals = [r[key] for r in order]
        fig.add_trace(go.Bar(
            x=[v if v is not None else 0 for v in vals], y=names, orientation="h",
            name=labels.text(f"whatif.{key}", lang),
            marker_color=colour, text=[labels.percent(v) if v is not None else labels.text("common.not_in_list", lang)
                                       for v in vals],
            textposition="outside", cliponaxis=False, hovertemplate="%{y}: %{text}<extra></extra>"))
    top = max([r[k] for r in rows for k in ("before", "after") if r[k] is not None] + [0.05])
    fig.update_yaxes(categoryorder="array", categoryarray=names[::-1], automargin=True)
    fig.update_xaxes(tickformat=".0%", range=[0, min(1.3, top * 1.3 + 0.12)], tickvals=[i / 10 for i in range(11)],
                     title=dict(text=labels.text("common.likelihood", lang)))
    return _layout(fig, barmode="group", height=120 + 56 * len(rows), bargap=0.25,
                   margin=dict(l=10, r=30, t=40, b=40),
                   legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom", traceorder="reversed"))


def triage_mix_figure(counts: Mapping[str, int], lang: str = "en") -> go.Figure:
    """How many patients at each triage level, most urgent first, each in its triage colour."""
    levels = list(reversed(TRIAGE_LEVELS))
    values = [int(counts.get(lv, 0)) for lv in levels]
    fig = go.Figure(go.Bar(x=[labels.triage(lv, lang) for lv in levels], y=values, text=values,
                           textposition="outside", cliponaxis=False,
                           marker_color=[labels.TRIAGE_COLOURS[lv] for lv in levels],
                           hovertemplate="%{x}: %{y}<extra></extra>"))
    top = max(values + [1])
    fig.update_yaxes(title=dict(text=labels.text("common.rows", lang)), range=[0, top * 1.2],
                     dtick=max(1, round(top / 5)), tickformat="d")
    return _layout(fig, height=320, margin=dict(l=10, r=10, t=30, b=10))


def count_bars(counts: list[tuple[str, int]], lang: str = "en", colour: str = "#1f6f8b") -> go.Figure:
    """Horizontal counts, largest on top, full names (e.g. the leading diagnoses of a records file)."""
    names = [html.escape(n, quote=False) for n, _ in counts]
    values = [int(v) for _, v in counts]
    fig = go.Figure(go.Bar(x=values, y=names, orientation="h", marker_color=colour, text=values,
                           textposition="outside", cliponaxis=False, hovertemplate="%{y}: %{x}<extra></extra>"))
    fig.update_yaxes(categoryorder="array", categoryarray=names[::-1], automargin=True)
    top = max(values + [1])
    fig.update_xaxes(title=dict(text=labels.text("common.rows", lang)), range=[0, top * 1.2],
                     dtick=max(1, round(top / 5)), tickformat="d")
    return _layout(fig, height=max(220, 90 + 30 * len(counts)), margin=dict(l=10, r=20, t=30, b=10))


def loss_figure(history: list[dict], lang: str = "en") -> go.Figure:
    """Training and validation loss per epoch."""
    epochs = [h["epoch"] for h in history]
    fig = go.Figure([go.Scatter(x=epochs, y=[h[k] for h in history], mode="lines+markers", name=labels.text(name, lang),
                                line=dict(color=colour))
                     for k, name, colour in (("train_loss", "card.train_loss", "#9fb7c4"),
                                             ("val_loss", "card.val_loss", "#1f6f8b"))])
    fig.update_xaxes(title=dict(text=labels.text("card.epoch", lang)), dtick=1)
    fig.update_yaxes(title=dict(text=labels.text("card.loss", lang)))
    return _layout(fig, height=280, margin=dict(l=10, r=10, t=20, b=10),
                   legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"))


def calibration_figure(curve: list[dict], lang: str = "en") -> go.Figure:
    """Reliability diagram from metrics.json's ``calibration_curve`` (bins of confidence vs accuracy).

    Marker size follows the number of cases in each bin, so a sparse bin does not look as sure as a full one.
    """
    conf = [b["confidence"] for b in curve]
    acc = [b["accuracy"] for b in curve]
    n = [b["n"] for b in curve]
    biggest = max(n + [1])
    fig = go.Figure([
        go.Scatter(x=[0, 1], y=[0, 1], mode="lines", name=labels.text("card.perfect", lang),
                   line=dict(color="#b0bec5", dash="dash"), hoverinfo="skip"),
        go.Scatter(x=conf, y=acc, mode="lines+markers", name=labels.text("card.accuracy", lang),
                   line=dict(color="#1f6f8b"), marker=dict(size=[8 + 16 * (k / biggest) ** 0.5 for k in n]),
                   customdata=n, hovertemplate=labels.text("card.hover_calibration", lang) + "<extra></extra>"),
    ])
    fig.update_xaxes(title=dict(text=labels.text("card.confidence", lang)), tickformat=".0%", range=[0, 1], dtick=0.2)
    fig.update_yaxes(title=dict(text=labels.text("card.accuracy", lang)), tickformat=".0%", range=[0, 1])
    return _layout(fig, height=340, margin=dict(l=10, r=10, t=10, b=40), legend=dict(orientation="h", y=-0.25))


# ---------------------------------------------------------------------------------------------- ask next, why A not B
def contrast_bars(expl: Explanation, k: int = 6, lang: str = "en", level: str = "finding", kb=None) -> go.Figure:
    """Why A rather than B (an explanation from ``Explainer.contrast``): the ``k`` words and findings that favour A
    most (blue, on top) and the ``k`` that favour B most (red, below); punctuation never counts."""
    a, b = expl.differential_labels.get(lang, expl.differential)[:2]
    spans = [sp for sp in display_spans(expl, level, lang, kb) if not _is_punct(sp.label)]
    scores = span_matrix(expl, spans)[0] if spans else np.zeros(0)
    ranked = list(zip(spans, scores.tolist()))
    favour_a = sorted([x for x in ranked if x[1] > 0], key=lambda x: -x[1])[:k]
    favour_b = sorted([x for x in ranked if x[1] < 0], key=lambda x: x[1])[:k][::-1]
    fig = go.Figure()
    for items, colour, name in ((favour_a, _UP, a), (favour_b, _DOWN, b)):
        fig.add_trace(go.Bar(
            x=[v for _, v in items], y=[_esc(sp.label) for sp, _ in items], orientation="h", marker_color=f"rgb{colour}",
            name=_esc(labels.text("contrast.favours", lang, condition=name)),
            customdata=[_esc(sp.text if sp.kind != "context" else sp.label) for sp, _ in items],
            hovertemplate="%{y} (“%{customdata}”): %{x:.4g}<extra></extra>"))
    order = [_esc(sp.label) for sp, _ in favour_a + favour_b]
    fig.update_yaxes(categoryorder="array", categoryarray=order[::-1], automargin=True)
    fig.update_xaxes(title=dict(text=labels.text("contrast.axis", lang, a=a, b=b)), zeroline=True,
                     zerolinecolor="grey")
    return _layout(fig, title=dict(text=_esc(expl.labels(lang)[0])), height=max(260, 30 * len(order) + 170),
                   margin=dict(l=10, r=20, t=50, b=10), barmode="overlay",
                   legend=dict(orientation="h", x=0, y=-0.12, yanchor="top"))


def ask_history_figure(steps: list[dict], lang: str = "en", kb=None, top: int = 4) -> go.Figure:
    """How the differential moved as questions were answered: one line per condition that was ever among the
    ``top`` most likely, likelihood after each answer (x: the opening, then answer 1, 2 ...). ``steps``: [{"label":
    what was answered (shown on hover), "differential": {condition id: likelihood}}, ...], the opening first."""
    shown: list[str] = []
    for s in steps:
        for cid, _ in sorted(s["differential"].items(), key=lambda kv: -kv[1])[:top]:
            if cid not in shown:
                shown.append(cid)
    x = list(range(len(steps)))
    fig = go.Figure()
    for cid in shown:
        name = kb.conditions[cid].name.get(lang) if kb is not None and cid in kb.conditions else cid
        y = [s["differential"].get(cid) for s in steps]
        fig.add_trace(go.Scatter(x=x, y=y, mode="lines+markers", name=_esc(name), connectgaps=False,
                                 customdata=[_esc(s["label"]) for s in steps],
                                 text=[labels.percent(v) if v is not None else "—" for v in y],
                                 hovertemplate="%{customdata}<br>" + _esc(name) + ": %{text}<extra></extra>"))
    fig.update_xaxes(tickmode="array", tickvals=x, range=[-0.2, max(1, len(steps) - 1) + 0.2],
                     ticktext=[labels.text("ask.opening_short", lang)] + [str(i) for i in x[1:]],
                     title=dict(text=labels.text("ask.history_axis", lang)))
    fig.update_yaxes(tickformat=".0%", range=[0, 1.02], title=dict(text=labels.text("common.likelihood", lang)))
    return _layout(fig, height=340, margin=dict(l=10, r=10, t=20, b=10),
                   legend=dict(orientation="h", x=0, y=-0.3, yanchor="top"))


def ask_curve_figure(result: Mapping, lang: str = "en") -> go.Figure:
    """Top-1 after 0, 1, 2, 3 answered questions (``evaluate_ask``): the ranked questions against random ones."""
    asked, rand = result["top1_by_questions"], result["random_top1_by_questions"]
    x = list(range(len(asked)))
    fig = go.Figure([
        go.Scatter(x=x, y=rand, mode="lines+markers", name=labels.text("ask.curve_random", lang),
                   line=dict(color="#9fb7c4", dash="dash"), hovertemplate="%{x}: %{y:.1%}<extra></extra>"),
        go.Scatter(x=x, y=asked, mode="lines+markers", name=labels.text("ask.curve_ranked", lang),
                   line=dict(color="#1f6f8b", width=3), hovertemplate="%{x}: %{y:.1%}<extra></extra>"),
    ])
    fig.update_xaxes(tickmode="array", tickvals=x, title=dict(text=labels.text("ask.curve_axis", lang)))
    fig.update_yaxes(tickformat=".0%", title=dict(text=labels.text("card.top1", lang)))
    return _layout(fig, height=300, margin=dict(l=10, r=10, t=10, b=40), legend=dict(orientation="h", y=-0.3))
