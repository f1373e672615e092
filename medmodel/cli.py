"""Command line: python -m medmodel {kb,generate,train,evaluate,predict,score,users,audit} --help

Every command prints a clear one-line error and exits with status 2 on bad input, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from .errors import MedSeqError
from .explain import BASELINES, GRADIENT_METHODS, METHODS

from .paths import REAL_DEV

EXIT_BAD_INPUT = 2
LOCAL_MAX_ROWS = 5_000_000   # training and evaluation files are the operator's own; uploads and `score` keep the cap


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, not usage + error
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


class UserError(MedSeqError):
    """Bad input on the command line: printed as one line, exit status 2."""


def _json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def _bundle(args):
    from .bundle import load_bundle
    return load_bundle(args.bundle)


# ------------------------------------------------------------------ kb
def cmd_kb(args) -> None:
    from .knowledge import load_knowledge
    kb = load_knowledge(args.kb_dir)
    if args.action == "validate":
        from .safety import check_rules
        check_rules(kb)
        s = kb.stats()
        print(f"knowledge base OK: {s['conditions']} conditions, {s['findings']} findings, "
              f"{s['medications']} medications, {s['next_steps']} next steps")
    elif args.action == "stats":
        s = kb.stats()
        if args.json:
            _json(s)
        else:
            for k, v in s.items():
                print(f"{k}: {v}")
    else:
        rows = [{"id": c.id, "name_en": c.name.en, "name_zh": c.name.zh, "icd10": c.icd10,
                 "specialty": c.specialty, "triage": c.triage} for c in kb.conditions.values()]
        if args.json:
            _json(rows)
        else:
            for r in rows:
                print(f"{r['id']:<40} {r['icd10']:<8} {r['triage']:<10} {r['name_en']} / {r['name_zh']}")


# ------------------------------------------------------------------ generate
def _output_path(path: str, allowed=(".csv", ".parquet")) -> Path:
    """The output file, checked before any work is done (not after an hour of scoring)."""
    import os
    p = Path(path)
    if p.suffix.lower() not in allowed:
        raise UserError(f"output must end in {' or '.join(allowed)}, got {p.name!r}")
    if p.is_dir():
        raise UserError(f"output {p} is a folder: name a file")
    if not p.parent.exists():
        raise UserError(f"output folder does not exist: {p.parent}")
    if not os.access(p.parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
        raise UserError(f"cannot write {p}: permission denied")
    return p


def _positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1 (a beam of 0 or -1 is refused in one line)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def cmd_generate(args) -> None:
    import pandas as pd
    from tqdm import tqdm
    from .knowledge import load_knowledge
    from .synth import Generator
    out = _output_path(args.output)
    if args.n < 1:
        raise UserError("--n must be at least 1")
    kb = load_knowledge()
    gen = Generator(kb)
    t0 = time.time()
    rows = [c.row(kb) for c in tqdm(gen.generate(args.n, args.seed, args.lang), total=args.n, unit="case",
                                    desc="generating", disable=args.quiet)]
    seconds = time.time() - t0
    df = pd.DataFrame(rows)
    df.to_csv(out, index=False) if out.suffix == ".csv" else df.to_parquet(out, index=False)
    print(f"wrote {len(df)} cases to {out} ({len(df) / seconds:,.0f} cases/s)", file=sys.stderr)


# ------------------------------------------------------------------ train
def _training_data(args, kb):
    """Cases, targets, true conditions and languages: generated, or read from the user's file."""
    from .sequence import Target
    from .synth import Generator
    if not args.data:
        from tqdm import tqdm
        gen = Generator(kb)
        synth = list(tqdm(gen.generate(args.n, args.seed, args.lang), total=args.n, unit="case",
                          desc="generating", disable=args.quiet, file=sys.stderr))
        blanks = random.Random(f"{args.seed}:form")
        return ([s.entered(blanks) for s in synth], [s.target for s in synth],
                [s.condition_id for s in synth], [s.lang for s in synth])
    from .records import check_columns, read_table, row_case
    from .safety import filter_medications
    df = read_table(args.data, limit=LOCAL_MAX_ROWS)
    check_columns(df, args.text_column, args.label_column, args.age_column, args.sex_column)
    cases, targets, conditions, unmapped, bad = [], [], [], {}, 0
    for _, row in df.iterrows():
        cid = kb.resolve_condition(str(row[args.label_column]))
        if cid is None:
            unmapped[str(row[args.label_column])] = unmapped.get(str(row[args.label_column]), 0) + 1
            continue
        try:
            case = row_case(row, args.text_column, args.age_column, args.sex_column)
        except ValueError:
            bad += 1
            continue
        c = kb.conditions[cid]
        meds, _ = filter_medications(kb, c.medications, case.context_flags)
        cases.append(case)
        targets.append(Target((cid,), c.triage, tuple(meds[:4]), tuple(c.next_steps[:4])))
        conditions.append(cid)
    print(f"labels mapped: {len(cases)} rows; unusable text/age/sex: {bad} rows; "
          f"unmapped labels: {sum(unmapped.values())} rows", file=sys.stderr)
    for label, count in sorted(unmapped.items(), key=lambda kv: -kv[1])[:20]:
        print(f"  not a known condition id, name or ICD-10 code: {label!r} ({count} rows)", file=sys.stderr)
    if len(cases) < 10:
        raise UserError(f"only {len(cases)} usable labelled rows in {args.data}: need at least 10")
    return cases, targets, conditions, [None] * len(cases)


