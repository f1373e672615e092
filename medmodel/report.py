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

from . import labels, render
from .explain.explanation import Explanation
from .knowledge import KnowledgeBase
from .plots import calibration_figure, differential_figure  # noqa: F401  (re-exported: medmodel.calibration_figure)
from .predict import Prediction

# form-action and base-uri do not fall back to default-src: without them an injected <form> or <base> could still
# send what the page shows elsewhere (CSP Level 3, 6.3 and 6.4). frame-ancestors is ignored in a <meta> policy.
_CSP = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; form-action 'none'; base-uri 'none'")
# Quality figures of an explanation, by the key build_report receives them under -> catalogue key.
_QUALITY = {"completeness_gap": "quality.gap", "comprehensiveness": "quality.comp", "sufficiency": "quality.suff",
            "random_comprehensiveness": "quality.comp", "random_sufficiency": "quality.suff",
            "randomisation_rank_corr": "quality.rand"}


def esc(value) -> str:
    return html.escape(str(value), quote=True)




def _figure_html(fig: go.Figure) -> str:
    # no mode bar: its tooltips are English only, and a printed or archived report has no use for zoom tools
    return fig.to_html(full_html=False, include_plotlyjs=False, config={"displayModeBar": False, "responsive": True})


def _list(items: list[str], lang: str) -> str:
    if not items:
        return f"<p>{_l('common.none_short', lang)}</p>"
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _medicines(medicines, lang: str) -> str:
    """Each medicine with its line, route, usual dose and source."""
    items = []
    for m in medicines:
        item = f"<b>{esc(m.heading)}</b>"
        if m.dosing:
            item += (f" &mdash; {esc(m.dosing)}<br><span class='meta'>{_l('ui12.source', lang, source=m.source)}"
                     "</span>")
        items.append(item)
    return _list(items, lang)


def _sep(lang: str) -> str:
    return labels.text("section.sep", lang)      # ": " or "："


def _l(key: str, lang: str, **params) -> str:
    return esc(labels.text(key, lang, **params))


def build_report(prediction: Prediction, kb: KnowledgeBase, lang: str = "en", explanations: tuple[Explanation, ...] = (),
                 bundle_id: str = "", generated: _dt.datetime | None = None, quality=()) -> str:
    """The report as one HTML document (str), every word in ``lang`` (the note and names stay as written / as the
    knowledge base has them). ``explanations``: medmodel.explain Explanation objects; ``quality``: for each, an
    optional dict of per-output-row figures (e.g. ERASER, randomisation check)."""
    p, case = prediction, prediction.case
    lang = "zh" if lang == "zh" else "en"
    generated = generated or _dt.datetime.now().astimezone()
    sep = _sep(lang)
    rows = "".join(f"<tr><td>{esc(name)}</td><td>{esc(icd)}</td><td>{esc(pct)}</td></tr>"
                   for name, icd, pct in render.differential(p, lang))
    raised = render.escalation(p, lang)
    parts = [
        f"<div class='disclaimer'>&#9888; {_l('app.disclaimer_plain', lang)} "
        f"{_l('report.disclaimer_extra', lang)}</div>",
        f"<h1>{_l('report.title', lang)}</h1>",
        f"<p class='meta'>{_l('report.generated', lang)}{sep}{esc(generated.isoformat(timespec='seconds'))}"
        " &middot; "
        f"{_l('report.model', lang)}{sep}<code>{esc(bundle_id[:16])}</code></p>",
        f"<h2>{_l('report.case', lang)}</h2><pre class='note'>{esc(case.text)}</pre>",
        f"<p>{' &middot; '.join(esc(x) for x in render.patient(p.case_used or case, lang))}</p>",
    ]
    chips = render.chips(p, lang)
    if chips:
        removed = f" ({_l('ui12.removed', lang)})"
        parts.append(f"<h3>{_l('context.read_from_note', lang)}</h3>"
                     + _list([esc(c.text) + (removed if c.removed else "") for c in chips], lang))
    conflicts = render.conflicts(p, kb, lang)
    if conflicts:
        parts.append(f"<h3>{_l('ui12.conflict_title', lang)}</h3>{_list([esc(c) for c in conflicts], lang)}")
    if p.out_of_scope:
        parts.append(f"<div class='scope'><b>{_l('ui12.scope_title', lang)}</b><br>{_l('ui12.scope_text', lang)}</div>")
    parts.append(f"<div class='triage {esc(p.triage)}'>{_l('common.triage', lang)}{sep}"
                 f"<b>{esc(render.triage(p, lang))}</b>" + (f"<br>{esc(raised)}" if raised else "") + "</div>")
    alerts = render.alerts(p, kb, lang)
    if alerts:
        parts.append(f"<h3>{_l('result.red_flags', lang)}</h3>"
                     + _list([f"{esc(a.text)} ({esc(labels.triage(a.level, lang))})" for a in alerts], lang))
    unsafe = render.medicine_safety(p, kb, lang)
    if unsafe:
        parts.append(f"<h3>{_l('result.medicine_safety', lang)}</h3>{_list([esc(w) for w in unsafe], lang)}")
    listed = render.warnings(p, kb, lang, placed=False)
    if listed:
        parts.append(f"<h3>{_l('result.warnings', lang)}</h3>{_list([esc(w) for w in listed], lang)}")
    reference = f" &middot; {_l('ui12.reference_only', lang)}" if p.out_of_scope else ""
    parts += [
        f"<h2>{_l('result.differential', lang)}{reference}</h2>",
        f"<table><tr><th>{_l('common.condition', lang)}</th><th>ICD-10</th><th>{_l('common.likelihood', lang)}</th>"
        f"</tr>{rows}</table>",
        _figure_html(differential_figure(p, lang, kb)),
        f"<h3>{_l('result.medications', lang)}</h3>",
    ]
    note = render.treatment_note(p, lang, kb)
    if note:
        title = f"<b>{_l('ui12.confirm_first', lang)}</b><br>" if p.options else ""
        parts.append(f"<p class='notice'>{title}{esc(note)}</p>")
    if p.medications or not note:
        parts.append(_medicines(render.medicines(p, kb, lang), lang))
    for option in render.options(p, kb, lang):
        parts.append(f"<h4>{esc(option.title)}</h4>{_medicines(option.medicines, lang)}")
    withheld = render.withheld(p, kb, lang)
    if withheld:
        parts.append(f"<h3>{_l('result.withheld', lang)}</h3>{_list([esc(w) for w in withheld], lang)}")
    parts += [f"<h3>{_l('result.next_steps', lang)}</h3>{_list([esc(s) for s in render.next_steps(p, kb, lang)], lang)}",
              f"<h3>{_l('result.findings', lang)}</h3>{_list([esc(f) for f in render.findings(p, kb, lang)], lang)}"]
    quality = list(quality) + [None] * (len(explanations) - len(quality))
    for expl, q in zip(explanations, quality):
        parts.append(_explanation_html(expl, lang, q, kb))
    body = "\n".join(parts)
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{_l('report.title', lang)}</title><style>{_STYLE}</style>"
            f"<script type='text/javascript'>{get_plotlyjs()}</script></head><body>{body}</body></html>")


