#!/usr/bin/python3
"""Writes a large expression matrix for measuring expression_probe by hand (not a test):
50,000 cells x 20,000 genes at 10 % non-zero (~100 M entries) as a CSR big.h5ad (float32
data, int32 indices) and, with --mtx, a 10x folder (matrix.mtx in Cell Ranger order,
features.tsv, barcodes.tsv); ~0.8 GB + 1.4 GB, about ten minutes.

    /usr/bin/python3 tests/io/make_large_expression.py /tmp/large --mtx
    /usr/bin/time -v build/tests/io/expression_probe /tmp/large/big.h5ad
"""
import gzip, os, sys
import h5py, numpy as np
cells, genes, density = 50000, 20000, 0.1
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(1)
per_cell = rng.binomial(genes, density, cells)
indptr = np.concatenate([[0], np.cumsum(per_cell)])
nnz = int(indptr[-1])
strings = h5py.special_dtype(vlen=str)
with h5py.File(os.path.join(out, "big.h5ad"), "w") as f:
    f.attrs["encoding-type"] = "anndata"; f.attrs["encoding-version"] = "0.1.0"
    x = f.create_group("X")
    x.attrs["encoding-type"] = "csr_matrix"; x.attrs["encoding-version"] = "0.1.0"
    x.attrs["shape"] = np.array([cells, genes])
    data = x.create_dataset("data", (nnz,), dtype=np.float32)
    indices = x.create_dataset("indices", (nnz,), dtype=np.int32)
    x["indptr"] = indptr
    mtx = open(os.path.join(out, "matrix.mtx"), "w") if "--mtx" in sys.argv else None
    if mtx:
        mtx.write("%%MatrixMarket matrix coordinate integer general\n%\n")
        mtx.write(f"{genes} {cells} {nnz}\n")
    block = 2000
    for start in range(0, cells, block):
        stop = min(cells, start + block)
        rows = []
        for c in range(start, stop):
            rows.append(np.sort(rng.choice(genes, per_cell[c], replace=False)))
        cols = np.concatenate(rows)
        vals = rng.integers(1, 30, len(cols)).astype(np.float32)
        data[indptr[start]:indptr[stop]] = vals
        indices[indptr[start]:indptr[stop]] = cols
        if mtx:
            cell = np.repeat(np.arange(start, stop), per_cell[start:stop]) + 1
            np.savetxt(mtx, np.column_stack([cols + 1, cell, vals.astype(np.int64)]), fmt="%d")
        print(start, file=sys.stderr, flush=True)
    for name, n in (("obs", cells), ("var", genes)):
        g = f.create_group(name)
        g.attrs["encoding-type"] = "dataframe"; g.attrs["encoding-version"] = "0.2.0"
        g.attrs["_index"] = "_index"; g.attrs["column-order"] = np.array([], dtype=strings)
        d = g.create_dataset("_index", data=np.array([f"{name}{i}" for i in range(n)], dtype=object), dtype=strings)
        d.attrs["encoding-type"] = "string-array"; d.attrs["encoding-version"] = "0.2.0"
    if mtx:
        mtx.close()
        for name, n, prefix in (("barcodes.tsv", cells, "obs"), ("features.tsv", genes, "var")):
            with open(os.path.join(out, name), "w") as t:
                for i in range(n):
                    t.write(f"{prefix}{i}\tG{i}\tGene Expression\n" if name == "features.tsv" else f"{prefix}{i}\n")
