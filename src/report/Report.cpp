#include "Report.h"

#include "IoErrors.h"
#include "ReportContent.h"
#include "ReportHtml.h"
#include "ReportPdf.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <stdexcept>

namespace latentlab::report {

ReportFormat reportFormatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    throw io::WriteError("cannot write the report " + path.toStdString() +
                         ": the file name must end in .pdf or .html");
}

void checkReportPath(const QString& path) {
    reportFormatOf(path);
    const QFileInfo file(path);
    const std::string shown = path.toStdString();
    if (file.isDir()) throw io::WriteError("cannot write the report " + shown + ": it is a folder");
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir()) {
        throw io::WriteError("cannot write the report " + shown + ": the folder " +
                             folder.filePath().toStdString() + " does not exist");
    }
    if (!folder.isWritable()) {
        throw io::WriteError("cannot write the report " + shown + ": the folder " +
                             folder.filePath().toStdString() + " is not writable");
    }
}

void writeReport(const ReportInput& input, const QString& path) {
    const ReportFormat format = reportFormatOf(path);
    // Fonts need a QGuiApplication (the CLI makes one, offscreen, only for reports).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw std::logic_error("writeReport needs a QGuiApplication");
    const ReportDocument document = buildReportDocument(input);
    QSaveFile file(path);
    auto failed = [&](const QString& reason) {
        return io::WriteError("cannot write the report " + path.toStdString() + " (" +
                              reason.toStdString() + ")");
    };
    if (!file.open(QIODevice::WriteOnly)) throw failed(file.errorString());
    if (format == ReportFormat::Pdf) {
        if (!writePdfReport(document, &file)) throw failed(QStringLiteral("PDF output failed"));
    } else {
        const QByteArray html = htmlReport(document);
        if (file.write(html) != html.size()) throw failed(file.errorString());
    }
    if (!file.commit()) throw failed(file.errorString());
}

}  // namespace latentlab::report
