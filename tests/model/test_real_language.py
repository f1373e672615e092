"""The shipped model on real language: the development set's evaluation runs (a slice), no output is impossible
for the patient, context written only in the note withholds what it forbids, and out-of-scope notes get no drugs."""
import pandas as pd
import pytest

from medmodel import Predictor
from medmodel.case import Case
from medmodel.evaluate import evaluate_context, evaluate_dev, evaluate_out_of_scope
from medmodel.hanzi import simplified
from medmodel.paths import ASSETS
from medmodel.safety import impossible_for, impossible_next_steps
from tests.support import generated_cases

EVAL = ASSETS / "eval"


def read(name: str, n: int | None = None) -> pd.DataFrame:
    df = pd.read_csv(EVAL / name, dtype=str, keep_default_na=False)
    return df.head(n) if n else df


def test_dev_set_slice(shipped_bundle):
    m = evaluate_dev(shipped_bundle, read("real_dev.csv").sample(80, random_state=0))
    print(f"\n[real_dev slice] n {m['n']} top1 {m['top1']:.3f} top3 {m['top3']:.3f} under {m['under_triage']:.3f} "
          f"over2+ {m['over_triage_2plus']:.3f} negation raise {m['negation_raise_rate']:.3f}")
    assert m["n"] == 80 and not m["unknown_dx"]
    assert m["top1"] >= 0.5 and m["top3"] >= m["top1"] and m["finding_recall"] >= 0.9


@pytest.mark.parametrize("name, n, top3", [("lay_notes_b.csv", 120, 0.93), ("clinical_notes_b.csv", 120, 0.93),
                                            ("fresh_notes_c.csv", 150, 0.93), ("fresh_notes_d.csv", 150, 0.94),
                                            ("fresh_notes_f.csv", 160, 0.95), ("fresh_notes_g.csv", 160, 0.95),
                                            ("fresh_notes_k.csv", 220, 0.97), ("fresh_notes_l.csv", 200, 0.97), ("fresh_notes_n.csv", 200, 0.96), ("fresh_notes_o.csv", 160, 0.97),
                                            ("fresh_notes_p.csv", 200, 0.95),
                                            ("heldout_notes_m.csv", 200, 0.96)])
def test_notes_written_blind(shipped_bundle, name, n, top3):
    """Sets of notes written blind to the project (assets/eval/context_notes_README.md): patients' lay words (first
    read top-1 0.858, top-3 0.958), clinicians' shorthand, denials, context and 病历 (0.867, 0.975), each under-triaging
    1 of 120, and two sets of 150 fresh notes (first read 0.873 / 0.933 and 0.833 / 0.973; 0.893 / 0.973 and 0.927 /
    0.980 after the reader fixes they prompted), and two of 160 (f: first read 0.906 / 0.969; g, first read after f's
    fixes: 0.863 / 0.950, unchanged by them), one of 220 (k: first read 0.940 with no under-triage), two of 200 (l: first read 0.865 / 0.970; n, half minor problems: 0.875 / 0.960, over-triage 9.5%) and a held-out
    200
    (m, never read note by note: 0.905 / 0.985), and one of 200 with forum questions and carers (p: first read 0.805 / 0.970). Guarded a few notes below that, so a regression in reading real words
    fails here."""
    m = evaluate_dev(shipped_bundle, read(name))
    print(f"\n[{name}] top1 {m['top1']:.3f} top3 {m['top3']:.3f} under {m['under_triage']:.3f} "
          f"over2+ {m['over_triage_2plus']:.3f}", {s: round(v["top1"], 2) for s, v in m["by_style"].items()})
    assert m["n"] == n and not m["unknown_dx"]
    assert m["top1"] >= 0.80 and m["top3"] >= top3 and m["under_triage"] <= 0.02, m["undertriaged"]


def test_urgent_presentations_in_everyday_words(shipped_bundle):
    """fresh_notes_r.csv: 160 urgent and emergency presentations told in understated everyday words (and minor
    look-alikes), written blind; first read under-triaged 11 of them (0 after the fixes they prompted). The diagnosis
    is hard here (top-1 0.69); the guard is on triage."""
    m = evaluate_dev(shipped_bundle, read("fresh_notes_r.csv"))
    print(f"\n[fresh_notes_r] top1 {m['top1']:.3f} top3 {m['top3']:.3f} under {m['under_triage']:.3f} "
          f"over2+ {m['over_triage_2plus']:.3f}")
    assert m["n"] == 160 and not m["unknown_dx"]
    assert m["under_triage"] <= 0.01 and m["over_triage_2plus"] <= 0.06 and m["top3"] >= 0.78, m["undertriaged"]


def test_a_fourth_blind_set_in_the_held_out_mix(shipped_bundle):
    """fresh_notes_s.csv: 160 notes in heldout_notes_q's mix, written blind after the fixes from sets p and r; first
    read 0.800 / 0.944 with under-triage 3 of 160 (2 after its fixes)."""
    m = evaluate_dev(shipped_bundle, read("fresh_notes_s.csv"))
    print(f"\n[fresh_notes_s] top1 {m['top1']:.3f} top3 {m['top3']:.3f} under {m['under_triage']:.3f} "
          f"over2+ {m['over_triage_2plus']:.3f}")
    assert m["n"] == 160 and not m["unknown_dx"]
    assert m["top1"] >= 0.77 and m["top3"] >= 0.93 and m["under_triage"] <= 0.02, m["undertriaged"]


def test_a_fifth_blind_set_in_the_held_out_mix(shipped_bundle):
    """fresh_notes_t.csv: 200 notes in heldout_notes_q's mix, written blind (31st session) after the session's first
    fixes; first read 0.840 / 0.945 with under-triage 4 of 200 (a post-viral myocarditis lying flat, C. difficile
    after clindamycin at 76, a bleed in the eye on warfarin, decompensated hepatitis B cirrhosis), 0 after its fixes."""
    m = evaluate_dev(shipped_bundle, read("fresh_notes_t.csv"))
    print(f"\n[fresh_notes_t] top1 {m['top1']:.3f} top3 {m['top3']:.3f} under {m['under_triage']:.3f} "
          f"over2+ {m['over_triage_2plus']:.3f}")
    assert m["n"] == 200 and not m["unknown_dx"]
    assert m["top1"] >= 0.82 and m["top3"] >= 0.92 and m["under_triage"] <= 0.01, m["undertriaged"]


