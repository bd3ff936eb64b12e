// latentlab-bench-wide: a wide table (gene-expression shape, 1000 samples x 5000 columns by
// default) written as CSV, read back through io::loadDataset and run through the pipeline;
// seconds per stage and peak memory as one JSON object.
//   latentlab-bench-wide [--rows N] [--columns D] [--epochs E] [--threads T] [--csv FILE]
// --csv keeps the table in FILE (for bench/compare.py --wide); else a temporary file is used.
#include "DatasetLoader.h"
#include "Pipeline.h"
#include "StageTimer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// splitmix64: a fixed, portable stream of 64-bit values.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Four groups of samples that differ in the first 200 columns, noise everywhere; labels in
/// a last "class" column. Values have three decimals, like exported expression tables.
bool writeTable(const QString& path, int rows, int columns) {
    std::string text;
    text.reserve(std::size_t(rows) * std::size_t(columns) * 7 + std::size_t(columns) * 6);
    for (int c = 0; c < columns; ++c) text += "g" + std::to_string(c + 1) + ",";
    text += "class\n";
    char cell[32];
    for (int r = 0; r < rows; ++r) {
        const int group = r % 4;
        for (int c = 0; c < columns; ++c) {
            const int signal = c < 200 ? ((group * 131 + c * 17) % 11) * 300 : 0;
            const int noise = int(mix(std::uint64_t(r) * 100003ULL + std::uint64_t(c)) % 1000);
            std::snprintf(cell, sizeof cell, "%.3f,", double(signal + noise) / 1000.0);
            text += cell;
        }
        text += "type" + std::to_string(group) + "\n";
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(text.data(), qint64(text.size())) == qint64(text.size());
}

}  // namespace

int main(int argc, char** argv) {
    int rows = 1000;
    int columns = 5000;
    latentlab::Config config;
    config.autoencoder.epochs = 50;
    QString csv;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const char* value = argv[i + 1];
        if (option == "--rows") {
            rows = std::atoi(value);
        } else if (option == "--columns") {
            columns = std::atoi(value);
        } else if (option == "--epochs") {
            config.autoencoder.epochs = std::atoi(value);
        } else if (option == "--threads") {
            config.threads = std::atoi(value);
        } else if (option == "--csv") {
            csv = QString::fromLocal8Bit(value);
        } else {
            std::fprintf(stderr, "latentlab-bench-wide: unknown option %s\n", option.c_str());
            return 2;
        }
    }
    QTemporaryDir temporary;
    if (csv.isEmpty()) csv = QDir(temporary.path()).filePath("wide.csv");
    if (!writeTable(csv, rows, columns)) {
        std::fprintf(stderr, "latentlab-bench-wide: cannot write %s\n", qPrintable(csv));
        return 2;
    }

    config.data.source = latentlab::DataSource::Csv;
    config.data.path = csv.toStdString();
    try {
        const auto start = Clock::now();
        latentlab::Dataset data = latentlab::io::loadDataset(config.data);
        const double load = secondsSince(start);
        const auto pipelineStart = Clock::now();
        const latentlab::Result result = latentlab::runPipeline(config, std::move(data));
        const double pipeline = secondsSince(pipelineStart);
        const latentlab::StageSeconds& s = result.seconds;
        std::printf(
            "{\"rows\": %d, \"columns\": %d, \"epochs\": %d, \"file_mib\": %.1f, "
            "\"load\": %.4f, \"scale\": %.4f, \"pca\": %.4f, \"train\": %.4f, "
            "\"kmeans\": %.4f, \"metrics\": %.4f, \"pipeline\": %.4f, \"total\": %.4f, "
            "\"pca_variance_ratio\": [%.10f, %.10f], \"peak_rss_mib\": %.1f}\n",
            rows, columns, config.autoencoder.epochs, double(QFile(csv).size()) / (1024.0 * 1024.0),
            load, s.scale, result.space("pca").fitSeconds, result.space("autoencoder").fitSeconds,
            s.cluster, s.metrics, pipeline, load + pipeline, result.pca.explainedVarianceRatio()(0),
            result.pca.explainedVarianceRatio()(1), latentlab::bench::peakResidentMiB());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "latentlab-bench-wide: %s\n", error.what());
        return 2;
    }
    return 0;
}
