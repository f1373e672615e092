"""medmodel.context: patient context read from the note, English and Chinese, with negation, merged with the form."""
import pytest

from medmodel.case import Case
from medmodel.context import infant_age_months, merge, read_context


def ctx(text):
    case, conflicts = merge(Case(text), read_context(text))
    return case, conflicts


@pytest.mark.parametrize("text, age, sex", [
    ("68M c/o cough", 68, "M"), ("34 y/o F with dysuria", 34, "F"), ("a 45-year-old man with back pain", 45, "M"),
    ("my 5 year old son has a rash", 5, "M"), ("My daughter is 7 and has earache", 7, "F"),
    ("女，35岁，发热两天", 35, "F"), ("患者男，60岁，胸痛", 60, "M"), ("85岁老太太，摔倒了", 85, "F"),
    # (a pregnancy's weeks are no baby's age: set FM)
    ("my wife is 9 weeks pregnant and she's bleeding really heavily", None, "F"), ("my wife is 34 and pregnant", 34, "F"),
    ("our daughter is 7 months and has a fever", 0, "F"),
])
def test_age_and_sex(text, age, sex):
    case, _ = ctx(text)
    assert (case.age, case.sex) == (age, sex)


@pytest.mark.parametrize("text, weeks", [
    ("22 weeks pregnant, burning when I pee", 22), ("G2P1 38/40, dysuria", 38), ("孕32周，咽痛", 32),
    ("停经7周，早孕，尿痛", 7), ("39+3 weeks, itchy discharge", 39),
    ("primip 36wks, headache and flashing lights", 36), ("multip at 34 weeks, swollen face", 34),
])
def test_pregnancy_with_gestation(text, weeks):
    case, _ = ctx(text)
    assert "pregnant" in case.flags and case.gestation_weeks == weeks and case.sex == "F"
    assert "pregnancy_third_trimester" in case.context_flags or weeks < 28


@pytest.mark.parametrize("text", ["24F, dysuria, not pregnant", "末次月经2周前，已排除怀孕。女，31岁"])
def test_denied_pregnancy(text):
    case, _ = ctx(text)
    assert "pregnant" not in case.flags


@pytest.mark.parametrize("text, pregnant", [
    ("we are trying to get pregnant, I have a sore throat", False),
    ("can I take ibuprofen if I get pregnant?", False),
    ("when I was pregnant with my son I had this too", False),
    ("in my last pregnancy I had pre-eclampsia", False),
    ("planning a pregnancy next year, acne on my chin", False),
    ("my belly is so bloated I look like I'm 6 months pregnant", False),
    ("肚子大，像怀孕了一样，脚浮肿", False),
    ("想怀孕，正在备孕，最近咳嗽", False),
    ("上次怀孕流产了，现在月经不调", False),
    ("I got pregnant 8 weeks ago and now I'm spotting", True),
    ("this is my first pregnancy, 10 weeks", True),
    ("I might be pregnant, my period is late", True),
    ("怀上有四五个月，着凉感冒了，咳嗽鼻塞", True),
    ("34 weeks with my second. Feet and ankles massively swollen", True),
])
def test_a_pregnancy_wished_for_past_or_a_likeness_is_not_one_now(text, pregnant):
    case, _ = ctx(text)
    assert ("pregnant" in case.flags) is pregnant


def test_a_pregnant_woman_of_unknown_age_is_no_infant(kb):
    from medmodel import safety
    assert "bronchiolitis" in safety.impossible_for(kb, None, None, True)
    assert "bronchiolitis" not in safety.impossible_for(kb, None, None, False)
    assert "bronchiolitis" in safety.impossible_for(kb, 30, "F", False)


