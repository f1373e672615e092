"""UI-side helpers shared by the pages: cached loaders, language, disclaimer and shared widgets.

No model logic lives here: every computation is a call into ``medmodel``. Pages start with
``ui.header(...)``, the one place to add a sign-in gate or an audit call for every page.
"""
from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from medmodel import (USER_FLAGS, BundleError, Case, Predictor, detect_language, load_bundle, load_gallery,
                      load_knowledge)
from medmodel.whatif import STATES as FINDING_STATES

LANGS = {"en": "English", "zh": "中文"}
TRIAGE_STYLE = {"emergency": ("error", ":material/e911_emergency:"), "urgent": ("warning", ":material/warning:"),
                "routine": ("info", ":material/stethoscope:"), "self_care": ("success", ":material/home:")}
ALLERGY_FLAGS = tuple(f for f in USER_FLAGS if f.startswith("allergy_"))
OTHER_FLAGS = tuple(f for f in USER_FLAGS if f not in ALLERGY_FLAGS and f != "pregnant")

# UI strings in both languages. Names of conditions, findings, medications and steps come from the KB.
STRINGS = {
    "app_title": ("MedSeq", "MedSeq"),
    "disclaimer": ("**Decision support and demonstration only - not a diagnosis and not a medical device.** "
                   "Every output is uncertain; check it against your own clinical judgement.",
                   "**仅供决策支持和演示 —— 不是诊断，也不是医疗器械。** 所有结果都有不确定性，请结合您自己的临床判断核实。"),
    "language": ("Language / 语言", "Language / 语言"),
    "page_assess": ("Assess", "评估"), "page_explain": ("Explain", "解释"), "page_records": ("Records", "批量记录"),
    "page_card": ("Model card", "模型卡"), "page_gallery": ("Gallery", "案例库"),
    "assess_title": ("Assess a patient", "评估患者"),
    "examples": ("Examples, one click:", "示例（一键载入）："),
    "note": ("What the patient reports (English or Chinese)", "患者主诉（英文或中文）"),
    "note_help": ("Free text, as you would write it in the notes.", "自由文本，就像写病历一样。"),
    "age": ("Age (years)", "年龄（岁）"), "sex": ("Sex", "性别"), "unknown": ("Not stated", "未说明"),
    "F": ("Female", "女"), "M": ("Male", "男"),
    "pregnant": ("Pregnant", "怀孕"), "allergies": ("Allergies", "过敏"), "other_flags": ("Other context", "其他情况"),
    "assess": ("Assess", "评估"),
    "lang_en": ("English", "英文"), "lang_zh": ("Chinese", "中文"),
    "detected": ("Language detected: {lang}", "识别到的语言：{lang}"),
    "no_model": ("No model is available: {error}. Train one (`python -m medmodel train`) or set MEDSEQ_BUNDLE.",
                 "没有可用的模型：{error}。请训练模型（`python -m medmodel train`）或设置 MEDSEQ_BUNDLE。"),
    "empty_note": ("Type what the patient reports, or pick an example, then press Assess.",
                   "请输入患者主诉，或选择一个示例，然后点击“评估”。"),
    "cannot_assess": ("Cannot assess this note: {error}", "无法评估该病历：{error}"),
    "bad_case": ("Check the patient details: {error}", "请检查患者信息：{error}"),
    "working": ("Assessing…", "正在评估…"),
    "differential": ("Differential diagnosis", "鉴别诊断"),
    "likelihood": ("Likelihood", "可能性"), "condition": ("Condition", "疾病"), "icd10": ("ICD-10", "ICD-10"),
    "likelihood_note": ("Calibrated likelihoods from the model: estimates on synthetic data, not certainties.",
                        "模型给出的校准后可能性：基于合成数据的估计，并非确定结论。"),
    "triage": ("Triage", "分诊"),
    "triage_emergency": ("EMERGENCY - send to the emergency department now", "急诊 —— 立即送往急诊科"),
    "triage_urgent": ("URGENT - same-day assessment", "紧急 —— 当天评估"),
    "triage_routine": ("ROUTINE - book a routine appointment", "常规 —— 预约常规门诊"),
    "triage_self_care": ("SELF-CARE - advice and safety-netting", "自我护理 —— 给予建议并告知何时复诊"),
    "model_said": ("The model said {model}; the safety layer raised it to {final}.",
                   "模型判断为{model}；安全规则将其升级为{final}。"),
    "red_flags": ("Red flags", "红旗征"), "raised_by": ("raised by", "来源"),
    "medications": ("Medications for the leading diagnosis", "首要诊断的用药建议"),
    "none": ("None suggested.", "无建议。"),
    "withheld": ("Withheld for this patient", "对该患者暂缓使用"),
    "next_steps": ("Next steps", "下一步"),
    "findings": ("Findings read in the note", "从病历中识别的表现"),
    "present": ("present", "存在"), "absent": ("absent", "不存在"), "removed": ("removed", "移除"),
    "no_findings": ("No known finding was recognised.", "未识别到已知表现。"),
    "warnings": ("Uncertainty", "不确定性"),
    "whatif": ("What if…", "假如……"),
    "whatif_help": ("Flip a finding or change the patient; the model re-runs and shows how the differential moved.",
                    "切换某个表现或更改患者信息；模型会重新运行并显示鉴别诊断的变化。"),
    "whatif_note": ("Note as the model read it", "模型实际读取的病历"),
    "whatif_same": ("Nothing changed yet.", "尚未做任何更改。"),
    "before": ("Before", "更改前"), "after": ("After", "更改后"), "change": ("Change", "变化"),
    "leading_now": ("Leading diagnosis: {before} → {after}; triage: {tb} → {ta}.",
                    "首要诊断：{before} → {after}；分诊：{tb} → {ta}。"),
    "explanation": ("Why: attributions", "原因：归因分析"),
    "not_attribution": ("not an attribution", "不是归因"),
    "baseline_help": ("What the input is compared with: attributions explain the change from it.",
                      "与输入对比的参照：归因解释的是相对于它的变化。"),
    "steps_help": ("Integration steps (integrated gradients) or samples (gradient SHAP).", "积分步数（积分梯度）或采样数（梯度 SHAP）。"),
    "evidence_for": ("Evidence for and against a diagnosis", "支持与反对某诊断的证据"),
    "pick_two": ("Pick at least two methods to compare.", "请至少选择两种方法进行比较。"),
    "quality_attention": ("Attention weights are not attributions: no completeness to check.", "注意力权重不是归因：无完整性可检验。"),
    "figure": ("Figure", "指标"), "value": ("Value", "数值"),
    "q_fx": ("log p(output | note)", "log p(输出 | 病历)"), "q_fb": ("log p(output | baseline)", "log p(输出 | 基线)"),
    "q_sum": ("Sum of attributions", "归因总和"), "q_gap": ("Completeness gap", "完整性差距"),
    "q_comp": ("Comprehensiveness (top 20% removed)", "全面性（移除前 20%）"),
    "q_suff": ("Sufficiency (only top 20% kept)", "充分性（仅保留前 20%）"),
    "q_random": ("Random tokens", "随机词元"), "q_rand": ("Rank corr. with a randomised model", "与随机化模型的秩相关"),
    "q_help": ("Faithful attributions: comprehensiveness above random, sufficiency below random, and little rank "
               "correlation with a model whose weights were randomised (DeYoung et al. 2020; Adebayo et al. 2018).",
               "可信的归因：全面性高于随机、充分性低于随机，且与权重随机化模型的秩相关很小（DeYoung 等 2020；Adebayo 等 2018）。"),
    "q_not_complete": ("n/a (method is not complete)", "不适用（该方法不满足完整性）"),
    "choose": ("Choose", "请选择"),
    "explaining": ("Computing attributions…", "正在计算归因…"),
    "output_token": ("Output to explain", "要解释的输出"),
    "method": ("Method", "方法"), "baseline": ("Baseline", "基线"), "steps": ("Steps", "步数"),
    "highlight": ("The note, coloured for the selected output: blue raises it, red lowers it (hover for values).",
                  "按所选输出为病历着色：蓝色推高，红色压低（悬停查看数值）。"),
    "report": ("Download HTML report", "下载 HTML 报告"),
    "report_help": ("A single self-contained file (works offline).", "一个独立的文件（可离线打开）。"),
    "open_explain": ("Open in Explain", "在“解释”页打开"),
    "open_assess": ("Open in Assess", "在“评估”页打开"),
    "truncated": ("The note was cut to fit the model.", "病历过长，已被截断。"),
    # Explain
    "explain_title": ("Explain: attribution studio", "解释：归因分析工作室"),
    "explain_empty": ("Assess a case first (Assess page, Gallery or Records); it opens here.",
                      "请先评估一个病例（评估页、案例库或批量记录），它会在这里打开。"),
    "compare_methods": ("Compare methods", "比较方法"),
    "rank_agreement": ("Rank agreement (Spearman) between methods, for the selected output", "所选输出下各方法之间的排序一致性（Spearman）"),
    "quality": ("Quality figures", "质量指标"),
    "attention_label": ("ATTENTION WEIGHTS - where the decoder looked, not what caused the output.",
                        "注意力权重 —— 显示解码器关注的位置，并非导致输出的原因。"),
    # Records
    "upload": ("Upload patient records (CSV, Excel or Parquet)", "上传患者记录（CSV、Excel 或 Parquet）"),
    "upload_help": ("One row per patient; a column with the note, and optionally age, sex, flags and an id.",
                    "每行一位患者；需要一列病历文本，可选年龄、性别、其他情况和编号。"),
    "sample_file": ("Try a sample file", "使用示例文件"),
    "bad_file": ("This file cannot be used - {error}. Anything loaded before is kept.",
                 "无法使用该文件 —— {error}。之前载入的数据已保留。"),
    "records_empty": ("Upload a file to score many patients at once.", "上传文件以一次评估多位患者。"),
    "records_loaded": ("{name}: {n} rows, {cols} columns.", "{name}：{n} 行，{cols} 列。"),
    "preview": ("Preview", "预览"), "map_columns": ("Map the columns", "对应列"),
    "col_note": ("Note (required)", "病历（必填）"), "col_flags": ("Context flags", "其他情况"), "col_id": ("Patient id", "患者编号"),
    "score": ("Score all rows", "评估所有行"), "scoring": ("Scoring {done} of {n} rows…", "正在评估第 {done} / {n} 行…"),
    "results": ("Results", "结果"), "rows": ("Rows", "行数"), "scored_ok": ("Scored", "已评估"),
    "row_errors": ("Rows with a problem", "有问题的行"), "emergencies": ("Emergencies", "急诊"),
    "search": ("Search the notes", "搜索病历"), "showing": ("Showing {n} of {total} rows.", "显示 {n} / {total} 行。"),
    "chart_conditions": ("Leading diagnoses", "首要诊断"), "chart_triage": ("Triage mix", "分诊分布"),
    "download_csv": ("Download CSV", "下载 CSV"), "download_xlsx": ("Download Excel", "下载 Excel"),
    "open_row": ("Open one patient", "打开单个患者"), "row": ("Row", "行"),
    # Model card
    "card_use": ("Intended use and limits", "预期用途与局限"),
    "card_use_text": (
        "- **For:** clinicians and reviewers exploring decision support for common primary-care and emergency "
        "presentations, in English or Chinese, on their own machine.\n"
        "- **Not for:** diagnosing, prescribing or triaging real patients without a clinician; children's dosing; "
        "rare diseases outside the knowledge base.\n"
        "- **Limits:** trained only on synthetic notes generated from the knowledge base, so it has never seen a "
        "real record; likelihoods are calibrated on synthetic data; the safety layer (red flags, contraindications) "
        "is rule-based and runs whatever the model says.",
        "- **适用：** 临床医生和评审人员在本机上探索针对常见全科和急诊表现的决策支持，支持中英文。\n"
        "- **不适用：** 在没有临床医生的情况下对真实患者进行诊断、开药或分诊；儿童剂量；知识库以外的罕见病。\n"
        "- **局限：** 仅在由知识库生成的合成病历上训练，从未见过真实病历；可能性在合成数据上校准；"
        "安全层（红旗征、禁忌证）基于规则，无论模型输出如何都会执行。"),
    "card_data": ("The data", "数据"),
    "card_data_text": (
        "Cases are generated from the knowledge base: a condition is drawn from its tempered prevalence, then a "
        "patient (age, sex, context), findings and pertinent negatives, rendered as a note in varied English and "
        "Chinese voices with typos. The target is the Bayes posterior differential, triage, medications and next "
        "steps. Training used {n} cases, validation {val}.",
        "病例由知识库生成：按调和后的患病率抽取疾病，再生成患者（年龄、性别、其他情况）、表现和相关阴性表现，"
        "以多种中英文语气（含错别字）写成病历。目标为贝叶斯后验鉴别诊断、分诊、用药和下一步。训练集 {n} 例，验证集 {val} 例。"),
    "kb_conditions": ("Conditions", "疾病"), "kb_findings": ("Findings", "表现"), "kb_medications": ("Medications", "药物"),
    "kb_next_steps": ("Next steps", "下一步"), "kb_table": ("All conditions", "全部疾病"),
    "specialty": ("Specialty", "专科"), "usual_triage": ("Usual triage", "通常分诊"),
    "card_metrics": ("Metrics (held-out synthetic cases)", "指标（保留的合成病例）"),
    "card_no_metrics": ("This bundle has no evaluation in metrics.json.", "该模型包的 metrics.json 中没有评估结果。"),
    "card_metrics_note": ("{n} fresh cases (seed {seed}, never used in training), beam {beam}.",
                          "{n} 个新生成病例（种子 {seed}，从未用于训练），束宽 {beam}。"),
    "ece_help": ("Expected calibration error of the leading likelihood (lower is better).", "首要诊断可能性的期望校准误差（越低越好）。"),
    "triage_agreement": ("Triage agreement", "分诊一致率"), "bayes_top1": ("Bayes ceiling (top-1)", "贝叶斯上限（Top-1）"),
    "bayes_help": ("Top-1 of the exact posterior given the findings: no model can do better on this data.",
                   "给定表现时精确后验的 Top-1：在该数据上没有模型能做得更好。"),
    "vs_bayes": ("Model / ceiling", "模型 / 上限"),
    "violations": ("Contraindicated drugs shown", "显示的禁忌药物"),
    "violations_help": ("After the safety filter; the model itself proposed {n}.", "安全过滤之后；模型本身提出了 {n} 个。"),
    "calibration": ("Calibration (reliability curve)", "校准（可靠性曲线）"),
    "confidence": ("Confidence", "置信度"), "accuracy": ("Accuracy", "准确率"), "perfect": ("Perfectly calibrated", "完美校准"),
    "calibration_note": ("Points below the grey line mean over-confidence.", "低于灰线的点表示过度自信。"),
    "subgroups": ("Top-1 by language, sex and age band", "按语言、性别和年龄段的 Top-1"), "group": ("Group", "分组"),
    "confused": ("Most confused condition pairs", "最易混淆的疾病对"), "true": ("True condition", "真实疾病"),
    "predicted": ("Predicted instead", "误判为"),
    "card_training": ("Training, versions and hashes", "训练、版本与哈希"),
    "loss_note": ("Training loss is measured with dropout and label smoothing, validation loss without either, "
                  "so the training curve sits above the validation curve.",
                  "训练损失含 dropout 与标签平滑，验证损失两者都不含，因此训练曲线高于验证曲线。"),
    "train_config": ("Training configuration", "训练配置"), "versions_hashes": ("Versions and hashes", "版本与哈希"),
    # Gallery
    "gallery_intro": ("Curated cases for demonstrations. Each runs in one click; the Assess page exports an HTML report.",
                      "用于演示的精选病例。一键运行；评估页可导出 HTML 报告。"),
    "gallery_result": ("Leading: **{dx}** ({p}) · triage {triage}", "首要诊断：**{dx}**（{p}）· 分诊 {triage}"),
    "gallery_withheld": ("{n} medication(s) withheld for this patient", "{n} 种药物对该患者暂缓"),
    "gallery_contrast": ("Contrast - “{note}”: **{dx}** ({p}) · triage {triage}",
                         "对照 —— “{note}”：**{dx}**（{p}）· 分诊 {triage}"),
}


