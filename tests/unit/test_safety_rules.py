"""medmodel.safety: who can have what, triage from the differential, prescribing that fits the patient."""
from types import SimpleNamespace as NS

import pytest

from medmodel import safety
from medmodel.knowledge import triage_rank


def test_impossible_conditions(kb):
    male = safety.impossible_for(kb, 50, "M", False)
    assert "lactational_mastitis" in male and "ectopic_pregnancy" in male and "gout" not in male
    pregnant = safety.impossible_for(kb, 30, None, True)
    assert "acute_prostatitis" in pregnant
    adult = safety.impossible_for(kb, 40, "F", False)
    assert "infant_colic" in adult and "croup" in adult
    assert "ectopic_pregnancy" not in adult   # she may not know she is pregnant
    assert "pregnancy_test" in safety.impossible_next_steps(kb, "M", False)
    assert "pregnancy_test" not in safety.impossible_next_steps(kb, "F", False)


def test_weeks_of_gestation_rule_out_what_cannot_happen_then(kb):
    early = safety.impossible_for(kb, 30, "F", True, weeks=12)
    assert {"preterm_labour", "pre_eclampsia", "placental_abruption"} <= early
    assert not {"ectopic_pregnancy", "miscarriage", "hyperemesis_gravidarum"} & early
    late = safety.impossible_for(kb, 30, "F", True, weeks=32)
    assert {"ectopic_pregnancy", "miscarriage", "threatened_miscarriage"} <= late
    assert not {"preterm_labour", "pre_eclampsia", "placental_abruption"} & late
    assert "preterm_labour" in safety.impossible_for(kb, 30, "F", True, weeks=38)          # term is not preterm
    unknown = safety.impossible_for(kb, 30, "F", True)                                      # weeks not given
    assert not {"preterm_labour", "ectopic_pregnancy"} & unknown
    for c in safety.GESTATION_WEEKS:                                 # every window names a pregnancy condition
        assert kb.conditions[c].pregnancy_only


def test_triage_follows_the_mass_on_dangerous_conditions(kb):
    emergency = next(c for c in kb.conditions.values() if c.triage == "emergency").id
    routine = next(c for c in kb.conditions.values() if c.triage == "routine").id
    self_care = next(c for c in kb.conditions.values() if c.triage == "self_care").id
    th = {"emergency": 0.3, "urgent": 0.3, "routine": 0.5}
    assert safety.triage_from_differential(kb, {routine: 0.75, emergency: 0.25}, th)[0] == "routine"
    level, named = safety.triage_from_differential(kb, {routine: 0.6, emergency: 0.4}, th)
    assert level == "emergency" and [n.condition for n in named] == [emergency]
    assert safety.triage_from_differential(kb, {self_care: 0.6, routine: 0.4}, th)[0] == "self_care"
    # several small dangerous likelihoods set the level: the largest of them are named as its reason
    emergencies = [c.id for c in kb.conditions.values() if c.triage == "emergency"][:3]
    level, named = safety.triage_from_differential(kb, {routine: 0.64, emergencies[0]: 0.14, emergencies[1]: 0.12,
                                                        emergencies[2]: 0.04}, th)
    assert level == "emergency" and [n.condition for n in named] == emergencies[:2]


@pytest.mark.parametrize("text, found, rule, raised", [
    ("my son has sickle cell, temp 38.5 and pain in his legs", ["fever"], "sickle_cell_fever", True),
    ("sickle cell disease, chest pain and breathless", ["chest_pain"], "sickle_cell_fever", True),
    ("a fever of 38.5 and a cough", ["fever"], "sickle_cell_fever", False),
    ("K 6.8, creatinine doubled, oliguric", ["raised_creatinine"], "severe_hyperkalaemia", True),
    ("血钾6.9，尿少", ["reduced_urine_output"], "severe_hyperkalaemia", True),
    ("K 5.9, creatinine up", ["raised_creatinine"], "severe_hyperkalaemia", False),
    ("vitamin K 7 days ago, creatinine up", ["raised_creatinine"], "severe_hyperkalaemia", False),
])
def test_sickle_cell_with_a_fever_and_a_potassium_of_6_5_are_emergencies(kb, text, found, rule, raised):
    """NHS 'Sickle cell disease' / NICE CG143; UK Kidney Association hyperkalaemia guideline (K >= 6.5 mmol/L)."""
    mentions = [_mention(f) for f in found] + ([_mention("sickle_cell_disease")] if "sickle" in text else [])
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, mentions, 12, frozenset(), text=text)}
    assert ((rule, "emergency") in rules) is raised


@pytest.mark.parametrize("text, raised", [
    ("my nose has been bleeding on and off for nearly 2 hours. Pinching it for 15 mins hasn't stopped it", True),
    ("nosebleed 40 mins, pinched properly twice for 15 min, still bleeding", True),
    ("鼻子出血，捏了15分钟还在流", True),
    ("71M L anterior nosebleed after catching nose on grab rail, 40 min despite pressure. On clopidogrel", True),
    ("nosebleed, pinched it for 10 minutes and it stopped", False),
    ("nosebleeds on and off this week, they stop by themselves", False),
])
def test_a_nosebleed_that_pressure_has_not_stopped_is_an_emergency(kb, text, raised):
    """NHS 'Nosebleed': go to A&E if it lasts longer than 10 to 15 minutes of pressure."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention("nosebleed")], 40, frozenset(),
                                                                  text=text)}
    assert (("nosebleed_not_stopping", "emergency") in rules) is raised


@pytest.mark.parametrize("text, found, rule, level", [
    ("45F, breast Ca, day 9 post cycle 3 chemo. T 38.3", ["fever"], "fever_after_chemotherapy", "emergency"),
    ("我妈乳腺癌，上周三刚做完化疗。今天下午开始发烧，38.4度", ["fever"], "fever_after_chemotherapy", "emergency"),
    ("had chemo 10 years ago for lymphoma, fever since yesterday", ["fever"], "fever_after_chemotherapy", None),
    ("starts chemo next week, fever and cough", ["fever"], "fever_after_chemotherapy", None),
    ("sharp pain in my side when I breathe in and I get puffed out", ["pleuritic_chest_pain", "shortness_of_breath"],
     "pleuritic_pain_breathless", "urgent"),
    ("sharp pain in my side when I breathe in", ["pleuritic_chest_pain"], "pleuritic_pain_breathless", None),
])
def test_a_fever_after_chemotherapy_and_pleuritic_pain_with_breathlessness(kb, text, found, rule, level):
    """NICE NG151 (neutropenic sepsis): a fever within weeks of chemotherapy is an emergency; NICE CKS chest pain:
    pleuritic pain with breathlessness is seen the same day (from blind set R, where both were under-triaged)."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention(f) for f in found], 45, frozenset(),
                                                                text=text)}
    assert rules.get(rule) == level


@pytest.mark.parametrize("text, level", [
    ("I have epilepsy and had a seizure this morning, lasted about a minute, back to normal now", "urgent"),
    ("诊断是得了癫痫病，现在一直吃药，前几天又抽搐了", "urgent"),
    ("known epileptic, fit at home, hit his head on the table", "emergency"),           # injured
    ("I have epilepsy, fitting for 10 minutes and won't stop", "emergency"),             # over 5 minutes
    ("我老公有癫痫，刚才抽了二十分钟还没醒", "emergency"),
    ("first ever seizure at work, 2 minutes", "emergency"),                              # no known epilepsy
    ("she has epilepsy and is 20 weeks pregnant, had a fit", "emergency"),
    # set CA: a support worker's note of a usual seizure, "No injury", "back to his baseline within 30 min"
    ("known epilepsy on levetiracetam, tonic-clonic seizure, lasted approx 90 seconds, bit tongue. Back to his baseline "
     "within 30 min. No injury. His usual seizure pattern.", "urgent"),
])
def test_a_seizure_in_known_epilepsy_is_urgent_unless_a_sign_makes_it_an_emergency(text, level):
    """NICE NG217 / NHS 'Epilepsy': an ambulance for a first seizure, one over 5 minutes, no recovery, an injury,
    breathing trouble or pregnancy; otherwise a known epileptic's usual seizure is reviewed the same day."""
    flags = [safety.RedFlag("seizure", "emergency", "fit", 0, 3), safety.RedFlag("loss_of_consciousness", "emergency",
                                                                                 "out", 4, 7)]
    settled = safety.settle_known_epilepsy(flags, text)
    assert {f.level for f in settled} == {level}
    assert all(f.rule == "seizure_known_epilepsy" for f in settled) is (level == "urgent")


def test_an_emergency_the_note_gives_no_sign_of_counts_only_toward_urgent(kb):
    """Small likelihoods of emergencies the note shows no sign of (Guillain-Barre, aortic dissection for low back
    pain) no longer sum to an emergency; one finding they list, or a related one, restores them."""
    back = {"low_back_pain": 0.74, "guillain_barre_syndrome": 0.14, "aortic_dissection": 0.12}
    unsupported = safety.unsupported_emergencies(kb, back, {"low_back_pain", "heavy_lifting"}, "low_back_pain")
    assert unsupported == {"aortic_dissection"}             # Guillain-Barre lists low back pain (0.4)
    none = safety.unsupported_emergencies(kb, back, {"heavy_lifting"}, "low_back_pain")
    assert none == {"guillain_barre_syndrome", "aortic_dissection"}
    assert safety.triage_from_differential(kb, back)[0] == "emergency"
    level, named = safety.triage_from_differential(kb, back, unsupported=none)
    assert level == "urgent" and not {n.condition for n in named} & none
    # the leading diagnosis and a likelihood of 20% or more always count
    lead = {"aortic_dissection": 0.5, "low_back_pain": 0.5}
    assert safety.unsupported_emergencies(kb, lead, set(), "aortic_dissection") == frozenset()
    assert safety.unsupported_emergencies(kb, {"low_back_pain": 0.7, "aortic_dissection": 0.3}, set(),
                                          "low_back_pain") == frozenset()
    # breathlessness on exertion and sweating are signs of a heart attack, which lists breathlessness and a cold sweat
    mi = {"polymyalgia_rheumatica": 0.8, "acute_myocardial_infarction": 0.1}
    assert safety.unsupported_emergencies(kb, mi, {"exertional_dyspnoea"}, "polymyalgia_rheumatica") == frozenset()
    assert safety.unsupported_emergencies(kb, mi, {"excessive_sweating"}, "polymyalgia_rheumatica") == frozenset()
    assert safety.unsupported_emergencies(kb, mi, {"shoulder_pain"}, "polymyalgia_rheumatica") == \
        {"acute_myocardial_infarction"}
    for group in safety.RELATED_FINDINGS:
        assert set(group) <= set(kb.findings)


@pytest.mark.parametrize("condition, text, said", [
    ("opioid_overdose", "took 3 oxys from a mate", True),
    ("opioid_overdose", "on methadone, found him snoring and hard to rouse", True),
    ("opioid_overdose", "他吸毒的，现在叫不醒", True),
    ("opioid_overdose", "itchy peeling skin between my toes", False),
    ("opioid_overdose", "hives all over after eating prawns", False),
    ("opioid_overdose", "should a cortisone injection be done without ultrasound guidance?", False),
    ("opioid_overdose", "IVDU, found drowsy", True),
    ("drug_overdose", "I swallowed 20 tablets of citalopram", True),
    ("drug_overdose", "she took the whole packet of her sleeping tablets", True),
    ("drug_overdose", "plan to OD on mum's meds", True),
    ("drug_overdose", "吃了一整瓶安眠药", True),
    ("drug_overdose", "worried I might get dependent on sleeping pills", False),
    ("drug_overdose", "my heartbeats get very fast all of a sudden", False),
    ("malaria", "back from visiting family in Lagos 10 days ago, fevers and shakes", True),
    ("malaria", "fever every other day, shaking chills, drenching sweats", True),
    ("malaria", "我在非洲工作，刚回国一周，发冷打寒战", True),
    ("malaria", "先冷得直打哆嗦，然后高烧，最后出一身大汗", True),
    ("malaria", "Came on all of a sudden, fever 39.2, dry cough, shivering, aching all over", False),
    ("malaria", "浑身酸痛，发高烧39度多，头疼，怕冷，干咳，单位好几个人都这样", False),
    ("diabetic_ketoacidosis", "T1DM, vomiting since last night, ketones 3.2", True),
    ("diabetic_ketoacidosis", "孩子最近喝水多尿多，今天呕吐，查血糖28", True),
    ("diabetic_ketoacidosis", "24F 10/40, vomiting ~10x/day, can't keep fluids down 2/7, urine ketones 4+", False),
    ("intussusception", "10 month old, ?intussusception, sent in by the GP", True),
    ("intussusception", "big hard poos that hurt her, a small streak of blood on the paper", False),
    ("clostridioides_difficile_infection", "79F inpt day 8, on co-amoxiclav, new watery diarrhoea 7x/day", True),
    ("clostridioides_difficile_infection", "diarrhoea since last night, like 5 times, my kid had the same", False),
    # an acute kidney injury needs a sign or a cause (NICE NG148): a toddler's gastroenteritis had it at 22%
    ("acute_kidney_injury", "78M on ramipril + furosemide, D&V x3d, UO reduced", True),
    ("acute_kidney_injury", "主诉：尿量减少3天。肌酐 386μmol/L", True),
    ("acute_kidney_injury", "74M, CKD stage 4, D&V x3 days", True),
    ("acute_kidney_injury", "3 yo vomiting and diarrhoea since last night, keeping down sips, had a wee 2 hours ago",
     False),
    ("acute_kidney_injury", "86F FOF at home, unable to WB, L leg shortened and externally rotated", False),
    ("delirium", "Nan (86) not herself, thinks it's 1970", True),
    ("delirium", "Care home: 3 residents intensely itchy, worse at night, burrows between fingers", False),
    # roseola needs its fever or its rash (NICE CKS): a toddler's diarrhoea led it at 27%
    ("roseola", "my toddler has had diarrhoea for 2 days, still drinking and wetting nappies", False),
    ("roseola", "宝宝烧了三天，今天退烧了身上出了好多红点", True),
    ("roseola", "high temp for 3 days then a pink rash", True),
    # a breast abscess is painful, red or hot (NICE CKS): not a painless lump found in the shower
    ("breast_abscess", "lump in my breast, not painful, noticed it in the shower last week", False),
    ("breast_abscess", "breastfeeding, painful red lump in my left breast", True),
    # paraphimosis needs the foreskin pulled back (a 4-year-old's balanitis was an emergency through it)
    ("paraphimosis", "my 4 year old's willy end is red and puffy, yellowy stuff under the foreskin", False),
    ("paraphimosis", "pulled his foreskin back in the bath and now it won't go back, tip swollen", True),
    ("paraphimosis", "儿子5岁，自己把小鸡鸡包皮往下翻，结果回不去了，现在前面头那里肿得像个球", True),
    # Kawasaki disease needs a fever said as present (a 3-year-old's "sticky red eyes, no fever" led it at 57%)
    ("kawasaki_disease", "sticky red eyes both sides, 3yo, no fever", False),
    ("kawasaki_disease", "女儿8岁，上课经常发呆，没发烧", False),
    ("kawasaki_disease", "我姐姐家的孩子最近老是发烫，身上还起了好些皮疹", True),
    ("kawasaki_disease", "temp 39.5 for 6 days, red eyes, cracked lips", True),
    # preterm labour needs one of its signs beside a backache ("my back pain, I'm 30 weeks pregnant" was an emergency)
    ("preterm_labour", "can I take ibuprofen for my back pain, I'm 30 weeks pregnant", False),
    ("preterm_labour", "32 weeks pregnant, tightenings every 10 minutes and lower back pain", True),
    ("preterm_labour", "怀孕31周，腰酸，肚子一阵一阵发紧", True),
    # a bite needs a bite (a nosebleed "after he'd been picking ... pinching the soft bit" was urgent through one)
    ("animal_bite", "nosebleed after he'd been picking, stopped after 10 mins pinching the soft bit", False),
    ("animal_bite", "our dog bit her hand, two puncture marks", True),
    ("animal_bite", "被邻居家的狗咬了一口", True),
    ("human_bite", "punched someone in the mouth last night, cut over my knuckle", True),
    ("human_bite", "a bit of a cough and a sore throat", False),
])
def test_a_poisoning_is_named_by_its_substance(kb, condition, text, said):
    signs, pattern = safety.SIGNS_NEEDED[condition]
    assert bool(pattern.search(text)) is said
    assert signs <= set(kb.conditions[condition].finding_probs)


def test_meningism_needs_fever_to_be_an_emergency(kb):
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    with_fever = safety.context_red_flags(kb, [m("neck_stiffness"), m("fever")], 30, frozenset())
    alone = safety.context_red_flags(kb, [m("neck_stiffness")], 30, frozenset())
    assert [r.level for r in with_fever] == ["emergency"] and alone == []


def test_heavy_bleeding_with_dizziness_or_fainting(kb):
    """NICE CKS heavy menstrual bleeding: dizziness -> same day, fainting -> emergency; NICE NG126: bleeding in
    pregnancy with dizziness or fainting -> emergency. Heavy bleeding alone raises nothing."""
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    level = lambda found, flags=frozenset(): [r.level for r in safety.merge_red_flags(
        safety.context_red_flags(kb, [m(f) for f in found], 30, flags))]
    assert level(["heavy_bleeding_soaking_pads"]) == []
    assert level(["heavy_bleeding_soaking_pads", "dizziness"]) == ["urgent"]
    assert level(["heavy_periods", "fainting"]) == ["emergency"]
    assert level(["pregnancy_bleeding", "dizziness"], frozenset({"pregnant"})) == ["emergency"]
    assert level(["vaginal_bleeding"], frozenset({"pregnant"})) == ["urgent"]      # same-day, as before


def test_context_rules_name_known_findings(kb):
    safety.check_rules(kb)


def test_one_drug_per_class_unless_both_first_line(kb):
    mi = kb.conditions["acute_myocardial_infarction"]
    kept = safety.one_per_class(kb, mi.id, list(mi.medications))
    classes = [kb.medications[m].drug_class.en.lower() for m in kept]
    for cls in set(classes):
        same = [m for m in kept if kb.medications[m].drug_class.en.lower() == cls]
        assert len(same) == 1 or all(mi.dosing[m].line == "first" for m in same)


def test_prescribing_keeps_to_the_condition_and_the_patient(kb):
    uti = kb.conditions["urinary_tract_infection"]
    allowed, withheld = safety.prescribe(kb, uti.id, ["adrenaline_im"] + list(uti.medications), frozenset())
    assert allowed and set(allowed) <= set(uti.medications)
    allowed, withheld = safety.prescribe(kb, uti.id, list(uti.medications),
                                         frozenset({"pregnant", "pregnancy_term", "pregnancy_third_trimester",
                                                    "pregnancy_20_weeks_plus"}))
    assert "nitrofurantoin" not in allowed and any(w.medication == "nitrofurantoin" for w in withheld)


def test_penicillin_anaphylaxis_also_withholds_cephalosporins(kb):
    from medmodel.knowledge import context_flags_for
    flags = context_flags_for(30, {"allergy_penicillin_severe"})
    allowed, withheld = safety.filter_medications(kb, ["cefalexin", "ceftriaxone", "amoxicillin"], flags)
    assert allowed == [] and {w.medication for w in withheld} == {"cefalexin", "ceftriaxone", "amoxicillin"}
    allowed, _ = safety.filter_medications(kb, ["cefalexin"], context_flags_for(30, {"allergy_penicillin"}))
    assert allowed == ["cefalexin"]


@pytest.mark.parametrize("flags, drug", [({"elderly_faller"}, "zopiclone"), ({"anticoagulant"}, "ibuprofen"),
                                         ({"lithium"}, "ibuprofen"), ({"methotrexate"}, "trimethoprim")])
