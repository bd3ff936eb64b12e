// SelectionPanel's way out: the selection as CSV, and as a labels file offered as the next
// run's truth (both written atomically), through the remembered file dialogs.
#include "Errors.h"
#include "FileDialogs.h"
#include "JsonFile.h"
#include "NumberFormat.h"
#include "RowSelection.h"
#include "SelectionCsv.h"
#include "SelectionPanel.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace latentlab::gui {

using report::NumberFormat;

bool SelectionPanel::exportSelection(const QString& path, QString* error) {
    if (!hasSelection()) {
        if (error) *error = tr("no rows are selected");
        return false;
    }
    try {
        io::writeFileAtomically(path, io::selectionCsv(*m_result, m_selection->mask()));
        return true;
    } catch (const latentlab::Error& failure) {
        if (error) *error = QString::fromStdString(failure.what());
        return false;
    }
}

bool SelectionPanel::saveLabelColumn(const QString& path, QString* error) {
    if (!hasSelection()) {
        if (error) *error = tr("no rows are selected");
        return false;
    }
    try {
        io::writeFileAtomically(path, io::selectionLabelsCsv(*m_result, m_selection->mask()));
    } catch (const latentlab::Error& failure) {
        if (error) *error = QString::fromStdString(failure.what());
        return false;
    }
    m_savedPath = path;
    const QString problem = QString::fromStdString(io::selectionTruthProblem(*m_result));
    const QString saved =
        tr("Saved %1: \"selected\" for %2 rows, \"not\" for %3.")
            .arg(QFileInfo(path).fileName(), NumberFormat::count(m_selection->count()),
                 NumberFormat::count(m_selection->rowCount() - m_selection->count()));
    m_savedNote->setText(problem.isEmpty() ? saved
                                           : tr("%1 To use it as truth: %2.").arg(saved, problem));
    m_savedNote->show();
    m_useAsTruth->setVisible(problem.isEmpty());
    return true;
}

void SelectionPanel::chooseExportFile() {
    const QString path =
        FileDialogs::save(this, FileKind::Export, tr("Export selection"), tr("CSV files (*.csv)"),
                          QStringLiteral("selection.csv"));
    QString error;
    if (!path.isEmpty() && !exportSelection(path, &error))
        report(tr("Cannot export the selection"), error);
}

void SelectionPanel::chooseLabelsFile() {
    const QString path =
        FileDialogs::save(this, FileKind::Data, tr("Save selection as label column"),
                          tr("Labels (*.csv)"), QStringLiteral("selection_labels.csv"));
    QString error;
    if (!path.isEmpty() && !saveLabelColumn(path, &error))
        report(tr("Cannot save the label column"), error);
}

void SelectionPanel::report(const QString& title, const QString& message) {
    if (qApp->property("latentlabQuiet").toBool()) {
        qWarning("%s: %s", qPrintable(title), qPrintable(message));
        return;
    }
    QMessageBox::warning(this, title, message);
}

}  // namespace latentlab::gui