# Blind sets written on 2026-12-04 (each first read in aggregate, then a development set; their first reads and what
# they prompted are in assets/eval/context_notes_README.md): file, notes, and the floors each must keep -
# top-1, top-3, under-triage, over-triage by 2+ levels.
BLIND_SETS_OF_2026_12_04 = [
    ("fresh_notes_u.csv", 200, 0.90, 0.95, 0.01, 0.03),    # first read 0.890 / 0.960, under 1, over2+ 8
    ("fresh_notes_v.csv", 200, 0.88, 0.96, 0.01, 0.03),    # 0.890 / 0.970, 1, 10 with U's fixes (0.875 at the start)
    ("fresh_notes_w.csv", 200, 0.87, 0.95, 0.01, 0.03),    # 0.850 / 0.950, 3, 3 with U-V's fixes
    ("fresh_notes_x.csv", 200, 0.90, 0.97, 0.005, 0.02),   # 0.890 / 0.970, 3, 3 with U-W's fixes (under 5 at the start)
    ("fresh_notes_z.csv", 200, 0.91, 0.96, 0.005, 0.02),   # online questions, Q&A style: 0.890 / 0.965, 3, 2
    ("fresh_notes_aa.csv", 120, 0.83, 0.95, 0.01, 0.0),    # urgent presentations played down: 0.825 / 0.933, under 4
    ("fresh_notes_ab.csv", 200, 0.90, 0.95, 0.005, 0.02),  # second session, Q's mix: 0.855 / 0.945, under 2, over2+ 2
    ("fresh_notes_ac.csv", 150, 0.77, 0.92, 0.0, 0.045),   # heavy with history, medicines, allergies: 0.787 / 0.940, 1, 7
    ("fresh_notes_ad.csv", 200, 0.91, 0.96, 0.005, 0.02),  # Q's mix with hard cases: 0.870 / 0.955, 1, 3 (AB-AC's: 0.880)
    ("fresh_notes_ae.csv", 100, 0.86, 0.96, 0.0, 0.03),    # Chinese (app, Q&A site, carers, 病历): 0.860 / 0.970, 1, 2
    ("fresh_notes_ah.csv", 200, 0.93, 0.98, 0.0, 0.025),   # third session, lay phone English: 0.885 / 0.980, under 7, 7
    ("fresh_notes_ai.csv", 150, 0.95, 0.98, 0.007, 0.01),  # clinician English and Chinese 病历: 0.940 / 0.973, 1, 3
    # babies and the frail elderly, EN and ZH: 0.827 / 0.900, 8, 6 (0.880 -> 0.867 in the fourth session: "hit his
    # forehead" and 叫不太醒 now read, the model's lead moved in two notes, both emergencies still)
    ("fresh_notes_aj.csv", 150, 0.86, 0.92, 0.014, 0.03),
    ("fresh_notes_ak.csv", 120, 0.90, 0.98, 0.009, 0.01),  # forum questions, danger understated: 0.908 / 0.992, 2, 3
    ("fresh_notes_al.csv", 150, 0.90, 0.98, 0.0, 0.03),    # a week's mix: 0.880 / 0.973, 3, 4 at the start (0.900 after AH-AK)
    ("fresh_notes_an.csv", 150, 0.94, 0.99, 0.007, 0.0),   # fourth session, symptom-checker lay English: 0.933 / 0.987, 2, 0
    ("fresh_notes_ao.csv", 150, 0.98, 0.99, 0.0, 0.0),     # comma-separated symptom lists: 0.960 / 0.993, 1, 1
    ("fresh_notes_ap.csv", 150, 0.92, 0.97, 0.0, 0.0),     # Chinese only, patients and 病历: 0.847 / 0.973, 5, 2
    # over 60 with many medicines: 0.793 / 0.913, 6, 6 (0.873 -> 0.867 in the fifth session: "feels 'just awful'" is
    # read as malaise now that quotation marks no longer split a phrase, and one heart attack's lead moved to sepsis, an
    # emergency still)
    ("fresh_notes_aq.csv", 150, 0.86, 0.95, 0.007, 0.02),
    ("fresh_notes_ar.csv", 150, 0.90, 0.96, 0.0, 0.007),   # children, parents and school nurses: 0.853 / 0.940, 1, 7
    ("fresh_notes_as.csv", 120, 0.93, 0.99, 0.0, 0.0),     # forum questions from five countries: 0.858 / 0.975, 1, 0
    ("fresh_notes_at.csv", 120, 0.93, 0.99, 0.009, 0.017), # Chinese online questions: 0.858 / 0.958, 2, 7
    ("fresh_notes_au.csv", 120, 0.91, 0.98, 0.0, 0.009),   # pertinent negatives and context, EN and ZH: 0.892 / 0.975, 1, 3
    ("fresh_notes_av.csv", 120, 0.78, 0.94, 0.009, 0.06),  # danger in understated English: 0.758 / 0.925, 7, 7
    ("fresh_notes_aw.csv", 120, 0.87, 0.97, 0.009, 0.017), # danger in understated Chinese: 0.825 / 0.950, 8, 3
    ("fresh_notes_ay.csv", 120, 0.92, 0.98, 0.0, 0.0),     # fifth session, triage nurses' English: 0.875 / 0.975, 1, 0
    ("fresh_notes_az.csv", 120, 0.91, 0.98, 0.0, 0.009),   # Chinese families about a parent: 0.792 / 0.925, 4, 3
    ("fresh_notes_ba.csv", 120, 0.83, 0.92, 0.009, 0.0),   # pregnant and breastfeeding women: 0.817 / 0.908, 8, 4
    ("fresh_notes_bb.csv", 120, 0.87, 0.95, 0.0, 0.0),     # atypical presentations: 0.867 / 0.967, 1, 0
    ("fresh_notes_bc.csv", 120, 0.89, 0.96, 0.0, 0.034),   # minor complaints in dramatic words: 0.892 / 0.958, 0, 8
    ("fresh_notes_bd.csv", 120, 0.79, 0.93, 0.009, 0.017), # mental health and substances: 0.775 / 0.908, 5, 2
    ("fresh_notes_be.csv", 120, 0.85, 0.94, 0.0, 0.025),   # English and Chinese mixed, Cantonese: 0.808 / 0.917, 4, 9
    ("fresh_notes_bf.csv", 120, 0.87, 0.95, 0.0, 0.009),   # Chinese doctors' records: 0.867 / 0.950, 0, 7
    ("fresh_notes_bg.csv", 120, 0.85, 0.95, 0.017, 0.009), # lay English from outside the UK: 0.808 / 0.933, 4, 1
    ("fresh_notes_bi.csv", 120, 0.89, 0.97, 0.0, 0.009),   # very short notes: 0.867 / 0.967, 2, 3
    ("fresh_notes_bk.csv", 100, 0.73, 0.91, 0.0, 0.02),    # results and numbers, EN and ZH: 0.72 / 0.90, 2, 3
    ("fresh_notes_bl.csv", 100, 0.76, 0.89, 0.02, 0.05),   # Chinese parents about children: 0.69 / 0.84, 4, 5
    ("fresh_notes_bj.csv", 100, 0.92, 0.97, 0.0, 0.01),    # voice dictation, EN and ZH: 0.90 / 0.97, 2, 2
    ("fresh_notes_br.csv", 100, 0.79, 0.93, 0.02, 0.0),    # sixth session, notes that lean on results: 0.79 / 0.93, 4, 1
    # injuries and a minor-injuries unit: 0.758 / 0.850, 11, 7 (over-triage by 2+ 4 -> 5 on 2026-12-05: "Slipped on a wet
    # floor at work ... Lower back sore" now reads the fall, not wet work hands, and the model's lead moved to
    # dysmenorrhoea with an abruption at 11% counted urgent)
    ("fresh_notes_bn.csv", 120, 0.80, 0.90, 0.059, 0.042),
    ("fresh_notes_bo.csv", 120, 0.89, 0.96, 0.017, 0.009), # skin, eyes, ENT, mouth and teeth: 0.875 / 0.950, 3, 2
    ("fresh_notes_bq.csv", 100, 0.84, 0.93, 0.0, 0.04),    # telephone and chatbot triage transcripts: 0.78 / 0.90, 0, 15
    ("fresh_notes_bp.csv", 120, 0.875, 0.95, 0.034, 0.009), # sexual health, urology, gynaecology: 0.867 / 0.958, 6, 2
    ("fresh_notes_bs.csv", 100, 0.81, 0.90, 0.03, 0.05),   # older and rural Chinese writers, dialect: 0.79 / 0.91, 9, 6
]


