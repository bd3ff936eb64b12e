"""Reference values for tst_procrustes: scipy's orthogonal Procrustes on two clouds that do
not match (a stretched ellipse onto an unrelated shape), so the least-squares scale and the
spread-matching one differ.

  /usr/bin/python3 tests/data/procrustes_reference.py    # rewrites procrustes_reference.json

The points are closed-form (no random numbers), so the C++ test rebuilds them exactly.
"""
import json
import os

import numpy as np
from scipy.linalg import orthogonal_procrustes

HERE = os.path.dirname(os.path.abspath(__file__))

i = np.arange(40)
source = np.c_[3.0 * np.cos(0.3 * i) + 1.0, 0.2 * np.sin(0.7 * i)]
target = np.c_[np.sin(0.3 * i + 0.4), 0.8 * np.cos(1.1 * i) - 2.0]
a = source - source.mean(axis=0)
b = target - target.mean(axis=0)
# R minimises ||a R - b||; the second value is trace(S) of the SVD of a^T b.
rotation, singular_sum = orthogonal_procrustes(a, b)
reference = {
    "rotation": rotation.tolist(),
    "least_squares_scale": float(singular_sum / (a ** 2).sum()),
    "match_spread_scale": float(np.sqrt((b ** 2).sum() / (a ** 2).sum())),
}
with open(os.path.join(HERE, "procrustes_reference.json"), "w") as out:
    json.dump(reference, out, indent=1)
    out.write("\n")
