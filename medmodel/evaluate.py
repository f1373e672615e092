"""Held-out evaluation on freshly generated cases: accuracy, calibration, subgroups, safety, Bayes ceiling."""
from __future__ import annotations

import time
from collections import Counter, defaultdict

import numpy as np

from .bundle import Bundle
from .case import Case
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
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in synth]
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
    # Safety: contraindicated medications the model emitted, before and after the filter.
    before = after = 0
    for p in preds:
        model_rx = [t.split(":", 1)[1] for t in p.output_tokens if t.startswith("RX:")]
        before += len(filter_medications(kb, model_rx, p.case.context_flags)[1])
        after += len(filter_medications(kb, p.medications, p.case.context_flags)[1])
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


NOTE_DEPENDENT = 0.01   # |log p(x) - log p(baseline)| in nats: below it the note hardly moves the output (a
                        # medication fixed by the diagnosis before it), and a relative gap is mostly float rounding


def evaluate_explanations(bundle: Bundle, n: int = 50, seed: int | None = None, lang: str = "mix",
                          method: str = "integrated_gradients", baseline: str = "pad", n_steps: int = 50,
                          fraction: float = 0.2, progress=None) -> dict:
    """Faithfulness of explanations on ``n`` fresh generated cases: completeness gap, ERASER against random
    tokens, and the model-randomisation sanity check. ``progress(done, total)`` is called per case."""
    if n < 1:
        raise ValueError("n must be at least 1")
    explainer = Explainer(bundle)
    random_explainer = randomized(explainer, seed=0)
    synth = list(Generator(bundle.kb).generate(n, EVAL_SEED if seed is None else seed, lang))
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in synth]
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
