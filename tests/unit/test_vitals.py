"""medmodel.vitals: numbers in a note become the findings they imply, present when abnormal."""
import pytest

from medmodel.vitals import read_vitals


@pytest.mark.parametrize("text, finding, present", [
    ("SpO2 88% on air", "low_oxygen_saturation", True),
    ("sats 97% RA", "low_oxygen_saturation", False),
    ("T 39.2", "high_fever", True),
    ("temp 38.4C", "fever", True),
    ("temperature of 101F", "fever", True),
    ("T 36.8", "fever", False),
    ("HR 132", "tachycardia", True),
    ("pulse 38", "slow_pulse", True),
    ("RR 28", "rapid_breathing", True),
    ("BP 84/50", "low_blood_pressure", True),
    ("BP 220/130", "very_high_blood_pressure", True),
    ("BP 150/95", "high_blood_pressure_reading", True),
    ("BM 2.1", "low_blood_glucose", True),
    ("glucose meter reads HI", "high_blood_glucose", True),
    # a unit written is read (set AB: "CBG 41 mmol/L" in an HHS was read as 41 mg/dL, a low sugar)
    ("CBG 41 mmol/L", "high_blood_glucose", True),
    ("glucose 41", "low_blood_glucose", True),
    # blood ketones: JBDS, a DKA's are 1.5 mmol/L or more ("ketones 0.4" in an HHS was read as raised ketones)
    ("ketones 0.4", "raised_ketones", False),
    ("ketones 0.6 mmol/l", "raised_ketones", False),
    ("blood ketones 3.4", "raised_ketones", True),
    ("血酮4.2", "raised_ketones", True),
    ("血氧88%", "low_oxygen_saturation", True),
    ("体温39.2℃", "high_fever", True),
    ("心率120次/分", "tachycardia", True),
    ("血压85/50mmHg", "low_blood_pressure", True),
    ("my son has a fever of 104", "high_fever", True),
    ("cough and a 103 fever", "high_fever", True),
    ("a 102 temp last night", "fever", True),
    ("fever 38.2 and sore throat", "fever", True),
    ("孩子发烧39度", "high_fever", True),
    ("烧到38.5℃", "fever", True),
    ("my blood pressure is high today 190/120", "very_high_blood_pressure", True),
    ("血压今天量了190/120", "very_high_blood_pressure", True),
])
def test_reading_implies_finding(text, finding, present):
    readings = read_vitals(f"Seen today. {text}. Otherwise well.")
    assert [(r.finding, r.present) for r in readings] == [(finding, present)]
    r = readings[0]
    assert f"Seen today. {text}. Otherwise well."[r.start:r.end] == r.phrase


def test_words_that_look_like_readings_are_not():
    assert read_vitals("I had a T2DM review, took 2 paracetamol at 10") == []
    assert read_vitals("urine dip: ketones 2+, leucocytes ++") == []     # a dipstick's, read by the lexicon
    assert read_vitals("hi doctor, my son is 5") == []


@pytest.mark.parametrize("text", ["fever for 3 days", "fever 2 days now", "had a fever 10 days ago", "发烧3天",
                                  "40 year old with fever"])
def test_a_fever_with_a_duration_is_not_a_reading(text):
    assert read_vitals(text) == []


def test_pairs_in_a_note_about_blood_pressure_are_readings():
    text = "Had my blood pressure done at the chemist. Its been 162/98 and 150/92."
    assert [(r.finding, r.phrase) for r in read_vitals(text)] == [("high_blood_pressure_reading", "162/98"),
                                                                  ("high_blood_pressure_reading", "150/92")]
    # a full stop after a reading ends the sentence, not a decimal ("the machine said 158/98.")
    assert [r.phrase for r in read_vitals("Free check at the pharmacy, the machine said 158/98.")] == ["158/98"]
    assert [r.finding for r in read_vitals("BP checked. Was 120/80 then 195/125")] == \
        ["low_blood_pressure", "very_high_blood_pressure"]     # normal (low pressure denied), then very high


@pytest.mark.parametrize("text", ["BP fine. Seen 12/05/2024, vision 20/20", "blood pressure normal, pain 3/10, cough 2/7",
                                  "scored 150/100 in the exam"])   # dates, fractions; a pair in a note not about BP
def test_other_pairs_are_not_readings(text):
    assert read_vitals(text) == []