def test_interaction_rules(kb, flags, drug):
    allowed, withheld = safety.filter_medications(kb, [drug], frozenset(flags))
    assert allowed == [] and withheld[0].flag in flags


def test_escalation_never_lowers(kb):
    rf = safety.RedFlag("x", "urgent", "x")
    for level in ("self_care", "routine", "urgent", "emergency"):
        assert triage_rank(safety.escalate(level, [rf])) >= max(triage_rank(level), triage_rank("urgent"))


def test_every_rule_a_settling_function_sets_is_worded_in_both_languages():
    """The settling rules name their rule in code (``rule="facial_palsy_forehead"``); the UI words it as rule.<id>, and
    a missing entry raises KeyError when the red flag is drawn (the four rules added on 2026-12-05 had none at first)."""
    import inspect
    import re as _re
    from medmodel import labels
    named = set(_re.findall(r'rule="([a-z_]+)"', inspect.getsource(safety)))
    assert {"facial_palsy_forehead", "deficit_resolved", "croup_stridor", "bronchiolitis_recession"} <= named
    for rule in named:
        for lang in ("en", "zh"):
            assert labels.text(f"rule.{rule}", lang).strip(), rule


def test_a_context_rule_is_worded_in_both_languages_and_merged_with_the_finding_red_flag(kb):
    from medmodel import labels
    from medmodel.safety import CONTEXT_RULES, RedFlag, merge_red_flags
    for rule in CONTEXT_RULES:
        for lang in ("en", "zh"):
            assert labels.text(f"rule.{rule.id}", lang).strip()
    plain = RedFlag("neck_stiffness", "urgent", "stiff neck", 0, 10)
    ruled = RedFlag("neck_stiffness", "emergency", "stiff neck", 0, 10, "meningism_with_fever")
    other = RedFlag("fever", "urgent", "fever", 12, 17)
    assert merge_red_flags([plain, other, ruled]) == [ruled, other]     # one per finding, the most urgent, in order


def test_fever_under_3_months_is_an_emergency_and_under_a_year_urgent(kb):
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    young = safety.context_red_flags(kb, [m("fever")], 0, frozenset(), months=2)
    older = safety.context_red_flags(kb, [m("fever")], 0, frozenset(), months=5)
    unknown = safety.context_red_flags(kb, [m("fever")], 0, frozenset())
    assert safety.merge_red_flags(young)[0].level == "emergency" and safety.merge_red_flags(young)[0].rule == "young_infant_fever"
    assert [r.level for r in older] == [r.level for r in unknown] == ["urgent"]


def test_a_note_giving_an_infants_age_in_weeks_is_read_for_the_red_flag(kb):
    from medmodel.context import infant_age_months, read_context
    text = "3 week old girl, temp 38.1, feeding ok"
    assert infant_age_months(text) < 1 and read_context(text).age == 0


def test_a_cancer_alarm_feature_of_the_leading_condition_is_a_routine_red_flag_not_an_emergency(kb):
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    lead = next(c.id for c in kb.conditions.values() if "weight_loss" in c.red_flags and c.triage == "routine")
    flags = safety.red_flags_in(kb, [m("weight_loss"), m("melaena")], lead)
    by = {f.finding: f for f in flags}
    assert by["weight_loss"].level == "routine" and by["weight_loss"].rule == "cancer_alarm"
    assert by["melaena"].level == "emergency"                         # a bleed stays an emergency
    assert safety.red_flags_in(kb, [m("weight_loss")], None) == []    # not a red flag on its own
    # rectal bleeding with IBS leading: refer (NICE CG61, NG12), not the emergency department; melaena still is
    by = {f.finding: f for f in safety.red_flags_in(kb, [m("rectal_bleeding"), m("melaena")], "irritable_bowel_syndrome")}
    assert by["rectal_bleeding"].level == "routine" and by["rectal_bleeding"].rule == "cancer_alarm"
    assert by["melaena"].level == "emergency"
    for lang in ("en", "zh"):
        from medmodel import labels
        assert "NG12" in labels.text("rule.cancer_alarm", lang)


def test_a_head_injury_with_memory_loss_or_vomiting_or_on_anticoagulants_goes_to_the_emergency_department(kb):
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    after = safety.context_red_flags(kb, [m("head_injury"), m("memory_problems")], 40, frozenset())
    assert [(r.finding, r.level, r.rule) for r in after] == [("memory_problems", "emergency", "head_injury_danger_sign")]
    assert safety.context_red_flags(kb, [m("memory_problems")], 80, frozenset()) == []   # forgetful, no injury
    on_warfarin = safety.context_red_flags(kb, [m("head_injury")], 84, frozenset({"anticoagulant"}))
    assert [r.level for r in on_warfarin] == ["emergency"]


def test_pre_eclampsia_signs_with_a_headache_after_20_weeks_are_an_emergency(kb):
    """NICE NG133 / NHS: a headache with visual disturbance or sudden swelling of face and hands after 20 weeks. A
    fresh note at 34 weeks ("headache ... flashing lights ... face and hands really puffy") was triaged urgent."""
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    pregnant = frozenset({"pregnant"})
    rules = lambda found, flags=pregnant, weeks=None: {(r.finding, r.rule) for r in safety.context_red_flags(
        kb, [m(f) for f in found], 30, flags, weeks=weeks)}
    assert ("flashing_lights", "pregnancy_pre_eclampsia_signs") in rules(["headache", "flashing_lights"], weeks=34)
    assert ("puffy_face_hands", "pregnancy_pre_eclampsia_signs") in rules(["headache", "puffy_face_hands"])  # weeks unknown
    assert not rules(["headache", "flashing_lights"], weeks=12)                     # no pre-eclampsia before 20 weeks
    assert not rules(["flashing_lights"], weeks=34)                                 # the rule needs the headache
    assert not rules(["headache", "flashing_lights"], frozenset(), weeks=None)      # and the pregnancy


def test_bleeding_on_an_anticoagulant_is_seen_the_same_day(kb):
    """NICE CKS (oral anticoagulation, epistaxis): a fresh note, "76M on warfarin ... nose bleed 40 min, not settling
    w/ 20 min direct pressure", was self-care."""
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    level = lambda found, flags: [r.level for r in safety.context_red_flags(kb, [m(f) for f in found], 76, flags)]
    assert level(["nosebleed"], frozenset({"anticoagulant"})) == ["urgent"]
    assert level(["haematuria"], frozenset({"anticoagulant"})) == ["urgent", "routine"]   # and, at 76, the cancer alarm
    assert safety.merge_red_flags(safety.context_red_flags(kb, [m("haematuria")], 76, frozenset({"anticoagulant"})))[0] \
        .level == "urgent"                                                    # one flag per finding: the more urgent
    assert level(["nosebleed"], frozenset()) == []
    assert level(["bleeding_gums"], frozenset({"anticoagulant"})) == []     # minor: advice, not the same day


def test_psychotic_symptoms_after_childbirth_are_an_emergency(kb):
    """NICE CG192 / Royal College of Psychiatrists: postpartum psychosis is a psychiatric emergency. A fresh note, "Day
    5 after giving birth ... says the baby has been swapped and the midwives are poisoning her", was triaged urgent."""
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    rules = lambda found: {(r.finding, r.level, r.rule) for r in safety.context_red_flags(kb, [m(f) for f in found], 29,
                                                                                          frozenset())}
    assert ("delusions", "emergency", "postpartum_psychosis") in rules(["recent_childbirth", "delusions"])
    assert ("hallucinations", "emergency", "postpartum_psychosis") in rules(["hallucinations", "recent_childbirth"])
    assert not rules(["delusions"])                        # psychosis without a birth: the knowledge base's own level
    assert not rules(["recent_childbirth", "low_mood"])    # low mood after a birth is no psychosis


def test_a_hot_swollen_joint_with_a_fever_is_an_emergency(kb):
    """NICE CKS (septic arthritis): a fresh note "Hot swollen R knee 2/7, NWB, T 38.6 ... on MTX" was urgent."""
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    rules = lambda found: {(r.finding, r.level, r.rule) for r in safety.context_red_flags(kb, [m(f) for f in found], 60,
                                                                                          frozenset())}
    assert ("hot_red_joint", "emergency", "hot_joint_with_fever") in rules(["hot_red_joint", "fever"])
    assert not rules(["hot_red_joint", "low_grade_fever"])     # gout runs a low-grade temperature
    assert not rules(["hot_red_joint"])


def test_painless_visible_haematuria_from_45_is_a_cancer_alarm(kb):
    """NICE NG12 1.6.4: a reviewer's "blood in urine no pain, smoker" at 64 was a urinary infection, routine, with
    nothing said about bladder cancer."""
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    rules = lambda found, age: {(r.finding, r.level, r.rule) for r in safety.context_red_flags(
        kb, [m(f) for f in found], age, frozenset())}
    assert ("haematuria", "routine", "painless_haematuria_over_45") in rules(["haematuria"], 64)
    assert not rules(["haematuria"], 30)                          # under 45
    assert not rules(["haematuria"], None)                        # age unknown: not applied
    assert not rules(["haematuria", "dysuria"], 64)               # an infection's pain
    assert not rules(["haematuria", "loin_to_groin_pain"], 64)    # a stone's


def test_a_sticky_eye_in_a_baby_under_4_weeks_is_seen_the_same_day(kb):
    """NICE CKS (infective conjunctivitis): ophthalmia neonatorum; "sticky eye and red, baby 3 weeks old" was self-care."""
    m = lambda f: NS(finding=f, phrase=f, start=0, end=1)
    level = lambda months: [r.level for r in safety.context_red_flags(kb, [m("eye_discharge")], 0, frozenset(), months)]
    assert level(0.75) == ["urgent"]
    assert level(3) == []


def _mention(f):
    return NS(finding=f, phrase=f, start=0, end=1, present=True)


@pytest.mark.parametrize("found, age, flags, rule, level", [
    (["joint_swelling"], 17, {"bleeding_disorder"}, "bleeding_disorder_bleed", "emergency"),
    (["head_injury"], 8, {"bleeding_disorder"}, "bleeding_disorder_bleed", "emergency"),
    (["ankle_pain", "sport_injury"], 25, {"bleeding_disorder"}, "bleeding_disorder_injury", "emergency"),
    (["nosebleed"], 16, {"bleeding_disorder"}, "bleeding_disorder_bleeding", "urgent"),
    (["trismus", "dirty_wound"], 61, set(), "tetanus_signs_after_wound", "emergency"),
    (["fever", "iv_drug_use"], 42, set(), "fever_injecting_drugs", "urgent"),
    (["low_grade_fever", "iv_drug_use"], 42, set(), "fever_injecting_drugs", "urgent"),
    (["trismus", "animal_bite_injury"], 30, set(), "tetanus_signs_after_wound", "emergency"),
    (["ankle_swelling"], 25, {"bleeding_disorder"}, "bleeding_disorder_bleed", "emergency"),
])
def test_rules_for_bleeding_disorders_tetanus_and_injecting_drugs(kb, found, age, flags, rule, level):
    raised = safety.context_red_flags(kb, [_mention(f) for f in found], age, frozenset(flags))
    assert (rule, level) in {(r.rule, r.level) for r in raised}


@pytest.mark.parametrize("found, flags", [
    (["joint_swelling"], set()),                       # a swollen knee without a bleeding disorder
    (["ankle_pain"], {"bleeding_disorder"}),           # joint pain without an injury (haemophilic arthropathy)
    (["trismus"], set()),                              # lockjaw without a wound: a dental abscess, not tetanus
    (["fever"], set()),
])
def test_those_rules_need_their_context(kb, found, flags):
    raised = safety.context_red_flags(kb, [_mention(f) for f in found], 30, frozenset(flags))
    assert not {r.rule for r in raised} & {"bleeding_disorder_bleed", "bleeding_disorder_injury",
                                            "tetanus_signs_after_wound", "fever_injecting_drugs"}


def test_medicines_for_warfarin_and_bleeding_disorders(kb):
    from medmodel.knowledge import context_flags_for
    uti = kb.conditions["urinary_tract_infection"].medications
    on_warfarin, _ = safety.filter_medications(kb, uti, context_flags_for(70, {"warfarin"}))
    on_apixaban, _ = safety.filter_medications(kb, uti, context_flags_for(70, {"anticoagulant"}))
    assert "trimethoprim" in uti and "trimethoprim" not in on_warfarin and "trimethoprim" in on_apixaban
    assert "nitrofurantoin" in on_warfarin
    for mid in ("trimethoprim_sulfamethoxazole", "metronidazole", "fluconazole", "clarithromycin", "ciprofloxacin"):
        assert "warfarin" in {c.flag for c in kb.medications[mid].contraindications}, mid
    pain = ["ibuprofen", "naproxen", "aspirin", "mefenamic_acid", "paracetamol"]
    allowed, withheld = safety.filter_medications(kb, pain, context_flags_for(17, {"bleeding_disorder"}))
    assert allowed == ["paracetamol"] and {w.flag for w in withheld} == {"bleeding_disorder"}
    for mid in ("clopidogrel", "ticagrelor", "apixaban", "rivaroxaban", "enoxaparin", "unfractionated_heparin",
                "alteplase"):
        assert "bleeding_disorder" in {c.flag for c in kb.medications[mid].contraindications}, mid


def test_an_ace_inhibitor_and_an_arb_are_never_suggested_together(kb):
    """NICE NG136 / NG203: no dual renin-angiotensin blockade, whatever the model's tokens say."""
    for cid in ("essential_hypertension", "chronic_kidney_disease"):
        meds, _ = safety.prescribe(kb, cid, ["amlodipine", "ramipril", "losartan"], frozenset())
        assert not {"ramipril", "losartan"} <= set(meds), (cid, meds)
    meds, _ = safety.prescribe(kb, "essential_hypertension", ["losartan", "amlodipine"], frozenset())
    assert "losartan" in meds   # an ARB alone (an ACE inhibitor cough) is still offered


def test_a_renin_angiotensin_blocker_already_taken(kb):
    """On an ACE inhibitor: never an ARB beside it, and the ACE inhibitor's dose reviewed rather than another started
    (and the other way round); NICE NG136, NG203."""
    from medmodel.knowledge import context_flags_for
    for flag in ("ace_inhibitor", "arb"):
        meds, withheld = safety.prescribe(kb, "essential_hypertension", ["amlodipine", "ramipril", "losartan"],
                                          context_flags_for(60, {flag}))
        assert not {"ramipril", "losartan"} & set(meds) and "amlodipine" in meds
        assert {w.flag for w in withheld if w.medication in ("ramipril", "losartan")} == {flag}


@pytest.mark.parametrize("text, found, raised", [
    ("wheezy for a week, using my blue inhaler 4 or 5 times a day", ["wheeze"], True),
    ("c/o SOB + wheeze 2/7, using salbutamol 4 hrly, PEFR 55% best", ["shortness_of_breath", "wheeze"], True),
    ("喘不上气，晚上咳得睡不着，我有哮喘，喷药也不太管用了", ["shortness_of_breath", "nocturnal_cough"], True),
    ("can't catch my breath and wheezing, my inhaler isn't helping", ["shortness_of_breath", "wheeze"], True),
    ("wheeze when I run, uses salbutamol once a week", ["wheeze"], False),      # controlled
    ("cough and wheeze, I use my inhaler more often in the winter", ["cough", "wheeze"], False),   # a season
    ("wheezy, needing my reliever more often", ["wheeze"], True),
    ("salbutamol 2 puffs prn, wheeze settled", ["wheeze"], False),
    ("wheezy every night, using the blue one 6-8 times a day", ["wheeze"], True),
    ("tight chest, my blue one only helps for an hour or so", ["chest_tightness"], True),
    ("the blue one helps, wheeze gone in minutes", ["wheeze"], False),
    ("using my blue inhaler 4 times a day", [], False),                       # no breathing symptom stated
])
def test_a_reliever_needed_more_often_or_not_helping_is_a_same_day_review(kb, text, found, raised):
    """BTS/NICE/SIGN NG245 and NHS 'Asthma': worsening symptoms with the reliever needed more often or helping less
    is a worsening attack (four notes like these were routine)."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in found], 30, frozenset(),
                                                                  text=text)}
    assert (("reliever_overuse", "urgent") in rules) is raised


@pytest.mark.parametrize("text, found, raised", [
    ("Pulled my 4 year old out of the pool, he was under for maybe a minute, now breathing fast and coughing",
     ["rapid_breathing", "cough"], True),
    ("孩子掉进游泳池呛水了，现在一直咳嗽", ["cough"], True),
    ("nearly drowned at the beach yesterday, now short of breath", ["shortness_of_breath"], True),
    ("waking at night coughing up fluid, feeling like drowning", ["cough"], False),   # a figure of speech
    ("got out of the bath and felt dizzy, then vomited", ["vomiting"], False),
    ("pulled out of the pool, was under for a minute, fine now", [], False),         # no symptom stated
])
def test_symptoms_after_a_submersion_are_an_emergency(kb, text, found, raised):
    """ERC Guidelines 2021 (drowning): symptoms after a submersion are assessed in hospital (a near-drowning with a
    cough and fast breathing was urgent)."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in found], 4, frozenset(),
                                                                  text=text)}
    assert (("symptoms_after_submersion", "emergency") in rules) is raised


@pytest.mark.parametrize("found, flags, text, rule, level", [
    (["dermatomal_rash"], {"methotrexate"}, "", "shingles_immunosuppressed", "urgent"),
    (["dermatomal_rash", "immunosuppression"], set(), "", "shingles_immunocompromised", "urgent"),
    (["epigastric_pain", "pain_radiating_to_back", "vomiting"], set(), "", "abdominal_pain_to_back_vomiting", "emergency"),
    (["headache", "recent_childbirth"], set(), "生完孩子二十几天，在坐月子期间得了高血压", "postpartum_headache_hypertension",
     "emergency"),
    (["headache", "recent_childbirth"], set(), "had my baby 2 weeks ago, BP 165/110 at the GP", "postpartum_headache_hypertension",
     "emergency"),
    (["heard_pop_or_snap", "joint_swelling", "knee_giving_way"], set(), "", "pop_and_swelling_after_injury", "urgent"),
])
def test_shingles_when_immunosuppressed_pain_to_the_back_and_a_postnatal_headache(kb, found, flags, text, rule, level):
    raised = safety.context_red_flags(kb, [_mention(f) for f in found], 40, frozenset(flags), text=text)
    assert (rule, level) in {(r.rule, r.level) for r in raised}


@pytest.mark.parametrize("found, text", [
    (["dermatomal_rash"], ""),                                          # shingles, immune system intact
    (["pain_radiating_to_back", "nausea"], ""),                         # no vomiting
    (["headache", "recent_childbirth"], "had my baby 2 weeks ago, tired, BP normal"),   # no high blood pressure
    (["joint_swelling"], "knee swelled up overnight, no injury"),      # no pop
])
def test_those_rules_need_their_context_too(kb, found, text):
    raised = safety.context_red_flags(kb, [_mention(f) for f in found], 40, frozenset(), text=text)
    assert not {r.rule for r in raised} & {"shingles_immunosuppressed", "shingles_immunocompromised",
                                            "abdominal_pain_to_back_vomiting", "postpartum_headache_hypertension",
                                            "pop_and_swelling_after_injury"}


