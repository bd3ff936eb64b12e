#include "LatentSpacesTab.h"

#include "TrainingWarningText.h"

#include "ConfigJson.h"

#include "InfoBar.h"
#include "LatentSpacesLayout.h"
#include "LatentViewControls.h"
#include "LinkedScatters.h"
#include "LossChartView.h"
#include "LossCursor.h"
#include "MethodStyle.h"
#include "MetricsTableView.h"
#include "NumberFormat.h"
#include "PlaneTitles.h"
#include "PlotOverlay.h"
#include "Procrustes.h"
#include "Random.h"
#include "ReplayTimeline.h"
#include "RowSelection.h"
#include "ScatterView.h"
#include "UpdateThrottle.h"

#include <QJsonDocument>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace latentlab::gui {

namespace {

// Result::warnings are the autoencoder's training diagnostics (diagnoseTraining): they are
// shown over its plot.
const std::string kTrainedMethod = "autoencoder";

}  // namespace

LatentSpacesTab::LatentSpacesTab(QWidget* parent)
    : QWidget(parent),
      m_controls(new LatentViewControls),
      m_loss(new LossChartView),
      m_metrics(new MetricsTableView),
      m_trainingWarnings(new InfoBar(this)),
      m_layout(new LatentSpacesLayout(m_loss, m_metrics, this)),
      m_selection(new RowSelection(this)),
      m_links(new LinkedScatters(m_selection, this)),
      m_throttle(new UpdateThrottle(
          100, [this] { flushUpdates(); }, this)),
      m_timeline(new ReplayTimeline),
      m_lossCursor(new LossCursor(m_loss)) {
    m_trainingWarnings->setObjectName(QStringLiteral("trainingWarnings"));
    m_trainingWarnings->setFoldsToOneLine(true);
    m_trainingWarnings->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_layout->widget(), 1);
    m_layout->setTimeline(m_timeline);
    connect(m_timeline, &ReplayTimeline::frameChanged, this, &LatentSpacesTab::showReplayFrame);

    const auto each = [this](auto apply) {
        for (Space& space : m_spaces) apply(space.view);
    };
    connect(m_controls, &LatentViewControls::colourByChanged, this, [this, each](ColourBy mode) {
        m_links->showAllGroups();  // "cluster 3" and label 3 are different groups
        each([mode](ScatterView* v) { v->setColourBy(mode); });
    });
    connect(m_controls, &LatentViewControls::dragToolChanged, m_links,
            &LinkedScatters::setDragTool);
    m_links->setLinkRanges(m_controls->linksZoom());
    connect(m_controls, &LatentViewControls::linkZoomToggled, m_links,
            &LinkedScatters::setLinkRanges);
    connect(m_controls, &LatentViewControls::pointSizeChanged, this,
            [each](int pixels) { each([pixels](ScatterView* v) { v->setPointSize(pixels); }); });
    connect(m_controls, &LatentViewControls::opacityChanged, this, [each](double opacity) {
        each([opacity](ScatterView* v) { v->setOpacity(opacity); });
    });
    connect(m_controls, &LatentViewControls::alignToggled, this, [this, each] {
        // Aligned and unaligned points lie elsewhere: a zoom of one means nothing to the other.
        each([](ScatterView* v) { v->resetZoom(); });
        redrawAll();
        updateNotes();
    });
    connect(m_controls, &LatentViewControls::showAllToggled, this, [this, each](bool all) {
        each([all](ScatterView* v) { v->setShowAllPoints(all); });
        shareRanges(true);
    });
    connect(m_controls, &LatentViewControls::resetZoomRequested, this, [this, each] {
        each([](ScatterView* v) { v->resetZoom(); });
        shareRanges(true);
    });
    // After the handlers above redrew the final result: a replay frame on screen comes back.
    for (auto changed : {&LatentViewControls::alignToggled, &LatentViewControls::showAllToggled})
        connect(m_controls, changed, this, &LatentSpacesTab::refreshReplayFrame);
    connect(m_controls, &LatentViewControls::resetZoomRequested, this,
            &LatentSpacesTab::refreshReplayFrame);
    Config defaults;
    setMethods(defaults.methods, defaults.baselineMethod());
}

LatentSpacesTab::Space* LatentSpacesTab::find(const std::string& method) {
    for (Space& space : m_spaces)
        if (space.method == method) return &space;
    return nullptr;
}

const LatentSpacesTab::Space* LatentSpacesTab::find(const std::string& method) const {
    return const_cast<LatentSpacesTab*>(this)->find(method);
}

std::vector<std::string> LatentSpacesTab::methods() const {
    std::vector<std::string> names;
    for (const Space& space : m_spaces) names.push_back(space.method);
    return names;
}

ScatterView* LatentSpacesTab::scatter(const std::string& method) const {
    const Space* space = find(method);
    return space ? space->view : nullptr;
}

std::vector<ScatterView*> LatentSpacesTab::scatters() const {
    std::vector<ScatterView*> views;
    for (const Space& space : m_spaces) views.push_back(space.view);
    return views;
}

