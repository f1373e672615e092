import pytest

from medmodel.findings import FindingExtractor


@pytest.fixture(scope="module")
def ex(kb):
    return FindingExtractor(kb)


def states(ex, text):
    return {m.finding: m.present for m in ex.extract(text)}


def read_as(ex, text, present, not_present):
    """Every finding of ``present`` read as stated, none of ``not_present``."""
    s = states(ex, text)
    assert all(s.get(f) is True for f in present), s
    assert not any(s.get(f) is True for f in not_present), s


def test_english_negation_scope(ex):
    s = states(ex, "Denies chest pain or fever. Has a cough.")
    assert s["chest_pain"] is False and s["fever"] is False and s["cough"] is True
    s = states(ex, "No fever, but bad headache")
    assert s["fever"] is False and s["headache"] is True


@pytest.mark.parametrize("text, present, denied", [
    # "not" before a word that is no finding denies that word alone: the danger signs listed after it are stated
    ("8 month old boy, temp 39.5, not feeding, floppy, mottled skin, high-pitched cry",
     {"floppy_unresponsive", "mottled_skin", "inconsolable_high_pitched_cry"}, set()),
    ("He is not feeding, floppy and mottled", {"floppy_unresponsive", "mottled_skin"}, set()),
    # a list that a denied finding opens still carries the denial; "no" may open a list with other words
    ("not confused, drowsy or floppy", set(), {"confusion", "drowsiness", "floppy_unresponsive"}),
    ("no travel, fever or rash", set(), {"fever", "rash"}),
])
def test_a_denied_word_that_is_no_finding_does_not_deny_the_list_after_it(ex, text, present, denied):
    s = states(ex, text)
    assert {f for f in present | denied if s.get(f) is True} == present, s
    assert {f for f in present | denied if s.get(f) is False} == denied, s


@pytest.mark.parametrize("text, present, denied", [
    # "didn't", "doesn't" and "don't" deny what follows, with or without the apostrophe
    ("he didn't vomit", set(), {"vomiting"}),
    ("he didnt vomit, just a bad cough", {"cough"}, {"vomiting"}),
    ("she doesnt have a rash", set(), {"rash"}),
    ("I don't feel sick but the headache is awful", {"headache"}, {"nausea"}),
    ("i havent had a fever", set(), {"fever"}),
    # ... and like "not", a word that is no finding takes the denial alone
    ("didn't eat much, vomited twice", {"vomiting"}, set()),
    # ... except where the words after them state something
    ("headache that doesn't go away", {"headache"}, set()),
    ("she doesn't recognise me and is confused", {"confusion"}, set()),
    # "a temperature" is a fever and "no temperature" denies one; a temperature measured is for the vitals reader
    ("bit of a temperature and the runs", {"fever", "diarrhoea"}, set()),
    ("sore throat, no temp", {"sore_throat"}, {"fever"}),
    ("had a high temp and then went stiff", {"fever"}, set()),
    ("took his temperature, 37.2", set(), {"fever"}),
    ("shes had a temp and is really itchy", {"fever"}, set()),
    ("blocked nose, no temperature, otherwise fine", {"nasal_congestion"}, {"fever"}),
    # "headache behind my eyes" is pain behind the eyes, not eye pain; honey-crusted sores round the mouth are no
    # mouth ulcers
    ("every muscle aches, headache behind my eyes", {"headache", "myalgia"}, {"eye_pain"}),
    ("crusty honey coloured sores round her nose and mouth", {"honey_crusted_sores"}, {"mouth_ulcers"}),
    ("mouth ulcers, honey and lemon helps", {"mouth_ulcers"}, {"honey_crusted_sores"}),
    # "<part> fine" denies that part's finding, unless the note states the finding elsewhere
    ("raised itchy welts all over. lips fine, breathing fine.", {"hives"}, {"lip_tongue_swelling", "shortness_of_breath"}),
    ("breathing fine at rest, breathless on the stairs", {"shortness_of_breath"}, set()),
    ("hearing is normal, room spins when I roll over", set(), {"hearing_loss"}),
    ("face has dropped on one side. arms and legs fine, speech ok", {"facial_droop"},
     {"one_sided_weakness", "slurred_speech"}),
    # words read in their place: a diabetic, swollen glands, urinary frequency in a note about weeing
    ("husband is type 1, hes sweaty and shaky", {"diabetes_history", "excessive_sweating"}, set()),
    ("throat killing me, glands in my neck up like golf balls", {"swollen_lymph_nodes"}, set()),
    ("stinging when I wee and going all the time", {"dysuria", "urinary_frequency"}, set()),
    ("I'm going out tonight with a headache", {"headache"}, {"urinary_frequency"}),
    # a swollen calf that hurts to walk on is no claudication; pain from the buttock down the leg is sciatic
    ("Left calf swollen and tight and painful to walk on", {"unilateral_leg_swelling"}, {"claudication"}),
    ("shooting pain from my bum down the back of my leg", {"back_pain_radiating_leg"}, {"anal_pain"}),
    # in a woman pregnant now, bleeding said alone is bleeding in pregnancy and period-like cramps are lower
    # abdominal pain; not where pregnancy is only asked about or prevented
    ("10 weeks pregnant. Bleeding started this morning, heavier than a period with clots and crampy pains low down",
     {"pregnancy_bleeding", "lower_abdominal_pain"}, {"painful_periods"}),
    ("had the implant to prevent pregnancy, bleeding for 3 months", set(), {"pregnancy_bleeding"}),
    ("I'm 22 weeks pregnant, one big pink scaly patch on my tummy", {"scaly_plaques"}, {"abdominal_distension"}),
    # "can't breathe" is breathlessness; "can't breathe through my nose" is not
    ("I cant breathe, chest is tight", {"shortness_of_breath"}, set()),
    ("Can't breathe properly through my nose, green snot", set(), {"shortness_of_breath"}),
    # a finding that is an absence ("no cough") is never denied, and its "no" runs on down the list
    ("no cough or fever", {"absent_cough"}, {"fever"}),
    ("No SOB, no cough or fever.", {"absent_cough"}, {"shortness_of_breath", "fever"}),
])
def test_everyday_denials_and_words_read_in_their_place(ex, text, present, denied):
    s = states(ex, text)
    assert {f for f in present | denied if s.get(f) is True} == present, s
    assert not {f for f in denied if s.get(f) is True}, s


def test_a_part_said_to_be_fine_is_denied_in_the_note_order(ex):
    found = ex.extract("itchy welts all over. lips fine, breathing fine.")
    assert [m.finding for m in found][-2:] == ["lip_tongue_swelling", "shortness_of_breath"]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert [m.phrase for m in found if not m.present] == ["lips fine", "breathing fine"]


@pytest.mark.parametrize("text, denied", [
    ("lower back pain since lifting a sofa, nothing going down my legs, weeing fine", "bladder_bowel_dysfunction"),
    ("shooting pain down the back of my leg. Bladder and bowels are normal", "bladder_bowel_dysfunction"),
    ("sticky red eyes, can see fine", "blurred_vision"),
])
def test_waterworks_and_sight_said_to_be_fine_are_denied(ex, text, denied):
    assert states(ex, text).get(denied) is False


def test_a_list_with_underscored_fields_is_read_as_words(ex):
    """"weight_loss, dark_urine" (a form's fields) reads as "weight loss, dark urine"."""
    text = "fatigue, weight_loss, dark_urine, yellowing_of_eyes"
    assert states(ex, text) == states(ex, text.replace("_", " "))
    assert {"weight_loss", "dark_urine", "jaundice"} <= {f for f, on in states(ex, text).items() if on}


def test_spans_map_back_to_text(ex):
    text = "45M c/o productive cough x5d, denies haemoptysis"
    for m in ex.extract(text):
        assert text[m.start:m.end] == m.phrase
    s = states(ex, text)
    assert s.get("haemoptysis") is False


def test_chinese_negation(ex):
    s = states(ex, "没有发烧，咳嗽三天")
    assert s["fever"] is False and s["cough"] is True
    s = states(ex, "头痛，否认胸痛、呕吐")
    assert s["headache"] is True and s["chest_pain"] is False and s["vomiting"] is False
    assert states(ex, "一直不停地咳嗽").get("cough") is True
    # the rest of the clause says it is normal: "喘气也正常" denies breathlessness; another word in between does not
    assert states(ex, "身上起疙瘩，很痒。嘴唇不肿，喘气也正常。").get("shortness_of_breath") is False
    assert states(ex, "头痛血压正常").get("headache") is True


@pytest.mark.parametrize("text, present, absent", [
    # everyday Chinese found missing in fresh notes (ZH_IDIOMS); a fever of five days or more in either language
    ("孩子3岁，发烧已经第6天了，嘴唇通红还裂口子，手脚有点肿，脖子一边摸到个疙瘩",
     {"fever", "fever_over_5_days", "red_cracked_lips", "swollen_red_hands_feet", "swollen_lymph_nodes"}, set()),
    ("半夜上腹部开始剧痛，疼到后背，一直吐，吐完也不缓解", {"pain_radiating_to_back", "vomiting"}, set()),
    ("冬天屋里烧煤炉取暖，早上起来头疼得厉害，出去透透气好一点", {"co_exposure_source", "better_away_from_home"}, set()),
    ("炭已经买好了，打算今晚在出租屋里烧炭", set(), {"co_exposure_source"}),      # a suicide plan, not heating
    ("3岁男孩，发热一天，一直抓右耳朵哭闹", {"fever"}, {"generalised_itching"}),   # pulling at an ear
    ("my 4 year old has had a fever on and off for 5 days now", {"fever", "fever_over_5_days"}, set()),
    ("fever 3 days, cough for 6 days", {"fever", "cough"}, {"fever_over_5_days"}),
    ("no fever for 6 days", set(), {"fever_over_5_days"}),
    ("身上突然起了一块一块的疙瘩，很痒，几个小时就消了", {"hives", "wheals_fade_within_day"}, set()),
    # a fit, difficulty speaking, no bowel movement for days; none where the words mean something else
    ("just had a fit, went stiff then her arms and legs were jerking", {"seizure"}, {"muscle_rigidity"}),
    ("a fit 20 year old with a cough, jerking awake as i fall asleep", {"cough"}, {"seizure"}),
    ("his hand went weak and he couldnt get his words out", {"speech_difficulty"}, set()),
    ("havent had a poo in 5 days, tummy bloated", {"constipation", "bloating"}, set()),
    ("haven't been well for 5 days", set(), {"constipation"}),
    ("hes sweaty and shaky and talking rubbish", {"confusion"}, {"disorganised_speech"}),
    ("talking rubbish and hearing voices", {"disorganised_speech", "hallucinations"}, set()),
    ("I've got a faint blotchy rash on my legs", {"maculopapular_rash"}, {"fainting"}),
    ("scratched my shin, red hot swollen leg, feeling a bit fluey", set(), {"large_local_reaction"}),
    ("8M, mum reports limp R leg 1/7", {"limp"}, {"floppy_unresponsive"}),
    ("o/e exudative tonsils, palatal petechiae", {"tonsillar_exudate"}, {"non_blanching_rash"}),
    ("red and swollen along that edge and a little pus came out", set(), {"shortness_of_breath"}),
    # Chinese: picked psoriasis plaques that bleed, a teething baby's dribbling, a whoop after coughing bouts
    ("一抠就掉渣，抠多了会出血点", set(), {"non_blanching_rash"}),
    ("这几天老流口水，什么都往嘴里塞着啃，下面牙床红红的", {"teething_dribbling"}, {"drooling"}),
    ("孩子流口水，吞不下去，喘气有声音", {"drooling"}, set()),
    ("一阵一阵的停不下来，咳完吸气的时候像鸡叫", {"cough"}, {"stridor"}),
])
def test_everyday_chinese_and_fever_days(ex, text, present, absent):
    s = states(ex, text)
    assert {f for f in present if s.get(f) is True} == present, s
    assert not {f for f in absent if s.get(f) is True}, s


def test_a_chinese_idiom_names_both_its_findings(ex):
    assert {k: v for k, v in states(ex, "半夜开始都上吐下泻，肚子疼").items() if k != "abdominal_pain"} == \
        {"vomiting": True, "diarrhoea": True}
    assert states(ex, "孩子又吐又拉两天了") == {"vomiting": True, "diarrhoea": True}
    assert states(ex, "没有上吐下泻") == {"vomiting": False, "diarrhoea": False}


@pytest.mark.parametrize("text, finding", [("今天下面出血很多，有血块", "vaginal_bleeding"),   # 下面出血了, 了 left out
                                           ("喝完酒以后上腹部疼得受不了", "epigastric_pain"), ("胸部很痛", "chest_pain"),
                                           ("腰部特别痛", "low_back_pain"), ("头部有些晕", "dizziness")])
def test_a_chinese_body_part_said_with_bu(ex, text, finding):
    assert states(ex, text).get(finding) is True
    assert states(ex, "没有" + text).get(finding) is False


def test_generated_negatives_are_extracted_as_absent(kb, ex):
    from medmodel.synth import Generator
    wrong = total = 0
    for c in Generator(kb).generate(300, seed=2, lang="mix"):
        s = states(ex, c.text)
        for f in c.absent:
            if f in s:
                total += 1
                wrong += s[f] is True
    assert total > 50 and wrong / total < 0.03, (wrong, total)


def test_third_person_and_article_free_phrasings(ex):
    # Written about someone else: possessives match the lexicon's first-person phrasings, spans stay as written.
    text = "worst headache ever, can't bend her neck, light hurts her eyes"
    s = states(ex, text)
    assert s["thunderclap_headache"] and s["neck_stiffness"] and s["photophobia"]
    assert [text[m.start:m.end] for m in ex.extract(text)][1] == "can't bend her neck"
    # "a stiff neck" in the lexicon also matches a bare "stiff neck", negation included.
    assert states(ex, "denies stiff neck or photophobia") == {"neck_stiffness": False, "photophobia": False}


def test_lay_red_flag_phrasings_are_found(ex):
    s = states(ex, "crushing pain in the middle of my chest going down my left arm")
    assert s["crushing_chest_pain"] and s["radiating_arm_jaw_pain"]
    s = states(ex, "mum suddenly can't lift her right arm, her face has dropped on one side, speech is slurred")
    assert s["one_sided_weakness"] and s["facial_droop"] and s["slurred_speech"]
    s = states(ex, "我妈突然右手没力气，嘴歪了，说话不清楚")
    assert s["one_sided_weakness"] and s["facial_droop"] and s["slurred_speech"]


def test_words_of_a_lay_sentence_scattered_through_a_clause_are_not_a_red_flag(ex):
    # Out-of-order matching is for compact phrasings ("sore throat"); a lay sentence that keeps two words
    # once its function words go ("i'm going to do it tonight") or a key with a number ("30 paracetamol")
    # must not fire on a clause that merely holds them.
    assert states(ex, "my throat is really sore")["sore_throat"]
    assert "suicide_plan" not in states(ex, "tonight i went to the bathroom to urinate while im going")
    assert "paracetamol_overdose_ingestion" not in states(ex, "taking paracetamol and it's maybe 30% better")
    assert states(ex, "I'm going to do it tonight")["suicide_plan"]             # as written it still counts


@pytest.mark.parametrize("text,finding_word", [("crushing che\u200bst pain", "chest"), ("胸\u200b痛三天", "胸"),
                                               ("chest\u202e pain and fe\u2060ver", "chest")])
def test_invisible_characters_do_not_hide_a_finding(ex, text, finding_word):
    """Issue 14: a zero-width space inside a word hid the symptom. Spans still point at the original note."""
    plain = ex.extract(text.replace("\u200b", "").replace("\u202e", "").replace("\u2060", ""))
    found = ex.extract(text)
    assert [m.finding for m in found] == [m.finding for m in plain] and found
    for m in found:
        assert text[m.start:m.end] == m.phrase
    assert any(finding_word in m.phrase.replace("\u200b", "").replace("\u2060", "") for m in found)


@pytest.mark.parametrize("text, wrong, right", [
    ("男，68岁。排尿后滴沥。无尿痛、血尿，尿线正常", {"reduced_urine_output"}, {"dysuria": False, "haematuria": False}),
    ("got a faint line on a pregnancy test this morning", {"fainting"}, {}),
    ("Few drops dribble after finishing urinating, wets my underwear", {"drooling"}, {}),
    ("went over on my ankle, can walk on it (limping a bit)", {"floppy_unresponsive"}, {}),
    ("both eyes stuck shut with yellow gunk this morning", {"jaundice"}, {}),
    ("Dad is 71, his flow is weak and takes ages to get going, then dribbles after", {"drooling"},
     {"terminal_dribbling": True}),
    ("baby is 7 months, dribbling loads, chewing on everything, one red cheek", {"drooling"},
     {"teething_dribbling": True}),
    ("I keep thinking about killing myself", {"thoughts_of_harming_others"}, {"suicidal_thoughts": True}),
    ("10 days of blocked nose, green snot, and pain around my eyes", {"eye_pain"}, {"facial_pain_pressure": True}),
    ("左肩膀痛了快半年了，现在胳膊抬不起来，梳头都困难", {"one_sided_weakness"}, {"reduced_range_of_motion": True}),
    ("coughing everyday non-stop, throwing up and my nose would bleed", {"haematemesis"}, {"nosebleed": True}),
    ("Diarrhoea and vomiting since yesterday, no blood, no fever, keeping fluids down", {"persistent_vomiting"},
     {"vomiting": True}),
    ("burning when I pee and I keep needing to go, like every ten minutes, and only a dribble comes out", {"drooling"},
     {"terminal_dribbling": True}),
    ("Inversion injury R ankle, weight bearing 4 steps with limp", {"floppy_unresponsive"}, {"limp": True}),
    ("Painful blistering rash L chest in a band, 5/7", {"chest_pain"}, {"blisters": True}),
    ("Up 3 times a night to pass urine, weak stream", {"reduced_urine_output"}, {}),
    ("2-year-old, taking fluids and passing urine normally", {"reduced_urine_output"}, {}),
    ("really bad pain in his chest going through to his back, tearing he said", {"tearfulness", "low_back_pain"},
     {"chest_pain": True}),
    ("stabbing pain behind my right eye, eye waters and nose runs", {"high_impact_exercise"}, {"runny_nose": True}),
    ("I can't hear properly out of my right ear, feels blocked and muffled", {"nasal_congestion"},
     {"ear_fullness": True}),
    ("lump at my bum that bleeds bright red when I go", {"local_sting_swelling"}, {}),
    ("I'm 60 and have high blood pressure, cough for 3 days", {"very_high_blood_pressure"},
     {"hypertension_history": True}),
    ("on tablets for high blood pressure", {"very_high_blood_pressure"}, {"hypertension_history": True}),
    ("my blood pressure is really high and I have a headache", {"pressured_speech"}, {"headache": True}),
    ("I run a small building firm so its pretty hectic", {"high_impact_exercise"}, {}),
    ("able to WB 4 steps, no bony tenderness post edge of malleoli", {"visible_deformity"}, {}),
    ("63M, on tamsulosin, can't pass urine since last night, lower tummy swollen", {"reduced_urine_output"},
     {"urinary_retention": True}),
    ("Red warm swollen shin with spreading redness, no fever", {"large_local_reaction"}, {"fever": False}),
    ("when she was sleeping we heard cracking and wheezing sound", {"heard_pop_or_snap"}, {"crackles": True}),
    ("Allergies nil. Took paracetamol at 8am. Cough 3/7, nil else", {"paracetamol_overdose_ingestion"},
     {"atopy_history": False, "cough": True}),
    ("4yo, AOM 1/52, now post-auricular swelling + redness", set(), {"postauricular_swelling": True}),
    ("2-year-old, off food and drooling. Small ulcers on tongue, no breathing difficulty", {"drooling"},
     {"mouth_ulcers": True}),
    ("baby is 7 months, dribbling loads, chewing on everything, no trouble breathing", {"drooling"},
     {"teething_dribbling": True}),
])
def test_words_that_name_another_finding_here(ex, text, wrong, right):
    """"无尿痛" denies dysuria (not anuria); a faint line, a post-void dribble, limping and yellow discharge are not
    fainting, drooling, a floppy child or jaundice (each had sent a minor note to the emergency department)."""
    s = states(ex, text)
    assert not wrong & set(s)
    assert all(s.get(f) is v for f, v in right.items())


@pytest.mark.parametrize("text, finding", [
    ("患者无尿2天", "reduced_urine_output"), ("I fainted at work", "fainting"), ("she's gone limp and floppy", "floppy_unresponsive"),
    ("the baby is dribbling a lot", "drooling"), ("the whites of my eyes have gone yellow", "jaundice"),
    ("she's teething but now drooling, can't swallow and noisy breathing", "drooling"),
    ("I keep thinking about killing him", "thoughts_of_harming_others"),
    ("pain in my right eye", "eye_pain"),
    ("突然右边胳膊抬不起来，说话不清楚，肩膀也痛", "one_sided_weakness"), ("没有肩痛，胳膊抬不起来", "one_sided_weakness"),
    ("右边胳膊抬不起来，肩膀不痛", "one_sided_weakness"),
    ("throwing up blood since this morning", "haematemesis"),
    ("vomiting since yesterday, can't keep fluids down", "persistent_vomiting"),
    ("vomiting since yesterday, not keeping fluids down", "persistent_vomiting"),
    ("not passing urine since last night", "reduced_urine_output"), ("not passing much urine today", "reduced_urine_output"),
    ("can't pass urine", "urinary_retention"), ("painful chest when I breathe in", "chest_pain"),
    ("I keep tearing up at work", "tearfulness"), ("training for a marathon, lots of running", "high_impact_exercise"),
    ("blocked nose and ear pain", "nasal_congestion"), ("got stung by a wasp, big red lump on my arm", "local_sting_swelling"),
    ("my back is bad", "low_back_pain"), ("Stung yesterday. The swelling is spreading.", "large_local_reaction"),
    ("twisted my knee playing football, heard a pop, swollen", "heard_pop_or_snap"),
    ("I took all the paracetamol in the house", "paracetamol_overdose_ingestion"),
    ("drooling, mouth ulcers and now struggling to breathe", "drooling"),
    ("very high blood pressure and a bad headache", "very_high_blood_pressure"),
    ("I go running 5 times a week", "high_impact_exercise"), ("speech pressured, talking fast", "pressured_speech"),
])
def test_the_same_words_still_name_the_finding_elsewhere(ex, text, finding):
    assert states(ex, text).get(finding) is True


@pytest.mark.parametrize("text, plan", [
    ("Thoughts of ending life, has a plan, no protective factors", "has a plan"),
    ("SI with plan and intent", "with plan"), ("suicidal thoughts. Has a plan.", "Has a plan"),
    ("wants to die and has a plan to overdose", "has a plan"), ("老想死，已经想好了方法", "想好了方法"),
    ("suicidal thoughts but no plan", None), ("SI, denies plan or intent", None), ("有轻生念头，无具体计划", None),
    ("thoughts of self-harm, has a care plan with CMHT", None), ("suicidal thoughts, has a plan to see her GP", None),
])
def test_a_plan_stated_beside_suicidal_thoughts(text, plan):
    from medmodel.modality import stated_plan
    span = stated_plan(text, 0, 4)
    assert (text[span[0]:span[1]] if span else None) == plan


