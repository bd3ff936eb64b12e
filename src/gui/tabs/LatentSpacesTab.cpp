#include "LatentSpacesTab.h"

#include "InfoBar.h"
#include "LatentSpacesLayout.h"
#include "LossChartView.h"
#include "MetricsTableView.h"
#include "NumberFormat.h"
#include "PlaneTitles.h"
#include "PlotOverlay.h"
#include "Procrustes.h"
#include "Random.h"
#include "ScatterView.h"
#include "UpdateThrottle.h"
#include "WarningText.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>

namespace latentlab::gui {

LatentSpacesTab::LatentSpacesTab(QWidget* parent)
    : QWidget(parent),
      m_pcaScatter(new ScatterView),
      m_aeScatter(new ScatterView),
      m_loss(new LossChartView),
      m_metrics(new MetricsTableView),
      m_trainingWarnings(new InfoBar(m_aeScatter)),
      m_layout(new LatentSpacesLayout({m_pcaScatter, m_aeScatter}, m_loss, m_metrics, this)),
      m_throttle(new UpdateThrottle(
          100, [this] { flushTrainingUpdates(); }, this)) {
    m_pcaScatter->setObjectName(QStringLiteral("pcaScatter"));
    m_aeScatter->setObjectName(QStringLiteral("aeScatter"));
    PlaneTitles::forPca(0).applyTo(m_pcaScatter);
    PlaneTitles::forAutoencoder(0).applyTo(m_aeScatter);

    // Over the autoencoder's view (not in the layout: the scatters keep their height on a
    // laptop), across the top of its plot, under its title.
    m_trainingWarnings->setObjectName(QStringLiteral("trainingWarnings"));
    m_warningsPlace = new PlotOverlay(m_trainingWarnings, m_aeScatter);
    connect(m_trainingWarnings, &InfoBar::resized, m_warningsPlace, &PlotOverlay::place);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildViewControls());
    layout->addWidget(m_layout->widget(), 1);
}

QWidget* LatentSpacesTab::buildViewControls() {
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_colourBy = new QComboBox;
    m_colourBy->addItems({tr("True label"), tr("k-means cluster")});
    m_colourBy->setToolTip(tr("Colour points by their true label or by their k-means cluster"));
    auto* size = m_pointSize = new QSlider(Qt::Horizontal);
    size->setRange(1, 12);
    size->setValue(4);
    size->setMaximumWidth(120);
    size->setToolTip(tr("Point size in pixels"));
    auto* opacity = m_opacity = new QSlider(Qt::Horizontal);
    opacity->setRange(5, 100);
    opacity->setValue(60);
    opacity->setMaximumWidth(120);
    opacity->setToolTip(tr("Point opacity: lower it to see density where points overlap"));
    auto* reset = new QPushButton(tr("Reset &zoom"));
    reset->setToolTip(
        tr("Back to the opening view in both scatters (wheel zooms, drag pans, "
           "double-click resets too)"));
    m_showAll = new QPushButton(tr("Show a&ll points"));
    m_showAll->setObjectName(QStringLiteral("showAllPoints"));
    m_showAll->setCheckable(true);
    m_showAll->setToolTip(
        tr("The axes open on the central 99.5 % of the points on each axis, plus a small "
           "margin, so a few far points do not squeeze the rest into the middle; the note "
           "above a plot says how many points lie outside. Press to fit every point."));

    auto* colourLabel = new QLabel(tr("&Colour by"));
    colourLabel->setBuddy(m_colourBy);
    auto* sizeLabel = new QLabel(tr("Point si&ze"));
    sizeLabel->setBuddy(size);
    auto* opacityLabel = new QLabel(tr("&Opacity"));
    opacityLabel->setBuddy(opacity);
    row->addWidget(colourLabel);
    row->addWidget(m_colourBy);
    row->addSpacing(16);
    row->addWidget(sizeLabel);
    row->addWidget(size);
    row->addSpacing(16);
    row->addWidget(opacityLabel);
    row->addWidget(opacity);
    m_align = new QCheckBox(tr("&Align AE to PCA"));
    m_align->setObjectName(QStringLiteral("alignAe"));
    m_align->setToolTip(
        tr("Rotate, reflect and scale the autoencoder's latent space onto the "
           "PCA space (orthogonal Procrustes) so the two scatters can be "
           "compared at a glance. Display only: no metric changes."));
    row->addSpacing(16);
    row->addWidget(m_align);
    row->addStretch(1);
    row->addWidget(m_showAll);
    row->addWidget(reset);
    connect(m_align, &QCheckBox::toggled, this, &LatentSpacesTab::redrawAe);
    connect(m_showAll, &QPushButton::toggled, this, [this](bool all) {
        m_pcaScatter->setShowAllPoints(all);
        m_aeScatter->setShowAllPoints(all);
        shareRanges(true);
    });

    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this](int index) {
        const ColourBy mode = index == 0 ? ColourBy::TrueLabel : ColourBy::Cluster;
        m_pcaScatter->setColourBy(mode);
        m_aeScatter->setColourBy(mode);
    });
    connect(size, &QSlider::valueChanged, this, [this](int pixels) {
        m_pcaScatter->setPointSize(pixels);
        m_aeScatter->setPointSize(pixels);
    });
    connect(opacity, &QSlider::valueChanged, this, [this](int percent) {
        m_pcaScatter->setOpacity(percent / 100.0);
        m_aeScatter->setOpacity(percent / 100.0);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_pcaScatter->resetZoom();
        m_aeScatter->resetZoom();
        shareRanges(true);
    });
    for (ScatterView* view : {m_pcaScatter, m_aeScatter}) {
        view->setPointSize(size->value());
        view->setOpacity(opacity->value() / 100.0);
    }
    return bar;
}

