"""The Streamlit side of MedSeq: everything the pages share, none of the model logic.

- ``ui.i18n``: the reader's language and the catalogue's words (``medmodel.labels``) in it
- ``ui.state``: the patient in this session, "New patient", widget keys that survive a language switch
- ``ui.loaders``: the cached bundle, predictor, explainer and tables, one home for ``st.cache_*``
- ``ui.jobs``: slow work in the background, with progress, an estimate and a Cancel button
- ``ui.auth``: sign-in, roles, expiry and the audit trail
- ``ui.widgets``: the pieces pages are built from (triage banner, differential, explanation, what-if...)

Pages start with ``auth.header(page)``: the one place for the sign-in gate and the disclaimer.
(A package, not ``pages/ui.py``: every ``.py`` file directly in ``pages/`` would become a page.)
"""
