"""Reference values for tst_leiden: python-igraph's modularity of given partitions and its own
Leiden runs on three weighted graphs, written to graphs.json.

  /usr/bin/python3 tests/data/graph/make_graph_fixtures.py   # rewrites graphs.json

Needs Debian's python3-igraph 0.10.2, umap-learn, numpy. The graphs:
  karate  Zachary's karate club (igraph's Graph.Famous), every weight 1;
  iris    umap-learn's fuzzy simplicial set of tests/data/iris.csv (15 neighbours, Euclidean,
          raw features): the UMAP-style kNN graph scanpy's neighbours would give Leiden;
  sbm     a 300-vertex stochastic block model (5 blocks of 60, p_in 0.1, p_out 0.01) with
          weights uniform in [0.1, 1).
Two python-igraph 0.10.2 quirks this script works around (both checked in its sources):
  * Graph.modularity(membership, weights, resolution) drops `resolution` on its way to C, so
    the modularity here is GraphBase.modularity, which passes it;
  * igraph 0.10.2's community_leiden(n_iterations=-1) runs exactly one iteration (its loop
    stops as soon as an iteration changed something; fixed in igraph 0.10.17). The runs are
    stored as they are ("minus_one") and, as the stronger reference, iterated one at a time
    from the previous membership until the partition no longer changes ("until_stable").
python-igraph draws from Python's `random`, so random.seed(seed) repeats a run.
"""
import csv
import json
import os
import random
import warnings

import igraph as ig
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
RESOLUTIONS = [0.5, 1.0, 2.0]
SEEDS = [0, 1, 2, 3, 4]


def karate():
    graph = ig.Graph.Famous("Zachary")
    return graph, [1.0] * graph.ecount(), None


def iris():
    warnings.filterwarnings("ignore")  # numba's and umap's chatter
    from umap.umap_ import fuzzy_simplicial_set

    with open(os.path.join(HERE, "..", "iris.csv")) as source:
        rows = list(csv.reader(source))[1:]
    features = np.array([[float(v) for v in row[:4]] for row in rows])
    species = sorted(set(row[4] for row in rows))
    classes = [species.index(row[4]) for row in rows]
    fuzzy, _, _ = fuzzy_simplicial_set(
        features, 15, random_state=np.random.RandomState(0), metric="euclidean")
    fuzzy = fuzzy.tocoo()
    assert abs(fuzzy - fuzzy.T).max() == 0.0, "the fuzzy union is symmetric"
    upper = fuzzy.row < fuzzy.col
    edges = list(zip(fuzzy.row[upper].tolist(), fuzzy.col[upper].tolist()))
    graph = ig.Graph(n=features.shape[0], edges=edges)
    return graph, fuzzy.data[upper].tolist(), classes


def sbm():
    random.seed(2024)  # igraph's generator draws from Python's random
    blocks = 5
    preference = (np.full((blocks, blocks), 0.01) + np.eye(blocks) * 0.09).tolist()
    graph = ig.Graph.SBM(300, preference, [60] * blocks)
    weights = np.random.default_rng(7).uniform(0.1, 1.0, graph.ecount()).tolist()
    return graph, weights, [v // 60 for v in range(300)]


def modularity(graph, weights, labels, resolution):
    return ig.GraphBase.modularity(graph, labels, weights, resolution, False)


def same_partition(a, b):
    return ig.compare_communities(a, b, method="vi") == 0.0


def leiden_runs(graph, weights, resolution):
    minus_one, stable = [], []
    best = None
    for seed in SEEDS:
        random.seed(seed)
        labels = graph.community_leiden(objective_function="modularity", weights=weights,
                                        resolution_parameter=resolution,
                                        n_iterations=-1).membership
        minus_one.append({"modularity": modularity(graph, weights, labels, resolution),
                          "clusters": len(set(labels))})
        random.seed(seed)
        labels, iterations = None, 0
        while True:
            after = graph.community_leiden(objective_function="modularity", weights=weights,
                                           resolution_parameter=resolution, n_iterations=1,
                                           initial_membership=labels).membership
            iterations += 1
            if labels is not None and same_partition(labels, after):
                break
            labels = after
        run = {"modularity": modularity(graph, weights, labels, resolution),
               "clusters": len(set(labels)), "iterations": iterations}
        stable.append(run)
        if best is None or run["modularity"] > best[0]:
            best = (run["modularity"], labels)
    return {"resolution": resolution, "seeds": SEEDS, "minus_one": minus_one,
            "until_stable": stable, "best_labels": best[1]}


def partitions(graph, weights, classes, leiden):
    rng = np.random.default_rng(11)
    n = graph.vcount()
    given = {
        "leiden_best": next(r for r in leiden if r["resolution"] == 1.0)["best_labels"],
        "all_in_one": [0] * n,
        "singletons": list(range(n)),
        # Labels with gaps, so a label is not a cluster index.
        "random_with_gaps": rng.choice([0, 2, 5, 11], size=n).tolist(),
    }
    if classes is not None:
        given["classes"] = classes
    return [{"name": name, "labels": labels,
             "modularity": [{"resolution": r, "value": modularity(graph, weights, labels, r)}
                            for r in RESOLUTIONS]}
            for name, labels in given.items()]


def describe(name, graph, weights, classes):
    edges = graph.get_edgelist()
    leiden = [leiden_runs(graph, weights, r) for r in RESOLUTIONS]
    return {"name": name, "vertices": graph.vcount(),
            "from": [min(e) for e in edges], "to": [max(e) for e in edges], "weight": weights,
            "partitions": partitions(graph, weights, classes, leiden), "leiden": leiden}


graphs = [describe("karate", *karate()), describe("iris", *iris()), describe("sbm", *sbm())]
with open(os.path.join(HERE, "graphs.json"), "w") as out:
    json.dump({"python_igraph": ig.__version__, "graphs": graphs}, out, separators=(",", ":"))
    out.write("\n")
for graph in graphs:
    for run in graph["leiden"]:
        print(graph["name"], run["resolution"],
              "minus_one best %.6f" % max(r["modularity"] for r in run["minus_one"]),
              "until_stable best %.6f" % max(r["modularity"] for r in run["until_stable"]),
              "clusters", [r["clusters"] for r in run["until_stable"]])
