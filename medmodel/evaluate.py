"""Held-out evaluation on freshly generated cases: accuracy, calibration, subgroups, safety, Bayes ceiling."""
from __future__ import annotations

import time
from collections import Counter, defaultdict

import numpy as np

from .bundle import Bundle
from .case import Case
from .devset import DEV_COLUMNS, _cell, dev_cases, is_dev_set  # noqa: F401  (re-exported)
from .explain import Explainer, eraser, randomized, rank_correlation
from .knowledge import TRIAGE_LEVELS, triage_rank
from .posterior import Posterior
from .predict import Predictor
from .safety import filter_medications
from .synth import Generator
from .train import calibration_curve, expected_calibration_error

EVAL_SEED = 20_261_128   # never used for training (the shipped model trains on seed 0)


def age_band(age: int) -> str:
    for lo, hi, name in ((0, 4, "0-4"), (5, 17, "5-17"), (18, 39, "18-39"), (40, 64, "40-64"), (65, 200, "65+")):
        if lo <= age <= hi:
            return name
    return "unknown"


def macro_f1(y_true: list[str], y_pred: list[str]) -> float:
    labels = sorted(set(y_true))
    tp, fp, fn = Counter(), Counter(), Counter()
    for t, p in zip(y_true, y_pred):
        if t == p:
            tp[t] += 1
        else:
            fp[p] += 1
            fn[t] += 1
    f1 = [2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) if tp[c] + fp[c] + fn[c] else 0.0 for c in labels]
    return float(np.mean(f1)) if f1 else 0.0


def evaluate(bundle: Bundle, n: int = 5000, seed: int = EVAL_SEED, lang: str = "mix", beam: int = 5,
             progress=None) -> dict:
    """Metrics on ``n`` fresh generated cases; ``progress(done, total)`` is called as batches finish."""
    kb = bundle.kb
    gen = Generator(kb)
    posterior = Posterior(kb)
    synth = list(gen.generate(n, seed, lang))
    cases = [s.case for s in synth]
    predictor = Predictor(bundle, beam=beam)
    preds = []
    for start in range(0, n, 256):
        preds += predictor.predict_many(cases[start:start + 256])
        if progress:
            progress(min(start + 256, n), n)
    truth = [s.condition_id for s in synth]
    ranked = [[d.condition_id for d in p.differential] for p in preds]
    hit = lambda k: np.array([t in r[:k] for t, r in zip(truth, ranked)], dtype=float)
    top1 = hit(1)
    confidence = np.array([p.differential[0].probability for p in preds])
    bayes = [[c for c, _ in posterior.rank(s.present, s.absent, s.age, s.sex, "pregnant" in s.flags, k=3)] for s in synth]
    bayes_top1 = np.array([t == b[0] for t, b in zip(truth, bayes)], dtype=float)
    bayes_top3 = np.array([t in b for t, b in zip(truth, bayes)], dtype=float)
    # Safety: contraindicated medications the model emitted, before and after the filter, against the patient's
    # context as the predictor read it (the form completed from the note: "CKD 3" or "14 weeks" refine a bare
    # ticked box, which alone is read at its most cautious)
    before = after = 0
    for p in preds:
        flags = (p.case_used or p.case).context_flags
        model_rx = [t.split(":", 1)[1] for t in p.output_tokens if t.startswith("RX:")]
        before += len(filter_medications(kb, model_rx, flags)[1])
        after += len(filter_medications(kb, p.medications, flags)[1])
    groups: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for s, h in zip(synth, top1):
        groups["lang"][s.lang].append(h)
        groups["sex"][s.sex].append(h)
        groups["age_band"][age_band(s.age)].append(h)
    subgroup = {g: {k: {"top1": float(np.mean(v)), "n": len(v)} for k, v in sorted(d.items())} for g, d in groups.items()}
    confused = Counter((t, r[0]) for t, r in zip(truth, ranked) if t != r[0])
    triage_match = np.mean([p.triage == s.target.triage for p, s in zip(preds, synth)])
    rank_gap = np.array([triage_rank(p.triage) - triage_rank(s.target.triage) for p, s in zip(preds, synth)])
    return {
        "n": n, "seed": seed, "lang": lang, "beam": beam,
        "top1": float(top1.mean()), "top3": float(hit(3).mean()), "top5": float(hit(5).mean()),
        "macro_f1": macro_f1(truth, [r[0] for r in ranked]),
        "ece": expected_calibration_error(confidence, top1),
        "calibration_curve": calibration_curve(confidence, top1),
        "bayes_top1": float(bayes_top1.mean()), "bayes_top3": float(bayes_top3.mean()),
        "top1_vs_bayes": float(top1.mean() / max(bayes_top1.mean(), 1e-9)),
        "triage_agreement": float(triage_match),
        # after the safety layer, against the generating condition's level: under-triage is the dangerous side
        "undertriage": float((rank_gap < 0).mean()), "overtriage": float((rank_gap > 0).mean()),
        "violations_before": before, "violations_after": after,
        "subgroups": subgroup,
        "accuracy_by_language": {k: v["top1"] for k, v in subgroup["lang"].items()},
        "accuracy_by_sex": {k: v["top1"] for k, v in subgroup["sex"].items()},
        "most_confused": [{"true": t, "predicted": p, "count": c} for (t, p), c in confused.most_common(15)],
    }


