#include "TransformCommand.h"

#include "DatasetLoader.h"
#include "FittedModel.h"
#include "MethodRegistry.h"
#include "MetricsTable.h"
#include "ModelApplication.h"
#include "NumberFormat.h"
#include "SessionFile.h"
#include "TransformFolder.h"
#include "TransformInput.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace latentlab::cli {
namespace {

QString clusterSizes(const std::vector<int>& sizes) {
    QStringList texts;
    for (int size : sizes) texts << report::NumberFormat::count(size);
    return texts.join(' ');
}

}  // namespace

void TransformCommand::print(const QString& text, std::FILE* stream) const {
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

void TransformCommand::execute() {
    const QFileInfo out(m_line.outDir);
    if (out.exists() && !out.isDir())
        throw UsageError("--out " + m_line.outDir.toStdString() + " is a file, not a folder");

    const Result session = io::SessionFile::load(m_line.sessionFile);
    const FittedModel model = FittedModel::fromResult(session);
    io::ImportReport report;
    Dataset input = io::readTransformInput(session.config.data, m_line.inputFile, &report);
    ModelApplication applied;
    try {
        applied = applyModel(model, std::move(input));
    } catch (const ColumnMismatch& mismatch) {
        // The core knows the columns, not the file they came from.
        throw ColumnMismatch(m_line.inputFile.toStdString() + ": " + mismatch.what());
    }
    const io::TransformSources sources{"session", m_line.sessionFile, m_line.inputFile};
    io::TransformFolder(m_line.outDir).write(applied, sources);

    print(QStringLiteral("%1 rows of %2 (%3), k = %4\n")
              .arg(report::NumberFormat::count(applied.data.rows()))
              .arg(QDir::toNativeSeparators(m_line.inputFile))
              .arg(QString::fromStdString(applied.columns.describe()))
              .arg(model.clusters()),
          m_out);
    QString sizes = QStringLiteral("Rows per cluster (0..k-1)\n");
    for (const AppliedSpace& space : applied.spaces) {
        sizes += QStringLiteral("  %1  %2\n")
                     .arg(QString::fromUtf8(methodInfo(space.method).title) + ':', -13)
                     .arg(clusterSizes(space.clusterSizes));
    }
    print(sizes + '\n', m_out);
    for (const std::string& method : applied.withoutTransform) {
        print(QStringLiteral("%1 has no transform for new rows: not applied.\n")
                  .arg(QString::fromUtf8(methodInfo(method).title)),
              m_out);
    }
    for (const std::string& said : {report.renamedSummary(), report.missingSummary()})
        if (!said.empty()) print(QString::fromStdString(said) + '\n', m_out);
    std::vector<MethodColumn> columns;
    std::vector<std::string> methods;
    for (const AppliedSpace& space : applied.spaces) {
        columns.push_back({space.method, &space.metrics});
        methods.push_back(space.method);
    }
    print(metricsTable(columns, session.config.baselineMethod()), m_out);
    print("wrote " + QDir::toNativeSeparators(m_line.outDir) + "/{" +
              io::TransformFolder::fileNames(methods).join(',') + "}\n",
          m_err);
}

}  // namespace latentlab::cli
