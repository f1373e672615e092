"""Robustness under bad input: property-based (hypothesis) and named cases, CheckList-style behaviour,
uploads, exports and damaged bundles.

Figures (fuzz cases tried, invariance rates) are printed; run with ``-s`` to see them.
"""
from __future__ import annotations

import io
import random
import re
import shutil

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medmodel.bundle import BundleError, load_bundle, save_bundle
from medmodel.case import Case
from medmodel.predict import MAX_NOTE_CHARS, InputError, Predictor, check_note
from medmodel.records import MAX_UPLOAD_BYTES, RecordsError, check_columns, read_table, to_bytes, write_table

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
# Every Unicode category, surrogates excluded (a str from a browser or a file cannot hold them; a named case does).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
NASTY = st.text(st.sampled_from(list("abc 咳嗽发烧 \u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u0301\u0336\x00\x07\x1b\r\n\t"
                                     "😷🤒👨‍👩‍👧 مرحبا שלום .,;!?-_*#@()[]{}<>0123456789")), max_size=600)

NAMED = {
    "empty": "",
    "spaces": "   \t\n  ",
    "only punctuation": "?!.,;:-()[]{}'\"/\\…—。，！？、",
    "only numbers": "120 80 37.5 98 2024 0 -1 3.14159",
    "only emoji": "😷🤒🤕💊🩺❤️‍🔥👨‍👩‍👧",
    "emoji in words": "fever 🤒 and cough 😷 for 3 days",
    "arabic (RTL)": "المريض يعاني من سعال وحمى",
    "hebrew (RTL) with english": "cough שיעול and fever חום",
    "RTL override": "\u202efever and cough\u202c for two days",
    "zero-width inside words": "fe\u200bver and co\u200dugh\ufeff, head\u2060ache",
    "control characters": "fever\x00 and\x07 cough\x1b[31m red\x1b[0m\x7f",
    "combining marks (zalgo)": "f̸̢͓e̵̛v̶e̷r̴ and c̷o̶u̵g̸h̶",
    "CJK with fullwidth": "ＦＥＶＥＲ和咳嗽三天，头痛。",
    "lone surrogate": "fever \ud800 and cough",
    "NUL only": "\x00\x00\x00",
    "one long word": "a" * 5000,
    "newlines only": "\n" * 1000,
    "html and script": "<script>alert('x')</script> fever <b>cough</b>",
    "markdown": "# fever\n**cough** [link](javascript:alert(1)) `code`",
    "sql": "fever'; DROP TABLE audit; -- cough",
    "formula": "=HYPERLINK(\"http://evil\",\"fever\") cough",
    "at limit": ("fever and cough. " * (MAX_NOTE_CHARS // 17 + 1))[:MAX_NOTE_CHARS],
    "over limit": "fever and cough. " * (MAX_NOTE_CHARS // 17 + 2),
}
TRIED = {"tokenizer": 0, "hypothesis": 0, "named": 0}


def _check_prediction(p, case):
    assert p.differential, "a prediction always has a differential"
    probs = [d.probability for d in p.differential]
    assert all(0.0 <= x <= 1.0 for x in probs) and sum(probs) <= 1.0 + 1e-5 and probs == sorted(probs, reverse=True)
    assert p.triage in ("emergency", "urgent", "routine", "self_care")
    for m in p.findings:
        assert 0 <= m.start <= m.end <= len(case.text)
    if p.encoded.truncated:
        assert any("too long" in w for w in p.warnings), "truncation must be shown to the user"


def _assess(predictor, text):
    """A prediction, or a clear InputError: never any other exception."""
    TRIED["named" if text in NAMED.values() else "hypothesis"] += 1
    case = Case(text, 40, "F")
    try:
        check_note(text)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        with pytest.raises(InputError):
            predictor.predict(case)
        return None
    p = predictor.predict(case)
    _check_prediction(p, case)
    return p


# ---------------------------------------------------------------- tokenizer
@FUZZ
@given(text=st.one_of(ANY_TEXT, NASTY), age=st.one_of(st.none(), st.integers(0, 120)))
def test_tokenizer_never_crashes(tiny_bundle, text, age):
    TRIED["tokenizer"] += 1
    tok = tiny_bundle.tokenizer
    e = tok.encode(Case(text, age))
    assert len(e.ids) == len(e.tokens) == len(e.offsets) <= tok.max_len
    assert all(0 <= i < len(tok) for i in e.ids)
    for off, surface in zip(e.offsets[e.n_context:], e.tokens[e.n_context:]):
        assert 0 <= off[0] < off[1] <= len(text) and text[off[0]:off[1]] == surface
        assert surface.strip() and not re.fullmatch(r"[\u200b-\u200f\u2060\ufeff\x00-\x1f\x7f]+", surface)
    assert e.truncated == (e.n_note_tokens > tok.max_len - e.n_context)


@pytest.mark.parametrize("name", list(NAMED))
def test_tokenizer_named_cases(tiny_bundle, name):
    e = tiny_bundle.tokenizer.encode(Case(NAMED[name]))
    assert len(e.ids) <= tiny_bundle.tokenizer.max_len


# ---------------------------------------------------------------- predict
@FUZZ
@given(text=st.one_of(ANY_TEXT, NASTY))
def test_predict_never_crashes(tiny_bundle, text):
    _assess(Predictor(tiny_bundle, beam=2), text)


@pytest.mark.parametrize("name", list(NAMED))
def test_predict_named_cases(tiny_bundle, name):
    p = _assess(Predictor(tiny_bundle, beam=2), NAMED[name])
    expect_error = name in ("empty", "spaces", "only punctuation", "only numbers", "only emoji", "NUL only",
                            "newlines only", "over limit")
    assert (p is None) == expect_error, name
    if name == "over limit":
        with pytest.raises(InputError, match="limit is 100,000"):
            check_note(NAMED[name])
    if name == "at limit":
        assert p.encoded.truncated and "too long" in " ".join(p.warnings)
    if name == "one long word":    # one unknown token: not truncated, but the user is told the note was not understood
        assert "unknown to the model" in " ".join(p.warnings)


def test_empty_and_no_word_messages_are_clear():
    for text, msg in (("", "empty"), ("   ", "empty"), ("123 456", "no words"), ("?!", "no words"),
                      ("x" * (MAX_NOTE_CHARS + 1), "limit")):
        with pytest.raises(InputError, match=msg):
            check_note(text)


# ---------------------------------------------------------------- explain
@pytest.fixture(scope="module")
def explainer(tiny_bundle):
    from medmodel.explain import Explainer      # imported, never skipped: a broken import must fail
    return Explainer(tiny_bundle)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text=st.one_of(ANY_TEXT, NASTY))
def test_explain_never_crashes(tiny_bundle, explainer, text):
    p = _assess(Predictor(tiny_bundle, beam=2), text)
    if p is None:
        return
    e = explainer.explain(p.case, p, method="saliency")
    assert e.attributions.shape == (len(e.output_tokens), len(e.input_tokens))
    assert np.isfinite(e.attributions).all()


@pytest.mark.parametrize("name", ["emoji in words", "RTL override", "zero-width inside words", "control characters",
                                  "lone surrogate", "at limit", "CJK with fullwidth"])
def test_explain_named_cases(tiny_bundle, explainer, name):
    p = Predictor(tiny_bundle, beam=2).predict(Case(NAMED[name]))
    e = explainer.explain(p.case, p, method="integrated_gradients")
    assert np.isfinite(e.attributions).all() and len(e.input_tokens) == len(p.encoded)


# ---------------------------------------------------------------- CheckList-style behaviour
def _typo(text: str, rng: random.Random) -> str:
    """Swap two adjacent inner letters of one word of 4+ letters (CheckList's typo perturbation)."""
    words = list(re.finditer(r"[A-Za-z]{4,}", text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(1, len(w) - 2)
    return text[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + text[m.end():]


def _invariance(bundle, n, seed=123):
    from medmodel.synth import Generator
    rng = random.Random(seed)
    predictor = Predictor(bundle, beam=1)        # the leading diagnosis comes from the first position: beam-free
    synth = list(Generator(bundle.kb).generate(n, seed=seed, lang="en"))
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in synth]
    base = [p.leading.condition_id for p in predictor.predict_many(cases)]
    rates = {}
    for name, perturb in (("upper", str.upper), ("title", str.title),
                          ("random case", lambda t: "".join(c.upper() if rng.random() < 0.5 else c for c in t)),
                          ("one typo", lambda t: _typo(t, rng)), ("two typos", lambda t: _typo(_typo(t, rng), rng))):
        out = predictor.predict_many([Case(perturb(c.text), c.age, c.sex, c.flags) for c in cases])
        rates[name] = float(np.mean([a == p.leading.condition_id for a, p in zip(base, out)]))
    return rates


def _negation(bundle):
    """For each condition, its most specific finding, stated then negated: P(condition) should fall."""
    kb, predictor = bundle.kb, Predictor(bundle, beam=1)
    mean = {}
    for c in kb.conditions.values():
        for f, p in c.findings:
            mean[f] = mean.get(f, 0.0) + p / len(kb.conditions)
    results = []
    for c in kb.conditions.values():
        fs = sorted(((f, p) for f, p in c.findings if p >= 0.4), key=lambda fp: -fp[1] / (mean[fp[0]] + 0.02))
        if len(fs) < 2:
            continue
        key, other = (kb.findings[f].name.en.lower() for f, _ in fs[:2])
        pos, neg = predictor.predict_many([Case(f"{other} and {key}."), Case(f"{other}. no {key}.")])
        pp = {d.condition_id: d.probability for d in pos.differential}
        if pos.leading.condition_id != c.id:     # only where the model already names the condition from the finding
            continue
        pn = {d.condition_id: d.probability for d in neg.differential}
        results.append((c.id, pp[c.id], pn.get(c.id, 0.0)))
    return results


def test_casing_and_typos_rarely_change_the_top_diagnosis_tiny(tiny_bundle):
    rates = _invariance(tiny_bundle, 120)
    print(f"\n[checklist] invariance of the top diagnosis (tiny model, 120 EN notes): {rates}")
    assert rates["upper"] == rates["title"] == rates["random case"] == 1.0   # the tokenizer lower-cases (NFKC)
    assert rates["one typo"] >= 0.8 and rates["two typos"] >= 0.7


def test_negating_a_key_finding_moves_probability_away_tiny(tiny_bundle):
    results = _negation(tiny_bundle)
    print(f"\n[checklist] negation (tiny model): {[(c, round(a, 3), round(b, 3)) for c, a, b in results]}")
    # A 4-condition model trained for seconds learns negation only weakly (drops of a few thousandths); the
    # direction must still hold for most conditions and on average. The shipped model's test below is stricter.
    assert results and sum(b < a for _, a, b in results) >= 2 / 3 * len(results)
    assert np.mean([a - b for _, a, b in results]) > 0


@pytest.mark.slow
def test_behaviour_of_the_shipped_model(shipped_bundle):
    rates = _invariance(shipped_bundle, 200)
    results = _negation(shipped_bundle)
    moved = sum(b < a for _, a, b in results) / max(1, len(results))
    print(f"\n[checklist] shipped model, 200 EN notes: invariance {rates}; negation moved probability away "
          f"in {moved:.1%} of {len(results)} conditions; mean drop "
          f"{np.mean([a - b for _, a, b in results]) if results else 0:.3f}; not moved: "
          f"{[(c, round(a, 3), round(b, 3)) for c, a, b in results if b >= a]}")
    assert rates["upper"] == rates["title"] == rates["random case"] == 1.0
    assert rates["one typo"] >= 0.85
    assert len(results) >= 20 and moved >= 0.8


# ---------------------------------------------------------------- uploads
CSV_OK = "note,age,sex\nfever and cough,30,F\n".encode()


@pytest.mark.parametrize("data,name,msg", [
    (b"", "a.csv", "empty"),
    (b"   \n\n ", "a.csv", "empty"),
    ("note,age\nfièvre,30\n".encode("latin-1"), "a.csv", "not UTF-8"),
    ("note,age\nfever,30\n".encode("utf-16"), "a.csv", "not UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "scan.csv", "PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "book.csv", "Excel"),
    (b"%PDF-1.7\n%\xe2\xe3", "letter.csv", "PDF"),
    (b"note,age\nfever\x00,30\n", "a.csv", "binary"),
    (b"note,age\n", "a.csv", "no rows"),
    (b"note,age\n\"unterminated,30\n", "a.csv", "could not read"),
    (CSV_OK, "a.txt", "unsupported file type"),
    (CSV_OK, "a.xlsx", "could not read the XLSX"),
    (CSV_OK, "a.parquet", "could not read the PARQUET"),
])
def test_bad_uploads_have_clear_messages(data, name, msg):
    with pytest.raises(RecordsError, match=msg) as info:
        read_table(data, name)
    assert "\n" not in str(info.value) and len(str(info.value)) < 300


def test_upload_over_the_size_limit_is_refused():
    data = b"note\n" + b"fever and cough\n" * (MAX_UPLOAD_BYTES // 16 + 1)
    with pytest.raises(RecordsError, match="the limit is 50 MiB"):
        read_table(data, "big.csv")


def test_missing_columns_are_named():
    df = read_table(CSV_OK, "a.csv")
    with pytest.raises(RecordsError, match="column 'text' is not in the file; columns: note, age, sex"):
        check_columns(df, "text")


FORMULAS = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"y\")"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_exports_neutralise_formula_injection(kind, tmp_path):
    df = pd.DataFrame({"note": FORMULAS + ["fever"], "n": list(range(len(FORMULAS) + 1))})
    data = to_bytes(df, kind)
    back = (pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False) if kind == "csv"
            else pd.read_excel(io.BytesIO(data), dtype=str))
    assert all(v.startswith("'") for v in back["note"][:-1]) and back["note"].iloc[-1] == "fever"
    if kind == "csv":    # a CR or LF inside a cell must not start a new row whose first cell is a live formula
        import csv
        embedded = to_bytes(pd.DataFrame({"note": ["fever\r=cmd()", "cough\n+1", "x\r\n@y"]}), "csv")
        rows = list(csv.reader(io.StringIO(embedded.decode("utf-8-sig"), newline="")))
        assert len(rows) == 4 and not any(r[0][:1] in "=+-@" for r in rows)
    path = tmp_path / f"out.{kind}"
    write_table(df, path)
    assert path.read_bytes()[:4] != b"=1+1"
    if kind == "xlsx":
        import openpyxl
        ws = openpyxl.load_workbook(path).active
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


# ---------------------------------------------------------------- damaged bundles
@pytest.fixture
def saved_bundle(tiny_bundle, mini_kb, tmp_path):
    return save_bundle(tiny_bundle, tmp_path / "bundle", command="test", seed=0)


@pytest.mark.parametrize("damage,msg", [
    ("flip", "does not match its manifest hash"),
    ("truncate", "does not match its manifest hash"),
    ("empty", "does not match its manifest hash"),
    ("no manifest", "no manifest.json"),
    ("bad manifest", "manifest.json is unreadable"),
    ("missing weights", "model.safetensors is missing"),
    ("config edited", "config.json does not match"),
])
def test_damaged_bundle_is_refused(saved_bundle, mini_kb, damage, msg):
    weights = saved_bundle / "model.safetensors"
    if damage == "flip":
        data = bytearray(weights.read_bytes())
        data[len(data) // 2] ^= 0x01
        weights.write_bytes(bytes(data))
    elif damage == "truncate":
        weights.write_bytes(weights.read_bytes()[:-1000])
    elif damage == "empty":
        weights.write_bytes(b"")
    elif damage == "no manifest":
        (saved_bundle / "manifest.json").unlink()
    elif damage == "bad manifest":
        (saved_bundle / "manifest.json").write_text("{not json")
    elif damage == "missing weights":
        weights.unlink()
    else:
        (saved_bundle / "config.json").write_text((saved_bundle / "config.json").read_text().replace("1", "2", 1))
    with pytest.raises(BundleError, match=msg) as info:
        load_bundle(saved_bundle, kb=mini_kb)
    assert "\n" not in str(info.value)


def test_intact_bundle_loads(saved_bundle, mini_kb):
    assert load_bundle(saved_bundle, kb=mini_kb).sha256


def test_cli_refuses_a_tampered_bundle_in_one_line(saved_bundle, tmp_path):
    import subprocess
    import sys
    from conftest import ROOT
    bad = tmp_path / "bad"
    shutil.copytree(saved_bundle, bad)
    (bad / "model.safetensors").write_bytes((bad / "model.safetensors").read_bytes()[:100])
    r = subprocess.run([sys.executable, "-m", "medmodel", "predict", "fever", "--bundle", str(bad)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "does not match its manifest hash" in r.stderr


def test_fuzz_figures():
    print(f"\n[fuzz] inputs tried in this run (tokenizer / predict+explain fuzz / named): {TRIED}")
