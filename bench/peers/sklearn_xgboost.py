"""Peer learners for bench/trees.bench.ts: XGBoost hist and scikit-learn on bank-marketing's
fixed split, single thread, categoricals one-hot encoded (as in the data set's README).

Usage: /usr/bin/python3 sklearn_xgboost.py DATA.csv SPLIT.csv MODEL VARIANT REPEATS
MODEL: xgboost | sklearn_rf | sklearn_hgb;  VARIANT: without_duration | with_duration.
Prints one JSON object: test metrics, median training seconds over REPEATS, peak RSS (MiB)."""
import json
import resource
import statistics
import sys
import time

import numpy as np
import pandas as pd
from sklearn.metrics import (accuracy_score, average_precision_score, f1_score, precision_score,
                             recall_score, roc_auc_score)

data_path, split_path, model_name, variant, repeats = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
df = pd.read_csv(data_path, sep=";")
split = pd.read_csv(split_path)
y = (df.pop("y") == "yes").astype(int).to_numpy()
if variant == "without_duration":
    df = df.drop(columns=["duration"])
X = pd.get_dummies(df, dtype=float).to_numpy(dtype=np.float32)
train = split.loc[split["split"] == "train", "row"].to_numpy()
test = split.loc[split["split"] == "test", "row"].to_numpy()


def make():
    if model_name == "xgboost":
        import xgboost as xgb
        return xgb.XGBClassifier(n_estimators=300, max_depth=6, learning_rate=0.1, tree_method="hist", n_jobs=1)
    if model_name == "sklearn_rf":
        from sklearn.ensemble import RandomForestClassifier
        return RandomForestClassifier(n_estimators=300, n_jobs=1, random_state=0)
    from sklearn.ensemble import HistGradientBoostingClassifier
    return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.1, early_stopping=False, random_state=0)


times = []
for _ in range(repeats):
    model = make()
    began = time.perf_counter()
    model.fit(X[train], y[train])
    times.append(time.perf_counter() - began)
p = model.predict_proba(X[test])[:, 1]
pred = (p >= 0.5).astype(int)
yt = y[test]
print(json.dumps({
    "model": model_name,
    "variant": variant,
    "features": X.shape[1],
    "accuracy": accuracy_score(yt, pred),
    "precision": precision_score(yt, pred, zero_division=0),
    "recall": recall_score(yt, pred),
    "f1": f1_score(yt, pred),
    "roc_auc": roc_auc_score(yt, p),
    "pr_auc": average_precision_score(yt, p),
    "train_seconds": statistics.median(times),
    "train_seconds_all": times,
    "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