def test_itchy_blisters_at_65_or_older_are_pemphigoid_until_shown_otherwise(kb):
    """BAD 2022 (bullous pemphigoid): "82F, tense blisters ..., itchy for weeks" was routine; a blister alone, itchy
    blisters in a younger adult, or a couple of small blisters from scratching raise nothing."""
    tense = "82F, tense blisters on an erythematous base over flexures and thighs, itchy for weeks beforehand"
    rules = lambda found, age, text=tense: {(r.rule, r.level) for r in safety.context_red_flags(
        kb, [_mention(f) for f in found], age, frozenset(), text=text)}
    assert ("itchy_blisters_older_adult", "urgent") in rules(["blisters", "generalised_itching"], 82)
    assert ("itchy_blisters_older_adult", "urgent") in rules(["blisters", "itchy_rash"], 78, "奶奶身上痒，起了好多水疱")
    assert not {r for r, _ in rules(["blisters"], 82)} & {"itchy_blisters_older_adult"}
    assert not {r for r, _ in rules(["blisters", "generalised_itching"], 40)} & {"itchy_blisters_older_adult"}
    assert not {r for r, _ in rules(["blisters", "itchy_rash"], 76, "itchy rash on her legs with a couple of small "
                                    "blisters from scratching")} & {"itchy_blisters_older_adult"}


def test_a_swollen_face_with_toothache_unsteady_vertigo_and_a_childs_vomiting_with_tummy_pain(kb):
    """Three notes of the development set under-triaged (a dental abscess with the face swollen, constant vertigo with
    unsteadiness, a 4-year-old vomiting with pain above the belly button): each rule needs its whole context."""
    rules = lambda found, age=40: {(r.rule, r.level) for r in safety.context_red_flags(
        kb, [_mention(f) for f in found], age, frozenset())}
    assert ("dental_infection_facial_swelling", "urgent") in rules(["toothache", "facial_swelling_jaw"])
    assert not {r for r, _ in rules(["facial_swelling_jaw"])} & {"dental_infection_facial_swelling"}   # a puffy face
    assert ("vertigo_with_unsteadiness", "urgent") in rules(["vertigo", "nausea", "unsteady_gait"])
    assert not {r for r, _ in rules(["vertigo", "nausea"])} & {"vertigo_with_unsteadiness"}             # BPPV's spins
    assert not {r for r, _ in rules(["unsteady_gait"])} & {"vertigo_with_unsteadiness"}
    assert ("child_abdominal_pain_vomiting", "urgent") in rules(["epigastric_pain", "vomiting"], 4)
    assert not {r for r, _ in rules(["abdominal_pain", "vomiting", "diarrhoea"], 4)} & {"child_abdominal_pain_vomiting"}
    assert not {r for r, _ in rules(["abdominal_pain", "vomiting"], 30)} & {"child_abdominal_pain_vomiting"}


@pytest.mark.parametrize("text, said", [
    ("80yo found on the floor this morning, house freezing", True), ("T 34.2, drowsy, shivering stopped", True),
    ("老人在外面躺了一夜，体温只有34度", True), ("fell through the ice into the lake", True),
    ("wheeze since a cold", False), ("temp 38.5, cold hands", False), ("吃了冰淇淋以后肚子疼", False), ("喝了雪碧", False),
])
def test_hypothermia_needs_the_cold_in_the_note(text, said):
    assert bool(safety.EXPOSURE_NAMED["hypothermia"].search(text)) is said


def test_a_painful_breast_with_a_fever_while_breastfeeding_is_seen_the_same_day(kb):
    """NHS 'Mastitis': a blind note's breastfeeding mother with a hot red wedge and 38.3 was routine."""
    rules = lambda found, flags: {(r.rule, r.level) for r in safety.context_red_flags(
        kb, [_mention(f) for f in found], 31, frozenset(flags))}
    assert ("breastfeeding_breast_with_fever", "urgent") in rules(["breast_tenderness", "fever"], {"breastfeeding"})
    assert not {r for r, _ in rules(["breast_tenderness"], {"breastfeeding"})} & {"breastfeeding_breast_with_fever"}
    assert not {r for r, _ in rules(["breast_tenderness", "fever"], set())} & {"breastfeeding_breast_with_fever"}


@pytest.mark.parametrize("text, settled", [
    ("rolled my ankle at netball, swollen on the outside but I can walk on it, just sore", True),
    ("Inversion inj R ankle, WB 4 steps with limp, no bony tenderness post edge of malleoli", True),
    ("Went over on my ankle, I CAN walk on it (didn't hear a crack), bone doesn't hurt when I press it", True),
    ("打球崴了脚，脚踝有点肿，能自己走路，外侧那块骨头按着不太疼", True),
    ("rolled my ankle, heard a crack, can walk on it but it's agony", False),
    ("went over on my ankle, can't put any weight on it", False),
    ("rolled my ankle, I can hobble but it's tender on the bone at the back", False),
    # set AR: the places listed after "not tender on the bony bits" are the ones not tender (the Achilles' back of the
    # ankle was read as a sign)
    ("15yo rolled her ankel at netball. She could walk on it straight after and can take 4 steps now, limping. Not "
     "tender on the bony bits at the back of the ankle bone or foot.", True),
    ("rolled my ankle at 5 a side, swolen, sore just below and in front of the bone but pressing on the actual bone is "
     "ok. walked home on it limping.", True),   # set BN
    ("崴了脚，还能走，但是外踝骨头按着很疼", False),
    ("my ankle is swollen, I can walk", False),          # no turn: a swollen ankle is not a sprain
    ("I can walk but my hip hurts since the fall", False),
])
def test_a_turned_ankle_that_bears_weight_settles_its_injuries(kb, text, settled):
    """NHS sprains and strains and the Ottawa ankle rules: bearing weight with no crack, deformity, numbness, severe
    pain or bony tenderness is not urgent; any of those keeps the fractures urgent."""
    got = safety.settled_by_note(kb, text, {"wheeze"})
    assert ("ankle_fracture" in got) is settled
    if settled:
        assert got["ankle_fracture"] == "routine" and "hip_fracture" in got


def test_a_settled_condition_counts_at_its_settled_level(kb):
    probs = {"ankle_sprain": 0.5, "ankle_fracture": 0.45, "achilles_tendon_rupture": 0.05}
    assert safety.triage_from_differential(kb, probs)[0] == "urgent"
    level, named = safety.triage_from_differential(kb, probs, settled={"ankle_fracture": "routine",
                                                                       "achilles_tendon_rupture": "routine"})
    assert level == "routine" and named == []


@pytest.mark.parametrize("condition, text, named", [
    ("clavicle_fracture", "fell off my bike onto my shoulder, lump over the collarbone", True),
    ("clavicle_fracture", "went over on my ankle at netball, swollen on the outside", False),
    ("wrist_fracture", "FOOSH, tender distal radius", True),
    ("wrist_fracture", "rolled my ankle stepping off the kerb", False),
    ("hip_fracture", "82F found on the floor, can't get up, leg shortened", True),
    ("hip_fracture", "摔了一跤，起不来", True),
    ("hip_fracture", "rolled my ankle at football", False),
    ("rib_fracture", "fell onto the edge of the bath, sore ribs on the left", True),
    ("rib_fracture", "34F L sided CP 5/7, reproducible on palpation over costochondral jn", False),
    ("rib_fracture", "chest pain for 4 days after moving furniture, worse on twisting", False),   # no blow, fall or cough
    ("rib_fracture", "82F, coughing for a week, now sharp pain in her side", True),
    ("ankle_fracture", "崴了脚，外踝肿得很厉害", True),
    ("ankle_fracture", "前天滑了一下坐到地上，这两天右边大腿根疼", False),
    ("achilles_tendon_rupture", "felt like someone kicked me in the back of my leg, can't push off", True),
    ("achilles_tendon_rupture", "打羽毛球时脚后跟上面像被人踢了一脚", True),
    ("achilles_tendon_rupture", "脚趾缝里特别痒，白白的起皮，有裂口", False),
    ("lactational_mastitis", "My wife is breastfeeding our 6 months old baby. She was having fever and cold", False),
    ("lactational_mastitis", "breastfeeding, left breast red hot and sore, temp 38.4", True),
    ("lactational_mastitis", "哺乳期，发烧，感冒了", False),
    ("lactational_mastitis", "喂奶的时候左边乳房又红又疼", True),
])
def test_an_injury_needs_the_part_it_injures_named(condition, text, named):
    assert bool(safety.SITE_NAMED[condition].search(text)) is named


@pytest.mark.parametrize("found, settled", [
    ({"cough", "runny_nose", "low_grade_fever"}, True),
    ({"cough", "hoarse_voice"}, True),
    ({"cough", "runny_nose", "wheeze"}, False),
    ({"cough", "rapid_breathing"}, False),
    ({"barking_cough"}, False),
    ({"cough", "shortness_of_breath"}, False),
    ({"cough", "poor_feeding"}, False),
])
def test_a_childs_cough_with_no_breathing_sign_settles_the_airway_illnesses(kb, found, settled):
    """NICE NG9 / CKS croup / NG245: bronchiolitis, croup and preschool wheeze are urgent for their breathing signs;
    a cough and a runny nose alone count them as routine."""
    got = safety.settled_by_note(kb, "", found)
    assert (got.get("bronchiolitis") == "routine" and got.get("croup") == "routine") is settled


@pytest.mark.parametrize("text, present, condition, level", [
    ("乙肝小三阳很多年要治吗？DNA正常，肝功能正常", set(), "hepatitis_b", "routine"),
    ("I'm a hepatitis B carrier, can I breastfeed?", set(), "hepatitis_b", "routine"),
    ("乙肝小三阳，这几天眼睛发黄，尿黄", {"jaundice", "dark_urine"}, "hepatitis_b", None),   # a flare
    ("最近乏力恶心，是不是乙肝？", {"fatigue", "nausea"}, "hepatitis_b", None),            # not a known carrier
    ("体检查出脂肪肝，平时要注意什么", set(), "alcoholic_hepatitis", "routine"),
    ("酒精肝，这几天眼睛黄了", {"jaundice"}, "alcoholic_hepatitis", None),
    ("我老婆有癫痫病吃什么药比较好？", set(), "epilepsy", "routine"),
    ("我老婆有癫痫病，刚才又抽了", {"seizure"}, "epilepsy", None),
])
def test_a_known_chronic_condition_without_a_flare_counts_as_routine(kb, text, present, condition, level):
    """NICE CG165 / NG50 / NG217: a question about living with known chronic hepatitis B, fatty liver or epilepsy is
    for the GP or the specialist; a flare, decompensation or a fit keeps the condition's own level."""
    assert safety.settled_by_note(kb, text, present).get(condition) == level


@pytest.mark.parametrize("present, denied, lead, level", [
    ({"hives", "generalised_itching"}, {"lip_tongue_swelling", "dizziness"}, "urticaria", "routine"),
    ({"itchy_rash"}, {"shortness_of_breath"}, "anaphylaxis", "urgent"),
    ({"hives", "wheeze"}, {"lip_tongue_swelling"}, "urticaria", None),
    ({"hives", "low_blood_pressure"}, {"lip_tongue_swelling"}, "urticaria", None),
    ({"hives"}, set(), "urticaria", None),
    # two of its hallmarks denied: routine even when it leads ("welts ... no lip or tongue swelling, breathing fine")
    ({"hives", "generalised_itching"}, {"lip_tongue_swelling", "shortness_of_breath"}, "anaphylaxis", "routine"),
])
def test_anaphylaxis_in_a_note_that_denies_its_signs(kb, present, denied, lead, level):
    """RCUK 2021 / NICE CKS urticaria: hives with no airway, breathing or circulation problem, some of them denied,
    is acute urticaria; any such sign keeps anaphylaxis an emergency."""
    assert safety.settled_by_note(kb, "", present, denied, lead).get("anaphylaxis") == level


@pytest.mark.parametrize("present, denied, lead, level", [
    ({"back_pain_radiating_leg"}, {"bladder_bowel_dysfunction"}, "sciatica", "routine"),
    ({"low_back_pain"}, {"saddle_anaesthesia"}, "low_back_pain", "routine"),
    ({"back_pain_radiating_leg"}, {"bladder_bowel_dysfunction"}, "cauda_equina_syndrome", "urgent"),
    ({"back_pain_radiating_leg", "bilateral_sciatica"}, {"bladder_bowel_dysfunction"}, "sciatica", None),
    ({"back_pain_radiating_leg", "saddle_anaesthesia"}, {"bladder_bowel_dysfunction"}, "sciatica", None),
    ({"back_pain_radiating_leg"}, set(), "sciatica", None),                         # nothing denied
])
def test_cauda_equina_in_a_note_that_denies_its_hallmarks(kb, present, denied, lead, level):
    """NICE CKS sciatica: cauda equina is referred immediately on its signs; a note that says bladder and bowels are
    normal (or denies saddle numbness) and reads none of them counts it as routine (urgent when it leads)."""
    assert safety.settled_by_note(kb, "", present, denied, lead).get("cauda_equina_syndrome") == level


@pytest.mark.parametrize("present, denied, settled", [
    ({"unilateral_leg_swelling", "recent_surgery"}, {"shortness_of_breath", "chest_pain"}, True),
    ({"unilateral_leg_swelling"}, {"shortness_of_breath", "pleuritic_chest_pain"}, True),
    ({"unilateral_leg_swelling"}, {"shortness_of_breath"}, False),                  # chest pain not denied
    ({"unilateral_leg_swelling", "tachycardia"}, {"shortness_of_breath", "chest_pain"}, False),
    ({"unilateral_leg_swelling", "haemoptysis"}, {"shortness_of_breath", "chest_pain"}, False),
    ({"unilateral_leg_swelling", "shortness_of_breath"}, {"chest_pain"}, False),
])
def test_a_pe_in_a_note_that_denies_its_symptoms_counts_as_urgent(kb, present, denied, settled):
    """NICE NG158: a swollen leg with breathlessness and chest pain denied and no other sign of a PE is a suspected DVT
    (urgent); any sign of a PE keeps it an emergency."""
    got = safety.settled_by_note(kb, "", present, denied)
    assert (got.get("pulmonary_embolism") == "urgent") is settled


@pytest.mark.parametrize("found, age, raised", [
    (["holding_arm_against_body"], 2, True),
    (["unable_to_move_joint"], 7, True),
    (["holding_arm_against_body"], 40, False),
])
def test_a_child_who_will_not_use_an_arm_is_seen_the_same_day(kb, found, age, raised):
    """NHS 'Pulled elbow': a child who will not use an arm after a pull or a fall is seen the same day."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in found], age, frozenset())}
    assert (("child_not_using_arm", "urgent") in rules) is raised


@pytest.mark.parametrize("found, age, flags, rule, level", [
    (["watery_diarrhoea", "recent_antibiotic_use"], 76, (), "diarrhoea_after_antibiotics", "urgent"),
    (["watery_diarrhoea", "recent_antibiotic_use"], 30, (), "diarrhoea_after_antibiotics", None),
    (["watery_diarrhoea"], 76, (), "diarrhoea_after_antibiotics", None),
    (["red_patch_white_of_eye"], 70, ("anticoagulant",), "eye_bleed_on_anticoagulant", "routine"),
    (["red_patch_white_of_eye"], 70, (), "eye_bleed_on_anticoagulant", None),
    (["ascites"], 55, ("liver_disease",), "liver_disease_decompensation", "urgent"),
    (["abdominal_distension"], 55, (), "liver_disease_decompensation", None),
    (["chest_pain", "orthopnoea"], 28, (), "chest_pain_lying_flat", "emergency"),
    (["chest_pain"], 28, (), "chest_pain_lying_flat", None),
])
def test_rules_from_blind_set_t(kb, found, age, flags, rule, level):
    """NICE NG199 (C. difficile after antibiotics from 65), CKS subconjunctival haemorrhage (INR on warfarin), NG50
    (decompensated cirrhosis), ESC (chest pain with orthopnoea): set T's four under-triaged notes."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention(f) for f in found], age,
                                                                frozenset(flags))}
    assert rules.get(rule) == level


@pytest.mark.parametrize("text, gone", [
    ("Fever broke this morning and now she's covered in little pink spots", True),
    ("high temps for 3 days then the fever went and now a pink rash", True),
    ("今天烧刚退，身上出了好多小红点点", True),
    ("患儿发热3天，热退后出疹1天", True),
    ("temp 39.5, came down with calpol but back up now", False),
    ("吃了美林烧退了，一会儿又烧起来", False),
    ("fever 39 since yesterday", False),
])
def test_a_fever_that_went_by_itself(text, gone):
    assert safety.fever_gone(text) is gone


def test_an_infants_fever_that_has_gone_is_not_urgent_from_3_months(kb):
    """Roseola's course (NICE CKS): the fever goes, then the rash; under 3 months a fever stays an emergency."""
    fever = [_mention("high_fever")]
    older = "宝宝10个月，高烧三天了，今天烧刚退，身上出了小红点"
    assert not any(r.rule == "infant_fever" for r in safety.context_red_flags(kb, fever, 0, frozenset(), text=older))
    still = "宝宝10个月，高烧三天了，吃了美林也不退"
    assert any(r.rule == "infant_fever" for r in safety.context_red_flags(kb, fever, 0, frozenset(), text=still))
    young = "6 week old baby, fever 38.3 yesterday, fever went this morning"
    assert any(r.rule == "young_infant_fever" and r.level == "emergency"
               for r in safety.context_red_flags(kb, fever, 0, frozenset(), months=1.4, text=young))


@pytest.mark.parametrize("text, overused", [
    ("I'm not using my blue inhaler any more than usual", False),
    ("my inhaler no more than normal", False),
    ("using my blue inhaler more than usual", True),
])
def test_a_reliever_used_no_more_than_usual_is_not_overuse(text, overused):
    assert bool(safety.RELIEVER_OVERUSE.search(text)) is overused


@pytest.mark.parametrize("condition, text, said", [
    ("nasal_foreign_body", "toddler pushed a bead up his nose", True),
    ("nasal_foreign_body", "孩子把纽扣塞进鼻子里了", True),
    ("nasal_foreign_body", "Nosebleed from the left nostril, stopped after 10 minutes of pinching", False),
])
def test_a_foreign_body_in_the_nose_needs_the_object(condition, text, said):
    assert bool(safety.SIGNS_NEEDED[condition][1].search(text)) is said


@pytest.mark.parametrize("text, named", [
    ("splashed oven cleaner in my eye", True), ("眼睛里溅进了84消毒液", True),
    ("my son's eyes are red and itchy every spring", False), ("眼睛酸痛发红", False),
])
def test_a_chemical_eye_injury_needs_the_chemical(text, named):
    assert bool(safety.EXPOSURE_NAMED["chemical_eye_injury"].search(text)) is named



@pytest.mark.parametrize("present, lead, level", [
    ({"throbbing_headache", "visual_aura", "photophobia", "vomiting"}, "acute_angle_closure_glaucoma", "urgent"),
    ({"headache", "vomiting"}, "migraine", "routine"),
    ({"headache", "vomiting", "eye_pain"}, "acute_angle_closure_glaucoma", None),
    ({"headache", "red_eye", "halos_around_lights"}, "migraine", None),
    ({"headache", "blurred_vision"}, "acute_angle_closure_glaucoma", None),
    ({"throbbing_headache", "visual_aura", "visual_disturbance", "nausea"}, "acute_angle_closure_glaucoma", "urgent"),
    ({"headache", "visual_aura", "eye_pain"}, "acute_angle_closure_glaucoma", None),
])
def test_angle_closure_glaucoma_with_no_sign_in_the_eye(kb, present, lead, level):
    """NICE CKS glaucoma: acute angle closure is a painful red eye with blurred vision and haloes; a headache with
    vomiting and a migraine's aura and no eye sign (set U) was an emergency by glaucoma alone."""
    assert safety.settled_by_note(kb, "", present, set(), lead).get("acute_angle_closure_glaucoma") == level


