#include "CommandLine.h"

#include "Errors.h"
#include "ResolutionSweep.h"

#include <tuple>

#include "ConfigKeys.h"
#include "ConfigPresets.h"
#include "JsonValues.h"
#include "RunFolder.h"

#include <QCommandLineParser>
#include <algorithm>

namespace latentlab::cli {
namespace {

struct Options {
    QCommandLineOption preset{"preset", "", "NAME"};
    QCommandLineOption config{"config", "", "FILE.json"};
    QCommandLineOption input{"input", "", "FILE"};
    QCommandLineOption labelColumn{"label-column", "", "NAME"};
    QCommandLineOption labels{"labels", "", "FILE"};
    QCommandLineOption set{"set", "", "key=value"};
    QCommandLineOption repeats{"repeats", "", "N"};
    QCommandLineOption sweepK{"sweep-k", "", "FIRST:LAST"};
    QCommandLineOption sweepResolution{"sweep-resolution", "", "FIRST:LAST:STEP"};
    QCommandLineOption out{"out", "", "DIR"};
    QCommandLineOption session{"session", "", "FILE.latentlab"};
    QCommandLineOption saveSession{"save-session", "", "FILE.latentlab"};
    QCommandLineOption report{"report", "", "FILE.pdf|.html"};
    QCommandLineOption help{QStringList{"h", "help"}};
    QCommandLineOption version{"version"};
};

/// Qt's "Unknown option 'foo'." in the style of the other messages.
std::string lowerFirst(QString text) {
    if (text.endsWith('.')) text.chop(1);
    if (!text.isEmpty()) text[0] = text[0].toLower();
    return text.toStdString();
}

QString single(const QCommandLineParser& parser, const QCommandLineOption& option) {
    const QStringList values = parser.values(option);
    if (values.size() > 1)
        throw UsageError("--" + option.names().constLast().toStdString() + " is given twice");
    return values.isEmpty() ? QString() : values.front();
}

int repeatCount(const QString& text) {
    bool ok = false;
    const int repeats = text.toInt(&ok);
    if (!ok || repeats < 1)
        throw UsageError("--repeats must be an integer >= 1, got '" + text.toStdString() + "'");
    return repeats;
}

/// "2:15" -> {2, 15}; the range against the data's rows is checked once they are known.
std::pair<int, int> sweepRange(const QString& text) {
    const QStringList parts = text.split(':');
    bool firstOk = false, lastOk = false;
    const int first = parts.size() == 2 ? parts[0].toInt(&firstOk) : 0;
    const int last = parts.size() == 2 ? parts[1].toInt(&lastOk) : 0;
    if (!firstOk || !lastOk || first < 2 || last < first) {
        throw UsageError("--sweep-k must be FIRST:LAST with 2 <= FIRST <= LAST, got '" +
                         text.toStdString() + "'");
    }
    return {first, last};
}

/// "0.2:2:0.2" -> the resolutions 0.2, 0.4, ..., 2.
std::vector<double> resolutions(const QString& text) {
    const QStringList parts = text.split(':');
    bool ok[3] = {false, false, false};
    double values[3] = {0, 0, 0};
    for (int i = 0; i < 3 && parts.size() == 3; ++i) values[i] = parts[i].toDouble(&ok[i]);
    const std::string usage =
        "--sweep-resolution must be FIRST:LAST:STEP with 0 < FIRST <= "
        "LAST and STEP > 0 (at most 200 values), got '" +
        text.toStdString() + "'";
    if (!ok[0] || !ok[1] || !ok[2]) throw UsageError(usage);
    try {
        return resolutionRange(values[0], values[1], values[2]);
    } catch (const ConfigError&) {
        throw UsageError(usage);
    }
}

/// `transform --session FILE --input FILE --out DIR`: the model brings its own settings.
CommandLine transformLine(const QCommandLineParser& parser, const Options& options) {
    for (const QCommandLineOption* runOnly :
         {&options.preset, &options.config, &options.labelColumn, &options.labels, &options.set,
          &options.repeats, &options.sweepK, &options.sweepResolution, &options.saveSession,
          &options.report}) {
        if (parser.isSet(*runOnly)) {
            throw UsageError("--" + runOnly->names().constLast().toStdString() +
                             " does not apply to 'transform': the session brings its settings");
        }
    }
    CommandLine line;
    line.action = CommandLine::Action::Transform;
    line.sessionFile = single(parser, options.session);
    line.inputFile = single(parser, options.input);
    line.outDir = single(parser, options.out);
    if (line.sessionFile.isEmpty())
        throw UsageError("missing --session FILE.latentlab: the saved model to apply");
    if (line.inputFile.isEmpty())
        throw UsageError("missing --input FILE: the table to apply the model to");
    if (line.outDir.isEmpty()) throw UsageError("missing --out DIR: where to write the embeddings");
    return line;
}

}  // namespace

CommandLine parseCommandLine(const QStringList& arguments) {
    Options options;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({options.preset, options.config, options.input, options.labelColumn,
                       options.labels, options.set, options.repeats, options.sweepK,
                       options.sweepResolution, options.out, options.help, options.version,
                       options.session, options.saveSession, options.report});
    if (!parser.parse(arguments)) throw UsageError(lowerFirst(parser.errorText()));

    CommandLine line;
    if (parser.isSet(options.help)) {
        line.action = CommandLine::Action::Help;
        return line;
    }
    if (parser.isSet(options.version)) {
        line.action = CommandLine::Action::Version;
        return line;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        throw UsageError("no command given: use 'latentlab-cli run --out DIR' (see --help)");
    if (positional.front() != "run" && positional.front() != "transform") {
        throw UsageError("unknown command '" + positional.front().toStdString() +
                         "' (known: run, transform)");
    }
    if (positional.size() > 1)
        throw UsageError("unexpected argument '" + positional[1].toStdString() + "'");
    if (positional.front() == "transform") return transformLine(parser, options);
    if (parser.isSet(options.session))
        throw UsageError("--session belongs to 'transform'; 'run' starts from settings");

    line.preset = single(parser, options.preset);
    if (parser.isSet(options.preset) && !findConfigPreset(line.preset.toStdString())) {
        throw UsageError("unknown preset '" + line.preset.toStdString() +
                         "' (known: " + configPresetChoices() + ")");
    }
    line.configFile = single(parser, options.config);
    line.inputFile = single(parser, options.input);
    if (parser.isSet(options.labelColumn)) line.labelColumn = single(parser, options.labelColumn);
    line.labelsFile = single(parser, options.labels);
    line.settings = parser.values(options.set);
    if (parser.isSet(options.repeats)) line.repeats = repeatCount(single(parser, options.repeats));
    if (parser.isSet(options.sweepK))
        std::tie(line.sweepFirstK, line.sweepLastK) = sweepRange(single(parser, options.sweepK));
    if (parser.isSet(options.sweepResolution))
        line.sweepResolutions = resolutions(single(parser, options.sweepResolution));
    line.outDir = single(parser, options.out);
    line.reportFile = single(parser, options.report);
    if (line.outDir.isEmpty() && line.reportFile.isEmpty())
        throw UsageError("missing --out DIR or --report FILE: where to write the results");
    line.saveSession = single(parser, options.saveSession);
    return line;
}

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

QString helpText() {
    QString text = QStringLiteral(
        "Usage: latentlab-cli run [--preset NAME] [--config FILE.json]\n"
        "                         [--input FILE|FILE.h5ad|10x-FOLDER]\n"
        "                         [--label-column NAME] [--labels FILE] [--set key=value]...\n"
        "                         [--repeats N]\n"
        "                         [--sweep-k FIRST:LAST] [--sweep-resolution A:B:STEP]\n"
        "                         [--save-session FILE]\n"
        "                         (--out DIR | --report FILE.pdf|.html | both)\n"
        "       latentlab-cli transform --session FILE.latentlab --input FILE --out DIR\n"
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
        "  --save-session FILE  also save the run as a .latentlab session (models, results)\n"
        "                       for the desktop app or 'transform --session'\n"
        "  --session FILE       (transform) the saved .latentlab session whose model to apply\n"
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
            "Exit codes: 0 success; 2 bad input or settings (one line on stderr starting\n"
            "with 'latentlab-cli: error: '); 1 internal error.\n";
    return text;
}

}  // namespace latentlab::cli
