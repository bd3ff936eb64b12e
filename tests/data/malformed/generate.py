#!/usr/bin/env python3
"""Writes the malformed-input corpus: tables and config files that latentlab-cli must reject
with exit code 2 and one line on stderr, and the GUI with a message box that keeps the
current results. Deterministic (fixed seed); re-run after changing it and commit the output.

    python3 tests/data/malformed/generate.py

Each file's name says what is wrong with it. expected.tsv maps every file to a fragment its
error message must contain (the place: a line, a column, a byte, a key or the file's name).
Fragments quote non-printable characters as the messages show them: \x1B, \u202E."""
import io
import json
import random
import shutil
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(20261128)
expected = []  # (relative path, fragment of the message)


def write(kind, name, content, fragment):
    folder = HERE / kind
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    expected.append((f"{kind}/{name}", fragment))


GOOD_ROWS = [[round(rng.uniform(-5, 5), 3) for _ in range(4)] for _ in range(12)]
HEADER = "x1,x2,x3,x4"


def table(rows, header=HEADER, sep=",", eol="\n"):
    lines = [header.replace(",", sep)] + [sep.join(str(v) for v in row) for row in rows]
    return eol.join(lines) + eol


def csvs():
    good = table(GOOD_ROWS)
    # Truncated: cut inside a row, before its last delimiter, so the row is short.
    lines = good.splitlines(keepends=True)
    for i in range(1, 31):
        row = 1 + (i % (len(lines) - 1))
        cut_line = lines[row]
        cut = rng.randrange(1, cut_line.rindex(","))
        content = "".join(lines[:row]) + cut_line[:cut]
        write("csv", f"truncated-{i:02d}.csv", content, f"line {row + 1}")
    # Binary garbage: random bytes, with NULs; and random bytes after a valid header.
    for i in range(1, 16):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(8, 400)))
        write("csv", f"binary-{i:02d}.csv", b"\x00" + data, "binary content at byte 1)")
    for i in range(1, 11):
        data = bytes(rng.randrange(1, 256) for _ in range(rng.randrange(20, 200)))
        write("csv", f"binary-after-header-{i:02d}.csv", (HEADER + "\n").encode() + b"\x00" + data,
              "binary content at byte 13, line 2)")
    # Numbers that are not finite or not numbers at all, each in a known cell.
    bad_numbers = ["1e400", "-1e400", "1e99999", "inf", "-inf", "Infinity", "nan", "NaN", "1.2.3",
                   "1e", "--1", "+-2", "0x1A", "1,5", "3 4", "one", "1_000", "١٢", "1e+", ".",
                   "-", "+", "e5", "1..2", "TRUE", "1/2", "12%", "$5", "∞", "1e-400x"]
    for i, text in enumerate(bad_numbers, 1):
        rows = [row[:] for row in GOOD_ROWS]
        r, c = rng.randrange(len(rows)), rng.randrange(4)
        rows[r][c] = f'"{text}"' if "," in text else text
        write("csv", f"bad-number-{i:02d}.csv", table(rows), f"line {r + 2}, column 'x{c + 1}'")
    # Empty cells, also with -0 and CRLF / BOM around them (those alone are fine).
    for i in range(1, 11):
        rows = [row[:] for row in GOOD_ROWS]
        rows[0][0] = "-0"
        r, c = rng.randrange(len(rows)), rng.randrange(1, 4)
        rows[r][c] = ""
        eol = "\r\n" if i % 2 else "\n"
        bom = "\ufeff" if i % 3 == 0 else ""
        write("csv", f"empty-cell-{i:02d}.csv", bom + table(rows, eol=eol),
              f"line {r + 2}, column 'x{c + 1}'")
    # Byte-order marks of encodings other than UTF-8.
    text = table(GOOD_ROWS)
    write("csv", "utf16-le-bom.csv", b"\xff\xfe" + text.encode("utf-16-le"), "UTF-16")
    write("csv", "utf16-be-bom.csv", b"\xfe\xff" + text.encode("utf-16-be"), "UTF-16")
    write("csv", "utf32-le-bom.csv", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"), "UTF-")
    write("csv", "utf8-bom-then-bad-cell.csv", "\ufeff" + table([[1, 2, 3, 4], [5, "x", 7, 8]]),
          "line 3, column 'x2'")
    write("csv", "crlf-bad-cell.csv", table([[1, 2, 3, 4], [5, 6, "?", 8]], eol="\r\n"),
          "line 3, column 'x3'")
    # Duplicated header names make a label or ignored column ambiguous.
    for i, header in enumerate(["x1,x1,x3,x4", "x1,x2,x3,x1", "a,b,a,b", "x1, x1 ,x3,x4"], 1):
        write("csv", f"duplicate-header-{i}.csv", table(GOOD_ROWS, header=header), "twice")
    # No data: empty, blank, BOM only, header only, header and blank lines.
    for name, content, fragment in [
        ("empty.csv", "", "empty"), ("blank-lines.csv", "\n\n  \n", "empty"),
        ("bom-only.csv", "\ufeff", "empty"), ("header-only.csv", HEADER + "\n", "no data rows"),
        ("header-then-blank.csv", HEADER + "\n\n\n", "no data rows"),
        ("header-only-crlf.csv", HEADER + "\r\n", "no data rows"),
    ]:
        write("csv", name, content, fragment)
    # One row (or two): too few for k-means with the default k.
    write("csv", "one-row.csv", table(GOOD_ROWS[:1]), "row")
    write("csv", "two-rows.csv", table(GOOD_ROWS[:2]), "row")
    # Ragged rows: too many or too few fields.
    for i in range(1, 11):
        rows = [[str(v) for v in row] for row in GOOD_ROWS]
        r = rng.randrange(len(rows))
        rows[r] = rows[r] + ["9"] * (i % 3 + 1) if i % 2 else rows[r][: 4 - (i % 3 + 1)]
        write("csv", f"ragged-{i:02d}.csv", table(rows), f"line {r + 2}")
    # Quoting gone wrong.
    write("csv", "unterminated-quote.csv", HEADER + '\n1,2,3,4\n"5,6,7,8\n9,1,2,3\n', "quote")
    write("csv", "quote-inside-number.csv", HEADER + '\n1,2,3,4\n5,6"7",7,8\n', "line 3")
    # The header is numbers: the table has no header row.
    write("csv", "numeric-header.csv", table(GOOD_ROWS, header="1,2,3,4"), "header")
    # Only a label column.
    write("csv", "only-label-column.csv", "label\na\nb\nc\n", "label")
    write("csv", "empty-label.csv", "x1,x2,label\n1,2,a\n3,4,\n5,6,b\n", "line 3, column 'label'")


def configs():
    good = {"data": {"samples": 600, "features": 4}, "autoencoder": {"epochs": 3},
            "kmeans": {"n_init": 2}}
    text = json.dumps(good, indent=1)
    for i in range(1, 21):
        cut = rng.randrange(1, len(text) - 1)
        write("config", f"truncated-{i:02d}.json", text[:cut], "truncated-")
    for i in range(1, 8):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(4, 120)))
        write("config", f"binary-{i:02d}.json", b"\x00" + data, "binary content at byte 1)")
    wrong = [
        ("data", "samples", "many"), ("data", "samples", 1.5), ("data", "samples", 1e12),
        ("data", "samples", None), ("data", "samples", [600]), ("data", "scaling", "log"),
        ("data", "center_box", [1]), ("data", "center_box", "wide"), ("data", "seed", -1),
        ("data", "transpose", "yes"), ("data", "ignore_columns", "id"),
        ("data", "missing", "zero"), ("data", "path", 5), ("autoencoder", "encoder", "8,6"),
        ("autoencoder", "encoder", [8, "6"]), ("autoencoder", "activation", "swish"),
        ("autoencoder", "optimizer", "rmsprop"), ("autoencoder", "learning_rate", "0.1"),
        ("autoencoder", "epochs", True), ("kmeans", "k", "eight"), ("kmeans", "tol", [1e-4]),
        ("metrics", "silhouette", "fast"), ("pca", "components", {}),
    ]
    for i, (section, key, value) in enumerate(wrong, 1):
        config = json.loads(text)
        config.setdefault(section, {})[key] = value
        write("config", f"wrong-type-{i:02d}-{section}-{key}.json", json.dumps(config),
              f"{section}.{key}")
    out_of_range = [
        ("data", "samples", 1), ("data", "samples", -5), ("data", "features", 0),
        ("data", "centers", 0), ("data", "cluster_std", -1), ("data", "noise_columns", -1),
        ("data", "center_box", [5, -5]), ("pca", "components", 0),
        ("autoencoder", "encoder", []), ("autoencoder", "encoder", [8, 0]),
        ("autoencoder", "latent", 0), ("autoencoder", "learning_rate", 0),
        ("autoencoder", "learning_rate", -0.01), ("autoencoder", "momentum", 1),
        ("autoencoder", "beta1", 1.5), ("autoencoder", "beta2", -0.1),
        ("autoencoder", "epsilon", 0), ("autoencoder", "batch_size", 0),
        ("autoencoder", "epochs", 0), ("kmeans", "k", -1), ("kmeans", "n_init", 0),
        ("kmeans", "max_iter", 0), ("kmeans", "tol", -1), ("metrics", "silhouette_sample", 1),
        ("metrics", "trustworthiness_neighbors", 0),
    ]
    for i, (section, key, value) in enumerate(out_of_range, 1):
        config = json.loads(text)
        config.setdefault(section, {})[key] = value
        write("config", f"out-of-range-{i:02d}-{section}-{key}.json", json.dumps(config),
              f"{section}.{key}")
    for i, (section, key) in enumerate([("data", "sample"), ("autoencoder", "lr"),
                                        ("kmeans", "kk"), ("model", "epochs"),
                                        ("metrics", "silhouete")], 1):
        config = json.loads(text)
        config.setdefault(section, {})[key] = 1
        write("config", f"unknown-key-{i}-{section}-{key}.json", json.dumps(config),
              f"{section}.{key}" if section != "model" else "'model'")
    write("config", "top-level-array.json", "[1, 2, 3]", "object")
    write("config", "top-level-number.json", "42", "line 1")
    write("config", "empty.json", "", "empty.json")
    write("config", "huge-number.json", '{"data": {"samples": 1e400}}', "column 26")
    write("config", "threads-negative.json", '{"threads": -2}', "threads")
    write("config", "utf16.json", b"\xff\xfe" + '{"threads": 1}'.encode("utf-16-le"), "utf16.json")
    write("config", "trailing-garbage.json", text + "\n}}", "trailing-garbage.json")
    write("config", "dotted-key.json", '{"autoencoder.epochs": 3}', "autoencoder.epochs")
    write("config", "csv-without-path.json", '{"data": {"source": "csv"}}', "data.path")


