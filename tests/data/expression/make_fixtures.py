#!/usr/bin/python3
"""Writes the expression-reader fixtures of tests/data/expression with anndata, scipy and h5py
(Debian: python3-anndata, python3-scipy, python3-h5py), and expected.json with the values the
C++ readers must give, taken from the python objects (never from LatentLab's own output).

    /usr/bin/python3 tests/data/expression/make_fixtures.py

Small on purpose: a few cells and genes per file, tens of KB in all.
"""
import gzip
import json
import os
import shutil

import anndata as ad
import h5py
import numpy as np
import pandas as pd
import scipy.io
import scipy.sparse as sp

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, "bad")

COUNTS = np.array([[0, 3, 0, 1, 0],
                   [2, 0, 0, 0, 7],
                   [0, 0, 0, 0, 0],
                   [1, 1, 4, 0, 0],
                   [0, 0, 5, 0, 2],
                   [9, 0, 0, 6, 0]])
CELLS = ["AAACCTGA-1", "AAACGGGC-1", "AAAGATGG-1", "AACTCAGT-1", "AAGGCAGC-1", "ACATACGT-1"]
GENE_IDS = ["ENSG00000001", "ENSG00000002", "ENSG00000003", "ENSG00000004", "ENSG00000005"]
GENE_SYMBOLS = ["CD3E", "MS4A1", "LYZ", "NKG7", "PPBP"]


def obs_frame():
    return pd.DataFrame(
        {
            "cell_type": pd.Categorical(["T", "B", None, "T", "Mono", "B"]),
            "n_counts": np.array([4.0, 9.0, 0.0, 6.5, 7.0, np.nan]),
            "batch": np.array([1, 1, 2, 2, 3, 3], dtype=np.int64),
            "is_doublet": np.array([False, True, False, False, True, False]),
            "donor": ["d1", "d1", "d2", "d2", "d3", "d3"],
        },
        index=pd.Index(CELLS),
    )


def var_frame(column="gene_symbols", ids=GENE_IDS, symbols=GENE_SYMBOLS):
    return pd.DataFrame({column: symbols}, index=pd.Index(ids))


def texts(series):
    """A column as the reader must give it: text, "" for missing; numbers stay numbers."""
    if isinstance(series.dtype, pd.CategoricalDtype) or series.dtype == object:
        return ["" if pd.isna(v) else str(v) for v in series]
    if series.dtype == bool:
        return ["True" if v else "False" for v in series]
    return [None if pd.isna(v) else float(v) for v in series]


def expected_of(adata, matrix="X", names_column="gene_symbols"):
    if matrix == "raw":
        values, var = adata.raw.X, adata.raw.var
    elif matrix.startswith("layers/"):
        values, var = adata.layers[matrix[7:]], adata.var
    else:
        values, var = adata.X, adata.var
    dense = values.toarray() if sp.issparse(values) else np.asarray(values)
    return {
        "shape": list(dense.shape),
        "values": [float(v) for v in dense.ravel()],
        "cells": list(adata.obs_names),
        "gene_ids": list(var.index),
        "gene_names": list(var[names_column]) if names_column in var else list(var.index),
        "obs": {name: texts(adata.obs[name]) for name in adata.obs.columns},
    }


def write_h5ad(name, adata, **kwargs):
    path = os.path.join(HERE, name)
    adata.write_h5ad(path, **kwargs)
    return path


