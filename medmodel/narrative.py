"""Turns a sampled case (findings present / absent, patient, context) into a free-text note.

Real notes are nothing like a template, so the voices vary a lot: a patient describing it in their
own words, a parent or relative reporting, clinician shorthand ("45M c/o productive cough x5d,
denies haemoptysis"), a terse list, a chatty online message; short and long; with occasional typos;
in English and in Chinese. Every phrase comes from the knowledge base lexicon.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .augment import augment
from .knowledge import KnowledgeBase


@dataclass(frozen=True)
class Plan:
    """What the note has to say; the narrative decides how."""
    lang: str
    age: int
    sex: str
    flags: frozenset[str]
    present: tuple[str, ...]   # finding ids, chief complaint first
    absent: tuple[str, ...]    # pertinent negatives
    tempo: str                 # "hours", "days", "weeks" or "months": how long it has been going on
    named: str | None = None   # a condition the note names (the patient's guess, a past diagnosis), or None


# ---------------------------------------------------------------- shared vocabulary
EN_DURATION = {
    "hours": ["since this morning", "for a few hours", "for about {n} hours", "since last night", "since {n} hours ago",
              "all day today", "for the past couple of hours", "suddenly, about an hour ago"],
    "days": ["for {n} days", "since yesterday", "for the last {n} days", "for a couple of days", "since {weekday}",
             "for about {n} days now", "over the past few days", "for {n} or {m} days"],
    "weeks": ["for {n} weeks", "for about a week", "for the past couple of weeks", "for a fortnight",
              "on and off for {n} weeks", "since last week", "for nearly a month"],
    "months": ["for {n} months", "for months now", "on and off for a year", "for the past {n} months",
               "for ages", "since last winter", "for a long time"],
}
EN_SHORT_DURATION = {"hours": ["x{n}h", "x {n} hrs", "since this am", "onset {n}h ago"],
                     "days": ["x{n}d", "x {n}/7", "x{n} days", "since yesterday"],
                     "weeks": ["x{n}wk", "x {n}/52", "x{n} weeks", "x1/12"],
                     "months": ["x{n}mo", "x {n}/12", "for {n} months", "chronic, >{n}mo"]}
ZH_NUM = "零一两三四五六七八九十"
ZH_DURATION = {
    "hours": ["今天早上开始", "{n}个小时", "从昨晚开始", "刚才突然", "半天", "今天下午开始"],
    "days": ["{n}天", "两三天", "从前天开始", "{n}天了", "这几天", "昨天开始"],
    "weeks": ["一个多星期", "{n}周", "半个月", "{n}个星期", "快一个月"],
    "months": ["{n}个月", "好几个月", "大半年", "一年多", "很长时间"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend"]

EN_FILLERS = [
    "I work long shifts so it's hard to get time off.", "My wife made me book this appointment.",
    "I've tried some over-the-counter stuff but it hasn't really helped.", "Sorry if this is nothing.",
    "I don't usually bother the doctor.", "I have a big presentation at work next week.",
    "We have two cats at home.", "I haven't been anywhere unusual.", "I've been drinking plenty of water.",
    "I looked it up online and now I'm a bit worried.", "My partner thinks I'm overreacting.",
    "It's affecting my work.", "Nothing like this has happened before.", "I'm normally fit and well.",
    "I took a couple of painkillers this morning.", "I'm a teacher.", "I drive for a living.",
    "Not sure if it's related but I moved house recently.", "Thanks for seeing me.",
]
EN_RELATIVE_FILLERS = [
    "We're really worried.", "We tried calpol at home.", "Nobody else at home is ill.", "We came straight here.",
    "It's not like them at all.", "They've had all their usual checks.", "We weren't sure whether to come in.",
]
EN_CLINICIAN_TAILS = ["Obs stable otherwise.", "Nil else of note.", "Meds: nil regular.", "Lives with family.",
                      "Independent ADLs.", "No recent travel.", "Systems review otherwise unremarkable.", ""]
ZH_FILLERS = ["我平时身体挺好的。", "家里人非要我来看看。", "自己吃了点药也没见好。", "最近工作特别忙。",
              "不好意思麻烦您了。", "之前没出过这种情况。", "在网上查了一下，有点担心。", "我是开出租车的。",
              "这两天也没睡好。", "谢谢医生。", "平时不怎么来医院。"]
ZH_RELATIVE_FILLERS = ["我们特别着急。", "在家里量了体温。", "家里其他人都没事。", "不知道要不要紧。"]
ZH_CLINICIAN_TAILS = ["生命体征平稳。", "余无特殊。", "无特殊用药史。", "精神可。", ""]

EN_CONTEXT = {
    "pregnant": ["I'm {w} weeks pregnant.", "I'm pregnant, about {w} weeks.", "Also I'm pregnant ({w} weeks)."],
    "breastfeeding": ["I'm breastfeeding my baby.", "I'm still breastfeeding."],
    "allergy_penicillin": ["I'm allergic to penicillin.", "Penicillin gives me a rash."],
    "allergy_sulfa": ["I'm allergic to sulfa drugs."],
    "allergy_nsaid": ["I can't take ibuprofen, I'm allergic.", "I'm allergic to aspirin and ibuprofen."],
    "allergy_macrolide": ["I'm allergic to erythromycin."],
    "allergy_cephalosporin": ["I had a reaction to cephalexin once."],
    "kidney_disease": ["I have kidney disease.", "My kidneys don't work properly."],
    "liver_disease": ["I have liver problems.", "I've got a liver condition."],
    "anticoagulant": ["I'm on warfarin.", "I take blood thinners.", "I'm on apixaban."],
    "asthma": ["I'm asthmatic.", "I have asthma."],
    "heart_disease": ["I have a heart condition.", "I had a heart attack a few years ago."],
}
EN_CONTEXT_SHORT = {
    "pregnant": ["{w}/40 pregnant", "G2P1 {w}/40"], "breastfeeding": ["breastfeeding"],
    "allergy_penicillin": ["allergy: penicillin", "PCN allergy"], "allergy_sulfa": ["sulfa allergy"],
    "allergy_nsaid": ["NSAID allergy"], "allergy_macrolide": ["macrolide allergy"],
    "allergy_cephalosporin": ["cephalosporin allergy"], "kidney_disease": ["CKD", "known CKD 3"],
    "liver_disease": ["known liver disease"], "anticoagulant": ["on warfarin", "on DOAC"],
    "asthma": ["asthmatic", "PMH asthma"], "heart_disease": ["IHD", "known heart disease"],
}
ZH_CONTEXT = {
    "pregnant": ["我怀孕{w}周了。", "现在怀孕{w}周。"], "breastfeeding": ["我还在哺乳期。", "现在在喂奶。"],
    "allergy_penicillin": ["我对青霉素过敏。"], "allergy_sulfa": ["我对磺胺类药过敏。"],
    "allergy_nsaid": ["我吃布洛芬会过敏。"], "allergy_macrolide": ["我对红霉素过敏。"],
    "allergy_cephalosporin": ["我对头孢过敏。"], "kidney_disease": ["我有肾病。", "我肾功能不太好。"],
    "liver_disease": ["我肝不好。", "我有肝病。"], "anticoagulant": ["我在吃华法林。", "我一直吃抗凝药。"],
    "asthma": ["我有哮喘。"], "heart_disease": ["我有心脏病。", "我以前心梗过。"],
}
ZH_CONTEXT_SHORT = {
    "pregnant": ["孕{w}周"], "breastfeeding": ["哺乳期"], "allergy_penicillin": ["青霉素过敏史"],
    "allergy_sulfa": ["磺胺过敏史"], "allergy_nsaid": ["非甾体抗炎药过敏"], "allergy_macrolide": ["大环内酯类过敏"],
    "allergy_cephalosporin": ["头孢过敏史"], "kidney_disease": ["慢性肾病史"], "liver_disease": ["肝病史"],
    "anticoagulant": ["长期服用华法林"], "asthma": ["哮喘病史"], "heart_disease": ["冠心病史"],
}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _join_en(items: list[str], conj: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


class Narrator:
    """Renders plans as notes; one instance per knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb

    # ------------------------------------------------------------ phrase pickers
    def term(self, fid: str, lang: str, rng: random.Random) -> str:
        return rng.choice(self.kb.findings[fid].phrasings[lang].terms)

    def lay(self, fid: str, lang: str, rng: random.Random) -> str:
        return rng.choice(self.kb.findings[fid].phrasings[lang].lay)

    def clinical(self, fid: str, lang: str, rng: random.Random) -> str:
        return rng.choice(self.kb.findings[fid].phrasings[lang].clinical)

    def is_history(self, fid: str) -> bool:
        return self.kb.findings[fid].kind == "history"

    def render(self, plan: Plan, rng: random.Random, augmented: bool = True) -> str:
        """The note for a plan, in a random voice; ``augmented`` adds the variation of real notes
        (``medmodel.augment``: everyday synonyms, typos, shorthand, filler, order, case)."""
        if plan.lang == "zh":
            voice = rng.choices([self._zh_patient, self._zh_relative, self._zh_clinician, self._zh_brief],
                                weights=[4, 2 if plan.age < 16 or plan.age > 70 else 1, 3, 2])[0]
            text = self._name_it(re.sub(r"\s+", "", voice(plan, rng)).replace("。。", "。"), plan, rng)
            return augment(text, "zh", rng, clinician=voice == self._zh_clinician) if augmented else text
        voice = rng.choices([self._en_patient, self._en_relative, self._en_clinician, self._en_brief, self._en_message],
                            weights=[4, 2 if plan.age < 16 or plan.age > 70 else 0.7, 3, 2, 1.5])[0]
        text = self._name_it(re.sub(r"\s+", " ", voice(plan, rng)).strip(), plan, rng)
        if not augmented:
            return text
        return re.sub(r"\s+", " ", augment(text, "en", rng, clinician=voice in (self._en_clinician, self._en_brief))).strip()

    def _name_it(self, text: str, plan: Plan, rng: random.Random) -> str:
        """Real notes often name a condition: the patient's guess, a recurrence, what another doctor said."""
        if not plan.named:
            return text
        cond = self.kb.conditions[plan.named]
        names = cond.aliases.get(plan.lang) or (cond.name.get(plan.lang),)
        name = rng.choice(names)
        if plan.lang == "zh":
            frame = rng.choice(["我怀疑是{}。", "以前得过{}，这次感觉差不多。", "是不是{}啊？", "医生说可能是{}。",
                                "网上查了说像{}。", "担心是{}。", "疑似{}。"])
            sentence = frame.format(name)
            return sentence + text if rng.random() < 0.3 else text.rstrip("。") + "。" + sentence
        frame = rng.choice(["I think it might be {}.", "I've had {} before and this feels the same.", "Could this be {}?",
                            "My GP thinks it's {}.", "Worried it's {}.", "I looked it up and it sounds like {}.",
                            "?{}", "Query {}.", "Previously diagnosed with {}, similar symptoms now.", "{} again?"])
        sentence = frame.format(name)
        return sentence + " " + text if rng.random() < 0.3 else text.rstrip() + " " + sentence

    # ------------------------------------------------------------ English voices
    def _duration(self, plan: Plan, rng: random.Random, short: bool = False) -> str:
        pool = (EN_SHORT_DURATION if short else EN_DURATION)[plan.tempo]
        n = rng.randint(2, 6)
        return rng.choice(pool).format(n=n, m=n + 1, weekday=rng.choice(WEEKDAYS))

    def _en_present_sentences(self, fids, plan, rng, subject=None) -> list[str]:
        """Sentences for present findings after the chief complaint, grouped 1-3 per sentence."""
        out, rest = [], list(fids)
        while rest:
            take = rest[:rng.choice([1, 1, 2, 2, 3])]
            rest = rest[len(take):]
            if subject is None and len(take) == 1 and rng.random() < 0.6:
                lay = self.lay(take[0], "en", rng)
                out.append(_cap(rng.choice(["{}", "also {}", "and {}", "plus {}", "on top of that {}",
                                            "oh and {}", "{}, which is new", "{} as well"]).format(lay)) + ".")
                continue
            terms = [self.term(f, "en", rng) for f in take]
            if subject is None:
                frame = rng.choice(["I also have {}", "I've also got {}", "There's {} too", "I've been having {}",
                                    "Also {}", "I've noticed {}", "And {}", "Then there's {}", "{} as well",
                                    "I have also been experiencing {}", "I'm also getting {}", "Along with {}",
                                    "On top of that I have {}", "I've also noticed {}"])
            else:
                frame = rng.choice([f"{subject} also has {{}}", f"{subject}'s had {{}}", "We've noticed {}",
                                    f"{subject} keeps complaining of {{}}", "There's also {}", f"{subject} seems to have {{}}"])
            out.append(_cap(frame.format(_join_en(terms))) + ".")
        return out

    def _en_negatives(self, absent, rng, subject=None) -> list[str]:
        if not absent:
            return []
        terms = [self.term(f, "en", rng) for f in absent]
        if subject is None:
            frame = rng.choice(["No {}.", "I haven't had any {}.", "Haven't noticed any {}.", "There's no {}.",
                                "I don't have {}.", "No {} that I know of.", "But no {}.", "Definitely no {}."])
        else:
            frame = rng.choice([f"{subject} hasn't had any {{}}.", "No {}.", "We haven't seen any {}.",
                                f"{subject} doesn't have {{}}."])
        return [frame.format(_join_en(terms, "or"))]

    def _en_context(self, plan, rng, table=EN_CONTEXT) -> list[str]:
        out = []
        for flag in sorted(plan.flags):
            if flag in table and rng.random() < 0.7:
                out.append(rng.choice(table[flag]).format(w=rng.randint(8, 36)))
        return out

    def _split_history(self, plan):
        symptoms = [f for f in plan.present if not self.is_history(f)]
        history = [f for f in plan.present if self.is_history(f)]
        return symptoms, history

    def _en_patient(self, plan: Plan, rng: random.Random) -> str:
        symptoms, history = self._split_history(plan)
        parts = [rng.choice(["", "", "Hi doctor, ", "Hello, ", "Hi, ", "So ", "Um, ", "Doctor, "])]
        if rng.random() < 0.3:
            sexword = rng.choice(["man", "guy", "male"] if plan.sex == "M" else ["woman", "lady", "female"])
            parts.append(f"I'm a {plan.age} year old {sexword}. " if plan.age >= 16 else "")
        if symptoms:
            chief, rest = symptoms[0], symptoms[1:]
            dur = self._duration(plan, rng)
            if rng.random() < 0.6:
                parts.append(_cap(rng.choice(["{l} {d}.", "{l}, it's been going on {d}.", "{d} {l}.",
                                              "basically {l} {d}.", "{l} and it started {d_}."])
                                  .format(l=self.lay(chief, "en", rng), d=dur, d_=dur.replace("for ", "about "))))
            else:
                parts.append(rng.choice(["I've had {t} {d}.", "I've been suffering with {t} {d}.",
                                         "I've got {t}, {d}.", "The main thing is {t}, {d}.", "{T} {d}.",
                                         "I have been experiencing {t} {d}.", "I've been dealing with {t} {d}.",
                                         "I've noticed {t} {d}.", "I'm having {t}, {d}.", "I keep getting {t}.",
                                         "I've been getting {t} {d}."])
                             .format(t=self.term(chief, "en", rng), T=_cap(self.term(chief, "en", rng)), d=dur))
            if rng.random() < 0.3:
                parts.append(rng.choice(["It's getting worse.", "It's really bad.", "It comes and goes.",
                                         "It's worse at night.", "It's not too bad but it's annoying.",
                                         "It's the worst in the mornings.", "Nothing seems to help."]))
            parts += self._en_present_sentences(rest, plan, rng)
        parts += [_cap(self.lay(h, "en", rng)) + "." for h in history]
        parts += self._en_negatives(list(plan.absent), rng)
        parts += self._en_context(plan, rng)
        parts += rng.sample(EN_FILLERS, k=rng.choice([0, 0, 1, 1, 2]))
        return " ".join(p for p in parts if p)

    def _en_relative(self, plan: Plan, rng: random.Random) -> str:
        he = "he" if plan.sex == "M" else "she"
        if plan.age < 16:
            who = rng.choice(["son", "boy", "little boy"] if plan.sex == "M" else ["daughter", "girl", "little girl"])
            age = f"{plan.age}-year-old" if plan.age >= 1 else "baby"
            intro = rng.choice([f"My {who} is {plan.age}. ", f"Our {age} ", f"My {age} {who} ", f"I'm worried about my {who}. "])
        elif plan.age > 60:
            who = rng.choice(["dad", "father", "grandad"] if plan.sex == "M" else ["mum", "mother", "nan"])
            intro = rng.choice([f"My {who} is {plan.age}. ", f"My {who} ", f"I'm calling about my {who}, {plan.age}. "])
        else:
            who = rng.choice(["husband", "partner", "brother"] if plan.sex == "M" else ["wife", "partner", "sister"])
            intro = rng.choice([f"My {who} ", f"I'm here with my {who}. "])
        subject = _cap(he) if intro.endswith(". ") else ""
        symptoms, history = self._split_history(plan)
        parts = [intro]
        if symptoms:
            chief, rest = symptoms[0], symptoms[1:]
            lead = f"{subject} has" if subject else "has"
            parts.append(rng.choice(["{lead} had {t} {d}.", "{lead} been unwell with {t} {d}."])
                         .format(lead=lead, t=self.term(chief, "en", rng), d=self._duration(plan, rng)))
            if rest and rng.random() < 0.4:
                parts.append(f'{_cap(he)} keeps saying "{self.lay(rest[0], "en", rng)}".')
                rest = rest[1:]
            parts += self._en_present_sentences(rest, plan, rng, subject=_cap(he))
        for h in history:
            parts.append(f"{_cap(he)} has a history of {self.term(h, 'en', rng)}.")
        parts += self._en_negatives(list(plan.absent), rng, subject=_cap(he))
        parts += [s.replace("I'm", f"{_cap(he)}'s").replace("I have", f"{_cap(he)} has").replace("I take", f"{_cap(he)} takes")
                  .replace("My ", "Their ").replace("I ", f"{_cap(he)} ") for s in self._en_context(plan, rng)]
        parts += rng.sample(EN_RELATIVE_FILLERS, k=rng.choice([0, 1, 1]))
        return " ".join(parts).replace("  ", " ")

    def _en_clinician(self, plan: Plan, rng: random.Random) -> str:
        symptoms, history = self._split_history(plan)
        sx = plan.sex
        sexword = {"M": rng.choice(["M", "male", "man"]), "F": rng.choice(["F", "female", "woman"])}[sx]
        age = f"{plan.age}" if plan.age >= 1 else f"{rng.randint(1, 11)}mo"
        items = [self.clinical(f, "en", rng) if rng.random() < 0.6 else self.term(f, "en", rng) for f in symptoms]
        chief = items[0] if items else "review"
        header = rng.choice([f"{age}{sx} c/o {chief}", f"{age}yo {sexword} presenting with {chief}",
                             f"{age} y/o {sx} with {chief}", f"Pt {age}{sx}. PC: {chief}", f"{_cap(sexword)}, {age}, {chief}",
                             f"{age}{sx}, {chief}"])
        parts = [header + " " + self._duration(plan, rng, short=True) + "."]
        if len(items) > 1:
            parts.append(rng.choice(["Also {}.", "Assoc {}.", "+ {}.", "With {}.", "{}."]).format(
                rng.choice([", ", "; ", " + "]).join(items[1:])))
        if plan.absent:
            neg = [self.clinical(f, "en", rng) if rng.random() < 0.5 else self.term(f, "en", rng) for f in plan.absent]
            parts.append(rng.choice(["Denies {}.", "No {}.", "Nil {}.", "-ve {}.", "Denies {}. "]).format(
                rng.choice(["/", " or "]).join(neg)))
        if history:
            parts.append(rng.choice(["PMH: {}.", "Hx {}.", "Background: {}.", "SHx: {}."]).format(
                ", ".join(self.clinical(h, "en", rng) for h in history)))
        ctx = self._en_context(plan, rng, EN_CONTEXT_SHORT)
        if ctx:
            parts.append("; ".join(ctx) + ".")
        elif rng.random() < 0.3:
            parts.append("NKDA.")
        parts.append(rng.choice(EN_CLINICIAN_TAILS))
        return " ".join(parts)

    def _en_brief(self, plan: Plan, rng: random.Random) -> str:
        """A list of findings as a busy clinician types it: "fever, cough, pleuritic CP, no haemoptysis"."""
        terms = [self.clinical(f, "en", rng) if rng.random() < 0.3 else self.term(f, "en", rng) for f in plan.present]
        sep = rng.choice([", ", ", ", ", ", "; ", " + ", " / ", ". ", " - ", ",", "\n"])
        text = sep.join(terms)
        if rng.random() < 0.5:
            text += rng.choice([" ", ", ", " - "]) + self._duration(plan, rng, short=rng.random() < 0.5)
        if plan.absent:
            neg = [self.term(f, "en", rng) for f in plan.absent]
            text += rng.choice([". no ", ", no ", "; no ", ". denies ", ", nil ", ". -ve "]) + \
                rng.choice([", ", " or ", "/", ", no "]).join(neg)
        if rng.random() < 0.3:
            sexword = plan.sex if rng.random() < 0.6 else {"M": "male", "F": "female"}[plan.sex]
            age = f"{plan.age}" if plan.age >= 1 else f"{rng.randint(1, 11)}mo"
            text = rng.choice([f"{age}{sexword}: ", f"{age} {sexword}, ", f"{age}yo {sexword} - ", f"{age}{sexword} "]) + text
        ctx = self._en_context(plan, rng, EN_CONTEXT_SHORT)
        if ctx:
            text += ". " + ", ".join(ctx)
        return text.lower() if rng.random() < 0.5 else _cap(text)

    def _en_message(self, plan: Plan, rng: random.Random) -> str:
        symptoms, history = self._split_history(plan)
        bits = [rng.choice(["hey so basically", "hi, quick question,", "hello,", "ok so", "hi there -"])]
        for i, f in enumerate(symptoms):
            bits.append(("" if i == 0 else rng.choice(["and", "also", "+", "and also", "plus"])) + " " + self.lay(f, "en", rng))
        bits.append(self._duration(plan, rng))
        bits += [self.lay(h, "en", rng) for h in history]
        if plan.absent:
            bits.append(rng.choice(["no", "but no", "not had any"]) + " " + " or ".join(self.term(f, "en", rng) for f in plan.absent))
        bits += [c.lower().rstrip(".") for c in self._en_context(plan, rng)]
        bits.append(rng.choice(["is this serious?", "should i be worried??", "what should i do", "any ideas?", "", "thanks"]))
        return " ".join(b for b in bits if b).lower()

    # ------------------------------------------------------------ Chinese voices
    def _zh_duration(self, plan: Plan, rng: random.Random) -> str:
        n = rng.randint(2, 6)
        return rng.choice(ZH_DURATION[plan.tempo]).format(n=rng.choice([str(n), ZH_NUM[n]]))

    def _zh_context(self, plan, rng, table=ZH_CONTEXT) -> list[str]:
        return [rng.choice(table[f]).format(w=rng.randint(8, 36)) for f in sorted(plan.flags)
                if f in table and rng.random() < 0.7]

    def _zh_rest(self, fids, rng, pronoun="") -> str:
        out = []
        for f in fids:
            if rng.random() < 0.5:
                out.append(rng.choice(["还{}", "而且{}", "{}", "另外{}", "同时{}"]).format(self.lay(f, "zh", rng).replace("我", pronoun)))
            else:
                out.append(rng.choice(["还有点{}", "伴有{}", "也有{}", "还有{}", "有{}"]).format(self.term(f, "zh", rng)))
        return "，".join(out)

    def _zh_negatives(self, absent, rng, clinical=False) -> str:
        if not absent:
            return ""
        terms = [self.term(f, "zh", rng) for f in absent]
        if clinical:
            return rng.choice(["无{}。", "否认{}。", "无{}等。"]).format("、".join(terms))
        if len(terms) == 1:
            return rng.choice(["没有{}。", "{}倒是没有。", "没{}。", "也没有{}。"]).format(terms[0])
        return rng.choice(["没有{}。".format("，也没有".join(terms)), "没有{}。".format("、".join(terms)),
                           "{}都没有。".format("、".join(terms))])

    def _zh_patient(self, plan: Plan, rng: random.Random) -> str:
        symptoms, history = self._split_history(plan)
        parts = [rng.choice(["", "", "医生你好，", "大夫，", "您好，", "医生，"])]
        if symptoms:
            chief, rest = symptoms[0], symptoms[1:]
            d = self._zh_duration(plan, rng)
            if rng.random() < 0.5:
                parts.append(rng.choice(["{l}，{d}了。", "{d}一直{l}。", "最近{l}，有{d}了。", "{l}，已经{d}了。"])
                             .format(l=self.lay(chief, "zh", rng), d=d.rstrip("了")))
            else:
                parts.append(rng.choice(["我{t}{d}了。", "我这{d}{t}。", "{t}{d}了。", "主要是{t}，{d}了。"])
                             .format(t=self.term(chief, "zh", rng), d=d.rstrip("了")))
            if rest:
                parts.append(self._zh_rest(rest, rng) + "。")
            if rng.random() < 0.25:
                parts.append(rng.choice(["越来越严重了。", "时好时坏的。", "晚上更厉害。", "吃了药也不管用。"]))
        parts += [self.lay(h, "zh", rng) + "。" for h in history]
        parts.append(self._zh_negatives(list(plan.absent), rng))
        parts += self._zh_context(plan, rng)
        parts += rng.sample(ZH_FILLERS, k=rng.choice([0, 0, 1, 1, 2]))
        return "".join(parts)

    def _zh_relative(self, plan: Plan, rng: random.Random) -> str:
        he = "他" if plan.sex == "M" else "她"
        if plan.age < 16:
            who = rng.choice(["我儿子", "孩子", "我家小子"] if plan.sex == "M" else ["我女儿", "孩子", "我家闺女"])
            age = f"{plan.age}岁" if plan.age >= 1 else "不到一岁"
        elif plan.age > 60:
            who = rng.choice(["我爸", "我父亲", "我爷爷"] if plan.sex == "M" else ["我妈", "我母亲", "我奶奶"])
            age = f"{plan.age}岁"
        else:
            who = rng.choice(["我老公", "我爱人", "我哥"] if plan.sex == "M" else ["我老婆", "我爱人", "我姐"])
            age = f"{plan.age}岁"
        symptoms, history = self._split_history(plan)
        parts = [f"{who}{rng.choice(['今年', '', ''])}{age}，"]
        if symptoms:
            parts.append(f"{self.term(symptoms[0], 'zh', rng)}{self._zh_duration(plan, rng).rstrip('了')}了")
            if symptoms[1:]:
                parts.append("，" + self._zh_rest(symptoms[1:], rng, pronoun=he))
            parts.append("。")
        parts += [f"{he}{rng.choice(['平时', '以前', ''])}{self.term(h, 'zh', rng)}。" for h in history]
        parts.append(self._zh_negatives(list(plan.absent), rng))
        parts += [c.replace("我", he) for c in self._zh_context(plan, rng)]
        parts += rng.sample(ZH_RELATIVE_FILLERS, k=rng.choice([0, 1]))
        return "".join(parts)

    def _zh_clinician(self, plan: Plan, rng: random.Random) -> str:
        symptoms, history = self._split_history(plan)
        sex = "男" if plan.sex == "M" else "女"
        terms = [self.clinical(f, "zh", rng) if rng.random() < 0.5 else self.term(f, "zh", rng) for f in symptoms]
        d = self._zh_duration(plan, rng).rstrip("了")
        chief = terms[0] if terms else "不适"
        age = f"{plan.age}岁" if plan.age >= 1 else f"{rng.randint(1, 11)}个月"
        parts = [rng.choice([f"患者{sex}，{age}，因“{chief}{d}”就诊。", f"{sex}，{age}，主诉{chief}{d}。",
                             f"{age}{sex}性，{chief}{d}，", f"患者，{sex}，{age}。主诉：{chief}{d}。"])]
        if len(terms) > 1:
            parts.append(rng.choice(["伴{}。", "伴有{}。", "同时有{}。", "{}。"]).format("、".join(terms[1:])))
        parts.append(self._zh_negatives(list(plan.absent), rng, clinical=True))
        if history:
            parts.append(rng.choice(["既往{}。", "既往史：{}。", "有{}史。"]).format("、".join(self.clinical(h, "zh", rng) for h in history)))
        ctx = self._zh_context(plan, rng, ZH_CONTEXT_SHORT)
        if ctx:
            parts.append("，".join(ctx) + "。")
        parts.append(rng.choice(ZH_CLINICIAN_TAILS))
        return "".join(parts)

    def _zh_brief(self, plan: Plan, rng: random.Random) -> str:
        text = "，".join(self.term(f, "zh", rng) for f in plan.present) + "，" + self._zh_duration(plan, rng)
        if plan.absent:
            text += "，无" + "、".join(self.term(f, "zh", rng) for f in plan.absent)
        return text