QJsonObject LatentSpacesTab::viewState() const {
    return {{"colour_by", m_colourBy->currentIndex() == 0 ? "label" : "cluster"},
            {"point_size", m_pointSize->value()},
            {"opacity", m_opacity->value()},
            {"align_ae", m_align->isChecked()},
            {"show_all", m_showAll->isChecked()},
            {"loss_log_scale", m_loss->logScale()}};
}

void LatentSpacesTab::setViewState(const QJsonObject& state) {
    // Each control keeps its value when the state lacks it or holds something unusable.
    if (state.contains("colour_by"))
        m_colourBy->setCurrentIndex(state.value("colour_by").toString() == "cluster" ? 1 : 0);
    const auto setSlider = [&state](QSlider* slider, const char* key) {
        if (state.value(key).isDouble())
            slider->setValue(
                std::clamp(state.value(key).toInt(), slider->minimum(), slider->maximum()));
    };
    setSlider(m_pointSize, "point_size");
    setSlider(m_opacity, "opacity");
    if (state.value("align_ae").isBool()) m_align->setChecked(state.value("align_ae").toBool());
    if (state.value("show_all").isBool()) m_showAll->setChecked(state.value("show_all").toBool());
    if (state.value("loss_log_scale").isBool())
        m_loss->setLogScale(state.value("loss_log_scale").toBool());
}

void LatentSpacesTab::beginRun(int epochs) {
    m_trainingWarnings->dismiss();  // they were the last run's
    m_pendingLoss.clear();
    m_pendingEpoch = 0;
    m_epochs = epochs;
    m_loss->clear();
    m_loss->setEpochCount(epochs);
    m_metrics->clear();  // the new run's numbers come at its end; the old ones are not its
    m_aeHasData = false;
    // The scatters keep the previous run's points, marked, until the new ones arrive.
    m_pcaPrevious = m_pcaScatter->rowCount() > 0;
    m_aePrevious = m_aeScatter->rowCount() > 0;
    updateSampleNote();
}

void LatentSpacesTab::showData(std::shared_ptr<const Dataset> data) {
    const bool sameRows = m_data && data && m_data->rows() == data->rows();
    m_data = std::move(data);
    if (!sameRows) {
        m_drawn.clear();
        if (m_data && m_data->rows() > kMaxDrawnPoints)
            m_drawn = Random(1).sample(m_data->rows(), kMaxDrawnPoints);
    }
}

Eigen::MatrixXd LatentSpacesTab::drawnRows(const Eigen::MatrixXd& all) const {
    if (m_drawn.empty()) return all;
    Eigen::MatrixXd out(Eigen::Index(m_drawn.size()), all.cols());
    for (std::size_t i = 0; i < m_drawn.size(); ++i) out.row(Eigen::Index(i)) = all.row(m_drawn[i]);
    return out;
}

std::vector<int> LatentSpacesTab::drawnLabels(const std::vector<int>& all) const {
    if (m_drawn.empty() || all.empty()) return all;
    std::vector<int> out;
    out.reserve(m_drawn.size());
    for (int row : m_drawn) out.push_back(all[std::size_t(row)]);
    return out;
}