@pytest.mark.parametrize("text, flags, absent", [
    ("allergic to penicillin (rash with amoxicillin)", {"allergy_penicillin"}, {"allergy_penicillin_severe"}),
    ("Pen anaphylaxis. 19M, sore throat", {"allergy_penicillin", "allergy_penicillin_severe"}, set()),
    ("对青霉素过敏（过敏性休克）", {"allergy_penicillin", "allergy_penicillin_severe"}, set()),
    ("NKDA. Cough 3 days", set(), {"allergy_penicillin"}),
    ("on apixaban for AF, knee pain", {"anticoagulant"}, {"allergy_nsaid"}),
    ("takes aspirin 75mg daily", {"antiplatelet"}, {"allergy_nsaid"}),
    ("allergic to aspirin", {"allergy_nsaid"}, {"antiplatelet"}),
    ("not on any blood thinners", set(), {"anticoagulant"}),
    ("以前也流过。不吃抗凝药，血压正常。", set(), {"anticoagulant"}),   # 不吃: not on them (a nosebleed was urgent)
    ("不用抗凝药", set(), {"anticoagulant"}),
    ("在吃华法林", {"anticoagulant"}, set()),
    ("45M with psoriasis on MTX", {"methotrexate"}, set()),
    ("on lithium for bipolar", {"lithium"}, set()),
    ("82F, 2 falls this year, can't sleep", {"elderly_faller"}, set()),
    ("断续失眠，半年内跌倒2次", {"elderly_faller"}, set()),
    ("84F, keeps falling at home", {"elderly_faller"}, set()),
    ("17M so tired i keep falling asleep in class", set(), {"elderly_faller"}),   # asleep, not a faller
    ("breastfeeding my 6 week old", {"breastfeeding"}, set()),
])
def test_flags(text, flags, absent):
    case, _ = ctx(text)
    assert flags <= case.flags and not absent & case.flags


@pytest.mark.parametrize("text, egfr, bands", [
    ("CKD 4, UTI symptoms", 22, {"egfr_below_30", "egfr_below_45", "kidney_disease"}),
    ("eGFR 38", 38, {"egfr_below_45", "kidney_disease"}),
    ("肾小球滤过率（eGFR）25", 25, {"egfr_below_30", "egfr_below_45"}),
])
def test_kidney_function(text, egfr, bands):
    case, _ = ctx(text)
    assert case.egfr == egfr and bands <= case.context_flags
    if egfr >= 30:
        assert "egfr_below_30" not in case.context_flags


def test_kidney_disease_of_unknown_stage_applies_every_band():
    case, _ = ctx("known kidney disease, cellulitis")
    assert {"egfr_below_30", "egfr_below_45"} <= case.context_flags


def test_form_wins_and_disagreement_is_reported():
    text = "34F, 22 weeks pregnant"
    case, conflicts = merge(Case(text, age=50, sex="F"), read_context(text))
    assert case.age == 50 and [c.key for c in conflicts] == ["age"]
    case, conflicts = merge(Case(text, sex="M"), read_context(text))
    assert "pregnant" not in case.flags and any(c.key == "pregnant" for c in conflicts)


def test_removed_items_are_ignored():
    text = "22 weeks pregnant, cough"
    case, _ = merge(Case(text), read_context(text), ignored=frozenset({"pregnant", "gestation_weeks"}))
    assert "pregnant" not in case.flags and case.gestation_weeks is None


def test_spans_point_at_the_words():
    text = "Cough for 3 days. Allergic to penicillin."
    item = next(i for i in read_context(text).items if i.key == "allergy_penicillin")
    assert text[item.start:item.end] == item.phrase and "penicillin" in item.phrase


def test_invisible_characters_do_not_hide_a_pregnancy_or_an_allergy():
    """Issue 14: "preg\u200bnant" was not read, so a medicine unsafe in pregnancy was not withheld."""
    text = "I am preg\u200bnant, 20 weeks, and allergic to peni\u2060cillin"
    flags = read_context(text).flags
    assert {"pregnant", "allergy_penicillin"} <= flags
    for item in read_context(text).items:
        assert text[item.start:item.end].replace("\u200b", "").replace("\u2060", "") in (item.phrase, item.phrase.strip())


