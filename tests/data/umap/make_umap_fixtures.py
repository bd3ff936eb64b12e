"""Reference values for tests/core/neighbors and tests/core/umap, computed by scikit-learn 1.2
and umap-learn 0.5.3 themselves (Debian's packages):

  /usr/bin/python3 tests/data/umap/make_umap_fixtures.py    # rewrites the three JSON files

neighbors_reference.json   scikit-learn's exact kNN (KD tree: distances summed directly, so
                           duplicate rows tie exactly), k + 5 columns so that ties cut by the
                           k-th column can be checked
umap_graph_reference.json  umap-learn's smooth kNN distances (sigma, rho), its fuzzy union and
                           find_ab_params' (a, b) for several (min_dist, spread)
umap_quality_reference.json  umap-learn's embeddings scored as the C++ test scores ours:
                           trustworthiness (k = 10) and the ARI of k-means against the classes

Data (tests/data): iris (MinMax), wine (z-score: its columns span 0.1 to 1680), small_blobs
(MinMax) and the first 400 rows of seed_blobs (MinMax of those rows). Each kNN handed to
umap-learn is scikit-learn's, so the graph does not depend on umap-learn's own search.
"""
import json
import os

import numpy as np
from sklearn.cluster import KMeans
from sklearn.manifold import trustworthiness
from sklearn.metrics import adjusted_rand_score
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import MinMaxScaler, StandardScaler
import umap
from umap.umap_ import find_ab_params, fuzzy_simplicial_set

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
EXTRA = 5  # neighbour columns beyond k, to resolve ties at the k-th column
QUALITY_SEEDS = [0, 1, 2, 3, 4]


def load(name, rows=None):
    raw = np.genfromtxt(os.path.join(DATA, name), delimiter=",", skip_header=1, dtype=str)
    if rows is not None:
        raw = raw[:rows]
    X = raw[:, :-1].astype(float)
    _, labels = np.unique(raw[:, -1], return_inverse=True)
    return X, labels


def datasets():
    iris, iris_y = load("iris.csv")
    wine, wine_y = load("wine.csv")
    blobs, blobs_y = load("small_blobs.csv")
    seed, seed_y = load("seed_blobs.csv", rows=400)
    return {
        "iris": (MinMaxScaler().fit_transform(iris), iris_y, "minmax"),
        "wine": (StandardScaler().fit_transform(wine), wine_y, "zscore"),
        "small_blobs": (MinMaxScaler().fit_transform(blobs), blobs_y, "minmax"),
        "seed_blobs_400": (MinMaxScaler().fit_transform(seed), seed_y, "minmax"),
    }


def g(values, digits=17):
    return [float("%.*g" % (digits, v)) for v in np.ravel(values)]


def knn(X, k):
    distances, indices = NearestNeighbors(n_neighbors=k, algorithm="kd_tree").fit(X).kneighbors(X)
    return indices, distances


def neighbour_case(X, k, description):
    indices, distances = knn(X, k + EXTRA)
    return {"description": description, "k": k, "columns": k + EXTRA,
            "indices": [int(v) for v in indices.ravel()], "distances": g(distances, 16)}


def graph_case(X, k, store_knn):
    indices, distances = knn(X, k)
    graph, sigmas, rhos = fuzzy_simplicial_set(X, k, None, "euclidean", knn_indices=indices,
                                               knn_dists=distances)
    upper = graph.tocoo()
    keep = upper.row < upper.col
    case = {"k": k, "rows": int(X.shape[0]), "sigmas": g(sigmas, 9), "rhos": g(rhos, 9),
            "from": [int(v) for v in upper.row[keep]], "to": [int(v) for v in upper.col[keep]],
            "weight": g(upper.data[keep], 9)}
    if store_knn:  # data with exact ties: the test takes this kNN rather than its own
        case["knn_indices"] = [int(v) for v in indices.ravel()]
    return case


def quality_case(X, y):
    classes = int(y.max()) + 1
    runs = []
    for seed in QUALITY_SEEDS:
        embedding = umap.UMAP(random_state=seed).fit_transform(X)
        labels = KMeans(n_clusters=classes, n_init=10, random_state=42).fit_predict(embedding)
        runs.append({"seed": seed,
                     "trustworthiness": float(trustworthiness(X, embedding, n_neighbors=10)),
                     "ari": float(adjusted_rand_score(y, labels))})
    return {"classes": classes, "labels": [int(v) for v in y], "runs": runs,
            "trustworthiness": float(np.mean([r["trustworthiness"] for r in runs])),
            "ari": float(np.mean([r["ari"] for r in runs]))}


def write(name, content):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(content, f, separators=(",", ":"))
        f.write("\n")


def main():
    data = datasets()
    iris_raw, _ = load("iris.csv")
    write("neighbors_reference.json", {
        "source": "sklearn.neighbors.NearestNeighbors(algorithm='kd_tree').kneighbors(X), "
                  "scikit-learn 1.2.1; the query rows are the fitted rows",
        "iris_raw": neighbour_case(iris_raw, 15, "iris as read: rows 101 and 142 are equal and "
                                   "many distances tie (one decimal place)"),
        "wine_zscore": neighbour_case(data["wine"][0], 10, "wine, StandardScaler"),
    })

    ab = []
    for min_dist, spread in [(0.1, 1.0), (0.0, 1.0), (0.001, 1.0), (0.5, 1.0), (0.3, 2.0),
                             (0.05, 0.5), (0.99, 1.0)]:
        a, b = find_ab_params(spread, min_dist)
        ab.append({"min_dist": min_dist, "spread": spread, "a": float(a), "b": float(b)})
    graphs = {name: graph_case(data[name][0], 15, name == "iris")
              for name in ["iris", "wine", "seed_blobs_400"]}
    graphs["iris_k5"] = graph_case(data["iris"][0], 5, True)
    write("umap_graph_reference.json", {
        "source": "umap.umap_.fuzzy_simplicial_set (umap-learn 0.5.3) on scikit-learn's exact "
                  "kNN; find_ab_params(spread, min_dist)",
        "graphs": graphs, "ab": ab})

    write("umap_quality_reference.json", {
        "source": "umap.UMAP(random_state=seed) defaults (15 neighbours, min_dist 0.1, spectral "
                  "init), umap-learn 0.5.3; trustworthiness(k=10) and adjusted_rand_score of "
                  "KMeans(classes, n_init=10, random_state=42) on the embedding",
        "cases": {name: quality_case(X, y) | {"scaling": scaling}
                  for name, (X, y, scaling) in data.items()}})


if __name__ == "__main__":
    main()
