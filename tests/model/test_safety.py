"""The safety layer on the shipped model: lay heart attacks, the hand-written notes' minimum triage, and the warning
when the note denies key signs of the leading diagnosis (the rules themselves: tests/unit/test_safety.py)."""
from __future__ import annotations

import pandas as pd
import pytest
import torch

from medmodel import labels, safety
from medmodel.case import Case
from medmodel.knowledge import triage_rank
from medmodel.decode import Hypothesis
from medmodel.evaluate import evaluate_labelled
from medmodel.predict import DifferentialEntry, Predictor


def _entry(kb, cid, p):
    c = kb.conditions[cid]
    return DifferentialEntry(c.id, c.icd10, c.name.en, c.name.zh, p)


@pytest.mark.parametrize("text,age,sex", [
    ("tight heavy feeling in his chest for the last half hour, it's going into his jaw, he's grey and clammy", 71, "M"),
    ("胸口闷痛半个多小时了，像有东西压着，出了一身冷汗，左胳膊也疼", 66, "M"),
])
def test_lay_heart_attack_is_triaged_emergency_by_the_shipped_model(shipped_bundle, text, age, sex):
    p = Predictor(shipped_bundle).predict(Case(text, age, sex))
    assert p.triage == "emergency"
    # a coronary cause leads. The English note ("going into his jaw" is not read as radiation) gets stable angina
    # first, not an infarction: a known weakness of this model, reported in the model card's notes; the triage
    # and the can't-miss banner are what keep the patient safe
    assert p.differential[0].condition_id in ("acute_myocardial_infarction", "stable_angina")


def test_handwritten_notes_are_never_under_triaged(shipped_bundle):
    """The second hand-written set: no note is triaged below its minimum safe level after the safety layer."""
    df = pd.read_csv("assets/eval/handwritten_notes_b.csv")
    out = evaluate_labelled(shipped_bundle, df, "text", "expected", "age", "sex", triage_column="min_triage")
    assert out["triage_checked"] == 22
    assert out["undertriaged"] == [], out["undertriaged"]


def test_denied_key_signs_warning_reaches_the_prediction(shipped_bundle):
    """Short notes that deny meningism can still pull the model to meningitis; the knowledge base's posterior over
    the recognised findings disagrees and the clinician is told, while triage stays where it was. The decoder's
    answer is fixed here (meningitis at ~90% at the first position), so the check does not depend on what the
    model happens to say about this note."""
    p = Predictor(shipped_bundle)
    vocab = shipped_bundle.target_vocab
    first = torch.zeros(len(vocab))
    first[vocab.stoi["DX:meningitis"]] = 12.0 * shipped_bundle.temperature
    hyp = Hypothesis([vocab.stoi["DX:meningitis"], vocab.stoi["TRIAGE:emergency"]], 0.0, first)

    def assemble(text):
        case = Case(text, 19, "M")
        prepared = p.prepare(case)
        return p._assemble(case, *prepared, hyp, p.banned(prepared[0]))

    denied = assemble("Headache and high fever since this morning. No neck stiffness, no rash, no confusion.")
    assert denied.leading.condition_id == "meningitis" and denied.leading.probability > 0.5
    [warning] = [w for w in denied.warnings if w.code == "denied_key_signs"]
    assert "neck stiffness" in warning.params["signs"] and denied.triage == "emergency"
    assert "denies key signs" in labels.message(warning, "en", shipped_bundle.kb)
    present = assemble("Headache and high fever since this morning. Neck stiffness, a rash and confusion.")
    assert not [w for w in present.warnings if w.code == "denied_key_signs"]


def test_denied_key_sign_rule(shipped_bundle, kb):
    p = Predictor(shipped_bundle)
    case = Case("Headache and high fever since this morning. No neck stiffness, no rash, no confusion.", 19, "M")
    findings = p.extractor.extract(case.text)
    assert p._denied_key_signs(case, findings, _entry(kb, "meningitis", 0.9))          # confident, KB disagrees
    assert not p._denied_key_signs(case, findings, _entry(kb, "meningitis", 0.4))      # the model itself is unsure
    assert not p._denied_key_signs(case, findings, _entry(kb, "influenza", 0.9))       # no key sign of flu denied


@pytest.mark.parametrize("text, finding", [
    ("Swallowed large bottle of Tylenol, need a liver transplant?", "paracetamol_overdose_ingestion"),
    ("吃了点海鲜，半小时后嘴唇和眼睛都肿了，嗓子发紧，全身起疹子", "lip_tongue_swelling"),
    ("我女儿16岁，跟我吵架后吞了一整板泰诺林，大概10片还是更多", "paracetamol_overdose_ingestion"),
    ("55M on warfarin for a mechanical valve, nosebleed 40 minutes not stopping with pressure", "uncontrolled_bleeding"),
    ("宝宝3个月，感冒三天了，今天呼吸特别快，鼻翼一扇一扇的，奶只吃了平时一半不到", "chest_recession"),   # nasal flaring
])
def test_a_danger_sign_in_words_the_model_never_saw_is_still_a_red_flag(shipped_bundle, text, finding):
    p = Predictor(shipped_bundle).predict(Case(text))
    assert finding in {r.finding for r in p.red_flags} and p.triage == "emergency"
    assert not Predictor(shipped_bundle).predict(Case("头疼，吃了两片泰诺林好多了")).red_flags   # a normal dose is not one
    assert not Predictor(shipped_bundle).predict(Case("nosebleed this morning, stopped with pressure after 5 minutes")).red_flags
    slowing = "my sons nose started pouring with blood 10 minutes ago, weve been pinching it and its slowing down"
    assert not Predictor(shipped_bundle).predict(Case(slowing)).red_flags          # pressure is controlling it
    assert "uncontrolled_bleeding" in {r.finding for r in Predictor(shipped_bundle).predict(
        Case(slowing.replace("its slowing down", "its not slowing down"))).red_flags}


def test_a_headache_behind_the_eyes_is_not_eye_pain(shipped_bundle):
    """The red-flag reader matched "aches ... behind my eyes" across "headache": influenza sent to urgent care."""
    p = Predictor(shipped_bundle).predict(Case(
        "shivering, 39.2, every muscle aches, headache behind my eyes and a dry cough", 34, "F"))
    assert "eye_pain" not in {r.finding for r in p.red_flags}
    assert p.differential[0].condition_id == "influenza"
    painful = Predictor(shipped_bundle).predict(Case("painful red eye, blurred vision, halos round lights", 60, "F"))
    assert "eye_pain" in {r.finding for r in painful.red_flags}


def test_hives_with_lips_and_breathing_fine_are_not_anaphylaxis(shipped_bundle):
    """A fresh note read "lips fine, breathing fine" as nothing: anaphylaxis 0.70, emergency, for plain urticaria."""
    note = ("came up in raised itchy welts all over, they move around, one lot fades and another appears a few hours "
            "later. lips fine, breathing fine. had a cold last week")
    p = Predictor(shipped_bundle).predict(Case(note, 29, "F"))
    assert p.differential[0].condition_id == "urticaria" and p.triage != "emergency"
    swollen = Predictor(shipped_bundle).predict(Case(note.replace("lips fine", "lips swelling up"), 29, "F"))
    assert swollen.triage == "emergency"


@pytest.mark.parametrize("text, finding", [
    ("孩子9岁，咳了三个礼拜了，一阵一阵的停不下来，咳完有时候还会吐，吸气的时候有像鸡叫一样的声音", "stridor"),   # whoop
    ("身上长了好多红色的斑块，上面有一层白白的皮，一抠就掉渣，抠多了会出血点", "non_blanching_rash"),             # psoriasis
    ("孩子10个月，这几天老流口水，什么都往嘴里塞着啃，下面牙床红红的鼓起来一点", "drooling"),                   # teething
    ("19F ST 6/7, fevers, o/e exudative tonsils, post cervical LNs ++, palatal petechiae", "non_blanching_rash"),
])
def test_words_that_sound_like_danger_signs_raise_none(shipped_bundle, text, finding):
    """Fresh notes: the pertussis whoop read as stridor, bleeding points on picked psoriasis and palatal petechiae
    as a petechial rash, a teething baby's dribbling as drooling: each sent a routine note to the emergency department."""
    assert finding not in {r.finding for r in Predictor(shipped_bundle).predict(Case(text)).red_flags}


def test_a_sticky_eye_is_not_a_stuck_eye(shipped_bundle):
    """Lay "stuck" of an eye means glued shut with discharge (conjunctivitis), not a gaze palsy: no red flag.
    An eye stuck in one position still is one (orbital cellulitis, cranial nerve palsy)."""
    p = Predictor(shipped_bundle)
    sticky = p.predict(Case("eye red and gunky, lashes stuck together this morning", 30, "F"))
    assert "restricted_eye_movements" not in {r.finding for r in sticky.red_flags} and sticky.triage != "emergency"
    stuck = p.predict(Case("his left eye is stuck in one position, can't look up", 30, "M"))
    assert "restricted_eye_movements" in {r.finding for r in stuck.red_flags}


@pytest.mark.parametrize("text, finding", [
    # the first "活着没意思" is read as hopelessness; the later passive death wish is still the danger sign
    ("最近老是觉得活着没意思，偶尔会想要是睡着不醒就好了，但是没想过具体怎么做", "suicidal_thoughts"),
    ("feeling low for weeks, sometimes i think my family would be better off without me", "suicidal_thoughts"),
    ("宝宝发烧39度，身上好多小红点，用杯子压也不褪色", "non_blanching_rash"),
    ("done 10 puffs of my inhaler and i can't get a whole sentence out", "severe_breathlessness"),
    ("压力太大了，生活没意思，还不如死了好", "suicidal_thoughts"),
    ("右耳昨天突然听不见了，耳朵发闷、耳鸣，耳朵也不疼", "sudden_hearing_loss_one_ear"),
    ("I woke up deaf in one ear this morning with ringing", "sudden_hearing_loss_one_ear"),
    # the plainest words, missing until fresh notes were tried (red_flags_d.yaml); the apostrophe may be dropped
    ("I dont want to live anymore, cant see the point", "suicidal_thoughts"),
    ("no point living since my wife died, not sleeping", "suicidal_thoughts"),
    ("my 18 month old has a temp and now theres tiny purple spots on her tummy that dont go away when I roll a "
     "glass over them", "non_blanching_rash"),
])
def test_screening_wordings_of_danger_signs(shipped_bundle, text, finding):
    """C-SSRS / PHQ-9 item 9, the glass test, BTS "can't complete sentences", sudden hearing loss in one ear (NICE
    CKS: ENT within 24 hours): triage at least urgent."""
    p = Predictor(shipped_bundle).predict(Case(text))
    assert finding in {r.finding for r in p.red_flags}
    assert p.triage in ("urgent", "emergency")


@pytest.mark.parametrize("text, plan", [
    ("PC low mood 2/12, anhedonia, PHQ-9 19. Thoughts of ending life, has a plan, no protective factors", True),
    ("I keep thinking about killing myself. I have a plan.", True),
    ("最近老想死，已经想好了方法", True),
    ("low mood, suicidal thoughts but no plan, good support from family", False),
])
def test_a_plan_beside_suicidal_thoughts_is_the_emergency_sign(shipped_bundle, text, plan):
    """NICE NG225: suicidal thoughts with a plan are an emergency; without one they are not raised to it by the plan
    rule (the thoughts themselves are still a red flag)."""
    p = Predictor(shipped_bundle).predict(Case(text))
    flags = {r.finding for r in p.red_flags}
    assert "suicidal_thoughts" in flags and ("suicide_plan" in flags) is plan
    assert p.triage == "emergency" if plan else p.triage in ("urgent", "emergency")


def test_everyday_dribbling_is_not_drooling(shipped_bundle):
    """A teething baby's dribbling and an old man's post-void dribble are not the drooling red flag (they had sent
    both to the emergency department); a drooling child who cannot swallow still is."""
    p = Predictor(shipped_bundle)
    for text, age, sex in (("baby is 7 months, dribbling loads, chewing on everything, one red cheek, grumpy", 0, "M"),
                           ("his flow is weak and takes ages to get going, then dribbles after. Up 3 times a night",
                            71, "M")):
        r = p.predict(Case(text, age, sex))
        assert "drooling" not in {f.finding for f in r.red_flags} and r.triage in ("self_care", "routine"), text
    r = p.predict(Case("my 3 year old is teething but now drooling, can't swallow, noisy breathing, high fever", 3, "F"))
    assert "drooling" in {f.finding for f in r.red_flags} and r.triage == "emergency"


def test_every_mention_of_a_danger_sign_is_tried(shipped_bundle):
    p = Predictor(shipped_bundle)
    text = "活着没意思。睡着不醒就好了"
    first = p._red_flag_reader.extract(text)
    every = p._red_flag_reader.extract(text, every=True)
    assert [m.finding for m in first].count("suicidal_thoughts") == 1
    assert [m.finding for m in every].count("suicidal_thoughts") == 2


def test_a_denied_sign_repeated_in_advice_is_not_a_red_flag(shipped_bundle):
    p = Predictor(shipped_bundle)
    r = p.predict(Case("Baby with a cold, not hard to rouse. Safety-netted: call 999 if he is hard to rouse or won't "
                       "wake up for feeds", 0, "M"))
    assert "drowsiness" not in {f.finding for f in r.red_flags}
    r = p.predict(Case("感冒三天，精神好。如出现皮疹压之不褪色，及时就诊", 2, "F"))
    assert "non_blanching_rash" not in {f.finding for f in r.red_flags}


@pytest.mark.parametrize("text", ["took 2 paracetamol for the headache, didn't help",
                                  "I've been taking ibuprofen and paracetamol for my back and it's maybe 30% better",
                                  "Took paracetamol at 8am, fever and cough 3 days",
                                  # set AR: "lots of" screen time is no overdose wording (emergency, 0.69)
                                  "13yo gets headaches most afternoons, like a tight band round her head. Lots of screen "
                                  "time and not drinking much water. No vomiting. Paracetamol helps."])
def test_paracetamol_taken_as_a_dose_is_not_an_overdose(shipped_bundle, text):
    """The model read the word alone as an overdose (emergency, 0.96); a dose taken is context, not the condition."""
    p = Predictor(shipped_bundle).predict(Case(text))
    assert "paracetamol_overdose" not in {d.condition_id for d in p.differential}
    used = p.case_used or p.case   # (only what the patient's age and sex rule out is excluded: "13yo" is read as 13)
    assert not p.red_flags and p.excluded == len(safety.impossible_for(shipped_bundle.kb, used.age, used.sex, False))
    assert p.triage != "emergency"
    assert any(t.lower() == "paracetamol" for t in p.encoded.tokens)      # the note is shown as written


def test_a_dose_of_paracetamol_leaves_the_headache_to_the_model(shipped_bundle):
    p = Predictor(shipped_bundle).predict(Case("took 2 paracetamol for the headache, didn't help"))
    assert p.differential[0].condition_id in {"migraine", "tension_type_headache"}


@pytest.mark.parametrize("text", ["took about 20 paracetamol 2 hours ago after a row with my boyfriend",
                                  "I took all the paracetamol in the house", "took a packet of paracetamol an hour ago",
                                  "25M took ~32 x paracetamol 500mg 4h ago"])
def test_a_paracetamol_overdose_is_still_one(shipped_bundle, text):
    p = Predictor(shipped_bundle).predict(Case(text))
    assert p.differential[0].condition_id == "paracetamol_overdose" and p.triage == "emergency"


def test_a_burning_pain_is_no_burn_and_postpartum_psychosis_is_an_emergency(shipped_bundle):
    """From a clinician's first notes: "... worse after big meals and lying down, burning" had raised the large-burn
    red flag (urgent reflux); a mother 5 days after birth with delusions was urgent (NICE CG192)."""
    p = Predictor(shipped_bundle)
    r = p.predict(Case("chest pain on and off for 2 weeks, worse after big meals and lying down, burning", 45, "M"))
    assert not {f.finding for f in r.red_flags} & {"large_burn_area", "burn_injury"}
    assert r.differential[0].condition_id == "gerd"
    for text in ("Day 5 after giving birth. Hasn't slept for 3 nights, says the baby has been swapped and the midwives "
                 "are poisoning her", "产后第7天，这两天不睡觉，说有人要害她和孩子，听到有人跟她说话"):
        r = p.predict(Case(text, 29, "F"))
        assert r.triage == "emergency" and "postpartum_psychosis" in {f.rule for f in r.red_flags}, text


def test_a_single_symptom_is_no_ground_for_a_medicine(shipped_bundle):
    """"tummy ache" at 8 years had scarlet fever 54% with penicillin V, "cough for 5 days" doxycycline: a differential
    resting on one symptom and the age suggests no medicine, says why, and still lists each candidate's options."""
    from medmodel import render
    p = Predictor(shipped_bundle)
    for text, age in (("tummy ache", 8), ("cough for 5 days", 40)):
        r = p.predict(Case(text, age, "M"))
        assert r.medications == [] and r.options and "thin_note" in {w.code for w in r.warnings}, text
        assert "Only one symptom" in render.treatment_note(r, "en") and "只识别到一个症状" in render.treatment_note(r, "zh")
    r = p.predict(Case("burning when i pee and going all the time", 27, "F"))     # two findings: as before
    assert r.medications and "thin_note" not in {w.code for w in r.warnings}


def test_no_symptom_read_is_no_ground_for_a_medicine(shipped_bundle):
    """A note with no symptom read as present gets no medicine whatever the scope check says (refitted with a seventh
    signal, it no longer flagged every such note, and 25 evaluation notes had medicines: mifepristone for brown
    spotting at 8 weeks with a heartbeat seen), and says why."""
    from medmodel import render
    p = Predictor(shipped_bundle)
    for text in ("怀孕8周，上周B超看到胎心了，今天有点担心",
                 "a bump on my finger for months",   # (a "hard rough bump ... with little black dots" is read as a wart)
                 "no fever and no rash"):
        r = p.predict(Case(text, 30, "F"))
        assert not any(m.present for m in r.findings) and not r.red_flags, text     # the premise
        assert r.medications == [] and "no_finding_recognised" in {w.code for w in r.warnings}, text
        assert r.out_of_scope or ("no medicine" in render.treatment_note(r, "en")
                                  and "不据此推荐药物" in render.treatment_note(r, "zh")), text


def test_brown_spotting_with_a_heartbeat_seen_gets_no_miscarriage_medicine(shipped_bundle):
    """Its bleeding is read now (有一点点褐色的血 in a pregnant woman's note: bleeding in pregnancy), and a miscarriage is
    confirmed by ultrasound before mifepristone and misoprostol (NICE NG126)."""
    r = Predictor(shipped_bundle).predict(Case("怀孕8周，今天上厕所发现有一点点褐色的血，肚子有点隐隐的，不怎么疼。上周B超看到胎心了",
                                               30, "F"))
    assert "pregnancy_bleeding" in {m.finding for m in r.findings if m.present}
    assert not {"mifepristone", "misoprostol"} & set(r.medications)


def test_an_exacerbation_only_of_a_disease_the_note_names(shipped_bundle):
    """A lay pneumonia (fever, green phlegm, pain on breathing in) was led by a bronchiectasis exacerbation with no
    word of bronchiectasis; named, it still leads."""
    p = Predictor(shipped_bundle)
    for text in ("I've got a high temperature, I'm coughing up thick green phlegm, it hurts on one side when I breathe "
                 "in and I'm short of breath", "发烧咳嗽五天了，咳黄痰，喘不上气，右边胸口吸气的时候疼"):
        r = p.predict(Case(text, 60, "M"))
        assert "bronchiectasis_exacerbation" not in [d.condition_id for d in r.differential], text
    r = p.predict(Case("known bronchiectasis, more sputum than usual, green, feverish", 60, "F"))
    assert r.leading.condition_id == "bronchiectasis_exacerbation"


def test_no_febrile_seizure_without_a_fit_in_the_note(shipped_bundle):
    """A febrile toddler with a cold had febrile seizure 52%, buccal midazolam and an emergency with no fit in the
    note; a fit in plain words (English or Chinese) still leads with it."""
    p = Predictor(shipped_bundle)
    r = p.predict(Case("2 yo with fever 39 and runny nose since yesterday, eating less, playing in between", 2, "M"))
    assert "febrile_seizure" not in {d.condition_id for d in r.differential}
    assert "buccal_midazolam" not in r.medications and r.triage != "emergency"
    for text in ("my 18 month old just had a fit, went stiff then her arms and legs were jerking for about 2 mins. "
                 "shes really hot", "孩子1岁8个月，发烧39度5，刚才突然抽起来了，眼睛往上翻，手脚一抽一抽的"):
        r = p.predict(Case(text, 1, "F"))
        assert r.differential[0].condition_id == "febrile_seizure" and r.triage == "emergency", text
    r = p.predict(Case("娃两岁，下午开始发烧39度多，腿上肚子上好多针尖一样的紫红点点，拿玻璃杯压上去也不褪色，人有点蔫", 2, None))
    assert "non_blanching_rash" in {f.finding for f in r.red_flags} and r.triage == "emergency"


def test_steps_follow_the_triage_shown_and_the_pregnancy(shipped_bundle):
    """A 2-year-old triaged routine was told to go to the emergency department now (the model's own token); a
    nonsmoker was advised to stop smoking; period pain stood in a differential at 28 weeks of pregnancy."""
    from medmodel.predict import EMERGENCY_STEPS
    p = Predictor(shipped_bundle)
    r = p.predict(Case("fever 39 for 2 days, pulling at right ear, eating ok", 2, "F"))
    assert r.triage != "emergency" and not set(r.next_steps) & EMERGENCY_STEPS
    r = p.predict(Case("crushing chest pain going into my left arm, sweaty", 60, "M"))
    assert r.triage == "emergency" and "emergency_department_now" in r.next_steps
    r = p.predict(Case("cough 3 wks, no fever, nonsmoker, feels fine", 33, "M"))
    assert "smoking_cessation" not in r.next_steps
    r = p.predict(Case("pregnant 28 wks, back pain and headache, wants painkiller", 24, "F"))
    assert not {"dysmenorrhoea", "heavy_menstrual_bleeding"} & {d.condition_id for d in r.differential}


