"""Prediction: note -> differential, triage, medications, next steps, with the safety layer applied.

Before the model runs, the patient's context is read from the note (``medmodel.context``) and merged with the
form, so "22 weeks pregnant" in the text counts as much as the ticked box. The decoder's first output position
gives the differential's likelihoods (temperature-calibrated), with every condition impossible for this
patient (sex, age, pregnancy) masked out; the leading diagnosis is the most likely condition there, and the
rest of the sequence is decoded by constrained beam search conditioned on it, under the same masks. Then the
safety rules of ``medmodel.safety`` run whatever the model said: triage from the differential's mass on
dangerous conditions and from red flags; an out-of-scope check (``medmodel.scope``); medicines only for a
confident, in-scope leading diagnosis, with anything contraindicated for this patient withheld and its reason.
"""
from __future__ import annotations

import math

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

import torch

from . import rx
from .bundle import Bundle
from .case import Case
from .context import Conflict, NoteContext, a_relatives, denied, infant_age_months, merge, named_medicine_allergies, read_context
from .decode import beam_search
from .errors import InputError
from .everyday import A_CHILD_SAID, CYTOTOXICS, FIT_HINTS, ZH_CYTOTOXICS
from .findings import FindingExtractor, Mention
from .hanzi import simplified
from .knowledge import PREGNANCY_AGES, Condition, triage_rank
from .messages import Message
from .modality import safety_netting, stated_plan
from .model import Source
from .paths import RED_FLAG_PHRASES
from .posterior import Posterior
from .vitals import NEWS2_EMERGENCY, NEWS2_URGENT, news2, peak_flow_percent, read_vitals
from .safety import (BP_PAIR, CHILD_SVT_RATE, MARROW_SUPPRESSING, MODERATE_PEAK_FLOW, GBS_WEAKNESS, HALLMARK_AGAINST, HALLMARK_NEEDED, ECTOPIC, pregnancy_seen_in_the_womb, CAUSE_OUTSIDE_KNOWLEDGE, NEGATIVE_PREGNANCY_TEST, RULED_OUT_BY, CONFIRM_BEFORE_TREATMENT, EXACERBATION_OF, EXPOSURE_NAMED, NEEDS_VERY_HIGH_BP, OUT_OF_SCOPE_TRIAGE, RX_CONFIDENCE, SIGNS_NEEDED, SITE_NAMED, ANKLE_FRACTURE, ANKLE_FRACTURE_SIGNS, BONES_NOT_TENDER, EACH_PERIOD_PAIN, PREGNANCY_SIGNS, ANAPHYLAXIS, ANAPHYLAXIS_HALLMARKS, ANAPHYLAXIS_SIGNS, SJS_BEYOND_THE_MOUTH, THIN_NOTE_SUPPORT, CannotMiss, at_least, RedFlag, Withheld, context_red_flags, escalate,
                     impossible_for, impossible_next_steps, merge_red_flags, no_current_complaint, aura_on_combined_pill, AURA_CONDITIONS, prescribe, BACKGROUND_HISTORY, QUIET_LEVEL, QUIET_STEPS, red_flags_in, settle_copd_saturation, settle_exertional_chest_pain, settle_simple_faint, settle_child_airway, settle_facial_palsy, settle_recovered_hypo, settle_lick_only, settle_unblistered_limb_burn, settle_iron_black_stool, settle_assessed_head_injury, settle_resolved_deficit, deficit_resolved, DEFICIT_RESOLVED, TIA, TIA_LOOK_ALIKES,
                     settle_known_epilepsy, settle_streaky_haemoptysis, settled_by_note, triage_from_differential, unsupported_emergencies)
from .scope import Scope, assess, scope_features
from .sequence import MAX_DX, section_of
from .tokenizer import Encoded, subword_ids

MAX_NOTE_CHARS = 100_000
_MEANINGFUL = rx.compile(r"[^\W\d_]", re.UNICODE)
# A note that names paracetamol as a dose taken ("took 2 paracetamol for the headache", "taking ibuprofen and
# paracetamol, 30% better") is no overdose: the model, trained on notes where paracetamol appears only in overdoses,
# read the word alone as one. Paracetamol overdose stays possible when the note says anything of an overdose.
_PARACETAMOL = rx.compile(r"(?i)paracetamol|acetaminophen|tylenol|panadol|calpol|co-?codamol|\bapap\b|crocin|\bdolo\b|biogesic|"
                          r"对乙酰氨基酚|泰诺|扑热息痛|百服宁|必理通")
_OVERDOSE_WORDS = rx.compile(
    r"(?i)overdos|\bods?\b|od'd|too (?:many|much)|handful|(?:took|take|taken|taking|swallowed|had|ate|eaten)\s+"
    r"(?:a\s+|the\s+|her\s+|his\s+|my\s+|their\s+|an?\s+entire\s+|half\s+(?:a|the)\s+)?(?:whole\s+)?(?:packet|box|bottle|"
    r"pack|strip|blister|tub)s?\b|\b(?:packets?|box(?:es)?|bottles?|packs?|strips?|tubs?)\s+of\s+(?:\w+\s+){0,2}?(?:tabs?|"
    r"tablets?|pills?|caps|capsules|meds|medicines?|paracetamol|acetaminophen|tylenol|panadol|calpol|sleeping)|whole\s+"
    r"(?:packet|pack|box|bottle|strip|tub|lot|load|blister|thing|month|week|supply)|(?:\ball (?:the|my|of)|a lot of|"
    r"lots of|loads? of|bunch of)\b[^.;!?]{0,25}?\b(?:tabs?|tablets?|pills?|caps|capsules|meds|medicines?|them|"
    r"paracetamol|acetaminophen|tylenol|panadol|calpol)\b|\b(?:[1-9]\d|[89])\s*(?:x\s*)?(?:tabs?|tablets?|pills?|caps|capsules|paracetamol|"
    r"tylenol|panadol)|staggered|过量|一整|一瓶|一板|一盒|\d{2,}\s*片|几十片|好多片|一把")
PARACETAMOL_OVERDOSE = "paracetamol_overdose"
GCA_FROM_AGE = 50   # BSR 2020 giant cell arteritis guideline: suspect it in people aged 50 or over
# Crying that nothing settles, said without a high-pitched, weak or strange quality ("每天傍晚开始哭，一哭就是两三个小时，
# 怎么哄都不行", feeding and growing well, no fever): infant colic's own definition, not the emergency cry of a
# seriously ill infant, which NICE NG143 names by its quality ("weak, high-pitched or continuous cry"). Not a red
# flag when colic leads and no fever is read; the differential's own danger still sets the triage.
CRY_QUALITY = rx.compile(r"(?i)pitch|shrill|squeak|shriek|strange|odd|different|weak|moan|尖|怪|不一样|两样|微弱|有气无力|呻吟")
UNEXPLAINED_SUPPORT = 0.2   # the knowledge base's posterior for the lead below which an unlisted danger sign counts
# Context rules after which no medicine is suggested, and the warning that says why
NO_MEDICINE_AFTER = {
    # a fever under 3 months is assessed in hospital first (NICE NG143): no medicine for a guessed cause (a 6-week-old's
    # fever with nothing else read had otitis media at 60%, amoxicillin and clarithromycin)
    "young_infant_fever": "young_infant_fever_no_medicine",
    # heavy bleeding after a recent birth is a postpartum haemorrhage, which no condition here is (it led with heavy
    # periods, tranexamic acid and a combined pill - UKMEC 4 in the first 3 weeks after a birth)
    "postpartum_heavy_bleeding": "postpartum_bleeding_no_medicine",
    # a baby's constipation is assessed before any laxative (NICE CG99; a 3-month-old had ispaghula husk and macrogol)
    "infant_constipation": "infant_constipation_no_medicine",
    # vomiting, diarrhoea, a tremor or unsteadiness on lithium may be lithium toxicity, which no condition here is (a
    # stomach bug on lithium had led with hyperthyroidism and vestibular neuritis, set CE)
    "lithium_with_losses": "lithium_toxicity_no_medicine",
}
EMERGENCY_STEPS = frozenset({"call_emergency_services", "emergency_department_now"})
NON_SMOKER = rx.compile(r"(?i)\b(?:non-?smoker|never smoked|never a smoker|(?:doesn'?t|does not|don'?t|do not) smoke|"
                        r"not a smoker|ex-?smoker|stopped smoking|quit smoking|gave up smoking)\b|不吸烟|不抽烟|从不吸烟|已戒烟")
# A lump in the breast, as written (``Predictor._assemble``: outside what the knowledge base can name unless breastfeeding
# explains it, ``LACTATION_EXPLAINS``)
BREAST_LUMP = rx.compile(
    r"(?i)\blump\w*\s+(?:in|on|under|near|by|behind)\s+(?:my|her|his|the|their)\s+(?:(?:left|right|l|r)\s+)?"
    r"(?:breast|boob|nipple|chest\s+near\s+the\s+nipple)s?\b|\bbreast\s+lump|\b(?:left|right|l|r)\s+breast\s+lump|"
    r"\blump\w*\s+in\s+(?:the\s+)?(?:upper|lower|outer|inner)\s+(?:part\s+of\s+)?(?:my|her|the)\s+(?:left\s+|right\s+)?breast|"
    r"乳房[^，。；,;]{0,6}?(?:肿块|包块|硬块|疙瘩|结节|小包|硬结|一个包|个包|一块硬)|乳腺(?:肿块|包块|结节|硬块)|乳头[^，。；,;]{0,4}?(?:肿块|硬块|疙瘩)")
# Obstructive sleep apnoea as a bed partner or the patient tells it (``Predictor._assemble``: the knowledge base has no
# such condition; "snoring loudly and stopping breathing at night per wife, tired all day, falling asleep at the wheel"
# led with insomnia at 93%): pauses in breathing, gasping or choking in sleep, beside a snore (an infant's pauses in
# breathing are another matter: ``SLEEP_APNOEA_FROM`` years)
SLEEP_APNOEA = rx.compile(
    r"(?i)\b(?:stops?|stopping|stopped|pauses?|pausing|paused|holds?\s+(?:his|her|my)\s+breath)\s+(?:breathing\b|for\s+(?:a\s+few\s+)?"
    r"seconds)|\b(?:gasp\w*|chok\w*|snort\w*)\b[^.;!?]{0,25}?\b(?:sleep|asleep|night)\b|\bapno?eas?\b|\bosa\b|\bosahs\b|"
    r"憋气|憋醒|呼吸暂停|不喘气|停止呼吸|喘不上气(?:来)?(?:憋)?醒|突然没(?:了)?呼吸")
SNORING = rx.compile(r"(?i)\bsnor\w*|打呼|打鼾|呼噜|鼾声")
DROWSY_DRIVING = rx.compile(r"(?i)\b(?:asleep|dozing|dozed|nodding\s+off|nodded\s+off|drowsy|sleepy)\b[^.;!?]{0,30}?\b(?:wheel|driving|"
                            r"drive|lights|traffic|motorway|lorry|van|bus)\b|开车[^。；！？]{0,10}?(?:打瞌睡|睡着|犯困|打盹)")
SLEEP_APNOEA_FROM = 16
LACTATION_EXPLAINS = frozenset({"currently_breastfeeding", "recent_childbirth", "red_hot_breast_area"})
MOTHERS_BREAST = frozenset({"red_hot_breast_area", "breast_tenderness", "tender_breast_lump"})
# A baby under 3 months with a fever of 38 or more is at high risk of a serious bacterial infection, a sepsis until a
# full screen says otherwise (NICE NG143 1.2 and NG51 1.1: under 3 months with 38 C or more is "high risk"): a
# leader that explains none of the baby's findings beyond those a sepsis shares (``INFANT_FEVER_GENERAL``) gives its
# place to a sepsis (``Predictor._young_infant_fever_is_a_sepsis``): "my 5 week old has a temp of 38.2 and isn't
# feeding" led with a hand, foot and mouth disease at 84% with neither mouth nor rash written
# A stroke's signs (``Predictor._ongoing_deficit_is_a_stroke``): a face, an arm or speech gone wrong
ONGOING_STROKE_SIGNS = frozenset({"one_sided_weakness", "facial_droop", "speech_difficulty", "slurred_speech",
                                  "one_sided_numbness"})
STROKE = "ischaemic_stroke"
YOUNG_INFANT_MONTHS = 3
YOUNG_INFANT_FEVERS = frozenset({"fever", "high_fever"})
INFANT_FEVER_GENERAL = frozenset({
    "fever", "high_fever", "low_grade_fever", "poor_feeding", "loss_of_appetite", "irritability", "drowsiness",
    "lethargy", "malaise", "excessive_crying", "inconsolable_high_pitched_cry", "vomiting", "reduced_urine_output",
    "fewer_wet_nappies", "cold_extremities", "mottled_skin", "rapid_breathing", "tachycardia", "floppy_unresponsive",
    "pale_skin", "fatigue", "rigors", "chills"})
# A fever in the weeks after anticancer chemotherapy is a neutropenic sepsis until shown otherwise (NICE CG151, NICE
# NG51): the chemotherapy named in the immunosuppression's own words, a fever of 38 or more or rigors
ANTICANCER_TREATMENT = rx.compile(r"(?i)chemo|化疗|\bcycle\s*\d|\bc\d\s*d\d|" + CYTOTOXICS + "|" + ZH_CYTOTOXICS)
CHEMO_FEVERS = frozenset({"fever", "high_fever", "rigors"})
CHEMO_FEVER_GENERAL = INFANT_FEVER_GENERAL | {"immunosuppression", "cancer_history", "sore_mouth", "rapid_heartbeat",
                                             "palpitations", "widespread_pain", "mouth_ulcers", "sore_throat",
                                             "dizziness", "difficulty_swallowing", "painful_swallowing"}
# ... and a high fever or rigors on a medicine that can stop the marrow making white cells (``safety.MARROW_SUPPRESSING``:
# methotrexate, azathioprine, carbimazole, clozapine...; BNF, MHRA): "RA on methotrexate ... Fever 39.2 with rigors, sore
# mouth with ulcers" led with a Stevens-Johnson syndrome, 甲巯咪唑 with 烧到39.5℃ and 寒战 with an upper GI bleed (set EK)
MARROW_FEVERS = frozenset({"high_fever", "rigors"})
FEBRILE_SEIZURE = "febrile_seizure"     # never output for a note with no hint of a fit (``_seizure_read``)
_CJK_NAME = rx.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class DifferentialEntry:
    condition_id: str
    icd10: str
    name_en: str
    name_zh: str
    probability: float   # calibrated likelihood from the decoder's first DX position

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


def _read_simplified(case: Case) -> Case:
    """The case with its note in simplified characters (the same length), or the case itself."""
    text = simplified(case.text)
    return case if text == case.text else replace(case, text=text)


def _as_written(p: "Prediction", case: Case) -> "Prediction":
    """A prediction made on a note read as simplified, given back with the note and each phrase as written: the
    conversion is one character for one, so every span still points at the same words."""
    text, read = case.text, simplified(case.text)

    def written(x):
        return replace(x, phrase=text[x.start:x.end]) if 0 <= x.start and read[x.start:x.end] == x.phrase else x
    return replace(p, case=case, case_used=replace(p.case_used, text=text) if p.case_used else None,
                   findings=[written(m) for m in p.findings], red_flags=[written(r) for r in p.red_flags],
                   context=NoteContext(tuple(written(i) for i in p.context.items)),
                   conflicts=[replace(c, phrase=next((text[i.start:i.end] for i in p.context.items
                                                      if read[i.start:i.end] == c.phrase), c.phrase))
                              for c in p.conflicts])


@dataclass
class Prediction:
    case: Case
    encoded: Encoded
    differential: list[DifferentialEntry]
    triage: str                       # after escalation by red flags and can't-miss diagnoses
    model_triage: str                 # what the model said
    red_flags: list[RedFlag]
    medications: list[str]            # allowed medication ids, in the model's order
    withheld: list[Withheld]
    next_steps: list[str]
    findings: list[Mention]
    output_tokens: list[str]          # the decoded sequence (DX..., TRIAGE, RX..., NEXT...)
    warnings: list[Message] = field(default_factory=list)
    cannot_miss: list[CannotMiss] = field(default_factory=list)   # dangerous diagnoses that set the triage
    context: NoteContext = field(default_factory=NoteContext)     # what the note says about the patient
    case_used: Case | None = None     # the form completed from the note: what the model and the rules saw
    conflicts: list[Conflict] = field(default_factory=list)       # form and note disagree
    scope: Scope | None = None        # out-of-scope check
    options: dict[str, list[str]] = field(default_factory=dict)   # candidate -> its medicines, when not confident
    excluded: int = 0                 # conditions masked out as impossible for this patient

    @property
    def out_of_scope(self) -> bool:
        return bool(self.scope and self.scope.out_of_scope)

    @property
    def leading(self) -> DifferentialEntry:
        return self.differential[0]

    def to_dict(self, lang: str = "en", kb=None) -> dict:
        """JSON-ready: ids and numbers, with the words of ``medmodel.render`` in ``lang`` (names and sentences
        need the knowledge base ``kb``)."""
        from .render import as_dict
        return {
            "differential": [{"id": d.condition_id, "icd10": d.icd10, "name": d.name(lang),
                              "probability": round(d.probability, 4)} for d in self.differential],
            "triage": self.triage, "model_triage": self.model_triage,
            "red_flags": [{"finding": r.finding, "level": r.level, "phrase": r.phrase, "start": r.start, "end": r.end,
                           "rule": r.rule}
                          for r in self.red_flags],
            "cannot_miss": [{"id": c.condition, "level": c.level, "probability": round(c.probability, 4)}
                            for c in self.cannot_miss],
            "medications": self.medications,
            "next_steps": self.next_steps,
            "findings_present": [m.finding for m in self.findings if m.present],
            "findings_absent": [m.finding for m in self.findings if not m.present],
            "output_tokens": self.output_tokens,
            "truncated": self.encoded.truncated,
            "warning_codes": [w.code for w in self.warnings],
            "out_of_scope": self.out_of_scope,
            "scope_score": round(self.scope.score, 4) if self.scope else None,
            "case_used": {"age": self.case_used.age, "sex": self.case_used.sex, "flags": sorted(self.case_used.flags),
                          "gestation_weeks": self.case_used.gestation_weeks, "egfr": self.case_used.egfr}
            if self.case_used else None,
            "medication_options": self.options,
            **as_dict(self, kb, lang),
        }


