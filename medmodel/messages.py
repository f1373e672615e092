"""Messages from the model side as codes with parameters, never display English.

The predictor, the safety rules and the records scorer say what happened as ``Message(code, params)``; each
surface (app, report, CLI, ``score``) words it in the user's language. ``TEMPLATES`` holds the English and
Chinese wording used when no other catalogue is given; ``str(message)`` is the English.
"""
from __future__ import annotations

from dataclasses import dataclass, field

TEMPLATES: dict[str, tuple[str, str]] = {
    "note_truncated": (
        "The note was too long: only the first {kept_chars:,} characters ({read_tokens} of {total_tokens} tokens) were read.",
        "病历过长：只读取了前 {kept_chars:,} 个字符（{total_tokens} 个词中的 {read_tokens} 个）。"),
    "mostly_unknown_words": (
        "Most words of this note are unknown to the model: treat the result with extra caution.",
        "本条记录的大部分词语模型都不认识：请格外谨慎地看待结果。"),
    "no_finding_recognised": (
        "No known symptom or sign was recognised in the note: the differential is unreliable.",
        "未能从记录中识别出任何已知症状或体征：鉴别诊断不可靠。"),
    "denied_key_signs": (
        "The note denies key signs of {condition} ({signs}), and the knowledge base gives it only {bayes:.0%} from the "
        "findings recognised, against the model's {model:.0%}: check that the model has not read a negated sign as present.",
        "记录否认了{condition}的关键体征（{signs}），根据已识别的表现，知识库只给出 {bayes:.0%}，而模型给出 {model:.0%}："
        "请核实模型没有把被否认的体征当成存在。"),
    "out_of_scope": (
        "This note does not match what MedSeq knows well: use clinical judgement. The differential below is shown "
        "for reference only, and no medicine is suggested.",
        "这条记录与 MedSeq 掌握的知识不太相符：请依据临床判断。下面的鉴别诊断仅供参考，不提供用药建议。"),
    "confirm_diagnosis_first": (
        "The leading diagnosis is not certain enough ({probability:.0%}) to suggest medicines: confirm the diagnosis "
        "first. Each candidate's options are listed with it.",
        "首位诊断的把握不足（{probability:.0%}），暂不建议用药：请先明确诊断。各候选诊断的用药选项单独列出。"),
    "implausible_pregnancy_age": (
        "Pregnancy at age {age} is implausible: confirm the age and the pregnancy flag.",
        "{age} 岁怀孕不太可能：请核实年龄和妊娠标记。"),
    "context_conflict": (
        "The form says {form} but the note says \"{phrase}\" ({note}): the form's value was used; please check.",
        "表单填写为{form}，但记录中写的是\u201c{phrase}\u201d（{note}）：已按表单处理，请核实。"),
    "context_from_note": (
        "Read from the note: {label} (\"{phrase}\").",
        "从记录中读取：{label}（\u201c{phrase}\u201d）。"),
    "impossible_for_patient": (
        "{count} condition(s) impossible for this patient's sex, age or pregnancy were excluded from the differential.",
        "已从鉴别诊断中排除 {count} 个与患者性别、年龄或妊娠状态不符的疾病。"),
}


@dataclass(frozen=True)
class Message:
    """What happened, as a code and its parameters; ``text(lang)`` words it."""
    code: str
    params: dict = field(default_factory=dict, hash=False)

    def text(self, lang: str = "en", catalogue: dict[str, tuple[str, str]] | None = None) -> str:
        en, zh = (catalogue or TEMPLATES).get(self.code, TEMPLATES.get(self.code, (self.code, self.code)))
        try:
            return (zh if lang == "zh" else en).format(**self.params)
        except (KeyError, ValueError, IndexError):
            return self.code

    def __str__(self) -> str:
        return self.text("en")

    def to_dict(self, lang: str = "en") -> dict:
        return {"code": self.code, "params": self.params, "text": self.text(lang)}