@pytest.mark.parametrize("text, months", [
    ("baby 2 months old, temp 38.5", 2.0), ("aged 6 weeks, fever", 6 * 7 / 30.44), ("10 day old baby", 10 / 30.44),
    ("2个月大的宝宝发烧", 2.0), ("出生20天，发烧", 20 / 30.44), ("5 month old boy", 5.0),
    ("咳嗽2个月", None), ("fever for 3 weeks", None), ("my son is 6", None), ("18 month old", None),
    ("Baby girl is 10 months. She had 3 days of high temps", 10.0), ("宝宝10个月女孩，高烧三天了", 10.0),
    ("宝宝才两个月，发烧", 2.0), ("宝宝咳嗽2个月了", None), ("she was 2 months ago", None),
    ("BB 11 个月 高烧 39.5 三日", 11.0), ("10 个月 BB 阵发性 喊", 10.0),        # Cantonese notes spaced word by word
    ("baby 11mo high fever 3 days now fever gone", 11.0), ("baby 6wk fever 38.4", 6 * 7 / 30.44),   # terse
    ("五个月的女儿 前几天流鼻涕", 5.0), ("宝宝才七个多月，前天着凉了", 7.0), ("8/12 infant, coryza 2/7", 8.0),   # 2026-12-05
    ("咳嗽2个多月了", None),
])
def test_an_infants_age_in_days_weeks_or_months(text, months):
    from medmodel.context import infant_age_months
    got = infant_age_months(text)
    assert got == pytest.approx(months) if months is not None else got is None


@pytest.mark.parametrize("text, flags, denied", [
    # reactions told drug first, skin tests, and every drug of a list (EN / ZH)
    ("Cefalexin gave her an itchy rash last year", {"allergy_cephalosporin"}, set()),
    ("Can't take ibuprofen - it sets off his asthma, ended up wheezy after Nurofen", {"allergy_nsaid", "asthma"}, set()),
    ("Allergic to penicillin (rash) and erythromycin (lip swelling).", {"allergy_penicillin", "allergy_macrolide"}, set()),
    ("既往青霉素皮试阳性。", {"allergy_penicillin"}, set()),
    ("以前吃布洛芬后全身起风团、嘴唇肿", {"allergy_nsaid"}, set()),
    # breastfeeding said plainly, and stopped
    ("5 weeks postpartum and feeding my daughter myself", {"breastfeeding"}, set()),
    ("Stopped breastfeeding in March, baby's on formula", set(), {"breastfeeding"}),
    # the past is not now
    ("Was on warfarin until last year after a PE, now on nothing regular", set(), {"anticoagulant"}),
    ("两年前因为肺栓塞吃过半年华法林，现在早就停了", set(), {"anticoagulant"}),
    # someone else's, when the note says the patient has none
    ("My mum is allergic to penicillin, but I'm not allergic to anything myself", set(), {"allergy_penicillin"}),
    ("我妈妈对青霉素过敏，我自己没有过敏。", set(), {"allergy_penicillin"}),
    ("No asthma or chest problems (his brother has asthma).", set(), {"asthma"}),
])
def test_context_said_the_way_people_say_it(text, flags, denied):
    note = read_context(text)
    assert flags <= note.flags and not (note.flags & denied) and denied <= note.denied, note.items


def test_a_relatives_or_past_statement_never_hides_the_patients_own():
    # the safe direction: a carer writing about the patient keeps every flag
    assert "anticoagulant" in read_context("My nan (84) slipped and banged her head, she's on warfarin").flags
    assert "allergy_penicillin" in read_context("my son is allergic to penicillin and has tonsillitis").flags
    assert "asthma" in read_context("my brother has asthma and now a cough").flags       # no denial for the patient
    assert "anticoagulant" in read_context("on apixaban since his PE, stopped ibuprofen").flags