# Blind sets written on 2026-12-05 (first session; first reads and fixes in assets/eval/context_notes_README.md): file,
# notes, and the floors each keeps - top-1, top-3, under-triage, over-triage by 2+ levels.
BLIND_SETS_OF_2026_12_05 = [
    # people aged 65 to 92: first read 0.85 / 0.89, under 7, over2+ 0 (under 3 since 2026-12-06: a 72-year-old's
    # shingles, 还以为是腰扭了, had been urgent only through a dental abscess's and a pyelonephritis's likelihood read from
    # the back strain she had doubted, which is no longer read; the knowledge base's shingles is routine)
    ("fresh_notes_bt.csv", 100, 0.86, 0.89, 0.03, 0.0),
    ("fresh_notes_bu.csv", 100, 0.85, 0.99, 0.0, 0.03),  # minor and self-limiting problems: 0.85 / 0.99, 0, 9
    ("fresh_notes_bv.csv", 100, 0.78, 0.87, 0.05, 0.04),  # children and infants: 0.76 / 0.87, 11, 6
    ("fresh_notes_bw.csv", 100, 0.85, 0.97, 0.01, 0.0),  # clinicians in a hurry: 0.86 / 0.98, 2, 2
    ("fresh_notes_by.csv", 100, 0.90, 0.96, 0.0, 0.04),  # chest, breathing and heart: 0.87 / 0.94, 1, 11
    ("fresh_notes_bz.csv", 100, 0.84, 0.96, 0.03, 0.02),  # abdomen, bowels, kidneys and bladder: 0.84 / 0.95, 6, 4
    ("fresh_notes_ca.csv", 100, 0.83, 0.94, 0.05, 0.04),  # nerves, muscles, bones and joints: 0.83 / 0.95, 7, 7
    ("fresh_notes_cb.csv", 100, 0.85, 0.92, 0.03, 0.04),  # hard-to-read notes (rambling, several problems, very short): 0.82 / 0.92, 5, 8
    # second session: notes that name a known condition ("RA flare", "known asthmatic"): 0.85 / 0.96, 0, 0
    ("fresh_notes_ce.csv", 100, 0.87, 0.96, 0.0, 0.0),
    ("fresh_notes_cc.csv", 100, 0.88, 0.96, 0.02, 0.03),  # skin, eyes, ENT, mouth and teeth: 0.88 / 0.96, 2, 3
    ("fresh_notes_cf.csv", 100, 0.85, 0.94, 0.02, 0.0),   # fevers and infections in every setting: 0.86 / 0.94, 4, 0
    # third session: presentations that get under-triaged (downplayed, atypical, buried) and their benign look-alikes
    # written to alarm: first read 0.74 / 0.88, under 1, over2+ 10
    ("fresh_notes_cj.csv", 100, 0.80, 0.90, 0.0, 0.06),
    ("fresh_notes_ck.csv", 100, 0.93, 0.99, 0.0, 0.02),   # all Chinese (口语, parents, relatives, 病历): 0.92 / 0.98, 0, 6
    # fourth session: women's, men's, sexual and mental health: first read 0.85 / 0.95, under 3, over2+ 2
    ("fresh_notes_cl.csv", 100, 0.94, 0.97, 0.03, 0.02),
    # fifth session: the extremes of age (babies, toddlers, parents of 80 and more, as carers write of them): first read
    # 0.81 / 0.90, under 5, over2+ 6
    ("fresh_notes_cm.csv", 100, 0.89, 0.94, 0.0, 0.02),
    # medicines and context that change the answer (lithium, DOACs, SGLT2 inhibitors, transplants, pregnancy ...): first
    # read 0.78 / 0.89, under 4, over2+ 3
    ("fresh_notes_co.csv", 100, 0.81, 0.91, 0.01, 0.01),
    # sixth session: messy real-world typing (typos, texting, non-native English, dictation, one-liners, pinyin and mixed
    # Chinese-English, alarm over the benign and the serious downplayed): first read 0.91 / 0.96, under 3, over2+ 1
    ("fresh_notes_cq.csv", 100, 0.93, 0.96, 0.0, 0.01),
    # over-triage traps (alarming words, benign details; a third look-alikes that are urgent or emergencies): first read
    # 0.90 / 0.98, under 0, over2+ 6
    ("fresh_notes_ct.csv", 100, 0.91, 0.97, 0.0, 0.02),
    # seventh session: self-diagnoses (often wrong), what was tried, carers and relatives of older adults: first read
    # 0.89 / 0.95, under 2, over2+ 3
    ("fresh_notes_cu.csv", 100, 0.98, 0.98, 0.0, 0.01),
    # physical complaints told with mental health, alcohol or drugs and social circumstances (a drinker's bleed, an
    # anxious patient's heart attack, a homeless man's hypothermia): first read 0.73 / 0.92, under 2, over2+ 2; 0.75 /
    # 0.93 at the seventh session's end, 0.85 / 0.99, 0, 0 after the rest in the session of 2026-12-06
    ("fresh_notes_cw.csv", 100, 0.84, 0.98, 0.0, 0.0),
]
# Blind sets written on 2026-12-06: children and teenagers (parents, school nurses, teenagers, a third Chinese): first
# read 0.84 / 0.93, under 1, over2+ 1; clinicians' shorthand under time pressure (a third Chinese 急诊分诊 and 病历):
# first read 0.91 / 0.96, under 0, over2+ 1
BLIND_SETS_OF_2026_12_06 = [
    ("fresh_notes_cx.csv", 100, 0.98, 0.98, 0.0, 0.0),
    ("fresh_notes_cy.csv", 100, 0.96, 0.97, 0.0, 0.0),
    # written in the session's second half: long-term conditions with a new problem (a third Chinese): first read
    # 0.78 / 0.92, under 4, over2+ 5; injuries, poisonings, bites, burns, the heat and the cold, overdoses and crises
    # (a third Chinese): first read 0.80 / 0.88, under 2, over2+ 8
    ("fresh_notes_da.csv", 100, 0.80, 0.94, 0.01, 0.05),
    ("fresh_notes_dc.csv", 100, 0.87, 0.95, 0.0, 0.06),
    # notes whose clue is an investigation's result (bloods, urine, ECG, imaging, swabs; a third Chinese 化验单 and 辅助检查):
    # first read 0.84 / 0.95, under 1, over2+ 8; travellers and exposures (returning travellers, campers, needlesticks,
    # festival drugs; a third Chinese): first read 0.78 / 0.86, under 4, over2+ 5
    ("fresh_notes_dd.csv", 100, 0.85, 0.94, 0.01, 0.08),
    ("fresh_notes_de.csv", 100, 0.80, 0.88, 0.0, 0.05),
    # written in the session's third part: second contacts and follow-ups (a problem not settled or misnamed before; a
    # third Chinese 复诊): first read 0.93 / 0.99, under 1, over2+ 4; the important problem told among several others
    # ("while I'm here", 顺便问一下; a third Chinese): first read 0.83 / 0.93, under 2, over2+ 2
    ("fresh_notes_dg.csv", 100, 0.97, 0.99, 0.01, 0.02),
    ("fresh_notes_dh.csv", 100, 0.92, 0.97, 0.01, 0.0),
    # a community pharmacy's counter (products asked for, pharmacists' notes and referrals; a third Chinese 药店): first
    # read 0.93 / 0.97, under 2, over2+ 3; chat messages to a relative who is a doctor (emojis, slang, timestamps, voice
    # typing; a third Chinese 微信): first read 0.90 / 0.98, under 0, over2+ 1
    ("fresh_notes_dj.csv", 100, 0.94, 0.99, 0.0, 0.03),
    ("fresh_notes_dk.csv", 100, 0.96, 0.99, 0.0, 0.01),
    # babies from birth to 6 months (parents, grandparents, health visitors, midwives, 月嫂 and 新生儿科病历; a third
    # Chinese): first read 0.58 / 0.72, under 14, over2+ 7 - the weakest set yet, its under-triage fixed by the
    # newborn, scrotal and groin rules and the babies' readers; the diagnosis itself is still weak; readings from home
    # devices and wearables (cuffs, meters, oximeters, watches; a third Chinese): first read 0.80 / 0.91, under 1, over2+ 4
    ("fresh_notes_dm.csv", 100, 0.58, 0.70, 0.04, 0.08),
    ("fresh_notes_dn.csv", 100, 0.82, 0.93, 0.0, 0.04),
    # written in the session's fourth part: interpreted and machine-translated notes (literal idioms, interpreters' third
    # person, 翻译腔; a third Chinese): first read 0.79 / 0.92, under 0, over2+ 9; young adults aged 16 to 30 (students,
    # gym-goers, gamers, young parents; a third Chinese 大学生 and 打工人): first read 0.89 / 0.97, under 0, over2+ 3
    ("fresh_notes_do.csv", 100, 0.93, 0.97, 0.0, 0.02),
    ("fresh_notes_dp.csv", 100, 0.94, 0.98, 0.0, 0.01),
    # people with disabilities and communication barriers told by their carers (learning disability, autism, dementia,
    # cerebral palsy; a third Chinese 护工 and 家属): first read 0.78 / 0.87, under 0, over2+ 6; food, eating and drinking
    # as the context (buffets, hot pot, wild mushrooms, a button battery, fasting; a third Chinese): first read 0.85 /
    # 0.93, under 3, over2+ 6
    ("fresh_notes_dr.csv", 100, 0.81, 0.86, 0.0, 0.04),
    ("fresh_notes_ds.csv", 100, 0.87, 0.93, 0.02, 0.05),
    # work and occupation as the context (builders, farmers, kitchen staff, hairdressers, drivers, first-aiders; a third
    # Chinese 工地 and 厂里): first read 0.82 / 0.89, under 1, over2+ 2; the important symptom buried in a long or rambling
    # note (said late, in passing, or downplayed; a third Chinese 啰嗦): first read 0.91 / 0.96, under 1, over2+ 2
    ("fresh_notes_du.csv", 100, 0.93, 0.96, 0.0, 0.03),
    ("fresh_notes_dv.csv", 100, 0.97, 0.98, 0.0, 0.02),
    # travel and being away from home (holidays, flights, cruises, camping, altitude, diving, returning travellers; a
    # third Chinese 出国旅游 and 出差): first read 0.83 / 0.90, under 1, over2+ 1
    ("fresh_notes_dy.csv", 100, 0.94, 0.96, 0.0, 0.02),
    # long-term conditions and what goes wrong with them (dialysis, a stoma, chemotherapy, a transplant, sickle cell,
    # epilepsy, COPD, heart failure; a third Chinese 基础病 and 透析): first read at the end of the session that wrote
    # it - 0.76 / 0.86, under 3, over2+ 6; fixed in the session's sixth part
    ("fresh_notes_dx.csv", 100, 0.82, 0.91, 0.0, 0.04),
    # sport, exercise and leisure (gyms, runners, football and rugby, cycling, swimming, gardening; a third Chinese 健身房
    # and 广场舞; sixth part): first read 0.82 / 0.91, under 1, over2+ 3
    ("fresh_notes_dz.csv", 100, 0.86, 0.94, 0.0, 0.01),
    # the night and out of hours (111, 120, 夜间急诊, "can this wait until the morning?"; a third Chinese; sixth part):
    # first read 0.93 / 1.00, under 1, over2+ 3
    ("fresh_notes_ea.csv", 100, 0.92, 0.99, 0.0, 0.01),
    # sexual and reproductive health across life (periods, contraception, pregnancy early and late, after the birth and
    # breastfeeding, menopause, men's and sexual health; a third Chinese 坐月子 and 男科; sixth part): first read 0.83 /
    # 0.93, under 4, over2+ 2
    ("fresh_notes_ec.csv", 100, 0.86, 0.95, 0.01, 0.0),
    # eyes, ears, nose, throat, mouth, teeth and skin - the small complaints and the ones not to miss (a third Chinese;
    # sixth part): first read 0.91 / 0.95, under 4, over2+ 2
    ("fresh_notes_ed.csv", 100, 0.95, 0.97, 0.0, 0.0),
    # pain as the presenting complaint, told by its place, character, onset and score (a third Chinese 胀痛, 绞痛; sixth
    # part, arrived near its end): first read 0.89 / 0.97, under 2, over2+ 3 (0.96 / 1.00, 0, 0 after the seventh
    # part's fixes)
    ("fresh_notes_ef.csv", 100, 0.95, 0.99, 0.0, 0.0),
    # the gut, the bladder and the kidneys (tummy aches to a retention, a stone with a fever, a pyelonephritis in
    # pregnancy; a third Chinese 拉肚子, 尿频; seventh part): first read 0.88 / 0.97, under 4, over2+ 8
    ("fresh_notes_eh.csv", 100, 0.92, 0.98, 0.0, 0.01),
    # the head, the nerves and the mind (headaches, vertigo, faints, fits, a stroke, a Guillain-Barre weakness, an
    # overdose, suicide prepared; a third Chinese 头晕, 想不开; seventh part): first read 0.88 / 0.97, under 5, over2+ 3
    ("fresh_notes_ei.csv", 100, 0.92, 0.99, 0.01, 0.01),
    # medicines as the context - side effects, interactions, doses missed or doubled, a child into the medicine
    # cupboard, a pharmacist's referral (降压药, 二甲双胍; seventh part): first read 0.73 / 0.85, under 2, over2+ 9
    ("fresh_notes_ek.csv", 100, 0.83, 0.91, 0.0, 0.06),
    # very short and messy notes - 3 to 20 words, texting, shorthand, mixed Chinese and English (seventh part): first
    # read 0.93 / 0.96, under 2, over2+ 0
    ("fresh_notes_el.csv", 100, 0.97, 0.99, 0.0, 0.0),
    # fevers and infections through a winter - colds, flu, COVID, strep, chest and urinary infections, and a sepsis, a
    # meningitis, a neutropenic fever among them (eighth part): first read 0.90 / 0.95, under 2, over2+ 1
    ("fresh_notes_en.csv", 100, 0.97, 0.99, 0.01, 0.01),
    # telephone and online triage transcripts - a call handler's questions and the caller's answers, relatives ringing,
    # 电话咨询 and 在线问诊, callers' own wrong guesses (eighth part): first read 0.91 / 0.98, under 0, over2+ 3
    ("fresh_notes_eo.csv", 100, 0.94, 0.99, 0.0, 0.0),
    # home remedies, traditional Chinese medicine and self-treatment tried first - herbal teas, 中药, 刮痧, leftover
    # antibiotics, a neighbour's tablets (eighth part): first read 0.85 / 0.92, under 4, over2+ 1
    ("fresh_notes_eq.csv", 100, 0.88, 0.95, 0.01, 0.01),
    # injuries and accidents - falls, collisions, sport, cuts, burns, bites, head injuries on blood thinners, what an
    # injury hides (eighth part): first read 0.81 / 0.89, under 4, over2+ 7
    ("fresh_notes_er.csv", 100, 0.87, 0.93, 0.02, 0.06),
]
BLIND_SETS_OF_2026_12_07 = [
    # pregnancy, the weeks after birth, breastfeeding and babies in their first three months - pregnant and nursing
    # women with illnesses of any kind, midwives, partners, a newborn's parents (a third Chinese): first read 0.86 /
    # 0.90, under 4, over2+ 3
    ("fresh_notes_et.csv", 100, 0.92, 0.93, 0.01, 0.0),
    # English written by people whose first language is another (Chinese, South Asian, Eastern European, African,
    # Latin American), overseas Chinese, code-switching, phone-translator English: first read 0.89 / 0.94, under 2,
    # over2+ 1
    ("fresh_notes_eu.csv", 100, 0.98, 0.99, 0.0, 0.0),
    # adolescents and young adults (13 to 25) writing about themselves or to a school nurse or a student health
    # service - slang, embarrassment, sport, exams, parties, alcohol, vaping, contraception, skin, mood (a third
    # Chinese): first read 0.90 / 0.96, under 2, over2+ 2
    ("fresh_notes_ew.csv", 100, 0.97, 0.99, 0.0, 0.0),
    # patients with several long-term conditions and many medicines when something new happens, the new problem
    # sometimes a medicine's or a condition's complication (a third Chinese): first read 0.80 / 0.91, under 1, over2+ 1
    ("fresh_notes_ex.csv", 100, 0.92, 0.97, 0.0, 0.01),
    # notes typed by voice or autocorrect and left unedited - homophones, misheard medical words, numbers as words,
    # 同音错字 and spoken fillers (a third Chinese): first read 0.91 / 0.96, under 2, over2+ 1
    ("fresh_notes_ez.csv", 100, 0.96, 0.98, 0.0, 0.0),
    # people who downplay or exaggerate - stoic farmers and tradesmen, apologetic older people, health anxiety, wrong
    # self-diagnoses from the internet (a third Chinese): first read 0.94 / 1.00, under 0, over2+ 1
    ("fresh_notes_fa.csv", 100, 0.94, 0.99, 0.0, 0.0),
    # notes written at work - workplace first-aiders, occupational-health nurses, site managers and workers themselves;
    # exposures, injuries and ordinary illnesses at work; 工地, 工厂, 外卖骑手 (a third Chinese): first read 0.86 / 0.94,
    # under 1, over2+ 2
    ("fresh_notes_fb.csv", 100, 0.97, 0.99, 0.0, 0.0),
    # men and others who rarely see a doctor - terse notes left for weeks, partners writing for them, embarrassing
    # problems, alcohol and smoking in passing (over a third Chinese): first read 0.90 / 0.98, under 1, over2+ 1
    ("fresh_notes_fc.csv", 100, 0.96, 0.98, 0.0, 0.0),
    # pharmacists and carers writing for someone - a counter's summary, carers of people with a learning disability,
    # autism or dementia whose behaviour is the only sign; 药店 and 护工 (a third Chinese): first read 0.91 / 0.97,
    # under 2, over2+ 1
    ("fresh_notes_fe.csv", 100, 0.99, 0.99, 0.0, 0.0),
    # out-of-hours messages typed at night or at the weekend, "can it wait until Monday" (over a third Chinese): first
    # read 0.96 / 0.99, under 0, over2+ 2
    ("fresh_notes_ff.csv", 100, 0.97, 0.98, 0.0, 0.0),
    # sport and exercise - runners, gyms, team sports, climbers, coaches and physios; injuries and the illnesses that
    # show in training (over a third Chinese): first read 0.87 / 0.93, under 0, over2+ 2
    ("fresh_notes_fg.csv", 100, 0.93, 0.98, 0.0, 0.0),
    # very old people with several conditions and medicines - atypical presentations (an infection as a fall or a
    # confusion, a heart attack as breathlessness), anticoagulants, digoxin, fentanyl patches, care homes; 子女, 护工,
    # 病历 (a third Chinese): first read 0.82 / 0.96, under 1, over2+ 2
    ("fresh_notes_fi.csv", 100, 0.95, 0.99, 0.0, 0.0),
    # teenagers and students - text-speak, parents, school nurses, coaches; sexual health, mental health, parties,
    # acne, sport, the dangerous ones (a third Chinese): first read 0.91 / 0.98, under 0, over2+ 1
    ("fresh_notes_fj.csv", 100, 0.94, 0.98, 0.0, 0.0),
    # numbers measured at home or told - blood pressure machines, glucose meters, oximeters, thermometers in both
    # scales, peak flows, nappies, results from an app; some alarming, some wrong (a third Chinese): first read 0.91 /
    # 0.93, under 0, over2+ 5 (a thermometer's 34.1 "which can't be right??" and an oximeter's 78% on frozen fingers
    # were emergencies)
    ("fresh_notes_fl.csv", 100, 0.90, 0.92, 0.0, 0.03),
    # women's health across life - periods, contraception, early pregnancy and its loss, after a birth, the breast, the
    # pelvis, the menopause, and the dangerous ones that look like period pain (a third Chinese): first read 0.82 /
    # 0.88, under 7, over2+ 3 (a miscarriage's heavy bleeding at 9 weeks read as a baby's age; a tampon's toxic shock
    # routine; a postpartum psychosis in Chinese urgent)
    ("fresh_notes_fm.csv", 100, 0.88, 0.93, 0.01, 0.03),
    # the skin, on darker skin too - rashes, lumps, bites, burns, wounds, and the rashes not to miss (a third Chinese):
    # first read 0.92 / 0.94, under 4, over2+ 1 (a Stevens-Johnson syndrome in Chinese and a toddler's large scald were
    # urgent; an acral melanoma on a sole was routine)
    ("fresh_notes_fn.csv", 100, 0.95, 0.96, 0.01, 0.0),
    # a known long-term condition's flare or a new problem beside it - asthma, COPD, heart failure, epilepsy, IBD,
    # hepatitis B, lithium, warfarin, a transplant (a third Chinese): first read 0.87 / 0.93, under 3, over2+ 1 (a
    # lamotrigine's Stevens-Johnson syndrome urgent; a COPD's pneumothorax with sats 86% on a home meter urgent)
    ("fresh_notes_fo.csv", 100, 0.92, 0.95, 0.0, 0.01),
    # mental health, drink and drugs, self-harm, and the illnesses hidden in them (a third Chinese): first read 0.83 /
    # 0.92, under 4, over2+ 2 (a benzodiazepine overdose in Chinese urgent; a hypothermia behind the drink urgent; a
    # psychosis with a knife urgent)
    ("fresh_notes_fp.csv", 100, 0.88, 0.94, 0.0, 0.01),
    # the head and the senses - eyes, ears, nose, throat, mouth and teeth, headaches, dizziness (a third Chinese): first
    # read 0.93 / 0.99, under 1, over2+ 1 (a giant cell arteritis with one eye's sight going dark urgent; a posterior
    # stroke's vertigo with double vision led with a BPPV)
    ("fresh_notes_fr.csv", 100, 0.96, 0.99, 0.0, 0.01),
    # cancer worries and the signs for a two-week referral beside their harmless look-alikes, and people on cancer
    # treatment with a new problem (a third Chinese): first read 0.83 / 0.88, under 1, over2+ 4 (a bowel obstruction's
    # "no BO and not passing flatus, colicky abdo pain, vomiting x4" read as denials and routine)
    ("fresh_notes_fs.csv", 100, 0.87, 0.93, 0.0, 0.04),
    # the heart and the circulation - chest pains of every kind, palpitations, breathlessness, swollen legs, pressures,
    # faints (a third Chinese): first read 0.89 / 0.95, under 0, over2+ 5 (vasovagal faints urgent; a chest wall's pain
    # after badminton an emergency; 190/115 with no symptom an emergency)
    ("fresh_notes_ft.csv", 100, 0.90, 0.96, 0.0, 0.01),
    # babies and children under five, written at night by parents and grandparents (two thirds Chinese): first read
    # 0.78 / 0.87, under 4, over2+ 0 (an incarcerated hernia in Chinese routine; a button battery up the nose urgent; a
    # febrile 5-week-old's sepsis led with a frostbite; an infant's SVT at 280 led with a panic disorder)
    ("fresh_notes_fv.csv", 100, 0.91, 0.96, 0.0, 0.0),
    # older people and their families - falls, medicines, bleeding on blood thinners, confusion (a third Chinese):
    # first read 0.92 / 0.97, under 2, over2+ 3 (a skin tear on clopidogrel an emergency by a Stevens-Johnson
    # syndrome; a recurrent nosebleed on warfarin in Chinese read nothing and was routine)
    ("fresh_notes_fw.csv", 100, 0.98, 0.99, 0.01, 0.02),
    # reactions and injuries at home and outdoors - allergies, stings, bites, burns, cuts, chemicals, heat (a third
    # Chinese): first read 0.82 / 0.92, under 7, over2+ 6 (a laundry capsule bitten by a toddler routine; a gas flash's
    # burnt face with a hoarse voice urgent; a cellulitis past its pen line self-care; a toddler's big scald urgent)
    ("fresh_notes_fy.csv", 100, 0.90, 0.97, 0.0, 0.04),
    # men's health and sexual health, by men and their partners (a third Chinese): first read 0.79 / 0.91, under 3,
    # over2+ 2 (an AKI on ibuprofen, ramipril and furosemide "peeing less and less" routine; a 16-year-old's thirst and
    # weight loss led by his balanitis; a GHB overdose led by an epiglottitis)
    ("fresh_notes_fz.csv", 80, 0.91, 0.96, 0.0, 0.0),
    # pain, aches and the musculoskeletal system, mostly Chinese: first read 0.88 / 0.96, under 1, over2+ 4 (a desk
    # worker's stiff neck and shoulders an emergency by meningitis; a verruca's pared bleeding points a non-blanching
    # rash; a febrile toddler's septic hip led by a nappy rash)
    ("fresh_notes_ga.csv", 80, 0.93, 0.98, 0.0125, 0.0),
    # tummy and digestive troubles (over a third Chinese): first read 0.95 / 0.98, under 0, over2+ 2 (a black stool on
    # iron, "formed not sticky or tarry", an emergency by a melaena; a pregnant heartburn "burning up behind my
    # breastbone" urgent as a fever; constipations of codeine and iron led by a dry socket and a coeliac disease)
    ("fresh_notes_gc.csv", 80, 0.97, 0.98, 0.0, 0.0),
    # breathing, chest and ENT (five eighths Chinese): first read 0.95 / 0.975, under 4, over2+ 1 (a chest wall strain
    # "喘气没什么影响" an emergency by a breathlessness; a bead in a child's ear read nothing, routine; a febrile
    # 5-month-old breathing "一分钟60多次" who fed and wet less urgent; a vestibular neuritis walking "holding onto the
    # wall" routine; a flu at 81 with heart failure routine)
    ("fresh_notes_gd.csv", 80, 0.98, 0.98, 0.0, 0.0),
    # infections, fevers and medicines' side effects (a third Chinese): first read 0.91 / 0.975, under 2, over2+ 0 (a
    # diabetic foot's probe-to-bone osteomyelitis in a 病历 routine; a myocarditis after "感冒发烧一个礼拜刚好" urgent by an
    # AF; a pulmonary embolism on 优思明 led by a rib fracture; an epiglottitis by a viral pharyngitis)
    ("fresh_notes_ge.csv", 80, 0.97, 0.98, 0.0, 0.0),
    # eyes and sight (two fifths Chinese): first read 0.86 / 0.90, under 2, over2+ 3 (a sinusitis "eyes themselves look
    # normal, not swollen, sight fine" and a mosquito bite on a 6-year-old's lid emergencies by an orbital cellulitis; a
    # viral conjunctivitis urgent by a corneal abrasion; a mastoiditis with a double vision urgent; a molluscum on the lid
    # with a pink eye self-care; a grinder's chip and a laundry capsule's liquid in the eye read nothing)
    ("fresh_notes_gg.csv", 80, 0.95, 0.97, 0.0, 0.0),
    # urinary and kidney troubles (two fifths Chinese): first read 0.875 / 0.96, under 0, over2+ 1 (a 5-year-old's
    # bubble-bath vulvitis urgent as a child's urinary infection; a care-home delirium, "calling me by her sister's
    # name, picking at the blanket", led by a giant cell arteritis; an AKI on ramipril and furosemide, "barely passed any
    # water", by a food poisoning; a catheter's infection by an epididymo-orchitis)
    ("fresh_notes_gh.csv", 80, 0.92, 0.97, 0.0, 0.0),
]


