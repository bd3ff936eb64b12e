#include "ReportTables.h"

#include "ClusterMatching.h"
#include "ColumnSummary.h"
#include "ConfigKeys.h"
#include "JsonValues.h"
#include "MethodRegistry.h"
#include "MetricFormat.h"
#include "ReportStyle.h"

#include <Eigen/Core>
#include <QFileInfo>
#include <QSysInfo>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace latentlab::report {

namespace {

QString count(long long value) { return NumberFormat::count(value); }

QString configValue(const QJsonValue& value) {
    if (value.isString()) {
        const QString text = value.toString();
        return text.isEmpty() ? QStringLiteral("(none)") : text;
    }
    return QString::fromStdString(io::describe(value));
}

/// "42" for one run, "42 … 46" when repeats move every seed on by one per repeat.
QString seedRange(std::uint64_t seed, int repeats) {
    if (repeats <= 1) return QString::number(seed);
    return QStringLiteral("%1 \u2026 %2").arg(seed).arg(seed + std::uint64_t(repeats - 1));
}

/// "generate 0 · scale 0.01 · PCA 0.02 · Autoencoder 3.1 · clustering 0.2 · metrics 1.1 ·
/// total 4.4": each method's fit on its own.
QString stageTimes(const Result& result) {
    const StageSeconds& s = result.seconds;
    QStringList parts{QStringLiteral("generate %1").arg(MetricFormat::seconds(s.generate)),
                      QStringLiteral("scale %1").arg(MetricFormat::seconds(s.scale))};
    for (const SpaceResult& space : result.spaces) {
        parts << QStringLiteral("%1 %2").arg(QString::fromUtf8(methodInfo(space.method).title),
                                             MetricFormat::seconds(space.fitSeconds));
    }
    parts << QStringLiteral("clustering %1").arg(MetricFormat::seconds(s.cluster))
          << QStringLiteral("metrics %1").arg(MetricFormat::seconds(s.metrics))
          << QStringLiteral("total %1").arg(MetricFormat::seconds(s.total));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString compilerName() {
#if defined(__clang__)
    return QStringLiteral("Clang " __clang_version__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC " __VERSION__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_FULL_VER);
#else
    return QStringLiteral("unknown");
#endif
}

}  // namespace

ReportTable configTable(const Config& config) {
    ReportTable table;
    table.header = {QStringLiteral("Setting"), QStringLiteral("Value"), QStringLiteral("Setting"),
                    QStringLiteral("Value")};
    table.small = true;
    table.wrappingColumns = {1, 3};
    const Config defaults;
    const auto& keys = io::configKeys();
    const std::size_t half = (keys.size() + 1) / 2;
    for (std::size_t r = 0; r < half; ++r) {
        std::vector<ReportCell> row;
        for (std::size_t index : {r, r + half}) {
            if (index >= keys.size()) {
                row.insert(row.end(), {ReportCell(), ReportCell()});
                continue;
            }
            const io::ConfigKey& key = keys[index];
            const QJsonValue value = key.get(config);
            row.push_back(ReportCell(QString::fromStdString(key.name)));
            row.push_back(ReportCell(configValue(value), value != key.get(defaults)));
        }
        table.rows.push_back(row);
    }
    table.note = QStringLiteral(
        "Bold: changed from the default (kmeans.k shows the k actually used; its default 0 "
        "means the number of true classes). The same keys work in --config files and with "
        "latentlab-cli run --set key=value.");
    return table;
}

ReportTable seedsTable(const Config& config, int repeats) {
    ReportTable table;
    table.header = {QStringLiteral("Seed"), QStringLiteral("Value"), QStringLiteral("Drives")};
    table.wrappingColumns = {2};
    table.numericColumns = {1};
    table.rows = {
        {QStringLiteral("data.seed"), seedRange(config.data.seed, repeats),
         QStringLiteral("generated blobs (unused for a file)")},
    };
    if (config.runs("autoencoder"))
        table.rows.push_back({QStringLiteral("autoencoder.seed"),
                              seedRange(config.autoencoder.seed, repeats),
                              QStringLiteral("initial weights and mini-batch order")});
    if (config.runs("umap"))
        table.rows.push_back({QStringLiteral("umap.seed"), seedRange(config.umap.seed, repeats),
                              QStringLiteral("UMAP's neighbour search, initialisation and SGD")});
    if (config.runs("tsne"))
        table.rows.push_back({QStringLiteral("tsne.seed"), seedRange(config.tsne.seed, repeats),
                              QStringLiteral("t-SNE's random initialisation (init = random)")});
    if (config.clustering.method == ClusteringMethod::KMeans)
        table.rows.push_back({QStringLiteral("kmeans.seed"), seedRange(config.kmeans.seed, repeats),
                              QStringLiteral("k-means++ starts (n_init restarts)")});
    else
        table.rows.push_back({QStringLiteral("leiden.seed"), seedRange(config.leiden.seed, repeats),
                              QStringLiteral("Leiden's random moves and refinement")});
    table.rows.push_back({QStringLiteral("metrics.seed"), seedRange(config.metrics.seed, repeats),
                          QStringLiteral("silhouette and trustworthiness samples")});
    table.note =
        repeats > 1
            ? QStringLiteral("Repeat r (0 \u2026 %1) adds r to every seed.").arg(repeats - 1)
            : QStringLiteral(
                  "Same settings, seeds and thread count give the "
                  "same numbers again.");
    return table;
}

ReportTable dataTable(const Result& result, const QString& sourceName) {
    const Config& config = result.config;
    const Dataset& data = result.data;
    QString source;
    if (config.data.source == DataSource::Blobs) {
        source = QStringLiteral(
                     "generated Gaussian blobs: %1 centres in [%2, %3], cluster sd %4, "
                     "%5 informative features + %6 uniform noise column(s), seed %7")
                     .arg(config.data.centers)
                     .arg(MetricFormat::value(config.data.centerBoxLow),
                          MetricFormat::value(config.data.centerBoxHigh),
                          MetricFormat::value(config.data.clusterStd))
                     .arg(config.data.features)
                     .arg(config.data.noiseColumns)
                     .arg(config.data.seed);
    } else {
        source = !sourceName.isEmpty()
                     ? sourceName
                     : QFileInfo(QString::fromStdString(config.data.path)).fileName();
    }
    QStringList names;
    for (std::size_t c = 0; c < data.columnNames.size() && c < 12; ++c)
        names << QString::fromStdString(data.columnNames[c]);
    if (data.columnNames.size() > 12)
        names << QStringLiteral("\u2026 (%1 more)").arg(data.columnNames.size() - 12);
    const QString labelColumn =
        !data.hasLabels() ? QStringLiteral("none: the data are unlabelled")
                          : QString::fromStdString(data.labelColumn.empty() ? std::string("label")
                                                                            : data.labelColumn);
    ReportTable table;
    table.wrappingColumns = {1};
    table.rows = {
        {QStringLiteral("Source"), source},
        {QStringLiteral("Rows"), count(data.rows())},
        {QStringLiteral("Feature columns"),
         QStringLiteral("%1: %2").arg(data.columns()).arg(names.join(QStringLiteral(", ")))},
        {QStringLiteral("Label column"), labelColumn},
        {QStringLiteral("Classes"),
         data.hasLabels() ? QString::number(data.classes()) : QStringLiteral("\u2014")},
        {QStringLiteral("Scaling"), QString::fromLatin1(toString(config.data.scaling))},
        {QStringLiteral("k (k-means)"), QString::number(config.kmeans.k)},
    };
    return table;
}

ReportTable classesTable(const Dataset& data) {
    ReportTable table;
    table.header = {QStringLiteral("Class"), QStringLiteral("Rows"), QStringLiteral("Share")};
    table.numericColumns = {1, 2};
    if (!data.hasLabels()) return table;
    std::vector<long long> counts(std::size_t(data.classes()), 0);
    for (int label : data.labels)
        if (label >= 0 && label < data.classes()) ++counts[std::size_t(label)];
    const double rows = std::max(1, data.rows());
    for (int c = 0; c < data.classes(); ++c) {
        table.rows.push_back({QString::fromStdString(data.labelNames[std::size_t(c)]),
                              count(counts[std::size_t(c)]),
                              NumberFormat::percent(double(counts[std::size_t(c)]) / rows)});
    }
    return table;
}

ReportTable columnsTable(const Dataset& data, int maxColumns) {
    ReportTable table;
    table.header = {QStringLiteral("Column"), QStringLiteral("Mean"),   QStringLiteral("SD"),
                    QStringLiteral("Min"),    QStringLiteral("Median"), QStringLiteral("Max")};
    table.numericColumns = {1, 2, 3, 4, 5};
    table.small = true;
    const int shown = std::min(maxColumns, data.columns());
    const std::vector<ColumnSummary> summaries = describeColumns(data.features.leftCols(shown));
    for (int c = 0; c < shown; ++c) {
        const ColumnSummary& s = summaries[std::size_t(c)];
        table.rows.push_back({QString::fromStdString(data.columnNames[std::size_t(c)]),
                              MetricFormat::value(s.mean), MetricFormat::value(s.sd),
                              MetricFormat::value(s.min), MetricFormat::value(s.median),
                              MetricFormat::value(s.max)});
    }
    table.note = QStringLiteral("Raw values before scaling; SD with n \u2212 1.");
    if (shown < data.columns())
        table.note += QStringLiteral(" The first %1 of %2 columns.").arg(shown).arg(data.columns());
    return table;
}

ReportTable metricGlossary() {
    ReportTable table;
    table.header = {QStringLiteral("Metric"), QStringLiteral("What it measures")};
    table.wrappingColumns = {1};
    table.small = true;
    for (const MetricInfo& info : metricCatalog()) {
        table.rows.push_back(
            {QString::fromUtf8(info.label), QString::fromUtf8(info.description) + QLatin1Char(' ') +
                                                MetricFormat::whereComputed(info.space)});
    }
    return table;
}

ReportTable confusionTable(const SpaceResult& space, const Dataset& data) {
    const Eigen::MatrixXi& counts = space.confusion;
    ReportTable table;
    if (counts.size() == 0) return table;
    // Clusters matched to labels as the GUI matches them (Hungarian assignment), each under
    // its label, so a good clustering reads as a diagonal.
    const ClusterMatching matching(counts);
    const std::vector<int> order = matching.displayOrder();
    table.header << QStringLiteral("label \\ cluster");
    for (int c : order) table.header << QString::number(c);
    table.header << QStringLiteral("total");
    for (int c = 1; c <= int(order.size()) + 1; ++c) table.numericColumns.push_back(c);
    for (Eigen::Index r = 0; r < counts.rows(); ++r) {
        const long long total = counts.row(r).sum();
        std::vector<ReportCell> row{std::size_t(r) < data.labelNames.size()
                                        ? QString::fromStdString(data.labelNames[std::size_t(r)])
                                        : QString::number(r)};
        for (int c : order) {
            ReportCell cell(count(counts(r, c)));
            cell.background =
                ReportStyle::heat(total > 0 ? double(counts(r, c)) / double(total) : 0.0);
            cell.foreground = ReportStyle::textOn(cell.background);
            row.push_back(cell);
        }
        row.push_back(ReportCell(count(total), true));
        table.rows.push_back(row);
    }
    table.note = QStringLiteral(
        "Rows: true labels; columns: clusters, each under the label it is matched to "
        "(the matching that puts the most points on the diagonal); a cluster matched to no "
        "label stands where a label has none, or last. Shade: the share of the row's points "
        "in that cluster.");
    return table;
}

ReportTable versionsTable(const Result& result) {
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const QString threads =
        result.config.threads > 0
            ? QString::number(result.config.threads)
            : QStringLiteral("all cores (threads = 0; this machine has %1)").arg(cores);
    ReportTable table;
    table.wrappingColumns = {1};
    table.rows = {
        {QStringLiteral("LatentLab"), QStringLiteral(LATENTLAB_VERSION)},
        {QStringLiteral("Qt"),
         QStringLiteral("%1 (built with %2)").arg(qVersion(), QT_VERSION_STR)},
        {QStringLiteral("Eigen"), QStringLiteral("%1.%2.%3")
                                      .arg(EIGEN_WORLD_VERSION)
                                      .arg(EIGEN_MAJOR_VERSION)
                                      .arg(EIGEN_MINOR_VERSION)},
        {QStringLiteral("Compiler"), compilerName()},
        {QStringLiteral("Threads"), threads},
        {QStringLiteral("System"),
         QStringLiteral("%1, %2").arg(QSysInfo::prettyProductName(),
                                      QSysInfo::currentCpuArchitecture())},
        {QStringLiteral("Stage times (s)"), stageTimes(result)},
    };
    return table;
}

}  // namespace latentlab::report