@pytest.mark.parametrize("text, phrase, advice", [
    ("Cold for 3 days. Come back if the rash doesn't fade under a glass", "doesn't fade under a glass", True),
    ("SN: return if drowsy, non-blanching rash or fewer wet nappies", "fewer wet nappies", True),
    ("call 999 if he is hard to rouse", "hard to rouse", True),
    ("感冒三天。如出现皮疹压之不褪色，及时就诊", "压之不褪色", True),
    ("If the pain gets worse I'll call 999, it's crushing", "crushing", False),
    ("call 999 if you want but he's floppy now", "floppy", False),
    ("如果再疼我就去急诊，现在胸口压榨样痛", "胸口压榨样痛", False),
    ("Fewer wet nappies today, call 999 if worse", "Fewer wet nappies", False),
])
def test_safety_netting_advice_is_not_a_finding(text, phrase, advice):
    from medmodel.modality import safety_netting
    start = text.index(phrase)
    assert safety_netting(text, start, start + len(phrase)) is advice



@pytest.mark.parametrize("text, present, absent", [
    # everyday phrasings found missing in a fifth set of notes written blind (notes_f): everyday.EN_EVERYDAY / ZH_EVERYDAY
    ("his chest feels heavy like an elephant sitting on it, going into his jaw",
     {"crushing_chest_pain", "radiating_arm_jaw_pain"}, set()),
    ("toothache going into my jaw", set(), {"radiating_arm_jaw_pain"}),          # no chest: not cardiac radiation
    ("no spread to arm or jaw, chest pain on twisting", set(), {"radiating_arm_jaw_pain"}),
    ("white patches in my babys mouth that wont wipe off", {"white_patches_mouth"}, set()),
    ("son scratching his bum at night, saw tiny white threads moving in his poo", {"anal_itching", "threadworms_seen"},
     {"pale_stools"}),
    ("Hot swollen R knee 2/7", {"hot_red_joint"}, set()),
    ("my knee is swollen and stiff, worse in the morning for 10 mins", {"joint_swelling", "short_morning_stiffness"}, set()),
    ("morning stiffness over an hour in both hands", {"long_morning_stiffness"}, set()),
    ("morning stiffness <30min", {"short_morning_stiffness"}, {"long_morning_stiffness"}),
    ("eyes gone yellow, legs puffy", {"jaundice"}, {"puffy_eyes_face"}),
    ("tummy bigger than usual", {"abdominal_distension"}, set()),
    ("Day 5 after giving birth, says the midwives are poisoning her", {"recent_childbirth", "delusions"}, set()),
    ("I think I have food poisoning", set(), {"delusions"}),
    ("产后第7天，说有人要害她和孩子，听到有人跟她说话", {"recent_childbirth", "delusions", "hallucinations"}, set()),
    ("我儿子十个月，哭一阵停一阵，哭的时候腿蜷起来，大便像果酱一样", {"excessive_crying", "cramping_abdominal_pain",
                                                          "drawing_up_legs", "redcurrant_jelly_stool"}, set()),
    ("全身起一块一块红色的疙瘩，特别痒，一会这里一会那里", {"hives", "wheals_fade_within_day"}, set()),
    ("PEF 40% of best, RR 28", {"severe_breathlessness"}, set()),
    ("峰流速为预计值的45%", {"severe_breathlessness"}, set()),
])
def test_everyday_phrasings_from_the_fifth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, denied", [
    # a denial that is one item of a list of stated findings denies that item only ...
    ("sore throat, fever, no cough, swollen tonsils with white spots", {"sore_throat", "fever", "swollen_tonsils"}, set()),
    ("c/o cough, no fever, no rash, wheeze", {"cough", "wheeze"}, {"fever", "rash"}),
    # ... unless "or" carries it on, or the list opens with the denial
    ("sore throat, no fever, cough or cold", {"sore_throat"}, {"fever", "cough"}),
    ("no fever, swollen tonsils", set(), {"fever", "swollen_tonsils"}),
    # a gap with a denial between the halves of a Chinese phrasing denies it
    ("嘴里没有溃疡，眼睛不红", set(), {"mouth_ulcers"}),
])
def test_denials_inside_lists(ex, text, present, denied):
    s = states(ex, text)
    assert all(s.get(f) is True for f in present), s
    assert all(s.get(f) is False for f in denied), s


@pytest.mark.parametrize("text, wrong, right", [
    ("chest pain worse after big meals and lying down, burning", {"large_burn_area", "burn_injury"}, {}),
    ("itchy scalp and I can see tiny white things in her hair", {"hallucinations"}, {}),
    ("he keeps seeing things in the corner of the room", set(), {"hallucinations": True}),
    ("still eating and running about", {"high_impact_exercise"}, {}),
    ("diarrhoea and vomiting since yesterday", {"persistent_vomiting"}, {"vomiting": True}),
    ("no dysuria, no clots, passing urine normally", {"reduced_urine_output"}, {}),
    ("Bright red patch on white of left eye", {"red_eye"}, {"red_patch_white_of_eye": True}),
])
def test_more_words_that_name_another_finding_here(ex, text, wrong, right):
    s = states(ex, text)
    assert not {f for f in wrong if s.get(f) is True}, s
    assert all(s.get(f) is v for f, v in right.items()), s


@pytest.mark.parametrize("text, present, absent", [
    # a sixth set written blind (notes_g): gout at the MTPJ, a thunderclap in words, shingles in a band, cluster
    # headache, SVT, worry, paronychia, cauda equina in shorthand, a head injury on apixaban, hearing gone
    ("R 1st MTPJ red hot swollen since 4am", {"big_toe_pain"}, set()),
    ("sudden severe occipital headache at gym, 'worst ever', vomited x2", {"thunderclap_headache"}, set()),
    ("headache, worst in the mornings", {"headache"}, {"thunderclap_headache"}),
    ("burning pain R flank x3d, now clusters of blisters in a band", {"dermatomal_rash"}, set()),
    ("R orbital pain 45min nightly, eye watering", {"orbital_headache"}, set()),
    ("my heart just takes off like 200 beats for no reason then stops all of a sudden like a switch",
     {"rapid_heartbeat", "sudden_onset_offset_palpitations"}, set()),
    ("i worry about literally everything cant switch off cant relax shoulders always tense",
     {"excessive_worry", "restlessness", "muscle_tension"}, set()),
    ("skin beside my fingernail went red and puffy", {"nail_fold_pain_swelling"}, set()),
    ("LBP 3/7, numb 'down below' when wiping, not PU since am. ↓ anal tone on PR",
     {"saddle_anaesthesia", "urinary_retention", "bladder_bowel_dysfunction"}, set()),
    ("82F on apixaban, tripped and hit her head on the kitchen floor, now drowsier than usual",
     {"head_injury", "drowsiness"}, set()),
    ("worst headache of my life, like being hit on the back of the head", {"thunderclap_headache"}, {"head_injury"}),
    ("a banging discomfort in the head", {"throbbing_headache"}, {"head_injury"}),
    ("Woke with L ear feeling blocked and can't hear from it", {"sudden_hearing_loss_one_ear"}, set()),
    ("can't hear the tv as well as I used to", {"hearing_loss"}, {"sudden_hearing_loss_one_ear"}),
    ("来月经第一天肚子疼得要命", {"painful_periods"}, {"severe_abdominal_pain"}),
    ("昨天开始发烧39度，浑身骨头都疼，单位好几个人都这样", {"myalgia", "sick_contact"}, {"localised_bone_pain"}),
    ("孩子拉肚子两天了，嘴唇有点干，尿比平时少点", {"dry_mouth", "reduced_urine_output"}, set()),
    ("肚子上先长了一个椭圆形的红斑，一周后胸口背上出了好多小的，顺着肋骨排列", {"herald_patch", "christmas_tree_rash"}, set()),
])
def test_everyday_phrasings_from_the_sixth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


def test_a_chinese_phrase_that_says_a_part_is_normal_denies_its_findings(ex):
    s = states(ex, "搬家具的时候腰闪了一下，现在腰疼，腿不麻，大小便都正常")
    assert s.get("low_back_pain") is True
    assert s.get("leg_numbness_tingling") is False and s.get("bladder_bowel_dysfunction") is False
    assert s.get("urinary_retention") is False


@pytest.mark.parametrize("text, present, absent", [
    # mild notes over-triaged (safety_probe_c): the words of a self-care problem
    ("woke up with both eyes stuck shut with yellow gunk, bit gritty", {"eye_discharge"}, set()),
    ("yellow nasal gunk", set(), {"eye_discharge"}),
    ("day 1 of my period, usual cramps low down in my tummy", {"painful_periods"}, {"cramping_abdominal_pain"}),
    ("lower belly pain for a fortnight, my time of the month is painful", {"lower_abdominal_pain"}, set()),
    ("大姨妈第一天，小肚子有点坠坠的痛，跟以前每次一样", {"painful_periods"}, set()),
    ("周末去海边玩，肩膀和后背晒得红红的有点疼", {"burn_injury"}, set()),
    ("膝盖疼，上下楼梯明显，早上僵硬几分钟", {"knee_pain", "short_morning_stiffness"}, set()),
])
def test_words_of_a_self_care_problem(ex, text, present, absent):
    read_as(ex, text, present, absent)


def test_black_stool_on_iron_tablets_is_no_melaena(shipped_bundle):
    """NICE CKS: oral iron blackens the stool; melaena is tarry, sticky and smelly. A note on ferrous sulphate with a
    formed dark stool was an emergency."""
    from medmodel import Predictor
    p = Predictor(shipped_bundle)
    read = lambda t: {m.finding for m in p._red_flag_reader.extract(t, every=True) if m.present}
    assert "melaena" not in read("started ferrous sulphate tablets last week and my poo has gone a really dark greeny "
                                 "black colour. its formed and normal, not sticky or tarry")
    assert "melaena" in read("on iron tablets, black tarry sticky stools and dizzy")
    assert "melaena" in read("low iron and black stools")          # low iron is no iron medicine


