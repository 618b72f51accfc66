"""Public binary tables for bench/trees.bench.ts's defaults comparison, written as CSV (header,
label column `label` = 0/1, blanks for missing) from Debian-packaged copies — nothing is
downloaded from elsewhere:

  fair           statsmodels' Fair (1978) affairs survey, 6,366 rows; label: any affair
  breast_cancer  scikit-learn's Wisconsin diagnostic breast cancer, 569 rows; label: malignant
  credit_g       Weka's German credit (examples/credit-g.arff), 1,000 rows; label: bad credit
  diabetes       Weka's Pima Indians diabetes (examples/diabetes.arff), 768 rows; label: positive

Usage: /usr/bin/python3 public_tables.py OUTDIR [WEKA_EXAMPLES_DIR]
Prints the names of the tables written, one per line."""
import os
import sys

import pandas as pd

out = sys.argv[1]
weka = sys.argv[2] if len(sys.argv) > 2 else None
written = []


def write(name, df):
    df.to_csv(os.path.join(out, f"{name}.csv"), index=False)
    written.append(name)


try:
    from statsmodels.datasets import fair

    df = fair.load_pandas().data
    df["label"] = (df.pop("affairs") > 0).astype(int)
    write("fair", df)
except ImportError:
    pass

try:
    from sklearn.datasets import load_breast_cancer

    bc = load_breast_cancer(as_frame=True)
    df = bc.data.copy()
    df["label"] = (bc.target == 0).astype(int)  # target 0 = malignant
    write("breast_cancer", df)
except ImportError:
    pass

if weka:
    from scipy.io import arff

    for name, file, positive in [("credit_g", "credit-g.arff", "bad"),
                                 ("diabetes", "diabetes.arff", "tested_positive")]:
        path = os.path.join(weka, file)
        if not os.path.exists(path):
            continue
        data, _ = arff.loadarff(path)
        df = pd.DataFrame(data)
        for c in df.columns:
            if df[c].dtype == object:
                df[c] = df[c].str.decode("utf-8")
        df["label"] = (df.pop("class") == positive).astype(int)
        write(name, df)

print("\n".join(written))