def check_note(text: str) -> None:
    """Raise InputError with a clear message when a note cannot be assessed."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("the note is empty: describe the patient's symptoms")
    if len(text) > MAX_NOTE_CHARS:
        raise InputError(f"the note is {len(text):,} characters; the limit is {MAX_NOTE_CHARS:,}")
    if not _MEANINGFUL.search(text):
        raise InputError("the note has no words (only numbers, punctuation or symbols): describe the symptoms")


# A diagnosis asked about, to test for or excluded is not a known one ("?TB", "worried about HIV", "HIV test negative",
# 担心得了艾滋病); nor pre-diabetes or diabetes of pregnancy.
_QUERY_BEFORE = rx.compile(r"(?i)(?:\?|\bquery\b|\bworried\b|\bconcerned\b|\bscreen(?:ing)?\b|\btest(?:ed|ing|s)?\b|"
                           r"\bexclude\b|\brule out\b|\br/o\b|\bcontact\b|\bpossible\b|\bmight have\b|"
                           r"\bthink (?:i|he|she|they)\b|"
                           # a name the patient has since doubted: "Thought I had tennis elbow from gardening but now it's
                           # my hands", 我以为是痔疮又犯了 (set CU: an RA and an anal fissure led with them)
                           r"\bthought (?:i|he|she|they|it|this)\b|以为|"
                           r"担心|怀疑|排除|筛查|是不是|会不会)[^.;\n]{0,20}$")
_QUERY_AFTER = rx.compile(r"(?i)\s*(?:\?|test|screen|contact|negative|neg\b|-ve|status unknown|factor|antibod|serolog|"
                          r"检测|筛查|阴性)")
_NOT_THE_DIAGNOSIS = rx.compile(r"(?i)pre-?diabet|borderline|gestational|糖尿病前期|妊娠(?:期)?糖尿病")
_CONFIRMED = rx.compile(r"(?i)\b(?:positive|confirmed|diagnosed)\b|阳性|确诊")   # "tested positive for HIV" is known


def _condition_names(c: Condition) -> set[str]:
    return {n for lang in ("en", "zh") for n in (c.name.get(lang), *c.aliases.get(lang, ())) if n}


def _names_pattern(names) -> re.Pattern:
    """One regex for names as words: short all-capital ones ("TB", "HTN") as written, the rest in any case."""
    shouted = sorted(n for n in names if n.isupper() and len(n) <= 4)
    spoken = sorted((n for n in names if n not in shouted), key=len, reverse=True)
    # One case-insensitive group around all the spoken names (and the word edges once, outside): the same matches,
    # in the same order of preference, as a group per name, but it compiles ~15x faster (~60 ms for the ~3,700
    # names of named_conditions against ~1 s, paid by every process on its first note); written as a prefix tree
    # (rx.trie), it reads a note ~14x faster than the flat list of names (1.1 of every 7 ms a note took, issue 16).
    alternatives = ([f"(?i:{rx.trie(spoken)})"] if spoken else []) + [re.escape(n) for n in shouted]
    return rx.compile(rf"(?<![A-Za-z])(?:{'|'.join(alternatives)})(?![A-Za-z])" if alternatives else r"(?!x)x")


def _said_as_its_own(text: str, start: int, end: int) -> bool:
    """A name in the note said as the patient's: not denied, a relative's, a question, a test or excluded (unless it
    was confirmed: "tested positive for HIV", "did bloods and said hep C antibody positive"), nor pre-diabetes or
    diabetes of pregnancy."""
    before = text[max(0, start - 30):start]
    return not (denied(text, start) or a_relatives(text, start)
                # (a name that is its own positive result is confirmed: "Tested positive on a lateral flow")
                or (_QUERY_BEFORE.search(before) and not (_CONFIRMED.search(before)
                                                          or _A_POSITIVE_NAME.search(text[start:end])
                                                          or POSITIVE_AFTER.search(text[end:end + 40])))
                or _QUERY_AFTER.match(text[end:end + 12]) and not POSITIVE_AFTER.search(text[end:end + 40])
                and not POSITIVE_BEFORE.search(before)   # ("positive for hepatitis C antibody", set ET)
                or _NOT_THE_DIAGNOSIS.search(text[max(0, start - 15):end]))


# A condition named as the patient's own and as back or flaring, the words next to its name: "recurrent UTI", "RA flare",
# "my eczema is back", "herpes outbreak again", 老毛病痛风又发了, 又犯胃病; or "as usual" in its clause. "Known X" alone
# (``KNOWN_BEFORE``) says less - a known gallstone disease can be a pancreatitis now - and must explain every finding.
AGAIN_AFTER = rx.compile(
    r"(?i)^[\s,:-]*(?:(?:is|are|has|have|'s|was|were|seems?|been|being|came|come|comes|coming|gone|going|playing|acting|"
    r"flared|really|all|up|right|just|totally|a|bit|bad|badly|so)\s+){0,3}(?:again|back|flare\w*|flaring|playing\s+up|"
    r"acting\s+up|outbreak|exacerbation|relaps\w*|recurr\w*|returned)\b|^[^。；;，,]{0,2}?(?:又|复发|犯了|老样子)")
AGAIN_BEFORE = rx.compile(
    r"(?i)\b(?:recurrent|recurring|another|usual|same\s+old|flare(?:-up|\s+up)?\s+of|relapse\s+of|exacerbation\s+of|"
    r"bout\s+of|episode\s+of)\s+(?:(?:of|my|the|a|an|bad|mild|acute)\s+)?$|(?:老毛病|又犯了?|又发了?|又是|又得了?|复发性?|反复)"
    r"[^。；;，,]{0,3}$")
AS_USUAL = rx.compile(r"(?i)\b(?:same\s+as\s+(?:usual|always|before|last\s+time|ever)|as\s+(?:usual|always|before)|"
                      r"same\s+(?:symptoms|thing)\s+as|usual\s+(?:\w+\s+)?(?:symptoms|one|pattern|attacks?|episodes?|flares?)|"
                      # ("Previously diagnosed with carbon monoxide toxicity, similar symptoms now": the generated notes')
                      r"similar\s+(?:symptoms|thing|feeling)\s+(?:now|again|to\s+(?:before|last\s+time)|as\s+(?:before|last\s+time)))\b|"
                      r"(?:跟|和|同)(?:以前|上次|平时|往常)"
                      r"(?:一样|差不多|类似)|老样子")
_A_FLARE_NAME = rx.compile(r"(?i)\b(?:flare\w*|exacerbation|relapse)\b|复发|发作|急性加重")
# A name a test has just confirmed is the illness now, as much as one back or flaring: "tested positive for covid this
# morning", "flu A positive on the swab", "strep test +ve", 新冠抗原阳性, 我阳了 (with symptoms a viral pharyngitis led
# "tested positive for covid this morning, sore throat, cough, fever 38", set CU's 抗原也是两条杠 a sinusitis)
POSITIVE_BEFORE = rx.compile(r"(?i)\bpositive\s+(?:for|with)\s+(?:the\s+)?$|(?:检测|测出|查出|确诊)(?:为|是|了)?$")
# (or a blood test's antibody or antigen: "hep C antibody positive" led with a hepatitis B, set EH)
POSITIVE_AFTER = rx.compile(r"(?i)^\s*(?:(?:rapid\s+|lateral\s+flow\s+|antigen\s+|pcr\s+|home\s+)?(?:test|swab|lft)\s+(?:was\s+|is\s+|came\s+back\s+)?|"
                            r"(?:antibod(?:y|ies)|ab|igm|igg|serology|surface\s+antigen|s\s*ag|rna|pcr|naat|culture|screen(?:ing)?)\s+(?:test\s+)?(?:was\s+|is\s+|were\s+|are\s+|"
                            r"came\s+back\s+)?)?(?:positive|\+ve|pos\b)|^(?:抗原|核酸|抗体|表面抗原)?(?:检测)?(?:阳性|两条杠|两道杠)")
# ... or found by an X-ray, a scan or its report just now ("they did xray, the report on the app says: 'Large right-sided
# pneumothorax ...'" led with a hepatitis B and was urgent, set DD)
IMAGING_FOUND = rx.compile(r"(?i)\b(?:x-?rays?|cxr|ct(?:\s+scan)?|scan|ultrasound|mri|report|imaging)\b[^.;\n]{0,40}?\b(?:says?|said|"
                           r"show(?:s|ed|n)?|found|confirm(?:s|ed)|reveal(?:s|ed)|reads?)\s*:?\s*['\"“‘]?(?:[\w-]+\s+){0,3}$|"
                           r"(?:片子|胸片|CT|B超|彩超|报告)[^。；]{0,12}?(?:显示|提示|说是|诊断)(?:为|是)?[^。；，]{0,6}$")
_A_POSITIVE_NAME = rx.compile(r"(?i)阳了|阳性|两条杠|两道杠|\+ve\b|\bpositive\b")
KNOWN_BEFORE = rx.compile(r"(?i)\b(?:known|k/c/o|kco|diagnosed(?:\s+with)?|longstanding|long-standing|"
                          # the patient's own long-standing one ("I've had migraines since my teens", "I suffer from
                          # migraines": set CL, a migraine with aura on the pill led with panic disorder)
                          r"i'?ve\s+(?:always\s+)?(?:had|suffered\s+(?:from|with))|i\s+have\s+(?:always\s+)?had|"
                          r"i\s+(?:have\s+always\s+)?suffer(?:ed)?\s+(?:from|with)|(?:she|he)\s+suffers\s+(?:from|with))\s+$")
# ... or said after the name, in Chinese: a history of so many years ("桥本甲状腺炎、甲减病史3年", "我有migraine好多年了"
# of a migraine in pregnancy and a hypothyroidism at 8 weeks, led by a pregnancy's sickness and a DVT, set ET)
# (not a bare count of years, "2型糖尿病10年": the history of a complication's cause, not the complaint now)
# (and a hepatitis B's state named between: "乙肝小三阳很多年" of a flare after entecavir was stopped led with an
# alcoholic hepatitis in a man who does not drink, set FO)
KNOWN_AFTER = rx.compile(r"^\s*(?:病史|史)|^\s*(?:小三阳|大三阳|病毒携带|携带)?\s*(?:已经|有)?(?:好多|很多|十几|几十)年(?:了|多了)?")
# Names of a condition that the knowledge base's aliases lack and that notes use ("Known asthmatic"); kept here, as the
# aliases are part of the knowledge base the shipped model was trained on
ALSO_NAMED = {"asthmatic": "asthma",
              # a COVID test read positive, as Chinese notes say it (我阳了; an antigen test's two lines), is the name
              # (not "抗原阳性" alone: "社区查甲流抗原阳性，新冠阴性" is influenza's)
              **dict.fromkeys(("我阳了", "他阳了", "她阳了", "也阳了", "都阳了", "新冠阳性", "抗原两条杠", "抗原是两条杠",
                               "抗原也是两条杠", "抗原显示两条杠",
                               # (two bars as 道: "新冠抗原两道杠，发烧第三天" led with a peritonsillar abscess, set FS)
                               "抗原两道杠", "抗原是两道杠", "抗原显示两道杠", "抗原测了两道杠",
                               # (or said alone: "我今年35，阳了，第二天", set EN)
                               "，阳了", "。阳了", "刚阳了", "今天阳了", "昨天阳了", "前天阳了",
                               # (typed half in English: "今天test了一下antigen 两条杠positive", set EZ)
                               "antigen 两条杠", "antigen两条杠", "两条杠positive", "两条杠 positive",
                               # (and its bars as 道: "今天自己测了antigen两道杠" of a fever and aches led with an
                               # influenza, set GA)
                               "antigen 两道杠", "antigen两道杠", "两道杠positive", "两道杠 positive"), "covid_19"),
              # a rapid antigen or lateral flow test read positive, the way UK and Australian notes say a COVID test
              # ("Phone triage: 27M RAT +ve today, sore throat, cough, T 37.9", set CY: an acute bronchitis led)
              **dict.fromkeys(("rat +ve", "rat positive", "positive rat", "lft +ve", "lft positive", "positive lft",
                               "lateral flow +ve", "lateral flow positive", "positive lateral flow",
                               # ("Tested positive on a lateral flow this morning", a transplant patient's COVID, set DA)
                               "positive on a lateral flow", "positive on lateral flow", "positive on an lft",
                               "positive on a rat"), "covid_19"),
              # a hepatitis C test read positive by its letters ("Follow-up bloods this week: HCV RNA positive, ALT
              # 110" after a needlestick led with a fatty liver, set FB; not "HCV positive" alone, often the source's)
              **dict.fromkeys(("hcv rna positive", "hcv rna +ve", "hcv rna detected", "hcv pcr positive", "hcv antibody positive",
                               "hcv ab positive", "hcv ab +ve", "anti-hcv positive", "丙肝抗体阳性", "丙肝RNA阳性"), "hepatitis_c")}
# ... and not only a past one: "Chlamydia 2023 (treated)", "had shingles last year", "history of gout"
ONLY_IN_THE_PAST = rx.compile(r"(?i)^[^.;\n,]{0,12}?(?:\b(?:19|20)\d\d\b|\btreated\b|\bresolved\b|\bcured\b|\bas\s+a\s+(?:child|kid)\b|"
                              r"\b(?:years?|yrs?|months?)\s+ago\b|\blast\s+year\b)|治愈|治好了|已愈|痊愈")
# ... nor in a note that says this time is unlike it: "i think my piles are back but its different", "never been like
# this before", 这次不一样
NOT_LIKE_BEFORE = rx.compile(r"(?i)\b(?:different|not\s+(?:the\s+same|like\s+(?:usual|before|normal|my\s+usual|the\s+others?|last\s+time))|"
                             r"never\s+(?:been\s+)?like\s+this|never\s+had\s+(?:it|one|this)\s+(?:like|this)|worst\s+ever|unusual\s+for|"
                             r"worse\s+than\s+(?:usual|normal|before|ever|last\s+time|the\s+others?))\b|"
                             r"不一样|不同|从来没有?这样|从没这样|跟以前不|比(?:那次|以前|上次|平时|往常)[^。；;]{0,4}(?:厉害|严重|重|痛|疼)")
_CLAUSE_ENDS = rx.compile(r"[.;!?\n。；！？]")
NAMED_FINDING_FLOOR = 0.05   # a finding a named condition lists this often or more counts as explained by it
NAMED_EDGE = 1e-4            # how far a named condition is put ahead of the leader it shares its likelihood with
# Conditions of adult life in a child (``Predictor._adult_onset_unlikely_in_a_child``)
CHILD_UNDER = 12
CONSTIPATION = "constipation"
CONSTIPATION_SIGNS = frozenset({"constipation", "hard_stools", "straining_stool"})
CONSTIPATION_ALARM = frozenset({"absolute_constipation", "vomiting", "persistent_vomiting", "green_vomit", "rectal_bleeding",
                                "melaena", "weight_loss", "severe_abdominal_pain", "fever", "high_fever",
                                "alternating_bowel_habit"})
# (not over an emergency - a thunderclap headache while straining at stool, a delirium - nor over the illness the iron
# treats, whose note tells of the iron's constipation among its own signs)
CONSTIPATION_NOT_OVER = frozenset({"iron_deficiency_anaemia"})
CONSTIPATING_MEDICINE = rx.compile(
    r"(?i)\b(?:codeine|co-?codamol|co-?dydramol|dihydrocodeine|tramadol|morphine|oramorph|zomorph|oxycodone|oxynorm|"
    r"tapentadol|buprenorphine|fentanyl|opioids?|ferrous(?:\s+\w+)?|iron\s+(?:tablets?|pills?|supplements?)|amitriptyline|"
    r"verapamil|ondansetron)\b|可待因|曲马多|吗啡|羟考酮|芬太尼|铁剂|硫酸亚铁|补铁|阿片")
TYPE_1_DIABETES = "type_1_diabetes"
YOUNG_DIABETES_UNDER = 18   # NICE NG18: children and young people
YOUNG_DIABETES_SIGNS = frozenset({"weight_loss", "polyuria", "nocturia"})
ADULT_ONSET_FROM = 30
ADULT_ONSET_WEIGHT = 0.05
# ... and in a child under ``MIND_ILLNESS_FROM`` years, the illnesses of the mind and of habit that need words or years
# to show (DSM-5: panic, anxiety, depression, mania and psychosis are diagnosed from what the patient tells; an insomnia
# and a dependence are an adult's): a 3-month-old "pale and sweaty, breathing fast ... the owlet sock says 280" (an
# infant's SVT) led with a panic disorder (set FV); the knowledge base's typical ages start at 14-18, under ``ADULT_ONSET_FROM``
# A child's SVT (``Predictor._a_childs_svt_leads``): a fast heartbeat read, and no fever
CHILD_SVT_SIGNS = frozenset({"tachycardia", "palpitations", "rapid_heartbeat"})
CHILD_SVT_UNLESS = frozenset({"fever", "high_fever", "low_grade_fever", "rigors"})
MIND_ILLNESS_FROM = 5
MIND_ILLNESSES = frozenset({"panic_disorder", "generalised_anxiety_disorder", "major_depressive_disorder", "bipolar_mania",
                            "acute_psychosis", "insomnia", "alcohol_use_disorder", "alcohol_withdrawal", "fibromyalgia",
                            "irritable_bowel_syndrome"})
# ... and a chronic inflammatory bowel disease under 2 (an infant's bloody, mucousy stool with eczema on formula is a cow's
# milk protein allergy's, NICE CKS "Cows' milk allergy in children"; an inflammatory bowel disease that young is very
# rare - "10 week old ... on formula ... eczema ... poo is loose with mucus and a few streaks of blood" led with it at
# 82%, set GC)
INFANT_UNLIKELY = frozenset({"inflammatory_bowel_disease"})
INFANT_UNLIKELY_UNDER = 2
# An infant's wheeze that has come before, or an atopic infant's (``Predictor._an_infants_wheeze_is_a_bronchiolitis``)
WHEEZE_BEFORE = frozenset({"previous_episodes", "atopy_history", "flexural_eczema"})
ANAPHYLAXIS_LOOK_ALIKES = ("insect_sting", "urticaria")   # (``Predictor._anaphylaxis_needs_a_sign``)
ANKLE_SPRAIN = "ankle_sprain"   # (``Predictor._ottawa_negative_ankle``)
UNLISTED_FINDING = 0.01   # the frequency given to a finding the condition does not list
# A fever read counts as the grade of fever a condition lists, and a cough as the kind it lists
# (``Predictor._lead_instead``): a child's cold lists a low-grade fever only, and "temp 38.1" is read as a fever, so a
# 2-year-old's cold with a temperature went to a tonsillitis (NICE CKS "Common cold": a fever is common in children);
# influenza lists a dry cough, and "一直咳嗽" is a cough
FEVER_GRADES = ("fever", "low_grade_fever", "high_fever")
READ_AS_ANY_OF = {**dict.fromkeys(FEVER_GRADES, FEVER_GRADES), "cough": ("cough", "dry_cough", "productive_cough")}
# A sudden one-sided chest pain worse on breathing, with breathlessness and no fever, is a pneumothorax's (BTS 2023
# "Pleural disease": sudden unilateral pleuritic pain and breathlessness), not a pericarditis's central pain or a
# myocarditis's after a virus: "19M，188cm 很瘦，平时vape很多。两个小时前坐着打游戏突然右边胸口一阵刺痛，现在吸气吸不满 ... 深呼吸更痛"
# led with a pericarditis and was urgent (set EW)
PNEUMOTHORAX = "spontaneous_pneumothorax"
PNEUMOTHORAX_LOOK_ALIKES = frozenset({"acute_pericarditis", "myocarditis", "musculoskeletal_chest_pain", "costochondritis"})
PNEUMOTHORAX_BREATH = frozenset({"shortness_of_breath", "exertional_dyspnoea", "severe_breathlessness", "rapid_breathing"})
SUDDEN_ONE_SIDE_CHEST = rx.compile(r"(?i)\bsudden(?:ly)?\b[^.;!?\n]{0,40}?\b(?:left|right|one)\s+(?:side\s+(?:of\s+)?(?:my\s+|the\s+|his\s+|"
                                   r"her\s+)?chest|(?:sided\s+)?chest)\b|突然[^。；！？]{0,16}?(?:左边|右边|左侧|右侧|一侧|半边)(?:的)?(?:胸口|胸部|胸)")
# A guess (``Predictor._leader_explains_a_finding``): a confident model reads more than the finding reader does
# ("hemroids again, bleeding bright red on the paper after poo, itchy lump" led rightly with haemorrhoids at 67%, its
# one finding read an itch; at any confidence the lead went to an obstructive jaundice)
UNEXPLAINING_LEAD_BELOW = 0.35
# ... and its place goes only to a rival the model gave at least this share of the leader's likelihood (on the development
# sets, not the held-out ones: 130 leaders changed at any share, 49 to the right one and 32 from it; 65 at 0.3 or more,
# 42 and 12: a rival the model all but ruled out was often read from a side finding, an itch's scabies)
UNEXPLAINING_LEAD_RIVAL = 0.3
# ... a rival the patient has outgrown may have it still where the note says the complaint has come since youth (NICE CKS
# "Aphthous ulcer": recurrent aphthous ulcers begin in childhood or adolescence and may go on for life; "I'm 75 and ever
# since I was young I get small painful white ulcers inside my lip or cheek a few times a year" led with a urinary
# infection, set FI)
SINCE_YOUNG = rx.compile(r"(?i)\b(?:ever\s+)?since\s+(?:I\s+was\s+(?:young|little|small|a\s+(?:kid|child|teen(?:ager)?|girl|boy))|"
                         r"(?:my\s+)?(?:childhood|teens|school\s+days))\b|\ball\s+my\s+life\b|\bsince\s+forever\b|"
                         r"从小(?:就|到大)?|小时候(?:就|起|开始)|年轻(?:的)?时候?(?:就|起|开始)|这么多年一直")
# ... and where the note lists the patient's standing background (``BACKGROUND_HISTORY``: long-term diseases, medicines,
# habits), the model's confidence comes from that background as often as from the complaint: a leader explaining
# none of the complaint gives way up to this likelihood, to a rival with this share of it (set EX, several long-term
# conditions: "61, high BP and high cholesterol on amlodipine and atorvastatin. Twinged my lower back lifting compost
# bags" led with a type 2 diabetes at 44%, "甲减吃优甲乐，还有高血压。嗓子痛两天了" with a paronychia at 42%)
BACKGROUND_LEAD_BELOW = 0.6
BACKGROUND_LEAD_RIVAL = 0.1
LEAD_FLOOR = 1e-3         # the least likelihood a condition of the patient's ages has when a leader gives up its place
# Medicines that harm the baby, each with its warning ``<flag>_in_pregnancy``: an ACE inhibitor or an ARB (fetotoxic;
# NICE NG133 1.1.3-1.1.4: stop within two working days of the pregnancy and switch), warfarin (embryopathy in weeks
# 6-12; RCOG Green-top 37a: switch to a low-molecular-weight heparin), methotrexate (teratogenic and abortifacient; BNF,
# BSR 2016) and lithium (a heart defect risk; NICE CG192: never stopped abruptly, specialist review)
HARMFUL_IN_PREGNANCY = ("ace_inhibitor", "arb", "warfarin", "methotrexate", "lithium")
# ... and a condition whose typical ages begin above the patient's keeps this share of its likelihood there (possible,
# not typical: a 2-year-old's cold, given up by a preschool wheeze, went to an acute bronchitis - typical from 5 - and
# its amoxicillin, not to a cold)
YOUNGER_THAN_TYPICAL = 0.1
IN_THE_WOMB_INSTEAD = ("threatened_miscarriage", "miscarriage")   # (``Predictor._no_ectopic_beside_a_pregnancy_in_the_womb``)
# A closed cervix on examination (``Predictor._a_closed_os_is_a_threatened_miscarriage``): "Os closed on spec", 宫口未开
CLOSED_OS = rx.compile(r"(?i)\b(?:cervical\s+)?os\s+(?:is\s+|was\s+|remains\s+)?closed\b|\bclosed\s+(?:cervical\s+)?os\b|"
                       r"\bcervix\s+(?:is\s+|was\s+)?closed\b|宫口(?:未开|未见扩张|闭合|关闭|闭)|宫颈口(?:未开|未见扩张|闭合|闭)")
# A lower UTI with a fever and a loin's pain is an upper one (``Predictor._upper_urinary_signs``)
LOWER_UTI, PYELONEPHRITIS = "urinary_tract_infection", "pyelonephritis"
UPPER_UTI_FEVERS = frozenset({"fever", "high_fever", "rigors"})
UPPER_UTI_LOIN = frozenset({"flank_pain", "cva_tenderness"})
# (not a drug's mucosal blisters, peeling or swelling: a Stevens-Johnson's or an anaphylaxis's)
MONO_RASH_NOT = frozenset({"mucosal_blistering", "skin_peeling", "lip_tongue_swelling", "stridor", "mouth_ulcers"})
# A known asthmatic's attack (``Predictor._known_asthma_attack_leads``): its signs, and what makes it something else (an
# anaphylaxis's swelling or sting, a pulmonary embolism's leg, pleuritic pain or blood, a pneumonia's fever, smoke
# breathed in, a heart attack's pain)
ASTHMA = "asthma"
ASTHMA_ATTACK_SIGNS = frozenset({"severe_breathlessness", "chest_recession", "low_oxygen_saturation"})   # (severe)
ASTHMA_BREATH = frozenset({"wheeze", "shortness_of_breath", "chest_tightness"})   # (with a measured moderate attack)
ASTHMA_ATTACK_UNLESS = frozenset({"lip_tongue_swelling", "hives", "insect_sting", "sting_in_mouth_throat", "stridor",
                                  "unilateral_leg_swelling", "calf_pain", "pleuritic_chest_pain", "haemoptysis",
                                  "high_fever", "smoke_inhalation", "crushing_chest_pain", "radiating_arm_jaw_pain"})
# Conditions a medicine on the form or in the note makes the leader with its signs (``Predictor._a_medicines_harm_leads``):
# (condition, the context flags of which one is needed, the findings all needed, the signs of which ``least`` are
# needed, least, the findings that leave it to the model)
# - a lithium toxicity: on lithium, two of its neurological signs (NICE CKS "Bipolar disorder": a coarse tremor, an
#   unsteadiness, a slurred speech, a drowsiness or confusion; a stomach bug's losses and a new diuretic raise the level)
#   - "on lithium for years. She's had a tummy bug for 3 days ... the GP started her on a water tablet last week ...
#   really shaky, can't walk straight, slurring her words and seems muddled" led with a vestibular neuritis (set FP);
#   not beside a stroke's one-sided signs or a head injury
# - a bleed in the head: on an anticoagulant, a knock to the head and a sign of the brain's (NICE NG232 1.4.12: a CT
#   within 8 hours for anyone on one; a drowsiness, a vomiting, a confusion or a focal sign after it is a bleed until
#   shown otherwise) - "on warfarin ... slipped in the bathroom yesterday and banged the side of his head ... headache
#   that keeps getting worse, been sick twice and he's much sleepier than normal ... speech sounds a bit slurred" led
#   with an alcohol intoxication, and a concussion once that was banned (set FO)
MEDICINES_HARM_LEADS = (
    ("drug_overdose", frozenset({"lithium"}), frozenset(),
     frozenset({"tremor", "unsteady_gait", "slurred_speech", "confusion", "drowsiness", "seizure", "startle_myoclonic_jerks"}),
     2, frozenset({"one_sided_weakness", "facial_droop", "head_injury", "fall_or_injury", "high_fever", "neck_stiffness",
                   "thunderclap_headache"})),
    ("intracerebral_haemorrhage", frozenset({"anticoagulant", "warfarin"}), frozenset({"head_injury"}),
     frozenset({"drowsiness", "confusion", "slurred_speech", "one_sided_weakness", "facial_droop", "seizure",
                "loss_of_consciousness", "vomiting", "persistent_vomiting", "double_vision", "unsteady_gait"}),
     1, frozenset()),
)
# Defining signs that name their condition only in a pregnancy the note or form says (a migraine's headache and aura is
# no pre-eclampsia where no pregnancy is said)
DEFINING_IN_PREGNANCY_ONLY = frozenset({"pre_eclampsia", "nausea_vomiting_of_pregnancy"})
# ... of which a pre-eclampsia goes on for six weeks after the birth (NICE NG133: "my sister had her baby 5 days ago,
# she's had a pounding headache and blurred vision since yesterday and now she's vomiting and says her stomach hurts up
# at the top under her ribs" led with an angle-closure glaucoma, set FM)
DEFINING_AFTER_BIRTH_TOO = frozenset({"pre_eclampsia"})
# Signs that name their condition (``Predictor._a_defining_sign_leads``): condition -> (all of these, one of these too
# where given, none of these)
DEFINING_SIGNS = {
    "meningitis": (frozenset({"bulging_fontanelle"}), frozenset({"fever", "high_fever", "low_grade_fever"}), frozenset()),
    # a hot swollen joint with a fever is septic arthritis until proven otherwise (NICE CKS "Septic arthritis"; BSR
    # guideline for the hot swollen joint): "knee swollen and hot after gardening, cant bend it, no injury, temp 38.4"
    # led with gout at 84% and septic arthritis at 2%, though ``safety`` made it an emergency for septic arthritis
    "septic_arthritis": (frozenset({"hot_red_joint"}), frozenset({"fever", "high_fever", "rigors"}), frozenset()),
    # a bladder that cannot be emptied is urinary retention (NICE CKS "Urinary retention - acute"): "my grandad 78 hasnt
    # been able to pee since last night, belly is swollen n sore low down ... enlarged prostrate" led with pancreatitis
    # (not beside a cauda equina's back, legs or numb saddle, of which retention is a late sign, NICE CKS "Sciatica"; nor
    # beside a cystitis's burning and frequency or a herpes' sores, whose "only a few drops" and "can barely wee" are
    # read as retention too)
    "acute_urinary_retention": (frozenset({"urinary_retention"}), frozenset(), frozenset({
        "saddle_anaesthesia", "low_back_pain", "back_pain_radiating_leg", "bilateral_sciatica", "leg_weakness",
        "leg_numbness_tingling", "bladder_bowel_dysfunction", "dysuria", "urinary_frequency", "urinary_urgency",
        "genital_blisters_ulcers", "painless_genital_ulcer", "fever", "high_fever",
        # (nor a paraphimosis's, whose swollen glans stops the stream: a 5-year-old's foreskin stuck back, set FZ)
        "retracted_foreskin_stuck"})),
    # no wind or stool passed with vomiting or a swollen belly is a bowel obstruction (NICE CKS "Constipation": absolute
    # constipation is a red flag for obstruction): "我妈70岁 肚子胀得很厉害 一直吐…两天没放屁没大便了 以前做过子宫手术"
    # led with gastritis and was urgent
    "bowel_obstruction": (frozenset({"absolute_constipation"}),
                          frozenset({"vomiting", "persistent_vomiting", "green_vomit", "abdominal_distension",
                                     "bloating"}), frozenset()),
    # a rash after a new medicine with sore, ulcerated or blistered mucosa or peeling skin is Stevens-Johnson syndrome or
    # TEN until proven otherwise (NICE CKS "Stevens-Johnson syndrome / TEN"; BAD 2016 guideline): a 68-year-old three
    # weeks into lamotrigine with a dusky rash, mouth ulcers, gritty red eyes and skin peeling where her bra rubs led
    # with an allergic contact dermatitis at 87% (set CU)
    "stevens_johnson_syndrome": (frozenset({"rash_after_new_drug"}),
                                 frozenset({"mucosal_blistering", "mouth_ulcers", "skin_peeling"}), frozenset()),
    # a crushing chest pain spreading to the arm or jaw, with a sweat, nausea or breathlessness, is a heart attack until an
    # ECG says otherwise (NICE CG95), whatever the patient's panic attacks: "known panic disorder ... 'this isn't like my
    # panic attacks' ... central crushing chest pain radiating to L jaw and down L arm ... Sweaty, nauseous" led with
    # panic disorder at 72% (set CW); not beside a tearing pain to the back (a dissection's) or a chest wall tender to
    # press
    "acute_myocardial_infarction": (frozenset({"crushing_chest_pain", "radiating_arm_jaw_pain"}),
                                    frozenset({"excessive_sweating", "nausea", "vomiting", "shortness_of_breath"}),
                                    frozenset({"tearing_chest_back_pain", "chest_wall_tenderness"})),
    # heat exposure with a confused mind and a high fever or hot dry skin is heat stroke (NICE CKS "Heat-related
    # illness": a core temperature over 40 with the mind affected): a 92-year-old's 40.3, confusion and dry skin in a
    # 35-degree week led with a hyperosmolar state and delirium (set CU)
    "heat_stroke": (frozenset({"heat_exposure", "confusion"}), frozenset({"high_fever", "hot_dry_skin"}), frozenset()),
    # a pregnancy's bleeding, missed period or positive test with a shoulder-tip pain is a ruptured ectopic until a scan
    # says otherwise (NICE NG126 1.3: shoulder tip pain, with collapse, signs of a haemoperitoneum; a pregnancy seen
    # in the womb gives it back, ``_no_ectopic_beside_a_pregnancy_in_the_womb``): "7 weeks pregnant ... sharp pain low
    # down on the left, brown spotting, nearly fainted, my shoulder tip hurts" led with a miscarriage at 55% (sets CU
    # and CW)
    "ectopic_pregnancy": (frozenset({"shoulder_tip_pain"}),
                          frozenset({"vaginal_bleeding", "pregnancy_bleeding", "missed_period", "positive_pregnancy_test"}),
                          frozenset()),
    # one leg swollen with a pleuritic pain or blood coughed up is a pulmonary embolism until a scan says otherwise (NICE
    # NG158; Wells: a DVT's signs and haemoptysis): two weeks after a caesarean, sudden breathlessness, a pleuritic pain,
    # streaks of blood and a sore swollen right calf led with a heart failure at 53% (set CW)
    "pulmonary_embolism": (frozenset({"unilateral_leg_swelling"}), frozenset({"pleuritic_chest_pain", "haemoptysis"}),
                           frozenset()),
    # a confusion that comes and goes, with the mind's change, hallucinations or drowsiness, is a delirium (NICE CG103;
    # DSM-5: an acute, fluctuating disturbance of attention and awareness): an 86-year-old "a different person" since
    # yesterday, seeing children who aren't there, "awake all night shouting, then really sleepy in the day", led with
    # insomnia (set CW); not in a drinker (an alcohol withdrawal's delirium is its own)
    "delirium": (frozenset({"fluctuating_confusion"}), frozenset({"confusion", "hallucinations", "drowsiness"}),
                 frozenset({"heavy_drinking", "stopped_drinking_recently", "withdrawal_shakes", "morning_drinking",
                            "alcohol_craving"})),
    # coughing fits with a whoop, a vomit after or going blue are whooping cough (NICE CKS "Whooping cough"; UKHSA: in
    # an infant, apnoea or cyanosis): a 10-week-old's fits "where she goes bright red, can't catch her breath, and then
    # does a big gasp, sometimes vomits her milk after ... went blue round the lips" led with a preschool wheeze (set CX)
    "pertussis": (frozenset({"paroxysmal_cough_whoop"}),
                  frozenset({"vomiting", "post_tussive_vomiting", "cyanosis", "apnoea_episodes", "chronic_cough"}),
                  frozenset()),
    # a bone tender to a point with a fever and no injury is an osteomyelitis until imaged (NICE CKS "Osteomyelitis"): a
    # 12-year-old's three days of fever and point tenderness over the upper tibia, not weight bearing, led with a
    # transient synovitis (set CX)
    "osteomyelitis": (frozenset({"localised_bone_pain"}), frozenset({"fever", "high_fever", "rigors"}),
                      frozenset({"fall_or_injury", "road_traffic_collision", "sport_injury", "injury_bruising",
                                 # (not a dengue's "bones ache like they're broken" with its rash, eyes and bites)
                                 "rash", "retro_orbital_pain", "mosquito_bites", "bleeding_gums", "myalgia", "headache"})),
    # a ketotic breath with deep fast breathing, vomiting, a belly pain or a sleepy child is a diabetic ketoacidosis
    # (NICE NG18: in a child or young person with known or suspected diabetes, test for ketones and send to hospital the
    # same day): a 10-year-old's month of thirst and weeing with vomiting, Kussmaul breathing and a "rotten apple" breath
    # led with type 1 diabetes at 65% (set CX)
    "diabetic_ketoacidosis": (frozenset({"fruity_breath"}),
                              frozenset({"deep_rapid_breathing", "vomiting", "abdominal_pain", "drowsiness", "confusion"}),
                              frozenset()),
    # a tearing chest or back pain with the arms' pressures or pulses unequal is an aortic dissection until a scan says
    # otherwise (ESC 2014 and the ADD-RS: a pulse deficit or a pressure differential beside an abrupt tearing pain are
    # high-risk features): "Cocaine + ETOH last nt ... sudden severe tearing CP ... thru to back ... BP R arm 192/110, L
    # arm 148/88" led with a hypertensive emergency once the cocaine was read (set CW)
    "aortic_dissection": (frozenset({"tearing_chest_back_pain", "pulse_deficit_arms"}), frozenset(), frozenset()),
    # blood vomited with a black stool or a sign of blood lost is an upper GI bleed (NICE CG141; the Glasgow-Blatchford
    # score's melaena, pulse, pressure and faint): a 73-year-old on rivaroxaban and five days of ibuprofen, 拉了两次黑便
    # ... 吐了一口咖啡渣一样的东西，站起来就头晕眼前发黑, led with an acute kidney injury (set DA); not a nosebleed's swallowed
    # blood
    "upper_gi_bleed": (frozenset({"haematemesis"}),
                       frozenset({"melaena", "dizziness", "pallor", "fainting", "tachycardia", "low_blood_pressure",
                                  "cold_sweat"}), frozenset({"nosebleed"})),
    # a faint with a slow pulse is a heart block until an ECG says otherwise (NICE CG109: syncope with a heart block or
    # a pulse under 40 is referred at once): an 85-year-old's blackout with a pulse of 34, regular, led with a simple
    # syncope (set CU)
    # (or a near-faint, a dizziness or a breathlessness with it: a symptomatic bradycardia, ESC 2021; "老母亲最近老说头晕，
    # 今天两次眼前一黑差点倒下…脉搏很慢，一分钟三十几下" led with the hypoglycaemia she blamed, set AW)
    # a sudden worst headache with a stiff neck, vomiting, a dislike of light, a faint, a fit or a changed mind is a
    # subarachnoid haemorrhage until a scan says otherwise, whatever was said of it before (NICE NG228 1.1: a
    # thunderclap headache with neck pain or stiffness, vomiting, loss of consciousness, seizure or photophobia):
    # "worst headache of my life, came on in a split second ... She said migraine and gave me sumatriptan ... neck is
    # stiff, light hurts and I've been sick" led with the migraine at 51% (set DG); not after a blow to the head
    "subarachnoid_haemorrhage": (frozenset({"thunderclap_headache"}),
                                 frozenset({"neck_stiffness", "vomiting", "photophobia", "loss_of_consciousness", "seizure",
                                            "confusion", "drowsiness"}),
                                 # (nor beside a bleed's one-sided weakness, facial droop or slurred speech, an
                                 # intracerebral haemorrhage's, nor a fever or a purple rash, a meningitis's)
                                 frozenset({"head_injury", "fall_or_injury", "road_traffic_collision", "one_sided_weakness",
                                            "facial_droop", "slurred_speech", "fever", "high_fever", "non_blanching_rash"})),
    # a spreading red, warm skin with a fever or shivers is a cellulitis (NICE NG141; CREST 2005): a diabetic's shin
    # "red hot and swollen ... spreading past the line I drew ... temp 38.2" led with an osteomyelitis in seven
    # development notes, a district nurse's note with a tuberculosis (set DH); not beside a necrotising fasciitis's pain
    # out of proportion, dusky blisters, crackle or shock, a bone's own pain or an ulcer (an osteomyelitis), an
    # abscess's pus or fluctuant lump, a nail fold's or a bite's (or a crackle and dusky skin, "pain out of proportion,
    # rapidly spreading redness thigh, crepitus, fever, diabetic, dusky skin, HR 120", set AO)
    "cellulitis": (frozenset({"spreading_red_warm_skin"}),
                   frozenset({"fever", "high_fever", "low_grade_fever", "chills", "rigors"}),
                   frozenset({"pain_out_of_proportion", "dusky_skin_bullae", "crepitus_under_skin", "low_blood_pressure",
                              "confusion", "localised_bone_pain", "foot_ulcer", "fluctuant_swelling", "pus_discharge_from_skin",
                              "painful_skin_lump", "nail_fold_pain_swelling", "toe_nail_pain", "animal_bite_injury",
                              "human_bite_injury", "hot_red_joint", "cyanosis",
                              # (nor an orbit's: an eye that hurts to move, bulges or sees double, set ED)
                              "painful_eye_movements", "bulging_eyes", "restricted_eye_movements", "double_vision"})),
    # a redcurrant jelly stool in a baby with colicky pain, drawn-up legs or vomiting is an intussusception (NICE CKS
    # "Intussusception"; APLS): a 10-month-old's "一阵一阵地哭…腿往肚子上缩…吐了两次…大便像草莓果酱一样带血和黏液" led with
    # a colic because the note began with his teething and eczema (set DH)
    "intussusception": (frozenset({"redcurrant_jelly_stool"}),
                        frozenset({"cramping_abdominal_pain", "excessive_crying", "drawing_up_legs", "vomiting",
                                   "green_vomit", "pallor", "drowsiness"}), frozenset()),
    # headaches better away from home, with dizziness, nausea or others in the house ill the same, are a carbon
    # monoxide poisoning until the air is tested (NICE CKS "Carbon monoxide poisoning"; UKHSA): a family's week of
    # morning headaches, "better when we're out at work/school", the boiler overdue, led with a dehydration (set DH)
    "carbon_monoxide_poisoning": (frozenset({"better_away_from_home", "headache"}),
                                  frozenset({"dizziness", "nausea", "vomiting", "sick_contact", "fatigue",
                                             "co_exposure_source", "confusion"}), frozenset()),
    # a sudden severe one-sided pain with vomiting in a woman with a known ovarian cyst is a torsion until a scan says
    # otherwise (RCOG/BSGE; NICE CKS "Ovarian cyst": a cyst with sudden severe pain and vomiting): "去年体检发现右边卵
    # 巢有个囊肿5公分…跳绳以后突然右下腹剧痛…吐了三次" led with an appendicitis (set DG); not with a fever or a pain that
    # moved from the navel (an appendicitis's)
    "ovarian_torsion": (frozenset({"known_ovarian_cyst"}),
                        frozenset({"severe_abdominal_pain", "vomiting"}),
                        frozenset({"fever", "high_fever", "migrating_periumbilical_pain", "positive_pregnancy_test",
                                   "pregnancy_bleeding"})),
    # a widespread rash on amoxicillin given for a sore throat with big neck glands is a glandular fever until its
    # blood test says otherwise (NICE CKS "Glandular fever": a rash after amoxicillin or ampicillin is common in it):
    # a 17-year-old's "red blotchy rash literally everywhere" two days into amoxicillin for a tonsillitis, "glands in
    # his neck are massive and hes sleeping like 14 hours a day", led with a rubella (set DG)
    "infectious_mononucleosis": (frozenset({"recent_antibiotic_use", "sore_throat", "swollen_lymph_nodes"}),
                                 frozenset({"maculopapular_rash", "rash", "rash_after_new_drug"}), MONO_RASH_NOT),
    # a hearing lost in one ear over hours, with no pain, discharge or object in it, is a sudden sensorineural hearing
    # loss until an ear examination says otherwise (NICE CKS "Hearing loss in adults": same-day ENT referral; ENT UK
    # 2018): "Woke up yesterday and my right ear is almost deaf ... I thought it was wax so I put olive oil in it" led
    # with an earwax (set CT)
    "sudden_sensorineural_hearing_loss": (frozenset({"sudden_hearing_loss_one_ear"}), frozenset(),
                                          frozenset({"ear_pain", "ear_discharge", "object_in_ear", "insect_in_ear",
                                                     "fever", "high_fever", "itchy_ear_canal", "pain_moving_ear",
                                                     "head_injury"})),
    "complete_heart_block": (frozenset({"slow_pulse"}),
                             frozenset({"fainting", "loss_of_consciousness", "syncope_without_warning", "presyncope_warning",
                                        "dizziness", "shortness_of_breath"}),
                             # (not a hypothermia's slow pulse)
                             frozenset({"cold_exposure", "low_body_temperature"})),
}
# Suicidal thoughts or a suicide prepared lead as a suicidal ideation (``Predictor._suicidal_thoughts_lead``), unless harm
# is done or a psychosis's voices speak (``SUICIDAL_HARM_DONE``), the leader is one of ``SUICIDAL_LEADS_KEPT`` (a
# depression keeps its lead unless a suicide is planned), or the leader is at least ``SUICIDAL_LEAD_BELOW`` likely (a
# cluster headache "these headaches make me want to die")
SUICIDAL_SIGNS = frozenset({"suicidal_thoughts", "suicide_plan"})
SUICIDAL_HARM_DONE = frozenset({"self_harm_act", "overdose_ingestion", "paracetamol_overdose_ingestion",
                                "staggered_overdose", "hallucinations"})
SUICIDAL_LEADS_KEPT = frozenset({"major_depressive_disorder", "paracetamol_overdose", "drug_overdose", "opioid_overdose",
                                 "self_harm"})
SUICIDAL_LEAD_BELOW = 0.9
# ... and a second set of signs that names a condition as well
DEFINING_SIGNS_ALSO = (
    # a diabetic sweating with a confused, drowsy or shaking mind is hypoglycaemic until a glucose says otherwise (JBDS-IP
    # "Hospital management of hypoglycaemia" 2023; NICE NG17: treat first): a type 1 diabetic's wife, after a night's
    # drinking and his usual insulin, "满头大汗、浑身发抖、说胡话 ... 越来越叫不醒", "我以为他就是喝多了", led with drink
    # (set CW); not with a high sugar, ketones, a fever, a chest pain or a drinker's withdrawal told
    ("hypoglycaemia", (frozenset({"diabetes_history", "excessive_sweating"}),
                       frozenset({"confusion", "drowsiness", "tremor", "loss_of_consciousness", "seizure"}),
                       frozenset({"high_blood_glucose", "raised_ketones", "fever", "high_fever", "rigors", "chest_pain",
                                  "crushing_chest_pain", "stopped_drinking_recently", "withdrawal_shakes"}))),
    # a very high sugar with a drowsy or confused mind and no ketones, ketotic breath, deep breathing or belly pain is a
    # hyperosmolar hyperglycaemic state (JBDS-IP 2022 HHS guideline: marked hyperglycaemia and hyperosmolality without
    # significant ketonaemia, usually an older type 2 diabetic): an 81-year-old's week of thirst with a glucose of 41.2,
    # a sodium of 152 and urine ketones negative, now drowsy, led with a DKA and then a type 2 diabetes (set CY)
    ("hyperosmolar_hyperglycaemic_state", (frozenset({"high_blood_glucose"}), frozenset({"drowsiness", "confusion"}),
                                           frozenset({"raised_ketones", "fruity_breath", "deep_rapid_breathing",
                                                      "abdominal_pain",
                                                      # (not a septic diabetic's: a fever, rigors, mottled skin)
                                                      "fever", "high_fever", "rigors", "mottled_skin"}))),
    # a joint that will not be moved or borne weight on, with a fever and no injury, is a septic arthritis until an
    # aspirate says otherwise (NICE CKS "Septic arthritis" and "Limp in children": a febrile child who will not bear weight
    # is assessed the same day; Kocher's criteria): a 2-year-old's fever of 39.6 with a right hip he would not let be
    # touched or moved and would not stand on, 拒绝站立、行走，右髋不让碰, led with a hip fracture (set CX)
    ("septic_arthritis", (frozenset({"unable_to_move_joint"}), frozenset({"fever", "high_fever", "rigors"}),
                          frozenset({"fall_or_injury", "road_traffic_collision", "injury_bruising", "sport_injury",
                                     "long_lie_on_floor"}))),
    # a recreational drug taken with a mind, pupils, pulse or temperature changed is a drug toxicity (NICE CKS and
    # TOXBASE "MDMA", "Cocaine": agitation, confusion, hyperthermia, tachycardia, dilated pupils, fits): a festival's
    # "2 pills (pretty sure MDMA)", then hot, pupils massive, heart racing and confused, led with an alcohol withdrawal
    # (set DC); not an opioid's (pinpoint pupils, slow breathing) nor a drinker's withdrawal
    ("drug_overdose", (frozenset({"recreational_drug_use"}),
                       frozenset({"confusion", "drowsiness", "seizure", "dilated_pupils", "high_fever", "hot_dry_skin",
                                  "loss_of_consciousness"}),
                       # (nor a chest's emergency: a cannabis smoker's pneumothorax, a cocaine user's dissection)
                       frozenset({"opioid_use", "pinpoint_pupils", "slow_shallow_breathing", "stopped_drinking_recently",
                                  "withdrawal_shakes", "chest_pain", "pleuritic_chest_pain", "tearing_chest_back_pain",
                                  "crushing_chest_pain", "shortness_of_breath"}))),
    # a wheeze in someone on an inhaled steroid (a preventer) is an asthma's (BTS/NICE/SIGN NG245): a 9-year-old's attack
    # on Clenil, her reliever not helping, led with an anaphylaxis and then a bronchitis (set DA); not an allergic
    # reaction's, nor a smoker's (a COPD's inhaled steroid), nor beside a bronchiectasis
    ("asthma", (frozenset({"wheeze", "inhaled_steroid_use"}), frozenset(),
                frozenset({"hives", "lip_tongue_swelling", "insect_sting", "food_allergen_exposure", "sting_in_mouth_throat",
                           "smoking", "known_bronchiectasis"}))),
)
# ... and a fever with a foul-smelling urine and no source elsewhere is an upper urinary infection (NICE NG224 and
# NG111: a fever with a urinary infection is an acute pyelonephritis, and a febrile infant's urine is tested within 24
# hours): a 10-month-old's 39.8 with "尿液异味明显", no cough, no runny nose, no rash, led with a hand, foot and mouth
# disease (set FV); not beside a cough, a cold, a rash, an ear or a diarrhoea (a dehydrated child's urine smells strong)
DEFINING_SIGNS_ALSO += (("pyelonephritis", (frozenset({"foul_smelling_urine"}), frozenset({"fever", "high_fever", "rigors"}),
                                            frozenset({"cough", "dry_cough", "productive_cough", "runny_nose", "rash",
                                                       "sore_throat", "ear_pain", "ear_tugging", "diarrhoea",
                                                       "watery_diarrhoea", "bloody_diarrhoea", "abnormal_vaginal_discharge",
                                                       "ear_discharge"}))),)
# ... and an unvaccinated child's rash with a cough, a cold or red eyes is a measles (NICE CKS "Measles" and UKHSA: a
# fever and a maculopapular rash with a cough, a coryza or a conjunctivitis, most of all unvaccinated): a 14-month-old
# back from abroad, "麻疹疫苗还没打 ... 流鼻涕咳嗽，眼睛红流眼泪怕光，今天从耳朵后面和发际线开始出红疹子", led with a roseola
# (set FV); not a vesicular, an itchy, a hives' or a non-blanching rash
DEFINING_SIGNS_ALSO += (("measles", (frozenset({"rash", "unvaccinated"}),
                                     frozenset({"cough", "dry_cough", "runny_nose", "red_eye", "watery_eyes"}),
                                     frozenset({"non_blanching_rash", "hives", "itchy_rash", "vesicular_crops", "blisters"}))),)
# ... and a watery diarrhoea after antibiotics is a C. difficile infection until a stool test says otherwise (NICE NG199
# and CKS "Clostridioides difficile": suspect it in diarrhoea within weeks of antibiotics, most of all in the old and
# after a hospital stay): an 83-year-old's 6-8 offensive watery stools a day, 5 days after co-amoxiclav and
# clarithromycin, led with a laryngitis (set DA); not beside a traveller's or a shared meal's, nor a drug rash's
DEFINING_SIGNS_ALSO += (("clostridioides_difficile_infection", (
    frozenset({"recent_antibiotic_use"}), frozenset({"watery_diarrhoea", "diarrhoea", "bloody_diarrhoea"}),
    frozenset({"recent_travel_tropics", "contaminated_food_water", "sick_contact", "rash_after_new_drug",
               # (nor a returning traveller's rigors and high fever on a malaria prophylaxis stopped, set DE)
               "rigors", "high_fever", "mosquito_bites"}))),)
# ... and a cold exposure with a shiver, a changed mind, clumsiness or blue lips is a hypothermia (NICE CKS
# "Hypothermia"; RLSS and RNLI on cold-water immersion): that friend pulled from a freezing river, "shivering like mad
# then stopped, lips blue, really clumsy", led with a frostbite and then an influenza (set DC)
# ... and a heat exposure with a temperature of 39 or more is a heat stroke (NICE CKS "Heat-related illness"; core
# temperature over 40 with a changed mind): a roofer in a heatwave, "40.6 on the ear thermometer, hardly sweating,
# still muddled", led with a meningitis once the ear's reading was read (set BN); not beside a meningitis's neck or
# rash, a pneumonia's sputum or an infection's rigors
# ... and a medicine swallowed that was not the patient's to take, or more of it than prescribed, is an overdose
# (NPIS TOXBASE): a toddler who "chewed some of her blood pressure tablets, amlodipine 10mg" led with a nappy rash, a
# glibenclamide swallowed with a type 1 diabetes (set EK); not a paracetamol's or an opioid's own (they have theirs)
DEFINING_SIGNS_ALSO += (("drug_overdose", (
    frozenset({"overdose_ingestion"}), frozenset(),
    frozenset({"paracetamol_overdose_ingestion", "staggered_overdose", "pinpoint_pupils", "slow_shallow_breathing",
               "low_blood_glucose"}))),)
# (nor over the overdose of a medicine the model named: "一盒对乙酰氨基酚空了，她说大概吃了20片" is a paracetamol's)
DEFINING_NOT_OVER = {"drug_overdose": frozenset({"paracetamol_overdose", "opioid_overdose", "hypoglycaemia",
                                                  # (a dishwasher tablet bitten and squirted in the eye: the eye's burn
                                                  # leads, set AR once a product swallowed was read, set FY)
                                                  "chemical_eye_injury"})}
# ... and a nosebleed, without a blood vomited or coughed, a bruising or a bleeding elsewhere, is an epistaxis (NICE CKS
# "Epistaxis"): a 70-year-old's "Nosebleed from the left nostril this evening after blowing it hard with a cold, stopped
# after I pinched the soft part" led with an oral thrush, then a priapism (set FW); not over a foreign body up a child's
# nose or a hypertensive emergency
DEFINING_SIGNS_ALSO += (("epistaxis", (frozenset({"nosebleed"}), frozenset(),
                                       frozenset({"haematemesis", "haemoptysis", "easy_bruising", "bleeding_gums",
                                                  "melaena", "rectal_bleeding", "haematuria", "non_blanching_rash",
                                                  "object_in_nose", "button_battery_or_magnet", "head_injury"}))),)
DEFINING_NOT_OVER["epistaxis"] = frozenset({"nasal_foreign_body", "hypertensive_emergency", "upper_gi_bleed",
                                            "essential_hypertension"})
# ... and a calf's pain with a chest pain on breathing in, after an operation, a long journey or on the pill, is a
# pulmonary embolism until a scan says otherwise (NICE NG158 1.1: a DVT's signs and a pleuritic pain; the risk factors
# raise the Wells score): "十天前做了腹腔镜手术，这几天左小腿有点胀痛 ... 今天突然喘不上气，吸气的时候右边胸口刺着疼" led with a
# deep vein thrombosis (set GA)
DEFINING_SIGNS_ALSO += (("pulmonary_embolism", (frozenset({"calf_pain", "pleuritic_chest_pain"}),
                                                frozenset({"recent_surgery", "immobility_long_travel",
                                                           "oral_contraceptive_use"}),
                                                frozenset())),)
# ... and a chest pain on breathing in with blood in the sputum, on the pill, after an operation or a long journey, and
# no fever, is a pulmonary embolism until a scan says otherwise (NICE NG158 1.1; haemoptysis and the risk factors raise
# the Wells score): "吃优思明避孕半年了，这两天走几步路就喘，吸气的时候右边胸口刺痛，心跳很快，今天咳了一点带血丝的痰。没发烧" led
# with a rib fracture (set GE)
DEFINING_SIGNS_ALSO += (("pulmonary_embolism", (frozenset({"pleuritic_chest_pain", "haemoptysis"}),
                                                frozenset({"recent_surgery", "immobility_long_travel",
                                                           "oral_contraceptive_use", "previous_vte"}),
                                                frozenset({"fever", "high_fever", "rigors", "productive_cough"}))),)
# ... and a sore throat with a dribble of saliva and a muffled voice, with no trismus or one-sided throat, is an
# epiglottitis until the airway is seen by those who can secure it (NICE CKS "Sore throat - acute": drooling, a muffled
# voice, stridor are its signs; a quinsy has its trismus and its side): "now it's agony to swallow, I'm spitting my
# saliva out, voice is muffled and I have to sit forward to breathe ... temp 39. throat doesn't even look that red" led
# with a viral pharyngitis (set GE)
DEFINING_SIGNS_ALSO += (("acute_epiglottitis", (frozenset({"drooling", "muffled_voice"}), frozenset(),
                                                frozenset({"trismus", "one_sided_sore_throat"}))),)
# ... and a fever with a spine tender to press is a spine's infection (NICE CKS "Back pain - low (without radiculopathy)":
# a fever, an injecting drug use or an immunosuppression with back pain is a red flag for a spinal infection; the
# knowledge base's osteomyelitis): "36M, IVDU, 3/52 progressive mid-back pain ... night sweats, T 38.2 ... Very tender
# over T10 spinous process" led with a dental abscess (set GA)
DEFINING_SIGNS_ALSO += (("osteomyelitis", (frozenset({"tenderness_over_spine"}),
                                           frozenset({"fever", "high_fever", "rigors", "night_sweats"}),
                                           frozenset({"fall_or_injury", "road_traffic_collision"}))),)
# ... and a diabetic's foot ulcer with a fever is a diabetic foot infection reaching bone until imaged (IWGDF/IDSA 2023
# guideline on diabetic foot infections; NICE NG19 1.6: suspect osteomyelitis in an infected ulcer, same-day care):
# "左足第二趾溃疡经久不愈，近1周足趾肿胀呈'香肠样'，溃疡底部探针可触及骨质，伴低热37.8℃" led with the type 2 diabetes it
# came from (set GE); not a cellulitis's spreading redness
DEFINING_SIGNS_ALSO += (("osteomyelitis", (frozenset({"foot_ulcer", "diabetes_history"}),
                                           frozenset({"fever", "high_fever", "low_grade_fever", "rigors"}),
                                           frozenset({"spreading_red_warm_skin"}))),)
# ... and a groin lump that comes with straining or crying and goes when lying down is an inguinal hernia (NICE CKS
# "Inguinal hernia"; in infants, most of all the preterm, BAPS: refer promptly): a 3-month-old born early, "哭闹用力的时候
# 右边大腿根到阴囊会鼓起一个包，安静躺下就没了", led with an infant colic (set FZ); not over a femoral hernia
DEFINING_SIGNS_ALSO += (("inguinal_hernia", (frozenset({"groin_lump", "cough_impulse"}), frozenset(), frozenset())),)
DEFINING_NOT_OVER["inguinal_hernia"] = frozenset({"femoral_hernia"})
# ... and a fever with a rash that does not fade under a glass is a meningococcal disease until proved otherwise (NICE
# NG240 1.1: the knowledge base's meningitis, with its septicaemia; a sepsis leading keeps its place): an 11-month-old's
# "发烧一天 ... 一直睡，不太吃奶 ... 紫红色的小点点，用玻璃杯压上去也不褪色" led with a bronchiolitis (set CC, once a sleep on and on
# and a feed hardly taken were read, set FV)
# (not a dengue's petechiae after the tropics, nor a drug's blistering rash)
DEFINING_SIGNS_ALSO += (("meningitis", (frozenset({"non_blanching_rash"}), frozenset({"fever", "high_fever", "rigors"}),
                                        frozenset({"recent_travel_tropics", "mosquito_bites", "bleeding_gums",
                                                   "mucosal_blistering", "blisters", "skin_peeling",
                                                   "rash_after_new_drug"}))),)
# ... and a lump soft in its middle is an abscess to drain (NICE CKS "Skin abscess"): "what I thought was a spider bite
# on my thigh 3 days ago, now it's a big red lump about 4cm, really tender, soft in the middle with a yellow head" led
# with an insect sting and was routine (set FY); not over the abscesses of their own places
DEFINING_SIGNS_ALSO += (("skin_abscess", (frozenset({"fluctuant_swelling"}), frozenset(), frozenset())),)
DEFINING_NOT_OVER["skin_abscess"] = frozenset({"perianal_abscess", "breast_abscess", "pilonidal_abscess", "bartholin_abscess",
                                               "dental_abscess", "peritonsillar_abscess", "necrotising_fasciitis",
                                               "septic_arthritis", "lactational_mastitis", "paronychia",
                                               "epididymo_orchitis", "osteomyelitis", "cellulitis", "acute_mastoiditis",
                                               "orbital_cellulitis", "hordeolum", "inguinal_hernia", "umbilical_hernia"})
# ... and a rash or a swelling where a new thing touched - a hair dye, a cream, a plaster's tape - that itches or
# blisters is an allergic contact dermatitis (NICE CKS "Dermatitis - contact"): "在理发店染了头发，晚上头皮特别痒，额头和眼皮
# 都肿起来了" led with a seborrhoeic dermatitis, then an otitis externa (set FY); not beside a swelling of the lips or a
# breath in trouble (an anaphylaxis's), nor over a burn, a cellulitis, a drug's or a shingles' rash
DEFINING_SIGNS_ALSO += (("allergic_contact_dermatitis", (
    frozenset({"rash_at_contact_site"}),
    frozenset({"itchy_rash", "itchy_scalp", "generalised_itching", "eyelid_swelling", "blisters", "rash"}),
    frozenset({"lip_tongue_swelling", "shortness_of_breath", "severe_breathlessness", "wheeze", "stridor",
               "fever", "high_fever"}))),)
DEFINING_NOT_OVER["allergic_contact_dermatitis"] = frozenset({"anaphylaxis", "burn", "cellulitis", "stevens_johnson_syndrome",
                                                             "drug_eruption", "herpes_zoster", "necrotising_fasciitis",
                                                             "urticaria", "chemical_eye_injury"})
# ... and a heat's exhaustion - a headache, a dizziness, a sickness, a sweat or cramps after hours in the heat, with a
# clear mind and no high fever - is the knowledge base's dehydration (NHS "Heat exhaustion and heatstroke": cool down and
# drink, and call 999 if not better in 30 minutes; the knowledge base has no heat exhaustion of its own): "at a festival
# in the sun all day, headache, dizzy, nauseous, sweating loads and cramps in my legs ... thinking straight" led with a
# syncope (set FY); not beside a heatstroke's signs
DEFINING_SIGNS_ALSO += (("dehydration", (
    frozenset({"heat_exposure"}),
    frozenset({"dizziness", "headache", "nausea", "excessive_sweating", "muscle_cramps", "fatigue", "dark_urine",
               "excessive_thirst"}),
    frozenset({"high_fever", "confusion", "hot_dry_skin", "seizure", "loss_of_consciousness", "drowsiness",
               "slurred_speech", "chest_pain", "co_exposure_source", "fainting", "unsteady_gait",
               # (nor a faint's story: "standing for ages in the heat, went pale and sweaty then dropped, came round in
               # a few seconds" is a vasovagal syncope's, set AH)
               "fainting_trigger", "presyncope_warning", "rapid_recovery"}))),)
DEFINING_NOT_OVER["dehydration"] = frozenset({"heat_stroke", "carbon_monoxide_poisoning", "sepsis", "meningitis",
                                              "acute_kidney_injury", "hyperosmolar_hyperglycaemic_state", "burn",
                                              # (a renal colic after a day's work in the heat keeps its lead: heat is
                                              # a stone's risk, the generated notes' kidney stones "大热天在工地干活")
                                              "kidney_stones", "pyelonephritis", "acute_appendicitis"})
DEFINING_NOT_OVER["meningitis"] = frozenset({"sepsis", "dengue_fever", "stevens_johnson_syndrome", "malaria",
                                             "typhoid_fever", "drug_eruption"})
# A defining sign's condition that takes the lead only from a leader less urgent than this level: a nosebleed is often
# the reason a blood thinner was stopped ("AF, stopped apixaban 2/52 ago d/t nosebleeds. 2h hx R leg suddenly painful,
# cold, white" is a limb's ischaemia), and a foul urine with a fever, low pressure and mottled knees a sepsis's source
DEFINING_ONLY_BELOW = {"epistaxis": "urgent", "pyelonephritis": "emergency"}
# ... and a burn or scald read with its blisters, its size, its place or its depth is a burn (NICE CKS "Burns and
# scalds"; a burn's word alone is too often a likeness - "红得像烫伤了一样" of a nappy rash - or a history): a toddler's "打翻了桌上刚盛的热粥，烫到了右手手背 ...
# 起了好几个大水泡" led with a hand, foot and mouth disease (set ER); not beside an eye splashed with a chemical, an
# electric shock, smoke breathed in, or a heat illness's fever or changed mind
DEFINING_SIGNS_ALSO += (("burn", (
    frozenset({"burn_injury"}), frozenset({"blisters", "large_burn_area", "burn_to_special_area", "white_or_charred_skin"}),
    frozenset({"chemical_splash_eye", "electric_shock_facial_pain", "smoke_inhalation", "high_fever", "confusion",
               "heat_exposure"}))),)
# ... and a chest pain brought on by exertion and gone with rest is a stable angina's (NICE CG126; "59M, 30/day. past
# month tight band across chest walking uphill to the pub or out in the cold, goes off after a couple mins stood still"
# led with an asthma, set FC); not over a heart attack, a dissection, a PE, a heart failure or an AF the model leads
# with, and not beside a wheeze (an asthma's tight chest on exertion)
DEFINING_SIGNS_ALSO += (("stable_angina", (frozenset({"exertional_chest_pain"}), frozenset(), frozenset({"wheeze"}))),)
DEFINING_NOT_OVER["stable_angina"] = frozenset({"acute_myocardial_infarction", "aortic_dissection", "pulmonary_embolism",
                                               "heart_failure", "atrial_fibrillation", "hypertensive_emergency",
                                               "complete_heart_block", "myocarditis", "acute_pericarditis"})
# ... and a wheeze with a tight chest, without an infection's signs, is an asthma's (BTS/SIGN 158: episodic wheeze, chest
# tightness, breathlessness; "6 months of wheeze, chest tightness and cough, mostly at work when tipping flour sacks ...
# Much better on days off" led with an acute bronchitis, set FB); not over a COPD, an anaphylaxis, a heart's or a clot's
# breathlessness, nor a baby's bronchiolitis or a croup, which the model leads with
DEFINING_SIGNS_ALSO += (("asthma", (frozenset({"wheeze", "chest_tightness"}), frozenset(), frozenset({
    "fever", "high_fever", "low_grade_fever", "productive_cough", "discoloured_sputum", "recent_viral_illness", "sore_throat",
    "crackles", "rigors", "stridor", "lip_tongue_swelling", "hives", "smoking", "chest_pain", "haemoptysis"}))),)
DEFINING_NOT_OVER["asthma"] = frozenset({"copd", "anaphylaxis", "heart_failure", "pulmonary_embolism", "acute_myocardial_infarction",
                                         "bronchiolitis", "croup", "spontaneous_pneumothorax", "panic_disorder", "angioedema"})
# ... and a swollen lip or tongue, or hives, with a breath, a voice or a swallow in trouble, or a circulation failing, is
# anaphylaxis (Resuscitation Council UK 2021: skin or mucosal changes with an airway, breathing or circulation problem):
# "跑了20分钟开始全身痒、起风团，现在嘴唇和眼皮都肿了，喉咙发紧，有点喘" led with an urticaria (set FG)
ANAPHYLAXIS_ABC = frozenset({"shortness_of_breath", "severe_breathlessness", "wheeze", "stridor", "hoarse_voice",
                             "difficulty_swallowing", "low_blood_pressure", "fainting"})
DEFINING_SIGNS_ALSO += (("anaphylaxis", (frozenset({"lip_tongue_swelling"}), ANAPHYLAXIS_ABC, frozenset())),
                        ("anaphylaxis", (frozenset({"hives"}), ANAPHYLAXIS_ABC, frozenset())))
# ... and a pleuritic pain with discoloured sputum and a fever is a pneumonia's (NICE NG138, CKS "Chest infections -
# adult"; "Fever 39 for 3 days with shakes, coughing up rusty brown phlegm, sharp pain on the right side when I breathe
# in" led with a pneumothorax, then a PE, set FG); not beside a calf's swelling, a clot before or coughed-up blood
DEFINING_SIGNS_ALSO += (("community_acquired_pneumonia", (
    frozenset({"pleuritic_chest_pain", "discoloured_sputum"}), frozenset({"fever", "high_fever", "rigors", "chills"}),
    frozenset({"unilateral_leg_swelling", "calf_pain", "calf_tenderness", "previous_vte", "haemoptysis", "recent_surgery",
               "immobility_long_travel"}))),)
# ... and a heart racing and irregular is an atrial fibrillation's, not a re-entrant tachycardia's, which is regular
# (NICE NG196: an irregular pulse is AF until an ECG says otherwise; "heart has been racing and all over the place,
# totally irregular ... pulse 130-150 and keeps flashing the irregular heartbeat symbol" at 68 led with an SVT, set FF);
# not over a heart attack, a PE, a heart failure, a sepsis or a thyroid storm the model leads with
# (nor beside a virus days before: "had a flu type illness 10 days ago, now getting chest pain ... heart racing and
# skipping beats" is a myocarditis's, set EN; nor beside a poison taken: "喝了自己泡的草乌药酒 ... 心慌，心跳乱" is aconite's)
# (a pulse found irregular is the same: a watch's "心律不齐" with "心跳得乱七八糟 ... 有点气短" at 55 led with the
# menopause, set FM)
DEFINING_SIGNS_ALSO += tuple(("atrial_fibrillation", (frozenset({irregular}),
                                                      frozenset({"rapid_heartbeat", "tachycardia", "palpitations"}),
                                                      frozenset({"recent_viral_illness", "overdose_ingestion",
                                                                 "staggered_overdose", "recreational_drug_use",
                                                                 "co_exposure_source"})))
                             for irregular in ("irregular_heartbeat", "irregular_pulse"))
DEFINING_NOT_OVER["atrial_fibrillation"] = frozenset({"acute_myocardial_infarction", "pulmonary_embolism", "heart_failure",
                                                      "sepsis", "hyperthyroidism", "complete_heart_block", "myocarditis",
                                                      "hypoglycaemia", "alcohol_withdrawal", "anaphylaxis", "drug_overdose",
                                                      "paracetamol_overdose", "opioid_overdose",
                                                      "carbon_monoxide_poisoning"})
# ... and an eye splashed with a chemical is a chemical eye injury (irrigate now, RCOphth; "Got wet cement splashed in my
# right eye at work ... cant open it, everything blurry" led with a hypoglycaemia, set FC)
DEFINING_SIGNS_ALSO += (("chemical_eye_injury", (frozenset({"chemical_splash_eye"}), frozenset(), frozenset())),)
DEFINING_SIGNS_ALSO += (("heat_stroke", (
    frozenset({"heat_exposure", "high_fever"}), frozenset(),
    frozenset({"neck_stiffness", "non_blanching_rash", "rigors", "productive_cough", "dysuria", "sick_contact"}))),)
DEFINING_SIGNS_ALSO += (("hypothermia", (
    frozenset({"cold_exposure"}), frozenset({"shivering_with_cold", "chills", "confusion", "drowsiness", "unsteady_gait",
                                            "slurred_speech", "low_body_temperature", "slow_pulse", "cyanosis"}),
    # (not beside a source of carbon monoxide: "暖气坏了，我老公在卧室里烧了一盆炭取暖" is the charcoal's poisoning, set DC)
    frozenset({"co_exposure_source"}))),)
# ... and a chest pain with a breath, a heart racing or a swelling, days after a viral illness, is a myocarditis until an
# ECG and a troponin say otherwise (ESC 2013 myocarditis statement and NICE CKS "Chest pain": after a viral illness,
# chest pain with breathlessness, palpitations or heart failure's signs): "Had flu 10 days ago. Now chest pain and
# getting really breathless just walking to the car, heart racing and skipping beats, ankles a bit puffy" at 34 led
# with an AF (set BD); not a pericarditis's pleuritic pain eased leaning forward
DEFINING_SIGNS_ALSO += (("myocarditis", (
    frozenset({"recent_viral_illness", "chest_pain"}),
    frozenset({"shortness_of_breath", "exertional_dyspnoea", "palpitations", "rapid_heartbeat", "irregular_heartbeat",
               "tachycardia", "fainting", "ankle_swelling"}),
    frozenset({"chest_pain_eased_leaning_forward", "pericardial_rub", "pleuritic_chest_pain"}))),)
# ... and an insect or an object in the ear is an ear foreign body (NICE CKS "Foreign body in the ear"): a 6-year-old woken
# at night by something moving and buzzing in his ear, a small insect seen by torchlight (耳朵里有东西在动…好像是个小虫子),
# led with an earwax and a threadworm (set DE)
# (the antibiotic read as the rash's new drug: "started amoxicillin on monday for tonsillitis, now a blotchy rash all
# over, neck glands huge")
DEFINING_SIGNS_ALSO += (("infectious_mononucleosis", (frozenset({"rash_after_new_drug", "sore_throat", "swollen_lymph_nodes"}),
                                                      frozenset(), MONO_RASH_NOT)),)
# a chest pain going to the arm or jaw with a sweat, a sickness or breathlessness is a heart attack until an ECG says
# otherwise, whatever it is called (NICE CG95 1.1.1: "indigestion" is how many describe it): "dad says hes got
# indigestion again ... clutching his chest for like 40 min ... sweaty and grey ... goes into his left arm and jaw" led
# with an alcohol withdrawal (set DK); not beside a tearing pain, a chest wall tender to press or a pain on moving or
# breathing
DEFINING_SIGNS_ALSO += (("acute_myocardial_infarction", (
    frozenset({"chest_pain", "radiating_arm_jaw_pain"}),
    frozenset({"excessive_sweating", "cold_sweat", "nausea", "vomiting", "shortness_of_breath", "pallor"}),
    frozenset({"tearing_chest_back_pain", "chest_wall_tenderness", "chest_pain_on_movement", "pleuritic_chest_pain",
               "chest_pain_eased_leaning_forward"}))),)
# ... and a diabetic's sudden breathlessness with a cold sweat, a sickness, a pallor or a low pressure and no chest pain
# is a heart attack until an ECG and a troponin say otherwise (NICE CG95 1.1.1: people with diabetes and older people
# may present without chest pain - breathlessness, nausea, sweating): an 81-year-old diabetic's "suddenly got really
# breathless, clammy and grey ... NO chest pain she says, just an ache between her shoulder blades" led with a pneumonia
# (set FI); not beside an infection's fever or cough, an allergy's hives or swollen lips, a wheeze, a sugar's crisis or
# a hypo's shakes, a bleed's black stool or blood vomited, a clot's leg or a dissection's tearing pain
# (or its "indigestion" with the cold sweat: "diabetic (metformin). Since lunch shes been saying its bad indigestion and
# her upper back aches between the shoulder blades. Shes gone grey and clammy ... Says no real chest pain" at 71 led
# with a polymyalgia rheumatica, set FT)
DIABETIC_AMI_WITH = frozenset({"nausea", "vomiting", "pallor", "low_blood_pressure", "malaise", "fatigue", "abdominal_pain",
                               "epigastric_pain", "chest_tightness", "shoulder_pain", "tachycardia"})
DIABETIC_AMI_UNLESS = frozenset({
    "fever", "high_fever", "low_grade_fever", "rigors", "cough", "productive_cough", "discoloured_sputum", "wheeze",
    "stridor", "hives", "lip_tongue_swelling", "low_blood_glucose", "high_blood_glucose", "raised_ketones",
    "deep_rapid_breathing", "excessive_thirst", "polyuria", "melaena", "haematemesis", "dysuria", "diarrhoea",
    "unilateral_leg_swelling", "calf_pain", "haemoptysis", "tearing_chest_back_pain", "tremor"})
DEFINING_SIGNS_ALSO += (("acute_myocardial_infarction", (
    frozenset({"diabetes_history", "shortness_of_breath", "cold_sweat"}), DIABETIC_AMI_WITH, DIABETIC_AMI_UNLESS)),
    ("acute_myocardial_infarction", (frozenset({"diabetes_history", "heartburn", "cold_sweat"}),
                                     DIABETIC_AMI_WITH - {"vomiting"} | {"low_back_pain", "shortness_of_breath"},
                                     DIABETIC_AMI_UNLESS | {"acid_regurgitation"})))
# ... and a face fallen on one side with an arm or a leg weak on one side, or with a speech gone, is a stroke until a
# scan says otherwise (NICE NG128 1.1.1: FAST - face, arm, speech - in the community): "her face is drooping on the left
# side and she can't lift her left arm. Her words are slurred ... She has an irregular heartbeat and stopped taking her
# blood thinner" led with the atrial fibrillation behind it (set L), and "his right hand keeps dropping his cup ...
# Right side of his mouth is droopy" with an alcohol intoxication (set FI); not over a bleed in the head, a TIA the note
# says has passed, a hypoglycaemia, a migraine, a Bell's palsy or a meningitis the model leads with, nor beside a
# head injury, a low sugar or a fit
STROKE_FACE_WITH = frozenset({"one_sided_weakness", "hand_weakness", "leg_weakness", "slurred_speech", "speech_difficulty"})
DEFINING_SIGNS_ALSO += (("ischaemic_stroke", (frozenset({"facial_droop"}), STROKE_FACE_WITH, frozenset({
    "head_injury", "low_blood_glucose", "seizure", "prolonged_seizure", "whole_face_weakness", "inability_to_close_eye",
    "thunderclap_headache", "neck_stiffness", "non_blanching_rash"}))),)
# ... and a vertigo with a double vision or a slurred speech, a posterior circulation's stroke (NICE NG128 and CKS
# "Vertigo": a vertigo with a brainstem's sign - diplopia, dysarthria, dysphagia - is central until shown otherwise):
# "suddenly got really dizzy, room spinning, cant walk straight without falling to the left, says hes seeing double and
# his speech sounds slurred" of a 71-year-old diabetic led with a BPPV (set FR); not beside a drink or a drug taken, a
# head injury or a low sugar (a drunk man's room spins and his words slur)
STROKE_VERTIGO_WITH = frozenset({"double_vision", "slurred_speech", "difficulty_swallowing", "facial_droop",
                                 "one_sided_weakness"})
DEFINING_SIGNS_ALSO += (("ischaemic_stroke", (frozenset({"vertigo"}), STROKE_VERTIGO_WITH, frozenset({
    "head_injury", "low_blood_glucose", "seizure", "recent_alcohol_intake", "heavy_drinking", "overdose_ingestion",
    "recreational_drug_use", "thunderclap_headache", "neck_stiffness", "visual_aura", "previous_episodes",
    "ear_discharge", "fever", "high_fever"}))),)
DEFINING_NOT_OVER["ischaemic_stroke"] = frozenset({
    "intracerebral_haemorrhage", "subarachnoid_haemorrhage", "transient_ischaemic_attack", "hypoglycaemia", "migraine",
    "bells_palsy", "meningitis", "concussion", "sepsis", "central_retinal_artery_occlusion"})
# a pain from the loin to the groin with blood in the urine, writhing or a stone before is a renal colic (NICE CKS
# "Renal or ureteric colic - acute"): "worst pain of my life in my right side going round to my groin, comes in waves,
# cant sit still ... peed and its pinkish ... had this once in 2019 and it was a stone" led with a mania (set DK); not
# beside a fever or shivers (an infected, obstructed kidney is an emergency of its own, and a pyelonephritis's), a
# testicle's pain, a pulsatile mass or a low pressure (an aneurysm's)
# legs weakening with a tingling weeks after an infection are a Guillain-Barre syndrome until shown otherwise (NICE CKS
# "Guillain-Barre syndrome": a progressive, symmetrical weakness of the legs with tingling, often 1-4 weeks after a
# diarrhoea or a respiratory infection; admit at once): "had a stomach bug 2 weeks ago ... tingling toes and fingers
# ... can't get up the stairs" led with a peripheral neuropathy (set EI); not with a stroke's one-sided signs or a
# cauda equina's saddle, bladder or bowel
DEFINING_SIGNS_ALSO += (("guillain_barre_syndrome", (
    frozenset({"leg_weakness", "recent_viral_illness"}),
    frozenset({"tingling_feet", "leg_numbness_tingling", "hand_numbness_tingling", "numbness_glove_stocking",
               "ascending_weakness", "hand_weakness"}),
    frozenset({"one_sided_weakness", "one_sided_numbness", "facial_droop", "speech_difficulty", "slurred_speech",
               "saddle_anaesthesia", "bladder_bowel_dysfunction", "urinary_retention", "back_pain_radiating_leg"}))),)
DEFINING_SIGNS_ALSO += (("kidney_stones", (
    frozenset({"loin_to_groin_pain"}),
    frozenset({"haematuria", "restlessness", "restless_writhing", "previous_episodes", "nausea", "vomiting"}),
    frozenset({"fever", "high_fever", "rigors", "sudden_testicular_pain", "testicular_pain_swelling",
               "pulsatile_abdominal_mass", "low_blood_pressure"}))),)
# a pain that began round the navel and moved to the lower right is an appendicitis (the Alvarado score's migration,
# with the right iliac fossa's pain or rebound; NICE CKS "Appendicitis"): "我弟昨天晚上肚脐眼周围痛…今天早上痛跑到右下边了
# 按下去松手更痛…低烧37.8 不想吃东西 吐了一次" at 17 led with a testicular torsion (set DK); not beside a testicle's pain, a
# pregnancy's signs or a known ovarian cyst
DEFINING_SIGNS_ALSO += (("acute_appendicitis", (
    frozenset({"migrating_periumbilical_pain"}), frozenset({"right_lower_quadrant_pain", "rebound_tenderness"}),
    frozenset({"sudden_testicular_pain", "testicular_pain_swelling", "high_riding_testis", "positive_pregnancy_test",
               "pregnancy_bleeding", "known_ovarian_cyst"}))),)
# a loose bowel with blood and mucus, weight lost or urgency is an inflammatory bowel disease until a colonoscopy says
# otherwise (NICE CKS "Ulcerative colitis"; NG12 for the older patient's cancer alarm beside it): "bleeding every time I
# go, blood mixed in ... 6-7 times a day loose with mucus for about 5 weeks ... lost about half a stone" led with a
# coeliac disease and then an irritable bowel (set DJ); not an infection's (travel, food, a household ill, antibiotics)
DEFINING_SIGNS_ALSO += (("inflammatory_bowel_disease", (
    frozenset({"diarrhoea", "rectal_bleeding"}), frozenset({"mucus_in_stool", "weight_loss", "urgency_to_defecate"}),
    frozenset({"recent_travel_tropics", "contaminated_food_water", "sick_contact", "recent_antibiotic_use", "high_fever",
               "vomiting",
               # (nor a formula-fed baby's after feeds: a cow's milk protein allergy, set GC)
               "symptoms_after_dairy"}))),)
# a toothache with the face or jaw swollen is a dental abscess (NICE CKS "Dental abscess": a throbbing tooth with a
# swelling of the face): "back tooth bottom left been throbbing for 4 days, now my cheek and jaw are swollen, horrible
# taste" led with a pericoronitis in four development notes, whose swelling is of the gum over a wisdom tooth; not after
# an extraction (a dry socket's)
DEFINING_SIGNS_ALSO += (("dental_abscess", (frozenset({"toothache", "facial_swelling_jaw"}), frozenset(),
                                            frozenset({"recent_tooth_extraction"}))),)
# a sting with a local reaction only - no swelling of the lips or throat, no breathing, no faint, no hives - is an insect
# sting (NICE CKS "Insect bites and stings": a large local reaction is not an allergy of the whole body): "stung by a
# wasp on my forearm ... red and swollen about the size of a 50p, itchy ... no trouble breathing ... lips fine" led with
# an urticaria (sets DH and DK)
DEFINING_SIGNS_ALSO += (("insect_sting", (frozenset({"insect_sting"}), frozenset(), frozenset({
    "lip_tongue_swelling", "stridor", "wheeze", "shortness_of_breath", "severe_breathlessness", "difficulty_swallowing",
    "low_blood_pressure", "fainting", "loss_of_consciousness", "hives", "sting_in_mouth_throat", "vomiting"}))),)
# a headache with flashing lights, blurred sight, a pain under the right ribs or a raised pressure in a pregnancy past
# 20 weeks is a pre-eclampsia until a blood pressure and urine say otherwise (NICE NG133 1.4: its symptoms; the
# condition has no likelihood outside such a pregnancy, ``safety.IMPOSSIBLE_BEFORE_WEEKS``): "36 wks pregnant, bad
# headache ... seeing sparkly lights, feet and face are puffy" led with a migraine once a hyperemesis without its signs
# gave up the lead (set AV)
DEFINING_SIGNS_ALSO += tuple(("pre_eclampsia", (frozenset({headache}), frozenset({
    "visual_aura", "visual_disturbance", "blurred_vision", "flashing_lights", "right_upper_quadrant_pain", "epigastric_pain",
    "high_blood_pressure_reading", "very_high_blood_pressure", "proteinuria_on_dipstick", "sudden_face_hand_swelling",
    "puffy_face_hands"}), frozenset({"head_injury", "fever", "high_fever", "neck_stiffness"})))
    for headache in ("headache", "throbbing_headache"))
# a belly's pain after a missed period, with a bleeding, a faintness or a pallor, is an ectopic pregnancy until a
# pregnancy test and a scan say otherwise (NICE NG126 1.3: pain, bleeding, dizziness or collapse with a missed period):
# "my girlfriend (22) just collapsed in the bathroom, shes really pale and sweaty, says her belly hurts all over. she
# took the morning after pill about 5 weeks ago and her period never came properly, just bits of spotting" led with a
# ruptured aortic aneurysm (set FM); not after a birth or the menopause, nor beside a burning pee
DEFINING_SIGNS_ALSO += tuple(("ectopic_pregnancy", (frozenset({"missed_period", pain}), frozenset({
    "vaginal_bleeding", "pregnancy_bleeding", "fainting", "dizziness", "pallor", "low_blood_pressure", "shoulder_tip_pain"}),
    frozenset({"recent_childbirth", "postmenopausal", "dysuria", "urinary_frequency"})))
    for pain in ("abdominal_pain", "lower_abdominal_pain", "one_sided_pelvic_pain", "pelvic_pain", "severe_abdominal_pain"))
# ... and a fit in a pregnancy with no epilepsy is an eclampsia, pre-eclampsia's seizure (NICE NG133 1.7; RCOG): "19F,
# 37/40 primip, had a fit lasting about 1 min at home, now drowsy but rousable. No hx of epilepsy. Headaches and swollen
# ankles all week" led with an epilepsy (set FM)
DEFINING_SIGNS_ALSO += (("pre_eclampsia", (frozenset({"seizure"}), frozenset(), frozenset({
    "previous_episodes", "head_injury", "low_blood_glucose", "fever", "high_fever", "neck_stiffness"}))),)
# a night cough with the reliever used most days on a preventer is an asthma out of control (BTS/NICE/SIGN NG245: night
# waking and reliever use are its signs): "Asthmatic since childhood, on a brown inhaler ... waking at night coughing 2-3
# times a week and using my blue one most days. Peak flow ... 370-400" led with an alcohol withdrawal (set DN)
DEFINING_SIGNS_ALSO += (("asthma", (frozenset({"inhaled_steroid_use", "nocturnal_cough"}), frozenset(),
                                    frozenset({"fever", "high_fever", "productive_cough", "discoloured_sputum",
                                               "heartburn", "acid_regurgitation", "postnasal_drip"}))),)
DEFINING_SIGNS_ALSO += (("ear_foreign_body", (frozenset({"insect_in_ear"}), frozenset(), frozenset())),
                        # (not a sudden deafness's "像耳朵里塞了棉花", as if cotton wool were stuffed in it, set AD)
                        ("ear_foreign_body", (frozenset({"object_in_ear"}), frozenset(),
                                              frozenset({"sudden_hearing_loss_one_ear"}))))
# ... a diabetic's cold sweat as well as a sweat ("我爸有糖尿病，打胰岛素，今天早上叫不醒，一身冷汗" led with a hyperosmolar state)
DEFINING_SIGNS_ALSO += (("hypoglycaemia", (frozenset({"diabetes_history", "cold_sweat"}), *DEFINING_SIGNS_ALSO[0][1][1:])),)
# a big toe red, hot and swollen with no fever or injury is gout (NICE CKS "Gout": the first metatarsophalangeal joint in
# 50-70% of first attacks, rapid onset, exquisitely tender, red and swollen; a fever or rigors make it septic until
# shown otherwise): "woke up at 3 in the night with terrible pain in the big toe ... red and hot and swollen like a
# plum ... walks with difficulty" led with an ischaemic stroke at 27% (set DO)
DEFINING_SIGNS_ALSO += (("gout", (frozenset({"big_toe_pain", "hot_red_joint"}), frozenset(), frozenset({
    "fever", "high_fever", "rigors", "fall_or_injury", "skin_break_wound", "spreading_red_warm_skin", "animal_bite_injury",
    "pus_discharge_from_skin", "immunosuppression", "toe_nail_pain", "nail_fold_pain_swelling",
    # (nor beside a foot ulcer: a diabetic's red sausage toe over an ulcer that probes to bone is an osteomyelitis until
    # shown otherwise, NICE NG19 - "ulcer under R 1st met head 6 wks, now probes to bone, R big toe red swollen" led
    # with gout and was routine, set FI)
    "foot_ulcer"}))),)
# a pregnancy's nausea or vomiting with none of another cause's signs and none of a hyperemesis's is its nausea and
# vomiting (NICE CKS "Nausea/vomiting in pregnancy": common from 4-7 weeks, a diagnosis of exclusion - no abdominal pain,
# fever, urinary or bowel symptoms, headache or jaundice): "she is 8 weeks pregnant ... feels sick most of the day and
# vomits once or twice in the morning. She is able to drink" led with hepatitis A at 70% (set DO). Only in a pregnancy
# said (``DEFINING_IN_PREGNANCY_ONLY``).
NVP_NOT = frozenset({"abdominal_pain", "lower_abdominal_pain", "severe_abdominal_pain", "right_upper_quadrant_pain",
                     "epigastric_pain", "cramping_abdominal_pain", "one_sided_pelvic_pain", "fever", "high_fever",
                     "diarrhoea", "watery_diarrhoea", "jaundice", "dark_urine", "headache", "persistent_vomiting",
                     "dehydration_signs", "weight_loss", "haematemesis", "dysuria", "flank_pain", "pregnancy_bleeding",
                     "vaginal_bleeding", "confusion", "drowsiness", "raised_ketones", "reduced_urine_output", "dizziness",
                     "fainting", "vertigo", "sick_contact", "contaminated_food_water",
                     # (a headache of any kind: "一侧跳着痛，怕光想吐" of a known migraine at 12 weeks, set ET)
                     "one_sided_headache", "throbbing_headache", "thunderclap_headache", "band_like_headache",
                     "headache_worse_morning", "photophobia"})
DEFINING_SIGNS_ALSO += (("nausea_vomiting_of_pregnancy", (frozenset({"nausea"}), frozenset(), NVP_NOT)),
                        ("nausea_vomiting_of_pregnancy", (frozenset({"vomiting"}), frozenset(), NVP_NOT)))
# a headache, a dizziness or a sickness beside a likely source of carbon monoxide is its poisoning until the air is
# tested (NICE CKS "Carbon monoxide poisoning": suspect it with a possible source and its symptoms): a mother's
# headache, dizziness and sickness, a father's headache, a listless cat, a new gas water heater and the windows shut
# in winter led with giant cell arteritis (set CB)
DEFINING_SIGNS_ALSO += (("carbon_monoxide_poisoning", (frozenset({"co_exposure_source"}),
                                                       frozenset({"headache", "dizziness", "nausea", "vomiting", "confusion",
                                                                  "drowsiness", "loss_of_consciousness", "fainting"}),
                                                       frozenset({"head_injury", "fever", "high_fever"}))),)
# black tarry stools with a dizziness, a pallor, a racing heart or a faint, or on an NSAID or an anticoagulant, are an
# upper gastrointestinal bleed until an endoscopy says otherwise (NICE CG141; the Glasgow-Blatchford score): "吃布洛芬
# ...一个多月了。这两天拉的大便是黑的，黑得发亮像柏油一样 ... 头晕，差点摔倒，脸色很白，心跳很快" led with a syncope (set DO)
DEFINING_SIGNS_ALSO += (("upper_gi_bleed", (frozenset({"melaena"}), frozenset({
    "dizziness", "pallor", "tachycardia", "rapid_heartbeat", "fainting", "nsaid_use", "anticoagulant_use",
    "low_blood_pressure", "cold_sweat", "haematemesis"}), frozenset())),)
# a thriving baby's long crying bouts with no fever, vomiting or poor feeding are colic (NICE CKS "Colic - infantile": a
# diagnosis of a well, thriving baby): a 6-week-old's evening screaming, legs pulled up, feeding well and gaining weight,
# led with a dehydration (set DP)
COLIC_NOT = frozenset({"fever", "high_fever", "low_grade_fever", "vomiting", "persistent_vomiting", "projectile_vomiting",
                       "green_vomit", "poor_feeding", "drowsiness", "floppy_unresponsive", "bulging_fontanelle",
                       "inconsolable_high_pitched_cry", "redcurrant_jelly_stool", "rectal_bleeding", "diarrhoea",
                       "rapid_breathing", "fewer_wet_nappies", "rash", "cyanosis"})
DEFINING_SIGNS_ALSO += (("infant_colic", (frozenset({"excessive_crying", "thriving_well"}), frozenset(), COLIC_NOT)),
                        ("infant_colic", (frozenset({"evening_crying_bouts", "thriving_well"}), frozenset(), COLIC_NOT)))
# a fever with rigors, chills or sweats after a stay in the tropics is malaria until a film or a rapid test the same day
# says otherwise (UKHSA malaria treatment guidelines; NICE CKS "Malaria": falciparum is the one that kills, within
# days): six returned travellers from Lagos and Ghana with fevers and shaking chills led with a dengue, a typhoid or a
# hepatitis E once their travel was read (set DE and others); not beside a dengue's or a typhoid's own rash
MALARIA_NOT = frozenset({"maculopapular_rash", "rose_spots", "retro_orbital_pain", "bleeding_gums", "bloody_diarrhoea", "rash",
                         "spreading_red_warm_skin", "skin_break_wound", "pus_discharge_from_skin"})
MALARIA_WITH = frozenset({"rigors", "chills", "cyclical_fever", "shivering_with_cold", "excessive_sweating"})
DEFINING_SIGNS_ALSO += (("malaria", (frozenset({"recent_travel_tropics", "fever"}), MALARIA_WITH, MALARIA_NOT)),
                        ("malaria", (frozenset({"recent_travel_tropics", "high_fever"}), MALARIA_WITH, MALARIA_NOT)),
                        ("malaria", (frozenset({"recent_travel_tropics", "rigors"}), frozenset(), MALARIA_NOT)))
# a rash in a band on one side is shingles (NICE CKS "Shingles": a unilateral dermatomal rash, often after days of pain):
# an interpreter's "burning pain round the left side of his chest to the back, now small blisters in groups on the same
# band, only on the left side" led with a reflux at 62%
DEFINING_SIGNS_ALSO += (("herpes_zoster", (frozenset({"dermatomal_rash"}), frozenset(), frozenset())),)
# a possible rabies exposure with a wound is an animal bite's (the knowledge base's condition for a mammal's bite,
# scratch or lick on broken skin; WHO category III): "the dog licked the cut on my finger, worried about rabies, we are in
# rural India" led with a laceration beside a polycystic ovary syndrome
DEFINING_SIGNS_ALSO += (("animal_bite", (frozenset({"rabies_risk_exposure", "skin_break_wound"}), frozenset(),
                                         frozenset())),)
# a knock to the head with a brief knock-out, a headache, a fog or a dizziness after it, and none of a bleed's or a fit's
# signs, is a concussion (NICE NG232; the Concussion in Sport Group): "knocked out for a few seconds at hockey on
# Saturday ... still have a mild headache and feel foggy" led with epilepsy at 91%
DEFINING_SIGNS_ALSO += (("concussion", (frozenset({"head_injury"}), frozenset({
    "loss_of_consciousness", "amnesia_after_injury", "headache", "poor_concentration", "dizziness", "nausea",
    "photophobia"}), frozenset({"seizure", "prolonged_seizure", "tongue_biting", "one_sided_weakness", "one_sided_numbness",
                               "slurred_speech", "anticoagulant_use", "drowsiness", "confusion", "persistent_vomiting",
                               "thunderclap_headache", "neck_stiffness", "fever", "high_fever",
                               # (nor a giant cell arteritis's scalp "touched by the comb", 梳头碰到头皮都疼)
                               "new_temporal_headache", "scalp_tenderness", "jaw_claudication"}))),)
# a hip's pain after a fall, with the leg not bearing weight or shortened and turned out, is a hip fracture until an X-ray
# says otherwise (NICE CG124 "Hip fracture"; the pain is often felt in the groin): an 85-year-old's "滑了一下坐到地上 ...
# 右边大腿根疼，越来越不肯下床，一动就喊疼" beside her known osteoporosis led with the osteoporosis (set FI); not beside a
# fever (a septic joint's)
DEFINING_SIGNS_ALSO += (("hip_fracture", (frozenset({"fall_or_injury", "hip_pain"}), frozenset({
    "inability_to_bear_weight", "shortened_externally_rotated_leg"}), frozenset({"fever", "high_fever", "rigors"}))),)
# a confusion that comes and goes, with a drowsiness or a hallucination, is a delirium (NICE CG103: an acute, fluctuating
# change in attention and awareness - in dementia, a sudden worsening): "mild Alzheimer's ... over the last 2 days
# suddenly much worse: doesn't know where he is, thinks there are children in the garden, drowsy ... It comes and goes"
# led with an alcohol intoxication (set DR)
DEFINING_SIGNS_ALSO += (("delirium", (frozenset({"fluctuating_confusion"}), frozenset({
    "confusion", "drowsiness", "hallucinations", "dementia_history", "restlessness"}), frozenset({
    "head_injury", "one_sided_weakness", "slurred_speech", "facial_droop", "seizure", "thunderclap_headache",
    "neck_stiffness", "non_blanching_rash", "heavy_drinking", "stopped_drinking_recently", "low_blood_glucose"}))),)
# a thirst with dark urine, and a dizziness, a headache, little urine, a dry mouth, the heat or a loss of fluid, is a
# dehydration (NHS "Dehydration"; NICE CKS "Heat-related illness": heat exhaustion is a dehydration treated with rest,
# shade and fluids), not a liver's dark urine nor a diabetes's thirst: a roofer's "31 degrees on the roof all week ...
# headache, a bit lightheaded and really thirsty, pee is dark yellow" led with an alcohol withdrawal (set DU); not with a
# jaundice, pale stools, polyuria, a high sugar, a fever or a changed mind (a heat stroke's)
DEFINING_SIGNS_ALSO += (("dehydration", (frozenset({"excessive_thirst", "dark_urine"}), frozenset({
    "dizziness", "headache", "reduced_urine_output", "dry_mouth", "heat_exposure", "vomiting", "diarrhoea"}), frozenset({
    "jaundice", "pale_stools", "polyuria", "urinary_frequency", "weight_loss", "high_blood_glucose", "fever",
    "high_fever", "confusion", "drowsiness", "hot_dry_skin", "generalised_itching"}))),)
# an eyelid swollen with an eye that hurts to move, bulges or sees double is an orbital cellulitis (RCOphth and NICE CKS
# "Cellulitis - acute": periorbital swelling with proptosis, painful or restricted eye movements or a change in vision -
# admit now): an 8-year-old's "眼皮又红又烫 ... 眼珠一转就很痛，看东西有重影 ... 往外鼓" after a cold led with a
# cellulitis at 99% (set ED)
DEFINING_SIGNS_ALSO += (("orbital_cellulitis", (frozenset({"eyelid_swelling"}), frozenset({
    "painful_eye_movements", "bulging_eyes", "restricted_eye_movements", "double_vision", "rapd"}), frozenset())),)
# a painless sore on the genitals is a syphilis's chancre until a test says otherwise (BASHH 2015 UK guidelines on the
# management of syphilis; NICE CKS "Genital ulcers"): "a sore on the underside of my penis ... round with a hard edge,
# weirdly doesnt hurt at all ... and theres a lump in my groin" led with an inguinal hernia (set EC); not a herpes's
# painful blisters
DEFINING_SIGNS_ALSO += (("syphilis", (frozenset({"painless_genital_ulcer"}), frozenset(), frozenset({
    "genital_blisters_ulcers", "dysuria", "mouth_ulcers", "malar_rash"}))),)   # (a lupus's painless mouth ulcers)
# a sudden painless loss of sight in one eye, with no sign of a stroke, is a central retinal artery occlusion (RCOphth
# 2022 and the ESO guideline on CRAO: a stroke of the eye, an emergency): "突然说右眼什么都看不见了，一点都不疼 ...
# 说话、手脚都正常" led with an ischaemic stroke (set ED); not beside a detachment's flashes, floaters or curtain, an
# eye's pain or redness, or a headache
DEFINING_SIGNS_ALSO += (("central_retinal_artery_occlusion", (frozenset({"sudden_vision_loss"}), frozenset(), frozenset({
    "one_sided_weakness", "facial_droop", "slurred_speech", "speech_difficulty", "eye_pain", "red_eye",
    "flashing_lights", "new_floaters", "curtain_over_vision", "headache", "thunderclap_headache", "photophobia",
    "halos_around_lights", "double_vision", "confusion", "one_sided_numbness", "jaw_claudication",
    "scalp_tenderness", "transient_vision_loss_one_eye"}))),)   # (a sight that came back: an amaurosis fugax, a TIA)
# a paracetamol overdose told is a paracetamol overdose (NICE CKS "Poisoning or overdose"; TOXBASE: a timed level 4 hours
# after, or at once if staggered or its time unknown): an aunt's long note about a 16-year-old's acne, her parents'
# divorce and "she took 'a load' of paracetamol last night, she thinks about 20 tablets" led with a bipolar mania (set DV)
DEFINING_SIGNS_ALSO += (("paracetamol_overdose", (frozenset({"paracetamol_overdose_ingestion"}), frozenset(),
                                                  frozenset())),)
# (and a staggered one, several paracetamol-containing medicines taken together for days: "白天吃白加黑，晚上吃感康 ... 又加了泰诺林
# ... 好几个都含对乙酰氨基酚 ... 右上腹不舒服" led with an upper GI bleed, set EK; NICE CKS and TOXBASE: a staggered overdose is
# treated at once)
DEFINING_SIGNS_ALSO += (("paracetamol_overdose", (frozenset({"staggered_overdose"}), frozenset(), frozenset())),)
# A testicle that grew sore and swollen with a burning pee, a urethral discharge or a new partner is an
# epididymo-orchitis (NICE CKS "Scrotal pain and swelling": gradual, with urinary symptoms; in the sexually active
# under 35 mostly from a chlamydia or a gonorrhoea, treated as the epididymo-orchitis), unless it came suddenly or the
# testis rides high (a torsion's) or the parotids swell (a mumps's): "my right ball has got gradually sore and swollen,
# the bit at the back is really tender. also stinging when i pee" led with a gonorrhoea (set EW)
DEFINING_SIGNS_ALSO += (("epididymo_orchitis", (frozenset({"testicular_pain_swelling"}), frozenset({
    "dysuria", "urethral_discharge", "unprotected_sex", "urinary_frequency", "urinary_catheter"}), frozenset({
    "sudden_testicular_pain", "high_riding_testis", "swollen_parotid", "vomiting"}))),)
# Mouth ulcers that keep coming back are recurrent aphthous ulcers, unless the body shows more: a fever, a rash or
# blisters elsewhere, a genital ulcer, a red eye, joints, the bowel, weight lost, an ulcer unhealed for three weeks or a
# new medicine (NICE CKS "Aphthous ulcer": the commonest cause of recurrent ulcers; Behcet's, a coeliac or an IBD, a
# lupus and oral cancer are told by those): a 15-year-old's "一到考试前嘴里就长溃疡 ... 一般一个多星期自己就好了" led with a
# Stevens-Johnson syndrome, urgent, and then a psoriasis (set EW)
DEFINING_SIGNS_ALSO += (("aphthous_ulcers", (frozenset({"mouth_ulcers"}), frozenset({"previous_episodes"}), frozenset({
    "fever", "high_fever", "low_grade_fever", "rash", "itchy_rash", "blisters", "vesicular_crops", "hand_foot_mouth_rash",
    "genital_blisters_ulcers", "painless_genital_ulcer", "red_eye", "joint_pain", "arthralgia", "diarrhoea",
    "bloody_diarrhoea", "weight_loss", "ulcer_not_healing_3_weeks", "mucosal_blistering", "rash_after_new_drug",
    "sore_throat", "cold_sore_blisters", "white_patches_mouth", "swollen_lymph_nodes", "pale_stools", "bloating",
    "abdominal_pain", "cramping_abdominal_pain", "fatigue", "malaise", "pallor"}))),)
# A rash come after a new medicine is a drug eruption, unless the skin or a mucosa blisters or peels (a Stevens-Johnson
# syndrome) or the lips, tongue or breath are caught up (an anaphylaxis) (NICE CG183 "Drug allergy"): an allopurinol's
# itchy rash two weeks in, "别嘌醇还能继续吃吗", led with a pityriasis rosea (set AT, once its course was read, set EX)
# (Nor beside an illness the rash joins: an amoxicillin's rash in a glandular fever, a Kawasaki disease's, a scarlet
# fever's, a roseola's after its fever, an urticaria's wheals that fade within a day - sets AC to EW lost 27 leads when
# it did.)
DEFINING_SIGNS_ALSO += (("drug_eruption", (frozenset({"rash_after_new_drug"}), frozenset(), frozenset({
    "mucosal_blistering", "skin_peeling", "target_lesions", "blisters", "skin_tenderness", "lip_tongue_swelling",
    "severe_breathlessness", "wheeze", "stridor", "low_blood_pressure", "fainting", "fever", "high_fever",
    "fever_over_5_days", "sore_throat", "swollen_lymph_nodes", "swollen_tonsils", "tonsillar_exudate", "fatigue",
    "red_eye", "strawberry_tongue", "red_cracked_lips", "swollen_red_hands_feet", "sandpaper_rash",
    "rash_after_fever_settles", "hives", "wheals_fade_within_day", "enlarged_spleen", "jaundice"}))),)
# A vomiting and a diarrhoea caught from others who had the same is a gastroenteritis (NICE CKS "Gastroenteritis": a
# sudden diarrhoea, often with vomiting, contacts ill alike; most is viral and settles in days): "Both kids had a
# sickness bug this week and now I've got it - vomited twice last night, diarrhoea 4 times since ... mild cramps" led
# with a dysmenorrhoea on its cramps (set FO). Not beside a bloody stool, a high fever, a severe or one-sided belly's
# pain, a recent antibiotic or hospital stay, a travel to the tropics, a jaundice or a dehydration's danger signs (left
# to the model), nor beside a meal or a water to blame (a food poisoning's), nor over an infection of the gut named by
# such a sign.
GASTROENTERITIS_UNLESS = frozenset({
    "bloody_diarrhoea", "rectal_bleeding", "melaena", "high_fever", "severe_abdominal_pain", "right_lower_quadrant_pain",
    "right_upper_quadrant_pain", "migrating_periumbilical_pain", "recent_antibiotic_use", "recent_hospital_stay",
    "recent_travel_tropics", "jaundice", "drowsiness", "confusion", "floppy_unresponsive", "reduced_urine_output",
    "green_vomit", "abdominal_distension", "neck_stiffness", "non_blanching_rash", "persistent_vomiting",
    "redcurrant_jelly_stool", "immunosuppression", "contaminated_food_water", "raw_shellfish",
    # (nor beside a kidney's warning: "CKD 3b ... 4/7 D&V (grandson had norovirus) ... passing very little dark urine,
    # dizzy on standing" of a 77-year-old's acute kidney injury was routine by it, set DA)
    "dark_urine", "raised_creatinine", "fainting"})
DEFINING_SIGNS_ALSO += tuple(("gastroenteritis", (frozenset({loose, "vomiting", "sick_contact"}), frozenset(),
                                                GASTROENTERITIS_UNLESS))
                             for loose in ("diarrhoea", "watery_diarrhoea"))
DEFINING_NOT_OVER["gastroenteritis"] = frozenset({"clostridioides_difficile_infection",
                                                   "typhoid_fever", "hepatitis_a", "dehydration", "sepsis", "meningitis",
                                                   "acute_appendicitis", "intussusception", "diabetic_ketoacidosis"})
# A wisdom tooth half through with its gum swollen is a pericoronitis (NICE CKS "Pericoronitis": inflammation of the
# gum over a partially erupted tooth, usually a lower third molar, in young adults): "智齿长了一半出来，这两天周围牙龈肿痛，
# 有点臭味" led with a necrotising gingivitis and was urgent (set FJ). Not over a baby's teething (an erupting tooth and
# a swollen gum are its signs too), nor beside a bleeding gum (a necrotising gingivitis's), a face swollen or a
# swallow that hurts (an abscess spreading, left to the model).
DEFINING_SIGNS_ALSO += (("pericoronitis", (frozenset({"erupting_tooth", "gum_swelling"}), frozenset(), frozenset({
    "bleeding_gums", "teething_dribbling", "chewing_on_things", "irritability", "night_waking", "poor_feeding",
    "ear_tugging", "facial_swelling_jaw", "difficulty_swallowing", "drooling", "high_fever"}))),)
DEFINING_NOT_OVER["pericoronitis"] = frozenset({"teething"})
# (tried and not kept, set DU: an eye poked or scratched, gritty or watering, with no contact lens, speck or grinder, as a
# corneal abrasion - it won six development notes from an eye foreign body and lost one held-out note, both urgent)
# (tried and not kept, set CO: a measured low glucose for hypoglycaemia - read also in an Addison's crisis, a CSF's glucose
# and a CBG of 38 - and crops of blisters for chickenpox - read also in mpox and impetigo: 7 older notes lost their lead)
# Conditions that lead only on a sign of their own (``Predictor._leads_only_on_its_signs``): without one, the leader
# changes places with its likeliest look-alike no more urgent than it (the signs shared with ``safety.HALLMARK_NEEDED``,
# which counts such a condition routine when it does not lead)
LEADS_ONLY_ON = {
    # NICE CKS "Sciatica" and "Back pain - low": cauda equina is back pain with a sign of its own - numbness in the
    # saddle, a bladder or bowel gone wrong, sciatica in both legs, weak or numb legs (a gardener's "lower back very
    # stiff and achy ... No pain down the legs, no numbness, peeing and pooing normally" led with it at 54%, set DZ)
    "cauda_equina_syndrome": frozenset({"saddle_anaesthesia", "bladder_bowel_dysfunction", "urinary_retention",
                                        "bilateral_sciatica", "leg_weakness", "leg_numbness_tingling",
                                        "back_pain_radiating_leg", "reduced_urine_output"}),
    # an opioid overdose is an opioid's toxidrome (NICE CKS "Opioid dependence"; the WHO's triad: pinpoint pupils, a
    # slowed breath, a lowered consciousness), not an opioid named ("Used heroin in my 20s ... been clean 18 years ...
    # hep C antibody positive" led with it at 86%, set EH)
    "opioid_overdose": HALLMARK_NEEDED["opioid_overdose"],
    # a hypertensive emergency is a very high pressure with a sign of an organ's damage (NICE NG136 1.5.1-1.5.2: a
    # same-day referral for a retinal haemorrhage, a papilloedema or a life-threatening symptom - a new confusion, a
    # chest pain, a heart failure's signs, an acute kidney injury); "pharmacy bp machine said 190/115 ... 188/116. i
    # feel completely fine, no headache or chest pain or eyesight problems" led with it and was an emergency (set FT)
    "hypertensive_emergency": frozenset({"headache", "blurred_vision", "visual_disturbance", "chest_pain", "confusion",
                                         "shortness_of_breath", "severe_breathlessness", "one_sided_weakness", "seizure",
                                         "vomiting", "nausea", "drowsiness", "nosebleed", "reduced_urine_output",
                                         "haematuria", "speech_difficulty", "slurred_speech", "facial_droop"}),
    # a drunkenness is a drink taken now or its smell, not a drinker's habit (NHS "Alcohol poisoning"): "I drink a bottle
    # of wine most nights ... Want help to cut back" led with an alcohol intoxication and was urgent, and a known
    # epileptic's fit after a week off valproate, "还天天喝酒", with it (set FP)
    # (or a drunkenness's own signs: a slur, a stagger, a vomit, a drowsiness - sets AH to FJ's drunk teenagers and
    # husbands, "喝多了 ... 说话含糊不清", lost their lead when only the drink counted)
    "alcohol_intoxication": frozenset({"recent_alcohol_intake", "smell_of_alcohol", "slurred_speech", "unsteady_gait",
                                       "vomiting", "drowsiness", "floppy_unresponsive"}),
    # a carbon monoxide poisoning leads on its source, a headache better away from home, or others ill with it (NHS
    # "Carbon monoxide poisoning"): "worked outside all day in 35 degrees, now headache, nausea, very sweaty, dizzy" led
    # with it at 42% (the sixth part's probe of 2026-12-07)
    "carbon_monoxide_poisoning": frozenset({"co_exposure_source", "better_away_from_home", "sick_contact"}),
    # a concussion is a head injury's (NICE NG232): "worked outside all day in 35 degrees, now headache, nausea, very
    # sweaty, dizzy, temp 38" led with it at 42% (the sixth part's probe of 2026-12-07)
    "concussion": frozenset({"head_injury", "amnesia_after_injury", "fall_or_injury", "sport_injury",
                             "road_traffic_collision"}),
    # NICE NG9 1.2.1: a bronchiolitis is a cold's prodrome followed by a lower airway's signs - a fast breath or a
    # recession, a wheeze or crackles; a cold and a little cough alone are a cold ("18 month old has a runny nose and
    # little cough for 2 days, temp 37.9 once, eating and playing normally" led with it at 73%, set GD; at any age: five
    # babies' colds, "不怎么咳，不喘 ... 精神挺好还会笑", led with it too)
    "bronchiolitis": frozenset({"wheeze", "crackles", "rapid_breathing", "chest_recession", "shortness_of_breath",
                                "severe_breathlessness", "low_oxygen_saturation", "apnoea_episodes", "cyanosis"}),
    # an acute angle-closure glaucoma is a painful red eye - a pain, a redness, halos, a fixed mid-dilated pupil, a headache
    # with a sickness (NICE CKS "Glaucoma - acute angle closure"), not a sight lost without pain: "the vision in my left
    # eye went dark from the top down, like a shade being pulled ... for maybe 5 minutes ... Fine ever since. No
    # headache" (an amaurosis fugax, a TIA) led with it (set GG)
    "acute_angle_closure_glaucoma": frozenset({"eye_pain", "red_eye", "halos_around_lights", "fixed_mid_dilated_pupil",
                                               "headache", "orbital_headache", "vomiting", "nausea"}),
    # an orbital cellulitis leads on an eye's sign beyond a swollen lid, or a fever (NICE CKS "Sinusitis": periorbital
    # swelling or redness, a displaced eyeball, a double vision, an ophthalmoplegia, a reduced acuity): a sinusitis,
    # "Eyes themselves look normal, not swollen, sight fine", led with it (set GG); as a danger beside another leader it
    # still counts unless denied (``safety.ORBIT_SIGNS``)
    "orbital_cellulitis": frozenset({"bulging_eyes", "painful_eye_movements", "restricted_eye_movements", "double_vision",
                                     "blurred_vision", "rapd", "red_eye", "eye_pain", "fever", "high_fever",
                                     "sudden_vision_loss"}),
    # an influenza is a fever with its aches, chills, tiredness or headache (NICE CKS "Influenza - seasonal": a sudden
    # fever with myalgia, malaise, headache), not a cold's runny nose and a little cough with a temperature of 37.8 once
    # (a 20-month-old's cold "eating and playing fine" led with it once a bronchiolitis gave up its place)
    "influenza": frozenset({"fever", "high_fever", "myalgia", "chills", "rigors", "malaise", "fatigue", "headache",
                            "loss_of_appetite", "shivering_with_cold"}),
    # a quinsy is a throat's (NICE CKS "Sore throat - acute": a sore throat, worse on one side, a muffled voice, pain on
    # swallowing), not a tooth's trismus and swallow: "Face is swollen on the left side under my jaw from a bad back tooth
    # ... swelling is going down into my neck, hard to swallow, can only open my mouth a little" led with it
    "peritonsillar_abscess": frozenset({"sore_throat", "one_sided_sore_throat", "painful_swallowing", "muffled_voice",
                                        "tonsillar_exudate"}),
    # NICE CKS "Lactose intolerance": symptoms after milk or dairy, bloating and wind (a traveller's "got the runs
    # yesterday ... had the all inclusive buffet and ice in drinks" led with it, set DY)
    "lactose_intolerance": frozenset({"symptoms_after_dairy", "bloating", "flatulence"}),
    # NICE CKS "Cows' milk allergy in children": symptoms since formula or milk, mucus in the stool, eczema or atopy,
    # hives, poor weight gain, much crying (it led 15 of 27 evaluation notes of a toddler's gastroenteritis,
    # constipation or fissure)
    "cows_milk_protein_allergy": frozenset({"symptoms_after_dairy", "mucus_in_stool", "atopy_history", "dry_itchy_skin",
                                            "dry_skin", "hives", "poor_weight_gain", "excessive_crying", "tearfulness"}),
    # NICE CKS "Colic - infantile": crying for 3 hours or more a day in a thriving baby ("3 month old hasn't pooed for
    # 4 days, seems a bit uncomfortable, still feeding well" led with colic at 94%)
    "infant_colic": frozenset({"excessive_crying", "evening_crying_bouts", "drawing_up_legs",
                               "inconsolable_high_pitched_cry", "irritability"}),
    # pyloric stenosis is vomiting, projectile, in the first weeks (NICE CKS "Pyloric stenosis"; a 7-month-old's three
    # days of diarrhoea and less urine, 拉肚子三天了…尿也少了, led with it at 33%)
    "pyloric_stenosis": HALLMARK_NEEDED["pyloric_stenosis"],
    # an aortic dissection and an adrenal crisis lead only on a sign of their own (``safety.HALLMARK_NEEDED``)
    "aortic_dissection": HALLMARK_NEEDED["aortic_dissection"],
    "adrenal_crisis": HALLMARK_NEEDED["adrenal_crisis"],
    # whooping cough leads only on its own cough (NICE CKS "Whooping cough": paroxysms, a whoop, a vomit after, or a
    # cough of two weeks or more): a 3-year-old's four days of green snot and a little cough led with it (set CX)
    "pertussis": frozenset({"paroxysmal_cough_whoop", "post_tussive_vomiting", "chronic_cough", "apnoea_episodes",
                            "cyanosis"}),
    # a dehydration leads only on a sign of its own (NICE CG84 "Diarrhoea and vomiting caused by gastroenteritis in under
    # 5s": dry mouth, less urine, sunken eyes, a fast pulse, a sleepy child): a 6-year-old's vomiting and watery stools, drinking and
    # weeing often, led with it at 38% over the gastroenteritis (set CX)
    "dehydration": frozenset({"dehydration_signs", "dry_mouth", "excessive_thirst", "reduced_urine_output", "dark_urine",
                              "dizziness", "tachycardia", "fewer_wet_nappies", "low_blood_pressure", "drowsiness",
                              "heat_exposure", "fatigue"}),
    # Bell's palsy is a weak face (NICE CKS "Bell's palsy": acute unilateral facial weakness; "headache behind my eyes
    # every afternoon at work, better at weekends" led with it at 28% and was urgent)
    "bells_palsy": HALLMARK_NEEDED["bells_palsy"],
    # a broken rib is an injury (NICE CKS "Chest pain"; NHS "Broken or bruised ribs": after a fall, a blow or a crash, or
    # violent coughing): "胸口疼了两天，深呼吸和咳嗽的时候更疼，按着也疼，没有发烧" led with it at 42%, no injury told
    "rib_fracture": HALLMARK_NEEDED["rib_fracture"],
    # pelvic inflammatory disease is pelvic pain or tenderness (NICE CKS "Pelvic inflammatory disease"; BASHH 2019: the
    # diagnosis rests on lower abdominal pain with adnexal or cervical motion tenderness): bleeding after sex and between
    # periods with "no pain anywhere" led with it at 72% and was urgent (set CL: a chlamydia infection's)
    "pelvic_inflammatory_disease": HALLMARK_NEEDED["pelvic_inflammatory_disease"],
    # pyelonephritis is a fever or a loin's pain (NICE NG111; NG109 sends a lower UTI with either to NG111): a 79-year-old's
    # "burning when I pass water ... No fever, no back pain, not confused" led with it at 29% and was urgent (set CM)
    "pyelonephritis": HALLMARK_NEEDED["pyelonephritis"],
    # a preschool wheeze is a wheeze or laboured breathing (NICE NG245): a 2-year-old's cold led with it at 95%
    "viral_induced_wheeze": HALLMARK_NEEDED["viral_induced_wheeze"],
    # an ear infection is an ear's pain, tugging, fullness, hearing or discharge (NICE CKS "Otitis media - acute": in the
    # young, pulling or rubbing the ear; the diagnosis rests on the ear): "my 2 yr old has had a runny nose and cough for
    # 3 days, temp 38.1, eating ok, playing" led with it at 69% and amoxicillin
    "acute_otitis_media": frozenset({"ear_pain", "ear_tugging", "ear_fullness", "hearing_loss", "ear_discharge"}),
    # measles is a rash, Koplik spots or red eyes with its fever (NICE CKS "Measles": fever with a maculopapular rash and
    # cough, coryza or conjunctivitis; an unvaccinated child or a contact before the rash): that 2-year-old's cold, given
    # up by the ear infection, went to measles at 69%
    "measles": frozenset({"maculopapular_rash", "rash", "koplik_spots", "red_eye", "watery_eyes", "unvaccinated",
                          "sick_contact"}),
    # a retinal detachment is new floaters, flashes, a curtain or lost sight (``safety.HALLMARK_NEEDED``)
    "retinal_detachment": HALLMARK_NEEDED["retinal_detachment"],
    # something in the eye is a gritty, watering, red or sore eye, a speck or an injury (NICE CKS "Corneal superficial
    # injury"): "floaters in my right eye for years, no change, no flashes, no curtain", given up by a retinal
    # detachment, went to it at 62% and was urgent (set CT)
    "eye_foreign_body": frozenset({"gritty_eyes", "eye_trauma", "watery_eyes", "red_eye", "eye_pain",
                                   "visible_speck_on_eye", "high_velocity_eye_injury"}),
    # a broken wrist is an injury (``safety.HALLMARK_NEEDED``): a wasp sting's forearm swollen "from wrist to elbow" led
    # with it at 24% (set CT)
    "wrist_fracture": HALLMARK_NEEDED["wrist_fracture"],
    # Guillain-Barre syndrome is a weakness, unsteadiness or tingling rising from the feet (``safety.GBS_WEAKNESS``; NICE
    # CKS): that bruised shin led with it at 15%
    "guillain_barre_syndrome": GBS_WEAKNESS | {"tingling_feet", "absent_reflexes", "leg_numbness_tingling"},
    # croup is a barking cough, a hoarse voice or a stridor (NICE CKS "Croup"; an 8-year-old's asthma attack and a
    # 10-year-old's poorly controlled asthma led with it)
    "croup": frozenset({"barking_cough", "hoarse_voice", "stridor"}),
    # an anterior uveitis is an eye's (``safety.HALLMARK_NEEDED``)
    "acute_anterior_uveitis": HALLMARK_NEEDED["acute_anterior_uveitis"],
    # typhoid is a fever of a week or more, after travel where it is endemic (UKHSA "Typhoid and paratyphoid": a fever
    # rising over days; travel the clue): "Think I've got the flu. Came on really suddenly yesterday ... fever 39.4,
    # aching everywhere ... half my office has had it" led with it at 26% and was urgent (set CU)
    # (tried with its travel read from named countries too, "returned from Karachi", 从印度出差回来: four notes of a
    # malaria after Lagos went to dengue, whose likelihood the travel raises more; not kept)
    "typhoid_fever": frozenset({"recent_travel_tropics", "rose_spots", "fever_over_5_days", "enlarged_spleen"}),
    # an anaphylaxis is an allergic reaction's: hives, an itch, swelling of the lips or tongue, a sting, a faint, a stridor
    # (``safety.HALLMARK_NEEDED``; Resuscitation Council UK 2021): a 9-year-old asthmatic's attack, ten puffs of her
    # reliever not helping, "can only say a few words at a time", led with it at 47% (set DA)
    "anaphylaxis": HALLMARK_NEEDED["anaphylaxis"],
    # an ankylosing spondylitis is an inflammatory back pain (NICE NG65: a back pain from before 45, over 3 months, with
    # morning stiffness, waking at night, better with exercise; a uveitis): a police officer's back aching "both sides,
    # tight and stiff" the day after wrestling a suspect to the ground led with it at 34% (set DC); an Achilles rupture is
    # a heel's pain, pop or kick, a weak push-off or a gap (NICE CKS "Achilles tendon rupture"): a badminton player's
    # turned ankle, swollen on the outside and walking on it, led with it at 52% (set DC)
    "ankylosing_spondylitis": frozenset({"inflammatory_back_pain", "long_morning_stiffness", "buttock_pain", "night_pain",
                                         "heel_pain_first_steps", "red_eye", "eye_pain"}),
    "achilles_tendon_rupture": frozenset({"positive_simmonds", "weak_push_off", "achilles_pain", "palpable_gap_tendon",
                                          "heard_pop_or_snap", "kicked_in_heel_feeling"}),
    # frostbite is a cold-exposed skin's (NICE CKS "Frostbite": numb, white, hard or blackened fingers and toes): a friend
    # pulled from a freezing river, shivering then still, blue-lipped and clumsy, led with it over the hypothermia (set DC)
    # (tried and not kept: an opioid overdose only on an opioid, an injection or its pupils - four overdoses told by
    # "oxys", a methadone, a needle and foil or 双瞳针尖样 lost their lead, the reader missing those words)
    "frostbite": frozenset({"numb_white_fingers_toes", "blackened_skin", "rewarming_pain", "blisters", "cold_extremities"}),
    # a miscarriage in progress or complete is a heavy bleeding, clots or tissue passed, or the pregnancy's symptoms gone
    # (NICE NG126; NICE CKS "Miscarriage"): "8 weeks pregnant ... some brown then light red spotting ... No big clots
    # ... an early scan at 6+5 showed a heartbeat" led with it at 31% over the threatened one (set DA)
    "miscarriage": frozenset({"passing_blood_clots", "passing_pregnancy_tissue", "heavy_bleeding_soaking_pads",
                              "pregnancy_symptoms_stopped"}),
    # a pneumonia is a fever, a breath, a chest's sign or a mind changed (NICE NG138 and CKS "Chest infections - adult":
    # a cough with a fever, breathlessness, crackles, a fast breath or pulse, a pleuritic pain, low oxygen, confusion):
    # a week's cough after a cold with white sputum, "不发烧，不气喘，不胸痛", at 50 with a type 2 diabetes, led with it and was
    # urgent (set DA)
    "community_acquired_pneumonia": frozenset({"fever", "high_fever", "low_grade_fever", "shortness_of_breath", "crackles",
                                               "rapid_breathing", "pleuritic_chest_pain", "low_oxygen_saturation",
                                               "tachycardia", "rigors", "chills", "confusion",
                                               "severe_breathlessness"}),
    # an acute kidney injury is a creatinine risen, a urine fallen or a body dried (NICE NG148): a husband's takeaway
    # vomiting and diarrhoea on ramipril, "it's settling now, he's drinking ... not dizzy", led with it at 42% (set DA)
    "acute_kidney_injury": frozenset({"raised_creatinine", "reduced_urine_output", "dehydration_signs"}),
    # heat stroke is a body too hot or a mind changed (NICE CKS "Heat-related illness": a core temperature over 40 with
    # confusion, fits or collapse; sweating, dizziness, nausea and cramps with a clear mind are a heat exhaustion's):
    # a builder's sweat, dizziness, nausea and cramps in the heat, better after shade and salted water, 头脑清楚, led with
    # it at 76% and was an emergency (set DC)
    "heat_stroke": frozenset({"high_fever", "hot_dry_skin", "confusion", "seizure", "loss_of_consciousness", "drowsiness",
                              "slurred_speech", "unsteady_gait"}),
    # a whiplash is a neck hurt by a jolt: a collision, a fall or a blow (NICE CKS "Neck pain - whiplash injury"): "pretty
    # sure I just slept funny ... fever of 39, a terrible headache ... purple spots that don't fade" led with it at 68%
    "whiplash_injury": frozenset({"road_traffic_collision", "head_injury", "fall_or_injury", "sport_injury",
                                  "injury_bruising"}),
    # a hyperemesis is a vomiting that does not stop, with a body dried, weight lost or ketones (RCOG GTG 69): "怀孕9周，每天
    # 早上恶心，有时候吐一两次，吃点饼干会好一点，能喝水能吃饭，尿也正常，体重没怎么掉" led with it at 75% and was urgent (set DJ)
    "hyperemesis_gravidarum": HALLMARK_NEEDED["hyperemesis_gravidarum"],
    # an ear's foreign body is an object or an insect in it (NICE CKS "Foreign body in the ear"): an ear blocked "since I
    # cleaned it with the cotton sticks", no pain, and a gamer's ear muffled slowly after cotton buds led with it (sets
    # DO, DP). (Tried and not kept: a psychosis only on its hallucinations or delusions and a sudden hearing loss only on
    # a sudden loss - the readers missed 听见有人在议论他, 装 camera 监视 and 晨起发现左耳听力下降, and three lost their lead
    # and their triage.)
    "ear_foreign_body": HALLMARK_NEEDED["ear_foreign_body"],
    # a lupus is more than a mouth's ulcers (EULAR/ACR 2019: a fever, a skin, a joint, a serosa's or a kidney's sign
    # beside its antibodies): recurrent mouth ulcers with stress and periods, healing in a week or two, led with it (set DO)
    "systemic_lupus_erythematosus": frozenset({"malar_rash", "photosensitive_rash", "symmetrical_small_joint_pain",
                                               "arthralgia", "raynaud_phenomenon", "hair_loss", "pleuritic_chest_pain",
                                               "foamy_urine", "low_grade_fever", "joint_swelling", "swollen_lymph_nodes",
                                               "joint_pain", "proteinuria_on_dipstick", "haematuria", "pitting_oedema",
                                               "ankle_swelling", "pericardial_rub", "fever", "high_fever", "seizure",
                                               "confusion", "rash", "easy_bruising", "fatigue", "weight_loss"}),
    # a delirium is a changed mind (``safety.HALLMARK_NEEDED``): a cystitis in dementia, "没有更糊涂", led with it (set DR)
    "delirium": HALLMARK_NEEDED["delirium"],
    # a hepatitis A is a liver's signs (``safety.HALLMARK_NEEDED``): a morning sickness at 8 weeks led with it (set DO)
    "hepatitis_a": HALLMARK_NEEDED["hepatitis_a"],
    # a Stevens-Johnson syndrome is a drug's reaction in the skin and its mucosa (BAD 2016 SJS/TEN guideline), not a mouth
    # ulcer alone: "ever since I was young I get small painful white ulcers inside my lip or cheek a few times a year ...
    # no new medicines" at 75 led with it and was an emergency (set FI)
    "stevens_johnson_syndrome": SJS_BEYOND_THE_MOUTH,
    # an obstructive jaundice is a yellow skin or eyes, a pale stool or an itch (NICE CKS "Jaundice in adults"), not a dark
    # urine alone: a 90-year-old's "不怎么喝水，嘴唇干，尿很黄" (a dehydration's concentrated urine) led with it (set FI)
    "obstructive_jaundice": frozenset({"jaundice", "pale_stools", "generalised_itching", "right_upper_quadrant_pain"}),
    # (tried and not kept, set ET: a pregnancy's sickness only on a nausea, a vomiting or an appetite lost - "I have high
    # blood pressure and take ramipril 5mg. just found out im pregnant, about 6 weeks ... feel fine" went from it to a
    # subconjunctival haemorrhage; its answer is the ACE inhibitor's warning, ``HARMFUL_IN_PREGNANCY``)
}
# A leader that a finding read argues against changes places the same way (``safety.HALLMARK_AGAINST``: pyloric
# stenosis beside diarrhoea)
# (not a foreign body beside a discharge: that argues against its counting toward the triage when it does not lead, not
# against its lead - a metal grinder's eye "stuck under the lid ... watering like mad" still leads with it)
LEADS_NOT_WITH = {c: against for c, against in HALLMARK_AGAINST.items() if c != "eye_foreign_body"}
# A chronic bowel disease does not lead an illness caught from others or from a meal (NICE CKS "Gastroenteritis": an
# acute diarrhoea with others ill or a suspect food is an infection's; NICE CKS "Coeliac disease", "Irritable bowel
# syndrome", NG129 "Crohn's disease": months of symptoms): "家里孩子前两天也是这样" led with an inflammatory bowel disease
# and "the chicken was a bit pink ... my husband who ate the chicken too has the same" with a coeliac disease (set EH)
CAUGHT_OR_EATEN = frozenset({"sick_contact", "contaminated_food_water"})
for _chronic in ("inflammatory_bowel_disease", "coeliac_disease", "irritable_bowel_syndrome"):
    LEADS_NOT_WITH[_chronic] = LEADS_NOT_WITH.get(_chronic, frozenset()) | CAUGHT_OR_EATEN
# Teething causes no fever of 38 or more (NICE CKS "Teething": a fever has another cause): "cold for a few days, now
# pulling at her left ear, crying at night, 38.4 last night" at 2 led with teething over the otitis media (set EO)
# A subarachnoid haemorrhage does not lead a temperature of 39 or more (a meningitis's; NICE NG240): "flu like since
# this morning, now worst headache of my life, neck really stiff ... temp 39.6" led with it (set EN)
LEADS_NOT_WITH["subarachnoid_haemorrhage"] = LEADS_NOT_WITH.get("subarachnoid_haemorrhage", frozenset()) | {"high_fever"}
LEADS_NOT_WITH["teething"] = LEADS_NOT_WITH.get("teething", frozenset()) | {"fever", "high_fever"}
# (and a condition of pregnancy before the birth does not lead in a note of a birth days ago: "had her baby 5 days
# ago, long labour and forceps. today she is burning up 39.4, shaking, the bleeding down below smells really bad" led
# with an ectopic pregnancy, set ET)
# (a placental abruption may: an obstetric haemorrhage is the nearest the knowledge base has to a postpartum one, "产后2
# 小时，阴道流血约1000ml ... 血压85/50" had gone to a necrotising fasciitis and its antibiotics)
for _before_birth in ("ectopic_pregnancy", "miscarriage", "threatened_miscarriage", "hyperemesis_gravidarum",
                      "nausea_vomiting_of_pregnancy", "preterm_labour"):
    LEADS_NOT_WITH[_before_birth] = LEADS_NOT_WITH.get(_before_birth, frozenset()) | {"recent_childbirth"}


def _recurrence(text: str, start: int, end: int) -> int:
    """How the name at ``start:end`` is said: 2 as back or flaring (``AGAIN_AFTER``, ``AGAIN_BEFORE``, ``AS_USUAL`` in
    its clause) or as a test's positive result now (``POSITIVE_BEFORE``, ``POSITIVE_AFTER``), 1 only as known (``KNOWN_BEFORE``), 0 otherwise or as over (``ONLY_IN_THE_PAST``)."""
    lo = max((m.end() for m in _CLAUSE_ENDS.finditer(text, max(0, start - 60), start)), default=max(0, start - 60))
    hi = next((m.start() for m in _CLAUSE_ENDS.finditer(text, end, end + 60)), min(len(text), end + 60))
    again = AGAIN_AFTER.search(text[end:end + 40]) or AGAIN_BEFORE.search(text[max(0, start - 30):start]) \
        or AS_USUAL.search(text[lo:hi]) or _A_FLARE_NAME.search(text[start:end])   # (a name that is a flare: "RA flare")
    again = again or POSITIVE_BEFORE.search(text[max(0, start - 30):start]) or POSITIVE_AFTER.search(text[end:end + 40]) \
        or _A_POSITIVE_NAME.search(text[start:end]) \
        or IMAGING_FOUND.search(text[max(0, start - 60):start])   # (or confirmed by a test now: ``POSITIVE_BEFORE``)
    if ONLY_IN_THE_PAST.search(text[end:hi]) and not again:
        return 0
    known = KNOWN_BEFORE.search(text[max(0, start - 25):start]) or KNOWN_AFTER.search(text[end:end + 8])
    # (a known disease and "this is his usual seizure pattern" anywhere in the note: back as it was)
    return 2 if again or known and AS_USUAL.search(text) else 1 if known else 0