def test_a_danger_sign_the_lead_does_not_list_puts_the_emergency_first(shipped_bundle):
    """A reviewer's Chinese stroke note (one-sided weakness, slurred speech, dizziness) led with BPPV and offered a
    Dix-Hallpike test and the Epley manoeuvre beside the emergency: the lead's own steps and medicines wait for the
    emergency assessment, and the note says why. A heart attack that explains its signs keeps its steps and medicines."""
    from medmodel import render
    from medmodel.predict import EMERGENCY_STEPS
    p = Predictor(shipped_bundle)
    r = p.predict(Case("头晕，一边手脚没力气，说话不清楚，一个小时前开始的", 70, "F"))
    assert r.triage == "emergency" and set(r.next_steps) <= EMERGENCY_STEPS and r.medications == []
    assert "red_flag_unexplained" in {w.code for w in r.warnings}
    assert "danger sign" in render.treatment_note(r, "en")
    r = p.predict(Case("crushing chest pain going into my left arm, sweaty", 60, "M"))
    assert r.medications and "ecg" in r.next_steps and "red_flag_unexplained" not in {w.code for w in r.warnings}


def test_a_temple_headache_is_no_arteritis_sign_before_50(shipped_bundle):
    """BSR 2020: giant cell arteritis is suspected from 50 years; a 40-year-old's temple headache raised its red flag."""
    p = Predictor(shipped_bundle)
    flags = lambda age: {f.finding for f in p.predict(Case("头疼两天，太阳穴胀痛，梳头时头皮痛", age, "F")).red_flags}
    assert "new_temporal_headache" not in flags(40)
    assert "new_temporal_headache" in flags(72)


def test_colic_crying_is_no_emergency_cry_and_psoriasis_patches_no_erythroderma(shipped_bundle):
    """A blind set's well, afebrile 6-week-old crying for hours every evening that nothing settles (infant colic) and
    a psoriasis record of red patches all over (全身皮肤红斑) were both emergencies; a high-pitched cry or a fever keeps
    the cry's red flag (NICE NG143)."""
    p = Predictor(shipped_bundle)
    colic = p.predict(Case("宝宝一个半月，每天傍晚开始哭，一哭就是两三个小时，怎么哄都不行，脸涨得通红腿往上缩，但吃奶好，"
                           "体重长得也好，不发烧", 0, "M"))
    assert colic.leading.condition_id == "infant_colic" and colic.triage in ("self_care", "routine")
    shrill = p.predict(Case("3 month old, screaming for hours and won't be comforted, a strange high-pitched cry", 0, "F"))
    assert "inconsolable_high_pitched_cry" in {f.finding for f in shrill.red_flags} and shrill.triage == "emergency"
    febrile = p.predict(Case("孩子哭声很尖，怎么哄都不行，发烧39度", 0, "M"))
    assert febrile.triage == "emergency"
    plaques = p.predict(Case("主诉：全身皮肤红斑、鳞屑反复发作5年。查体：躯干、四肢伸侧见境界清楚的红色斑块，上覆银白色鳞屑。", 40, "M"))
    assert plaques.leading.condition_id == "psoriasis" and plaques.triage == "routine"
    red = p.predict(Case("全身皮肤都红了还发烫，还脱皮", 60, "M"))
    assert "widespread_red_skin" in {f.finding for f in red.red_flags}


def test_hypothermia_only_where_the_note_speaks_of_the_cold(shipped_bundle):
    """Hypothermia was in the top three of 23 evaluation notes and the diagnosis of one: "wheeze since a cold" went to
    the emergency department with it; an old man found on the floor of a freezing house keeps it."""
    p = Predictor(shipped_bundle)
    wheeze = p.predict(Case("Wheeze since a cold. Talking in full sentences, PEF 80% of best, no chest pain, not drowsy, "
                            "inhaler helping", 30, "F"))
    assert "hypothermia" not in {d.condition_id for d in wheeze.differential} and wheeze.triage != "emergency"
    cold = p.predict(Case("80yo man, lives alone, neighbour found him on the floor this morning, heating broken and house "
                          "freezing. Very drowsy, cold to touch, speech slow.", 80, "M"))
    assert cold.leading.condition_id == "hypothermia" and cold.triage == "emergency"


def test_emergencies_the_note_gives_no_sign_of_send_no_one_to_the_emergency_department(shipped_bundle):
    """Small likelihoods of emergencies the note shows no sign of summed to an emergency: an overdose for a worry
    about sleeping pills, a question about premature ejaculation (real questions), septic arthritis's companions for
    gout. The overdose itself, an atypical heart attack told in lay words and sudden loss of sight stay emergencies;
    so do the emergencies that had relied on that diffuse mass, now read: paraphimosis, a sickle cell crisis with a
    fever, tumour lysis with a potassium of 6.8."""
    p = Predictor(shipped_bundle)
    assert p.predict(Case("Problems sleeping....but worried that I might get dependent on sleeping pills")).triage \
        != "emergency"
    assert p.predict(Case("R 1st MTPJ red hot swollen since 4am, can't bear sheet on it", 58, "M")).triage \
        != "emergency"
    assert p.predict(Case("Hello Doctor, How to overcome premature ejaculation. Can I use any kind of ayurvedic "
                          "spray during intercourse?")).triage != "emergency"
    for text, age, sex in (
            ("Lost the sight in my left eye about 10 minutes ago - it just went black all at once. No pain.", 70, "M"),
            ("Pulled my foreskin back in the shower and now it won't go back over, the end is swollen like a ring "
             "and it's really painful.", 24, "M"),
            ("My son has sickle cell and he's in agony in his legs and back, the painkillers we have at home aren't "
             "touching it, temp 38.", 12, "M"),
            ("Day 2 of induction chemo for high-grade lymphoma. K 6.8, urate 900, phosphate high, corrected Ca low, "
             "creatinine doubled, oliguric.", None, None)):
        assert p.predict(Case(text, age, sex)).triage == "emergency", text
    assert p.predict(Case("took 30 of my mums sleeping pills an hour ago", 17, "F")).triage == "emergency"
    atypical = p.predict(Case("I'm 58 and diabetic and I've just felt really off all evening, short of breath walking "
                              "up the stairs, sweaty and sick and a weird ache in my jaw and between my shoulder "
                              "blades. No actual chest pain. Probably just indigestion?", 58, "M"))
    assert atypical.triage == "emergency"


def test_a_poisoning_needs_one_of_its_signs_or_substances(shipped_bundle):
    """Opioid overdose was in the top three for itchy toes and hives and led a citalopram overdose; it stays for
    'oxys' with a man hard to wake and for pinpoint pupils, and the citalopram overdose is an overdose."""
    p = Predictor(shipped_bundle)
    ids = lambda text, age=30, sex="M": {d.condition_id for d in p.predict(Case(text, age, sex)).differential}
    assert "opioid_overdose" not in ids("itchy peeling skin between toes, smells bad")
    assert not {"opioid_overdose", "drug_overdose"} & ids("Problems sleeping....but worried that I might get "
                                                           "dependent on sleeping pills")
    citalopram = p.predict(Case("I swallowed 20 tablets of 40mg Citalopram whay should I do?", 24, "F"))
    assert citalopram.leading.condition_id == "drug_overdose" and citalopram.triage == "emergency"
    oxys = p.predict(Case("my boyfriend took some pills he got from a mate (he said they were oxys) and now he's "
                          "really hard to wake up, snoring weirdly", 22, "M"))
    assert "opioid_overdose" in {d.condition_id for d in oxys.differential[:2]} and oxys.triage == "emergency"
    assert "opioid_overdose" in ids("Found my flatmate barely breathing, lips blue, pupils tiny like pinpoints")


def test_malaria_needs_travel_or_its_fever_in_cycles(shipped_bundle):
    """Flu with shivers had malaria in its top three and went to the emergency department; a traveller's fevers
    with rigors and sweats are still malaria, and an emergency."""
    p = Predictor(shipped_bundle)
    flu = p.predict(Case("Came on really suddenly yesterday afternoon, aching all over, shivery, temp 38.8, dry "
                         "cough and a headache. Totally wiped out.", 34, "F"))
    assert "malaria" not in {d.condition_id for d in flu.differential} and flu.triage != "emergency"
    back = p.predict(Case("Got back from Ghana a week ago, fevers that come and go with bad shivers and sweats, "
                          "headache, aching all over.", 40, "M"))
    assert back.leading.condition_id == "malaria" and back.triage == "emergency"


def test_a_rolled_ankle_that_bears_weight_is_not_urgent(shipped_bundle):
    """A rolled ankle that 'I can walk on' was urgent (and once an emergency) through an ankle, a collarbone, a wrist
    and a hip fracture; with a crack heard and no weight borne it stays urgent."""
    p = Predictor(shipped_bundle)
    walks = p.predict(Case("went over on my ankle stepping off a kerb, its swollen and bruised on the outer side. "
                           "i can walk on it but limping", 28, "F"))
    ids = {d.condition_id for d in walks.differential}
    assert walks.triage in ("self_care", "routine") and not {"clavicle_fracture", "wrist_fracture", "hip_fracture"} & ids
    cracked = p.predict(Case("went over on my ankle stepping off a kerb, heard a crack, can't put any weight on it "
                             "and it's swollen on the outer side", 28, "F"))
    assert cracked.triage in ("urgent", "emergency")
    assert "ankle_fracture" in {d.condition_id for d in cracked.differential[:3]}


def test_a_childs_cold_is_not_urgent_and_croup_still_is(shipped_bundle):
    """'My 2 yr old has a runny nose and a slight temp, still running round' was urgent through preschool wheeze and
    croup; a barking cough with noisy breathing in, and a baby breathing fast, stay urgent or worse."""
    p = Predictor(shipped_bundle)
    cold = p.predict(Case("my 2 yr old has a runny nose and a slight temp of 37.9, still running round, eating his "
                          "tea and weeing fine", 2, "M"))
    assert cold.triage in ("self_care", "routine")
    croup = p.predict(Case("孩子3岁，晚上突然咳嗽，声音像小狗叫一样，嗓子哑了，吸气的时候喉咙里有呼呼的声音。", 3, None))
    assert croup.leading.condition_id == "croup" and croup.triage in ("urgent", "emergency")
    fast = p.predict(Case("宝宝5个月，前两天流鼻涕，现在咳得厉害，呼吸比平时快，能听到咝咝的声音，吃奶比平时少了一些", 0, None))
    assert fast.triage in ("urgent", "emergency")
    arm = p.predict(Case("孩子2岁，大人拉着他的手一拽，他就哭了，左胳膊垂着不肯动，也不肯伸手拿东西。", 2, None))
    assert arm.triage in ("urgent", "emergency")


def test_the_under_triaged_notes_of_blind_set_t(shipped_bundle):
    """Set T's first read under-triaged these four; each now reaches its safe level through a sourced rule."""
    p = Predictor(shipped_bundle)
    cdiff = p.predict(Case("76F, finished clindamycin for a tooth infection 4 days ago, now 6-7 watery stools a day "
                           "with crampy tummy pain and temp 37.9.", 76, "F"))
    assert cdiff.triage in ("urgent", "emergency")
    eye = p.predict(Case("Woke up and the white of my left eye has a bright red patch on it. Doesn't hurt and I can "
                         "see fine. I'm 70 and on warfarin for my heart valve.", 70, None))
    assert eye.triage != "self_care"
    liver = p.predict(Case("患者，男，55岁。主诉：腹胀2个月。既往史：慢性乙型肝炎病史15年。查体：肝掌，蜘蛛痣，腹部膨隆，"
                           "移动性浊音阳性。", 55, "M"))
    assert liver.triage in ("urgent", "emergency")
    heart = p.predict(Case("28M. Had a flu-like illness about a week ago, now 2 days of central chest ache, "
                           "palpitations, breathless climbing stairs, and I can't lie flat tonight.", 28, "M"))
    assert heart.triage == "emergency"


def test_a_hurt_left_arm_is_no_heart_attacks_spreading_pain(shipped_bundle):
    """The knowledge base's "into my left arm" reduces to "left arm": a bike fall was an emergency red flag."""
    p = Predictor(shipped_bundle)
    fall = p.predict(Case("I fell off my bike and hurt my left arm, it's swollen", 30, "M"))
    assert "radiating_arm_jaw_pain" not in {m.finding for m in fall.findings} and fall.triage != "emergency"
    heart = p.predict(Case("heavy pressure in my chest going down my left arm, sweaty", 60, "M"))
    assert "radiating_arm_jaw_pain" in {m.finding for m in heart.findings if m.present}
    assert heart.triage == "emergency"


def test_known_epilepsys_usual_seizure_is_urgent_and_a_long_one_an_emergency(shipped_bundle):
    """Real Chinese questions about the treatment of known epilepsy were emergencies; a fit over 5 minutes in words
    the reader did not know ('fitting for 10 minutes', 抽了二十分钟还没醒) raised nothing."""
    p = Predictor(shipped_bundle)
    assert p.predict(Case("80岁老人癫痫病发作在家如何治疗? 我爸今年已经80岁了，他得了癫痫病")).triage == "urgent"
    assert p.predict(Case("I have epilepsy and had a seizure this morning, lasted about a minute, I'm back to normal "
                          "now. Do I need to be seen?", 30, "F")).triage == "urgent"
    assert p.predict(Case("I have epilepsy and he's been fitting for 10 minutes and won't stop", 30, "M")).triage \
        == "emergency"
    assert p.predict(Case("我老公有癫痫，刚才抽了二十分钟还没醒")).triage == "emergency"


def test_a_measured_blood_pressure_below_180_120_is_no_hypertensive_emergency(shipped_bundle):
    """NICE NG136 / ESC-ESH 2018: a hypertensive emergency is 180/120 or more with organ damage; "自己量了一下160/100"
    with dizziness was an emergency through it. A reading of 200/130 keeps it possible."""
    p = Predictor(shipped_bundle)
    ids = lambda text: {d.condition_id for d in p.predict(Case(text, 60, "M")).differential}
    assert "hypertensive_emergency" not in ids("血压高好几年了，一直没吃药，最近有时候头晕，自己量了一下160/100")
    assert "hypertensive_emergency" in ids("BP 220/130 at the pharmacy, bad headache and blurred vision, chest tight")


def test_a_breastfeeding_mothers_own_fever_is_not_her_babys(shipped_bundle):
    """The form left blank, "Breastfeeding my 6 week old ... sore wedge on my boob, temp 38.3" applied the under-3-months
    fever rule to the mother (emergency); her febrile breast is urgent (NHS Mastitis). The baby's own fever stays one."""
    p = Predictor(shipped_bundle)
    mother = p.predict(Case("Breastfeeding my 6 week old. Since yesterday a hot, red, sore wedge shaped patch on my right "
                            "boob, hard and lumpy. Feel fluey and achy, temp 38.3."))
    assert mother.triage == "urgent" and "young_infant_fever" not in {f.rule for f in mother.red_flags}
    baby = p.predict(Case("My 6 week old is breastfed and has a temp of 38.3 and is not feeding well"))
    assert baby.triage == "emergency" and "young_infant_fever" in {f.rule for f in baby.red_flags}


def test_a_condition_of_pregnancy_waits_for_a_pregnancy_test(shipped_bundle):
    """A reviewer's "missed period, sexual active, nauseous" at 16 was nausea of pregnancy with cyclizine and
    prochlorperazine before any test; with a positive test the antiemetics are offered."""
    from medmodel import render
    p = Predictor(shipped_bundle)
    r = p.predict(Case("missed period, sexual active, nauseous", 16, "F"))
    assert r.medications == [] and "pregnancy_unconfirmed" in {w.code for w in r.warnings}
    assert "pregnancy test" in render.treatment_note(r, "en")
    r = p.predict(Case("月经推迟两周，验孕阳性，恶心想吐", 28, "F"))
    assert r.medications and "pregnancy_unconfirmed" not in {w.code for w in r.warnings}


def test_warfarin_bleeding_disorders_and_tetanus_on_the_shipped_model(shipped_bundle):
    """Context written in the note on the real model: warfarin withholds trimethoprim (its interaction, not the
    DOACs'), a bleeding disorder withholds NSAIDs and makes a swollen joint after a fall an emergency, lockjaw after a
    garden wound is tetanus until shown otherwise."""
    p = Predictor(shipped_bundle)
    uti = p.predict(Case("UTI symptoms, burning when I pee and going all the time, on warfarin for AF", 70, "F"))
    assert uti.differential[0].condition_id == "urinary_tract_infection"
    assert "trimethoprim" not in uti.medications and uti.medications
    assert {"warfarin", "anticoagulant"} <= uti.case_used.context_flags
    knee = p.predict(Case("haemophilia, fell off bike, knee swelling up fast", 12, "M"))
    assert knee.triage == "emergency" and "bleeding_disorder_bleed" in {f.rule for f in knee.red_flags}
    assert not {"ibuprofen", "naproxen", "aspirin"} & set(knee.medications)
    tetanus = p.predict(Case("61M gardener, puncture wound from a rusty fork 10 days ago. Now jaw stiffness, can't "
                             "open mouth fully, painful spasms in back muscles. Not vaccinated."))
    assert tetanus.triage == "emergency" and "tetanus_signs_after_wound" in {f.rule for f in tetanus.red_flags}


def test_a_diagnosis_a_test_confirms_gets_the_test_before_its_medicines(shipped_bundle):
    """Hypothyroidism from symptoms: thyroid function tests first, levothyroxine an option for then (NICE NG145);
    a note that names the known diagnosis or its medicine gets the medicines as before."""
    from medmodel import render
    p = Predictor(shipped_bundle)
    r = p.predict(Case("tired, cold all the time, weight gain, constipated, dry skin", 45, "F"))
    assert r.differential[0].condition_id == "hypothyroidism" and r.differential[0].probability > 0.9
    assert r.medications == [] and "levothyroxine" in r.options["hypothyroidism"]
    assert "thyroid_function_tests" in r.next_steps
    assert {w.code for w in r.warnings} >= {"confirm_before_treatment"}
    note = render.treatment_note(r, "en", shipped_bundle.kb)
    assert "Hypothyroidism" in note and "once a test confirms it" in note
    assert "确诊" in render.treatment_note(r, "zh", shipped_bundle.kb)
    known = p.predict(Case("hypertension on amlodipine, BP still 160/95", 60, "M"))
    assert known.differential[0].condition_id == "essential_hypertension" and known.medications
    assert "confirm_before_treatment" not in {w.code for w in known.warnings}
    assert not {"ramipril", "losartan"} <= set(known.medications)      # never an ACE inhibitor with an ARB


@pytest.mark.parametrize("condition, text, known", [
    ("hiv_infection", "worried about HIV, wants an HIV test", False), ("hiv_infection", "HIV negative last year", False),
    ("tuberculosis", "?TB", False), ("tuberculosis", "TB contact", False), ("hiv_infection", "担心得了艾滋病", False),
    ("type_2_diabetes", "family history of diabetes", False), ("type_2_diabetes", "mum has diabetes", False),
    ("type_2_diabetes", "母亲有糖尿病", False), ("type_2_diabetes", "pre-diabetes last year", False),
    ("type_2_diabetes", "gestational diabetes in last pregnancy", False),
    ("hepatitis_b", "took paracetamol", False), ("rheumatoid_arthritis", "on naproxen", False),   # shared medicines
    ("rheumatoid_arthritis", "rheumatoid factor requested", False),
    ("type_2_diabetes", "T2DM on metformin", True), ("hypothyroidism", "known hypothyroid on levothyroxine", True),
    ("hypothyroidism", "甲减，吃优甲乐", True), ("essential_hypertension", "has high blood pressure", True),
    ("hypothyroidism", "TSH 15, tired", True), ("type_2_diabetes", "HbA1c 62, thirsty", True),
    ("essential_hypertension", "BP 190/125, headache", True),       # NG136: treat at once from 180/120
    ("hiv_infection", "HIV positive on Biktarvy", True), ("hiv_infection", "tested positive for HIV last month", True),
])
def test_a_known_diagnosis_is_told_from_a_question_a_relatives_or_a_shared_medicine(shipped_bundle, condition, text,
                                                                                    known):
    p = Predictor(shipped_bundle)
    findings = p.prepare(Case(text))[3]
    assert p._known_diagnosis(text, findings, condition) is known


def test_a_named_diagnosis_without_symptoms_asks_for_the_symptoms(shipped_bundle):
    """A GP's shorthand names the working diagnosis ("UTI, pregnant 10 weeks, on warfarin") and no symptom: MedSeq
    reads symptoms, so it says so and asks for them (out of scope, no medicine), in both languages."""
    from medmodel import render
    p = Predictor(shipped_bundle)
    r = p.predict(Case("UTI, pregnant 10 weeks, on warfarin for a mechanical valve", 33, "F"))
    assert r.medications == [] and "named_without_findings" in {w.code for w in r.warnings}
    said = render.warnings(r, shipped_bundle.kb, "en", placed=False)
    assert any("names Lower urinary tract infection" in w and "symptoms" in w for w in said)
    assert any("症状" in w for w in render.warnings(r, shipped_bundle.kb, "zh", placed=False))
    assert p.named_conditions("甲减，吃优甲乐") == ["hypothyroidism"]
    assert p.named_conditions("family history of diabetes, ?TB, no asthma") == []
    described = p.predict(Case("UTI: burning when I pee, going all the time, 10 weeks pregnant", 33, "F"))
    assert "named_without_findings" not in {w.code for w in described.warnings}


def test_names_pattern_matches_as_a_pattern_per_name_would():
    """``_names_pattern`` puts all spoken names in one case-insensitive group (it compiles ~15x faster): the matches
    and their order of preference are those of one pattern per name, tried longest first, capitals as written."""
    import re

    from medmodel.predict import _names_pattern
    names = {"UTI", "TB", "urinary tract infection", "asthma", "asthma attack", "甲减", "HTN", "tb test"}
    shouted = sorted(n for n in names if n.isupper() and len(n) <= 4)
    spoken = sorted((n for n in names if n not in shouted), key=len, reverse=True)
    per_name = re.compile("|".join([rf"(?i:(?<![A-Za-z]){re.escape(n)}(?![A-Za-z]))" for n in spoken]
                                   + [rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])" for n in shouted]))
    pattern = _names_pattern(names)
    for text in ("Asthma attack last night, UTI in May, HTN", "tb test done; Tb? uti? asthmatic", "甲减多年，UTIs",
                 "URINARY TRACT INFECTION x2, xTB, TB.", ""):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in per_name.finditer(text)]
    assert [m.group() for m in pattern.finditer("Asthma attack, uti, UTI, tb, TB")] == [
        "Asthma attack", "UTI", "TB"]
    assert _names_pattern(set()).search("anything at all") is None