@pytest.mark.parametrize("text, present, absent", [
    ("I took my tablets this morning as usual", set(), {"overdose_ingestion"}),
    ("took my meds at 8 and went to bed", set(), {"overdose_ingestion"}),
    ("I took my medication and still have a headache", {"headache"}, {"overdose_ingestion"}),
    ("I took all my tablets an hour ago", {"overdose_ingestion"}, set()),
    ("she's out at work today", set(), {"drowsiness"}),
    ("she's out of it, barely responding", {"drowsiness"}, set()),
    ("I fell and hurt my left arm", set(), {"radiating_arm_jaw_pain"}),
    ("crushing chest pain going into my left arm", {"radiating_arm_jaw_pain"}, set()),
    ("his left arm went weak for 15 minutes", {"one_sided_weakness"}, {"radiating_arm_jaw_pain"}),
    ("I've been thinking about ending it", {"suicidal_thoughts"}, set()),
    ("thoughts of ending life, has a plan", {"suicidal_thoughts"}, set()),
    # real questions (assets/corpora) that raised an emergency red flag in words that say nothing of one
    ("I had several blood panels done, kidney and liver function tests", set(), {"uncontrolled_bleeding"}),
    ("severe bleeding from the cut on his arm", {"uncontrolled_bleeding"}, set()),
    ("concerned about risk factors and other treatment options", set(), {"thoughts_of_harming_others"}),
    ("he is a risk to others", {"thoughts_of_harming_others"}, set()),
    ("the test showed the RBC count to be 4 to 6", set(), {"fluctuating_confusion"}),
    ("the issue which is confusing me right now", set(), {"confusion"}),
    ("I'm confused about my blood results", set(), {"confusion"}),
    ("found sweaty and confused by wife, CBG 2.4", {"confusion"}, set()),
    ("confused on waking, not himself", {"confusion"}, set()),
    ("positive test last week, sharp pain low on my left side", set(), {"testicular_pain_swelling"}),
    ("had a blood test, pain in my arm since", set(), {"testicular_pain_swelling"}),
    ("pain in the testes", {"testicular_pain_swelling"}, set()),
    ("the pregnancy blood test came back negative", set(), {"pregnancy_bleeding"}),
    ("8 weeks pregnant and bleeding", {"pregnancy_bleeding"}, set()),
    ("the slightest thing can make me cry, things like hospital dramas when i hear of women who are ill", set(),
     {"hallucinations"}),
    ("I keep hearing things that aren't there", {"hallucinations"}, set()),
    # out-of-scope emergencies whose words were not read (assets/eval/out_of_scope_notes.csv)
    ("Lost the sight in my left eye about 10 minutes ago - it just went black all at once", {"sudden_vision_loss"}, set()),
    ("I lost sight of my keys", set(), {"sudden_vision_loss"}),
    ("Pulled my foreskin back in the shower and now it won't go back over", {"retracted_foreskin_stuck"}, set()),
    ("K 6.8, creatinine doubled, oliguric", {"raised_creatinine", "reduced_urine_output"}, set()),
    ("up 3 times a night to pass urine", set(), {"reduced_urine_output"}),
    ("He awakened yesterday complaining of heaviness to his left arm", {"one_sided_weakness"},
     {"radiating_arm_jaw_pain"}),
    ("Woke up yesterday and my left ear feels muffled, like it's stuffed with cotton wool. I can barely hear the "
     "phone on that side", {"sudden_hearing_loss_one_ear"}, set()),
    ("my hearing has slowly got worse over a few years, I can barely hear the tv", {"hearing_loss"},
     {"sudden_hearing_loss_one_ear"}),
    # from blind set P (assets/eval/fresh_notes_p.csv)
    ("Pain on the left side of my chest. No sweating, doesn't go into my arm or jaw", {"chest_pain"},
     {"radiating_arm_jaw_pain"}),
    ("crushing chest pain going into my left arm", {"radiating_arm_jaw_pain"}, set()),
    ("painkillers dont touch it now my cheek has swelled right up", {"facial_swelling_jaw"}, set()),
    ("water dribbles out the corner of my mouth when I drink", set(), {"recent_alcohol_intake"}),
    ("I drink a bottle of wine a night", {"heavy_drinking"}, set()),   # (about 70 units a week: harmful)
    ("now its moved down to the bottom right and hurts more when I walk or cough", set(), {"anal_pain", "cough"}),
    ("a cough with green phlegm, sharp pain when I cough", {"cough"}, set()),
    ("Wife says I need to cut down.", set(), {"skin_break_wound"}),
    ("cut my finger on a knife, the cut is deep", {"skin_break_wound"}, set()),
    ("yellow sticky gunk gluing my lashes together when I woke up", {"eye_discharge"}, set()),
    ("Heart suddenly started going like the clappers, my watch said 180. It just switches on and off suddenly",
     {"rapid_heartbeat", "tachycardia", "sudden_onset_offset_palpitations"}, set()),
    ("my oximeter said 94%", set(), {"tachycardia"}),
    ("Fingers and wrists stiff and puffy every morning for over an hour", {"long_morning_stiffness"}, set()),
    ("I go running every morning for an hour", set(), {"long_morning_stiffness"}),
    ("Grandad is so drowsy. His meter just says HI", {"high_blood_glucose"}, set()),
    ("the red bit is getting bigger, I drew round it with a biro", {"spreading_red_warm_skin"}, set()),
    ("a round red patch on my forearm that's slowly getting bigger, scaly edge", set(), {"spreading_red_warm_skin"}),
    ("Tingling in my thumb and first two fingers, wakes me up at night", {"hand_numbness_tingling"}, set()),
    ("右耳朵突然听不清了，像被堵住一样", {"sudden_hearing_loss_one_ear"}, set()),   # (the sudden one-ear loss)
    ("he's been fitting for 10 minutes", {"seizure", "prolonged_seizure"}, set()),
    ("she keeps fitting", {"seizure"}, set()),
    ("I'm fitting a new kitchen", set(), {"seizure"}),
    ("the seizure lasted about 2 minutes", {"seizure"}, {"prolonged_seizure"}),
    ("刚才抽了二十分钟还没醒", {"prolonged_seizure", "loss_of_consciousness"}, set()),
    ("早上孩子还没醒", set(), {"loss_of_consciousness"}),
    # from blind set R (urgent presentations in everyday words)
    ("Lost the sight in my left eye about 40 minutes ago, like a blind came down", {"sudden_vision_loss"}, set()),
    ("Had a headache since yesterday and keep seeing sparkly bits", {"headache", "flashing_lights"}, set()),
    ("sudden tearing pain right through between my shoulder blades", {"tearing_chest_back_pain"}, set()),
    ("Sudden sharp pain on the left side of my chest and I can't get a full breath in", {"shortness_of_breath"}, set()),
    ("孩子刚才吃了一块花生酥，没多久嘴唇就肿了，身上起了一片片的红疙瘩，声音也有点哑",
     {"lip_tongue_swelling", "hives", "hoarse_voice"}, set()),
    ("没有发烧，没有咳嗽", set(), {"fever", "cough"}),
    ("突然头痛，像被人用棍子打了后脑勺一样，是这辈子最痛的一次，吐了两次，脖子有点硬",
     {"thunderclap_headache", "neck_stiffness"}, set()),
    ("觉得活着没什么意思，有时候想如果睡着了不醒来就好了", {"suicidal_thoughts"}, set()),
    # from blind set S
    ("sitting in a lecture I got a sudden sharp pain on the right side of my chest", {"chest_pain"}, {"pain_on_sitting"}),
    ("pain in my tailbone when sitting on hard chairs", {"pain_on_sitting"}, set()),
    ("Hurts more when I breathe in.", {"pleuritic_chest_pain"}, set()),
    ("Burning when I wee and going every half hour, only a dribble comes out", {"terminal_dribbling"}, {"drooling"}),
    ("Antihistamines help a bit but make me drowsy", set(), {"drowsiness"}),
    ("he's very drowsy and hard to wake", {"drowsiness"}, set()),
    ("Worse when my husband cuts the grass", set(), {"skin_break_wound"}),
    ("Sharp pain on the left side of my chest, nothing going down my arm or into my jaw", set(),
     {"radiating_arm_jaw_pain"}),
    ("Didn't knock myself out, haven't been sick", set(), {"vomiting"}),
    ("No blood, no weight loss, not being sick", set(), {"vomiting"}),
    ("4-5 pints every night and more at weekends, about 80 units a week", {"heavy_drinking"}, set()),
    ("Walked into a low beam in the pub cellar about 2 hours ago, got a lump on my forehead", {"head_injury"}, set()),
    ("I have had a small painless lump on my forehead for years", set(), {"head_injury"}),
    # real questions (assets/corpora): low blood pressure as a trait or beside a normal reading is no shock
    ("Nowadays, I am going through low blood pressure. Yesterday, my blood pressure was 115/65 mmHg", set(),
     {"low_blood_pressure"}),
    ("I have always had low blood pressure", set(), {"low_blood_pressure"}),
    ("he is confused, low blood pressure, cold and clammy", {"low_blood_pressure"}, set()),
    ("hypotensive and tachycardic", {"low_blood_pressure"}, set()),
    ("low BP earlier 82/50, now 118/70", {"low_blood_pressure"}, set()),
    ("家里门窗关着用炭火盆取暖，今天早上头痛", {"co_exposure_source", "headache"}, set()),
    ("白带变多，黄绿色的，有泡沫，还有难闻的味道", {"abnormal_vaginal_discharge", "frothy_yellow_green_discharge"}, set()),
    # cellulitis's spreading redness in a nurse's and a patient's words; a rash, spots or a ring spread otherwise
    ("Red warm swollen shin with spreading redness, no fever", {"spreading_red_warm_skin"}, set()),
    ("big red hot patch on my shin, spreading through the day", {"spreading_red_warm_skin"}, set()),
    ("the rash is red and spreading", set(), {"spreading_red_warm_skin"}),
    ("a red ring about 8cm round the tick bite, getting bigger and spreading", set(), {"spreading_red_warm_skin"}),
    ("loads of spots, some red pus-filled ones, now spreading to his cheeks", set(), {"spreading_red_warm_skin"}),
])
def test_a_danger_signs_everyday_words_count_only_with_the_words_that_make_it_one(ex, text, present, absent):
    """A knowledge-base phrasing that loses its function words ("took all my tablets" -> "took tablets", "into my left
    arm" -> "left arm") read everyday sentences as an overdose, drowsiness or a heart attack's spreading pain."""
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a clinician's first notes (a reviewer's trial of the CLI, 2026-12-02)
    ("itchy white discharge, no smell, no pelvic pain", {"thick_white_discharge"}, {"generalised_itching"}),
    ("teste pain sudden onset this morning, swollen, vomited", {"testicular_pain_swelling"}, {"sudden_face_hand_swelling"}),
    ("hayfever, pregnant 16 weeks", {"sneezing"}, set()),
    ("12 weeks pregnant, sick every morning, keeping fluids down", {"nausea"}, {"persistent_vomiting"}),
    ("felt sick and sweaty walking up the stairs", {"nausea", "excessive_sweating"}, {"vomiting"}),
    ("I've been sick twice, felt awful", {"vomiting"}, set()),
    ("piles, itchy bum, bright red blood on tissue, straining", {"rectal_bleeding"}, set()),
    ("burning when i wee, think i saw a bit of blood on the tissue", {"haematuria"}, {"rectal_bleeding"}),
    ("verruca on the bottom of my foot, hurts when walking", {"plantar_wart"}, {"anal_pain"}),
    ("barking cough, hoarse, noisy breathing when crying, none at rest", {"barking_cough"}, {"stridor"}),
    ("sprained wrist falling off bike", {"fall_or_injury"}, set()),
    ("脚踝扭了，肿了，能走路", {"fall_or_injury", "ankle_pain"}, set()),
    ("嘴巴里长了个溃疡，很疼，吃东西疼", {"mouth_ulcers"}, set()),
    ("手指关节肿痛，早上僵硬一个多小时，两边对称", {"long_morning_stiffness", "symmetrical_small_joint_pain"}, set()),
    ("Has asthma, father has hay fever", set(), {"sneezing", "fever"}),
    ("ED, erectile dysfunction, on GTN spray for angina", set(), {"daytime_tiredness"}),
    ("pressure sore on sacrum, bedbound", set(), {"rebound_tenderness"}),
    ("confused since yesterday, new incontinence, smelly urine", {"confusion"}, {"bladder_bowel_dysfunction"}),
    ("back pain, new urinary incontinence, numbness", {"bladder_bowel_dysfunction"}, set()),
    # 2026-12-04: a Bell's palsy led by a stroke, a throat's exudate, frequency and a new diabetic's polyuria unread
    ("woke up with one side of my face drooping, can't close my eye properly", {"inability_to_close_eye"}, set()),
    ("I cant close my left eye and it waters", {"inability_to_close_eye"}, set()),
    ("my right eye won't shut all the way", {"inability_to_close_eye"}, set()),
    ("can't close my eyes to sleep, my mind races", set(), {"inability_to_close_eye"}),
    ("I can't close my eye to sleep at night", set(), {"inability_to_close_eye"}),
    ("got white stuff on my tonsils and a temp", {"tonsillar_exudate"}, set()),
    ("peeing every 20 minutes, really annoying", {"urinary_frequency"}, set()),
    ("最近老是觉得口渴，喝很多水，尿也多，瘦了五六斤", {"excessive_thirst", "polyuria"}, set()),
    ("一天尿很多次，尿的时候疼", set(), {"polyuria"}),
    ("尿量也不多", set(), {"polyuria"}),
    # 2026-12-05: the forehead weak with a facial droop (a Bell's palsy, not a stroke)
    ("face drooping, cant close my eye or wrinkle forehead, arms fine", {"whole_face_weakness"}, set()),
    ("can't lift my right eyebrow, drinks dribble out", {"whole_face_weakness"}, set()),
    ("R facial droop incl forehead, limbs ok", {"whole_face_weakness"}, set()),
    ("左侧口角歪斜，左侧额纹消失", {"whole_face_weakness"}, set()),
    ("额头左边抬眉毛抬不起来", {"whole_face_weakness"}, set()),
    ("facial droop, forehead spared, arm weak", set(), {"whole_face_weakness"}),
    ("banged my forehead on a cupboard", set(), {"whole_face_weakness"}),
    # a TIA's deficits and a TIA of the eye in everyday words
    ("I lost the sight in my left eye for about five minutes like a curtain coming down and then it came back",
     {"transient_vision_loss_one_eye"}, {"curtain_over_vision"}),
    ("For about 10 minutes I couldn't see out of my left eye", {"transient_vision_loss_one_eye"}, set()),
    ("左眼突然看不见了，大概五分钟后恢复了", {"transient_vision_loss_one_eye"}, set()),
    ("like a curtain coming down over my right eye since this morning", {"curtain_over_vision"},
     {"transient_vision_loss_one_eye"}),
    ("I suddenly can't see out of my right eye", {"sudden_vision_loss"}, set()),
    ("左边胳膊腿没劲，说话含含糊糊", {"slurred_speech"}, {"muffled_voice"}),
    ("嗓子痛得厉害，说话含含糊糊，张不开嘴", {"muffled_voice"}, {"slurred_speech"}),
    ("现在有点迷迷糊糊想睡觉", {"drowsiness"}, set()),
    ("barking cough, inspiratory stridor at rest, recession, 2yo", {"chest_recession", "stridor"}, set()),
    ("胸口下面一吸气就凹进去", {"chest_recession"}, set()),
    ("吸气的时候肋骨下面有点往里凹", {"chest_recession"}, set()),
    ("囟门凹下去了", set(), {"chest_recession"}),
    ("my period is 2 weeks late and I have bad cramps on my right side and feel dizzy", {"one_sided_pelvic_pain"},
     set()),
    ("stitch-like pain on my right side when running", set(), {"one_sided_pelvic_pain"}),
    ("itchy rash between my fingers and on my wrists, worse at night", {"itch_worse_at_night"}, set()),
    ("my cough is worse at night", set(), {"itch_worse_at_night"}),
    ("I have a cold and a sore throat", {"sore_throat", "runny_nose"}, {"cold_sore_blisters"}),   # not a cold sore
    ("a bit of a cold, no fever", {"runny_nose"}, set()),
    ("got a cold sore and a sore throat", {"cold_sore_blisters", "sore_throat"}, set()),
    ("headache and stiff neck after a fall off a ladder yesterday", {"fall_or_injury", "headache"}, set()),
    ("昨天在院子里被马蜂蛰了右手背，现在整个手背都肿起来了", {"insect_sting"}, set()),
    ("grabbed the hot oven tray without a mitt, 2 fingertips red and stinging", {"burn_injury"}, set()),
    ("it hurts when he looks sideways and he sees two of me", {"double_vision"}, set()),
])
def test_words_from_a_clinicians_first_notes(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # out-of-scope notes that read nothing useful: tetanus after a garden wound, a haemophilia knee bleed, a sprain
    ("puncture wound from a rusty fork, now jaw stiffness, can't open mouth fully", {"dirty_wound", "trismus"},
     {"sore_mouth"}),
    ("stepped on a nail last week", {"skin_break_wound"}, set()),
    ("sprained my ankle playing football", {"ankle_pain", "sport_injury"}, set()),
    ("rolled my ankle at netball, swollen on the outside and going purple", {"ankle_bruising_swelling"}, set()),
    ("血友病患者，骑车摔倒，膝盖很快肿起来，很疼", {"fall_or_injury", "joint_swelling"}, set()),
    ("膝盖肿痛三天", {"joint_swelling", "knee_pain"}, set()),
    ("85岁老太太，今年摔倒过三次，晚上睡不着觉", set(), {"fall_or_injury"}),   # a faller's history, not an injury
])
def test_wounds_swollen_knees_and_sprains_in_everyday_words(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    ("first ever fit, 2 minutes, now drowsy", {"seizure", "drowsiness"}, set()),
    ("had a fit for 2 minutes at school", {"seizure"}, set()),
    ("fit and well, first time with a rash", {"rash"}, {"seizure"}),
    ("wanting to get fit for the first time but exercise wipes me out", set(), {"seizure"}),
    ("甲减，吃优甲乐，最近又很累", {"fatigue"}, set()), ("我不累", set(), {"fatigue"}),
])
def test_a_fit_is_a_seizure_and_fitness_is_not(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # real patient questions that read nothing (assets/corpora): a pill count, a bottle of Tylenol, sleep, reflux,
    # an infected cyst, a sliced fingertip, breathless lying down, spotting in pregnancy, a crooked mouth corner
    ("I swallowed 20 tablets of 40mg Citalopram, what should I do?", {"overdose_ingestion"}, set()),
    ("took 16 tablets of tylenol", {"paracetamol_overdose_ingestion"}, {"overdose_ingestion"}),
    ("Swallowed large bottle of Tylenol", {"paracetamol_overdose_ingestion"}, set()),
    ("took 12 tablets over the week for my back", set(), {"overdose_ingestion"}),   # a course, not an overdose
    ("I have 20 tablets left", set(), {"overdose_ingestion"}),
    ("Problems sleeping, worried about getting dependent on sleeping pills", {"difficulty_falling_asleep"}, set()),
    ("The problem is that he sleeps a lot", set(), {"difficulty_falling_asleep"}),
    ("I cant sleep, lie awake till 3", {"difficulty_falling_asleep"}, set()),
    ("fever and cough, cannot sleep on side", {"cough"}, {"difficulty_falling_asleep"}),
    ("no trouble sleeping", set(), {"difficulty_falling_asleep"}),
    ("persistent re flux with or without eating", {"acid_regurgitation"}, set()),
    ("I have reflux", {"acid_regurgitation"}, set()),
    ("vesicoureteric reflux on the scan, kidney ok", set(), {"acid_regurgitation"}),
    ("I have a cyst on my back that has developed an infection", {"painful_skin_lump"}, set()),
    ("a boil on my bum", {"painful_skin_lump"}, set()),
    ("I sliced the tip of my index finger off", {"skin_break_wound"}, set()),
    ("Husband is having a hard time breathing especially lying down", {"orthopnoea"}, set()),
    ("28M sharp CP 3/7, worse lying flat/deep breath, better sitting forward", {"chest_pain"}, {"orthopnoea"}),
    ("8 weeks pregnant, now have pink discharge", {"pregnancy_bleeding"}, set()),
    ("pink discharge after sex", set(), {"pregnancy_bleeding"}),   # no pregnancy in the note
    ("发现脸的右边一侧动没法了，口角还有点斜", {"facial_droop"}, set()),
    ("早上起来半边脸动不了", {"whole_face_weakness"}, set()),
    ("突然头痛，说是这辈子最疼的一次，没有呕吐", {"thunderclap_headache"}, {"vomiting"}),
    ("今天我忽然之间头痛的，感觉就是要炸了", {"thunderclap_headache"}, set()),
    ("生孩子是这辈子最疼的一次", set(), {"thunderclap_headache"}),     # the worst pain, not a headache
    ("头疼了好几年了，偶尔疼", {"headache"}, {"thunderclap_headache"}),
    ("喝完酒以后上腹部疼得受不了，往后背窜，一直吐", {"pain_radiating_to_back", "vomiting"}, set()),
    ("在坐月子期间得了高血压，头颅后面疼的厉害", {"headache", "recent_childbirth"}, set()),
    ("3/7 burning band of pain + vesicles L L1 dermatome, 68F", {"dermatomal_rash"}, set()),
    ("numbness in the L5 dermatome", set(), {"dermatomal_rash"}),
    ("got bitten by my neighbours dog on the hand yesterday", {"animal_bite_injury"}, set()),
    ("dog bite on my leg", {"animal_bite_injury"}, set()),
    ("Had a lower back tooth out 4 days ago, now a throbbing pain from the hole", {"recent_tooth_extraction"}, set()),
    ("tooth knocked out playing rugby", set(), {"recent_tooth_extraction"}),
    ("突然晕倒在地，然后口吐白沫，手脚一直抽动，不省人事了", {"seizure"}, set()),
    ("爷爷的眼睛也泛黄，尿的颜色非常的浓", {"jaundice", "dark_urine"}, set()),
    ("肚子浮肿，15天时间，全身无力，不爱吃饭，面黄肌瘦",
     {"abdominal_distension", "fatigue", "loss_of_appetite", "weight_loss"}, set()),
    ("脚浮肿了几天", {"ankle_swelling"}, set()),
    ("不过最近总是一整晚的睡不着", {"difficulty_falling_asleep"}, set()),
    ("感觉右脚大拇指特别疼", {"big_toe_pain"}, set()),
    ("没有口吐白沫", set(), {"seizure"}),
    ("got this itchy red ring on my arm with a clear middle", {"ring_shaped_rash"}, set()),
    ("patches on his back, it may be ring worms?", {"ring_shaped_rash"}, set()),
    ("my left calf is swollen, warm and aching since my flight back from Australia", set(), {"low_back_pain"}),
    ("tick bite 10 days ago, now an expanding red ring on my thigh", {"tick_bite"}, {"ring_shaped_rash"}),
    ("both sides of face in front of both ears are swollen", {"swollen_parotid"}, {"puffy_eyes_face"}),
    ("bright red blotch on the white of my eye", {"red_patch_white_of_eye"}, {"rash"}),
    ("drinking squash like it's going out of fashion", {"excessive_thirst"}, {"recent_alcohol_intake"}),
    ("up in the night, which he never does, drinking squash like it's going out of fashion", {"excessive_thirst"}, set()),
    ("he drinks like it's going out of fashion", {"recent_alcohol_intake"}, {"excessive_thirst"}),
    ("Heard a pop in my knee twisting at netball, it swelled up within an hour", {"heard_pop_or_snap", "joint_swelling"},
     set()),
    ("my face swelled up after the bee sting", set(), {"joint_swelling"}),
    ("had my baby 3 weeks ago, headache", {"recent_childbirth", "headache"}, set()),
    ("had my baby 2 years ago", set(), {"recent_childbirth"}),
    ("had my baby checked by the health visitor", set(), {"recent_childbirth"}),
    ("shingles rash on my chest", {"dermatomal_rash"}, set()),
    ("had the shingles vaccine last year", set(), {"dermatomal_rash"}),
    ("Red eye, purulent d/c, lids stuck AM, VA normal", {"red_eye", "eye_discharge"}, set()),
    ("green gunk in her eye", {"eye_discharge"}, set()),
    ("red sores around her nose and mouth that burst and left honey coloured crusts", {"honey_crusted_sores"}, set()),
    ("coughing up thick green phlegm, it hurts on one side when I breathe in", {"pleuritic_chest_pain"}, set()),
    ("I started a new antibiotic five days ago and now I have an itchy red rash", {"rash_after_new_drug"}, set()),
    ("itchy rash since starting amoxicillin", {"rash_after_new_drug"}, set()),
    ("on antibiotics for a chest infection, cough better", set(), {"rash_after_new_drug"}),
    ("gnawing pain in the top of my stomach that gets better when I eat", {"pain_relieved_by_eating"}, set()),
    ("My neck has been stiff and painful for months", {"neck_pain"}, {"neck_stiffness"}),
    ("fever, headache and a stiff neck since this morning", {"neck_stiffness"}, set()),
    ("吃了新开的抗生素以后，全身起了红疹子，很痒", {"rash_after_new_drug"}, set()),
    ("吃了消炎药以后咳嗽好多了", {"cough"}, {"rash_after_new_drug"}),
    ("头一侧跳着疼，想吐，怕光", {"one_sided_headache", "throbbing_headache", "nausea", "photophobia"}, set()),
    ("尿频尿急，小便的时候烧得疼，尿有点浑", {"dysuria", "cloudy_urine"}, set()),
    ("34F c/o dysuria, freq, urgency 3/7, afebrile, urine dip nit+ leu+", {"dysuria", "urinary_frequency",
                                                                          "urinary_urgency"}, {"lice_or_nits_seen"}),
    ("found nits in my daughter's hair", {"lice_or_nits_seen"}, set()),
    ("referred with some urgency for chest pain", {"chest_pain"}, {"urinary_urgency"}),
    ("吞了30片安眠药", {"overdose_ingestion"}, set()),
    ("她把一瓶降压药都吃了", {"overdose_ingestion"}, set()),
    ("一下子吃了20片扑热息痛", {"paracetamol_overdose_ingestion"}, {"overdose_ingestion"}),
    ("吃了好多药也没用", set(), {"overdose_ingestion"}),
    ("吃了20几天的西药，还是咳嗽", {"cough"}, {"overdose_ingestion"}),
    ("吃了2片药，头疼好点了", {"headache"}, {"overdose_ingestion"}),
    # a compound noun is read only as written: Raynaud's fingers "in the cold, numb and painful" are no cold sore
    ("fingers go white then blue in the cold, numb and painful", set(), {"cold_sore_blisters"}),
    ("I get cold sores whenever I'm run down", {"cold_sore_blisters"}, set()),
])
def test_words_of_real_patient_questions(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # danger signs in plain words that read nothing (a clinician's probe, 2026-12-02)
    ("I feel like killing myself", {"suicidal_thoughts"}, set()),
    ("I want to kill myself", {"suicidal_thoughts"}, set()),
    ("I feel suicidal", {"suicidal_thoughts"}, set()),
    ("I don't want to live anymore", {"suicidal_thoughts"}, set()),
    ("my back is killing me", set(), {"suicidal_thoughts"}),
    ("I took a whole packet of pills", {"overdose_ingestion"}, set()),
    ("I think I took too many pills", {"overdose_ingestion"}, set()),
    # "took too many" only as written: these are stories of tablets, not an overdose
    ("I took an I-pill after unprotected sex", {"unprotected_sex"}, {"overdose_ingestion"}),
    ("seen many doctors and taken tablets for it", set(), {"overdose_ingestion"}),
    ("the baby isn't feeding well and is very sleepy", {"poor_feeding"}, {"thriving_well"}),
    ("she is not feeding and floppy", {"poor_feeding", "floppy_unresponsive"}, set()),
    ("my 3 week old wont feed", {"poor_feeding"}, set()),
    ("6 week old, temp 38.2, feeding less", {"poor_feeding", "fever"}, set()),
    ("feeding well, no fever", {"thriving_well"}, {"poor_feeding", "fever"}),
    ("his forehead is hot and he is grizzly", {"fever"}, set()),
    ("I can only see half of things, then a bad headache", {"visual_disturbance", "headache"}, {"hallucinations"}),
    ("he is seeing things that are not there", {"hallucinations"}, set()),
])
def test_danger_signs_in_plain_words(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a seventh blind set (notes_k, 2026-12-02)
    ("now a band of red blisters has come up just on that side, it doesn't cross the middle", {"dermatomal_rash"}, set()),
    ("右边胸口到后背一条带状火辣辣地疼，这两天起了一串小水疱", {"dermatomal_rash"}, set()),
    ("bloody diarrhoea with slimy poo, up at night, lost about 5kg", {"bloody_diarrhoea", "mucus_in_stool",
                                                                     "weight_loss"}, set()),
    ("Lost 30 pounds in three months", {"weight_loss"}, set()),
    ("I want to lose my weight about 4 to 5 kg", set(), {"weight_loss"}),      # a wish, not a loss
    ("both hands swollen, the knuckles especially, same on both sides", {"symmetrical_small_joint_pain"}, set()),
    ("symmetrical swelling mcps and pips, morning stiffness 2 hours", {"symmetrical_small_joint_pain",
                                                                       "long_morning_stiffness"}, set()),
    ("the whole family has had headaches, our boiler is really old", {"sick_contact", "co_exposure_source",
                                                                      "headache"}, set()),
    ("we've just had a new boiler fitted and the house is so dry", set(), {"co_exposure_source"}),
    ("need to go to hospital?", set(), {"urgency_to_defecate"}),
    ("孩子两岁，嘴里长了好几个小溃疡，手心脚心还有屁股上长了小红点和小水疱", {"mouth_ulcers", "hand_foot_mouth_rash"}, set()),
    ("手上和脚上都没有疹子", set(), {"hand_foot_mouth_rash"}),
    ("孩子手脚红肿，嘴唇干裂", {"swollen_red_hands_feet"}, {"hand_foot_mouth_rash"}),   # Kawasaki's hands, no spots
    ("嘴里溃疡一直不好", {"ulcer_not_healing_3_weeks"}, set()),              # the lexicon's longer phrase first
    ("有胃溃疡病史", set(), {"mouth_ulcers"}),
    ("孩子不吃奶，一直睡", {"poor_feeding"}, set()),
    ("不喝奶就没事", set(), {"poor_feeding"}),
    ("半边身子没劲", {"one_sided_weakness"}, set()),
    ("大便是黑色的，像柏油", {"melaena"}, set()),
    ("咳嗽带血", {"haemoptysis"}, set()),
    ("身上的红点按了不褪色", {"non_blanching_rash"}, set()),
    ("一点尿都尿不出，肚子胀", {"urinary_retention"}, set()),
    ("尿痛，总想尿，尿不出来", {"dysuria"}, {"urinary_retention"}),
    ("肚子硬得像木板", {"rigid_abdomen"}, set()),
    ("孩子精神不好，蔫蔫的", {"fatigue"}, set()),
    ("孩子最近老是发烫，身上还起了好些皮疹", {"fever", "rash"}, set()),
    ("小腿上红肿一大片，摸着很烫", set(), {"fever"}),
    ("I have left side pain and urinate blood?", {"haematuria"}, {"dysuria"}),
    ("it stings when I urinate", {"dysuria"}, {"haematuria"}),
])
def test_everyday_phrasings_from_the_seventh_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # common complaints in a patient's own sentences (a clinician's probe, 2026-12-02)
    ("red sores around my son's nose and mouth that burst and left yellow crusts", {"honey_crusted_sores"},
     {"mouth_ulcers"}),
    ("it hurts when I poop, bright red blood on the toilet paper, a lump around my bottom that itches",
     {"rectal_bleeding", "anal_lump", "anal_itching"}, {"generalised_itching"}),
    ("my bottom is sore and my whole body itches", {"generalised_itching"}, {"anal_itching"}),
    ("pimples, blackheads and whiteheads on my face, chest and back, some are painful and filled with pus", {"pimples"},
     {"chest_pain"}),
    ("my chest is painful and tight", {"chest_pain"}, set()),
])
def test_common_complaints_in_a_patients_sentences(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # an eighth blind set (notes_l, 2026-12-02)
    ("41M returned Ghana 10d, no prophylaxis, cyclical fevers + rigors, sweats, HA, myalgia, splenomegaly",
     {"cyclical_fever", "rigors", "headache", "myalgia", "enlarged_spleen"}, set()),
    ("no travel, fever, rash", set(), {"fever", "rash"}),             # a list that "no" opens is denied whole
    ("35M painful R eye. Grinding metal, no goggles, FB sensation, photophobia", {"gritty_eyes", "photophobia"}, set()),
    ("feet and hands are swollen and sore, can't get my rings off, stiff for hours every morning",
     {"symmetrical_small_joint_pain", "long_morning_stiffness"}, {"swollen_red_hands_feet"}),
    ("his hands and feet are swollen and red, fever for 6 days", {"swollen_red_hands_feet"}, set()),
    ("我两只手的手指关节都肿了，早上起来特别僵硬，要一两个小时才能活动开", {"symmetrical_small_joint_pain",
                                                            "long_morning_stiffness"}, set()),
    ("my 9 year old has been drinking loads, constantly asking for water", {"excessive_thirst"}, {"heavy_drinking"}),
    ("he drinks loads at the weekend", {"heavy_drinking"}, {"excessive_thirst"}),
    ("itchy red rash in groin folds, scaly raised edge, spreading outward", {"ring_shaped_rash", "itchy_rash"}, set()),
    ("thick crusty raised patches along my hairline, my dad has the same thing", {"scaly_plaques", "family_history"},
     set()),
    ("spots turned into blisters, some crusted over while new ones keep coming", {"vesicular_crops"}, set()),
    ("worse when I'm hungry, eating something or an antacid makes it better", {"pain_relieved_by_eating"}, set()),
    ("intense itch, worst at night, tiny bumps and little wavy lines between my fingers",
     {"itch_worse_at_night", "skin_burrows"}, set()),
    ("every time I roll over in bed the room spins for 20 seconds", {"positional_vertigo", "vertigo"}, set()),
    ("68M sudden onset tearing CP radiating through to back", {"tearing_chest_back_pain"}, set()),
    ("要等半天才尿得出来，尿线很细，尿完还觉得没尿干净，晚上要起来四五次",
     {"urinary_hesitancy", "weak_urine_stream", "incomplete_bladder_emptying", "nocturia"}, set()),
    ("new rash all over since starting carbamazepine for nerve pain 2 weeks ago", {"rash_after_new_drug"}, set()),
    ("the machine at the pharmacy said 158/98.", {"high_blood_pressure_reading"}, set()),
    ("out of the blue I get attacks where my heart pounds", {"palpitations"}, {"syncope_without_warning"}),
    ("I collapsed out of the blue while standing", {"syncope_without_warning"}, set()),
    ("they're stiff for a few minutes first thing, sometimes they creak and grind", {"short_morning_stiffness",
                                                                                  "joint_crepitus"}, set()),
    ("47M EtOH ~150 u/wk, 3/52 jaundice, anorexia", {"heavy_drinking", "jaundice"}, set()),
    ("drinks 10 units a week", set(), {"heavy_drinking"}),
    ("irregular fast heartbeat, palpitations, breathless on exertion", {"irregular_heartbeat", "palpitations"}, set()),
    ("30 weeks pregnant, painful swollen lumps around my bum, they itch", {"anal_lump", "anal_itching"}, set()),
    ("孩子身上起了很多小水泡，特别痒，有的已经结痂了，有的还是新长的。班上好几个同学也这样。", {"vesicular_crops", "sick_contact"},
     set()),
    ("I get attacks, I feel like I'm dying, they peak in about 10 minutes; scared to get on the bus",
     {"panic_attacks", "fear_of_dying", "avoidance_behaviour"}, set()),
    # over-triaged notes of the development set: a migraine's zigzag lights, hives like nettle stings, a family's
    # street barbecue
    ("bad headache on one side with flashing zigzag lights beforehand", {"visual_aura"}, {"flashing_lights"}),
    ("I keep seeing flashing lights", {"flashing_lights"}, {"visual_aura"}),
    ("I have to go and lie in a dark room because any light or noise is unbearable", {"photophobia"}, set()),
    ("huge itchy lumps all over, like nettle stings, they move around and go within a few hours",
     {"hives", "wheals_fade_within_day"}, set()),
    ("昨天晚上我们一家三口吃了路边的烧烤，半夜开始都上吐下泻", {"contaminated_food_water", "vomiting", "diarrhoea"}, set()),
    ("我们全家都有高血压，我最近头疼", {"headache"}, {"sick_contact"}),
    ("an itchy lump on my arm after a bite", set(), {"hives"}),
])
def test_everyday_phrasings_from_the_eighth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a ninth blind set (notes_n, 2026-12-02, half of it minor problems written by worried people)
    ("my mum's knees ache, paracetamol isn't doing much", set(), {"paracetamol_overdose_ingestion"}),
    ("she took too much paracetamol last night", {"paracetamol_overdose_ingestion"}, set()),
    ("Could the lump be cancer??", set(), {"cancer_history"}),
    ("my friend has just been diagnosed with bowel cancer so I'm a bit panicky", set(), {"cancer_history"}),
    ("my dad had bowel cancer at 60", {"family_history"}, {"cancer_history"}),
    ("I had breast cancer a few years ago", {"cancer_history"}, set()),
    ("nose started pouring blood 20 min ago. Pinched the soft part for 10 minutes and it's stopped now.", set(),
     {"uncontrolled_bleeding"}),
    ("nose pouring blood for 30 minutes, pinched it and it hasn't stopped", {"uncontrolled_bleeding"}, set()),
    ("I keep thinking everyone would be better off if I wasnt here and I've been looking up ways online",
     {"suicidal_thoughts", "suicide_plan"}, set()),
    ("the fever went this morning and now she's come out in a rash of small pink spots", {"rash_after_fever_settles"},
     set()),
    ("tiny blisters on my lip, tingly yesterday", {"cold_sore_blisters"}, set()),
    ("on the edge of my bottom lip I had this tingly burning feeling yesterday", set(), {"restlessness"}),
    ("I've been feeling on edge all week", {"restlessness"}, set()),
    ("56M, BP 162/98 at pharmacy check. Asymptomatic - no headache, visual sx, CP, SOB. PMH nil.",
     {"high_blood_pressure_reading"}, {"headache", "chest_pain", "shortness_of_breath"}),
    ("no fever, seen yesterday, cough and wheeze", {"cough", "wheeze"}, {"fever"}),
    ("右脚往里崴了一下，外脚踝肿了", {"fall_or_injury", "ankle_pain"}, set()),
    ("下嘴唇内侧长了两个小白点，圆圆的，周围一圈红", {"mouth_ulcers"}, set()),
    ("发烧三天，咳嗽，眼睛红，口腔里有小白点", set(), {"mouth_ulcers"}),   # Koplik spots
    ("一起吃饭的两个同事也都拉了", {"sick_contact"}, set()),
    ("My dad's face looks droopy on one side and his speech is weird", {"facial_droop", "slurred_speech"}, set()),
    ("today I vomited something that looked like coffee grounds", {"haematemesis"}, set()),
    ("I drink too much coffee and get heartburn", set(), {"haematemesis"}),
])
def test_everyday_phrasings_from_the_ninth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a tenth blind set (notes_o, 2026-12-02)
    ("I'm realy itchy all over, worst at night. There are little bumps and some tiny lines in the skin.",
     {"itch_worse_at_night", "skin_burrows"}, set()),
    ("stabbing pain behind my right eye every night, my eye waters on that side, I can't keep still",
     {"orbital_headache", "restlessness_during_attack"}, set()),
    ("tight pressure in my chest when I walk uphill, it goes away after a few minutes rest", {"exertional_chest_pain"},
     set()),
    ("I had knee surgery 2 weeks ago, now short of breath", {"recent_surgery", "shortness_of_breath"}, set()),
    ("I can't feel it when I wipe my bottom and I haven't been able to pee properly",
     {"saddle_anaesthesia", "urinary_retention"}, set()),
    ("collapsed working outside in heatwave, hot dry skin", {"heat_exposure"}, set()),
    ("severe leg pain, pain worse than it looks, dark blisters", {"pain_out_of_proportion", "dusky_skin_bullae"}, set()),
    ("some spots have crusted over, new ones on his face", {"vesicular_crops"}, set()),
    ("上厕所的时候有鲜血滴下来，屁股那里有个肉疙瘩，大完便会鼓出来", {"rectal_bleeding", "anal_lump"}, set()),
    ("半夜大脚趾根突然肿起来，红红的发烫", {"big_toe_pain"}, set()),
    ("小腿红红的发烫", set(), {"hot_red_joint"}),
    ("膝盖疼了好几年了，走路有时候咔咔响", {"knee_pain", "joint_crepitus"}, set()),
    ("滑倒了，大腿根疼得站不起来，左脚往外撇，看着好像短了一截", {"shortened_externally_rotated_leg"}, set()),
    ("宝宝一阵一阵地大哭，刚才拉了像果酱一样带血的大便", {"excessive_crying", "redcurrant_jelly_stool"}, set()),
])
def test_everyday_phrasings_from_the_tenth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # croup, an infant's breathing and a child's arm in the words parents use (from the over- and under-triage of
    # blind sets F, L, R and the real development set, 31st session)
    ("barky cough, hoarse, worse at night, no stridor at rest", {"barking_cough"}, {"stridor"}),
    ("a cough that sounds like a seal barking and a hoarse cry", {"barking_cough"}, set()),
    ("When she breathes in there's a harsh noise", {"stridor"}, set()),
    ("makes a squeaky noise when breathing in when he gets upset", set(), {"stridor"}),
    ("孩子3岁，晚上突然咳嗽，声音像小狗叫一样，吸气的时候喉咙里有呼呼的声音", {"barking_cough", "stridor"}, set()),
    ("宝宝咳嗽像小狗叫一样，哭的时候吸气有响声", {"barking_cough"}, {"stridor"}),
    ("宝宝5个月，呼吸比平时快，能听到咝咝的声音", {"rapid_breathing", "wheeze"}, set()),
    ("the dog barking kept me awake, I have a cough", {"cough"}, {"barking_cough"}),
    ("I sealed the jar", set(), {"barking_cough"}),
    ("孩子2岁，大人拉着他的手一拽，他就哭了，左胳膊垂着不肯动", {"holding_arm_against_body"}, set()),
    ("my 3 year old won't use her arm since I swung her round by the hands", {"holding_arm_against_body"}, set()),
])
def test_croup_an_infants_breathing_and_a_childs_arm_in_parents_words(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # an eleventh blind set (fresh_notes_t, 31st session)
    ("He'll still put weight on it but limps, and doesn't like me turning his leg", {"limp"},
     {"weight_gain", "floppy_unresponsive"}),
    ("I've put weight on recently, about 5kg", {"weight_gain"}, set()),
    ("Right ear gone muffled, bit of crackling when I chew", set(), {"crackles"}),
    ("my knee crackles going up stairs", {"joint_crepitus"}, {"crackles"}),
    ("crackles R base", {"crackles"}, set()),
    ("Had a cold 10 days ago and now my face hurts under my eyes when I bend forward", {"facial_pain_pressure"},
     {"eye_pain"}),
    ("25岁女，上眼皮边上长了个小红疙瘩，一碰就疼", {"eyelid_lump"}, set()),
    ("76F, finished clindamycin for a tooth infection 4 days ago, now watery stools", {"recent_antibiotic_use"}, set()),
    ("上周刚吃完头孢，现在拉肚子", {"recent_antibiotic_use"}, set()),
    ("allergic to penicillin", set(), {"recent_antibiotic_use"}),
    ("Had a flu-like illness about a week ago, now central chest ache", {"recent_viral_illness", "chest_pain"}, set()),
    ("antibiotics for mastitis 8 days ago but the lump in my left breast has got bigger", {"tender_breast_lump"},
     set()),
    ("found a lump in my breast, painless, 52", set(), {"tender_breast_lump"}),
])
def test_everyday_phrasings_from_the_eleventh_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # real questions of the development set (real_dev), read wrongly or not at all
    ("Please give me some advice to quickly reduce the swelling as I have an important event", set(), {"cough_impulse"}),
    ("lump in groin, reducible", {"groin_lump", "cough_impulse"}, set()),
    ("I sometimes stare and my eyes freeze", set(), {"bulging_eyes"}),
    ("my eyes are bulging and I have a thyroid problem", {"bulging_eyes"}, set()),
    ("i feel a real warm feeling in the penis while im going to urinate", {"dysuria"}, set()),
    ("a pain in my upper right abdomen that moved to my lower right abdomen", {"right_lower_quadrant_pain"}, set()),
])
def test_everyday_phrasings_from_real_questions(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # stools and passing urine in Chinese patients' words (real_dev's real questions read none of these)
    ("早上大便棕黑带点血", {"melaena", "rectal_bleeding"}, set()),
    ("大便次数多，还带粘粘液体，偶尔会有点血", {"mucus_in_stool", "rectal_bleeding"}, set()),
    ("拉肚子，大便带血丝", {"diarrhoea", "rectal_bleeding"}, set()),
    ("大便没有血", set(), {"rectal_bleeding"}),
    ("咳嗽，痰中带血，大便干", {"haemoptysis"}, {"rectal_bleeding"}),
    ("尿里带血，大便正常", {"haematuria"}, {"rectal_bleeding"}),
    ("来月经了，带血块，大便稀", set(), {"rectal_bleeding"}),
    ("咳嗽有痰，痰里有粘液", set(), {"mucus_in_stool"}),
    ("孩子在尿尿的时候，都会再次出现疼痛的情况", {"dysuria"}, set()),
    ("小便的时候不疼", set(), {"dysuria"}),
])
def test_stools_and_passing_urine_in_chinese_patients_words(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a cold the patient has now, named as the illness (real questions: "she has severe cold, nasal congestion",
    # "having fever and cold since yesterday" read no cold at all): its defining symptom, a runny nose
    ("She was having fever and cold since yesterday", {"fever", "runny_nose"}, set()),
    ("she has severe cold, nasal congestion and ear congestion", {"runny_nose", "nasal_congestion"}, set()),
    ("cough and cold for 3 days", {"cough", "runny_nose"}, set()),
    ("cold and cough for 3 days", {"cough", "runny_nose"}, set()),
    ("I've got a stinking cold", {"runny_nose"}, set()),
    ("my classic symptoms of cold started at the weekend", {"runny_nose"}, set()),
    # ... and not a cold denied, past, or cold as a temperature
    ("I don't have a cold, just this cough", {"cough"}, {"runny_nose"}),
    ("had a cold 3 weeks ago and now my legs are weak", set(), {"runny_nose"}),
    ("I got cold waiting for the bus", set(), {"runny_nose"}),
    ("I have cold hands and feet", set(), {"runny_nose"}),
    ("feeling cold and clammy", set(), {"runny_nose"}),
    ("hot and cold, fever", {"fever"}, {"runny_nose"}),
    ("with cold, clammy skin", set(), {"runny_nose"}),
])
def test_a_cold_named_as_the_illness(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # "minor HI" is a head injury only as written, the abbreviation in capitals (or in a clinical note): a greeting
    # and a word of the note were one ("Hi doctor, I had minor tooth pain" read a head injury)
    ("Hi doctor, I had minor tooth pain since last week", {"toothache"}, {"head_injury"}),
    ("hi doc, minor question about my rash", set(), {"head_injury"}),
    ("Minor HI yesterday, no LOC", {"head_injury"}, set()),
    ("pt c/o minor HI after fall, GCS 15", {"head_injury"}, set()),
])
def test_an_abbreviation_that_is_an_everyday_word_counts_only_as_written(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a complaint over a list of body parts: each part read with the complaint (a real question's painful swollen
    # calf was buttock pain alone; "radiates to my back and down my leg" had no leg)
    ("I have severe pain and swelling in my buttock, groin,thigh and calf?", {"buttock_pain", "calf_pain"}, set()),
    ("I have pain that radiates to my back and down my leg to the knee.", {"back_pain_radiating_leg"}, set()),
    ("I don't have any numbness in my hands or feet", set(), {"tingling_feet", "hand_numbness_tingling"}),
    ("no pain in my chest, arms or legs", set(), {"chest_pain", "leg_heaviness"}),
    ("I fell on my back and hit my head", {"head_injury"}, set()),
    # one leg swollen in everyday words (NICE NG158's DVT sign); both calves are not one leg
    ("swelling in my right calf since the flight", {"unilateral_leg_swelling"}, set()),
    ("my left leg is swollen", {"unilateral_leg_swelling"}, set()),
    ("L calf swelling", {"unilateral_leg_swelling"}, set()),
    ("no swelling in my calf", set(), {"unilateral_leg_swelling"}),
    ("both calves swollen", set(), {"unilateral_leg_swelling"}),
])
def test_lists_of_body_parts_and_one_swollen_leg(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # "isn't", "wasn't", "weren't", "hasn't been" deny their predicate (all four were read as present) ...
    ("he isn't drowsy", set(), {"drowsiness"}),
    ("she wasn't vomiting", set(), {"vomiting"}),
    ("they weren't itchy", set(), {"generalised_itching"}),
    ("she hasn't been vomiting", set(), {"vomiting"}),
    ("he wasnt feverish", set(), {"fever"}),
    ("she isn't drowsy, vomiting or feverish", set(), {"drowsiness", "vomiting", "fever"}),
    ("He isn't vomiting and is breathing normally, very thirsty", {"excessive_thirst"}, {"vomiting"}),
    # ... and nothing beyond it: a medicine that isn't working is no denial of the next clause (pre-eclampsia's
    # flashing lights were denied by "paracetamol isn't touching")
    ("headache that paracetamol isn't touching and I keep seeing flashing lights", {"flashing_lights"}, set()),
    ("it isn't getting better, still coughing", {"cough"}, set()),
    ("he isn't himself, very drowsy", {"drowsiness"}, set()),
    # hard to wake, and very sleepy said of someone else (NHS: a child very sleepy or hard to wake needs A&E / 999),
    # denied as the word "drowsy" would be
    ("no tears when he cries and hes very sleepy", {"drowsiness", "dehydration_signs"}, set()),
    ("my dad is 84 and hes just not himself today, very sleepy and muddled", {"drowsiness"}, set()),
    ("he is really hard to wake up, snoring", {"drowsiness"}, set()),
    ("she is not very sleepy", set(), {"drowsiness"}),
    ("he wasn't hard to wake", set(), {"drowsiness"}),
    ("I'm so sleepy after night shifts", set(), {"drowsiness"}),
    ("my 16yo is sooo hard to wake up for school", set(), {"drowsiness"}),
])
def test_be_verb_denials_and_drowsiness_in_a_carers_words(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # words a pattern read are denied as the reader denies a finding, not by any "no" earlier in the sentence
    ("Not suicidal now, swallowed 30 tablets of sertraline", {"overdose_ingestion"}, set()),
    ("no fever, lost about 5kg in a month", {"weight_loss"}, {"fever"}),
    ("No fever, his left leg is swollen", {"unilateral_leg_swelling"}, {"fever"}),
    ("no rash, finished amoxicillin 3 days ago, now watery diarrhoea", {"recent_antibiotic_use"}, {"rash"}),
    ("not hungry, lost a few pounds", {"weight_loss"}, set()),
    # ... and still denied where the denial governs them
    ("not lost 5kg", set(), {"weight_loss"}),
    ("no swelling in my calf", set(), {"unilateral_leg_swelling"}),
])
def test_pattern_readings_are_denied_by_the_readers_negation_scope(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a measured sign after a list of denials is measured, not denied ("No chest pain, HR 130, BP 80/50" had its
    # tachycardia and hypotension denied; "no fever, SpO2 88%" its low saturation) ...
    ("No chest pain, HR 130, BP 80/50", {"tachycardia", "low_blood_pressure"}, {"chest_pain"}),
    ("no fever, SpO2 88%", {"low_oxygen_saturation"}, {"fever"}),
    ("denies SOB, sats 89% on air", {"low_oxygen_saturation"}, {"shortness_of_breath"}),
    ("ST 2/7, exudate both tonsils, no cough, T 38.5", {"fever"}, {"cough"}),
    # ... and a reading the note denies stays denied
    ("denies T > 39", set(), {"high_fever"}),
    ("-ve T 39.6", set(), {"high_fever"}),
    ("无体温39度以上", set(), {"high_fever"}),
])
def test_vital_signs_after_denials(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # "worst ever" after a headache is a thunderclap, "not the worst ever" is not
    ("headache, not the worst ever, came on gradually", {"headache"}, {"thunderclap_headache"}),
    ("headache - not the worst of my life", {"headache"}, {"thunderclap_headache"}),
    ("sudden occipital headache, the worst ever", {"thunderclap_headache"}, set()),
])
def test_not_the_worst_headache_is_no_thunderclap(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a denial between a body part and its predicate denies the finding (胸口不疼 read nothing at all)
    ("不喘，胸口不疼", set(), {"chest_pain", "shortness_of_breath"}),
    ("头不疼", set(), {"headache"}),
    ("肚子一点都不痛", set(), {"abdominal_pain"}),
    ("胸口疼", {"chest_pain"}, set()),
    # one leg swollen, and a recent operation, in Chinese (NICE NG158's DVT sign and risk factor)
    ("膝盖手术完两周，左边小腿突然肿了很多", {"recent_surgery", "unilateral_leg_swelling"}, set()),
    ("右小腿肿痛", {"unilateral_leg_swelling"}, set()),
    ("左腿不肿", set(), {"unilateral_leg_swelling"}),
    ("十年前做过阑尾手术，最近肚子疼", {"abdominal_pain"}, {"recent_surgery"}),
    ("医生建议下周做手术", set(), {"recent_surgery"}),
    # no energy, no strength: the 没 is no denial
    ("最近总是没劲", {"fatigue"}, set()),
    ("没有力气，头晕", {"generalised_weakness", "dizziness"}, set()),
    ("双腿肿", {"ankle_swelling"}, {"unilateral_leg_swelling"}),
])
def test_chinese_denials_inside_a_phrase_and_a_swollen_leg_after_surgery(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # real_dev's PE and scabies notes, and Chinese weight loss, read in full
    ("coughed a bit of blood this morning, I had my knee replaced 2 weeks ago",
     {"haemoptysis", "recent_surgery", "joint_prosthesis"}, set()),
    ("had my gallbladder removed 10 days ago", {"recent_surgery"}, set()),
    ("went out 2 weeks ago", set(), {"recent_surgery"}),
    ("really itchy between my fingers and on my wrists, worse at night, my boyfriend has it too now, little lines "
     "and spots", {"skin_burrows", "sick_contact"}, set()),
    ("my dad has the same thing", set(), {"sick_contact"}),
    ("little lines on the scan", set(), {"skin_burrows"}),
    ("最近瘦了十来斤", {"weight_loss"}, set()),
    ("前段时间女朋友无缘无故瘦了十几斤", {"weight_loss"}, set()),   # 无缘无故 (for no reason) denies nothing
    ("无缘无故头痛", {"headache"}, set()),
    ("嘴唇和眼睛都肿了", {"lip_tongue_swelling", "eyelid_swelling"}, set()),
    ("嘴唇和眼睛都没肿", set(), {"lip_tongue_swelling"}),
    ("发烧三天，脖子不硬", {"fever"}, {"neck_stiffness"}),
])
def test_readings_from_real_dev_misses(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # from fresh_notes_r's misses (urgent presentations in understated words)
    ("My left leg went cold and white about two hours ago", {"cold_pale_limb"}, set()),
    ("bright red blob on the white of my eye", {"red_patch_white_of_eye"}, {"red_eye"}),
    ("74M D&V 3/7, ↓ oral intake, ↓ UO, dizzy on standing", {"reduced_urine_output", "dizziness"}, set()),
    ("吃了大半瓶我的安眠药", {"overdose_ingestion"}, set()),
    ("左手左脚麻木没力气，说话也不太利索", {"one_sided_weakness", "slurred_speech"}, {"tingling_feet", "fatigue"}),
    ("右边手脚发麻", {"one_sided_numbness"}, set()),
    ("右脚大脚趾又红又肿又痛", {"big_toe_pain"}, set()),
    ("每次来月经第一天肚子都痛", {"painful_periods"}, set()),
    ("因为腰痛经常自己吃布洛芬", {"low_back_pain"}, {"painful_periods"}),
    ("Left arm and face went numb and weak for about 15 minutes", {"one_sided_weakness"}, set()),
])
def test_readings_from_understated_urgent_notes(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # from the misses of sets p, s and t
    ("diarrhoea 6-8 times a day with blood and mucus mixed in", {"diarrhoea", "rectal_bleeding", "mucus_in_stool"},
     {"haemoptysis"}),
    ("coughing up blood and mucus", {"haemoptysis"}, {"rectal_bleeding"}),
    ("sore throat 2 weeks, big lumps in my neck", {"swollen_lymph_nodes"}, {"goitre"}),
    ("swollen glands in my groin", {"inguinal_lymphadenopathy"}, set()),
    ("he's been drinking loads and weeing constantly", {"excessive_thirst", "urinary_frequency"}, {"heavy_drinking"}),
    ("Did my back in lifting paving slabs", {"low_back_pain"}, set()),
    ("Found a tick on the back of my knee and pulled it off", {"tick_bite"}, set()),
    ("little painful white ulcers inside my cheek and on my tongue", {"mouth_ulcers"}, {"sore_smooth_tongue"}),
    ("Right ear has gradually gone muffled", {"hearing_loss"}, set()),
    ("My jaw is swollen on both sides just in front of my ears", {"swollen_parotid"}, set()),
])
def test_readings_from_the_misses_of_sets_p_s_and_t(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # what a first-person question asks about is not stated ...
    ("I have bursitis in one arm, the other arm also hurting, can it be high blood pressure?", set(),
     {"hypertension_history"}),
    ("Do you think I have a fever?", set(), {"fever"}),
    ("I had one of my ovaries removed, could I be infertile?", set(), {"infertility"}),
    # ... but a danger sign stays, a carer's question keeps it, and a question about a cause keeps the symptom
    ("Could this be active suicidal ideation?", {"suicidal_thoughts"}, set()),
    ("Is he having a seizure?", {"seizure"}, set()),
    ("do you think i have chest pain from my heart?", {"chest_pain"}, set()),
])
def test_a_first_person_question_states_nothing_but_a_danger_sign(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a back strain's story: the lifting, and the bottom of the back (was a heard pop and nothing else)
    ("helping my brother in law move a sofa up three flights of stairs and I felt something go in my lower back",
     {"heavy_lifting", "low_back_pain"}, set()),
    ("It's across the bottom of my back, bit worse on the right", {"low_back_pain"}, set()),
    ("no pain at the bottom of my back", set(), {"low_back_pain"}),
    ("there's a boil at the base of my spine", {"painful_lump_natal_cleft"}, {"low_back_pain"}),
    ("started after moving a wardrobe", {"heavy_lifting"}, set()),
    ("dont fancy any food and temp is 37.8", {"low_grade_fever"}, set()),
])
def test_a_back_strains_story(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent, denied", [
    # bladder and bowels said to be normal: their trouble denied
    ("no pain down my legs, wee and poo normal", set(), set(), {"bladder_bowel_dysfunction"}),
    ("waterworks and bowels are totally normal", set(), set(), {"bladder_bowel_dysfunction"}),
    ("no problems with my bladder or bowels", set(), set(), {"bladder_bowel_dysfunction"}),
    ("peeing and pooing fine", set(), {"bladder_bowel_dysfunction"}, {"bladder_bowel_dysfunction"}),
])
def test_bladder_and_bowels_said_to_be_normal(ex, text, present, absent, denied):
    read_as(ex, text, present, absent)
    assert all(states(ex, text).get(f) is False for f in denied)