def test_severity_belongs_to_its_drug():
    assert "allergy_penicillin_severe" not in read_context("Allergic to penicillin (rash) and erythromycin (lip swelling).").flags
    assert "allergy_penicillin_severe" in read_context("ANAPHYLAXIS to penicillin (ICU 2015). 38F, cellulitis").flags
    assert "allergy_penicillin_severe" in read_context("Allergic to erythromycin (rash) and penicillin (anaphylaxis)").flags


@pytest.mark.parametrize("text, age, sex, egfr", [
    ("I'm a 19 year old lad, sore throat", 19, "M", None), ("老太太，85岁，今年摔倒两次", 85, "F", None),
    ("女，67岁，慢性肾病，上个月查eGFR 41。", 67, "F", 41),
])
def test_age_sex_and_egfr_in_more_wordings(text, age, sex, egfr):
    case, _ = ctx(text)
    assert (case.age, case.sex, case.egfr) == (age, sex, egfr)


def test_a_future_date_or_another_drug_stopped_keeps_the_anticoagulant():
    assert "anticoagulant" in read_context("on warfarin until 2027 then review").flags
    assert "anticoagulant" in read_context("一直吃着华法林，止痛药停了").flags


def test_an_infants_age_as_a_clinicians_fraction():
    from medmodel.context import infant_age_months
    assert infant_age_months("6/52 old M, T 38.2 at home") < 2
    assert 2.9 < infant_age_months("3/12 old baby, feeding less") < 3.1
    assert infant_age_months("45M cough 2/52, T 38.2") is None           # a duration, not an age


@pytest.mark.parametrize("text, flags, denied", [
    # warfarin on its own (its interactions are not the DOACs'), and as an anticoagulant
    ("on warfarin for AF, INR 2.8", {"warfarin", "anticoagulant"}, set()),
    ("长期服用华法林", {"warfarin", "anticoagulant"}, set()),
    ("on apixaban for AF", {"anticoagulant"}, {"warfarin"}),
    ("not on warfarin", set(), {"warfarin"}),
    ("switched from warfarin to apixaban last year", {"anticoagulant"}, {"warfarin"}),
    # a bleeding disorder, the patient's own; a family history is a relative's
    ("17M with haemophilia A, twisted his knee", {"bleeding_disorder"}, set()),
    ("known VWD, nosebleed for 40 minutes", {"bleeding_disorder"}, set()),
    ("my son has haemophilia and fell off his bike", {"bleeding_disorder"}, set()),
    ("血友病患者，膝关节肿痛", {"bleeding_disorder"}, set()),
    ("no bleeding disorders, not on blood thinners", set(), {"bleeding_disorder", "anticoagulant"}),
    ("family history of haemophilia, knee pain after football", set(), {"bleeding_disorder"}),
    ("有血友病家族史，踢球后膝盖疼", set(), {"bleeding_disorder"}),
    ("Family history: haemophilia. Twisted knee", set(), {"bleeding_disorder"}),
    ("brother has haemophilia, now knee pain", set(), {"bleeding_disorder"}),
    ("haemophilia runs in the family", set(), {"bleeding_disorder"}),
    ("父亲有血友病，我膝盖疼", set(), {"bleeding_disorder"}),
    ("家族中有人患血友病", set(), {"bleeding_disorder"}),
    ("heavy periods, ?bleeding disorder", set(), {"bleeding_disorder"}),
    ("screen for bleeding disorder", set(), {"bleeding_disorder"}),
    ("heparin-induced thrombocytopenia last year", set(), {"anticoagulant"}),
    ("switching from warfarin to apixaban next week", {"warfarin", "anticoagulant"}, set()),
    # a renin-angiotensin blocker already taken (a word, not part of one: "arbitrary", "race")
    ("hypertension on ramipril 10mg", {"ace_inhibitor"}, {"arb"}), ("长期吃缬沙坦", {"arb"}, set()),
    ("an arbitrary rise in BP, race walker", set(), {"arb", "ace_inhibitor"}),
    ("not on an ACE inhibitor", set(), {"ace_inhibitor"}),
])
def test_warfarin_and_bleeding_disorders(text, flags, denied):
    note = read_context(text)
    assert flags <= note.flags and not (note.flags & denied), note.items


