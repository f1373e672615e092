"""Model card: intended use and limits, the data, the metrics from metrics.json, training and hashes."""
import pandas as pd
import streamlit as st

import ui
from medmodel import calibration_figure

ui.header("page_card")
bundle = ui.require_bundle()
lang = ui.lang()
kb = ui.knowledge()
metrics, manifest = bundle.metrics or {}, bundle.manifest or {}
ev, tr = metrics.get("evaluation", {}), metrics.get("training", {})

st.subheader(ui.t("card_use"))
st.markdown(ui.t("card_use_text"))
st.subheader(ui.t("card_data"))
stats = kb.stats()
cols = st.columns(4)
for col, key in zip(cols, ("conditions", "findings", "medications", "next_steps")):
    col.metric(ui.t("kb_" + key), stats[key])
st.markdown(ui.t("card_data_text", n=tr.get("n_train", "?"), val=tr.get("n_val", "?")))
with st.expander(ui.t("kb_table")):
    st.dataframe(pd.DataFrame([{"ICD-10": c.icd10, ui.t("condition"): c.name.get(lang), ui.t("specialty"): c.specialty,
                                ui.t("usual_triage"): ui.t("triage_" + c.triage).split(" ")[0]}
                               for c in kb.conditions.values()]), hide_index=True, width="stretch")

st.subheader(ui.t("card_metrics"))
if not ev:
    st.warning(ui.t("card_no_metrics"))
else:
    st.caption(ui.t("card_metrics_note", n=ev.get("n", "?"), seed=ev.get("seed", "?"), beam=ev.get("beam", "?")))
    c = st.columns(6)
    c[0].metric("Top-1", f"{ev['top1']:.1%}")
    c[1].metric("Top-3", f"{ev['top3']:.1%}")
    c[2].metric("Top-5", f"{ev['top5']:.1%}")
    c[3].metric("Macro-F1", f"{ev['macro_f1']:.3f}")
    c[4].metric("ECE", f"{ev['ece']:.3f}", help=ui.t("ece_help"))
    c[5].metric(ui.t("triage_agreement"), f"{ev['triage_agreement']:.1%}")
    c = st.columns(3)
    c[0].metric(ui.t("bayes_top1"), f"{ev['bayes_top1']:.1%}", help=ui.t("bayes_help"))
    c[1].metric(ui.t("vs_bayes"), f"{ev['top1_vs_bayes']:.1%}")
    c[2].metric(ui.t("violations"), f"{ev['violations_after']}", help=ui.t("violations_help", n=ev["violations_before"]))

    left, right = st.columns(2)
    with left:
        st.markdown(f"**{ui.t('calibration')}**")
        curve = ev.get("calibration_curve", [])
        if curve:
            st.plotly_chart(calibration_figure(curve, ui.t("confidence"), ui.t("accuracy"), ui.t("perfect")),
                            key="calibration", config={"displayModeBar": False})
            st.caption(ui.t("calibration_note"))
    with right:
        st.markdown(f"**{ui.t('subgroups')}**")
        rows = [{ui.t("group"): f"{g}: {k}", "Top-1": v["top1"], "n": v["n"]}
                for g, d in ev.get("subgroups", {}).items() for k, v in d.items()]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", height=300,
                     column_config={"Top-1": st.column_config.ProgressColumn(format="percent", min_value=0.0, max_value=1.0)})
    st.markdown(f"**{ui.t('confused')}**")
    name = lambda cid: kb.conditions[cid].name.get(lang) if cid in kb.conditions else cid  # noqa: E731
    st.dataframe(pd.DataFrame([{ui.t("true"): name(r["true"]), ui.t("predicted"): name(r["predicted"]), "n": r["count"]}
                               for r in ev.get("most_confused", [])]), hide_index=True, width="stretch")

st.subheader(ui.t("card_training"))
if tr.get("history"):
    hist = pd.DataFrame(tr["history"]).set_index("epoch")[["train_loss", "val_loss"]]
    st.line_chart(hist, height=240, x_label="epoch", y_label="loss")
    st.caption(ui.t("loss_note"))
c1, c2 = st.columns(2)
with c1:
    st.markdown(f"**{ui.t('train_config')}**")
    st.json({**tr.get("config", {}), "n_train": tr.get("n_train"), "n_val": tr.get("n_val"),
             "temperature": tr.get("temperature"), "command": manifest.get("training", {}).get("command")},
            expanded=1)
with c2:
    st.markdown(f"**{ui.t('versions_hashes')}**")
    st.json({"versions": manifest.get("versions", {}), "files": manifest.get("files", {}),
             "knowledge_base_sha256": manifest.get("knowledge_base_sha256"), "bundle_sha256": bundle.sha256},
            expanded=2)