@pytest.mark.parametrize("present, lead, level", [
    ({"sore_throat", "fever", "cough"}, "acute_epiglottitis", "urgent"),      # a Covid-positive adult's cold
    ({"sore_throat", "fever", "cough"}, "viral_pharyngitis", "routine"),
    ({"sore_throat", "high_fever", "drooling"}, "acute_epiglottitis", None),
    ({"sore_throat", "muffled_voice"}, "peritonsillar_abscess", None),
    ({"sore_throat", "fever", "stridor"}, "croup", None),
    ({"sore_throat", "difficulty_swallowing"}, "acute_epiglottitis", None),
    ({"sore_throat", "fever", "shortness_of_breath"}, "acute_epiglottitis", None),
])
def test_epiglottitis_with_none_of_its_airway_signs(kb, present, lead, level):
    """NICE CKS sore throat: epiglottitis shows itself in the airway (drooling, a muffled voice, stridor, unable to
    swallow, breathless); a sore throat with fever and cough and none of those (set AB) was an emergency by it."""
    assert safety.settled_by_note(kb, "", present, set(), lead).get("acute_epiglottitis") == level


@pytest.mark.parametrize("present, settled", [
    ({"visual_aura", "flashing_lights", "throbbing_headache"}, True),
    ({"visual_aura", "flashing_lights", "headache", "new_floaters"}, False),
    ({"visual_aura", "flashing_lights", "headache", "curtain_over_vision"}, False),
    ({"flashing_lights", "headache"}, False),           # no aura: flashes are the tear's
    ({"visual_aura", "flashing_lights"}, False),        # no headache
])
def test_flashing_lights_that_are_a_migraines_aura(kb, present, settled):
    """NICE CKS migraine (typical aura) and CKS retinal detachment: zigzag lights with a headache and none of a tear's
    own signs count a retinal detachment as urgent, not an emergency."""
    got = safety.settled_by_note(kb, "", present, set(), "migraine")
    assert (got.get("retinal_detachment") == "urgent") is settled


def test_a_settled_condition_is_named_at_the_level_it_counted_at(kb):
    level, named = safety.triage_from_differential(
        kb, {"acute_angle_closure_glaucoma": 0.4, "migraine": 0.6}, settled={"acute_angle_closure_glaucoma": "urgent"})
    assert level == "urgent" and [(n.condition, n.level) for n in named] == [("acute_angle_closure_glaucoma", "urgent")]


@pytest.mark.parametrize("text, raised", [
    ("My 6 year old has slapped cheeks and a lacy rash. I'm 16 weeks pregnant and a bit worried.", True),
    ("孩子脸红得像被打了一样，我怀孕4个月了", True),
    ("My 6 year old has slapped cheeks and a lacy rash, she's well in herself", False),
])
def test_slapped_cheek_with_a_pregnant_woman_in_contact(kb, text, raised):
    """UKHSA viral rash in pregnancy / NICE CKS parvovirus B19: a pregnant contact tells her midwife promptly (set V's
    under-triaged note: self-care for a child whose mother was 16 weeks pregnant)."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention("slapped_cheek_rash")], 6, frozenset(),
                                                                text=text)}
    assert (rules.get("slapped_cheek_pregnant_contact") == "routine") is raised


@pytest.mark.parametrize("present, lead, level", [
    ({"tingling_feet", "absent_reflexes", "diabetes_history"}, "peripheral_neuropathy", "routine"),
    ({"tingling_feet", "absent_reflexes"}, "guillain_barre_syndrome", "urgent"),
    ({"tingling_feet", "leg_weakness"}, "guillain_barre_syndrome", None),
    ({"tingling_feet", "unsteady_gait"}, "peripheral_neuropathy", None),
])
def test_guillain_barre_without_weakness(kb, present, lead, level):
    """NICE CKS: GBS is a weakness rising over days to weeks; numb burning feet with absent ankle jerks and no weakness
    (a diabetic's neuropathy of 8 months, set V) was an emergency by GBS alone."""
    assert safety.settled_by_note(kb, "", present, set(), lead).get("guillain_barre_syndrome") == level


@pytest.mark.parametrize("text, settled", [
    ("rolled my ankle inward playing basketball 2 hrs ago. I walked off the court and can put weight on it though it "
     "hurts. No pain when I press on the bony bits at the back of the ankle or the side of my foot, didn't hear a crack, "
     "foot isn't numb or cold", True),
    ("rolled my ankle, can put weight on it, heard a crack", False),
    ("rolled my ankle at 5 a side, can walk on it but limping. pressed on the bones and they dont hurt", True),
    ("rolled my ankle, can walk on it, the bones hurt when I press", False),    # bony tenderness: an X-ray
])
def test_a_turned_ankle_with_the_ottawa_points_not_tender(kb, text, settled):
    """Ottawa ankle rules (NICE CKS sprains and strains): bearing weight with no bony tenderness needs no X-ray."""
    assert (safety.settled_by_note(kb, text).get("ankle_fracture") == "routine") is settled


@pytest.mark.parametrize("age, raised", [(78, True), (65, True), (40, False)])
def test_little_urine_at_65_or_older(kb, age, raised):
    """NICE NG148: passing little urine in an acute illness at 65 or older (a 78-year-old on diuretics with 3 days of
    diarrhoea, set X) is an acute kidney injury risk checked the same day."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention("reduced_urine_output")], age, frozenset())}
    assert (rules.get("little_urine_at_65") == "urgent") is raised


@pytest.mark.parametrize("present, text, rule", [
    ({"abdominal_distension"}, "乙肝二十多年一直没怎么管，最近肚子越来越大", "ascites_in_liver_disease"),
    ({"ascites"}, "known alcoholic liver disease, belly swelling up over 2 weeks", "ascites_in_liver_disease"),
    ({"abdominal_distension"}, "bloated after meals for months, IBS", None),
    ({"fever", "diabetes_history"}, "type 2 diabetic, fever and aches since yesterday", "fever_at_risk"),
    ({"fever", "known_heart_disease"}, "heart failure, now a temperature", "fever_at_risk"),
    ({"fever"}, "fever and aches since yesterday", None),
])
def test_ascites_in_liver_disease_and_a_fever_at_risk(kb, present, text, rule):
    """BSG 2020 / NICE NG50: new ascites in liver disease is seen the same day; NICE CKS influenza / UKHSA: a fever
    with diabetes, heart disease or a weak immune system is seen by a doctor (a diabetic with heart failure and flu
    was self-care, set AC)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], 50, frozenset(), text=text)}
    assert got & {"ascites_in_liver_disease", "fever_at_risk"} == ({rule} if rule else set())


@pytest.mark.parametrize("present, age, rule", [
    ({"excessive_sweating", "nausea", "diabetes_history"}, 58, "acs_equivalent_diabetic"),
    ({"excessive_sweating", "exertional_dyspnoea", "diabetes_history"}, 45, "acs_equivalent_diabetic"),
    ({"cold_sweat", "shortness_of_breath"}, 79, "acs_equivalent_older"),
    ({"excessive_sweating", "nausea"}, 58, None),                              # not diabetic, under 65
    ({"excessive_sweating", "nausea", "diabetes_history"}, 30, None),          # under 40
    ({"excessive_sweating", "diabetes_history"}, 70, None),                    # a sweat alone
    ({"excessive_sweating", "shortness_of_breath", "fever", "cough"}, 80, None),   # a chest infection's sweat
    ({"excessive_sweating", "nausea", "low_blood_glucose", "diabetes_history"}, 70, None),   # a hypo's
])
def test_a_heart_attack_without_chest_pain(kb, present, age, rule):
    """ESC 2023 ACS and NICE CG95: sweating with breathlessness, sickness or jaw pain is an anginal equivalent in a
    diabetic or an older patient ("58F diabetic, SOB on exertion, diaphoresis, nausea, jaw ache, no CP" was urgent)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], age, frozenset())
           if r.level == "emergency"}
    assert got & {"acs_equivalent_diabetic", "acs_equivalent_older"} == ({rule} if rule else set())


@pytest.mark.parametrize("text, settled", [
    ("8 weeks pregnant, light pink spotting, scan last week showed baby in uterus with heartbeat", True),
    ("怀孕9周了，上周B超看到胎心胎芽了。今天内裤上有一点点褐色的分泌物", True),
    ("IVF pregnancy, 7 weeks, scan showed heartbeat, now one-sided pain", False),   # heterotopic risk after IVF
    ("8 weeks pregnant, bleeding and one-sided pain, no scan yet", False),
    ("停经48天，阴道少量流血3天，下腹痛2小时。尿hCG阳性，经阴道B超宫内未见孕囊，盆腔积液。", False),
    ("6 weeks pregnant, scan showed nothing in the womb, pain on the right", False),
])
def test_an_ectopic_in_a_note_whose_scan_showed_the_pregnancy_in_the_womb(kb, text, settled):
    """NICE NG126: a pregnancy seen in the uterus makes an ectopic very unlikely (heterotopic pregnancy, rare, after IVF
    aside): it counts as urgent, so early-pregnancy bleeding stays urgent, not an emergency by the ectopic alone."""
    assert (safety.settled_by_note(kb, text).get("ectopic_pregnancy") == "urgent") is settled


@pytest.mark.parametrize("age, raised", [(4, True), (9, True), (10, False), (35, False)])
def test_a_new_limp_in_a_child_is_seen_the_same_day(kb, age, raised):
    """NICE CKS acute childhood limp (same day under 3, with a fever or not bearing weight), broader on purpose: blind
    writers split over transient synovitis (3 urgent, 7 routine) and a note cannot exclude septic arthritis."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention("limp")], age, frozenset())}
    assert (rules.get("child_new_limp") == "urgent") is raised


@pytest.mark.parametrize("text, raised", [
    ("I've had the runs for about five weeks, going about eight times a day, and there's been blood", True),
    ("拉肚子一个月了，一天拉七八次，带血", True),
    ("loose stools twice a day with a little blood on the paper", False),
])
def test_bloody_diarrhoea_six_or_more_times_a_day(kb, text, raised):
    """Truelove and Witts, NICE NG130 / CKS ulcerative colitis: six or more bloody stools a day is a severe flare."""
    found = [_mention("rectal_bleeding"), _mention("diarrhoea")]
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, found, 23, frozenset(), text=text)}
    assert (rules.get("bloody_diarrhoea_six_a_day") == "urgent") is raised


def test_ibuprofen_is_withheld_under_3_months(kb):
    """BNF for Children: ibuprofen for pain and fever from 3 months (and 5 kg); the flag comes only from an age in
    weeks or months written in the note."""
    allowed, withheld = safety.filter_medications(kb, ["paracetamol", "ibuprofen"], {"age_under_2", "age_under_3_months"})
    assert allowed == ["paracetamol"] and [w.medication for w in withheld] == ["ibuprofen"]
    assert safety.filter_medications(kb, ["ibuprofen"], {"age_under_2"})[0] == ["ibuprofen"]


@pytest.mark.parametrize("present, age, pregnant, level", [
    ({"fainting", "presyncope_warning", "rapid_recovery", "loss_of_consciousness"}, 19, False, "urgent"),
    ({"fainting", "presyncope_warning", "rapid_recovery", "loss_of_consciousness", "palpitations"}, 19, False, "emergency"),
    ({"fainting", "presyncope_warning", "rapid_recovery", "loss_of_consciousness", "head_injury"}, 19, False, "emergency"),
    ({"fainting", "rapid_recovery", "loss_of_consciousness"}, 19, False, "emergency"),        # no warning before it
    ({"fainting", "presyncope_warning", "rapid_recovery", "loss_of_consciousness"}, 70, False, "emergency"),
    ({"fainting", "presyncope_warning", "rapid_recovery", "loss_of_consciousness"}, 30, True, "emergency"),
    ({"fainting", "presyncope_warning", "rapid_recovery", "loss_of_consciousness"}, None, False, "emergency"),
])
def test_an_uncomplicated_faint_is_seen_the_same_day(present, age, pregnant, level):
    """NICE CG109: a faint with its posture, trigger and prodrome and a quick recovery is uncomplicated ("19F fainted in a
    queue on a hot day ... LOC <30s ... came round quickly" was an emergency); exertion, no warning, palpitations, an
    injury, pregnancy or age 65 and over keep the loss of consciousness an emergency."""
    flags = [safety.RedFlag("loss_of_consciousness", "emergency", "LOC", 0, 3)]
    settled = safety.settle_simple_faint(flags, present, age, pregnant)
    assert [f.level for f in settled] == [level]
    assert (settled[0].rule == "simple_faint") is (level == "urgent")


@pytest.mark.parametrize("present, flags, text, rule", [
    ({"vomiting", "diarrhoea"}, {"kidney_disease"}, "sick 4 times and diarrhoea, kidney disease stage 3",
     "vomiting_diarrhoea_kidney_disease"),
    ({"vomiting", "diarrhoea"}, set(), "sick 4 times and diarrhoea", None),
    ({"sore_throat", "loss_of_smell"}, {"pregnant"}, "tested positive on a lateral flow, 28 weeks pregnant",
     "covid_in_pregnancy"),
    ({"sore_throat", "cough"}, {"pregnant"}, "sore throat and cough, 28 weeks pregnant", None),   # no COVID named
    ({"sore_throat", "cough"}, set(), "covid positive, sore throat and cough", None),
])
def test_sick_days_in_kidney_disease_and_covid_in_pregnancy(kb, present, flags, text, rule):
    """UK Kidney Association sick day guidance / NICE NG148: vomiting or diarrhoea in kidney disease is seen (which
    medicines to pause); RCOG: COVID-19 in pregnancy is told to the maternity team (both had been self-care, set AH)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], 30, frozenset(flags), text=text)}
    assert got & {"vomiting_diarrhoea_kidney_disease", "covid_in_pregnancy"} == ({rule} if rule else set())


@pytest.mark.parametrize("present, age, months, rule", [
    ({"fever"}, 87, None, "fever_from_65"),
    ({"fever"}, 50, None, None),
    ({"paroxysmal_cough_whoop"}, 0, 4, "whooping_cough_young_infant"),
    ({"paroxysmal_cough_whoop"}, 0, 8, None),
    ({"blisters", "burn_injury"}, 1, None, "blistering_burn_young_child"),
    ({"blisters", "burn_injury"}, 30, None, None),
    ({"blisters"}, 1, None, None),                                        # blisters with no burn: chickenpox, HFMD
    ({"reduced_urine_output", "watery_diarrhoea"}, 0, 6, "infant_dehydration"),
    ({"reduced_urine_output", "watery_diarrhoea"}, 4, None, None),
    ({"dry_mouth"}, 0, 6, None),                                          # no diarrhoea or vomiting
])
def test_fever_from_65_a_young_infants_whooping_cough_and_a_toddlers_blistering_scald(kb, present, age, months, rule):
    """UKHSA / NICE CKS influenza: 65 and over are at risk (an 87-year-old's flu was self-care); NICE CKS whooping
    cough: under 6 months to hospital the same day; NICE CKS burns: a young child's blistering scald is seen the same
    day (all three from set AJ)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], age, frozenset(), months)}
    rules = {"fever_from_65", "whooping_cough_young_infant", "blistering_burn_young_child", "infant_dehydration"}
    assert got & rules == ({rule} if rule else set())


@pytest.mark.parametrize("present, text, rule", [
    ({"nausea", "dizziness"}, "Got bitten on the ankle by a snake while hiking, leg's swelling up, I feel sick and dizzy",
     "snake_bite"),
    ({"nausea"}, "被蛇咬了一口，现在恶心", "snake_bite"),
    ({"nausea", "dizziness"}, "feel sick and dizzy after a long run", None),
    ({"ankle_swelling"}, "an adder bit my ankle on the path, it's swelling", "snake_bite"),
    ({"ankle_swelling"}, "blue veins on both legs like snakes, the ankles swell a little in the evening", None),
])
def test_a_snake_bite_goes_to_the_emergency_department(kb, present, text, rule):
    """NHS 'Snake bites' / TOXBASE: the knowledge base has no snake bite, so the rule reads the note (an envenomation
    had been an emergency only through a diabetic ketoacidosis in its tail, which now needs a sign of diabetes)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], 39, frozenset(), text=text)}
    assert ("snake_bite" in got) is (rule == "snake_bite")


@pytest.mark.parametrize("present, flags, text, rule", [
    ({"sore_throat", "runny_nose"}, {"methotrexate"}, "Tested positive for covid yesterday, on methotrexate",
     "covid_immunosuppressed"),
    ({"sore_throat", "fever"}, set(), "新冠抗原阳性，长期吃激素，免疫力低", None),   # no immunosuppression finding given
    ({"sore_throat", "runny_nose"}, {"methotrexate"}, "sore throat and runny nose, on methotrexate", None),
])
def test_covid_in_someone_on_methotrexate_is_assessed_for_an_antiviral(kb, present, flags, text, rule):
    """NICE TA878 / NHS England: people on immunosuppressants are assessed for COVID-19 antivirals within 5 days (set
    AQ: "tested positive for covid ... on methotrexate ... am I eligible for the antiviral?" was self-care)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], 68, frozenset(flags), text=text)}
    assert ("covid_immunosuppressed" in got) is (rule == "covid_immunosuppressed")


def test_covid_with_a_weakened_immune_system_is_assessed_too(kb):
    got = {r.rule for r in safety.context_red_flags(kb, [_mention("fever"), _mention("immunosuppression")], 50,
                                                    frozenset(), text="covid positive, on chemo")}
    assert "covid_immunocompromised" in got


@pytest.mark.parametrize("text, settled", [
    ("Nosebleed this morning, Mum 77 on apixaban, pressed it 10 mins and it stopped. None since. Otherwise well.", True),
    ("nosebleed on warfarin, pressed it and it stopped", False),                  # warfarin: check the INR
    ("nosebleed on apixaban, it has not stopped after 20 mins of pressure", False),
    ("nosebleeds again today on rivaroxaban, it stopped with pressure", False),   # recurrent
    ("on apixaban, nosebleed stopped, and some blood in my wee", False),          # other bleeding
])
def test_one_nosebleed_that_stopped_on_a_doac_is_first_aid(kb, text, settled):
    """NICE CKS epistaxis: one nosebleed that stopped with pressure on a DOAC is first aid and safety-netting (set AQ:
    it was urgent); warfarin, recurrence, a bleed that goes on or bleeding elsewhere keep the same-day rule."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention("nosebleed")], 77, frozenset({"anticoagulant"}),
                                                    text=text)}
    assert ("anticoagulated_bleeding" not in got) is settled


@pytest.mark.parametrize("present, level", [
    ({"fainting", "presyncope_warning", "rapid_recovery", "slow_pulse"}, "emergency"),
    ({"fainting", "presyncope_warning", "rapid_recovery"}, None),
])
def test_a_faint_with_a_slow_pulse_is_an_emergency(kb, present, level):
    """Resuscitation Council UK bradycardia algorithm: syncope is an adverse feature (set P: a complete heart block's
    faint with 'HR 36次/分' and a quick recovery read as a simple faint, urgent)."""
    got = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in present], 78, frozenset())}
    assert (("faint_with_slow_pulse", "emergency") in got) is (level == "emergency")
    assert safety.settle_simple_faint([safety.RedFlag("loss_of_consciousness", "emergency", "LOC", 0, 3)],
                                      present | {"loss_of_consciousness"}, 19, False)[0].level == (
        "emergency" if "slow_pulse" in present else "urgent")


def test_no_ruptured_aortic_aneurysm_in_a_child(kb):
    """A 12-year-old's ovarian torsion and a 19-year-old's faint had a ruptured AAA in their top three."""
    assert "ruptured_abdominal_aortic_aneurysm" in safety.impossible_for(kb, 12, "F", False)
    assert "ruptured_abdominal_aortic_aneurysm" not in safety.impossible_for(kb, 70, "M", False)


@pytest.mark.parametrize("present, text, rule", [
    ({"rash"}, "因为痛风医生给开了别嘌醇，吃了大概两周，这三天身上开始起红疹子", True),
    ({"maculopapular_rash"}, "started lamotrigine 3 weeks ago, now a red rash on my chest", True),
    ({"rash"}, "itchy rash on my arms after gardening", False),
])
def test_a_rash_on_allopurinol_or_an_antiepileptic_is_seen_the_same_day(kb, present, text, rule):
    """BNF / MHRA: allopurinol is stopped at the first rash, and a rash early on lamotrigine, carbamazepine or phenytoin
    may be Stevens-Johnson syndrome or DRESS (set AT: an allopurinol rash with a fever was routine)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], 39, frozenset(), text=text)}
    assert ("rash_on_high_risk_drug" in got) is rule