def cmd_train(args) -> None:
    from .bundle import save_bundle
    from .knowledge import load_knowledge
    from .runtime import THREADS_ENV, TORCH_DEFAULT, configure_threads
    from .train import TrainConfig, dist_info, init_distributed, train_bundle
    import os
    configure_threads(None if os.environ.get(THREADS_ENV) else TORCH_DEFAULT)   # training keeps torch's own default
    init_distributed()
    rank, _ = dist_info()
    if not args.data and args.n < 20:
        raise UserError("--n must be at least 20")
    if not 0.0 <= args.label_smoothing < 1.0:
        raise UserError("--label-smoothing must be at least 0 and below 1")
    if args.weight_decay < 0:
        raise UserError("--weight-decay must not be negative")
    for name in ("word_dropout", "feature_dropout"):
        if not 0.0 <= getattr(args, name) < 1.0:
            raise UserError(f"--{name.replace('_', '-')} must be at least 0 and below 1")
    if args.subword_buckets < 0:
        raise UserError("--subword-buckets must not be negative")
    dev = None
    if args.dev:
        from .evaluate import is_dev_set
        from .records import read_table
        dev = read_table(args.dev, limit=LOCAL_MAX_ROWS)
        if not is_dev_set(dev):
            raise UserError(f"{args.dev} is not a development set: it needs the columns text, dx and min_triage")
    cfg = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr, patience=args.patience,
                      weight_decay=args.weight_decay, seed=args.seed, checkpoint_dir=args.checkpoint_dir,
                      progress=not args.quiet, pretrain_epochs=args.pretrain_epochs,
                      freeze_embeddings=args.freeze_embeddings)
    kb = load_knowledge(args.kb)
    if args.hold_out:
        try:
            kb = kb.without([c.strip() for c in args.hold_out.split(",") if c.strip()])
        except ValueError as exc:
            raise UserError(str(exc)) from None
    cases, targets, conditions, langs = _training_data(args, kb)
    model = {"hidden": args.hidden, "emb_dim": args.emb_dim, "label_smoothing": args.label_smoothing,
             "subword_buckets": args.subword_buckets, "token_states": args.token_states, "concepts": args.concepts,
             "word_dropout": args.word_dropout, "feature_dropout": args.feature_dropout}
    bundle, history, _ = train_bundle(kb, cases, targets, conditions, cfg, model, [lang or "en" for lang in langs],
                                      dev=dev)
    if rank != 0:
        return
    if args.eval_n:
        from .evaluate import evaluate
        bundle.metrics["evaluation"] = evaluate(bundle, n=args.eval_n)
    if dev is not None:
        from .evaluate import evaluate_dev
        bundle.metrics["real_dev"] = evaluate_dev(bundle, dev)
    command = "python -m medmodel " + " ".join(sys.argv[1:]) if sys.argv[0].endswith("__main__.py") else " ".join(sys.argv)
    path = save_bundle(bundle, args.output, command=command, seed=args.seed)
    summary = {"output": str(path), "epochs": len(history), "temperature": bundle.temperature,
               **{k: bundle.metrics.get("evaluation", {}).get(k) for k in ("top1", "top3", "top5", "ece", "bayes_top1")},
               **{f"real_dev_{k}": bundle.metrics.get("real_dev", {}).get(k)
                  for k in ("top1", "top3", "under_triage", "over_triage_2plus", "negation_raise_rate")}}
    if args.json:
        _json(summary)
    else:
        print(f"saved bundle to {path}: {summary}", file=sys.stderr)


# ------------------------------------------------------------------ evaluate
def cmd_evaluate(args) -> None:
    from tqdm import tqdm
    from .evaluate import evaluate, evaluate_labelled
    bundle = _bundle(args)
    if args.data:
        from .evaluate import (evaluate_context, evaluate_dev, evaluate_out_of_scope, is_context_set, is_dev_set,
                               is_out_of_scope_set)
        from .records import read_table
        df = read_table(args.data, limit=LOCAL_MAX_ROWS)
        if is_context_set(df) or is_out_of_scope_set(df):
            metrics = (evaluate_context if is_context_set(df) else evaluate_out_of_scope)(bundle, df)
            if args.json:
                _json(metrics)
            else:
                for k, v in metrics.items():
                    if not isinstance(v, list):
                        print(f"{k:>24}: {v}")
            return
        if is_dev_set(df):
            metrics = evaluate_dev(bundle, df, beam=args.beam)
            if args.json:
                _json(metrics)
            else:
                print(f"n {metrics['n']}  top1 {metrics['top1']:.3f}  top3 {metrics['top3']:.3f}  top5 {metrics['top5']:.3f}"
                      f"  under-triage {metrics['under_triage']:.3f}  over-triage 2+ {metrics['over_triage_2plus']:.3f}"
                      f"  negation raise {metrics['negation_raise_rate']:.3f} ({metrics['negation_pairs']} pairs)"
                      f"  finding recall {metrics['finding_recall']:.3f}")
                for style, v in metrics["by_style"].items():
                    print(f"  {style:<14} n {v['n']:>4}  top1 {v['top1']:.3f}  top3 {v['top3']:.3f}")
            return
        groups = tuple(c for c in ("lang", "style") if c in df.columns)
        metrics = evaluate_labelled(bundle, df, args.text_column, args.label_column, args.age_column,
                                    args.sex_column, beam=args.beam, group_columns=groups,
                                    triage_column=args.triage_column)
        if args.json:
            _json(metrics)
        else:
            print(f"n {metrics['n']}  top1 {metrics['top1']:.3f}  top3 {metrics['top3']:.3f}  top5 {metrics['top5']:.3f}")
            for m in metrics["misses"]:
                print(f"  miss: expected {m['expected']} (rank {m['rank']}), got {m['predicted']}: {m['text'][:70]!r}")
            if args.triage_column:
                print(f"under-triaged: {len(metrics['undertriaged'])} of {metrics['triage_checked']} notes with a "
                      "minimum triage")
                for u in metrics["undertriaged"]:
                    print(f"  needs {u['needed']}, got {u['triage']}: {u['text'][:70]!r}")
        return
    if args.n < 1:
        raise UserError("--n must be at least 1")
    bar = tqdm(total=args.n, unit="case", desc="evaluating", disable=args.quiet, file=sys.stderr)
    metrics = evaluate(bundle, n=args.n, seed=args.seed, lang=args.lang, beam=args.beam,
                       progress=lambda done, total: bar.update(done - bar.n))
    bar.close()
    if args.json:
        _json(metrics)
    else:
        for k in ("n", "top1", "top3", "top5", "macro_f1", "ece", "bayes_top1", "bayes_top3", "top1_vs_bayes",
                  "triage_agreement", "undertriage", "violations_before", "violations_after"):
            print(f"{k:>18}: {metrics[k]}")
        print(f"{'by language':>18}: {metrics['accuracy_by_language']}")
        print(f"{'by sex':>18}: {metrics['accuracy_by_sex']}")


