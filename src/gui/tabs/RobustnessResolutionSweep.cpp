// RobustnessTab's sweep section when the result was clustered by Leiden: it sweeps the
// resolution instead of k (its inputs, charts and words), on the analysis thread like the k
// sweep. The rest of the tab's behaviour is in RobustnessTab.cpp.
#include "RobustnessTab.h"

#include "AnalysisController.h"
#include "Errors.h"
#include "KSweepChartView.h"
#include "NumberFormat.h"
#include "ProgressRow.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QPushButton>

namespace latentlab::gui {

namespace {

QString resolutionText(double value) { return report::NumberFormat::significant(value, 4, true); }

}  // namespace

bool RobustnessTab::sweepsResolution() const {
    return m_result && m_result->config.clustering.method == ClusteringMethod::Leiden;
}

void RobustnessTab::showSweepKind() {
    const bool resolution = sweepsResolution();
    const bool changed = resolution != m_showsResolution;
    m_showsResolution = resolution;
    m_kInputs->setVisible(!resolution);
    m_kCharts->setVisible(!resolution);
    m_resolutionInputs->setVisible(resolution);
    m_resolutionCharts->setVisible(resolution);
    m_sweepBox->setTitle(resolution
                             ? tr("Resolution sweep: how Leiden's clustering changes with the "
                                  "resolution")
                             : tr("k sweep: how the clustering changes with k"));
    m_sweepButton->setText(resolution ? tr("S&weep resolution") : tr("S&weep k"));
    if (m_sweepAction) {
        m_sweepAction->setText(m_sweepButton->text());
        m_sweepAction->setStatusTip(
            resolution ? tr("Leiden at every resolution in a range on the current result: "
                            "clusters, modularity, silhouette and ARI charts")
                       : tr("k-means for every k in a range on the current result: "
                            "elbow and silhouette charts"));
        m_sweepAction->setToolTip(m_sweepAction->statusTip() +
                                  QStringLiteral(" (%1)").arg(m_sweepAction->shortcut().toString(
                                      QKeySequence::NativeText)));
    }
    // An idle section with nothing swept introduces what it sweeps now.
    if (changed && !m_sweepSource && !m_sweepRow->isActive()) m_sweepRow->setStatus(sweepIntro());
}

QString RobustnessTab::sweepIntro() const {
    return sweepsResolution()
               ? tr("Sweeps Leiden's resolution on the current result's latent spaces "
                    "(clusters, modularity, latent silhouette and ARI per resolution).")
               : tr("Sweeps k on the current result's two latent spaces (k-means and latent "
                    "silhouette per k).");
}

std::vector<double> RobustnessTab::resolutions(QString* problem) const {
    try {
        return resolutionRange(m_firstResolution->value(), m_lastResolution->value(),
                               m_resolutionStep->value());
    } catch (const ConfigError& error) {
        if (problem) *problem = QString::fromStdString(error.what());
        return {};
    }
}

QString RobustnessTab::sweepButtonTip() const {
    if (!sweepsResolution())
        return tr("k-means for every k in the range on both latent spaces of the current result");
    const std::vector<double> values = resolutions();
    if (values.empty()) return QString();
    return tr("Leiden at %1 resolutions (%2 to %3, the run's kNN graph and seed) in every latent "
              "space of the current result")
        .arg(values.size())
        .arg(resolutionText(values.front()), resolutionText(values.back()));
}

void RobustnessTab::startResolutionSweep() {
    QString problem;
    std::vector<double> values = resolutions(&problem);
    if (values.empty()) {
        reportError(tr("Cannot sweep the resolution"), problem);
        return;
    }
    m_sweepSource = m_result;
    m_clock.start();
    m_sweepRow->begin(tr("Starting the resolution sweep\u2026"));
    m_analysis->startResolutionSweep(m_result, std::move(values));
}

void RobustnessTab::showResolutionSweep(std::shared_ptr<const ResolutionSweep> sweep) {
    m_resolutionSweep = std::move(sweep);
    m_resolutionClusters->setSweep(*m_resolutionSweep);
    m_resolutionSilhouette->setSweep(*m_resolutionSweep);
    const std::vector<ResolutionPoint> none;
    const std::vector<ResolutionPoint>& curve =
        m_resolutionSweep->curves.empty() ? none : m_resolutionSweep->curves.front();
    const QString seconds = report::NumberFormat::fixed(m_clock.elapsed() / 1000.0, 1);
    m_sweepRow->finish(
        tr("Resolution %1\u2026%2 (%3 values) swept in %4 s; the run used resolution %5")
            .arg(resolutionText(curve.empty() ? 0.0 : curve.front().resolution),
                 resolutionText(curve.empty() ? 0.0 : curve.back().resolution))
            .arg(curve.size())
            .arg(seconds, resolutionText(m_resolutionSweep->chosenResolution)));
}

}  // namespace latentlab::gui