@pytest.mark.parametrize("present, denied, settled", [
    ({"limp", "groin_pain", "joint_swelling"}, {"fever"}, True),
    ({"limp", "hot_red_joint"}, {"fever"}, False),            # a hot joint keeps it an emergency
    ({"limp", "joint_swelling"}, set(), False),                # a fever not denied
    ({"limp", "high_fever"}, {"fever"}, False),
])
def test_a_septic_joint_without_a_fever_or_a_hot_joint_is_urgent(kb, present, denied, settled):
    """NICE CKS limp in children / Kocher: set AT's transient synovitis ("体温正常，精神好 ... 髋关节有少量积液") was an
    emergency through septic arthritis at 19%."""
    got = safety.settled_by_note(kb, "", present, denied)
    assert (got.get("septic_arthritis") == "urgent") is settled


@pytest.mark.parametrize("present, raised", [
    ({"right_lower_quadrant_pain", "vomiting", "known_ovarian_cyst"}, True),
    ({"right_lower_quadrant_pain", "vomiting"}, False),
    ({"known_ovarian_cyst", "bloating"}, False),
])
def test_sudden_pelvic_pain_with_a_known_ovarian_cyst_is_an_emergency(kb, present, raised):
    """RCOG / NICE CKS: torsion until shown otherwise (set P's "既往B超示右卵巢囊肿5cm ... 跳绳后突发右下腹剧烈绞痛" was urgent,
    led by appendicitis, once the cyst was read)."""
    got = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in present], 24, frozenset())}
    assert (("pelvic_pain_with_ovarian_cyst", "emergency") in got) is raised


@pytest.mark.parametrize("present, rule, level", [
    ({"headache", "nausea", "co_exposure_source"}, "carbon_monoxide_source", "emergency"),
    ({"headache", "better_away_from_home"}, "carbon_monoxide_pattern", "urgent"),
    ({"hallucinations", "stopped_drinking_recently"}, "alcohol_withdrawal_delirium", "emergency"),
    ({"hallucinations"}, None, None),
])
def test_carbon_monoxide_and_withdrawal_delirium(kb, present, rule, level):
    """UKHSA / NHS: symptoms with a faulty boiler are carbon monoxide until a COHb says otherwise (set AV: "boiler service
    is overdue ... flame yellow" was routine); NICE CG100: delirium tremens is an emergency (set AV: urgent)."""
    got = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in present], 40, frozenset())}
    rules = {"carbon_monoxide_source", "carbon_monoxide_pattern", "alcohol_withdrawal_delirium"}
    assert {g for g in got if g[0] in rules} == ({(rule, level)} if rule else set())


@pytest.mark.parametrize("present, flags, rule, level", [
    ({"vesicular_crops"}, {"pregnant"}, "chickenpox_in_pregnancy", "urgent"),
    ({"vesicular_crops"}, set(), None, None),
    ({"maculopapular_rash", "low_grade_fever"}, {"pregnant"}, "rash_illness_in_pregnancy", "urgent"),
    ({"maculopapular_rash"}, {"pregnant"}, None, None),                   # a rash alone (pityriasis rosea): not this rule
    ({"high_fever", "myalgia"}, {"pregnant"}, "fever_in_pregnancy", "urgent"),
    ({"high_fever", "myalgia"}, set(), None, None),
    ({"delusions", "aggressive_behaviour"}, set(), "psychosis_with_violence", "emergency"),
    ({"delusions"}, set(), None, None),
    ({"pressured_speech", "recent_childbirth"}, set(), "postpartum_psychosis", "emergency"),
    ({"orthopnoea", "recent_childbirth"}, set(), "breathless_lying_flat_after_birth", "emergency"),
    ({"orthopnoea"}, set(), None, None),
])
def test_rules_of_the_fifth_session_of_2026_12_04(kb, present, flags, rule, level):
    """RCOG GTG 13 (chickenpox in pregnancy), UKHSA viral rash in pregnancy, RCOG GTG 64a / NICE NG51 (fever in
    pregnancy), NICE NG10 / CG178 (psychosis with violence), NICE CG192 (postpartum psychosis, mania included), ESC HFA
    2019 (peripartum cardiomyopathy): from the blind sets BA and BD (a pregnant woman's flu at 39.1 was self-care, her
    chickenpox at 23 weeks self-care, a methamphetamine psychosis with a kitchen knife urgent)."""
    got = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in present], 30, frozenset(flags))}
    new = {"chickenpox_in_pregnancy", "rash_illness_in_pregnancy", "fever_in_pregnancy", "psychosis_with_violence",
           "postpartum_psychosis", "breathless_lying_flat_after_birth"}
    assert {g for g in got if g[0] in new} == ({(rule, level)} if rule else set())


@pytest.mark.parametrize("text, present, condition, level", [
    ("51岁，月经半年没来了，潮热出汗。测过没怀孕。", {"missed_period", "hot_flushes"}, "ectopic_pregnancy", "routine"),
    ("period late, pregnancy test negative x2, lower tummy ache", {"lower_abdominal_pain"}, "ectopic_pregnancy", "routine"),
    ("period late, pregnancy test positive, lower tummy ache", {"lower_abdominal_pain"}, "ectopic_pregnancy", None),
    ("吃了复方新诺明，今天全身起了红色的小疹子，很痒。嘴里和眼睛都没事", {"rash_after_new_drug"},
     "stevens_johnson_syndrome", "urgent"),
    ("on lamotrigine, rash and mouth ulcers, eyes red", {"rash_after_new_drug", "mouth_ulcers", "red_eye"},
     "stevens_johnson_syndrome", None),
    # (a mouth's ulcers alone, no new medicine and no skin or eye sign: routine; set FI)
    ("ever since I was young I get small painful white ulcers inside my lip. no new medicines", {"mouth_ulcers"},
     "stevens_johnson_syndrome", "routine"),
    ("started allopurinol, now mouth ulcers", {"mouth_ulcers", "new_medication"}, "stevens_johnson_syndrome", None),
    ("顺产后第3天，左眼白眼珠一大片鲜红", {"recent_childbirth", "red_patch_white_of_eye"}, "miscarriage", "routine"),
    ("顺产后第3天，头痛，看东西模糊", {"recent_childbirth", "headache", "blurred_vision"}, "pre_eclampsia", None),
    ("I'm 34, migraines since 15, zigzag lights then a pounding headache. On the combined pill",
     {"visual_aura", "throbbing_headache", "oral_contraceptive_use"}, "pre_eclampsia", "urgent"),
    ("偏头痛多年，血压也高", {"headache", "hypertension_history"}, "pre_eclampsia", "urgent"),
    ("32 weeks pregnant, headache and flashing lights", {"headache", "flashing_lights"}, "pre_eclampsia", None),
])
def test_a_negative_pregnancy_test_and_a_drug_rash_without_sjs_signs_settle(kb, text, present, condition, level):
    """NICE NG126: a negative pregnancy test excludes an ectopic pregnancy; BAD 2016: SJS is mucosal involvement and
    skin detachment - without them a drug rash is seen the same day, not an emergency by SJS's prior alone."""
    assert safety.settled_by_note(kb, text, present).get(condition) == level


@pytest.mark.parametrize("text, rule", [
    ("70M smoker COPD more SOB green sputum 3d", "copd_exacerbation_purulent"),
    ("慢阻肺十年，这几天咳黄脓痰", "copd_exacerbation_purulent"),
    ("cough with green sputum 3 days, otherwise well", None),
])
def test_a_copd_flare_with_purulent_sputum_is_seen_the_same_day(kb, text, rule):
    """NICE NG114 / NG115 (set BI: "70M smoker COPD more SOB green sputum 3d" was routine)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention("discoloured_sputum")], 70, frozenset(), text=text)}
    assert ("copd_exacerbation_purulent" in got) is (rule is not None)


def test_late_pregnancy_conditions_keep_their_level_when_the_form_says_pregnant(kb):
    """The form's pregnancy box keeps pre-eclampsia an emergency in a note that says nothing of the pregnancy."""
    text, present = "headache and blurred vision since this morning", {"headache", "blurred_vision"}
    assert safety.settled_by_note(kb, text, present).get("pre_eclampsia") == "urgent"
    assert safety.settled_by_note(kb, text, present, pregnant=True).get("pre_eclampsia") is None


@pytest.mark.parametrize("text, found, quiet", [
    ("known AF on apixaban, here for medication review, feels well", ["atrial_fibrillation_history"], True),
    ("type 2 diabetic, annual review, no complaints", ["diabetes_history"], True),
    ("高血压十年，来开药，无不适", ["hypertension_history"], True),
    ("asthmatic, needs a repeat prescription of her brown inhaler", ["inhaled_steroid_use"], True),
    ("had a TIA last week, feels fine now", ["transient_neuro_symptoms"], False),      # an event, not a review
    ("known AF, doesn't feel well", ["atrial_fibrillation_history"], False),            # denied
    ("房颤，余无不适", ["atrial_fibrillation_history"], False),                           # "otherwise": a part
    ("took 30 paracetamol last night, no complaints", ["paracetamol_overdose_ingestion"], False),   # no background
    ("medication review, chest pain since this morning", ["chest_pain"], False),
    ("AF on warfarin, no complaints", [], True),
])
def test_a_review_of_a_well_patient_is_no_current_complaint(text, found, quiet):
    """A note saying the patient is well now, with nothing read but the standing background, triages no higher than
    routine ("known AF on apixaban, here for medication review, feels well" was an emergency, a stroke at 95%)."""
    assert safety.no_current_complaint(text, set(found)) is quiet


@pytest.mark.parametrize("text, raised", [
    ("my INR is 7.2 this morning, no bleeding at all", True),
    ("on warfarin, INR >10 on the clinic's machine", True),
    ("INR was 5.4 at the anticoagulation clinic", True),
    ("华法林，今天查国际标准化比值7.2", True),
    ("INR 2.5, stable on warfarin", False),
    ("target INR 3.5 for his mechanical valve", False),
    ("INR range 2-3", False),
])
def test_an_inr_of_5_or_more_is_urgent_without_any_finding(kb, text, raised):
    """BNF warfarin / BSH 2011: an INR of 5 or more needs a same-day dose decision (withhold; over 8 vitamin K);
    the rule reads the note alone and names the anticoagulant at the words of the INR."""
    flags = [r for r in safety.context_red_flags(kb, [], 70, frozenset(), text=text) if r.rule == "high_inr"]
    assert bool(flags) is raised
    if raised:
        assert flags[0].level == "urgent" and flags[0].finding == "anticoagulant_use"
        assert text[flags[0].start:flags[0].end] == flags[0].phrase and "INR" in flags[0].phrase.upper() + "INR"


@pytest.mark.parametrize("text, present, warned", [
    ("migraine with aura, on the combined pill", {"visual_aura"}, True),
    ("zigzag lines then a throbbing headache, takes Microgynon", {"visual_aura", "headache"}, True),
    ("有先兆偏头痛，在吃优思明", {"visual_aura"}, True),
    ("zigzag lines then a throbbing headache, on the mini pill", {"visual_aura", "headache"}, False),
    ("migraine without aura, on the combined pill", {"headache"}, False),
])
def test_migraine_with_aura_on_combined_contraception_is_warned(text, present, warned):
    """FSRH UKMEC (2016, amended 2019): migraine with aura is UKMEC 4 for combined hormonal contraception."""
    assert safety.aura_on_combined_pill(text, present) is warned


@pytest.mark.parametrize("text, age, raised", [
    ("女，36岁。突发心悸1小时，伴轻度胸闷，心电图：窄QRS心动过速，心率196次/分", 36, True),
    ("palpitations since lunch, pulse 172 regular, chest feels tight", 40, True),
    ("palpitations since lunch, pulse 172 regular, otherwise fine", 40, False),      # no adverse feature
    ("palpitations, HR 110", 40, False),
    ("max HR 180 on the treadmill, palpitations after", 40, False),
    ("baby's heart racing, HR 160, chest tight", 0, False),    # an infant's 160 is no adult's
])
def test_a_heart_rate_of_150_or_more_is_an_emergency(kb, text, age, raised):
    """RCUK adult tachycardia algorithm / NEWS2: ongoing SVT at 196 a minute with chest tightness was urgent (set BR)."""
    found = [_mention("palpitations")] + ([_mention("chest_tightness")] if "胸闷" in text or "tight" in text else [])
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, found, age, frozenset(), text=text)}
    assert (rules.get("very_fast_heart_rate") == "emergency") is raised


@pytest.mark.parametrize("text, found, raised", [
    ("Sudden palpitations 40 min ago. Lightheaded, no CP, no syncope. HR 188 reg BP 104/68", ["palpitations", "dizziness"],
     True),
    ("palpitations since lunch, pulse 172 regular, otherwise fine", ["palpitations"], True),
    ("palpitations on and off this week, pulse 96 now", ["palpitations"], False),
    ("max HR 180 on the treadmill, palpitations after", ["palpitations"], False),
    ("sore throat, HR 160 in a 3 year old", ["sore_throat"], False),
])
def test_a_heart_rate_of_150_or_more_with_palpitations_now_is_urgent(kb, text, found, raised):
    """RCUK 2021 adult tachycardia algorithm: a sustained tachycardia of 150 or more is assessed with an ECG; an SVT at
    188 with light-headedness was routine (set BW). Urgent, not an emergency, without an adverse feature."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention(f) for f in found], 27, frozenset(),
                                                                text=text)}
    assert (rules.get("fast_heart_rate_now") == "urgent") is raised


@pytest.mark.parametrize("text, settled", [
    ("Inverted L ankle in match yesterday, could weight bear 4 steps straight away, now limping. Tender over ATFL. No "
     "bony tenderness posterior edge/tip of lat or med malleolus. Ottawa negative.", True),
    ("rolled my ankle, Ottawa negative, walking on it", True),
    ("inverted ankle, can't weight bear, tender at the tip of the lateral malleolus", False),
])
def test_an_inverted_ankle_that_bears_weight_settles_its_fractures(kb, text, settled):
    assert (safety.settled_by_note(kb, text).get("ankle_fracture") == "routine") is settled


@pytest.mark.parametrize("present, denied, lead, level", [
    ({"ear_pain", "fever"}, {"postauricular_swelling"}, "acute_otitis_media", "routine"),
    ({"ear_pain", "fever"}, {"postauricular_swelling"}, "acute_mastoiditis", "urgent"),
    ({"ear_pain", "fever"}, set(), "acute_otitis_media", None),
    ({"ear_pain", "drowsiness"}, {"postauricular_swelling"}, "acute_otitis_media", None),
])
def test_mastoiditis_with_no_swelling_behind_the_ear(kb, present, denied, lead, level):
    """NICE CKS otitis media: mastoiditis is a tender swelling behind the ear (an AOM with 'No mastoid tenderness' was
    urgent by mastoiditis at 21%, set BW)."""
    assert safety.settled_by_note(kb, "", present, denied, lead).get("acute_mastoiditis") == level


@pytest.mark.parametrize("text, overused", [
    ("known asthma. wheeze 加重, Ventolin 用到 q3h", True),
    ("salbutamol q4h overnight", True),
    ("uses her inhaler once a week", False),
])
def test_a_reliever_every_few_hours_in_shorthand(text, overused):
    assert bool(safety.RELIEVER_OVERUSE.search(text)) is overused


@pytest.mark.parametrize("text, found, rule", [
    ("pulled a mug of tea onto herself, chest bright red and blistering, the area is bigger than my hand",
     ["burn_injury", "blisters"], "burn_bigger_than_hand"),
    ("grabbed the handle of a cast iron pan from the oven, whole palm red raw, two big blisters",
     ["burn_injury", "blisters"], None),   # (a blistering hand: urgent - the writers of 15 sets agree)
    ("splashed hot water on my tummy, small red patch, no blisters", ["burn_injury"], None),
])
def test_a_burn_that_nhs_sends_to_a_and_e_is_an_emergency(kb, text, found, rule):
    """NHS 'Burns and scalds': A&E for a burn bigger than the person's hand, or one that blisters on the face, hands,
    arms, feet, legs or genitals (set BN: a toddler's tea scald larger than a hand was urgent)."""
    rules = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in found], 30, frozenset(), text=text)
             if r.level == "emergency"}
    assert (rule in rules) if rule else "burn_bigger_than_hand" not in rules


@pytest.mark.parametrize("text, level", [
    ("咳嗽两个多月了 痰里带血丝 下午低烧 晚上出一身汗", "urgent"),
    ("coughing for 3 weeks, streaks of blood in my phlegm", "urgent"),
    ("coughing up blood, a cupful this morning", "emergency"),
    ("coughed up fresh blood, clots", "emergency"),
    ("咳血，一大口一大口的", "emergency"),
])
def test_blood_only_streaking_the_sputum_is_urgent(text, level):
    """NICE CKS haemoptysis: massive haemoptysis is an emergency; streaks are investigated urgently (a TB picture with
    痰里带血丝 was an emergency, set BS)."""
    i = next(k for k in range(len(text)) if text[k:].startswith(("痰里", "blood", "咳血")))
    flags = [safety.RedFlag("haemoptysis", "emergency", text[i:i + 4], i, i + 4)]
    assert safety.settle_streaky_haemoptysis(flags, text)[0].level == level


@pytest.mark.parametrize("condition, text, present, denied, lead, age, level", [
    # bowel obstruction beside diarrhoea with none of its own signs (food poisoning's cramps were an emergency)
    ("bowel_obstruction", "", {"vomiting", "diarrhoea", "cramping_abdominal_pain"}, set(), "food_poisoning", 30, "routine"),
    ("bowel_obstruction", "", {"vomiting", "diarrhoea"}, set(), "bowel_obstruction", 30, "urgent"),
    ("bowel_obstruction", "", {"vomiting", "diarrhoea", "abdominal_distension"}, set(), "food_poisoning", 30, None),
    ("bowel_obstruction", "", {"vomiting", "cramping_abdominal_pain"}, set(), "food_poisoning", 30, None),
    # intussusception beside diarrhoea with no pain, crying, pallor, drowsiness, mass or blood
    ("intussusception", "", {"vomiting", "diarrhoea", "low_grade_fever"}, set(), "gastroenteritis", 3, "routine"),
    ("intussusception", "", {"vomiting", "diarrhoea", "excessive_crying"}, set(), "gastroenteritis", 1, None),
    ("intussusception", "", {"vomiting", "diarrhoea", "drowsiness"}, set(), "gastroenteritis", 1, None),
    # pneumonia with a fever and two chest signs denied (an acute bronchitis with a clear chest was urgent)
    ("community_acquired_pneumonia", "", {"cough"}, {"fever", "shortness_of_breath", "crackles"}, "acute_bronchitis", 52,
     "routine"),
    ("community_acquired_pneumonia", "", {"cough"}, {"fever", "crackles"}, "community_acquired_pneumonia", 52, None),
    ("community_acquired_pneumonia", "", {"cough", "rapid_breathing"}, {"fever", "shortness_of_breath", "crackles"},
     "acute_bronchitis", 52, None),
    # an adult's sunburn with no blister or sign of heat illness is self-care
    ("burn", "Fell asleep at the beach, back and shoulders are bright red and painful. No blisters.", {"burn_injury"},
     {"blisters"}, "burn", 21, "self_care"),
    ("burn", "bad sunburn, blistering on my shoulders", {"burn_injury", "blisters"}, set(), "burn", 21, None),
    ("burn", "sunburnt at the beach, now dizzy and vomiting", {"burn_injury", "dizziness", "vomiting"}, set(), "burn", 21,
     None),
    ("burn", "sunburnt on holiday, red shoulders", {"burn_injury"}, set(), "burn", 4, None),   # a child's: 111 (NHS)
    ("burn", "splashed hot water on my tummy, small red patch", {"burn_injury"}, set(), "burn", 30, None),
])
def test_conditions_a_note_settles_lower_from_the_first_session_of_2026_12_05(kb, condition, text, present, denied,
                                                                               lead, age, level):
    """Each settles only with none of its own signs read (RCS / NICE CKS bowel obstruction; APLS intussusception; NICE
    CKS chest infections; NHS 'Sunburn')."""
    assert safety.settled_by_note(kb, text, present, denied, lead, age=age).get(condition) == level