@pytest.mark.parametrize("text, present, absent", [
    # a twelfth blind set (fresh_notes_u, 2026-12-04): each both ways
    ("这几天一直在想吃药一了百了，我已经偷偷攒了一瓶安眠药，放在抽屉里", {"suicidal_thoughts", "access_to_means"}, set()),
    ("觉得活着没什么意思", {"suicidal_thoughts"}, set()),
    ("做个手术一了百了", set(), {"suicidal_thoughts"}),
    ("The head of my penis is red, sore and itchy under the foreskin", {"red_sore_glans", "vaginal_or_genital_itch"},
     {"headache"}),
    ("my head is sore", {"headache"}, set()),
    ("Hi all, bit of a weird one. 24M, fairly fit", set(), {"head_injury"}),
    ("24M fell off bike, HI, no LOC", {"head_injury"}, set()),
    ("Bit itchy when I'm sweaty", {"generalised_itching"}, {"vaginal_or_genital_itch"}),
    ("my bits are itchy", {"vaginal_or_genital_itch"}, set()),
    ("they're glued shut with yellow gunk when I wake up", {"eye_discharge"}, set()),
    ("a big bright red blotch covering the white of my left eye", {"red_patch_white_of_eye"}, {"rash"}),
    ("red blotches all over his tummy", {"rash"}, {"red_patch_white_of_eye"}),
    ("loads of pale patches on my chest that don't tan", {"discoloured_skin_patches"}, {"pallor"}),
    ("she looks pale and tired", {"pallor"}, {"discoloured_skin_patches"}),
    ("I've lost my sense of smell and taste completely", {"loss_of_smell", "loss_of_taste"}, set()),
    ("I can smell and taste fine", set(), {"loss_of_smell", "loss_of_taste"}),
    ("productive cough, rusty sputum 4/7", {"discoloured_sputum"}, set()),
    ("a sharp pain on the right when I breathe in", {"pleuritic_chest_pain"}, set()),
    ("sudden really bad pain in my left ball woke me up. its swollen and seems higher up than the other one",
     {"sudden_testicular_pain", "high_riding_testis"}, set()),
    ("pain in the ball of my foot", set(), {"testicular_pain_swelling", "sudden_testicular_pain"}),
    ("my left knee seems higher up than the other one", set(), {"high_riding_testis"}),
    ("Rolled my ankle landing badly at netball", {"fall_or_injury", "ankle_pain"}, set()),
    ("昨天早上醒来突然发现右耳听不见了，右耳嗡嗡响，还有堵塞感", {"sudden_hearing_loss_one_ear", "tinnitus", "ear_fullness"},
     set()),
    ("鼻子有堵塞感", set(), {"ear_fullness"}),
    ("今天早上起来我和老公孩子都头疼得厉害", {"sick_contact", "headache"}, set()),
    ("家里人都特别着急", set(), {"sick_contact"}),
    ("医生我怀孕9周了。今天上厕所发现内裤上有一点点褐色的分泌物，有点腰酸", {"pregnancy_bleeding", "low_back_pain"}, set()),
    ("月经前几天内裤上有一点褐色的分泌物", set(), {"pregnancy_bleeding"}),
    ("因为牙疼吃了三天头孢，今天早上发现身上起了很多红色的小疹子", {"recent_antibiotic_use", "rash_after_new_drug"}, set()),
    ("昨晚在卧室里烧了一盆炭取暖，门窗都关着", {"co_exposure_source"}, set()),
])
def test_everyday_phrasings_from_the_twelfth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, denied", [
    ("Nothing behind the ear swollen.", "postauricular_swelling"),
    ("I can pull the foreskin back and forward fine", "retracted_foreskin_stuck"),
])
def test_a_part_said_to_be_fine_denies_its_finding(ex, text, denied):
    assert states(ex, text).get(denied) is False