def h5ad_fixtures(expected):
    counts = COUNTS.astype(np.float32)
    dense = ad.AnnData(X=counts, obs=obs_frame(), var=var_frame())
    write_h5ad("dense_float32.h5ad", dense)
    expected["dense_float32.h5ad"] = expected_of(ad.read_h5ad(os.path.join(HERE, "dense_float32.h5ad")))

    csr = ad.AnnData(X=sp.csr_matrix(counts), obs=obs_frame(), var=var_frame())
    write_h5ad("csr_float32_gzip.h5ad", csr, compression="gzip")
    expected["csr_float32_gzip.h5ad"] = expected_of(csr)

    wide = sp.csr_matrix(COUNTS.astype(np.int64))
    wide.indices = wide.indices.astype(np.int64)
    wide.indptr = wide.indptr.astype(np.int64)
    csr64 = ad.AnnData(X=wide, obs=obs_frame(), var=var_frame("feature_name"), dtype=np.int64)
    path = write_h5ad("csr_int64_indices.h5ad", csr64)
    with h5py.File(path, "r") as f:  # the point of this file: int64 indices and integer data
        assert f["X/indices"].dtype == np.int64 and f["X/data"].dtype.kind == "i"
    expected["csr_int64_indices.h5ad"] = expected_of(csr64, names_column="feature_name")

    csc = ad.AnnData(X=sp.csc_matrix(COUNTS.astype(np.float64) / 2), obs=obs_frame(),
                     var=var_frame())
    write_h5ad("csc_float64.h5ad", csc)
    expected["csc_float64.h5ad"] = expected_of(csc)

    # raw holds all five genes' counts; X the log-normalised first three; layers/counts ints
    full = ad.AnnData(X=sp.csr_matrix(counts), obs=obs_frame(), var=var_frame())
    full.raw = full
    subset = full[:, :3].copy()
    subset.X = sp.csr_matrix(np.log1p(counts[:, :3]))
    subset.layers["counts"] = sp.csr_matrix(COUNTS[:, :3].astype(np.int32))
    path = write_h5ad("raw_layers.h5ad", subset)
    back = ad.read_h5ad(path)
    expected["raw_layers.h5ad"] = expected_of(back)
    expected["raw_layers.h5ad#raw"] = expected_of(back, "raw")
    expected["raw_layers.h5ad#layers/counts"] = expected_of(back, "layers/counts")


def legacy_fixture(expected):
    """anndata 0.7's layout, written by hand: h5sparse_* attributes on X and categoricals as
    int codes whose `categories` attribute refers to obs/__categories/NAME."""
    path = os.path.join(HERE, "legacy_anndata07.h5ad")
    matrix = sp.csr_matrix(COUNTS.astype(np.float32))
    obs = obs_frame()
    strings = h5py.special_dtype(vlen=str)
    with h5py.File(path, "w") as f:
        x = f.create_group("X")
        x.attrs["h5sparse_format"] = "csr"
        x.attrs["h5sparse_shape"] = np.array(matrix.shape)
        x["data"], x["indices"], x["indptr"] = matrix.data, matrix.indices, matrix.indptr
        for name, frame in (("obs", obs[["cell_type", "batch"]]), ("var", var_frame())):
            g = f.create_group(name)
            g.attrs["_index"] = "index"
            g.attrs["column-order"] = np.array(list(frame.columns), dtype=object).astype(strings)
            g.attrs["encoding-type"] = "dataframe"
            g.attrs["encoding-version"] = "0.1.0"
            g.create_dataset("index", data=np.array(frame.index, dtype=object), dtype=strings)
            for column in frame.columns:
                values = frame[column]
                if isinstance(values.dtype, pd.CategoricalDtype):
                    cats = g.require_group("__categories").create_dataset(
                        column, data=np.array(values.cat.categories, dtype=object), dtype=strings)
                    codes = g.create_dataset(column, data=values.cat.codes.to_numpy())
                    codes.attrs["categories"] = cats.ref
                elif values.dtype == object:
                    g.create_dataset(column, data=np.array(values, dtype=object), dtype=strings)
                else:
                    g.create_dataset(column, data=values.to_numpy())
    # anndata itself must read the emulation the same way, or the layout is wrong
    back = ad.read_h5ad(path)
    assert list(back.obs["cell_type"].astype(str)) == list(obs["cell_type"].astype(str))
    assert (back.X.toarray() == COUNTS).all()
    expected["legacy_anndata07.h5ad"] = expected_of(back)


