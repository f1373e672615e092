"""AppTest for the controls issue 17 adds, in both languages: Ask next on Assess (answer, history, undo, don't
know), Why A rather than B on Assess and Explain, reviewers' judgements on Explain (stored with the audit link, only
for reviewers), and the Model card's sections. No exception anywhere, no English on a 中文 page."""
from __future__ import annotations

import re
import time

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.test_app import alerts, captions, figures, patient_text, switch_language, visible_text
from tests.support import ROOT
from tools.walk import english_words

NOTE = "Bad headache since this morning and a high temperature."
ZH_NOTE = "头痛，发烧两天。"


@pytest.fixture(scope="module", autouse=True)
def _bundle(shipped_bundle):
    return shipped_bundle


def assessed(note: str = NOTE, lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    if lang != "en":
        switch_language(at, lang)
    at.text_area[0].input(note)
    at.number_input[0].set_value(30)
    next(b for b in at.button if b.proto.is_form_submitter and b.label in ("Assess", "评估")).click().run()
    assert not at.exception, at.exception
    return at


def ask_buttons(at: AppTest, answer: str) -> list:
    return [b for b in at.button if b.key and b.key.startswith(f"ask_{answer}_")]


def note(at: AppTest) -> str:
    return at.text_area[0].value


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_ask_next_answers_go_into_the_note_and_the_history(lang):
    at = assessed(NOTE if lang == "en" else ZH_NOTE, lang)
    titles = [s.value for s in at.subheader]
    assert ("Ask next" if lang == "en" else "接着问什么") in titles
    yes, no, unknown = (ask_buttons(at, a) for a in ("yes", "no", "unknown"))
    assert 3 <= len(yes) <= 5 and len(yes) == len(no) == len(unknown)
    assert {b.label for b in yes + no + unknown} == ({"Yes", "No", "Don't know"} if lang == "en" else {"有", "没有", "不清楚"})
    first = yes[0].key.split("_", 3)[3]                           # the finding asked first
    before = note(at)
    yes[0].click().run()
    assert not at.exception, at.exception
    after = note(at)
    assert after.startswith(before.rstrip("。.")) and len(after) > len(before)
    assert (after[-1] == "。") if lang == "zh" else after.endswith(".")
    assert first not in {b.key.split("_", 3)[3] for b in ask_buttons(at, "yes")}   # not asked again
    history = at.table[-1].value
    assert len(history) == 1 and history.iloc[0, 0] in ("Yes", "有")
    assert any(f["layout"]["xaxis"]["ticktext"][0] in ("Opening", "初始") for f in figures(at) if "xaxis" in f["layout"]
               and f["layout"]["xaxis"].get("ticktext"))
    ask_buttons(at, "no")[0].click().run()
    assert not at.exception and len(at.table[-1].value) == 2
    next(b for b in at.button if b.label in ("Undo the last answer", "撤销上一个回答")).click().run()
    assert not at.exception and note(at) == after and len(at.table[-1].value) == 1
    if lang == "zh":
        words = english_words(visible_text(at), patient_text() + (after,))
        assert not words, f"English on the 中文 Assess page: {words}"


def test_dont_know_leaves_the_note_and_skips_the_question():
    at = assessed()
    unknown = ask_buttons(at, "unknown")[0]
    finding = unknown.key.split("_", 3)[3]
    before = note(at)
    unknown.click().run()
    assert not at.exception and note(at) == before
    assert finding not in {b.key.split("_", 3)[3] for b in ask_buttons(at, "yes")}
    assert at.table[-1].value.iloc[0, 0] == "Don't know"


def test_a_new_note_starts_a_new_consultation():
    at = assessed()
    ask_buttons(at, "yes")[0].click().run()
    assert "Answers so far" in "\n".join(m.value for m in at.markdown)
    at.text_area[0].input("Sore throat and a runny nose for two days.")
    next(b for b in at.button if b.proto.is_form_submitter).click().run()
    assert not at.exception and "Answers so far" not in "\n".join(m.value for m in at.markdown)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_why_a_rather_than_b_on_assess(lang):
    at = assessed(NOTE if lang == "en" else ZH_NOTE, lang)
    a, b = (next(s for s in at.selectbox if s.label == label) for label in
            (("Condition A", "Condition B") if lang == "en" else ("疾病甲", "疾病乙")))
    assert a.value != b.value and b.value not in ([] if a.value is None else [a.value])
    b.set_value(b.options[-1] if len(b.options) > 1 else b.options[0]).run()
    assert not at.exception, at.exception
    a = next(s for s in at.selectbox if s.label in ("Condition A", "疾病甲"))
    b = next(s for s in at.selectbox if s.label in ("Condition B", "疾病乙"))
    assert a.value != b.value
    text = captions(at)
    assert ("favours" in text) if lang == "en" else ("支持" in text)
    assert any(f["layout"].get("barmode") == "overlay" and "←" in f["layout"]["xaxis"]["title"]["text"]
               for f in figures(at) if f["layout"].get("xaxis", {}).get("title"))


def _explain(lang: str = "en") -> AppTest:
    at = assessed(NOTE if lang == "en" else ZH_NOTE, lang)
    at.switch_page("pages/2_Explain.py").run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_reviewer_marks_an_attribution_and_it_is_stored_with_the_audit_link(lang, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSEQ_REVIEWS_DB", str(tmp_path / f"reviews_{lang}.sqlite"))
    from medmodel.reviews import ReviewStore
    at = _explain(lang)
    marks = [s for s in at.get("segmented_control") if s.key and s.key.startswith("review_")]
    assert len(marks) == 5
    marks[0].set_value("plausible")
    marks[1].set_value("implausible")
    missing = next(m for m in at.multiselect if m.key and m.key.endswith("_missing"))
    missing.set_value(missing.options[:1] and [0])
    next(a for a in at.text_area if a.key and a.key.endswith("_comment")).input("=cmd|' /C calc'!A0")
    next(b for b in at.button if b.label in ("Save review", "保存评审")).click().run()
    assert not at.exception, at.exception
    assert ("Review saved" if lang == "en" else "评审已保存") in "\n".join(s.value for s in at.success)
    rows = ReviewStore(tmp_path / f"reviews_{lang}.sqlite").rows()
    assert [r["judgement"] for r in rows][:2] == ["plausible", "implausible"] and rows[-1]["judgement"] == "missing"
    from medmodel.audit import AuditLog, default_db_path
    audit = AuditLog(default_db_path()).rows(event="prediction")
    assert rows[0]["input_hmac"] in {r["input_hmac"] for r in audit}        # joins the audit row of the prediction
    assert rows[0]["method"] == "integrated_gradients" and len(rows[0]["bundle_sha256"]) == 64
    assert ("Agreement so far" if lang == "en" else "一致率") in captions(at)
    if lang == "zh":
        words = english_words(visible_text(at), patient_text() + (ZH_NOTE,))
        assert not words, f"English on the 中文 Explain page: {words}"


def test_saving_nothing_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSEQ_REVIEWS_DB", str(tmp_path / "reviews.sqlite"))
    at = _explain()
    next(b for b in at.button if b.label == "Save review").click().run()
    assert not at.exception and "Mark at least one" in alerts(at)


def test_only_reviewers_see_the_review_form(tmp_path, monkeypatch):
    from medmodel.users import UsersFile
    path = tmp_path / "users.json"
    users = UsersFile(path, rounds=4)
    users.add("carla", "correct horse battery", "clinician")
    users.add("rene", "correct horse battery", "reviewer")
    monkeypatch.setenv("MEDSEQ_USERS", str(path))
    for name, sees in (("carla", False), ("rene", True)):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        at.session_state["auth"] = {"name": name, "role": "clinician", "last_active": time.time()}
        at.session_state["case"] = {"text": NOTE, "age": 30, "sex": None, "flags": []}
        at.run()
        at.switch_page("pages/2_Explain.py").run()
        assert not at.exception, at.exception
        form = [s for s in at.get("segmented_control") if s.key and s.key.startswith("review_")]
        assert bool(form) is sees, name
        assert ("Reviewers can judge" in captions(at)) is not sees


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_model_card_shows_the_curve_and_the_agreement(lang, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSEQ_REVIEWS_DB", str(tmp_path / "card.sqlite"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    if lang != "en":
        switch_language(at, lang)
    at.switch_page("pages/4_Model_card.py").run()
    assert not at.exception, at.exception
    titles = [s.value for s in at.subheader]
    assert ("Asking the next question" if lang == "en" else "接着问什么") in titles
    assert any("Plausibility" in t or "合理性" in t for t in titles)
    if lang == "zh":        # these sections' words (the training-settings table names model settings by their ids)
        text = "\n".join([s.value for s in at.subheader] + [c.value for c in at.caption] + [i.value for i in at.info])
        words = english_words(re.sub(r"`[^`]*`", " ", text), patient_text())
        assert not words, f"English on the 中文 Model card: {words}"


def test_attention_is_not_reviewed_and_the_contrast_keeps_an_attribution_method():
    at = _explain()
    method = next(s for s in at.selectbox if s.label == "Method")
    method.set_value("attention").run()
    assert not at.exception, at.exception
    assert not [s for s in at.get("segmented_control") if s.key and s.key.startswith("review_")]
    contrast_method = [s for s in at.selectbox if s.label == "Method"][-1]
    assert contrast_method.value == "integrated_gradients"
    method = next(s for s in at.selectbox if s.label == "Method")
    method.set_value("occlusion").run()
    assert not at.exception and len([s for s in at.get("segmented_control") if s.key.startswith("review_")]) == 5
