"""Users: sign-in accounts and roles (admins only). The same rules as `python -m medmodel users ...`."""
import pandas as pd
import streamlit as st

from medmodel import labels
from medmodel.users import ROLES, UsersError
from ui import auth, i18n
from ui.i18n import t

auth.header("users")
users = auth.users_file()
st.caption(t("users.file", path=users.path))
people = [{t("users.col_user"): u.name, t("users.col_role"): i18n.role(u.role)} for u in users.users()]
st.dataframe(pd.DataFrame(people, columns=[t("users.col_user"), t("users.col_role")]), hide_index=True, width="stretch")


def _change(action: str, name: str, role: str | None = None, password: str | None = None) -> None:
    try:
        if action == "add":
            users.add(name.strip(), password or "", role)
        elif action == "set-role":
            users.set_role(name, role, by=auth.user_name())
        else:
            users.remove(name, by=auth.user_name())   # never oneself, never the last admin
    except UsersError as exc:
        st.error(auth.users_error(exc))
        return
    auth.audit("users", {"action": action, "name": name.strip(), "role": role})
    done = {"add": "users.done_add", "set-role": "users.done_set_role", "remove": "users.done_remove"}[action]
    st.success(t(done, name=auth.escape_md(name.strip()), role=i18n.role(role) if role else ""))


with st.form("add_user", clear_on_submit=True):
    st.subheader(t("users.add"))
    c1, c2, c3 = st.columns(3)
    name = c1.text_input(t("auth.user_name"))
    role = c2.selectbox(t("users.col_role"), ROLES, format_func=i18n.each(labels.role), key=i18n.lkey("add_role"),
                        placeholder=t("common.choose"))
    password = c3.text_input(t("users.password_new"), type="password", autocomplete="new-password")
    if st.form_submit_button(t("users.add_button"), type="primary"):
        _change("add", name, role, password)

names = [u.name for u in users.users()]
if names:
    st.subheader(t("users.change"))
    c1, c2, c3, c4 = st.columns([2, 2, 1, 1], vertical_alignment="bottom")
    who = c1.selectbox(t("users.col_user"), names, placeholder=t("common.choose"))
    new_role = c2.selectbox(t("users.new_role"), ROLES, format_func=i18n.each(labels.role), key=i18n.lkey("new_role"),
                            placeholder=t("common.choose"))
    if c3.button(t("users.set_role")):
        _change("set-role", who, new_role)
    if c4.button(t("users.remove"), type="secondary"):
        _change("remove", who)