@pytest.mark.parametrize("text, finding", [
    ("血糖38.6mmol/L", "high_blood_glucose"), ("随机血糖42mmol/L", "high_blood_glucose"),
    ("glucose 38.6", "high_blood_glucose"), ("glucose 50", "low_blood_glucose"), ("血糖2.8", "low_blood_glucose"),
])
def test_a_glucose_in_mmol_is_never_read_as_mg(ex, text, finding):
    """A Chinese note's 血糖 is mmol/L, and a decimal glucose is mmol/L: 血糖38.6 was read as a low sugar (38.6 mg/dL)
    in a hyperosmolar crisis."""
    assert states(ex, text).get(finding) is True


@pytest.mark.parametrize("text, present, absent", [
    # a thirteenth blind set (fresh_notes_v, 2026-12-04): each both ways
    ("diarrhoea 6-8 times a day, and most of the time there's blood and a sort of slimy mucus mixed in",
     {"rectal_bleeding", "mucus_in_stool"}, {"haemoptysis"}),
    ("coughing up blood and mucus", {"haemoptysis"}, {"rectal_bleeding"}),
    ("foot isn't numb or cold, toes move fine", set(), {"tingling_feet"}),
    ("My lower left leg has gone red, hot and swollen and it's spreading - I drew round it with a pen yesterday and "
     "it's gone past the line today.", {"spreading_red_warm_skin"}, set()),
    ("thick yellow-green discharge from my penis", {"urethral_discharge"}, {"frothy_yellow_green_discharge"}),
    ("sure I'm going to die or pass out", {"dizziness"}, {"fainting"}),
    ("I was out walking about and passed out", {"fainting"}, set()),
    ("a wave of terror that fades within half an hour", set(), {"wheals_fade_within_day"}),
    ("hives that fade within a few hours", {"wheals_fade_within_day"}, set()),
    ("主诉：右足第一跖趾关节红肿热痛1天。局部红肿发热，血尿酸562μmol/L", {"skin_warmth"}, {"fever", "haematuria"}),
    ("小便有血尿", {"haematuria"}, set()),
    ("每次月经第一天小肚子疼得厉害", {"painful_periods"}, set()),
    ("诊所开了阿莫西林，吃到第五天身上开始起红疹子", {"recent_antibiotic_use", "rash_after_new_drug"}, set()),
    ("右下最里面的智齿只长出来一半，这几天那块牙龈肿了，嘴里有股臭味", {"toothache", "gum_swelling", "bad_breath"}, set()),
    ("三天前拔了左下边的智齿", {"recent_tooth_extraction"}, {"toothache"}),
    ("48M ~1L vodka/day x5 yrs, stopped abruptly 36h ago", {"heavy_drinking", "stopped_drinking_recently"}, set()),
    ("red spots on his tummy yesterday that have turned into little blisters", {"vesicular_crops"}, set()),
    ("a red, circular rash that's got bigger each day, with a paler area in the middle like a target",
     {"bullseye_rash"}, set()),
    ("a round red patch on my forearm that's slowly getting bigger", set(), {"bullseye_rash"}),
    ("I found fresh cuts on my 15 year old daughter's upper arms and thighs", {"self_harm_act"}, set()),
    ("My six year old cut himself with rusty nail", {"skin_break_wound"}, {"self_harm_act"}),
    ("felt my right shoulder pop out, it looks squared off", {"visible_deformity"}, set()),
    ("现病史：患者半年来自觉乏力、嗜睡，比别人怕冷", {"daytime_tiredness"}, {"drowsiness"}),
    ("近1天家属发现其嗜睡、反应迟钝", {"drowsiness"}, set()),
])
def test_everyday_phrasings_from_the_thirteenth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # more from the thirteenth blind set and the notes its rules moved
    ("Pain ++ despite codeine, worse on moving toes, tingling foot. Cast feels tight.",
     {"pain_out_of_proportion", "pain_on_passive_stretch", "tight_cast"}, set()),
    ("Over the last 4 days my legs have got weaker and weaker", {"leg_weakness"}, set()),
    ("双腿越来越没力气，走路不稳", {"leg_weakness", "unsteady_gait"}, set()),
    ("左手左脚没力气", {"one_sided_weakness"}, {"leg_weakness"}),
])
def test_a_cast_too_tight_and_legs_growing_weak(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, finding, read", [
    ("her poos are mucousy and loose, once with a streak of blood", "redcurrant_jelly_stool", False),
    ("his poo looks like red jelly", "redcurrant_jelly_stool", True),
    ("left eye woke up glued shut this morning with yellow sticky gunk, eye is red", "jaundice", False),
    ("the whites of his eyes are yellow", "jaundice", True),
    # (third session of 2026-12-04) a sinusitis's pain above the eyes, a child's drool beside mouth sores, a whoop
    ("blocked nose 10 days, pain in my cheeks and above my eyes worse when i bend over", "eye_pain", False),
    ("sudden pain in my right eye, blurred vision", "eye_pain", True),
    ("家属代诉：患儿3岁，发热1天，嘴里有小泡，流口水，手心脚心有小红疹子", "drooling", False),
    ("孩子误喝了洗碗机清洁剂化开的水，嘴里起了泡，一直流口水", "drooling", True),
    ("coughing fits then she makes a whooping noise breathing in", "stridor", False),
    ("19F fainted in queue, LOC <30s, came round quickly", "loss_of_consciousness", True),
])
def test_the_red_flag_reader_on_an_infants_streak_of_blood_and_an_eyes_yellow_gunk(kb, text, finding, read):
    """A 3-month-old's mucousy stool with a streak of blood (cow's milk allergy) was redcurrant jelly, an emergency; an
    eye's 'yellow sticky gunk' jaundice."""
    from medmodel.paths import RED_FLAG_PHRASES
    reader = FindingExtractor(kb.with_red_flag_phrases(RED_FLAG_PHRASES, red_flags_only=True))
    assert any(m.finding == finding and m.present for m in reader.extract(text, every=True)) is read


@pytest.mark.parametrize("text, present, absent", [
    # a fourteenth blind set (fresh_notes_w, 2026-12-04): each both ways
    ("theres a few little purple spots on my legs that dont fade when i press a glass on them", {"non_blanching_rash"},
     set()),
    ("There's a purple rash that doesn't fade when I press a glass on it.", {"non_blanching_rash"}, set()),
    ("no spots that don't fade when pressed with a glass", set(), {"non_blanching_rash"}),
    ("Denies vesicles in crops or non-blanching petechial rash.", set(), {"non_blanching_rash"}),
    ("no cough, no fever, haven't coughed up blood, no leg pain", set(), {"haemoptysis"}),
    ("hasn't passed urine since this morning", {"reduced_urine_output"}, set()),
    ("headache that paracetamol hasn't touched, seeing flashing lights", {"flashing_lights"}, set()),
    ("haven't lifted anything heavy", set(), {"heavy_lifting"}),
    ("my heart is racing (118 on my watch at rest)", {"tachycardia"}, set()),
    ("Flew back from Thailand 4 days ago", {"immobility_long_travel"}, set()),
    ("she's been really muddled, didn't know what day it was, picking at the bedsheets and talking to people who "
     "aren't there, dozy in the day", {"confusion", "restlessness", "hallucinations", "drowsiness"}, set()),
    ("went shaky sweaty and a bit muddled, meter said 2.9", set(), {"confusion"}),
    ("words were coming out muddled", {"slurred_speech"}, {"confusion"}),
    ("I can hear people talking about me through the walls. my phone has been hacked by the police",
     {"hallucinations", "delusions"}, set()),
    ("Dull band-like pressure across my forehead, like a tight hat", {"band_like_headache"}, set()),
    ("no blood running down the back of my throat", set(), {"bloody_diarrhoea", "blood_down_throat"}),
    ("有的已经变成透明的小水泡，特别痒", {"vesicular_crops"}, set()),
    ("结了一层黄色像蜂蜜一样的痂", {"honey_crusted_sores"}, set()),
    ("今天鼻塞流涕，闻东西没味道了", {"loss_of_smell"}, set()),
    ("little wiggly lines on my fingers, itchy at night", {"skin_burrows"}, set()),
    ("just doesn't want to put full weight on it", set(), {"weight_gain"}),
    ("I've put on weight", {"weight_gain"}, set()),
    ("cut my hand on a broken glass, its gaping open", {"gaping_wound"}, set()),
])
def test_everyday_phrasings_from_the_fourteenth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a fifteenth blind set (fresh_notes_x, 2026-12-04): each both ways
    ("the vision in my left eye just went, within seconds, everything grey-black, no pain at all",
     {"sudden_vision_loss"}, set()),
    ("Weirdly it gets better when I exercise and worse when I rest", set(), {"exertional_chest_pain"}),
    ("central CP on exertion x 3/52, tight, eases w rest <5 min", {"exertional_chest_pain"}, set()),
    ("got a sudden headache at the back of my head like being hit with a bat, worst ever, went from nothing to 10/10",
     {"thunderclap_headache"}, {"head_injury"}),
    ("I fell off my bike and hit my head", {"head_injury"}, set()),
    ("cough cough cough till i cant breathe then this big whooping gasp when i breathe in",
     {"paroxysmal_cough_whoop"}, {"shortness_of_breath", "severe_breathlessness"}),
    ("burning when i wee and going every 10 mins but only a dribble comes out", {"terminal_dribbling"}, {"drooling"}),
    ("Both my eyes get so itchy and watery every time I mow the lawn", {"itchy_eyes"}, {"generalised_itching"}),
    ("my 2 year old caught my eye with her fingernail this morning", {"eye_trauma"}, set()),
    ("He ate a lot of street food and drank the tap water there", set(), {"watery_eyes"}),
    ("crusty yellowy-brown sores round his nose and mouth, look like cornflakes", {"honey_crusted_sores"},
     {"mouth_ulcers"}),
    ("got back from visiting family in Ghana 2 weeks ago", {"recent_travel_tropics"}, set()),
    ("fevers where i shake uncontrollably then sweat buckets", {"rigors"}, set()),
    ("I started shaking, twitching, and moving around uncontrollably", set(), {"rigors"}),
    ("had a bad flu like thing 10 days ago", {"recent_viral_illness"}, set()),
    ("she's lost about 2 inches in height", {"height_loss"}, set()),
    ("Now she can't put any weight on that leg, it looks shorter than the other", {"shortened_externally_rotated_leg"},
     {"height_loss"}),
    ("今天早上起床发现右耳突然听不清了", {"sudden_hearing_loss_one_ear"}, set()),
    ("昨天开始身上起小红点，今天变成一个个小水疱", {"vesicular_crops"}, set()),
    ("耳朵后面和脖子后面摸到好几个小疙瘩", {"swollen_lymph_nodes"}, set()),
])
def test_everyday_phrasings_from_the_fifteenth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # real questions of the development set (real_dev), 2026-12-04
    ("I wake up at night gasping for breath", {"paroxysmal_nocturnal_dyspnoea"}, set()),
    ("我姐姐家的孩子最近老是发烫，身上还起了好些皮疹，手和脚也有些水肿", {"swollen_red_hands_feet", "fever"}, set()),
    ("4M fever 6/7, red cracked lips, strawberry tongue, swollen hands + feet", {"swollen_red_hands_feet"}, set()),
    ("I have been having severe chest pains, irregular heart beat, swelling of the hands, legs and feet", set(),
     {"swollen_red_hands_feet"}),
    ("怀孕32周，手脚都肿了，头疼", set(), {"swollen_red_hands_feet"}),
])
def test_night_breathlessness_and_a_childs_swollen_hands_and_feet(ex, text, present, absent):
    """Kawasaki disease's red swollen hands and feet are a child's: an adult's swollen hands and feet (heart failure,
    pregnancy) are no sign of it."""
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a Q&A-style blind set (fresh_notes_z, 2026-12-04): each both ways
    ("bright red blood in toilet bowl after passing stool, some soft lump comes out and goes back in by itself",
     {"rectal_bleeding", "anal_lump"}, set()),
    ("hand shaking when resting, goes away when he picks something up", {"tremor"}, {"exertional_chest_pain"}),
    ("chest pain on exertion, eases with rest", {"exertional_chest_pain"}, set()),
    ("Constant room spinning for 2 days, cant walk straight", {"vertigo", "unsteady_gait"}, set()),
    ("my father 75 hasnt passed urine since morning, lower belly swollen and painful, he has prostate problem",
     {"urinary_retention"}, set()),
    ("hasn't passed urine since this morning, very thirsty", {"reduced_urine_output"}, {"urinary_retention"}),
    ("I see tiny white things stuck to hair near the ears that dont brush off", {"lice_or_nits_seen"},
     {"hallucinations"}),
    ("i keep thinking everyone would be better off without me and have been looking up ways",
     {"suicidal_thoughts", "suicide_plan"}, set()),
    ("I've been looking up ways to lose weight", set(), {"suicide_plan"}),
    ("7 weeks pregnant, vomit once in morning, can eat crackers and drink water ok", {"vomiting"}, {"morning_drinking"}),
    ("painful red bump on edge of upper eyelid", {"eyelid_lump"}, set()),
    ("孩子耳朵下面肿了，张嘴吃东西疼，发烧", {"swollen_parotid", "fever"}, set()),
    ("孩子手指上长个硬疙瘩，表面粗糙像菜花", {"skin_wart"}, set()),
    ("感冒吃头孢第三天，前胸后背起了很多红点点连成片，痒", {"rash_after_new_drug"}, set()),
    ("胳膊肘窝和腿弯那里老起红疹子，痒得晚上睡不好", {"flexural_eczema"}, set()),
])
def test_everyday_phrasings_from_a_question_style_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


def test_a_red_blotch_after_the_white_of_the_eye(ex):
    read_as(ex, "the white of my left eye has a bright red blotch of blood on it", {"red_patch_white_of_eye"}, {"rash"})


@pytest.mark.parametrize("text, present, absent", [
    # a blind set of urgent presentations in understated words (fresh_notes_aa, 2026-12-04): each both ways
    ("I haven't even passed wind since yesterday. My tummy's blown up like a balloon",
     {"absolute_constipation", "abdominal_distension"}, {"flatulence"}),
    ("lots of wind and bloating", {"flatulence"}, {"absolute_constipation"}),
    ("Twisted my knee skiing, heard a pop and it swelled up like a balloon within an hour", {"joint_swelling"},
     {"abdominal_distension"}),
    ("I get a pressure in the middle of my chest", {"chest_tightness"}, set()),
    ("I took about 20 of my mum's amitriptyline last night", {"overdose_ingestion"}, set()),
    ("took 2 of my paracetamol for the headache", set(), {"overdose_ingestion", "paracetamol_overdose_ingestion"}),
    ("gripey pain low down on the left side for three days", {"left_lower_quadrant_pain"}, set()),
    ("I've had the runs for about five weeks, and there's been blood and slime mixed in",
     {"diarrhoea", "rectal_bleeding", "mucus_in_stool"}, {"haemoptysis"}),
    ("The wife says I'm a bit muddled this morning", {"confusion"}, set()),
    ("went shaky sweaty and a bit muddled after 5-a-side", set(), {"confusion"}),
    ("干着干着人就迷糊了，说话颠三倒四，皮肤烫手，也没怎么出汗", {"confusion", "hot_dry_skin"}, set()),
    ("前天早上起来右耳突然听不太清了，嗡嗡响", {"sudden_hearing_loss_one_ear", "tinnitus"}, set()),
    ("I got this tearing pain right through my back between the shoulder blades", {"tearing_chest_back_pain"}, set()),
])
def test_everyday_phrasings_from_understated_urgent_notes_aa(ex, text, present, absent):
    read_as(ex, text, present, absent)


def test_a_reader_runs_only_the_rules_of_its_own_findings_and_reads_the_same(kb):
    """The red-flag reader's knowledge base holds only the danger signs: the everyday rules for other findings place
    nothing there, so they are not run (issue 16: ~0.4 ms of each note's 1.0 ms in that reader). The same mentions
    with every rule run, on every evaluation note."""
    import csv
    from pathlib import Path

    from medmodel.everyday import (AFTER_LEXICON, AFTER_LEXICON_IN_NOTE, ALSO_READ, BEFORE_LEXICON, READ_AS_WORD,
                                   SAID_NORMAL)
    from medmodel.paths import RED_FLAG_PHRASES
    reader = FindingExtractor(kb.with_red_flag_phrases(RED_FLAG_PHRASES, red_flags_only=True))
    rules = reader._rules
    assert 0 < len(rules["before"]) < len(BEFORE_LEXICON) and 0 < len(rules["after"]) < len(AFTER_LEXICON)
    assert not rules["constipation"] and rules["overdose"]
    every = FindingExtractor(reader.kb)
    every.__dict__["_rules"] = {**{k: True for k, v in rules.items() if isinstance(v, bool)},
                                "before": BEFORE_LEXICON, "normal": SAID_NORMAL, "after": AFTER_LEXICON,
                                "as_word": READ_AS_WORD, "in_note": AFTER_LEXICON_IN_NOTE, "also": ALSO_READ}
    root = Path(__file__).resolve().parents[2] / "assets"
    texts = [r["text"] for f in sorted((root / "eval").glob("*.csv"))
             for r in csv.DictReader(f.open(encoding="utf-8")) if r.get("text")]
    assert len(texts) > 5000
    for text in texts:
        assert reader.extract(text, every=True) == every.extract(text, every=True), text


