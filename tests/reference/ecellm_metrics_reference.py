#!/usr/bin/python3
# Reference figures for ShopTuner's eCeLLM metrics (core/engine/eval/metrics.h).
#
# Scores the hand-made cases in tests/data/metrics/ecellm_cases.json the way eCeLLM's
# evaluate.py (github.com/ninglab/eCeLLM, commit f364c18, with the September 2025 AVE
# precision fix) does: the same parsing, the same invalid rules, the same epsilons. It is
# independent of the C++ engine: Python's own json.loads, str(), str.strip() and
# str.lower() do the text handling, and numpy's log2 the NDCG discount.
#
# sklearn is not needed: its accuracy_score, precision/recall/f1_score (binary with
# pos_label "yes", and average="macro" over the labels present in y_true or y_pred) and
# confusion_matrix are written out below. When sklearn can be imported, the script also
# runs the real functions on every case's filtered lists and prints the largest difference.
#
# Where evaluate.py raises (an empty prediction of SA/PRP/MPC, list elements that are not
# dicts, a one-class confusion matrix, no valid predictions) this script follows ShopTuner's
# documented rule instead; each such place says "evaluate.py raises here".
#
# A verbatim copy of evaluate.py's branches (run once outside the repository, with sklearn
# 1.2.1, its %.3f widened to %.17g, and its own task spellings) printed the same figures as
# this script, to the last bit or two, for ave_ind, ave_ood, pm_mixed, sr_letters,
# prp_letter_d, mpc_options and qpr_ecellm; it raises on ave_crashing_elements,
# psi_one_class, ap_all_invalid and sa_options, and prints nothing for
# "Product_Substitute_Identification" (it tests the misspelled 'Product_Substitue_...').
#
# AG: evaluate.py reports BERTScore and BLEURT; ShopTuner reports ROUGE-L, computed here as
# Google's rouge-score package does with its defaults (tokenizer and LCS written out).
#
# Usage, from the repository root:
#   /usr/bin/python3 tests/reference/ecellm_metrics_reference.py          # JSON of all figures
#   /usr/bin/python3 tests/reference/ecellm_metrics_reference.py --cpp    # rows for test_metrics.cpp

import json
import math
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "..", "data", "metrics", "ecellm_cases.json")


# ---- sklearn.metrics, written out ---------------------------------------------------------

def accuracy_score(y_true, y_pred):
    if not y_true:
        return 0.0  # sklearn returns nan (mean of nothing)
    return sum(1 for t, p in zip(y_true, y_pred) if t == p) / len(y_true)


def _div(a, b):
    return a / b if b else 0.0  # zero_division="warn" gives 0


def binary_prf(y_true, y_pred, pos_label):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == pos_label and p == pos_label)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t != pos_label and p == pos_label)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == pos_label and p != pos_label)
    return _div(tp, tp + fp), _div(tp, tp + fn), _div(2 * tp, 2 * tp + fp + fn)


def macro_prf(y_true, y_pred):
    labels = sorted(set(y_true) | set(y_pred))
    ps, rs, fs = [], [], []
    for label in labels:
        tp = sum(1 for t, p in zip(y_true, y_pred) if t == label and p == label)
        n_pred = sum(1 for p in y_pred if p == label)
        n_true = sum(1 for t in y_true if t == label)
        ps.append(_div(tp, n_pred))
        rs.append(_div(tp, n_true))
        fs.append(_div(2 * tp, n_true + n_pred))
    if not labels:
        return 0.0, 0.0, 0.0
    return sum(ps) / len(labels), sum(rs) / len(labels), sum(fs) / len(labels)


def confusion_counts(y_true, y_pred):
    # confusion_matrix(...).ravel() gives tn, fp, fn, tp for the labels ['no', 'yes'];
    # evaluate.py raises here when only one label occurs (a 1x1 matrix), we count anyway.
    tn = sum(1 for t, p in zip(y_true, y_pred) if t == "no" and p == "no")
    fp = sum(1 for t, p in zip(y_true, y_pred) if t == "no" and p == "yes")
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == "yes" and p == "no")
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == "yes" and p == "yes")
    return tn, fp, fn, tp