def test_a_red_flag_read_inside_another_readings_words_and_a_sore_red_eye(shipped_bundle):
    """The red-flag reader's mention that starts inside words the first reading gave another finding is passed over
    ("sneezing fits first thing" is no fit: hay fever was an emergency); a leading eye condition's eye pain is a
    same-day sign (NICE CKS red eye), not an emergency ("sore red eyes, sticky gunk" under blepharitis was)."""
    p = Predictor(shipped_bundle)
    hay = p.predict(Case("Every June the same, itchy watery eyes, sneezing fits first thing and a runny nose like a "
                         "tap. Worse when my husband cuts the grass.", 40, "F"))
    assert "seizure" not in {f.finding for f in hay.red_flags} and hay.triage != "emergency"
    eyes = p.predict(Case("sore red eyes, yellow sticky gunk gluing my lashes together when I woke up. started in one "
                          "eye now both. can see fine", 30, "F"))
    assert eyes.triage != "emergency"
    assert all(f.level != "emergency" for f in eyes.red_flags if f.finding == "eye_pain")
    fit = p.predict(Case("my son is 2, he had a fit this morning, shaking all over for 3 minutes", 2, "M"))
    assert "seizure" in {f.finding for f in fit.red_flags}


def test_a_young_infants_fever_gets_no_medicine_for_a_guessed_cause(shipped_bundle):
    """NICE NG143: a fever under 3 months is assessed in hospital. "my baby is 6 weeks old and has a temp of 38.3 and
    isnt feeding well" had hand, foot and mouth disease leading with paracetamol and ibuprofen (and, with that gated,
    otitis media with amoxicillin when that was gated): an emergency, no medicine, and the reason said."""
    p = Predictor(shipped_bundle).predict(Case("my baby is 6 weeks old and has a temp of 38.3 and isnt feeding well", 0, "F"))
    assert p.triage == "emergency" and p.medications == []
    assert "young_infant_fever_no_medicine" in {w.code for w in p.warnings}
    older = Predictor(shipped_bundle).predict(Case("my 7 month old has a temp of 38.5 and a runny nose", 0, "M"))
    assert "young_infant_fever_no_medicine" not in {w.code for w in older.warnings}


def test_a_review_of_a_well_patient_is_routine_and_a_high_inr_urgent(shipped_bundle):
    """A GP's review note ("known AF on apixaban, here for medication review, feels well") was an emergency, a stroke
    at 95% from the history alone: no triage above routine and the reason said; an event ("had a TIA last week") is
    no review; an INR of 5 or more is urgent even when the patient feels well (BNF warfarin, BSH 2011)."""
    p = Predictor(shipped_bundle)
    review = p.predict(Case("known AF on apixaban, here for medication review, feels well", 74, "M"))
    assert review.triage == "routine" and "no_current_complaint" in {w.code for w in review.warnings}
    assert review.medications == [] and set(review.next_steps) <= {"medication_review", "routine_gp_review"}
    tia = p.predict(Case("had a TIA last week, feels fine now", 70, "M"))
    assert tia.triage != "routine" and "no_current_complaint" not in {w.code for w in tia.warnings}
    inr = p.predict(Case("AF on warfarin, feels well, but INR 9.1 today", 77, "F"))
    assert inr.triage == "urgent" and "high_inr" in {f.rule for f in inr.red_flags}
    assert inr.cannot_miss == []   # the stroke the history suggests sets nothing: the INR does
    unwell = p.predict(Case("known AF, doesn't feel well, new chest pain and breathless", 70, "M"))
    assert unwell.triage == "emergency"


def test_a_bleed_in_early_pregnancy_gets_a_scan_before_any_medicine(shipped_bundle):
    """NICE NG126: a miscarriage is confirmed by ultrasound before management; mifepristone and misoprostol had been
    offered for "8/40 pregnant, PV bleeding + cramping, passed clots" (a threatened miscarriage may be a live
    pregnancy). A miscarriage happening now in the patient's words is urgent ("think I'm miscarrying" was routine)."""
    p = Predictor(shipped_bundle)
    bleed = p.predict(Case("30F 8/40 pregnant, PV bleeding + cramping, passed clots", 30, "F"))
    assert bleed.leading.condition_id == "miscarriage" and bleed.medications == []
    assert "pelvic_ultrasound" in bleed.next_steps[:3] and "confirm_before_treatment" in {w.code for w in bleed.warnings}
    assert "mifepristone" in bleed.options.get("miscarriage", [])   # for later, once the scan confirms it
    for text in ("think I'm miscarrying, 7 weeks, bleeding", "I'm having a miscarriage, bleeding heavily and cramping"):
        assert p.predict(Case(text, 30, "F")).triage == "urgent", text


def test_migraine_with_aura_on_the_combined_pill_says_to_stop_it(shipped_bundle):
    """UKMEC 4 (FSRH): "headaches with zigzag lines before them ... on microgynon" was a migraine with its medicines
    and not a word about the pill; the mini pill is no contraindication."""
    p = Predictor(shipped_bundle)
    pill = p.predict(Case("headaches with zigzag lines before them, throbbing, sick, on microgynon", 24, "F"))
    assert pill.leading.condition_id == "migraine" and "combined_pill_with_aura" in {w.code for w in pill.warnings}
    mini = p.predict(Case("headaches with zigzag lines before them, throbbing, sick, on the mini pill", 24, "F"))
    assert "combined_pill_with_aura" not in {w.code for w in mini.warnings}


def test_a_suspected_cancer_sign_is_outside_what_medseq_knows(shipped_bundle):
    """Bleeding after the menopause and a mouth ulcer unhealed after 3 weeks are 2-week-referral signs (NICE NG12) whose
    cause no condition of the knowledge base names: "no period for 5 years, now some bleeding again" led with
    osteoporosis at 76%. Out of scope, no medicine, the referral first, urgent, and the reason said; a menopause
    without bleeding still gets its own answer."""
    p = Predictor(shipped_bundle)
    for text, age, sex in (("no period for 5 years, now some bleeding again", 62, "F"),
                           ("periods stopped 2 years ago, hot flushes and some spotting", 53, "F"),
                           ("绝经5年了，这两天下面有点出血", 60, "F"),
                           ("mouth ulcer on my tongue for 5 weeks, not healing, smoker", 61, "M")):
        got = p.predict(Case(text, age, sex))
        assert got.out_of_scope and got.medications == [], text
        assert got.triage == "urgent" and got.next_steps[:1] == ["urgent_suspected_cancer_referral"], text
        assert "cause_outside_knowledge" in {w.code for w in got.warnings}, text
    flushes = p.predict(Case("periods stopped 2 years ago, hot flushes and night sweats", 52, "F"))
    assert not flushes.out_of_scope and flushes.leading.condition_id == "menopausal_symptoms"


def test_a_medicine_the_note_says_the_patient_is_allergic_to_is_withheld(shipped_bundle):
    """"UTI symptoms, burning and frequency, allergic to trimethoprim and nitrofurantoin" was offered both: each is
    withheld with the words that say so, and another first-line choice stands."""
    p = Predictor(shipped_bundle).predict(Case("UTI symptoms, burning and frequency, allergic to trimethoprim and "
                                               "nitrofurantoin", 35, "F"))
    assert not {"trimethoprim", "nitrofurantoin"} & set(p.medications)
    assert {"trimethoprim", "nitrofurantoin"} <= {w.medication for w in p.withheld if w.flag == "allergy_named"}
    plain = Predictor(shipped_bundle).predict(Case("UTI symptoms, burning and frequency", 35, "F"))
    assert {"trimethoprim", "nitrofurantoin"} & set(plain.medications)


def test_a_non_blanching_rash_is_no_childhood_viral_rash(shipped_bundle):
    """NICE NG240: a fever with a non-blanching rash is meningococcal disease until proved otherwise ("child 4 with high
    fever, rash that doesn't fade with glass, floppy" led with roseola at 63%)."""
    p = Predictor(shipped_bundle).predict(Case("child 4 with high fever, rash that doesn't fade with glass, floppy", 4, "F"))
    assert p.triage == "emergency"
    assert not {d.condition_id for d in p.differential} & set(safety.RULED_OUT_BY)


def test_a_bells_palsy_with_the_forehead_weak_is_seen_the_same_day(shipped_bundle):
    """NICE CKS Bell's palsy: the forehead weak too is a lower motor neurone palsy, urgent; a droop with an arm's
    weakness stays an emergency (53 of 66 Bell's palsies in the evaluation notes were emergencies)."""
    pr = Predictor(shipped_bundle)
    p = pr.predict(Case("woke up with the right side of my face drooping, can't close my eye or wrinkle my forehead on "
                        "that side, drinks dribble out, arms and legs fine, speech fine", 38, "M"))
    assert p.leading.condition_id == "bells_palsy" and p.triage == "urgent"
    assert "prednisolone" in p.medications
    from medmodel import render
    for lang in ("en", "zh"):   # the settling rule is worded where the red flag is drawn
        assert all(render.red_flag(r, shipped_bundle.kb, lang) for r in p.red_flags)
    p = pr.predict(Case("左侧口角歪斜1天，左眼闭合不全，左侧额纹消失，四肢肌力正常，无言语不清", 45, "M"))
    assert p.leading.condition_id == "bells_palsy" and p.triage == "urgent"
    p = pr.predict(Case("right side of my face drooping, can't wrinkle my forehead, and my right arm is weak", 70, "M"))
    assert p.triage == "emergency"


def test_a_deficit_that_has_passed_is_a_same_day_tia(shipped_bundle):
    """NICE NG128: a suspected TIA is seen by a specialist within 24 hours (urgent); one still weak is a stroke (49 of 52
    TIAs in the evaluation notes were emergencies, all judged urgent by their writers)."""
    pr = Predictor(shipped_bundle)
    p = pr.predict(Case("For about 15 minutes this morning my left arm and hand went weak and clumsy and my words came "
                        "out slurred. Now completely back to normal. I'm 69 with high blood pressure.", 69, "M"))
    assert p.leading.condition_id == "transient_ischaemic_attack" and p.triage == "urgent"
    p = pr.predict(Case("我爸68岁，昨天下午突然左手左脚麻木没力气，说话也不太利索，大概过了15分钟就全好了，今天一切正常。", 68, "M"))
    assert p.triage == "urgent"
    p = pr.predict(Case("my left arm went weak and my words came out slurred an hour ago, still can't lift the arm", 69, "M"))
    assert p.triage == "emergency"
    p = pr.predict(Case("I lost the sight in my left eye for about five minutes like a curtain coming down and then it "
                        "came back completely", 67, "M"))
    assert p.leading.condition_id == "transient_ischaemic_attack" and p.triage == "urgent"


def test_moderate_croup_and_bronchiolitis_are_urgent_and_severe_ones_emergencies(shipped_bundle):
    """NICE CKS croup, NICE NG9 bronchiolitis (38 of 61 croups and 34 of 56 bronchiolitis notes had been emergencies on
    one sign their writers judged a same-day hospital visit)."""
    pr = Predictor(shipped_bundle)
    p = pr.predict(Case("My 2-year-old has a cold and tonight he's got a barking cough like a seal, and when he breathes "
                        "in there's a squeaky noise even when he's just sitting still", 2, "M"))
    assert p.leading.condition_id == "croup" and p.triage == "urgent"
    p = pr.predict(Case("宝宝1岁10个月，半夜突然咳嗽，声音像狗叫一样，吸气的时候有呼呼的声音，胸口下面一吸气就凹进去", 1, "F"))
    assert p.triage == "emergency"                                     # moderate to severe: stridor and recession
    p = pr.predict(Case("my 4 month old daughter has had a snotty cold for 3 days, today shes breathing really fast and "
                        "i can see her tummy sucking in under her ribs. only taking about half her feeds", 0, "F"))
    assert p.leading.condition_id == "bronchiolitis" and p.triage == "urgent"
    p = pr.predict(Case("my 4 month old has a cold, breathing fast, tummy sucking in, and she's grunting with each "
                        "breath", 0, "F"))
    assert p.triage == "emergency"


@pytest.mark.parametrize("text, named", [
    ("recurrent UTI, same symptoms as always - burning when i pee", [("urinary_tract_infection", 2)]),
    ("RA flare. Both hands swollen", [("rheumatoid_arthritis", 2)]),
    ("my eczema is back on her cheeks", [("atopic_dermatitis", 2)]),
    ("老毛病痛风又发了，右脚大脚趾红肿痛", [("gout", 2)]),
    ("Known asthmatic. Wheezy since yesterday", [("asthma", 1)]),
    ("J (24, known epilepsy on levetiracetam) had a seizure. This is his usual seizure pattern.", [("epilepsy", 2)]),
    ("Chlamydia 2023 (treated). Now scrotal pain", []),                      # over
    ("eczema flaring, loads of reflux and sick", [("atopic_dermatitis", 2)]),   # the flare is the eczema's, not reflux's
    ("血糖7.饥饿时头晕、晕厥、流汗的复发时间约为2个月", []),
    ("family history of gout, big toe sore again", []),                      # a relative's
])
def test_a_condition_named_as_back_or_known(shipped_bundle, text, named):
    assert Predictor(shipped_bundle).named_recurring(text) == named


def test_a_condition_named_as_back_leads_when_it_explains_the_note(shipped_bundle):
    """"Recurrent UTI, same symptoms as always" led with type 2 diabetes (its "recurrent infections"), "RA flare" with
    a wrist fracture and "Known asthmatic. Wheezy" with urticaria; the named condition now leads, sharing its
    likelihood with the model's leader, which stays second. A name the findings do not fit, and a leader more urgent
    than the named condition, are left where the model put them."""
    pr = Predictor(shipped_bundle)
    p = pr.predict(Case("recurrent UTI, same symptoms as always - burning when i pee, going every 20 mins, cloudy and "
                        "smelly. no fever no back pain, not pregnant.", 31, "F"))
    assert [d.condition_id for d in p.differential[:2]] == ["urinary_tract_infection", "type_2_diabetes"]
    p = pr.predict(Case("RA flare. Both hands, knuckles and wrists swollen, stiff for 2 hours in the mornings. On "
                        "methotrexate and folic acid. No fever, no cough.", 48, "F"))
    assert p.leading.condition_id == "rheumatoid_arthritis"
    p = pr.predict(Case("i think my piles are back but its different, really sharp pain like passing glass every time i "
                        "go, lasts an hour after, bit of bright blood on the tissue", 40, "F"))
    assert p.leading.condition_id == "anal_fissure"                         # "but it's different"
    p = pr.predict(Case("my migraine is back, but this time the worst headache of my life, came on in seconds, neck "
                        "stiff", 40, "F"))
    assert p.triage == "emergency" and p.leading.condition_id != "migraine"
    p = pr.predict(Case("hay fever flaring, 20 weeks pregnant, what can I take", 29, "F"))
    assert p.leading.condition_id == "allergic_rhinitis"   # the leader, a threatened miscarriage, lists no sneezing


def test_a_negative_pregnancy_test_rules_out_the_conditions_of_pregnancy(shipped_bundle, kb):
    """NICE NG126: a negative pregnancy test excludes a pregnancy ("period 5 days late, mild cramps low down on the left,
    negative pregnancy test this morning" led with a miscarriage at 45%); a note that says she is pregnant keeps them."""
    pr = Predictor(shipped_bundle)
    of_pregnancy = {c.id for c in shipped_bundle.kb.conditions.values() if c.pregnancy_only}
    p = pr.predict(Case("period 5 days late, mild cramps low down on the left, negative pregnancy test this morning",
                        30, "F"))
    assert not of_pregnancy & {d.condition_id for d in p.differential}
    p = pr.predict(Case("8 weeks pregnant, bleeding and cramps low down on the left", 30, "F"))
    assert of_pregnancy & {d.condition_id for d in p.differential[:3]}


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # a passive wish to be dead: read, and urgent (same-day risk assessment) whichever condition leads
    ("I keep feeling like life isn't worth living, sleeping badly, can't be bothered to go out", 34, "F", None, "urgent"),
    ("最近老是觉得活着没意思，睡不好，不想出门", 34, "F", None, "urgent"),
    # a cow's milk allergy needs a sign of its own; with one it leads
    ("My 3 yo has been vomiting since yesterday morning, stopped now but runny poos about 6 times today. Still drinking "
     "water", 3, "M", "gastroenteritis", None),
    ("3 month old formula fed baby, since starting formula at 6 wks he's had eczema on his face, vomits a lot after "
     "feeds", 0, "M", "cows_milk_protein_allergy", None),
    # a sting's large local reaction, the denials notwithstanding, is no anaphylaxis; the airway's signs are
    ("Stung by a wasp on my forearm yesterday. Today my whole forearm from elbow to wrist is swollen, red, hot and itchy. "
     "No swelling of face or lips, no trouble breathing, felt fine otherwise.", 42, None, "insect_sting", "routine"),
    ("stung by a bee 10 min ago, lips swelling, wheezy", 30, "F", "anaphylaxis", "emergency"),
    # Ottawa-negative ankle: a sprain
    ("Went over on my ankle playing 5-a-side 2 hours ago, heard a pop and it swelled up. Could walk off the pitch "
     "(limping). Pressing on the ankle bones doesn't hurt.", 20, "M", "ankle_sprain", None),
    # a child's limp with a fever, the age read from "4yo daughter"
    ("4yo daughter refusing to walk since yesterday afternoon, says her knee hurts. It's swollen and warm. Temp 38.9 "
     "this morning.", None, None, None, "urgent"),
    # a period's own pain, every cycle since her first: no ectopic emergency
    ("每次来姨妈第一天肚子疼得要死 疼到冒冷汗想吐 要吃布洛芬躺一天 过两天就好了 从初一来月经就这样 周期准的 量也正常", 17, "F",
     "dysmenorrhoea", "self_care"),
    # stable angina in a doctor's Chinese: urgent, not an emergency; the same pain at rest with sweating is one
    ("62岁男，近2个月快走或爬3楼时出现胸骨后压迫感，停下休息3-5分钟可缓解，静息时无发作。高血压、吸烟。", 62, "M", "stable_angina",
     "urgent"),
    ("62岁男，今晨休息时突发胸骨后压榨样疼痛半小时，大汗", 62, "M", None, "emergency"),
    # a toddler into grandma's tablets
    ("Found my 2 yr old with grandma's pill organiser open on the floor, think 2 or 3 of her amlodipine 10mg are "
     "missing. He seems completely fine.", 2, "M", "drug_overdose", "emergency"),
    # roseola's rash as the fever goes
    ("14 month old has had really high temps for 3 days. This morning his temperature is normal and now he's covered "
     "in a pinky blotchy rash. It goes white when I press a glass on it. Back to his cheeky self", 1, "M", "roseola",
     "self_care"),
    # a rash that does not fade when pressed, in a parent's Chinese; heavy bleeding after a birth
    ("孩子发烧39度，身上出了很多紫红色的点，按了不退色，精神不好", 3, "M", None, "emergency"),
    ("heavy bleeding 10 days after giving birth, soaking a pad an hour, feel dizzy", 31, "F", None, "emergency"),
    ("生完孩子10天，今天出血很多，一小时湿透一片卫生巾，头晕", None, None, None, "emergency"),
    # a toddler's dehydration in Chinese; an acute coronary syndrome told as indigestion after shovelling snow
    ("小孩两岁，呕吐好几次，今天一直没尿，嘴唇很干，没精神", 2, "M", "dehydration", "urgent"),
    ("man 45 sweating and short of breath after shovelling snow, says its indigestion", 45, "M", None, "emergency"),
])
def test_notes_of_the_third_session_of_2026_12_05(shipped_bundle, text, age, sex, lead, triage):
    """Blind sets CJ (under-triage-prone and look-alike notes) and CK (Chinese), and a clinician's first tries: each
    note's leading condition and triage."""
    p = Predictor(shipped_bundle).predict(Case(text, age, sex))
    if lead:
        assert p.leading.condition_id == lead, [(d.condition_id, round(d.probability, 2)) for d in p.differential[:3]]
    if triage:
        assert p.triage == triage, (p.triage, [f.finding for f in p.red_flags])


