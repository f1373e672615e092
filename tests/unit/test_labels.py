"""The string catalogue (assets/i18n/{en,zh}.yaml, medmodel.labels): complete in both languages, Chinese that
is Chinese, and the helpers every surface uses for numbers, flags, messages and input errors."""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

import pytest

from medmodel import labels
from medmodel.case import USER_FLAGS
from medmodel.knowledge import CONTEXT_FLAGS, TRIAGE_LEVELS
from tools.walk import english_words

EN, ZH = labels.catalogue("en"), labels.catalogue("zh")
# Message codes the predictor returns (Message(code, params)) and the parameters each takes.
MESSAGES = {"note_truncated": ("kept_chars", "read_tokens", "total_tokens"), "mostly_unknown_words": (),
            "no_finding_recognised": (), "denied_key_signs": ("condition", "signs", "bayes", "model"),
            "out_of_scope": (), "confirm_diagnosis_first": ("probability",), "thin_note": ("phrase",), "red_flag_unexplained": ("condition", "signs"),
            "pregnancy_unconfirmed": ("condition",), "implausible_pregnancy_age": ("age",),
            "context_conflict": ("flag", "form", "note"), "context_from_note": ("flag", "phrase"),
            "young_infant_fever_no_medicine": (), "postpartum_bleeding_no_medicine": (), "lithium_toxicity_no_medicine": (),
            "infant_constipation_no_medicine": (), "breast_lump_outside_knowledge": ("test",),
            "sleep_apnoea_outside_knowledge": (), "sleep_apnoea_drowsy_driver": (),
            **{f"{medicine}_in_pregnancy": () for medicine in ("ace_inhibitor", "arb", "warfarin", "methotrexate",
                                                                "lithium")}}
NEW_FLAGS = ("allergy_penicillin_severe", "antiplatelet", "methotrexate", "lithium", "elderly_faller")


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_key_exists_in_both_languages():
    assert set(EN) - set(ZH) == set(), "keys missing in zh.yaml"
    assert set(ZH) - set(EN) == set(), "keys missing in en.yaml"
    assert all(v.strip() for v in EN.values()) and all(v.strip() for v in ZH.values())


def test_a_missing_key_fails_loudly_instead_of_falling_back():
    with pytest.raises(KeyError):
        labels.text("no.such.key", "zh")


def test_placeholders_match_between_languages():
    for key in EN:
        assert _fields(EN[key]) == _fields(ZH[key]), key


def test_chinese_entries_are_chinese():
    """Every zh value reads as Chinese: no English prose (abbreviations, names and code are allowed)."""
    allowed_same = {"app.title", "app.language", "common.icd10", "card.sha256"}
    for key, value in ZH.items():
        if key.startswith("flag_alias.") or key in allowed_same:
            continue
        prose = re.sub(r"`[^`]*`|\{[^}]*\}|%\{[^}]*\}|<[^>]+>", " ", value)   # code, placeholders, plotly hover, tags
        assert not english_words(prose), f"{key}: {value!r}"


def test_the_catalogue_names_every_flag_triage_level_method_and_baseline():
    from medmodel.explain import BASELINES, METHODS
    for lang in ("en", "zh"):
        for f in (*CONTEXT_FLAGS, *USER_FLAGS, *NEW_FLAGS):
            assert labels.has(f"flag.{f}", lang), f
        for level in TRIAGE_LEVELS:
            assert labels.has(f"triage.{level}", lang) and labels.has(f"triage_long.{level}", lang)
            assert labels.has(f"triage_word.{level}", lang)
        for m in METHODS:
            assert labels.has(f"method.{m}", lang), m
        for b in BASELINES:
            assert labels.has(f"baseline.{b}", lang) and labels.has(f"baseline_help.{b}", lang), b


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_predictor_message_code_has_its_sentence(code):
    for cat in (EN, ZH):
        assert _fields(cat[f"msg.{code}"]) == set(MESSAGES[code])


@dataclass(frozen=True)
class Message:
    """Stand-in for the predictor's Message(code, params)."""
    code: str
    params: dict = field(default_factory=dict)


def test_messages_render_through_the_catalogue(kb):
    m = Message("denied_key_signs", {"condition": "meningitis", "signs": ["no neck stiffness", "no rash"],
                                     "bayes": 0.04, "model": 0.997})
    en, zh = labels.message(m, "en", kb), labels.message(m, "zh", kb)
    assert kb.conditions["meningitis"].name.en in en and "4%" in en and ">99%" in en
    assert kb.conditions["meningitis"].name.zh in zh and "“no rash”" in zh and "100%" not in zh
    t = labels.message(Message("note_truncated", {"kept_chars": 12345, "read_tokens": 250, "total_tokens": 900}), "zh")
    assert "12,345" in t and "250" in t and "病历过长" in t
    c = labels.message(Message("context_conflict", {"flag": "pregnant", "form": False, "note": True}), "zh")
    assert c.startswith("妊娠") and "否" in c and "是" in c
    assert labels.message(Message("confirm_diagnosis_first", {"probability": 0.42}), "en").count("42%") == 1