SKLEARN_CHECKS = []  # (what, ours, sklearn's)


def check_with_sklearn(kind, y_true, y_pred):
    try:
        import warnings
        from sklearn import metrics
    except ImportError:
        return
    if not y_true:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if kind == "binary":
            ours = [accuracy_score(y_true, y_pred), *binary_prf(y_true, y_pred, "yes")]
            theirs = [metrics.accuracy_score(y_true, y_pred),
                      metrics.precision_score(y_true, y_pred, pos_label="yes", average="binary"),
                      metrics.recall_score(y_true, y_pred, pos_label="yes", average="binary"),
                      metrics.f1_score(y_true, y_pred, pos_label="yes", average="binary")]
        else:
            ours = [accuracy_score(y_true, y_pred), *macro_prf(y_true, y_pred)]
            theirs = [metrics.accuracy_score(y_true, y_pred),
                      metrics.precision_score(y_true, y_pred, average="macro"),
                      metrics.recall_score(y_true, y_pred, average="macro"),
                      metrics.f1_score(y_true, y_pred, average="macro")]
    SKLEARN_CHECKS.extend(zip(ours, theirs))


# ---- evaluate.py, task by task ------------------------------------------------------------

def score_ave(prediction_list, label_list, setting):
    idx2pred = {}
    pred_skipped = 0
    non_list = 0
    for i in range(len(prediction_list)):
        try:
            idx2pred[i] = json.loads(prediction_list[i])
            if type(idx2pred[i]) != list:
                idx2pred[i] = []
                non_list += 1
        except Exception:
            idx2pred[i] = []
            pred_skipped += 1

    total_hit = 0
    total_count_label = 0
    label_skipped = 0
    for i in range(len(label_list)):
        try:
            labels = json.loads(label_list[i])
        except Exception:
            label_skipped += 1
            continue
        for label in labels:
            total_count_label += 1
            for pred in idx2pred[i]:
                if not isinstance(pred, dict):
                    continue  # evaluate.py raises here for numbers and None; strings and lists never hit
                if "attribute" in pred and "value" in pred and "source" in pred:
                    if (pred["attribute"] == label["attribute"] and pred["value"] == label["value"]
                            and pred["source"] == label["source"]):
                        total_hit += 1
                    elif ('OOD' in setting) and (pred["attribute"] == label["attribute"]) \
                            and (pred["value"] != None) and (pred["source"] != None) \
                            and ((str(pred["value"]) in str(label["value"])) or (str(label["value"]) in str(pred["value"]))) \
                            and isinstance(pred["source"], str) \
                            and ((pred["source"] in label["source"]) or (label["source"] in pred["source"])):
                        # isinstance: evaluate.py raises here for a source that is not a str
                        total_hit += 1

    total_count_pred = 0
    for i in range(len(prediction_list)):
        for pred in idx2pred[i]:
            if isinstance(pred, dict) and "attribute" in pred:  # evaluate.py raises for a str containing "attribute"
                total_count_pred += 1

    recall = total_hit / total_count_label if total_count_label else 0.0  # evaluate.py raises without gold
    precision = total_hit / (total_count_pred + 1e-6)
    f1 = (2 * recall * precision) / (recall + precision + 1e-6)
    return {"figures": [("recall", recall), ("precision", precision), ("f1", f1), ("hits", total_hit),
                        ("gold_triples", total_count_label), ("predicted_triples", total_count_pred),
                        ("non_list_predictions", non_list), ("unparsed_gold", label_skipped)],
            "invalid": pred_skipped, "headline": "f1"}


def score_binary(prediction_list, label_list):
    skipped = 0
    preds, labels = [], []
    for i in range(len(prediction_list)):
        pred = prediction_list[i].lower().strip()
        if pred in {"yes", "no"}:
            preds.append(pred)
            labels.append(label_list[i])
        else:
            skipped += 1
    check_with_sklearn("binary", labels, preds)
    acc = accuracy_score(labels, preds)
    pre, rec, f1 = binary_prf(labels, preds, "yes")
    tn, fp, fn, tp = confusion_counts(labels, preds)
    specificity = tn / (tn + fp + 1e-8)
    npv = tn / (tn + fn + 1e-8)
    return {"figures": [("accuracy", acc), ("recall", rec), ("precision", pre), ("f1", f1),
                        ("specificity", specificity), ("npv", npv), ("valid_predictions", len(preds)),
                        ("tp", tp), ("fp", fp), ("tn", tn), ("fn", fn)],
            "invalid": skipped, "headline": "f1"}


