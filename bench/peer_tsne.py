"""scikit-learn 1.2's TSNE on the notebook's data, as bench_tsne.cpp runs ours: Gaussian blobs
(make_blobs after numpy.random.seed(seed)) plus one uniform noise column, MinMax-scaled.
Prints one JSON object: seconds for P (neighbours + joint probabilities) and for the rest
(initialisation + optimisation), the KL divergence scikit-learn reports, trustworthiness
(k = 10) on a seeded sample and the ARI of k-means (k = centres) against the truth.
Source ../shared/reference/peer_env.sh first so numpy runs on OpenBLAS. Usage:
  /usr/bin/python3 bench/peer_tsne.py [--rows 30000] [--seed 42] [--sample 5000] [--save f.npy]
"""
import argparse
import json
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.manifold import TSNE, _t_sne, trustworthiness
from sklearn.metrics import adjusted_rand_score
from sklearn.preprocessing import MinMaxScaler

ap = argparse.ArgumentParser()
ap.add_argument("--rows", type=int, default=30000)
ap.add_argument("--features", type=int, default=9)
ap.add_argument("--centers", type=int, default=8)
ap.add_argument("--std", type=float, default=2.0)
ap.add_argument("--seed", type=int, default=42)
ap.add_argument("--perplexity", type=float, default=30.0)
ap.add_argument("--sample", type=int, default=5000, help="rows for trustworthiness")
ap.add_argument("--verbose", type=int, default=0)
ap.add_argument("--save", default="", help="write the embedding here (.npy)")
args = ap.parse_args()

np.random.seed(args.seed)
X, y = make_blobs(n_samples=args.rows, n_features=args.features, centers=args.centers,
                  cluster_std=args.std)
scaled = MinMaxScaler().fit_transform(np.column_stack([X, np.random.uniform(size=len(X))]))

# P is built inside fit: note when the joint probabilities are done.
marks = {}
joint_probabilities_nn = _t_sne._joint_probabilities_nn


def timed_joint_probabilities_nn(*a, **k):
    P = joint_probabilities_nn(*a, **k)
    marks["p_done"] = time.perf_counter()
    return P


_t_sne._joint_probabilities_nn = timed_joint_probabilities_nn

tsne = TSNE(n_components=2, perplexity=args.perplexity, init="pca", learning_rate="auto",
            random_state=args.seed, verbose=args.verbose)
start = time.perf_counter()
embedding = tsne.fit_transform(scaled)
end = time.perf_counter()
if args.save:
    np.save(args.save, embedding)

sample = np.sort(np.random.RandomState(args.seed).permutation(args.rows)[:args.sample])
t = trustworthiness(scaled[sample], embedding[sample], n_neighbors=10)
clusters = KMeans(n_clusters=args.centers, n_init=10, random_state=args.seed).fit_predict(embedding)
print(json.dumps({
    "rows": args.rows,
    "p_seconds": marks["p_done"] - start,
    "optimisation_seconds": end - marks["p_done"],
    "total_seconds": end - start,
    "iterations": int(tsne.n_iter_) + 1,
    "kl_divergence": float(tsne.kl_divergence_),
    "trustworthiness_sample": int(len(sample)),
    "trustworthiness": float(t),
    "kmeans_ari": float(adjusted_rand_score(y, clusters)),
    "embedding_span": [float(v) for v in np.ptp(embedding, axis=0)],
}))
