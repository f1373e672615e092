"""Issue 12's answer in a real browser, English and 中文, at 1280 and 1920 px: the chips read from the note, the
form/note conflict, the medicines with their dosing, each candidate's options opened, and the out-of-scope banner
lay out with nothing clipped or outside the page, no English prose on a 中文 page and no console error."""
from __future__ import annotations

import re

import pytest

from tests.e2e.test_e2e import browser, patient_text, server  # noqa: F401  (fixtures shared with the walk)
from tests.app.test_assess_context import PREGNANT, THROAT, VAGUE_MORE, first_note, out_of_scope_notes
from tools.walk import LAYOUT_PROBLEMS, VISIBLE_TEXT, english_words, full_height, new_page, set_language, wait_idle



def notes(bundle, lang: str) -> dict[str, str]:
    """A note for each state: context read from it, medicines with dosing, options to confirm first, out of scope."""
    return {"context": PREGNANT[lang], "medicines": THROAT[lang],
            "options": first_note(bundle, VAGUE_MORE[lang], lambda p: p.options and not p.out_of_scope),
            "scope": first_note(bundle, out_of_scope_notes(lang), lambda p: p.out_of_scope)}


def assess(page, note: str) -> None:
    page.locator("textarea").first.fill(note)
    page.get_by_role("button", name=re.compile(r"^(Assess|评估)$")).click()
    wait_idle(page, 600)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [1280, 1920])
def test_chips_dosing_options_and_scope_read_cleanly(browser, server, shipped_bundle, lang, width):  # noqa: F811
    page = new_page(browser, width)
    try:
        page.goto(server)
        wait_idle(page)
        if lang == "zh":
            set_language(page, "zh")
        found, seen = {}, set()
        for key, note in notes(shipped_bundle, lang).items():
            assess(page, note)
            for summary in page.locator("[data-testid=stExpander] summary").all():
                summary.click()                                   # every candidate's options, opened
            wait_idle(page, 300)
            full_height(page)
            problems = page.evaluate(LAYOUT_PROBLEMS)
            if lang == "zh":
                text = page.evaluate(VISIBLE_TEXT)
                problems += [f"English: {w}" for w in english_words(text, patient_text() + (note,))]
            problems += [f"console: {e}" for e in page.console_errors]
            if problems:
                found[key] = problems
            main = page.get_by_test_id("stMain").inner_text()
            seen |= {k for k, word in (("chips", {"en": "Read from the note", "zh": "从病历中读取"}[lang]),
                                       ("scope", {"en": "does not match what MedSeq knows",
                                                  "zh": "与 MedSeq 掌握的知识不相符"}[lang])) if word in main}
            page.set_viewport_size({"width": width, "height": 1000})
        assert not found, found
        assert {"chips", "scope"} <= seen, seen
    finally:
        page.context.close()