def write_mtx(folder, matrix, features, barcodes, gz, shuffle):
    os.makedirs(folder, exist_ok=True)
    coo = sp.coo_matrix(matrix)  # genes x cells
    order = np.lexsort((coo.row, coo.col))  # Cell Ranger's order: by cell, then gene
    if shuffle:
        order = np.random.default_rng(7).permutation(len(coo.data))
    coo = sp.coo_matrix((coo.data[order], (coo.row[order], coo.col[order])), shape=coo.shape)
    scipy.io.mmwrite(os.path.join(folder, "matrix.mtx"), coo, field="integer",
                     comment="written by make_fixtures.py")
    tables = {"features.tsv" if len(features[0]) == 3 else "genes.tsv": features,
              "barcodes.tsv": [[b] for b in barcodes]}
    for name, rows in tables.items():
        with open(os.path.join(folder, name), "w") as out:
            out.writelines("\t".join(r) + "\n" for r in rows)
    if gz:
        for name in ["matrix.mtx"] + list(tables):
            plain = os.path.join(folder, name)
            with open(plain, "rb") as src, gzip.GzipFile(plain + ".gz", "wb", mtime=0) as dst:
                shutil.copyfileobj(src, dst)
            os.remove(plain)


def tenx_fixtures(expected):
    genes_by_cells = COUNTS.T
    v3 = [[i, s, "Gene Expression"] for i, s in zip(GENE_IDS, GENE_SYMBOLS)]
    with_antibody = np.vstack([genes_by_cells, [[5, 0, 1, 0, 0, 3]]])
    write_mtx(os.path.join(HERE, "tenx_v3"), with_antibody, v3 + [["CD4_TotalSeqB", "CD4",
              "Antibody Capture"]], CELLS, gz=True, shuffle=False)
    write_mtx(os.path.join(HERE, "tenx_v2"), genes_by_cells,
              [[i, s] for i, s in zip(GENE_IDS, GENE_SYMBOLS)], CELLS, gz=False, shuffle=True)
    # read back with scipy: the expected values are scipy's, not the writer's intent
    for name, gz in (("tenx_v3", True), ("tenx_v2", False)):
        folder = os.path.join(HERE, name)
        mtx = os.path.join(folder, "matrix.mtx.gz" if gz else "matrix.mtx")
        with (gzip.open(mtx) if gz else open(mtx, "rb")) as stream:
            cells_by_genes = scipy.io.mmread(stream).T.toarray()
        feature_file = "features.tsv.gz" if gz else "genes.tsv"
        barcode_file = "barcodes.tsv.gz" if gz else "barcodes.tsv"
        opener = gzip.open if gz else open
        with opener(os.path.join(folder, feature_file), "rt") as stream:
            features = [line.rstrip("\n").split("\t") for line in stream]
        with opener(os.path.join(folder, barcode_file), "rt") as stream:
            barcodes = [line.rstrip("\n") for line in stream]
        keep = [k for k, f in enumerate(features) if len(f) < 3 or f[2] == "Gene Expression"]
        expected[name] = {
            "shape": [cells_by_genes.shape[0], len(keep)],
            "values": [float(v) for v in cells_by_genes[:, keep].ravel()],
            "cells": barcodes,
            "gene_ids": [features[k][0] for k in keep],
            "gene_names": [features[k][1] for k in keep],
            "all_features": len(features),
        }