def test_warfarin_is_an_anticoagulant_for_the_rules_and_for_the_model():
    from medmodel.tokenizer import context_tokens
    ticked = Case("UTI symptoms", 70, "F", frozenset({"warfarin"}))
    assert {"warfarin", "anticoagulant"} <= ticked.context_flags
    tokens = context_tokens(ticked)
    assert "[ANTICOAGULANT]" in tokens and "[WARFARIN]" not in tokens   # a flag no model was trained with
    assert "[BLEEDING_DISORDER]" not in context_tokens(Case("knee pain", 17, "M", frozenset({"bleeding_disorder"})))


def test_an_infants_age_in_chinese_numerals():
    from medmodel.context import infant_age_months
    assert infant_age_months("宝宝两个月大，今天晚上量体温38度") == 2.0
    assert infant_age_months("出生三周，发烧") == 3 * 7 / 30.44
    assert infant_age_months("咳嗽两个月了") is None        # a duration, not an age


@pytest.mark.parametrize("text, liver", [
    ("既往史：慢性乙型肝炎病史15年，未规律抗病毒治疗", True), ("慢性丙肝多年", True), ("我有酒精肝", True),
    ("乙肝疫苗打过了", False), ("chronic hepatitis B", True),
])
def test_chronic_hepatitis_is_liver_disease_in_chinese_too(text, liver):
    assert ("liver_disease" in read_context(text).flags) is liver


def test_an_allergy_after_a_denied_symptom_is_not_denied():
    """"no rash, allergic to penicillin": the denial is the rash's; the allergy after the comma stands (it was read
    as denied, and a penicillin could have been offered)."""
    def allergy(text):
        return [(i.key, i.negated) for i in read_context(text).items if i.key == "allergy_penicillin"]
    assert allergy("no rash, allergic to penicillin") == [("allergy_penicillin", False)]
    assert allergy("没有皮疹，青霉素过敏") == [("allergy_penicillin", False)]
    assert allergy("not allergic to penicillin") == [("allergy_penicillin", True)]
    assert allergy("no known allergy to penicillin") == [("allergy_penicillin", True)]


@pytest.mark.parametrize("text, age", [
    ("My 5 year old woke up limping this morning and says his hip hurts", 5),
    ("our 3-year-old has a rash", 3),
    ("my 14yo woke up at 5am with awful pain in his testicle", 14),
    ("I'm 16 and woke up with really bad pain", 16),
    ("I am 35. My 5 year old has a cold and I have a headache", 35),   # the writer's own age first
    ("I am 35 weeks pregnant", None),
    # the child is the writer's contact when the child's own clause says so (set AC: the writer's gastroenteritis
    # was given a 4-year-old's intussusception)
    ("Got IBS but this is different, vomiting since 2am. My 4 year old had exactly the same 2 days ago", None),
    ("my 2 year old caught it from nursery, now I have diarrhoea", None),
    ("my 3 year old has a fever and rash, his sister had it too", 3),
])
def test_a_parents_my_n_year_old_and_a_writers_im_n(text, age):
    """A parent's "my 5 year old" (with no noun after it) is the patient's age, so a child's rules apply when the form
    is blank (a limping 5-year-old was routine in the app); "I'm 16." is the writer's own."""
    got = [i.value for i in read_context(text).items if i.key == "age"]
    assert (got[0] if got else None) == age


@pytest.mark.parametrize("text, weeks", [
    ("I'm 10 weeks, saw a heartbeat at my early scan at 7 wks. Spotting today", 10),   # the scan says pregnancy
    ("I am 9 weeks with morning sickness", 9),
    ("孕20wk，吃了iron supplement以后便秘很严重", 20),
    ("I'm 3 weeks into this cough, baby at home", None),        # a duration, not a pregnancy
    ("I'm 6 weeks postpartum and baby is fine", None),
    ("I'm 12 weeks and my knee hurts", None),                   # no word of a pregnancy
])
def test_weeks_of_a_pregnancy_in_a_womans_own_words(text, weeks):
    ctx = read_context(text)
    assert ctx.gestation_weeks == weeks
    assert ("pregnant" in ctx.flags) is (weeks is not None)