# ----------------------------------------------------------------------------- language
def lang() -> str:
    return st.session_state.get("lang", "en")


def t(key: str, **kw) -> str:
    en, zh = STRINGS[key]
    text = zh if lang() == "zh" else en
    return text.format(**kw) if kw else text


def language_switch() -> None:
    st.sidebar.segmented_control(STRINGS["language"][0], list(LANGS), format_func=LANGS.get, key="lang",
                                 default="en", selection_mode="single")
    if st.session_state.get("lang") is None:  # clicking the selected option deselects it; keep a language
        st.session_state["lang"] = "en"


# ----------------------------------------------------------------------------- page frame
def header(title_key: str) -> None:
    """Sign-in gate, then title and disclaimer, at the top of every page."""
    gate(PAGE_OF_TITLE.get(title_key, title_key))
    st.title(t(title_key))
    disclaimer()


def disclaimer() -> None:
    st.warning(t("disclaimer"), icon=":material/warning:")


# ----------------------------------------------------------------------------- cached loaders
@st.cache_resource
def knowledge():
    return load_knowledge()


@st.cache_resource(show_spinner="Loading the model…")
def bundle():
    return load_bundle()


@st.cache_resource
def predictor() -> Predictor:
    return Predictor(bundle())


def require_bundle():
    """The bundle, or a clear message and a stop when none can be loaded."""
    try:
        return bundle()
    except BundleError as exc:
        st.error(t("no_model", error=str(exc)))
        st.stop()


