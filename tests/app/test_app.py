"""AppTest for every page: the main path, empty input, very long input, bad uploads; no exception anywhere."""
from __future__ import annotations

import io

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.support import ROOT

PAGES = ("pages/1_Assess.py", "pages/2_Explain.py", "pages/3_Records.py", "pages/4_Model_card.py", "pages/5_Gallery.py")
NOTE = "Crushing chest pain spreading to my left arm, sweating, and I'm short of breath. No fever."
XSS = "Cough <img src=x onerror=alert(1)> and fever <script>alert(1)</script> [link](javascript:alert(1)) :red[x]"


@pytest.fixture(scope="module", autouse=True)
def _bundle(shipped_bundle):
    """Every page needs the real model: fail loudly (not skip) when none is installed."""
    return shipped_bundle


def app(page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180).run()
    if page:
        at.switch_page(page).run()
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


def alerts(at: AppTest) -> str:
    return "\n".join(e.value for kind in (at.error, at.warning, at.info, at.success) for e in kind)


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_disclaimer(page):
    at = app(page)
    assert "not a diagnosis" in at.warning[0].value


def test_assess_main_path_shows_differential_triage_and_treatment():
    at = submit(app(), NOTE, age=62, sex="M")
    assert "EMERGENCY" in alerts(at)                       # red flag raises triage whatever the model said
    assert "Crushing chest pain" in markdown(at)           # ...and the phrase that raised it is shown
    differential = at.dataframe[0].value
    assert len(differential) == 5 and differential["Likelihood"].between(0, 1).all()
    assert differential["Likelihood"].is_monotonic_decreasing
    assert any(b.label == "Download HTML report" for b in at.get("download_button"))


def test_assess_empty_note_asks_for_one():
    at = submit(app(), "   ")
    assert "Type what the patient reports" in alerts(at)
    assert not at.dataframe


def test_assess_note_without_words_is_refused_clearly():
    at = submit(app(), "!!! 123 ???")
    assert "Cannot assess this note" in alerts(at) and "no words" in alerts(at)


def test_assess_very_long_note_is_refused_or_truncated_with_a_warning():
    # Over the widget's limit (a browser cannot send it; a crafted request is not assessed).
    at = submit(app(), "cough " * 30_000)
    assert not at.dataframe and ("limit" in alerts(at) or "Type what the patient reports" in alerts(at))
    # Just under the limit: assessed, with the truncation stated.
    at = submit(app(), ("I have a dry cough and a fever. " * 3200)[:99_990])
    assert "too long" in alerts(at) and "Uncertainty" in alerts(at)
    assert len(at.dataframe[0].value) == 5


def test_assess_male_and_pregnant_is_a_clear_input_error():
    at = app()
    at.checkbox[0].check()
    at = submit(at, NOTE, sex="M")
    assert "Check the patient details" in alerts(at) and "pregnant" in alerts(at)


def test_assess_user_text_is_escaped_never_rendered_as_html():
    at = submit(app(), XSS)
    for h in at.get("html"):                                 # the highlighted note: built from escaped tokens
        body = h.proto.body
        assert "<script" not in body and "<img" not in body and "&lt;" in body
    for m in at.markdown:
        assert "<script" not in m.value and "<img" not in m.value and "](javascript" not in m.value
        assert m.proto.allow_html is False


def test_example_button_fills_the_form_and_runs():
    at = app()
    next(b for b in at.button if b.label == "A note in Chinese").click().run()
    assert not at.exception
    assert at.text_area[0].value.startswith("发烧")
    assert "Chinese" in "\n".join(c.value for c in at.caption)   # language detected
    assert len(at.dataframe[0].value) == 5


def test_what_if_toggle_reruns_and_shows_before_and_after():
    at = submit(app(), "Severe headache and fever since this morning, no neck stiffness, no rash.", age=19, sex="M")
    toggles = {s.label: s for s in at.segmented_control if s.key.startswith("wi_")}
    stiff = next(s for label, s in toggles.items() if "neck" in label.lower())
    assert stiff.value == "absent"
    stiff.set_value("present").run()
    assert not at.exception
    assert "Leading diagnosis:" in markdown(at)
    assert "EMERGENCY" in markdown(at)                      # neck stiffness with fever is a red flag
    compare = at.dataframe[-1].value
    assert {"Before", "After", "Change"} <= set(compare.columns)


def test_language_switch_shows_chinese_names_and_strings():
    at = submit(app(), NOTE, age=62, sex="M")
    at.session_state["lang"] = "zh"   # the sidebar switch itself is driven in the browser test
    at.run()
    assert not at.exception
    assert at.title[0].value == "评估患者"
    names = at.dataframe[0].value.iloc[:, 0].tolist()
    kb_zh = {c.name.zh for c in at_kb().conditions.values()}
    assert all(n in kb_zh for n in names)
    assert "不是诊断" in at.warning[0].value


def at_kb():
    from medmodel import load_knowledge
    return load_knowledge()


# ------------------------------------------------------------------------------------------- Records
def csv_bytes() -> bytes:
    df = pd.DataFrame({"patient": ["a1", "b2", "c3", "d4"],
                       "note": ["it burns when i pee and i keep needing to wee", "crushing chest pain, sweaty",
                                "", "=HYPERLINK(\"http://x\") fever and cough"],
                       "age": [30, 60, 40, "abc"], "sex": ["F", "M", "F", "M"]})
    return df.to_csv(index=False).encode()


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].set_value((name, data, "application/octet-stream")).run()
    assert not at.exception, at.exception
    return at