@pytest.mark.parametrize("text, present, absent", [
    # a sixteenth blind set (fresh_notes_ab, 2026-12-04): each read nothing, or the wrong finding
    ("Bleeding from L nostril this evening, about 10 minutes", {"nosebleed"}, set()),
    ("started as a vague ache round my belly button yesterday, now its moved down to the bottom right",
     {"migrating_periumbilical_pain"}, set()),
    ("the rash moved to the lower right of my back", set(), {"migrating_periumbilical_pain"}),
    ("sliced my palm with a knife. its about 2cm long and gaping a bit", {"skin_break_wound", "gaping_wound"}, set()),
    ("found a tick on my knee. Now a red patch, slowly spreading, with a paler middle, like a target", {"bullseye_rash"},
     set()),
    ("red ring on my arm with a clearer middle, itchy", set(), {"bullseye_rash"}),     # a ringworm's: no tick, no woods
    ("三天前发现龟头上有一个硬硬的溃疡，边缘很清楚，一点都不疼", {"painless_genital_ulcer"}, set()),
    ("walked into a scaffold pole at work. Dazed, can't remember the walk back", {"amnesia_after_injury"}, set()),
    ("sharp pain at the left side of my breastbone, pressing it makes it hurt", {"chest_pain", "chest_wall_tenderness"},
     set()),
    ("my ankle hurts when I press on that spot", set(), {"chest_wall_tenderness"}),
    ("a soft lump that pops out when i go and then goes back in", {"anal_lump"}, set()),
    ("乙肝二十多年，最近肚子越来越大，裤子都扣不上了", {"abdominal_distension"}, {"obesity"}),
    ("平时爱喝酒、吃得晚，肚子越来越大", {"obesity"}, {"abdominal_distension"}),
    ("一阵热从胸口往脸上冲，出一身汗，月经这半年乱了", {"hot_flushes", "irregular_periods"}, set()),
    ("天旋地转，走路往一边倒", {"unsteady_gait"}, set()),
    ("早上倒开水烫到左手背了，起了大水泡", {"burn_injury"}, set()),
    ("额头很烫", {"fever"}, {"burn_injury"}),
    ("sore throat, temp on and off, coughing", {"fever", "cough"}, set()),
    ("hurts more when I walk or cough", set(), {"cough"}),
    ("sometimes i see wiggly shiny lines for 20 mins before the headache", {"visual_aura"}, {"skin_burrows"}),
    ("itchy rash between my fingers. there are little wiggly lines on my fingers??", {"skin_burrows"}, set()),
    ("feet numb, both sides the same, burning electric-shock pain in my soles", {"burning_feet"},
     {"symmetrical_small_joint_pain", "electric_shock_facial_pain"}),
    ("electric shock pain in my cheek when I brush my teeth", {"electric_shock_facial_pain"}, set()),
    ("tonsils not swollen, neck glands not tender", set(), {"swollen_lymph_nodes"}),
    ("glands in my neck are up and sore", {"swollen_lymph_nodes"}, set()),
    ("itchy round there. been constipated since starting iron tablets", {"constipation"}, {"rash_after_new_drug"}),
    ("going for a poo feels like passing broken glass", {"anal_pain"}, set()),
])
def test_everyday_phrasings_from_the_sixteenth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a seventeenth blind set (fresh_notes_ac, 2026-12-04: notes heavy with history, medicines and allergies)
    ("Allergy: codeine (vomiting). 2 episodes collapse today", set(), {"vomiting", "atopy_history"}),
    ("allergies: penicillin - rash", set(), {"rash", "atopy_history"}),
    ("allergic to amoxicillin - now a rash all over since yesterday", {"rash"}, set()),
    ("Allergy: penicillin (lip swelling). Now vomiting since last night", {"vomiting"}, {"lip_tongue_swelling"}),
    ("lips swelling up now, allergic to penicillin", {"lip_tongue_swelling"}, set()),
    ("has allergies and hay fever", {"atopy_history"}, set()),
    ("NKDA, vomiting x3", {"vomiting"}, set()),
    ("sudden sharp pain in her back, it hurts to turn over in bed", set(), {"positional_vertigo"}),
    ("room spins when i turn over in bed", {"positional_vertigo"}, set()),
    ("辅助检查：ALT 1680U/L，AST 1120U/L，PTA 72%。", set(), {"amnesia_after_injury"}),
    ("PTA 10 mins after the fall", {"amnesia_after_injury"}, set()),
    ("查体：皮肤巩膜中度黄染，肝区叩痛", {"jaundice"}, {"pain_on_biting"}),
    ("既往史：高血压3年。过敏史：否认。", set(), {"atopy_history"}),
    ("过敏史：无", set(), {"atopy_history"}),
    ("大腿根那里长了一片红的，像一个圈往外扩，中间颜色淡一些", {"ring_shaped_rash"}, set()),
    ("Got gout, started allopurinol 3 weeks ago. 4 days ago I got an itchy red spotty rash", {"rash_after_new_drug"},
     set()),
    ("started amoxicillin 2 days ago for a chest infection, no rash, still coughing", set(), {"rash_after_new_drug"}),
    ("突然胸口正中压着痛，像块大石头压在上面，还往左胳膊和下巴窜，出了一身冷汗", {"crushing_chest_pain",
                                                                "radiating_arm_jaw_pain"}, set()),
    ("脖子疼，往左胳膊窜，手指发麻", set(), {"radiating_arm_jaw_pain", "crushing_chest_pain"}),
])
def test_everyday_phrasings_from_the_seventeenth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # an eighteenth blind set (fresh_notes_ad, 2026-12-04)
    ("feel like death. headache, been sick, bending my neck hurts, light kills my eyes, little purple spots on my legs",
     {"neck_stiffness", "photophobia", "non_blanching_rash"}, set()),
    ("purple spots on my shins, otherwise well, on aspirin", set(), {"non_blanching_rash"}),   # no illness: a bruise's
    ("Nan is 86. breathing quicker than normal, hands cold and blotchy, no wee since last night",
     {"rapid_breathing", "mottled_skin", "reduced_urine_output"}, set()),
    ("a red blotchy rash on my arms", set(), {"mottled_skin"}),
    ("he hears them talking about him through the wall, convinced the neighbours have put cameras in his room",
     {"hallucinations", "delusions"}, {"hearing_loss"}),
    ("my hearing is bad, I can't hear people talking in the pub", {"hearing_loss"}, {"hallucinations"}),
    ("fell asleep in my contacts 2 nights, cant look at light", {"contact_lens_wear", "photophobia"}, set()),
    ("big toe nail digging into the side, red swollen", {"toe_nail_pain"}, set()),
    ("Constant spinning 2 days. Can walk with help", {"unsteady_gait"}, set()),
    ("itchy spots, some are little blisters and some have crusted over", {"vesicular_crops"}, set()),
    ("59F L leg cold, pale, painful 3h", {"cold_pale_limb"}, set()),
    ("身上烫得吓人，反而不出汗了", {"hot_dry_skin"}, set()),
    ("屋里烧炉子取暖，门窗都关着，一家人都头疼", {"co_exposure_source"}, set()),
    ("手肘和膝盖上有厚厚的红斑，上面一层银白色的皮", {"silvery_scales"}, set()),
    ("后背和胸口一片片的白斑，有细细的皮屑", {"discoloured_skin_patches"}, set()),
    ("上腹部痛得厉害，往后背串", {"pain_radiating_to_back"}, set()),
    ("Is it an allergy to the antibiotic?", set(), {"atopy_history"}),
    # one leg's swelling said with its pain (a DVT's: the lexicon read only the pain in 22 of 33 notes of one)
    ("pain and swelling in my left calf since the flight", {"calf_pain", "unilateral_leg_swelling"}, set()),
    ("my left calf is swollen and painful", {"unilateral_leg_swelling"}, set()),
    ("left leg swollen and sore", {"unilateral_leg_swelling"}, set()),
    ("I have severe pain and swelling in my buttock, groin,thigh and calf?", {"unilateral_leg_swelling", "calf_pain"},
     set()),
    ("both legs swollen and sore", set(), {"unilateral_leg_swelling"}),
    # a sprain's pain on moving is no compartment syndrome's pain on passive stretch (a teenager's wrist was an emergency)
    ("sprained my wrist falling off my skateboard, it's swollen and hurts to move, can still move my fingers", set(),
     {"pain_on_passive_stretch"}),
    ("leg in plaster, moving my toes is agony", {"pain_on_passive_stretch"}, set()),
    ("headache every morning for 3 months, worse lying down and coughing, vomited", {"headache"}, {"cough"}),
    ("cough worse at night and coughing up green phlegm", {"cough", "discoloured_sputum"}, set()),
])
def test_everyday_phrasings_from_the_eighteenth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a nineteenth blind set, in Chinese (fresh_notes_ae, 2026-12-04)
    ("儿子两岁半 这两天眼睛红红的但是没眼屎 嘴唇红得干裂出血 身上起了一片片红疹子 今天发现手脚有点肿",   # spaces as commas:
     {"red_eye", "red_cracked_lips", "rash", "swollen_red_hands_feet"}, set()),          # the 没 denies its clause
    ("孩子两岁 咳嗽声音特别怪 跟小狗叫似的 吸气的时候能听见嗓子里有呼呼的声音", {"barking_cough", "stridor"}, set()),
    ("呼气的时候有呼呼声", set(), {"stridor"}),
    ("一阵一阵的咳，咳完吸气的时候有鸡叫一样的声音", set(), {"stridor"}),
    ("右边腰上到肚子这一圈疼 起了一片红疙瘩 上面是一串串的小水泡 就长一边 不过中间", {"dermatomal_rash"}, set()),
    ("大姨妈晚了快十天 今天下午左边小肚子一阵一阵地疼", {"missed_period", "lower_abdominal_pain"}, set()),
    ("右边胸口突然像针扎一下 然后就一直疼 吸气越深越疼", {"chest_pain", "pleuritic_chest_pain"}, set()),
    ("身上起一块一块的红疙瘩 像被蚊子咬了连成一片 嘴巴不肿 喘气正常", {"hives"},
     {"mosquito_bites", "shortness_of_breath"}),
    ("昨天开始嗓子有点干痒 今天鼻子堵", {"sore_throat"}, {"dry_itchy_skin"}),
    ("嘴里老是长白色的小烂点，疼得吃不了饭", {"mouth_ulcers"}, set()),
    ("下楼梯踩空了 右脚往里一崴 脚脖子外边肿了个包", {"fall_or_injury", "ankle_swelling"}, set()),
    ("尿糖(++)，尿酮体(-)。", set(), {"raised_ketones"}),
    ("尿酮体(+++)", {"raised_ketones"}, set()),
])
def test_everyday_phrasings_from_the_nineteenth_blind_set(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a clinician's own tries (2026-12-04, third session): a Chinese record's drug allergy, a place called "the back",
    # a mouth that will barely open
    ("咳嗽三天，有痰，不发烧。过敏史：青霉素过敏", {"cough", "productive_cough"}, {"atopy_history"}),
    ("过敏史：磺胺类药物过敏（荨麻疹）", set(), {"atopy_history", "hives"}),
    ("青霉素过敏（皮疹）。咽痛发热3天", {"sore_throat", "fever"}, {"rash"}),
    ("头孢过敏（现在全身起皮疹）", {"rash"}, set()),                       # a reaction now is read
    ("过敏史：花粉过敏", {"atopy_history"}, set()),                           # pollen is an atopy
    ("Wisdom tooth at the back really sore, gum swollen over it, can barely open my mouth, bad taste in my mouth",
     {"gum_swelling", "trismus", "bad_taste_mouth"}, {"low_back_pain"}),
    ("wrist looks a bit bent, like the back of a fork, really sore", set(), {"low_back_pain"}),
    ("my back is really sore and stiff", {"low_back_pain"}, set()),
    ("pain in my right side at the back, temperature of 38.6", {"flank_pain", "fever"}, {"low_back_pain"}),
    ("嘴巴张不大，只能张开两指", {"trismus"}, set()),
    # a twentieth and twenty-first blind set (fresh_notes_ah, fresh_notes_ai)
    ("家属代诉：患儿3岁，发热1天，嘴里有小泡，不愿吃饭，流口水，手心脚心有小红疹子", {"mouth_ulcers", "hand_foot_mouth_rash"},
     {"drooling", "rash_palms_soles"}),
    ("孩子误喝了洗碗机清洁剂化开的水，嘴里起了泡，一直流口水", {"drooling"}, set()),   # a caustic drink: the drool stays
    ("toddler 2 has little blistery spots on her palms and soles of her feet and sore ulcers in her mouth",
     {"hand_foot_mouth_rash", "mouth_ulcers"}, {"rash_palms_soles"}),
    ("red spots on his palms and soles, not itchy, had a sore on my penis last month", {"rash_palms_soles"},
     {"hand_foot_mouth_rash"}),
    ("had a tummy bug 2 weeks ago, now my feet and legs feel heavy and tingly and its creeping up",
     {"ascending_weakness"}, set()),
    ("pins and needles in both feet creeping up towards my ankles", {"tingling_feet"}, {"ascending_weakness"}),
    ("my toddler pulled a cup of tea over his arm, skin red and blistered", {"burn_injury", "blisters"}, set()),
    ("knocked over my drink", set(), {"burn_injury"}),
    ("few days after starting new epilepsy tablets lamotrigine, skin peeling, blisters, mouth and eyes really sore",
     {"mucosal_blistering", "skin_peeling"}, set()),
    ("mouth and eyes really sore", set(), {"mucosal_blistering"}),                      # no blister or peeling
    ("small cut on my leg from gardening yesterday, now pain is unbearable way worse than it looks, skin going purple",
     {"pain_out_of_proportion", "dusky_skin_bullae", "skin_break_wound"}, set()),
    ("my son 17 broke his shin playing rugby, in a cast, pain getting worse and worse even with morphine",
     {"fall_or_injury", "pain_out_of_proportion"}, set()),
    ("my 14 yr old, coughing fits then she makes a whooping noise breathing in", {"paroxysmal_cough_whoop"}, {"stridor"}),
    ("3 month old, loads of reflux and sick, mucusy green poos with little streaks of blood", {"rectal_bleeding"},
     {"green_vomit"}),
    ("he was sick, green", {"green_vomit"}, set()),
    ("went over on it at netball, swollen on the outside like a tennis ball", {"fall_or_injury", "ankle_bruising_swelling"},
     set()),
    ("blood pouring out my nose for 10 mins", {"nosebleed"}, {"heavy_bleeding_soaking_pads"}),
    ("D&V 1/7, partner same, tolerating fluids", {"diarrhoea", "vomiting"}, set()),
    ("no N/V", set(), {"nausea", "vomiting"}),
    ("both eyes red but no gunk, lips red and cracked, tongue looks like a strawberry", {"red_cracked_lips",
                                                                                        "strawberry_tongue"}, set()),
    ("no fever, cough or rash", set(), {"fever", "cough", "rash"}),
    ("No lockjaw, difficulty getting food down or dribbling saliva", set(), {"difficulty_swallowing", "drooling"}),
    ("ECG STE II, III, aVF w reciprocal depression I/aVL", set(), {"low_mood"}),
    ("On naproxen for knee OA", {"nsaid_use"}, set()),
    ("2 yr old wont walk at all, hip area feels hot, temp 39.2", {"inability_to_bear_weight", "hot_red_joint"}, set()),
    ("im 31 weeks and been getting tightenings every 5 or 6 mins", {"contractions"}, set()),
    ("seeing people in the room who arent there", {"hallucinations"}, set()),
    ("3天来突然糊涂，白天嗜睡，晚上吵闹，说看见房间里有人，时好时坏", {"fluctuating_confusion", "restlessness",
                                                                   "hallucinations"}, set()),
    ("脚底后跟按着疼，时好时坏的", set(), {"fluctuating_confusion"}),                   # ups and downs of any complaint
    ("now a red ring about the size of my palm spreading out from it, clearing in the middle. tick bite last week",
     {"bullseye_rash"}, {"spreading_red_warm_skin"}),
    ("chest pain, worse when i press on it or twist", {"chest_pain_on_movement"}, set()),
    ("high temps for 3 days. this morning temp gone and hes come out in pink spotty rash on tummy",
     {"rash_after_fever_settles"}, set()),
    # 感冒 named as the illness now is a cold's runny nose, as "having a cold" is in English
    ("怀上有四五个月，换季时不小心着凉感冒了，咳鼻塞", {"runny_nose", "cough", "nasal_congestion"}, set()),
    ("本来以为只是感冒了，就吃了一点儿感冒药", set(), {"runny_nose"}),
    ("生完宝宝一个多月，今天发烧38.5，浑身酸痛像感冒", set(), {"runny_nose"}),
    ("两周前感冒过，现在咳嗽", {"cough"}, {"runny_nose"}),
    ("嘴角上面起了一簇小水泡，每次感冒或者累着了就在同一个地方长", set(), {"runny_nose"}),
    ("肠胃感冒，拉肚子", set(), {"runny_nose"}),
    # a twenty-second blind set (fresh_notes_aj): the two ends of life
    ("孩子3岁，发烧39度两天，右边膝盖又红又肿又热，腿一直弯着不肯伸直", {"hot_red_joint", "unable_to_move_joint"}, set()),
    ("刚才拉桌布把一杯刚倒的热茶打翻了，泼在右手臂和胸口，起了几个水疱", {"burn_injury", "blisters"}, set()),
    ("孩子4个月，一咳就是一串，咳得脸通红发紫，最后吸气有“喔”的一声", {"paroxysmal_cough_whoop", "cyanosis"}, set()),
    ("万托林吸了4喷只好一点点，说话一句话要分两口气说，锁骨上面凹进去", {"severe_breathlessness", "chest_recession"},
     set()),
    ("零下好几度，身上冰凉，说话含糊，反应迟钝", {"slurred_speech"}, {"muffled_voice"}),
    ("嗓子疼得厉害，说话含糊像嘴里含着东西", {"muffled_voice"}, {"slurred_speech"}),
    ("pulling at his left ear, temp 38.6. No discharge from the ear, nothing swollen behind the ear.", {"ear_tugging"},
     {"postauricular_swelling"}),
    ("only sleeps about 5-6 hours and wakes at 5am every morning", {"early_waking"}, set()),
    ("Baby wakes up 5 times per night", set(), {"early_waking"}),
    ("89 yo M, no BO or flatus 3 days, abdo massively distended and tight, colicky pain",
     {"absolute_constipation", "abdominal_distension", "cramping_abdominal_pain"}, set()),
    ("not passing wind", {"absolute_constipation"}, set()),
    ("screaming fits every 15-20 min where he goes pale and draws his knees up. vomited 3 times, last one was greenish",
     {"excessive_crying", "drawing_up_legs", "green_vomit"}, set()),
    ("9 yo girl drinking loads, getting up 3 times at night to wee", {"excessive_thirst", "nocturia"}, {"heavy_drinking"}),
    ("I do not have to wake up at night to go to the toilet", set(), {"nocturia"}),
    ("Mum, 76, pulse 130 and all over the place", {"irregular_pulse"}, set()),
    ("on apixaban, 6cm flap skin tear, oozing", {"skin_break_wound"}, {"tearfulness"}),
    ("连续40度高温，家里舍不得开空调。皮肤滚烫发红，摸着很干，没怎么出汗", {"heat_exposure", "hot_dry_skin"}, set()),
    ("胃胀气恶心不打嗝不排气怎么办", set(), {"absolute_constipation"}),       # bloating's 不排气 is no obstruction
    ("这两天肚子一阵一阵绞痛，胀得老高，不放屁也不拉大便", {"absolute_constipation"}, set()),
    # a twenty-third blind set (fresh_notes_ak): forum questions
    ("三天前腿上蹭破了一点皮，现在整条小腿红肿发黑，比看起来疼得多，按上去有点像踩雪的咯吱感，发烧，人有点迷糊",
     {"skin_break_wound", "dusky_skin_bullae", "pain_out_of_proportion", "crepitus_under_skin", "fever", "confusion"}, set()),
    ("眼睛红了两天，早上起来眼屎黄黄的把眼睛粘住了", {"red_eye", "eye_discharge"}, set()),
    ("宝宝7个月，流口水特别多，体温37.3。是不是发烧了要吃药？", {"low_grade_fever"}, {"fever"}),   # asked, not said
    # a twenty-fourth blind set (fresh_notes_al): a long shorthand denial list carries past the items the reader does
    # not know ("CP", "HA") and its commas; "N&V" names the nausea too
    ("Denies fever, rigors, cough, SOB, CP, palps, HA, N/V, diarrhoea, dysuria, rash, joint pain, wt loss.", set(),
     {"fever", "cough", "palpitations", "nausea", "vomiting", "diarrhoea", "dysuria", "rash", "weight_loss"}),
    ("No passing little urine, a fit, queasiness or excessive hunger", set(), {"seizure", "nausea", "hunger"}),
    ("no fever, has a cough", {"cough"}, {"fever"}),
    ("58M central crushing CP radiating to L arm x40 min, sweaty, N&V", {"nausea", "vomiting"}, set()),
    ("孩子1岁半，打翻了刚烧开的水，右手背和前臂烫红了，起了好几个水泡", {"burn_injury", "blisters"}, set()),
    ("孕32周。规律下腹坠痛约每5分钟一次，持续30秒", {"contractions"}, set()),
])
def test_everyday_phrasings_from_a_clinicians_tries_of_the_third_session(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # the fourth session of 2026-12-04: blind sets AN (lay English), AR (children), AQ (older people), AP (Chinese)
    ("I had a water infection and now I'm shaking uncontrollably, I feel muddled, I've hardly peed today and my skin "
     "looks blotchy", {"rigors", "confusion", "reduced_urine_output", "mottled_skin"}, set()),
    ("came out in a blotchy red rash all over his skin", set(), {"mottled_skin"}),
    ("Felt dizzy, vision went grey, then LOC few seconds, no jerking, came round immediately",
     {"presyncope_warning", "loss_of_consciousness", "rapid_recovery"}, set()),
    ("red tender lump on the edge of her lower eyelid with a yellow head at the eyelash", {"eyelid_lump"}, set()),
    ("painful swelling at the top of his bum crack for 3 days", {"painful_lump_natal_cleft"}, {"anal_pain"}),
    ("pulled a cup of tea off the table onto her chest and arm", {"burn_injury"}, set()),
    ("formula fed, his poos are loose with mucus and sometimes streaks of blood", {"rectal_bleeding"}, {"haemoptysis"}),
    ("coughing up green phlegm with streaks of blood in it", {"haemoptysis", "discoloured_sputum"}, set()),
    ("cough, no streaks of blood in the phlegm", {"cough"}, {"haemoptysis"}),
    ("loose pale smelly poos that float and are hard to flush", {"pale_stools"},
     {"pallor", "hard_stools", "facial_flushing"}),
    ("tender boggy swelling & erythema behind L ear, pinna pushed forward", {"postauricular_swelling"}, {"joint_swelling"}),
    ("2yo refusing to weight bear, holding L hip flexed & externally rotated", set(),
     {"shortened_externally_rotated_leg"}),
    ("fell, right leg shortened and externally rotated", {"shortened_externally_rotated_leg"}, set()),
    ("3 yo bit into a dishwasher tablet and squirted some in his eye", {"chemical_splash_eye"}, set()),
    ("Sore just in front of the ankle bone but pressing on the bone itself doesn't hurt.", {"ankle_pain"},
     {"localised_bone_pain"}),
    ("Tonight went stiff then jerking all over for about 2 minutes, bit his tongue", {"seizure", "tongue_biting"}, set()),
    ("has been keeping back his oramorph and zopiclone just in case", {"access_to_means"}, set()),
    ("White furry stuff on my tongue and the roof of my mouth", {"white_patches_mouth"}, {"sore_smooth_tongue"}),
    ("Been bunged up since starting co-codamol, no poo for 6 days, tummy windy", {"constipation", "flatulence"},
     {"nasal_congestion", "belching"}),
    ("nose all bunged up and sneezing", {"nasal_congestion"}, {"constipation"}),
    ("itchy watery eyes, worse on sunny windy days", set(), {"flatulence", "belching"}),
    ("I haven't had any garbled speech or acute confusion", set(), {"confusion", "speech_difficulty"}),
    ("79F care home, T2DM, polyuria, BG 42, ketones 0.6", set(), {"low_blood_glucose"}),
    ("At lunchtime she suddenly went grey and clammy", {"cold_sweat"}, {"presyncope_warning"}),
    ("Talking to her sister who died years ago, one minute sleepy next minute agitated",
     {"hallucinations", "fluctuating_confusion"}, set()),
    ("headaches and feeling sick at home, better when we go out", {"better_away_from_home"}, set()),
    ("took the wrong week from her new blister pack", set(), {"blisters"}),
    ("went shaky sweaty and a bit muddled, meter said 2.9", {"low_blood_glucose"}, {"confusion"}),
    ("The wife says I'm a bit muddled this morning, chesty cough", {"confusion"}, set()),
    ("Finger prick 2.6", {"low_blood_glucose"}, set()),
    ("查体：HR 34次/分，律齐", {"slow_pulse"}, set()),
    ("心电图：心室率34次/分", {"slow_pulse"}, set()),
    ("HR 130bpm", {"tachycardia"}, set()),
    ("我觉得活着没意思，最近老想着一了百了，办法都想好了，药也攒了一些", {"suicidal_thoughts", "suicide_plan",
                                                      "access_to_means"}, set()),
    ("刚才通下水道，管道疏通剂溅到右眼里了", {"chemical_splash_eye"}, set()),
    ("右胫骨骨折，石膏托固定。口服及肌注止痛药无效，被动牵拉足趾时疼痛加剧，足背麻木，小腿张力极高",
     {"pain_out_of_proportion", "pain_on_passive_stretch", "leg_numbness_tingling", "tense_swollen_limb"}, set()),
    ("痛经越来越重，吃止痛药都不管用", {"painful_periods"}, {"pain_out_of_proportion"}),   # not beside an injury
    ("脖子肩膀也硬邦邦的，肌张力高", set(), {"tense_swollen_limb"}),
    ("鼻子下面长了小水泡，破了以后结了黄色的痂，像蜂蜜一样", {"honey_crusted_sores"}, set()),
    ("舌头上有一层白色的东西，像奶块一样，用棉签擦不掉，擦了下面红红的", {"white_patches_mouth"}, {"facial_flushing"}),
    ("两只眼睛都红，眼屎很多，不痛，看东西清楚", {"red_eye", "eye_discharge"}, {"eye_pain", "blurred_vision"}),
    ("右眼红痛，看东西有点模糊", {"blurred_vision"}, set()),
    ("起床的时候眼前发黑差点晕倒，大便黑色像柏油", set(), {"presyncope_warning"}),
    ("眼前发黑、出冷汗，随即倒地，约10秒后自行苏醒", {"presyncope_warning", "rapid_recovery"}, set()),
    ("黑便2天，站起来眼前发黑", {"melaena"}, {"presyncope_warning"}),   # a bleed's blood loss, no faint
    ("精神还可以，能吃能喝，不气喘", set(), {"shortness_of_breath"}),
    ("半夜右边肋骨下面剧痛", {"right_upper_quadrant_pain"}, set()),
    ("新冠抗原两道杠，嗓子刀割一样痛", {"sore_throat"}, set()),
    ("早上被孩子指甲划到左眼了", {"eye_trauma"}, set()),
    ("1周前因肺炎住院，静脉使用头孢曲松治疗。现每日水样便7-8次", {"recent_hospital_stay", "recent_antibiotic_use"}, set()),
    ("先是肚子上长了一个椭圆形的粉红色斑，后来前胸后背长了好多小的，斜着排的", {"herald_patch", "christmas_tree_rash"}, set()),
    ("左脚底有颗黑痣，最近半年明显变大，边缘不整齐，有时候会出血", {"changing_mole", "irregular_mole", "bleeding_mole"},
     set()),
    ("有房颤，医生让吃抗凝药我没吃", {"atrial_fibrillation_history"}, {"anticoagulant_use"}),
    ("Now L pinna pushed forward, tender boggy swelling & erythema behind L ear.", {"postauricular_swelling"}, set()),
    ("sudden cold pale painful L leg, no pulses", {"cold_pale_limb"}, set()),
    ("cutting forearms, superficial cuts, to cope w stress", {"self_harm_act"}, set()),
    ("Mrs J 86 has taken the whole week of her dosette box in 2 days", {"overdose_ingestion"}, set()),
    ("been taking her methotrexate DAILY instead of weekly", {"overdose_ingestion"}, set()),
    ("found next to empty amitriptyline packets, drowsy", {"overdose_ingestion", "drowsiness"}, set()),
    ("taking co-codamol 30/500 two tablets four times a day AND paracetamol 1g four times a day", {"staggered_overdose"},
     set()),
    ("took one co-codamol last night for my back", set(), {"staggered_overdose"}),
    ("fell asleep with hot water bottle on calf. 5cm blister, white leathery area", {"burn_injury"}, set()),
    ("uses a hot water bottle for her period pains", set(), {"burn_injury"}),
    ("Itchy red bumpy rash behind both ears where the new hearing aids sit", {"rash_at_contact_site"}, set()),
    ("20 min episode of L arm and leg numbness and clumsiness, fully resolved", {"one_sided_numbness"}, set()),
    ("shoulder pain, stiffness, cant lift arm, external rotation very limited", {"reduced_range_of_motion"},
     {"shortened_externally_rotated_leg"}),
    ("greasy yellowish flaky skin in his eyebrows and sides of nose", set(), {"jaundice"}),
    ("his skin and eyes have gone yellow", {"jaundice"}, set()),
    ("she hasn't had a poo or even passed wind since Tuesday", {"absolute_constipation"}, {"flatulence"}),
    ("He hasn't been able to pee at all for about 10 hours, keeps trying, just dribbles", {"urinary_retention"}, set()),
    ("severe pain in upper stomach going through to back", {"epigastric_pain", "pain_radiating_to_back"}, set()),
    ("pain at my right back side below the ribs", {"flank_pain"}, {"low_back_pain"}),
    ("I've been looking up how many of my sleeping pills it would take", {"suicide_plan"}, set()),
    ("took around 20 tablets of Crocin 500 three hours ago", {"paracetamol_overdose_ingestion"}, set()),
    ("Lost my footing getting out of the bath and went down against the edge of it", {"fall_or_injury"}, set()),
    ("We checked sugar on glucometer it showed 48", {"low_blood_glucose"}, set()),
    ("her tummy is really bloated and tight", {"abdominal_distension"}, set()),
    ("52M gout. NSAID allergy - angioedema. R big toe red hot swollen", {"big_toe_pain"}, {"lip_tongue_swelling"}),
    ("1小时前右眼突然无痛性视力丧失，仅存光感。眼底：视网膜苍白水肿", {"sudden_vision_loss"}, {"pallor"}),
    ("右腿疼到小腿，咳嗽打喷嚏更疼。两腿没有没劲。", set(), {"cough", "sneezing", "leg_weakness"}),
    ("两条腿没劲，走不动", {"leg_weakness"}, set()),
    ("最近半个月眼睛和皮肤越来越黄", {"jaundice"}, set()),
    ("今天一直吐，喘气又深又快，嘴里有股烂苹果的味道", {"deep_rapid_breathing", "fruity_breath"}, set()),
    ("脚大拇指那个关节痛得遭不住，红肿发亮", {"big_toe_pain", "hot_red_joint"}, set()),
    ("B超说右边卵巢有个5公分的囊肿。今天突然右下腹剧烈疼痛", {"known_ovarian_cyst", "right_lower_quadrant_pain"},
     {"deep_painful_nodules"}),
    ("饮白酒20余年，每日约半斤。3天前停酒，看到墙上有虫子爬", {"heavy_drinking", "stopped_drinking_recently",
                                                "hallucinations"}, set()),
    # (one hand's sudden weakness is FAST's arm, a TIA's one-sided weakness: read so since 2026-12-07, set ET)
    ("左手突然没劲，左边脸和手发麻，大概持续了15分钟，然后完全好了", {"one_sided_weakness", "one_sided_numbness",
                                                   "transient_neuro_symptoms"}, set()),
    ("因为痛风医生给开了别嘌醇，吃了大概两周，这三天身上开始起红疹子", {"rash_after_new_drug"}, set()),
    ("前几天测试纸两道杠", {"positive_pregnancy_test"}, set()),
    ("新冠抗原两道杠", set(), {"positive_pregnancy_test"}),
    ("屋里烧炕，门窗关得严严实实的", {"co_exposure_source"}, set()),
    ("右边后腰疼，敲一下疼得厉害", {"flank_pain", "cva_tenderness"}, set()),
    ("~1.5 bottles wine/day x15y", {"heavy_drinking"}, set()),
    ("嘴里好几个小溃疡不肯吃东西，今天手心、脚心和屁股上起了小红疹子和小水泡", {"hand_foot_mouth_rash", "mouth_ulcers"}, set()),
    ("宝宝2岁半，嘴里舌头上和上颚有好几个小溃疡，一直流口水，手心脚心出了小红点", {"hand_foot_mouth_rash"}, {"drooling"}),
    ("心跳得要蹦出来，喘不上气，手脚发麻，大概十几分钟就慢慢好了", set(), {"transient_neuro_symptoms"}),   # a panic attack
    ("体温正常，精神好，能吃能玩", set(), {"fever"}),
    ("腰疼，一直疼到左边屁股和大腿后面，小腿外侧麻，咳嗽打喷嚏更疼", {"low_back_pain", "back_pain_radiating_leg",
                                                "leg_numbness_tingling"}, {"cough", "sneezing"}),
    ("肚子疼到后背", {"pain_radiating_to_back"}, {"back_pain_radiating_leg"}),
    ("widespread morbilliform rash trunk+limbs day 9 of amoxicillin for sinusitis", {"rash_after_new_drug"}, set()),
    ("68M, 20 min episode L arm + hand weakness and slurred speech, fully resolved", {"one_sided_weakness"}, set()),
    ("每天拉肚子四五次，大便里带血带粘液（像鼻涕那样的）", {"rectal_bleeding", "mucus_in_stool"}, set()),
    ("流鼻涕带血丝", {"runny_nose"}, {"rectal_bleeding"}),
    ("17F, suddenly severe pain in right lower belly, vomiting. Had a cyst on scan last year.", {"known_ovarian_cyst"},
     set()),
    ("kidney cyst on scan last year, no symptoms", set(), {"known_ovarian_cyst"}),
    # sets AV and AW: danger in understated words
    ("whole family has had headaches. boiler service is overdue but the flame looks fine-ish (yellow)",
     {"co_exposure_source"}, set()),
    ("my right eye just went dark in a few seconds, like the lights off, can only see light now", {"sudden_vision_loss"},
     set()),
    ("30 weeks w/ first baby, period-type cramps coming and going every 10 mins or so", {"contractions"}, set()),
    ("period cramps every month, worse on day 1", set(), {"contractions"}),
    ("my 9yo is drinking loads and has started wetting the bed again", {"polyuria", "excessive_thirst"}, set()),
    ("stopped yesterday morning to prove he can. now shaking, says there are bugs crawling on the walls",
     {"stopped_drinking_recently", "hallucinations"}, set()),
    ("今天开始恶心吐，喘气又粗又深", {"deep_rapid_breathing"}, set()),
    ("早上起来左眼突然就黑了，基本看不见东西", {"sudden_vision_loss"}, set()),
    ("老太太在卫生间滑了一跤，右腿站不起来，右脚往外撇", {"fall_or_injury", "inability_to_bear_weight"}, set()),
    ("小腿被铁皮划了个小口子，有一块发紫发黑，比看起来的样子疼多了", {"skin_break_wound", "dusky_skin_bullae",
                                                "pain_out_of_proportion"}, set()),
    ("老妈三天没拉大便也没放屁，肚子胀得像鼓一样", {"absolute_constipation", "abdominal_distension"}, set()),
    ("我摸她脉搏很慢，一分钟三十几下", {"slow_pulse"}, set()),
    ("我妈吃了大半瓶艾司唑仑，现在叫她会哼两声", {"overdose_ingestion", "drowsiness"}, set()),
    # 无力 is weakness, not a denial of what follows it in a list ("四肢无力、心悸半天" read the palpitations denied)
    ("主诉：四肢无力、心悸半天。查血钾7.0mmol/L", {"muscle_weakness", "palpitations"}, set()),
    ("全身无力、头晕", {"dizziness"}, set()),
    ("无发热、咳嗽", set(), {"fever", "cough"}),
    ("从昨天下午到现在一滴尿都尿不出来，小肚子胀得像鼓一样", {"urinary_retention", "suprapubic_pain"},
     {"abdominal_distension"}),
])
def test_everyday_phrasings_from_the_fourth_session_of_2026_12_04(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # fifth session of 2026-12-04: seven blind sets (AY-BE) - families writing about a parent in Chinese, pregnancy,
    # atypical presentations, worried people, mental health, mixed Chinese and English
    ("is it meningitis??? did the glass test and it fades", set(), {"neck_stiffness"}),   # the disease named (stem)
    ("fever, stiff neck ?meningitis", {"neck_stiffness"}, set()),
    ("read about sudden deafness needing steroids, panicking", set(), {"sudden_hearing_loss_one_ear"}),
    ("been vomiting and pooing water all night, I feel like I'm going to die lol", {"vomiting", "watery_diarrhoea"},
     {"fear_of_dying"}),
    ("drinking water and pooing normally", set(), {"watery_diarrhoea"}),
    ("I feel like I'm going to die, my chest is crushing", {"fear_of_dying"}, set()),
    ("cystitis. I've got asthma and trimethoprim gave me a rash once", {"dysuria"} - {"dysuria"}, {"rash"}),
    ("started amoxicillin 3 days ago and the amoxicillin gave me a rash", {"rash"}, set()),   # no word of the past
    ("period pain. Can't take ibuprofen, it made my lips swell", {"painful_periods"}, {"lip_tongue_swelling"}),
    ("heartburn every night, burning up my chest into my throat", {"heartburn"}, {"fever"}),
    ("I've been burning up all night", {"fever"}, set()),
    ("sharp pain left side of chest when I twist or take a deep breath, after heavy bench press", set(),
     {"deep_rapid_breathing"}),
    ("the neighbours have put cameras in the smoke alarm", {"delusions"}, {"smoking"}),
    ("red painful lump on lower eyelid edge", {"eyelid_lump"}, set()),
    ("No thoughts of harming myself or ending my life, no plans", set(), {"suicidal_thoughts"}),
    ("no thoughts of self harm or suicide", set(), {"suicidal_thoughts"}),
    ("I want to end it all, no point", {"suicidal_thoughts"}, set()),
    ("I just don't want to be here anymore", {"suicidal_thoughts"}, set()),
    ("gave away his dog last week, 'you won't have to worry about me much longer'. a stockpile of morphine at home",
     {"suicide_plan", "suicidal_thoughts", "access_to_means"}, set()),
    ("been taking co-codamol AND panadol together, probably 12-14 tablets a day for 5 days", {"staggered_overdose"},
     set()),
    # Chinese: a family's words for an elderly parent (set AZ)
    ("外公83岁，今天早上起床的时候眼前一黑差点摔倒", set(), {"presyncope_warning", "fainting"}),
    ("先是恶心出汗眼前发黑，然后就软倒了，不到一分钟就醒了", {"presyncope_warning", "fainting", "rapid_recovery"}, set()),
    ("右边太阳穴那里一直痛，梳头碰到头皮都痛，吃饭嚼几口下巴就酸痛要停一停。昨天右眼有一会看东西发黑，几分钟后好了",
     {"new_temporal_headache", "scalp_tenderness", "jaw_claudication", "transient_vision_loss_one_eye"}, set()),
    ("晚上说床上有虫子爬，搞不清自己在哪", {"hallucinations", "confusion"}, set()),
    ("我奶奶5天没大便了，肚子有点胀，还能放屁", {"constipation"}, set()),
    ("奶奶88 不爱喝水 嘴巴干 尿很少颜色深", {"reduced_urine_output", "dark_urine", "dry_mouth"}, set()),
    ("吃了很多毛蚶和生腌", {"raw_shellfish"}, {"excess_hair_growth"}),
    ("两个肩膀和大腿根都酸痛僵硬，穿衣服胳膊抬不起来", set(), {"one_sided_weakness"}),
    ("自己吃了泰诺、感冒灵、还有白加黑，加上每天就吃扑热息痛", {"staggered_overdose"}, set()),
    ("只吃了泰诺，泰诺挺好", set(), {"staggered_overdose"}),
    ("一周的地高辛三四天就吃完了", {"overdose_ingestion"}, set()),
    ("类风湿吃了好几年强的松每天两片。上周她觉得副作用大自己一下全停了。", {"long_term_steroids", "missed_steroid_doses"},
     set()),
    ("开了复方新诺明，吃了五六天后身上开始起红疹子", {"rash_after_new_drug"}, set()),
    ("昨晚全家吃了冰箱里放了两天的剩菜，都开始吐、拉肚子", {"contaminated_food_water", "sick_contact", "vomiting",
                                         "diarrhoea"}, set()),
    ("想吐，没吐", {"nausea"}, {"vomiting"}),
    ("宝宝吐奶", set(), {"vomiting"}),
    ("最后吐出来一大口鲜红的血，后面还吐了些像咖啡渣一样的东西", {"haematemesis"}, set()),
    ("吐痰带血", set(), {"haematemesis"}),
    ("前天住院了医院不让喝", {"stopped_drinking_recently"}, set()),
    ("戒酒两年了，现在胃痛", set(), {"stopped_drinking_recently"}),
    ("最近一直在吸冰毒，总说有人跟踪他要害他，半夜拿着菜刀守在门口", {"recreational_drug_use", "delusions",
                                                    "aggressive_behaviour"}, set()),
    ("有时 想 瞓咗 唔再 醒", {"suicidal_thoughts"}, set()),
    ("我不想死", set(), {"suicidal_thoughts"}),
    # mixed Chinese and English, written Cantonese (set BE): a denial in one language before words in the other
    ("上腹 epigastric 痛, 冇 black stool, 冇 吐血.", set(), {"melaena", "haematemesis"}),
    ("hearing 正常 冇耳鸣, 冇 slurred speech", set(), {"tinnitus", "slurred_speech"}),
    ("没有 fever, 否认 chest pain", set(), {"fever", "chest_pain"}),
    ("No 发烧, no 咳嗽", set(), {"fever", "cough"}),
    ("pt c/o 胸痛, no 气促", {"chest_pain"}, {"shortness_of_breath"}),
    ("BB 11 个月 高烧 39.5 三日, 今日 烧 退咗 之后 身 出 粉红色 rash, 唔痕", {"rash_after_fever_settles"}, set()),
    ("10 个月 BB 阵发性 喊 到 好劲 双脚 缩起, 今日 屙 红色 果冻 jelly stool", {"drawing_up_legs", "redcurrant_jelly_stool"},
     set()),
    ("一家 三口 冬天 喺 密封 房 用 炭炉 打边炉, 全部 头痛", {"co_exposure_source", "headache"}, set()),
    ("炭已经买好了，打算今晚在出租屋里烧炭", set(), {"co_exposure_source"}),
    # triage nurses' and carers' English (sets AY and BB)
    ("3yo fever 6 days. Red eyes no discharge, red cracked lips, strawberry tongue, rash on trunk",
     {"red_eye", "red_cracked_lips", "strawberry_tongue", "rash"}, set()),   # the "no" qualifies the eyes only
    ("Denies fever, cough, vomiting", set(), {"fever", "cough", "vomiting"}),
    ("splashed oven cleaner (sodium hydroxide) in R eye 15 min ago", {"chemical_splash_eye"}, set()),
    ("2yo pulled mug of hot tea off table onto chest. Blistering approx 4% TBSA, partial thickness", {"burn_injury",
                                                                                                   "blisters"}, set()),
    ("I knocked a mug of boiling tea onto my thigh", {"burn_injury"}, {"painful_skin_lump"}),
    ("3yo, mum saw him push a bead up R nostril 1h ago", {"object_in_nose"}, set()),
    ("rough sleeper, night outside in -10. Fingers both hands white, hard, numb", {"cold_exposure",
                                                                                 "numb_white_fingers_toes"}, set()),
    ("4 month old. Soft spot on top of his head looks a bit raised/tense", {"bulging_fontanelle"}, set()),
    ("67M sudden onset 'tearing' CP going thru to back", {"tearing_chest_back_pain"}, set()),
    ("Dad not himself since yesterday - muddled, didn't know what day it was", {"confusion"}, set()),
    ("Grandad acting like he's drunk - slurring and sweaty, he doesn't drink", {"confusion", "slurred_speech"},
     {"recent_alcohol_intake"}),
    ("marathon runner, collapsed at mile 24, ambient 29C", {"heat_exposure"}, set()),
    ("G2P1 at 31/40. lower backache since lunchtime coming in waves every 8-10 mins", {"contractions"}, set()),
    ("migraine coming in waves every 10 mins", set(), {"contractions"}),
    # pregnant and breastfeeding women (set BA)
    ("22 weeks. headaches, dull not throbbing, not sick with it, light doesn't bother me, no vision problems",
     {"headache"}, {"nausea", "photophobia", "visual_disturbance"}),
    ("顺产后第3天，左眼白眼珠有一大片鲜红的，像出血了一样。不痛不痒", {"red_patch_white_of_eye"}, set()),
    ("去山里露营被蚊子咬了十几个包，腿上好几个肿得像硬币那么大", {"local_sting_swelling"}, set()),
    # real_dev and very short notes (set BI)
    ("I sometimes stare and my eyes freeze – Do you think I'm having seizures?", set(), {"seizure"}),
    ("could it be a seizure? he went stiff and jerked", {"seizure"}, set()),
    ("bee sting arm swollen red itchy no breathing probs", {"insect_sting"}, {"shortness_of_breath"}),
    ("腰痛 尿不出来 会阴麻木", {"low_back_pain", "saddle_anaesthesia"}, set()),
    ("tearing back pain between shoulder blades BP diff arms", {"tearing_chest_back_pain", "pulse_deficit_arms"},
     {"low_back_pain"}),
    ("70岁 两肩两髋疼 早上僵硬 抬手困难", {"girdle_pain_stiffness"}, set()),
    ("went grey and clammy, was sick once", {"vomiting"}, set()),
    ("he was sick of it", set(), {"vomiting"}),
    ("found her in bed this morning mumbling, not knowing where she is. Very sleepy", {"confusion"}, set()),
    ("he's very sleepy", {"drowsiness"}, set()),
    ("big toe pain, swelling, redness, hot to touch, came on overnight", set(), {"fever"}),   # a gout's toe
    # lay English from outside the UK (set BG)
    ("suddenly not able to pass urine since morning. only few drops coming", {"urinary_retention"},
     {"reduced_urine_output"}),
    ("I have been thinking of ending my life, I even bought Sniper and it is in my room", {"suicidal_thoughts",
                                                                                        "access_to_means"}, set()),
    ("bought charcoal for the bbq", set(), {"access_to_means"}),
    ("pain started in my left side back, moving down to my groin, comes and goes like labour pain. urine look reddish",
     {"loin_to_groin_pain", "haematuria"}, {"contractions"}),
    ("she no fit lie flat for night again, she dey wake up dey gasp for breath. Breath dey cut when she waka small",
     {"orthopnoea", "paroxysmal_nocturnal_dyspnoea"}, {"skin_break_wound"}),
    ("my eye dey red both side, e dey bring yellow catarrh", {"red_eye", "eye_discharge"}, {"postnasal_drip"}),
    ("woke up and hearing in my left ear almost gone", {"sudden_hearing_loss_one_ear"}, set()),
    ("hearing in my left ear almost gone for months", {"hearing_loss"}, set()),
    ("Started after we turned on the old furnace. We feel better when we go outside.", {"co_exposure_source",
                                                                                       "better_away_from_home"}, set()),
    # Chinese doctors' records (set BF)
    ("先感头晕、恶心、出汗、眼前发黑，随即倒地，约10余秒自行清醒", {"presyncope_warning", "fainting", "rapid_recovery"},
     set()),
    ("发作前约20分钟眼前有锯齿状闪光", {"visual_aura"}, set()),
    ("今日发现手心、足底及臀部红色斑丘疹、小疱疹。", {"hand_foot_mouth_rash"}, set()),
    ("不说眼睛痛，看东西清楚", set(), {"eye_pain", "blurred_vision"}),
    ("无下肢放射痛、麻木，无大小便异常", set(), {"back_pain_radiating_leg", "bladder_bowel_dysfunction"}),
    # an item described after a list of denials is its own statement (set BE's bowel obstruction)
    ("78F, 肚胀到好大, no BO x2/7, 冇放屁 no flatus, vomiting green 胆汁, colicky pain.", {"vomiting", "green_vomit"}, set()),
    ("no diarrhoea, no green vomit", set(), {"green_vomit", "diarrhoea"}),
    ("no fever, cough, vomiting", set(), {"fever", "cough", "vomiting"}),
    # notes that lean on results (set BK)
    ("BMI 33, works nights as a security guard", set(), {"rigid_abdomen"}),
    ("abdo: guarding RIF", {"rigid_abdomen"}, set()),
    ("Transient greying of vision R eye yesterday x5 min. Temporal artery US: halo sign R.",
     {"transient_vision_loss_one_eye"}, {"halos_around_lights", "presyncope_warning"}),
    ("felt hot, went grey, greying of vision then fainted", {"presyncope_warning", "fainting"}, set()),
    ("Na 138, glucose 6.0, CK 9,800, lactate 6.2", set(), {"currently_breastfeeding"}),
    ("左第3-4肋软骨处压痛明显，按压可复制疼痛", {"chest_wall_tenderness"}, set()),
    ("on lithium, coarse tremor. Lithium level 3.1 mmol/L (usually 0.6-0.8)", {"overdose_ingestion"}, set()),
    ("lithium level 0.7 mmol/L last month", set(), {"overdose_ingestion"}),
    ("About 2 hours ago I got sudden severe pain on my right lower side, came on while I was turning over in bed",
     {"right_lower_quadrant_pain"}, {"positional_vertigo"}),
    ("dizzy when turning over in bed", {"positional_vertigo"}, set()),
    # Chinese parents about their children (set BL)
    ("孩子11个月，今天一整天尿不湿几乎是干的，也没多少尿，哭的时候没有眼泪",
     {"fewer_wet_nappies", "reduced_urine_output", "dehydration_signs"}, set()),
    ("最近半年特别怕冷，整天没精神老想睡觉，体重涨了十几斤", set(), {"drowsiness"}),
    ("孙子2岁半，把我吃的降压药（氨氯地平）吃了，药板上少了4片", {"overdose_ingestion"}, set()),
    ("孩子偷吃了好多糖", set(), {"overdose_ingestion"}),
    # voice dictation (set BJ)
    ("I took about twenty four of the parasite a mole the five hundred milligram ones last night",
     {"paracetamol_overdose_ingestion"}, set()),
    ("um I've had die a rear since yesterday like watery about six times", {"diarrhoea"}, set()),
    ("我儿子三岁 发骚已经六天了 嘴唇红得裂开 舌头像杨梅一样", {"fever", "red_cracked_lips", "strawberry_tongue"}, set()),
    ("I had a mole removed", set(), {"paracetamol_overdose_ingestion"}),
    ("屁股生了粒好大的疮，又红又肿又热，中间软软的有个白头", {"painful_skin_lump", "skin_warmth", "fluctuant_swelling"},
     {"blackheads"}),
])
def test_everyday_phrasings_from_the_fifth_session_of_2026_12_04(ex, text, present, absent):
    read_as(ex, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # traditional characters (Hong Kong, Taiwan) are read as simplified, each phrase kept as written
    ("幫我媽問一下，右邊臉頰一陣一陣像電擊一樣痛，臉沒有麻，嘴巴不歪", set(), {"facial_numbness"}),
    ("我媽今天在菜市場站了很久，噁心出汗眼前發黑，然後就軟倒了。沒有心悸胸痛", {"nausea", "fainting"},
     {"palpitations", "chest_pain"}),
])
def test_traditional_chinese_is_read_as_simplified(ex, text, present, absent):
    read_as(ex, text, present, absent)
    for m in ex.extract(text):
        assert text[m.start:m.end] == m.phrase   # as written: 發黑, not 发黑


