"""Reference values for the metric tests (tst_silhouette, tst_clustermetrics,
tst_trustworthiness), computed by scikit-learn 1.2 itself.

  /usr/bin/python3 tests/data/metric_references.py     # rewrites metric_references.json

Inputs the C++ tests cannot rebuild bit for bit (k-means labels, the PCA embedding, a random
projection, the tiny hand-made sets) are stored next to the values computed from them.
"""
import json
import os

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.manifold import trustworthiness
from sklearn.metrics import (adjusted_rand_score, calinski_harabasz_score, davies_bouldin_score,
                             normalized_mutual_info_score, silhouette_samples, silhouette_score)
from sklearn.preprocessing import MinMaxScaler

HERE = os.path.dirname(os.path.abspath(__file__))


def floats(a):
    return [float(v) for v in np.ravel(a)]


def rows(a):
    return [floats(r) for r in np.asarray(a)]


def ints(a):
    return [int(v) for v in np.ravel(a)]


def external(truth, predicted):
    return {"ari": float(adjusted_rand_score(truth, predicted)),
            "nmi": float(normalized_mutual_info_score(truth, predicted))}


def internal(X, labels):
    return {"calinski_harabasz": float(calinski_harabasz_score(X, labels)),
            "davies_bouldin": float(davies_bouldin_score(X, labels))}


def small_blobs():
    data = np.loadtxt(os.path.join(HERE, "small_blobs.csv"), delimiter=",", skiprows=1)
    X, y = data[:, :-1], data[:, -1].astype(int)
    S = MinMaxScaler().fit_transform(X)
    Z = PCA(n_components=2, svd_solver="full").fit_transform(S)
    k = 4
    # The fixture's deterministic k-means (Lloyd from the first k rows of the PCA embedding);
    # small_blobs.expected.json holds its first 20 labels and its ARI / NMI.
    km = KMeans(n_clusters=k, init=Z[:k].copy(), n_init=1, algorithm="lloyd", max_iter=300,
                tol=1e-4).fit(Z)
    labels = km.labels_
    # The same partition under codes with gaps, as a clustering with emptied clusters has.
    gap_codes = np.array([0, 3, 4, 7])
    gapped = gap_codes[labels]
    projection = np.random.RandomState(7).standard_normal((S.shape[1], 2))
    R = S @ projection
    out = {
        "kmeans_labels": ints(labels),
        "gap_codes": ints(gap_codes),
        "pca_embedding": rows(Z),
        "random_projection_embedding": rows(R),
        "kmeans_vs_truth": external(y, labels),
        "gapped_kmeans_vs_truth": external(y, gapped),
        "truth_scaled_input": internal(S, y),
        "kmeans_scaled_input": internal(S, labels),
        "gapped_kmeans_scaled_input": internal(S, gapped),
        "kmeans_pca": internal(Z, labels),
        "gapped_kmeans_silhouette_scaled_input": {
            "score": float(silhouette_score(S, gapped)),
            "samples": floats(silhouette_samples(S, gapped))},
        "kmeans_silhouette_pca": float(silhouette_score(Z, labels)),
        "sampled_silhouette_truth_scaled_input": [
            {"sample_size": m, "seed": seed,
             "score": float(silhouette_score(S, y, sample_size=m, random_state=seed))}
            for m, seed in ((200, 42), (50, 7))],
        "trustworthiness": {
            f"{name}_k{k}": float(trustworthiness(S, E, n_neighbors=k))
            for name, E in (("pca", Z), ("random_projection", R)) for k in (10, 5)},
    }
    return out


def tiny_cases():
    rng = np.random.RandomState(0)
    cases = {}
    # Cluster codes {0, 2, 5}: gaps must not create empty clusters.
    X = rng.rand(12, 2)
    labels = np.array([0, 0, 2, 2, 2, 5, 5, 0, 5, 2, 0, 5])
    truth = np.array([1, 1, 1, 2, 2, 3, 3, 1, 3, 2, 1, 1])
    cases["gaps"] = {"points": rows(X), "labels": ints(labels), "truth": ints(truth),
                     "silhouette": floats(silhouette_samples(X, labels)),
                     **internal(X, labels), **external(truth, labels)}
    # A cluster of one point: its silhouette is 0.
    X = rng.rand(9, 3)
    labels = np.array([4, 4, 4, 1, 1, 1, 1, 7, 4])
    truth = np.array([0, 0, 0, 1, 1, 1, 1, 1, 0])
    cases["singleton"] = {"points": rows(X), "labels": ints(labels), "truth": ints(truth),
                          "silhouette": floats(silhouette_samples(X, labels)),
                          **internal(X, labels), **external(truth, labels)}
    # Single clusters: scikit-learn's special cases of the external scores.
    one = [3] * 6
    many = [0, 1, 1, 2, 2, 2]
    cases["single_cluster"] = {"one": one, "many": many,
                               "one_vs_one": external(one, [8] * 6),
                               "one_vs_many": external(one, many),
                               "many_vs_one": external(many, one)}
    # Two clusters with the same centroid (1, 0): Davies-Bouldin must skip their ratio.
    X = np.array([[0.0, 0.0], [2.0, 0.0], [1.0, 1.0], [1.0, -1.0], [5.0, 5.0], [6.0, 5.5]])
    labels = np.array([0, 0, 1, 1, 2, 2])
    cases["shared_centroid"] = {"points": rows(X), "labels": ints(labels), **internal(X, labels)}
    # Generic points (no distance ties) for trustworthiness.
    X = rng.rand(24, 5)
    E = X @ rng.standard_normal((5, 2))
    cases["trustworthiness"] = {"points": rows(X), "embedding": rows(E),
                                "k3": float(trustworthiness(X, E, n_neighbors=3)),
                                "k11": float(trustworthiness(X, E, n_neighbors=11))}
    return cases


if __name__ == "__main__":
    import sklearn

    result = {"generator": f"tests/data/metric_references.py, scikit-learn {sklearn.__version__}",
              "small_blobs": small_blobs(), "tiny": tiny_cases()}
    with open(os.path.join(HERE, "metric_references.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print("metric_references.json written")