def test_adult_onset_conditions_weigh_little_in_a_child(shipped_bundle):
    """A 4-year-old's constipation led with diverticulitis (typical from 40) at 27%: in a child under 12 a condition
    whose typical ages start at 30 or later (not an emergency one) keeps 5% of its likelihood."""
    from medmodel.predict import ADULT_ONSET_FROM, CHILD_UNDER
    pr = Predictor(shipped_bundle)
    text = "儿子4岁，今天晚饭后突然喊肚子痛，已经3天没拉大便了，上次拉的时候又干又硬，外面还有点血丝。不发烧不吐，肚子软的，摸着左下边有点硬。"
    child = pr.predict(Case(text, 4, "M"))
    kb = shipped_bundle.kb
    late = [d for d in child.differential[:3] if kb.conditions[d.condition_id].age_range[0] >= ADULT_ONSET_FROM
            and kb.conditions[d.condition_id].triage != "emergency"]
    assert not late and CHILD_UNDER == 12
    adult = pr.predict(Case("left lower abdominal pain for 2 days, fever 38.2, constipated, off my food", 64, "M"))
    assert adult.leading.condition_id == "diverticulitis"


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # a near-faint after a skipped breakfast, the faint itself denied: no syncope's urgency
    ("I felt faint in the shower this morning but didn't pass out, no chest pain, I'd skipped breakfast", 34, "F", None,
     "routine"),
    # an infant's eczema in a parent's words (it read nothing and was out of scope)
    ("my 8 month old has dry red patches on his cheeks and in the creases of his elbows, he keeps scratching them", 0, "M",
     "atopic_dermatitis", "routine"),
    # no colic without crying, no pyloric stenosis without vomiting, no Bell's palsy without a weak face, no broken rib
    # without an injury
    ("3 month old hasn't pooed for 4 days, seems a bit uncomfortable, still feeding well", 0, "F", "constipation", "routine"),
    ("宝宝7个月，拉肚子三天了，一天七八次，尿也少了，精神还行", 0, "M", None, "urgent"),
    ("headache behind my eyes every afternoon at work, better at weekends, no vomiting", None, None, None, None),
    ("胸口疼了两天，深呼吸和咳嗽的时候更疼，按着也疼，没有发烧", 28, "M", "musculoskeletal_chest_pain", "routine"),
    # a fever and a loin's pain make a UTI an upper one
    ("尿频尿急尿痛三天，今天开始发烧39度，腰疼", 32, "F", "pyelonephritis", None),
    ("burning pee for 3 days, now shivery with a temp of 38.5 and pain in my right side at the back", 28, "F",
     "pyelonephritis", "urgent"),
    # the colic of a 6-week-old in Chinese and English, read from the crying
    ("宝宝6周，每天傍晚开始哭好几个小时，撕心裂肺的，脸憋得通红腿蹬来蹬去，怎么哄都不行，吃奶体重都正常，不发烧不吐，大便正常。", 0, "M",
     "infant_colic", "self_care"),
    # women's, men's, sexual and mental health (set CL's kinds of note, reworded): a pregnancy seen in the womb that
    # bleeds a little; bleeding after sex with no pain; an overdose of someone else's tablets; a plan and the means in
    # Chinese; a known migraine's new aura on the pill
    ("10 weeks pregnant, scan at 7 weeks showed the heartbeat in the womb, today some pinky blood when I wiped, no pain",
     31, "F", "threatened_miscarriage", "urgent"),
    ("bleeding after sex twice this month and some spotting between periods, new partner, no pain at all", 26, "F",
     "chlamydia_infection", "routine"),
    ("my husband has taken a load of his sertraline after an argument, maybe 25 tablets, says he just wants to sleep",
     40, "F", "drug_overdose", "emergency"),
    ("我已经决定了，下周就去跳河。药也准备好了。活着太累了", 35, "M", "suicidal_ideation", "emergency"),
    ("I've had migraines for years but lately I get zigzag lines in my vision for 20 minutes before the headache. I'm on "
     "the combined pill.", 25, "F", "migraine", None),
])
def test_notes_of_the_fourth_session_of_2026_12_05(shipped_bundle, text, age, sex, lead, triage):
    """A clinician's tries: near-faints, babies' bowels and colic, Bell's palsy and a broken rib that nothing in the note
    supports, an upper UTI written in Chinese."""
    p = Predictor(shipped_bundle).predict(Case(text, age, sex))
    top = [(d.condition_id, round(d.probability, 2)) for d in p.differential[:3]]
    if lead:
        assert p.leading.condition_id == lead, top
    if triage:
        assert p.triage == triage, (p.triage, [f.finding for f in p.red_flags])
    assert p.leading.condition_id not in ("bells_palsy", "pyloric_stenosis", "infant_colic", "rib_fracture") or \
        p.leading.condition_id == lead, top
    if "pyelonephritis" == lead:
        assert "nitrofurantoin" not in p.medications   # (it does not reach the kidney: NICE NG111)
    if "headache behind my eyes" in text:
        assert p.triage in ("self_care", "routine"), (p.triage, top)


def _leads_and_triages(bundle, text, age, sex, lead, triage):
    """The note's prediction leads with ``lead`` and has ``triage`` where each is given; the prediction and its top three."""
    p = Predictor(bundle).predict(Case(text, age, sex))
    top = [(d.condition_id, round(d.probability, 2)) for d in p.differential[:3]]
    if lead:
        assert p.leading.condition_id == lead, top
    if triage:
        assert p.triage == triage, (p.triage, [f"{f.finding}:{f.rule}" for f in p.red_flags],
                                    [c.condition for c in p.cannot_miss])
    return p, top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # the extremes of age (set CM's kinds of note, reworded): a toddler into the medicines in Chinese; a scald from a
    # mug of tea; a hip that cannot stand after a slip at 84; an infant's hernia that has stayed out; a cystitis at 80
    # that denies fever and loin pain; a roseola's rash as the fever went; a baby's diarrhoea is no pyloric stenosis; a
    # relative's age in brackets
    ("儿子3岁，刚才把爷爷的药盒拆开了，不知道吃了几片，现在看着没事", None, None, "drug_overdose", "emergency"),
    ("18 month old pulled a mug of tea off the table about 20 minutes ago, it went all over her arm, there are blisters "
     "now", None, None, "burn", "urgent"),
    ("My dad is 84, tripped on the rug this morning, can't stand on his right leg, pain in his groin, and his foot is "
     "pointing outwards", None, None, "hip_fracture", "emergency"),
    ("4 month old, known lump in his groin that usually pops back, today the lump has stayed out, it's hard and he's "
     "been sick twice", None, None, "inguinal_hernia", "emergency"),
    ("I'm 80, it stings when I wee and I'm going every hour, no fever, no back pain", None, "F", "urinary_tract_infection",
     "routine"),
    ("18mo, fever for 3 days up to 39.8, temp went yesterday and now she's covered in a pink rash on her tummy and back",
     None, None, "roseola", "self_care"),
    ("11 month old, vomiting and watery diarrhoea for 2 days, fewer wet nappies today", None, None, "gastroenteritis", None),
    ("My mum (82) has had burning when she passes urine for 2 days and is going every half hour, no temperature", None,
     None, "urinary_tract_infection", "routine"),
    ("My mum (79) banged her head on a cupboard door 2 hours ago. Didn't knock her out, remembers it all, no sickness, "
     "no headache, not on blood thinners", None, None, "concussion", "self_care"),
    # a baby's fever with a bulging fontanelle leads with meningitis
    ("9 month old, fever 39.5, off his feeds, a high pitched cry I've never heard, the soft spot on his head is bulging",
     None, None, "meningitis", "emergency"),
    # a fall onto the hip at 82 that cannot walk, in Chinese; a 2-year-old's cold is no preschool wheeze
    ("我爸82岁，今天早上摔了一跤，屁股着地，现在右边大腿根疼，不能走路", None, None, "hip_fracture", "emergency"),
    ("my 2 yr old has had a runny nose and cough for 3 days, still eating and playing, no temp", None, None, None,
     "self_care"),   # (NICE CKS "Common cold": self-care; routine while an ear infection led it with no ear told)
    # a stomach bug on lithium: a lithium level the same day
    ("I've got a stomach bug, vomiting and diarrhoea since last night. I'm on lithium for bipolar.", 45, "F", None,
     "urgent"),
])
def test_notes_of_the_fifth_session_of_2026_12_05(shipped_bundle, text, age, sex, lead, triage):
    """A clinician's tries at the extremes of age: what a carer writes of a toddler, a baby or a parent of 80."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    assert "pyloric_stenosis" not in {c.condition for c in p.cannot_miss} or "diarrhoea" not in text
    assert p.leading.condition_id not in ("viral_induced_wheeze", "bronchiolitis") or "wheez" in text, top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # medicines and context that change the answer (set CO's kinds of note, reworded): a euglycaemic DKA on an SGLT2
    # inhibitor; rigors after a transplant; a passed TIA on a DOAC; an opioid's narcosis in Chinese; chickenpox's
    # blisters in a pregnancy; a heat stroke in a heatwave; a pregnancy's carpal tunnel with
    # puffy ankles; a roseola at 10 months once the fever has gone
    ("type 2 diabetic on empagliflozin, vomiting for 2 days, breathless, my breath smells of pear drops, sugar only 10",
     60, "M", "diabetic_ketoacidosis", "emergency"),
    ("liver transplant 2 years ago, fever 39 and uncontrollable shaking since this afternoon, burning when I wee", 55, "F",
     None, "emergency"),
    ("72M AF on rivaroxaban, 15 min episode of L arm weakness and slurred speech this morning, now back to normal", None,
     None, "transient_ischaemic_attack", "emergency"),
    ("奶奶80岁，医生给加了吗啡止痛，今天一直昏睡，呼吸很慢很浅，瞳孔很小", None, None, "opioid_overdose", "emergency"),
    ("22 weeks pregnant, itchy spots on my chest and back turning into little blisters, nephew had chickenpox", 30, "F",
     None, "urgent"),
    ("Neighbour, about 80, found in his flat, it's 34 degrees today, windows shut, very hot to touch, skin dry, confused",
     None, None, "heat_stroke", "emergency"),
    ("28 weeks pregnant, both hands numb and tingly at night, thumb and first fingers, ankles a bit puffy, BP fine last week",
     30, "F", "carpal_tunnel_syndrome", "routine"),
    ("Little one is 10 months. Had high temps for 3 days. This morning the fever's gone and she's covered in pink spots "
     "that go pale when pressed, more herself today", None, None, "roseola", "self_care"),
])
def test_notes_of_context_and_medicines_of_2026_12_05(shipped_bundle, text, age, sex, lead, triage):
    """What a note's medicines and context make of a complaint (set CO's kinds, reworded)."""
    p = Predictor(shipped_bundle).predict(Case(text, age, sex))
    top = [(d.condition_id, round(d.probability, 2)) for d in p.differential[:3]]
    if lead:
        assert p.leading.condition_id == lead, top
    assert p.triage == triage, (p.triage, [f"{f.finding}:{f.rule}" for f in p.red_flags], [c.condition for c in p.cannot_miss])


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # a clinician's tries with everyday notes (set CQ's kinds, reworded): a septic joint, a retention, an obstruction in
    # Chinese, a cauda equina that keeps its lead beside its retention, a Chinese ear infection, a cold white leg, a
    # teenager's torsion in a parent's words, a croup's quoted bark, a toddler's head bump
    ("knee swollen and hot after gardening, cant bend it, no injury, temp 38.4", 62, "M", "septic_arthritis", "emergency"),
    ("grandad 80 hasnt been able to pee since last night, lower tummy swollen and sore, enlarged prostate", 80, "M",
     "acute_urinary_retention", None),
    ("我爸75岁，肚子胀得很厉害，一直吐，三天没放屁没大便了", 75, "M", "bowel_obstruction", "emergency"),
    ("bad back for a week, now both legs numb and weak, numb down below when I wipe and havent been able to pee since "
     "this morning", 45, "F", "cauda_equina_syndrome", "emergency"),
    ("孩子一岁半，感冒三天了，昨晚开始发烧38.7，老是抓右边耳朵，一躺下就哭", 1, None, "acute_otitis_media", "routine"),
    ("72M AF, not anticoagulated, sudden R leg pain 2h, leg cold + pale, no foot pulses palp", 72, "M",
     "acute_limb_ischaemia", "emergency"),
    ("15yo woke with tummy ache and was sick, now says his bits hurt on the left", 15, "M", "testicular_torsion",
     "emergency"),
    ("2yo barky 'seal' cough since last night, stridor when upset, settles when calm, temp 38", 2, "M", "croup", None),
    ("bump on head at nursery this morning, cried straight away, no vomiting, acting normal now", 3, "M", "concussion",
     None),
    # not an emergency: passive suicidal thoughts with a plan denied without its apostrophe (urgent: NICE NG225), a
    # dizziness on standing on a new blood pressure tablet (no slow pulse or faint told)
    ("daughter 17 on sertraline 3 weeks, restless, told me she thinks we'd be better off without her, says she doesnt "
     "have a plan", 17, "F", None, "urgent"),
    ("feel dizzy when I stand up, on new BP tablets amlodipine since last week", 70, "F", None, "urgent"),
    # swollen glands with night sweats and weight loss: urgent (NICE NG12, lymphoma; tuberculosis and HIV)
    ("swollen glands in neck for 6 weeks, night sweats, lost a stone without trying", 29, "M", None, "urgent"),
    # over-triage traps (set CT's kinds, reworded): a chest wall's pain after the gym, long-standing floaters, a bump
    # on a toddler's head, a wasp's swollen forearm - and their look-alikes that are emergencies: a Chinese chest
    # tightness with sweat and a numb left arm, a retinal detachment told in Chinese
    ("sore left chest since bench pressing on Sunday, hurts when I press on the spot next to my breastbone, not short "
     "of breath, not sweaty", 28, "M", "musculoskeletal_chest_pain", "routine"),
    ("floaters in my right eye for years, no change, no flashes, no curtain", 55, "M", None, "routine"),
    ("toddler 2 fell off the sofa, bumped his forehead, big lump, cried straight away, no vomiting, playing now", 2, "M",
     "concussion", None),
    ("stung by a wasp on my forearm yesterday, now red and swollen from wrist to elbow and itchy, no trouble breathing, "
     "no lip swelling", 40, "F", "insect_sting", None),
    ("胸口闷，深呼吸不痛，出汗，左胳膊发麻，半小时了", 60, "M", None, "emergency"),
    ("我爸65，高度近视，右眼前突然好多黑点飘来飘去，还有闪光，今天像有一块黑幕从下面挡上来", 65, "M",
     "retinal_detachment", "emergency"),
    # a rear-end collision at 32 weeks: the maternity unit today (RCOG); a condom that split with a partner of unknown
    # status: PEP the same day (BASHH)
    ("32 weeks pregnant, a car went into the back of mine at the lights, not fast, neck sore, baby moving", 30, "F", None,
     "urgent"),
    ("condom broke last night, he didn't know his status, can I get the emergency HIV medication", 26, "M", None,
     "urgent"),
    # the eye and the wrist as people tell them: a grinder's speck, a Chinese fall onto the hand; flu's "hit by a bus"
    ("was grinding metal, something flew into my left eye, scratchy every time I blink, watering and red", 40, "M",
     "eye_foreign_body", None),
    ("我妈80岁，下台阶滑了一下，用右手撑地，现在右手腕肿得厉害，形状看着有点弯，一动就疼", 80, "F", "wrist_fracture",
     "urgent"),
    ("fever 39 since yesterday, shivery, aching all over like I've been hit by a bus, dry cough, half the office is off",
     35, "F", "influenza", "self_care"),
])
def test_notes_of_the_sixth_session_of_2026_12_05(shipped_bundle, text, age, sex, lead, triage):
    """Everyday notes a clinician tries (set CQ's kinds, reworded)."""
    _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # a self-diagnosis that the details overturn (set CU's kinds of note, reworded): a stiff neck "from sleeping badly"
    # with a fever and a rash that does not fade; a rash three weeks into a new anticonvulsant with mouth ulcers and
    # peeling skin; "the flu" with no travel is not typhoid
    ("think I just slept awkwardly, neck really stiff, but now fever 39.2, bad headache, can't get my chin down to my "
     "chest, and a few purple spots on my shins that don't fade under a glass", 24, "M", "meningitis", "emergency"),
    ("asking for antihistamines for an allergic rash. started carbamazepine a fortnight ago, now a dusky red rash over "
     "the chest, mouth full of ulcers, sore red eyes and the skin peeling on her back", 55, "F",
     "stevens_johnson_syndrome", "emergency"),
    ("pretty sure it's flu, fever 39 since last night, shivery, aching all over, dry cough, lots of people at work "
     "have it, drinking fine, no breathing problems", 30, "F", "influenza", None),
    # an older adult told by a carer: a blackout with a pulse in the thirties; heat stroke in a heatwave
    ("外公82岁，今天下午在客厅突然眼前一黑就倒了，十几秒就醒了，这几天老说没劲，护工量脉搏只有36次", 82, "M",
     "complete_heart_block", "emergency"),
    ("Dad is 88, his flat has been 34 degrees all week, found him hot and muddled, temp 40.5, skin dry, heart racing",
     88, "M", "heat_stroke", "emergency"),
    # a doubted self-diagnosis is no name of the patient's condition: a fissure's cutting pain in Chinese
    ("我还以为是痔疮犯了，每次大便肛门像刀割一样疼，拉完疼一个多小时，纸上有鲜红的血，大便很干", 35, "F", "anal_fissure",
     None),
    # a test's positive result names the illness now; a headache after a day in the sun is no uveitis
    ("tested positive for covid this morning, sore throat, cough, fever 38, tired, taste a bit off", 45, "F", "covid_19",
     None),
    ("外婆83岁，这两天咳嗽、嗓子疼、发烧38度，没力气，今天抗原是两条杠，不喘，能吃饭", 83, "F", "covid_19", None),
    ("昨天在海边晒了一天太阳，今天头疼", 30, "F", None, "routine"),
    ("Mum is 78, her back went suddenly when she bent down to pick up the cat, very bad pain in the middle of her back, "
     "she's been on prednisolone for years for her polymyalgia, legs fine, waterworks fine", 78, "F", None, "urgent"),
    # shingles: on the chest with the eyes well, no emergency by an eye's pain (the red-flag reader had read "painful ...
    # on the right side, eyes fine" as one) - urgent at 60 for its antiviral within 72 hours (``shingles_from_50``, NICE
    # CKS), routine at 40 once crusted; on the forehead with a red, light-shy eye, urgent (herpes zoster ophthalmicus)
    ("shingles on my chest, painful band of blisters on the right side, eyes fine", 60, "F", "herpes_zoster", "urgent"),
    ("shingles on my chest, band of blisters on the right side, crusting now, eyes fine", 40, "F", "herpes_zoster",
     "routine"),
    ("左边额头到头顶长了一条带状的水泡，只长左边，疼了好几天，左眼怕光", 70, "M", "herpes_zoster", "urgent"),
    ("shingles on my forehead, band of blisters up into my scalp on the left, light hurts my left eye", 70, "M",
     "herpes_zoster", "urgent"),
    # a lupus with protein in the urine (a possible nephritis); a child's bead in the ear, told in Cantonese
    ("known SLE on hydroxychloroquine, joints flaring again, urine dip protein ++ and blood +, ankles puffy", 34, "F", None,
     "urgent"),
    ("我個女3歲，頭先將粒珠仔塞咗入右邊耳仔，睇到入面有嘢，冇流血", 3, "F", "ear_foreign_body", "urgent"),
    # set CW's kinds: a heart attack in a patient with panic attacks; an overdose found as empty packets
    ("I get panic attacks but this is different. crushing pain in the middle of my chest for half an hour going into my "
     "left arm and jaw, sweating and feel sick", 61, "M", "acute_myocardial_infarction", "emergency"),
    ("my brother 35 has been very low, found him drowsy with empty packets of his mirtazapine beside him, about 25 of "
     "the 30mg gone", 35, "M", None, "emergency"),
])
def test_notes_of_the_seventh_session_of_2026_12_05(shipped_bundle, text, age, sex, lead, triage):
    """Self-diagnoses, self-treatment and carers' notes (set CU's kinds, reworded)."""
    _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # a defining sign leads: a ruptured ectopic's shoulder-tip pain, a postpartum PE's swollen calf with a pleuritic pain
    # and blood, a delirium's nights awake and days asleep, a whooping cough's fits, a ketotic breath, a septic hip
    ("6 weeks pregnant, sharp pain right side low down, bit of brown bleeding, now pain at the tip of my right shoulder "
     "and feel faint", 29, "F", "ectopic_pregnancy", "emergency"),
    ("gave birth 10 days ago, suddenly breathless, sharp pain in my left side when I breathe in, coughed a bit of blood, "
     "left calf swollen and sore", 33, "F", "pulmonary_embolism", "emergency"),
    ("Mum is 88, since yesterday she's muddled, seeing people in the room who aren't there, up all night and asleep all "
     "day, her wee smells", 88, "F", "delirium", "emergency"),
    ("8 week old, coughing fits then a big gasp, sick after, went blue round the lips in one", None, "F", "pertussis",
     "emergency"),
    ("13yo, thirsty all the time, weeing lots, lost weight, now vomiting, breathing deep and fast, breath smells like "
     "pear drops", 13, "F", "diabetic_ketoacidosis", "emergency"),
    ("女儿3岁，发烧39度两天，左髋不让碰，不肯走路，没有摔过", 3, "F", "septic_arthritis", "emergency"),
    # the means laid out for tonight; an adrenal crisis after steroids run out; a dissection told in Chinese
    ("lost everything this year, my family would be better off without me, I've got a bottle of pills lined up for "
     "tonight", 41, "M", "suicidal_ideation", "emergency"),
    ("has Addison's, stopped taking her hydrocortisone last week, now vomiting and very weak", 45, "F", "adrenal_crisis",
     "emergency"),
    ("我爸60岁，突然胸口后背撕裂样的疼，高血压多年，两只手量血压差很多", 60, "M", "aortic_dissection", "emergency"),
    # no dissection without its pain; a stye's head no jaundice; a subconjunctival bleed no foreign body; a boil on the
    # thigh no breast abscess; vomiting on insulin seen the same day, not an emergency through a torsion
    ("ABPM average 150/95, no symptoms, no chest pain", 55, "M", "essential_hypertension", "routine"),
    ("painful lump on the edge of my lower eyelid with a yellow head, eye itself fine, vision fine", 26, "F", "hordeolum",
     "self_care"),
    ("woke up with a bright red patch on the white of my right eye, no pain, vision fine", 58, "M",
     "subconjunctival_haemorrhage", "self_care"),
    ("hot red lump on my thigh the size of a golf ball, squishy in the middle, no fever", 34, "M", "skin_abscess",
     "urgent"),
    ("12yo type 1 on an insulin pump, vomiting since this morning, keeping sips down", 12, "M", None, "urgent"),
    ("LFT positive this morning, sore throat, cough, temp 37.8", 28, "F", "covid_19", None),
    ("全家都痒，晚上特别厉害，手腕上有小红疙瘩，有的能看到弯弯的细线", 35, "F", "scabies", None),
    ("15yo, clash of heads in football, knocked out for a few seconds, keeps asking what happened, headache", 15, "M",
     "concussion", "emergency"),
    # a closed os is a threatened miscarriage; ketones negative with a sugar of 40 is no DKA; a teenager's cuts, a
    # psychosis on cannabis; Ottawa-negative in lay words
    ("G1 9/40, light PV bleeding since this morning, mild cramps, os closed on speculum, scan last week showed a heartbeat",
     27, "F", "threatened_miscarriage", "urgent"),
    ("女，78岁，2型糖尿病，近一周多饮多尿，今天嗜睡，血糖38 mmol/L，尿酮（-）", 78, "F", "hyperosmolar_hyperglycaemic_state",
     "emergency"),
    ("school nurse: 15F, fresh superficial linear cuts on her left forearm, says she uses a razor blade when stressed, no "
     "thoughts of ending her life", 15, "F", "self_harm", None),
    ("my 17 yo has been smoking a lot of weed, says the neighbours are filming him through the walls and the radio is "
     "sending him messages, barely sleeping", 17, "M", "acute_psychosis", None),
    ("rolled my ankle at netball, swollen on the outside, can walk on it, sore to press below the outer bone but not on "
     "the bone itself", 16, "F", "ankle_sprain", None),
    # a diabetic's hypo after drink (told in Chinese); an SVT in a patient with panic attacks; a bleed after retching;
    # an indigestion with a sweat and a jaw ache at 68
    ("我老公1型糖尿病，今晚喝了很多酒，没怎么吃饭，还打了胰岛素，现在满头大汗、浑身发抖、说胡话", 40, "M", "hypoglycaemia",
     "emergency"),
    ("I get panic attacks but this is different: my heart suddenly races like someone flicked a switch, watch said 190, "
     "and it stops just as suddenly after 15 minutes", 28, "F", "supraventricular_tachycardia", None),
    ("been making myself sick after meals for a year, tonight after retching there was bright red blood, about a cupful, "
     "now dizzy when I stand", 21, "F", "upper_gi_bleed", "emergency"),
    ("my dad (70) has had indigestion since lunch, he's sweaty and says his jaw aches too, gaviscon not helping", 70, "M",
     None, "emergency"),
    # a doubted self-diagnosis gives no finding: an inflammatory arthritis's hands after a "tennis elbow"
    ("thought it was tennis elbow but now both wrists and the knuckles of my hands are swollen and stiff for two hours "
     "every morning, for 3 months", 48, "F", "rheumatoid_arthritis", "urgent"),
])
def test_notes_of_the_session_of_2026_12_06(shipped_bundle, text, age, sex, lead, triage):
    """Children and teenagers, clinicians' shorthand and physical illness with mental health, drink or drugs (sets CW,
    CX and CY's kinds, reworded)."""
    _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # a fever within weeks of chemotherapy (its "chemo" and the blood cancer now read); an immunosuppressed patient's
    # warts are seen, not self-cared; an asthmatic on a preventer wheezing is an asthma, not an anaphylaxis
    ("67M, on chemo for myeloma, last cycle 10 days ago, temp 38.3 and shivery, HR 108, no cough, no urine symptoms", 67,
     "M", None, "emergency"),
    ("I had a kidney transplant and take tacrolimus; for a few months warts have been spreading over the backs of my "
     "hands, about 12 now", 48, "F", "viral_warts", "routine"),
    ("8 yo with asthma on a brown preventer inhaler, wheezing badly tonight, blue inhaler not helping, can't finish a "
     "sentence", 8, "F", "asthma", "emergency"),
    # a bladder that cannot be emptied, said with its "not"; a suicide prepared in Chinese (charcoal, a letter); a
    # packet's whole contents swallowed; a recreational drug's toxicity
    ("70M with an enlarged prostate, took Sudafed for a cold, now havent been able to pee since last night, belly swollen "
     "and sore", 70, "M", "acute_urinary_retention", "emergency"),
    ("我哥破产了，这几天不说话，今天在他房间发现了一袋木炭和写给妈妈的信，说对不起她", 38, "M", "suicidal_ideation",
     "emergency"),
    ("flatmate split up with her boyfriend, took two boxes of paracetamol last night, 16 in each, she took them all, "
     "feels fine now", 20, "F", "paracetamol_overdose", "emergency"),
    ("at a party my friend took ecstasy 2 hrs ago, now he's burning hot, pupils huge, confused and jittery", 22, "M",
     "drug_overdose", "emergency"),
    ("lately I feel everyone would be better off without me, I've thought about how I'd do it, drinking more since I "
     "lost my job", 33, "M", "suicidal_ideation", "urgent"),
    # a car park's bump is a collision, a gym's chest day no crushing pain; a thunderclap told as a blow
    ("someone reversed into my car at low speed in the supermarket car park yesterday, neck a bit stiff today but I can "
     "turn it, no headache", 40, "F", "whiplash_injury", "routine"),
    ("did chest day at the gym yesterday with heavy bench press; the left side of my chest is sore to press and when I "
     "twist", 24, "M", "musculoskeletal_chest_pain", "routine"),
    ("felt like someone hit the back of my head with a bat while lifting, sudden worst headache, vomited", 35, "M",
     "subarachnoid_haemorrhage", "emergency"),
    # an insulin-treated diabetic unrousable in a cold sweat is hypoglycaemic
    ("我妈有糖尿病打胰岛素，今天中午叫不醒，一身冷汗", 68, "F", "hypoglycaemia", "emergency"),
    # a bleed vomited with a black stool; a hot red knee with a thermometer's fever; a diarrhoea after antibiotics; a
    # freezing lake; a spotting on the underwear in early pregnancy; a creatinine risen; a mania and a torn Achilles
    # told in Chinese
    ("我爸75岁，在吃华法林，这两天拉黑便像柏油一样，今天又吐了咖啡色的东西，站起来就头晕", 75, "M", "upper_gi_bleed",
     "emergency"),
    ("my left knee swelled up overnight, it's hot and red and I can't bear weight, thermometer says 38.7", 58, "F",
     "septic_arthritis", "emergency"),
    ("80M finished a course of co-amoxiclav last week for a chest infection, now 7 watery stools a day with tummy cramps",
     80, "M", "clostridioides_difficile_infection", "urgent"),
    ("pulled my brother out of the lake, the water was freezing, he's shivering and slurring his words", 25, "M",
     "hypothermia", "emergency"),
    ("怀孕7周，今天早上发现内裤上有一点褐色的血，小肚子有点坠，不怎么疼", 29, "F", "threatened_miscarriage", "urgent"),
    ("surgery rang: creatinine 298, it was 90 in spring, I've been weeing much less, been taking ibuprofen for my back",
     66, "M", "acute_kidney_injury", "urgent"),
    ("我老公这一周几乎不睡觉，话多得停不下来，刷信用卡买了一堆东西，说要开公司赚几个亿", 35, "M", "bipolar_mania", "urgent"),
    ("打篮球的时候听到脚后跟啪的一声，像有人踢了我一脚，现在脚尖踮不起来", 30, "M", "achilles_tendon_rupture", "urgent"),
    # a bite that did not break the skin, and a small burn without blisters, are cared for at home
    ("neighbour's cat nipped my finger, didn't break the skin, just a red mark, cat is an indoor cat", 45, "F",
     "animal_bite", "self_care"),
    ("grabbed a hot pan handle, palm is red and sore, no blisters, ran it under cold water for 20 minutes", 35, "M", "burn",
     "self_care"),
])
def test_notes_of_the_second_session_of_2026_12_06(shipped_bundle, text, age, sex, lead, triage):
    """Long-term conditions with a new problem, injuries, poisonings and crises (sets DA and DC's kinds, reworded)."""
    _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # a thunderclap with a stiff neck and vomiting after it was called a migraine; a late pregnancy's hard womb, bleeding
    # and quiet baby told among other questions (Chinese); a spreading cellulitis with a fever in a nurse's note
    ("seen yesterday for a migraine and given sumatriptan, but this came on in one second while lifting boxes, worst "
     "headache ever, neck stiff now and I keep vomiting", 44, "M", "subarachnoid_haemorrhage", "emergency"),
    ("孕34周，想问妊娠纹的事。另外今天下午开始肚子一直硬邦邦的不松，下面流了点鲜血，宝宝动得比平时少", 30, "F",
     "placental_abruption", "emergency"),
    ("district nurse visit for dressings: his left shin is red, hot and swollen, spreading past the pen line since "
     "yesterday, temp 38.2, diabetic", 79, "M", "cellulitis", "urgent"),
    # a redcurrant jelly stool; a household's headaches better away from home; a known ovarian cyst's sudden pain
    ("宝宝11个月，今天一阵一阵哭得很厉害，腿往肚子上缩，吐了两次，刚才大便像果酱一样有血", None, "M", "intussusception",
     "emergency"),
    ("all four of us get headaches and feel dizzy at home, much better when we're out, the old gas fire hasn't been "
     "serviced", 41, "F", "carbon_monoxide_poisoning", "emergency"),
    ("28岁，体检说左边卵巢有个5公分的囊肿，今天打羽毛球突然左下腹剧痛，吐了两次", 28, "F", "ovarian_torsion", "emergency"),
    # a rash on amoxicillin given for a sore throat with big glands; tablets counted after their paracetamol was named;
    # a tuberculosis's weight, sweats and contact, and a child's ketotic breath, in Chinese
    ("started amoxicillin on monday for tonsillitis, now a blotchy rash all over, neck glands huge and he sleeps all day",
     18, "M", "infectious_mononucleosis", None),
    ("found empty boxes of paracetamol in my son's room, he says he took about 30 tablets last night, feels ok now", 17,
     "M", "paracetamol_overdose", "emergency"),
    ("咳嗽两个多月，痰里有血丝，晚上睡觉出很多汗，瘦了快十斤，我爸以前得过肺结核", 48, "M", "tuberculosis", "urgent"),
    ("我女儿10岁，这一个月特别能喝水老上厕所，今天吐了好几次，呼吸又深又快，嘴里有股烂苹果味", 10, "F",
     "diabetic_ketoacidosis", "emergency"),
    # an uncomplicated faint (its trigger, warning and quick recovery) and a knock to the head with none of NICE's
    # reasons to refer are not urgent; a sinusitis denying its eye signs is no orbital emergency; a fit note is no fit
    ("fainted in the queue at a hot festival after standing for an hour, felt sweaty and went grey first, came round in "
     "seconds, fine now", 20, "F", "syncope", "routine"),
    ("banged my head on the kitchen cupboard, small lump, didn't black out, not sick, remember everything, mild headache",
     35, "F", "concussion", "self_care"),
    ("blocked nose and pain in my cheeks for 12 days, green snot, worse bending down, no swelling round my eyes, vision "
     "normal", 40, "F", "acute_sinusitis", "self_care"),
    ("lost my voice after a cold, just a croaky whisper, breathing fine - do I need a fit note for work?", 38, "F",
     "acute_laryngitis", "self_care"),
    # chat messages: a heart attack called indigestion; a stone's waves to the groin; a Chinese appendicitis's pain that
    # moved; a known asthmatic's attack typed by voice; and a pharmacy's "piles" that are a colitis
    ("[20:01] mum says its just her indigestion again, been clutching her chest for half an hour [20:02] shes sweaty and "
     "pale and says it goes down her left arm", 66, "F", "acute_myocardial_infarction", "emergency"),
    ("OMG this pain 😭 started in my left side and goes round to my groin in waves, cant keep still, my wee looks pink, "
     "had a stone before", 38, "M", "kidney_stones", "urgent"),
    ("[09:10] 我儿子昨晚肚脐周围疼 [09:12] 今天早上痛跑到右下边了 按一下松开更疼 [09:13] 有点发烧 不想吃饭", 15, "M",
     "acute_appendicitis", None),
    ("[语音转文字] 我儿子12岁 有哮喘 今晚喘得很厉害 蓝色喷雾喷了好几次都不管用 话都说不完整 血氧仪显示90", 12, "M", "asthma",
     "emergency"),
    ("can you recommend something for piles, bleeding every time I go, blood mixed in, loose 5 times a day with mucus for "
     "6 weeks, lost weight", 34, "F", "inflammatory_bowel_disease", "urgent"),
    # a sting's local reaction is a sting, not an urticaria; a pregnancy's sickness that is eating and drinking is no
    # hyperemesis; a testicle swollen slowly with a burning wee, in Chinese, an epididymo-orchitis
    ("bee sting on my hand at the park, red and puffy round it and itchy, breathing fine, lips fine, never reacted "
     "before", 29, "F", "insect_sting", None),
    ("怀孕8周，早上恶心，偶尔吐一次，能吃能喝，小便正常，体重没掉", 27, "F", "nausea_vomiting_of_pregnancy", "routine"),
    ("左边蛋蛋这几天慢慢肿起来 摸着烫 痛 小便有点烧 有点发烧", 24, "M", "epididymo_orchitis", "urgent"),
    # babies (set DM's kinds): a newborn's red, oozing belly button; a baby's swollen dark scrotum; an infant's fever
    # with its age in words; a newborn's few wet nappies in Chinese; a watch's slow pulse with a near-faint (set DN's)
    ("my 10 day old's belly button is red round the cord and oozing yellow smelly stuff, spreading since this morning",
     None, None, None, "urgent"),
    ("2 month old boy, his scrotum on the right is swollen and dark purple and he screams when I change him", None, None,
     None, "emergency"),
    ("4 and a half month old, temp 39.2 since last night, grizzly, feeding less", None, None, None, "urgent"),
    ("月嫂记录：宝宝出生第6天，吃奶少，昨天到今天只换了两片湿尿布，皮肤有点黄", None, None, None, "urgent"),
    ("我爸80岁，手表老提示心率过低，显示36，今天差点晕倒", 80, "M", "complete_heart_block", "emergency"),
])
def test_notes_of_the_third_session_of_2026_12_06(shipped_bundle, text, age, sex, lead, triage):
    """Follow-ups that did not settle, notes telling several problems at once, a pharmacy's counter and chat messages
    (sets DG, DH, DJ and DK's kinds, reworded)."""
    _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # a translator's angina, a machine-translated ectopic pregnancy, an interpreter's shingles and a big toe's gout
    ("I write with help of translator. Two weeks when I go up the hill my heart is squeezing like a hand holds it. When "
     "I stop and stand some minutes it goes away. I smoke 20 every day.", 63, "M", "stable_angina", "urgent"),
    ("我的月经是晚了7个星期。今天下午我有一个尖锐的疼痛在我的右下腹部，并且有一点棕色的出血。我的肩膀的顶部也是疼痛的", 27, "F",
     "ectopic_pregnancy", "emergency"),
    ("Interpreter reports: for 3 days burning pain round the left side of his chest to the back, now small blisters in "
     "groups on the same band, only on the left side. No fever.", 70, "M", "herpes_zoster", "urgent"),
    ("my husband woke at night with terrible pain in his big toe, it is red and hot and swollen, cannot bear the sheet "
     "on it. No fever. We had a party with much beer.", 55, "M", "gout", None),
    # a known asthmatic's moderate attack measured; a thriving baby's evening screaming written by a young mother
    ("有哮喘，这次感冒后喘得厉害，万托林一天喷了六七次，峰流速平时400左右，现在250，说话能说完一句", 20, "F", "asthma",
     "urgent"),
    ("my baby's 5 weeks old and every evening he screams for hours and pulls his legs up, nothing settles him. feeding "
     "well, gaining weight, plenty of wet nappies, no temperature, not being sick. im 18 and exhausted", None, None,
     "infant_colic", None),
    # a treated hypo that came back up; a concussion assessed days ago; a blood pressure taken again properly
    ("type 1 for 10 years, went low after football, BM 3.0, had some jelly babies, rechecked 15 mins later 6.2, feel "
     "fine now", 24, "M", "hypoglycaemia", "routine"),
    ("knocked out for a few seconds at hockey on Saturday, A&E checked me and said concussion, no scan. It's Wednesday "
     "and I still have a mild headache and feel foggy, not getting worse, no vomiting", 21, "M", "concussion", "routine"),
    ("BP check at the pharmacy: 190/105 on her home machine taken over a coat after the stairs. Repeated here seated "
     "after 5 min rest: 150/92, 148/90. No headache or chest pain.", 64, "F", "essential_hypertension", "routine"),
    # a returning traveller's fever with rigors; a black stool on ibuprofen with a dizziness (Chinese); a gas heater
    # with the windows shut and two of a household's headaches (Chinese)
    ("back from visiting family in Accra 9 days ago, no malaria tablets. fevers with shaking chills for 2 days, "
     "headache, aching all over", 40, "M", "malaria", "emergency"),
    ("我爸70岁，膝盖痛一直吃布洛芬，这两天大便是黑的像柏油，今天站起来头晕，脸色发白", 70, "M", "upper_gi_bleed", "emergency"),
    ("我和我老公这两天都头痛头晕想吐，家里刚装了燃气热水器，冬天窗户都关着", 45, "F", "carbon_monoxide_poisoning",
     "emergency"),
    # a dementia's sudden fluctuating confusion with a hallucination; a cystitis in dementia, not more confused; a button
    # battery gone missing beside a toddler's nose; a pancreatitis after a weekend's drinking (its pain to the back with
    # vomiting an emergency; its observations a NEWS2 of 6, urgent, on their own)
    ("Mum 84 has vascular dementia, usually chatty. Since yesterday much more muddled, thinks there are dogs in her room, "
     "very sleepy. It comes and goes, some hours she is nearly normal", 84, "F", "delirium", "emergency"),
    ("我妈82岁，老年痴呆好几年了。这两天老跑厕所，尿的时候哼哼，尿味重。没发烧，人跟平时一样，没有更糊涂", 82, "F",
     "urinary_tract_infection", "routine"),
    ("my 2 year old says she put something up her nose, the remote's battery is missing, one of those little round flat "
     "ones, breathing fine", 2, "F", "nasal_foreign_body", "emergency"),
    ("heavy drinking all weekend, since last night severe epigastric pain through to the back, vomiting x5. HR 122, "
     "BP 98/62, RR 23, T 37.8", 41, "M", "acute_pancreatitis", "emergency"),
])
def test_notes_of_the_fourth_session_of_2026_12_06(shipped_bundle, text, age, sex, lead, triage):
    """Interpreted and machine-translated notes, young adults and second-hand accounts (sets DO and DP's kinds,
    reworded), and the follow-ups and readings of sets DA, DG, DK and DN."""
    _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)