@pytest.mark.parametrize("name, n, top1, top3, under, over2",
                         BLIND_SETS_OF_2026_12_04 + BLIND_SETS_OF_2026_12_05 + BLIND_SETS_OF_2026_12_06
                         + BLIND_SETS_OF_2026_12_07)
def test_blind_sets(shipped_bundle, name, n, top1, top3, under, over2):
    """Sets written blind by helpers who saw only the list of condition ids, each first read in aggregate and then
    used for development (their voices and focuses are in the comments above and in
    assets/eval/context_notes_README.md): each keeps the floors its fixes reached - top-1, top-3, under-triage,
    over-triage by 2+ levels."""
    m = evaluate_dev(shipped_bundle, read(name))
    print(f"\n[{name}] top1 {m['top1']:.3f} top3 {m['top3']:.3f} under {m['under_triage']:.3f} "
          f"over2+ {m['over_triage_2plus']:.3f}")
    assert m["n"] == n and not m["unknown_dx"]
    assert m["top1"] >= top1 and m["top3"] >= top3 and m["under_triage"] <= under, m["undertriaged"]
    assert m["over_triage_2plus"] <= over2


# Held-out sets, written blind by helpers who saw only the condition list and measured only in aggregate, never read
# note by note - the honest figures for notes no one here has read (assets/eval/context_notes_README.md): file, notes and
# the floors each keeps (top-1, top-3, under-triage, over-triage by 2+ levels).
HELD_OUT_SETS = [
    # heldout_notes_q.csv (30th session): first read 0.855 / 0.970, under-triage 3.5% (the session's start 0.860 /
    # 0.970 / 3.5%): a guard against regressions
    ("heldout_notes_q.csv", 0.82, 0.95, 0.05, 1.0),
    # heldout_notes_y.csv (2026-12-04), Q's mix: first read with that session's fixes (sets U to X) 0.850 / 0.970,
    # under-triage 0.5%, over-triage by 2+ 3.5% (its starting code 0.840 / 0.965 / 2.0% / 4.5%)
    ("heldout_notes_y.csv", 0.82, 0.95, 0.02, 1.0),
    # heldout_notes_af.csv (second session of 2026-12-04), Q's mix: 0.880 / 0.965, 0.5%, 1.5% with its starting code;
    # 0.915 / 0.975, 0.0%, 1.5% with its fixes (sets AB to AE)
    ("heldout_notes_af.csv", 0.89, 0.96, 0.01, 0.025),
    # heldout_notes_ag.csv (third session of 2026-12-04): 35% lay English and carers, 25% shorthand, 15% triage nurses,
    # 25% Chinese, a fifth with context only in the text: 0.830 / 0.990, 2.5%, 2.0% with its starting code; 0.835 /
    # 0.990, 2.5%, 2.0% with its fixes from sets AH to AL (the session's gain on notes like these was small)
    ("heldout_notes_ag.csv", 0.83, 0.98, 0.025, 0.02),
    # heldout_notes_am.csv (fourth session of 2026-12-04): a week's mix, 45% lay English, 25% clinicians, 30% Chinese:
    # 0.915 / 0.975, under-triage 1.5%, over-triage by 2+ 2.0% with its starting code; 0.920 / 0.975, 1.5%, 1.5% with
    # its fixes from sets AN to AU (read once more in aggregate in the middle of the session: 0.925)
    ("heldout_notes_am.csv", 0.91, 0.97, 0.015, 0.015),
    # heldout_notes_ax.csv (fifth session of 2026-12-04): a broad mix, a third lay English, a quarter clinicians'
    # shorthand, a quarter Chinese, the rest context in the text: 0.925 / 0.985, under-triage 0.0%, over-triage by 2+
    # 1.0% with its starting code; 0.930 / 0.980, 0.0%, 1.0% with its fixes from sets AY to BI
    ("heldout_notes_ax.csv", 0.92, 0.975, 0.005, 0.015),
    # heldout_notes_bh.csv (fifth session of 2026-12-04, 120 notes): differential-diagnosis traps in English, half lay,
    # half shorthand (UTI vs pyelonephritis vs a stone, asthma vs COPD vs heart failure, migraine vs SAH...); written
    # blind for development but finished only at the session's end, so read in aggregate only: 0.883 / 0.975,
    # under-triage 0.0%, over-triage by 2+ 3.3% with both the session's starting and final code
    ("heldout_notes_bh.csv", 0.875, 0.97, 0.005, 0.035),
    # heldout_notes_bm.csv (sixth session of 2026-12-04): a broad week's mix at a GP surgery, an urgent-care centre and
    # an emergency department, a quarter Chinese, a fifth with context in the text: 0.895 / 0.975, under-triage 4.5%,
    # over-triage by 2+ 3.0% with the session's starting code; 0.905 / 0.975, 4.5%, 2.5% with its fixes from sets BN to
    # BS (its under-triaged notes are unread: the highest under-triage of any held-out set since the 30th session)
    ("heldout_notes_bm.csv", 0.90, 0.97, 0.045, 0.025),
    # heldout_notes_bx.csv (first session of 2026-12-05): a broad mix of a GP surgery, urgent care and telephone triage,
    # infants to over 90, a quarter at each triage level, 30% Chinese: 0.885 / 0.965, under-triage 3.0%, over-triage by 2+
    # 3.0% with the session's starting code; 0.890 / 0.970, 2.5%, 3.0% with its fixes from sets BT to CB
    ("heldout_notes_bx.csv", 0.88, 0.96, 0.025, 0.03),
    # heldout_notes_cg.csv (second session of 2026-12-05): BX's broad mix again, 30% Chinese: 0.920 / 0.990, under-triage
    # 4.5%, over-triage by 2+ 2.5% with the session's starting code; 0.925 / 0.995, 4.5%, 2.5% in its middle and at its
    # end (its 9 under-triaged notes are unread)
    ("heldout_notes_cg.csv", 0.92, 0.99, 0.045, 0.025),
    # heldout_notes_ch.csv (third session of 2026-12-05): a broad week's mix again (35% lay English, 20% clinicians' shorthand,
    # 15% carers and parents, 30% Chinese; a fifth with context in the text, some downplaying a serious problem): 0.895 /
    # 0.985, under-triage 3.5%, over-triage by 2+ 6.0% with the session's starting code; 0.900 / 0.985, 3.5%, 4.5% with
    # its fixes from sets CJ and CK (its 7 under-triaged notes are unread)
    ("heldout_notes_ch.csv", 0.895, 0.98, 0.035, 0.045),
    # heldout_notes_cn.csv (fourth session of 2026-12-05, read in the fifth): a broad week's mix again (half lay English,
    # 15% parents, 30% Chinese; 195 conditions, a quarter at each triage level): 0.895 / 0.985, under-triage 3.0%,
    # over-triage by 2+ 3.0% with the fifth session's starting code; 0.900 / 0.985, 2.5%, 3.0% with its fixes from set CM
    # (its 5 under-triaged notes are unread)
    ("heldout_notes_cn.csv", 0.895, 0.98, 0.025, 0.03),
    # heldout_notes_cp.csv (fifth session of 2026-12-05, written blind during it): the same broad mix (a third Chinese, a
    # fifth with context only in the text, some downplaying, some alarming; 183 conditions): 0.905 / 0.965, under-triage
    # 3.5%, over-triage by 2+ 2.5% with both the session's starting code and its fixes from sets CM and CO (its 7
    # under-triaged notes are unread)
    ("heldout_notes_cp.csv", 0.90, 0.96, 0.035, 0.025),
    # heldout_notes_cr.csv (sixth session of 2026-12-05, written blind during it by two helpers, 100 notes each): the broad
    # mix again (a third Chinese, a fifth with context only in the text, some downplaying, some alarming) and everyday
    # typing (typos, one-liners, shorthand, many denials); 114 conditions, a quarter at each triage level: 0.930 /
    # 0.990, under-triage 0.5%, over-triage by 2+ 1.5% with the session's starting code; 0.940 / 0.990, 0.5%, 1.0% with
    # its fixes from set CQ
    ("heldout_notes_cr.csv", 0.935, 0.985, 0.005, 0.01),
    # heldout_notes_cv.csv (seventh session of 2026-12-05, written blind during it): an ordinary week of an urgent-care
    # and GP telephone service in its own proportions (many minor illnesses, fewer serious; a quarter Chinese): 0.93 /
    # 0.98, under-triage 0%, over-triage by 2+ 3% with both the session's starting code and its fixes from set CU
    ("heldout_notes_cv.csv", 0.925, 0.975, 0.0, 0.03),
    # heldout_notes_cz.csv (session of 2026-12-06, written blind during it): a weekend of an out-of-hours urgent-care line
    # (patients, relatives, carers, a few clinicians; a third Chinese; context in the text, some playing it down or
    # overstating it): 0.85 / 0.99, under-triage 0%, over-triage by 2+ 2% with the session's starting code; 0.85 / 0.99,
    # 0%, 1% with its fixes from sets CW, CX and CY
    ("heldout_notes_cz.csv", 0.845, 0.985, 0.0, 0.01),
    # heldout_notes_db.csv (session of 2026-12-06, written blind during it): messages typed into a GP practice's online
    # consultation form and a Chinese hospital app's 在线问诊 box (a third Chinese; answers to the form's prompts, long
    # stories, two words, requests for a sick note or antibiotics, downplaying): 0.92 / 0.98, under-triage 0%, over-triage
    # by 2+ 0% with both the session's starting code and its fixes from sets DA and DC
    ("heldout_notes_db.csv", 0.915, 0.975, 0.0, 0.0),
    # heldout_notes_df.csv (session of 2026-12-06, written blind during it): requests taken down by a GP practice's
    # receptionist or care navigator for the caller, in the third person and in a hurry (a third Chinese 前台登记 and 电话预约
    # 记录): 0.91 / 0.96, under-triage 0%, over-triage by 2+ 0% with the session's starting code; 0.93 / 0.97, 0%, 0%
    # with its fixes from sets DA to DE
    ("heldout_notes_df.csv", 0.925, 0.965, 0.0, 0.0),
    # heldout_notes_di.csv (third part of the session of 2026-12-06, written blind during it): notes from outside the
    # surgery - a student health service, a school nurse, occupational health, a prison wing, a homeless outreach van,
    # an asylum seekers' clinic through an interpreter, a ship's medic, a festival tent (a third Chinese 学校医务室, 工地,
    # 外卖骑手, 养老院): 0.91 / 0.96, under-triage 1%, over-triage by 2+ 1% with the session's starting code; 0.92 / 0.97,
    # 1%, 1% with its fixes from sets DG, DH, DJ and DK
    ("heldout_notes_di.csv", 0.915, 0.965, 0.01, 0.01),
    # heldout_notes_dl.csv (the same session, written blind during it): a Saturday at a walk-in urgent treatment centre
    # and a Chinese 社区医院周末门诊 (told at the desk or recorded by the triage nurse): 0.92 / 0.99, under-triage 1%,
    # over-triage by 2+ 0% with the session's starting code; 0.93 / 1.00, 1%, 0% with its fixes from sets DJ and DK
    ("heldout_notes_dl.csv", 0.925, 0.99, 0.01, 0.0),
    # heldout_notes_dq.csv (fourth part of the session of 2026-12-06, written blind during it): questions asked from a
    # distance for someone else - adult children after a phone or video call (在外地工作的子女), neighbours, carers,
    # partners, teachers and coaches: 0.90 / 0.97, under-triage 1%, over-triage by 2+ 0% with the session's starting
    # code; 0.91 / 0.97, 1%, 0% with its fixes from sets DO and DP
    ("heldout_notes_dq.csv", 0.905, 0.965, 0.01, 0.0),
    # heldout_notes_dt.csv (the same session, written blind during it): medicines as the cause or the context - side
    # effects, interactions, missed or doubled doses, 中药 and 偏方 (a third Chinese): 0.80 / 0.88, under-triage 4%,
    # over-triage by 2+ 4% with the session's starting code; 0.81 / 0.88, 4%, 4% with its fixes from sets DO to DS
    ("heldout_notes_dt.csv", 0.80, 0.87, 0.04, 0.04),
    # heldout_notes_dw.csv (fifth part of the session of 2026-12-06, written blind during it): follow-ups and evolving
    # presentations - a second contact after a first diagnosis, a treatment that did not work, a rash that spread, a pain
    # that moved (a third Chinese 复诊): 0.85 / 0.97, under-triage 2%, over-triage by 2+ 2% with the session's starting
    # code; 0.86 / 0.97, 2%, 2% with its fixes from sets DU and DV
    ("heldout_notes_dw.csv", 0.85, 0.96, 0.02, 0.02),
    # heldout_notes_eb.csv (sixth part of the session of 2026-12-06, written blind during it): people aged 75 and over -
    # a muddled or atypical presentation, a fall and its cause, medicines' side effects, told by spouses, children,
    # carers and care homes (a third Chinese 老人家, 养老院): 0.86 / 0.96, under-triage 2%, over-triage by 2+ 1% with
    # the session's starting code and with its fixes from sets DX, DZ and EA (0.85 after those of EC and ED)
    ("heldout_notes_eb.csv", 0.84, 0.95, 0.02, 0.01),
    # heldout_notes_ee.csv (the same part, written blind during it): delayed and reluctant presentations - weeks or months
    # of waiting, "didn't want to bother anyone", a partner's push, far from care (农村, 老家, 村医), slow serious
    # illnesses and acute ones under a shrug (a third Chinese): 0.86 / 0.97, under-triage 2%, over-triage by 2+ 1% with
    # the session's starting code and with its fixes from sets DX to ED
    ("heldout_notes_ee.csv", 0.85, 0.96, 0.02, 0.01),
    # heldout_notes_eg.csv (the same part, written blind near its end): breathing, coughs and the chest across all ages -
    # colds and croup to a clot, a pneumothorax or a struggling bronchiolitis baby (a third Chinese 咳嗽, 胸闷): 0.90 /
    # 0.96, under-triage 1%, over-triage by 2+ 1% with the session's starting code and with its fixes from sets DX to EF
    ("heldout_notes_eg.csv", 0.89, 0.95, 0.01, 0.01),
    # heldout_notes_ej.csv (the seventh part, written blind at its start): children from newborn to 16, told by parents,
    # grandparents, childminders, school nurses and paediatric 病历 (a third Chinese 宝宝, 不吃奶): 0.85 / 0.91, under-triage
    # 0%, over-triage by 2+ 3% with the session's starting code; 0.87 / 0.92, 0%, 2% with its fixes from sets EF, EH
    # and EI
    ("heldout_notes_ej.csv", 0.86, 0.91, 0.0, 0.02),
    # heldout_notes_em.csv (the seventh part, written blind near its end): a mixed Monday morning in general practice
    # and an urgent treatment centre, adults 18 to 95 (a third Chinese): 0.91 / 0.97, under-triage 0%, over-triage by
    # 2+ 0% with the session's starting code and with its fixes from sets EF to EL
    ("heldout_notes_em.csv", 0.90, 0.96, 0.0, 0.01),
    # heldout_notes_ep.csv (the eighth part, written blind at its start): a Saturday at an urgent treatment centre and
    # a walk-in clinic - injuries, rashes, infections, chest pains, children and the old, the worried well (a third
    # Chinese): 0.96 / 0.99, under-triage 0%, over-triage by 2+ 0% with the part's starting code and with its fixes from
    # sets EN and EO
    ("heldout_notes_ep.csv", 0.95, 0.98, 0.0, 0.01),
    # heldout_notes_es.csv (the eighth part, written blind during it): an evening at an emergency department's triage
    # desk - ambulance handovers, walk-ins, triage nurse shorthand, 急诊分诊记录 and 120 handovers (a third Chinese): 0.96
    # / 1.00, under-triage 1%, over-triage by 2+ 2% with the part's starting code and with its fixes from sets EN to ER
    ("heldout_notes_es.csv", 0.95, 0.99, 0.01, 0.02),
    # heldout_notes_ev.csv (session of 2026-12-07, written blind at its start): carers writing about someone they look
    # after - care homes, home carers, children of frail parents, parents of adults with a learning disability, people
    # with dementia, a stroke, Parkinson's or MS (over a third Chinese): 0.87 / 0.95, under-triage 2%, over-triage by 2+
    # 3% with the session's starting code and with its fixes from sets ET and EU
    ("heldout_notes_ev.csv", 0.86, 0.94, 0.02, 0.03),
    # heldout_notes_ey.csv (second part of the session of 2026-12-07, written blind at its start): rural and remote
    # places - farms, animals, tools, heat and cold, boats, insects, long delays, "do I really need the long trip", 农村
    # and 山区 families (over a third Chinese): 0.88 / 0.94, under-triage 1%, over-triage by 2+ 2% with the part's
    # starting code and with its fixes from sets EW and EX
    ("heldout_notes_ey.csv", 0.87, 0.93, 0.01, 0.02),
    # heldout_notes_fd.csv (third part of the session of 2026-12-07, written blind at its start): English written as a
    # second language or through a translation app, colloquial and regional Chinese (心口, 上火, 拉稀, 打摆子), mixed
    # Chinese and English (42% Chinese): 0.85 / 0.96, under-triage 2%, over-triage by 2+ 1% with the part's starting code
    # and with its fixes from sets FB to FG
    ("heldout_notes_fd.csv", 0.84, 0.95, 0.02, 0.01),
    # heldout_notes_fh.csv (the same part, written blind during it): the skin, eyes, ears, nose, mouth and genitals
    # described at length, the dangerous ones that look minor among them (a third Chinese): 0.96 / 0.99, under-triage
    # 0%, over-triage by 2+ 0% with the part's starting code and with its fixes
    ("heldout_notes_fh.csv", 0.95, 0.98, 0.0, 0.0),
    # heldout_notes_fk.csv (the fourth part of the session of 2026-12-07, written blind at its start): notes dictated by
    # voice or typed in a hurry on a phone - misheard words ("chest pane", "die a rear"), no punctuation, telephone
    # triage; Chinese voice input with wrong homophones (a third Chinese): 0.93 / 0.97, under-triage 1%, over-triage by
    # 2+ 0% with the part's starting code; 0.93 / 0.97, 0%, 0% with its fixes from sets FI and FJ
    ("heldout_notes_fk.csv", 0.92, 0.96, 0.0, 0.0),
    # heldout_notes_fq.csv (the fifth part of the session of 2026-12-07, written blind during it): travel and abroad -
    # returning travellers, migrants, pilgrims, backpackers, business trips, bites and rabies, long flights, medicines
    # bought abroad; 出国, 回国, 东南亚, 非洲 (over a third Chinese): 0.89 / 0.95, under-triage 1%, over-triage by 2+ 1%
    # with the part's starting code and with its fixes from sets FN, FO, FP and FR
    ("heldout_notes_fq.csv", 0.88, 0.94, 0.01, 0.01),
    # heldout_notes_fu.csv (the same part, written blind during it): messages typed into a chat app - very short, slang,
    # emoji, several messages run together, autocorrect, Chinese and English mixed as people text (over a third
    # Chinese): 0.93 / 0.98, under-triage 2%, over-triage by 2+ 1% with the part's starting code and after its fixes from
    # sets FN to FT
    ("heldout_notes_fu.csv", 0.92, 0.97, 0.02, 0.01),
    # heldout_notes_fx.csv (the sixth part of the session of 2026-12-07, written blind at its start): allergies, stings,
    # bites, food and drug reactions, and injuries at work, on the farm, in the garden, the kitchen and the workshop
    # (over a third Chinese): 0.86 / 0.94, under-triage 3%, over-triage by 2+ 2% with the part's starting code; 0.87 /
    # 0.94, 3%, 2% with its fixes from sets FV, FW and FY
    ("heldout_notes_fx.csv", 0.86, 0.93, 0.03, 0.02),
    # heldout_notes_gb.csv (the seventh part of the session of 2026-12-07, written blind at its start): a mixed morning
    # in a Chinese community clinic - patients, families, a nurse's 病历 and expatriates' English (three fifths Chinese):
    # 0.938 / 1.000, under-triage 1%, over-triage by 2+ 0% with the part's starting code and after its fixes
    ("heldout_notes_gb.csv", 0.92, 0.98, 0.0125, 0.0),
    # heldout_notes_gf.csv (the eighth part of the session of 2026-12-07, written blind at its start): a long weekend at
    # a walk-in urgent treatment centre, two fifths Chinese - 0.900 / 0.963, under-triage 5% (4 notes), over-triage by
    # 2+ 0% with the part's starting code, and the same after its fixes from sets GD and GE
    ("heldout_notes_gf.csv", 0.89, 0.95, 0.05, 0.0),
]