def evaluate_labelled(bundle: Bundle, df, text_column: str = "text", label_column: str = "label",
                      age_column: str | None = None, sex_column: str | None = None, beam: int = 5,
                      group_columns: tuple[str, ...] = (), triage_column: str | None = None) -> dict:
    """Top-k accuracy on the user's own labelled notes (labels as KB ids, names or ICD-10 codes), e.g. the
    hand-written notes in assets/eval/: how the model copes with how people really write. Rows whose label
    does not map or whose text is unusable are counted, not scored. Every miss is listed. ``triage_column``
    holds the least urgent safe triage level per note (blank: any); notes triaged below it are listed."""
    from .records import check_columns, row_case
    check_columns(df, text_column, label_column, age_column, sex_column, *group_columns,
                  *((triage_column,) if triage_column else ()))
    kb = bundle.kb
    rows, unmapped, unusable = [], [], 0
    for i, row in df.iterrows():
        cid = kb.resolve_condition(str(row[label_column]))
        if cid is None:
            unmapped.append(str(row[label_column]))
            continue
        try:
            rows.append((i, cid, row_case(row, text_column, age_column, sex_column)))
        except ValueError:
            unusable += 1
    preds = Predictor(bundle, beam=beam).predict_many([c for _, _, c in rows]) if rows else []
    ranked = [[d.condition_id for d in p.differential] for p in preds]
    hits = {k: np.array([cid in r[:k] for (_, cid, _), r in zip(rows, ranked)], dtype=float) for k in (1, 3, 5)}
    out = {"n": len(rows), "unmapped_labels": unmapped, "unusable_rows": unusable,
           **{f"top{k}": float(h.mean()) if len(h) else 0.0 for k, h in hits.items()}}
    for col in group_columns:
        groups: dict[str, list[float]] = defaultdict(list)
        for (i, _, _), h in zip(rows, hits[1]):
            groups[str(df.at[i, col])].append(h)
        out[f"top1_by_{col}"] = {k: float(np.mean(v)) for k, v in sorted(groups.items())}
    out["misses"] = [{"row": int(i) if isinstance(i, (int, np.integer)) else str(i), "text": c.text, "expected": cid,
                      "predicted": r[:3], "rank": r.index(cid) + 1 if cid in r else None,
                      "probability": round(p.differential[0].probability, 3)}
                     for (i, cid, c), r, p in zip(rows, ranked, preds) if r[0] != cid]
    if triage_column:
        need = [(str(df.at[i, triage_column]).strip(), p, c) for (i, _, c), p in zip(rows, preds)]
        need = [(lvl, p, c) for lvl, p, c in need if lvl in TRIAGE_LEVELS]
        out["triage_checked"] = len(need)
        out["undertriaged"] = [{"text": c.text, "needed": lvl, "triage": p.triage, "model_triage": p.model_triage}
                               for lvl, p, c in need if triage_rank(p.triage) < triage_rank(lvl)]
    return out