def test_records_upload_map_score_filter_and_download():
    at = upload(app("pages/3_Records.py"), "notes.csv", csv_bytes())
    assert "notes.csv: 4 rows" in "\n".join(c.value for c in at.caption)
    assert at.selectbox[0].value == "note" and at.selectbox[1].value == "age" and at.selectbox[4].value == "patient"
    next(b for b in at.button if b.label == "Score all rows").click().run()
    assert not at.exception
    results = at.dataframe[-1].value
    assert len(results) == 4
    assert results.loc[0, "dx1_name"] and results.loc[1, "triage"] == "emergency"
    assert "empty" in results.loc[2, "error"] and "age" in results.loc[3, "error"]   # bad rows explained, run kept going
    labels = [d.label for d in at.get("download_button")]
    assert labels == ["Download CSV", "Download Excel"]
    at.multiselect[0].set_value(["emergency"]).run()
    assert len(at.dataframe[-1].value) == 1


def test_records_bad_upload_keeps_what_was_loaded():
    at = upload(app("pages/3_Records.py"), "notes.csv", csv_bytes())
    at = upload(at, "broken.csv", b"\x00\x01\x02 not a csv \xff\xfe")
    assert "This file cannot be used" in alerts(at) and "broken.csv" in alerts(at)
    assert "notes.csv: 4 rows" in "\n".join(c.value for c in at.caption)     # previous data kept
    at = upload(at, "empty.csv", b"")
    assert "empty" in alerts(at)
    at = upload(at, "bad.parquet", b"PAR1 definitely not parquet")
    assert "could not read the PARQUET file" in alerts(at)
    assert "notes.csv: 4 rows" in "\n".join(c.value for c in at.caption)


def test_records_excel_upload_and_long_notes():
    buf = io.BytesIO()
    pd.DataFrame({"text": ["cough " * 5000, "fever and sore throat"], "age": [30, 5]}).to_excel(buf, index=False)
    at = upload(app("pages/3_Records.py"), "long.xlsx", buf.getvalue())
    next(b for b in at.button if b.label == "Score all rows").click().run()
    assert not at.exception
    results = at.dataframe[-1].value
    assert "too long" in results.loc[0, "error"] and results.loc[0, "dx1_name"]     # scored, with the warning


def test_records_open_row_in_assess():
    at = upload(app("pages/3_Records.py"), "notes.csv", csv_bytes())
    next(b for b in at.button if b.label == "Score all rows").click().run()
    next(b for b in at.button if b.label == "Open in Assess").click().run()
    assert not at.exception
    assert at.title[0].value == "Assess a patient"
    assert at.text_area[0].value == "it burns when i pee and i keep needing to wee"


# ----------------------------------------------------------------------------- Model card, Gallery, Explain
def test_model_card_shows_metrics_training_and_hashes(shipped_bundle):
    at = app("pages/4_Model_card.py")
    metrics = {m.label: m.value for m in at.metric}
    ev = shipped_bundle.metrics["evaluation"]
    assert metrics["Top-1"] == f"{ev['top1']:.1%}" and metrics["Top-3"] == f"{ev['top3']:.1%}"
    assert metrics["Conditions"] == str(len(shipped_bundle.kb.conditions))
    assert any(shipped_bundle.manifest["files"]["model.safetensors"] in str(j.value) for j in at.json)


def test_gallery_runs_each_case_in_one_click():
    at = app("pages/5_Gallery.py")
    from medmodel.gallery import load_gallery
    cases = load_gallery()
    assert len(at.subheader) >= len(cases) and "Contrast" in markdown(at)
    next(b for b in at.button if b.key == f"run_{cases[2].id}").click().run()
    assert not at.exception
    assert at.title[0].value == "Assess a patient" and at.checkbox[0].value is True     # the pregnant case
    assert "Withheld for this patient" in markdown(at)


def test_assess_method_switch_and_output_choice():
    at = submit(app(), NOTE, age=62, sex="M")
    assert len(at.get("plotly_chart")) >= 2                  # differential bars + heatmap
    at.selectbox(key="assess_method").set_value("attention").run()
    assert not at.exception and "ATTENTION WEIGHTS" in alerts(at)
    at.selectbox(key="assess_row_en").set_value(1).run()
    assert not at.exception


def test_explain_page_studio_compares_methods():
    at = app("pages/5_Gallery.py")
    next(b for b in at.button if b.key.startswith("explain_")).click().run()
    assert not at.exception and at.title[0].value == "Explain: attribution studio"
    at.switch_page("pages/2_Explain.py").run()   # AppTest reruns the page it last switched to, not st.switch_page's
    assert len(at.get("plotly_chart")) >= 4                  # heatmap, evidence, comparison, one per method
    figures = at.dataframe[0].value.iloc[:, 0].tolist()
    assert "Completeness gap" in figures and "Comprehensiveness (top 20% removed)" in figures
    assert "Rank corr. with a randomised model" in figures
    agreement = next(d.value for d in at.dataframe if "integrated gradients" in d.value.columns)
    assert agreement.shape == (4, 4)
    at.selectbox(key="x_baseline").set_value("unk").run()
    at.number_input(key="x_steps").set_value(10).run()
    at.selectbox(key="x_method").set_value("occlusion").run()
    assert not at.exception
    at.multiselect(key="x_compare").set_value(["saliency"]).run()
    assert "Pick at least two" in "\n".join(c.value for c in at.caption)


def test_explain_page_without_a_case_says_what_to_do():
    at = app("pages/2_Explain.py")
    assert "Assess a case first" in alerts(at)