def score_sr(prediction_list, label_list):
    skipped = 0
    preds, labels = [], []
    valid = set("ABCDEFGHIJKLMNOPQRST")
    for i in range(len(prediction_list)):
        pred = prediction_list[i].strip()
        if pred in valid:
            preds.append(pred)
            labels.append(label_list[i])
        else:
            skipped += 1
    correct = sum(1 for t, p in zip(labels, preds) if t == p)
    return {"figures": [("hr@1", accuracy_score(labels, preds)), ("valid_predictions", len(preds)),
                        ("correct", correct)],
            "invalid": skipped, "headline": "hr@1"}


def score_options(prediction_list, label_list, headline):
    skipped = 0
    preds, labels = [], []
    for i in range(len(prediction_list)):
        pred = prediction_list[i].strip()
        if pred and pred[0] in {"A", "B", "C", "D", "E"}:  # `pred and`: evaluate.py raises on ""
            preds.append(pred[0])
            labels.append(label_list[i][0])
        else:
            skipped += 1
    check_with_sklearn("macro", labels, preds)
    pre, rec, f1 = macro_prf(labels, preds)
    correct = sum(1 for t, p in zip(labels, preds) if t == p)
    return {"figures": [("accuracy", accuracy_score(labels, preds)), ("macro_recall", rec),
                        ("macro_precision", pre), ("macro_f1", f1), ("valid_predictions", len(preds)),
                        ("correct", correct)],
            "invalid": skipped, "headline": headline}


def dcg(score_list):
    value = 0
    for i in range(len(score_list)):
        value += (2 ** score_list[i] - 1) / (np.log2(i + 2))
    return value


SCORE_MAPPING = {"E": 1.0, "S": 0.1, "C": 0.01, "I": 0}


def score_qpr(prediction_list, label_list, option_labels_list, textbook):
    label2score = {}
    for counter, option_labels in enumerate(option_labels_list):
        label2score[counter] = {}
        option = "A"
        for option_label in option_labels:
            label2score[counter][option] = option_label
            option = chr(ord(option) + 1)

    total_ndcg = 0
    skipped = 0
    with_invalid = 0
    for i in range(len(prediction_list)):
        scores = []
        seen = set()
        skipped_here = 0
        for rank in prediction_list[i].strip().split(","):
            try:
                if textbook and rank[0] in seen:
                    raise KeyError(rank[0])  # the textbook variant counts a candidate once
                scores.append(SCORE_MAPPING[label2score[i][rank[0]]])
                seen.add(rank[0])
            except (KeyError, IndexError):
                skipped_here += 1
        skipped += skipped_here
        with_invalid += skipped_here > 0
        if textbook:
            ideal = sorted((SCORE_MAPPING[x] for x in option_labels_list[i]), reverse=True)
            idcg = dcg(ideal)
            total_ndcg += dcg(scores) / idcg if idcg else 0.0
        else:
            ideal_scores = sorted(scores, reverse=True)
            total_ndcg += dcg(scores) / (dcg(ideal_scores) + 1e-6)
    return {"figures": [("ndcg", float(total_ndcg / len(label_list))),
                        ("predictions_with_invalid_pieces", with_invalid)],
            "invalid": skipped, "headline": "ndcg"}


def rouge_tokenize(text):
    # rouge_score/tokenize.py with stemmer=None
    text = text.lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    tokens = re.split(r"\s+", text)
    return [x for x in tokens if re.match(r"^[a-z0-9]+$", x)]


