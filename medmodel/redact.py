"""PHI redaction of free-text notes before they are stored (English and Chinese).

Covers the HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) that turn up in a clinical note's
free text: names where a cue makes them detectable (a title, "name:", "my name is", 我叫, 姓名,
X先生), telephone and fax numbers, e-mail addresses, dates (every element but the year), ages
over 89, street addresses and postcodes, record / account / licence / ID numbers, URLs and IP
addresses. Each is replaced by a bracketed label such as ``[PHONE]``, so the stored note still
reads clinically ("[NAME], [AGE 90+] year old, chest pain since [DATE]").

Zero-width and bidi characters are removed first: one inside a number ("555\u200b-123-4567") would
otherwise break every pattern while the number still reads whole on screen.

Pattern-based redaction is a safety net, not a guarantee: a bare name with no cue ("saw John
today") is not detectable from its shape. That is why the audit log stores no note at all by default
(``MEDSEQ_AUDIT_NOTE=none``). Patterns lean towards over-redaction: a clinical number lost from an
audit copy costs little, a leaked identifier costs much.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .tokenizer import INVISIBLE


def strip_invisible(text: str) -> str:
    """The text without zero-width, soft-hyphen and bidirectional control characters."""
    return INVISIBLE.sub("", text)


_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_CAP = r"[A-Z][a-zA-Z'’-]+"           # a capitalised word (a name part)
_NAME = rf"{_CAP}(?:\s+(?:[A-Z]\.\s*)?{_CAP}){{0,2}}"

# The commonest Chinese surnames (a "X先生" / "X医生" cue names a person only after one of these).
_ZH_SURNAMES = "|".join("欧阳 司马 诸葛 上官 王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 "
                        "曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 "
                        "夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 "
                        "孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 "
                        "焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 "
                        "游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 "
                        "麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 "
                        "栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝".split())

# (kind, pattern, group): group is the part replaced (0 = whole match). Order matters: earlier kinds
# claim their text first (e-mail before URL before IP, dates before phone numbers).
_RULES: list[tuple[str, str, int, int]] = [
    ("EMAIL", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", 0, re.I),
    ("URL", r"\b(?:https?|ftp)://[^\s<>\"'，。]+|\bwww\.[^\s<>\"'，。]+", 0, re.I),
    ("IP", r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])", 0, 0),
    ("IP", r"(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])", 0, re.I),  # IPv6 (checked in _plausible)
    # Identifiers introduced by a label: MRN, account, licence, insurance, NHS / SSN, Chinese record numbers.
    ("ID", r"(?:\b(?:mrn|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|patient\s+(?:id|no\.?|number)|"
           r"hospital\s+(?:number|no\.?)|account(?:\s+(?:number|no\.?|#))?|acct\.?|licen[cs]e(?:\s+(?:number|no\.?|#))?|"
           r"(?:driver'?s?\s+)?licen[cs]e|insurance(?:\s+(?:number|no\.?|id))?|policy(?:\s+(?:number|no\.?))?|member\s+id|"
           r"nhs(?:\s+(?:number|no\.?))?|ssn|social\s+security(?:\s+(?:number|no\.?))?|passport(?:\s+(?:number|no\.?))?|"
           r"id(?:\s+(?:number|no\.?))?|serial(?:\s+(?:number|no\.?))?|plate(?:\s+(?:number|no\.?))?)(?!\w)"
           r"|病历号|住院号|门诊号|病案号|身份证号?码?|医保卡?号?|社保卡?号?|账号|帐号|卡号|护照号?码?|执照号?|编号)"
           r"\s*(?:is|:|：|#|=)?\s*([A-Z]{0,4}[ /-]?\d[\dA-Z]*(?:[ /-]\d[\dA-Z]*)*)", 1, re.I),
    ("ID", r"\b\d{3}-\d{2}-\d{4}\b", 0, 0),                                   # US SSN shape
    ("ID", r"(?<!\d)[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{3}[\dXx](?!\d)", 0, 0),  # PRC ID card
    # Dates: numeric with a year, written months with a day or year, Chinese 年月日.
    ("DATE", rf"(?<!\d)(?:{_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9])|"
             rf"(?:[12]\d|3[01]|0?[1-9])[-/.](?:[12]\d|3[01]|0?[1-9])[-/.](?:{_YEAR}|\d{{2}}))(?![\d])", 0, 0),
    ("DATE", rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH},?(?:\s+{_YEAR})?|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_MONTH},?\s+{_YEAR})\b",
     0, re.I),
    ("DATE", r"(?:(?:19|20)\d{2}\s*年\s*)?(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*[日号]"
             r"|(?:19|20)\d{2}\s*年\s*(?:1[0-2]|0?[1-9])\s*月", 0, 0),
    ("DATE", r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born(?:\s+on)?)\s*[:：]?\s*(\S+(?:\s+\S+){0,2})", 1, re.I),
    # Day and month without a year ("12/03"): Safe Harbor removes every date element but the year. Not scores out
    # of ten ("pain 7/10"), durations in the clinical shorthand ("x 3/7" days, "2/12" months), nor readings
    # (three-digit parts, "BP 120/80").
    ("DATE", r"(?<![\d/.:,])(?!(?:10|0?\d)/10(?!\d)|0?[1-7]/7(?!\d)|(?:1[0-2]|0?\d)/12(?!\d))(?:[12]\d|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])(?![\d/.,]\d)(?!\d)",
     0, 0),
    ("DATE", r"(?:出生日期|生日)\s*[:：是为]?\s*(\S{2,12})", 1, 0),
    # Telephone and fax: a labelled number, or a number long enough to be one (9+ digits with separators).
    ("FAX", r"(?:\bfax(?:\s+(?:number|no\.?))?\b|传真(?:号码?)?)\s*[:：#]?\s*(\+?[\d][\d\s().-]{4,}\d)", 1, re.I),
    ("PHONE", r"(?:\b(?:phone|tel|telephone|mobile|cell|call(?:\s+me)?(?:\s+(?:on|at))?|contact)(?:\s+(?:number|no\.?))?\b|"
              r"电话(?:号码?)?|手机(?:号码?)?|联系方式|联系电话)\s*[:：#]?\s*(\+?[\d][\d\s().-]{4,}\d)", 1, re.I),
    ("PHONE", r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w.])", 0, 0),
    ("PHONE", r"(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)\d{9,12}(?!\d)", 0, 0),
    # Addresses and postcodes.
    ("ADDRESS", r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-zA-Z'-]*\s+){1,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|"
                r"boulevard|blvd|court|ct|way|place|pl|terrace|close|crescent|cres|highway|hwy|parkway|pkwy|square|sq|"
                r"gardens|grove|row|mews|walk)\b\.?(?:,?\s*(?:apt|apartment|flat|unit|suite)\.?\s*#?\w+)?", 0, re.I),
    ("ADDRESS", rf"(?:[{_CJK}]{{1,8}}(?:省|自治区|市|区|县|镇|乡|村))*[{_CJK}]{{1,10}}(?:路|街|大道|大街|巷|弄|胡同)"
                r"\s*\d+\s*(?:号|弄)(?:\s*\d+\s*(?:栋|幢|号楼|单元|楼|层|室|号))*", 0, 0),
    ("ADDRESS", r"(?:住址|地址|家住|住在)\s*[:：]?\s*([^\s，。,；;]{2,40})", 1, 0),
    ("POSTCODE", r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", 0, 0),                      # UK
    ("POSTCODE", r"\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|"
                 r"T[NX]|UT|V[TA]|W[AVIY])\s+(\d{5}(?:-\d{4})?)\b", 1, 0),               # US state + ZIP
    ("POSTCODE", r"(?:\b(?:zip(?:\s*code)?|post\s*code|postal\s+code)\b|邮编|邮政编码)\s*[:：]?\s*([A-Z0-9][A-Z0-9 -]{2,8}[A-Z0-9])",
     1, re.I),
    # Ages over 89 (Safe Harbor: aggregate into "90 or older").
    ("AGE 90+", r"\b(?:9\d|1[0-3]\d)(?=\s*-?\s*(?:years?|yrs?|yo\b|y/o|y\.o\.|year-old|-year))", 0, re.I),
    ("AGE 90+", r"\b(?:aged?|age\s*[:：]|age\s+is)\s*((?:9\d|1[0-3]\d))\b", 1, re.I),
    ("AGE 90+", r"(?:9\d|1[0-3]\d)(?=\s*(?:周岁|岁))|(?:九十[一二三四五六七八九]?|一百[零一二三四五六七八九十]*)(?=\s*(?:周岁|岁))", 0, 0),
    ("AGE 90+", r"(?:年龄|年纪)\s*[:：]?\s*((?:9\d|1[0-3]\d))", 1, 0),
    # Names, where a cue makes them detectable.
    ("NAME", rf"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Doctor|Professor|Sr|Nurse|Sister)\.?\s+({_NAME})", 1, 0),
    ("NAME", rf"(?i:\b(?:patient|pt\.?|client|resident)\s+(?:name\s*[:：]?\s*)?)({_NAME})", 1, 0),
    # After an explicit "name:" label the name may be written in lower case ("name: john smith").
    ("NAME", r"(?i:\b(?:(?:patient|pt\.?|full)\s+)?name\s*[:：=]\s*)([a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2})", 1, 0),
    ("NAME", rf"(?i:\b(?:my\s+name\s+is|name\s+is|name\s*:|patient\s*:|pt\s*:|i\s+am|i'm|called|this\s+is|"
             rf"signed(?:\s+by)?\s*:?|seen\s+by|referred\s+by|mother\s+is|father\s+is|wife\s+is|husband\s+is))\s+({_NAME})",
     1, 0),
    ("NAME", rf"(?:我叫|名叫|叫做|姓名\s*[:：]?|名字是|名字叫|患者姓名\s*[:：]?)\s*([{_CJK}·]{{2,4}}|{_NAME})", 1, 0),
    ("NAME", rf"(?<![同当及按准临暂])((?:{_ZH_SURNAMES})[{_CJK}]?)(?=先生|女士|小姐|太太|医生|大夫|护士|老师|阿姨|叔叔)", 1, 0),
    # 患者王小明 / 病人：李华: a surname right after the word for patient, then where a name would end.
    ("NAME", rf"(?:患者|病人|病患|伤者|就诊者)\s*[:：]?\s*((?:{_ZH_SURNAMES})[{_CJK}]{{1,2}}?)"
             r"(?=[，。,.;；、\s（(]|$|\d|男|女|说|诉|主诉|因|于|自|今|昨|近|反复|出现|感|发|头|咳|腹|胸|咽|先生|女士)", 1, 0),
]
_COMPILED = [(kind, re.compile(p, flags), group) for kind, p, group, flags in _RULES]
# Words a name cue is followed by that are not names ("I am Tired" after a capitalised sentence start).
_NOT_NAMES = {"a", "an", "the", "not", "very", "so", "having", "feeling", "still", "now", "also", "here", "in", "on",
              "worried", "tired", "sick", "ill", "pregnant", "allergic", "diabetic", "taking", "unable", "being",
              "just", "really", "always", "never", "getting", "going", "afraid", "concerned", "fine", "ok", "okay",
              "sorry", "since", "today", "yesterday", "is", "has", "was", "and", "with", "for", "to", "of",
              "reports", "reported", "states", "stated", "presents", "presented", "complains", "denies", "says",
              "said", "notes", "describes", "feels", "who", "whose", "had", "came", "comes", "arrived"}
_ZH_NOT_NAMES = ("谢谢", "头", "肚", "胸", "发", "咳", "恶", "呕", "腹", "一", "很", "有", "在", "今", "昨", "最", "病", "不", "没")
_ZH_NOT_SURNAME_CUE = set("的了是我你他她这那和与跟找看问给请位个")


@dataclass(frozen=True)
class Identifier:
    kind: str    # EMAIL, URL, IP, ID, DATE, FAX, PHONE, ADDRESS, POSTCODE, AGE 90+, NAME
    start: int
    end: int
    text: str


def _plausible(kind: str, text: str) -> bool:
    if kind == "NAME":
        first = text.split()[0].lower() if text.split() else ""
        if first in _NOT_NAMES:
            return False
        if re.match(rf"[{_CJK}]", text) and (text.startswith(_ZH_NOT_NAMES) or text[0] in _ZH_NOT_SURNAME_CUE):
            return False
    if kind == "PHONE":
        digits = sum(c.isdigit() for c in text)
        return digits >= 7 if re.search(r"[\s().+-]", text) else digits >= 9
    if kind == "IP" and ":" in text:   # IPv6, not a time of day such as 10:30:15
        return "::" in text or text.count(":") >= 5 or bool(re.search(r"[a-f]", text, re.I))
    if kind == "ID":
        return sum(c.isdigit() for c in text) >= 2 or len(text) >= 6
    return True


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier found, non-overlapping, in text order (earlier rules win overlaps)."""
    taken: list[Identifier] = []
    for kind, rx, group in _COMPILED:
        for m in rx.finditer(text):
            start, end = m.span(group)
            if start < 0 or start == end:
                continue
            value = text[start:end].rstrip(" -/.,")
            end = start + len(value)
            if not value or not _plausible(kind, value):
                continue
            if any(start < t.end and t.start < end for t in taken):
                continue
            taken.append(Identifier(kind, start, end, value))
    return sorted(taken, key=lambda t: t.start)


def redact(text: str) -> str:
    """The note with each identifier replaced by its bracketed kind, e.g. ``call [PHONE]`` (invisible characters
    removed first)."""
    text = strip_invisible(text)
    out, pos = [], 0
    for ident in find_identifiers(text):
        out.append(text[pos:ident.start])
        out.append(f"[{ident.kind}]")
        pos = ident.end
    out.append(text[pos:])
    return "".join(out)