@pytest.mark.parametrize("text", ["I used to take sumatriptan before pregnancy - is it ok while nursing?",
                                  "after my pregnancy I got piles",
                                  "Four years ago, I had pregnancy diabetes. Once I delivered my baby, sugars were normal"])
def test_a_pregnancy_before_or_after_is_not_one_now(text):
    assert "pregnant" not in read_context(text).flags


def test_a_mothers_pregnancy_is_not_her_childs():
    """"4yo daughter, spots ... I'm 24 weeks pregnant": the mother writes; the child is not pregnant (set AJ's chickenpox
    was urgent through chickenpox in pregnancy once that rule existed). The form's own tick still counts."""
    text = "4yo daughter, spots turned into blisters. I'm 24 weeks pregnant and I think I had it as a child"
    merged, _ = merge(Case(text, 4, "F"), read_context(text))
    assert "pregnant" not in merged.flags and merged.gestation_weeks is None
    merged, _ = merge(Case(text, 30, "F"), read_context(text))
    assert "pregnant" in merged.flags and merged.gestation_weeks == 24
    merged, _ = merge(Case(text, 4, "F", frozenset({"pregnant"})), read_context(text))
    assert "pregnant" in merged.flags


def test_traditional_chinese_context_is_read_and_shown_as_written():
    ctx = read_context("懷孕20週，對青黴素過敏")
    assert {"pregnant", "allergy_penicillin"} <= ctx.flags and ctx.gestation_weeks == 20
    assert all("懷" in i.phrase or "青黴素" in i.phrase or "過敏" in i.phrase for i in ctx.items)


@pytest.mark.parametrize("text, denied_", [
    ("Pregnant: no", True), ("pregnant? no", True), ("怀孕：无", True), ("是否怀孕：否", True), ("有没有怀孕？没有", True),
    ("妊娠：否认", True), ("breastfeeding: no", True),
    ("Pregnant: yes, 20 weeks", False), ("怀孕：是", False), ("Pregnant? No idea", False), ("怀孕？没有想到", False),
])
def test_a_forms_question_answered_no(text, denied_):
    """A structured note answers its own questions: "Pregnant: no" had read as pregnant."""
    items = [i for i in read_context(text).items if i.key in ("pregnant", "breastfeeding")]
    assert items and all(i.negated is denied_ for i in items)


@pytest.mark.parametrize("text, negated", [
    ("平时身体好，没怀孕。", True), ("没吃华法林", True), ("没几天就怀孕了", False), ("怀孕8周", False),
])
def test_mei_alone_denies_in_chinese(text, negated):
    """没 before the context word denies it ("没怀孕" had read as pregnant: a flu got the fever-in-pregnancy rule)."""
    items = [i for i in read_context(text).items if i.key in ("pregnant", "warfarin")]
    assert items and all(i.negated is negated for i in items)


def test_a_question_answered_no_in_a_dialogue_denies_the_context_it_asks_about():
    """"Nurse: bleeding disorder or blood thinners? Mum: no." had a hockey head clash sent to the emergency department
    as an anticoagulated head injury (set BQ); a note that is no dialogue states what it says."""
    ctx = read_context("Nurse: what happened? Mum: she clashed heads at hockey. Nurse: vomiting? Mum: no. "
                       "Nurse: bleeding disorder or blood thinners? Mum: no.")
    assert {i.key for i in ctx.items} >= {"anticoagulant", "bleeding_disorder"} and all(i.negated for i in ctx.items)
    assert "anticoagulant" in read_context("on warfarin, fell and hit head. Is that bad?").flags


