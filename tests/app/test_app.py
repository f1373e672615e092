"""AppTest for every page: the main paths, state across patients and languages, empty and hostile input, bad
uploads, and a 中文 UI with no English in it. No exception anywhere."""
from __future__ import annotations

import html
import io
import json
import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.support import ROOT
from tools.walk import citations, english_words

PAGES = ("pages/1_Assess.py", "pages/2_Explain.py", "pages/3_Records.py", "pages/4_Model_card.py", "pages/5_Gallery.py",
         "pages/6_Audit.py", "pages/7_Users.py")
NOTE = "Crushing chest pain spreading to my left arm, sweating, and I'm short of breath. No fever."
THROAT = "Sore throat and a runny nose for two days, mild cough, no fever."
XSS = "Cough <img src=x onerror=alert(1)> and fever <script>alert(1)</script> [link](javascript:alert(1)) :red[x]"


@pytest.fixture(scope="module", autouse=True)
def _bundle(shipped_bundle):
    """Every page needs the real model: fail loudly (not skip) when none is installed."""
    return shipped_bundle


def app(page: str | None = None, lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    if lang != "en":
        switch_language(at, lang)
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def switch_language(at: AppTest, lang: str) -> AppTest:
    """AppTest reruns only the page after its first run, not app.py's sidebar, so the control's callback is
    stood in for here (tests/test_e2e.py clicks the real control in a browser)."""
    at.session_state["_lang"] = lang
    at.run()
    assert not at.exception, at.exception
    return at


def submit(at: AppTest, note: str, age: int | None = None, sex: str | None = None) -> AppTest:
    at.text_area[0].input(note)
    if age is not None:
        at.number_input[0].set_value(age)
    if sex is not None:
        at.radio[0].set_value(sex)
    _submit_button(at).click().run()
    assert not at.exception, at.exception
    return at


def _submit_button(at: AppTest):
    return next(b for b in at.button if b.label in ("Assess", "评估") and b.proto.is_form_submitter)


def click(at: AppTest, key: str) -> AppTest:
    next(b for b in at.button if b.key == key).click().run()
    assert not at.exception, at.exception
    return at


def alerts(at: AppTest) -> str:
    text = "\n".join(e.value for kind in (at.error, at.warning, at.info, at.success) for e in kind)
    return re.sub(r"\\(.)", r"\1", text).replace("\u200b", "")   # Markdown escapes and escape_md's breaks removed


def captions(at: AppTest) -> str:
    return re.sub(r"\\(.)", r"\1", "\n".join(c.value for c in at.caption)).replace("\u200b", "")   # as alerts


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\u200b", "")   # escape_md's invisible breaks removed


def charts(at: AppTest) -> list:
    """The page's charts, less the invisible one that loads the chart component early (ui.loaders.preload)."""
    return [c for c in at.get("plotly_chart") if "medseq_preload" not in c.proto.id]


def figures(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def differential(at: AppTest) -> list[tuple[str, list[str]]]:
    """The differential figure as (condition · ICD-10, texts), most likely first."""
    fig = next(f for f in figures(at) if f["layout"].get("yaxis", {}).get("categoryarray") and
               any("·" in n for n in f["layout"]["yaxis"]["categoryarray"]) and f["data"][-1].get("name") != "Before")
    order = fig["layout"]["yaxis"]["categoryarray"][::-1]
    text = {y: t for tr in fig["data"] for y, t in zip(tr["y"], tr["text"])}
    return [(n, text[n]) for n in order]


def _figure_words(fig: dict) -> list[str]:
    out = []
    def walk(o, key=""):
        if isinstance(o, dict):
            for k, v in o.items():
                walk(v, k)
        elif isinstance(o, list):
            for v in o:
                walk(v, key)
        elif isinstance(o, str) and key in ("text", "ticktext", "name", "title", "hovertemplate"):
            out.append(o)
    walk(fig.get("layout", {}))
    for tr in fig.get("data", []):
        walk({k: tr.get(k) for k in ("name", "text", "hovertemplate")})
    return out


def visible_text(at: AppTest) -> str:
    """Every word the page shows: headings, text, alerts, widget labels and options, buttons, metrics, tables
    and the figures' titles, axes, legends and bar labels (patient notes are shown with st.text: left out)."""
    parts = [e.value for kind in (at.title, at.header, at.subheader, at.markdown, at.caption) for e in kind]
    parts += [alerts(at)]
    for kind in ("button", "download_button", "selectbox", "multiselect", "radio", "checkbox", "text_input",
                 "text_area", "number_input", "toggle", "segmented_control", "button_group", "date_input"):
        for w in at.get(kind):
            parts.append(getattr(w, "label", "") or "")
            parts += [str(getattr(o, "content", o)) for o in getattr(w.proto, "options", [])]
            parts.append(getattr(w.proto, "placeholder", "") or "")
            parts.append(getattr(w.proto, "help", "") or "")
    for m in at.metric:
        parts += [m.label, m.value]
    for tbl in at.table:
        df = tbl.value
        parts += [str(c) for c in df.columns] + [str(i) for i in df.index] + [str(v) for v in df.to_numpy().ravel()]
    for fig in figures(at):
        parts += _figure_words(fig)
    for e in at.get("expander"):
        parts.append(e.label)
    for h in at.get("html"):
        parts.append(html.unescape(re.sub(r"<style.*?</style>|<[^>]+>", " ", h.proto.body, flags=re.S)))
    text = "\n".join(parts)
    text = re.sub(r"`[^`]*`|:material/[a-z_]+:", " ", text)          # code (commands, paths) and icons
    text = re.sub(r":[a-z]+(?:-badge)?\[", " ", text)                 # colour and badge directives: :gray[ ...
    text = re.sub(r"%\{[^}]*\}|<[^>]+>", " ", text)                  # plotly hover fields and line breaks
    return html.unescape(re.sub(r"\\(.)", r"\1", text)).replace("\u200b", "")   # escapes, entities, escape_md breaks


def patient_text() -> tuple[str, ...]:
    """Data, not interface: the gallery's notes and ids, the user name the audit trail records in demo mode, and
    the references doses are cited from (as published)."""
    from medmodel import load_gallery
    return tuple(x for g in load_gallery() for x in (g.case.text, g.contrast.text if g.contrast else "", g.id) if x) \
        + ("demo",) + citations()


def audit_rows() -> list[dict]:
    from medmodel.audit import AuditLog, default_db_path
    return AuditLog(default_db_path()).rows()


# ------------------------------------------------------------------------------------------- every page
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_disclaimer(page):
    at = app(page)
    assert "not a diagnosis" in at.warning[0].value


@pytest.mark.parametrize("page", PAGES)
def test_every_page_in_chinese_shows_no_english(page):
    """The 中文 UI is complete: every page, with a case assessed and a file scored, shows no English words
    (abbreviations such as ICD-10 and eGFR, names of methods and code excepted; patient notes are data)."""
    at = app(lang="zh")
    click(at, "example_chinese_flu")
    at.switch_page(page).run()
    if page.endswith("Records.py"):
        next(b for b in at.button if b.label == "使用示例文件").click().run()
        next(b for b in at.button if b.label == "评估所有行").click().run()
    assert not at.exception, at.exception
    words = english_words(visible_text(at), patient_text())
    assert not words, f"{page} shows English in 中文 mode: {words}"
    assert "不是诊断" in at.warning[0].value


# ------------------------------------------------------------------------------------------- Assess
def test_assess_main_path_shows_differential_triage_and_treatment():
    at = submit(app(), NOTE, age=62, sex="M")
    assert "EMERGENCY" in alerts(at)                       # red flag raises triage whatever the model said
    assert "Crushing chest pain" in markdown(at)           # ...and the phrase that raised it is shown
    dx = differential(at)
    assert len(dx) == 5 and all(text.endswith("%") and text != "100%" for _, text in dx)
    assert "I21" in dx[0][0]
    assert not at.dataframe, "the differential is one figure, not a figure and a table of the same numbers"
    assert any(b.label == "Prepare HTML report" for b in at.button)


def test_assess_empty_note_asks_for_one():
    at = submit(app(), "   ")
    assert "Type what the patient reports" in alerts(at)
    assert not charts(at)


def test_assess_note_without_words_is_refused_clearly():
    at = submit(app(), "!!! 123 ???")
    assert "Cannot assess this note" in alerts(at) and "no words" in alerts(at)


def test_assess_very_long_note_is_refused_or_truncated_with_a_warning():
    # Over the widget's limit (a browser cannot send it; a crafted request is not assessed).
    at = submit(app(), "cough " * 30_000)
    assert not charts(at) and ("limit" in alerts(at) or "Type what the patient reports" in alerts(at))
    # Just under the limit: assessed, with the truncation stated.
    at = submit(app(), ("I have a dry cough and a fever. " * 3200)[:99_990])
    assert "too long" in alerts(at) and "Uncertainty" in alerts(at)
    assert len(differential(at)) == 5


def test_assess_male_and_pregnant_is_a_clear_input_error():
    at = app()
    at.checkbox[0].check()
    at = submit(at, NOTE, sex="M")
    assert "Check the patient details" in alerts(at) and "pregnant" in alerts(at)


def test_assess_user_text_is_escaped_never_rendered_as_html():
    at = submit(app(), XSS)
    for h in at.get("html"):                                 # the highlighted note: built from escaped tokens
        body = h.proto.body
        if "medseq-note" in body:
            assert "<script" not in body and "<img" not in body and "&lt;" in body
    for m in at.markdown:
        assert "<script" not in m.value and "<img" not in m.value and "](javascript" not in m.value
        assert m.proto.allow_html is False
    for fig in figures(at):
        assert "<script" not in json.dumps(fig) and "<img" not in json.dumps(fig)


def test_example_button_fills_the_form_and_runs():
    at = click(app(), "example_chinese_flu")
    assert at.text_area[0].value.startswith("发烧")
    assert "Chinese" in captions(at)   # language detected
    assert len(differential(at)) == 5


def test_new_context_flags_appear_by_themselves():
    """The context form is built from medmodel.USER_FLAGS: every flag the model knows can be set, none twice."""
    from medmodel import USER_FLAGS
    at = app()
    offered = [o for m in at.multiselect for o in m.options]
    assert len(offered) == len(set(offered))
    assert set(offered) | {at.checkbox[0].label} == {_flag_label(f) for f in USER_FLAGS}


def _flag_label(flag: str) -> str:
    from medmodel import labels
    return labels.flag(flag, "en")


def test_what_if_toggle_reruns_and_shows_before_and_after():
    at = submit(app(), "Severe headache and fever since this morning, no neck stiffness, no rash.", age=19, sex="M")
    toggles = {s.label: s for s in at.segmented_control if s.key.startswith("wi_")}
    stiff = next(s for label, s in toggles.items() if "neck" in label.lower())
    assert stiff.value == "absent"
    stiff.set_value("present").run()
    assert not at.exception
    assert "Leading diagnosis:" in markdown(at)
    assert "EMERGENCY" in markdown(at) or "EMERGENCY" in alerts(at) or "Emergency" in markdown(at)
    table = at.dataframe[-1].value
    assert {"Before", "After", "Change"} <= set(table.columns)
    cells = table[["Before", "After", "Change"]].astype(str).to_numpy().ravel()
    assert not any(c in ("None", "nan") for c in cells)
    assert not any("." in c for c in table[["Before", "After"]].astype(str).to_numpy().ravel())   # whole percents
    assert all(c.endswith(("%", "pts", "top 5", "—")) for c in cells)
    fig = next(f for f in figures(at) if f["data"][-1].get("name") == "Before")
    assert fig["data"][0]["orientation"] == "h" and fig["layout"]["xaxis"]["tickformat"] == ".0%"


def test_language_switch_shows_chinese_names_and_strings():
    at = submit(app(), NOTE, age=62, sex="M")
    switch_language(at, "zh")
    assert at.title[0].value == "评估患者"
    kb_zh = {f"{c.name.zh}  ·  {c.icd10}" for c in at_kb().conditions.values()}
    assert all(name in kb_zh for name, _ in differential(at))
    assert "不是诊断" in at.warning[0].value


def at_kb():
    from medmodel import load_knowledge
    return load_knowledge()


# ------------------------------------------------------------------------------------------- state
def test_a_new_note_never_shows_the_previous_patients_outputs():
    """After a new assessment, every output (differential, output to explain, evidence, what-if) belongs to the
    new note: the previous patient's heart attack never shows over a sore throat."""
    at = submit(app(), NOTE, age=62, sex="M")
    picker = next(s for s in at.selectbox if s.key.startswith("assess_row_"))
    assert picker.value == "DX:acute_myocardial_infarction"
    at = submit(at, THROAT, age=24, sex="F")
    picker = next(s for s in at.selectbox if s.key.startswith("assess_row_"))
    lead = differential(at)[0][0]
    assert "myocardial" not in lead.lower() and "I21" not in lead
    assert picker.value.startswith("DX:") and "myocardial" not in picker.value
    shown = visible_text(at)
    assert "myocardial" not in shown.lower() and "I21" not in shown
    assert len([s for s in at.selectbox if s.key.startswith("assess_row_")]) == 1


def test_output_choice_belongs_to_its_case():
    at = submit(app(), NOTE, age=62, sex="M")
    picker = next(s for s in at.selectbox if s.key.startswith("assess_row_"))
    picker.set_value(next(o for o in _options(picker) if o.startswith("RX:"))).run()
    assert not at.exception
    at = submit(at, THROAT, age=24, sex="F")
    picker = next(s for s in at.selectbox if s.key.startswith("assess_row_"))
    assert picker.value.startswith("DX:"), "a new case starts at its own leading diagnosis"


def _options(selectbox) -> list[str]:
    """The option values of a selectbox (AppTest shows formatted labels; map them back)."""
    from medmodel import labels
    kb = at_kb()
    tokens = [t for t in _all_output_tokens()]
    by_label = {labels.output_label(t, "en", kb): t for t in tokens}
    return [by_label[o] for o in selectbox.options if o in by_label]


def _all_output_tokens() -> list[str]:
    from medmodel import load_bundle
    return list(load_bundle().target_vocab.itos)


def test_new_patient_clears_the_form_the_outputs_and_the_patient_data():
    at = app()
    at.multiselect[0].set_value(["allergy_penicillin"])
    at.checkbox[0].check()
    at = submit(at, "Burning when I pee, going every hour, no fever.", age=29, sex="F")
    assert charts(at) and at.session_state["case"]["flags"] == ["allergy_penicillin", "pregnant"]
    click(at, "new_patient")
    assert at.text_area[0].value == "" and at.number_input[0].value is None and at.radio[0].value == "U"
    assert all(m.value == [] for m in at.multiselect) and at.checkbox[0].value is False
    assert not charts(at) and "Type what the patient reports" in alerts(at)
    leftover = [k for k in at.session_state.to_dict() if k.startswith(("wi_", "assess_", "report_", "case"))]
    assert not leftover, leftover
    at.switch_page("pages/2_Explain.py").run()
    assert "Assess a case first" in alerts(at)


def test_the_form_keeps_its_values_across_a_language_switch():
    at = app()
    at.multiselect[0].set_value(["allergy_penicillin"])
    at = submit(at, NOTE, age=62, sex="F")
    switch_language(at, "zh")
    assert at.radio[0].value == "F" and at.radio[0].proto.raw_value == "女"       # shown selected, in Chinese
    assert at.multiselect[0].value == ["allergy_penicillin"] and at.number_input[0].value == 62
    switch_language(at, "en")
    assert at.radio[0].value == "F" and at.radio[0].proto.raw_value == "Female"
    _submit_button(at).click().run()
    assert not at.exception and "Check the patient details" not in alerts(at)


def test_method_choice_survives_a_language_switch():
    at = submit(app(), NOTE, age=62, sex="M")
    at.selectbox(key="assess_method__en").set_value("saliency").run()
    switch_language(at, "zh")
    assert at.selectbox(key="assess_method__zh").value == "saliency"


# ------------------------------------------------------------------------------------------- Records
def csv_bytes() -> bytes:
    df = pd.DataFrame({"patient": ["a1", "b2", "c3", "d4", "", "e5"],
                       "note": ["it burns when i pee and i keep needing to wee", "crushing chest pain, sweaty",
                                "", "=HYPERLINK(\"http://x\") fever and cough", "", "dry cough and a fever"],
                       "age": [30, 60, 40, "abc", "", 29], "sex": ["F", "M", "F", "M", "", "F"],
                       "flags": ["", "", "", "", "", "penicillin allergy; pregnant"]})
    return df.to_csv(index=False).encode()


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].set_value((name, data, "application/octet-stream")).run()
    assert not at.exception, at.exception
    return at


def score(at: AppTest) -> AppTest:
    next(b for b in at.button if b.label in ("Score all rows", "评估所有行")).click().run()
    assert not at.exception, at.exception
    return at


def test_records_upload_map_score_filter_and_download():
    at = upload(app("pages/3_Records.py"), "notes.csv", csv_bytes())
    assert "notes.csv: 5 rows" in captions(at) and "Empty rows left out: 1." in captions(at)
    assert at.selectbox[0].value == "note" and at.selectbox[1].value == "age" and at.selectbox[4].value == "patient"
    at = score(at)
    shown = at.dataframe[-1].value
    assert list(shown.columns[:4]) == ["Patient", "Note", "Problem", "Triage"]     # the problem is in view
    assert not any(c.startswith("dx") or c.endswith("_id") for c in shown.columns)   # no snake_case ids
    assert len(shown) == 5 and shown.iloc[1]["Triage"] == "Emergency"
    assert "empty" in shown.iloc[2]["Problem"] and "age" in shown.iloc[3]["Problem"]
    assert shown.iloc[4]["Problem"] == "" and shown.iloc[4]["Leading diagnosis"]    # "penicillin allergy" is a flag
    assert not any("_" in str(v) for v in shown["Leading diagnosis"])
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Rows"] == "5" and metrics["Rows with a problem"] == "2" and metrics["Scored"] == "3"
    scored = at.session_state["records"]["scored"]
    assert scored["dx1_prob"].dtype.kind == "f"                                  # one type: no ArrowInvalid
    mix = next(f for f in figures(at) if f["data"][0].get("type") == "bar" and f["data"][0].get("orientation") != "h")
    assert mix["data"][0]["x"] == ["Emergency", "Urgent", "Routine", "Self-care"]
    assert len(set(mix["data"][0]["marker"]["color"])) == 4
    labels = [d.label for d in at.get("download_button")]
    assert labels == ["Download CSV", "Download Excel"]
    at.multiselect[0].set_value(["emergency"]).run()
    assert len(at.dataframe[-1].value) == 1


def test_records_bad_upload_keeps_what_was_loaded():
    at = upload(app("pages/3_Records.py"), "notes.csv", csv_bytes())
    at = upload(at, "broken.csv", b"\x00\x01\x02 not a csv \xff\xfe")
    assert "This file cannot be used" in alerts(at) and "broken.csv" in alerts(at)
    assert "notes.csv: 5 rows" in captions(at)     # previous data kept
    at = upload(at, "empty.csv", b"")
    assert "empty" in alerts(at)
    at = upload(at, "bad.parquet", b"PAR1 definitely not parquet")
    assert "could not read the PARQUET file" in alerts(at)
    assert "notes.csv: 5 rows" in captions(at)


def test_records_excel_upload_and_long_notes():
    buf = io.BytesIO()
    pd.DataFrame({"text": ["cough " * 5000, "fever and sore throat"], "age": [30, 5]}).to_excel(buf, index=False)
    at = score(upload(app("pages/3_Records.py"), "long.xlsx", buf.getvalue()))
    results = at.session_state["records"]["scored"]
    assert "too long" in results.loc[0, "error"] and results.loc[0, "dx1_name"]     # scored, with the warning


def test_records_open_row_in_assess():
    at = score(upload(app("pages/3_Records.py"), "notes.csv", csv_bytes()))
    next(b for b in at.button if b.label == "Open in Assess").click().run()
    assert not at.exception
    assert at.title[0].value == "Assess a patient"
    assert at.text_area[0].value == "it burns when i pee and i keep needing to wee"


# ----------------------------------------------------------------------------- Model card, Gallery, Explain
def test_model_card_leads_with_real_notes_beside_synthetic(shipped_bundle):
    at = app("pages/4_Model_card.py")
    ev = shipped_bundle.metrics["evaluation"]
    metrics = [(m.label, m.value) for m in at.metric]
    assert metrics[:4] == [("Top-1", metrics[0][1]), ("Top-3", metrics[1][1]),
                           ("Top-1", f"{ev['top1']:.1%}"), ("Top-3", f"{ev['top3']:.1%}")]
    assert metrics[0][1].endswith("%") and metrics[0][1] != f"{ev['top1']:.1%}"    # the real-note figure
    assert at.subheader[0].value == "How well it does"
    assert not at.json, "configuration and hashes are tables, not raw JSON"
    hashes = markdown(at)
    assert shipped_bundle.manifest["files"]["model.safetensors"] in hashes and shipped_bundle.sha256 in hashes
    assert any("Learning rate" in t.value.index for t in at.table)


def test_gallery_runs_each_case_in_one_click():
    at = app("pages/5_Gallery.py")
    from medmodel.gallery import load_gallery
    cases = load_gallery()
    assert len(at.subheader) >= len(cases) and "Contrast" in markdown(at)
    assert "(100%)" not in markdown(at)
    next(b for b in at.button if b.key == f"run_{cases[2].id}").click().run()
    assert not at.exception
    assert at.title[0].value == "Assess a patient" and at.checkbox[0].value is True     # the pregnant case
    assert "Withheld for this patient" in markdown(at)


def test_opening_the_gallery_writes_no_audit_rows():
    before = len(audit_rows())
    app("pages/5_Gallery.py")
    assert len(audit_rows()) == before


def test_assess_method_switch_and_output_choice():
    at = submit(app(), NOTE, age=62, sex="M")
    assert len(at.get("plotly_chart")) >= 3                  # differential, evidence, heatmap
    at.selectbox(key="assess_method__en").set_value("attention").run()
    assert not at.exception and "ATTENTION WEIGHTS" in alerts(at)
    at.toggle(key="assess_raw").set_value(True).run()
    assert not at.exception


def test_explain_page_studio_compares_methods():
    at = app("pages/5_Gallery.py")
    next(b for b in at.button if b.key.startswith("explain_")).click().run()
    assert not at.exception and at.title[0].value == "Explain: attribution studio"
    at.switch_page("pages/2_Explain.py").run()   # AppTest reruns the page it last switched to, not st.switch_page's
    assert len(at.get("plotly_chart")) >= 4                  # heatmap, evidence, comparison, one per method
    quality = at.table[0].value
    figures_ = list(quality.index)
    assert "Completeness gap" in figures_ and "Comprehensiveness (top 20% removed)" in figures_
    assert "Rank correlation with a randomised model" in figures_
    agreement = next(t.value for t in at.table if "Integrated gradients" in t.value.columns)
    assert agreement.shape == (4, 4)
    at.selectbox(key="x_baseline__en").set_value("unk").run()
    at.number_input(key="x_steps").set_value(10).run()
    at.selectbox(key="x_method__en").set_value("occlusion").run()
    assert not at.exception
    at.multiselect(key="x_compare__en").set_value(["saliency"]).run()
    assert "Pick at least two" in captions(at)


def test_explain_page_without_a_case_says_what_to_do():
    at = app("pages/2_Explain.py")
    assert "Assess a case first" in alerts(at)


def test_report_is_prepared_in_the_page_language():
    at = click(app(lang="zh"), "example_chinese_flu")
    prepare = next(b for b in at.button if b.label == "生成 HTML 报告")
    prepare.click().run()
    assert not at.exception
    download = next(d for d in at.get("download_button") if d.label == "下载 HTML 报告")
    assert "zh" in download.proto.url or download.proto.label == "下载 HTML 报告"


# ------------------------------------------------------------------------------------------- sign-in in 中文
def test_sign_in_and_admin_pages_speak_chinese(tmp_path, monkeypatch):
    from medmodel.users import UsersFile
    path = tmp_path / "users.json"
    UsersFile(path, rounds=4).add("lin", "correct horse battery", "admin")
    monkeypatch.setenv("MEDSEQ_USERS", str(path))
    at = app(lang="zh")
    assert at.subheader[0].value == "登录" and [t.label for t in at.text_input] == ["用户名", "密码"]
    at.text_input[0].input("lin")
    at.text_input[1].input("wrong password!")
    next(b for b in at.button if b.label == "登录").click().run()
    assert "用户名或密码错误" in alerts(at)
    at.text_input[1].input("correct horse battery")
    next(b for b in at.button if b.label == "登录").click().run()
    assert not at.exception and "已登录" in "\n".join(m.value for m in at.sidebar.markdown) and "管理员" in \
        "\n".join(m.value for m in at.sidebar.markdown)
    for page in ("pages/6_Audit.py", "pages/7_Users.py"):
        at.switch_page(page).run()
        assert not at.exception, at.exception
        words = english_words(visible_text(at), patient_text() + ("lin",))
        assert not words, f"{page}: {words}"
    at.text_input[0].input("x y")                        # an invalid user name: refused in Chinese
    at.text_input[1].input("correct horse battery")
    next(b for b in at.button if b.label == "添加").click().run()
    assert "用户名：" in alerts(at)
