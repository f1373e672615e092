"""Hostile inputs shared by the fuzz and named-case tests of the tokenizer, predictor and explainer, and the check
that a note gets either a well-formed prediction or one clear InputError."""
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from medmodel.case import Case
from medmodel.knowledge import TRIAGE_LEVELS
from medmodel.predict import MAX_NOTE_CHARS, InputError, check_note

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


def check_prediction(p, case):
    assert p.differential, "a prediction always has a differential"
    probs = [d.probability for d in p.differential]
    assert all(0.0 <= x <= 1.0 for x in probs) and sum(probs) <= 1.0 + 1e-5 and probs == sorted(probs, reverse=True)
    assert p.triage in TRIAGE_LEVELS and p.model_triage in TRIAGE_LEVELS
    assert p.output_tokens[0] == f"DX:{p.leading.condition_id}"
    for m in p.findings:
        assert 0 <= m.start <= m.end <= len(case.text)
    if p.encoded.truncated:
        assert any(w.code == "note_truncated" for w in p.warnings), "truncation must be shown to the user"


def assess(predictor, text):
    """A prediction, or a clear InputError: never any other exception."""
    case = Case(text, 40, "F")
    try:
        check_note(text)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        with pytest.raises(InputError):
            predictor.predict(case)
        return None
    p = predictor.predict(case)
    check_prediction(p, case)
    return p