QPushButton* LatentSpacesTab::showAllButton() const { return m_controls->showAllButton(); }

void LatentSpacesTab::setMethods(const std::vector<std::string>& methods,
                                 const std::string& baseline) {
    m_baseline = baseline;
    m_controls->setBaselineTitle(MethodStyle::name(baseline));
    if (methods == this->methods()) return;
    std::vector<Space> spaces;
    for (const std::string& method : methods) {
        Space* kept = find(method);
        if (kept) {
            spaces.push_back(std::move(*kept));
            kept->view = nullptr;
            continue;
        }
        Space space;
        space.method = method;
        space.view = new ScatterView;
        // "pcaScatter", "autoencoderScatter", "umapScatter", ...
        space.view->setObjectName(QString::fromStdString(method) + QStringLiteral("Scatter"));
        space.view->setKeepsZoom(true);  // until the data change (resetZoomIfNewData)
        m_controls->styleScatter(space.view);
        spaces.push_back(std::move(space));
    }
    // The warnings strip lives in the trained method's scatter; it must not go down with one.
    m_trainingWarnings->hide();
    m_trainingWarnings->setParent(this);
    delete m_warningsPlace;  // a child of the strip: reparenting kept it
    m_warningsPlace = nullptr;
    for (Space& gone : m_spaces)
        if (gone.view) gone.view->deleteLater();
    m_spaces = std::move(spaces);
    std::vector<ScatterView*> views;
    for (Space& space : m_spaces) {
        views.push_back(space.view);
        updateTitles(space);
    }
    m_layout->setScatters(views);
    m_links->setViews(views);
    if (ScatterView* trained = scatter(kTrainedMethod)) {
        m_trainingWarnings->setParent(trained);
        m_trainingWarnings->hide();
        m_warningsPlace = new PlotOverlay(m_trainingWarnings, trained);
        m_warningsPlace->setPeers(views);
        connect(m_trainingWarnings, &InfoBar::resized, m_warningsPlace, &PlotOverlay::place);
    }
    emit methodsChanged();
}

void LatentSpacesTab::updateTitles(Space& space) {
    // Three or four scatters in a row leave no room for "latent space" in each title.
    PlaneTitles titles =
        PlaneTitles::forMethod(space.method, int(space.embedding.cols()), m_spaces.size() > 2);
    if (!space.runName.isEmpty()) titles.title += QStringLiteral(" · ") + space.runName;
    titles.applyTo(space.view);
}

void LatentSpacesTab::setRunName(const QString& name) {
    m_runName = name;
    for (Space& space : m_spaces) {
        if (space.previous) continue;
        space.runName = name;
        updateTitles(space);
    }
}

QJsonObject LatentSpacesTab::viewState() const {
    QJsonObject state = m_controls->state();
    state.insert("loss_log_scale", m_loss->logScale());
    return state;
}

void LatentSpacesTab::setViewState(const QJsonObject& state) {
    m_controls->setState(state);
    if (state.value("loss_log_scale").isBool())
        m_loss->setLogScale(state.value("loss_log_scale").toBool());
}

void LatentSpacesTab::beginRun(const Config& config) {
    m_trainingWarnings->dismiss();  // they were the last run's
    setReplay(nullptr);             // and so was the replay
    m_pendingLoss.clear();
    setMethods(config.methods, config.baselineMethod());
    resetZoomIfNewData(config);
    m_loss->clear();
    m_loss->setEpochCount(config.runs(kTrainedMethod) ? config.autoencoder.epochs : 0);
    m_metrics->setMethods(config.methods, config.baselineMethod());
    m_metrics->clear();  // the new run's numbers come at its end; the old ones are not its
    // The scatters keep the previous run's points, marked, until the new ones arrive.
    for (Space& space : m_spaces) {
        space.previous = space.view->rowCount() > 0;
        // The first frame of the new run sets its labels too, not only new positions.
        space.hasData = false;
        space.pendingStep = 0;
        space.steps = 0;
    }
    updateNotes();
}

void LatentSpacesTab::showData(std::shared_ptr<const Dataset> data) {
    const bool sameRows = m_data && data && m_data->rows() == data->rows();
    m_data = std::move(data);
    m_selection->setRowCount(m_data ? m_data->rows() : 0);
    if (!sameRows) {
        m_drawn.clear();
        if (m_data && m_data->rows() > kMaxDrawnPoints)
            m_drawn = Random(1).sample(m_data->rows(), kMaxDrawnPoints);
    }
}

void LatentSpacesTab::startMethod(const std::string& method, int steps) {
    if (Space* space = find(method)) space->steps = steps;
}

void LatentSpacesTab::showEmbedding(const std::string& method, const Eigen::MatrixXd& embedding) {
    Space* space = find(method);
    if (!m_data || !space || embedding.rows() != m_data->rows()) return;
    space->pendingStep = 0;  // the final points supersede any snapshot waiting
    space->embedding = embedding;
    space->clusters.clear();
    space->centers.resize(0, 0);
    space->silhouette.resize(0);
    space->steps = 0;
    space->previous = false;
    redraw(*space);
    // Aligned views follow their target: the baseline's arrival moves them (a view still
    // showing the previous run's points stays marked as such).
    if (method == m_baseline && m_controls->aligning()) redrawAll();
    updateNotes();
}

