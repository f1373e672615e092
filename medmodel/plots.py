"""Plotly figure builders for explanations: pure functions of an ``Explanation``, testable without a browser.

Colours: attributions use RdBu, a diverging scale that stays readable with the common colour-vision
deficiencies, centred on zero (blue raises the output, red lowers it). Attention weights, which are not
attributions, get a sequential scale and say so in the title.
"""
from __future__ import annotations

import html

import numpy as np
import plotly.graph_objects as go

from .explain.explanation import Explanation

DIVERGING = "RdBu"
SEQUENTIAL = "Blues"
_UP, _DOWN = (33, 102, 172), (178, 24, 43)   # the ends of RdBu: raises / lowers


def _title(expl: Explanation) -> str:
    if not expl.is_attribution:
        return "Decoder attention weights (where the decoder looked; not an attribution)"
    return f"{expl.method.replace('_', ' ')} attributions (baseline: {expl.params.get('baseline')})"


def _column_labels(expl: Explanation) -> list[str]:
    """Unique tick labels (plotly merges equal category names), short enough to read."""
    return [t if len(t) <= 18 else t[:17] + "…" for t in expl.input_tokens]


def heatmap(expl: Explanation, lang: str = "en") -> go.Figure:
    """The T_out x T_in matrix: rows named by condition / medication / step, columns the input tokens."""
    A = np.asarray(expl.attributions, dtype=float)
    rows, cols = expl.labels(lang), _column_labels(expl)
    custom = np.empty(A.shape + (2,), dtype=object)
    for t, label in enumerate(rows):
        for s, tok in enumerate(expl.input_tokens):
            custom[t, s] = (label, tok)
    if expl.is_attribution:
        m = float(np.abs(A).max()) or 1.0
        scale = dict(colorscale=DIVERGING, zmid=0.0, zmin=-m, zmax=m, colorbar=dict(title="attribution"))
        hover = "output: %{customdata[0]}<br>input: %{customdata[1]}<br>attribution: %{z:.6g}<extra></extra>"
    else:
        scale = dict(colorscale=SEQUENTIAL, zmin=0.0, zmax=float(A.max()) or 1.0, colorbar=dict(title="weight"))
        hover = "output: %{customdata[0]}<br>input: %{customdata[1]}<br>attention weight: %{z:.6g}<extra></extra>"
    fig = go.Figure(go.Heatmap(z=A, x=list(range(A.shape[1])), y=list(range(A.shape[0])), customdata=custom,
                               hovertemplate=hover, xgap=1, ygap=1, **scale))
    fig.add_vline(x=expl.n_context - 0.5, line=dict(color="grey", width=1, dash="dot"))
    fig.update_xaxes(tickmode="array", tickvals=list(range(len(cols))), ticktext=cols, tickangle=-60,
                     tickfont=dict(size=11), automargin=True, title="input (context tokens, then the note)")
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(rows))), ticktext=rows, autorange="reversed",
                     automargin=True)
    fig.update_layout(title=_title(expl), height=max(260, 36 * len(rows) + 180),
                      width=max(600, 22 * len(cols) + 320), margin=dict(l=10, r=10, t=50, b=10))
    return fig


def _background(value: float, scale: float) -> str:
    if not scale or value == 0:
        return "transparent"
    rgb = _UP if value > 0 else _DOWN
    return f"rgba({rgb[0]},{rgb[1]},{rgb[2]},{min(1.0, abs(value) / scale) * 0.75:.3f})"


