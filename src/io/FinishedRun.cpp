#include "FinishedRun.h"

#include "ConfigJson.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "PrintableText.h"
#include "Repeats.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace latentlab::io {
namespace {

/// Each catalog metric's mean over the repeats, per method.
std::vector<MethodMetrics> repeatMeans(const StoredMetrics& stored) {
    std::vector<MethodMetrics> means(stored.methods.size());
    for (std::size_t m = 0; m < stored.methods.size(); ++m) {
        for (const MetricInfo& info : metricCatalog()) {
            std::vector<double> values;
            for (const std::vector<MethodMetrics>& repeat : stored.repeats)
                values.push_back(repeat[m].*info.member);
            means[m].*info.member = meanSd(values).mean;
        }
    }
    return means;
}

}  // namespace

bool hasRunFiles(const QString& folder) {
    const QDir dir(folder);
    return QFileInfo(dir.filePath("config.json")).isFile() &&
           QFileInfo(dir.filePath("metrics.json")).isFile();
}

StoredMetrics readStoredMetrics(const QString& folder) {
    const QString path = QDir(folder).filePath("metrics.json");
    const QJsonObject json = readJsonObject(path);  // its errors name the file already
    try {
        return metricsFromJson(json);
    } catch (const ReadError& error) {
        throw ReadError(printable(path.toStdString()) + ": " + error.what());
    }
}

HistoryRow readFinishedRun(const QString& folder) {
    const QDir dir(folder);
    HistoryRow row;
    row.run = QFileInfo(folder).fileName().toStdString();
    row.config = readConfigFile(dir.filePath("config.json"));
    const StoredMetrics stored = readStoredMetrics(folder);
    const QDateTime written = QFileInfo(dir.filePath("metrics.json")).lastModified();
    if (written.isValid()) row.finished = written.toUTC().toString(Qt::ISODate).toStdString();
    row.repeats = stored.repeats.empty() ? 1 : int(stored.repeats.size());
    row.methods = stored.methods;
    row.spaces = stored.repeats.empty() ? stored.spaces : repeatMeans(stored);
    row.totalSeconds = stored.secondsOf("total");
    return row;
}

QStringList subfolders(const QString& dir) {
    QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
    std::sort(names.begin(), names.end());  // by code point, whatever the locale
    QStringList folders;
    for (const QString& name : names) folders << QDir(dir).filePath(name);
    return folders;
}

}  // namespace latentlab::io
