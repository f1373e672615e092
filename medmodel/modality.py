"""Modality of a mention: whether words that name a danger sign state it, or set it as a condition in advice for later
("call 999 if he is hard to rouse", "如出现皮疹压之不褪色，及时就诊"). Clinicians' notes end with such safety-netting
advice; read as findings, its danger signs would send the patient to the emergency department for what they do not
have. The safety layer asks this of each danger sign (``medmodel.predict``); the model reads the note as it is.
"""
from __future__ import annotations

from . import rx
from .everyday import ANSWER_BARE, ANSWER_NO, DIALOGUE_LABEL

_SENTENCE_END = rx.compile(r"[.;!?\n。；！？]")
# advice first, then its condition: "call 999 if", "return if", "SN: ... if"; the condition runs to the danger sign
# with no new statement between ("..., it's crushing now" is the patient's own)
_EN_ADVICE_IF = rx.compile(r"(?i)\b(?:call|ring|phone|dial|return|come back|seek (?:help|advice|medical \w+)|"
                           r"re-?attend|re-?present|safety[- ]?net\w*|sn|go to (?:a ?& ?e|the emergency \w+))\b"
                           r"[^.;!?\n]{0,30}?\b(?:if|should)\b(?P<cond>[^.;!?\n]*)$")
_EN_NEW_STATEMENT = rx.compile(r"(?i)\b(?:but|now|currently|today|it's|it is|i'm|i am|i've|he's|she's|they're)\b")
# "如出现…，及时就诊": the condition opens the clause, the advice follows the danger sign
_ZH_IF = rx.compile(r"(?:如|如果|若|一旦|万一)(?:再)?(?:出现|有)(?P<cond>[^。；！？\n]*)$")
_ZH_ADVICE = rx.compile(r"就诊|就医|复诊|急诊|120|来院|随诊")


def safety_netting(text: str, start: int, end: int) -> bool:
    """The words at ``text[start:end]`` are a condition in advice for later, not a finding: "call 999 if he is hard
    to rouse", "SN: return if drowsy or a non-blanching rash", "如出现皮疹压之不褪色，及时就诊". The patient's own
    "if it gets worse I'll call 999, it's crushing" is not advice about the crushing pain."""
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    head = text[cuts[-1] if cuts else 0:start]
    en = _EN_ADVICE_IF.search(head)
    if en and not _EN_NEW_STATEMENT.search(en.group("cond")):
        return True
    zh = _ZH_IF.search(head)
    if zh and not _ZH_ADVICE.search(zh.group("cond")):
        tail = _SENTENCE_END.search(text, end)
        return bool(_ZH_ADVICE.search(text[end:tail.start() if tail else len(text)]))
    return False


# A plan stated beside suicidal thoughts ("thoughts of ending life, has a plan", "SI with plan", "想死，已经想好了方法"):
# a plan raises suicidal thoughts to the emergency red flag (NICE NG225: ask about plans and intent). "a care plan",
# "a safety plan" and "has a plan to see her GP" are not; "no plan", "denies plan", "无计划" deny it.
_EN_PLAN = rx.compile(r"(?i)\b(?:has|have|had|with|got|made|making|formed|\+)\s+(?:a\s+|an?\s+(?:clear|specific|definite)\s+)?"
                      r"plans?\b(?!\s+to\s+(?!(?:kill|end|take|overdose|od|hang|jump|die|cut|harm|do it)\b))|"
                      r"\bplan(?:s|ning|ned)?\s+to\s+(?:kill|end|overdose|od|hang|jump|die|do it)\b")
_EN_PLAN_DENIED = rx.compile(r"(?i)\b(?:no|not|nil|denies|denied|without|never|(?:does|do|did|has|have|had|is|was)n['’]?t)"
                             r"\b[^.;!?\n,]{0,12}$")   # ("doesnt have a plan": an apostrophe left out)
# (and an act that prepares one: "已去宿舍楼顶看过", "还去看了楼顶的门能不能打开" - a preparatory act is a plan's mark of
# high risk, C-SSRS "preparatory acts or behavior")
_ZH_PLAN = rx.compile(r"(?:有|想好了?|制定了?|定好了?)(?:具体的?)?(?:自杀)?(?:计划|方法|怎么死)|"
                      r"(?:去|到|上)了?(?:宿舍|家里|单位|公司)?(?:的)?(?:楼顶|天台|顶楼)[^，。；！？]{0,4}?(?:看过|看了|转了|踩点)|"
                      r"看了?(?:看)?(?:楼顶|天台|顶楼)的门")
_ZH_PLAN_DENIED = rx.compile(r"(?:无|没有|没|否认|未)[^，。；！？\n]{0,3}$")


def stated_plan(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a plan stated in the sentence of the suicidal thoughts at ``text[start:end]`` or the next one
    ("SI. Has a plan."), or None."""
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    lo, hi = cuts[-1] if cuts else 0, end
    for _ in range(2):
        tail = _SENTENCE_END.search(text, hi)
        hi = tail.end() if tail else len(text)
    for pattern, denied in ((_EN_PLAN, _EN_PLAN_DENIED), (_ZH_PLAN, _ZH_PLAN_DENIED)):
        for m in pattern.finditer(text, lo, hi):
            if not denied.search(text[lo:m.start()]):
                return m.start(), m.end()
    return None


_TURN_END = ".;\n。；！!?？"
_ANSWER_OPENS = rx.compile(r"(?i)\s*(?:a|answer|答|回答)\s*[:：]")


def dialogue_questions(text: str) -> list[tuple[int, int, int, bool]]:
    """In a dialogue (``everyday.DIALOGUE_LABEL`` twice, or two questions answered with a bare yes or no), each
    question's span and its answer's end: (question start, the question mark, answer end, answered no). Empty when the
    note is no dialogue ("Should I worry about this chest pain? No fever though" asks once and states the rest)."""
    marks = [i for i, c in enumerate(text) if c in "?？"]
    if not marks or (len(DIALOGUE_LABEL.findall(text)) < 2
                     and sum(1 for i in marks if ANSWER_BARE.match(text, i + 1)) < 2):
        return []
    out = []
    for q in reversed(marks):
        start = max(text.rfind(c, 0, q) for c in _TURN_END) + 1
        end = min([j for j in (text.find(c, q + 1) for c in _TURN_END) if j != -1] or [len(text)])
        no = bool(ANSWER_NO.match(text, q + 1, end))
        if out and end == out[-1][1] and not _ANSWER_OPENS.match(text, q + 1, end):
            no = out[-1][3]   # questions asked in a row share the answer after the last ("问：嘴唇肿吗？喘不喘？答：都没有")
        out.append((start, q, end, no))
    return out[::-1]
