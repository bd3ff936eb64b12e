"""Reference assignments for tst_clustermatching, computed by SciPy's own
linear_sum_assignment (maximize=True) on random square and rectangular matrices.

  /usr/bin/python3 tests/data/cluster_matching.py     # rewrites cluster_matching.json

Real-valued matrices have a unique optimum, so the test compares the assignment itself;
integer (confusion-like) matrices may have ties, so there it compares the optimal total.
"""
import json
import os

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment

HERE = os.path.dirname(os.path.abspath(__file__))


def case(name, weights, unique):
    rows, cols = linear_sum_assignment(weights, maximize=True)
    assignment = [-1] * weights.shape[0]
    for r, c in zip(rows, cols):
        assignment[int(r)] = int(c)
    return {
        "name": name,
        "weights": [[float(v) for v in row] for row in weights],
        "assignment": assignment,
        "total": float(weights[rows, cols].sum()),
        "unique": unique,
    }


def main():
    rng = np.random.RandomState(20240610)
    cases = []
    shapes = [(1, 1), (2, 2), (3, 3), (5, 5), (8, 8), (12, 12), (20, 20), (25, 25),
              (1, 5), (5, 1), (3, 7), (7, 3), (8, 20), (20, 8), (10, 11), (11, 10)]
    for rows, cols in shapes:
        cases.append(case(f"real {rows}x{cols}", rng.uniform(-5.0, 100.0, (rows, cols)), True))
    for rows, cols in shapes:
        # Sparse small counts, as a confusion matrix of a poor clustering: many ties.
        counts = rng.poisson(2.0, (rows, cols)) * (rng.uniform(size=(rows, cols)) < 0.6)
        cases.append(case(f"counts {rows}x{cols}", counts.astype(float), False))
    for rows, cols in [(8, 8), (20, 20), (8, 12), (12, 8)]:
        # A good clustering: one dominant cluster per class, shuffled, plus stray points.
        counts = rng.poisson(1.0, (rows, cols)).astype(float)
        perm = rng.permutation(cols)
        for r in range(min(rows, cols)):
            counts[r, perm[r]] += rng.randint(50, 500)
        cases.append(case(f"diagonal {rows}x{cols}", counts, False))
    out = {"generator": f"scipy {scipy.__version__} linear_sum_assignment(maximize=True)",
           "cases": cases}
    with open(os.path.join(HERE, "cluster_matching.json"), "w") as f:
        # One case per line: diffs of a regenerated file stay readable.
        f.write('{"generator": %s,\n "cases": [\n' % json.dumps(out["generator"]))
        f.write(",\n".join("  " + json.dumps(c) for c in cases))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
