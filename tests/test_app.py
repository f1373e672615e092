from streamlit.testing.v1 import AppTest

from conftest import ROOT


def test_home_page_shows_disclaimer_and_knowledge_base(kb):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert "not a diagnosis" in at.warning[0].value
    assert [m.value for m in at.metric][0] == str(len(kb.conditions))
    assert len(at.dataframe[0].value) == len(kb.conditions)