def test_todays_plain_warnings_read_in_chinese_too(kb):
    """Until the predictor returns codes, its English sentences are recognised and translated."""
    sentences = [
        "The note was too long: only the first 99,000 characters (250 of 20,001 tokens) were read.",
        "Most words of this note are unknown to the model: treat the result with extra caution.",
        "No known symptom or sign was recognised in the note: the differential is unreliable.",
        'The note denies key signs of Meningitis ("no neck stiffness", "no rash"), and the knowledge base '
        "gives it only 3% from the findings recognised, against the model's 62%: check that the model has not read "
        "a negated sign as present.",
    ]
    for s in sentences:
        zh = labels.message(s, "zh", kb)
        assert zh != s and re.search(r"[\u4e00-\u9fff]", zh) and not english_words(zh.replace("“no neck stiffness”", "")
                                                                                       .replace("“no rash”", ""))
        assert labels.message(s, "en", kb)[:28] == s[:28]
    assert labels.message("something new", "zh") == "something new"    # unknown: shown as written, never lost


def test_likelihoods_are_never_shown_as_certain():
    assert [labels.percent(p) for p in (0.0, 0.004, 0.005, 0.015, 0.653, 0.994, 0.995, 1.0)] == \
        ["<1%", "<1%", "<1%", "2%", "65%", "99%", ">99%", ">99%"]
    assert labels.percent(None) == "—"
    assert labels.points(0.1234) == "+12 pts" and labels.points(-0.004) == "−0.4 pts" and labels.points(0) == "0 pts"
    assert labels.points(0.2, "zh") == "+20 个百分点"


def test_input_errors_are_translated():
    assert labels.error(ValueError("a male patient cannot be flagged as pregnant"), "zh") == "男性患者不能标记为妊娠"
    assert "没有文字" in labels.error("the note has no words (only numbers, punctuation or symbols): describe", "zh")
    assert labels.error("something else", "zh") == "something else"


@pytest.mark.parametrize("written, flags", [
    ("penicillin allergy", {"allergy_penicillin"}), ("Penicillin allergy; pregnant", {"allergy_penicillin", "pregnant"}),
    ("allergy_penicillin", {"allergy_penicillin"}), ("[ASTHMA]", {"asthma"}), ("allergic to penicillin, on warfarin",
                                                                              {"allergy_penicillin", "warfarin"}),
    ("青霉素过敏、哮喘", {"allergy_penicillin", "asthma"}), ("pregnant asthma", {"pregnant", "asthma"}),
    ("none", set()), ("无", set()), ("", set()), ("known CKD", {"kidney_disease"}),
])
def test_flags_are_read_as_people_write_them(written, flags):
    assert labels.parse_flags(written) == flags


def test_an_unknown_flag_is_named():
    with pytest.raises(ValueError, match="purple"):
        labels.parse_flags("asthma, purple")


def test_context_tokens_and_outputs_read_as_words(kb):
    assert labels.context_token("[AGE_30_39]", "en") == "Age 30–39" and labels.context_token("[SEX_F]", "zh") == "女性"
    assert labels.context_token("[PREGNANT]", "zh") == "妊娠"
    assert labels.output_label("TRIAGE:urgent", "zh") == "分诊：紧急"
    assert labels.output_label("DX:influenza", "en", kb) == f"Dx: {kb.conditions['influenza'].name.en}"
    assert labels.finding_label("Neck stiffness", False, "en") == "no neck stiffness"
    assert labels.finding_label("CT scan", False, "en") == "no CT scan" and labels.finding_label("胸痛", False, "zh") == "无胸痛"


def test_cli_predict_prints_the_catalogue_in_the_asked_language(capsys, shipped_bundle):
    from medmodel.cli import main
    note = "压榨性胸痛，向左臂放射，出汗"
    assert main(["predict", note, "--age", "60", "--sex", "M", "--lang", "zh"]) in (0, None)
    out = capsys.readouterr().out
    assert "分诊：急诊" in out and "鉴别诊断" in out and "100%" not in out
    sources = tuple(d.source for c in shipped_bundle.kb.conditions.values() for d in c.dosing.values())
    assert not english_words(out.replace(note, " "), sources)     # references are cited as published


def test_a_section_written_twice_is_refused_not_merged_silently(tmp_path):
    """YAML keeps the last of two equal keys: a second ``context:`` once dropped the first one's entries."""
    for lang in ("en", "zh"):
        (tmp_path / f"{lang}.yaml").write_text("context:\n  a: A\nother:\n  b: B\ncontext:\n  c: C\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'context' appears twice"):
        labels.catalogue.__wrapped__("en", tmp_path)


def test_a_conflict_about_sex_names_the_sexes():
    from medmodel.messages import Message
    m = Message("context_conflict", {"flag": "sex", "form": "M", "note": "F", "phrase": "34F"})
    assert labels.message(m, "en") == "Sex: the form says Male, the note says Female. Check which is right."
    assert labels.message(m, "zh") == "性别：表单为“男”，病历中为“女”。请核实哪一个正确。"