@st.cache_resource
def explainer():
    """The attribution engine over the shared bundle (Captum is imported here, on first use)."""
    from medmodel import Explainer
    return Explainer(bundle())


@st.cache_data
def gallery():
    return load_gallery()


@st.cache_data(max_entries=256, show_spinner=False)
def _predict(text: str, age: int | None, sex: str | None, flags: tuple[str, ...]):
    return predictor().predict(Case(text, age, sex, frozenset(flags)))


def predict(case: Case):
    """Cached per case; raises InputError for an unusable note. Audited once per case per session."""
    prediction = _predict(case.text, case.age, case.sex, tuple(sorted(case.flags)))
    audit("prediction", _prediction_outputs(prediction), case, once=("prediction", case_key(case)))
    return prediction


# ----------------------------------------------------------------------------- case in session
def case_key(case: Case) -> str:
    """A short stable id for widget keys that belong to one case."""
    import hashlib
    raw = f"{case.text}\x00{case.age}\x00{case.sex}\x00{','.join(sorted(case.flags))}"
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def current_case() -> Case | None:
    data = st.session_state.get("case")
    return Case(data["text"], data["age"], data["sex"], frozenset(data["flags"])) if data else None


def set_case(case: Case) -> None:
    """Make ``case`` the one the Assess and Explain pages show (the form is refilled with it)."""
    st.session_state["case"] = {"text": case.text, "age": case.age, "sex": case.sex, "flags": sorted(case.flags)}
    st.session_state["form_version"] = st.session_state.get("form_version", 0) + 1


