// File → "Save report…": asks for a .pdf or .html name and writes the supervisor report of
// the window's result, with the Robustness tab's k or resolution sweep and repeats when they
// were run. The logic lives here so MainWindow only adds the action.
//
//   ReportSaver::saveWithDialog(window, ReportSaver::contentsOf(window));
#pragma once

#include "KSweep.h"
#include "Repeats.h"
#include "ResolutionSweep.h"
#include "Result.h"

#include <QString>
#include <memory>

class QWidget;

namespace latentlab::gui {

class MainWindow;

class ReportSaver {
public:
    struct Contents {
        std::shared_ptr<const Result> result;
        std::shared_ptr<const KSweep> sweep;           ///< null: no k-sweep section
        std::shared_ptr<const RepeatsResult> repeats;  ///< null: no repeats table
        bool logLoss = false;  ///< the loss chart's log-scale toggle, so the report matches it
        /// null: no resolution-sweep section
        std::shared_ptr<const ResolutionSweep> resolutionSweep;
    };

    /// What the window shows: its result, the Robustness tab's sweeps and repeats, the loss
    /// chart's scale.
    static Contents contentsOf(const MainWindow& window);

    /// Asks where (starting in the folder used last), writes, and returns the path written;
    /// empty when cancelled or failed (a message box says why; the window keeps its state).
    static QString saveWithDialog(QWidget* parent, const Contents& contents);
    /// Writes `path` (suffix .pdf or .html); false with the reason in `error`.
    static bool save(const QString& path, const Contents& contents, QString* error);
};

}  // namespace latentlab::gui
