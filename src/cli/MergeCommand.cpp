#include "MergeCommand.h"

#include "FinishedRun.h"
#include "HistoryCsv.h"
#include "IoErrors.h"
#include "JsonFile.h"
#include "PrintableText.h"

#include <QDir>
#include <QFileInfo>

namespace latentlab::cli {

void MergeCommand::execute() {
    const QString dir = m_line.outDir;
    const std::string shown = printable(QDir::toNativeSeparators(dir).toStdString());
    if (!QFileInfo(dir).isDir()) {
        throw UsageError("merge " + shown +
                         (QFileInfo::exists(dir) ? ": not a folder" : ": no such folder"));
    }
    std::vector<io::HistoryRow> rows;
    QString skipped;
    int skippedCount = 0;
    for (const QString& folder : io::subfolders(dir)) {
        const QString name = QFileInfo(folder).fileName();
        if (name == "configs" && !QFileInfo::exists(QDir(folder).filePath("metrics.json")))
            continue;  // a grid's own configs/ folder
        if (io::hasRunFiles(folder)) {
            rows.push_back(io::readFinishedRun(folder));
            continue;
        }
        const bool metrics = QFileInfo::exists(QDir(folder).filePath("metrics.json"));
        skipped += "skipped " + name +
                   (metrics ? ": no config.json\n" : ": no metrics.json (unfinished or failed)\n");
        ++skippedCount;
    }
    std::fputs(skipped.toUtf8().constData(), m_out);
    if (rows.empty()) {
        throw io::ReadError(shown +
                            " holds no finished run folder (a folder with config.json and "
                            "metrics.json)");
    }
    const QString history = QDir(dir).filePath("history.csv");
    io::writeFileAtomically(history, io::historyCsv(rows));
    std::fputs(QStringLiteral("wrote %1 (%2 runs, %3 skipped)\n")
                   .arg(QDir::toNativeSeparators(history))
                   .arg(rows.size())
                   .arg(skippedCount)
                   .toUtf8()
                   .constData(),
               m_out);
    std::fflush(m_out);
}

}  // namespace latentlab::cli