def row_case(row, mapping: dict) -> Case:
    """The Case of one scored records row, under the user's column mapping."""
    from medmodel.records import row_case as _row_case   # the CLI's and score_frame's row parsing
    return _row_case(row, mapping["note"], mapping["age"], mapping["sex"], mapping["flags"])


def sample_records() -> pd.DataFrame:
    """A small table built from the gallery, to try the Records page without a file."""
    return pd.DataFrame([{"id": g.id, "note": g.case.text, "age": g.case.age, "sex": g.case.sex or "",
                          "flags": ",".join(sorted(g.case.flags))} for g in gallery()])


def open_case(case: Case, page: str) -> None:
    set_case(case)
    st.switch_page(page)


# ----------------------------------------------------------------------------- shared widgets
def flag_label(flag: str) -> str:
    labels = {
        "pregnant": ("Pregnant", "怀孕"), "breastfeeding": ("Breastfeeding", "哺乳期"),
        "allergy_penicillin": ("Penicillin", "青霉素"), "allergy_cephalosporin": ("Cephalosporin", "头孢菌素"),
        "allergy_sulfa": ("Sulfonamide", "磺胺类"), "allergy_nsaid": ("NSAID / aspirin", "非甾体抗炎药 / 阿司匹林"),
        "allergy_macrolide": ("Macrolide", "大环内酯类"), "kidney_disease": ("Kidney disease", "肾病"),
        "liver_disease": ("Liver disease", "肝病"), "anticoagulant": ("On anticoagulants", "正在服用抗凝药"),
        "asthma": ("Asthma", "哮喘"), "heart_disease": ("Heart disease", "心脏病"),
    }
    en, zh = labels.get(flag, (flag, flag))
    return zh if lang() == "zh" else en