NEGATION_RAISE_TOLERANCE = 0.01   # a denied sign "raises" its condition when it adds more than this


def evaluate_dev(bundle: Bundle, df, beam: int = 5) -> dict:
    """Figures on a real-language development set: top-k (``dx`` or any ``acceptable`` id counts), under- and
    over-triage against each note's least urgent safe level, per-style accuracy, finding recall, and the
    negation-raise rate over pairs built from the notes that deny something."""
    kb = bundle.kb
    rows = dev_cases(df)
    unknown = sorted({r["dx"] for r, _ in rows if r["dx"] not in kb.conditions})
    rows = [(r, c) for r, c in rows if r["dx"] in kb.conditions]
    predictor = Predictor(bundle, beam=beam)
    preds = predictor.predict_many([c for _, c in rows])
    right = [{r["dx"]} | {a.strip() for a in _cell(r.get("acceptable")).split(";") if a.strip()} for r, _ in rows]
    ranked = [[d.condition_id for d in p.differential] for p in preds]
    hit = lambda k: np.array([bool(ok & set(rk[:k])) for ok, rk in zip(right, ranked)], dtype=float)
    top = {k: hit(k) for k in (1, 3, 5)}
    gap = np.array([triage_rank(p.triage) - triage_rank(_cell(r["min_triage"])) for (r, _), p in zip(rows, preds)])
    styles: dict[str, list[int]] = defaultdict(list)
    for i, (r, _) in enumerate(rows):
        styles[_cell(r.get("style")) or "unknown"].append(i)
    negation = negation_pairs(predictor, [(r, c) for r, c in rows if _cell(r.get("style")) == "negation"])
    return {
        "n": len(rows), "unknown_dx": unknown,
        "top1": float(top[1].mean()), "top3": float(top[3].mean()), "top5": float(top[5].mean()),
        "under_triage": float((gap < 0).mean()), "over_triage_2plus": float((gap >= 2).mean()),
        "over_triage": float((gap > 0).mean()),
        "negation_raise_rate": negation["rate"], "negation_pairs": negation["pairs"],
        "finding_recall": float(np.mean([bool(p.findings) for p in preds])),
        "by_style": {s: {"n": len(ix), "top1": float(top[1][ix].mean()), "top3": float(top[3][ix].mean())}
                     for s, ix in sorted(styles.items())},
        "misses": [{"id": _cell(r.get("id")), "style": _cell(r.get("style")), "text": c.text, "expected": r["dx"],
                    "predicted": rk[:3], "probability": round(p.differential[0].probability, 3)}
                   for (r, c), rk, p, h in zip(rows, ranked, preds, top[1]) if not h],
        "undertriaged": [{"id": _cell(r.get("id")), "text": c.text, "needed": _cell(r["min_triage"]),
                          "triage": p.triage} for (r, c), p, g in zip(rows, preds, gap) if g < 0],
        "negation_raises": negation["raises"],
    }


def pointed_condition(posterior: Posterior, finding: str, age=None, sex=None) -> str:
    """The condition a finding points to on its own (the knowledge base's top condition given just it)."""
    return posterior.rank([finding], [], age, sex, k=1)[0][0]