# ------------------------------------------------------------------ predict
def _case_from_args(args):
    from .case import Case
    flags = set(args.flag or [])
    if args.pregnant:
        flags.add("pregnant")
    for allergy in args.allergy or []:
        flags.add(f"allergy_{allergy.lower()}")
    for name, on in (("kidney_disease", args.kidney_disease), ("liver_disease", args.liver_disease),
                     ("anticoagulant", args.anticoagulant)):
        if on:
            flags.add(name)
    try:
        return Case(args.text, args.age, args.sex.upper() if args.sex else None, frozenset(flags),
                    gestation_weeks=args.weeks, egfr=args.egfr,
                    ignored_context=frozenset(k.strip() for k in (args.ignore_context or "").split(",") if k.strip()))
    except ValueError as exc:
        raise UserError(str(exc)) from None


def cmd_predict(args) -> None:
    from .predict import Predictor, check_note
    case = _case_from_args(args)
    check_note(case.text)   # say what is wrong with the input before loading anything
    bundle = _bundle(args)
    t0 = time.perf_counter()
    pred = Predictor(bundle, beam=args.beam).predict(case)
    ms = (time.perf_counter() - t0) * 1000
    kb, lang = bundle.kb, args.lang
    if args.json:
        out = pred.to_dict(lang, bundle.kb)
        out["latency_ms"] = round(ms, 1)
        _json(out)
        return
    from .render import plain_text
    print(plain_text(pred, kb, lang))
    print(f"\n({ms:.0f} ms)", file=sys.stderr)


# ------------------------------------------------------------------ explain
def cmd_explain(args) -> None:
    from .explain import Explainer
    from .predict import check_note
    case = _case_from_args(args)
    check_note(case.text)
    bundle = _bundle(args)
    t0 = time.perf_counter()
    try:
        expl = Explainer(bundle).explain(case, method=args.method, baseline=args.baseline, n_steps=args.steps)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    ms = (time.perf_counter() - t0) * 1000
    if args.json:
        _json({**expl.to_dict(args.lang), "latency_ms": round(ms, 1)})
        return
    kind = "attention weights (not an attribution)" if not expl.is_attribution else "attribution"
    print(f"{args.method} {kind}, baseline {args.baseline}: what pushed each output up (+) or down (-)")
    for t, label in enumerate(expl.labels(args.lang)):
        scored = sorted(expl.span_scores(t), key=lambda sv: -abs(sv[1]))[:4]
        words = "  ".join(f"{s.text} {v:+.3f}" for s, v in scored)
        gap = expl.completeness_gap[t]
        print(f"  {label:<40} {words}" + (f"   (gap {gap:.1%})" if gap == gap else ""))
    print(f"\n({ms:.0f} ms)", file=sys.stderr)


def cmd_card(args) -> None:
    """Every figure the model card shows, measured on the bundle and written into its metrics.json."""
    from .bundle import update_metrics
    from .evaluate import (evaluate_context, evaluate_dev, evaluate_explanations, evaluate_out_of_scope,
                           evaluate_scope)
    from .paths import ASSETS
    from .records import read_table
    bundle = _bundle(args)
    ev = ASSETS / "eval"
    dev = read_table(ev / "real_dev.csv")
    steps = {   # the scope detector first: the figures after it use the fitted detector
        "scope": lambda: evaluate_scope(bundle, dev, [read_table(ev / "out_of_scope_notes.csv")]),
        "real_dev": lambda: evaluate_dev(bundle, dev),
        "context_notes": lambda: evaluate_context(bundle, read_table(ev / "context_notes.csv")),
        "out_of_scope_notes": lambda: evaluate_out_of_scope(bundle, read_table(ev / "out_of_scope_notes.csv")),
        "explanations": lambda: evaluate_explanations(bundle, n=args.explain_n),
        "explanations_real": lambda: evaluate_explanations(bundle, n=args.explain_n, data=dev),
    }
    figures = {}
    for name in [s for s in steps if s in (args.only or steps)]:
        t0 = time.time()
        figures[name] = steps[name]()
        if name == "scope":
            bundle.metrics["scope"] = figures[name]
        print(f"{name}: {time.time() - t0:.0f} s", file=sys.stderr)
    update_metrics(bundle, figures)
    summary = {k: {f: v.get(f) for f in ("n", "top1", "top3", "under_triage", "over_triage_2plus",
                                         "negation_raise_rate", "forbidden_offered", "auroc_cv",
                                         "completeness_gap_median", "comprehensiveness_beats_random") if f in v}
               for k, v in figures.items()}
    _json(summary) if args.json else print(summary)


def cmd_tune_triage(args) -> None:
    from .evaluate import tune_triage
    from .records import read_table
    result = tune_triage(_bundle(args), read_table(args.data, limit=LOCAL_MAX_ROWS))
    if args.json:
        _json(result)
    else:
        print(f"n {result['n']}; thresholds by under-triage, then over-triage by 2+ levels, then any over-triage:")
        for r in result["top"]:
            print(f"  {r['thresholds']}  under {r['under_triage']:.3f}  over 2+ {r['over_triage_2plus']:.3f}  "
                  f"over {r['over_triage']:.3f}")