def language_name(code: str) -> str:
    return t("lang_" + code)


def triage_banner(prediction) -> None:
    kind, icon = TRIAGE_STYLE[prediction.triage]
    text = f"**{t('triage')}: {t('triage_' + prediction.triage)}**"
    if prediction.model_triage != prediction.triage:
        text += "  \n" + t("model_said", model=t("triage_" + prediction.model_triage).split(" ")[0],
                           final=t("triage_" + prediction.triage).split(" ")[0])
    getattr(st, kind)(text, icon=icon)
    if prediction.red_flags or prediction.cannot_miss:
        kb = knowledge()
        st.markdown(f"**{t('red_flags')}**")
        for rf in prediction.red_flags:
            name = kb.findings[rf.finding].name.get(lang())
            st.markdown(f"- :material/flag: {escape_md(name)} - {t('raised_by')}: “{escape_md(rf.phrase)}”")
        for c in prediction.cannot_miss:
            st.markdown(f"- :material/emergency: {escape_md(c.describe(kb, lang()))}")


def differential_table(prediction) -> pd.DataFrame:
    return pd.DataFrame([{t("condition"): d.name(lang()), t("icd10"): d.icd10, t("likelihood"): d.probability}
                         for d in prediction.differential])


def show_differential(prediction) -> None:
    from medmodel import differential_figure
    st.subheader(t("differential"))
    st.plotly_chart(differential_figure(prediction, lang()), config={"displayModeBar": False}, key="differential")
    st.dataframe(differential_table(prediction), hide_index=True, width="stretch",
                 column_config={t("likelihood"): st.column_config.ProgressColumn(
                     t("likelihood"), format="percent", min_value=0.0, max_value=1.0)})
    st.caption(t("likelihood_note"))


def show_treatment(prediction) -> None:
    kb, lg = knowledge(), lang()
    st.subheader(t("medications"))
    if prediction.medications:
        st.markdown("\n".join(f"- :material/medication: {escape_md(kb.medications[m].name.get(lg))} "
                              f"({escape_md(kb.medications[m].drug_class.get(lg))})" for m in prediction.medications))
    else:
        st.markdown(t("none"))
    if prediction.withheld:
        st.markdown(f"**{t('withheld')}**")
        st.markdown("\n".join(f"- :material/block: {escape_md(w.describe(kb, lg))}" for w in prediction.withheld))
    st.subheader(t("next_steps"))
    st.markdown("\n".join(f"- {escape_md(kb.next_steps[s].name.get(lg))}" for s in prediction.next_steps) or t("none"))


def show_findings(prediction) -> None:
    kb = knowledge()
    if not prediction.findings:
        st.caption(t("no_findings"))
        return
    st.markdown(f"**{t('findings')}**")
    st.markdown("\n".join(
        f"- {':material/check_circle:' if m.present else ':material/cancel:'} {escape_md(kb.findings[m.finding].name.get(lang()))} "
        f"({t('present') if m.present else t('absent')}: “{escape_md(m.phrase)}”)" for m in prediction.findings))


def show_warnings(prediction) -> None:
    for w in prediction.warnings:
        st.warning(f"**{t('warnings')}:** {escape_md(w)}", icon=":material/help:")


