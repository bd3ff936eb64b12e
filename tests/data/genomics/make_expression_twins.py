#!/usr/bin/python3
"""Writes the recipe case's counts (recipe/counts.txt, the reference's own input) as a 10x
folder (scipy.io.mmwrite + gzip) and an AnnData .h5ad (anndata), so that LatentLab's readers
and recipe can be checked against genomics_pipeline.py's dumps of the same counts.

    /usr/bin/python3 tests/data/genomics/make_expression_twins.py

Cells are CELL000000-1 ..., genes GENE00000 ... (as make_counts.py names them); the 10x
features' ids are ID00000 ..., the .h5ad's var index the gene names. Needs Debian's
python3-numpy, -scipy, -pandas and -anndata.
"""
import gzip
import io
import os
import sys

import anndata
import numpy as np
import pandas as pd
import scipy.io
import scipy.sparse

here = os.path.dirname(os.path.abspath(__file__))
case = os.path.join(here, "recipe")


def read_counts(path):
    with open(path) as f:
        cells, genes = map(int, f.readline().split())
        rows, cols, vals = [], [], []
        for r in range(cells):
            previous = -1
            for item in f.readline().split():
                step, _, count = item.partition(":")
                previous += int(step)
                rows.append(r)
                cols.append(previous)
                vals.append(int(count) if count else 1)
    return scipy.sparse.csr_matrix((vals, (rows, cols)), shape=(cells, genes), dtype=np.float32)


def write_gz(path, text):
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write(text.encode())


counts = read_counts(os.path.join(case, "counts.txt"))
cells = [f"CELL{i:06d}-1" for i in range(counts.shape[0])]
genes = [f"GENE{j:05d}" for j in range(counts.shape[1])]

tenx = os.path.join(case, "tenx")
os.makedirs(tenx, exist_ok=True)
buffer = io.BytesIO()
scipy.io.mmwrite(buffer, counts.T.tocoo().astype(np.int64), field="integer")  # genes x cells
with gzip.GzipFile(os.path.join(tenx, "matrix.mtx.gz"), "wb", mtime=0) as f:
    f.write(buffer.getvalue())
write_gz(os.path.join(tenx, "features.tsv.gz"),
         "".join(f"ID{j:05d}\t{g}\tGene Expression\n" for j, g in enumerate(genes)))
write_gz(os.path.join(tenx, "barcodes.tsv.gz"), "".join(c + "\n" for c in cells))

adata = anndata.AnnData(X=counts, obs=pd.DataFrame(index=cells), var=pd.DataFrame(index=genes))
adata.write_h5ad(os.path.join(case, "counts.h5ad"), compression="gzip")
print(f"wrote {tenx} and counts.h5ad: {counts.shape[0]} cells x {counts.shape[1]} genes",
      file=sys.stderr)
