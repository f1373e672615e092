"""Vital signs and bedside readings written as numbers: "SpO2 88%", "T 38.9", "HR 124", "BP 84/50", "BM 2.1",
"sats 91% on air", "血氧88%", "体温39.2℃", "心率120次/分", "血压85/50mmHg", a glucose meter reading "HI".

A reading becomes the knowledge-base finding it implies, present when abnormal (SpO2 below 92% is low oxygen
saturation, a red flag per BTS asthma and NICE NG51 sepsis guidance) and absent when clearly normal (a documented
normal temperature is a pertinent negative for fever). Thresholds follow NICE NG51 (sepsis risk stratification),
NICE NG143 (fever), NICE NG136 (hypertension), BTS/SIGN 158 (peak flow 50% of best or less: acute severe asthma) and
the JBDS hypoglycaemia guideline (< 4 mmol/L).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import rx

_SEP = r"\s*(?:of|is|was|at|=|:|-|reading|reads|read|around|about|~)?\s*"


@dataclass(frozen=True)
class Reading:
    """A finding implied by a number in the note (same fields as ``findings.Mention``)."""
    finding: str
    present: bool
    phrase: str
    start: int
    end: int


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def _spo2(v: float):
    if v < 92:
        return "low_oxygen_saturation", True
    if v >= 95:
        return "low_oxygen_saturation", False
    return None


def _low_spo2_only(v: float):
    """``_spo2`` for a low reading only: a normal one read through its meter's words ("sats on my dad's oximeter 98%")
    is left unread, as before (two development notes of a COVID-19 lost their lead when it was read as normal)."""
    reading = _spo2(v)
    return reading if reading and reading[1] else None


def _temperature(v: float):
    if v > 45:                      # Fahrenheit
        v = (v - 32) * 5 / 9
    if not 30 <= v <= 44:
        return None
    if v >= 39:
        return "high_fever", True
    if v >= 38:
        return "fever", True
    if v >= 37.3:
        return "low_grade_fever", True
    if v < 35:
        return "low_body_temperature", True
    return "fever", False


def _heart_rate(v: float):
    # (up to 320: an infant's supraventricular tachycardia runs at 220-300 - "the owlet sock says 280" of a 3-month-old
    # had read nothing, set FV)
    if 100 < v <= 320:
        return "tachycardia", True
    if 20 <= v < 50:
        return "slow_pulse", True
    if 60 <= v <= 90:
        return "tachycardia", False
    return None


def _resp_rate(v: float):
    if 21 <= v <= 80:
        return "rapid_breathing", True
    if 1 <= v <= 8:                 # NEWS2's lowest band (RCP 2017): "RR 7, pinpoint pupils" of a fentanyl patch doubled
        return "slow_shallow_breathing", True   # read nothing (set FI)
    if 10 <= v <= 18:
        return "rapid_breathing", False
    return None


def _peak_flow(v: float):
    """Peak flow as a share of best or predicted: 50% or less is acute severe asthma (BTS/SIGN 158: PEF 33-50%; under
    33% life-threatening), the breathlessness of an emergency; 50-75% (moderate) names no finding of its own."""
    if 0 < v <= 50:
        return "severe_breathlessness", True
    return None


def _glucose(v: float):
    if v > 35 and v == int(v):      # mg/dL (written whole: "glucose 38.6" is mmol/L, a hyperglycaemic crisis)
        v = v / 18
    return _glucose_mmol(v)


def _ketones(v: float):
    """A blood ketone reading in mmol/L (JBDS DKA guideline: under 0.6 is normal, 0.6-1.5 slightly raised and to be
    rechecked, over 1.5 a risk of DKA, 3.0 and over with a glucose over 11 and acidosis is DKA): the knowledge base's
    raised ketones are a DKA's, so "ketones 0.4" (or 0.6, an HHS's) is none, and 1.5 or more is."""
    return "raised_ketones", v >= 1.5


def _glucose_mmol(v: float):
    """A glucose in mmol/L (Chinese notes write no other unit: 血糖38.6 is 38.6 mmol/L)."""
    if v < 4:
        return "low_blood_glucose", True
    if v >= 11.1:
        return "high_blood_glucose", True
    return None


def _creatinine(v: float):
    """A creatinine over 130 umol/L is raised (the upper limit of normal is about 110-120 in men, 90-100 in women;
    KDIGO 2012 judges an AKI by the rise against a baseline, which a note seldom gives); a value under 20 is mg/dL,
    raised from 1.5. A normal one says nothing (a baseline written beside it is no denial)."""
    raised = v > 130 if v >= 20 else v >= 1.5
    return ("raised_creatinine", True) if raised else None


# (a reading right after a Chinese character: Python counts it a word character, so "在家测SpO2 90%" had no \b)
_PATTERNS = [
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:spo2|sp02|sao2|o2\s*sats?|sats?|saturations?|saturating|oxygen(?:\s+saturations?|\s+sats?|\s+level)?)"
                + _SEP + r"(\d{2,3})\s*%"), _spo2),
    # (the meter it was taken on between: "Sats on his own finger meter 86%" of a COPD's pneumothorax read nothing,
    # set FO)
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:spo2|sats?|saturations?|oxygen(?:\s+saturations?|\s+sats?|\s+level)?)\s+(?:on|from|with|by)\s+"
                r"(?:his|her|my|their|the|a|our)\s+[^\d\n.;!?]{0,30}?\s(\d{2,3})\s*%"), _low_spo2_only),
    (rx.compile(r"血氧(?:饱和度)?(?:仪)?(?:上)?\s*[:：]?\s*(?:显示|测的是|测出来|测得|测了|读数)?\s*(?:是|有|在|只有)?\s*(\d{2,3})"
                r"(?:\s*%|(?![\d.]))"), _spo2),   # ("血氧97": no % sign; "血氧仪显示91")   # ("血氧97": no % sign)
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:t|temp|temperature|tmax)" + _SEP + r"(\d{2,3}(?:[.,]\d)?)\s*(?:°\s*[cf]?|℃|c\b|f\b|degrees?)?"),
     _temperature),
    (rx.compile(r"体温\s*[:：]?\s*(\d{2}(?:\.\d)?)\s*(?:℃|度|°C)?"), _temperature),
    # (a thermometer's reading with its place between: "电子体温计量腋下只有34度" of a hypothermia read nothing, set FI)
    (rx.compile(r"(?:体温计|体温枪|温度计|耳温枪|额温枪)[^。；，,\d]{0,10}?(\d{2}(?:\.\d)?)\s*(?:℃|度|°C)"), _temperature),
    # (or the place it was taken: "刚量了腋下38.4" of a 5-week-old's sepsis read no fever, set FV; a number between 34
    # and 42 only, and not a blood pressure's, sugar's or pulse's taken the same way)
    (rx.compile(r"(?:腋下|腋温|肛温|耳温|额温|口温)(?:温度)?[量测了是有为只才:：\s]{0,3}?((?:3[4-9]|4[0-2])(?:\.\d)?)"
                r"(?![\d%])\s*(?:℃|度|°C)?"), _temperature),
    # lay wordings: "a fever of 104", "fever 39.8", "103 fever", "a 102 temp", "发烧39度", "烧到39.5℃"
    # (and "fever over 39", "fevers to 40": a Kawasaki disease's, set U and CF)
    # (and how it comes between: "fever on and off up to 40 with shaking" of a 3-year-old's malaria read a fever only, set FV)
    (rx.compile(r"(?i)\bfevers?\s*(?:(?:on\s+and\s+off|off\s+and\s+on|spiking|spikes|coming\s+and\s+going|going)\s+)?"
                r"(?:of|was|is|at|reached|hit|up to|went up to|over|above|to|:|=)?\s*(\d{2,3}(?:[.,]\d)?)(?!\s*(?:days?|"
                r"hours?|hrs?|weeks?|wks?|years?|yrs?|months?|mins?|minutes?|times?|/|%))"), _temperature),
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(\d{2,3}(?:[.,]\d)?)\s*(?:°\s*[cf]?|degrees?(?:\s*[cf]\b)?|[cf]\b)?\s*(?:fever|temp|temperature)\b"),
     _temperature),
    (rx.compile(r"(?:发烧|发热|高烧|烧到|烧了)\D{0,3}?(\d{2}(?:\.\d)?)\s*(?:℃|度|°C)"), _temperature),
    # (its days between: "发烧4天了，39度多" of a 14-month-old's measles read no high fever, set FV)
    (rx.compile(r"(?:发烧|发热|高烧)(?:[\d一两二三四五六七八九十几]{1,2}天了?)[，,\s]{0,2}(?:最高)?((?:3[7-9]|4[0-2])(?:\.\d)?)\s*(?:℃|度|°C)"),
     _temperature),
    # a bare temperature with its decimal and when it was taken, or how it climbed ("38.4 last night, better with
    # calpol", "it hit 39.2": a 2-year-old's otitis media read no fever, set EO)
    (rx.compile(r"(?i)(?<![A-Za-z0-9_.,/:])((?:3[7-9]|4[0-2])[.,]\d)(?![\d.,/%])\s*(?:°\s*c?|℃|c\b|degrees?)?\s*"
                r"(?=(?:last\s+night|this\s+(?:morning|afternoon|evening)|overnight|tonight|earlier|yesterday|in\s+the\s+night|"
                r"at\s+(?:night|bedtime|\d)|under\s+(?:the|her|his|my)\s+arm|in\s+(?:the|her|his|my)\s+ear|armpit|on\s+the\s+"
                r"(?:forehead|ear)\s+thermometer)\b)"), _temperature),
    (rx.compile(r"(?i)\b(?:hit|reached|peaked\s+at|spiked\s+(?:to|at)|went\s+up\s+to|got\s+up\s+to|climbed\s+to)\s+"
                r"((?:3[7-9]|4[0-2])[.,]\d)(?![\d.,/%])"), _temperature),
    # a creatinine ("creatinine 312, it was 88 in March", "Cr 412 (baseline 89)", 肌酐412: an acute kidney injury read
    # nothing of it, sets BR and BZ)
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:creatinine|creat|cr)\s*(?:of|is|was|now|up\s+to|:|=|at)?\s*(\d{1,4}(?:\.\d+)?)"
                r"(?![\d.])(?!\s*(?:%|/|days?|hours?|years?|ml\b|mls\b))"), _creatinine),
    (rx.compile(r"肌酐\s*[:：]?\s*(?:是|为|升到|升至|有)?\s*(\d{2,4}(?:\.\d+)?)"), _creatinine),
    # a thermometer's reading ("thermometer says 38.6": a septic knee's fever read nothing, set AA)
    (rx.compile(r"(?i)\bthermometer\s+(?:says|said|reads|read|showed|shows|is|was|at|gave|registered|went\s+up\s+to)\s+"
                r"(?:about\s+|around\s+|nearly\s+|over\s+)?(\d{2,3}(?:[.,]\d)?)(?!\s*(?:%|/|days?|hours?))"), _temperature),
    # (a Chinese unit may follow at once: "HR 34次/分" read no slow pulse in a complete heart block)
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:hr|pulse|heart\s*rate|pr)" + _SEP + r"(\d{2,3})(?![\d.,]?\d)(?!\s*/)(?!(?!bpm)[a-z])"), _heart_rate),
    # (a word between: "测心率只有35左右", "脉搏才40", "心跳只有38次" - a family's count at home)
    (rx.compile(r"(?:心率|心室率|脉搏|脉率|心跳)\s*[:：]?\s*(?:(?:只有|才|就|大概|大约|约|在|是|有|一分钟|每分钟)\s*){0,2}"
                r"(\d{2,3})(?!\d)(?!\s*(?:天|年|岁|%|斤|公斤|小时|分钟))"), _heart_rate),
    # a watch or an oximeter's pulse ("my watch said 180", "fitbit showed 150"), not its oxygen ("said 94%")
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:watch|fitbit|smartwatch|oximeter|owlet|(?:owlet\s+|baby\s+|smart\s+)sock)\s+(?:said|says|showed|shows|reads|read|was|is)\s+"
                r"(?:my\s+)?(?:heart\s*rate\s+|pulse\s+|hr\s+)?(?:was\s+|is\s+|at\s+|of\s+)?(\d{2,3})\b(?!\s*(?:%|/|\.\d))"),
     _heart_rate),
    # "(118 on my watch at rest)", "120bpm on my fitbit": a watch's pulse
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(\d{2,3})\s*(?:bpm\s*)?(?:on|according to)\s+(?:my|his|her|the)\s+(?:apple\s+|smart\s*)?(?:watch|fitbit|garmin)\b"),
     _heart_rate),
    # a home oximeter's reading without its % ("My fingertip oxygen thing says 91, 90, 92": a COVID-19's falling oxygen
    # read nothing, set DN); a watch's or a monitor's low pulse in Chinese ("手表一直提示“心率过低”，显示35、37左右")
    (rx.compile(r"(?i)\b(?:oxygen|o2|oximeter|sats?|spo2)\s*(?:thing|monitor|meter|reader|clip|gadget|level|reading)?\s+(?:says|said|"
                r"reads|read|shows|showed|showing|gives|gave|was|is)\s+(?:about\s+|around\s+|only\s+|between\s+)?(\d{2})\b"
                r"(?!\s*(?:bpm|beats|/|\.\d))"), _spo2),
    (rx.compile(r"心率(?:过低|过慢|很低|很慢)?[^。；\d]{0,10}?(?:显示|只有|才|是)\s*(\d{2,3})(?!\d)(?!\s*(?:天|年|岁|%|斤|公斤|小时|分钟))"),
     _heart_rate),
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:rr|resp(?:iratory)?\s*rate|resps)" + _SEP + r"(\d{1,2})\b"), _resp_rate),
    (rx.compile(r"呼吸(?:频率)?\s*[:：]?\s*(\d{1,2})\s*次"), _resp_rate),
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:pefr?|peak\s*(?:expiratory\s*)?flow)" + _SEP + r"(\d{1,3})\s*%"), _peak_flow),
    (rx.compile(r"(?:峰流速|呼气峰流速)[^\d\n。；，]{0,8}?(\d{1,3})\s*%"), _peak_flow),
    # a glucose written with its unit is read in that unit ("CBG 41 mmol/L" is a hyperglycaemic crisis, not 41 mg/dL)
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:bm|cbg|blood\s*glucose|glucose|blood\s*sugar|sugars?)" + _SEP + r"(\d{1,3}(?:[.,]\d)?)\s*mmol"),
     _glucose_mmol),
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:bm|cbg|blood\s*glucose|glucose|blood\s*sugar|sugars?)" + _SEP + r"(\d{1,3}(?:[.,]\d)?)\b"),
     _glucose),
    # a blood ketone level, not a urine dipstick's "ketones 2+" or "ketones ++"
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:blood\s+|capillary\s+)?ketones?" + _SEP + r"(\d(?:[.,]\d{1,2})?)(?!\s*\+|[.,]?\d)(?:\s*mmol(?:/l)?)?"),
     _ketones),
    (rx.compile(r"血酮(?:体)?\s*[:：]?\s*(\d(?:\.\d{1,2})?)(?!\s*\+|\d)"), _ketones),
    (rx.compile(r"血糖\s*[:：]?\s*(\d{1,2}(?:\.\d)?)"), _glucose_mmol),
    # a finger-prick or meter reading ("Finger prick 2.6", "meter said 2.9": a hypo read nothing)
    # (not "BG 42": mmol/L or mg/dL cannot be told apart there)
    (rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:finger[- ]?prick(?:\s+test)?|(?:glucose\s+|sugar\s+)?meter|glucometer)\s*(?:just\s+)?"
                r"(?:it\s+|and\s+it\s+)?(?:said|says|showed|shows|read|reads|reading|was|is|of|at|:|=)?\s*(\d{1,3}(?:[.,]\d)?)\b(?!\s*(?:%|/|am|pm|mins?|hours?|days?))"),
     _glucose),
]
# a few words may come between the label and the reading ("blood pressure is high today 190/120", "血压今天190/120",
# "ABPM daytime average 152/94": an ambulatory or home monitoring's average), never a sentence break or another number
_BP = [rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:bp|blood\s*pressure|b/p|abpm|hbpm)(?:[^\d\n.;!?]{0,30}?\s|" + _SEP + r")(\d{2,3})\s*(?:/|over)\s*(\d{2,3})"),
       rx.compile(r"血压[^\d\n。；！？]{0,8}?(\d{2,3})\s*/\s*(\d{2,3})")]
# (or where it was taken: "went to the pharmacy for a free check and the machine said 158/98")
_BP_WORD = rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:bp|blood\s*pressures?|b/p|abpm|hbpm|hypertension|(?:the|bp|pressure)\s+machine|monitor said|"
                      # ("pharmacy machine said 192/118 twice" read no pressure, set FT)
                      r"(?:pharmacy|chemist'?s?|surgery's|gp's)\s+machine|machine\s+at\s+the\s+(?:pharmacy|chemist|surgery)|"
                      r"the cuff)\b|血压")
# not a date (12/05/2024) or a decimal; a full stop after it ends the sentence ("the machine said 158/98.")
_BP_PAIR = rx.compile(r"(?<![\d/.])(\d{2,3})\s*/\s*(\d{2,3})(?![\d/]|\.\d)")
# (or the meter named by what it is for: "His sugar machine just says HI", set EK, read nothing of an HHS's glucose)
_GLUCOSE_HI_LO = rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:bm|cbg|glucose|sugar|sugars|meter|glucometer)(?:\s+(?:machine|monitor|meter|"
                            r"sensor|reader|tester|thing))?\s*(?:just\s+)?(?:reading|reads|read|says|said|"
                            r"showed|shows|of|is|was|=|:)?\s*(?:just\s+)?[\"']?(HI|LO)\b[\"']?")


_PEF_OF_BEST = rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:pefr?|peak\s*(?:expiratory\s*)?flow)" + _SEP + r"(\d{2,3})\s*(?:l/min\s*)?"
                         r"(?:\(\s*|,\s*|\s+)?(?:(?:and|but|vs\.?|versus|whereas|when)\s+)?"
                         r"(?:(?:my\s+|her\s+|his\s+)?(?:best|predicted|usual|normal)\s*(?:is\s+|of\s+|=\s*|:\s*|was\s+)?"
                         r"(\d{2,3})|/\s*(\d{2,3}))")
_PEF_PERCENT = rx.compile(r"(?i)(?<![A-Za-z0-9_])(?:pefr?|peak\s*(?:expiratory\s*)?flow)" + _SEP + r"(\d{1,3})\s*%|"
                          r"(?:峰流速|呼气峰流速)[^\d\n。；，]{0,8}?(\d{1,3})\s*%")


# A Chinese peak flow's usual and now ("峰流速平时420左右，现在260", set DP): the now over the usual
_ZH_PEF_USUAL_NOW = rx.compile(r"(?:峰流速|呼气峰流速|峰流量)[^\d\n。；]{0,6}?(?:平时|平常|最好|以前|正常)(?:是|在|有)?\s*(\d{3})(?:左右|上下)?"
                               r"[^\d\n。；]{0,6}?(?:现在|今天|目前|这两天|只有)(?:是|只有|才)?\s*(\d{2,3})")


def peak_flow_percent(text: str) -> float | None:
    """The lowest peak flow the note gives as a share of best or predicted, in percent ("PEF 300 (best 430)" 70,
    "peak flow 65%"), or None."""
    shares = [100 * int(m.group(1)) / int(m.group(2) or m.group(3)) for m in _PEF_OF_BEST.finditer(text)
              if int(m.group(2) or m.group(3)) >= 100]
    shares += [float(m.group(1) or m.group(2)) for m in _PEF_PERCENT.finditer(text)]
    shares += [100 * int(m.group(2)) / int(m.group(1)) for m in _ZH_PEF_USUAL_NOW.finditer(text) if int(m.group(1)) >= 100]
    shares = [v for v in shares if 0 < v <= 150]
    return min(shares) if shares else None


# A very high blood pressure taken again, properly, and found below the crisis: the repeat is the reading (NICE NG136
# 1.1: repeat the measurement, record the lower; a cuff over a jumper, after stairs and a coffee reads high). "186/104
# on her home machine ... over a thick wool jumper ... Repeated here seated after 5 min rest: 152/94, 148/92" was a
# hypertensive emergency at 36%.
_BP_REPEAT = rx.compile(r"(?i)\b(?:repeat(?:ed)?|re-?check(?:ed)?|re-?taken|re-?took|re-?measured|took it again|"
                        r"checked (?:it )?again|second reading|on repeat|after (?:\d+|five|ten) ?min(?:ute)?s?'? rest)\b|"
                        r"复测|再测|重新[测量]|又量了?|再量|休息(?:\d+|五|十)分钟后")


# A reading its writer does not believe: a device said to be wrong, or a finger too cold for the oximeter (NHS "Pulse
# oximeters": cold hands and movement give false low readings). "The forehead thermometer said 34.1 which can't be
# right??" of a teething baby, and "oximeter flashed 78% on her finger ... her hands were freezing from outside and the
# number kept jumping - once she warmed up it's 97-98 steady" of a cold, were emergencies (set FL).
_DISBELIEVED = rx.compile(r"(?i)[^.!?\n。！？]{0,120}?(?:\b(?:can'?t|cannot|couldn'?t)\s+be\s+(?:right|true|correct)\b|\bmust\s+be\s+"
                          r"(?:wrong|broken|faulty)\b|\b(?:is|was|seems|looks)\s+(?:wrong|broken|faulty)\b|\bkept\s+jumping\b|"
                          r"\bjumping\s+(?:around|about)\b|\b(?:once|when|after)\s+(?:she|he|i|they|we|it)\s+(?:had\s+)?warmed\s+up\b|"
                          r"\b(?:hands|fingers|feet)\s+(?:were|was|are|is)\s+(?:freezing|cold|icy|frozen)\b|不准|不对吧|测错了|坏了)")


def _rest_of_sentence(text: str, end: int) -> str:
    return text[end:end + 160]


def _superseded_by_a_repeat(text: str, readings: list[Reading]) -> list[Reading]:
    """Very high blood pressures followed by a repeat (``_BP_REPEAT``) whose readings are all below the crisis count as
    high readings, not very high."""
    bp = [r for r in readings if r.finding in ("very_high_blood_pressure", "high_blood_pressure_reading",
                                               "low_blood_pressure") and _BP_PAIR.search(r.phrase)]
    out = list(readings)
    for i, r in enumerate(out):
        if r.finding != "very_high_blood_pressure" or not r.present:
            continue
        repeat = _BP_REPEAT.search(text, r.end)
        later = [b for b in bp if repeat and b.start >= repeat.start() and b.start - repeat.end() <= 80]
        if later and all(b.finding != "very_high_blood_pressure" for b in later):
            out[i] = Reading("high_blood_pressure_reading", True, r.phrase, r.start, r.end)
    return out


def read_vitals(text: str) -> list[Reading]:
    """Every reading in the note that implies a finding, in order of appearance."""
    out = []
    for pattern, judge in _PATTERNS:
        for m in pattern.finditer(text):
            try:
                verdict = judge(_num(m.group(1)))
            except ValueError:
                continue
            if verdict:
                out.append(Reading(verdict[0], verdict[1], m.group(0).strip(), m.start(), m.end()))
    labelled = [m for pattern in _BP for m in pattern.finditer(text)]
    if _BP_WORD.search(text):   # a note about blood pressure: "Its been 162/98, 158/101 and 165/99"
        labelled += [m for m in _BP_PAIR.finditer(text) if not any(b.start() <= m.start() < b.end() for b in labelled)
                     and 80 <= int(m.group(1)) <= 260 and 40 <= int(m.group(2)) <= 160
                     and int(m.group(1)) - int(m.group(2)) >= 15]
    for m in sorted(labelled, key=lambda m: m.start()):
        sys_bp, dia_bp = int(m.group(1)), int(m.group(2))
        if not (50 <= sys_bp <= 300 and 20 <= dia_bp <= 200 and dia_bp < sys_bp):
            continue
        if sys_bp < 90:
            finding = ("low_blood_pressure", True)
        elif sys_bp >= 180 or dia_bp >= 120:
            finding = ("very_high_blood_pressure", True)
        elif sys_bp >= 140 or dia_bp >= 90:
            finding = ("high_blood_pressure_reading", True)
        else:
            finding = ("low_blood_pressure", False)
        out.append(Reading(*finding, m.group(0).strip(), m.start(), m.end()))
    out = _superseded_by_a_repeat(text, out)
    out = [r for r in out if not (r.present and _DISBELIEVED.match(_rest_of_sentence(text, r.end)))]
    for m in _GLUCOSE_HI_LO.finditer(text):
        value = m.group(1).upper()
        if m.group(1) in ("HI", "LO", "hi", "lo") and value in ("HI", "LO"):
            out.append(Reading("high_blood_glucose" if value == "HI" else "low_blood_glucose", True,
                               m.group(0).strip(), m.start(), m.end()))
    out.sort(key=lambda r: r.start)
    kept, last_end = [], -1
    for r in out:
        if r.start >= last_end:
            kept.append(r)
            last_end = r.end
    return kept


# NEWS2 (Royal College of Physicians, National Early Warning Score 2, 2017) from the observations a note gives: each
# parameter's band scores 0-3 and the sum calls for a response - 5 or 6 an urgent one, 7 or more an emergency one. A
# note rarely gives all six; scored here only where it gives at least ``NEWS2_MIN_PARAMETERS`` of the numeric five
# (the parameters not given count 0, so the score is a floor). The oxygen scale 1 is used, and no saturation is scored
# in a note of COPD (scale 2 applies to a target of 88-92%). "HR 124, BP 94/60, RR 24, T 37.9" of a pancreatitis after
# a weekend's drinking scores 6 (urgent); with a new confusion 9.
NEWS2_MIN_PARAMETERS = 3
NEWS2_URGENT, NEWS2_EMERGENCY = 5, 7
_NEWS2_JUDGES = {_spo2: "spo2", _temperature: "temperature", _heart_rate: "pulse", _resp_rate: "respiration"}
_PLAUSIBLE = {"spo2": lambda v: 50 <= v <= 100, "pulse": lambda v: 20 <= v <= 250, "respiration": lambda v: 4 <= v <= 80,
              "temperature": lambda v: 30 <= v <= 45 or 86 <= v <= 113}
# COPD named as the patient's disease ("70M smoker COPD more SOB green sputum 3d", 慢阻肺): NEWS2's scale 2 here, and
# ``safety``'s COPD rules
COPD_NAMED = rx.compile(r"(?i)(?<![a-z])copd(?![a-z])|(?<![a-z])coad(?![a-z])|emphysema|chronic\s+bronchitis|慢阻肺|慢性阻塞性肺|慢支|肺气肿")


def _news2_band(name: str, v: float) -> int:
    if name == "respiration":
        return 3 if v <= 8 else 1 if v <= 11 else 0 if v <= 20 else 2 if v <= 24 else 3
    if name == "spo2":
        return 3 if v <= 91 else 2 if v <= 93 else 1 if v <= 95 else 0
    if name == "systolic":
        return 3 if v <= 90 else 2 if v <= 100 else 1 if v <= 110 else 0 if v <= 219 else 3
    if name == "pulse":
        return 3 if v <= 40 else 1 if v <= 50 else 0 if v <= 90 else 1 if v <= 110 else 2 if v <= 130 else 3
    if name == "temperature":
        v = (v - 32) * 5 / 9 if v > 45 else v
        return 3 if v <= 35.0 else 1 if v <= 36.0 else 0 if v <= 38.0 else 1 if v <= 39.0 else 2
    return 0


def news2(text: str, new_confusion: bool = False) -> tuple[int, int, tuple[int, int] | None]:
    """The NEWS2 the note's own observations give: (score, how many numeric parameters were read, where the first
    was read). Each parameter's first reading counts; ``new_confusion`` (a new confusion or drowsiness read) adds 3."""
    values: dict[str, tuple[float, int, int]] = {}
    for pattern, judge in _PATTERNS:
        name = _NEWS2_JUDGES.get(judge)
        if name is None:
            continue
        for m in pattern.finditer(text):
            try:
                v = _num(m.group(1))
            except ValueError:
                continue
            if _PLAUSIBLE[name](v) and (name not in values or m.start() < values[name][1]) \
                    and not _DISBELIEVED.match(_rest_of_sentence(text, m.end())):
                values[name] = (v, m.start(), m.end())
    for pattern in _BP:
        for m in pattern.finditer(text):
            sys_bp, dia_bp = int(m.group(1)), int(m.group(2))
            if 50 <= sys_bp <= 300 and 20 <= dia_bp < sys_bp and ("systolic" not in values or m.start() < values["systolic"][1]):
                values["systolic"] = (float(sys_bp), m.start(), m.end())
    if COPD_NAMED.search(text):
        values.pop("spo2", None)
    if len(values) < NEWS2_MIN_PARAMETERS:
        return 0, len(values), None
    score = sum(_news2_band(name, v) for name, (v, _, _) in values.items()) + (3 if new_confusion else 0)
    first = min(values.values(), key=lambda x: x[1])
    return score, len(values), (first[1], first[2])
