"""Model card: how well it does on real notes and on synthetic cases, side by side; intended use and limits;
the data; the detailed synthetic metrics; training, versions and hashes as readable tables."""
import json

import pandas as pd
import streamlit as st

from medmodel import labels, plots
from ui import ask, auth, i18n, loaders, widgets
from ui.i18n import t

auth.header("model_card")
bundle = loaders.require_bundle()
lang = i18n.lang()
kb = loaders.knowledge()
metrics, manifest = bundle.metrics or {}, bundle.manifest or {}
ev, tr = metrics.get("evaluation", {}), metrics.get("training", {})
pct = lambda x: f"{x:.1%}" if isinstance(x, (int, float)) else t("card.not_measured")  # noqa: E731

# --- the headline: real notes beside synthetic cases, as large -------------------------------------------------------
real = next((metrics[k] for k in ("real_dev", "real", "evaluation_real") if isinstance(metrics.get(k), dict)), None)
if real is None:
    with st.spinner(t("explain.working")):
        real = loaders.real_note_metrics()
st.subheader(t("card.headline"))
left, right = st.columns(2, gap="large")
with left.container(border=True):
    st.markdown(f"#### {t('card.real_notes')}")
    c = st.columns(2)
    c[0].metric(t("card.top1"), pct((real or {}).get("top1")))
    c[1].metric(t("card.top3"), pct((real or {}).get("top3")))
    st.caption(t("card.real_help", n=(real or {}).get("n", "—"), source=(real or {}).get("source", "assets/eval/real_dev.csv")))
with right.container(border=True):
    st.markdown(f"#### {t('card.synthetic')}")
    c = st.columns(2)
    c[0].metric(t("card.top1"), pct(ev.get("top1")))
    c[1].metric(t("card.top3"), pct(ev.get("top3")))
    st.caption(t("card.synthetic_help", n=f"{ev.get('n', 0):,}", seed=ev.get("seed", "?")))

st.subheader(t("card.use"))
st.markdown(t("card.use_text"))
st.subheader(t("card.data"))
stats = kb.stats()
cols = st.columns(4)
for col, key in zip(cols, ("conditions", "findings", "medications", "next_steps")):
    col.metric(t("card.kb_" + key), stats[key])
st.markdown(t("card.data_text", n=f"{tr.get('n_train', '?'):,}" if isinstance(tr.get("n_train"), int) else "?",
              val=f"{tr.get('n_val', '?'):,}" if isinstance(tr.get("n_val"), int) else "?"))
specialty = lambda s: t(f"specialty.{s}") if labels.has(f"specialty.{s}") else s.replace("_", " ")  # noqa: E731
with st.expander(t("card.kb_table")):
    st.dataframe(pd.DataFrame([{t("common.icd10"): c.icd10, t("common.condition"): c.name.get(lang),
                                t("card.specialty"): specialty(c.specialty),
                                t("card.usual_triage"): i18n.triage(c.triage)} for c in kb.conditions.values()]),
                 hide_index=True, width="stretch")

# --- synthetic metrics in detail --------------------------------------------------------------------------------------
st.subheader(t("card.metrics"))
if not ev:
    st.warning(t("card.no_metrics"))