def escape_md(text: str) -> str:
    """User or KB text safe inside st.markdown: HTML entities escaped and Markdown syntax neutralised."""
    text = html.escape(str(text), quote=False)
    return "".join("\\" + ch if ch in "\\`*_{}[]()#+-.!|~<>$:" else ch for ch in text)


def case_summary(case: Case) -> str:
    parts = [f"{t('age')}: {case.age if case.age is not None else t('unknown')}",
             f"{t('sex')}: {t(case.sex) if case.sex else t('unknown')}"]
    if case.flags:
        parts.append(", ".join(flag_label(f) for f in sorted(case.flags)))
    parts.append(t("detected", lang=language_name(detect_language(case.text))))
    return " · ".join(parts)



def show_comparison(rows: list[dict]) -> None:
    """Before / after likelihoods of a what-if change, as bars and a table."""
    df = pd.DataFrame(rows)
    df[["before", "after", "change"]] = df[["before", "after", "change"]].astype(float)   # None -> blank, not "None"
    chart = df.assign(label=df["condition"] + " (" + df["icd10"] + ")").rename(
        columns={"before": t("before"), "after": t("after")})
    st.bar_chart(chart, x="label", y=[t("before"), t("after")], stack=False, horizontal=True, x_label=t("likelihood"),
                 y_label="", color=["#9fb7c4", "#1f6f8b"], height=60 + 45 * len(df))
    st.dataframe(df.rename(columns={"condition": t("condition"), "icd10": t("icd10"), "before": t("before"),
                                    "after": t("after"), "change": t("change")}),
                 hide_index=True, width="stretch",
                 column_config={t(c): st.column_config.NumberColumn(format="percent") for c in ("before", "after", "change")})


# ----------------------------------------------------------------------------- explanations and report
def method_label(method: str) -> str:
    name = method.replace("_", " ")
    return f"{name} ({t('not_attribution')})" if method == "attention" else name


@st.cache_data(max_entries=256, show_spinner=False)
def _explain(text: str, age: int | None, sex: str | None, flags: tuple[str, ...], method: str, baseline: str,
             n_steps: int):
    case = Case(text, age, sex, frozenset(flags))
    return explainer().explain(case, predict(case), method=method, baseline=baseline, n_steps=n_steps)


def explain(case: Case, method: str = "integrated_gradients", baseline: str = "pad", n_steps: int = 50):
    """Cached per case and settings. Audited once per case and settings per session."""
    expl = _explain(case.text, case.age, case.sex, tuple(sorted(case.flags)), method, baseline, n_steps)
    audit("explanation", {"method": method, "baseline": baseline, "n_steps": n_steps,
                          "outputs": list(expl.output_tokens)}, case,
          once=("explanation", case_key(case), method, baseline, n_steps))
    return expl


def show_explanation(case: Case, prediction, key: str):
    """Method and output pickers and the note coloured for the chosen output; returns the Explanation
    for ``show_heatmap`` to draw at full width."""
    st.subheader(t("explanation"))
    from medmodel import METHODS, plots
    c1, c2 = st.columns(2)
    method = c1.selectbox(t("method"), list(METHODS), format_func=method_label, key=f"{key}_method")
    with st.spinner(t("explaining")):
        expl = explain(case, method)
    labels = expl.labels(lang())
    row = c2.selectbox(t("output_token"), range(len(labels)), format_func=labels.__getitem__,
                       key=f"{key}_row_{lang()}")
    if not expl.is_attribution:
        st.warning(t("attention_label"), icon=":material/visibility:")
    st.caption(t("highlight"))
    st.html(plots.highlighted_note_html(expl, row, lang()))   # every token escaped by plots
    return expl


def show_heatmap(expl, key: str) -> None:
    """Every output x every input token, full width so the note's tokens stay readable."""
    from medmodel import plots
    st.plotly_chart(plots.heatmap(expl, lang()), key=f"{key}_heatmap", config={"displaylogo": False})


@st.cache_resource
def _random_explainer():
    """The same explainer over a weight-randomised copy of the model (Adebayo et al. 2018 sanity check)."""
    from medmodel.explain import randomized
    return randomized(explainer(), seed=0)


@st.cache_data(max_entries=128, show_spinner=False)
def _faithfulness(text: str, age: int | None, sex: str | None, flags: tuple[str, ...], method: str, baseline: str,
                  n_steps: int) -> dict[str, list[float]]:
    """Per output row: ERASER comprehensiveness / sufficiency (and the same for random tokens), and the rank
    correlation with the randomised model's attributions (near 0 is what a faithful method should show)."""
    from medmodel.explain import eraser, rank_correlation
    case = Case(text, age, sex, frozenset(flags))
    prediction = predict(case)
    expl = explain(case, method, baseline, n_steps)
    out = {k: v.tolist() for k, v in eraser(explainer(), expl, prediction).items()}
    rand = _random_explainer().explain(case, prediction, method=method, baseline=baseline, n_steps=n_steps)
    sep = [i for i, tok in enumerate(prediction.encoded.ids) if tok == bundle().tokenizer.sep_id]
    out["randomisation_rank_corr"] = [rank_correlation(expl.attributions[r:r + 1], rand.attributions[r:r + 1], sep)
                                      for r in range(len(expl.output_tokens))]
    return out