@pytest.mark.parametrize("text, allergic", [
    ("UTI symptoms, burning and frequency, allergic to trimethoprim and nitrofurantoin", {"trimethoprim", "nitrofurantoin"}),
    ("allergic to doxycycline (rash)", {"doxycycline"}),
    ("对甲硝唑过敏", {"metronidazole"}),
    ("allergies: codeine, morphine", {"codeine", "morphine"}),
    ("nitrofurantoin gave me a rash last time", {"nitrofurantoin"}),
    ("no allergy to nitrofurantoin", set()),
    ("my mum is allergic to trimethoprim", set()),
    ("took trimethoprim last time, worked well", set()),
    ("NKDA", set()),
])
def test_an_allergy_to_a_medicine_named_in_the_note(kb, text, allergic):
    """Any knowledge-base medicine by its generic name, English or Chinese, read with the class allergies' statements
    ("allergic to trimethoprim and nitrofurantoin" had both offered for a UTI); not denied, not a relative's."""
    from medmodel.context import named_medicine_allergies
    assert set(named_medicine_allergies(text, kb)) == allergic


@pytest.mark.parametrize("text, age, sex", [
    ("4yo daughter refusing to walk since yesterday", 4, "F"),
    ("4yo refusing to walk since yesterday", 4, None),
    ("67 y/o with SOB on exertion", 67, None),
])
def test_an_age_that_opens_the_note_or_comes_with_son_or_daughter_is_read(text, age, sex):
    from medmodel.context import read_context
    items = {i.key: i.value for i in read_context(text).items}
    assert items.get("age") == age and items.get("sex") == sex


@pytest.mark.parametrize("text, age, sex", [
    ("小孩两岁，呕吐好几次", 2, None),
    ("我妈八十二岁了", 82, "F"),   # (the writer's mother, named first: the patient)
    ("孩子几岁了", None, None),
    ("man 45 sweating and short of breath", 45, "M"),
    ("man 2 days of cough", None, None),
])
def test_an_age_in_chinese_numerals_or_after_man_or_woman_is_read(text, age, sex):
    items = {i.key: i.value for i in read_context(text).items}
    assert items.get("age") == age and items.get("sex") == sex


@pytest.mark.parametrize("text, age", [
    ("my 3 month old hasn't pooed for 4 days, still feeding well", 0),
    ("8 month old with dry red patches in his elbow creases", 0),
    ("my 18 month old has had a fever since yesterday", 1),
    ("my 6 week old is feeding poorly", 0),
    ("I had a 3 month old prescription I never used", None),
])
def test_a_babys_age_in_months_or_weeks_is_read_in_years(text, age):
    """A baby's age written in months or weeks with the form blank is read (in whole years): "my 3 month old" had been
    unread, and the baby's differential held endometriosis and the menopause."""
    assert read_context(text).age == age


@pytest.mark.parametrize("text, age, sex", [
    ("Son 4, sore throat and temp 38.9 since yesterday", 4, "M"),
    ("My mum (79) stood up under an open cupboard door", 79, "F"),
    ("Neighbour of mine (86, Mrs Patel) slipped in her kitchen", 86, None),
    ("I'm looking after my granddaughter who is 4 and has asthma", 4, "F"),
    ("Mum is 79, lives with us", 79, "F"),
    ("my son 3 times a day", None, "M"),   # (no age; the relative named first is the patient: his sex)
    ("my dad 2 weeks ago had a fall", None, "M"),
    ("husband 45 min later", None, None),
])
def test_a_relatives_age_after_their_word_is_read(text, age, sex):
    """"Son 4,", "My mum (79)", "Neighbour of mine (86, ...)": a carer's note of a child or a parent of 80 had been read
    with no age at all (set CM), not a count or a time after the word."""
    items = {i.key: i.value for i in read_context(text).items}
    assert items.get("age") == age and items.get("sex") == sex