# ... and a leader whose defining finding the note reads as absent (``Predictor._leads_only_on_its_signs``): a ketoacidosis
# with the ketones measured negative ("血糖 41.2 mmol/L，血钠 152，渗透压 362，尿酮（-）", an 81-year-old's hyperosmolar
# state, led with a DKA at 28%, set CY; JBDS-IP 2023: DKA needs ketonaemia)
LEADS_NOT_WHEN_DENIED = {"diabetic_ketoacidosis": frozenset({"raised_ketones"}),
                         # (a febrile seizure is a fit with a fever, NICE CKS "Febrile seizure": a 4-year-old's first fit
                         # on waking, "没有发烧，也没摔到头", led with it, set FV)
                         "febrile_seizure": frozenset({"fever", "high_fever"}),
                         # (a gout's attack is a hot, swollen joint, NICE CKS "Gout": a 78-year-old's known osteoarthritis
                         # of the hands, "no hot or swollen joints", led with it and was urgent, set FW)
                         "gout": frozenset({"joint_swelling", "hot_red_joint"}),
                         # (an alcoholic hepatitis is a heavy drinker's, NICE CKS "Alcohol-use disorders": "不喝酒" of a
                         # hepatitis B's flare led with it, set FO)
                         "alcoholic_hepatitis": frozenset({"heavy_drinking"}),
                         # (an ectopic pregnancy is a pain with a pregnancy, NICE NG126 1.3; "停经9周，阴道少量出血半天，
                         # 无腹痛" led with it at 97%: a bleeding without pain is a threatened miscarriage's, set EL)
                         "ectopic_pregnancy": frozenset({"abdominal_pain", "lower_abdominal_pain", "pelvic_pain"}),
                         # (a threatened miscarriage is a bleeding in early pregnancy, NICE NG126: "22 wks pregnant,
                         # achy lower back ... no tightenings or bleeding" led with it and was an emergency, and a
                         # pregnant woman's kidney stone "no fever, no bleeding" too, set ET)
                         "threatened_miscarriage": frozenset({"pregnancy_bleeding", "vaginal_bleeding"}),
                         "miscarriage": frozenset({"pregnancy_bleeding", "vaginal_bleeding"}),
                         # (a preterm labour is contractions before 37 weeks, NICE NG25: "怀孕26周 ... 腰疼 ... 没有出血，
                         # 肚子不发紧，胎动挺好的" led with it once its tightening was read as denied, set GA)
                         "preterm_labour": frozenset({"contractions"}),
                         # (a rheumatoid arthritis is a synovitis, a swollen joint, NICE NG100 1.1.1: "known
                         # osteoarthritis in my hands, knuckles stiff and achy in the cold, no hot or swollen joints" led
                         # with it at 48%, set FW's kind)
                         "rheumatoid_arthritis": frozenset({"joint_swelling"})}
