#include "TrainingWarningText.h"

#include "WarningText.h"

#include <QCoreApplication>
#include <QStringList>

namespace latentlab::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("LatentSpacesTab", text); }

}  // namespace

QString trainingWarningHeadline(const TrainingWarning& warning) {
    // A diagnostic's message opens with what happened, before a colon or the first full stop
    // ("The autoencoder learned little beyond the mean: its MSE ...").
    const QString message = QString::fromStdString(warning.message);
    qsizetype end = message.indexOf(QLatin1Char(':'));
    const qsizetype stop = message.indexOf(QStringLiteral(". "));
    if (end < 0 || (stop >= 0 && stop < end)) end = stop;
    QString headline = end < 0 ? message : message.left(end);
    if (headline.endsWith(QLatin1Char('.'))) headline.chop(1);
    return headline;
}

QString trainingWarningSummary(const std::vector<TrainingWarning>& warnings, bool narrow) {
    if (warnings.empty()) return QString();
    if (narrow) {
        // Over a narrow plot, beside the Details button: short enough not to be cut.
        return warnings.size() == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings.size());
    }
    QStringList headlines;
    for (const TrainingWarning& warning : warnings) headlines << trainingWarningHeadline(warning);
    return warnings.size() == 1 ? tr("Warning: %1.").arg(headlines.front())
                                : tr("%1 warnings: %2.")
                                      .arg(warnings.size())
                                      .arg(headlines.join(QStringLiteral("; ")));
}

QString trainingWarningDetails(const std::vector<TrainingWarning>& warnings) {
    QStringList lines;
    for (const TrainingWarning& warning : warnings) lines << report::warningLine(warning);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace latentlab::gui
