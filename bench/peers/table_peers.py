"""Peer learners for the scaling table of bench/trees.bench.ts: a generated CSV whose columns
c0, c1, ... are categorical (native categories for XGBoost, as our learner reads them; codes
as numbers for scikit-learn's random forest, which has no categorical splits, missing → −1)
and the rest numeric with blanks for missing (−1 for the forest); label `y`.
The first TRAIN rows train, the rest test. Single thread everywhere.

Usage: /usr/bin/python3 table_peers.py DATA.csv TRAIN MODEL REPEATS
MODEL: xgboost | sklearn_rf.  Prints one JSON object: test ROC AUC, median training seconds
over REPEATS, peak RSS (MiB)."""
import json
import resource
import statistics
import sys
import time

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

data_path, n_train, model_name, repeats = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
df = pd.read_csv(data_path)
y = df.pop("y").to_numpy()
categorical = [c for c in df.columns if c.startswith("c")]

if model_name == "xgboost":
    import xgboost as xgb

    for c in categorical:
        df[c] = df[c].astype("category")
    X = df
else:
    from sklearn.ensemble import RandomForestClassifier

    X = df.fillna(-1).to_numpy(dtype=np.float32)

X_train, X_test = X[:n_train], X[n_train:]
y_train, y_test = y[:n_train], y[n_train:]


def fit():
    if model_name == "xgboost":
        model = xgb.XGBClassifier(n_estimators=300, max_depth=6, learning_rate=0.1, tree_method="hist",
                                  enable_categorical=True, n_jobs=1)
    else:
        model = RandomForestClassifier(n_estimators=300, n_jobs=1, random_state=0)
    model.fit(X_train, y_train)
    return model


times = []
for _ in range(repeats):
    start = time.perf_counter()
    model = fit()
    times.append(time.perf_counter() - start)
probs = model.predict_proba(X_test)[:, 1]
print(json.dumps({
    "roc_auc": float(roc_auc_score(y_test, probs)),
    "train_seconds": statistics.median(times),
    "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
