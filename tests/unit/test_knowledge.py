import shutil

import pytest

from medmodel.knowledge import KnowledgeError, load_knowledge

REQUIRED_ICD10 = ("J00 J11 U07.1 J02.0 J03 J01 H66 H60 J20 J18 A15 J45 J44 J30 I26 B27 B01 B02 B05 B26 B08.4 A38 A90 B54 "
                  "A01.0 B15 B16 B17.1 B17.2 K70.1 K74 K83.1 B20 A69.2 G03 A41 N39.0 N10 N20 N40 N18 L03 L01 B86 B35 "
                  "B37.3 N76.0 L70 L40 L20 L50 L23 L27.0 L71 H10 H40.2 I10 I21 I20 I50 I48 I82.4 I83 I71.0 I63 I61 G45 "
                  "K21 K27 K29 A09 K58 K35 K80 K85 K64 K90.0 E73 K59.0 E10 E11 E16 E03 E05 D50 D51 M10 M06 M32 M45 "
                  "M47.8 M54.5 M54.3 M72.2 M79.7 M81 G56.0 G43 G44.2 G44.0 H81.1 G40 G51.0 G20 S06.0 G62 F32 F41.1 "
                  "F41.0 G47.0 F10 E28.2 N80 N94.6 N95.1 O14 O00 T78.2 T67.0 E86 J05.0 J21 R10.83").split()


def test_real_knowledge_base_is_complete(kb):
    s = kb.stats()
    assert s["conditions"] >= 150 and s["findings"] >= 300
    assert len(s["conditions_by_specialty"]) == 15
    codes = [c.icd10 for c in kb.conditions.values()]
    # ICD-10 codes in the issue are indicative: a more specific code of the same category counts.
    missing = [r for r in REQUIRED_ICD10 if not any(c == r or c.startswith(r + ".") for c in codes)]
    assert not missing, missing
    for f in kb.findings.values():
        assert f.phrasings["en"].lay and f.phrasings["zh"].lay, f.id
    for c in kb.conditions.values():
        assert 5 <= len(c.findings) <= 15


def test_contraindications_that_matter(kb):
    flags = lambda mid: {c.flag for c in kb.medications[mid].contraindications}
    assert "allergy_penicillin" in flags("amoxicillin")
    assert "age_under_16" in flags("aspirin")
    assert {"pregnant", "allergy_nsaid"} <= flags("ibuprofen")
    assert {"pregnant", "age_under_12"} <= flags("doxycycline")
    assert "age_under_18" in flags("ciprofloxacin")
    assert not flags("adrenaline_autoinjector")  # never withheld in anaphylaxis


def _copy(tmp_path, mini):
    dst = tmp_path / "kb"
    shutil.copytree(mini, dst)
    return dst


def _edit(path, old, new):
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old,new,expected", [
    ("triage: self_care", "triage: whenever", "mini.yaml: entry 'common_cold': field 'triage'"),
    ("icd10: N39.0", "icd10: urinary", "entry 'urinary_tract_infection': field 'icd10'"),
    ("medications: [ceftriaxone]", "medications: [unobtainium]", "entry 'meningitis': field 'medications': unknown id"),
    ("age: [12, 70]", "age: [70, 12]", "entry 'migraine': field 'age'"),
])
def test_broken_condition_names_file_entry_field(tmp_path, old, new, expected):
    from tests.support import MINI_KB
    root = _copy(tmp_path, MINI_KB)
    _edit(root / "conditions" / "mini.yaml", old, new)
    with pytest.raises(KnowledgeError, match=expected.replace("(", r"\(")):
        load_knowledge(root)


def test_bad_flag_and_duplicate_and_bad_yaml(tmp_path):
    from tests.support import MINI_KB
    root = _copy(tmp_path, MINI_KB)
    _edit(root / "medications" / "mini.yaml", "flag: pregnant", "flag: pregnancy")
    with pytest.raises(KnowledgeError, match=r"mini.yaml: entry 'ibuprofen': field 'contraindications\[0\].flag'"):
        load_knowledge(root)
    root = _copy(tmp_path / "b", MINI_KB)
    (root / "next_steps" / "dup.yaml").write_text("- id: urine_dipstick\n  name: {en: x, zh: y}\n  kind: test\n")
    with pytest.raises(KnowledgeError, match="entry .urine_dipstick.: field .id.: duplicate id, also defined in"):
        load_knowledge(root)
    root = _copy(tmp_path / "c", MINI_KB)
    (root / "findings" / "bad.yaml").write_text("- id: x\n  name: [unclosed\n")
    with pytest.raises(KnowledgeError, match="bad.yaml: not valid UTF-8 YAML"):
        load_knowledge(root)