def show_quality(expl, row: int, case: Case | None = None) -> None:
    """The quality figures of one explanation for one output row: completeness, ERASER faithfulness against
    random tokens, and the model-randomisation check."""
    import math
    if not expl.is_attribution:
        st.caption(t("quality_attention"))
        return
    fx, fb = float(expl.target_logprob[row]), float(expl.baseline_logprob[row])
    total = float(expl.attributions[row].sum())
    gap = float(expl.completeness_gap[row])
    rows = [{t("figure"): t("q_fx"), t("value"): f"{fx:.4f}"}, {t("figure"): t("q_fb"), t("value"): f"{fb:.4f}"},
            {t("figure"): t("q_sum"), t("value"): f"{total:.4f}"},
            {t("figure"): t("q_gap"), t("value"): f"{gap:.2%}" if math.isfinite(gap) else t("q_not_complete")}]
    if case is not None:
        with st.spinner(t("explaining")):
            q = _faithfulness(case.text, case.age, case.sex, tuple(sorted(case.flags)), expl.method,
                              expl.params.get("baseline", "pad"), int(expl.params.get("n_steps", 50)))
        rows += [{t("figure"): t("q_comp"), t("value"): f"{q['comprehensiveness'][row]:+.3f}",
                  t("q_random"): f"{q['random_comprehensiveness'][row]:+.3f}"},
                 {t("figure"): t("q_suff"), t("value"): f"{q['sufficiency'][row]:+.3f}",
                  t("q_random"): f"{q['random_sufficiency'][row]:+.3f}"},
                 {t("figure"): t("q_rand"), t("value"): f"{q['randomisation_rank_corr'][row]:+.2f}"}]
    st.dataframe(pd.DataFrame(rows).fillna(""), hide_index=True, width="stretch",
                 column_config={t("figure"): st.column_config.TextColumn(width="medium"),
                                t("value"): st.column_config.TextColumn(width="small"),
                                t("q_random"): st.column_config.TextColumn(width="small")})
    if case is not None:
        st.caption(t("q_help"))


def report_html(case: Case, prediction) -> str:
    from medmodel import build_report
    explanations, quality = [], []
    if explainer() is not None:
        explanations = [explain(case, "integrated_gradients")]
        quality = [_faithfulness(case.text, case.age, case.sex, tuple(sorted(case.flags)), "integrated_gradients",
                                 "pad", 50)]
    html_report = build_report(prediction, knowledge(), lang(), explanations, bundle().sha256, quality=quality)
    audit("export", {"what": "html report", "leading": prediction.leading.condition_id}, case)
    return html_report


def report_button(case: Case, prediction) -> None:
    st.download_button(t("report"), data=lambda: report_html(case, prediction), file_name="medseq-report.html",
                       mime="text/html", help=t("report_help"), on_click="ignore", icon=":material/description:", key="report")


# ----------------------------------------------------------------------------- sign-in, roles, audit
# medmodel.users holds the rules (roles, rate limit, expiry); this is only their Streamlit face.
PAGE_OF_TITLE = {"assess_title": "assess", "explain_title": "explain", "page_records": "records",
                 "page_card": "model_card", "page_gallery": "gallery", "audit_title": "audit", "users_title": "users"}
STRINGS.update({
    "page_audit": ("Audit", "审计"), "audit_title": ("Audit trail", "审计日志"),
    "page_users": ("Users", "用户"), "users_title": ("Users and roles", "用户与角色"),
    "demo_mode": ("**Local demo mode**: no users are configured, so there is no sign-in and every page is open to "
                  "anyone who can reach this app. Add users with `python -m medmodel users add NAME --role clinician`.",
                  "**本地演示模式**：未配置用户，因此无需登录，能访问本应用的任何人都可打开所有页面。"
                  "使用 `python -m medmodel users add 用户名 --role clinician` 添加用户。"),
    "sign_in": ("Sign in", "登录"), "user_name": ("User name", "用户名"), "password": ("Password", "密码"),
    "sign_out": ("Sign out", "退出登录"), "signed_in_as": ("Signed in as **{name}** ({role})", "已登录：**{name}**（{role}）"),
    "expired": ("Your session expired after {minutes} minutes without activity: sign in again.",
                "会话因 {minutes} 分钟无操作已过期，请重新登录。"),
    "not_allowed": ("Your role ({role}) cannot open this page.", "您的角色（{role}）无权打开此页面。"),
    "audit_failed": ("The audit log could not be written ({error}); the result is withheld.",
                     "无法写入审计日志（{error}），结果已隐藏。"),
})


