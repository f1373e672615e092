"""Records: upload a table of notes, map its columns, score every row, filter, chart and download."""
import pandas as pd
import streamlit as st

from medmodel import SUFFIXES, InputError, RecordsError, check_columns, labels, plots, read_table, score_frame, to_bytes
from medmodel.records import row_case
from ui import auth, i18n, loaders, state, widgets
from ui.auth import escape_md
from ui.i18n import t

auth.header("records")
loaders.require_bundle()
lang = i18n.lang()
NONE = "—"

upload = st.file_uploader(t("records.upload"), type=[s.lstrip(".") for s in SUFFIXES], help=t("records.upload_help"))
if st.button(t("records.sample_file"), icon=":material/science:"):
    st.session_state["records"] = {"name": "gallery.csv", "df": loaders.sample_records(lang), "scored": None}
if upload is not None and st.session_state.get("records_file") != upload.file_id:
    st.session_state["records_file"] = upload.file_id   # read each upload once; a bad one keeps what we had
    try:
        df_up = read_table(upload.getvalue(), upload.name)
        st.session_state["records"] = {"name": upload.name, "df": df_up, "scored": None}
    except RecordsError as exc:
        st.session_state["records_error"] = f"{upload.name}: {exc}"
        auth.audit("upload", {"file": auth.file_label(upload.name), "bytes": upload.size, "error": str(exc)})
    else:
        st.session_state.pop("records_error", None)
        auth.audit("upload", {"file": auth.file_label(upload.name), "bytes": upload.size, "rows": len(df_up),
                              "columns": len(df_up.columns)})
if st.session_state.get("records_error"):
    st.error(t("error.bad_file", error=escape_md(st.session_state["records_error"])))

records = st.session_state.get("records")
if not records:
    st.info(t("records.empty"))
    st.stop()

df = records["df"]
st.caption(t("records.loaded", name=escape_md(records["name"]), n=len(df), cols=len(df.columns)))
if df.attrs.get("blank_rows"):
    st.caption(t("records.blank_rows", n=df.attrs["blank_rows"]))
with st.expander(t("records.preview"), expanded=records["scored"] is None):
    st.dataframe(df.head(20), hide_index=True, width="stretch")

# --- map columns -------------------------------------------------------------------------------------------------
columns = list(df.columns)
CHOOSE = t("common.choose")


def pick(col, label: str, options: list, *names: str):
    """A column picker that starts on the column named like one of ``names`` (English or Chinese)."""
    found = next((c for c in options if str(c).strip().lower() in names), options[0])
    return col.selectbox(label, options, index=options.index(found), placeholder=CHOOSE)


st.subheader(t("records.map_columns"))
c = st.columns(5)
note_col = pick(c[0], t("records.col_note"), columns, "text", "note", "notes", "complaint", "病历", "主诉")
age_col = pick(c[1], t("assess.age"), [NONE, *columns], "age", "年龄")
sex_col = pick(c[2], t("assess.sex"), [NONE, *columns], "sex", "gender", "性别")
flags_col = pick(c[3], t("records.col_flags"), [NONE, *columns], "flags", "context", "其他情况")
id_col = pick(c[4], t("records.col_id"), [NONE, *columns], "id", "patient", "patient_id", "mrn", "编号")
opt = lambda col: None if col == NONE else col  # noqa: E731

if st.button(t("records.score"), type="primary", icon=":material/play_arrow:"):
    bar = st.progress(0.0, text=t("records.scoring", done=0, n=len(df)))
    st.button(t("security.stop"), help=t("security.stop_help"), icon=":material/stop_circle:")  # any click stops the run

    def progress(done: int, n: int) -> None:
        """Between batches: stop when the browser has gone (tab closed), else show progress (a click on Stop or
        anywhere else interrupts the run here)."""
        auth.require_browser()
        bar.progress(done / n, text=t("records.scoring", done=done, n=n))
    try:
        check_columns(df, note_col, opt(age_col), opt(sex_col), opt(flags_col))
        scored = score_frame(loaders.predictor(), df, note_col, opt(age_col), opt(sex_col), opt(flags_col), lang=lang,
                             progress=progress)
    except (RecordsError, InputError) as exc:
        st.error(t("error.bad_file", error=escape_md(i18n.error(exc))))
    else:
        records["scored"], records["lang"] = scored, lang
        records["mapping"] = {"note": note_col, "age": opt(age_col), "sex": opt(sex_col), "flags": opt(flags_col),
                              "id": opt(id_col)}
    bar.empty()

scored = records.get("scored")
if scored is None:
    st.stop()

