"""Reference values for tests/core/tsne, computed by scikit-learn 1.2 itself (Debian's
python3-sklearn):

  /usr/bin/python3 tests/data/tsne/make_tsne_fixtures.py    # rewrites tsne_reference.json

joint     TSNE's P as fit() builds it for method="barnes_hut": exact kNN with
          k = min(n - 1, int(3 perplexity + 1)), squared distances, then
          sklearn.manifold._t_sne._joint_probabilities_nn; each stored entry (i < j)
kl        sklearn.manifold._t_sne._kl_divergence (exact, degrees of freedom 1) of that P on a
          seeded embedding: the cost and its gradient; and _kl_divergence_bh's (angle 0.5)
quality   TSNE(init="pca", learning_rate="auto", random_state=seed) on each data set: the
          trustworthiness (k = 10) of the embedding, mean over the seeds, and
          kl_divergence_

Data (tests/data): iris (MinMax), wine (z-score), small_blobs (MinMax), the first 400 rows of
seed_blobs (MinMax of those rows), as tests/data/umap/make_umap_fixtures.py.
"""
import json
import os

import numpy as np
from scipy.spatial.distance import squareform
from sklearn.manifold import TSNE, trustworthiness
from sklearn.manifold import _t_sne
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import MinMaxScaler, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
SEEDS = [0, 1, 2]


def load(name, rows=None):
    raw = np.genfromtxt(os.path.join(DATA, name), delimiter=",", skip_header=1, dtype=str)
    if rows is not None:
        raw = raw[:rows]
    return raw[:, :-1].astype(float)


def datasets():
    return {
        "iris": MinMaxScaler().fit_transform(load("iris.csv")),
        "wine": StandardScaler().fit_transform(load("wine.csv")),
        "small_blobs": MinMaxScaler().fit_transform(load("small_blobs.csv")),
        "seed_blobs_400": MinMaxScaler().fit_transform(load("seed_blobs.csv", rows=400)),
    }


def g(values, digits=17):
    return [float("%.*g" % (digits, v)) for v in np.ravel(values)]


def joint(X, perplexity):
    n = X.shape[0]
    k = min(n - 1, int(3.0 * perplexity + 1))
    knn = NearestNeighbors(n_neighbors=k, metric="euclidean").fit(X)
    distances = knn.kneighbors_graph(mode="distance")
    distances.data **= 2
    P = _t_sne._joint_probabilities_nn(distances, perplexity, 0).tocoo()
    keep = P.row < P.col
    return P, {"perplexity": perplexity, "rows": n, "neighbors": k,
               "from": [int(v) for v in P.row[keep]], "to": [int(v) for v in P.col[keep]],
               "p": g(P.data[keep], 13)}


def kl_case(P, n):
    rng = np.random.RandomState(7)
    embedding = rng.normal(scale=3.0, size=(n, 2))
    condensed = squareform(P.toarray(), checks=False)
    kl, grad = _t_sne._kl_divergence(embedding.ravel(), condensed, 1, n, 2)
    bh_kl, bh_grad = _t_sne._kl_divergence_bh(embedding.ravel().copy(), P.tocsr(), 1, n, 2,
                                              angle=0.5)
    return {"embedding": g(embedding), "kl": float(kl), "gradient": g(grad),
            "bh_kl": float(bh_kl), "bh_gradient": g(bh_grad)}


def quality(X):
    runs = []
    for seed in SEEDS:
        model = TSNE(init="pca", learning_rate="auto", random_state=seed)
        embedding = model.fit_transform(X)
        runs.append({"seed": seed, "kl_divergence": float(model.kl_divergence_),
                     "trustworthiness": float(trustworthiness(X, embedding, n_neighbors=10))})
    return {"runs": runs, "trustworthiness": float(np.mean([r["trustworthiness"] for r in runs])),
            "kl_divergence": float(np.mean([r["kl_divergence"] for r in runs]))}


def main():
    data = datasets()
    joints, kls = {}, {}
    for name in ["iris", "wine", "seed_blobs_400"]:
        for perplexity in [30.0, 5.0]:
            P, case = joint(data[name], perplexity)
            joints[f"{name}_p{int(perplexity)}"] = case
            if perplexity == 30.0:
                kls[name] = kl_case(P, data[name].shape[0])
    content = {
        "source": "scikit-learn 1.2 (Debian): _joint_probabilities_nn on exact kNN, "
                  "_kl_divergence, TSNE(init='pca', learning_rate='auto')",
        "joint": joints, "kl": kls,
        "quality": {name: quality(X) for name, X in data.items()},
    }
    with open(os.path.join(HERE, "tsne_reference.json"), "w") as f:
        json.dump(content, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