def highlighted_note_html(expl: Explanation, row: int, lang: str = "en", differential: bool = False) -> str:
    """The note with every token shaded by its attribution to output ``row`` (or differential entry ``row``
    with ``differential``); context tokens first, as chips. Every piece of text is HTML-escaped, so the
    result is safe for ``st.html`` / ``unsafe_allow_html``."""
    a = np.asarray(expl.differential_attributions if differential else expl.attributions, dtype=float)[row]
    label = expl.differential_labels.get(lang, expl.differential)[row] if differential else expl.labels(lang)[row]
    scale = float(np.abs(a).max()) if expl.is_attribution else float(a.max())
    esc = lambda s: html.escape(str(s), quote=True)
    kind = "attribution" if expl.is_attribution else "attention weight"
    chip = ('<span title="{tip}" style="background:{bg};border:1px solid #999;border-radius:4px;'
            'padding:0 3px;margin-right:3px;font-family:monospace;font-size:0.85em">{text}</span>')
    word = '<span title="{tip}" style="background:{bg};border-radius:3px">{text}</span>'
    parts = [f'<div class="medseq-note"><div style="font-weight:600;margin-bottom:4px">{esc(label)}</div><div>']
    for i in range(expl.n_context):
        if expl.input_offsets[i] is None and expl.input_tokens[i] != "<sep>":
            parts.append(chip.format(tip=esc(f"{kind} {a[i]:+.6g}"), bg=_background(a[i], scale),
                                     text=esc(expl.input_tokens[i])))
    parts.append('</div><div style="margin-top:6px;line-height:1.9;white-space:pre-wrap">')
    cursor = 0
    for i in range(expl.n_context, len(expl.input_tokens)):
        start, end = expl.input_offsets[i]
        parts.append(esc(expl.text[cursor:start]))
        parts.append(word.format(tip=esc(f"{kind} {a[i]:+.6g}"), bg=_background(a[i], scale),
                                 text=esc(expl.text[start:end])))
        cursor = end
    parts.append(esc(expl.text[cursor:]))
    parts.append("</div></div>")
    return "".join(parts)


def evidence_bars(expl: Explanation, entry: int | str = 0, k: int = 6, lang: str = "en",
                  level: str = "finding") -> go.Figure:
    """Evidence for (blue) and against (red) one differential entry: the spans that raise or lower the
    log-probability of that diagnosis at the first output position, where its likelihood comes from."""
    ev = expl.evidence(entry, k=k, level=level)
    index = expl.differential.index(ev["condition"])
    name = expl.differential_labels.get(lang, expl.differential)[index]
    items = ev["for"][::-1] + ev["against"][::-1]
    absent = "（否定）" if lang == "zh" else " (negated)"
    labels = [f"{s.text}{absent if s.present is False else ''}" for s, _ in items]
    values = [v for _, v in items]
    colours = [f"rgb{_UP}" if v > 0 else f"rgb{_DOWN}" for v in values]
    fig = go.Figure(go.Bar(x=values, y=list(range(len(items))), orientation="h", marker_color=colours,
                           customdata=labels, hovertemplate="%{customdata}: %{x:.6g}<extra></extra>"))
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(items))), ticktext=labels, automargin=True)
    fig.update_xaxes(title="attribution to the diagnosis' log-probability", zeroline=True, zerolinecolor="grey")
    title = f"Evidence for and against: {name}" if lang != "zh" else f"支持与反对的证据：{name}"
    fig.update_layout(title=title, height=max(220, 28 * len(items) + 120), margin=dict(l=10, r=10, t=50, b=10))
    return fig


def method_comparison(explanations: list[Explanation], row: int = 0, lang: str = "en",
                      level: str = "word") -> go.Figure:
    """The same output row under several methods, one line each over the note's words. Methods differ in
    scale, so each line is divided by its largest magnitude; hover shows the raw value."""
    if not explanations:
        raise ValueError("no explanations to compare")
    spans = explanations[0].spans(level)
    z, custom = [], []
    for e in explanations:
        a = np.asarray(e.attributions, dtype=float)[row]
        raw = np.array([a[list(s.tokens)].sum() for s in spans])
        z.append(raw / (np.abs(raw).max() or 1.0))
        custom.append([[s.text, f"{v:.6g}"] for s, v in zip(spans, raw)])
    names = [e.method.replace("_", " ") + ("" if e.is_attribution else " (not attribution)") for e in explanations]
    fig = go.Figure(go.Heatmap(z=np.array(z), x=list(range(len(spans))), y=list(range(len(names))),
                               customdata=np.array(custom, dtype=object), colorscale=DIVERGING, zmid=0.0,
                               zmin=-1, zmax=1, xgap=1, ygap=1, colorbar=dict(title="relative"),
                               hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>"))
    fig.update_xaxes(tickmode="array", tickvals=list(range(len(spans))), tickangle=-60, automargin=True,
                     ticktext=[s.text if len(s.text) <= 18 else s.text[:17] + "…" for s in spans])
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(names))), ticktext=names, autorange="reversed",
                     automargin=True)
    fig.update_layout(title=f"Methods compared for: {explanations[0].labels(lang)[row]}",
                      height=max(220, 40 * len(names) + 180), margin=dict(l=10, r=10, t=50, b=10))
    return fig