@pytest.mark.parametrize("text, present, absent", [
    # sixth session of 2026-12-04, a new user's first notes: a threadworm's night itch in its own words
    ("itchy bum at night, my kids have it too", {"anal_itching", "itch_worse_at_night"}, set()),
    ("屁股晚上特别痒", {"itch_worse_at_night"}, set()),
    ("can't sleep at night, itchy skin", set(), {"itch_worse_at_night"}),
    # a bleed in a note that says she is pregnant now is a bleed in pregnancy, a miscarriage happening now included
    ("30F 8/40 pregnant, PV bleeding + cramping, passed clots", {"pregnancy_bleeding"}, {"vaginal_bleeding"}),
    ("think I'm miscarrying, 7 weeks, bleeding", {"pregnancy_bleeding"}, set()),
    ("I'm having a miscarriage, bleeding heavily and cramping", {"pregnancy_bleeding"}, set()),
    ("PV bleeding 2 days, not pregnant", {"vaginal_bleeding"}, {"pregnancy_bleeding"}),
    ("had a miscarriage last year, bleeding between periods now", set(), {"pregnancy_bleeding"}),
    ("24F 10/40, vomiting 10-15x/day for 1 wk, can't keep water down", {"persistent_vomiting"}, set()),
    ("no vomiting, keeping fluids down fine", set(), {"persistent_vomiting", "vomiting"}),
    # a urine's frequency and blood said after its pain, a swallow that hurts, lifting, sputum's blood, "achy"
    ("小便的时候很痛，次数多，有点血", {"dysuria", "urinary_frequency", "haematuria"}, set()),
    ("大便次数多，有点血", set(), {"urinary_frequency", "haematuria"}),
    ("喉咙痛三天，吞口水都痛，发烧38度", {"sore_throat", "painful_swallowing", "fever"}, set()),
    ("腰痛，弯腰的时候更明显，搬东西扭了一下", {"low_back_pain", "heavy_lifting"}, set()),
    ("咳嗽，痰里有点血", {"cough", "haemoptysis"}, set()),
    ("I think I have the flu, achy, fever, cough, sore throat", {"myalgia", "fever", "cough"}, set()),
    ("achy knee for weeks", set(), {"myalgia"}),
    # a breast lump said not to hurt is no painful lump; an adult's snoring pauses are no infant's apnoea
    ("lump in my breast, not painful, noticed it in the shower last week", set(), {"tender_breast_lump"}),
    ("my husband is snoring loudly and stops breathing at night, sleepy all day", set(), {"apnoea_episodes"}),
    ("my 6 week old baby stops breathing for a few seconds and snores", {"apnoea_episodes"}, set()),
    # a cauda equina in a wife's words (set AT): each sign read by the reader itself, not only by the red-flag bank
    ("今天早上发现尿不出来，还有会阴那块（就是坐着挨凳子的地方）没有感觉。大便也控制不太住。",
     {"urinary_retention", "saddle_anaesthesia", "bladder_bowel_dysfunction"}, set()),
    ("会阴没有麻木，小便正常", set(), {"saddle_anaesthesia", "urinary_retention"}),
    ("UTI symptoms, burning and frequency, 30 weeks pregnant", {"dysuria", "urinary_frequency"}, set()),
    ("burning in my chest after meals", set(), {"dysuria"}),
    ("gout flare in big toe, CKD stage 4", {"big_toe_pain"}, set()),
    ("服用华法林，膝盖扭伤了，肿得很厉害", {"joint_swelling"}, set()),
    ("膝盖扭伤了，不肿", set(), {"joint_swelling"}),
    ("70F SOBOE, orthopnoea, PND, bilat ankle oedema, crackles bases", {"crackles", "ankle_swelling"}, {"joint_crepitus"}),
    # set BR (results): an ovarian torsion's sudden severe pain, a pyloric stenosis's feeds that shoot across the room
    ("女，26岁。跳绳后突发右下腹剧烈绞痛4小时，伴恶心呕吐3次", {"right_lower_quadrant_pain", "severe_abdominal_pain"}, set()),
    ("every feed comes straight back up and shoots across the room, not green", {"projectile_vomiting"}, set()),
    ("the ball shot across the room and hit him", set(), {"projectile_vomiting"}),
    # set BQ (telephone and chatbot triage): a question answered no denies what it asks; the answer's own words stand
    ("3yo, both eyes red and sticky. Q: pain or bothered by light? A: no, playing normally. Q: fever? A: no. "
     "Q: swelling around the eye? A: no.", {"red_eye"}, {"photophobia", "fever", "puffy_eyes_face"}),
    ("问：哪里不舒服？答：一阵一阵脸上发热出汗。问：心慌胸痛？答：热的时候有点心慌，没有胸痛。", {"palpitations", "hot_flushes"},
     {"chest_pain", "fever"}),
    ("Mum. Q: rash? A: spots on her tummy, some blisters. Q: fever? A: 38, still playing. Q: drowsy? A: no.",
     {"rash", "fever"}, {"drowsiness"}),
    ("Should I worry about this chest pain? No fever though.", {"chest_pain"}, {"fever"}),   # no dialogue
    # a manner ("without eating more") is no list denial; a hypothyroid note's cold and weight in its own words
    ("always cold, put on 6 kg without eating more, constipated, hair thinning and skin dry",
     {"cold_intolerance", "weight_gain", "constipation", "hair_loss", "dry_skin"}, set()),
    ("半年胖了10斤，特别怕冷", {"weight_gain", "cold_intolerance"}, set()),
    # set BN (injuries): a cement splash beside its eye, a mug of tea pulled onto a toddler, a bath run hot, a child's bite
    ("45M builder, wet cement splash L eye 30 min ago", {"chemical_splash_eye"}, set()),
    ("My 14 month old pulled a mug of just-made tea off the coffee table onto herself 10 min ago", {"burn_injury"}, set()),
    ("My 3 yr old climbed into the bath before I'd put the cold in", {"burn_injury"}, set()),
    ("Daughter (7) was bitten on the forearm by another child at school today. Teeth marks broke the skin",
     {"human_bite_injury", "skin_break_wound"}, set()),
    ("the dog bit his hand", {"animal_bite_injury"}, {"human_bite_injury"}),
    ("每次来月经第一天肚子疼得要命", {"painful_periods"}, {"severe_abdominal_pain"}),
    ("Caught my nose on the corner of an open cupboard door. Bled about 10 min, stopped after I pinched it",
     {"nosebleed"}, set()),
    ("my nose is blocked, and my gums bled when brushing", {"bleeding_gums"}, {"nosebleed"}),
    ("outside of ankle swolen, sore just below and in front of the bone but pressing on the actual bone is ok",
     {"ankle_swelling"}, {"localised_bone_pain"}),
    ("24M football, twisted, felt pop. Effusion ++. Lachman ?lax (guarding). WB w limp.", {"limp"},
     {"rigid_abdomen", "floppy_unresponsive"}),
    ("RIF pain, guarding, rebound", {"rigid_abdomen"}, set()),
    ("19F collapse in queue, hot, prodrome lightheaded, LOC ~10s, rapid full recovery",
     {"presyncope_warning", "rapid_recovery"}, {"tingling_before_blisters"}),
    # set BO (skin, eyes, ENT, mouth)
    ("little purple-red dots on his legs. I pressed a glass on them like I read online and they dont go away",
     {"non_blanching_rash"}, set()),
    ("rash fades when I press a glass on it", set(), {"non_blanching_rash"}),
    ("Lost vision in my right eye all at once about an hour ago, like someone turned off the lights in that eye",
     {"sudden_vision_loss"}, set()),
    ("right ear is not hearing anything, like fully blocked. I thought water went inside while bathing",
     {"sudden_hearing_loss_one_ear"}, {"waters_breaking"}),
    ("my waters went an hour ago, 39 weeks", {"waters_breaking"}, set()),
    ("gum is swollen over the half coming out wisdom tooth", {"gum_swelling"}, {"recent_tooth_extraction"}),
    ("Stung by a bee on the hand, big red swelling up to his wrist now", {"insect_sting"}, {"wrist_swelling"}),
    ("孩子发烧第二天，脖子和胸口出了好多红疹子，摸着像砂纸一样，舌头红红的像杨梅", {"sandpaper_rash", "strawberry_tongue"}, set()),
    # set BP (sexual health, urology, gynaecology)
    ("Thumping headache that paracetamol isn't touching, seeing flashing lights", {"flashing_lights"}, set()),
    ("he isn't drowsy, floppy or pale", set(), {"drowsiness", "floppy_unresponsive", "pallor"}),
    ("Painful swelling on one side of my vaginal lips, golf ball sized", set(), {"lip_tongue_swelling"}),
    ("宝宝一个月，纯母乳。左边乳房有一块红肿硬块，摸着烫，一碰就疼", {"red_hot_breast_area"}, set()),
    ("我爸76岁，前列腺一直不好，今天一天都没尿出来，小肚子鼓得很大", {"urinary_retention"}, set()),
    # set BS (older and rural Chinese writers, no punctuation)
    ("娃一岁 拉稀好几天了 今天一上午没尿 哭也没眼泪 嘴唇干 眼窝陷下去 人蔫了不爱动 叫他也不大理",
     {"diarrhoea", "reduced_urine_output", "dehydration_signs", "drowsiness"}, set()),
    ("昨儿喝大酒了 今天上午开始肚子上边疼得要命 往后背上窜 吐了好几回", {"epigastric_pain", "pain_radiating_to_back", "vomiting"},
     set()),
    ("孩子五个礼拜 这几天吃完奶就喷 喷得老远 尿布也少了", {"projectile_vomiting", "fewer_wet_nappies"}, set()),
    ("老慢支 这回咳嗽痰多 黄的", {"discoloured_sputum"}, set()),
    ("咳嗽，痰不黄", {"cough"}, {"discoloured_sputum"}),
    ("前天开始不喝了 今天手抖 出汗 刚才说看见墙上爬满了虫子", {"tremor", "hallucinations"}, set()),
    ("我看见我尿过的地方有蚂蚁爬，我怀疑是糖尿病", set(), {"hallucinations"}),
    ("半夜上吐下写 现在好点了 能喝水 不发少", {"vomiting", "diarrhoea"}, {"fever"}),
    ("奶奶86 倒开水手抖 烫到左手背和前臂 起了好几个大水泡", {"burn_injury", "blisters"}, {"red_hot_breast_area"}),
    ("User: havent pooed properly for 5 days. Bot: Vomiting, swollen tummy, not passing wind? User: no, passing wind fine.",
     {"constipation"}, {"absolute_constipation", "vomiting", "abdominal_distension"}),
    ("I haven't even passed wind since yesterday", {"absolute_constipation"}, set()),
    ("Q: headache where? A: like a tight band round my head.", {"headache", "band_like_headache"}, set()),
    ("she clashed heads with another player at hockey 2 hours ago", {"head_injury"}, set()),
    # a scan's "no heartbeat" is the pregnancy's, no denial of the mother's palpitations
    ("scan yesterday showed no heartbeat at 9 weeks, bleeding started today", {"pregnancy_bleeding"},
     set()),
])
def test_everyday_phrasings_from_the_sixth_session_of_2026_12_04(ex, text, present, absent):
    read_as(ex, text, present, absent)
    if "heartbeat" in text:
        assert "irregular_heartbeat" not in states(ex, text)


