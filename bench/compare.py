#!/usr/bin/env python3
"""Speed of LatentLab against the reference (scikit-learn + PyTorch), measured in one run.

  python3 bench/compare.py [--build build] [--reference ../shared/reference] [--scaling]

Runs ../shared/reference/seed_pipeline.py (needs Debian's python3-sklearn and python3-torch)
and build/bench/latentlab-bench on the same seed configuration, times scikit-learn's exact
silhouette on the same 30000 x 10 matrix, and prints a Markdown table of seconds and ratios.
--scaling adds LatentLab's per-stage seconds and peak memory from 10 k to 1 M rows.
--wide instead times a 1000 x 5000 table (CSV load, scale, PCA, training, metrics) with
build/bench/latentlab-bench-wide, and scikit-learn's load + MinMax + PCA on the same file.
Nothing here asserts a time: the numbers go into the README.
"""
import argparse, json, os, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--build", default=os.path.join(here, "..", "build"))
ap.add_argument("--reference", default=os.path.join(here, "..", "..", "shared", "reference"))
ap.add_argument("--python", default="/usr/bin/python3")
ap.add_argument("--scaling", action="store_true")
ap.add_argument("--wide", action="store_true", help="1000 x 5000 table only (README, Wide data)")
ap.add_argument("--threads", type=int, default=0, help="--wide: LatentLab's threads (0: all)")
ap.add_argument("--repeat", type=int, default=3, help="LatentLab runs; the fastest counts")
args = ap.parse_args()

bench = os.path.join(args.build, "bench", "latentlab-bench")


def ours(*options, repeat=None):
    runs = [json.loads(subprocess.check_output([bench, *options], text=True))
            for _ in range(repeat or args.repeat)]
    return {key: min(run[key] for run in runs) if isinstance(runs[0][key], float) else runs[0][key]
            for key in runs[0]}


def reference():
    script = os.path.join(args.reference, "seed_pipeline.py")
    env = dict(os.environ)
    out = subprocess.check_output([args.python, script], text=True, env=env)
    return json.loads(out)


SILHOUETTE_ONCE = r"""
import json, sys, time, numpy as np
from sklearn.datasets import make_blobs
from sklearn.preprocessing import MinMaxScaler
from sklearn.metrics import silhouette_score
np.random.seed(42)
X, y = make_blobs(n_samples=30000, n_features=9, centers=8, cluster_std=2.0)
S = MinMaxScaler().fit_transform(np.column_stack([X, np.random.uniform(size=len(X))]))
t = time.perf_counter(); s = silhouette_score(S, y); t = time.perf_counter() - t
print(json.dumps({"seconds": t, "value": s}))
"""


def sklearn_silhouette():
    return json.loads(subprocess.check_output([args.python, "-c", SILHOUETTE_ONCE], text=True))


def row(name, theirs, mine):
    ratio = theirs / mine if mine > 0 else float("inf")
    return f"| {name} | {theirs:.3f} | {mine:.3f} | {ratio:.1f}x |"


WIDE_SKLEARN = r"""
import json, sys, time, numpy as np
from sklearn.preprocessing import MinMaxScaler
from sklearn.decomposition import PCA
path, columns = sys.argv[1], int(sys.argv[2])
t = time.perf_counter()
X = np.loadtxt(path, delimiter=",", skiprows=1, usecols=range(columns))
load = time.perf_counter() - t
t = time.perf_counter(); S = MinMaxScaler().fit_transform(X); scale = time.perf_counter() - t
out = {"load": load, "scale": scale}
for solver in ("auto", "full"):
    t = time.perf_counter()
    p = PCA(n_components=2, svd_solver=solver); p.fit_transform(S)
    out["pca_" + solver] = time.perf_counter() - t
    out["ratio_" + solver] = [float(v) for v in p.explained_variance_ratio_]
print(json.dumps(out))
"""


def wide():
    tool = os.path.join(args.build, "bench", "latentlab-bench-wide")
    if not os.path.exists(tool):
        sys.exit(f"compare.py: {tool} not found; build first (cmake --build build)")
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        csv = os.path.join(folder, "wide.csv")
        command = [tool, "--csv", csv, "--threads", str(args.threads)]
        runs = [json.loads(subprocess.check_output(command, text=True))
                for _ in range(args.repeat)]
        mine = {k: min(r[k] for r in runs) if isinstance(runs[0][k], float) else runs[0][k]
                for k in runs[0]}
        theirs = json.loads(subprocess.check_output(
            [args.python, "-c", WIDE_SKLEARN, csv, str(mine["columns"])], text=True))
    print(f"| stage ({mine['rows']} x {mine['columns']}, {mine['file_mib']:.0f} MiB CSV) "
          "| scikit-learn s | LatentLab s | speed-up |")
    print("|---|---|---|---|")
    print(row("load CSV (numpy.loadtxt)", theirs["load"], mine["load"]))
    print(row("MinMax scaling", theirs["scale"], mine["scale"]))
    print(row("PCA, 2 components (sklearn 'auto': randomized)", theirs["pca_auto"], mine["pca"]))
    print(row("PCA, 2 components (sklearn 'full' SVD)", theirs["pca_full"], mine["pca"]))
    print(f"| autoencoder training ({mine['epochs']} epochs) | | {mine['train']:.3f} | |")
    print(f"| k-means, both spaces | | {mine['kmeans']:.3f} | |")
    print(f"| metrics (silhouettes, trustworthiness, ...) | | {mine['metrics']:.3f} | |")
    print(f"| **load + whole pipeline** | | {mine['total']:.3f} | |")
    print(f"\nLatentLab peak resident memory: {mine['peak_rss_mib']:.0f} MiB")
    print(f"Explained variance ratio: LatentLab {mine['pca_variance_ratio']}, "
          f"scikit-learn full {theirs['ratio_full']}, randomized {theirs['ratio_auto']}")


def main():
    if args.wide:
        wide()
        return
    if not os.path.exists(bench):
        sys.exit(f"compare.py: {bench} not found; build first (cmake --build build)")
    mine = ours()
    ref = reference()
    sil = sklearn_silhouette()
    rs = ref["seconds"]
    print(f"Reference metrics: {json.dumps({k: ref[k] for k in ('pca', 'ae')})}\n")
    print("| stage (seed config, n = 30000) | reference s | LatentLab s | speed-up |")
    print("|---|---|---|---|")
    for stage in ("generate", "scale", "pca", "train", "kmeans", "silhouette"):
        print(row(stage, rs[stage], mine[stage]))
    print(row("exact silhouette, one call, 30000 x 10", sil["seconds"], mine["silhouette_input"] / 2))
    print(row("whole pipeline (stages above)", rs["total_after_import"], mine["stages_total"]))
    print(row("whole pipeline, LatentLab's runPipeline (+ CH, DB, trustworthiness)",
              rs["total_after_import"], mine["pipeline"]))
    print(f"\nLatentLab peak resident memory: {mine['peak_rss_mib']:.0f} MiB")
    if args.scaling:
        print("\n| rows | silhouette | generate | scale | pca | train | kmeans | silhouette s | pipeline | peak MiB |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for n in (10_000, 30_000, 100_000, 300_000, 1_000_000):
            mode = "exact" if n <= 30_000 else "sampled"
            m = ours("--samples", str(n), "--silhouette", mode, repeat=1)
            print(f"| {n:,} | {mode} | " + " | ".join(f"{m[k]:.3f}" for k in
                  ("generate", "scale", "pca", "train", "kmeans", "silhouette", "pipeline"))
                  + f" | {m['peak_rss_mib']:.0f} |")


main()
