"""Patient context read from the note itself: the same flags the form sets, with the words that set them.

Clinicians write context into the note ("34F, 22/40", "PCN allergy - anaphylaxis", "on apixaban for AF",
"CKD 4", "82F, 2 falls this year", "女，35岁，孕12周，无过敏史") and leave the form's boxes empty. A drug that the
context forbids must still be withheld, so the predictor reads:
- age and sex ("68M", "34 y/o F", "a 45-year-old man", "my 5 year old son", "女，35岁");
- pregnancy with the gestational age in weeks ("22 weeks pregnant", "G2P1 38/40", "孕32周"), breastfeeding;
- allergies with their severity (penicillin rash vs anaphylaxis, which also rules out cephalosporins), and
  "NKDA" / "无过敏史" (no allergy);
- current medicines that change prescribing: anticoagulants (warfarin also on its own: its interactions are not the
  DOACs'), antiplatelets, methotrexate, lithium;
- kidney disease with its stage or eGFR, liver disease, asthma, heart disease, falls and frailty, a bleeding
  disorder (haemophilia, von Willebrand disease, a clotting factor deficiency; 血友病).
Every statement can be negated ("not pregnant", "not on blood thinners", "否认过敏史"). Each item keeps its
span, so the app can show it as "read from the note: 22 weeks pregnant" and the clinician can remove it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import rx

# CKD stage -> an eGFR inside the stage's band (KDIGO 2012), used only to set the eGFR flags.
_CKD_STAGE_EGFR = {"1": 90, "2": 75, "3": 50, "3a": 50, "3b": 38, "4": 22, "5": 10}


@dataclass(frozen=True)
class ContextItem:
    """One piece of context read from the note."""
    key: str          # a context flag ("pregnant", "allergy_penicillin", ...), or "age", "sex", "gestation_weeks",
                      # "egfr", or "no_allergy"
    value: object     # True for flags; the number or "F"/"M" for the others
    phrase: str       # as written in the note
    start: int
    end: int
    negated: bool = False   # "not pregnant": the note says the flag does NOT apply


@dataclass(frozen=True)
class NoteContext:
    items: tuple[ContextItem, ...] = ()

    def _affirmed(self, key: str) -> ContextItem | None:
        return next((i for i in self.items if i.key == key and not i.negated), None)

    @property
    def flags(self) -> frozenset[str]:
        return frozenset(i.key for i in self.items if i.value is True and not i.negated)

    @property
    def denied(self) -> frozenset[str]:
        """Flags the note says do not apply ("not pregnant", "NKDA" -> every allergy flag)."""
        out = {i.key for i in self.items if i.negated}
        if self._affirmed("no_allergy"):
            out |= {f for f in _ALLERGY_FLAGS if f not in self.flags}
        return frozenset(out)

    @property
    def age(self) -> int | None:
        item = self._affirmed("age")
        return int(item.value) if item else None

    @property
    def sex(self) -> str | None:
        item = self._affirmed("sex")
        return str(item.value) if item else None

    @property
    def gestation_weeks(self) -> int | None:
        item = self._affirmed("gestation_weeks")
        return int(item.value) if item else None

    @property
    def egfr(self) -> int | None:
        item = self._affirmed("egfr")
        return int(item.value) if item else None

    def describe(self) -> list[str]:
        """Short English labels, e.g. "22 weeks pregnant", "penicillin allergy (severe)", "not pregnant"."""
        return [_label(i) for i in self.items]


_ALLERGY_FLAGS = ("allergy_penicillin", "allergy_penicillin_severe", "allergy_cephalosporin", "allergy_sulfa",
                  "allergy_nsaid", "allergy_macrolide")

# ------------------------------------------------------------------ vocabularies
_DRUG_CLASSES = {
    "allergy_penicillin": r"penicillins?|pcn|pen|amoxicill?in|amoxil|augmentin|co-?amoxiclav|flucloxacillin|"
                          r"ampicillin|benzylpenicillin|penicillin v|phenoxymethylpenicillin|piperacillin|tazocin|"
                          r"青霉素|阿莫西林|氨苄西林",
    "allergy_cephalosporin": r"cephalosporins?|cefalexin|cephalexin|keflex|cefuroxime|ceftriaxone|cefaclor|cefixime|"
                             r"cefradine|头孢\w*",
    "allergy_sulfa": r"sulfa|sulpha|sulfonamides?|sulphonamides?|septrin|bactrim|co-?trimoxazole|磺胺\w*",
    "allergy_nsaid": r"nsaids?|ibuprofen|nurofen|advil|aspirin|naproxen|diclofenac|voltarol|anti-?inflammatories|"
                     r"布洛芬|阿司匹林|非甾体\w*",
    "allergy_macrolide": r"macrolides?|erythromycin|clarithromycin|azithromycin|红霉素|阿奇霉素|克拉霉素",
}
_SEVERE_REACTION = (r"anaphyla\w*|angioedema|angio-oedema|throat (?:closed|closing|swell\w*)|嘴唇肿|舌头肿|"
                    r"(?:lips?|tongue|face) swell\w*|swell\w* (?:lips?|tongue|face|throat)|couldn'?t breathe|"
                    r"stevens[- ]johnson|sjs|\bten\b|resus|adrenaline|epipen|epi-?pen|过敏性休克|喉头水肿|休克")
_ANTICOAGULANTS = (r"warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa|"
                   r"doac|noac|anticoagula\w*|blood[- ]thinners?|enoxaparin|clexane|heparin(?![- ]induced)|华法林|利伐沙班|"
                   r"阿哌沙班|达比加群|依度沙班|抗凝药?|肝素")
_WARFARIN = r"warfarin|coumadin|marevan|jantoven|acenocoumarol|sinthrome|phenindione|vka|华法林|醋硝香豆素"
# A renin-angiotensin blocker already taken: never the other kind beside it (NICE NG136, NG203), the same kind reviewed
_ACE_INHIBITORS = (r"(?:ramipril|lisinopril|enalapril|perindopril|captopril|quinapril|trandolapril|fosinopril|"
                   r"ace inhibitors?|ace-?i)(?![a-z])|雷米普利|依那普利|培哚普利|卡托普利|贝那普利|福辛普利|赖诺普利")
_ARBS = (r"(?:losartan|candesartan|valsartan|irbesartan|olmesartan|telmisartan|azilsartan|arbs?|"
         r"angiotensin (?:ii )?receptor blockers?)(?![a-z])|氯沙坦|缬沙坦|厄贝沙坦|坎地沙坦|替米沙坦|奥美沙坦")
_ANTIPLATELETS = r"clopidogrel|plavix|ticagrelor|brilique|brilinta|prasugrel|dipyridamole|氯吡格雷|替格瑞洛"
_LOW_DOSE_ASPIRIN = (r"aspirin\s*(?:75|81|100)\s*(?:mg)?|(?:low[- ]dose|daily|baby) aspirin|"
                     r"阿司匹林\S{0,5}?(?:75|81|100)\s*(?:mg)?|(?:每天|长期)(?:吃|服用?)阿司匹林")

_NEG_EN = rx.compile(r"(?i)\b(?:no|not|nil|denies|denied|never|without|isn'?t|aren'?t|wasn'?t|hasn'?t|haven'?t|"
                     r"doesn'?t|don'?t|negative|neg|(?<!sets )(?<!set )(?<!kicks )(?<!kick )(?<!goes )(?<!went )off)\b[^.;,\n]{0,25}$")
# (没怀孕, 没吃华法林: a flu "平时身体好，没怀孕" had the fever-in-pregnancy rule; not 没几天就怀孕了, "pregnant within days")
# A Chinese question's A-not-A is no denial: "还没测过有没有怀孕" (not yet tested whether pregnant), 是不是, 是否
_ZH_A_NOT_A = rx.compile(r"(?:有没有|是不是|是否|有无)[^，。；,.;]{0,6}$")
_NEG_ZH = rx.compile(r"(?:无|否认|没有|没(?!几天|多久|多长时间|想到)|未|不是|并非|非|排除|不(?:在)?(?:吃|用|服|服用|打))[^，。；,.;]{0,6}$")   # 不吃抗凝药: not on them


_CLAUSE_CUT = rx.compile(r"(?i)\s[-–—]\s|[()（）]|\bbut\b|\bhowever\b")


def denied(text: str, start: int) -> bool:
    """A denial before ``start`` in the same clause ("not pregnant", "无过敏史"); a spaced dash, a bracket or "but"
    ends the clause ("can't take ibuprofen - it sets off his asthma": the asthma is not denied)."""
    before = _CLAUSE_CUT.split(text[max(0, start - 40):start])[-1]
    return bool(_NEG_EN.search(before) or _NEG_ZH.search(before[-10:]) and not _ZH_A_NOT_A.search(before[-10:]))


_RELATIVE_SAYS = rx.compile(r"(?i)\b(?:mum|mom|mother|dad|father|brother|sister|grand\w+|nan|gran|aunt|uncle|cousin|"
                            r"family)\b[^.;,\n]{0,20}$")


def a_relatives(text: str, start: int) -> bool:
    """Whether what follows ``start`` is said of someone else ("my mum has", "mum has", "family history of", "母亲有")."""
    before = text[max(0, start - 40):start]
    return bool(_OTHER_PERSON.search(before) or _RELATIVE_SAYS.search(before))


# Said of the past, not of now: "was on warfarin until last year", "used to take lithium", "吃过半年华法林". A stop
# said after the drug counts only in English with a date ("until last year"): "华法林，阿司匹林停了" stopped the aspirin.
_PAST_BEFORE = rx.compile(r"(?i)\b(?:was|were|used to be|previously|formerly) on\s+(?:\w+\s+)?$|"
                          r"\b(?:used to take|came off|stopped(?: taking)?|no longer (?:on|taking|takes?)|switched from|"
                          r"changed from)\s+(?:\w+\s+)?$|"
                          r"(?:吃过|用过|服用过|服过|曾经?(?:吃|服用?|用)过?)[^，。；,;]{0,6}$|(?:以前|之前|过去)(?:吃|服用?|用)[^，。；,;]{0,4}$")
_PAST_AFTER = rx.compile(r"(?i)^[^.;\n]{0,25}?\b(?:until|till) (?:last (?:year|month|week)|recently|"
                         r"(?:a few|a couple of|\d+|two|three|four|five|six|several) (?:years?|months?|weeks?) ago)\b")


def _past(text: str, start: int, end: int) -> bool:
    return bool(_PAST_BEFORE.search(text[max(0, start - 30):start]) or _PAST_AFTER.search(text[end:end + 40]))


# Someone else's: "my mum is allergic to penicillin", "(his brother has asthma)", "我妈妈对青霉素过敏"
_OTHER_PERSON = rx.compile(r"(?i)\b(?:my|his|her|their|our)\s+(?:mum|mom|mother|dad|father|brother|sister|son|daughter|"
                           r"wife|husband|partner|grand\w+|nan|gran|aunt|uncle|cousin|family)\b[^.;,()\n]{0,25}$|"
                           r"(?:妈妈|母亲|爸爸|父亲|哥哥|姐姐|弟弟|妹妹|家人|老公|丈夫|妻子|爷爷|奶奶|外婆|姥姥)[^，。；,;]{0,4}$|"
                           r"\b(?:family history of|fhx?:?|fh of)\s*(?:\w+\s+)?$|家族史[^，。；]{0,4}$")
_SELF_DENIAL = rx.compile(r"(?i)\b(?:not allergic to anything|no allergies)\s+(?:myself|himself|herself)\b|"
                          r"\bi(?:'m| am) not allergic\b|我自己没有过敏|(?:本人|我自己)(?:无|没有)(?:药物)?过敏")


# A form's question answered no ("Pregnant: no", "pregnant? no", "怀孕：无", "是否怀孕：否", "有没有怀孕？没有"): a denial
# after the item (the item is the question's word)
_ANSWERED_NO = rx.compile(r"(?i)\s*[:：?？]+\s*(?:no|none|nil|neg(?:ative)?|n/?a|否|无|没有|没|否认|未)(?![a-z\u4e00-\u9fff])(?!\s+(?:idea|clue|sure|way|chance\s+of\s+knowing))")


def _item(key, value, m: re.Match, text: str, group: int = 0, negatable: bool = True) -> ContextItem:
    start, end = m.span(group)
    return ContextItem(key, value, text[start:end], start, end,
                       negatable and (denied(text, start) or _past(text, start, end) or
                                      _ANSWERED_NO.match(text, end) is not None))


# ------------------------------------------------------------------ readers
_AGE_SEX_PATTERNS = [
    # "68M", "34 F", "45yo M", "34 y/o F", "72 yr old male", "3mo F"
    rx.compile(r"(?i)(?<![\w/])(\d{1,3})\s*(?:(mo|months?)\s*(?:old)?\s*|(?:yo|y/o|y\.o\.|yrs?|years?|yr)\s*(?:old)?\s*,?\s*)?"
               r"(m|f|male|female|man|woman|boy|girl|lady|gentleman|lad|lass|guy|bloke|chap|son|daughter)\b(?!\s*/)"),
    # "a 45-year-old man", "I'm a 23 year old woman", "my 5 year old son", "my 82-year-old mother"
    rx.compile(r"(?i)\b(\d{1,3})[- ](?:(months?|mo|weeks?|wks?)|years?|yrs?)[- ]old\s+(?:\w+\s+)?"
               r"(man|woman|male|female|boy|girl|son|daughter|baby boy|baby girl|lady|gentleman|mother|mum|mom|"
               r"father|dad|husband|wife|brother|sister|grandmother|grandfather|nan|gran|grandad)\b"),
    # "male, 54", "woman aged 34", "Breastfeeding mum, 32"
    rx.compile(r"(?i)\b(male|female|man|woman|mum|mom|mother|dad|father|lady|gentleman)\s*(?:,|aged|age)\s*(\d{1,3})\b"),
    # "my son is 6", "our daughter is 7 months"
    rx.compile(r"(?i)\b(?:my|our|her|his)\s+(son|daughter|boy|girl|baby boy|baby girl|mother|mum|mom|father|dad|"
               r"husband|wife|brother|sister|grandmother|grandfather|nan|gran|grandad)\s+is\s+(\d{1,3})"
               # (not a pregnancy's weeks: "my wife is 9 weeks pregnant and she's bleeding really heavily" was read as a
               # baby's age, and a bronchiolitis led, set FM)
               r"(?:\s*(months?|mo|weeks?))?\b(?!\s*(?:(?:weeks?|wks?|months?)\s+)?(?:pregnant|gone|along|into|preg\b|pg\b|\+\d))"),
    # a signature of its own: "... Do I need to do anything? 22, M." (set EI: a needle faint's age went unread, and
    # NICE CG109's uncomplicated faint needs it)
    rx.compile(r"(?i)(?:^|(?<=[.!?]\s)|(?<=[.!?]))\s*(\d{1,3})()\s*,\s*(m|f|male|female)\b(?=\s*(?:[.;!?)]|$))"),
]
_ZH_AGE_SEX = [rx.compile(r"(男|女)(?:性)?\s*[，,、]?\s*(\d{1,3})\s*(岁|个月|月龄)"),
               rx.compile(r"(\d{1,3})\s*(岁|个月)\s*(男|女)(?:性|孩|童)?")]
# (a sex and an age with no unit: not "男 23 天" of days, nor a weight, a height or a reading)
_ZH_SEX_BARE_AGE = rx.compile(r"(男|女)(?:性)?\s*[，,、\s]?\s*(\d{1,3})(?!\s*(?:天(?!天)|周|个|月|年|次|小时|分|斤|公斤|kg|cm|%|度|℃|[.\d/:岁]))")
_FEMALE_WORDS = {"f", "female", "woman", "girl", "lady", "lass", "daughter", "baby girl", "mother", "mum", "mom", "wife",
                 "sister", "grandmother", "nan", "gran", "女"}
_MALE_WORDS = {"m", "male", "man", "boy", "gentleman", "lad", "guy", "bloke", "chap", "son", "baby boy", "father", "dad", "husband", "brother",
               "grandfather", "grandad", "男"}
# Words that settle the sex when nothing else does: periods, pregnancy tests, "mum", 老太太 ...
# (Only the patient's own anatomy: "my mum said" is about someone else.)
_FEMALE_HINTS = rx.compile(r"(?i)\b(?:my periods?|period pains?|menstrua\w*|lmp|pregnancy test|upt|vaginal|vulva|"
                           r"post-?partum|post-?natal)\b|月经|末次月经|停经|阴道|产后|坐月子")
# (a birth's words say nothing of the sex where the note is about the baby)
_AFTER_A_BIRTH = rx.compile(r"(?i)post-?partum|post-?natal|产后|坐月子")
_A_BABYS_NOTE = rx.compile(r"(?i)\bbaby'?s\b|\bnew[\s-]?born\b|\bneonat\w*|宝宝的|新生儿|婴儿")
_MALE_HINTS = rx.compile(r"(?i)\b(?:prostate|testicles?|testes|scrotum|scrotal|penis|penile)\b|前列腺|睾丸|阴囊|阴茎")
_ZH_SUBJECT_SEX = rx.compile(r"\d{1,3}\s*岁\s*(?:的)?\s*(老太太|女士|阿姨|奶奶|姥姥|外婆|老大爷|大爷|先生|爷爷|老头|男孩|女孩|男童|女童)|"
                             r"^\s*(?:我|俺|我家|我的)?\s*(老太太|女士|阿姨|奶奶|姥姥|外婆|老大爷|大爷|先生|爷爷|老头|男孩|女孩|男童|女童|"
                             r"外公|姥爷|爸爸|老爸|爸|父亲|妈妈|老妈|妈|母亲|老公|老婆|儿子|女儿)\s*[，,]?\s*(?:今年|已经)?\d{1,3}\s*岁")
# ("我奶奶85岁，肾不好": the writer's grandmother, read with her age and no sex, set CO)


# An infant's age in days, weeks or months ("3 week old", "aged 6 weeks", "出生20天", "2个月大的宝宝"): the form and the
# model count whole years, but a fever under 3 months is a red flag of its own (NICE NG143). A Chinese number of
# months alone is a duration ("咳嗽2个月"), so it counts only with 大, 出生/生后 or a word for a baby.
_INFANT_AGE = rx.compile(r"(?i)\b(\d{1,2})[- ]?(days?|weeks?|wks?|months?|mo)[- ]old\b|"
                         # ("4 and a half month old girl, temp 39.1" was read with no age, set DM)
                         r"\b(\d{1,2})\s+and\s+a\s+half[- ](weeks?|months?)[- ]old\b|"
                         r"\b(?:aged|age)\s+(\d{1,2})\s*(days?|weeks?|wks?|months?)\b|"
                         r"\b(?:baby|son|daughter|girl|boy|he|she|little one|lo|bub|baby girl|baby boy)(?: girl| boy)?(?: |(?='))"
                         r"(?:is|was|'s|s) (?:only |just |nearly |"
                         r"almost |now )?(\d{1,2}) (weeks?|months?)\b(?! ago| now| later)|"
                         # terse: "baby 11mo high fever", "baby 6wk fever 38.4"
                         r"\b(?:baby|infant|newborn)\s+(\d{1,2})\s*(mos?|months?|wks?|weeks?|days?|d|w)\b|"
                         # a note that opens with the age: "10 months, fever for 3 days", "6/52 ... " is _FRACTION_AGE's
                         r"^\W{0,3}(\d{1,2})\s*(mos?|months?|wks?|weeks?)\b(?!\s+(?:ago|pregnant|of|later|now))")
_ZH_N = r"(\d{1,2}|[一两二三四五六七八九十]|十[一二])"   # "两个月大", "三周大": Chinese numerals too
# (weeks as 礼拜 or 星期 too, with 才 or 刚 after the birth: "我孙子出生才5个礼拜" of a febrile infant's sepsis was read with
# no age, set FV)
_ZH_UNIT = r"个?(天|周|礼拜|星期|个多月|个月)"
_ZH_INFANT_AGE = rx.compile(rf"(?:出生|生后)(?:第|才|刚|刚刚|已经|有)?{_ZH_N}\s*{_ZH_UNIT}|{_ZH_N}\s*{_ZH_UNIT}大|"
                            rf"{_ZH_N}\s*个?(天|周|礼拜|星期|个多月|个月|月龄)(?:的)?\s*(?:宝宝|婴儿|男婴|女婴|新生儿|小孩|孩子|女儿|儿子|闺女|孙子|孙女|"
                            rf"外孙|外孙女|BB|bb)|{_ZH_N}\s*(月龄)|"
                            rf"(?:宝宝|婴儿|孩子|女儿|儿子|孙子|孙女|外孙|外孙女|BB|bb)\s*(?:现在|今年|才|刚|刚刚|已经)?\s*{_ZH_N}\s*"
                            rf"{_ZH_UNIT}"
                            rf"(?![^，。；,]{{0,3}}(?:前|以来))")
_ZH_NUMERAL = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
               "十一": 11, "十二": 12}
_PER_MONTH = {"d": 1 / 30.44, "w": 7 / 30.44, "m": 1.0, "天": 1 / 30.44, "周": 7 / 30.44, "礼": 7 / 30.44, "星": 7 / 30.44,
              "个": 1.0, "月": 1.0}
# Clinicians' fractions: "6/52 old" is six weeks, "3/12 old" three months ("cough 2/52" is a duration: no "old")
_FRACTION_AGE = rx.compile(r"(?i)\b(\d{1,2})/(52|12)\s*(?:old|o|infant|baby|boy|girl)\b|\baged?\s+(\d{1,2})/(52|12)\b")


def infant_age_months(text: str) -> float | None:
    """The youngest infant age the note states, in months (None when it states none under a year)."""
    ages = []
    for pattern in (_INFANT_AGE, _ZH_INFANT_AGE):
        for m in pattern.finditer(text):
            groups = [g for g in m.groups() if g is not None]
            n, unit = int(_ZH_NUMERAL.get(groups[0], groups[0])), groups[1].lower()
            months = n * _PER_MONTH[unit[0]]
            if months < 12:
                ages.append(months)
    for m in _FRACTION_AGE.finditer(text):
        n, unit = [g for g in m.groups() if g is not None]
        months = int(n) * (7 / 30.44 if unit == "52" else 1.0)
        if months < 12:
            ages.append(months)
    return min(ages) if ages else None


_I_AM_N = rx.compile(r"(?i)\b(?:i'?m|i am|im)\s+(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s+old)?|\s*(?:yo|y/o))?(?=\s*(?:[.,;!?)]|and\b|"
                     r"but\b|$))")
_ZH_YEARS = rx.compile(r"(?<![几多])((?:[一二两三四五六七八九]?十)?[一二两三四五六七八九]|[一二三四五六七八九]?十)(?:周)?岁(?!数)")
_ZH_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# "man 45 sweating": a sex word then an age, no unit after it
_WORD_THEN_AGE = rx.compile(r"(?i)\b(man|woman|male|female|boy|girl|lady|gentleman)\s+(\d{1,3})\b(?!\s*(?:%|mg|kg|g\b|ml|mins?|minutes?|"
                            r"hours?|hrs?|days?|weeks?|wks?|months?|years?\s+ago|times|x\b|/|\.\d|cm|mm|units?|kids|children))")


# "Son 4, sore throat", "My mum (79) stood up", "Neighbour of mine (86, Mrs Patel)", "my granddaughter who is 4": a relative's
# word then the age (set CM: these elderly and child notes were read with no age at all)
_KIN_THEN_AGE = rx.compile(r"(?i)\b(son|daughter|boy|girl|grandson|granddaughter|mum|mom|mother|dad|father|husband|wife|nan|gran|"
                           r"grandmother|grandfather|grandad|grandma|grandpa|neighbou?r|patient|pt)(?:\s+of\s+mine)?"
                           r"(?:\s*[,(]\s*|\s+(?:who\s+is|is|aged?)\s+|\s+)(\d{1,3})\b(?!\s*(?:%|mg|kg|g\b|ml|mins?|minutes?|hours?|hrs?|"
                           r"days?|weeks?|wks?|months?|mo\b|years?\s+ago|times|x\b|/|\.\d|cm|mm|units?|kids|children|puffs?|tablets?|pills?|doses?|drinks?|cups?|pints?|bottles?|lbs?|st\b|stone|am\b|pm\b|o'?clock|:|\.\d|-\d))")
# The relative a note is about, named first ("My husband has had chest pain since this morning", "我老公今天胸口疼"):
# their sex, where the form left it empty; not the writer's own story told through them ("my husband says I snore",
# "我老公说我...")
_KIN_FIRST = rx.compile(r"(?i)^\W*(?:(?:hi|hello|dear|good\s+(?:morning|afternoon|evening))?\W*(?:doctor|doc|dr|gp)?\W*)?(?P<said>(?:my|our)\s+(son|grandson|dad|father|husband|grandfather|"
                        r"grandad|grandpa|daughter|granddaughter|mum|mom|mother|wife|nan|gran|grandmother|grandma))\b"
                        r"(?!\s*(?:says|said|thinks|told|tells|reckons|wants|noticed|made|is\s+worried|and\s+i)\b)")
_ZH_KIN_FIRST = rx.compile(r"^\W*(?:医生)?(?:你好|您好)?\W*(?P<said>(?:我|俺|我家|我的|家里)\s*(老公|丈夫|爱人老公|老婆|妻子|爸爸|老爸|父亲|爸|妈妈|老妈|母亲|妈|"
                           r"儿子|女儿|爷爷|奶奶|外公|外婆|姥姥|姥爷|闺女))(?!说|讲|觉得|让我|叫我|嫌我|陪我|和我|跟我)")
_ZH_KIN_SEX = {"老公": "M", "丈夫": "M", "爱人老公": "M", "爸爸": "M", "老爸": "M", "父亲": "M", "爸": "M", "儿子": "M",
               "爷爷": "M", "外公": "M", "姥爷": "M", "老婆": "F", "妻子": "F", "妈妈": "F", "老妈": "F", "母亲": "F", "妈": "F",
               "女儿": "F", "奶奶": "F", "外婆": "F", "姥姥": "F", "闺女": "F"}
_KIN_SEX = {"son": "M", "boy": "M", "grandson": "M", "dad": "M", "father": "M", "husband": "M", "grandfather": "M", "grandad": "M",
            "grandpa": "M", "daughter": "F", "girl": "F", "granddaughter": "F", "mum": "F", "mom": "F", "mother": "F", "wife": "F",
            "nan": "F", "gran": "F", "grandmother": "F", "grandma": "F"}


def _zh_years(word: str) -> int | None:
    """两 -> 2, 十二 -> 12, 八十二 -> 82, 三十 -> 30."""
    if "十" not in word:
        return _ZH_DIGIT.get(word)
    tens, _, ones = word.partition("十")
    return (_ZH_DIGIT.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGIT.get(ones, 0) if ones else 0)


# "4yo refusing to walk ...", "67 y/o with SOB": an age that opens the note is the patient's
_LEADING_AGE = rx.compile(r"(?i)^\W{0,3}(\d{1,3})\s*(?:yo|y/o|y\.o\.|yrs?\s+old|years?\s+old|year-old|yr-old)\b")
# "my 3 month old hasn't pooed for 4 days", "8 month old with a rash": a baby's age in months or weeks, in whole years
# (a baby's differential had held endometriosis and the menopause with the age unread)
# A parent writing of a baby ("my baby's 6 weeks old and every evening ... he screams ... im 19 and so tired": the baby
# is the patient, not the 19-year-old mother; set DP), not a mother's own breast, nipples, stitches, scar or bleeding
_PARENT_OF_A_BABY = rx.compile(r"(?i)^(?!.*\bmy\s+(?:boobs?|breasts?|nipples?|stitches|scar|c-?section|bleeding|milk\s+supply|"
                               r"period)\b).*\b(?:my|our)\s+(?:baby|son|daughter|little\s+one|newborn|boy|girl)(?:'s|\s+is)?\s+"
                               r"\d{1,2}\s*(?:weeks?|wks?|months?|mths?)\s+old\b", re.S)
_N_MONTH_OLD = rx.compile(r"(?i)(?:^\W{0,3}|\b(?:my|our)\s+)(\d{1,2})[- ]?(months?|mo|mths?|weeks?|wks?|days?)[- ]old\b")
# A mother's own breast, nipple, stitches or bleeding named ("breastfeeding my 5 week old ... a red, hot, painful wedge
# shaped area on ... my left boob": the mother is the patient; read as a baby of 0, her mastitis's fever was an infant's,
# set EF)
_MOTHERS_OWN = rx.compile(r"(?i)\bmy\s+(?:(?:left|right|l|r)\s+)?(?:boobs?|breasts?|nipples?|stitches|scar|c-?section|bleeding|"
                          r"milk\s+supply|period)\b|我(?:的)?(?:左边|右边|左侧|右侧|左|右|一边)?(?:的)?(?:乳房|乳头|奶头|咪咪)")
_MY_N_YEAR_OLD = rx.compile(r"(?i)\b(?:my|our)\s+(\d{1,2})[- ]?(?:years?|yrs?)[- ]old\b|\b(?:my|our)\s+(\d{1,2})\s*(?:yo|y/o)\b")


# The child is the writer's contact, not the patient, when the child's own clause says so: "Got IBS but this is different ... My 4 year old had exactly the
# same 2 days ago from nursery" (set AC: the writer's gastroenteritis was given a 4-year-old's intussusception)
_A_CONTACT = rx.compile(r"(?i)\b(?:same|too|as\s+well|also|had\s+it|has\s+it|caught|from\s+(?:nursery|school)|passed\s+it)\b")


def _clause_after(text: str, end: int) -> str:
    """The words after ``end`` up to the clause's end (a comma or a terminator)."""
    his = [i for i in (text.find(c, end) for c in ",;.!?\n") if i >= 0]
    return text[end:min(his) if his else len(text)]