@pytest.mark.parametrize("text, level", [
    ("我爸77岁，COPD十年了。在家测SpO2 90%，平时93左右", "urgent"),
    ("known COPD, sats 91% on air, more sputum", "urgent"),
    ("known COPD, sats 88% on air", "emergency"),
    ("asthma, sats 90%", "emergency"),
])
def test_a_saturation_of_90_or_91_in_copd_is_urgent(text, level):
    """BTS 2017 targets 88-92% in COPD; NICE CKS considers hospital under 90%."""
    i = text.index("S") if "SpO2" in text else text.index("sats")
    j = text.index("%", i) + 1
    flags = [safety.RedFlag("low_oxygen_saturation", "emergency", text[i:j], i, j)]
    assert safety.settle_copd_saturation(flags, text)[0].level == level


@pytest.mark.parametrize("text, stopping", [
    ("pinched my nose for 20 mins, slowed but still trickling down my throat", True),
    ("pinched it for 10 minutes and it stopped", False),
])
def test_pressure_that_has_not_stopped_a_nosebleed(text, stopping):
    assert bool(safety.PRESSURE_NOT_STOPPING.search(text)) is stopping


def test_a_suspected_cancer_sign_counts_at_its_own_level_under_the_condition_that_lists_it(kb):
    """Bleeding after the menopause is a red flag of menopausal symptoms: a 2-week referral (NICE NG12), not an
    ambulance (it was an emergency under that lead)."""
    m = NS(finding="postmenopausal_bleeding", phrase="spotting", start=0, end=8)
    assert [f.level for f in safety.red_flags_in(kb, [m], "menopausal_symptoms")] == ["urgent"]
    assert set(safety.CAUSE_OUTSIDE_KNOWLEDGE.values()) <= set(kb.next_steps)
    assert all(kb.findings[f].red_flag for f in safety.CAUSE_OUTSIDE_KNOWLEDGE)


@pytest.mark.parametrize("condition, present, lead, level", [
    ("acute_urinary_retention", {"weak_urine_stream", "nocturia"}, "benign_prostatic_hyperplasia", None),   # (dropped)
    ("hyperemesis_gravidarum", {"nausea", "positive_pregnancy_test"}, "nausea_vomiting_of_pregnancy", "routine"),
    ("hyperemesis_gravidarum", {"nausea", "persistent_vomiting"}, "nausea_vomiting_of_pregnancy", None),
    ("hyperemesis_gravidarum", {"nausea"}, "hyperemesis_gravidarum", None),   # leading: its own level
    ("acute_appendicitis", {"constipation"}, "irritable_bowel_syndrome", None),   # (tried and dropped)
])
def test_a_condition_counts_only_with_its_hallmark(kb, condition, present, lead, level):
    """RCOG Green-top 69 (hyperemesis is protracted vomiting with dehydration, weight loss or ketosis): without them it
    counts as routine
    when it does not lead (set BZ); leading, the model may read what the reader missed."""
    assert safety.settled_by_note(kb, "", present, set(), lead).get(condition) == level


@pytest.mark.parametrize("present, denied, settled", [
    ({"chest_pain", "dermatomal_rash", "blisters"}, set(), True),     # shingles' band explains the chest pain
    ({"chest_pain", "dermatomal_rash", "excessive_sweating"}, set(), False),
    ({"chest_pain"}, set(), False),
])
def test_shingles_band_explains_a_chest_pain(kb, present, denied, settled):
    """NICE CKS shingles (set BY: a dermatomal rash and a band of chest pain was an emergency by dissection at 9%)."""
    got = safety.settled_by_note(kb, "", present, denied, "herpes_zoster")
    assert all((got.get(c) == "routine") is settled for c in ("acute_myocardial_infarction", "aortic_dissection"))


@pytest.mark.parametrize("present, denied, level", [
    ({"chest_wall_tenderness", "fall_or_injury", "pleuritic_chest_pain"}, {"shortness_of_breath"}, "routine"),
    ({"chest_wall_tenderness", "fall_or_injury", "pleuritic_chest_pain", "tachycardia"}, {"shortness_of_breath"}, None),
    ({"chest_wall_tenderness", "pleuritic_chest_pain"}, {"shortness_of_breath"}, None),   # no injury
])
def test_a_rib_injury_settles_a_pulmonary_embolism(kb, present, denied, level):
    assert safety.settled_by_note(kb, "", present, denied, "rib_fracture").get("pulmonary_embolism") == level


@pytest.mark.parametrize("text, raised", [
    ("44F, sudden onset palps 45 min, regular narrow complex tachy 190/min. Valsalva tried x2 at surgery, no effect.", True),
    ("heart racing, 190 on my watch, bearing down isn't working this time", True),
    ("心跳很快，180多，屏气也没用", True),
    ("palpitations, stopped when I bore down", False),
])
def test_a_fast_heart_that_vagal_manoeuvres_have_not_stopped_is_an_emergency(kb, text, raised):
    """RCUK 2021 adult tachycardia algorithm: adenosine under ECG monitoring is next (set CB)."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention("palpitations")], 34, frozenset(), text=text)}
    assert (rules.get("tachycardia_vagal_failed") == "emergency") is raised


@pytest.mark.parametrize("text, present, level", [
    ("For the past month when I walk up the hill I get this pressure in my chest, goes away after I stop for 5 minutes. "
     "Never at rest.", {"crushing_chest_pain", "exertional_chest_pain"}, "urgent"),
    ("pressure in my chest when I walk up the hill, goes away after I stop, now sweaty", {"crushing_chest_pain",
     "exertional_chest_pain", "excessive_sweating"}, "emergency"),
    ("pressure in my chest when I walk up the hill, goes away after I stop, but last night it came at rest",
     {"crushing_chest_pain", "exertional_chest_pain"}, "emergency"),
    ("crushing chest pain for 30 minutes", {"crushing_chest_pain"}, "emergency"),
])
def test_chest_pressure_on_exertion_eased_by_rest_is_urgent(text, present, level):
    """NICE CG95 / CKS angina: stable exertional chest pain goes to a rapid-access chest pain clinic (set CB)."""
    flags = [safety.RedFlag("crushing_chest_pain", "emergency", "pressure", 0, 8)]
    assert safety.settle_exertional_chest_pain(flags, present, text)[0].level == level


@pytest.mark.parametrize("text, present, level", [
    ("one side of my face drooping, can't close my eye, can't wrinkle my forehead on that side", {"facial_droop"},
     "urgent"),
    ("R facial droop incl forehead, drooling, limbs ok", {"facial_droop", "drooling"}, "urgent"),
    ("左侧口角歪斜，左侧额纹消失，四肢肌力正常", {"facial_droop"}, "urgent"),
    ("face drooping on the right, can't wrinkle forehead, right arm weak", {"facial_droop", "one_sided_weakness"},
     "emergency"),
    ("face drooping on the right, forehead spared", {"facial_droop"}, "emergency"),   # a stroke spares the forehead
    ("face drooping on the right, can't raise my eyebrow, words coming out wrong", {"facial_droop",
                                                                                     "speech_difficulty"}, "emergency"),
    ("one side of my face has dropped", {"facial_droop"}, "emergency"),              # the forehead not said
])
def test_a_facial_palsy_with_the_forehead_weak_is_seen_the_same_day(text, present, level):
    """NICE CKS Bell's palsy: a forehead that is weak too marks a lower motor neurone palsy; a stroke spares it, and
    any other neurological sign keeps the droop an emergency."""
    flags = [safety.RedFlag(f, "emergency", f, 0, 4) for f in sorted(present & {"facial_droop", "drooling"})]
    settled = safety.settle_facial_palsy(flags, present, text)
    assert {f.level for f in settled} == {level}
    assert all((f.rule == "facial_palsy_forehead") is (level == "urgent") for f in settled)


@pytest.mark.parametrize("text, present, level", [
    ("66M, 20-minute episode of right arm weakness and trouble finding words this morning, fully resolved",
     {"one_sided_weakness", "speech_difficulty"}, "urgent"),
    ("dad's speech was slurred for about 10 mins then totally back to normal", {"slurred_speech"}, "urgent"),
    ("今天上午突然左手发麻没劲，大概十来分钟就自己好了，现在没事了", {"one_sided_weakness"}, "urgent"),
    ("left arm went weak an hour ago, speech back to normal but arm still weak", {"one_sided_weakness",
                                                                                  "slurred_speech"}, "emergency"),
    ("20 min of slurred speech, fully resolved, on apixaban for AF", {"slurred_speech", "anticoagulant_use"},
     "emergency"),                                                          # NICE NG128: imaged at once
    ("arm weak and slurred since 9am", {"one_sided_weakness", "slurred_speech"}, "emergency"),   # nothing passed
    ("左边胳膊腿没劲，说话含含糊糊，他说躺一会儿就好了", {"one_sided_weakness", "slurred_speech"}, "emergency"),
    ("sudden bad headache, vomited, arm weak for 10 minutes then it went away", {"one_sided_weakness", "vomiting"},
     "emergency"),
])
def test_a_focal_deficit_that_has_passed_is_a_suspected_tia(kb, text, present, level):
    """NICE NG128: a suspected TIA has aspirin at once and a specialist's assessment within 24 hours (urgent); a deficit
    still there is a stroke, and a TIA on an anticoagulant is admitted for imaging at once."""
    flags = [safety.RedFlag(f, "emergency", f, 0, 4) for f in sorted(present & safety.DEFICIT_SIGNS)]
    settled = safety.settle_resolved_deficit(flags, present, text)
    assert {f.level for f in settled} == {level}
    strokes = safety.settled_by_note(kb, text, present)
    assert (strokes.get("ischaemic_stroke") == "urgent") is (level == "urgent")


@pytest.mark.parametrize("text, present, age, months, level", [
    ("2yo barking cough like a seal, squeaky noise breathing in even when sitting still", {"barking_cough", "stridor"},
     2, None, "urgent"),                                          # moderate croup: dexamethasone, seen the same day
    ("2yo barking cough, stridor at rest, lips going blue", {"barking_cough", "stridor", "cyanosis"}, 2, None,
     "emergency"),
    ("2yo barking cough, stridor, very agitated and exhausted", {"barking_cough", "stridor"}, 2, None, "emergency"),
    ("noisy breathing in, drooling, can't swallow", {"stridor", "drooling"}, 4, None, "emergency"),   # not croup
    ("4 month old, cold for 3 days, breathing fast, tummy sucking in under her ribs, half her feeds",
     {"runny_nose", "cough", "chest_recession"}, 0, 4.0, "urgent"),                   # NICE NG9: referred to hospital
    ("4 month old, cold, sucking in under her ribs, grunting", {"runny_nose", "chest_recession"}, 0, 4.0, "emergency"),
    ("4 month old, cold, sucking in under her ribs, RR 74", {"runny_nose", "chest_recession"}, 0, 4.0, "emergency"),
    ("4 month old, cold, recession, SpO2 90%", {"runny_nose", "chest_recession", "low_oxygen_saturation"}, 0, 4.0,
     "emergency"),
    ("3 month old, runny nose and cough, sucking in under her ribs", {"runny_nose", "cough", "chest_recession"}, 0, 3.0,
     "emergency"),                                                # 3 months and under: an emergency still
    ("4 month old, cold, ribs sucking in, no pauses in her breathing", {"runny_nose", "chest_recession"}, 0, 4.0,
     "urgent"),
])
def test_moderate_croup_and_bronchiolitis_are_seen_in_hospital_the_same_day(text, present, age, months, level):
    """NICE CKS croup and NICE NG9 bronchiolitis: moderate illness is seen in hospital the same day; severe signs
    (cyanosis, low saturation, grunting, marked recession, a rate over 70, exhaustion, apnoea) call an ambulance."""
    flags = [safety.RedFlag(f, "emergency", f, 0, 4) for f in sorted(present & {"stridor", "chest_recession", "drooling",
                                                                               "cyanosis"})]
    settled = safety.settle_child_airway(flags, present, text, age, months)
    assert {f.level for f in settled} == {level}


@pytest.mark.parametrize("found, text, level", [
    (["missed_period", "one_sided_pelvic_pain"], "period 2 weeks late, cramps on my right side", "urgent"),
    (["missed_period", "one_sided_pelvic_pain", "dizziness"], "period 2 weeks late, cramps on my right side, dizzy",
     "emergency"),
    (["missed_period", "right_lower_quadrant_pain", "shoulder_tip_pain"], "月经推迟，右下腹痛，肩膀尖也痛", "emergency"),
    (["missed_period", "one_sided_pelvic_pain", "dizziness"], "period late, cramps on the left, dizzy, negative "
     "pregnancy test this morning", None),
    (["one_sided_pelvic_pain"], "cramps on my right side mid-cycle", None),
])
def test_a_missed_period_with_pain_low_down_is_an_ectopic_until_excluded(kb, found, text, level):
    """NICE NG126: a pregnancy test and a same-day assessment; haemodynamic instability or shoulder-tip pain goes to
    the emergency department. A negative test in the note excludes the pregnancy."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention(f) for f in found], 26, frozenset(),
                                                               text=text)}
    got = [lv for r, lv in rules.items() if r and r.startswith("missed_period")]
    assert (max(got, key=triage_rank) if got else None) == level


@pytest.mark.parametrize("found, flags, level", [
    (["headache", "fall_or_injury"], {"anticoagulant"}, "emergency"),
    (["headache", "fall_or_injury"], set(), None),
    (["headache"], {"anticoagulant"}, None),
])
def test_a_headache_after_a_fall_on_an_anticoagulant_is_a_head_injury(kb, found, flags, level):
    """NICE NG232: anyone on anticoagulant treatment with a head injury goes to the emergency department for a CT head."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention(f) for f in found], 75, frozenset(flags),
                                                               text="headache after a fall off a ladder")}
    assert rules.get("anticoagulated_fall_headache") == level


@pytest.mark.parametrize("found, level", [
    (["fever", "recent_childbirth", "rapid_heartbeat"], "emergency"),
    (["high_fever", "recent_childbirth", "rigors"], "emergency"),
    (["fever", "recent_childbirth"], None),
    (["fever", "recent_childbirth", "rapid_heartbeat", "red_hot_breast_area"], None),   # a mastitis: its own rules
])
def test_a_fever_with_a_fast_heart_after_a_birth_is_maternal_sepsis(kb, found, level):
    """NICE NG51 and RCOG Green-top 64b: assessed for sepsis in hospital now."""
    rules = {r.rule: r.level for r in safety.context_red_flags(kb, [_mention(f) for f in found], 31, frozenset(),
                                                               text="had my baby 5 days ago, temp 38.9")}
    assert rules.get("postpartum_fever_fast_heart") == level


def test_suicidal_thoughts_under_a_leading_depression_are_urgent_and_a_plan_an_emergency(kb):
    """A passive wish to be dead needs a same-day risk assessment whichever condition leads (NICE NG225): under a
    leading depression it was an emergency, under suicidal ideation urgent. A plan, or an act that prepares one, is the
    emergency sign (modality.stated_plan)."""
    from medmodel.modality import stated_plan
    m = NS(finding="suicidal_thoughts", phrase="活着没意思", start=0, end=5)
    assert safety.red_flags_in(kb, [m], "major_depressive_disorder")[0].level == "urgent"
    text = "Now daily thoughts of ending life, plan to OD on mum's meds."
    assert stated_plan(text, 11, 30) is not None
    assert stated_plan("近2周反复出现“活着没意思”的想法，最近几天想到跳楼，已去宿舍楼顶看过，未实施。", 8, 13) is not None
    assert stated_plan("thoughts of ending life, no plan, has a care plan with the GP", 0, 23) is None


def test_a_childs_limp_with_a_fever_is_seen_the_same_day(kb):
    limp, fever = NS(finding="limp", phrase="limp", start=0, end=4), NS(finding="fever", phrase="38.9", start=5, end=9)
    flags = safety.context_red_flags(kb, [limp, fever], 12, frozenset())
    assert [(f.rule, f.level) for f in flags if f.finding == "limp"] == [("child_limp_with_fever", "urgent")]
    assert not safety.context_red_flags(kb, [limp], 12, frozenset())
    assert not [f for f in safety.context_red_flags(kb, [limp, fever], 30, frozenset()) if f.finding == "limp"]


def test_pain_with_each_period_settles_an_ectopic_pregnancy(kb):
    text = "每次来姨妈第一天肚子疼得要死 疼到冒冷汗想吐 从初一来月经就这样 周期准的"
    assert safety.EACH_PERIOD_PAIN.search(text) and safety.EACH_PERIOD_PAIN.search("cramps the first day of every period")
    assert safety.settled_by_note(kb, text, {"abdominal_pain", "cold_sweat"}, set(), "dysmenorrhoea", False, 17).get(
        "ectopic_pregnancy") == "routine"
    late = safety.settled_by_note(kb, "every period hurts but this one is 2 weeks late", {"missed_period"}, set(),
                                  "dysmenorrhoea", False, 25)
    assert late.get("ectopic_pregnancy") != "routine"


def test_keratitis_and_breast_abscess_count_only_with_a_hallmark_when_they_do_not_lead(kb):
    out = safety.settled_by_note(kb, "两只眼睛都红了 眼屎多 不怎么疼 看东西正常 不戴隐形", {"red_eye"}, {"photophobia"},
                                 "conjunctivitis", False, 30)
    assert out.get("microbial_keratitis") == "routine"
    out = safety.settled_by_note(kb, "red eye, very painful, wear contact lenses", {"red_eye", "eye_pain",
                                                                                     "contact_lens_wear"}, set(),
                                 "conjunctivitis", False, 30)
    assert "microbial_keratitis" not in out
    assert safety.settled_by_note(kb, "breast lump, no fever", {"tender_breast_lump"}, {"fever"}, "lactational_mastitis",
                                  False, 30).get("breast_abscess") == "routine"


def test_ottawa_negative_ankle_settles_a_fracture(kb):
    text = "went over on my ankle, heard a pop, pressing on the ankle bones doesn't hurt"   # (a pop: no text settling)
    assert safety.settled_by_note(kb, text, {"ankle_pain", "limp"}, {"localised_bone_pain"}, "ankle_sprain", False,
                                  20).get("ankle_fracture") == "routine"
    assert safety.BONES_NOT_TENDER.search("按外踝骨头上面不怎么疼，前面软的地方疼")
    assert not safety.BONES_NOT_TENDER.search("bony tenderness over the lateral malleolus")
    assert "ankle_fracture" not in safety.settled_by_note(kb, text, {"ankle_pain", "inability_to_bear_weight"},
                                                          {"localised_bone_pain"}, "ankle_sprain", False, 20)
    assert safety.BONES_NOT_TENDER.search("the bony bump isnt sore when I press it, just the soft bit in front")


@pytest.mark.parametrize("text, known", [
    ("hx of epilepsy, on keppra, had a fit", True), ("known epilepsy", True), ("No hx of epilepsy", False),
    ("no known epilepsy, first fit", False),
])
def test_a_denied_epilepsy_is_not_a_known_one(text, known):
    """A fit in a note that denies epilepsy is not settled as a known epileptic's: "37/40 primip, had a fit ... No hx of
    epilepsy" (an eclampsia, NICE NG133) had been (set FM); a pregnancy in shorthand is a danger of its own."""
    assert bool(safety.KNOWN_EPILEPSY.search(text)) is known
    assert safety.SEIZURE_DANGER.search("19F, 37/40 primip, had a fit lasting about 1 min")