def bad_fixtures():
    os.makedirs(BAD, exist_ok=True)
    # the broken files start from a minimal CSR file (no obs/var columns): small to commit
    plain = ad.AnnData(X=sp.csr_matrix(COUNTS.astype(np.float32)), obs=pd.DataFrame(index=CELLS),
                       var=pd.DataFrame(index=GENE_IDS))
    good = os.path.join(BAD, "plain.h5ad")
    plain.write_h5ad(good)
    with open(os.path.join(BAD, "not_hdf5.h5ad"), "w") as out:
        out.write("cell,gene\nA,1\n")
    with open(good, "rb") as src:
        content = src.read()
    with open(os.path.join(BAD, "truncated.h5ad"), "wb") as out:
        out.write(content[: len(content) // 2])

    def edited(name, edit, source=good):
        path = os.path.join(BAD, name)
        shutil.copy(source, path)
        with h5py.File(path, "r+") as f:
            edit(f)

    edited("no_x.h5ad", lambda f: f.__delitem__("X"))

    def decreasing(f):
        indptr = f["X/indptr"][...]
        indptr[3], indptr[4] = indptr[4], indptr[3]
        del f["X/indptr"]
        f["X/indptr"] = indptr
    edited("indptr_decreasing.h5ad", decreasing)

    def outside(f):
        indices = f["X/indices"][...]
        indices[4] = 99
        del f["X/indices"]
        f["X/indices"] = indices
    edited("index_out_of_range.h5ad", outside)

    def fewer_obs(f):
        del f["obs/_index"]
        f.create_dataset("obs/_index", data=np.array(CELLS[:5], dtype=object),
                         dtype=h5py.special_dtype(vlen=str))
    edited("shape_vs_obs.h5ad", fewer_obs)

    def strings(f):
        del f["X"]
        f.create_dataset("X", data=np.array([["a", "b"], ["c", "d"]], dtype=object),
                         dtype=h5py.special_dtype(vlen=str))
    edited("string_x.h5ad", strings)
    os.remove(good)

    mtx = {
        "not_header.mtx": "%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n4\n",
        "outside.mtx": "%%MatrixMarket matrix coordinate integer general\n%c\n3 2 2\n1 1 5\n4 2 1\n",
        "fewer.mtx": "%%MatrixMarket matrix coordinate integer general\n3 2 4\n1 1 5\n2 2 1\n",
        "not_number.mtx": "%%MatrixMarket matrix coordinate real general\n3 2 2\n1 1 5\n2 2 x7\n",
        "huge.mtx": "%%MatrixMarket matrix coordinate integer general\n"
                    "1000000 1000000 1000000000000\n1 1 1\n",
    }
    for name, text in mtx.items():
        with open(os.path.join(BAD, name), "w") as out:
            out.write(text)
    v2 = os.path.join(HERE, "tenx_v2")
    for name, table, cut in (("tenx_short_features", "genes.tsv", 1),
                             ("tenx_long_barcodes", "barcodes.tsv", -1)):
        folder = os.path.join(BAD, name)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(v2, folder)
        with open(os.path.join(folder, table)) as stream:
            lines = stream.readlines()
        lines = lines[:-cut] if cut > 0 else lines + ["TTTTTTTT-1\n"]
        with open(os.path.join(folder, table), "w") as out:
            out.writelines(lines)


def foreign_hdf5_fixtures():
    """HDF5 expression files that are not AnnData: Cell Ranger's .h5 and a loom file."""
    csc = sp.csc_matrix(COUNTS.T.astype(np.int32))  # genes x cells, as Cell Ranger stores it
    with h5py.File(os.path.join(BAD, "cellranger.h5"), "w") as f:
        m = f.create_group("matrix")
        m["barcodes"] = np.array(CELLS, dtype="S")
        m["data"], m["indices"], m["indptr"] = csc.data, csc.indices, csc.indptr
        m["shape"] = np.array(csc.shape, dtype=np.int32)
        features = m.create_group("features")
        features["id"] = np.array(GENE_IDS, dtype="S")
        features["name"] = np.array(GENE_SYMBOLS, dtype="S")
    with h5py.File(os.path.join(BAD, "cells.loom"), "w") as f:
        f["matrix"] = COUNTS.T.astype(np.float32)
        f.create_group("row_attrs")["Gene"] = np.array(GENE_SYMBOLS, dtype="S")
        f.create_group("col_attrs")["CellID"] = np.array(CELLS, dtype="S")


def labels_fixtures():
    with open(os.path.join(HERE, "labels.csv"), "w") as out:
        out.write("barcode,cell_type,score\n")
        for cell, label in zip(reversed(CELLS), ["B", "Mono", "T", "", "B", "T"]):
            out.write(f"{cell},{label},0.5\n")
        out.write("NOTINDATA-1,T,0.1\n")
    with open(os.path.join(HERE, "labels_partial.tsv"), "w") as out:
        out.write("cell\tlabel\n")
        for cell, label in zip(CELLS[:2], ["T", "B"]):
            out.write(f"{cell}\t{label}\n")


def main():
    expected = {}
    foreign_hdf5_fixtures()
    h5ad_fixtures(expected)
    legacy_fixture(expected)
    tenx_fixtures(expected)
    bad_fixtures()
    labels_fixtures()
    with open(os.path.join(HERE, "expected.json"), "w") as out:
        json.dump(expected, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
