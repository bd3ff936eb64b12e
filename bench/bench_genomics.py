#!/usr/bin/env python3
"""Speed and peak memory of LatentLab's CLI against the reference single-cell recipe
(../shared/reference/genomics_pipeline.py: anndata + scipy + scikit-learn arpack PCA +
PyTorch), both as whole processes on the same .h5ad, back to back in one run.

  python3 bench/bench_genomics.py COUNTS.h5ad [--config counts.json] [--repeat 1]
      [--build build] [--reference ../shared/reference] [--skip-peer]

Make the data with ../shared/reference/make_counts.py --cells 20000 --genes 20000 --types 8
--h5ad --out DIR. The peer runs after `. peer_env.sh` (OpenBLAS with this CPU's kernel), as
its users would. Ours runs `--preset counts` (or --config) with the peer's training: 30 epochs
on every cell, no early stopping, no held-out cells. Wall time and peak RSS come from /usr/bin/time -v; the peer's stages from its
JSON; ours from metrics.json's seconds, with loading (read .h5ad + the expression recipe) the
time until the first stage line on stderr and writing the time after the metrics stage.
Prints a Markdown table with ratios (peer / LatentLab). Nothing here asserts a time.
"""
import argparse, json, os, re, subprocess, sys, tempfile, threading, time

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("input")
ap.add_argument("--config", default="")
ap.add_argument("--build", default=os.path.join(here, "..", "build"))
ap.add_argument("--reference", default=os.path.join(here, "..", "..", "shared", "reference"),
                help="genomics_pipeline.py and peer_env.sh (from a worktree: /work/shared/reference)")
ap.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts")
ap.add_argument("--skip-peer", action="store_true")
ap.add_argument("--cli", default="", help="LatentLab CLI (default: BUILD/src/cli/latentlab-cli)")
ap.add_argument("--set", action="append", default=[], help="extra key=value for LatentLab")
args = ap.parse_args()

def timed(command, env=None):
    """Runs under /usr/bin/time -v; returns (stdout, stderr lines with their times, wall, MiB)."""
    report = tempfile.NamedTemporaryFile(suffix=".time", delete=False).name
    start = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", report, *command], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []

    def collect():
        for line in proc.stderr:
            lines.append((time.perf_counter() - start, line.rstrip("\n")))
    reader = threading.Thread(target=collect)
    reader.start()
    out = proc.stdout.read()
    proc.wait()
    reader.join()
    text = open(report).read()
    os.unlink(report)
    if proc.returncode != 0:
        sys.exit(f"{command[0]} failed ({proc.returncode}):\n" + "\n".join(l for _, l in lines))
    h, m, s = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text).groups()
    wall = int(h or 0) * 3600 + int(m) * 60 + float(s)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    return out, lines, wall, rss


def require_openblas():
    """numpy on the reference BLAS makes the peer's PCA several times slower than its users'."""
    probe = subprocess.run(["/usr/bin/python3", "-c",
                            "import numpy; print(open('/proc/self/maps').read())"],
                           capture_output=True, text=True).stdout
    if "openblas" not in probe:
        sys.exit("numpy does not run on OpenBLAS here: apt-get install libopenblas0-pthread, "
                 "then run this again (see ../shared/reference/README.md, peer_env.sh)")
def peer():
    require_openblas()
    script = os.path.join(args.reference, "genomics_pipeline.py")
    env_script = os.path.join(args.reference, "peer_env.sh")
    command = ["/bin/sh", "-c", f'. "{env_script}" && exec /usr/bin/python3 "{script}" "$0"',
               args.input]
    out, _, wall, rss = timed(command)
    seconds = json.loads(out)["seconds"]
    stages = {"load": seconds["read"] + seconds["filter"] + seconds["normalize_log1p"] +
              seconds["hvg"], "scale": seconds["scale"], "pca": seconds["pca"],
              "train": seconds["ae_train"], "kmeans": seconds["kmeans_pca"] + seconds["kmeans_ae"],
              "metrics": 0.0}
    return stages, wall, rss, json.loads(out)


def ours():
    cli = args.cli or os.path.join(args.build, "src", "cli", "latentlab-cli")
    with tempfile.TemporaryDirectory(prefix="bench_genomics_") as folder:
        out_dir = os.path.join(folder, "run")
        settings = ["--config", args.config] if args.config else ["--preset", "counts"]
        command = [cli, "run", *settings, "--input", args.input, "--out", out_dir,
                   "--set", "autoencoder.epochs=30", "--set", "autoencoder.early_stopping=0",
                   "--set", "autoencoder.validation_split=0"]
        for setting in args.set:
            command += ["--set", setting]
        _, lines, wall, rss = timed(command)
        metrics = json.load(open(os.path.join(out_dir, "metrics.json")))
    seconds = metrics["seconds"]
    first = next(t for t, line in lines if line.startswith("[scale]"))
    metrics_start = next(t for t, line in lines if line.startswith("[metrics]"))
    stages = {"load": first, "scale": seconds["scale"], "pca": seconds["pca"],
              "train": seconds["autoencoder"], "kmeans": seconds["cluster"],
              "metrics": seconds["metrics"],
              "write": max(0.0, wall - metrics_start - seconds["metrics"])}
    return stages, wall, rss, metrics


def best(run):
    results = [run() for _ in range(max(1, args.repeat))]
    return min(results, key=lambda r: r[1])


peer_result = None if args.skip_peer else best(peer)
if peer_result:  # as soon as known: a full run at 50 000 cells takes minutes
    print("peer:", json.dumps(peer_result[:3]), file=sys.stderr, flush=True)
ours_result = best(ours)
rows = ["load", "scale", "pca", "train", "kmeans", "metrics", "write"]
print(f"input: {args.input}\n")
print("| stage | peer s | LatentLab s | peer / LatentLab |")
print("|---|---:|---:|---:|")
for stage in rows:
    o = ours_result[0].get(stage, 0.0)
    p = peer_result[0].get(stage) if peer_result else None
    ratio = f"{p / o:.2f}" if p and o > 0 else "-"
    print(f"| {stage} | {p if p is not None else '-':>} | {o:.2f} | {ratio} |"
          if p is None else f"| {stage} | {p:.2f} | {o:.2f} | {ratio} |")
if peer_result:
    print(f"| whole process (wall) | {peer_result[1]:.1f} | {ours_result[1]:.1f} | "
          f"{peer_result[1] / ours_result[1]:.2f} |")
    print(f"| peak RSS MiB | {peer_result[2]:.0f} | {ours_result[2]:.0f} | "
          f"{peer_result[2] / ours_result[2]:.2f} |")
    print("\npeer metrics:", json.dumps({k: peer_result[3].get(k) for k in ("pca", "autoencoder")}))
else:
    print(f"| whole process (wall) | - | {ours_result[1]:.1f} | - |")
    print(f"| peak RSS MiB | - | {ours_result[2]:.0f} | - |")
ae = ours_result[3]
print("LatentLab metrics:", json.dumps({s: {k: ae.get(s, {}).get(k) for k in ("ari", "nmi")}
                                        for s in ("pca", "autoencoder")}))