@pytest.mark.parametrize("text, settled", [
    ("Dad 82 on apixaban had a nosebleed, we pinched it for 15 mins and it's stopped. He feels fine, not dizzy.", True),
    ("nosebleed on apixaban, it stopped then has not stopped since this afternoon", False),
    ("nosebleed on rivaroxaban, pressed and it stopped but it won't stay stopped", False),
    ("nose bleed on apixaban stopped, still oozing a bit", False),
    ("nosebleed on warfarin, stopped after 10 minutes", False),
])
def test_one_settled_nosebleed_on_a_doac_is_told_apart_from_one_that_goes_on(text, settled):
    """NICE CKS "Epistaxis": one nosebleed on a DOAC that stopped with pressure is first aid and safety-netting; a denial
    elsewhere in the note ("not dizzy") does not make it go on (set FI)."""
    assert safety.nosebleed_settled(text) is settled


def test_heavy_bleeding_after_a_birth_is_a_postpartum_haemorrhage(kb):
    pads = NS(finding="heavy_bleeding_soaking_pads", phrase="soaking a pad an hour", start=0, end=21)
    birth = NS(finding="recent_childbirth", phrase="10 days after giving birth", start=22, end=48)
    flags = safety.context_red_flags(kb, [pads, birth], 31, frozenset())
    assert ("postpartum_heavy_bleeding", "emergency") in [(f.rule, f.level) for f in flags]
    assert "postpartum_heavy_bleeding" not in [f.rule for f in safety.context_red_flags(kb, [pads], 31, frozenset())]


def test_a_young_childs_dehydration_and_exertional_breathlessness_with_sweating(kb):
    wee = NS(finding="reduced_urine_output", phrase="一直没尿", start=0, end=4)
    sick = NS(finding="vomiting", phrase="呕吐", start=5, end=7)
    assert ("child_dehydration", "urgent") in [(f.rule, f.level)
                                               for f in safety.context_red_flags(kb, [wee, sick], 2, frozenset())]
    assert "child_dehydration" not in [f.rule for f in safety.context_red_flags(kb, [wee, sick], 8, frozenset())]
    sob = NS(finding="exertional_dyspnoea", phrase="short of breath after shovelling snow", start=0, end=37)
    sweat = NS(finding="excessive_sweating", phrase="sweating", start=40, end=48)
    text = "man 45 sweating and short of breath after shovelling snow, says its indigestion"
    assert ("exertion_breathless_sweating", "emergency") in [
        (f.rule, f.level) for f in safety.context_red_flags(kb, [sob, sweat], 45, frozenset(), text=text)]
    assert not safety.context_red_flags(kb, [sob, sweat], 45, frozenset(), text="out of breath after running, sweaty")


def test_each_leader_that_needs_its_own_signs_names_findings_the_knowledge_base_has(kb):
    """``predict.LEADS_ONLY_ON``, ``safety.HALLMARK_NEEDED``, ``predict.DEFINING_SIGNS`` and ``predict.NO_MEDICINE_AFTER``
    name real conditions, findings and context rules: a misspelt id would silently never apply."""
    from medmodel.predict import (DEFINING_SIGNS, DEFINING_SIGNS_ALSO, LEADS_ONLY_ON, NO_MEDICINE_AFTER, UPPER_UTI_FEVERS,
                                  UPPER_UTI_LOIN)
    from medmodel.safety import CONTEXT_RULES, HALLMARK_AGAINST, HALLMARK_NEEDED, SYNCOPE_FAINTS
    for table in (LEADS_ONLY_ON, HALLMARK_NEEDED, HALLMARK_AGAINST):
        for condition, signs in table.items():
            assert condition in kb.conditions, condition
            assert signs <= set(kb.findings), signs - set(kb.findings)
    for condition, sets in (*DEFINING_SIGNS.items(), *DEFINING_SIGNS_ALSO):
        assert condition in kb.conditions, condition
        for signs in sets:
            assert signs <= set(kb.findings), (condition, signs - set(kb.findings))
    assert (UPPER_UTI_FEVERS | UPPER_UTI_LOIN | SYNCOPE_FAINTS) <= set(kb.findings)
    assert set(NO_MEDICINE_AFTER) <= {r.id for r in CONTEXT_RULES}


def test_a_peak_flow_of_three_quarters_of_best_or_less_is_a_moderate_attack(kb):
    """BTS/SIGN 158: a peak flow of 50-75% of best is a moderate acute asthma, treated the same day ("Wheezy since yday
    ... Salbutamol 4-hrly ... PEF 300 (best 430)" had been routine); 85% of best is not, nor a note with no peak flow."""
    from medmodel.findings import Mention
    from medmodel.vitals import peak_flow_percent
    assert round(peak_flow_percent("PEF 300 (best 430)")) == 70
    assert peak_flow_percent("peak flow 65%") == 65 and peak_flow_percent("PEF 250/500") == 50
    assert peak_flow_percent("peak flow is 380, my best is 450") > 75 and peak_flow_percent("wheezy, no pef done") is None
    wheeze = Mention("wheeze", True, "Wheezy", 0, 6)
    rules = lambda text: {f.rule for f in safety.context_red_flags(kb, [wheeze], 40, frozenset(), text=text)}  # noqa: E731
    assert "moderate_asthma_peak_flow" in rules("Wheezy since yday. Salbutamol 4-hrly. PEF 300 (best 430).")
    assert "moderate_asthma_peak_flow" not in rules("Wheezy since yday. PEF 400 (best 430).")
    assert "moderate_asthma_peak_flow" not in rules("Wheezy since yday after a cold.")


def test_a_sudden_back_pain_after_steroids_from_50_may_be_a_vertebral_fracture(kb):
    """NICE CKS low back pain: a sudden severe back pain, or one after a lift or a minor fall, in someone on
    corticosteroids or with osteoporosis is a red flag for a spinal fracture ("her back has 'gone' since she lifted the
    shopping ... a lot of prednisolone courses" at 76 had been routine); not a months-long ache, not under 50, not
    without the steroids or a fragility fracture."""
    from medmodel.findings import Mention
    back, steroids = Mention("low_back_pain", True, "back", 0, 4), Mention("long_term_steroids", True, "pred", 5, 9)
    rules = lambda findings, age, text: {f.rule for f in safety.context_red_flags(kb, findings, age, frozenset(),  # noqa: E731
                                                                                   text=text)}
    sudden = "her back has 'gone' since she lifted the shopping, on prednisolone courses"
    assert "steroid_back_pain_fracture" in rules([back, steroids], 76, sudden)
    assert "steroid_back_pain_fracture" in rules([back, steroids], 64, "突然腰背痛，长期吃泼尼松")
    assert "steroid_back_pain_fracture" not in rules([back, steroids], 76, "dull back ache for months, on prednisolone")
    assert "steroid_back_pain_fracture" not in rules([back, steroids], 35, sudden)
    assert "steroid_back_pain_fracture" not in rules([back], 76, sudden)
    assert "steroid_back_pain_fracture" not in rules([back, steroids], 70, "腰背痛3月，3月前弯腰搬东西后出现，长期口服泼尼松")


def test_one_swollen_leg_with_chest_signs_is_an_emergency_and_vomiting_on_insulin_urgent(kb):
    """NHS "DVT": one leg swollen and painful with breathlessness or chest pain is a 999 call (a postpartum pulmonary
    embolism's sore swollen calf, pleuritic pain and streaks of blood had been urgent); not a swollen leg alone, nor
    breathlessness with both ankles swollen. NICE NG18/NG17 sick-day rules: vomiting in insulin-treated diabetes is
    seen the same day (a type 1 child on a pump with a tummy bug had been routine); not vomiting in a note without
    insulin."""
    from medmodel.findings import Mention
    leg, sob = Mention("unilateral_leg_swelling", True, "calf", 0, 4), Mention("shortness_of_breath", True, "sob", 5, 8)
    ankles, vomit = Mention("ankle_swelling", True, "ankles", 0, 6), Mention("vomiting", True, "sick", 0, 4)
    rules = lambda findings, text="": {f.rule for f in safety.context_red_flags(kb, findings, 40, frozenset(),  # noqa: E731
                                                                              text=text)}
    assert "leg_swelling_with_chest_signs" in rules([leg, sob])
    assert "leg_swelling_with_chest_signs" in rules([leg, Mention("haemoptysis", True, "blood", 9, 14)])
    assert "leg_swelling_with_chest_signs" not in rules([leg])
    assert "leg_swelling_with_chest_signs" not in rules([ankles, sob])
    assert "vomiting_on_insulin" in rules([vomit], "10yo type 1 diabetic on a pump, sick 3 times today")
    assert "vomiting_on_insulin" in rules([vomit], "1型糖尿病，打胰岛素，今天吐了三次")
    assert "vomiting_on_insulin" not in rules([vomit], "tummy bug, sick 3 times today")
    assert "vomiting_on_insulin" not in rules([vomit], "type 2 diabetic on metformin, sick twice")


def test_an_immunocompromised_patients_warts_and_cold_sores_are_seen(kb):
    """NICE CKS "Warts and verrucae" and "Herpes simplex - oral": in someone immunocompromised, warts and cold sores are
    reviewed (referral, an oral antiviral), not self-cared (a transplant's spreading warts had been self-care); not in
    someone whose defences are intact."""
    from medmodel.findings import Mention
    wart, sore = Mention("skin_wart", True, "warts", 0, 5), Mention("cold_sore_blisters", True, "cold sore", 0, 9)
    weak = Mention("immunosuppression", True, "tacrolimus", 20, 30)
    rules = lambda findings: {f.rule: f.level for f in safety.context_red_flags(kb, findings, 50,  # noqa: E731
                                                                                 frozenset())}
    assert rules([wart, weak]).get("skin_virus_immunocompromised") == "routine"
    assert rules([sore, weak]).get("skin_virus_immunocompromised") == "routine"
    assert "skin_virus_immunocompromised" not in rules([wart])


def test_the_suicidal_ideation_leads_sets_name_what_the_knowledge_base_has(kb):
    """The suicidal-ideation lead's sets (``predict._suicidal_thoughts_lead``) name findings and conditions the knowledge
    base has, and its signs are not among the harm done that keeps it from leading."""
    from medmodel.predict import SUICIDAL_HARM_DONE, SUICIDAL_LEAD_BELOW, SUICIDAL_LEADS_KEPT, SUICIDAL_SIGNS
    assert 0.5 < SUICIDAL_LEAD_BELOW < 1
    assert not SUICIDAL_SIGNS & SUICIDAL_HARM_DONE
    assert SUICIDAL_SIGNS | SUICIDAL_HARM_DONE <= set(kb.findings)
    assert SUICIDAL_LEADS_KEPT <= set(kb.conditions) and "suicidal_ideation" not in SUICIDAL_LEADS_KEPT


def test_a_bite_that_did_not_break_the_skin_and_a_small_burn_without_blisters_are_self_care(kb):
    """NICE CKS "Bites - human and animal": a bite that did not break the skin needs no treatment; NHS "Burns and scalds":
    an adult's small red burn without blisters is cared for at home. Not a broken skin, a rabies risk or an infected bite;
    not a blistered, large, deep or special-area burn, nor a child's."""
    settle = lambda present, denied, age=40: safety.settled_by_note(  # noqa: E731
        kb, "note", frozenset(present), frozenset(denied), None, False, age)
    assert settle({"animal_bite_injury"}, {"skin_break_wound"}).get("animal_bite") == "self_care"
    assert "animal_bite" not in settle({"animal_bite_injury", "skin_break_wound"}, set())
    assert "animal_bite" not in settle({"animal_bite_injury", "rabies_risk_exposure"}, {"skin_break_wound"})
    assert "animal_bite" not in settle({"animal_bite_injury", "spreading_red_warm_skin"}, {"skin_break_wound"})
    assert settle({"burn_injury"}, {"blisters"}).get("burn") == "self_care"
    assert "burn" not in settle({"burn_injury"}, set())
    assert "burn" not in settle({"burn_injury", "large_burn_area"}, {"blisters"})
    assert "burn" not in settle({"burn_injury", "white_or_charred_skin"}, {"blisters"})
    assert "burn" not in settle({"burn_injury"}, {"blisters"}, age=6)


def test_a_kidney_injury_with_a_potassium_from_6_is_an_emergency(kb):
    """UK Kidney Association 2023: a potassium of 6.0-6.4 is moderate hyperkalaemia; beside an acute kidney injury's
    signs it is assessed in hospital at once (a 79-year-old's creatinine of 390 and a potassium of 6.1 had been urgent).
    Not a potassium under 6, nor one without a kidney injury's sign."""
    from medmodel.findings import Mention
    cr = Mention("raised_creatinine", True, "Cr 390", 0, 6)
    rules = lambda findings, text: {f.rule: f.level for f in safety.context_red_flags(  # noqa: E731
        kb, findings, 79, frozenset(), text=text)}
    assert rules([cr], "Cr 390, K 6.1").get("kidney_injury_with_raised_potassium") == "emergency"
    assert rules([cr], "肌酐390，血钾6.2").get("kidney_injury_with_raised_potassium") == "emergency"
    assert "kidney_injury_with_raised_potassium" not in rules([cr], "Cr 390, K 5.8")
    assert "kidney_injury_with_raised_potassium" not in rules([Mention("fatigue", True, "tired", 0, 5)], "K 6.1")


def test_a_childs_urinary_symptoms_are_seen_the_same_day(kb):
    """NICE NG224: a child's urinary symptoms are tested and treated the same day (a 5-year-old's stinging wee every 20
    minutes had been routine). Not an adult's cystitis by this rule, nor a boy's sore red glans (a balanitis's sting)."""
    from medmodel.findings import Mention
    sting = Mention("dysuria", True, "stings", 0, 6)
    rules = lambda findings, age: {f.rule: f.level for f in safety.context_red_flags(  # noqa: E731
        kb, findings, age, frozenset())}
    assert rules([sting], 5).get("urinary_symptoms_in_a_child") == "urgent"
    assert "urinary_symptoms_in_a_child" not in rules([sting], 30)
    assert "urinary_symptoms_in_a_child" not in rules([sting, Mention("red_sore_glans", True, "red", 8, 11)], 4)


def test_a_needlestick_from_a_source_known_to_have_hiv_is_an_emergency(kb):
    """EAGA/BHIVA: after an occupational exposure to HIV, PEP within the hour (a nurse's needlestick from a patient known
    HIV positive had been urgent); not a needlestick from a source of unknown status by this rule."""
    from medmodel.findings import Mention
    blood = Mention("blood_exposure", True, "needlestick", 0, 11)
    rules = lambda text: {f.rule: f.level for f in safety.context_red_flags(kb, [blood], 30, frozenset(),  # noqa: E731
                                                                           text=text)}
    assert rules("needlestick from a patient known HIV positive").get("needlestick_from_hiv_source") == "emergency"
    assert rules("针扎伤，是艾滋病病人的血").get("needlestick_from_hiv_source") == "emergency"
    assert "needlestick_from_hiv_source" not in rules("needlestick from a patient, status not known")


def test_the_lead_only_tables_name_what_the_knowledge_base_has(kb):
    """``predict.LEADS_ONLY_WHEN_SAID`` and ``LEADS_ONLY_TO`` name conditions the knowledge base has, and a chronic kidney
    disease's words are a kidney's, not a blood pressure's or an ankle's."""
    from medmodel.predict import LEADS_ONLY_TO, LEADS_ONLY_WHEN_SAID
    assert set(LEADS_ONLY_WHEN_SAID) | set(LEADS_ONLY_TO) <= set(kb.conditions)
    assert all(set(to) <= set(kb.conditions) for to in LEADS_ONLY_TO.values())
    said = LEADS_ONLY_WHEN_SAID["chronic_kidney_disease"]
    assert said.search("eGFR 38, ACR 42") and said.search("肌酐162，尿蛋白++") and said.search("CKD 3b")
    assert not said.search("home BP average 151/94, ankles swell by evening")


def test_an_orbital_cellulitis_counts_as_routine_where_the_note_denies_the_eye_signs(kb):
    """A sinusitis "no swelling round eyes, vision fine" had been an emergency through orbital cellulitis at 23%: a
    sign of the orbit denied and none read settles it; unsaid, it still counts (the eye may not have been asked)."""
    text = "pain over my cheeks worse bending forward, thick green snot, no swelling round eyes, vision fine"
    out = safety.settled_by_note(kb, text, {"facial_pain_pressure", "thick_nasal_discharge"},
                                 {"puffy_eyes_face", "blurred_vision"}, "acute_sinusitis", False, 30)
    assert out.get("orbital_cellulitis") == "routine"
    assert "orbital_cellulitis" not in safety.settled_by_note(kb, "pain over my cheeks, thick green snot",
                                                              {"facial_pain_pressure"}, set(), "acute_sinusitis",
                                                              False, 30)
    assert "orbital_cellulitis" not in safety.settled_by_note(kb, text + ", eyelid swollen", {"eyelid_swelling"},
                                                              {"blurred_vision"}, "acute_sinusitis", False, 30)


def test_an_ear_foreign_body_and_a_sudden_hearing_loss_count_only_with_their_hallmark(kb):
    """Olive oil drops for two weeks and a blocked, muffled ear (an earwax) had been urgent through an ear foreign body
    and a sudden sensorineural hearing loss it did not describe."""
    text = "olive oil drops for 2 weeks, ear still blocked and muffled, bit of ringing"
    out = safety.settled_by_note(kb, text, {"ear_fullness", "hearing_loss", "tinnitus"}, set(), "earwax_impaction",
                                 False, 50)
    assert out.get("ear_foreign_body") == "routine"
    assert out.get("sudden_sensorineural_hearing_loss") == "routine"
    out = safety.settled_by_note(kb, "woke up deaf in my right ear", {"sudden_hearing_loss_one_ear", "hearing_loss"},
                                 set(), "earwax_impaction", False, 50)
    assert "sudden_sensorineural_hearing_loss" not in out


def test_a_known_asthmatics_attack_names_findings_the_knowledge_base_has(kb):
    """``predict.ASTHMA_ATTACK_SIGNS`` and ``ASTHMA_ATTACK_UNLESS`` (``Predictor._known_asthma_attack_leads``) name
    findings of the knowledge base, and asthma is one of its conditions."""
    from medmodel.predict import ASTHMA, ASTHMA_ATTACK_SIGNS, ASTHMA_ATTACK_UNLESS
    assert ASTHMA in kb.conditions
    assert ASTHMA_ATTACK_SIGNS | ASTHMA_ATTACK_UNLESS <= set(kb.findings)


def test_a_scan_that_showed_the_baby_in_the_right_place_is_a_pregnancy_in_the_womb():
    """"had a scan at 6 wks that showed baby in the right place" (an ectopic had led a threatened miscarriage's spotting
    at 63%, set DK); a scan that found nothing is not."""
    assert safety.pregnancy_seen_in_the_womb("had a scan at 6 wks that showed baby in the right place")
    assert not safety.pregnancy_seen_in_the_womb("scan at 6 weeks, couldn't see anything yet")


