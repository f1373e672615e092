"""A self-contained HTML report of one case: prediction, attributions, quality figures and disclaimer.

The file works offline and from disk: plotly.js is embedded inline once (no CDN), a Content
Security Policy forbids every network request, and every piece of text that came from the user
or the knowledge base is HTML-escaped before it is written.
"""
from __future__ import annotations

import datetime as _dt
import html

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from . import plots
from .explain.explanation import Explanation
from .knowledge import KnowledgeBase
from .predict import Prediction

_CSP = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:")
DISCLAIMER = {
    "en": "Decision support and demonstration only - not a diagnosis and not a medical device. Every output is "
          "uncertain; check it against your own clinical judgement. The model was trained on synthetic cases only.",
    "zh": "仅供决策支持和演示 —— 不是诊断，也不是医疗器械。所有结果都有不确定性，请结合您自己的临床判断核实。"
          "该模型仅在合成病例上训练。",
}
_LABELS = {
    "title": ("MedSeq case report", "MedSeq 病例报告"), "case": ("Case", "病例"), "note": ("Note", "病历"),
    "age": ("Age", "年龄"), "sex": ("Sex", "性别"), "flags": ("Context", "其他情况"), "unknown": ("not stated", "未说明"),
    "triage": ("Triage", "分诊"), "model_triage": ("model said", "模型判断"), "red_flags": ("Red flags", "红旗征"),
    "differential": ("Differential diagnosis", "鉴别诊断"), "condition": ("Condition", "疾病"),
    "likelihood": ("Likelihood", "可能性"), "medications": ("Medications for the leading diagnosis", "首要诊断的用药建议"),
    "withheld": ("Withheld for this patient", "对该患者暂缓使用"), "next_steps": ("Next steps", "下一步"),
    "findings": ("Findings read in the note", "从病历中识别的表现"), "present": ("present", "存在"),
    "absent": ("absent", "不存在"), "warnings": ("Uncertainty", "不确定性"), "none": ("none", "无"),
    "attributions": ("Attributions", "归因分析"), "method": ("Method", "方法"), "quality": ("Quality", "质量指标"),
    "highlight": ("The note coloured for", "病历着色，针对"), "generated": ("Generated", "生成时间"),
    "model": ("Model bundle", "模型包"),
}


def _l(key: str, lang: str) -> str:
    en, zh = _LABELS[key]
    return zh if lang == "zh" else en


def esc(value) -> str:
    return html.escape(str(value), quote=True)


def differential_figure(prediction: Prediction, lang: str = "en") -> go.Figure:
    """Horizontal bars of the calibrated likelihoods, most likely on top."""
    entries = list(reversed(prediction.differential))
    labels = [esc(f"{d.name(lang)} ({d.icd10})") for d in entries]  # plotly reads a subset of HTML in labels
    probs = [d.probability for d in entries]
    fig = go.Figure(go.Bar(x=probs, y=labels, orientation="h", marker_color="#1f6f8b",
                           text=[f"{p:.1%}" for p in probs], textposition="outside", hoverinfo="skip"))
    fig.update_layout(height=60 + 38 * len(entries), margin=dict(l=10, r=40, t=10, b=30),
                      xaxis=dict(tickformat=".0%", range=[0, min(1.0, max(probs + [0.05]) * 1.25)],
                                 title=_l("likelihood", lang)),
                      yaxis=dict(automargin=True), plot_bgcolor="#fbfcfd", paper_bgcolor="#ffffff")
    return fig