@pytest.mark.parametrize("text, present, absent", [
    # a new user's first notes: an absent period, a carer's stroke, a postmenopausal bleed, an unhealed mouth ulcer
    ("periods stopped 2 months, sexually active, feel sick in the mornings", {"missed_period", "nausea"}, set()),
    ("no period for 6 weeks, sharp pain low on the left side", {"missed_period"}, set()),
    ("my periods stopped when i was fifty", {"postmenopausal"}, {"missed_period"}),
    ("I've had a drink in the morning to stop my hands shaking", {"tremor"}, {"stopped_drinking_recently", "missed_period"}),
    ("老人突然说话不清，右手没力气", {"slurred_speech", "one_sided_weakness"}, set()),
    ("no period for 5 years, now some bleeding again", {"postmenopausal", "postmenopausal_bleeding"}, {"missed_period"}),
    ("绝经5年了，这两天下面有点出血", {"postmenopausal", "postmenopausal_bleeding"}, set()),
    ("postmenopausal, nose bleeding since this morning", {"nosebleed"}, {"postmenopausal_bleeding"}),
    ("no periods for 2 years, bleeding from my bottom when I poo", {"rectal_bleeding"}, {"postmenopausal_bleeding"}),
    ("mouth ulcer on my tongue for 5 weeks, not healing, smoker", {"ulcer_not_healing_3_weeks"}, set()),
    ("mouth ulcers for 3 days, I get them when stressed", {"mouth_ulcers"}, {"ulcer_not_healing_3_weeks"}),
    ("leg ulcer not healing for 3 months", set(), {"ulcer_not_healing_3_weeks"}),
    # set BU (minor illness): what the grandparents say teething brings; a child's fluids; sunburn now, not in youth
    ("宝宝8个月，口水特别多，体温37.3。老人说出牙会发高烧拉肚子", {"teething_dribbling", "low_grade_fever"},
     {"high_fever", "diarrhoea"}),
    ("teething and drooling. My mum says teething causes fevers and diarrhoea.", {"teething_dribbling"}, {"fever", "diarrhoea"}),
    ("Drinking little and often and keeping it down", set(), {"heavy_drinking"}),
    # (a habit, no drink just taken: a heavy drinking since the session of 2026-12-07, set FP)
    ("drinking a bottle of wine most nights", {"heavy_drinking"}, {"recent_alcohol_intake"}),
    ("Fell asleep at the beach, back and shoulders are bright red and painful, hot to touch. No blisters.",
     {"burn_injury"}, {"low_back_pain", "blisters"}),
    ("bad sunburn on my back", {"burn_injury"}, {"low_back_pain"}),
    ("I had bad sunburns as a teen, this mole has grown", set(), {"burn_injury"}),
    # set BV (children): an infant's dehydration, a first-day jaundice, a septic hip, a hot drink spilt, epiglottitis
    ("14 mth girl, vomiting. Last wet nappy was 6am and its now 8pm. Really sleepy and hard to get interested.",
     {"reduced_urine_output", "drowsiness"}, set()),
    ("last wee about 3 hours ago", set(), {"reduced_urine_output"}),
    ("I have flu. Really sleepy all day.", set(), {"drowsiness"}),
    ("宝宝出生才20个小时,发现脸和身上都发黄了", {"jaundice", "jaundice_first_24h"}, set()),
    ("宝宝出生3天，有点黄", set(), {"jaundice_first_24h"}),
    ("右腿完全不肯着地,一碰右边大腿根就尖叫", {"inability_to_bear_weight"}, set()),
    ("把刚泡的热茶拉下来,泼在胸口和右胳膊上,起了好几个大水泡,面积比我两个手掌还大。脸上没烫到。",
     {"burn_injury", "blisters", "large_burn_area"}, set()),
    ("he cannot swallow, saliva coming out from the mouth. Voice very quiet like something in the throat",
     {"difficulty_swallowing", "drooling", "muffled_voice"}, set()),
    ("今天上午突然右下腹剧痛,疼得直冒冷汗", {"right_lower_quadrant_pain", "severe_abdominal_pain"}, set()),
    ("sticky red eyes both sides, 3yo, no fever", {"red_eye", "eye_discharge"}, {"fever"}),
    ("lump in neck for 2 months, night sweats, weight loss", {"swollen_lymph_nodes", "night_sweats", "weight_loss"}, set()),
    ("颈部包块两个月，盗汗，消瘦", {"swollen_lymph_nodes", "night_sweats", "weight_loss"}, set()),
    ("no lumps in my neck", set(), {"swollen_lymph_nodes"}),
    # set BZ (the abdomen): an obstruction, a variceal bleed, a baby's hernia and constipation in their writers' words
    ("三天没大便了，也不放屁，肚子越来越胀，像鼓一样，今天开始吐", {"absolute_constipation", "abdominal_distension", "vomiting"},
     set()),
    ("今天突然吐了一大口血，鲜红色的，差不多半碗，之后人就头晕站不稳，脸色很白", {"haematemesis", "pallor"}, {"vomiting"}),
    ("没吐血", set(), {"haematemesis"}),
    ("哭闹的时候左边大腿根到阴囊上面会鼓起一个包，不哭躺着的时候就没有了", {"groin_lump"}, set()),
    ("she can only go every 4 days and has to strain like mad, hard pellets", {"constipation", "hard_stools"}, set()),
    ("urine dark and only been once", {"dark_urine", "reduced_urine_output"}, set()),
    ("I have left side pain and urinate blood?", {"flank_pain", "haematuria"}, set()),
    ("pain in my left side after the gym", set(), {"flank_pain"}),
    ("按下去松手的时候更疼", {"rebound_tenderness"}, set()),
    ("going over bumps in the car was agony", {"rebound_tenderness"}, set()),
    # set CA: a year of fibromyalgia's brain fog is no stroke's speech
    ("I hurt everywhere for over a year. I wake up exhausted, brain fog, can't find words.", {"poor_concentration"},
     {"speech_difficulty"}),
    ("hes burning hot to touch but not sweating at all, talking nonsense and doesnt know where he is",
     {"confusion", "hot_dry_skin"}, set()),
    ("72M collapse while walking uphill, no prodrome, brief LOC <1 min, full recovery.",
     {"syncope_on_exertion", "loss_of_consciousness"}, {"presyncope_warning"}),
    ("My father fainted in bathroom at 3 am when passing urine, fell down, woke in few seconds", {"rapid_recovery"},
     set()),
    ("抗原两道杠，发烧38.5，咳嗽嗓子疼，血氧97，能吃能喝", {"fever", "cough"}, {"low_oxygen_saturation"}),
    ("Slipped in the shower and hit the right side of my chest on the edge of the bath. Really sore on one spot when I "
     "press it", {"fall_or_injury", "chest_wall_tenderness"}, set()),
    ("chest pain, knee sore when I press it", {"chest_pain"}, {"chest_wall_tenderness"}),
    # set CB (hard-to-read notes): an ectopic, a pneumothorax, a COPD's sputum, an angina, a rolled ankle, pink eye
    ("左下腹一阵一阵刺痛，越来越厉害，右边肩膀也有点痛，下面有一点点褐色的出血",
     {"left_lower_quadrant_pain", "shoulder_tip_pain", "vaginal_bleeding"}, set()),
    ("右肩膀痛了三天，抬不起来", {"shoulder_pain"}, {"shoulder_tip_pain"}),
    ("月经推迟了两个礼拜，昨天测了两条杠，今天早上左下腹突然很痛，有一点点出血",
     {"missed_period", "positive_pregnancy_test", "left_lower_quadrant_pain", "pregnancy_bleeding"}, set()),
    ("月经推迟了快两周，左下腹刺痛，有一点点出血，有同房", {"missed_period", "vaginal_bleeding"}, set()),
    ("抗原两道杠，发烧38.5", {"fever"}, {"positive_pregnancy_test"}),
    ("吃鱼的时候被鱼刺卡住了喉咙，一咽口水就刺痛，吞了几口饭团也没咽下去。", {"painful_swallowing", "difficulty_swallowing"}, set()),
    ("女，34岁，孕22周。昨天开始小便烧灼痛，每半小时就要上一次厕所。", {"dysuria", "urinary_frequency"}, set()),
    ("突然右边胸口刺痛，吸气更痛，有点喘不上气", {"chest_pain", "pleuritic_chest_pain", "shortness_of_breath"}, set()),
    ("近3天咳嗽加重，痰量增多转黄", {"discoloured_sputum"}, set()),
    ("pressure in my chest when I walk up the hill to the jobsite, goes away after I stop for 5 minutes. Never at rest",
     {"exertional_chest_pain"}, set()),
    # (an injured ankle's swelling is the injury's, not a heart's: ankle_bruising_swelling since 2026-12-07, set FB)
    ("rolled ankle playing basketball, swollen but can walk on it", {"fall_or_injury", "ankle_bruising_swelling"}, set()),
    ("pink eye both sides, crusty in the morning", {"red_eye", "eye_discharge"}, set()),
    # set BW (clinicians): a query is no finding
    ("Fast, regular, 'pounding in neck'. ?panic attack per pt. HR 188", {"tachycardia"}, {"panic_attacks"}),
    ("red hot swollen calf ? cellulitis", {"unilateral_leg_swelling"}, set()),
    ("had a panic attack on the bus?", set(), set()),
    ("女儿8岁,老师反映她上课经常发呆,叫她没反应,就几秒钟,眼睛直直地看着前面", set(), {"drowsiness"}),
    ("爷爷下午一直睡，叫他没反应", {"drowsiness"}, set()),
    # set BT (older patients): a widower's stockpile, a fall and a hip, a COPD's sputum and saturation in Chinese
    ("I've been saving my tablets in a drawer and thought about taking them all this weekend",
     {"suicide_plan", "suicidal_thoughts"}, set()),
    ("我奶奶88岁，刚才在卫生间滑倒，现在右边大腿根很痛，站不起来", {"fall_or_injury", "inability_to_bear_weight"}, set()),
    ("老年人中风了，站不起来", set(), {"inability_to_bear_weight"}),
    ("这三天喘得比平时厉害，痰从白色变成黄绿色。在家测SpO2 90%", {"discoloured_sputum", "low_oxygen_saturation"}, set()),
])
def test_everyday_phrasings_from_the_first_session_of_2026_12_05(ex, text, present, absent):
    read_as(ex, text, present, absent)