else:
    st.caption(t("card.metrics_note", n=f"{ev.get('n', 0):,}", seed=ev.get("seed", "?"), beam=ev.get("beam", "?")))
    c = st.columns(4)
    c[0].metric(t("card.top5"), pct(ev.get("top5")))
    c[1].metric(t("card.macro_f1"), f"{ev['macro_f1']:.3f}")
    c[2].metric(t("card.ece"), f"{ev['ece']:.3f}", help=t("card.ece_help"))
    c[3].metric(t("card.triage_agreement"), pct(ev.get("triage_agreement")))
    c = st.columns(4)
    c[0].metric(t("card.bayes_top1"), pct(ev.get("bayes_top1")), help=t("card.bayes_help"))
    c[1].metric(t("card.vs_bayes"), pct(ev.get("top1_vs_bayes")))
    c[2].metric(t("card.undertriage"), pct(ev.get("undertriage")))
    c[3].metric(t("card.violations"), f"{ev['violations_after']}",
                help=t("card.violations_help", n=ev["violations_before"]))

    left, right = st.columns(2, gap="large")
    with left:
        st.markdown(f"**{t('card.calibration')}**")
        curve = ev.get("calibration_curve", [])
        if curve:
            widgets.chart(plots.calibration_figure(curve, lang), "calibration")
            st.caption(t("card.calibration_note"))
    with right:
        st.markdown(f"**{t('card.subgroups')}**")
        group_name = {"lang": lambda k: labels.language_name(k, lang) if labels.has(f"common.lang_{k}") else k,
                      "sex": lambda k: i18n.sex(k),
                      "age_band": lambda k: t("config.age_band", band=k.replace("-", "–"))}
        rows = [{t("common.group"): t(f"card.subgroup_{g}") if labels.has(f"card.subgroup_{g}") else g,
                 t("common.value"): group_name.get(g, str)(k), t("card.top1"): f"{v['top1']:.1%}",
                 t("common.n"): f"{v['n']:,}"}
                for g, d in ev.get("subgroups", {}).items() for k, v in d.items()]
        st.table(pd.DataFrame(rows).set_index(t("common.group")))
    st.markdown(f"**{t('card.confused')}**")
    name = lambda cid: kb.conditions[cid].name.get(lang) if cid in kb.conditions else cid  # noqa: E731
    confused = [{t("card.truth"): name(r["true"]), t("card.predicted"): name(r["predicted"]), t("common.n"): r["count"]}
                for r in ev.get("most_confused", [])[:10]]
    st.table(pd.DataFrame(confused).set_index(t("card.truth")))

ask.card_sections(bundle)

# --- training, versions and hashes ------------------------------------------------------------------------------------
st.subheader(t("card.training"))
if tr.get("history"):
    widgets.chart(plots.loss_figure(tr["history"], lang), "loss")
    st.caption(t("card.loss_note"))


def _value(v) -> str:
    if isinstance(v, bool):
        return t("common.yes" if v else "common.no")
    return "—" if v is None else str(v)


config = dict(tr.get("config", {}))
if bundle.path is not None and (bundle.path / "config.json").is_file():
    model_config = json.loads((bundle.path / "config.json").read_text(encoding="utf-8"))
    config.update({k: v for k, v in model_config.get("model", model_config).items()
                   if not isinstance(v, (dict, list)) and not k.endswith("_id")})   # token ids are internals
settings = [(t(f"config.{k}") if labels.has(f"config.{k}") else k, _value(v)) for k, v in config.items()]
settings += [(t("card.n_train"), _value(tr.get("n_train"))), (t("card.n_val"), _value(tr.get("n_val"))),
             (t("card.temperature"), f"{tr['temperature']:.3f}" if isinstance(tr.get("temperature"), float) else "—")]
c1, c2 = st.columns(2, gap="large")
with c1:
    st.markdown(f"**{t('card.train_config')}**")
    st.table(pd.DataFrame(settings, columns=[t("card.setting"), t("common.value")]).set_index(t("card.setting")))
with c2:
    st.markdown(f"**{t('card.versions_hashes')}**")
    versions = manifest.get("versions", {})
    st.table(pd.DataFrame(list(versions.items()), columns=[t("card.file"), t("card.version")])
             .set_index(t("card.file")))
    command = manifest.get("training", {}).get("command")
    if command:
        st.markdown(f"**{t('card.command')}**")
        st.code(command, language="bash", wrap_lines=True)
hashes = [*manifest.get("files", {}).items(), (t("card.kb_sha"), manifest.get("knowledge_base_sha256") or "—"),
          (t("card.bundle_sha"), bundle.sha256)]
rows = "\n".join(f"| {f} | `{h}` |" for f, h in hashes)      # SHA-256 in full, to compare with another copy by eye
st.markdown(f"| {t('card.file')} | {t('card.sha256')} |\n|---|---|\n{rows}")
