"""Issue 17's controls in a real browser, English and 中文: answer the next question (the note grows, the history and
its chart appear, undo), why A rather than B (pick B, the note is coloured, bars drawn), a reviewer's marks saved on
Explain; nothing clipped, no console error, no English on a 中文 page."""
from __future__ import annotations

import re

import pytest

from tests.e2e.browser import chromium, streamlit_server
from tools.walk import LAYOUT_PROBLEMS, VISIBLE_TEXT, citations, english_words, go, new_page, set_language, wait_idle

NOTES = {"en": "Bad headache since this morning and a high temperature.", "zh": "头痛，发烧两天。"}
WORDS = {"en": {"assess": "Assess", "ask": "Ask next", "yes": "Yes", "history": "Answers so far",
                "undo": "Undo the last answer", "contrast": "Why A rather than B", "b": "Condition B",
                "favours": "favours", "review": "Review this attribution", "plausible": "Plausible",
                "implausible": "Implausible", "save": "Save review", "saved": "Review saved"},
         "zh": {"assess": "评估", "ask": "接着问什么", "yes": "有", "history": "问答记录", "undo": "撤销上一个回答",
                "contrast": "为何是甲而不是乙", "b": "疾病乙", "favours": "支持", "review": "评审这一归因",
                "plausible": "合理", "implausible": "不合理", "save": "保存评审", "saved": "评审已保存"}}


@pytest.fixture(scope="module")
def server(shipped_bundle, tmp_path_factory):
    log_dir = tmp_path_factory.mktemp("streamlit_ask")
    with streamlit_server(log_dir, {"MEDSEQ_REVIEWS_DB": str(log_dir / "reviews.sqlite")}) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def _note(page) -> str:
    return page.locator("textarea").first.input_value()


def _clean(page, lang: str, extra: tuple[str, ...] = ()) -> None:
    problems = page.evaluate(LAYOUT_PROBLEMS)
    assert not problems, problems
    assert not page.console_errors, page.console_errors
    if lang == "zh":
        words = english_words(page.evaluate(VISIBLE_TEXT), extra + citations())   # dose sources cite as published
        assert not words, f"English on a 中文 page: {words}"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_ask_contrast_and_review_in_the_browser(browser, server, lang):
    w = WORDS[lang]
    page = new_page(browser, 1400)
    try:
        page.goto(server)
        wait_idle(page)
        if lang != "en":
            set_language(page, lang)
        page.locator("textarea").first.fill(NOTES[lang])
        page.get_by_role("button", name=w["assess"], exact=True).click()
        wait_idle(page, 600)
        page.get_by_role("heading", name=w["ask"]).wait_for(state="visible")

        # Ask next: answer the first question "yes"
        before = _note(page)
        page.get_by_role("button", name=w["yes"], exact=True).first.click()
        wait_idle(page, 800)
        after = _note(page)
        assert len(after) > len(before) and after.startswith(before.rstrip(".。"))
        page.get_by_text(w["history"], exact=True).first.wait_for(state="visible")
        page.get_by_role("button", name=w["undo"]).scroll_into_view_if_needed()
        _clean(page, lang, (before, after))
        page.get_by_role("button", name=w["undo"]).click()
        wait_idle(page, 800)
        assert _note(page) == before

        # Why A rather than B: the second condition changed, the note coloured and the bars drawn
        box = page.get_by_test_id("stSelectbox").filter(has_text=w["b"]).first
        box.scroll_into_view_if_needed()
        box.click()
        options = page.get_by_role("option")
        if options.count() > 1:
            options.nth(options.count() - 1).click()
        else:
            page.keyboard.press("Escape")
        wait_idle(page, 800)
        assert page.get_by_text(re.compile(w["favours"])).first.is_visible()
        assert page.locator(".medseq-note").count() >= 2           # the "why" note and the contrast note
        _clean(page, lang, (before,))

        # Explain: a reviewer's marks saved
        go(page, lang, "explain")
        wait_idle(page, 800)
        page.get_by_role("heading", name=w["review"]).scroll_into_view_if_needed()
        page.get_by_role("radiogroup", name=re.compile(r"^1\. ")).get_by_role("radio", name=w["plausible"],
                                                                              exact=True).click()
        page.get_by_role("radiogroup", name=re.compile(r"^2\. ")).get_by_role("radio", name=w["implausible"],
                                                                              exact=True).click()
        page.get_by_role("button", name=w["save"]).click()
        wait_idle(page, 800)
        assert page.get_by_text(re.compile(w["saved"])).first.is_visible()
        _clean(page, lang, (before,))
    finally:
        page.context.close()