def cmd_evaluate_scope(args) -> None:
    from .evaluate import evaluate_scope
    from .records import read_table
    bundle = _bundle(args)
    metrics = evaluate_scope(bundle, read_table(args.in_scope, limit=LOCAL_MAX_ROWS),
                             [read_table(f, limit=LOCAL_MAX_ROWS) for f in args.out_of_scope],
                             max_in_scope_flagged=args.max_flagged)
    if args.json:
        _json(metrics)
    else:
        print(f"in scope {metrics['n_in_scope']}, out of scope {metrics['n_out_of_scope']}: AUROC (cross-validated) "
              f"{metrics['auroc_cv']:.3f}; at the threshold {metrics['threshold']:.3f} it flags "
              f"{metrics['out_of_scope_flagged']:.0%} of out-of-scope and {metrics['in_scope_flagged']:.0%} of in-scope notes")
        for f, v in metrics["auroc_by_feature"].items():
            print(f"  {f:<10} AUROC {v:.3f}")


def cmd_evaluate_explanations(args) -> None:
    from tqdm import tqdm
    from .evaluate import evaluate_explanations
    if args.n < 1:
        raise UserError("--n must be at least 1")
    data = None
    if args.data:
        from .evaluate import is_dev_set
        from .records import read_table
        data = read_table(args.data, limit=LOCAL_MAX_ROWS)
        if not is_dev_set(data):
            raise UserError(f"{args.data} is not a development set: it needs the columns text, dx and min_triage")
    bundle = _bundle(args)
    bar = tqdm(total=args.n, unit="case", desc="explaining", disable=args.quiet, file=sys.stderr)
    try:
        out = evaluate_explanations(bundle, n=args.n, seed=args.seed, lang=args.lang, method=args.method,
                                    baseline=args.baseline, n_steps=args.steps,
                                    progress=lambda done, total: bar.update(done - bar.n), data=data)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    bar.close()
    if args.json:
        _json(out)
    else:
        for k, v in out.items():
            print(f"{k:>34}: {v}")


# ------------------------------------------------------------------ ask next
def cmd_ask(args) -> None:
    from .ask import Asker, entropy
    from .predict import Predictor, check_note
    case = _case_from_args(args)
    check_note(case.text)
    if not 1 <= args.k <= 20:
        raise UserError("--k must be from 1 to 20")
    bundle = _bundle(args)
    skip = [f.strip() for f in (args.skip or "").split(",") if f.strip()]
    unknown = [f for f in skip if f not in bundle.kb.findings]
    if unknown:
        raise UserError(f"not a finding id: {', '.join(unknown)}")
    predictor = Predictor(bundle, beam=args.beam)
    asker = Asker(predictor)
    t0 = time.perf_counter()
    pred = predictor.predict(case)
    questions = asker.questions(case, k=args.k, skip=skip)
    ms = (time.perf_counter() - t0) * 1000
    kb, lang = bundle.kb, args.lang
    probs = predictor.probabilities([case])[0].double().numpy()
    if args.json:
        _json({"differential": pred.to_dict(lang, kb)["differential"], "triage": pred.triage,
               "entropy_bits": round(float(entropy(probs)), 4), "questions": [q.to_dict(kb, lang) for q in questions],
               "latency_ms": round(ms, 1)})
        return
    from . import labels
    print(labels.text("cli.disclaimer", lang))
    print("\n" + labels.text("ask.cli_title", lang, leading=pred.leading.name(lang),
                              probability=labels.percent(pred.leading.probability)))
    for i, q in enumerate(questions, 1):
        line = labels.text("ask.cli_line", lang, n=i, question=q.text(kb, lang), gain=f"{q.gain:.2f}",
                           p_yes=labels.percent(q.p_yes))
        print("  " + line + (f"  [{labels.text('ask.red_flag', lang)}]" if q.red_flag else ""))
    if not questions:
        print("  " + labels.text("ask.none", lang))
    print(f"\n({ms:.0f} ms)", file=sys.stderr)


def cmd_evaluate_ask(args) -> None:
    from tqdm import tqdm
    from .ask import evaluate_ask
    from .predict import Predictor
    if args.n < 1:
        raise UserError("--n must be at least 1")
    if not 1 <= args.steps <= 10:
        raise UserError("--steps must be from 1 to 10")
    data = None
    if args.data:
        from .records import read_table
        data = read_table(args.data)
    bundle = _bundle(args)
    bar = tqdm(total=1, unit="case", desc="consulting", disable=args.quiet, file=sys.stderr)

    def progress(done, total):
        bar.total = total
        bar.update(done - bar.n)
    try:
        out = evaluate_ask(Predictor(bundle), n=args.n, seed=args.seed, lang=args.lang, data=data,
                           max_findings=args.max_findings or None, steps=args.steps, criterion=args.criterion,
                           progress=progress)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    bar.close()
    if args.save:
        _save_ask(args, bundle, out)
    if args.json:
        _json(out)
    else:
        for k, v in out.items():
            print(f"{k:>26}: {v}")


