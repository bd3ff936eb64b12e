"""umap-learn 0.5.3's UMAP on the notebook's data, as bench_umap.cpp runs ours: Gaussian blobs
(make_blobs after numpy.random.seed(seed)) plus one uniform noise column, MinMax-scaled.
umap.UMAP(random_state=seed) with its defaults (15 neighbours, min_dist 0.1, spectral init);
with a seed umap-learn runs single-threaded, as its users get it. A warm-up fit on 500 rows
first, so numba's compilation is not counted. Prints one JSON object: seconds of the fit,
trustworthiness (k = 10) on a seeded sample and the ARI of k-means (k = centres).
Source ../shared/reference/peer_env.sh first so numpy runs on OpenBLAS. Usage:
  /usr/bin/python3 bench/peer_umap.py [--rows 30000] [--seed 42] [--sample 5000]
"""
import argparse
import json
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.manifold import trustworthiness
from sklearn.metrics import adjusted_rand_score
from sklearn.preprocessing import MinMaxScaler
import umap

ap = argparse.ArgumentParser()
ap.add_argument("--rows", type=int, default=30000)
ap.add_argument("--features", type=int, default=9)
ap.add_argument("--centers", type=int, default=8)
ap.add_argument("--std", type=float, default=2.0)
ap.add_argument("--seed", type=int, default=42)
ap.add_argument("--sample", type=int, default=5000, help="rows for trustworthiness")
args = ap.parse_args()

np.random.seed(args.seed)
X, y = make_blobs(n_samples=args.rows, n_features=args.features, centers=args.centers,
                  cluster_std=args.std)
scaled = MinMaxScaler().fit_transform(np.column_stack([X, np.random.uniform(size=len(X))]))

umap.UMAP(random_state=args.seed).fit_transform(scaled[:500])  # numba compiles here
start = time.perf_counter()
embedding = umap.UMAP(random_state=args.seed).fit_transform(scaled)
seconds = time.perf_counter() - start

rows = np.sort(np.random.RandomState(args.seed).permutation(args.rows)[:args.sample])
trust = trustworthiness(scaled[rows], embedding[rows], n_neighbors=10)
labels = KMeans(args.centers, n_init=10, random_state=42).fit_predict(embedding)
print(json.dumps({"rows": args.rows, "fit_seconds": round(seconds, 3),
                  "trustworthiness_sample": len(rows), "trustworthiness": float(trust),
                  "kmeans_ari": float(adjusted_rand_score(y, labels))}))
