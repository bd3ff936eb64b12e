#!/bin/sh
# Regenerates the genomics fixtures in this folder from the reference scripts, which live
# outside the repository in ../shared/reference, seen from the main checkout's root (from
# a git worktree, from the checkout it belongs to); override with LATENTLAB_REFERENCE=/path.
# Needs Debian's python3-numpy, -scipy, -pandas and -sklearn.
#
#   sh tests/data/genomics/make_fixtures.sh
#
# Each case is a folder: counts.txt (the simulated input, sparse; see README.md) and what
# genomics_pipeline.py --dump wrote about it (kept_cells.txt, kept_genes.txt, hvg.csv,
# normalized_head.csv, scaled_head.csv, pca.json), copied as written, plus options.txt
# with the recipe options the case was run with.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
common=$(cd "$here" && git rev-parse --git-common-dir 2>/dev/null || echo "$here/../../../.git")
repo=$(cd "$here" && cd "$common/.." && pwd)
reference=${LATENTLAB_REFERENCE:-$repo/../shared/reference}
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# counts.csv (make_counts.py --csv) -> counts.txt, a small sparse text: "cells genes", then
# one line per cell listing its non-zero entries as "step:count", where step is the gene's
# 0-based column minus the previous entry's (the first entry's minus -1), and ":count" is
# left out when the count is 1.
to_sparse_text() {
    "$python" - "$1" "$2" <<'PY'
import sys, pandas as pd
df = pd.read_csv(sys.argv[1], index_col=0).drop(columns="cell_type")
with open(sys.argv[2], "w") as out:
    out.write(f"{df.shape[0]} {df.shape[1]}\n")
    for row in df.values:
        items, previous = [], -1
        for j, v in enumerate(row):
            if v != 0:
                items.append(f"{j - previous}" + ("" if v == 1 else f":{int(v)}"))
                previous = j
        out.write(" ".join(items) + "\n")
PY
}

# run_case NAME MIN_GENES MIN_CELLS TARGET_SUM N_TOP MAX_VALUE PCS
run_case() {
    name=$1
    "$python" "$reference/genomics_pipeline.py" "$work/$name.csv" --dump "$work/$name" --no-ae \
        --min-genes "$2" --min-cells "$3" --target-sum "$4" --n-top "$5" --max-value "$6" \
        --pcs "$7" >"$work/$name.json"
    mkdir -p "$here/$name"
    to_sparse_text "$work/$name.csv" "$here/$name/counts.txt"
    for f in kept_cells.txt kept_genes.txt hvg.csv normalized_head.csv scaled_head.csv pca.json; do
        cp "$work/$name/$f" "$here/$name/$f"
    done
    printf 'min_genes %s\nmin_cells %s\ntarget_sum %s\nn_top %s\nmax_value %s\npcs %s\n' \
        "$2" "$3" "$4" "$5" "$6" "$7" >"$here/$name/options.txt"
}

# recipe: the usual recipe on 300 cells x 1200 genes, 4 types; min_genes drops the
# shallowest cells and min_cells the rarest genes; clipping at 10 is active.
"$python" "$reference/make_counts.py" --cells 300 --genes 1200 --types 4 --depth 300 --seed 7 \
    --out "$work/recipe-src" --csv >/dev/null
mv "$work/recipe-src/counts.csv" "$work/recipe.csv"
run_case recipe 180 3 10000 300 10 50

# edges: 120 cells x 300 genes, no filters, provoked corner cases: gene 0 is zero in every
# cell (mean 0 -> 1e-12, dispersion 0 -> NaN, never chosen); gene 5 is raised 40-fold so
# it sits alone in the top mean bin (normalised dispersion 1); gene 11 is a copy of gene 10
# (equal scores) and n_top is set to gene 10's rank, so the cut-off falls on the tie and
# both are kept (n_top + 1 genes chosen).
"$python" "$reference/make_counts.py" --cells 120 --genes 300 --types 3 --depth 200 --seed 3 \
    --out "$work/edges-src" --csv >/dev/null
"$python" - "$work/edges-src/counts.csv" "$work/edges.csv" <<'PY'
import sys, pandas as pd
df = pd.read_csv(sys.argv[1], index_col=0)
genes = [c for c in df.columns if c != "cell_type"]
df[genes[0]] = 0
df[genes[5]] = df[genes[5]] * 40 + 40
df[genes[11]] = df[genes[10]]
df.to_csv(sys.argv[2])
PY
"$python" "$reference/genomics_pipeline.py" "$work/edges.csv" --dump "$work/edges-probe" --no-ae \
    --min-genes 0 --min-cells 0 --n-top 300 --pcs 5 >/dev/null
rank=$("$python" - "$work/edges-probe/hvg.csv" <<'PY'
import sys, pandas as pd
hv = pd.read_csv(sys.argv[1], index_col=0)["dispersions_norm"].dropna()
print(int((hv > hv["GENE00010"]).sum()) + 1)
PY
)
run_case edges 0 0 10000 "$rank" 4 20

# The recipe case's counts as a 10x folder and a .h5ad, for the readers + recipe test.
"$python" "$here/make_expression_twins.py"