def _save_ask(args, bundle, out: dict) -> None:
    """Merge the result into ``args.save`` (the Model card reads assets/eval/ask_results.json), under "real" for a
    labelled file and "generated" otherwise, with the weights' hash and the command that measured it."""
    path = Path(args.save)
    if path.suffix != ".json" or not path.parent.is_dir():
        raise UserError(f"--save needs a .json file in an existing folder, got {args.save!r}")
    weights = (bundle.manifest or {}).get("files", {}).get("model.safetensors")
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError):
        raise UserError(f"{args.save} is not a readable JSON file") from None
    if data.get("model_sha256") != weights:
        data = {}                                           # measured on other weights: start afresh
    command = ["python -m medmodel evaluate-ask"] + (
        [f"--data {args.data}", f"--max-findings {args.max_findings}"] if args.data
        else [f"--n {args.n}", f"--seed {args.seed}", f"--lang {args.lang}"]) + [f"--steps {args.steps}"]
    if args.criterion != "mutual_information":
        command.append(f"--criterion {args.criterion}")
    data.update({"model_sha256": weights, "real" if args.data else "generated": {**out, "command": " ".join(command)}})
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ score
def cmd_score(args) -> None:
    from tqdm import tqdm

    from .scoring import score_file, score_ray
    columns = (args.text_column, args.age_column, args.sex_column, args.flags_column)
    if args.workers is not None and args.workers < 1:
        raise UserError("--workers must be at least 1")
    if args.chunk_rows < 1:
        raise UserError("--chunk-rows must be at least 1")
    workers = args.workers or _cores()
    if args.engine == "ray":
        summary = score_ray(args.input, args.output, *columns, workers=workers, address=args.ray_address,
                            bundle=args.bundle, kb_dir=args.kb_dir, beam=args.beam, lang=args.lang,
                            chunk_rows=args.chunk_rows)
    else:
        out = _output_path(args.output, (".csv", ".xlsx", ".parquet"))
        bars = []                  # made at the first finished chunk: a bad file prints its one line alone

        def progress(done: int) -> None:
            if not bars:
                bars.append(tqdm(unit="row", desc="scoring", disable=args.quiet, file=sys.stderr))
            bars[0].update(done - bars[0].n)

        summary = score_file(args.input, out, *columns, workers=workers, bundle=args.bundle, kb_dir=args.kb_dir,
                             beam=args.beam, lang=args.lang, chunk_rows=args.chunk_rows, progress=progress,
                             max_rows=args.max_rows)
        for bar in bars:
            bar.close()
    if args.json:
        from dataclasses import asdict
        _json({**asdict(summary), "rows_per_s": summary.rows_per_s, "workers": workers, "engine": args.engine})
        return
    resumed = f", {summary.resumed_chunks} of {summary.chunks} chunks from an interrupted run" \
        if summary.resumed_chunks else ""
    print(f"scored {summary.rows} rows -> {summary.output} in {summary.seconds:.1f} s ({summary.rows_per_s:.0f} rows/s, "
          f"{workers} worker{'s' if workers > 1 else ''}{resumed})"
          + (f" ({summary.errors} with a message in the error column)" if summary.errors else ""), file=sys.stderr)


def _cores() -> int:
    """The cores this process may use: one single-threaded worker each."""
    import os
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:      # not Linux
        return max(1, os.cpu_count() or 1)


# ------------------------------------------------------------------ bundle
def _generated_training(bundle) -> tuple[int, int, str]:
    """The --n, --seed and --lang of the `train` command a bundle's manifest records (generated data only)."""
    import contextlib
    import io
    import shlex
    words = shlex.split(bundle.manifest.get("training", {}).get("command", ""))
    try:
        with contextlib.redirect_stderr(io.StringIO()):   # argparse's own complaint: ours below says it in one line
            args = build_parser().parse_args(words[words.index("train"):])
    except (ValueError, SystemExit):
        raise UserError("the bundle's manifest does not record a `medmodel train` command to regenerate its "
                        "training data from: retrain it") from None
    if args.data:
        raise UserError(f"the bundle was trained on a file ({args.data}), not on generated cases: retrain it")
    return args.n, args.seed, args.lang


def cmd_bundle(args) -> None:
    """`hash`: the identity the audit log records and a pin must match; `pin`: verify the shipped bundle (files,
    knowledge base, shapes) and record its hash in medmodel/shipped_bundle.sha256."""
    from .bundle import PIN_FILE, adopt_knowledge_base, load_bundle
    from .paths import MODEL_DIR
    if args.action == "hash":
        print(load_bundle(args.bundle, pinned=False).sha256)
        return
    if args.action == "adopt-kb":
        from .knowledge import load_knowledge
        if not args.trained_kb:
            raise UserError("bundle adopt-kb needs --trained-kb: the knowledge-base folder the bundle was trained on "
                            "(e.g. `git archive <commit> assets/knowledge | tar -x -C /tmp/old`)")
        folder = args.bundle or MODEL_DIR
        n, seed, lang = _generated_training(load_bundle(folder, kb=load_knowledge(args.trained_kb), pinned=False))
        record = adopt_knowledge_base(folder, load_knowledge(args.trained_kb), load_knowledge(), n, seed, lang)
        print(f"adopted knowledge base {record['to'][:16]} (was {record['from'][:16]}): all {record['cases_compared']} "
              f"training cases of seed {record['seed']} are the same under it; now pin the bundle again "
              "(python -m medmodel bundle pin)", file=sys.stderr)
        return
    if args.bundle:
        raise UserError("bundle pin records the shipped bundle only (assets/model); for another bundle set "
                        "MEDSEQ_BUNDLE_SHA256 to its hash")
    sha = load_bundle(MODEL_DIR, pinned=False).sha256
    lines = PIN_FILE.read_text().splitlines()[1:] if PIN_FILE.is_file() else []
    PIN_FILE.write_text("\n".join([sha, *lines]) + "\n")
    print(f"pinned {sha} in {PIN_FILE}", file=sys.stderr)


# ------------------------------------------------------------------ users, audit
def _password(args) -> str:
    """From stdin (--password-stdin, one line) or an unechoed prompt asked twice; never an argument."""
    import getpass
    if args.password_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"password for {args.name}: ")
    if getpass.getpass("again: ") != first:
        raise UserError("the two passwords differ")
    return first


def cmd_users(args) -> None:
    import getpass
    from .audit import AuditLog
    from .users import UsersFile
    users = UsersFile(args.users_file)
    if args.action == "list":
        rows = [{"name": u.name, "role": u.role} for u in users.users()]
        _json(rows) if args.json else print("\n".join(f"{r['name']:<24} {r['role']}" for r in rows) or "no users: demo mode")
        return
    if not args.name or (args.action in ("add", "set-role") and not args.role):
        raise UserError(f"users {args.action} needs a user name" + (" and --role" if args.action != "remove" else ""))
    if args.action == "add":
        users.add(args.name, _password(args), args.role)
    elif args.action == "remove":
        users.remove(args.name)
    else:
        users.set_role(args.name, args.role)
    AuditLog(args.audit_db).append("users", getpass.getuser(), outputs={"action": args.action, "name": args.name,
                                                                      "role": args.role})
    print(f"{args.action}: {args.name}" + (f" ({args.role})" if args.role else "") + f" in {users.path}", file=sys.stderr)