def rouge_l(target, prediction):
    # rouge_score/rouge_scorer.py _score_lcs
    ref, can = rouge_tokenize(target), rouge_tokenize(prediction)
    if not ref or not can:
        return 0.0, 0.0, 0.0
    table = [[0] * (len(can) + 1) for _ in range(len(ref) + 1)]
    for i in range(1, len(ref) + 1):
        for j in range(1, len(can) + 1):
            if ref[i - 1] == can[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    lcs = table[-1][-1]
    precision = lcs / len(can)
    recall = lcs / len(ref)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1


def score_ag(prediction_list, label_list):
    scores = [rouge_l(t, p) for t, p in zip(label_list, prediction_list)]
    n = len(scores)
    p = sum(s[0] for s in scores) / n
    r = sum(s[1] for s in scores) / n
    f = sum(s[2] for s in scores) / n
    invalid = sum(1 for x in prediction_list if not x.strip())
    return {"figures": [("rouge_l_precision", p), ("rouge_l_recall", r), ("rouge_l_f1", f)],
            "invalid": invalid, "headline": "rouge_l_f1"}


ABBREVIATIONS = {
    "AVE": "Attribute_Value_Extraction", "PRP": "Product_Relation_Prediction", "PM": "Product_Matching",
    "SA": "Sentiment_Analysis", "SR": "Sequential_Recommendation", "MPC": "Multiclass_Product_Classification",
    "PSI": "Product_Substitute_Identification", "QPR": "Query_Product_Rank", "AP": "Answerability_Prediction",
    "AG": "Answer_Generation",
}


def score_case(case):
    task = ABBREVIATIONS.get(case["task"], case["task"])
    preds, labels, setting = case["predictions"], case["labels"], case["setting"]
    if task == "Attribute_Value_Extraction":
        result = score_ave(preds, labels, setting)
    elif task in ("Answerability_Prediction", "Product_Substitute_Identification", "Product_Matching"):
        result = score_binary(preds, labels)
    elif task == "Sequential_Recommendation":
        result = score_sr(preds, labels)
    elif task in ("Multiclass_Product_Classification", "Sentiment_Analysis", "Product_Relation_Prediction"):
        result = score_options(preds, labels, "accuracy" if task.startswith("Multiclass") else "macro_f1")
    elif task == "Query_Product_Rank":
        result = score_qpr(preds, labels, case["qpr_labels"], case.get("textbook_ndcg", False))
    else:
        result = score_ag(preds, labels)
    result["task"] = task
    result["n"] = len(preds)
    result["headline_value"] = dict(result["figures"])[result["headline"]]
    return result


def main():
    with open(CASES, encoding="utf-8") as f:
        data = json.load(f)
    by_name = {c["name"]: c for c in data["cases"]}
    results = {}
    for case in data["cases"]:
        if "same_as" in case:
            case = {**by_name[case["same_as"]], **{k: v for k, v in case.items() if k != "same_as"}}
        results[case["name"]] = score_case(case)
    python_str = [str(json.loads(text)) for text in data["python_str"]]
    python_strip = [s.strip() for s in data["python_strip"]]
    tokens = [rouge_tokenize(s) for s in data["rouge_tokens"]]

    if "--cpp" in sys.argv:
        print("// Generated by tests/reference/ecellm_metrics_reference.py --cpp")
        for name, r in results.items():
            figures = ", ".join('{"%s", %s}' % (k, repr(float(v))) for k, v in r["figures"])
            print('{"%s", %d, %d, "%s", {%s}},' % (name, r["n"], r["invalid"], r["headline"], figures))
        print("// python_str")
        for s in python_str:
            print(json.dumps(s) + ",")
        print("// python_strip")
        for s in python_strip:
            print(json.dumps(s) + ",")
        print("// rouge_tokens")
        for t in tokens:
            print("{" + ", ".join(json.dumps(x) for x in t) + "},")
    else:
        out = {"cases": {k: {**v, "figures": {n: float(x) for n, x in v["figures"]}} for k, v in results.items()},
               "python_str": python_str, "python_strip": python_strip, "rouge_tokens": tokens}
        print(json.dumps(out, indent=1))

    if SKLEARN_CHECKS:
        worst = max(abs(a - b) for a, b in SKLEARN_CHECKS)
        print("sklearn cross-check: %d figures, largest difference %.3g" % (len(SKLEARN_CHECKS), worst),
              file=sys.stderr)
        if worst > 1e-12:
            sys.exit(1)
    else:
        print("sklearn not importable: cross-check skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