void LatentSpacesTab::showPca(const Eigen::MatrixXd& embedding) {
    if (!m_data) return;
    m_pcaEmbedding = embedding;
    PlaneTitles::forPca(int(embedding.cols())).applyTo(m_pcaScatter);
    m_pcaScatter->setData(drawnRows(embedding), drawnLabels(m_data->labels), m_data->labelNames, {},
                          {});
    m_pcaPrevious = false;
    shareRanges(true);
    updateSampleNote();
}

void LatentSpacesTab::showSnapshot(int epoch, const Eigen::MatrixXd& latent) {
    m_pendingLatent = latent;
    m_pendingEpoch = epoch;
    m_throttle->request();
}

void LatentSpacesTab::flushTrainingUpdates() {
    for (const EpochLoss& e : m_pendingLoss) m_loss->appendLoss(e.epoch, e.loss, e.validation);
    m_pendingLoss.clear();
    if (m_pendingEpoch > 0) applySnapshot(m_pendingEpoch, m_pendingLatent);
    m_pendingEpoch = 0;
}

void LatentSpacesTab::applySnapshot(int epoch, const Eigen::MatrixXd& latent) {
    if (!m_data) return;
    m_aeEmbedding = latent;
    fitAePlane();
    m_aeClusters.clear();
    m_aeCenters.resize(0, 0);
    const Eigen::MatrixXd shown = drawnRows(aeForDisplay(latent, nullptr));
    m_aePrevious = false;
    if (!m_aeHasData || m_aeScatter->rowCount() != shown.rows()) {
        m_aeScatter->setData(shown, drawnLabels(m_data->labels), m_data->labelNames, {}, {});
        m_aeHasData = true;
        shareRanges(true);
    } else {
        m_aeScatter->updatePositions(shown);
        shareRanges(false);
    }
    m_aeScatter->setNote(tr("training: epoch %1 of %2").arg(epoch).arg(m_epochs) +
                         (aligning(latent) ? tr(" · aligned to PCA") : QString()));
}

bool LatentSpacesTab::aligning(const Eigen::MatrixXd& latent) const {
    // Aligned as drawn: a wide latent space's principal plane onto PC 1-2.
    const Eigen::Index shownWidth = m_aePlane.projects() ? 2 : latent.cols();
    return m_align->isChecked() && m_pcaEmbedding.rows() == latent.rows() &&
           m_pcaEmbedding.cols() >= shownWidth && latent.rows() >= 2;
}

void LatentSpacesTab::fitAePlane() {
    m_aePlane = LatentPlane::fit(m_aeEmbedding, &m_aePlane);
    PlaneTitles::forAutoencoder(int(m_aeEmbedding.cols())).applyTo(m_aeScatter);
}

Eigen::MatrixXd LatentSpacesTab::aeForDisplay(const Eigen::MatrixXd& latent,
                                              Eigen::MatrixXd* centers) const {
    const Eigen::MatrixXd shown = m_aePlane.project(latent);
    if (centers && centers->size() > 0) *centers = m_aePlane.project(*centers);
    if (!aligning(latent)) return shown;
    // With the least-squares scale an AE layout unlike PCA's shrinks (by their agreement,
    // 0.48 for the Tuned preset): matching the spread keeps the two comparable.
    const Similarity fit =
        fitSimilarity(shown, m_pcaEmbedding.leftCols(shown.cols()), SimilarityScale::MatchSpread);
    if (centers && centers->size() > 0) *centers = fit.apply(*centers);
    return fit.apply(shown);
}

void LatentSpacesTab::redrawAe() {
    if (!m_data || m_aeEmbedding.rows() != m_data->rows()) return;
    Eigen::MatrixXd centers = m_aeCenters;
    m_aeScatter->setData(drawnRows(aeForDisplay(m_aeEmbedding, &centers)),
                         drawnLabels(m_data->labels), m_data->labelNames, drawnLabels(m_aeClusters),
                         centers);
    shareRanges(true);
    updateSampleNote();
}

void LatentSpacesTab::shareRanges(bool force) {
    AxisBox shared;
    if (m_aeHasData && aligning(m_aeEmbedding)) {
        shared = m_pcaScatter->dataExtent();
        shared.include(m_aeScatter->dataExtent());
    }
    m_pcaScatter->setSharedExtent(shared, force);
    m_aeScatter->setSharedExtent(shared, force);
}

