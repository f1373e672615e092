"""Gallery: curated cases that show what MedSeq does, each one click to open in Assess or Explain.
The previews are not audited: opening a page of examples is not an assessment of a patient."""
import streamlit as st

from medmodel import InputError, labels
from ui import auth, i18n, loaders, state, widgets
from ui.auth import escape_md
from ui.i18n import t

auth.header("gallery")
loaders.require_bundle()
lang = i18n.lang()
st.caption(t("gallery.intro"))

for g in loaders.gallery():
    with st.container(border=True):
        st.subheader(g.title.get(lang))
        st.markdown(escape_md(g.shows.get(lang)))
        st.text(g.case.text)
        st.caption(widgets.case_summary(g.case))
        try:
            p = loaders.preview(g.case)
            line = t("gallery.result", dx=escape_md(p.leading.name(lang)), p=labels.percent(p.leading.probability),
                     triage=i18n.triage(p.triage))
            if p.withheld:
                line += " · " + t("gallery.withheld", n=len(p.withheld))
            if g.contrast is not None:
                q = loaders.preview(g.contrast)
                line += "  \n" + t("gallery.contrast", note=escape_md(g.contrast.text),
                                   dx=escape_md(q.leading.name(lang)), p=labels.percent(q.leading.probability),
                                   triage=i18n.triage(q.triage))
            st.markdown(line)
        except InputError as exc:
            st.error(t("error.cannot_assess", error=i18n.error(exc)))
        with st.container(horizontal=True):
            if st.button(t("common.open_assess"), key=f"run_{g.id}", type="primary", icon=":material/play_arrow:"):
                state.open_case(g.case, "pages/1_Assess.py")
            if st.button(t("common.open_explain"), key=f"explain_{g.id}", icon=":material/search:"):
                state.open_case(g.case, "pages/2_Explain.py")
