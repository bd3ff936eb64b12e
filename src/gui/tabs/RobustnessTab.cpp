#include "RobustnessTab.h"

#include "AnalysisController.h"
#include "ConfigJson.h"
#include "Errors.h"
#include "ExportController.h"
#include "JsonFile.h"
#include "KSweepChartView.h"
#include "KSweepCsv.h"
#include "MetricBoxPlotView.h"
#include "NumberFormat.h"
#include "ProgressRow.h"
#include "RepeatsCsv.h"
#include "RepeatsTableView.h"
#include "ResolutionSweepCsv.h"
#include "RunController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace latentlab::gui {

namespace {

QString seconds(const QElapsedTimer& clock) {
    return report::NumberFormat::fixed(clock.elapsed() / 1000.0, 1);
}

}  // namespace

RobustnessTab::RobustnessTab(QWidget* parent)
    : QWidget(parent),
      m_analysis(new AnalysisController(this)),
      m_elbow(new KSweepChartView(KSweepChartView::Measure::InertiaOverTss)),
      m_silhouette(new KSweepChartView(KSweepChartView::Measure::Silhouette)),
      m_resolutionClusters(
          new KSweepChartView(KSweepChartView::Measure::Clusters, SweptSetting::Resolution)),
      m_resolutionSilhouette(
          new KSweepChartView(KSweepChartView::Measure::Silhouette, SweptSetting::Resolution)),
      m_table(new RepeatsTableView),
      m_boxPlot(new MetricBoxPlotView) {
    m_elbow->setObjectName(QStringLiteral("elbowChart"));
    m_silhouette->setObjectName(QStringLiteral("silhouetteVsKChart"));
    m_resolutionClusters->setObjectName(QStringLiteral("clustersVsResolutionChart"));
    m_resolutionSilhouette->setObjectName(QStringLiteral("silhouetteVsResolutionChart"));
    m_boxPlot->setObjectName(QStringLiteral("repeatsBoxPlot"));
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(buildSweepSection());
    vertical->addWidget(buildRepeatsSection());
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({400, 500});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vertical);
    wireAnalysis();
    showSweepKind();
    clearSweep(sweepIntro());
    clearRepeats(QString());
    updateControls();
}

RobustnessTab::~RobustnessTab() = default;

