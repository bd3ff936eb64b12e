// "Honest comparisons": how the verdict of one run holds up. A k sweep on the current
// result (elbow and silhouette against k, the run's k marked) and "Repeat × N" (the whole
// pipeline over N seeds: mean ± sd, the paired difference of each method to the baseline
// with its 95 % interval, a box plot per metric). Both run on AnalysisController's thread and can
// be cancelled.
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "KSweep.h"
#include "Repeats.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QPushButton;
class QSpinBox;
class QSplitter;

namespace latentlab::gui {

class AnalysisController;
class ExportController;
class KSweepChartView;
class MetricBoxPlotView;
class ProgressRow;
class RepeatsTableView;
class RunController;

class RobustnessTab : public QWidget {
    Q_OBJECT
public:
    /// What "Repeat × N" runs: the window's current settings and, for file data, the table
    /// already read (null: the worker reads it).
    struct RepeatsInput {
        Config config;
        std::shared_ptr<const Dataset> data;
        QString problem;  ///< why these settings cannot run (empty: they can)
    };

    explicit RobustnessTab(QWidget* parent = nullptr);
    ~RobustnessTab() override;

    /// Wires the tab into the window: a pipeline run starting cancels an analysis, none
    /// starts while a run is going; the charts get export menus and Export all writes
    /// sweep_k.csv, repeats_summary.csv and repeats.csv for what was run.
    void attach(RunController* runs, ExportController* exports,
                std::function<RepeatsInput()> repeatsInput);
    /// The Run menu's "Sweep k" and "Repeat × N" (objectNames sweepK, repeatRuns), children
    /// of `owner`; a separator first.
    QList<QAction*> createActions(QObject* owner);
    /// The window's result. A different result clears the sweep (it belongs to the old
    /// one) and the repeats if the result's settings differ from theirs.
    void setResult(std::shared_ptr<const Result> result);

    void startSweep();
    void startRepeats();
    void cancel();

    /// Null until an analysis has finished, and again once the result it belongs to is gone.
    std::shared_ptr<const KSweep> lastSweep() const { return m_sweep; }
    std::shared_ptr<const RepeatsResult> lastRepeats() const { return m_repeats; }
    /// Writes the CSV files of what was run into `folder`; returns their names. Throws
    /// io::WriteError.
    QStringList writeFiles(const QString& folder) const;

    AnalysisController* analysis() const { return m_analysis; }
    KSweepChartView* elbowChart() const { return m_elbow; }
    KSweepChartView* silhouetteChart() const { return m_silhouette; }
    RepeatsTableView* repeatsTable() const { return m_table; }
    MetricBoxPlotView* boxPlot() const { return m_boxPlot; }
    QSpinBox* firstKBox() const { return m_firstK; }
    QSpinBox* lastKBox() const { return m_lastK; }
    QSpinBox* repeatCountBox() const { return m_repeatCount; }
    ProgressRow* sweepProgress() const { return m_sweepRow; }
    ProgressRow* repeatsProgress() const { return m_repeatsRow; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kDefaultFirstK = 2;
    static constexpr int kDefaultLastK = 15;

    QWidget* buildSweepSection();
    QWidget* buildRepeatsSection();
    void wireAnalysis();
    void updateControls();
    void clearSweep(const QString& status);
    void clearRepeats(const QString& status);
    void showMetric(const QString& key);
    void reportError(const QString& title, const QString& message);
    void bringToFront();
    bool sameSettings(const Config& repeated, const Config& resolved) const;
    void fitRepeatsViews();

    AnalysisController* m_analysis;
    KSweepChartView* m_elbow;
    KSweepChartView* m_silhouette;
    RepeatsTableView* m_table;
    MetricBoxPlotView* m_boxPlot;
    QSplitter* m_views = nullptr;  ///< the repeats table beside the box plot
    QSpinBox* m_firstK = nullptr;
    QSpinBox* m_lastK = nullptr;
    QSpinBox* m_repeatCount = nullptr;
    QPushButton* m_sweepButton = nullptr;
    QPushButton* m_repeatButton = nullptr;
    ProgressRow* m_sweepRow = nullptr;
    ProgressRow* m_repeatsRow = nullptr;
    QAction* m_sweepAction = nullptr;
    QAction* m_repeatAction = nullptr;

    std::function<RepeatsInput()> m_repeatsInput;
    std::shared_ptr<const Result> m_result;
    std::shared_ptr<const KSweep> m_sweep;
    std::shared_ptr<const Result> m_sweepSource;  ///< the result the sweep was started on
    std::shared_ptr<const RepeatsResult> m_repeats;
    Config m_repeatsConfig;  ///< the settings "Repeat × N" was started with
    bool m_pipelineRunning = false;
    QElapsedTimer m_clock;  ///< since the current analysis started
};

}  // namespace latentlab::gui
