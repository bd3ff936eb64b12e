#include "ReportSaver.h"

#include "Errors.h"
#include "Report.h"

#include "FileDialogs.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MainWindow.h"
#include "RobustnessTab.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace latentlab::gui {

namespace {

/// A wait cursor while a large report is painted (a second or two at 30 000 points).
struct WaitCursor {
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};

}  // namespace

ReportSaver::Contents ReportSaver::contentsOf(const MainWindow& window) {
    const RobustnessTab* robustness = window.robustness();
    Contents contents;
    contents.result = window.result();
    contents.sweep = robustness->lastSweep();
    contents.repeats = robustness->lastRepeats();
    contents.logLoss = window.latentSpaces()->lossChart()->logScale();
    contents.resolutionSweep = robustness->lastResolutionSweep();
    return contents;
}

bool ReportSaver::save(const QString& path, const Contents& contents, QString* error) {
    if (!contents.result) {
        if (error) *error = QObject::tr("nothing to report yet: run first");
        return false;
    }
    try {
        const WaitCursor wait;
        report::writeReport(
            {*contents.result, contents.sweep.get(), contents.repeats.get(), QString(),
             contents.logLoss ? report::LossAxis::Log : report::LossAxis::Linear,
             contents.resolutionSweep.get()},
            path);
        return true;
    } catch (const latentlab::Error& failure) {
        if (error) *error = QString::fromStdString(failure.what());
        return false;
    }
}

QString ReportSaver::saveWithDialog(QWidget* parent, const Contents& contents) {
    const QString pdfFilter = QObject::tr("PDF report (*.pdf)");
    const QString htmlFilter = QObject::tr("HTML report, one self-contained file (*.html)");
    const QString folder = FileDialogs::lastFolder(FileKind::Report);
    QString chosenFilter = pdfFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Save report"), QDir(folder).filePath("latentlab-report.pdf"),
        pdfFilter + QStringLiteral(";;") + htmlFilter, &chosenFilter);
    if (path.isEmpty()) return QString();
    // A name typed without a suffix gets the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html") &&
        suffix != QLatin1String("htm"))
        path += chosenFilter == htmlFilter ? QStringLiteral(".html") : QStringLiteral(".pdf");
    FileDialogs::remember(FileKind::Report, path);

    QString error;
    if (save(path, contents, &error)) return path;
    if (qApp->property("latentlabQuiet").toBool())
        qWarning("Cannot save report: %s", qPrintable(error));
    else
        QMessageBox::warning(parent, QObject::tr("Cannot save report"), error);
    return QString();
}

}  // namespace latentlab::gui