@pytest.mark.parametrize("name, top1, top3, under, over2", HELD_OUT_SETS)
def test_held_out_sets(shipped_bundle, name, top1, top3, under, over2):
    """Each held-out set keeps the floors it reached (HELD_OUT_SETS); every note is read (none has an unknown id)."""
    notes = read(name)
    m = evaluate_dev(shipped_bundle, notes)
    print(f"\n[{name}] top1 {m['top1']:.3f} top3 {m['top3']:.3f} under {m['under_triage']:.3f} "
          f"over2+ {m['over_triage_2plus']:.3f}")
    assert m["n"] == len(notes) >= 80 and not m["unknown_dx"]   # (GB, one helper's, is the smallest: 80)
    assert m["top1"] >= top1 and m["top3"] >= top3 and m["under_triage"] <= under, m["undertriaged"]
    assert m["over_triage_2plus"] <= over2


def test_nothing_impossible_for_the_patient(shipped_bundle, kb):
    cases = [c for c in generated_cases(kb, 5000, seed=99)] + \
        [c for _, c in __import__("medmodel.evaluate", fromlist=["dev_cases"]).dev_cases(read("real_dev.csv"))]
    preds = Predictor(shipped_bundle).predict_many(cases)
    for p in preds:
        used = p.case_used
        banned = impossible_for(kb, used.age, used.sex, "pregnant" in used.flags, used.gestation_weeks)
        assert not {d.condition_id for d in p.differential} & banned, (p.case.text, used)
        assert not set(p.next_steps) & impossible_next_steps(kb, used.sex, "pregnant" in used.flags)


