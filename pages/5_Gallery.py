"""Gallery: curated cases that show what MedSeq does, each one click to run in Assess or Explain."""
import streamlit as st

import ui
from medmodel import InputError

ui.header("page_gallery")
ui.require_bundle()
lang = ui.lang()
st.caption(ui.t("gallery_intro"))

for g in ui.gallery():
    with st.container(border=True):
        st.subheader(g.title.get(lang))
        st.markdown(ui.escape_md(g.shows.get(lang)))
        st.text(g.case.text)
        st.caption(ui.case_summary(g.case))
        try:
            p = ui.predict(g.case)
            line = ui.t("gallery_result", dx=ui.escape_md(p.leading.name(lang)), p=f"{p.leading.probability:.0%}",
                        triage=ui.t("triage_" + p.triage).split(" ")[0])
            if p.withheld:
                line += " · " + ui.t("gallery_withheld", n=len(p.withheld))
            if g.contrast is not None:
                q = ui.predict(g.contrast)
                line += "  \n" + ui.t("gallery_contrast", note=ui.escape_md(g.contrast.text),
                                      dx=ui.escape_md(q.leading.name(lang)), p=f"{q.leading.probability:.0%}",
                                      triage=ui.t("triage_" + q.triage).split(" ")[0])
            st.markdown(line)
        except InputError as exc:
            st.error(ui.t("cannot_assess", error=exc))
        c1, c2, c3 = st.columns([1, 1, 2])
        if c1.button(ui.t("open_assess"), key=f"run_{g.id}", type="primary", icon=":material/play_arrow:"):
            ui.open_case(g.case, "pages/1_Assess.py")
        if c2.button(ui.t("open_explain"), key=f"explain_{g.id}", icon=":material/search:"):
            ui.open_case(g.case, "pages/2_Explain.py")
        c3.download_button(ui.t("report"), data=lambda c=g.case: ui.report_html(c, ui.predict(c)),
                           file_name=f"medseq-{g.id}.html", mime="text/html", on_click="ignore",
                           icon=":material/description:", key=f"report_{g.id}")