def zipped(entries):
    """A ZIP archive of (name, bytes) entries, with fixed dates so that it is reproducible."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 28, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def not_text():
    """Files that are not UTF-8 text (formats a table is kept in or mistaken for, other
    encodings), and text whose names and cells hold characters a terminal would obey."""
    local = random.Random(20261201)  # its own stream: the files above stay as they were

    def noise(size):
        return bytes(local.randrange(256) for _ in range(size))

    # HDF5 (an AnnData .h5ad): the signature, then a version-0 superblock full of NULs.
    hdf5 = b"\x89HDF\r\n\x1a\n" + bytes([0, 0, 0, 0, 0, 8, 8, 0, 4, 0, 16, 0]) + noise(500)
    write("csv", "anndata.h5ad", hdf5, "anndata.h5ad: not a readable HDF5 file")  # read as .h5ad now
    write("config", "anndata.h5ad", hdf5, "binary content at byte 1): an HDF5 file")
    write("csv", "table.csv.gz", b"\x1f\x8b\x08\x00" + noise(300), "byte 1): a gzip-compressed")
    sheet = (HEADER + "\n1,2,3,4\n").encode()
    write("csv", "workbook.xlsx",
          zipped([("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>"),
                  ("xl/worksheets/sheet1.xml", sheet)]),
          "binary content at byte 3): an Excel workbook (.xlsx)")
    write("csv", "sheet.ods",
          zipped([("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                  ("content.xml", sheet)]),
          "byte 3): an OpenDocument spreadsheet")
    write("csv", "tables.zip", zipped([("data.csv", sheet)]), "byte 3): a ZIP archive")
    write("csv", "workbook.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + noise(200),
          "byte 1): an old Microsoft Office file")
    write("csv", "figure.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise(200),
          "byte 1): a PNG image")
    write("csv", "paper.pdf",
          b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 80 /Filter /FlateDecode >>\nstream\n"
          + noise(80) + b"\nendstream\n", "a PDF document")
    write("csv", "utf16-no-bom.csv", table(GOOD_ROWS).encode("utf-16-le"), "UTF-16")
    # Text in the encodings spreadsheets save in: the message names line and byte.
    latin1 = "x1,x2,x3,label\n1,2,3,a\n4,5,6,b\n7,8,9,a\n1,2,3,Caf\u00e9\n"
    at = latin1.index("\u00e9") + 1  # one byte per character in Latin-1
    write("csv", "latin1.csv", latin1.encode("latin-1"), f"line 5: not UTF-8 text: byte {at} is 0xE9")
    write("csv", "windows1252-header.csv",
          table(GOOD_ROWS, header="x1,\u201cx2\u201d,x3,x4").encode("cp1252"),
          "line 1: not UTF-8 text: byte 4 is 0x93")
    # Past the binary window (64 KiB) the file is still checked: a Latin-1 label far down.
    rows = ["x1,x2,x3,label"] + [f"{r % 97},{r % 89},{r % 83},a" for r in range(9000)]
    rows[8000] = "1,2,3,Gr\u00fcn"
    far = "\n".join(rows) + "\n"
    write("csv", "latin1-after-64k.csv", far.encode("latin-1"), "line 8001: not UTF-8 text")
    # Control bytes in the header (a colour code) make the file binary too.
    write("csv", "escape-in-header.csv", table(GOOD_ROWS, header="x1,\x1b[31mx2,x3,x4"),
          "binary content at byte 4)")
    # Valid UTF-8 that must not reach a terminal raw: bidi override, zero-width space, C1.
    rows = [[str(v) for v in row] for row in GOOD_ROWS]
    rows[4][1] = "oops"
    write("csv", "bidi-column-name.csv", table(rows, header="x1,x2\u202e,x3,x4"),
          "line 6, column 'x2\\u202E': 'oops'")
    rows = [[str(v) for v in row] for row in GOOD_ROWS]
    rows[2][3] = "7\u200b"
    write("csv", "zero-width-space-cell.csv", table(rows), "line 4, column 'x4': '7\\u200B'")
    rows = [[str(v) for v in row] for row in GOOD_ROWS]
    rows[7][0] = "1\u0085"
    write("csv", "c1-control-cell.csv", table(rows), "line 9, column 'x1': '1\\u0085'")
    names = "\n".join(["x1,sample\u202e,x3"] + [f"{r},s{r},{r % 3}" for r in range(12)]) + "\n"
    write("csv", "bidi-text-column.csv", names, "column 'sample\\u202E': every cell is text")
    # JSON keys and values may hold any character through \\u escapes.
    write("config", "control-key.json", '{"\\u0007bell": 1}', "'\\x07bell'")
    write("config", "newline-in-key.json", '{"data": {"sam\\nples": 600}}', "'data.sam\\x0Aples'")
    write("config", "escape-in-value.json", '{"data": {"scaling": "\\u001b[2J"}}',
          "got \"\\x1B[2J\"")
    write("config", "bidi-in-value.json", '{"data": {"missing": "drop\\u202e"}}',
          "got \"drop\\u202E\"")
    write("config", "latin1.json", '{"data": {"path": "caf\u00e9.csv"}}'.encode("latin-1"),
          "line 1: not UTF-8 text: byte 23 is 0xE9")


def main():
    for kind in ("csv", "config"):
        shutil.rmtree(HERE / kind, ignore_errors=True)
    csvs()
    configs()
    not_text()
    with open(HERE / "expected.tsv", "w", encoding="utf-8") as out:
        out.write("# file\tfragment the error message must contain\n")
        for path, fragment in expected:
            out.write(f"{path}\t{fragment}\n")
    print(f"{len(expected)} malformed inputs")


if __name__ == "__main__":
    main()