def cmd_audit(args) -> None:
    import getpass
    from .audit import AuditLog
    log = AuditLog(args.audit_db)
    if args.action == "anchor":
        v = log.anchor()
        print(f"audit log {'anchored' if v.ok else 'NOT anchored'}: {v.message}; head {v.head} -> {log.anchor_path}")
        if not v.ok:
            raise SystemExit(1)
        return
    if args.action == "verify":
        v = log.verify(expect_rows=args.expect_rows)
        _json(v.__dict__) if args.json else print(f"audit log {'OK' if v.ok else 'TAMPERED'}: {v.message}; head {v.head}")
        if not v.ok:
            raise SystemExit(1)
        return
    if not args.output or Path(args.output).suffix.lower() != ".csv":
        raise UserError("audit export needs --output FILE.csv")
    out = _output_path(args.output, (".csv",))
    rows = log.rows(user=args.user, event=args.event, since=args.since, until=args.until)
    out.write_bytes(log.export_csv(rows))
    log.append("export", getpass.getuser(), outputs={"what": "audit", "rows": len(rows), "file": out.name})
    print(f"exported {len(rows)} audit rows to {out}", file=sys.stderr)


# ------------------------------------------------------------------ parser
def _add_case_arguments(p: argparse.ArgumentParser) -> None:
    """The note and the patient's context, shared by predict and explain."""
    p.add_argument("text", help="what the patient reports (English or Chinese)")
    p.add_argument("--age", type=int)
    p.add_argument("--sex", choices=["F", "M", "f", "m"])
    p.add_argument("--pregnant", action="store_true")
    p.add_argument("--weeks", type=int, help="weeks of pregnancy (completed), if known")
    p.add_argument("--allergy", action="append",
                   choices=["penicillin", "penicillin_severe", "cephalosporin", "sulfa", "nsaid", "macrolide"],
                   help="penicillin_severe: anaphylaxis or angioedema (also withholds cephalosporins)")
    p.add_argument("--kidney-disease", action="store_true")
    p.add_argument("--egfr", type=int, help="eGFR in mL/min/1.73 m2, if known")
    p.add_argument("--liver-disease", action="store_true")
    p.add_argument("--anticoagulant", action="store_true")
    p.add_argument("--flag", action="append", help="any other context flag (breastfeeding, warfarin, antiplatelet, methotrexate, "
                                                   "lithium, elderly_faller, asthma, heart_disease, bleeding_disorder)")
    p.add_argument("--ignore-context", metavar="KEYS", help="comma-separated items read from the note to ignore "
                                                           "(e.g. pregnant,age)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="medmodel", description="MedSeq: local, explainable clinical decision support (not a diagnosis).")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    kb = sub.add_parser("kb", help="validate and inspect the clinical knowledge base")
    kb.add_argument("action", choices=["validate", "stats", "list"])
    kb.add_argument("--json", action="store_true", help="machine-readable output")
    kb.add_argument("--kb-dir", default=None, help="knowledge folder (default: assets/knowledge)")
    kb.set_defaults(func=cmd_kb)

    g = sub.add_parser("generate", help="generate synthetic patient cases")
    g.add_argument("--n", type=int, required=True)
    g.add_argument("--seed", type=int, default=0)
    g.add_argument("--lang", choices=["en", "zh", "mix"], default="mix")
    g.add_argument("--output", required=True, help="FILE.csv or FILE.parquet")
    g.add_argument("--quiet", action="store_true", help="no progress bar")
    g.set_defaults(func=cmd_generate)

    t = sub.add_parser("train", help="train a model bundle (torchrun --nproc_per_node N for data parallel)")
    t.add_argument("--n", "--num-cases", dest="n", type=int, default=80_000,
                   help="generated training cases (ignored with --data); under torchrun spell it --num-cases, "
                        "since torchrun reads a bare --n as one of its own options")
    t.add_argument("--lang", choices=["en", "zh", "mix"], default="mix")
    t.add_argument("--data", help="train on your own CSV/XLSX/Parquet instead of generated cases")
    t.add_argument("--kb", help="knowledge-base folder (default: the shipped one in assets/knowledge)")
    t.add_argument("--text-column", default="text")
    t.add_argument("--label-column", default="label", help="condition as KB id, name or ICD-10 code")
    t.add_argument("--age-column")
    t.add_argument("--sex-column")
    t.add_argument("--epochs", type=int, default=8)
    t.add_argument("--batch-size", type=int, default=64, help="per process (under torchrun the effective batch "
                                                                     "is this times --nproc_per_node)")
    t.add_argument("--lr", type=float, default=4e-3)
    t.add_argument("--patience", type=int, default=3)
    t.add_argument("--weight-decay", type=float, default=0.01)
    t.add_argument("--label-smoothing", type=float, default=0.1)
    t.add_argument("--hidden", type=int, default=128)
    t.add_argument("--emb-dim", type=int, default=96)
    t.add_argument("--subword-buckets", type=int, default=20000, help="hashed character n-gram embeddings (0: off)")
    t.add_argument("--token-states", action=argparse.BooleanOptionalAction, default=True,
                   help="embed the finding reader's present/denied state of each token")
    t.add_argument("--concepts", action=argparse.BooleanOptionalAction, default=True,
                   help="embed the knowledge-base finding each token expresses")
    t.add_argument("--word-dropout", type=float, default=0.1, help="training: share of note words read as <unk>")
    t.add_argument("--feature-dropout", type=float, default=0.3,
                   help="training: share of notes whose finding-reader features are hidden")
    t.add_argument("--pretrain-epochs", type=int, default=0,
                   help="language-model pretraining of the encoder on assets/corpora (real patient text) first")
    t.add_argument("--freeze-embeddings", action="store_true", help="keep pretrained embeddings fixed afterwards")
    t.add_argument("--hold-out", help="comma-separated condition ids to leave out of training entirely "
                                      "(an experiment: measures out-of-scope detection on conditions never seen)")
    t.add_argument("--dev", default=str(REAL_DEV),
                   help="real-language development set that chooses the checkpoint ('' for validation loss)")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--eval-n", type=int, default=5000, help="held-out generated cases for metrics.json (0: skip)")
    t.add_argument("--checkpoint-dir", help="save a resumable checkpoint here every epoch")
    t.add_argument("--output", required=True, help="bundle folder to write")
    t.add_argument("--json", action="store_true")
    t.add_argument("--quiet", action="store_true")
    t.set_defaults(func=cmd_train)

    e = sub.add_parser("evaluate", help="evaluate a bundle on fresh held-out generated cases")
    e.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    e.add_argument("--n", type=int, default=5000)
    e.add_argument("--seed", type=int, default=None, help="generator seed (default: the evaluation seed)")
    e.add_argument("--lang", choices=["en", "zh", "mix"], default="mix")
    e.add_argument("--beam", type=_positive_int, default=5)
    e.add_argument("--data", help="score your own labelled notes (CSV/XLSX/Parquet) instead of generated cases, "
                                  "e.g. assets/eval/handwritten_notes.csv")
    e.add_argument("--text-column", default="text")
    e.add_argument("--label-column", default="expected", help="condition as KB id, name or ICD-10 code")
    e.add_argument("--age-column")
    e.add_argument("--sex-column")
    e.add_argument("--triage-column", help="with --data: the least urgent safe triage per note (e.g. min_triage); "
                                           "notes the safety layer triages below it are listed")
    e.add_argument("--json", action="store_true")
    e.add_argument("--quiet", action="store_true")
    e.set_defaults(func=cmd_evaluate)

    pr = sub.add_parser("predict", help="assess one note")
    _add_case_arguments(pr)
    pr.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    pr.add_argument("--beam", type=_positive_int, default=5)
    pr.add_argument("--lang", choices=["en", "zh"], default="en", help="language of names in the output")
    pr.add_argument("--json", action="store_true")
    pr.set_defaults(func=cmd_predict)

    ex = sub.add_parser("explain", help="which words of a note drove each output (Captum attributions)")
    _add_case_arguments(ex)
    ex.add_argument("--method", choices=list(METHODS), default="integrated_gradients", help="attribution method")
    ex.add_argument("--baseline", choices=list(BASELINES), default="pad")
    ex.add_argument("--steps", type=int, default=50, help="integration steps (IG) or samples (GradientSHAP)")
    ex.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    ex.add_argument("--lang", choices=["en", "zh"], default="en", help="language of names in the output")
    ex.add_argument("--json", action="store_true")
    ex.set_defaults(func=cmd_explain)

    cd = sub.add_parser("card", help="measure every model-card figure and write it into the bundle's metrics.json")
    cd.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    cd.add_argument("--explain-n", type=int, default=50, help="notes for the explanation figures")
    cd.add_argument("--only", nargs="+", choices=["real_dev", "context_notes", "out_of_scope_notes", "scope",
                                                  "explanations", "explanations_real"])
    cd.add_argument("--json", action="store_true")
    cd.set_defaults(func=cmd_card)

    tt = sub.add_parser("tune-triage", help="choose the triage thresholds (safety.TRIAGE_MASS) on a development set")
    tt.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    tt.add_argument("--data", default="assets/eval/real_dev.csv")
    tt.add_argument("--json", action="store_true")
    tt.set_defaults(func=cmd_tune_triage)

    es = sub.add_parser("evaluate-scope", help="out-of-scope detection: AUROC on notes the model does not know")
    es.add_argument("--bundle", help="model bundle folder (default: the shipped model); a bundle trained with "
                                     "--hold-out measures conditions it never saw")
    es.add_argument("--in-scope", default="assets/eval/real_dev.csv")
    es.add_argument("--out-of-scope", nargs="+", default=["assets/eval/heldout_condition_notes.csv",
                                                           "assets/eval/out_of_scope_notes.csv"])
    es.add_argument("--max-flagged", type=float, default=0.1, help="share of in-scope notes the threshold may flag")
    es.add_argument("--json", action="store_true")
    es.set_defaults(func=cmd_evaluate_scope)

    ee = sub.add_parser("evaluate-explanations", help="faithfulness of explanations on generated cases")
    ee.add_argument("--n", type=int, default=50)
    ee.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    ee.add_argument("--seed", type=int, default=None, help="generator seed (default: the evaluation seed)")
    ee.add_argument("--lang", choices=["en", "zh", "mix"], default="mix")
    ee.add_argument("--method", choices=GRADIENT_METHODS, default="integrated_gradients", help="a gradient method")
    ee.add_argument("--baseline", choices=list(BASELINES), default="pad")
    ee.add_argument("--steps", type=int, default=50)
    ee.add_argument("--data", help="explain the notes of a development set (e.g. assets/eval/real_dev.csv) instead "
                                   "of generated cases")
    ee.add_argument("--json", action="store_true")
    ee.add_argument("--quiet", action="store_true")
    ee.set_defaults(func=cmd_evaluate_explanations)

    ak = sub.add_parser("ask", help="the next questions to ask: findings whose answer would most change the "
                                    "differential, by expected information gain")
    _add_case_arguments(ak)
    ak.add_argument("--k", type=int, default=5, help="how many questions (default 5)")
    ak.add_argument("--skip", metavar="FINDINGS", help="comma-separated finding ids already asked (answered "
                                                       "\"don't know\")")
    ak.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    ak.add_argument("--beam", type=int, default=5)
    ak.add_argument("--lang", choices=["en", "zh"], default="en", help="language of the questions and names")
    ak.add_argument("--json", action="store_true")
    ak.set_defaults(func=cmd_ask)

    ea = sub.add_parser("evaluate-ask", help="simulated consultations: top-1 after 0..3 answered questions, "
                                             "against asking random findings")
    ea.add_argument("--n", type=int, default=500, help="generated consultations (sparse openings)")
    ea.add_argument("--seed", type=int, default=None, help="generator seed (default: the evaluation seed)")
    ea.add_argument("--lang", choices=["en", "zh", "mix"], default="mix")
    ea.add_argument("--data", help="a labelled file (columns text and dx or label; e.g. assets/eval/real_dev.csv) "
                                   "instead of generated cases")
    ea.add_argument("--max-findings", type=int, default=2, help="with --data: only notes stating at most this many "
                                                                "findings (0: every note)")
    ea.add_argument("--steps", type=int, default=3, help="questions per consultation")
    ea.add_argument("--criterion", choices=["mutual_information", "entropy_drop"], default="mutual_information")
    ea.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    ea.add_argument("--save", metavar="FILE.json", help="also merge the result into this file (the Model card reads "
                                                        "assets/eval/ask_results.json)")
    ea.add_argument("--json", action="store_true")
    ea.add_argument("--quiet", action="store_true")
    ea.set_defaults(func=cmd_evaluate_ask)

    s = sub.add_parser("score", help="score a file of records")
    s.add_argument("input", help="CSV (UTF-8), .xlsx or .parquet")
    s.add_argument("--text-column", required=True)
    s.add_argument("--age-column")
    s.add_argument("--sex-column")
    s.add_argument("--flags-column", help="comma-separated context flags per row")
    s.add_argument("--output", required=True, help="OUT.csv, OUT.xlsx or OUT.parquet (--engine ray: a folder of "
                                                   "Parquet partitions)")
    s.add_argument("--bundle", help="model bundle folder (default: the shipped model)")
    s.add_argument("--kb-dir", help="knowledge base folder the bundle was trained on (default: the installed one)")
    s.add_argument("--beam", type=_positive_int, default=5)
    s.add_argument("--lang", choices=["en", "zh"], default="en")
    s.add_argument("--workers", type=_positive_int, help="worker processes, one thread each (default: one per core)")
    s.add_argument("--chunk-rows", type=_positive_int, default=1024, help="rows read and scored at a time (default 1024); "
                                                                "an interrupted run resumes at the first unscored chunk")
    s.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local: this machine's cores; ray: Ray Data (a local cluster, or --ray-address)")
    s.add_argument("--ray-address", help="an existing Ray cluster, e.g. ray://head:10001 (default: $RAY_ADDRESS, "
                                         "else a local cluster of --workers CPUs)")
    s.add_argument("--json", action="store_true", help="print a summary (rows, rows/s, errors) as JSON")
    s.add_argument("--max-rows", type=_positive_int, help="refuse files with more rows (default: no cap; the "
                                                          "app's uploads are capped by $MEDSEQ_MAX_ROWS)")
    s.add_argument("--quiet", action="store_true")
    s.set_defaults(func=cmd_score)

    b = sub.add_parser("bundle", help="the model bundle's identity: print its hash, pin the shipped one, or adopt "
                                      "a knowledge-base edit that leaves the training data unchanged")
    b.add_argument("action", choices=["hash", "pin", "adopt-kb"],
                   help="pin: record the shipped bundle's hash in the package; adopt-kb: record the installed "
                        "knowledge base in the bundle after checking that its whole training data set is unchanged")
    b.add_argument("--bundle", help="model bundle folder (hash, adopt-kb; default: the shipped model)")
    b.add_argument("--trained-kb", help="adopt-kb: the knowledge-base folder the bundle was trained on")
    b.set_defaults(func=cmd_bundle)

    u = sub.add_parser("users", help="manage sign-in users and roles (no users: local demo mode)")
    u.add_argument("action", choices=["add", "remove", "list", "set-role"])
    u.add_argument("name", nargs="?")
    u.add_argument("role", nargs="?", choices=["clinician", "reviewer", "admin"], help="for set-role")
    u.add_argument("--role", dest="role_opt", choices=["clinician", "reviewer", "admin"], help="for add")
    u.add_argument("--password-stdin", action="store_true", help="read the password from stdin (never an argument)")
    u.add_argument("--users-file", help="default: $MEDSEQ_USERS or ~/.medseq/users.json")
    u.add_argument("--audit-db", help="default: $MEDSEQ_AUDIT_DB or ~/.medseq/audit.sqlite")
    u.add_argument("--json", action="store_true")
    u.set_defaults(func=cmd_users)

    a = sub.add_parser("audit", help="verify or export the audit log")
    a.add_argument("action", choices=["verify", "export", "anchor"],
                   help="anchor: after checking the log, record its head in the anchor file again")
    a.add_argument("--audit-db", help="default: $MEDSEQ_AUDIT_DB or ~/.medseq/audit.sqlite")
    a.add_argument("--expect-rows", type=int, help="verify: at least this many rows (detects removal from the end)")
    a.add_argument("--output", help="export: FILE.csv")
    a.add_argument("--user")
    a.add_argument("--event")
    a.add_argument("--since", help="ISO time, e.g. 2026-11-01")
    a.add_argument("--until", help="ISO time (exclusive)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_audit)
    return p


def main(argv: list[str] | None = None) -> int:
    from .knowledge import KnowledgeError   # not yet a MedSeqError (knowledge.py keeps its own class)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "users":
        args.role = args.role or args.role_opt
    if getattr(args, "seed", 0) is None:
        from .evaluate import EVAL_SEED
        args.seed = EVAL_SEED
    try:
        args.func(args)
    except (MedSeqError, KnowledgeError) as exc:
        print(f"medmodel {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"medmodel {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:                       # output piped into `head` and the like: stop quietly
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 0