@pytest.mark.parametrize("name", ["context_notes.csv", "context_notes_b.csv"])
def test_context_in_the_note_withholds_what_it_forbids(shipped_bundle, name):
    """Set b was written blind to the reader on 2026-12-01: it first read 77% of its notes exactly and offered two
    forbidden medicines (clarithromycin after an erythromycin reaction listed second, ibuprofen after 吃布洛芬后起风团);
    the reader was mended on it, so it now guards against those regressions."""
    m = evaluate_context(shipped_bundle, read(name))
    assert m["forbidden_offered"] == 0, m["offered"]
    assert m["context_read_exactly"] >= 0.95, m["context_mismatches"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_out_of_scope_notes(shipped_bundle, lang):
    """Notes about conditions the knowledge base lacks: a note flagged out of scope never gets a drug list, and
    none is triaged below its minimum safe level. The model under-triaged 7 of 63 English and 1 of 28 Chinese notes
    (tetanus, near-drowning, endocarditis, ...: issue 12's note); context rules written from these notes took it to
    none (2026-12-02), so the set is no longer blind and this guards the rules: at most one note in 25 may slip.
    (Near-drowning had been an emergency only through a false match, "out of the pool ... a minute" read as loss of
    consciousness, removed on 2026-12-01; it is an emergency now through the submersion rule.)"""
    df = read("out_of_scope_notes.csv")
    df = df[df["lang"] == lang]
    m = evaluate_out_of_scope(shipped_bundle, df)
    print(f"\n[out of scope, {lang}] flagged {m['flagged_out_of_scope']:.2f}, with medicines {m['given_medicines']}, "
          f"under-triaged {len(m['undertriaged'])}")
    assert m["n"] > 10 and len(m["undertriaged"]) <= 0.04 * m["n"], m["undertriaged"]
    from medmodel.evaluate import dev_cases
    preds = Predictor(shipped_bundle).predict_many([c for _, c in dev_cases(df.assign(dx=""))])
    assert all(not p.medications for p in preds if p.out_of_scope)
    assert all(p.triage != "self_care" for p in preds if p.out_of_scope)   # "use clinical judgement" means see one


def test_notes_whose_condition_the_knowledge_base_gained_count_for_triage_only(shipped_bundle):
    """23 out-of-scope notes are about conditions the knowledge base has gained since (column kb_condition): they
    stay in the set for triage, leave the detection figures, and each names a condition the base has."""
    df = read("out_of_scope_notes.csv")
    covered = df[df["kb_condition"] != ""]
    assert len(covered) == 23 and set(covered["kb_condition"]) <= set(shipped_bundle.kb.conditions)
    m = evaluate_out_of_scope(shipped_bundle, df)
    assert m["n"] == len(df) and m["n_covered"] == 23
    only_new = evaluate_out_of_scope(shipped_bundle, df[df["kb_condition"] == ""])
    assert only_new["n_covered"] == 0 and only_new["flagged_out_of_scope"] == m["flagged_out_of_scope"]


@pytest.mark.parametrize("name", ["safety_probe.csv", "safety_probe_c.csv"])
def test_danger_signs_in_everyday_words_are_not_under_triaged(shipped_bundle, name):
    """Two probes written blind to the reader (assets/eval/context_notes_README.md). The first under-triaged 11 of
    120 notes before the red-flag phrase bank, the second 4 of 80 before bank 3c's later entries; both were mended
    on, so they now guard. Over-triage of the minor notes is the model's (issue 11): guarded at today's level."""
    from medmodel.records import read_table
    from tools.triage_check import check
    m = check(read_table(ASSETS / "eval" / name), shipped_bundle)
    print(f"\n[{name}] under {m['under_triage']:.3f}, over2+ {m['over_triage_2plus']:.3f}, exact {m['exact']:.3f}")
    assert m["under_triage"] <= 0.03, m["undertriaged"]
    assert m["over_triage_2plus"] <= 0.20, m["overtriaged_2plus"]


def test_a_traditional_or_cantonese_note_reads_like_mandarin(shipped_bundle):
    """Hong Kong and Taiwan notes in traditional characters, and written Cantonese, are read as simplified Mandarin
    (medmodel.hanzi): set AZ's trigeminal neuralgia in traditional characters had read no finding at all, and set BE's
    "冇 black stool, 冇 吐血" (no black stool, no blood vomited) read both as present - an emergency for an ulcer."""
    pr = Predictor(shipped_bundle)
    trad = "幫我媽問一下，69歲，右邊臉頰和下巴那裡一陣一陣像電擊一樣痛，每次幾秒鐘，刷牙洗臉講話吃飯都會引起，牙醫看了說牙齒沒問題。"
    a, b = pr.predict_many([Case(trad, 69, "F"), Case(simplified(trad), 69, "F")])
    assert a.leading.condition_id == b.leading.condition_id == "trigeminal_neuralgia"
    assert [d.condition_id for d in a.differential] == [d.condition_id for d in b.differential]
    assert a.case.text == trad and all(trad[m.start:m.end] == m.phrase for m in a.findings)
    canto = pr.predict(Case("上腹 epigastric 痛 3 个月, 肚饿嘅时候 最痛, 食完嘢 反而 好啲, 半夜 痛醒. 因为 knee pain "
                            "成日食 ibuprofen. 冇 black stool, 冇 吐血.", 40, "M"))
    present = {m.finding for m in canto.findings if m.present}
    assert not present & {"melaena", "haematemesis"}, canto.findings
    assert canto.leading.condition_id == "peptic_ulcer_disease" and canto.triage != "emergency"