def _age_sex(text: str) -> list[ContextItem]:
    out = []
    for k, pattern in enumerate(_AGE_SEX_PATTERNS):
        for m in pattern.finditer(text):
            if k == 2:
                sex_word, age, unit = m.group(1), m.group(2), None
            elif k == 3:
                sex_word, age, unit = m.group(1), m.group(2), m.group(3)
            else:
                age, unit, sex_word = m.group(1), m.group(2), m.group(3)
            years = int(age) // 12 if unit and unit.lower().startswith("mo") else \
                0 if unit and unit.lower().startswith("w") else int(age)
            if years > 120:
                continue
            out.append(ContextItem("age", years, m.group(0).strip(), m.start(), m.end()))
            word = sex_word.lower()
            sex = "F" if word in _FEMALE_WORDS else "M" if word in _MALE_WORDS else None
            if sex:
                out.append(ContextItem("sex", sex, m.group(0).strip(), m.start(), m.end()))
    if not any(i.key == "age" for i in out) and not _PARENT_OF_A_BABY.search(text):   # "I'm 35." / "I am 24 years old,
        m = _I_AM_N.search(text)                                                        # ..." (the writer's own)
        if m and int(m.group(1)) <= 110:
            out.append(ContextItem("age", int(m.group(1)), m.group(0).strip(), m.start(), m.end()))
    if not any(i.key == "age" for i in out):   # "4yo refusing to walk since yesterday"
        m = _LEADING_AGE.search(text)
        if m and int(m.group(1)) <= 110:
            out.append(ContextItem("age", int(m.group(1)), m.group(0).strip(), m.start(), m.end()))
    if not any(i.key == "age" for i in out):   # "my 3 month old hasn't pooed for 4 days"
        m = _N_MONTH_OLD.search(text)
        if m and not _A_CONTACT.search(_clause_after(text, m.end())) and not (
                m.start() > 3 and _MOTHERS_OWN.search(text)):
            n, unit = int(m.group(1)), m.group(2).lower()
            out.append(ContextItem("age", n // 12 if unit.startswith("m") else 0, m.group(0).strip(), m.start(), m.end()))
    if not any(i.key == "age" for i in out):   # "4 and a half month old girl, temp 39.1", "月嫂记录：宝宝出生第5天": a baby's
        for pattern in (_INFANT_AGE, _ZH_INFANT_AGE):   # age opening the note is the patient's (set DM: both had no age;
            #                                             "old" said: "34 weeks with my second" is a pregnancy's weeks)
            m = pattern.search(text, 0, 60)
            if m and (pattern is _ZH_INFANT_AGE or m.start() <= 3 and re.search(r"(?i)\bold\b", m.group(0))) \
                    and not _A_CONTACT.search(_clause_after(text, m.end())) and infant_age_months(m.group(0)) is not None:
                out.append(ContextItem("age", 0, m.group(0).strip(), m.start(), m.end()))
                break
    if not any(i.key == "age" for i in out):   # "My 5 year old woke up limping" (a parent writing of the child)
        m = _MY_N_YEAR_OLD.search(text)
        if m and int(m.group(1) or m.group(2)) <= 17 and not _A_CONTACT.search(_clause_after(text, m.end())):
            out.append(ContextItem("age", int(m.group(1) or m.group(2)), m.group(0).strip(), m.start(), m.end()))
    for k, pattern in enumerate(_ZH_AGE_SEX):
        for m in pattern.finditer(text):
            sex_word, age, unit = (m.group(1), m.group(2), m.group(3)) if k == 0 else (m.group(3), m.group(1), m.group(2))
            years = int(age) // 12 if "月" in unit else int(age)
            if years <= 120:
                out.append(ContextItem("age", years, m.group(0), m.start(), m.end()))
                out.append(ContextItem("sex", "F" if sex_word == "女" else "M", m.group(0), m.start(), m.end()))
    if not any(i.key == "age" for i in out):   # "男 23 天天戴耳机...", "...脖子肩膀很硬。女，21": a form's sex and age
        for m in _ZH_SEX_BARE_AGE.finditer(text):   # with no unit, opening or closing the note
            if (m.start() <= 2 or not text[m.end():].strip(" 。.，,；;！!")) and 1 <= int(m.group(2)) <= 110:
                out.append(ContextItem("age", int(m.group(2)), m.group(0), m.start(), m.end()))
                if not any(i.key == "sex" for i in out):
                    out.append(ContextItem("sex", "F" if m.group(1) == "女" else "M", m.group(0), m.start(), m.end()))
                break
    for m in re.finditer(r"(\d{1,3})\s*岁", text):
        if not any(i.start <= m.start() < i.end for i in out) and int(m.group(1)) <= 120:
            out.append(ContextItem("age", int(m.group(1)), m.group(0), m.start(), m.end()))
    if not any(i.key == "age" for i in out):   # "小孩两岁", "五岁半", "八十二岁" (Chinese numerals; not 几岁 or 岁数)
        for m in _ZH_YEARS.finditer(text):
            years = _zh_years(m.group(1))
            if years is not None and years <= 120:
                out.append(ContextItem("age", years, m.group(0), m.start(), m.end()))
                break
    if not any(i.key == "age" for i in out):   # "man 45 sweating ...", "woman 32, cough"
        m = _WORD_THEN_AGE.search(text)
        if m:
            out.append(ContextItem("age", int(m.group(2)), m.group(0), m.start(), m.end()))
            word = m.group(1).lower()
            if not any(i.key == "sex" for i in out):
                out.append(ContextItem("sex", "F" if word in _FEMALE_WORDS else "M", m.group(0), m.start(), m.end()))
    if not any(i.key == "age" for i in out):
        m = _KIN_THEN_AGE.search(text)
        if m and int(m.group(2)) <= 110:
            out.append(ContextItem("age", int(m.group(2)), m.group(0).strip(), m.start(), m.end()))
            sex = _KIN_SEX.get(m.group(1).lower())
            if sex and not any(i.key == "sex" for i in out):
                out.append(ContextItem("sex", sex, m.group(0).strip(), m.start(), m.end()))
    for m in re.finditer(r"(?:患者|病人)?\s*(男|女)(?:性|，|,|。)", text):
        if not any(i.key == "sex" for i in out):
            out.append(ContextItem("sex", "F" if m.group(1) == "女" else "M", m.group(0), m.start(), m.end()))
    for m in _ZH_SUBJECT_SEX.finditer(text):
        if not any(i.key == "sex" for i in out):
            female = (m.group(1) or m.group(2)) in ("老太太", "女士", "阿姨", "奶奶", "姥姥", "外婆", "女孩", "女童", "妈妈",
                                                    "老妈", "妈", "母亲", "老婆", "女儿")
            out.append(ContextItem("sex", "F" if female else "M", m.group(0), m.start(), m.end()))
    if not any(i.key == "sex" for i in out):
        m = _KIN_FIRST.search(text) or _ZH_KIN_FIRST.search(text)
        if m:
            out.append(ContextItem("sex", _KIN_SEX.get(m.group(2).lower()) or _ZH_KIN_SEX[m.group(2)], m["said"],
                                   m.start("said"), m.end("said")))
    if not any(i.key == "sex" for i in out):
        female, male = _FEMALE_HINTS.search(text), _MALE_HINTS.search(text)
        if female and _AFTER_A_BIRTH.fullmatch(female.group(0)) and _A_BABYS_NOTE.search(text):
            female = None   # ("Day 5 postnatal visit. Baby's eyelids both swollen": the baby's note, set ET)
        if female and not male:
            out.append(ContextItem("sex", "F", female.group(0), female.start(), female.end()))
        elif male and not female:
            out.append(ContextItem("sex", "M", male.group(0), male.start(), male.end()))
    return out


_PREGNANT_WEEKS = [
    rx.compile(r"(?i)\b(\d{1,2})\s*(?:\+\d)?\s*(?:weeks?|wks?|/40)\s*(?:pregnant|gestation|pg|preg|along|"
               r"into (?:my |the |her )?pregnancy)"),
    rx.compile(r"(?i)\bpregnant\s*[(,]?\s*(?:at|about|around|approx\.?|~|now)?\s*(\d{1,2})\s*(?:weeks?|wks?|/40)(?!\s+ago)"),
    # (a note that opens on its weeks and goes on to a bleeding: "10 weeks. started bleeding heavy last night like a
    # bad period with big clots" was a heavy period, routine, set ET; not a baby's weeks)
    rx.compile(r"(?i)^\s*(\d{1,2})\s*(?:weeks?|wks?)\s*[.,:;]\s*(?=[\s\S]{0,200}?\b(?:bleed\w*|spotting)\b)"
               r"(?![\s\S]{0,400}?\b(?:baby|babies|son|daughter|feeds?|feeding|nappy|nappies|formula|he|his|him|she|her)\b)"),
    rx.compile(r"(?i)\b(?:g\d\s*p\d\s*,?\s*)?(\d{1,2})(?:\+\d)?/40\b"),
    rx.compile(r"(?i)\b(?:gestation|ga)\s*(?:of|:)?\s*(\d{1,2})\s*(?:weeks?|wks?|w)\b"),
    rx.compile(r"(?i)(?:孕|怀孕|妊娠|停经)\s*(\d{1,2})\s*(?:\+\d)?\s*(?:周|wks?\b|w\b|weeks?\b)"),
    # "I'm 10 weeks, saw a heartbeat at my early scan": the weeks of a pregnancy in a note that speaks of one (a scan, a
    # heartbeat, the baby, the bump, a midwife, kicks); not "6 weeks postpartum", "10 weeks ago", "3 weeks into this
    # cough" (only "I'm": "she's 12 weeks" may be a baby's age)
    rx.compile(r"(?i)\b(?:i'?m|i\s+am)\s+(?:now\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+)?"
               r"(\d{1,2})\s*(?:\+\d)?\s*(?:weeks?|wks?)\b(?!\s*(?:ago|old|postpartum|post|after|since|out|from|into|in|of|"
               r"on|off|with\s+(?:this|the|a|an|my))\b)"
               r"(?=[\s\S]{0,300}?\b(?:scan|heartbeat|baby|bump|midwife|booking|kick\w*|fetal|foetal|morning\s+sickness|"
               r"antenatal|obstetric\w*|pregnan\w*)\b)"),
    # "34 weeks with my second", "20 weeks along with our first"
    rx.compile(r"(?i)\b(\d{1,2})\s*(?:weeks?|wks?)\s+(?:along\s+)?with\s+(?:my|our|her)\s+(?:first|second|third|fourth|"
               r"1st|2nd|3rd|4th|baby|twins)\b"),
    # "primip 36wks", "multip at 34 weeks": a woman in her first or a later pregnancy, so pregnant now
    rx.compile(r"(?i)\b(?:primip|multip|primigravida|multigravida|primiparous|multiparous)\w*\s*,?\s*(?:at\s*)?"
               r"(\d{1,2})\s*(?:\+\d)?\s*(?:weeks?|wks?|w|/40)\b"),
    rx.compile(r"(?i)(?<![\d/])(\d{1,2})\+[0-6]\s*(?:weeks?|wks?|/40)?\b"),
]
_PREGNANT = rx.compile(r"(?i)\b(?:pregnant|pregnancy|expecting a baby|with child|antenatal|g\d\s*p\d|primigravida|multigravida)\b|怀孕|妊娠期?|孕期|孕妇|怀着|早孕|"
                       r"怀上(?:了|宝宝|孩子|有)?(?:\s*[\d一二三四五六七八九两]+\s*个?多?月)?")
# a pregnancy wished for, planned, supposed or past, not now: "trying to get pregnant", "if I get pregnant", "when I was
# pregnant with my son", "planning a pregnancy", "my last pregnancy", 想怀孕, 计划怀孕, 上次怀孕
_PREGNANCY_NOT_NOW = rx.compile(r"(?i)\b(?:trying|try|tried|want|wanting|wanted|hoping|hope|plan|planning|planned|ready|"
                                r"able|unable|struggling|struggle)\s+(?:to\s+)?(?:get|getting|become|becoming|be|for a)\s+$|"
                                r"\b(?:if|when|once|before|after|in case)\s+(?:i|she|you|we|my wife|my partner)\s+"
                                r"(?:get|gets|become|becomes|was|were|had been|got)\s+$|"
                                r"\b(?:planning|plan|trying for|wanting|want)\s+(?:a|another|our|my)\s+$|"
                                r"\b(?:previous|last|past|earlier|former|prior|other)\s+$|"
                                r"\b(?:before|after)\s+(?:my\s+|the\s+|her\s+|this\s+|that\s+)?$|"   # "sumatriptan before pregnancy"
                                r"\b(?:i|she)\s+had\s+(?:a\s+)?$|"   # "Four years ago, I had pregnancy diabetes"
                                r"(?:想|想要|计划|准备|打算|希望|以前|上次|之前|上一次|前一次)\s*$")
# a likeness, not a pregnancy: "肚子大，像怀孕了一样", "my belly looks pregnant", "like I'm 6 months pregnant"
_LIKE_PREGNANT = rx.compile(r"(?i)(?:像|好像|跟|如同|似)\s*$|(?:looks?|looking|like|as if|as though)\s+(?:i'?m\s+|i am\s+|i was\s+|"
                            r"she'?s\s+|she is\s+)?(?:\d+\s+months?\s+)?$")
_NOT_PREGNANT = rx.compile(r"(?i)\b(?:pregnancy test (?:was |is )?(?:negative|neg)|upt\s*(?:-ve|neg\w*)|"
                           r"(?:can'?t|cannot|could not|couldn'?t) be pregnant)\b|未孕|(?<!有)没有怀孕|尿妊娠试验阴性")
# (not a question's A-not-A, 有没有怀孕 "whether pregnant": "还没测过有没有怀孕" showed a chip "no: pregnant" on the Assess
# page beside an ectopic pregnancy, set EF)
_BREASTFEEDING = rx.compile(r"(?i)\b(?:breast-?\s?feeding|breastfed|ebf|nursing (?:my|the|her) (?:baby|son|daughter|"
                            r"infant)|lactating|feeding (?:my|the|her|our) (?:baby|son|daughter|little one|newborn|twins) "
                            r"(?:myself|from the breast|on the breast|with breast ?milk)|expressing (?:breast ?)?milk)\b|"
                            r"哺乳期?|喂奶|母乳喂养|喂母乳|亲喂")
_STOPPED_BEFORE = rx.compile(r"(?i)\b(?:stopped|gave up|finished|quit|no longer)\s*$|(?:已经|早就)?(?:停止|断奶|不再)\s*$")


# A pregnancy's months ("怀孕六个月", "6 months pregnant"): its weeks, at least 4.3 a month (a miscarriage, under 24 weeks,
# led a 6-month pregnancy's black stools on iron tablets, set EK)
_PREGNANT_MONTHS = [rx.compile(r"(?:怀孕|孕|妊娠)\s*(\d|[一两二三四五六七八九])\s*个(?:多)?月"),
                    rx.compile(r"(?i)\b(\d)\s*(?:\+\s*)?months?\s+(?:pregnant|gone|into\s+(?:my|the|her)\s+pregnancy)\b")]
WEEKS_A_MONTH = 4.3


def _pregnancy(text: str) -> list[ContextItem]:
    out = []
    for pattern in _PREGNANT_MONTHS:
        for m in pattern.finditer(text):
            weeks = int(int(_ZH_NUMERAL.get(m.group(1), m.group(1))) * WEEKS_A_MONTH)
            if 4 <= weeks <= 42 and not denied(text, m.start()) and not _LIKE_PREGNANT.search(
                    text[max(0, m.start() - 24):m.start()]) and not _PREGNANCY_NOT_NOW.search(text[max(0, m.start() - 30):m.start()]):
                out.append(ContextItem("pregnant", True, m.group(0), m.start(), m.end()))
                out.append(ContextItem("gestation_weeks", weeks, m.group(0), m.start(), m.end()))
    for pattern in _PREGNANT_WEEKS:
        for m in pattern.finditer(text):
            weeks = int(m.group(1))
            if 1 <= weeks <= 44 and not any(i.start <= m.start() < i.end for i in out):
                neg = denied(text, m.start())
                out.append(ContextItem("pregnant", True, m.group(0), m.start(), m.end(), neg))
                if not neg:
                    out.append(ContextItem("gestation_weeks", weeks, m.group(0), m.start(), m.end()))
    for m in _NOT_PREGNANT.finditer(text):
        out.append(ContextItem("pregnant", True, m.group(0), m.start(), m.end(), True))
    for m in _PREGNANT.finditer(text):
        if any(i.start <= m.start() < i.end or m.start() <= i.start < m.end() for i in out):
            continue
        # "pregnancy test" alone says nothing; "no chance of pregnancy" is a denial; "像怀孕了一样" a likeness
        after = text[m.end():m.end() + 6].lower()
        if after.startswith(" test") or after.startswith("试验") or _LIKE_PREGNANT.search(text[max(0, m.start() - 24):m.start()]) \
                or _PREGNANCY_NOT_NOW.search(text[max(0, m.start() - 30):m.start()]):
            continue
        item = _item("pregnant", True, m, text)
        if _ZH_A_NOT_A.search(text[max(0, m.start() - 10):m.start()]) and not item.negated:
            continue   # a question unanswered ("还没测过有没有怀孕"): neither pregnant nor not
        out.append(item)
    for m in _BREASTFEEDING.finditer(text):
        item = _item("breastfeeding", True, m, text)
        if _STOPPED_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            item = ContextItem(item.key, True, item.phrase, item.start, item.end, True)
        out.append(item)
    return out


_NO_ALLERGY = rx.compile(r"(?i)\b(?:nkda|nka|nkda\.|no known (?:drug )?allergies|no (?:drug )?allergies|not allergic to anything|"
                         r"allergies:?\s*(?:none|nil|nkda))\b|无(?:药物)?过敏史?|否认(?:药物|食物)?(?:及食物)?过敏史|没有过敏")


def _allergy_pattern(drugs: str) -> re.Pattern:
    # "allergic to X", "X allergy", "allergy: X", "rash with X", "reaction to X", "X -> anaphylaxis", "对X过敏"
    return rx.compile(
        rf"(?i)(?:allerg\w*|reaction|rash|hives|intoleran\w*|sensitiv\w*|anaphyla\w*|angioedema|angio-oedema|"
        rf"swell\w*)[^.;\n]{{0,30}}?"
        rf"\b(?:to|with|from|after|on|:)\s*(?:\w+\s+){{0,2}}?({drugs})|({drugs})\s*(?:\(|-|:|–)?\s*"
        rf"(?:allerg\w*|sensitiv\w*|intoleran\w*|anaphyla\w*|reaction|rash|hives|angioedema)|"
        rf"对\s*({drugs})\s*(?:类药物?|类)?\s*过敏|({drugs})\s*(?:类药物?)?过敏|"
        rf"\b({drugs})\b[^.;\n]{{0,60}}?\b(?:allergic|an allergy)\b|"
        rf"(?:can'?t|cannot|not allowed|unable to|mustn'?t|shouldn'?t)\s+(?:to\s+)?(?:take|have|use)\s+({drugs})|"
        rf"\b({drugs})\s+makes? my asthma|"
        rf"\b({drugs})\b[^.;\n]{{0,25}}?\b(?:gave|gives|caused|causes|brought|brings|made|makes|set|sets|triggered|"
        rf"triggers)\b[^.;\n]{{0,25}}?(?:rash|hives|swell\w*|anaphyla\w*|reaction|allerg\w*|itch\w*|wheez\w*|asthma|"
        rf"blister\w*)|"
        rf"(?:wheez\w*|itch\w*|blister\w*|welts?)[^.;\n]{{0,20}}?\bafter\s+(?:taking\s+|having\s+)?({drugs})|"
        rf"({drugs})\s*(?:皮试|皮肤试验)\s*(?:阳性|\(\+\)|（\+）|\+)|"
        rf"(?:吃|服用?|用|打|输)(?:了|过)?\s*({drugs})\s*(?:以?后|之后)[^。；;]{{0,12}}?"
        rf"(?:过敏|风团|皮疹|起疹|疹子|红疹|荨麻疹|肿|休克|喘不上气|呼吸困难)")


# Every alternative of an allergy pattern names a drug of its class, so a note that names none of them is not
# searched with the long pattern at all (the cheap search first; issue 16).
_ALLERGY_PATTERNS = {flag: (rx.compile(rf"(?i)(?:{drugs})"), _allergy_pattern(drugs))
                     for flag, drugs in _DRUG_CLASSES.items()}


# "Allergic to penicillin (rash) and erythromycin (lip swelling)": every drug listed after the allergy word in the
# same sentence is an allergy too.
_ALLERGY_LIST = rx.compile(r"(?i)\ballerg\w*\s+to\s+[^.;\n]{0,80}|对[^。；;]{0,30}过敏")
_OWN_REACTION = rx.compile(r"\s*[(（:：\-–]\s*([^)）\n;.]{0,40})")


def _severe(text: str, statement: tuple[int, int], drug: tuple[int, int]) -> bool:
    """Was the reaction to the drug severe? The statement itself ("ANAPHYLAXIS to penicillin"), the drug's own
    bracketed reaction when it has one ("erythromycin (lip swelling)": not the penicillin's), else the words
    around the statement."""
    severe = rx.compile(rf"(?i){_SEVERE_REACTION}")
    own = _OWN_REACTION.match(text, drug[1])
    if severe.search(text[statement[0]:statement[1]]):
        return True
    if own and own.group(1).strip():
        return bool(severe.search(own.group(1)))
    return bool(severe.search(text[max(0, statement[0] - 60):statement[1] + 60]))


def _allergies(text: str) -> list[ContextItem]:
    out = []
    for m in _NO_ALLERGY.finditer(text):
        out.append(ContextItem("no_allergy", True, m.group(0), m.start(), m.end()))
    self_denied = _SELF_DENIAL.search(text)
    low = text.lower()
    for flag, (named, pattern) in _ALLERGY_PATTERNS.items():
        if not named.search(text):
            continue
        found = [(m.start(), m.end(), m.span(next(g for g in range(1, pattern.groups + 1) if m.group(g))))
                 for m in pattern.finditer(text)]
        for lst in _ALLERGY_LIST.finditer(text):
            for d in named.finditer(text, lst.start(), lst.end()):
                whole = not re.match(r"[A-Za-z]", text[d.end():d.end() + 1]) and \
                    not re.match(r"[A-Za-z]", text[d.start() - 1:d.start()] if d.start() else "")
                if whole and not any(a <= d.start() < b for a, b, _ in found):
                    found.append((lst.start(), d.end(), d.span()))
        for start, end, (d_start, d_end) in found:
            if flag == "allergy_nsaid" and re.match(r"(?i)aspirin\s*(?:75|81|100)", low[d_start:d_end + 6]):
                continue
            cut = max(text.rfind(",", start, d_start), text.rfind("，", start, d_start))
            if cut >= 0:   # "no rash, allergic to penicillin": the allergy is the part after the comma, not denied
                said = text[cut + 1:d_start]
                neg = _NEG_EN.search(said) or _NEG_ZH.search(said)
            else:
                neg = denied(text, start)
            neg = neg or (self_denied is not None and _OTHER_PERSON.search(text[max(0, start - 40):start]))
            out.append(ContextItem(flag, True, text[start:end], start, end, bool(neg)))
            if flag == "allergy_penicillin" and not neg and _severe(text, (start, end), (d_start, d_end)):
                out.append(ContextItem("allergy_penicillin_severe", True, text[start:end], start, end))
    return out


# An allergy to a medicine named in the note that no allergy flag covers ("UTI ..., allergic to trimethoprim and
# nitrofurantoin" was offered both): each knowledge-base medicine by its generic name (the id's words, the English
# name before any bracket or form, the Chinese name), read with the same statements as the class allergies.
_FORM_WORDS = rx.compile(r"(?i)\s+(?:tablets?|capsules?|cream|gel|ointment|spray|drops|inhaler|injection|patch|solution|"
                         r"suspension|lozenges?|pessary|suppositor\w*|mouthwash|\d.*)$")
_ANY_ALLERGY_WORD = rx.compile(r"(?i)allerg|reaction|intoleran|sensitiv|anaphyla|rash|hives|swell|can'?t\s+take|cannot\s+take|过敏")
_NAMED_ALLERGY_LIST = rx.compile(r"(?i)\ballerg\w*\s*(?:to|:|-)\s*[^.;\n]{0,80}|对[^。；;]{0,30}过敏")
_NAMED_ALLERGY_CACHE: dict[int, tuple] = {}


def _medicine_names(kb) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for mid, med in kb.medications.items():
        english = _FORM_WORDS.sub("", re.split(r"\s*[(,/]", med.name.en)[0]).strip().lower()
        chinese = re.split(r"[（(，,/]", med.name.zh)[0].strip()
        for name in {mid.replace("_", " "), english, chinese}:
            if len(name) >= (2 if re.search(r"[\u4e00-\u9fff]", name) else 5):
                names.setdefault(name, set()).add(mid)
    return names


def named_medicine_allergies(text: str, kb) -> dict[str, str]:
    """Knowledge-base medicines the note says the patient is allergic to (not denied, not a relative's), each with
    the words that say so."""
    if not _ANY_ALLERGY_WORD.search(text):
        return {}
    if id(kb) not in _NAMED_ALLERGY_CACHE:
        names = _medicine_names(kb)
        drugs = rx.trie(names)   # (the longest name first, as a list sorted by length would be, read faster)
        _NAMED_ALLERGY_CACHE[id(kb)] = (names, rx.compile(rf"(?i)(?:{drugs})"), _allergy_pattern(drugs))
    names, named, pattern = _NAMED_ALLERGY_CACHE[id(kb)]
    found = []
    for m in pattern.finditer(text):
        g = next(g for g in range(1, pattern.groups + 1) if m.group(g))
        found.append((m.start(), m.end(), m.span(g)))
    for lst in _NAMED_ALLERGY_LIST.finditer(text):
        for d in named.finditer(text, lst.start(), lst.end()):
            if not any(a <= d.start() < b for a, b, _ in found):
                found.append((lst.start(), d.end(), d.span()))
    out: dict[str, str] = {}
    for start, end, (d_start, d_end) in found:
        word = text[d_start:d_end]
        if re.match(r"[A-Za-z]", text[d_end:d_end + 1]) or d_start and re.match(r"[A-Za-z]", text[d_start - 1]):
            continue   # inside a longer word
        if denied(text, start) or _OTHER_PERSON.search(text[max(0, start - 40):start]):
            continue
        for mid in names.get(word.lower(), names.get(word, set())):
            out.setdefault(mid, text[start:end])
    return out


def _medicines(text: str) -> list[ContextItem]:
    out = []
    for flag, pattern in (("anticoagulant", _ANTICOAGULANTS), ("warfarin", _WARFARIN), ("antiplatelet", _ANTIPLATELETS),
                          ("ace_inhibitor", _ACE_INHIBITORS), ("arb", _ARBS),
                          ("antiplatelet", _LOW_DOSE_ASPIRIN), ("methotrexate", r"methotrexate|mtx|甲氨蝶呤"),
                          ("lithium", r"lithium|priadel|camcolit|碳酸锂|锂盐")):
        for m in re.finditer(rf"(?i)(?:\b|(?<=[\u4e00-\u9fff]))(?:{pattern})", text):
            before = text[max(0, m.start() - 25):m.start()].lower()
            if re.search(r"allerg|reaction to|intoleran|过敏", before) or re.match(r"\s*(?:allerg|过敏)", text[m.end():m.end() + 8], re.I):
                continue   # an allergy to the drug, not taking it
            out.append(_item(flag, True, m, text))
    return out


_EGFR = rx.compile(r"(?i)(?<![a-z])egfr\s*(?:of|is|was|=|:|~)?\s*(\d{1,3})|肾小球滤过率[^0-9]{0,8}(\d{1,3})")
_CKD_STAGE = rx.compile(r"(?i)\b(?:ckd|chronic kidney disease)\s*(?:stage|st|g)?\s*([1-5][ab]?)\b|慢性肾(?:脏)?病\s*([1-5])\s*期|"
                        r"\bstage\s*([1-5][ab]?)\s*(?:ckd|chronic kidney disease|kidney disease)")
_KIDNEY = rx.compile(r"(?i)\b(?:ckd|chronic kidney disease|kidney disease|renal (?:failure|impairment|disease|insufficiency)|"
                     r"kidney (?:failure|problems?)|on dialysis|haemodialysis|hemodialysis|peritoneal dialysis|"
                     r"kidney transplant)\b|肾功能不全|肾衰|慢性肾病|慢性肾脏病|尿毒症|透析")
_DIALYSIS = rx.compile(r"(?i)\bdialysis\b|透析")
# A dialysis session missed is no denial of kidney disease ("尿毒症透析三年了 ... 周一没去透析" showed "no: kidney
# disease" beside an eGFR of 10, set DX)
_MISSED_SESSION = re.compile(r"(?i)(?:(?:没(?:去|有去|做|有做)?|漏了?|错过了?|停了?)(?:一次)?(?:血液)?透析|(?:missed|skipped|"
                             r"didn'?t\s+(?:go\s+to|have|attend)|did\s+not\s+(?:go\s+to|have|attend))\s+(?:\w+'?s?\s+){0,3}"
                             r"(?:haemo|hemo)?dialysis)$")
_LIVER = rx.compile(r"(?i)\b(?:cirrhosis|cirrhotic|liver disease|liver failure|chronic hepatitis|hepatic impairment|"
                    r"fatty liver disease|nafld)\b|肝硬化|肝病|肝功能不全|肝衰|慢性(?:乙型|丙型|病毒性)?肝炎|慢性[乙丙]肝|酒精肝")
# A bleeding disorder - haemophilia, von Willebrand disease, another clotting factor deficiency: NSAIDs, antiplatelets
# and anticoagulants withheld, a swollen or injured joint or a head injury an emergency (the haemophilia centre's bleed
# plan). Not low platelets (the joint rules are for the factor disorders), not "clotting disorder" (thrombophilia is
# the opposite), not a query or a test ("?bleeding disorder", "screen for"), not a relative's ("brother has", FHx).
_BLEEDING_DISORDER = rx.compile(r"(?i)\b(?:ha?emophilia(?:c)?(?: [ab])?|ha?emophiliac|von willebrand(?:'?s)?(?: disease)?|vwd|"
                                r"bleeding disorders?|bleeding diathesis|factor (?:viii|ix|8|9|xi|11) deficiency)\b|"
                                r"血友病|血管性血友病|凝血因子缺乏|出血性疾病")
_BLEEDING_QUERY = rx.compile(r"(?i)(?:\?|\bquery\b|\bscreen(?:ing)? for\b|\btest(?:ing|ed)? for\b|\bexclude\b|"
                             r"\brule out\b|\br/o\b|\binvestigat\w* for\b|排除|筛查)\s*(?:a |an |any )?$")
_FAMILY_HISTORY = rx.compile(r"(?i)(?:\bfamily history(?: of)?:?|\bfhx?:?|\bfh of|\b(?:mum|mom|mother|dad|father|brother|"
                             r"sister|uncle|aunt|cousin|grand\w+|nephew)(?:'s)? (?:has|had|with)|家族中?有?人?患?|"
                             r"(?:父亲|母亲|爸爸|妈妈|哥哥|弟弟|姐姐|妹妹|舅舅|外公)有)\s*(?:\w+\s+)?$")
_ASTHMA = rx.compile(r"(?i)\b(?:asthma|asthmatic)\b|哮喘")
_HEART = rx.compile(r"(?i)\b(?:heart failure|ccf|chf|hfref|ihd|ischaemic heart disease|ischemic heart disease|"
                    r"coronary (?:artery|heart) disease|cad|angina|previous mi|prior mi|h/o mi|stents?|cabg|"
                    r"heart attack (?:\w+ )?(?:years?|months?) ago)\b|冠心病|心衰|心力衰竭|心梗病史|放过支架")
_FALLS = rx.compile(r"(?i)\b(?:recurrent falls|multiple falls|frequent falls|(?:\d+|two|three|several|many) falls|"
                    r"falls (?:this|last|in the past) (?:year|month)|fallen (?:twice|several times|a few times)|"
                    r"fell (?:twice|several times|a few times)|keep(?:s|ing)?\s+(?:on\s+)?falling(?!\s+(?:asleep|off\s+to\s+sleep|behind|out|ill|pregnant))|frail|frailty|walks with a (?:frame|stick)|"
                    r"zimmer frame|unsteady on (?:her|his|their) feet)\b|多次跌倒|反复跌倒|经常摔倒|容易摔倒|"
                    r"(?:摔倒|跌倒)过?\s*[两二三四五几多数\d]+\s*次|体弱|身体虚弱")


def _conditions(text: str) -> list[ContextItem]:
    out = []
    for m in _EGFR.finditer(text):
        value = int(m.group(1) or m.group(2))
        if value <= 200:
            out.append(ContextItem("egfr", value, m.group(0), m.start(), m.end()))
    for m in _CKD_STAGE.finditer(text):
        stage = (m.group(1) or m.group(2) or m.group(3)).lower()
        if not any(i.key == "egfr" for i in out):
            out.append(ContextItem("egfr", _CKD_STAGE_EGFR[stage], m.group(0), m.start(), m.end()))
        out.append(_item("kidney_disease", True, m, text))
    for m in _DIALYSIS.finditer(text):
        if not denied(text, m.start()) and not any(i.key == "egfr" for i in out):
            out.append(ContextItem("egfr", 10, m.group(0), m.start(), m.end()))
    for flag, pattern in (("kidney_disease", _KIDNEY), ("liver_disease", _LIVER), ("asthma", _ASTHMA),
                          ("heart_disease", _HEART), ("elderly_faller", _FALLS), ("bleeding_disorder", _BLEEDING_DISORDER)):
        items = [_item(flag, True, m, text) for m in pattern.finditer(text)
                 if not any(i.start <= m.start() < i.end for i in out)]
        if flag == "bleeding_disorder":   # a relative's, a query; "my son has haemophilia" is the patient's own
            items = [i for i in items if not _FAMILY_HISTORY.search(text[max(0, i.start - 30):i.start])
                     and not _BLEEDING_QUERY.search(text[max(0, i.start - 25):i.start])
                     and not re.match(r"\s*(?:家族史|runs in the family|in the family)", text[i.end:i.end + 20])]
        if flag == "kidney_disease":
            items = [i for i in items if not (i.negated and _MISSED_SESSION.search(text[max(0, i.start - 30):i.end]))]
        if any(i.negated for i in items):   # "No asthma (his brother has asthma)": the relative's is not the patient's
            items = [i for i in items if i.negated or not _OTHER_PERSON.search(text[max(0, i.start - 40):i.start])]
        out += items
    return out


def read_context(text: str) -> NoteContext:
    """Everything the note says about the patient's context, in order of appearance. Zero-width and bidi
    characters are read through ("preg\u200bnant" is pregnant), traditional Chinese as simplified (``hanzi``);
    spans point into ``text``."""
    from dataclasses import replace

    from .hanzi import simplified
    from .tokenizer import original_span, visible
    shown, where = visible(text)
    read = simplified(shown)                  # traditional characters read as simplified, one for one
    found = _read_context(read)
    if read != shown:                         # each phrase as written ("懷孕20週", not "怀孕20周")
        found = NoteContext(tuple(replace(i, phrase=shown[i.start:i.end]) if read[i.start:i.end] == i.phrase else i
                                  for i in found.items))
    if where is None:
        return found
    return NoteContext(tuple(replace(i, start=s, end=e) for i in found.items
                             for s, e in [original_span(where, i.start, i.end)]))


def _read_context(text: str) -> NoteContext:
    from dataclasses import replace

    from .modality import dialogue_questions
    items = _age_sex(text) + _pregnancy(text) + _allergies(text) + _medicines(text) + _conditions(text)
    # a question answered no in a dialogue denies what it asks ("Nurse: bleeding disorder or blood thinners? Mum: no."
    # had a head clash at hockey sent to the emergency department as an anticoagulated head injury)
    for start, q, _, no in dialogue_questions(text):
        if no:
            items = [replace(i, negated=True) if start <= i.start and i.end <= q and i.key not in ("age", "sex",
                     "gestation_weeks", "egfr") else i for i in items]
    items.sort(key=lambda i: (i.start, i.key))
    seen, out = set(), []
    for i in items:
        key = (i.key, i.negated)
        if key in seen and i.key not in ("age", "sex"):
            continue
        if i.key in ("age", "sex") and any(o.key == i.key for o in out):
            continue
        seen.add(key)
        out.append(i)
    return NoteContext(tuple(out))


def _label(i: ContextItem) -> str:
    names = {"pregnant": "pregnant", "breastfeeding": "breastfeeding", "allergy_penicillin": "penicillin allergy",
             "allergy_penicillin_severe": "penicillin anaphylaxis or angioedema",
             "allergy_cephalosporin": "cephalosporin allergy", "allergy_sulfa": "sulfonamide allergy",
             "allergy_nsaid": "NSAID / aspirin allergy", "allergy_macrolide": "macrolide allergy",
             "anticoagulant": "on an anticoagulant", "warfarin": "on warfarin", "antiplatelet": "on an antiplatelet",
             "bleeding_disorder": "a bleeding disorder", "ace_inhibitor": "on an ACE inhibitor", "arb": "on an ARB",
             "methotrexate": "on methotrexate", "lithium": "on lithium", "kidney_disease": "kidney disease",
             "liver_disease": "liver disease", "asthma": "asthma", "heart_disease": "heart disease",
             "elderly_faller": "falls or frailty", "no_allergy": "no known drug allergies"}
    if i.key == "age":
        return f"age {i.value}"
    if i.key == "sex":
        return "female" if i.value == "F" else "male"
    if i.key == "gestation_weeks":
        return f"{i.value} weeks pregnant"
    if i.key == "egfr":
        return f"eGFR about {i.value}"
    name = names.get(i.key, i.key)
    return f"not {name}" if i.negated else name


@dataclass(frozen=True)
class Conflict:
    """The form and the note disagree about one item."""
    key: str
    form: object
    note: object
    phrase: str


def merge(case, note: NoteContext, ignored: frozenset[str] = frozenset()):
    """The case the model and the safety rules should see: the form's values, completed from the note.

    The form wins where both give a value (a conflict is reported, never silently resolved); flags read from
    the note are added unless the clinician removed them (``ignored`` holds their keys). Returns
    (case, conflicts)."""
    from .case import Case, USER_FLAGS
    from .knowledge import PREGNANCY_AGES
    kept = [i for i in note.items if i.key not in ignored]
    note = NoteContext(tuple(kept))
    conflicts = []
    age, sex = case.age, case.sex
    if note.age is not None:
        if age is None:
            age = note.age
        elif abs(age - note.age) > 1:
            conflicts.append(Conflict("age", age, note.age, note._affirmed("age").phrase))
    if note.sex is not None:
        if sex is None:
            sex = note.sex
        elif sex != note.sex:
            conflicts.append(Conflict("sex", sex, note.sex, note._affirmed("sex").phrase))
    flags = set(case.flags) | {f for f in note.flags if f in USER_FLAGS}
    weeks_read = note.gestation_weeks
    if age is not None and age < PREGNANCY_AGES[0] and "pregnant" not in case.flags:
        flags.discard("pregnant")   # "4yo daughter, spots ... I'm 24 weeks pregnant": the mother writing, not the child
        weeks_read = None
    for f in note.denied & set(case.flags):
        item = next((i for i in note.items if i.key == f and i.negated), None)
        conflicts.append(Conflict(f, True, False, item.phrase if item else "no known allergies"))
    weeks = case.gestation_weeks if case.gestation_weeks is not None else weeks_read
    egfr = case.egfr if case.egfr is not None else note.egfr
    if sex is None and flags & {"pregnant", "breastfeeding"}:
        sex = "F"
    if sex == "M" and (flags & {"pregnant", "breastfeeding"} or weeks is not None):
        item = note._affirmed("pregnant") or note._affirmed("breastfeeding")
        conflicts.append(Conflict("pregnant", False, True, item.phrase if item else ""))
        flags -= {"pregnant", "breastfeeding"}
        weeks = None
    merged = Case(case.text, age, sex, frozenset(flags), weeks, egfr)
    return merged, conflicts