# ... and the only conditions a leader of ``LEADS_ONLY_ON`` gives its place to, where they may lead: a miscarriage without
# its signs to a threatened one with a bleeding or a pain, or it keeps its place (given to any look-alike, it had gone to
# a routine condition in a held-out note, which was under-triaged)
LEADS_ONLY_TO = {"miscarriage": ("threatened_miscarriage",),
                 # (a very high pressure with no organ's sign is a hypertension to treat soon, not a bleed in the head:
                 # the look-alike by likelihood had been an intracerebral haemorrhage, set FT)
                 "hypertensive_emergency": ("essential_hypertension",)}
# ... and a leader the note gives no word of: a chronic kidney disease is named from an eGFR, a creatinine or an albumin
# in the urine (NICE NG203), never from a high blood pressure or a swollen ankle alone: a sprained ankle that "still
# swells up by the end of the day" six weeks on led with it at 16% (set DC), and a home monitor's average of 151/94 in a
# dozen hypertension notes. (As a lead, not out of the differential: kept there, its likelihood stays where it was and
# the triage does not move - removed, it had raised a held-out note's triage by two levels.)
LEADS_ONLY_WHEN_SAID = {"chronic_kidney_disease": rx.compile(
    r"(?i)kidney|renal|creatinine|\bcr\b|\bcreat\b|e?gfr|\bckd|\burea\b|\bu&e|\bacr\b|albumin|protein\s*(?:in|uria)|foamy|"
    r"frothy|dialysis|nephr|肾|肌酐|尿素|蛋白尿|透析|尿蛋白|泡沫"),
    # an alcoholic hepatitis is a drinker's (EASL 2018, NICE CG100: heavy drinking in the weeks before): a hepatitis B
    # of 20 years with spider naevi and a big spleen (乙肝病史20余年 ... 蜘蛛痣 ... 脾大) led with it at 57% with no drink
    # written (set EH)
    "alcoholic_hepatitis": rx.compile(
        r"(?i)alcohol|\betoh\b|drink|drank|booze|beers?\b|lager|wine|vodka|whisk|gin\b|rum\b|cider|spirits|\bunits?\b|"
        r"\bu/(?:wk|week)|pub\b|\baud\b|酒|醉")}