def negation_pairs(predictor: Predictor, rows: list[tuple[dict, Case]]) -> dict:
    """For every sign a note denies: the note as written and the note with the denial cut out. A pair
    "raises" when the denial makes the condition the sign points to more likely than leaving the sign out."""
    from .whatif import edit_note
    kb, posterior = predictor.kb, Posterior(predictor.kb)
    pairs = []
    for _, case in rows:
        mentions = predictor.extractor.extract(case.text)
        for m in mentions:
            if m.present:
                continue
            without = edit_note(case.text, mentions, {m.finding: "removed"}, kb)
            if not without.strip() or without == case.text:
                continue
            pairs.append((case, Case(without, case.age, case.sex, case.flags, case.gestation_weeks, case.egfr), m,
                          pointed_condition(posterior, m.finding, case.age, case.sex)))
    if not pairs:
        return {"rate": 0.0, "pairs": 0, "raises": []}
    probs = predictor.probabilities([c for c, _, _, _ in pairs] + [w for _, w, _, _ in pairs])
    index = {c: i for i, c in enumerate(predictor.condition_ids)}
    raises = []
    for k, (case, _, m, target) in enumerate(pairs):
        p_with, p_without = float(probs[k, index[target]]), float(probs[len(pairs) + k, index[target]])
        if p_with > p_without + NEGATION_RAISE_TOLERANCE:
            raises.append({"text": case.text, "denied": m.phrase, "condition": target,
                           "with_denial": round(p_with, 3), "without_sign": round(p_without, 3)})
    return {"rate": len(raises) / len(pairs), "pairs": len(pairs), "raises": raises}


def auroc(scores, labels) -> float:
    """Area under the ROC curve (probability a positive scores above a negative; ties count half)."""
    s, y = np.asarray(scores, dtype=float), np.asarray(labels, dtype=bool)
    pos, neg = s[y], s[~y]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    values = np.concatenate([pos, neg])[order]
    i = 0
    while i < len(values):                     # average ranks over ties
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 200) -> np.ndarray:
    """Weights (intercept first) of an L2-regularised logistic regression, by Newton's method."""
    A = np.hstack([np.ones((len(X), 1)), X])
    w = np.zeros(A.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-A @ w))
        grad = A.T @ (p - y) + l2 * np.r_[0, w[1:]]
        hess = A.T @ (A * (p * (1 - p))[:, None]) + l2 * np.diag(np.r_[0, np.ones(len(w) - 1)])
        w -= np.linalg.solve(hess, grad)
    return w


