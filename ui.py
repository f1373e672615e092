"""UI-side helpers shared by the pages: cached loaders and the disclaimer (no model logic here)."""
import streamlit as st

from medmodel import load_knowledge

DISCLAIMER = ("**Decision support and demonstration only - not a diagnosis and not a medical device.** "
              "Every output is uncertain; check it against your own clinical judgement.")


@st.cache_resource
def knowledge():
    return load_knowledge()


def disclaimer() -> None:
    st.warning(DISCLAIMER, icon="⚠️")
