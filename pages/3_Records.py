"""Records: upload a table of notes, map its columns, score every row, filter, chart and download."""
import pandas as pd
import streamlit as st

import ui
from medmodel import SUFFIXES, InputError, RecordsError, check_columns, read_table, score_frame, to_bytes

ui.header("page_records")
ui.require_bundle()
predictor = ui.predictor()
lang = ui.lang()
NONE = "—"

upload = st.file_uploader(ui.t("upload"), type=[s.lstrip(".") for s in SUFFIXES], help=ui.t("upload_help"))
if st.button(ui.t("sample_file"), icon=":material/science:"):
    st.session_state["records"] = {"name": "gallery.csv", "df": ui.sample_records(), "scored": None}
if upload is not None and st.session_state.get("records_file") != upload.file_id:
    st.session_state["records_file"] = upload.file_id   # read each upload once; a bad one keeps what we had
    try:
        st.session_state["records"] = {"name": upload.name, "df": read_table(upload.getvalue(), upload.name), "scored": None}
    except RecordsError as exc:
        st.session_state["records_error"] = f"{upload.name}: {exc}"
        ui.audit("upload", {"file": upload.name, "bytes": upload.size, "error": str(exc)})
    else:
        st.session_state.pop("records_error", None)
        df_up = st.session_state["records"]["df"]
        ui.audit("upload", {"file": upload.name, "bytes": upload.size, "rows": len(df_up), "columns": len(df_up.columns)})
if st.session_state.get("records_error"):
    st.error(ui.t("bad_file", error=st.session_state["records_error"]))

records = st.session_state.get("records")
if not records:
    st.info(ui.t("records_empty"))
    st.stop()

df = records["df"]
st.caption(ui.t("records_loaded", name=records["name"], n=len(df), cols=len(df.columns)))
with st.expander(ui.t("preview"), expanded=records["scored"] is None):
    st.dataframe(df.head(20), hide_index=True, width="stretch")

# --- map columns --------------------------------------------------------------------------------
columns = list(df.columns)
guess = lambda *names: next((c for c in columns if c.strip().lower() in names), NONE)  # noqa: E731
st.subheader(ui.t("map_columns"))
c = st.columns(5)
note_col = c[0].selectbox(ui.t("col_note"), columns, index=columns.index(g) if (g := guess(
    "text", "note", "notes", "complaint", "病历", "主诉")) != NONE else 0)
age_col = c[1].selectbox(ui.t("age"), [NONE, *columns], index=[NONE, *columns].index(guess("age", "年龄")))
sex_col = c[2].selectbox(ui.t("sex"), [NONE, *columns], index=[NONE, *columns].index(guess("sex", "gender", "性别")))
flags_col = c[3].selectbox(ui.t("col_flags"), [NONE, *columns], index=[NONE, *columns].index(guess("flags", "context")))
id_col = c[4].selectbox(ui.t("col_id"), [NONE, *columns], index=[NONE, *columns].index(guess("id", "patient", "patient_id", "mrn", "编号")))
opt = lambda col: None if col == NONE else col  # noqa: E731

if st.button(ui.t("score"), type="primary", icon=":material/play_arrow:"):
    bar = st.progress(0.0, text=ui.t("scoring", done=0, n=len(df)))
    try:
        check_columns(df, note_col, opt(age_col), opt(sex_col), opt(flags_col))
        scored = score_frame(predictor, df, note_col, opt(age_col), opt(sex_col), opt(flags_col), lang=lang,
                             progress=lambda d, n: bar.progress(d / n, text=ui.t("scoring", done=d, n=n)))
    except (RecordsError, InputError) as exc:
        st.error(ui.t("bad_file", error=exc))
    else:
        records["scored"], records["mapping"] = scored, {"note": note_col, "age": opt(age_col), "sex": opt(sex_col),
                                                         "flags": opt(flags_col), "id": opt(id_col)}
    bar.empty()

scored = records.get("scored")
if scored is None:
    st.stop()

# --- results ------------------------------------------------------------------------------------
st.subheader(ui.t("results"))
n_err = int((scored["error"] != "").sum())
c = st.columns(4)
c[0].metric(ui.t("rows"), len(scored))
c[1].metric(ui.t("scored_ok"), len(scored) - n_err)
c[2].metric(ui.t("row_errors"), n_err)
c[3].metric(ui.t("emergencies"), int((scored["triage"] == "emergency").sum()))
f1, f2, f3 = st.columns([1, 2, 2])
triage_filter = f1.multiselect(ui.t("triage"), ["emergency", "urgent", "routine", "self_care"],
                               format_func=lambda x: ui.t("triage_" + x).split(" ")[0], placeholder=ui.t("choose"))
dx_filter = f2.multiselect(ui.t("condition"), sorted(x for x in scored["dx1_name"].unique() if x),
                           placeholder=ui.t("choose"))
search = f3.text_input(ui.t("search"))
view = scored
if triage_filter:
    view = view[view["triage"].isin(triage_filter)]
if dx_filter:
    view = view[view["dx1_name"].isin(dx_filter)]
if search:
    view = view[view[note_col].astype(str).str.contains(search, case=False, regex=False)]
st.dataframe(view, hide_index=False, width="stretch", height=360,
             column_config={f"dx{i}_prob": st.column_config.NumberColumn(format="percent") for i in range(1, 6)})
st.caption(ui.t("showing", n=len(view), total=len(scored)))

left, right = st.columns(2)
ok = scored[scored["dx1_name"] != ""]
with left:
    st.markdown(f"**{ui.t('chart_conditions')}**")
    st.bar_chart(ok["dx1_name"].value_counts().head(15).rename(ui.t("rows")), horizontal=True, color="#1f6f8b",
                 height=320)
with right:
    st.markdown(f"**{ui.t('chart_triage')}**")
    mix = ok["triage"].map(lambda x: ui.t("triage_" + x).split(" ")[0]).value_counts().rename(ui.t("rows"))
    st.bar_chart(mix, color="#1f6f8b", height=320)

d1, d2, _ = st.columns([1, 1, 3])
stem = records["name"].rsplit(".", 1)[0]
d1.download_button(ui.t("download_csv"), to_bytes(scored, "csv"), f"{stem}-scored.csv", "text/csv", icon=":material/download:",
                   on_click=ui.audit, args=("export", {"what": "scored records", "file": f"{stem}-scored.csv", "rows": len(scored)}))
d2.download_button(ui.t("download_xlsx"), to_bytes(scored, "xlsx"), f"{stem}-scored.xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", icon=":material/download:",
                   on_click=ui.audit, args=("export", {"what": "scored records", "file": f"{stem}-scored.xlsx", "rows": len(scored)}))

# --- open one row ---------------------------------------------------------------------------------
st.subheader(ui.t("open_row"))
mapping = records["mapping"]
label = lambda i: f"{scored.at[i, mapping['id']]}" if mapping["id"] else f"#{i}"  # noqa: E731
row = st.selectbox(ui.t("row"), list(view.index), format_func=label)
if row is not None:
    try:
        case = ui.row_case(scored.loc[row], mapping)
    except (InputError, ValueError) as exc:
        st.error(ui.t("cannot_assess", error=exc))
    else:
        c1, c2, _ = st.columns([1, 1, 3])
        if c1.button(ui.t("open_assess"), icon=":material/stethoscope:"):
            ui.open_case(case, "pages/1_Assess.py")
        if c2.button(ui.t("open_explain"), icon=":material/search:"):
            ui.open_case(case, "pages/2_Explain.py")