def _fields(kb):
    return (kb.conditions, kb.findings, kb.medications, kb.next_steps, kb.sha256)


def test_parse_cache_gives_the_same_knowledge_base_and_follows_edits(tmp_path, monkeypatch):
    """A cold start reads each file's parsed data from JSON kept in the local state folder (issue 16): the same
    knowledge base as parsing the YAML, an edited file parsed afresh, a damaged cache entry ignored."""
    import medmodel.knowledge as knowledge
    from tests.support import MINI_KB
    monkeypatch.setenv("MEDSEQ_HOME", str(tmp_path / "home"))
    root = _copy(tmp_path, MINI_KB)
    monkeypatch.setenv("MEDSEQ_KB_CACHE", "0")
    parsed = load_knowledge(root)
    assert not (tmp_path / "home").exists()              # turned off: nothing written
    monkeypatch.delenv("MEDSEQ_KB_CACHE")
    assert _fields(load_knowledge(root)) == _fields(parsed)   # parses and fills the cache
    entries = sorted(knowledge.parse_cache_dir().glob("*.json"))
    assert entries

    real_parse = knowledge.yaml.load
    monkeypatch.setattr(knowledge.yaml, "load", lambda *a, **k: pytest.fail("parsed a file the cache holds"))
    assert _fields(load_knowledge(root)) == _fields(parsed)   # every file from the cache, still validated

    monkeypatch.setattr(knowledge.yaml, "load", real_parse)
    _edit(root / "conditions" / "mini.yaml", "triage: self_care", "triage: routine")
    edited = load_knowledge(root)
    assert edited.conditions["common_cold"].triage == "routine" and edited.sha256 != parsed.sha256
    for entry in knowledge.parse_cache_dir().glob("*.json"):
        entry.write_text("{damaged", encoding="utf-8")
    assert _fields(load_knowledge(root)) == _fields(edited)


def test_real_knowledge_base_is_the_same_from_the_parse_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDSEQ_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MEDSEQ_KB_CACHE", "0")
    parsed = load_knowledge()
    monkeypatch.delenv("MEDSEQ_KB_CACHE")
    load_knowledge()
    assert _fields(load_knowledge()) == _fields(parsed)


def test_resolve_condition_labels(kb):
    assert kb.resolve_condition("influenza") == "influenza"
    assert kb.resolve_condition("U07.1") == "covid_19"
    assert kb.resolve_condition("Common cold") == "common_cold"
    assert kb.resolve_condition("普通感冒") == "common_cold"
    assert kb.resolve_condition("not a disease") is None


def test_red_flag_phrases_add_to_red_flag_findings_only(kb, tmp_path):
    from medmodel.findings import FindingExtractor
    from medmodel.paths import RED_FLAG_PHRASES
    folder = tmp_path / "red_flag_phrases"
    folder.mkdir()
    (folder / "a.yaml").write_text("- id: thunderclap_headache\n  en:\n    lay: [my head went off like a grenade]\n"
                                   "  zh:\n    lay: [头像手榴弹炸开]\n", encoding="utf-8")
    more = kb.with_red_flag_phrases(folder)
    assert more.sha256 == kb.sha256 and more.conditions is kb.conditions       # the model's knowledge is unchanged
    for text in ("my head went off like a grenade an hour ago", "一小时前头像手榴弹炸开一样"):
        assert "thunderclap_headache" in {m.finding for m in FindingExtractor(more).extract(text)}
        assert "thunderclap_headache" not in {m.finding for m in FindingExtractor(kb).extract(text)}
    (folder / "b.yaml").write_text("- id: cough\n  en:\n    lay: [coughing my lungs up]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="not a red-flag finding"):
        kb.with_red_flag_phrases(folder)
    import yaml
    shipped = [e["id"] for f in sorted(RED_FLAG_PHRASES.glob("*.yaml")) for e in yaml.safe_load(f.read_text("utf-8"))]
    assert len(shipped) >= 139 and all(kb.findings[i].red_flag for i in shipped)   # every id a red flag of this KB
    assert len(kb.with_red_flag_phrases(RED_FLAG_PHRASES).findings) == len(kb.findings)
    assert all(f.red_flag for f in kb.with_red_flag_phrases(RED_FLAG_PHRASES, red_flags_only=True).findings.values())