def evaluate_scope(bundle: Bundle, in_scope_df, out_of_scope_dfs, max_in_scope_flagged: float = 0.1,
                   folds: int = 5, seed: int = 0) -> dict:
    """Out-of-scope detection: the scope features of in-scope notes (a development set's rows whose condition the
    model knows) against notes it does not know (held-out conditions, conditions outside the knowledge base).
    Reports each feature's AUROC, the combined detector's cross-validated AUROC, and the share of each group
    flagged at the threshold that flags at most ``max_in_scope_flagged`` of in-scope notes; fits the weights."""
    from .scope import FEATURES
    kb = bundle.kb
    rows = [(r, c) for r, c in dev_cases(in_scope_df) if r["dx"] in kb.conditions]
    inside = [c for _, c in rows]
    # The out-of-scope notes were written by hand; real patient questions (styles *_real) are longer and stranger
    # in ways that have nothing to do with scope, so AUROC is also reported against written in-scope notes only.
    written = np.array([not _cell(r.get("style")).endswith("_real") for r, _ in rows])
    outside = []
    for df in out_of_scope_dfs:
        for r, c in dev_cases(df.assign(**{k: df.get(k, "") for k in ("dx", "flags") if k not in df.columns})):
            if r.get("dx") not in kb.conditions and _cell(r.get("kb_condition")) not in kb.conditions:
                outside.append(c)   # (a note whose condition the knowledge base has gained since is in scope)
    preds = Predictor(bundle).predict_many(inside + outside)
    X = np.array([[p.scope.features[f] for f in FEATURES] for p in preds])
    y = np.r_[np.zeros(len(inside)), np.ones(len(outside))]
    mean, scale = X.mean(0), X.std(0) + 1e-9
    Z = (X - mean) / scale
    per_feature = {f: max(auroc(X[:, i], y), auroc(-X[:, i], y)) for i, f in enumerate(FEATURES)}
    rng = np.random.default_rng(seed)
    fold = rng.integers(0, folds, len(y))
    cv_scores = np.zeros(len(y))
    for k in range(folds):
        w = fit_logistic(Z[fold != k], y[fold != k])
        cv_scores[fold == k] = 1 / (1 + np.exp(-(w[0] + Z[fold == k] @ w[1:])))
    w = fit_logistic(Z, y)
    scores = 1 / (1 + np.exp(-(w[0] + Z @ w[1:])))
    threshold = float(np.quantile(scores[y == 0], 1 - max_in_scope_flagged))
    keep = np.r_[written, np.ones(len(outside), dtype=bool)]
    return {"n_in_scope": len(inside), "n_out_of_scope": len(outside), "held_out_conditions": list(kb.held_out),
            "auroc_by_feature": per_feature, "auroc_cv": auroc(cv_scores, y), "auroc_fit": auroc(scores, y),
            "auroc_cv_written_in_scope": auroc(cv_scores[keep], y[keep]), "n_written_in_scope": int(written.sum()),
            "weights": {"intercept": float(w[0]), **{f: float(v) for f, v in zip(FEATURES, w[1:])}},
            "mean": {f: float(v) for f, v in zip(FEATURES, mean)}, "scale": {f: float(v) for f, v in zip(FEATURES, scale)},
            "threshold": threshold, "in_scope_flagged": float((scores[y == 0] >= threshold).mean()),
            "out_of_scope_flagged": float((scores[y == 1] >= threshold).mean())}


NOTE_DEPENDENT = 0.01   # |log p(x) - log p(baseline)| in nats: below it the note hardly moves the output (a
                        # medication fixed by the diagnosis before it), and a relative gap is mostly float rounding


def evaluate_explanations(bundle: Bundle, n: int = 50, seed: int | None = None, lang: str = "mix",
                          method: str = "integrated_gradients", baseline: str = "pad", n_steps: int = 50,
                          fraction: float = 0.2, progress=None, data=None) -> dict:
    """Faithfulness of explanations on ``n`` fresh generated cases, or on the first ``n`` notes of ``data`` (a
    development set, e.g. real notes): completeness gap, ERASER against random tokens, and the
    model-randomisation sanity check. ``progress(done, total)`` is called per case."""
    if n < 1:
        raise ValueError("n must be at least 1")
    explainer = Explainer(bundle)
    random_explainer = randomized(explainer, seed=0)
    if data is not None:
        cases = [c for _, c in dev_cases(data)][:n]
        n = len(cases)
    else:
        synth = list(Generator(bundle.kb).generate(n, EVAL_SEED if seed is None else seed, lang))
        cases = [s.case for s in synth]
    preds = explainer.predictor.predict_many(cases)
    gaps, lead_gaps, moved_gaps, errs, deltas, comp, rcomp, suff, rsuff, beats, rho, ms = ([] for _ in range(12))
    for i, (case, pred) in enumerate(zip(cases, preds)):
        t0 = time.perf_counter()
        expl = explainer.explain(case, pred, method, baseline, n_steps)
        ms.append((time.perf_counter() - t0) * 1000)
        gaps += [g for g in expl.completeness_gap.tolist() if np.isfinite(g)]
        lead_gaps.append(float(expl.completeness_gap[0]))
        delta = expl.target_logprob - expl.baseline_logprob
        moved_gaps += [float(g) for g, d in zip(expl.completeness_gap, delta) if abs(d) >= NOTE_DEPENDENT and np.isfinite(g)]
        errs.append(float(np.abs(expl.attributions.sum(1) - delta).sum()))
        deltas.append(float(np.abs(delta).sum()))
        e = eraser(explainer, expl, pred, fraction, seed=i)
        comp.append(e["comprehensiveness"].mean())
        rcomp.append(e["random_comprehensiveness"].mean())
        suff.append(e["sufficiency"].mean())
        rsuff.append(e["random_sufficiency"].mean())
        beats.append(comp[-1] > rcomp[-1])
        rand = random_explainer.explain(case, pred, method, baseline, n_steps)
        sep = [j for j, t in enumerate(pred.encoded.ids) if t == bundle.tokenizer.sep_id]
        rho.append(rank_correlation(expl.attributions, rand.attributions, skip=sep))
        if progress:
            progress(i + 1, n)
    return {
        "n": n, "method": method, "baseline": baseline, "n_steps": n_steps, "top_fraction": fraction,
        "completeness_gap_median": _median(gaps), "completeness_gap_p90": round(float(np.percentile(gaps, 90)), 4)
        if gaps else None,
        # the per-row gap divides by |f(x) - f(b)|, tiny for near-certain rows (medications, next steps);
        # these two read the same error where the output moved: the leading diagnosis' row, and pooled
        "completeness_gap_median_leading_dx": _median(lead_gaps),
        # rows whose output the note moves by at least NOTE_DEPENDENT nats between baseline and input
        "completeness_gap_median_note_dependent": _median(moved_gaps), "note_dependent_rows": len(moved_gaps),
        "rows": len(gaps),
        "completeness_gap_pooled": round(sum(errs) / max(sum(deltas), 1e-12), 6),
        "comprehensiveness_median": _median(comp), "random_comprehensiveness_median": _median(rcomp),
        "comprehensiveness_beats_random": round(float(np.mean(beats)), 4),
        "sufficiency_median": _median(suff), "random_sufficiency_median": _median(rsuff),
        "randomization_rank_corr": _median(rho), "explain_ms_median": _median(ms),
    }