def test_a_childs_cold_leads_with_no_ear_infection_measles_or_wheeze(shipped_bundle):
    """A 2-year-old's runny nose, cough and temperature of 38.1 led with a preschool wheeze, then (given up) an ear
    infection with amoxicillin, then measles: each needs a sign of its own (an ear, a rash, a wheeze: NICE CKS). Nor
    does an acute bronchitis, typical from 5, take the place with its amoxicillin."""
    p = Predictor(shipped_bundle).predict(Case("my 2 yr old has had a runny nose and cough for 3 days, temp 38.1, eating "
                                               "ok, playing", 2, "M"))
    assert p.leading.condition_id not in ("acute_otitis_media", "measles", "viral_induced_wheeze", "croup"), \
        [(d.condition_id, round(d.probability, 2)) for d in p.differential[:3]]
    assert p.triage in ("self_care", "routine"), p.triage
    assert not {"amoxicillin", "clarithromycin", "doxycycline"} & set(p.medications), p.medications   # (NICE NG120)


def test_possible_sleep_apnoea_is_outside_the_knowledge_base(shipped_bundle):
    """Loud snoring with pauses in breathing (a bed partner's account) is obstructive sleep apnoea, which the knowledge
    base lacks: it had led with insomnia at 93%. Outside what MedSeq knows, no medicine, a sleep service (NICE NG202);
    sleepiness at the wheel adds driving advice. A baby's pauses in breathing are not this."""
    pr = Predictor(shipped_bundle)
    p = pr.predict(Case("snoring loudly and stopping breathing at night per wife, tired all day, falling asleep at the "
                        "wheel", 52, "M"))
    assert p.out_of_scope and not p.medications
    assert "sleep_apnoea_drowsy_driver" in {w.code for w in p.warnings}
    assert p.next_steps[:2] == ["refer_specialist", "driving_safety_advice"], p.next_steps
    zh = pr.predict(Case("老公打呼噜很响，睡觉时经常憋气，白天老打瞌睡", 48, "M"))
    assert zh.out_of_scope and "sleep_apnoea_outside_knowledge" in {w.code for w in zh.warnings}
    baby = pr.predict(Case("my baby stopped breathing for a few seconds and went blue, she snores a bit with her cold",
                           None, None))
    assert not {"sleep_apnoea_outside_knowledge", "sleep_apnoea_drowsy_driver"} & {w.code for w in baby.warnings}
    assert baby.triage == "emergency"
    snore = pr.predict(Case("I snore a lot, wife says so, otherwise fine, sore throat 3 days", 30, "F"))
    assert not {"sleep_apnoea_outside_knowledge", "sleep_apnoea_drowsy_driver"} & {w.code for w in snore.warnings}


def test_a_stomach_bug_on_lithium_is_a_lithium_level_the_same_day(shipped_bundle):
    """Vomiting and diarrhoea on lithium, with a tremor and unsteadiness, may be lithium toxicity, which the knowledge
    base lacks: urgent, no medicine from a guessed differential, and the reason said (it had led with hyperthyroidism,
    and a plain stomach bug on lithium had been self-care with loperamide)."""
    pr = Predictor(shipped_bundle)
    for text in ("I've got a stomach bug, vomiting and diarrhoea since last night. I'm on lithium for bipolar. Hands are "
                 "shakier than usual and I feel a bit wobbly walking.",
                 "I'm on lithium, vomiting and diarrhoea since last night",
                 "我在吃碳酸锂，从昨晚开始上吐下泻，手比平时抖得厉害"):
        p = pr.predict(Case(text, 45, "F"))
        assert triage_rank(p.triage) >= triage_rank("urgent") and not p.medications, (text, p.triage, p.medications)
        assert "lithium_toxicity_no_medicine" in {w.code for w in p.warnings}, text
    plain = pr.predict(Case("I've got a stomach bug, vomiting and diarrhoea since last night.", 45, "F"))
    assert "lithium_toxicity_no_medicine" not in {w.code for w in plain.warnings}


def test_what_no_condition_here_explains_gets_no_medicine(shipped_bundle):
    """Heavy bleeding days after a birth (a postpartum haemorrhage: it led with heavy periods, tranexamic acid and a
    combined pill, UKMEC 4 so soon after a birth), a baby's constipation (ispaghula husk and macrogol at 3 months) and
    a breast lump outside breastfeeding (a Bartholin's abscess, urgent) get no medicine and say why; the lump goes
    on a suspected cancer pathway (NICE NG12 1.3.1)."""
    pr = Predictor(shipped_bundle)
    bleed = pr.predict(Case("Heavy bleeding after giving birth 5 days ago, soaking a pad every hour, feel dizzy", None, "F"))
    assert bleed.triage == "emergency" and not bleed.medications
    assert "postpartum_bleeding_no_medicine" in {w.code for w in bleed.warnings}
    baby = pr.predict(Case("3 month old hasn't pooed for 4 days, seems a bit uncomfortable, still feeding well", 0, "F"))
    assert not baby.medications and "infant_constipation_no_medicine" in {w.code for w in baby.warnings}
    older = pr.predict(Case("hasn't pooed for 4 days, hard stools, straining", 40, "F"))
    assert older.medications and "infant_constipation_no_medicine" not in {w.code for w in older.warnings}
    lump = pr.predict(Case("I've got a lump in my breast, not painful, noticed it a month ago", 52, "F"))
    assert lump.out_of_scope and not lump.medications and lump.triage == "routine"
    assert lump.next_steps[0] == "urgent_suspected_cancer_referral" and not lump.cannot_miss
    assert "breast_lump_outside_knowledge" in {w.code for w in lump.warnings}
    zh = pr.predict(Case("乳房摸到一个硬块，不疼，两周了", 45, "F"))
    assert zh.out_of_scope and zh.next_steps[0] == "urgent_suspected_cancer_referral"
    mastitis = pr.predict(Case("breastfeeding, painful lump in my right breast, red and hot, fever", 29, "F"))
    assert not mastitis.out_of_scope and mastitis.medications