void LatentSpacesTab::appendLoss(int epoch, double loss, double validationLoss) {
    m_pendingLoss.push_back({epoch, loss, validationLoss});
    m_throttle->request();
}

void LatentSpacesTab::showResult(const Result& result) {
    m_pendingLoss.clear();  // the result carries the whole curve
    m_pendingEpoch = 0;
    // Copying a million-row table takes a quarter of a second: only when it is new.
    if (!m_data || m_data->rows() != result.data.rows() || m_data->labels != result.data.labels)
        showData(std::make_shared<const Dataset>(result.data));
    m_epochs = result.config.autoencoder.epochs;
    const std::vector<int> labels = drawnLabels(result.data.labels);
    m_pcaEmbedding = result.pcaSpace.embedding;
    PlaneTitles::forPca(int(m_pcaEmbedding.cols())).applyTo(m_pcaScatter);
    m_pcaScatter->setData(drawnRows(result.pcaSpace.embedding), labels, result.data.labelNames,
                          drawnLabels(result.pcaSpace.clustering.labels),
                          result.pcaSpace.clustering.centers);
    m_aeEmbedding = result.aeSpace.embedding;
    fitAePlane();
    m_aeClusters = result.aeSpace.clustering.labels;
    m_aeCenters = result.aeSpace.clustering.centers;
    m_aeHasData = true;  // before redrawAe, which shares the ranges of aligned views
    redrawAe();
    m_pcaPrevious = m_aePrevious = false;
    m_loss->setLoss(result.loss, result.validationLoss);
    showTrainingWarnings(result.warnings);
    m_metrics->setMetrics(result.pcaSpace.metrics, result.aeSpace.metrics);
    m_layout->fit();  // a sampled silhouette's interval widens the table
    updateSampleNote();
}

void LatentSpacesTab::updateSampleNote() {
    QString note;
    if (!m_drawn.empty() && m_data) {
        note = tr("showing %1 of %2 points (seeded sample)")
                   .arg(report::NumberFormat::count(qlonglong(m_drawn.size())),
                        report::NumberFormat::count(qlonglong(m_data->rows())));
    }
    const QString previous = tr("previous run: updating…");
    m_pcaScatter->setNote(m_pcaPrevious ? previous : note);
    if (m_aePrevious) {
        m_aeScatter->setNote(previous);
    } else if (m_aeEmbedding.rows() > 0 && aligning(m_aeEmbedding)) {
        const QString aligned = tr("aligned to PCA (display only)");
        m_aeScatter->setNote(note.isEmpty() ? aligned : note + QStringLiteral(" · ") + aligned);
    } else {
        m_aeScatter->setNote(note);
    }
}

void LatentSpacesTab::clear() {
    m_pcaEmbedding.resize(0, 0);
    m_aeEmbedding.resize(0, 0);
    m_aePlane = LatentPlane();
    m_aeClusters.clear();
    m_aeCenters.resize(0, 0);
    m_pendingLoss.clear();
    m_pendingEpoch = 0;
    m_pcaScatter->clear();
    m_aeScatter->clear();
    m_loss->clear();
    m_metrics->clear();
    m_data.reset();
    m_drawn.clear();
    m_aeHasData = false;
    m_pcaPrevious = m_aePrevious = false;
    shareRanges(true);
}

void LatentSpacesTab::showTrainingWarnings(const std::vector<TrainingWarning>& warnings) {
    if (warnings.empty()) {
        m_trainingWarnings->dismiss();
        return;
    }
    // The autoencoder's result is not to be read as a normal one, but the view must stay
    // readable: one short line naming each diagnostic over the plot, and under "Details" (and
    // in the tooltip) each in full with what to try.
    QStringList headlines, lines;
    for (const TrainingWarning& warning : warnings) {
        headlines << headlineOf(warning);
        lines << report::warningLine(warning);
    }
    const QString summary =
        warnings.size() == 1
            ? tr("Warning: %1.").arg(headlines.front())
            : tr("%1 warnings: %2.").arg(warnings.size()).arg(headlines.join(QStringLiteral("; ")));
    m_trainingWarnings->showMessage(InfoBar::Kind::Warning, summary, {},
                                    lines.join(QLatin1Char('\n')));
    m_warningsPlace->place();
}

QString LatentSpacesTab::headlineOf(const TrainingWarning& warning) {
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

QString LatentSpacesTab::trainingWarningText() const { return m_trainingWarnings->details(); }

}  // namespace latentlab::gui