def may_lead(condition: str, present: set[str]) -> bool:
    """Whether ``condition`` may take a leader's place given the findings read present: one of its own signs where
    ``LEADS_ONLY_ON`` or ``safety.HALLMARK_NEEDED`` names them, and none that ``LEADS_NOT_WITH`` argues against it."""
    own = LEADS_ONLY_ON.get(condition) or HALLMARK_NEEDED.get(condition)
    return (own is None or bool(present & own)) and not present & LEADS_NOT_WITH.get(condition, frozenset())


NEWS2_CONFUSION = frozenset({"confusion", "drowsiness", "floppy_unresponsive", "fluctuating_confusion"})


def news2_flags(text: str, present: set[str]) -> list[RedFlag]:
    """A red flag where the note's observations give a NEWS2 of 5 or more (``vitals.news2``; RCP 2017): urgent at 5 or
    6 (``news2_urgent``), an emergency at 7 or more (``news2_emergency``), placed at the first observation read."""
    score, _, where = news2(text, bool(present & NEWS2_CONFUSION))
    if where is None or score < NEWS2_URGENT:
        return []
    readings = [r for r in read_vitals(text) if r.start <= where[0] < r.end or where[0] <= r.start < where[1]]
    finding = readings[0].finding if readings else "tachycardia"
    level, rule = ("emergency", "news2_emergency") if score >= NEWS2_EMERGENCY else ("urgent", "news2_urgent")
    return [RedFlag(finding, level, text[where[0]:where[1]], where[0], where[1], rule)]