@pytest.mark.parametrize("present, age, months, rule", [
    ({"pus_discharge_from_skin", "spreading_red_warm_skin"}, 0, 0.3, "newborn_unwell"),   # an 8-day-old's umbilicus
    ({"reduced_urine_output", "poor_feeding"}, 0, 0.2, "newborn_unwell"),
    ({"poor_feeding"}, 0, 4, None),                                                     # (past the first month)
    ({"testicular_pain_swelling"}, 0, 3, "scrotal_pain_in_a_child"),
    ({"sudden_testicular_pain"}, 14, None, "scrotal_pain_in_a_child"),
    ({"testicular_pain_swelling"}, 30, None, None),
    ({"groin_lump"}, 0, 0.7, "infant_groin_lump"),
    ({"groin_lump"}, 40, None, None),
])
def test_a_newborn_unwell_a_childs_scrotum_and_a_babys_groin_lump(kb, present, age, months, rule):
    """NICE NG195/NG194: a baby in the first month feeding poorly, passing little urine or with a red, discharging belly
    button is seen the same day; NICE CKS scrotal pain: a child's painful or swollen testis is a torsion until excluded
    (an emergency); an inguinal hernia in a baby is referred urgently (all routine before, set DM)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], age, frozenset(), months)}
    rules = {"newborn_unwell", "scrotal_pain_in_a_child", "infant_groin_lump"}
    assert got & rules == ({rule} if rule else set())


@pytest.mark.parametrize("text, present, recovered", [
    ("T1 for 15 yrs, BM 3.1 at work, shaky. Had 5 jelly babies, rechecked 15 mins later 5.8, feel fine now",
     {"low_blood_glucose", "tremor"}, True),
    ("刚刚低血糖 手抖 测了一下3.2 喝了半瓶可乐 现在复测6.1了 好多了 一型糖尿病十年了", {"low_blood_glucose", "diabetes_history"}, True),
    ("type 1, hypo 2.9, had juice, rechecked 3.4, still shaky", {"low_blood_glucose"}, False),   # still below 4
    ("on gliclazide, BM 3.0, had a coke, now 5.6", {"low_blood_glucose", "diabetes_history"}, False),   # a sulfonylurea
    ("insulin, hypo 2.5, husband gave glucagon, now 6.2", {"low_blood_glucose"}, False),   # a severe hypo
    ("type 1, BM 2.8, confused, had lucozade, rechecked 5.1", {"low_blood_glucose", "confusion"}, False),
    ("BM 3.1 at work, had jelly babies, rechecked 5.8", {"low_blood_glucose"}, False),   # no diabetes known: a cause
    ("type 1, BM 3.1, rechecked 10 mins later 3.3", {"low_blood_glucose"}, False),   # no sugar taken, still low
])
def test_a_treated_hypo_that_recovered_is_routine(text, present, recovered):
    """Diabetes UK / JBDS-IP 2021: a known diabetic's hypo treated with a fast sugar and rechecked at 4 mmol/L or more
    needs no urgent care; a severe hypo, a sulfonylurea's, one still low, or one without a known diabetes stays
    urgent (both recovered hypos of sets DA and DK were urgent)."""
    assert safety.hypo_recovered(text, present) is recovered
    flags = safety.settle_recovered_hypo([safety.RedFlag("low_blood_glucose", "urgent", "BM 3.1", 0, 6)], present, text)
    assert [(f.level, f.rule) for f in flags] == ([("routine", "hypo_recovered")] if recovered else [("urgent", None)])


@pytest.mark.parametrize("text, present, assessed", [
    ("bang on the head at rugby on Saturday, knocked out for a few seconds. A&E checked me and said concussion, no scan "
     "needed. It's Thursday now, still foggy, not getting worse", {"head_injury", "loss_of_consciousness"}, True),
    ("摔了一跤碰到头，当时晕了几秒，急诊查过头颅CT正常，3天了还是有点头晕", {"head_injury", "loss_of_consciousness"}, True),
    ("knocked out at rugby an hour ago, A&E said to come in", {"head_injury", "loss_of_consciousness"}, False),   # no days
    ("hit my head 3 days ago, knocked out, never been checked", {"head_injury", "loss_of_consciousness"}, False),
    ("A&E checked him on Saturday after he hit his head, now he's vomiting", {"head_injury", "vomiting"}, False),
    ("CT head was normal 4 days ago but the headache is getting worse", {"head_injury", "headache"}, False),
])
def test_a_head_injury_assessed_days_ago_with_nothing_new_is_the_gps(text, present, assessed):
    """NICE NG232 1.9: persisting concussion symptoms after an assessment in hospital go to the GP; a new or worsening
    sign, an injury never assessed, or one assessed today keeps the loss of consciousness an emergency (set DG's rugby
    player was an emergency on Thursday through Saturday's knock-out)."""
    assert safety.head_injury_assessed(present, text) is assessed
    flags = safety.settle_assessed_head_injury([safety.RedFlag("loss_of_consciousness", "emergency", "knocked out", 0, 4)],
                                               present, text)
    assert [f.level for f in flags] == (["routine"] if assessed else ["emergency"])


@pytest.mark.parametrize("present, text, rule", [
    ({"vomiting", "watery_diarrhoea"}, "我们一家三口前天去山上采了一些野生菌，晚上炒来吃了，十个小时后都上吐下泻", "wild_mushroom_poisoning"),
    ({"vomiting"}, "picked some mushrooms in the woods and had them on toast, sick 8 hours later", "wild_mushroom_poisoning"),
    ({"vomiting"}, "ate a mushroom risotto at a restaurant, sick since", None),   # (shop or restaurant mushrooms)
])
def test_being_unwell_after_wild_mushrooms_is_an_emergency(kb, present, text, rule):
    """NPIS TOXBASE: anyone unwell after eating picked wild mushrooms goes to the emergency department (a family's delayed
    vomiting and diarrhoea, then a husband's yellow eyes and little urine, was urgent under a hepatitis E, set DS)."""
    got = {r.rule for r in safety.context_red_flags(kb, [_mention(f) for f in present], 45, frozenset(), text=text)}
    assert ("wild_mushroom_poisoning" in got) is (rule is not None)


@pytest.mark.parametrize("text, age, level", [
    # a small scald on the writer's own hand, no blister, no age given (set DU: "splashed steamed milk from the wand on
    # the back of my hand ... no blisters" was urgent by the burn's own level)
    ("Barista, splashed steamed milk on the back of my hand, red patch, stings, no blisters", None, "self_care"),
    ("hot oil from the wok on my forearm, red patch the size of a coin, no blisters", 34, "self_care"),
    # a child's, or someone's whose age and skin the note does not give: the burn's own level
    ("my son splashed hot tea on his hand, red, no blisters", None, None),
    ("spilt hot tea on the back of my hand, no blisters", 3, None),
    ("hot water went over her arm, red, no blisters", None, None),
    ("做饭的时候被开水溅到左手背，一元硬币大小，发红，没有起泡，冲了20分钟冷水", None, "self_care"),   # (set EF)
    ("孩子做饭的时候被开水溅到左手背，发红，没有起泡", None, None),
])
def test_a_small_burn_with_no_blister_on_an_adults_own_skin_is_self_care(kb, text, age, level):
    assert safety.settled_by_note(kb, text, {"burn_injury"}, {"blisters"}, "burn", age=age).get("burn") == level


@pytest.mark.parametrize("text, age, flagged", [
    ("my 4 yr old hasnt done a poo for 5 days, big hard balls, she holds it in and crosses her legs", 4, True),
    ("两岁女儿大便干，三四天才拉一次，每次拉都哭，使劲憋着不肯拉", 2, True),
    ("my 4 yr old hasnt done a poo for 5 days, big hard balls, eating and playing", 4, False),   # (no withholding)
    ("I hold it in at work because the toilets are awful, constipated for a week", 35, False),  # (an adult)
])
def test_a_child_who_holds_the_stool_in_is_seen_by_a_gp(kb, text, age, flagged):
    """NICE CG99: a child's withholding of hard stools is treated with a laxative on prescription (set BZ)."""
    rules = {r.rule for r in safety.context_red_flags(kb, [_mention("constipation")], age, frozenset(), text=text)}
    assert ("childs_constipation_withholding" in rules) is flagged


@pytest.mark.parametrize("text, needed", [
    ("刚从韩国出差回来，高烧39.2，同行同事确诊流感", False),   # (no malaria in Seoul, set DY)
    ("back from holiday in Spain, fever 39 and shivering", False),
    ("just back from a trip to Ghana, fever and rigors", True),
    ("back from a trip to Spain and then Ghana, fever", True),
    ("holiday last month, fevers every other day with sweats", True),
    ("刚从尼日利亚务工回国，发烧", True),
])
def test_malaria_needs_a_trip_to_somewhere_with_malaria(text, needed):
    """UK malaria treatment guidelines; WHO: no local transmission in Europe, Japan, Korea's cities or China."""
    assert bool(safety.SIGNS_NEEDED["malaria"][1].search(text)) is needed


@pytest.mark.parametrize("text, finding, raised", [
    ("34M electrician, 240V shock through R hand 1h ago, ?brief LOC, entry burn R palm, c/o palpitations", "palpitations",
     True),
    ("装修时触电了一下，现在心慌", "palpitations", True),
    ("got a little shock from the plug this morning, fine now", "palpitations", False),   # (no sign after it)
    ("heart racing after three coffees", "palpitations", False),                           # (no shock)
])
def test_an_electric_shock_with_palpitations_a_faint_or_a_burn_is_an_emergency(kb, text, finding, raised):
    """RCEM and Resuscitation Council UK: an ECG and monitoring after a shock with such signs (out-of-scope set)."""
    found = [_mention(finding)] if raised or "coffee" in text else []
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, found, 34, frozenset(), text=text)}
    assert (("electric_shock_with_signs", "emergency") in rules) is raised


@pytest.mark.parametrize("text, finding, raised", [
    ("我老公尿毒症透析三年了。这周因为发烧，周一没去透析。今天早上起来喘得厉害，不能平躺", "shortness_of_breath", True),
    ("on haemodialysis, missed his Monday session, now breathless and his heart is jumping", "palpitations", True),
    ("skipped dialysis yesterday because of the snow, feel really weak", "generalised_weakness", True),
    ("on dialysis three times a week, never missed a session, a bit breathless on the stairs", "shortness_of_breath",
     False),   # (no session missed)
    ("missed his dialysis yesterday, feels fine, no breathlessness", "ankle_swelling", False),   # (no sign of the rule's)
])
def test_signs_after_a_missed_dialysis_are_an_emergency(kb, text, finding, raised):
    """UK Kidney Association and NICE NG107: breathlessness or palpitations after a missed session (fluid overload,
    hyperkalaemia) need the emergency department now (set DX)."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(finding)], 60, frozenset(), text=text)}
    assert (("missed_dialysis_with_signs", "emergency") in rules) is raised


@pytest.mark.parametrize("text, finding, raised", [
    ("45F with SLE on hydroxychloroquine + azathioprine, very inflamed tonsils, temp 38.5 last night", "fever", True),
    ("on methotrexate 15mg weekly for RA, sore throat and mouth ulcers since yesterday", "sore_throat", True),
    ("在吃甲巯咪唑治甲亢，这两天嗓子痛、发烧", "sore_throat", True),
    ("takes clozapine, fever 38.4 today", "fever", True),
    ("stopped methotrexate two years ago, sore throat since Monday", "sore_throat", False),   # (a medicine stopped)
    ("on ramipril and amlodipine, sore throat and a temperature", "fever", False),            # (no such medicine)
])
def test_a_sore_throat_or_fever_on_a_marrow_suppressing_medicine_is_urgent(kb, text, finding, raised):
    """BNF and MHRA: a sore throat, fever or mouth ulcers on a DMARD, an antithyroid drug or clozapine needs a blood
    count the same day (agranulocytosis; set DX)."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(finding)], 45, frozenset(), text=text)}
    assert (("marrow_suppression_signs", "urgent") in rules) is raised


@pytest.mark.parametrize("found, text, raised", [
    (["recent_childbirth", "hallucinations", "delusions"],
     "our baby is 9 days old. Tonight she told me the hospital swapped him and she's hearing a voice", True),
    (["recent_childbirth", "pressured_speech"], "生完孩子两周，这三天几乎不睡觉，说话特别快", True),
    (["hallucinations"], "hearing voices for a year, on olanzapine, no change", False),   # (no birth)
    (["recent_childbirth", "low_mood"], "baby 3 weeks old, tearful most days", False),     # (no psychosis sign)
])
def test_psychosis_after_a_birth_is_an_emergency(kb, found, text, raised):
    """NICE CG192 and the Royal College of Psychiatrists: postpartum psychosis is a psychiatric emergency (set EC)."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in found], 27, frozenset(),
                                                                 text=text)}
    assert (("postpartum_psychosis", "emergency") in rules) is raised


@pytest.mark.parametrize("text, allowed", [
    ("got bitten by something in the garden last night, 3 itchy red lumps on my ankle", False),   # (an insect's)
    ("mosquito bites all over my legs", False),
    ("the neighbour's dog bit my hand", True),
    ("bitten on the finger by a hamster", True),
])
def test_a_bite_by_something_unseen_is_no_animal_bite(text, allowed):
    """NICE NG184 (human and animal bites): a bite needs an animal or a person; "bitten by something" in the garden is
    an insect's (set ED)."""
    assert bool(safety.SIGNS_NEEDED["animal_bite"][1].search(text)) is allowed


def test_a_stopped_nosebleed_leaves_the_unexplained_tail_at_routine(kb):
    """A leader named by its own sign (a nosebleed that stopped, lice seen): conditions explaining none of the note's
    findings count as routine, not at their own level (NHS "Nosebleed"; sets DX and EA)."""
    text = "nosebleed from the left side, pinched for 10 mins and it's stopped now"
    settled = safety.settled_by_note(kb, text, {"nosebleed"}, set(), "epistaxis")
    assert settled.get("acute_urinary_retention") == "routine" and settled.get("balanitis") == "routine"
    assert "epistaxis" not in settled
    # still bleeding: no settling
    assert "acute_urinary_retention" not in safety.settled_by_note(kb, "nosebleed for 40 minutes, still pouring",
                                                                   {"nosebleed"}, set(), "epistaxis")
    # a condition that explains a finding of the note keeps its level
    assert "chronic_kidney_disease" not in safety.settled_by_note(kb, text + ", BP 190/120", {"nosebleed",
                                                                  "high_blood_pressure_reading"}, set(), "epistaxis")


@pytest.mark.parametrize("text, found, raised", [
    ("48F, known 7mm L ureteric stone on CT 4 days ago. Now fever 39.4, rigors, worsening L loin pain", ["high_fever",
                                                                                                      "flank_pain"], True),
    ("diagnosed with a 6.5 mm kidney stone in my right ureter, now chills and a fever, lower back pain",
     ["fever", "low_back_pain"], True),
    ("肾结石，今天发烧39度，腰疼", ["high_fever", "flank_pain"], True),
    ("gallstones known, now fever and right sided pain", ["fever", "abdominal_pain"], False),   # (no kidney stone)
    ("known kidney stone, loin pain again, no fever", ["flank_pain"], False),                 # (no fever)
])
def test_a_kidney_stone_with_a_fever_is_an_emergency(kb, text, found, raised):
    """NICE NG118 1.1 and the EAU urolithiasis guideline: a stone with signs of infection is an infected, obstructed
    kidney, drained the same day (set EH: "known 7mm L ureteric stone ... Now fever 39.4, rigors" was urgent)."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in found], 48, frozenset(),
                                                                 text=text)}
    assert (("infected_obstructed_kidney", "emergency") in rules) is raised


@pytest.mark.parametrize("flags, found, raised", [
    ({"pregnant"}, ["rigors", "high_fever"], True),
    ({"pregnant"}, ["rigors"], False),                 # (no fever)
    (set(), ["rigors", "high_fever"], False),          # (not pregnant)
])
def test_a_fever_with_rigors_in_pregnancy_is_an_emergency(kb, flags, found, raised):
    """RCOG Green-top 64a and NICE CKS pyelonephritis: a pregnant woman with a fever and rigors is assessed in hospital
    now (set EH: a 28-week pyelonephritis shaking under the duvet at 39.2 was urgent)."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [_mention(f) for f in found], 30, frozenset(flags),
                                                                 text="28 weeks pregnant, shaking, temp 39.2")}
    assert (("rigors_with_fever_in_pregnancy", "emergency") in rules) is raised


@pytest.mark.parametrize("text, negative", [
    ("还没测过有没有怀孕", False),
    ("测了一下有没有怀孕，还不知道", False),
    ("测过了没怀孕", True),
    ("验孕是阴性", True),
])
def test_a_pregnancy_test_not_yet_done_is_no_negative_test(text, negative):
    """"还没测过有没有怀孕" (not yet tested) is no negative test: read as one, a ZH ectopic with a missed period, a
    shoulder tip's pain and a near faint lost its emergency and its lead (set EF)."""
    assert bool(safety.NEGATIVE_PREGNANCY_TEST.search(text)) is negative


@pytest.mark.parametrize("condition, text, allowed", [
    ("paracetamol_overdose", "昨天晚上喝了不少白酒，又吃了麻辣火锅，今天上腹部烧着疼", False),
    ("paracetamol_overdose", "took a whole packet of tablets an hour ago", True),
    ("paracetamol_overdose", "吞了一整板药", True),
    ("acute_urinary_retention", "3yo hasnt pooed in 5 days, hard little balls, holding it in", False),
    ("acute_urinary_retention", "can't pee since this morning, lower tummy swollen", True),
])
def test_a_poisoning_or_a_retention_needs_its_words(condition, text, allowed):
    """A paracetamol overdose needs a dose or a medicine, a urinary retention the bladder (set EH)."""
    assert bool(safety.SIGNS_NEEDED[condition][1].search(text)) is allowed


def test_a_pregnancys_sickness_counts_as_routine_with_no_pregnancy_written(kb):
    """RCOG Green-top 69: hyperemesis is of a known pregnancy; with none written, no period missed and no positive test it
    counts as routine (set EI: a festival's dehydration at 24 was urgent through a hyperemesis at 17%)."""
    text = "Spent the whole day at an outdoor festival in 31 degrees, mouth really dry, lightheaded. 24F"
    settled = safety.settled_by_note(kb, text, {"dry_mouth", "dizziness"}, set(), "dehydration", False, 24)
    assert settled.get("hyperemesis_gravidarum") == "routine"
    assert "hyperemesis_gravidarum" not in safety.settled_by_note(
        kb, "8 weeks pregnant, vomiting all day", {"persistent_vomiting", "dehydration_signs"}, set(), "gastroenteritis",
        True, 24)
    assert "hyperemesis_gravidarum" not in safety.settled_by_note(
        kb, "period is 3 weeks late, vomiting all day", {"persistent_vomiting", "dehydration_signs", "missed_period"}, set(),
        "gastroenteritis", False, 24)


@pytest.mark.parametrize("text, age, raised", [
    ("my 18 month old got into my mums handbag and chewed some of her blood pressure tablets, amlodipine 10mg", 1, True),
    ("孩子两岁半，刚才从外公的药盒里翻药吃，是格列本脲（优降糖），地上捡到两片咬过的", 2, True),
    ("my 3yo swallowed one of grandad's amitriptyline tablets", 3, True),
    ("my 4 year old has a cough; I take amlodipine myself", 4, False),                    # (no ingestion)
    ("swallowed two of my amlodipine by mistake this morning, feel fine", 45, False),    # (an adult)
])
def test_a_small_child_into_a_dangerous_medicine_is_an_emergency(kb, text, age, raised):
    """NPIS (TOXBASE): one or two adult tablets of a sulfonylurea, a calcium channel blocker, a tricyclic or an opioid can
    kill a toddler, the harm hours later - hospital now, however well (set EK: both were urgent)."""
    rules = {(r.rule, r.level) for r in safety.context_red_flags(kb, [], age, frozenset(), text=text)}
    assert (("child_took_a_dangerous_medicine", "emergency") in rules) is raised
