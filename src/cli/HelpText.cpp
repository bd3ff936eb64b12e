// latentlab-cli --help: usage of every command, the options, every --set key with its type
// and default, the presets, the files written and the exit codes.
#include "CommandLine.h"

#include "ConfigKeys.h"
#include "ConfigPresets.h"
#include "JsonValues.h"
#include "RunFolder.h"

#include <algorithm>

namespace latentlab::cli {
namespace {

/// Each preset with what it is for and the settings it makes, wrapped at 80 columns.
QString presetsHelp() {
    QString text = "\nPresets (--preset NAME; a complete one starts from the defaults):\n";
    for (const ConfigPreset& preset : configPresets()) {
        text += QStringLiteral("  %1  %2%3\n")
                    .arg(QString::fromStdString(preset.name), -10)
                    .arg(QString::fromStdString(preset.title))
                    .arg(preset.complete ? "" : " (changes only these keys)");
        QString line = "             ";
        if (preset.settings.empty()) line += " the defaults above";
        for (const auto& [key, value] : preset.settings) {
            const QString item = QString::fromStdString(" " + key + "=" + value);
            if (line.size() + item.size() > 79) {
                text += line + '\n';
                line = "             ";
            }
            line += item;
        }
        text += line + '\n';
    }
    return text;
}

}  // namespace

QString helpText() {
    QString text = QStringLiteral(
        "Usage: latentlab-cli run [--preset NAME] [--config FILE.json]\n"
        "                         [--input FILE|FILE.h5ad|10x-FOLDER]\n"
        "                         [--label-column NAME] [--labels FILE] [--set key=value]...\n"
        "                         [--repeats N]\n"
        "                         [--sweep-k FIRST:LAST] [--sweep-resolution A:B:STEP]\n"
        "                         [--save-session FILE] [--animation-fps N]\n"
        "                         (--out DIR | --report FILE.pdf|.html |\n"
        "                          --animation FILE.gif|.mp4 | several of them)\n"
        "       latentlab-cli transform --session FILE.latentlab --input FILE --out DIR\n"
        "       latentlab-cli grid [--preset NAME] [--config FILE.json] [--input FILE]\n"
        "                          --set key=V1,V2,... [--set ...] [--repeats N]\n"
        "                          [--jobs N | --slurm FILE.sh] --out DIR\n"
        "       latentlab-cli merge DIR\n"
        "       latentlab-cli --help | --version\n"
        "\n"
        "Compares PCA and a small autoencoder as the step before k-means, on synthetic\n"
        "Gaussian blobs (the default) or on your table, and writes the results to DIR.\n"
        "\n"
        "Options:\n"
        "  --preset NAME        a named starting point (config key \"preset\"), listed\n"
        "                       below with its settings: notebook (the default), tuned,\n"
        "                       counts (single-cell counts), expression (microarrays)\n"
        "  --config FILE.json   settings from a JSON file: {\"autoencoder\": {\"epochs\": 10}};\n"
        "                       any subset of the keys below\n"
        "  --input FILE         CSV or TSV table with a header row (',', ';' or tab), an\n"
        "                       AnnData .h5ad file (data.layer: X, raw or layers/NAME), or\n"
        "                       a 10x folder (matrix.mtx[.gz], features/genes, barcodes),\n"
        "                       told apart by content; implies data.source=csv and\n"
        "                       data.path=FILE. .h5ad and 10x inputs (and data.source=\n"
        "                       counts) go through scanpy's recipe: data.min_genes,\n"
        "                       data.min_cells, data.normalize_total, data.log1p,\n"
        "                       data.top_genes, data.gene_selection; then data.scaling and\n"
        "                       data.clip\n"
        "  --label-column NAME  column with the true labels (default: a column named\n"
        "                       'label' or 'class', for .h5ad also the obs column\n"
        "                       'cell_type', if any; 'none': no labels); with --labels\n"
        "                       the labels file's column; k defaults to their number\n"
        "  --labels FILE        CSV/TSV of row name (barcode, sample id), label: matched to\n"
        "                       the input's rows by name (data.labels_path); rows it does\n"
        "                       not list are an error, or dropped with data.missing=drop\n"
        "  --set key=value      one setting; repeat as needed\n"
        "  --repeats N          N runs, seeds moved on by 1 each; adds mean and sd\n"
        "  --sweep-k A:B        also k-means for k = A..B in both latent spaces (inertia,\n"
        "                       inertia / TSS, silhouette) into DIR/sweep_k.csv\n"
        "  --sweep-resolution A:B:S  also Leiden at resolutions A, A+S, ..., B in every\n"
        "                       space (clusters, modularity, silhouette, ARI) into\n"
        "                       DIR/sweep_resolution.csv\n"
        "  --out DIR            output folder, created if needed\n"
        "  --report FILE        supervisor report: settings, seeds, data, loss curve, both\n"
        "                       scatters, metrics (repeats, k sweep if run), confusion\n"
        "                       matrices, versions; FILE.pdf or self-contained FILE.html;\n"
        "                       --out may then be left out\n"
        "  --animation FILE     the training replayed: a frame per epoch (autoencoder,\n"
        "                       UMAP) or iteration (t-SNE), at most 300 per method (evenly\n"
        "                       thinned, the final embedding last), aligned onto the final\n"
        "                       embedding on fixed axes; a panel per method that trains\n"
        "                       step by step (PCA does not), side by side, with its epoch\n"
        "                       and loss; FILE.gif (loops) or FILE.mp4 (H.264, yuv420p:\n"
        "                       browsers, slides); --out may then be left out\n"
        "  --animation-fps N    the animation's frames per second, 1..60 (default: 10)\n"
        "  --save-session FILE  also save the run as a .latentlab session (models, results)\n"
        "                       for the desktop app or 'transform --session'\n"
        "  --session FILE       (transform) the saved .latentlab session whose model to apply\n"
        "  --jobs N             (grid) runs at once on this machine (default: one per core)\n"
        "  --slurm FILE.sh      (grid) write a SLURM array job script instead of running\n"
        "  -h, --help           this help\n"
        "  --version            the version\n"
        "\n"
        "Settings are applied in this order: defaults, the preset (--preset, else the\n"
        "config file's \"preset\"), --config, --input/--label-column/--labels, --set\n"
        "(left to right); then every value is checked.\n"
        "\n");
    // Columns as wide as the longest key and type, so the table stays aligned as keys grow.
    int nameWidth = 0, typeWidth = 0;
    for (const io::ConfigKey& key : io::configKeys()) {
        nameWidth = std::max(nameWidth, int(key.name.size()));
        typeWidth = std::max(typeWidth, int(key.type.size()));
    }
    const Config defaults;
    text += QStringLiteral("  %1  %2  %3\n")
                .arg("Setting", -nameWidth)
                .arg("Type", -typeWidth)
                .arg("Default");
    for (const io::ConfigKey& key : io::configKeys()) {
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(QString::fromStdString(key.name), -nameWidth)
                    .arg(QString::fromStdString(key.type), -typeWidth)
                    .arg(QString::fromStdString(io::describe(key.get(defaults))));
    }
    text += presetsHelp();
    text +=
        "\nkmeans.k = 0 means the number of true classes (blob centres or distinct labels),\n"
        "else 8; threads = 0 means all cores.\n";
    text += "\nFiles written to DIR (metrics.json last: only a successful run has one):\n";
    QString line = " ";
    for (const QString& name : io::RunFolder::fileNames(true)) {
        if (line.size() + name.size() > 78) {
            text += line + '\n';
            line = " ";
        }
        line += ' ' + name;
    }
    text += line +
            "\n"
            "(genes.csv, the kept genes' scores, for .h5ad, 10x and counts inputs only.)\n"
            "Progress goes to stderr; the metrics table to stdout.\n"
            "\n"
            "transform applies a session's fitted scaler, PCA, autoencoder and k-means centres\n"
            "(nothing is refitted) to a table with the same columns, in any order, read like\n"
            "the session's own table, and writes DIR/{embedding_pca.csv,embedding_ae.csv,\n"
            "transform.json}: each row's latent coordinates and nearest saved cluster, rows per\n"
            "cluster, and the metrics on the new rows (ARI/NMI when they have labels).\n"
            "\n"
            "grid runs every combination of its --set lists, the first --set varying slowest.\n"
            "A key takes V1,V2,...; a key whose value is a list takes ';' between values:\n"
            "--set 'autoencoder.encoder=8,6;32,16' is [8, 6], then [32, 16]. Each combination\n"
            "is resolved as 'run' would resolve it (defaults, preset, --config, --input, --set)\n"
            "and checked before anything runs, written to DIR/configs/run-0001.json, ... and\n"
            "run by 'latentlab-cli run --config DIR/configs/run-0001.json --out DIR/run-0001\n"
            "[--repeats N]' in a child process, its stdout and stderr kept in DIR/run-0001/\n"
            "{stdout.log,stderr.log}. A failed run is one line on stderr; the others go on and\n"
            "the exit code is 2. Run the same grid again and finished runs (metrics.json) are\n"
            "skipped, half-written ones run again; a finished run of other settings is an error.\n"
            "--slurm FILE.sh writes the configs and an array job script (task i runs\n"
            "run-<i+1>): submit it with 'sbatch FILE.sh', then 'latentlab-cli merge DIR'.\n"
            "\n"
            "merge DIR gathers every folder directly in DIR that holds config.json and\n"
            "metrics.json (grid runs, 'run --out' folders, GNU parallel's), by name, into\n"
            "DIR/history.csv; other folders are listed as skipped. grid writes it too: one row\n"
            "per finished run with the columns run, finished (ISO 8601 UTC), repeats, every\n"
            "setting above (lists as 8;6), <method>.<metric> (pca.ari, autoencoder.nmi, ...:\n"
            "the metrics.json keys, means over repeats) and seconds.total.\n"
            "\n"
            "Exit codes: 0 success; 2 bad input or settings (one line on stderr starting\n"
            "with 'latentlab-cli: error: '); 1 internal error.\n";
    return text;
}

}  // namespace latentlab::cli