@pytest.mark.parametrize("text, months", [
    ("Little one is 10 months. Had high temps for 3 days", 10.0),
    ("10 months, fever for 3 days", 10.0),
    ("3 months ago I had a cold", None),
    ("9 weeks pregnant, bleeding", None),
])
def test_an_infants_age_said_plainly_is_read_in_months(text, months):
    """"Little one is 10 months": a roseola's rash once the fever had gone stayed urgent by the infant fever rule, the
    baby's age unread (set CO)."""
    assert infant_age_months(text) == months


@pytest.mark.parametrize("text, age, sex", [
    ("我奶奶85岁，肾不好", 85, "F"),
    ("我爸82岁，今天早上摔了一跤", 82, "M"),
    ("我妈83岁，今天下午打麻将的时候突然嘴有点歪", 83, "F"),
    ("儿子今年5岁，发烧两天", 5, "M"),
    ("我70岁，慢阻肺十几年了", 70, None),
])
def test_a_chinese_relatives_word_before_the_age_gives_the_sex(text, age, sex):
    """"我奶奶85岁": the writer's grandmother had her age read and no sex (set CO)."""
    items = {i.key: i.value for i in read_context(text).items}
    assert items.get("age") == age and items.get("sex") == sex


@pytest.mark.parametrize("text", [
    "我老公尿毒症透析三年了，每周一三五透。这周因为发烧，周一没去透析。今天早上起来喘得厉害",
    "on haemodialysis, missed his Monday dialysis, breathless",
])
def test_a_missed_dialysis_session_is_no_denial_of_kidney_disease(text):
    """A session missed ("周一没去透析", "missed his Monday dialysis") leaves the kidney disease read, with no "no:
    kidney disease" chip beside an eGFR of 10 (set DX)."""
    items = [i for i in read_context(text).items if i.key == "kidney_disease"]
    assert items and not any(i.negated for i in items)


@pytest.mark.parametrize("text, age, sex", [
    ("Had a blood test and fainted. Do I need to do anything? 22, M.", 22, "M"),
    ("22, F. Burning when I wee", 22, "F"),
    ("breastfeeding my 5 week old. red hot painful area on my left boob, temp 38.1", None, None),
    ("my 5 week old has a temp of 38.2 and isn't feeding", 0, None),
])
def test_the_patients_age_and_sex_as_a_signature_and_not_a_breastfed_babys(text, age, sex):
    """"22, M." closing a note is the writer's; a mother writing of her own breast is the patient, not her 5-week-old
    (set EF: read as a baby of 0, her mastitis's fever was an infant's red flag)."""
    items = {i.key: i.value for i in read_context(text).items if not i.negated}
    assert items.get("age") == age and items.get("sex") == sex


@pytest.mark.parametrize("text, pregnant, negated", [
    ("月经推迟十来天了，左下腹痛。还没测过有没有怀孕。", False, None),   # a question, unanswered
    ("是不是怀孕了？", False, None),
    ("有没有怀孕？没有", True, True),                                  # answered no
    ("没有怀孕", True, True),
    ("怀孕8周，有点出血", True, False),
])
def test_a_chinese_a_not_a_question_is_no_pregnancy_and_no_denial(text, pregnant, negated):
    """"有没有怀孕" asks whether: it neither says pregnant nor denies it (set EF: the Assess page showed "no: pregnant"
    beside an ectopic pregnancy for "还没测过有没有怀孕")."""
    items = [i for i in read_context(text).items if i.key == "pregnant"]
    assert bool(items) is pregnant
    if pregnant:
        assert items[0].negated is negated


@pytest.mark.parametrize("text, weeks", [
    ("怀孕六个月，查出来贫血", 25),
    ("6 months pregnant and constipated on iron", 25),
    ("怀孕两个多月，吐得厉害", 8),
    ("孕26周", 26),
])
def test_a_pregnancys_months_give_its_weeks(text, weeks):
    """A pregnancy told in months reads at least 4.3 weeks a month (set EK: a miscarriage, under 24 weeks, led a
    6-month pregnancy's black stools on iron tablets)."""
    items = {i.key: i.value for i in read_context(text).items if not i.negated}
    assert items.get("pregnant") is True and items.get("gestation_weeks") == weeks
