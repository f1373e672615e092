"""Users: sign-in accounts and roles (admins only). The same rules as `python -m medmodel users ...`."""
import pandas as pd
import streamlit as st

import ui
from medmodel.users import ROLES, UsersError, UsersFile

ui.header("users_title")
users = UsersFile()
st.caption(f"Users file: `{users.path}`. With no users the app runs in local demo mode.")
st.dataframe(pd.DataFrame([{"user": u.name, "role": u.role} for u in users.users()], columns=["user", "role"]),
             hide_index=True, width="stretch")


def _change(action: str, name: str, role: str | None = None, password: str | None = None) -> None:
    try:
        if action == "add":
            users.add(name.strip(), password or "", role)
        elif action == "set-role":
            users.set_role(name, role)
        else:
            users.remove(name)
    except UsersError as exc:
        st.error(str(exc))
        return
    ui.audit("users", {"action": action, "name": name.strip(), "role": role})
    st.success(f"{action}: {name}")


with st.form("add_user", clear_on_submit=True):
    st.subheader("Add a user")
    c1, c2, c3 = st.columns(3)
    name = c1.text_input("User name")
    role = c2.selectbox("Role", ROLES)
    password = c3.text_input("Password (10+ characters)", type="password", autocomplete="new-password")
    if st.form_submit_button("Add", type="primary"):
        _change("add", name, role, password)

names = [u.name for u in users.users()]
if names:
    st.subheader("Change or remove")
    c1, c2, c3, c4 = st.columns([2, 2, 1, 1], vertical_alignment="bottom")
    who = c1.selectbox("User", names)
    new_role = c2.selectbox("New role", ROLES, key="new_role")
    if c3.button("Set role"):
        _change("set-role", who, new_role)
    if c4.button("Remove", type="secondary"):
        _change("remove", who)