bool RobustnessTab::eventFilter(QObject* watched, QEvent* event) {
    // After the splitter has shared out its new width (its own resize handling comes later).
    if (watched == m_views && event->type() == QEvent::Resize && m_repeats)
        QMetaObject::invokeMethod(this, &RobustnessTab::fitRepeatsViews, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void RobustnessTab::fitRepeatsViews() {
    // The table takes the width its numbers need, as long as the box plot keeps enough to
    // read; narrower than that, the table elides its metric names (RepeatsTableView).
    constexpr int kBoxPlotWidth = 330;
    const QList<int> sizes = m_views->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0) return;
    const int table = std::min(m_table->naturalWidth(), total - kBoxPlotWidth);
    if (table > sizes.value(0)) m_views->setSizes({table, total - table});
}

void RobustnessTab::wireAnalysis() {
    connect(m_analysis, &AnalysisController::busyChanged, this, [this] { updateControls(); });
    connect(m_analysis, &AnalysisController::progressChanged, this,
            [this](double fraction, const QString& text) {
                ProgressRow* row = m_analysis->kind() == AnalysisController::Kind::Sweep
                                       ? m_sweepRow
                                       : m_repeatsRow;
                row->setProgress(fraction, text);
            });
    connect(m_analysis, &AnalysisController::sweepFinished, this, [this](auto sweep) {
        m_sweep = sweep;
        m_elbow->setSweep(*sweep);
        m_silhouette->setSweep(*sweep);
        m_sweepRow->finish(tr("k = %1\u2026%2 swept in %3 s; the run used k = %4")
                               .arg(sweep->empty() ? 0 : sweep->curves.front().front().k)
                               .arg(sweep->empty() ? 0 : sweep->curves.front().back().k)
                               .arg(seconds(m_clock))
                               .arg(sweep->chosenK));
    });
    connect(m_analysis, &AnalysisController::resolutionSweepFinished, this,
            &RobustnessTab::showResolutionSweep);
    connect(m_analysis, &AnalysisController::repeatsFinished, this, [this](auto repeats) {
        // A result of other settings may have come while the last repeat ran: its cancel
        // arrived too late, and the repeats must not stand beside it.
        if (m_result && !sameSettings(m_repeatsConfig, m_result->config)) {
            m_repeatsRow->finish(tr("Discarded: the result's settings changed while repeating"));
            return;
        }
        m_repeats = repeats;
        m_table->setRepeats(repeats);
        fitRepeatsViews();
        m_repeatsRow->finish(
            tr("%1 repeats in %2 s").arg(repeats->repeats()).arg(seconds(m_clock)));
    });
    connect(m_analysis, &AnalysisController::failed, this, [this](const QString& message) {
        for (ProgressRow* row : {m_sweepRow, m_repeatsRow})
            if (row->isActive()) row->finish(tr("Failed: %1").arg(message));
        reportError(tr("Analysis failed"), message);
    });
    connect(m_analysis, &AnalysisController::cancelled, this, [this] {
        for (ProgressRow* row : {m_sweepRow, m_repeatsRow})
            if (row->isActive()) row->finish(tr("Cancelled; the previous results stay"));
    });
}

void RobustnessTab::attach(RunController* runs, ExportController* exports,
                           std::function<RepeatsInput()> repeatsInput) {
    m_repeatsInput = std::move(repeatsInput);
    // A new run replaces the result an analysis works on (or competes with repeats for the
    // two cores): the run wins.
    connect(runs, &RunController::started, this, [this] {
        ProgressRow* row = m_sweepRow->isActive()     ? m_sweepRow
                           : m_repeatsRow->isActive() ? m_repeatsRow
                                                      : nullptr;
        m_analysis->cancel();
        if (row) row->finish(tr("Cancelled by a new run"));
    });
    connect(runs, &RunController::runningChanged, this, [this](bool running) {
        m_pipelineRunning = running;
        updateControls();
    });
    m_pipelineRunning = runs->isRunning();
    exports->addView(m_elbow, QStringLiteral("sweep_k_elbow"), [this] { return !!m_sweep; });
    exports->addView(m_silhouette, QStringLiteral("sweep_k_silhouette"),
                     [this] { return !!m_sweep; });
    exports->addView(m_resolutionClusters, QStringLiteral("sweep_resolution_clusters"),
                     [this] { return !!m_resolutionSweep; });
    exports->addView(m_resolutionSilhouette, QStringLiteral("sweep_resolution_silhouette"),
                     [this] { return !!m_resolutionSweep; });
    exports->addView(m_table, QStringLiteral("repeats_table"), [this] { return !!m_repeats; });
    exports->addView(m_boxPlot, QStringLiteral("repeats_boxplot"), [this] { return !!m_repeats; });
    exports->addFileWriter([this](const QString& folder) { return writeFiles(folder); });
    updateControls();
}

QList<QAction*> RobustnessTab::createActions(QObject* owner) {
    auto* separator = new QAction(owner);
    separator->setSeparator(true);
    m_sweepAction = new QAction(owner);  // texts from showSweepKind()
    m_sweepAction->setObjectName(QStringLiteral("sweepK"));
    m_sweepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_repeatAction = new QAction(tr("Repeat \u00d7 &N"), owner);
    m_repeatAction->setObjectName(QStringLiteral("repeatRuns"));
    m_repeatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_repeatAction->setStatusTip(
        tr("Run the pipeline N times over seeds: mean \u00b1 sd and "
           "the paired differences to the baseline"));
    m_repeatAction->setToolTip(
        m_repeatAction->statusTip() +
        QStringLiteral(" (%1)").arg(m_repeatAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_sweepAction, &QAction::triggered, this, [this] {
        bringToFront();
        startSweep();
    });
    connect(m_repeatAction, &QAction::triggered, this, [this] {
        bringToFront();
        startRepeats();
    });
    showSweepKind();
    updateControls();
    return {separator, m_sweepAction, m_repeatAction};
}

void RobustnessTab::setResult(std::shared_ptr<const Result> result) {
    if (result == m_result) return;
    m_result = std::move(result);
    const int rows = m_result ? m_result->data.rows() : 0;
    const int largest = m_result ? std::max(2, rows - 1) : kDefaultLastK;
    const bool untouched = m_lastK->value() == m_lastK->maximum();
    m_firstK->setMaximum(largest);
    m_lastK->setMaximum(largest);
    if (untouched || m_lastK->value() > largest)
        m_lastK->setValue(std::min(kDefaultLastK, largest));

    if (m_sweepSource && m_sweepSource != m_result) {
        if (m_analysis->kind() == AnalysisController::Kind::Sweep) m_analysis->cancel();
        clearSweep(m_result ? tr("The result changed: sweep again to see it.") : QString());
    }
    showSweepKind();
    const bool repeatsDiffer = !m_result || !sameSettings(m_repeatsConfig, m_result->config);
    if (repeatsDiffer && m_analysis->kind() == AnalysisController::Kind::Repeats) {
        m_analysis->cancel();
        m_repeatsRow->setStatus(tr("Cancelled: the settings changed"));
    }
    if (m_repeats && repeatsDiffer)
        clearRepeats(tr("Cleared: the current result's settings differ from the repeated ones."));
    updateControls();
}

bool RobustnessTab::sameSettings(const Config& repeated, const Config& resolved) const {
    // k = 0 ("as many as there are classes") resolves to the same k on the same data.
    Config normalised = repeated;
    if (normalised.kmeans.k == 0) normalised.kmeans.k = resolved.kmeans.k;
    return io::configToJson(normalised) == io::configToJson(resolved);
}

void RobustnessTab::startSweep() {
    if (!m_result || m_pipelineRunning || m_analysis->isBusy()) return;
    if (sweepsResolution()) {
        startResolutionSweep();
        return;
    }
    m_sweepSource = m_result;
    m_clock.start();
    m_sweepRow->begin(tr("Starting the sweep\u2026"));
    m_analysis->startSweep(m_result, m_firstK->value(), m_lastK->value());
}

void RobustnessTab::startRepeats() {
    if (m_pipelineRunning || m_analysis->isBusy() || !m_repeatsInput) return;
    RepeatsInput input = m_repeatsInput();
    if (!input.problem.isEmpty()) {
        reportError(tr("Cannot repeat"), input.problem);
        return;
    }
    m_repeatsConfig = input.config;
    m_clock.start();
    m_repeatsRow->begin(tr("Starting %1 repeats\u2026").arg(m_repeatCount->value()));
    m_analysis->startRepeats(input.config, input.data, m_repeatCount->value());
}

void RobustnessTab::cancel() { m_analysis->cancel(); }

void RobustnessTab::clearSweep(const QString& status) {
    m_sweep.reset();
    m_resolutionSweep.reset();
    m_sweepSource.reset();
    for (KSweepChartView* chart :
         {m_elbow, m_silhouette, m_resolutionClusters, m_resolutionSilhouette})
        chart->clear();
    m_sweepRow->finish(status);
}

void RobustnessTab::clearRepeats(const QString& status) {
    m_repeats.reset();
    m_table->clear();
    m_boxPlot->clear();
    m_repeatsRow->finish(status);
}

void RobustnessTab::showMetric(const QString& key) {
    if (m_repeats && !key.isEmpty())
        m_boxPlot->setMetric(*m_repeats, key.toStdString());
    else
        m_boxPlot->clear();
}

void RobustnessTab::updateControls() {
    const bool busy = m_analysis->isBusy();
    QString rangeProblem;
    if (sweepsResolution()) resolutions(&rangeProblem);
    const bool canSweep = m_result && !m_pipelineRunning && !busy && rangeProblem.isEmpty();
    const bool canRepeat = !m_pipelineRunning && !busy;
    const QString waiting = m_pipelineRunning ? tr("Wait for the run to finish")
                                              : tr("Another analysis is running: cancel it first");
    m_sweepButton->setEnabled(canSweep);
    m_sweepButton->setToolTip(canSweep                  ? sweepButtonTip()
                              : !m_result               ? tr("Run the pipeline first (F5)")
                              : !rangeProblem.isEmpty() ? rangeProblem
                                                        : waiting);
    m_repeatButton->setText(tr("Repeat \u00d7 %1").arg(m_repeatCount->value()));
    m_repeatButton->setEnabled(canRepeat);
    QString estimate;
    if (m_result)
        estimate = tr(" (about %1 s at the last run's %2 s each)")
                       .arg(report::NumberFormat::fixed(
                           m_result->seconds.total * m_repeatCount->value(), 0))
                       .arg(report::NumberFormat::fixed(m_result->seconds.total, 1));
    m_repeatButton->setToolTip(canRepeat ? tr("Run the current settings %1 times with every seed "
                                              "moved on by one per repeat%2")
                                               .arg(m_repeatCount->value())
                                               .arg(estimate)
                                         : waiting);
    for (QWidget* box :
         std::initializer_list<QWidget*>{m_firstK, m_lastK, m_firstResolution, m_lastResolution,
                                         m_resolutionStep, m_repeatCount})
        box->setEnabled(!busy);
    if (m_sweepAction) m_sweepAction->setEnabled(canSweep);
    if (m_repeatAction) m_repeatAction->setEnabled(canRepeat);
}

QStringList RobustnessTab::writeFiles(const QString& folder) const {
    QStringList written;
    const QDir dir(folder);
    if (m_sweep) {
        io::writeFileAtomically(dir.filePath("sweep_k.csv"), io::kSweepCsv(*m_sweep));
        written << "sweep_k.csv";
    }
    if (m_resolutionSweep) {
        io::writeFileAtomically(dir.filePath("sweep_resolution.csv"),
                                io::resolutionSweepCsv(*m_resolutionSweep));
        written << "sweep_resolution.csv";
    }
    if (m_repeats) {
        io::writeFileAtomically(dir.filePath("repeats_summary.csv"),
                                io::repeatsSummaryCsv(*m_repeats));
        io::writeFileAtomically(dir.filePath("repeats.csv"), io::repeatsCsv(*m_repeats));
        written << "repeats_summary.csv"
                << "repeats.csv";
    }
    return written;
}

void RobustnessTab::reportError(const QString& title, const QString& message) {
    if (qApp->property("latentlabQuiet").toBool()) {
        qWarning("%s: %s", qPrintable(title), qPrintable(message));
        return;
    }
    QMessageBox::warning(this, title, message);
}

void RobustnessTab::bringToFront() {
    for (QWidget* widget = parentWidget(); widget; widget = widget->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            tabs->setCurrentWidget(this);
            return;
        }
    }
}

}  // namespace latentlab::gui