def calibration_figure(curve: list[dict], confidence: str = "Confidence", accuracy: str = "Accuracy",
                       perfect: str = "Perfectly calibrated") -> go.Figure:
    """Reliability diagram from metrics.json's ``calibration_curve`` (bins of confidence vs accuracy).

    Marker size follows the number of cases in each bin, so a sparse bin does not look as sure as a full one.
    """
    conf = [b["confidence"] for b in curve]
    acc = [b["accuracy"] for b in curve]
    n = [b["n"] for b in curve]
    biggest = max(n + [1])
    fig = go.Figure([
        go.Scatter(x=[0, 1], y=[0, 1], mode="lines", name=perfect, line=dict(color="#b0bec5", dash="dash")),
        go.Scatter(x=conf, y=acc, mode="lines+markers", name=accuracy, line=dict(color="#1f6f8b"),
                   marker=dict(size=[8 + 16 * (k / biggest) ** 0.5 for k in n]), customdata=n,
                   hovertemplate="confidence %{x:.1%}<br>accuracy %{y:.1%}<br>n = %{customdata}<extra></extra>"),
    ])
    fig.update_layout(height=320, margin=dict(l=10, r=10, t=10, b=40), legend=dict(orientation="h", y=-0.25),
                      xaxis=dict(title=confidence, tickformat=".0%", range=[0, 1]),
                      yaxis=dict(title=accuracy, tickformat=".0%", range=[0, 1]))
    return fig


def _figure_html(fig: go.Figure) -> str:
    return fig.to_html(full_html=False, include_plotlyjs=False, config={"displaylogo": False, "responsive": True})


def _list(items: list[str], lang: str) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else f"<p>{_l('none', lang)}</p>"


def build_report(prediction: Prediction, kb: KnowledgeBase, lang: str = "en", explanations: tuple[Explanation, ...] = (),
                 bundle_id: str = "", generated: _dt.datetime | None = None, quality=()) -> str:
    """The report as one HTML document (str). ``quality``: for each explanation, an optional dict of per-output-row
    figures (e.g. ERASER, randomisation check)."""
    p, case = prediction, prediction.case
    generated = generated or _dt.datetime.now().astimezone()
    name = lambda table, key: esc(getattr(kb, table)[key].name.get(lang))  # noqa: E731
    flags = ", ".join(esc(f) for f in sorted(case.flags)) or _l("none", lang)
    red = [f"{name('findings', r.finding)}: &ldquo;{esc(r.phrase)}&rdquo; ({esc(r.level)})" for r in p.red_flags]
    red += [esc(c.describe(kb, lang)) for c in p.cannot_miss]
    meds = [f"{name('medications', m)}" for m in p.medications]
    withheld = [esc(w.describe(kb, lang)) for w in p.withheld]
    steps = [name("next_steps", s) for s in p.next_steps]
    findings = [f"{name('findings', m.finding)} ({_l('present' if m.present else 'absent', lang)}: "
                f"&ldquo;{esc(m.phrase)}&rdquo;)" for m in p.findings]
    rows = "".join(f"<tr><td>{esc(d.name(lang))}</td><td>{esc(d.icd10)}</td><td>{d.probability:.1%}</td></tr>"
                   for d in p.differential)
    parts = [
        f"<div class='disclaimer'>&#9888; {esc(DISCLAIMER['zh' if lang == 'zh' else 'en'])}</div>",
        f"<h1>{_l('title', lang)}</h1>",
        f"<p class='meta'>{_l('generated', lang)}: {esc(generated.isoformat(timespec='seconds'))} &middot; "
        f"{_l('model', lang)}: <code>{esc(bundle_id[:16])}</code></p>",
        f"<h2>{_l('case', lang)}</h2><pre class='note'>{esc(case.text)}</pre>",
        f"<p>{_l('age', lang)}: {esc(case.age) if case.age is not None else _l('unknown', lang)} &middot; "
        f"{_l('sex', lang)}: {esc(case.sex or _l('unknown', lang))} &middot; {_l('flags', lang)}: {flags}</p>",
        f"<div class='triage {esc(p.triage)}'>{_l('triage', lang)}: <b>{esc(p.triage.replace('_', ' ').upper())}</b>"
        f" ({_l('model_triage', lang)}: {esc(p.model_triage.replace('_', ' '))})</div>",
    ]
    if red:
        parts.append(f"<h3>{_l('red_flags', lang)}</h3>{_list(red, lang)}")
    if p.warnings:
        parts.append(f"<h3>{_l('warnings', lang)}</h3>{_list([esc(w.text(lang) if hasattr(w, 'text') else str(w)) for w in p.warnings], lang)}")
    parts += [
        f"<h2>{_l('differential', lang)}</h2>",
        f"<table><tr><th>{_l('condition', lang)}</th><th>ICD-10</th><th>{_l('likelihood', lang)}</th></tr>{rows}</table>",
        _figure_html(differential_figure(p, lang)),
        f"<h3>{_l('medications', lang)}</h3>{_list(meds, lang)}",
    ]
    if withheld:
        parts.append(f"<h3>{_l('withheld', lang)}</h3>{_list(withheld, lang)}")
    parts += [f"<h3>{_l('next_steps', lang)}</h3>{_list(steps, lang)}",
              f"<h3>{_l('findings', lang)}</h3>{_list(findings, lang)}"]
    quality = list(quality) + [None] * (len(explanations) - len(quality))
    for expl, q in zip(explanations, quality):
        parts.append(_explanation_html(expl, lang, q))
    body = "\n".join(parts)
    return (f"<!DOCTYPE html><html lang='{'zh' if lang == 'zh' else 'en'}'><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{_l('title', lang)}</title><style>{_STYLE}</style>"
            f"<script type='text/javascript'>{get_plotlyjs()}</script></head><body>{body}</body></html>")


