// Export all from the real window, waited for as a user waits for the status bar to say it
// is done, for the GUI tests that check the files.
#pragma once

#include "ExportController.h"
#include "MainWindow.h"

#include <QSignalSpy>

/// True when the export started and wrote every file within `timeoutMs`; otherwise false,
/// with the reason in `error`.
inline bool exportAndWait(latentlab::gui::MainWindow& window, const QString& folder,
                          QString* error = nullptr, int timeoutMs = 120000) {
    using latentlab::gui::ExportController;
    using latentlab::gui::ExportOutcome;
    QSignalSpy ended(window.exports(), &ExportController::finished);
    if (!window.exportAll(folder, error)) return false;
    if (ended.isEmpty() && !ended.wait(timeoutMs)) {
        if (error) *error = QStringLiteral("the export did not end in time");
        return false;
    }
    const auto outcome = ended.takeFirst().at(0).value<ExportOutcome>();
    if (!outcome.ok() && error) *error = outcome.summary();
    return outcome.ok();
}