# --- results ---------------------------------------------------------------------------------------------------------
mapping = records["mapping"]
st.subheader(t("records.results"))
n_err = int((scored["error"] != "").sum())
outside = scored["out_of_scope"].map(lambda x: x is True or str(x).lower() == "true")
c = st.columns(5)
c[0].metric(t("common.rows"), len(scored))
c[1].metric(t("records.scored_ok"), int((scored["dx1_name"] != "").sum()))
c[2].metric(t("records.row_errors"), n_err)
c[3].metric(t("records.emergencies"), int((scored["triage"] == "emergency").sum()))
c[4].metric(t("ui12.scope_count"), int(outside.sum()))
f1, f2, f3 = st.columns([1, 2, 2])
levels = ["emergency", "urgent", "routine", "self_care"]
triage_filter = f1.multiselect(t("common.triage"), levels, format_func=i18n.each(labels.triage), placeholder=CHOOSE,
                               key=i18n.lkey("records_triage"))
dx_filter = f2.multiselect(t("common.condition"), sorted(x for x in scored["dx1_name"].unique() if x),
                           placeholder=t("common.choose"), key=f"records_dx_{records.get('lang')}")
search = f3.text_input(t("records.search"))
view = scored
if triage_filter:
    view = view[view["triage"].isin(triage_filter)]
if dx_filter:
    view = view[view["dx1_name"].isin(dx_filter)]
if search:
    view = view[view[note_col].astype(str).str.contains(search, case=False, regex=False)]

# What a reviewer reads first: who, the note, any problem, then the answer; ids and codes stay in the download.
shown = pd.DataFrame(index=view.index)
if mapping["id"]:
    shown[t("records.col_patient")] = view[mapping["id"]].astype(str)
shown[t("records.col_note_short")] = view[note_col].astype(str)
shown[t("records.col_problem")] = view["error"]
shown[t("common.triage")] = view["triage"].map(lambda x: i18n.triage(x) if x else "")
shown[t("ui12.col_scope")] = outside[view.index].map(lambda x: t("ui12.scope_yes") if x else "")
shown[t("records.col_leading")] = view["dx1_name"] + view["dx1_icd10"].map(lambda c: f" ({c})" if c else "")
shown[t("records.col_likelihood")] = view["dx1_prob"].map(lambda p: labels.percent(p) if p == p else "")
shown[t("ui12.col_context")] = view["context_from_note"]
shown[t("ui12.col_warnings")] = view["warnings"]
shown[t("records.col_second")] = view["dx2_name"]
shown[t("records.col_red_flags")] = view["red_flags"]
shown[t("records.col_medications")] = view["medications"]
shown[t("records.col_withheld")] = view["withheld"]
shown[t("records.col_next")] = view["next_steps"]
wide = {k: st.column_config.TextColumn(width="medium") for k in (t("records.col_note_short"), t("records.col_problem"),
                                                                  t("records.col_leading"), t("ui12.col_context"),
                                                                  t("ui12.col_warnings"))}
st.dataframe(shown, hide_index=bool(mapping["id"]), width="stretch", height=380, column_config=wide)
st.caption(t("records.showing", n=len(view), total=len(scored)))

left, right = st.columns(2, gap="large")
ok = scored[scored["dx1_name"] != ""]
with left:
    st.markdown(f"**{t('records.chart_conditions')}**")
    counts = list(ok["dx1_name"].value_counts().head(15).items())
    widgets.chart(plots.count_bars(counts, lang), "records_conditions")
with right:
    st.markdown(f"**{t('records.chart_triage')}**")
    widgets.chart(plots.triage_mix_figure(ok["triage"].value_counts().to_dict(), lang), "records_triage")

d1, d2, _ = st.columns([1, 1, 3])
stem = records["name"].rsplit(".", 1)[0]
for col, kind, mime in ((d1, "csv", "text/csv"),
                        (d2, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")):
    # Built when pressed, for the user still signed in who drew the button, and audited under that user.
    col.download_button(t(f"records.download_{kind}"), file_name=f"{stem}-scored.{kind}", mime=mime,
                        icon=":material/download:", data=auth.export(lambda kind=kind: to_bytes(scored, kind),
                                         {"what": "scored records", "file": auth.file_label(f"{stem}-scored.{kind}"),
                                          "rows": len(scored)}, page="records"),
                        on_click="ignore", key=f"records_download_{kind}")

# --- open one row -----------------------------------------------------------------------------------------------------
st.subheader(t("records.open_row"))
label = lambda i: f"{scored.at[i, mapping['id']]}" if mapping["id"] else f"#{i + 1}"  # noqa: E731
row = st.selectbox(t("common.row"), list(view.index), format_func=label, placeholder=t("common.choose"))
if row is not None:
    try:
        case = row_case(scored.loc[row], mapping["note"], mapping["age"], mapping["sex"], mapping["flags"])
    except (InputError, ValueError) as exc:
        st.error(t("error.cannot_assess", error=escape_md(i18n.error(exc))))
    else:
        c1, c2, _ = st.columns([1, 1, 3])
        if c1.button(t("common.open_assess"), icon=":material/stethoscope:"):
            state.open_case(case, "pages/1_Assess.py")
        if c2.button(t("common.open_explain"), icon=":material/search:"):
            state.open_case(case, "pages/2_Explain.py")
