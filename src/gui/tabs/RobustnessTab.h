// "Honest comparisons": how the verdict of one run holds up. A sweep on the current result —
// of k for k-means (elbow and silhouette against k, the run's k marked), of the resolution
// when the result was clustered by Leiden (clusters and modularity, silhouette and ARI
// against the resolution, the run's resolution marked) — and "Repeat × N" (the whole
// pipeline over N seeds: mean ± sd, the paired difference of each method to the baseline
// with its 95 % interval, a box plot per metric). Both run on AnalysisController's thread and can
// be cancelled.
#pragma once

#include "Config.h"
#include "Dataset.h"
#include "KSweep.h"
#include "Repeats.h"
#include "ResolutionSweep.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QDoubleSpinBox;
class QGroupBox;
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
    /// sweep_k.csv or sweep_resolution.csv, repeats_summary.csv and repeats.csv for what was
    /// run.
    void attach(RunController* runs, ExportController* exports,
                std::function<RepeatsInput()> repeatsInput);
    /// The Run menu's "Sweep k" ("Sweep resolution" for a Leiden result) and "Repeat × N"
    /// (objectNames sweepK, repeatRuns), children of `owner`; a separator first.
    QList<QAction*> createActions(QObject* owner);
    /// The window's result. A different result clears the sweep (it belongs to the old
    /// one) and the repeats if the result's settings differ from theirs; its clustering
    /// decides what the sweep section sweeps.
    void setResult(std::shared_ptr<const Result> result);
    /// Whether the sweep section sweeps Leiden's resolution (the result was clustered by
    /// Leiden) rather than k.
    bool sweepsResolution() const;

    /// Sweeps k, or the resolution when sweepsResolution().
    void startSweep();
    void startRepeats();
    void cancel();

    /// Null until an analysis has finished, and again once the result it belongs to is gone.
    std::shared_ptr<const KSweep> lastSweep() const { return m_sweep; }
    std::shared_ptr<const ResolutionSweep> lastResolutionSweep() const { return m_resolutionSweep; }
    std::shared_ptr<const RepeatsResult> lastRepeats() const { return m_repeats; }
    /// Writes the CSV files of what was run into `folder`; returns their names. Throws
    /// io::WriteError.
    QStringList writeFiles(const QString& folder) const;

    AnalysisController* analysis() const { return m_analysis; }
    KSweepChartView* elbowChart() const { return m_elbow; }
    KSweepChartView* silhouetteChart() const { return m_silhouette; }
    KSweepChartView* resolutionClustersChart() const { return m_resolutionClusters; }
    KSweepChartView* resolutionSilhouetteChart() const { return m_resolutionSilhouette; }
    RepeatsTableView* repeatsTable() const { return m_table; }
    MetricBoxPlotView* boxPlot() const { return m_boxPlot; }
    QSpinBox* firstKBox() const { return m_firstK; }
    QSpinBox* lastKBox() const { return m_lastK; }
    QDoubleSpinBox* firstResolutionBox() const { return m_firstResolution; }
    QDoubleSpinBox* lastResolutionBox() const { return m_lastResolution; }
    QDoubleSpinBox* resolutionStepBox() const { return m_resolutionStep; }
    QSpinBox* repeatCountBox() const { return m_repeatCount; }
    ProgressRow* sweepProgress() const { return m_sweepRow; }
    ProgressRow* repeatsProgress() const { return m_repeatsRow; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kDefaultFirstK = 2;
    static constexpr int kDefaultLastK = 15;
    static constexpr double kDefaultFirstResolution = 0.2;
    static constexpr double kDefaultLastResolution = 2.0;
    static constexpr double kDefaultResolutionStep = 0.2;

    QWidget* buildSweepSection();
    QWidget* buildKInputs();
    QWidget* buildResolutionInputs();
    // RobustnessResolutionSweep.cpp: the sweep section as a resolution sweep.
    /// Shows the k or the resolution inputs, charts and texts, as the result asks.
    void showSweepKind();
    QString sweepIntro() const;
    void startResolutionSweep();
    void showResolutionSweep(std::shared_ptr<const ResolutionSweep> sweep);
    /// The resolutions the inputs ask for; empty, with the reason in `problem`, when they
    /// are too many.
    std::vector<double> resolutions(QString* problem = nullptr) const;
    QString sweepButtonTip() const;
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
    KSweepChartView* m_resolutionClusters;
    KSweepChartView* m_resolutionSilhouette;
    RepeatsTableView* m_table;
    MetricBoxPlotView* m_boxPlot;
    QSplitter* m_views = nullptr;  ///< the repeats table beside the box plot
    QSpinBox* m_firstK = nullptr;
    QSpinBox* m_lastK = nullptr;
    QDoubleSpinBox* m_firstResolution = nullptr;
    QDoubleSpinBox* m_lastResolution = nullptr;
    QDoubleSpinBox* m_resolutionStep = nullptr;
    QGroupBox* m_sweepBox = nullptr;
    QWidget* m_kInputs = nullptr;
    QWidget* m_resolutionInputs = nullptr;
    QWidget* m_kCharts = nullptr;
    QWidget* m_resolutionCharts = nullptr;
    bool m_showsResolution = false;  ///< what the sweep section shows now
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
    std::shared_ptr<const ResolutionSweep> m_resolutionSweep;
    std::shared_ptr<const Result> m_sweepSource;  ///< the result the sweep was started on
    std::shared_ptr<const RepeatsResult> m_repeats;
    Config m_repeatsConfig;  ///< the settings "Repeat × N" was started with
    bool m_pipelineRunning = false;
    QElapsedTimer m_clock;  ///< since the current analysis started
};

}  // namespace latentlab::gui