def _median(xs) -> float | None:
    return round(float(np.median(xs)), 6) if len(xs) else None


def tune_triage(bundle: Bundle, df, grid: dict[str, list[float]] | None = None) -> dict:
    """Choose ``safety.TRIAGE_MASS`` on a development set: every combination of thresholds on the grid, scored by
    under-triage first (none wanted), then over-triage by two or more levels, then any over-triage."""
    from itertools import product

    from .safety import escalate, settled_by_note, triage_from_differential, unsupported_emergencies
    grid = grid or {"emergency": [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5],
                    "urgent": [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6],
                    "routine": [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]}
    kb = bundle.kb
    rows = [(r, c) for r, c in dev_cases(df) if r["dx"] in kb.conditions and _cell(r.get("min_triage"))]
    predictor = Predictor(bundle)
    preds = predictor.predict_many([c for _, c in rows])
    probs = predictor.probabilities([c for _, c in rows]).numpy()
    need = np.array([triage_rank(_cell(r["min_triage"])) for r, _ in rows])
    dists = [{cid: float(p) for cid, p in zip(predictor.condition_ids, row) if p > 1e-4} for row in probs]
    unsupported = [unsupported_emergencies(kb, d, {m.finding for m in p.findings if m.present}, p.leading.condition_id)
                   for d, p in zip(dists, preds)]
    settled = [settled_by_note(kb, c.text, {m.finding for m in p.findings if m.present},
                               {m.finding for m in p.findings if not m.present}, p.differential[0].condition_id,
                               age=c.age)
               for (_, c), p in zip(rows, preds)]
    results = []
    for e, u, r in product(grid["emergency"], grid["urgent"], grid["routine"]):
        th = {"emergency": e, "urgent": u, "routine": r}
        got = np.array([triage_rank(escalate(triage_from_differential(kb, d, th, u, s)[0], p.red_flags))
                        for d, p, u, s in zip(dists, preds, unsupported, settled)])
        gap = got - need
        results.append({"thresholds": th, "under_triage": float((gap < 0).mean()),
                        "over_triage_2plus": float((gap >= 2).mean()), "over_triage": float((gap > 0).mean())})
    results.sort(key=lambda x: (x["under_triage"], x["over_triage_2plus"], x["over_triage"]))
    return {"n": len(rows), "best": results[0], "top": results[:10]}