def _explanation_html(expl, lang: str, extra: dict | None = None, kb=None) -> str:
    """Heatmap, the note coloured for the leading output, and the quality figures of one Explanation."""
    from . import plots
    out = [f"<h2>{_l('report.attributions', lang)}{_sep(lang)}{esc(labels.method(expl.method, lang))}</h2>",
           f"<p class='meta'>{esc(_params_text(expl, lang))}</p>",
           _figure_html(plots.heatmap(expl, lang, kb=kb))]
    names = [labels.output_label(t, lang, kb) for t in expl.output_tokens] if kb is not None else expl.labels(lang)
    if names:
        out.append(f"<p>{_l('report.highlight', lang)} <b>{esc(names[0])}</b>{_sep(lang).strip()}</p>")
        out.append(f"<div class='note'>{plots.highlighted_note_html(expl, 0, lang, level='finding', kb=kb)}</div>")
    if expl.is_attribution:
        figures = {"completeness_gap": [float(g) for g in expl.completeness_gap],
                   **{k: list(v) for k, v in (extra or {}).items()}}
        rows = [{k: v[i] for k, v in figures.items()} for i in range(len(names))]
        out.append(f"<h3>{_l('explain.quality', lang)}</h3>{_quality_table(rows, names, lang)}")
    return "\n".join(out)


def _params_text(expl, lang: str = "en") -> str:
    params = getattr(expl, "params", {}) or {}
    shown = []
    if "baseline" in params:
        name = labels.baseline(str(params["baseline"]), lang)
        shown.append(f"{labels.text('explain.baseline', lang)}{_sep(lang)}{name}")
    if "n_steps" in params and expl.method in ("integrated_gradients", "gradient_shap"):
        shown.append(f"{labels.text('explain.steps', lang)}{_sep(lang)}{params['n_steps']}")
    return " · ".join(shown)


def _quality_name(key: str, lang: str) -> str:
    name = labels.text(_QUALITY[key], lang) if key in _QUALITY else key.replace("_", " ")
    return f"{name} ({labels.text('quality.random', lang)})" if key.startswith("random_") else name


def _quality_table(quality, names, lang: str = "en") -> str:
    """Quality figures per output row (a list of dicts, or a dict of lists / of dicts)."""
    rows = quality if isinstance(quality, list) else [quality]
    rows = [r if isinstance(r, dict) else getattr(r, "__dict__", {"value": r}) for r in rows]
    keys = [k for k in (*_QUALITY, *sorted({k for r in rows for k in r} - set(_QUALITY))) if any(k in r for r in rows)]
    head = f"<tr><th>{_l('explain.axis_outputs', lang)}</th>" + "".join(
        f"<th>{esc(_quality_name(k, lang))}</th>" for k in keys) + "</tr>"
    body = "".join("<tr><td>" + esc(names[i] if i < len(names) else i) + "</td>"
                   + "".join(f"<td>{_fmt(r.get(k))}</td>" for k in keys) + "</tr>" for i, r in enumerate(rows))
    return f"<table>{head}{body}</table>"


def _fmt(v) -> str:
    if isinstance(v, float):
        return "—" if v != v else f"{v:.3f}"
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
.scope{background:#fde2e1;border:2px solid #c0392b;padding:.7rem 1rem;border-radius:6px;margin:.8rem 0}
.notice{background:#fff4e0;border:1px solid #f0b34a;padding:.6rem .9rem;border-radius:6px}
"""