void LatentSpacesTab::showSnapshot(const std::string& method, int step,
                                   const Eigen::MatrixXd& points) {
    Space* space = find(method);
    if (!space) return;
    space->pending = points;
    space->pendingStep = step;
    m_throttle->request();
}

void LatentSpacesTab::appendLoss(int epoch, double loss, double validationLoss) {
    m_pendingLoss.push_back({epoch, loss, validationLoss});
    m_throttle->request();
}

void LatentSpacesTab::flushUpdates() {
    for (const EpochLoss& e : m_pendingLoss) m_loss->appendLoss(e.epoch, e.loss, e.validation);
    m_pendingLoss.clear();
    for (Space& space : m_spaces)
        if (space.pendingStep > 0) applySnapshot(space);
}

void LatentSpacesTab::applySnapshot(Space& space) {
    const int step = space.pendingStep;
    space.pendingStep = 0;
    if (!m_data || space.pending.rows() != m_data->rows()) return;
    space.embedding = std::move(space.pending);
    space.pending = Eigen::MatrixXd();
    space.runName = m_runName;
    fitPlane(space);
    space.clusters.clear();
    space.centers.resize(0, 0);
    const Eigen::MatrixXd shown = drawnRows(forDisplay(space, space.embedding, nullptr));
    space.previous = false;
    space.silhouette.resize(0);
    if (!space.hasData || space.view->rowCount() != shown.rows()) {
        space.view->setData(shown, drawnLabels(m_data->labels), m_data->labelNames, {}, {});
        space.view->setRowContext({m_data, m_drawn, space.silhouette});
        space.hasData = true;
        shareRanges(true);
    } else {
        space.view->updatePositions(shown);
        shareRanges(false);
    }
    // The autoencoder trains in epochs; UMAP and t-SNE report theirs as iterations.
    const QString what =
        space.method == kTrainedMethod ? tr("training: epoch %1") : tr("optimising: step %1");
    QString note = what.arg(step);
    if (space.steps > 0) note += tr(" of %1").arg(space.steps);
    if (aligning(space)) note += tr(" · aligned to %1").arg(MethodStyle::name(m_baseline));
    space.view->setNote(note);
}

void LatentSpacesTab::showResult(const Result& result) {
    m_pendingLoss.clear();  // the result carries the whole curve
    // Copying a million-row table takes a quarter of a second: only when it is new.
    if (!m_data || m_data->rows() != result.data.rows() || m_data->labels != result.data.labels)
        showData(std::make_shared<const Dataset>(result.data));
    std::vector<std::string> methods;
    for (const SpaceResult& space : result.spaces) methods.push_back(space.method);
    setMethods(methods, result.baseline().method);
    resetZoomIfNewData(result.config);
    // The baseline first: the others may be aligned to it.
    std::vector<const SpaceResult*> order;
    for (const SpaceResult& space : result.spaces)
        if (space.method == m_baseline)
            order.insert(order.begin(), &space);
        else
            order.push_back(&space);
    for (const SpaceResult* fitted : order) {
        Space& space = *find(fitted->method);
        space.embedding = fitted->embedding;
        space.clusters = fitted->clustering.labels;
        space.centers = fitted->clustering.centers;
        space.silhouette = fitted->silhouetteLatent;
        space.pendingStep = 0;
        space.steps = 0;
        space.previous = false;
        redraw(space);
    }
    m_loss->setEpochCount(result.config.runs(kTrainedMethod) ? result.config.autoencoder.epochs
                                                             : 0);
    m_loss->setLoss(result.loss, result.validationLoss);
    showTrainingWarnings(result.warnings);
    m_metrics->setMethods(methods, m_baseline);
    std::vector<MethodMetrics> metrics;
    for (const SpaceResult& space : result.spaces) metrics.push_back(space.metrics);
    m_metrics->setMetrics(metrics);
    m_layout->fit();  // a sampled silhouette's interval widens the table
    updateNotes();
}

void LatentSpacesTab::resetZoomIfNewData(const Config& config) {
    const QByteArray key =
        QJsonDocument(io::configToJson(config).value(QStringLiteral("data")).toObject())
            .toJson(QJsonDocument::Compact);
    if (key == m_dataKey) return;
    m_dataKey = key;
    for (Space& space : m_spaces) space.view->resetZoom();
}

void LatentSpacesTab::clear() {
    setReplay(nullptr);
    m_dataKey.clear();
    m_pendingLoss.clear();
    for (Space& space : m_spaces) {
        space.embedding.resize(0, 0);
        space.plane = LatentPlane();
        space.clusters.clear();
        space.centers.resize(0, 0);
        space.pendingStep = 0;
        space.hasData = space.previous = false;
        space.view->clear();
        updateTitles(space);
    }
    m_loss->clear();
    m_metrics->clear();
    m_data.reset();
    m_drawn.clear();
    m_selection->setRowCount(0);
    shareRanges(true);
}

}  // namespace latentlab::gui