def is_context_set(df) -> bool:
    return {"text", "forbidden", "expected_context"} <= set(df.columns)


def is_out_of_scope_set(df) -> bool:
    return {"text", "condition", "min_triage"} <= set(df.columns) and "dx" not in df.columns


def evaluate_context(bundle: Bundle, df) -> dict:
    """Notes whose context is written only in the text (assets/eval/context_notes.csv): every medicine offered
    that the note's context forbids (the target is none), and how often the context read matches what was
    expected (flags, gestation, age, sex; ``!flag`` must not be set)."""
    from .knowledge import DERIVED_FLAGS
    rows = dev_cases(df.assign(dx=df.get("dx", ""), min_triage=""))
    preds = Predictor(bundle).predict_many([c for _, c in rows])
    offered, exact, details = [], 0, []
    for (r, _), p in zip(rows, preds):
        forbidden = {m for m in _cell(r.get("forbidden")).split(";") if m}
        given = set(p.medications) | {m for ms in p.options.values() for m in ms}
        bad = sorted(given & forbidden)
        offered += [{"id": _cell(r.get("id")), "medication": m, "text": p.case.text} for m in bad]
        used = p.case_used
        got = {f for f in used.context_flags if f not in DERIVED_FLAGS or f.startswith("egfr")}
        got |= {f"age={used.age}"} if used.age is not None else set()
        got |= {f"sex={used.sex}"} if used.sex else set()
        got |= {f"gestation_weeks={used.gestation_weeks}"} if used.gestation_weeks is not None else set()
        expected = {t for t in _cell(r.get("expected_context")).split(";") if t}
        want = {t for t in expected if not t.startswith("!")}
        never = {t[1:] for t in expected if t.startswith("!")}
        violated = {n for n in never if n in got or n == "allergy" and any(g.startswith("allergy_") for g in got)}
        ok = want <= got and not violated and not got - want - {"kidney_disease"}
        exact += ok
        if not ok:
            details.append({"id": _cell(r.get("id")), "missing": sorted(want - got), "unexpected": sorted(got - want),
                            "violated": sorted(violated)})
    return {"n": len(rows), "forbidden_offered": len(offered), "offered": offered,
            "context_read_exactly": exact / max(len(rows), 1), "context_mismatches": details}


def evaluate_out_of_scope(bundle: Bundle, df) -> dict:
    """Notes about conditions the knowledge base lacks (assets/eval/out_of_scope_notes.csv): how many are flagged
    out of scope, how many get any medicine, and every note triaged below its minimum safe level. A note whose
    condition the knowledge base has gained since (column ``kb_condition``) counts for triage only (``n_covered``)."""
    rows = dev_cases(df.assign(dx=""))
    preds = Predictor(bundle).predict_many([c for _, c in rows])
    outside = [p for (r, _), p in zip(rows, preds) if _cell(r.get("kb_condition")) not in bundle.kb.conditions]
    need = [_cell(r.get("min_triage")) for r, _ in rows]
    under = [{"id": _cell(r.get("id")), "condition": _cell(r.get("condition")), "needed": lvl, "triage": p.triage,
              "text": p.case.text} for (r, _), p, lvl in zip(rows, preds, need)
             if lvl in TRIAGE_LEVELS and triage_rank(p.triage) < triage_rank(lvl)]
    return {"n": len(rows), "n_covered": len(rows) - len(outside),
            "flagged_out_of_scope": float(np.mean([p.out_of_scope for p in outside])) if outside else float("nan"),
            "given_medicines": int(sum(bool(p.medications) for p in outside)),
            "under_triage": len(under) / max(len(rows), 1), "undertriaged": under}