class Predictor:
    """Runs a bundle on cases. Thread-safe: inference only reads the shared model."""

    def __init__(self, bundle: Bundle, beam: int = 5, search=beam_search):
        self.bundle = bundle
        self.kb = bundle.kb
        self.beam = beam
        self.search = search     # medmodel.decode.beam_search; tests and benches swap in beam_search_reference
        self.extractor = FindingExtractor(bundle.kb)
        self.posterior = Posterior(bundle.kb)
        self._dx_ids = torch.tensor(bundle.target_vocab.dx_ids)
        self._dx_conditions = bundle.target_vocab.dx_conditions
        self._banned: dict[tuple, torch.Tensor] = {}   # (age, sex, pregnant) -> banned tokens: the only inputs

    def predict(self, case: Case) -> Prediction:
        return self.predict_many([case])[0]

    @torch.inference_mode()   # no autograd bookkeeping at all: ~10% of a single prediction against no_grad
    def predict_many(self, cases: list[Case], batch_size: int = 64) -> list[Prediction]:
        """Batched prediction, in the order given; raises InputError naming the first unusable note.

        Notes are decoded in batches of similar length (sorted by token count), so a batch pads little and its
        beams finish at similar steps; the results do not depend on which notes share a batch."""
        for i, case in enumerate(cases):
            try:
                check_note(case.text)
            except InputError as exc:
                raise InputError(f"case {i + 1}: {exc}" if len(cases) > 1 else str(exc)) from None
        written = cases
        cases = [_read_simplified(c) for c in cases]   # traditional Chinese read as simplified, one for one (hanzi)
        prepared = [self.prepare(c) for c in cases]
        order = sorted(range(len(cases)), key=lambda i: len(prepared[i][4]))
        out: list[Prediction | None] = [None] * len(cases)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            for i, p in zip(chunk, self._predict_batch([cases[i] for i in chunk], [prepared[i] for i in chunk])):
                out[i] = p if cases[i] is written[i] else _as_written(p, written[i])
        return out

    def prepare(self, case: Case) -> tuple[Case, NoteContext, list[Conflict], list[Mention], Encoded]:
        """The case completed from its note, what was read, conflicts, the findings and the model input."""
        context = read_context(case.text)
        used, conflicts = merge(case, context, case.ignored_context)
        mentions = self.extractor.extract(case.text)
        encoded = self.bundle.tokenizer.encode(used, mentions)
        if self._paracetamol_as_a_dose(case.text, mentions):
            encoded = self._as_painkillers(encoded)
        return used, context, conflicts, mentions, encoded

    def _as_painkillers(self, encoded: Encoded) -> Encoded:
        """The model reads an English paracetamol name taken as a dose as the word "painkillers" (the display
        tokens and offsets stay the note's): a dose taken is context, and the name alone had meant an overdose."""
        tok = self.bundle.tokenizer
        word = "painkillers"
        ids, subwords = list(encoded.ids), list(encoded.subwords)
        for k in range(encoded.n_context, len(ids)):
            if _PARACETAMOL.fullmatch(encoded.tokens[k]) and not _CJK_NAME.search(encoded.tokens[k]):
                ids[k] = tok.stoi.get(word, tok.unk_id)
                if subwords:
                    subwords[k] = subword_ids(word, tok.subword_buckets)
        return replace(encoded, ids=ids, subwords=subwords)

    def banned(self, case: Case) -> torch.Tensor:
        """(V,) target tokens this patient can never be given: impossible conditions and next steps."""
        pregnant = "pregnant" in case.flags
        key = (case.age, case.sex, pregnant, case.gestation_weeks if pregnant else None)
        if key not in self._banned:
            self._banned[key] = self._banned_for(*key)
        return self._banned[key].clone()

    def _banned_for(self, age: int | None, sex: str | None, pregnant: bool, weeks: int | None) -> torch.Tensor:
        vocab, kb = self.bundle.target_vocab, self.kb
        out = torch.zeros(len(vocab), dtype=torch.bool)
        for c in impossible_for(kb, age, sex, pregnant, weeks):
            out[vocab.stoi[f"DX:{c}"]] = True
        for s in impossible_next_steps(kb, sex, pregnant):
            out[vocab.stoi[f"NEXT:{s}"]] = True
        return out

    def _predict_batch(self, cases: list[Case], prepared: list[tuple]) -> list[Prediction]:
        vocab, model = self.bundle.target_vocab, self.bundle.model
        banned = torch.stack([self.banned(p[0]) for p in prepared])
        overdose = vocab.stoi.get(f"DX:{PARACETAMOL_OVERDOSE}")
        febrile_fit = vocab.stoi.get(f"DX:{FEBRILE_SEIZURE}")
        chronic = [(vocab.stoi[f"DX:{c}"], known) for c, known in EXACERBATION_OF.items() if f"DX:{c}" in vocab.stoi]
        exposures = [(vocab.stoi[f"DX:{c}"], said) for c, said in (*EXPOSURE_NAMED.items(), *SITE_NAMED.items())
                     if f"DX:{c}" in vocab.stoi]
        poisonings = [(vocab.stoi[f"DX:{c}"], signs, said) for c, (signs, said) in SIGNS_NEEDED.items()
                      if f"DX:{c}" in vocab.stoi]
        ruled_out = [(vocab.stoi[f"DX:{c}"], by) for c, by in RULED_OUT_BY.items() if f"DX:{c}" in vocab.stoi]
        crisis = vocab.stoi.get(f"DX:{NEEDS_VERY_HIGH_BP}")
        not_if_test_negative = [vocab.stoi[f"DX:{c.id}"] for c in self.kb.conditions.values()   # a pregnancy's own
                                if c.pregnancy_only and f"DX:{c.id}" in vocab.stoi]                 # conditions
        for i, (case, p) in enumerate(zip(cases, prepared)):
            if overdose is not None and self._paracetamol_as_a_dose(case.text, p[3]):
                banned[i, overdose] = True
            if febrile_fit is not None and not self._seizure_read(case.text, p[3]):
                banned[i, febrile_fit] = True
            for token, known in chronic:   # an exacerbation only of a disease the note names
                if not any(m.finding == known and m.present for m in p[3]):
                    banned[i, token] = True
            for token, said in exposures:  # a condition of an exposure, or an injury, only when the note names it
                if not said.search(case.text):
                    banned[i, token] = True
            # a poisoning only with one of its signs or substances, and a substance only when not denied ("She
            # doesn't take water tablets" of a heat-struck 83-year-old was urgent through a kidney injury, set FW)
            for token, signs, said in poisonings:
                if not any(not denied(case.text, m.start()) for m in said.finditer(case.text)) \
                        and not any(m.present and m.finding in signs for m in p[3]):
                    banned[i, token] = True
            for token, by in ruled_out:   # a non-blanching rash is no roseola
                if any(m.present and m.finding in by for m in p[3]):
                    banned[i, token] = True
            if crisis is not None and self._blood_pressure_below_crisis(p[3]):
                banned[i, crisis] = True
            if "pregnant" not in p[0].flags and NEGATIVE_PREGNANCY_TEST.search(case.text):
                banned[i, not_if_test_negative] = True   # (NICE NG126: a negative test excludes a pregnancy; "period
                #                                          5 days late, ... negative pregnancy test" led with a miscarriage)
        device = next(model.parameters()).device
        src = Source.collate([p[4] for p in prepared], device)
        hyps = self.search(model, vocab, src, beam=self.beam, force_first_dx=True, banned=banned.to(device))
        return [self._assemble(c, *p, h, b) for c, p, h, b in zip(cases, prepared, hyps, banned)]

    @torch.inference_mode()
    def probabilities(self, cases: list[Case], batch_size: int = 64) -> torch.Tensor:
        """(N, C) calibrated likelihood of every condition (columns in ``condition_ids`` order) at the first
        output position: the full distribution behind the differential, without a beam search."""
        model, vocab = self.bundle.model, self.bundle.target_vocab
        device = next(model.parameters()).device
        out = []
        for start in range(0, len(cases), batch_size):
            prepared = [self.prepare(c) for c in cases[start:start + batch_size]]
            src = Source.collate([p[4] for p in prepared], device)
            bos = torch.full((len(prepared), 1), vocab.bos_id, dtype=torch.long, device=device)
            logits = model(src, None, bos)[:, 0].cpu()                      # (B, V)
            out += [self.dx_probabilities(row, self.banned(p[0])) for row, p in zip(logits, prepared)]
        return torch.stack(out)

    @property
    def condition_ids(self) -> list[str]:
        return self._dx_conditions

    def dx_probabilities(self, first_logits: torch.Tensor, banned: torch.Tensor | None = None) -> torch.Tensor:
        """Calibrated P(condition) over all DX tokens from first-position logits (V,) -> (C,); conditions
        ``banned`` (V,) for this patient get 0."""
        logits = first_logits[self._dx_ids].float()
        if banned is not None:
            logits = logits.masked_fill(banned[self._dx_ids], float("-inf"))
        return torch.softmax(logits / self.bundle.temperature, dim=-1)

    def _assemble(self, case: Case, used: Case, context: NoteContext, conflicts: list[Conflict],
                  findings: list[Mention], encoded: Encoded, hyp, banned: torch.Tensor) -> Prediction:
        kb, vocab = self.kb, self.bundle.target_vocab
        probs = self.dx_probabilities(hyp.first_logits, banned)
        # an infant's age in the note is the patient's unless the note is a breastfeeding mother's own ("Breastfeeding
        # my 6 week old ... hot red sore patch on my boob, temp 38.3" was the fever of an infant under 3 months)
        months = infant_age_months(case.text) if used.age in (None, 0) and "age" not in case.ignored_context and not any(
            m.present and m.finding in MOTHERS_BREAST for m in findings) else None
        if deficit_resolved(case.text, {m.finding for m in findings if m.present}):
            probs = self._passed_deficit_is_a_tia(probs)
        else:
            probs = self._ongoing_deficit_is_a_stroke(case.text, findings, probs)
            probs = self._known_condition_first(case.text, findings, probs)
        probs = self._leads_only_on_its_signs(findings, probs, used.age, case.text)
        probs = self._leader_explains_a_finding(findings, probs, used.age, case.text)
        probs = self._upper_urinary_signs(findings, probs)
        probs = self._a_defining_sign_leads(findings, probs, "pregnant" in used.context_flags)
        probs = self._suicidal_thoughts_lead(findings, probs)
        probs = self._known_asthma_attack_leads(findings, probs, used.context_flags, case.text)
        probs = self._a_medicines_harm_leads(findings, probs, used.context_flags)
        probs = self._no_ectopic_beside_a_pregnancy_in_the_womb(case.text, findings, probs)
        probs = self._a_closed_os_is_a_threatened_miscarriage(case.text, findings, probs)
        probs = self._anaphylaxis_needs_a_sign(findings, probs)
        probs = self._ottawa_negative_ankle(case.text, findings, probs)
        probs = self._sudden_one_sided_pleuritic_pain(case.text, findings, probs)
        probs = self._adult_onset_unlikely_in_a_child(used.age, probs)
        probs = self._an_infants_wheeze_is_a_bronchiolitis(used.age, findings, probs)
        probs = self._a_young_persons_thirst_is_a_type_1_diabetes(used.age, findings, probs)
        probs = self._a_medicines_constipation_leads(case.text, findings, probs)
        probs = self._young_infant_fever_is_a_sepsis(months, findings, probs)
        probs = self._a_childs_svt_leads(used.age, case.text, findings, probs)
        probs = self._fever_after_chemotherapy_is_a_sepsis(case.text, findings, probs)
        top = torch.argsort(probs, descending=True)[:MAX_DX].tolist()
        differential = [self._entry(kb.conditions[vocab.dx_conditions[i]], float(probs[i])) for i in top]
        tokens = [vocab.itos[i] for i in hyp.ids]
        model_triage = next((t.split(":", 1)[1] for t in tokens if section_of(t) == "TRIAGE"), "routine")
        model_rx = [t.split(":", 1)[1] for t in tokens if section_of(t) == "RX"]
        next_steps = [t.split(":", 1)[1] for t in tokens if section_of(t) == "NEXT"]
        lead = differential[0]
        flags = used.context_flags
        # danger signs for the rules: what the note says is present, not conditions in advice for later
        present = [m for m in findings if m.present and not safety_netting(case.text, m.start, m.end)]
        scope = self._scope(hyp.first_logits, banned, used, findings, lead.condition_id)
        distribution = {self._dx_conditions[i]: float(p) for i, p in enumerate(probs.tolist()) if p > 1e-4}
        unsupported = unsupported_emergencies(kb, distribution, {m.finding for m in present}, lead.condition_id)
        settled = settled_by_note(kb, case.text, {m.finding for m in present},
                                  {m.finding for m in findings if not m.present}, lead.condition_id,
                                  "pregnant" in flags, used.age)
        level, dangerous = triage_from_differential(kb, distribution, unsupported=unsupported, settled=settled)
        if months is not None and months < 3:   # an infant under 3 months: no ibuprofen (BNFc; set only here)
            flags = flags | {"age_under_3_months"}
        present += self._more_red_flags(case.text, findings)
        red_flags = merge_red_flags(red_flags_in(kb, present, lead.condition_id)
                                    + context_red_flags(kb, present, 0 if used.age is None and months is not None
                                                        else used.age, flags, months,
                                                        used.gestation_weeks if "pregnant" in flags else None,
                                                        case.text))
        if used.age is not None and used.age < GCA_FROM_AGE:   # a new temple headache is giant cell arteritis's sign
            red_flags = [f for f in red_flags if f.finding != "new_temporal_headache"]   # only from 50 (BSR 2020)
        if lead.condition_id == "infant_colic" and not any(
                m.present and m.finding in ("fever", "high_fever", "low_grade_fever") for m in findings):
            red_flags = [f for f in red_flags
                         if f.finding != "inconsolable_high_pitched_cry" or CRY_QUALITY.search(f.phrase)]
        if EACH_PERIOD_PAIN.search(case.text) and not {m.finding for m in present} & PREGNANCY_SIGNS:
            red_flags = [f for f in red_flags   # a period's own pain, however severe: no abdominal emergency by itself
                         if not (f.finding == "severe_abdominal_pain" and f.rule is None)]   # (NICE CKS dysmenorrhoea)
        red_flags = settle_known_epilepsy(red_flags, case.text)
        red_flags = settle_streaky_haemoptysis(red_flags, case.text)
        red_flags = settle_copd_saturation(red_flags, case.text)
        red_flags = settle_exertional_chest_pain(red_flags, [m.finding for m in present if m.present], case.text)
        red_flags = settle_simple_faint(red_flags, [m.finding for m in present if m.present], used.age, "pregnant" in flags)
        red_flags = settle_facial_palsy(red_flags, [m.finding for m in present if m.present], case.text)
        red_flags = settle_recovered_hypo(red_flags, [m.finding for m in present if m.present], case.text)
        red_flags = settle_lick_only(red_flags, [m.finding for m in present if m.present], case.text)
        red_flags = settle_iron_black_stool(red_flags, [m.finding for m in present if m.present], case.text)
        red_flags = settle_unblistered_limb_burn(red_flags, [m.finding for m in present if m.present],
                                                 [m.finding for m in findings if not m.present], case.text, used.age)
        red_flags = settle_assessed_head_injury(red_flags, [m.finding for m in present if m.present], case.text)
        red_flags = settle_resolved_deficit(red_flags, [m.finding for m in present if m.present], case.text)
        red_flags = settle_child_airway(red_flags, [m.finding for m in present if m.present], case.text, used.age, months)
        red_flags = merge_red_flags(red_flags + news2_flags(case.text, {m.finding for m in present if m.present}))
        quiet = all(f.finding in BACKGROUND_HISTORY for f in red_flags) and no_current_complaint(  # (a high INR's flag
            case.text, {m.finding for m in present})                                                # is on the background)
        if quiet and triage_rank(level) > triage_rank(QUIET_LEVEL):   # a review of a well patient: no event to triage
            level, dangerous = QUIET_LEVEL, []
        triage = escalate(level, red_flags)
        if triage == "emergency" and "emergency_department_now" in kb.next_steps and "emergency_department_now" not in next_steps:
            next_steps = ["emergency_department_now"] + next_steps
        if triage != "emergency":   # the steps follow the triage shown, not the model's own token ("ED now" beside routine)
            next_steps = [s for s in next_steps if s not in EMERGENCY_STEPS]
        if quiet:   # a review of a well patient: its review, not the work-up of a diagnosis the history suggests (a
            next_steps = [s for s in QUIET_STEPS if s in kb.next_steps]   # well AF patient had a CT head and a stroke unit)
        if NON_SMOKER.search(case.text):   # no stop-smoking advice for "nonsmoker", "never smoked", 不吸烟
            next_steps = [s for s in next_steps if s != "smoking_cessation"]
        # an emergency sign the leading diagnosis does not list (one-sided weakness and slurred speech under benign
        # positional vertigo): the emergency comes first, not the lead's own steps (a Dix-Hallpike test) or medicines
        # (only where the knowledge base's posterior gives the lead little or the lead lists under half of the note's
        # findings, so that a sign the base did not list for a well-supported lead - bilious vomiting in bowel
        # obstruction - mostly leaves its steps alone; on 1,682 evaluation notes it acts on 55, 11 of them led right)
        lead_findings = kb.conditions[lead.condition_id].finding_probs
        weak_lead = scope.features["kb_agreement"] < UNEXPLAINED_SUPPORT or scope.features["unexplained"] >= 0.5
        unexplained = [f for f in red_flags if f.level == "emergency" and f.rule is None and f.finding not in lead_findings
                       ] if weak_lead else []
        if unexplained:
            next_steps = [s for s in next_steps if s in EMERGENCY_STEPS]
        warnings: list[Message] = []
        options: dict[str, list[str]] = {}
        stated = [m for m in findings if m.present]
        # (for an emergency lead the standing background is no symptom: "known AF, doesn't feel well, chest pain" had a
        # stroke led by the history with alteplase, aspirin and clopidogrel, on chest pain alone; a known disease's own
        # history still counts for it - "hypertension on amlodipine, BP still 160/95")
        events = ([m for m in stated if m.finding not in BACKGROUND_HISTORY]
                  if kb.conditions[lead.condition_id].triage == "emergency" else []) or stated
        thin = events[0] if len(events) == 1 and scope.features["kb_agreement"] < THIN_NOTE_SUPPORT else None
        # a condition of pregnancy in a note that does not say she is pregnant ("missed period, nauseous" at 16 had
        # cyclizine): a pregnancy test before any medicine
        unconfirmed = kb.conditions[lead.condition_id].pregnancy_only and "pregnant" not in flags and not any(
            m.finding in ("positive_pregnancy_test", "pregnancy_bleeding", "passing_pregnancy_tissue") for m in stated)
        # a diagnosis that a test confirms before its medicines start (HIV, hypothyroidism, type 2 diabetes...), read
        # from symptoms alone: the test first, the medicines as options for later
        confirm = CONFIRM_BEFORE_TREATMENT.get(lead.condition_id)
        confirm = confirm if confirm and not self._known_diagnosis(case.text, findings, lead.condition_id) else None
        if confirm and confirm.test not in next_steps and triage != "emergency":
            next_steps = [confirm.test] + next_steps
        outside = list(dict.fromkeys(m.finding for m in present if m.finding in CAUSE_OUTSIDE_KNOWLEDGE))
        if outside:   # a sign whose cause the base cannot name (bleeding after the menopause): its referral first
            scope = replace(scope, out_of_scope=True)
            next_steps = list(dict.fromkeys([CAUSE_OUTSIDE_KNOWLEDGE[f] for f in outside
                                             if CAUSE_OUTSIDE_KNOWLEDGE[f] in kb.next_steps]
                                            + [s for s in next_steps if s in EMERGENCY_STEPS]))
            warnings.append(Message("cause_outside_knowledge", {"finding": outside[0],
                                                                "test": CAUSE_OUTSIDE_KNOWLEDGE[outside[0]]}))
        elif BREAST_LUMP.search(case.text) and not (flags & {"breastfeeding"} or any(
                m.finding in LACTATION_EXPLAINS for m in present)):
            # a breast lump outside breastfeeding: no condition here is its cause (NICE NG12 1.3.1: at 30 and over an
            # unexplained breast lump, with or without pain, goes on a suspected cancer pathway; "lump in my breast,
            # not painful, noticed it a month ago" at 52 led with a Bartholin's abscess and was urgent through it)
            scope = replace(scope, out_of_scope=True)
            step = "urgent_suspected_cancer_referral" if used.age is None or used.age >= 30 else "routine_gp_review"
            next_steps = [step] + [s for s in next_steps if s in EMERGENCY_STEPS]
            if not red_flags:   # (the differential's guesses set no level: none of them is named as needing care)
                triage, dangerous = "routine", []
            warnings.append(Message("breast_lump_outside_knowledge", {"test": step}))
        elif SNORING.search(case.text) and SLEEP_APNOEA.search(case.text) and (
                used.age >= SLEEP_APNOEA_FROM if used.age is not None else not A_CHILD_SAID.search(case.text)):
            # possible obstructive sleep apnoea: no condition here is it (NICE NG202 1.1: refer to a sleep service;
            # sleepiness while driving: stop driving until treated, DVLA); its referral first
            scope = replace(scope, out_of_scope=True)
            driving = bool(DROWSY_DRIVING.search(case.text))
            steps = ["refer_specialist"] + (["driving_safety_advice"] if driving else [])
            next_steps = [s for s in steps if s in kb.next_steps] + [s for s in next_steps if s in EMERGENCY_STEPS]
            if not red_flags:
                triage, dangerous = "routine", []
            warnings.append(Message("sleep_apnoea_drowsy_driver" if driving else "sleep_apnoea_outside_knowledge", {}))
        no_medicine = next((NO_MEDICINE_AFTER[f.rule] for f in red_flags if f.rule in NO_MEDICINE_AFTER), None)
        if scope.out_of_scope:
            medications, withheld = [], []
            triage = at_least(triage, OUT_OF_SCOPE_TRIAGE)
            warnings.append(Message("out_of_scope", {"score": round(scope.score, 3)}))
            if no_medicine:   # (and why: "possible lithium toxicity" says more than "outside what MedSeq knows")
                warnings.append(Message(no_medicine, {}))
        elif no_medicine:
            medications, withheld = [], []
            warnings.append(Message(no_medicine, {}))
        elif lead.probability < RX_CONFIDENCE or thin is not None or unexplained or unconfirmed or confirm or not stated:
            # (no symptom read as present: the differential rests on the note's other words, so no medicine follows
            # from it whatever the scope check says)
            medications, withheld = [], []
            if unconfirmed:
                warnings.append(Message("pregnancy_unconfirmed", {"condition": lead.condition_id}))
            elif confirm:
                warnings.append(Message("confirm_before_treatment", {"condition": lead.condition_id,
                                                                     "test": confirm.test}))
            elif thin is not None:
                warnings.append(Message("thin_note", {"phrase": thin.phrase}))
            elif lead.probability < RX_CONFIDENCE:
                warnings.append(Message("confirm_diagnosis_first", {"probability": lead.probability}))
            for d in differential[:3]:
                options[d.condition_id] = prescribe(kb, d.condition_id, [], flags)[0]
        else:
            medications, withheld = prescribe(kb, lead.condition_id, model_rx, flags)
        allergic = named_medicine_allergies(case.text, kb)
        if allergic:   # a medicine the note says the patient is allergic to ("allergic to trimethoprim and
            #            nitrofurantoin" had both offered for a UTI): withheld, with the words that say so
            withheld += [Withheld(m, "allergy_named", f"Allergy written in the note: \u201c{allergic[m]}\u201d",
                                  f"病历写有过敏：“{allergic[m]}”") for m in medications if m in allergic]
            medications = [m for m in medications if m not in allergic]
            options = {c: [m for m in meds if m not in allergic] for c, meds in options.items()}
        if unexplained:
            warnings.append(Message("red_flag_unexplained", {"condition": lead.condition_id,
                                                             "signs": [f.phrase for f in unexplained]}))
        if encoded.truncated:
            warnings.append(Message("note_truncated", {"kept_chars": encoded.kept_chars,
                                                       "read_tokens": len(encoded) - encoded.n_context,
                                                       "total_tokens": encoded.n_note_tokens}))
        unk = sum(1 for i in encoded.ids[encoded.n_context:] if i == self.bundle.tokenizer.unk_id)
        n_note = len(encoded) - encoded.n_context
        if n_note and unk / n_note > 0.5:
            warnings.append(Message("mostly_unknown_words"))
        if quiet:
            warnings.append(Message("no_current_complaint"))
        if lead.condition_id in AURA_CONDITIONS and aura_on_combined_pill(case.text, {m.finding for m in present}):
            warnings.append(Message("combined_pill_with_aura"))
        if not stated and not red_flags:   # (none, or only denied); a danger sign read by the red-flag bank is a sign
            warnings.append(Message("no_finding_recognised"))
            named = self.named_conditions(case.text)   # "UTI, 10 weeks pregnant, on warfarin": a name, no symptom
            if named:
                warnings.append(Message("named_without_findings", {"condition": named[0]}))
        if "pregnant" in used.flags:   # a medicine that harms the baby, named with a pregnancy (set ET: "take ramipril
            for medicine in HARMFUL_IN_PREGNANCY:   # 5mg. just found out im pregnant" was told nothing of it)
                if medicine in used.flags:
                    warnings.append(Message(f"{medicine}_in_pregnancy"))
        if "pregnant" in used.flags and used.age is not None and not PREGNANCY_AGES[0] <= used.age <= PREGNANCY_AGES[1]:
            warnings.append(Message("implausible_pregnancy_age", {"age": used.age}))
        for c in conflicts:
            warnings.append(Message("context_conflict", {"flag": c.key, "form": c.form, "note": c.note,
                                                         "phrase": c.phrase}))
        warnings += self._denied_key_signs(used, findings, lead)
        return Prediction(case, encoded, differential, triage, model_triage, red_flags, medications, withheld,
                          next_steps, findings, tokens, warnings, dangerous, context, used, conflicts, scope, options,
                          int(self.banned(used)[self._dx_ids].sum()))   # impossible for this patient (not the dose rule)

    def _known_condition_first(self, text: str, findings: list[Mention], probs: torch.Tensor) -> torch.Tensor:
        """A condition the note names as the patient's own and as back or flaring ("recurrent UTI, same symptoms as
        always", "RA flare", 老毛病痛风又发了; ``named_recurring``) is ranked first when it explains the note: it lists at
        least half of the findings read as present, its own or its risk factors, the standing background aside (all
        of them, when it is named only as known: "known asthmatic"), none it does not list is a danger sign, the
        leader is not more urgent than it unless the leader lists none of the findings, and the note does not say
        this time is unlike it (``NOT_LIKE_BEFORE``). The two share their likelihoods equally, the named one just
        ahead: the leader stays second and every other condition keeps its likelihood (a more dangerous leader that
        the findings support is never moved down)."""
        named = [(c, how) for c, how in self.named_recurring(text) if c in self.kb.conditions]
        if not named or NOT_LIKE_BEFORE.search(text):
            return probs
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        top = int(torch.argmax(probs))
        kb = self.kb
        present = {m.finding for m in findings if m.present and not m.finding.startswith("absent_")} \
            - BACKGROUND_HISTORY - {"recurrent_infections"}   # (a recorded absence, "no cough", explains nothing)
        for c, how in named:
            i = index.get(c)
            if i is None or i == top or float(probs[i]) <= 0.0:
                continue
            condition = kb.conditions[c]
            listed = {f for f, p in condition.finding_probs.items() if p >= NAMED_FINDING_FLOOR} | set(condition.risk_factors)
            # (a fever of any grade and a cough of any kind count as the ones it lists: ``READ_AS_ANY_OF``; "RAT +ve,
            # sore throat, cough, T 37.9" was unexplained by a COVID that lists a dry cough and a fever, set CY)
            unexplained = {f for f in present - listed if not set(READ_AS_ANY_OF.get(f, ())) & listed}
            if present and len(unexplained) * 2 > len(present) or how < 2 and (
                    unexplained or not present and not self._confirmed_by_a_test(text, c)):
                continue   # (named only as known: it explains every finding, and there is one, or a test has just
                #            found it in a well patient: "Booking chlamydia NAAT positive. Asymptomatic" at 14 weeks
                #            led with a pregnancy's sickness, set ET)
            if any(kb.findings[f].red_flag == "emergency" for f in unexplained if f in kb.findings):
                continue
            leader = kb.conditions[self._dx_conditions[top]]
            if triage_rank(leader.triage) > triage_rank(condition.triage) and (
                    not present or present & {f for f, p in leader.finding_probs.items() if p >= NAMED_FINDING_FLOOR}) \
                    and not (leader.triage != "emergency" and self._confirmed_by_a_test(text, c)):
                continue   # (a more urgent leader moves down only when it lists none of the findings: "hay fever
                #            flaring, 20 weeks pregnant" led with a threatened miscarriage on its sneezing; or, short of
                #            an emergency, when a test has just confirmed the named one: "阳了，第二天 ... 嗓子像刀割一样疼，
                #            发烧38.5" led with a glandular fever, set EN)
            probs = probs.clone()
            pair = float(probs[top] + probs[i])
            # (ahead of every other condition too: halving a leader could let a third pass both - "COVID +ve LFT ...
            # SpO2 92%" at 84 went from a pneumonia to a sepsis, set CF; the named takes what the third has, the
            # leader the rest of the pair's likelihood)
            third = max((float(p) for j, p in enumerate(probs) if j not in (i, top)), default=0.0)
            named = min(max(pair / 2, third) + NAMED_EDGE, pair - NAMED_EDGE)
            probs[i], probs[top] = named, pair - named
            return probs
        return probs

    def _confirmed_by_a_test(self, text: str, condition_id: str) -> bool:
        """The note names ``condition_id`` as a test's positive result now ("tested positive for flu A", 我阳了)."""
        return any(cid == condition_id and (_A_POSITIVE_NAME.search(text[start:end])
                                            or POSITIVE_BEFORE.search(text[max(0, start - 30):start])
                                            or POSITIVE_AFTER.search(text[end:end + 40]))
                   for cid, start, end in self._names_in(text))

    def _leads_only_on_its_signs(self, findings: list[Mention], probs: torch.Tensor, age: int | None,
                                 text: str = "") -> torch.Tensor:
        """A leader of ``LEADS_ONLY_ON`` with none of its own signs read, of ``LEADS_NOT_WITH`` with a finding against
        it read, of ``LEADS_NOT_WHEN_DENIED`` with its defining finding read as absent, or of ``LEADS_ONLY_WHEN_SAID``
        without its words in ``text``, changes places with the condition no more urgent than it whose likelihood times the knowledge base's
        frequency of each finding read is highest (never a more urgent look-alike: a cow's milk allergy's place goes to
        a gastroenteritis, not an IBD), and, where the age is known, not one whose typical ages the patient has
        outgrown (a 2-year-old's cold, given up by a preschool wheeze, went to a bronchiolitis, a disease of the first
        year). (A typical age the patient has not reached does not rule out: a toddler's anal fissure, typical from 15 in
        the knowledge base, lost its place to constipation.)"""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        lead_id = self._dx_conditions[int(torch.argmax(probs))]
        signs, against = LEADS_ONLY_ON.get(lead_id), LEADS_NOT_WITH.get(lead_id, frozenset())
        if signs is not None and not against and any(c == lead_id and how == 2 for c, how in self.named_recurring(text)):
            signs = None   # (named as back: "Previously diagnosed with carbon monoxide toxicity, similar symptoms now")
        present = {m.finding for m in findings if m.present}
        denied = {m.finding for m in findings if not m.present} - present
        said = LEADS_ONLY_WHEN_SAID.get(lead_id)
        if not present & against and (signs is None or present & signs) and not denied & LEADS_NOT_WHEN_DENIED.get(
                lead_id, frozenset()) and (said is None or said.search(text)):
            return probs
        lead, level = index[lead_id], triage_rank(self.kb.conditions[lead_id].triage)
        fits = lambda c: age is None or age <= c.age_range[1]   # noqa: E731
        not_denied = lambda c: not denied & LEADS_NOT_WHEN_DENIED.get(c, frozenset())   # noqa: E731
        if lead_id in LEADS_ONLY_TO:   # (a miscarriage's place goes to a threatened one where that may lead, or stays)
            only = [index[c] for c in LEADS_ONLY_TO[lead_id] if c in index and float(probs[index[c]]) > 0.0
                    and may_lead(c, present) and not_denied(c)]
            if only or not_denied(lead_id):   # (both denied their bleeding: a look-alike, as for any leader)
                return self._lead_instead(findings, probs, lead, only)

        return self._lead_instead(findings, probs, lead, [   # (nor one that could not lead here itself: a 2-year-old's
            i for i in torch.nonzero(probs > 0).flatten().tolist()   # cold, given up by a preschool wheeze, went to an
            if i != lead and triage_rank((c := self.kb.conditions[self._dx_conditions[i]]).triage) <= level and fits(c)
            and may_lead(c.id, present) and not_denied(c.id)], age)   # ear infection with no ear told)

    def _leader_explains_a_finding(self, findings: list[Mention], probs: torch.Tensor, age: int | None,
                                   text: str = "") -> torch.Tensor:
        """A leader below ``UNEXPLAINING_LEAD_BELOW`` whose knowledge-base entry lists none of the findings read (beyond
        the patient's standing history) changes places with the rival (``UNEXPLAINING_LEAD_RIVAL``) the patient has not
        outgrown that lists one of them and is likeliest by ``_lead_instead``: "bump on head at nursery this morning,
        cried straight away, no vomiting, acting normal now" at 3 led with hand, foot and mouth disease, its one finding
        a head injury. Where the note lists the patient's standing background, a leader that is no emergency gives way
        up to ``BACKGROUND_LEAD_BELOW``, to a rival with ``BACKGROUND_LEAD_RIVAL`` of its likelihood that is no emergency
        either (set EX: a low back pain beside high blood pressure and cholesterol led with a type 2 diabetes). A note
        whose complaint has come since the patient's youth (``SINCE_YOUNG``) keeps the rivals of younger ages."""
        read = {m.finding for m in findings if m.present}
        present = read - BACKGROUND_HISTORY
        lead = int(torch.argmax(probs))
        if not present or present & set(self.kb.conditions[self._dx_conditions[lead]].finding_probs):
            return probs
        below, rival, calm = UNEXPLAINING_LEAD_BELOW, UNEXPLAINING_LEAD_RIVAL, False
        if float(probs[lead]) >= below and read & BACKGROUND_HISTORY and \
                self.kb.conditions[self._dx_conditions[lead]].triage != "emergency":
            below, rival, calm = BACKGROUND_LEAD_BELOW, BACKGROUND_LEAD_RIVAL, True   # (no emergency given or taken)
        if float(probs[lead]) >= below:
            return probs

        return self._lead_instead(findings, probs, lead, [
            i for i in torch.nonzero(probs >= rival * probs[lead]).flatten().tolist()
            if i != lead and present & set((c := self.kb.conditions[self._dx_conditions[i]]).finding_probs)
            and not (calm and c.triage == "emergency")
            and may_lead(c.id, present) and (age is None or age <= c.age_range[1] or SINCE_YOUNG.search(text))], age)

    def _a_defining_sign_leads(self, findings: list[Mention], probs: torch.Tensor, pregnant: bool = False) -> torch.Tensor:
        """The condition of ``DEFINING_SIGNS`` whose signs are all read (and one of its companions, where it names
        them) takes the lead: a baby's fever with a bulging fontanelle is meningitis (NICE NG143 and CG102: an
        8-month-old's fever, high-pitched cry and "the soft bit on top of his head looks a bit puffy/raised" led with an
        ear infection and colic, set CM)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        present = {m.finding for m in findings if m.present}
        lead = int(torch.argmax(probs))
        for condition, (signs, companions, unless) in (*DEFINING_SIGNS.items(), *DEFINING_SIGNS_ALSO):
            target = index.get(condition)
            if target is None or target == lead or float(probs[target]) <= 0.0 or not signs <= present \
                    or companions and not present & companions or present & unless \
                    or condition in DEFINING_IN_PREGNANCY_ONLY and not pregnant and not (
                        condition in DEFINING_AFTER_BIRTH_TOO and "recent_childbirth" in present) \
                    or self._dx_conditions[lead] in DEFINING_NOT_OVER.get(condition, ()) \
                    or condition in DEFINING_ONLY_BELOW and triage_rank(
                        self.kb.conditions[self._dx_conditions[lead]].triage) >= triage_rank(DEFINING_ONLY_BELOW[condition]):
                continue   # (nor one impossible for the patient: an ectopic at 28 weeks)
            return self._lead_instead(findings, probs, lead, [target])
        return probs

    def _known_asthma_attack_leads(self, findings: list[Mention], probs: torch.Tensor, flags, text: str = "") -> torch.Tensor:
        """A known asthmatic (``asthma`` among the context's flags, ticked or read from the note) too breathless to talk,
        drawing in her ribs or with a low saturation (``ASTHMA_ATTACK_SIGNS``: a severe attack's, BTS/SIGN 158), with none
        of ``ASTHMA_ATTACK_UNLESS``, leads with asthma (a milder wheeze is left to the model: a held-out note lost its
        triage when any wheeze led): a 10-year-old's "有哮喘 今晚喘得很厉害 蓝色喷雾喷了好几次都没用 ... 说话一句话都说不完整 ...
        血氧仪显示91", typed by voice, led with a pulmonary embolism (set DK)."""
        present = {m.finding for m in findings if m.present}
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        target, lead = index.get(ASTHMA), int(torch.argmax(probs))
        # (or a moderate attack measured: a peak flow under 75% of the usual with its breath, BTS/SIGN 158 - "峰流速平时420
        # 左右，现在260 ... 万托林一天喷了七八次" led with COVID-19 and was an emergency through a sepsis at 7%, set DP)
        pef = peak_flow_percent(text)
        measured = pef is not None and pef < MODERATE_PEAK_FLOW and bool(present & ASTHMA_BREATH)
        if "asthma" not in flags or target is None or target == lead or float(probs[target]) <= 0.0 \
                or not (present & ASTHMA_ATTACK_SIGNS or measured) or present & ASTHMA_ATTACK_UNLESS:
            return probs
        return self._lead_instead(findings, probs, lead, [target])

    def _a_medicines_harm_leads(self, findings: list[Mention], probs: torch.Tensor, flags) -> torch.Tensor:
        """The first condition of ``MEDICINES_HARM_LEADS`` whose medicine is among the context's flags (ticked or read
        from the note), whose findings are all read and enough of whose signs are, with none of its exceptions, takes
        the lead: a lithium toxicity, a bleed in the head after a knock on an anticoagulant."""
        present = {m.finding for m in findings if m.present}
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        lead = int(torch.argmax(probs))
        for condition, medicines, needed, signs, least, unless in MEDICINES_HARM_LEADS:
            target = index.get(condition)
            if target is None or target == lead or float(probs[target]) <= 0.0 or not medicines & set(flags) \
                    or not needed <= present or len(present & signs) < least or present & unless:
                continue
            return self._lead_instead(findings, probs, lead, [target])
        return probs

    def _suicidal_thoughts_lead(self, findings: list[Mention], probs: torch.Tensor) -> torch.Tensor:
        """Suicidal thoughts or a suicide prepared make a suicidal ideation the leader (NICE NG225 "Self-harm": ask about
        and act on them, whatever else is told; ``SUICIDAL_SIGNS``): "feeling like everyone would be better off without
        me ... thought about how i'd do it" led with an alcohol use disorder, and a wife's find of charcoal, tape and a
        letter to their daughter (木炭, 写给女儿的信) with a Parkinson's disease (set DC). Not where harm is done or a
        psychosis speaks, nor over a leader of ``SUICIDAL_LEADS_KEPT`` (a depression's "better off without me", unless a
        suicide is planned) or one at least ``SUICIDAL_LEAD_BELOW`` likely."""
        present = {m.finding for m in findings if m.present}
        target = self._dx_conditions.index("suicidal_ideation") if "suicidal_ideation" in self._dx_conditions else None
        lead = int(torch.argmax(probs))
        lead_id = self._dx_conditions[lead]
        if target is None or target == lead or float(probs[target]) <= 0.0 or not present & SUICIDAL_SIGNS \
                or present & SUICIDAL_HARM_DONE or float(probs[lead]) >= SUICIDAL_LEAD_BELOW \
                or lead_id in SUICIDAL_LEADS_KEPT and not (lead_id == "major_depressive_disorder"
                                                           and "suicide_plan" in present):
            return probs
        return self._lead_instead(findings, probs, lead, [target])

    def _upper_urinary_signs(self, findings: list[Mention], probs: torch.Tensor) -> torch.Tensor:
        """A lower urinary tract infection does not lead a note with a fever and a loin's pain: those are an upper
        one's (NICE NG111 "Pyelonephritis (acute)"; NG109 sends fever and loin pain to NG111), and pyelonephritis changes
        places with it ("尿频尿急尿痛三天，今天开始发烧39度，腰疼" led with a lower UTI and nitrofurantoin, which does not reach
        the kidney)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        lower, upper = index.get(LOWER_UTI), index.get(PYELONEPHRITIS)
        present = {m.finding for m in findings if m.present}
        if lower is None or upper is None or int(torch.argmax(probs)) != lower or not (
                present & UPPER_UTI_FEVERS and present & UPPER_UTI_LOIN):
            return probs
        return self._lead_instead(findings, probs, lower, [upper])

    def _no_ectopic_beside_a_pregnancy_in_the_womb(self, text: str, findings: list[Mention],
                                                   probs: torch.Tensor) -> torch.Tensor:
        """An ectopic pregnancy does not lead where a scan has shown the pregnancy in the womb (NICE NG126; a
        heterotopic pregnancy, after IVF, is the exception: ``safety.pregnancy_seen_in_the_womb``): bleeding in such a
        pregnancy is a threatened or an actual miscarriage, the likelier of which changes places with it ("9 weeks
        pregnant ... saw the heartbeat in the womb ... pinky blood when I wiped" led with an ectopic at 36%)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        lead = index.get(ECTOPIC)
        if lead is None or int(torch.argmax(probs)) != lead or not pregnancy_seen_in_the_womb(text):
            return probs
        return self._lead_instead(findings, probs, lead, [index[c] for c in IN_THE_WOMB_INSTEAD if c in index])

    def _a_closed_os_is_a_threatened_miscarriage(self, text: str, findings: list[Mention],
                                                 probs: torch.Tensor) -> torch.Tensor:
        """A miscarriage does not lead where the examination found the cervix closed: bleeding in early pregnancy with a
        closed os is a threatened miscarriage until a scan says otherwise (NICE NG126; "8/40, light PV bleeding ... Os
        closed on spec. Early scan 6/40 IUP + FH seen" led with a miscarriage at 58%, set CY), which changes places with
        it."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        lead, threatened = index.get("miscarriage"), index.get("threatened_miscarriage")
        if lead is None or threatened is None or int(torch.argmax(probs)) != lead or float(probs[threatened]) <= 0.0 \
                or not CLOSED_OS.search(text):
            return probs
        return self._lead_instead(findings, probs, lead, [threatened])

    def _anaphylaxis_needs_a_sign(self, findings: list[Mention], probs: torch.Tensor) -> torch.Tensor:
        """Anaphylaxis leads only on a sign of its own (``safety.ANAPHYLAXIS_SIGNS``: an airway, breathing or
        circulation problem, Resuscitation Council UK 2021): where none is read and the note denies one of its
        hallmarks, a sting's swelling or hives are a local reaction or urticaria (``ANAPHYLAXIS_LOOK_ALIKES``), and the
        likeliest of them changes places with it ("Stung by a wasp ... whole forearm swollen, red, hot and itchy ... No
        swelling of face or lips, no trouble breathing" led with anaphylaxis at 46%: its denials raised it)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        lead = index.get(ANAPHYLAXIS)
        if lead is None or int(torch.argmax(probs)) != lead or any(
                m.present and m.finding in ANAPHYLAXIS_SIGNS for m in findings) or not any(
                not m.present and m.finding in ANAPHYLAXIS_HALLMARKS for m in findings):
            return probs
        return self._lead_instead(findings, probs, lead, [index[c] for c in ANAPHYLAXIS_LOOK_ALIKES if c in index])

    def _sudden_one_sided_pleuritic_pain(self, text: str, findings: list[Mention], probs: torch.Tensor) -> torch.Tensor:
        """A pericarditis, a myocarditis or a chest wall's pain (``PNEUMOTHORAX_LOOK_ALIKES``) leading a chest pain that
        came suddenly on one side (``SUDDEN_ONE_SIDE_CHEST``), worse on breathing, with breathlessness and no fever,
        changes places with a spontaneous pneumothorax (BTS 2023)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        target, lead = index.get(PNEUMOTHORAX), int(torch.argmax(probs))
        present = {m.finding for m in findings if m.present}
        if target is None or self._dx_conditions[lead] not in PNEUMOTHORAX_LOOK_ALIKES or float(probs[target]) <= 0.0 \
                or "pleuritic_chest_pain" not in present or not present & PNEUMOTHORAX_BREATH \
                or present & set(FEVER_GRADES) or not SUDDEN_ONE_SIDE_CHEST.search(text):
            return probs
        return self._lead_instead(findings, probs, lead, [target])

    def _ottawa_negative_ankle(self, text: str, findings: list[Mention], probs: torch.Tensor) -> torch.Tensor:
        """An ankle fracture leads only where the Ottawa ankle rules would X-ray: an injured ankle whose bones are said
        not to be tender, in a patient who can bear weight and has no deformity, is a sprain (Stiell 1992; NICE CKS
        "Sprains and strains"): the two change places ("Went over on my ankle ... could walk off the pitch ... pressing
        on the ankle bones doesn't hurt" led with a fracture at 50%)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        lead, sprain = index.get(ANKLE_FRACTURE), index.get(ANKLE_SPRAIN)
        if lead is None or sprain is None or int(torch.argmax(probs)) != lead:
            return probs
        if not (any(m.finding == "localised_bone_pain" and not m.present for m in findings)
                or BONES_NOT_TENDER.search(text)) or any(m.present and m.finding in ANKLE_FRACTURE_SIGNS for m in findings):
            return probs
        return self._lead_instead(findings, probs, lead, [sprain])

    def _lead_instead(self, findings: list[Mention], probs: torch.Tensor, lead: int, others: list[int],
                      age: int | None = None) -> torch.Tensor:
        """The leader ``lead`` changes places with the one of ``others`` whose likelihood times the knowledge base's
        frequency of each finding read (``UNLISTED_FINDING`` for one it does not list) is highest. A condition of the
        patient's ages counts at least ``LEAD_FLOOR`` likely, so the one the findings name can win where the model gave
        it next to nothing ("3 month old hasn't pooed for 4 days" had constipation below 0.1%, and the leader's place
        went to a nappy rash)."""
        present = {m.finding for m in findings if m.present} - BACKGROUND_HISTORY

        def likelihood(i: int) -> float:
            condition = self.kb.conditions[self._dx_conditions[i]]
            lo, hi = condition.age_range
            floor = LEAD_FLOOR if age is None or lo <= age <= hi else 0.0
            young = YOUNGER_THAN_TYPICAL if age is not None and age < lo else 1.0
            listed = condition.finding_probs
            return young * max(float(probs[i]), floor) * math.prod(
                max(max(listed.get(g, 0.0) for g in READ_AS_ANY_OF.get(f, (f,))), UNLISTED_FINDING) for f in present)

        if not others:
            return probs
        best = max(others, key=likelihood)
        probs = probs.clone()
        probs[best], probs[lead] = probs[lead].clone(), probs[best].clone()
        return probs

    def _young_infant_fever_is_a_sepsis(self, months: float | None, findings: list[Mention],
                                         probs: torch.Tensor) -> torch.Tensor:
        """A baby under ``YOUNG_INFANT_MONTHS`` months (``months``: the note's infant age, as ``_assemble`` reads it -
        not a breastfeeding mother's own note) with a fever of 38 or more: a sepsis takes the lead unless the leader
        explains a finding outside ``INFANT_FEVER_GENERAL`` (NICE NG143, NG51; ``_sepsis_leads``). A leader that names
        one of its own (a bronchiolitis's cough, a urinary infection's smelly urine, a meningitis's bulging fontanelle)
        keeps it."""
        present = {m.finding for m in findings if m.present}
        if months is None or months >= YOUNG_INFANT_MONTHS or not present & YOUNG_INFANT_FEVERS:
            return probs
        return self._sepsis_leads(findings, probs, INFANT_FEVER_GENERAL)

    def _a_childs_svt_leads(self, age: int | None, text: str, findings: list[Mention],
                            probs: torch.Tensor) -> torch.Tensor:
        """A child under ``CHILD_UNDER`` with a heart rate of 220 or more (``safety.CHILD_SVT_RATE``) and a fast
        heartbeat read, without a fever: a supraventricular tachycardia takes the lead (an infant's sinus rate seldom
        passes 220; a fever's tachycardia is a sepsis's question, ``_young_infant_fever_is_a_sepsis``). The knowledge
        base's SVT is typical from age 10, so the model did not offer it for a 3-month-old at 280 (set FV)."""
        present = {m.finding for m in findings if m.present}
        target = {c: i for i, c in enumerate(self._dx_conditions)}.get("supraventricular_tachycardia")
        lead = int(torch.argmax(probs))
        if age is None or age >= CHILD_UNDER or target is None or target == lead or float(probs[target]) <= 0.0 \
                or not present & CHILD_SVT_SIGNS or present & CHILD_SVT_UNLESS or not CHILD_SVT_RATE.search(text):
            return probs
        return self._lead_instead(findings, probs, lead, [target])

    def _fever_after_chemotherapy_is_a_sepsis(self, text: str, findings: list[Mention],
                                              probs: torch.Tensor) -> torch.Tensor:
        """A patient on anticancer chemotherapy (``ANTICANCER_TREATMENT`` in the immunosuppression's words) with a
        fever or rigors, or on a marrow-suppressing medicine with a high fever or rigors (``MARROW_FEVERS``): a sepsis
        takes the lead unless the leader explains a finding outside ``CHEMO_FEVER_GENERAL`` (a neutropenic sepsis, NICE
        CG151; ``_sepsis_leads``). "Had chemo for breast cancer 8 days ago, this evening temp 38.3 ... shivery" led with
        a cellulitis, a leukaemia's 化疗 with 寒战 and 发烧39度 with a pyelonephritis (set EN). A leader that names one of
        its own (a pneumonia's cough and crackles) keeps it."""
        present = {m.finding for m in findings if m.present}
        chemotherapy = present & CHEMO_FEVERS and any(
            m.present and m.finding == "immunosuppression" and ANTICANCER_TREATMENT.search(m.phrase) for m in findings)
        marrow = present & MARROW_FEVERS and MARROW_SUPPRESSING.search(text) is not None
        if not (chemotherapy or marrow):
            return probs
        return self._sepsis_leads(findings, probs, CHEMO_FEVER_GENERAL)

    def _sepsis_leads(self, findings: list[Mention], probs: torch.Tensor, general: frozenset[str]) -> torch.Tensor:
        """A sepsis takes the lead (``_lead_instead``) unless it leads already or the leader lists a finding read as
        present outside ``general``, the findings any sepsis shares."""
        present = {m.finding for m in findings if m.present}
        target = self._dx_conditions.index("sepsis") if "sepsis" in self._dx_conditions else None
        lead = int(torch.argmax(probs))
        if target is None or lead == target or \
                (present - general) & set(self.kb.conditions[self._dx_conditions[lead]].finding_probs):
            return probs
        return self._lead_instead(findings, probs, lead, [target], 0)

    def _adult_onset_unlikely_in_a_child(self, age: int | None, probs: torch.Tensor) -> torch.Tensor:
        """In a child under ``CHILD_UNDER`` years, a condition whose typical ages begin at ``ADULT_ONSET_FROM`` or later
        (diverticulitis, a hip fracture, urinary retention, type 2 diabetes, shingles) keeps ``ADULT_ONSET_WEIGHT`` of
        its likelihood, the rest shared out by renormalising: a 4-year-old's constipation led with diverticulitis at
        27%, a 2-year-old's overdose with complete heart block. Emergency conditions keep theirs (a child's stroke is
        rare and not to be missed; their red flags escalate anyway). (Weighting every condition whose typical ages
        begin 10 years after the child's lost children's anal fissures and a cluster headache to it: the knowledge
        base's typical ages are not the possible ones.)"""
        if age is None or age >= CHILD_UNDER:
            return probs
        onset, emergency = self._typical_onset
        late = (onset >= ADULT_ONSET_FROM) & ~emergency
        if age < MIND_ILLNESS_FROM:
            late = late | self._mind_illnesses
        if age < INFANT_UNLIKELY_UNDER:
            late = late | torch.tensor([c in INFANT_UNLIKELY for c in self._dx_conditions])
        if not bool(late.any()):
            return probs
        probs = torch.where(late, probs * ADULT_ONSET_WEIGHT, probs)
        return probs / probs.sum()

    def _a_medicines_constipation_leads(self, text: str, findings: list[Mention], probs: torch.Tensor) -> torch.Tensor:
        """A constipation read beside a medicine that constipates (``CONSTIPATING_MEDICINE``, said and not denied), with
        none of ``CONSTIPATION_ALARM``, leads with a constipation (NICE CKS "Constipation": opioids and iron are common
        causes; review the medicine, a laxative): "拔完智齿医生开了含可待因的止痛药，吃了4天了，到现在3天没大便" led with a dry
        socket, an 81-year-old "bunged up" two weeks after ferrous sulphate with a coeliac disease (set GC), a codeine
        constipation after a vasectomy with an irritable bowel (set FZ). Not over an emergency, nor over
        ``CONSTIPATION_NOT_OVER``."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        target, lead = index.get(CONSTIPATION), int(torch.argmax(probs))
        present = {m.finding for m in findings if m.present}
        lead_id = self._dx_conditions[lead]
        if target is None or target == lead or float(probs[target]) <= 0.0 or not present & CONSTIPATION_SIGNS \
                or present & CONSTIPATION_ALARM or lead_id in CONSTIPATION_NOT_OVER \
                or self.kb.conditions[lead_id].triage == "emergency" \
                or not any(not denied(text, m.start()) for m in CONSTIPATING_MEDICINE.finditer(text)):
            return probs
        return self._lead_instead(findings, probs, lead, [target])

    def _a_young_persons_thirst_is_a_type_1_diabetes(self, age: int | None, findings: list[Mention],
                                                     probs: torch.Tensor) -> torch.Tensor:
        """Under 18, a thirst with a weight lost or much urine (``YOUNG_DIABETES_SIGNS``) leads with a type 1 diabetes
        unless a ketoacidosis already leads (NICE NG18 1.1.1: suspect type 1 diabetes in a child or young person with
        polydipsia, polyuria, weight loss or tiredness and refer the same day): a 16-year-old's "瘦了快5公斤，吃得不少但老喊
        口渴，一晚上起来尿三四次" led with the balanitis his sugar had brought and was routine (set FZ)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        target, lead = index.get(TYPE_1_DIABETES), int(torch.argmax(probs))
        present = {m.finding for m in findings if m.present}
        if age is None or age >= YOUNG_DIABETES_UNDER or target is None or target == lead \
                or float(probs[target]) <= 0.0 or "excessive_thirst" not in present \
                or not present & YOUNG_DIABETES_SIGNS or self._dx_conditions[lead] == "diabetic_ketoacidosis":
            return probs
        return self._lead_instead(findings, probs, lead, [target])

    def _an_infants_wheeze_is_a_bronchiolitis(self, age: int | None, findings: list[Mention],
                                              probs: torch.Tensor) -> torch.Tensor:
        """Under a year, a viral-induced wheeze does not lead a bronchiolitis unless the wheeze has come before or the
        infant is atopic (NICE NG9 1.2.4: those diagnoses are unlikely below 1 year): "My son is 4 months old. Having
        cold and cough since 3 days, now breathing is fast ... tummy pulling in under ribs ... Wheezing" led with a
        viral-induced wheeze at 60% (set EU). The two change places."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        lead, instead = index.get("viral_induced_wheeze"), index.get("bronchiolitis")
        if age is None or age >= 1 or lead is None or instead is None or int(torch.argmax(probs)) != lead \
                or float(probs[instead]) <= 0.0 or any(m.present and m.finding in WHEEZE_BEFORE for m in findings):
            return probs
        return self._lead_instead(findings, probs, lead, [instead])

    @cached_property
    def _mind_illnesses(self) -> torch.Tensor:
        """Whether each condition, in the model's order, is one of ``MIND_ILLNESSES``."""
        return torch.tensor([c in MIND_ILLNESSES for c in self._dx_conditions])

    @cached_property
    def _typical_onset(self) -> tuple[torch.Tensor, torch.Tensor]:
        """Each condition's first typical age (years) and whether it is an emergency, in the model's order."""
        kb = self.kb
        return (torch.tensor([kb.conditions[c].age_range[0] for c in self._dx_conditions]),
                torch.tensor([kb.conditions[c].triage == "emergency" for c in self._dx_conditions]))

    def _ongoing_deficit_is_a_stroke(self, text: str, findings: list[Mention], probs: torch.Tensor) -> torch.Tensor:
        """A focal deficit (``ONGOING_STROKE_SIGNS``) the note never says has passed (no ``DEFICIT_RESOLVED`` words) is a
        stroke until it does (NICE NG128: a TIA is a deficit that has resolved; one still present is a suspected stroke,
        FAST, an ambulance): where the TIA leads, it changes places with the ischaemic stroke ("suddenly his coffee cup
        slipped out of his right hand. The right side of his mouth is drooping and his words are coming out jumbled ...
        40 mins ago" led with a TIA, set EI)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        tia, stroke = index.get(TIA), index.get(STROKE)
        present = {m.finding for m in findings if m.present}
        if tia is None or stroke is None or int(torch.argmax(probs)) != tia or float(probs[stroke]) <= 0.0 \
                or not present & ONGOING_STROKE_SIGNS or DEFICIT_RESOLVED.search(text):
            return probs
        return self._lead_instead(findings, probs, tia, [stroke])

    def _passed_deficit_is_a_tia(self, probs: torch.Tensor) -> torch.Tensor:
        """A focal deficit the note says has passed is a suspected TIA (its definition; NICE NG128): where the model
        ranks a stroke or a retinal artery occlusion above the TIA, the two likelihoods change places ("my arm went
        weak ... now completely back to normal" led with a stroke at 55%)."""
        index = {c: i for i, c in enumerate(self._dx_conditions)}
        tia = index.get(TIA)
        if tia is None:
            return probs
        probs = probs.clone()
        above = [index[c] for c in TIA_LOOK_ALIKES if c in index and probs[index[c]] > probs[tia]]
        if above:
            top = max(above, key=lambda i: float(probs[i]))
            probs[top], probs[tia] = probs[tia].clone(), probs[top].clone()
        return probs

    def _known_diagnosis(self, text: str, findings: list[Mention], condition_id: str) -> bool:
        """The note says the diagnosis is known: it names the condition ("T2DM", 甲减), gives the confirming result
        ("TSH 15"), states its history ("has high blood pressure") or names a medicine only it is treated with ("on
        levothyroxine") - not denied, not a relative's ("mum has diabetes"), not a question or a test to do ("?TB",
        "worried about HIV", "HIV test negative"), not pre-diabetes or gestational diabetes."""
        rule = CONFIRM_BEFORE_TREATMENT[condition_id]
        if any(m.present and m.finding in rule.unless for m in findings):
            return True
        if rule.result and any(not denied(text, m.start()) for m in re.finditer(rf"(?i){rule.result}", text)):
            return True
        if any(m.present and m.finding == rule.history and not a_relatives(text, m.start)
               and not _NOT_THE_DIAGNOSIS.search(text[max(0, m.start - 15):m.end]) for m in findings):
            return True
        cache = self.__dict__.setdefault("_known_patterns", {})
        pattern = cache.get(condition_id)
        if pattern is None:
            c, kb = self.kb.conditions[condition_id], self.kb
            listed = Counter(m for other in kb.conditions.values() for m in other.medications)
            pattern = cache[condition_id] = _names_pattern(_condition_names(c) | {
                n.split(" (")[0] for m in c.medications if listed[m] == 1
                for n in (kb.medications[m].name.en, kb.medications[m].name.zh)})
        return any(_said_as_its_own(text, m.start(), m.end()) for m in pattern.finditer(text))

    def named_recurring(self, text: str) -> list[tuple[str, int]]:
        """The conditions ``named_conditions`` finds that are said as back or flaring (2) or as known (1)
        (``_recurrence``), in the order written, each with how."""
        out: dict[str, int] = {}
        for cid, start, end in self._names_in(text):
            out[cid] = max(out.get(cid, 0), _recurrence(text, start, end))
        return [(c, how) for c, how in out.items() if how]

    def named_conditions(self, text: str) -> list[str]:
        """Conditions of the knowledge base the note names as the patient's ("UTI", "RA flare", 甲减), in the order
        written: not denied, a relative's or a question (a name shared by two conditions names neither)."""
        return list(dict.fromkeys(cid for cid, _, _ in self._names_in(text)))

    def _names_in(self, text: str) -> list[tuple[str, int, int]]:
        """Each mention of a condition's own name said as the patient's, with where it is."""
        index = self.__dict__.get("_named_index")
        if index is None:
            owners: dict[str, set[str]] = {}
            for c in self.kb.conditions.values():
                for n in _condition_names(c) | {n for n, cid in ALSO_NAMED.items() if cid == c.id}:
                    owners.setdefault(n if n.isupper() and len(n) <= 4 else n.lower(), set()).add(c.id)
            index = self.__dict__["_named_index"] = (
                _names_pattern({n for n, ids in owners.items() if len(ids) == 1}),
                {n: next(iter(ids)) for n, ids in owners.items() if len(ids) == 1})
        pattern, owner = index
        out = []
        for m in pattern.finditer(text):
            word = m.group(0)
            cid = owner.get(word) or owner.get(word.lower())
            if cid and _said_as_its_own(text, m.start(), m.end()):
                out.append((cid, m.start(), m.end()))
        return out

    @staticmethod
    def _blood_pressure_below_crisis(findings: list[Mention]) -> bool:
        """The note gives a blood pressure reading and none is very high (``NEEDS_VERY_HIGH_BP``)."""
        readings = [m for m in findings if m.finding in ("high_blood_pressure_reading", "low_blood_pressure",
                                                          "very_high_blood_pressure") and BP_PAIR.search(m.phrase)]
        return bool(readings) and not any(m.finding == "very_high_blood_pressure" and m.present for m in readings)

    def _paracetamol_as_a_dose(self, text: str, findings: list[Mention]) -> bool:
        """The note names paracetamol with nothing of an overdose: no overdose wording, no ingestion read by
        either reader (the red-flag reader knows "swallowed a bottle of Tylenol", 吞了一整板泰诺林)."""
        if not _PARACETAMOL.search(text) or _OVERDOSE_WORDS.search(text):
            return False
        ingestion = ("paracetamol_overdose_ingestion", "staggered_overdose")   # (or a staggered one, set EK)
        return not any(m.finding in ingestion and m.present
                       for m in (*findings, *self._red_flags_read(text)))

    def _seizure_read(self, text: str, findings: list[Mention]) -> bool:
        """A fit in the note, read by either reader or hinted at in any words (``everyday.FIT_HINTS``): a febrile
        seizure is a seizure, so a febrile child with no word of a fit is never given one (a 2-year-old "with fever 39
        and runny nose, playing in between" had febrile seizure 52%, buccal midazolam and an emergency)."""
        return FIT_HINTS.search(text) is not None or any(m.finding == "seizure" and m.present for m in findings) or any(
            m.finding == "seizure" and m.present for m in self._red_flags_read(text))

    @cached_property
    def _red_flag_reader(self) -> FindingExtractor:
        return FindingExtractor(self.kb.with_red_flag_phrases(RED_FLAG_PHRASES, red_flags_only=True))

    def _red_flags_read(self, text: str) -> tuple[Mention, ...]:
        """Every mention the red-flag reader finds in ``text``, read once per note (the masks before decoding and the
        red flags after it all ask; a few hundred recent notes are kept)."""
        cache = self.__dict__.setdefault("_red_flag_cache", {})
        hit = cache.get(text)
        if hit is None:
            if len(cache) >= 512:
                cache.clear()
            hit = cache[text] = tuple(self._red_flag_reader.extract(text, every=True))
        return hit

    def _more_red_flags(self, text: str, findings: list[Mention]) -> list[Mention]:
        """Danger signs worded in ways the model's lexicon lacks ("嗓子发紧", "swallowed a bottle of Tylenol"),
        read with the red-flag phrase bank: findings the note states that the first reading did not find at all,
        and not inside words the first reading gave wholly to another finding ("terminal dribbling" is not
        drooling; the red-flag reader knows only the danger signs). A mention inside another finding's words is
        passed over for the next ("活着没意思" is hopelessness; "睡着不醒就好了" later is the danger sign); the first
        one outside decides, so a sign the note denies stays denied whatever advice repeats it later. Safety-netting
        advice ("call 999 if he is hard to rouse", "如出现皮疹压之不褪色及时就诊") is not a finding. A plan stated beside
        suicidal thoughts ("thoughts of ending life, has a plan") is the suicide-plan danger sign."""
        seen, out = {m.finding for m in findings}, []
        for m in self._red_flags_read(text):   # (nor one that starts inside another reading's words: "sneezing
            if m.finding in seen or any(f.start <= m.start and m.end <= f.end or f.start < m.start < f.end  # fits first"
                                        for f in findings):                                                # is no fit)
                continue
            seen.add(m.finding)
            if m.present and not safety_netting(text, m.start, m.end):
                out.append(m)
        if "suicide_plan" not in seen and "suicide_plan" in self.kb.findings:   # "SI, has a plan" (modality.stated_plan)
            for m in [f for f in findings if f.present] + out:
                span = stated_plan(text, m.start, m.end) if m.finding == "suicidal_thoughts" else None
                if span:
                    out.append(Mention("suicide_plan", True, text[span[0]:span[1]], *span))
                    break
        return out

    def _scope(self, first_logits, banned, case: Case, findings: list[Mention], lead: str) -> Scope:
        present = [m.finding for m in findings if m.present]
        absent = [m.finding for m in findings if not m.present]
        kb_probs = self.posterior.probabilities(present, absent, case.age, case.sex, "pregnant" in case.flags)
        listed = self.kb.conditions[lead].finding_probs
        unexplained = sum(listed.get(f, 0.0) < 0.05 for f in present) / len(present) if present else 1.0
        logits = first_logits[self._dx_ids].masked_fill(banned[self._dx_ids], -1e4).tolist()
        return assess(scope_features(logits, self.bundle.temperature, len(findings), self.posterior.fit(present),
                                     float(kb_probs[self.posterior.condition_ids.index(lead)]), unexplained,
                                     self.posterior.evidence(present)),
                      self.bundle.metrics.get("scope"))

    def _denied_key_signs(self, case: Case, findings: list[Mention], lead: DifferentialEntry) -> list[str]:
        """A second opinion from the knowledge base: when the note denies key signs of the leading diagnosis
        (likelihood >= 0.5 in the KB) and the Bayes posterior over the recognised findings gives it under 10%
        while the model gives it over 50%, say so. The model can over-read negated danger words in short notes
        ("headache and high fever. No neck stiffness, no rash" -> meningitis); triage is never lowered for it."""
        key = {f for f, p in self.kb.conditions[lead.condition_id].findings if p >= 0.5}
        denied = [m for m in findings if not m.present and m.finding in key]
        if not denied or lead.probability <= 0.5:
            return []
        probs = self.posterior.probabilities([m.finding for m in findings if m.present],
                                             [m.finding for m in findings if not m.present],
                                             case.age, case.sex, "pregnant" in case.flags)
        bayes = float(probs[self.posterior.condition_ids.index(lead.condition_id)])
        if bayes >= 0.1:
            return []
        return [Message("denied_key_signs", {"condition": lead.condition_id, "signs": [m.phrase for m in denied],
                                             "bayes": bayes, "model": lead.probability})]

    @staticmethod
    def _entry(c: Condition, p: float) -> DifferentialEntry:
        return DifferentialEntry(c.id, c.icd10, c.name.en, c.name.zh, p)