def _explanation_html(expl: Explanation, lang: str, extra: dict | None = None) -> str:
    """Heatmap, the note coloured for the leading output, and the quality figures of one Explanation."""
    out = [f"<h2>{_l('attributions', lang)}: {esc(expl.method)}</h2>",
           f"<p class='meta'>{esc(', '.join(f'{k}={v}' for k, v in expl.params.items()))}</p>",
           _figure_html(plots.heatmap(expl, lang))]
    labels = expl.labels(lang)
    if labels:
        out.append(f"<p>{_l('highlight', lang)} <b>{esc(labels[0])}</b>:</p>")
        out.append(f"<div class='note'>{plots.highlighted_note_html(expl, 0)}</div>")
    if expl.is_attribution:
        figures = {"completeness_gap": [float(g) for g in expl.completeness_gap],
                   **{k: list(v) for k, v in (extra or {}).items()}}
        rows = [{k: v[i] for k, v in figures.items()} for i in range(len(labels))]
        out.append(f"<h3>{_l('quality', lang)}</h3>{_quality_table(rows, labels)}")
    return "\n".join(out)


def _quality_table(rows: list[dict], labels: list[str]) -> str:
    """Quality figures, one table row per output row."""
    keys = sorted({k for r in rows for k in r})
    head = "<tr><th></th>" + "".join(f"<th>{esc(k)}</th>" for k in keys) + "</tr>"
    body = "".join("<tr><td>" + esc(labels[i]) + "</td>"
                   + "".join(f"<td>{_fmt(r.get(k))}</td>" for k in keys) + "</tr>" for i, r in enumerate(rows))
    return f"<table>{head}{body}</table>"


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return esc("" if v is None else v)


_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC','Noto Sans',sans-serif;color:#1b2a33;
max-width:1100px;margin:1.5rem auto;padding:0 1rem;background:#fbfcfd;line-height:1.45}
h1{color:#1f6f8b}h2{border-bottom:1px solid #d5e0e6;padding-bottom:.2rem;margin-top:1.8rem}
.disclaimer{background:#fff4e0;border:1px solid #f0b34a;padding:.6rem .9rem;border-radius:6px;font-weight:600}
.meta{color:#5b6b74;font-size:.9rem}pre.note,div.note{white-space:pre-wrap;background:#eef3f6;padding:.8rem;
border-radius:6px;font-family:inherit}table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #d5e0e6;padding:.3rem .6rem;text-align:left}th{background:#eef3f6}
.triage{padding:.7rem 1rem;border-radius:6px;margin:.8rem 0;font-size:1.1rem}
.triage.emergency{background:#fde2e1;border:2px solid #c0392b}.triage.urgent{background:#fff1d6;border:2px solid #d68910}
.triage.routine{background:#e3f0f7;border:2px solid #1f6f8b}.triage.self_care{background:#e4f4e8;border:2px solid #2e8b57}
"""