def test_a_notes_observations_give_a_news2(shipped_bundle):
    """RCP NEWS2 (2017) from the observations a note gives: 5 or 6 an urgent review, 7 or more an emergency, each named
    by its rule (a cerebral palsy's aspiration, "temp 38.6 ... resp rate about 32, sats 91% ... HR 124", scores 9)."""
    pr = Predictor(shipped_bundle)
    p = pr.predict(Case("wet gurgly breathing since last night, temp 38.6, resp rate about 32, sats 91% on air, HR 124",
                        34, "M"))
    assert "news2_emergency" in {f.rule for f in p.red_flags} and p.triage == "emergency"
    p = pr.predict(Case("tummy pain and sick since last night. HR 124, BP 94/60, RR 24, T 37.9", 39, "M"))
    assert "news2_urgent" in {f.rule for f in p.red_flags}
    p = pr.predict(Case("sore throat, BP 122/78, HR 88, T 36.8", 30, "F"))
    assert not {f.rule for f in p.red_flags} & {"news2_urgent", "news2_emergency"}


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # work as the context: a heat exhaustion's thirst and dark urine; engines run indoors; a frostbite with its cold
    ("Scaffolder, been 32 degrees on site all week. Today a headache, dizzy and really thirsty, wee is dark and not much "
     "of it. Better after sitting in the shade with water. Not confused, not being sick.", 30, "M", "dehydration", None),
    ("four of us in the workshop all have headaches and feel sick, the diesel generator was running inside with the doors "
     "shut, we all perk up after going outside", 35, "M", "carbon_monoxide_poisoning", "emergency"),
    ("ice climbing yesterday, -15 with the wind, my fingertips went white and numb, when I warmed them they throbbed like "
     "hell, now two have clear blisters", 29, "F", "frostbite", "urgent"),
    # the important symptom said late: a paracetamol overdose after other business; a stroke's signs in a daughter's
    # words (Chinese); a giant cell arteritis whose "I never get headaches" is no denial
    ("Asking for my nephew, he's 17, lot going on with exams and his girlfriend left him. He wants to know about his "
     "hayfever tablets too. Oh and he mentioned he took a load of paracetamol on Sunday night, about 24 he thinks. Says "
     "he feels fine.", None, None, "paracetamol_overdose", "emergency"),
    ("我爸78岁，有房颤。刚才打电话说话有点含糊，左手有点不听使唤，嘴角也有点往一边歪。", 78, "M", "ischaemic_stroke",
     "emergency"),
    ("I'm 71. Three weeks of a headache on the left side and I never get headaches. It hurts to comb my hair and my jaw "
     "aches when I chew, I have to stop.", 71, "F", "giant_cell_arteritis", "urgent"),
    # travel: a wet hiker's hypothermia told by the weather; a flu after a trip to Japan (no malaria, no emergency); a
    # sudden headache on a plane
    ("hillwalking with my brother (40), he fell in a stream up to his waist an hour ago, its 1 degree and raining, now "
     "he's stopped shivering, slurring and stumbling", 40, "M", "hypothermia", "emergency"),
    ("back from a week in Tokyo 2 days ago, since yesterday fever 39, shivering, aching all over, dry cough, headache. "
     "Breathing fine.", 30, "F", "influenza", "self_care"),
    ("lifting my bag into the overhead locker and got the most sudden violent headache of my life, vomited, neck stiff",
     52, "F", "subarachnoid_haemorrhage", "emergency"),
])
def test_notes_of_the_fifth_session_of_2026_12_06(shipped_bundle, text, age, sex, lead, triage):
    """Work as the context, the important symptom said late and travel (sets DU, DV and DY's kinds, reworded)."""
    _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # long-term conditions: a missed dialysis with breathlessness; a stoma that stopped working; a sore throat and
    # fever on methotrexate; a heart failure's pillows and nights; a Parkinson's "off" time
    ("老爸做血透两年了，一三五去。这周二因为下雪没去透析，今天早上喘不上气，躺不下，心跳乱七八糟的", 67, "M", None,
     "emergency"),
    ("colostomy for 5 years. nothing in the bag since yesterday lunchtime, the stoma looks bigger than usual, crampy pain "
     "round it and I've been sick 3 times", 58, "F", "bowel_obstruction", "emergency"),
    ("on methotrexate for psoriatic arthritis, since yesterday a really sore throat and a temperature of 38.6, no cough",
     52, "F", None, "urgent"),
    ("had heart failure 3 years. need 3 pillows now to sleep, woke last night gasping, ankles swollen to the knee", 80, "F",
     "heart_failure", None),
    ("Parkinson's for 8 years on Sinemet. The doses wear off early now - he gets stiff and shuffly and freezes at "
     "doorways before the next one is due. No falls.", 74, "M", "parkinsons_disease", "routine"),
    # sport: a collapse mid-race with palpitations and a young relative's sudden death; a gardener's back with its
    # dangers denied
    ("my 15yo collapsed during the race at school sports day, out for about 10 seconds, came round fine. he says his "
     "chest flutters when he runs and his cousin died suddenly at 22", 15, "M", "syncope", "emergency"),
    ("Dug the allotment all weekend. Lower back stiff and sore both sides, eases once I get moving. No pain down the "
     "legs, no numbness, bladder and bowels are fine.", 50, "M", "low_back_pain", "self_care"),
    # the night: suicidal thoughts with tablets being counted
    ("its 3am and i keep thinking about ending it all. i have a drawer full of my dads painkillers and i've been "
     "counting them out. havent taken any", 24, "F", "suicidal_ideation", "emergency"),
    # sexual health and the puerperium: a psychosis days after a birth; a retention after one
    ("my partner had our baby 12 days ago. the last 2 nights she hasnt slept at all, talking non stop, and tonight says "
     "people on the tv are sending her messages about the baby", 31, "F", None, "emergency"),
    ("had my second baby 2 days ago, home now. I haven't managed to wee since this morning, only drips, and theres a "
     "hard swelling low in my tummy", 30, "F", None, "emergency"),
    # eyes, ears, mouth and skin: a battery up the nose; an orbital cellulitis in Chinese; a dental abscess's lump; a
    # bite by something unseen; a nosebleed that stopped
    ("my 4 year old pushed a little round battery from the tv remote up his nose about 20 minutes ago", 4, "M",
     "nasal_foreign_body", "emergency"),
    ("女儿6岁，感冒几天后左眼皮肿得睁不开，又红又烫，发烧39度，说眼珠一动就痛，看东西有两个", 6, "F", "orbital_cellulitis",
     "emergency"),
    ("toothache bottom right for 5 days, can't bite on it, there's a swollen lump on my gum and my cheek is a bit puffy, "
     "no fever", 35, "M", "dental_abscess", "urgent"),
    ("bitten by something in the garden yesterday, 2 itchy red bumps on my calf, no other symptoms", 40, "F",
     "insect_sting", "routine"),
    ("nosebleed from my right nostril at dinner, pinched it for 10 minutes and it stopped, feel fine", 45, "M",
     "epistaxis", "routine"),
])
def test_notes_of_the_sixth_session_of_2026_12_06(shipped_bundle, text, age, sex, lead, triage):
    """Long-term conditions, sport, the night, sexual health and the eyes, ears, mouth and skin (sets DX, DZ, EA, EC
    and ED's kinds, reworded)."""
    _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # pain (set EF's leftovers, reworded): a Chinese ectopic not yet tested; a migraine's zigzag aura; a stye; an
    # inflammatory back; a breastfeeding mother's mastitis
    ("我28岁，月经推迟十来天了，下午开始左下腹一阵一阵刺痛，有一点褐色的出血，刚才差点晕倒，左边肩膀尖也痛。还没测过有没有怀孕。",
     None, None, "ectopic_pregnancy", "emergency"),
    ("30F, migraines for years. This one started with zigzag flashing lines for 20 mins, now throbbing on the right "
     "temple, light hurts, feel sick", None, None, "migraine", "routine"),
    ("red tender lump on the edge of my lower eyelid, sore when I blink, a little yellow head on it, vision fine", 30,
     "F", "hordeolum", "self_care"),
    ("breastfeeding my 4 week old. red hot sore wedge shaped patch on my right boob since yesterday, temp 38.3, achy",
     31, "F", "lactational_mastitis", None),
    # the gut and the bladder (set EH's kinds): a febrile baby under 3 months; a post-operative retention; a stone with
    # a fever; a pregnant pyelonephritis with rigors; a chicken barbecue shared; a past heroin use and hepatitis C
    ("my 6 week old has a temp of 38.3 and isn't feeding well", None, None, "sepsis", "emergency"),
    ("post op day 1 hip replacement, not passed urine for 9 hours, lower abdominal discomfort, bladder scan 850 ml",
     71, "F", "acute_urinary_retention", "emergency"),
    ("known 5mm right ureteric stone seen on CT last week, now fever 39, shivering, right loin pain, vomiting", 44,
     "M", None, "emergency"),
    ("30 weeks pregnant, burning when I wee for 3 days, now pain in my left side of my back, shaking and temp 39",
     29, "F", None, "emergency"),
    ("bbq yesterday, the chicken was a bit pink in the middle. now the runs 5 times and tummy cramps, my wife who ate "
     "the chicken too has the same", 35, "M", None, None),
    ("Used heroin in my 20s, been clean 15 years. GP bloods came back hep C antibody positive, feel a bit tired", 45,
     "M", None, None),
    # the head, the nerves and the mind (set EI's kinds): a suicide prepared in Chinese; tablets saved up; a sleeping
    # tablet overdose; a Guillain-Barre weakness; a needle faint
    ("活不下去了。炭和胶带都买好了，打算这周末一个人在家的时候做个了断，给我爸的信也写好了。", 30, "M", "suicidal_ideation",
     "emergency"),
    ("ive been saving up my citalopram for a month and i have enough now. tonight seems as good as any", 22, "F",
     "suicidal_ideation", "emergency"),
    ("发现我爸床头一整瓶安眠药空了，大概有三十片，叫他只能哼一声，睁不开眼，呼吸有点慢", 60, "M", None, "emergency"),
    ("had a stomach bug 2 weeks ago. Now tingling toes and fingers for 3 days and today I can't get up the stairs "
     "without pulling myself up on the rail", 40, "M", "guillain_barre_syndrome", "emergency"),
    ("fainted when I saw the needle at my blood test, went hot and clammy first, came round on the floor, out for a "
     "few seconds, fine after a drink. 25, F.", None, None, "syncope", "routine"),
    # a stroke still going on is no TIA, and a passed deficit with an irregular pulse is a TIA, not an AF
    ("my mum (80) was doing the crossword and suddenly dropped her pen, the left side of her face is drooping and her "
     "speech is slurred. started 30 mins ago", None, None, "ischaemic_stroke", "emergency"),
    ("68F. Yesterday 20 min episode of L arm weakness and slurred speech, completely resolved. Pulse irregularly "
     "irregular today, not on anticoagulation.", None, None, "transient_ischaemic_attack", None),
    # medicines and very short notes (sets EK and EL's kinds): a toddler into a calcium channel blocker; a staggered
    # paracetamol overdose in Chinese; steroids stopped; a shorthand ectopic; a bleeding without pain in pregnancy
    ("my 2 year old chewed some of grandma's amlodipine tablets, 2 missing, seems fine", 2, None, None, "emergency"),
    ("感冒三天，白天吃白加黑，晚上吃感康，又加了泰诺林，一天吃五六次，才发现好几个都含对乙酰氨基酚，现在恶心，右上腹不舒服", 40, "M",
     "paracetamol_overdose", "emergency"),
    ("患者女，60岁，口服泼尼松10mg/日2年余，1周前自行停药。今日频繁呕吐，起立时晕厥，BP 80/50mmHg，血糖3.5mmol/L。", None,
     None, "adrenal_crisis", "emergency"),
    ("period 7 wks late sharp pain low down left side shoulder tip hurts feel faint", 27, "F", "ectopic_pregnancy",
     "emergency"),
    ("女，30岁，停经8周，阴道少量出血，无腹痛", None, None, "threatened_miscarriage", "urgent"),
])
def test_notes_of_the_seventh_session_of_2026_12_06(shipped_bundle, text, age, sex, lead, triage):
    """Pain, the gut and the bladder, the head and the mind (sets EF, EH and EI's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "chicken" in text:   # a shared meal's illness is no chronic bowel disease
        assert p.leading.condition_id not in ("inflammatory_bowel_disease", "coeliac_disease",
                                              "irritable_bowel_syndrome"), top
    if "heroin" in text:    # nor a past heroin use an overdose
        assert p.triage != "emergency", top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # fevers in winter (set EN's kinds, reworded): a fever after chemotherapy; a leukaemia's 化疗 with rigors; a febrile
    # toddler's purple rash with cold hands is no hypothermia; a fever with a worst headache is a meningitis first; a
    # virus before a chest pain lying flat; a COVID test read as 阳了; a pregnancy's flu with a positive husband
    ("finished my second round of chemo for bowel cancer 10 days ago, tonight temp 38.5 and shivering, feel rotten", 62,
     "M", "sepsis", "emergency"),
    ("我妈淋巴瘤在化疗，上次化疗完一周，今天下午开始发烧38.9度，寒战，没什么精神", 66, "F", "sepsis", "emergency"),
    ("2 year old, temp 39.8, floppy, hands and feet ice cold, little purple spots on his legs that don't fade under a "
     "glass", 2, "M", None, "emergency"),
    ("flu-ish since yesterday, now the worst headache I've ever had, can't bend my neck, light hurts, temp 39.4", 20,
     "F", "meningitis", "emergency"),
    ("had a viral thing about two weeks ago, now sharp chest pain, can't lie flat without getting breathless, heart "
     "racing", 28, "M", "myocarditis", "emergency"),
    ("我阳了第三天，嗓子疼得像吞刀片，发烧38.3，浑身没劲，不喘，老婆也阳了", 40, "M", "covid_19", None),
    # telephone and online triage (set EO's kinds): a toddler into a blood pressure medicine; a glibenclamide in
    # Chinese; a chickenpox where nobody at home has chemotherapy; a sting asked about in a row of questions; a 2-year-old's
    # ear with a fever is no teething
    ("Caller: my 20 month old chewed some of his nan's amlodipine tablets, 2 missing from the strip, 10 minutes ago, "
     "seems fine", 1, "M", "drug_overdose", "emergency"),
    ("家属电话：孩子三岁，从奶奶包里翻药吃，是格列齐特，不知道吃了几片，现在还在玩", 3, "F", "drug_overdose", "emergency"),
    ("Mum on phone: 4yo, itchy spots all over, some blisters, some crusted, temp 37.9, eating fine. Nobody at home is "
     "pregnant or on chemo.", 4, "M", "chickenpox", None),
    ("电话咨询：手上被马蜂蛰了一下，红肿一小块。问：嘴唇舌头肿吗？喘不喘？身上起风团吗？答：都没有。", 35, "F", "insect_sting",
     None),
    ("online form: son 2, cold for 4 days, now tugging his right ear, crying at night, 38.6 last night", 2, "M",
     "acute_otitis_media", None),
])
def test_notes_of_the_eighth_session_of_2026_12_06(shipped_bundle, text, age, sex, lead, triage):
    """Fevers in winter and telephone triage (sets EN and EO's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "purple spots" in text:   # a febrile child's non-blanching rash is a meningitis or a sepsis, not a hypothermia
        assert p.leading.condition_id in ("meningitis", "sepsis"), top
    if "Nobody" in text or "马蜂" in text:   # nothing denied makes it an emergency
        assert p.triage != "emergency", (p.triage, [f"{f.finding}:{f.rule}" for f in p.red_flags])


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # medicines, home remedies and injuries (sets EK, EQ and ER's kinds, reworded): a fever and rigors on methotrexate and
    # on carbimazole; an HHS's meter reading HI; a DRESS after allopurinol; paracetamol in every cold remedy; aconite in
    # a medicinal wine; a clot after a plaster cast, in Chinese; a cold pulseless leg after a knee dislocation; a
    # toddler's scald; a nursery bite that did not break the skin; a knee to the head with a knock-out
    ("on methotrexate for psoriatic arthritis, temp 39.4 with shaking chills since this afternoon, mouth ulcers", 59,
     "F", "sepsis", "emergency"),
    ("在吃卡比马唑治甲亢，昨天开始发高烧39度8，寒战，嗓子疼得咽不下", 35, "F", "sepsis", "emergency"),
    ("Grandma is 80, type 2 on tablets, started prednisolone for her chest, now drinking and weeing loads, drowsy and "
     "confused, her sugar meter just says HI", 80, "F", "hyperosmolar_hyperglycaemic_state", "emergency"),
    ("allopurinol was started 6 weeks ago for gout; itchy red rash all over for 5 days, now temp 38.5, puffy face and "
     "swollen glands in the neck", 66, "M", "drug_eruption", None),
    ("flu for 4 days, been taking paracetamol regularly plus Lemsip and Night Nurse, just realised they all have "
     "paracetamol in, about 7g a day, feel sick", 30, "F", "paracetamol_overdose", "emergency"),
    ("喝了自己泡的草乌药酒，半小时后嘴唇和手指发麻，心慌，心跳乱，想吐，出冷汗", 58, "M", "drug_overdose", "emergency"),
    ("小腿骨折打了石膏三周，一直卧床，今天突然喘不上气，左边胸口一吸气就痛，咳了点带血丝的痰", 40, "M", "pulmonary_embolism",
     "emergency"),
    ("患者男，30岁，车祸致右膝脱位，已复位。现右足发凉、苍白，足背动脉未触及，脚趾麻木", 30, "M", None, "emergency"),
    ("宝宝1岁，打翻了热汤，烫到左手和前臂，起了几个大水泡，冲了凉水", 1, "F", "burn", None),
    ("a boy at preschool bit my daughter on the hand, teeth marks, skin isn't broken, she's fine", 4, "F", "human_bite",
     "self_care"),
    ("son 15 took an elbow to the side of the head at rugby, was out cold for a minute, sick twice since, keeps "
     "repeating himself", 15, "M", "concussion", "emergency"),
])
def test_notes_of_the_eighth_session_of_2026_12_06_medicines_remedies_injuries(shipped_bundle, text, age, sex, lead,
                                                                                triage):
    """Medicines, home remedies and injuries (sets EK, EQ and ER's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "足背动脉未触及" in text:   # a cold, pale, pulseless foot after a knee dislocation: the limb's circulation first
        assert p.leading.condition_id in ("acute_limb_ischaemia", "compartment_syndrome"), top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # English as a second language (set EU's kinds, reworded): a cellulitis past its pen line; a chickenpox's spots
    # becoming water blisters; a Colles fracture "bend like a fork"; a heavy lift's "waist is pain"; an eye gone dark; a
    # shingles in one line; an infant's wheeze; dengue in Chinese with its Singapore name
    ("My right leg below knee is red, hot and swelling since 2 days, started from crack between toes. I drew line with "
     "pen and redness crossed the line. Little fever 38. I have sugar.", 60, "M", "cellulitis", None),
    ("My son 4 years, yesterday start red spots on body, today many become small water blister, very itchy, some "
     "already have crust. Fever 37.9 but playing.", 4, "M", "chickenpox", None),
    ("My father 70 year old fall down in the market, he use right hand to support the ground. Wrist swell quickly and "
     "shape is bend like a fork, very pain.", 70, "M", "wrist_fracture", "urgent"),
    ("Last week I carry many heavy box for moving house. After that my waist is pain, muscle both side tight, worse "
     "when bend. No leg numb, pee and poo normal, no fever.", 38, "M", "low_back_pain", None),
    ("Suddenly 30 minutes ago my left eye is not seeing anything, everything go dark in this eye. No pain. I have "
     "diabetes and high pressure.", 70, "M", "central_retinal_artery_occlusion", "emergency"),
    ("Since 3 days burning pain right side of back going to front like a band. Yesterday appear red spots with water "
     "bubbles only in that line, not cross the middle.", 60, "F", "herpes_zoster", None),
    ("My daughter is 5 months. Cold and cough 3 days, now breathing fast, tummy pulling in under ribs, wheezing, taking "
     "half her feeds.", 0, "F", "bronchiolitis", None),
    ("我在马来西亚，邻居最近好几个人得了骨痛热症。我高烧三天39度多，眼睛后面很痛，全身肌肉和骨头都痛，今天身上出了红疹。", 30,
     "M", "dengue_fever", None),
    # pregnancy, birth and the newborn (set ET's kinds, reworded): a known hypertension at 6 weeks is no pre-eclampsia; a
    # pregnant back ache denying bleeding and tightenings; a birth 5 days ago is no ectopic; a jaundice before a day old;
    # a newborn's sticky eyes; a positive booking screen; a lick on whole skin
    ("I take ramipril for my blood pressure, just found out I'm pregnant, about 6 weeks. Home BP 130/82, feel fine.", 35,
     "F", None, None),
    ("24 wks pregnant, achy lower back after standing all day at work, better lying down. no bleeding, no tightenings, "
     "no fever, no pain passing urine.", 29, "F", None, None),
    ("baby born 16 hrs ago, midwife says his face and chest look yellow, feeding ok", 0, "M", "neonatal_jaundice",
     "emergency"),
    ("Day 5 postnatal visit. Baby's eyelids both swollen with lots of thick yellow discharge since yesterday.", None, None,
     "conjunctivitis", "urgent"),
    ("20F, 12/40. Booking chlamydia NAAT positive. No symptoms.", 20, "F", "chlamydia_infection", None),
    ("our dog licked my hand, skin not broken, no bite. do I need a rabies jab?", 30, "F", "animal_bite", "self_care"),
    ("狗舔了一下孩子的手，没有破皮，要不要打狂犬疫苗", 6, "M", "animal_bite", "self_care"),
    ("the dog licked the cut on my finger, worried about rabies, we are in rural India", 30, "F", "animal_bite", "urgent"),
    # a bleed 2 hours after a birth (a postpartum haemorrhage, outside the knowledge base) is no necrotising fasciitis
    ("产后2小时，阴道流血约1000ml，子宫软，心率120次/分，血压85/50mmHg。", 30, "F", None, "emergency"),
    # no newborn's condition at 18 months (a jaundice then is a liver's or a bile duct's)
    ("18 month old, eyes and skin gone yellow this week, pale poo, dark wee", 1, "M", None, None),
])
def test_notes_of_the_session_of_2026_12_07(shipped_bundle, text, age, sex, lead, triage):
    """English as a second language; pregnancy, birth and the newborn (sets EU and ET's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "ramipril" in text:   # no pre-eclampsia before 20 weeks, nor an emergency (NICE NG133: switch the ACE
        assert "pre_eclampsia" not in [d.condition_id for d in p.differential[:3]], top   # inhibitor within 2 days)
        assert p.triage in ("routine", "urgent"), top
    if "24 wks" in text:     # a bleeding denied: no miscarriage leads, and no emergency
        assert p.leading.condition_id not in ("threatened_miscarriage", "miscarriage"), top
        assert p.triage != "emergency", top
    if "postnatal" in text:   # (the baby's note: "postnatal" says nothing of the sex)
        assert p.leading.condition_id not in ("trichomoniasis", "bacterial_vaginosis"), top
        assert p.case_used.sex is None
    if "产后2小时" in text:
        assert p.leading.condition_id != "necrotising_fasciitis", top
    if "18 month" in text:
        assert not {"neonatal_jaundice", "infant_colic"} & {d.condition_id for d in p.differential}, top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # adolescents and young adults: an orbital cellulitis after a cold; a pneumothorax that "might be a muscle strain";
    # recurrent mouth ulcers before exams; a bright red patch on the white of the eye after a night's coughing
    ("im 15, had a cold all week, now my right eye is puffy and red, i can barely open it, it hurts when i look sideways "
     "and i'm seeing double. temp 38.6", 15, "F", "orbital_cellulitis", "emergency"),
    ("is it just a muscle strain? sudden sharp pain right side of chest 2 hours ago, short of breath walking, worse "
     "breathing in, tall and thin, 20", 20, "M", "spontaneous_pneumothorax", "emergency"),
    ("每次压力大的时候嘴里就长溃疡，一两个，圆圆的，一个星期左右自己好，别的都没事", 22, "F", "aphthous_ulcers", None),
    ("今天早上发现左眼眼白有一大块鲜红色，不痛不痒，视力正常，昨晚咳得很厉害", 30, "M", "subconjunctival_haemorrhage",
     "self_care"),
    # several long-term conditions and many medicines: a chickenpox on high-dose steroids; a fever on docetaxel; a back
    # strain beside diabetes, blood pressure and cholesterol; a urinary retention after a cold remedy; a stoma bag's
    # contact dermatitis; a rash after a course of amoxicillin
    ("my daughter is 7, on prednisolone 40mg a day for nephrotic syndrome. chickenpox spots came up yesterday, some "
     "turning into blisters, temp 38", 7, "F", "chickenpox", "urgent"),
    ("on docetaxel for breast cancer, cycle 2, day 9. temp 38.4 twice and shivery, no cough, no urine symptoms", 55, "F",
     "sepsis", "emergency"),
    ("62, diabetic, high BP and cholesterol on metformin, amlodipine and atorvastatin. hurt my lower back lifting bags of "
     "compost yesterday, aching across the low back, no leg pain or numbness", 62, "M", "low_back_pain", None),
    ("70M enlarged prostate, took a cold remedy yesterday, hasn't passed urine for 10 hours, lower tummy swollen and "
     "painful", 70, "M", "acute_urinary_retention", "emergency"),
    ("Stoma nurse: 58F colostomy, new bag brand 10 days ago, itchy red weepy rash just under the adhesive flange. No "
     "fever.", 58, "F", "allergic_contact_dermatitis", None),
    ("吃了五天阿莫西林，前天吃完。昨天开始身上起红疹子，有点痒，嘴巴眼睛没事，不发烧", 40, "F", "drug_eruption", None),
    # an ACE inhibitor named with a new pregnancy: its warning (NICE NG133)
    ("I take lisinopril for my blood pressure and my test just came back positive, I'm pregnant, about 5 weeks. Feel "
     "fine.", 33, "F", None, None),
])
def test_notes_of_the_session_of_2026_12_07b(shipped_bundle, text, age, sex, lead, triage):
    """Adolescents and young adults; several long-term conditions and many medicines (sets EW and EX's kinds,
    reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    codes = {w.code for w in p.warnings}
    if "lisinopril" in text:
        assert "ace_inhibitor_in_pregnancy" in codes, codes
    else:
        assert not {c for c in codes if c.endswith("_in_pregnancy")}, codes
    if "压力大" in text:   # recurrent aphthous ulcers: no Stevens-Johnson syndrome's urgency
        assert p.triage in ("self_care", "routine"), top
    if "back" in text:     # no sciatica when the leg pain is denied
        assert p.leading.condition_id != "sciatica", top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # notes typed by voice, unedited: a torsion in a "test a cool"; a malaria in 发少 and 打摆子; an ankle heard as an
    # angle
    ("my boy is thirteen woke at four with sudden terrible pain in his right test a cool its swollen and higher than "
     "the other one been sick once no injury", 13, "M", "testicular_torsion", "emergency"),
    ("上个月从加纳回来 这两天发少 一阵冷一阵热 打摆子 出一身汗 头腾 没吃预防的药", 40, "M", "malaria", None),
    ("rolled my angle at basketball outside of the angle swollen I can walk on it no pain pressing the bones", 19, "M",
     "ankle_sprain", None),
    # people who downplay or fear the worst: a louse seen crawling is no hallucination; an NSAID's ulcer on aspirin
    ("儿子9岁，老挠头，头发根上有白色小点梳不掉，还看到一个小虫子在爬，是不是很严重？", 9, "M", "head_lice", "self_care"),
    ("我爸70岁，放过支架，吃阿司匹林，自己买的布洛芬吃腰痛。一个月来胃这里烧着痛，饿的时候更明显，吃点东西能好些。大便颜色正常，没吐过血。",
     70, "M", "peptic_ulcer_disease", None),
])
def test_notes_of_the_session_of_2026_12_07c(shipped_bundle, text, age, sex, lead, triage):
    """Notes typed by voice; people who downplay or exaggerate (sets EZ and FA's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "加纳" in text:   # a returned traveller's fever with rigors: malaria the same day at least
        assert p.triage in ("urgent", "emergency"), top
    assert "hallucinations" not in {f.finding for f in p.red_flags}


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # at work: a barista's scald is no clot; wet cement in an eye is a chemical injury; an engine run indoors
    ("21M barista, touched steam wand w/ fingertip 20min ago, pad of R index finger red + sore, no blisters, skin "
     "intact. Cooled under tap 20 min.", 21, "M", "burn", "self_care"),
    ("Got wet cement splashed in my right eye at work about 20 min ago. Rinsed it with a bottle of water. Burning like "
     "hell and I cant open it, everything blurry.", 36, "M", "chemical_eye_injury", "emergency"),
    ("Warehouse - we were running a petrol pressure washer inside the loading bay with the shutter down. 3 of the lads "
     "now have thumping headaches and feel sick, one is confused and slurring. Nobody has a temperature.", 34, "M",
     "carbon_monoxide_poisoning", "emergency"),
    # men who rarely see a doctor: an erection of five hours; a fist that met teeth
    ("Took one of those blue pills a mate gave me last night. Been hard now for nearly 5 hours and its getting really "
     "painful. Will it go down on its own?", 34, "M", "priapism", "emergency"),
    ("Got into a scuffle outside the pub last night and caught my fist on a lads teeth. Small cut over my middle "
     "knuckle, this morning it's swollen, red and throbbing.", 24, "M", "human_bite", None),
    # out of hours: a new diabetes with no confusion ("不犯糊涂") is no emergency
    ("我爸55岁，比较胖，这两个月总是口渴，一晚上起来喝水尿尿三四次，瘦了几斤。刚才测了一下饭后两小时16.8。精神还好，没有呕吐，不犯糊涂。",
     55, "M", "type_2_diabetes", None),
    # sport: a cold swim; an injured neck's stiffness is not meningism
    ("朋友58岁，今天早上在湖里冬泳，水大概4度。上岸后一开始抖得厉害，现在反而不抖了，反应很慢，说话含糊不清，走路摇摇晃晃。", 58, "M",
     "hypothermia", "emergency"),
    ("21M rugby, scrum collapsed in training yesterday and neck got jarred. Walked off. Today stiff and sore neck, can "
     "rotate most of the way. No tingling or weakness in the arms.", 21, "M", None, None),
    # a heart racing and irregular is an AF's; a pneumothorax an X-ray report has just named is one, an emergency
    ("70 male. Since this evening my heart has been racing and all over the place, totally irregular, the blood pressure "
     "machine says pulse 140 and shows the irregular heartbeat symbol. No chest pain.", 70, "M", "atrial_fibrillation",
     None),
    ("21 yo, tall and thin. Sudden sharp pain on the right of my chest 3 hrs ago and now breathless on the stairs. Urgent "
     "care did an xray, the report says: 'Large right-sided pneumothorax, no mediastinal shift.' Can I go tomorrow?", 21,
     "M", "spontaneous_pneumothorax", "emergency"),
])
def test_notes_of_the_session_of_2026_12_07d(shipped_bundle, text, age, sex, lead, triage):
    """Notes written at work, by men who rarely see a doctor, out of hours and about sport (sets FB, FC, FF and FG's
    kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "不犯糊涂" in text:
        assert p.triage != "emergency" and "confusion" not in {f.finding for f in p.red_flags}, top
    if "rugby" in text:
        assert p.leading.condition_id != "meningitis" and p.triage != "emergency", top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # very old people: a lifelong mouth ulcer; a digoxin's yellow vision; a stopped nosebleed on a DOAC; a slip and a
    # groin's pain; a night on the floor without heating; a doubled fentanyl patch; a calf after a hip replacement
    ("I'm 78. Since I was a teenager I get one or two small painful white ulcers inside my cheek every few months, they "
     "go in about ten days. Got one now. No new tablets.", 78, "F", "aphthous_ulcers", None),
    ("我妈87岁，房颤吃地高辛好多年了，这几天不想吃饭，老恶心，说看东西都发黄，脉搏数了一下一分钟48。", 87, "F", "drug_overdose",
     "emergency"),
    ("Mum is 84 and on apixaban. Nosebleed from one side after her nap, we pinched her nose for ten minutes and it "
     "stopped. Hasn't bled since. She feels fine, not light headed.", 84, "F", "epistaxis", None),
    ("我奶奶86岁，昨天在厨房滑了一跤坐到地上，今天左边大腿根疼，不敢下床，一动就疼。", 86, "F", "hip_fracture", None),
    ("My grandad is 88, found this morning on his bedroom floor where he'd been all night, and the heating has been off. "
     "He's cold to touch, mumbling and confused, temp 34.2.", 88, "M", "hypothermia", "emergency"),
    ("District nurse: 84M on fentanyl 12mcg patch. Wife put on a new patch without removing yesterday's. Now very hard "
     "to wake, RR 6, pinpoint pupils, sats 89%.", 84, "M", "opioid_overdose", "emergency"),
    ("Dad (79) had his knee replaced last week. His right calf is noticeably bigger than the left today, warm and "
     "tender when I squeeze it. No chest pain, breathing fine.", 79, "M", "deep_vein_thrombosis", None),
    # teenagers: a cold sore before the prom; a cystitis after sex with a boyfriend; a guttate psoriasis after a throat
    ("17f cold sore again on my top lip, tingled yesterday now little blisters. prom is on saturday help", 17, "F",
     "herpes_labialis", "self_care"),
    ("18F burning when I pee and needing to go constantly, started after sex with my bf at the weekend. no fever, no "
     "back pain, no discharge, on the pill", 18, "F", "urinary_tract_infection", None),
    # a FAST stroke beside the atrial fibrillation behind it; a diabetic's heart attack without chest pain
    ("Grandma is 80. Since about 20 minutes ago the left side of her mouth has dropped and she can't lift her left arm, "
     "talking funny. She has AF and stopped her blood thinner a while back.", 80, "F", "ischaemic_stroke", "emergency"),
    ("Dad is 79, type 2 diabetic on tablets. In the last hour he's gone breathless and sweaty and clammy, feels sick, "
     "says there's no chest pain at all. Pulse 110, BP 100/60.", 79, "M", "acute_myocardial_infarction", "emergency"),
    # women's health: a miscarriage's heavy bleeding at 9 weeks (no baby's age); a tampon's toxic shock; a postpartum
    # psychosis in Chinese; an irregular pulse after the menopause
    ("my partner is 10 weeks pregnant and bleeding heavily, soaking a pad every 20 minutes with clots, she's pale and "
     "nearly passed out", None, "F", "miscarriage", "emergency"),
    ("16 and scared, forgot a tampon in for 2 days, now temp 39.6, vomiting, rash all over like sunburn and I feel "
     "faint", 16, "F", None, "emergency"),
    ("我女儿剖腹产完第6天，这两天不睡觉，说有人要害宝宝，还听到有人跟她说话。", 28, "F", "acute_psychosis", "emergency"),
    ("更年期了，这几天心跳乱七八糟没规律，手表提示心律不齐，有点气短，没有胸痛。", 56, "F", "atrial_fibrillation", None),
    # a pre-eclampsia days after a birth; an eclampsia's fit at 37 weeks with no epilepsy; a collapse after a missed period
    ("my daughter had her baby 4 days ago, since this morning a terrible headache and her vision is blurry, and pain up "
     "under her ribs on the right", 31, "F", "pre_eclampsia", "emergency"),
    ("36/40 primip had a fit at home lasting a minute, no history of epilepsy, headaches all week, now drowsy", 24, "F",
     "pre_eclampsia", "emergency"),
    ("my wife (27) fainted in the kitchen, very pale, tummy pain low down, her period never came this month and she has "
     "had some spotting", None, "F", "ectopic_pregnancy", "emergency"),
])
def test_notes_of_the_session_of_2026_12_07e(shipped_bundle, text, age, sex, lead, triage):
    """Notes of very old people and of teenagers (sets FI and FJ's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "ulcers" in text:   # a lifelong aphthous ulcer: no Stevens-Johnson syndrome's emergency
        assert p.triage in ("self_care", "routine"), top
    if "apixaban" in text:   # one settled nosebleed on a DOAC: first aid and safety-netting, not the same day
        assert p.triage in ("self_care", "routine"), top
    if "bf" in text:
        assert "currently_breastfeeding" not in {f.finding for f in p.red_flags}, top
    if "36/40" in text:   # a fit in a pregnancy is never settled as a known epileptic's (NICE NG133: eclampsia)
        assert "seizure_known_epilepsy" not in {f.rule for f in p.red_flags}, top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # skin (set FN's kinds, reworded): a Stevens-Johnson syndrome in Chinese; a child's large scald in Chinese; an acral
    # melanoma; an osteomyelitis under a diabetic's ulcer (no gout)
    ("我妈吃卡马西平三周，这两天发烧，身上起了暗红色的斑，起水泡，一碰皮就掉，嘴巴里全是溃烂", 62, "F", "stevens_johnson_syndrome",
     "emergency"),
    ("3岁儿子打翻了热水壶，烫到肚子和两条腿，面积很大，起了很多大水泡，有的地方发白", 3, "M", "burn", "emergency"),
    ("55M, a dark patch on the sole of my right foot has got bigger over the past year, uneven colour with a ragged "
     "edge, it bled once", 55, "M", "melanoma", "urgent"),
    ("T2DM 72M, ulcer under R 1st met head for 2 months, now probes to bone, big toe red and swollen like a sausage, no "
     "fever", 72, "M", "osteomyelitis", "urgent"),
    # mental health, drink and drugs (set FP's): a lithium toxicity; sleeping tablets taken in Chinese; a hypothermia
    # behind the drink; a psychosis with a knife; a passive wish not to wake in Chinese; a merry man talking sense
    ("Dad (70) has been on lithium for years. Diarrhoea for 4 days and now he's shaky, unsteady on his feet and "
     "muddled.", 70, "M", "drug_overdose", None),
    ("我爸跟我妈吵架后把自己关在屋里，刚发现他床头那瓶安眠药空了，叫他只会哼一声，呼吸有点慢", 60, "M", "drug_overdose", "emergency"),
    ("found a man lying in the park this morning after a night below zero, smells of drink, mumbling nonsense, skin "
     "ice cold, really slow to respond", None, "M", "hypothermia", "emergency"),
    ("my brother (24) has been hearing voices all week, says the voices are telling him our mum has a demon inside "
     "her. Tonight he's pacing the kitchen holding a knife.", 24, "M", "acute_psychosis", "emergency"),
    ("心情低落三个月了，最近常常想要是睡着了再也不醒过来就好了，没有具体计划，也没伤害过自己", 25, "F", None, "urgent"),
    ("my husband (35) had 6 pints at the football, he's merry, was sick once, now chatting away making sense and "
     "walking fine, no bang to the head", 35, "M", "alcohol_intoxication", None),
    # a known condition's flare or a new problem beside it (set FO's): a bleed in the head on warfarin; a pericoronitis;
    # a bug caught from the children beside a Crohn's disease; a hepatitis B's flare off its entecavir; a lamotrigine's
    # Stevens-Johnson syndrome; a COPD's low saturation on a home meter; a heart failure's night in Chinese
    ("Mum is 84 and on warfarin. She slipped and hit her head yesterday, today a headache that keeps getting worse, "
     "vomited twice and much sleepier than usual", 84, "F", "intracerebral_haemorrhage", "emergency"),
    ("男24岁，右下智齿只长出来一半，这几天周围牙龈肿痛，有点口臭，不发烧", 24, "M", "pericoronitis", None),
    ("I have Crohn's, in remission. My kids had a tummy bug this week, now I've been sick twice and had diarrhoea 4 "
     "times, mild cramps, no blood", 33, "F", "gastroenteritis", None),
    ("我爸乙肝大三阳很多年，去年自己把恩替卡韦停了，最近乏力没胃口，眼睛发黄，尿很黄，不喝酒", 55, "M", "hepatitis_b", None),
    ("my neurologist switched me to lamotrigine a month ago, now fever, a dusky rash spreading over my chest, lips "
     "crusty and raw, mouth full of ulcers, eyes red", 30, "F", "stevens_johnson_syndrome", "emergency"),
    ("70M COPD. sudden sharp pain right side of chest after a coughing fit, much more breathless than his usual "
     "flares, sats on his own meter 85%", 70, "M", None, "emergency"),
    ("我妈心衰好几年，吃呋塞米。今晚半夜突然坐起来喘不上气，躺不下去，咳粉红色泡沫样的痰", 82, "F", "heart_failure", "emergency"),
])
def test_notes_of_the_session_of_2026_12_07f(shipped_bundle, text, age, sex, lead, triage):
    """Notes of the skin, of mental health, drink and drugs, and of known long-term conditions (sets FN, FP and FO's
    kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "pints" in text:   # a drunk man talking sense and walking: looked after at home, not seen the same day
        assert p.triage in ("self_care", "routine"), top
    if "智齿" in text:   # a pericoronitis is no emergency
        assert p.triage != "emergency", top
    if "warfarin" in text:   # no drunkenness where no drink is named
        assert "alcohol_intoxication" not in {d.condition_id for d in p.differential}, top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # the heart and the circulation (set FT's kinds, reworded): a very high pressure with no organ's sign; two
    # vasovagal faints, one in Chinese; a chest wall's pain after tennis in Chinese
    ("pharmacy machine said 192/118 twice, I feel completely fine, no headache, no chest pain, eyesight normal, not on "
     "any tablets", 52, "M", "essential_hypertension", "urgent"),
    ("my daughter (16) fainted having her jab at school, went pale and sweaty first, out for a few seconds, back to "
     "normal within a minute, no jerking", 16, "F", "syncope", "routine"),
    ("我女儿25岁，天热站着排了很久的队，突然说眼前发黑就软下去了，几秒钟就醒了，醒来很清楚。没怀孕，没抽搐。", 25, "F", "syncope",
     "routine"),
    ("打完网球右边胸口疼，一按就痛，深呼吸也有点痛，不喘，人好好的", 30, "M", "musculoskeletal_chest_pain", None),
    # cancer worries and their look-alikes (set FS's): a bowel obstruction in shorthand; a stoma's high output; a
    # C. difficile after co-amoxiclav; a drinker asking for help; a drunk man slurring; a COVID test's two bars
    ("71F, awaiting colonoscopy for weight loss. Now 2 days no BO and not passing flatus, colicky abdo pain, vomiting "
     "x3 today, tummy swollen", 71, "F", "bowel_obstruction", "emergency"),
    ("ileostomy 2 weeks ago, bag filling with water every hour, about 2 litres yesterday, dizzy when I stand up, really "
     "thirsty, hardly peeing", 58, "M", "dehydration", "urgent"),
    ("80M finished 7/7 co-amoxiclav for a chest infection last week, now 8 watery foul stools a day, crampy tummy, temp "
     "37.8", 80, "M", "clostridioides_difficile_infection", "urgent"),
    ("42F. I drink a bottle of wine most nights and more at the weekend. No shakes in the mornings. I want help to cut "
     "down.", 42, "F", "alcohol_use_disorder", None),
    ("my husband (40) had 6 pints, he is slurring and unsteady, was sick twice, he's answering me though", 40, "M",
     "alcohol_intoxication", None),
    ("新冠抗原两道杠，发烧第二天，嗓子痛，咳嗽，不喘，28岁，没有基础病", 28, "M", "covid_19", None),
])
def test_notes_of_the_session_of_2026_12_07f_second_batch(shipped_bundle, text, age, sex, lead, triage):
    """Notes of the heart and the circulation and of cancer worries (sets FT and FS's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "网球" in text or "两道杠" in text or "wine" in text:   # no emergency for a chest wall, a mild COVID, a drinker
        assert p.triage in ("self_care", "routine"), top
    if "192/118" in text:   # no bleed in the head leads a pressure with no organ's sign
        assert p.leading.condition_id != "intracerebral_haemorrhage", top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # babies and children under five, written at night by parents and grandparents, mostly in Chinese (set FV's kinds,
    # reworded): a groin lump that will not go back; a button battery up the nose; a febrile baby of six weeks; a
    # grandparent's blood pressure tablets eaten; a drain cleaner in the eye; a malaria after a visit home; an infant's
    # SVT counted by a sock; a perianal abscess; a newborn's sticky eyes; a febrile infant's smelly urine; an
    # unvaccinated toddler's measles; a first fit without fever
    ("8个月儿子，左边大腿根平时哭闹的时候会鼓一个包，躺下就没了。今天这个包鼓出来就不回去了，硬硬的，一碰就哭，吐了三次奶，现在推不动",
     0, "M", "inguinal_hernia", "emergency"),
    ("2岁女儿把一个小圆电池（手表里那种纽扣样的）塞进左边鼻孔了，鼻子有点流血", 2, "F", "nasal_foreign_body", "emergency"),
    ("儿子出生才6个礼拜，今天不太肯吃奶，一直睡，腋下量了38.3，手脚冰凉", None, "M", "sepsis", "emergency"),
    ("外孙3岁，趁奶奶不注意把她的降压药拿出来吃了，大概两片，现在看着没事，在玩", 3, "M", "drug_overdose", "emergency"),
    ("4岁女儿把下水道疏通剂溅到眼睛里了，一直哭，眼睛睁不开", 4, "F", "chemical_eye_injury", "emergency"),
    ("my niece is 4, back from Ghana 10 days ago, no malaria tablets. fever on and off up to 39.8 with shaking since "
     "yesterday, very sleepy today", 4, "F", "malaria", "emergency"),
    ("2 month old boy, feeding poorly and sweaty tonight, breathing quick, his heart rate on the owlet sock says 260, "
     "no temperature", 0, "M", "supraventricular_tachycardia", "emergency"),
    ("7个月女宝，肛门旁边右侧长了一个红红的硬包，一碰就哭，拉便便的时候哭得厉害，没发烧", 0, "F", "perianal_abscess", "urgent"),
    ("宝宝出生第5天，两只眼睛流黄色的脓，擦了又有，眼皮肿", None, None, "conjunctivitis", "urgent"),
    ("患儿，男，9月龄。发热1天，Tmax 39.5℃，无咳嗽流涕，无皮疹，呕吐1次，家长诉尿液有臭味。", 0, "M", "pyelonephritis", "urgent"),
    ("孙子1岁半，麻疹疫苗没打，发烧3天了，咳嗽流鼻涕，眼睛红，今天耳朵后面出红疹子", 1, "M", "measles", None),
    ("孙子2岁，没有发烧，今天早上突然全身抽搐两分钟，现在醒了能玩", 2, "M", "epilepsy", None),
    # older people and their families (set FW's kinds, reworded): a nosebleed on warfarin in Chinese; a skin tear on
    # clopidogrel; a widower's wish not to wake; a smoker's breath on hills
    ("80岁，吃华法林，这两天鼻子出了两次血，今天压了十几分钟才止住，现在不流了", 80, "M", "epistaxis", "urgent"),
    ("81, on clopidogrel, banged my arm on the door frame and a flap of skin has torn back about 5cm, bleeding a lot", 81,
     "F", "laceration", "urgent"),
    ("my grandad (85) says he would rather go to sleep and not wake up since grandma died, he has stopped eating "
     "properly", None, "M", "suicidal_ideation", None),
    ("72M ex-smoker, SOB walking uphill, cough with white phlegm most mornings for years, no weight loss", 72, "M", "copd",
     "routine"),
])
def test_notes_of_the_session_of_2026_12_07g(shipped_bundle, text, age, sex, lead, triage):
    """Notes of babies and children under five and of older people (sets FV and FW's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "1岁半" in text or "85" in text:   # no emergency for a measles without a danger sign, nor a wish not to wake
        assert p.triage == "urgent", top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # reactions and injuries at home and outdoors (set FY's kinds, reworded): a toddler's scald over a big area; a
    # laundry capsule bitten in Chinese; a gas flash that singed the face in Chinese; a redness past its pen line; an
    # abscess once thought a bite; a drain cleaner on the skin; a hair dye that swelled the eyes shut in Chinese; a
    # small shallow cut that has stopped; a heat's exhaustion; a fall onto the back of the head in Chinese
    ("my 2 year old knocked a cup of boiling tea over himself, the skin is blistering over a big area of his chest and "
     "tummy", 2, "M", "burn", "emergency"),
    ("孩子3岁，刚才把洗衣凝珠咬破了，吐了两次，一直在咳嗽", 3, "F", "drug_overdose", "emergency"),
    ("女儿1岁半，第一次吃了一点花生酱，二十分钟后脸上身上起了好多红疙瘩，吐了一次，喘气有呼呼的声音", 1, "F", "anaphylaxis",
     "emergency"),
    ("烧烤的时候酒精炉火一下子窜起来，我老公脸上烧伤了，眉毛都烧焦了，现在嗓子有点哑", 45, "M", "burn", "emergency"),
    ("bitten on my ankle in the garden 3 days ago, redness now bigger than my palm, hot and sore, gone past the pen line I "
     "drew this morning", 52, "F", "cellulitis", "urgent"),
    ("thought it was an insect bite on my arm last week, now a red lump 3cm, very tender and soft in the middle with a "
     "white head", 31, "M", "skin_abscess", "urgent"),
    ("splashed oven cleaner on my hand, rinsed it, the skin is still stinging and there's a white patch on the back of "
     "it", 38, "F", "burn", "urgent"),
    ("昨天染了头发，今天头皮很痒，额头和眼皮肿得眼睛都快睁不开了，喘气正常，嘴唇不肿", 48, "F", "allergic_contact_dermatitis",
     "urgent"),
    ("nicked my thumb with a bread knife, small cut, not deep, stopped bleeding after a few minutes of pressing", 35, "M",
     "laceration", "self_care"),
    ("on warfarin, nicked my thumb with a bread knife, small cut, not deep, stopped bleeding after a few minutes", 70, "M",
     "laceration", "urgent"),
    ("been at an outdoor concert in the sun all afternoon, headache, dizzy, sweating a lot and leg cramps, sitting in the "
     "shade with water now and thinking clearly", 22, "F", "dehydration", None),
    ("me and my sister both got sick 5 hours after the chicken salad at a picnic, it had been out in the sun all "
     "afternoon. vomiting, cramps, loose stools, sipping water ok", 30, "F", "food_poisoning", None),
    ("我爸70岁，下楼梯踩空摔了，后脑勺磕到台阶上，起了个包，有点头痛，没吐", 70, "M", "concussion", None),
    # a knock to the head on clopidogrel goes to the emergency department (NICE NG232 1.2.3), on aspirin alone it need not
    ("84, on clopidogrel, tripped and hit my head on the door frame, small bump, no headache", 84, "F", None, "emergency"),
    ("84, on aspirin 75mg, tripped and hit my head on the door frame, small bump, no headache", 84, "F", None, None),
])
def test_notes_of_the_session_of_2026_12_07g_reactions_and_injuries(shipped_bundle, text, age, sex, lead, triage):
    """Notes of reactions and injuries at home and outdoors (set FY's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "aspirin 75mg" in text:   # aspirin alone is no reason of NG232's
        assert "antiplatelet_head_injury" not in [f.rule for f in p.red_flags], top
    if "picnic" in text:   # a dish left in the sun is no heat illness of the eater's
        assert p.triage != "emergency" and p.leading.condition_id != "heat_stroke", top
    if "concert" in text:   # no emergency for a heat's exhaustion with a clear mind, nor a heatstroke's lead
        assert p.triage in ("self_care", "routine", "urgent") and p.leading.condition_id != "heat_stroke", top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # pain and the musculoskeletal system, mostly in Chinese (set GA's kinds, reworded): a pregnant back pain that denies
    # tightening; an office worker's band-like headache with a stiff neck and shoulders; a verruca pared; a fibromyalgia's
    # fog; a septic hip of a febrile toddler; a shoulder out at football; an exertional arm ache; a melaena on ibuprofen
    # and aspirin; an ascending weakness after a diarrhoea; a PE after an operation; a spine's infection in a drug user
    ("怀孕28周，最近腰疼得厉害，翻身更疼，没有出血，肚子不发紧，胎动正常", 30, "F", "low_back_pain", None),
    ("天天加班，每天下午头疼，像被箍了一圈，后脖子和肩膀也很僵硬，没吐，看东西清楚", 29, "F", "tension_type_headache",
     "self_care"),
    ("脚底长了个硬疙瘩，表面粗糙，中间有几个小黑点，削一下会出血点，好几个月了", 15, "F", "viral_warts", "self_care"),
    ("全身到处疼两年了，按哪哪疼，睡不好，脑子也糊涂记不住事，关节不肿，查血正常", 45, "F", "fibromyalgia", "routine"),
    ("儿子2岁半，发烧两天39度多，今天右腿完全不让动，一动大腿就哭", 2, "M", "septic_arthritis", "emergency"),
    ("踢球的时候摔倒，左肩膀一下子脱出来了，胳膊一点都不敢动，只能用右手托着", 24, "M", "shoulder_dislocation", None),
    ("my right arm and shoulder ache when i walk up the stairs at the station, goes off after a few mins rest. smoker",
     66, "M", "stable_angina", "urgent"),
    ("我爸72岁，膝盖疼一直吃布洛芬，还吃着阿司匹林，今天拉了两次黑色柏油样的大便，站起来头晕", 72, "M", "upper_gi_bleed",
     "emergency"),
    ("三周前拉肚子，这几天两条腿发软发麻，从脚往上走，今天手指头也麻了", 40, "F", "guillain_barre_syndrome", "emergency"),
    ("一周前做了膝关节镜手术，右小腿胀痛，今天突然喘不上气，吸气的时候胸口刺着疼", 50, "M", "pulmonary_embolism",
     "emergency"),
    ("44M, injects heroin, 2/52 worsening mid-back pain, night sweats, T 38.4, very tender over T8", 44, "M", "osteomyelitis",
     None),
    # men's and sexual health (set FZ's kinds, reworded): an AKI after a bug on ibuprofen, ramipril and a diuretic; a
    # 15-year-old's thirst and weight loss; a groin abscess; a hip fracture after a slip; bites on a camping trip; scabies
    # in Chinese; a GHB overdose; an infant's inguinal hernia; a child's paraphimosis in Chinese
    ("my dad is 78, has been peeing less and less for 3 days, only a small amount of dark urine today, he's on ibuprofen "
     "for his back plus ramipril and furosemide, had diarrhoea last week", 78, "M", "acute_kidney_injury", "urgent"),
    ("儿子15岁，这个月瘦了4公斤，总是口渴，晚上起来尿好几次，没精神", 15, "M", "type_1_diabetes", "urgent"),
    ("painful lump in my armpit where I shave, now red, hot and squishy with a yellow head, no fever", 27, "M",
     "skin_abscess", "urgent"),
    ("Grandad 84 slipped in the kitchen this morning, now pain in his left groin, can't stand and the left leg looks "
     "shorter and turned out", 84, "M", "hip_fracture", "emergency"),
    ("back from camping, loads of itchy red bumps on my legs, midges everywhere, feel fine otherwise", 35, "M",
     "insect_sting", None),
    ("晚上特别痒，手指缝里有小红点和细细的小线，室友也说痒", 24, "M", "scabies", None),
    ("my boyfriend took G at a party then more with vodka, now i can barely wake him and his breathing is really slow",
     29, "M", None, "emergency"),
    ("宝宝4个月，早产，哭的时候左边大腿根会鼓起一个包，躺下就没了，软软的", 0, "M", "inguinal_hernia", None),
    ("孩子4岁，洗澡时把包皮往后翻，翻过去以后就翻不回来了，龟头肿得发亮，一直哭", 4, "M", "paraphimosis", "emergency"),
    # from the earlier sets' leftovers: a heat-struck grandmother who takes no water tablets; an older man's
    # osteoarthritis with no swollen joint; a small scald of the back of the hand in Chinese that did not blister
    ("Gran (84) was in the garden all afternoon in the heat, dark wee and lightheaded, now back to normal after drinks in "
     "the shade, no confusion. She doesn't take water tablets.", 84, "F", None, None),
    ("known osteoarthritis in my hands, knuckles stiff and achy in the cold, no hot or swollen joints", 76, "M",
     "osteoarthritis", None),
    ("倒开水的时候烫到手背，红了一块硬币那么大，没有起水疱，冲了冷水", 35, "F", "burn", "self_care"),
    ("i burnt my hand on the iron, it has blistered up", 40, "M", "burn", "urgent"),
    ("spots around my anus and on my penis, started as blisters now with a dip in the middle, fever and swollen groin "
     "glands a few days before, on PrEP", 30, "M", "mpox", None),
    # tummy and digestive troubles (set GC's kinds, reworded): constipations of codeine and of iron; a black stool on
    # iron that is formed and not tarry, and one that is tarry with a dizziness; a formula-fed infant's blood-streaked
    # stool; a pregnant heartburn
    ("拔牙以后吃了几天含可待因的止痛片，现在4天没大便了，肚子有点胀，放屁正常，不吐", 35, "M", "constipation", None),
    ("Dad is 79, started ferrous fumarate 3 weeks ago, since then really bunged up, going every 4 days and hard, "
     "passing wind, not being sick", 79, "M", "constipation", None),
    ("GP found my iron was low and started iron tablets last week, tired and heavy periods, now my poo is black, it's "
     "formed not sticky or tarry, not dizzy", 28, "F", "iron_deficiency_anaemia", "routine"),
    ("started iron tablets last week, today the poo is black and sticky like tar and I nearly fainted", 58, "M", None,
     "emergency"),
    ("our 9 week old is on formula, eczema on his cheeks, screams after feeds, loose poo with mucus and streaks of "
     "blood, gaining weight, no fever", 0, "M", "cows_milk_protein_allergy", None),
    ("31 weeks pregnant, horrible heartburn in the evenings, burning up behind my breastbone, Gaviscon helps, no "
     "headache or swelling", 29, "F", "gerd", None),
])
def test_notes_of_the_session_of_2026_12_07h(shipped_bundle, text, age, sex, lead, triage):
    """Notes of pain and the musculoskeletal system and of men's health (sets GA and FZ's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "怀孕28周" in text:   # a back pain in pregnancy that denies tightening and bleeding is no emergency
        assert p.triage in ("self_care", "routine"), top
    if "water tablets" in text:   # a diuretic denied is no cause of a kidney injury
        assert "acute_kidney_injury" not in [c.condition for c in p.cannot_miss], top
    if "osteoarthritis" in text:   # no rheumatoid arthritis's same-day referral without a swollen joint
        assert p.triage in ("self_care", "routine"), top
    if "31 weeks pregnant" in text:   # a heartburn in pregnancy is no fever's and no emergency
        assert p.triage in ("self_care", "routine") and "fever" not in [f.finding for f in p.red_flags], top
    if "took G" in text:   # a GHB taken with a mind and breath slowed is a poisoning, not a psychosis or an airway's
        assert p.leading.condition_id in ("drug_overdose", "opioid_overdose", "alcohol_intoxication"), top


@pytest.mark.parametrize("text, age, sex, lead, triage", [
    # breathing, chest and ENT, mostly Chinese (set GD's kinds, reworded): a chest wall strain after moving house that
    # says the breath is unaffected; a bead in a child's ear; a febrile infant breathing over 60 who feeds and wees less;
    # a vestibular neuritis that can only walk holding the furniture; an otitis media that has burst; a toddler's cold;
    # a flu at 83 with heart failure in a care home
    ("帮朋友搬了一天家，今天右边胸口一压就疼，抬胳膊也疼，喘气倒是没什么影响，不咳嗽不发烧", 35, "M",
     "musculoskeletal_chest_pain", None),
    ("女儿5岁，说耳朵里好像有东西，我用手电照了看到一颗小珠子，她自己塞进去的，不怎么疼", 5, "F", "ear_foreign_body",
     "urgent"),
    ("宝宝4个月，发烧咳嗽三天，今天喘得很快，数了一分钟65次，不怎么吃奶，尿布也比平时干", 0, "F", None, "emergency"),
    ("everything has been spinning since I woke yesterday, sick 5 times, can only walk holding onto the furniture. had "
     "a cold last week. hearing normal, no headache, no weakness", 50, "F", "vestibular_neuritis", "urgent"),
    ("son 4 screaming with his ear half the night, temp 38.5, this morning crusty yellow stuff on the pillow from that "
     "ear and he's brighter", 4, "M", "acute_otitis_media", None),
    ("my 20 month old has a runny nose and a little cough for 3 days, temp 37.8 once, eating and playing fine, plenty "
     "of wet nappies", 1, "F", "common_cold", None),
    ("Dad is 83 with heart failure, since this morning fever 38.5, aching all over and a dry cough, several at his care "
     "home have flu. drinking and making sense", 83, "M", "influenza", "urgent"),
    # infections, fevers and medicines (set GE's kinds, reworded): a diabetic foot's ulcer with a fever; a pulmonary
    # embolism on the pill in Chinese; a myocarditis after a cold in Chinese, and a pericarditis that eases leaning
    # forward; a breast abscess under a mastitis's antibiotic, and a mastitis with no lump is no emergency; an
    # epiglottitis; a dental abscess spreading to the neck; a Stevens-Johnson syndrome after lamotrigine
    ("主诉：右足大趾溃疡6周不愈合。糖尿病20年，血糖差，近3天足趾红肿，探针可触及骨，发热37.9℃", 68, "F", "osteomyelitis",
     "urgent"),
    ("在吃妈富隆，这几天走几步就喘，吸气时左边胸口刺痛，心跳快，咳了点带血丝的痰，不发烧", 31, "F", "pulmonary_embolism",
     "emergency"),
    ("上周感冒发烧刚好，这几天胸口闷闷地痛，上一层楼就喘，心跳乱跳，晚上平躺憋气，平时身体很好", 25, "M", "myocarditis",
     "emergency"),
    ("胸痛三天，吸气和平躺更痛，身子往前倾会好一点，上周感冒过，不喘", 28, "M", "acute_pericarditis", None),
    ("breastfeeding, on flucloxacillin a week for mastitis but the lump is bigger now and very sore, shiny skin, soft in "
     "the middle, still feverish at night", 30, "F", "breast_abscess", "urgent"),
    ("baby 4 weeks old, red hot wedge shaped patch on my right breast, temp 38.4, no squishy lump, just hard and sore, "
     "still feeding", 31, "F", "lactational_mastitis", "urgent"),
    ("sore throat since lunchtime, now I can't swallow my own spit and keep spitting it out, my voice is muffled and I "
     "have to lean forward to breathe, temp 39.2", 50, "M", "acute_epiglottitis", "emergency"),
    ("abscess on a back tooth, the swelling is spreading down to my neck, it's difficult to swallow and I can only open "
     "my mouth a little, temp 38.7", 41, "M", "dental_abscess", "emergency"),
    ("started lamotrigine a month ago, now dusky spots on my chest that are blistering and the skin is coming off, my "
     "mouth is covered in raw sores and my eyes sting", 35, "F", "stevens_johnson_syndrome", "emergency"),
    # eyes and sight, urinary and kidney troubles (sets GG and GH's kinds, reworded): a delirium at 90 with a smelly
    # urine; a catheter's infection; a cystitis after sex in mixed Chinese and English; a girl's vulvitis from a bubble
    # bath is no urgent urinary infection; a sinusitis is no orbital cellulitis, and a bite on a lid neither; a grinder's
    # chip in the eye; a laundry liquid in a child's eye in Chinese; a mastoiditis with a double vision; a shingles by
    # the eye is urgent; a red patch on the white after a punch; a molluscum on the lid with a pink eye
    ("Nan is 90, not herself since yesterday, calling me by her mother's name, up all night trying to get out of bed, "
     "wetting herself which is new and it smells strong, temp 37.7", 90, "F", "delirium", None),
    ("care home resident with a long-term catheter, bag urine cloudy and smelling strong for 3 days, ache low in his "
     "tummy, temp 37.1, eating and chatting normally", 82, "M", "urinary_tract_infection", None),
    ("19岁，第一次同房后第二天 burning when I pee，一直想上厕所，小肚子胀，no fever，没有异常分泌物", 19, "F",
     "urinary_tract_infection", "routine"),
    ("Daughter 4 says it stings when she wees, her front bottom is red and sore, we changed to a new bubble bath. No "
     "fever, wee doesn't smell, eating fine", 4, "F", None, "self_care"),
    ("cold 12 days ago, still blocked and blowing out yellow gunk, pressure across my cheekbones worse bending down, "
     "eyes look normal, not swollen, sight fine, temp 37.5", 42, "M", "acute_sinusitis", "self_care"),
    ("7yo bitten by a midge on his upper eyelid at the lake yesterday, lid puffy and itchy, can open it, no fever, eye "
     "moves normally and doesn't hurt to look around", 7, "M", None, None),
    ("grinding a bracket in the shed, a bit flew off and hit my left eye, not very painful, slightly blurry, small mark "
     "on the eye, no goggles", 37, "M", "eye_foreign_body", "emergency"),
    ("快！2岁儿子咬破了洗衣凝珠，液体溅到右眼里了，一直哭睁不开眼，眼睛很红", 2, "M", "chemical_eye_injury", "emergency"),
    ("son 7, ear infection on amoxicillin for 4 days, still fevers, now his right eye turns in and he sees double, "
     "behind his right ear is red and swollen", 7, "M", "acute_mastoiditis", "emergency"),
    ("我爸70岁，左边额头头皮火烧一样疼了三天，今天左边额头起了一片一片的小水泡，左眼红，流眼泪，没发烧", 70, "M",
     "herpes_zoster", "urgent"),
    ("took a punch on a night out, has a black eye and the white of the eye went bright red on the outer half, sees "
     "fine, no double vision, wasn't knocked out", 26, "M", "subconjunctival_haemorrhage", "routine"),
    ("my daughter (6) has tiny pearly bumps with a dip in the middle on her right upper eyelid by the lashes for 2 "
     "months, and that eye has been pink and watery for weeks", 6, "F", "molluscum_contagiosum", "routine"),
])
def test_notes_of_the_session_of_2026_12_07i(shipped_bundle, text, age, sex, lead, triage):
    """Notes of breathing, chest and ENT and of infections, fevers and medicines (sets GD and GE's kinds, reworded)."""
    p, top = _leads_and_triages(shipped_bundle, text, age, sex, lead, triage)
    if "喘气倒是没什么影响" in text:   # a breath said to be unaffected is no breathlessness, and no emergency
        assert p.triage in ("self_care", "routine"), top
    if "20 month old" in text:   # a toddler's cold with nothing of a lower airway is no bronchiolitis
        assert p.triage in ("self_care", "routine"), top
    if "midge" in text:   # a bite on a lid, eye moving freely without pain and no fever, is no orbital cellulitis
        assert p.triage in ("self_care", "routine") and p.leading.condition_id != "orbital_cellulitis", top