@pytest.mark.parametrize("text, finding, phrase", [
    ("查体：BP 150/60mmHg，HR 36次/分，律齐", "slow_pulse", "HR 36"),     # a Chinese unit straight after the number
    ("心电图：心室率34次/分，宽QRS逸搏心律", "slow_pulse", "心室率34"),
    ("HR 130bpm, RR 24", "tachycardia", "HR 130"),
    ("Finger prick 2.6, we've given him lucozade", "low_blood_glucose", "Finger prick 2.6"),
    ("My meter said 2.9 before lunch", "low_blood_glucose", "meter said 2.9"),
])
def test_a_pulse_with_a_chinese_unit_and_a_meter_reading_are_read(text, finding, phrase):
    """Set AP's complete heart block ("HR 34次/分") and set AQ's hypo ("Finger prick 2.6") read no vital sign."""
    assert (finding, phrase) in [(r.finding, r.phrase) for r in read_vitals(text)]


def test_a_meter_count_is_no_glucose():
    assert not [r for r in read_vitals("walked 300 meters, meter 5 mins away") if "glucose" in r.finding]


@pytest.mark.parametrize("text, very_high", [
    ("BP check: 186/104 on her home machine over a thick jumper. Repeated here seated after 5 min rest: 152/94, 148/92", False),
    ("家里电子血压计量的185/110，休息10分钟后复测150/92", False),
    ("BP 210/125, repeated 205/122", True),                     # the repeat is a crisis too
    ("BP 190/100 this morning, 150/90 last week", True),         # an earlier reading, not a repeat
    ("BP 186/104, will repeat next week", True),                 # a repeat planned, none given
])
def test_a_very_high_reading_taken_again_below_the_crisis_is_high(text, very_high):
    """NICE NG136 1.1: a blood pressure is taken again and the lower recorded; a crisis reading from a cuff over a jumper,
    repeated at rest at 152/94, had made a hypertensive emergency lead (set DN)."""
    found = [(r.finding, r.present) for r in read_vitals(text)]
    assert (("very_high_blood_pressure", True) in found) is very_high, found
    assert ("high_blood_pressure_reading", True) in found or very_high


@pytest.mark.parametrize("text, confusion, score, parameters", [
    ("HR 124, BP 94/60, RR 24, T 37.9", False, 6, 4),                       # 2 + 2 + 2 + 0
    ("temp 38.6, resp rate about 32, sats 91% on air, HR 124", False, 9, 4),   # 1 + 3 + 3 + 2
    ("temp 38.6, resp rate about 32, sats 91% on air, HR 124", True, 12, 4),   # with a new confusion
    ("BP 122/78, HR 88, T 36.8", False, 0, 3),
    ("COPD. sats 88%, HR 96, RR 22, T 37.2", False, 3, 3),                   # no saturation scored in COPD (scale 2)
    ("HR 124, T 39.5", False, 0, 2),                                          # too few to score
])
def test_news2_from_the_notes_observations(text, confusion, score, parameters):
    """RCP NEWS2 (2017): each parameter's band, summed over the numeric parameters the note gives (three at least)."""
    from medmodel.vitals import news2
    got, n, where = news2(text, confusion)
    assert (got, n) == (score, parameters)
    assert (where is None) is (parameters < 3)


@pytest.mark.parametrize("text, finding, present", [
    ("The forehead thermometer said 34.1 which can't be right?? Feeding normally", "low_body_temperature", False),
    ("oximeter flashed 78% on her finger but her hands were freezing and the number kept jumping", "low_oxygen_saturation",
     False),
    ("sats 88% and she's blue", "low_oxygen_saturation", True),
    ("电子体温计量腋下只有34度", "low_body_temperature", True),
    ("Very drowsy, hard to rouse, RR 7, pinpoint pupils", "slow_shallow_breathing", True),
    ("Our 3yo has had a fever over 39 for 6 days", "high_fever", True),
])
def test_readings_believed_disbelieved_and_newly_read(text, finding, present):
    """A reading its writer says cannot be right, or an oximeter on a frozen, jumping finger (NHS "Pulse oximeters"), is
    no finding (set FL: a teething baby and a child's cold were emergencies); a Chinese thermometer with its place between,
    a respiratory rate of 8 or less (NEWS2's lowest band) and "a fever over 39" are read (sets FI, U)."""
    found = {(r.finding, r.present) for r in read_vitals(text)}
    assert ((finding, True) in found) is present, found
