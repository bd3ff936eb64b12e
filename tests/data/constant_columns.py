"""Columns that are constant, or nearly so, and scikit-learn 1.2's answers for them
(tst_scaler, tst_constantcolumns, tst_cli_run). A range of a few ulps, subnormal values or
rounding noise around a constant must not become a division by (almost) zero.

  /usr/bin/python3 tests/data/constant_columns.py   # rewrites constant_columns.csv/.expected.json

The table's values are written with repr(), which round-trips every double (subnormals
included), so the C++ tests read exactly the numbers scikit-learn saw. Whether a column is
constant comes from scikit-learn's own private helpers, `_handle_zeros_in_scale` (MinMax)
and `_is_constant_feature` (StandardScaler), not from a rule copied here.
"""
import json
import os

import numpy as np
from sklearn.decomposition import PCA
from sklearn.preprocessing import MinMaxScaler, StandardScaler
from sklearn.preprocessing._data import _handle_zeros_in_scale, _is_constant_feature

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = 240
CLASSES = 4


def columns():
    rng = np.random.RandomState(20261130)
    i = np.arange(ROWS, dtype=float)
    labels = np.arange(ROWS) % CLASSES
    ulp = np.spacing(0.7)
    return labels, [
        # Informative columns, so that the pipeline has something to separate.
        ("blob_x", labels * 2.0 + rng.standard_normal(ROWS) * 0.4),
        ("blob_y", (labels % 2) * 3.0 + rng.standard_normal(ROWS) * 0.4),
        ("uniform", rng.uniform(-5, 5, ROWS)),
        # The column: 5e-324 * i. Its range is ~1.2e-321, whose inverse overflows.
        ("subnormal_steps", 5e-324 * i),
        # Larger subnormals, a few values repeated.
        ("subnormal_levels", 1e-310 * (i % 7)),
        ("constant", np.full(ROWS, 3.0)),
        # Constant up to relative noise of 1e-17 (below double precision: it rounds away)...
        ("relative_1e-17", 0.7 * (1.0 + 1e-17 * rng.standard_normal(ROWS))),
        # ... and up to a few ulps, the noise a computation leaves on a constant.
        ("ulp_noise", 0.7 + ulp * rng.randint(-3, 4, ROWS)),
        # Absolute noise of 1e-17 on 1e-3: rounding noise for both scalers.
        ("absolute_1e-17", 1e-3 + 1e-17 * rng.standard_normal(ROWS)),
        # Noise of 1e-17 around 0: constant for MinMax (a range below 10 eps, an absolute
        # test), not for StandardScaler, whose test is relative to the mean.
        ("noise_1e-17", 1e-17 * rng.standard_normal(ROWS)),
        # Noise of 1e-6 on 1e8: a real range for MinMax, rounding noise for StandardScaler.
        ("large_offset", 1e8 + 1e-6 * rng.standard_normal(ROWS)),
        # Just above MinMax's threshold: an ordinary column, however small.
        ("range_4e-14", 1e-14 * (i % 5)),
    ]


def floats(values):
    return [float(v) for v in np.ravel(values)]


def rows(matrix):
    return [floats(row) for row in np.asarray(matrix)]


def main():
    labels, named = columns()
    names = [name for name, _ in named]
    X = np.column_stack([values for _, values in named])
    with open(os.path.join(HERE, "constant_columns.csv"), "w") as out:
        out.write(",".join(names) + ",label\n")
        for r in range(ROWS):
            out.write(",".join(repr(float(v)) for v in X[r]) + f",{labels[r]}\n")

    minmax = MinMaxScaler().fit(X)
    data_range = minmax.data_range_
    minmax_constant = _handle_zeros_in_scale(data_range, copy=True) != data_range
    standard = StandardScaler().fit(X)
    standard_constant = _is_constant_feature(standard.var_, standard.mean_, X.shape[0])
    S = minmax.transform(X)
    pca = PCA(n_components=2, svd_solver="full").fit(S)
    expected = {
        "columns": names,
        "minmax": {
            "data_min": floats(minmax.data_min_),
            "scale": floats(minmax.scale_),
            "constant": [bool(c) for c in minmax_constant],
            "scaled": rows(S),
        },
        "zscore": {
            "mean": floats(standard.mean_),
            "var": floats(standard.var_),
            "scale": floats(standard.scale_),
            "constant": [bool(c) for c in standard_constant],
            "scaled": rows(standard.transform(X)),
        },
        "pca_minmax": {
            "explained_variance": floats(pca.explained_variance_),
            "explained_variance_ratio": floats(pca.explained_variance_ratio_),
        },
    }
    with open(os.path.join(HERE, "constant_columns.expected.json"), "w") as out:
        json.dump(expected, out, indent=1)
        out.write("\n")
    print("minmax constant:", [n for n, c in zip(names, minmax_constant) if c])
    print("zscore constant:", [n for n, c in zip(names, standard_constant) if c])


if __name__ == "__main__":
    main()