@st.cache_resource
def _audit_log(path: str, note_mode: str):
    from medmodel.audit import AuditLog
    return AuditLog(path, note=note_mode)


def audit_log():
    """The app's audit log ($MEDSEQ_AUDIT_DB, default ~/.medseq/audit.sqlite), opened once per process."""
    from medmodel.audit import default_db_path, default_note_mode
    return _audit_log(str(default_db_path()), default_note_mode())


@st.cache_resource
def _limiter():
    from medmodel.users import SignInLimiter
    return SignInLimiter()   # one per server process: shared by every browser session, so new tabs do not reset it


def _users():
    from medmodel.users import UsersFile
    return UsersFile()


def user_name() -> str:
    auth = st.session_state.get("auth")
    return auth["name"] if auth else "demo"


def _prediction_outputs(prediction) -> dict:
    from medmodel.audit import prediction_outputs
    return prediction_outputs(prediction)


def audit(event: str, outputs: dict | None = None, case: Case | None = None, once: tuple | None = None,
          user: str | None = None) -> None:
    """Write one audit row (once per session for a given ``once`` key). Fails closed: no row, no result."""
    from medmodel.audit import case_input
    done = st.session_state.setdefault("_audited", set())
    if once is not None and once in done:
        return
    try:
        sha = bundle().sha256 if event in ("prediction", "explanation", "export") else ""
        audit_log().append(event, user or user_name(), bundle_sha256=sha, outputs=outputs,
                           input=case_input(case) if case is not None else None,
                           note=case.text if case is not None else None)
    except Exception as exc:  # noqa: BLE001  any failure to record (AuditError, disk, key) withholds the result
        st.error(t("audit_failed", error=str(exc).splitlines()[0][:200] if str(exc) else exc.__class__.__name__))
        st.stop()
    if once is not None:
        done.add(once)


def sign_out(reason: str = "sign_out") -> None:
    """End the session: audit it, then clear everything it held (patient notes, records, results)."""
    auth = st.session_state.get("auth")
    if auth:
        audit("sign_out", {"reason": reason}, user=auth["name"])
    keep = {"lang": st.session_state.get("lang", "en")}
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.session_state.update(keep)


def may_open(page: str) -> bool:
    from medmodel.users import can_view
    auth = st.session_state.get("auth")
    if not _users().configured():
        return True
    return auth is not None and can_view(auth["role"], page)


def allowed_pages(pages: list) -> list:
    """The navigation entries this session may open (the gate on each page enforces it; this hides the rest)."""
    import re
    from medmodel.users import PAGES
    if not st.session_state.get("auth"):
        return pages                       # the gate shows the sign-in form whichever page is open
    out = []
    for p in pages:
        stem = getattr(getattr(p, "_page", None), "stem", "")
        key = re.sub(r"^\d+_", "", stem).lower()
        if may_open(key if key in PAGES else "unknown"):
            out.append(p)
    return out or pages[:1]


def gate(page: str) -> None:
    """Every page calls this first. Demo mode when no users exist; otherwise sign-in, expiry and role checks."""
    import time
    from medmodel.users import SESSION_TIMEOUT_S, can_view, session_expired, sign_in
    users = _users()
    if not users.configured():
        st.session_state.pop("auth", None)
        st.info(t("demo_mode"), icon=":material/lock_open:")
        return
    auth = st.session_state.get("auth")
    if auth:
        role = users.role(auth["name"])   # re-read: a removed user or changed role takes effect at once
        if role is None:
            sign_out("user removed")
            auth = None
        elif session_expired(auth["last_active"], timeout_s=SESSION_TIMEOUT_S):
            sign_out("inactivity")
            st.session_state["_expired"] = True
            auth = None
        else:
            auth["role"] = role
    if not auth:
        if st.session_state.pop("_expired", False):
            st.warning(t("expired", minutes=SESSION_TIMEOUT_S // 60), icon=":material/timer_off:")
        with st.form("sign_in"):
            st.subheader(t("sign_in"))
            name = st.text_input(t("user_name"), autocomplete="username")
            password = st.text_input(t("password"), type="password", autocomplete="current-password")
            submitted = st.form_submit_button(t("sign_in"), type="primary")
        if submitted:
            user, message = sign_in(users, _limiter(), name.strip(), password)
            if user:
                st.session_state["auth"] = {"name": user.name, "role": user.role, "last_active": time.time()}
                audit("sign_in", {"role": user.role}, user=user.name)
                st.rerun()
            audit("sign_in_failed", {"reason": message}, user=name.strip()[:64] or "(empty)")
            st.error(message)
        st.stop()
    auth["last_active"] = time.time()
    st.sidebar.markdown(t("signed_in_as", name=escape_md(auth["name"]), role=auth["role"]))
    st.sidebar.button(t("sign_out"), on_click=sign_out, icon=":material/logout:", key="sign_out_button")
    if not can_view(auth["role"], page):
        st.error(t("not_allowed", role=auth["role"]), icon=":material/block:")
        st.stop()
