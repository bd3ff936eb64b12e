#include "ResultAudit.h"

#include "AnalysisController.h"
#include "ClustersTab.h"
#include "ConfigJson.h"
#include "ConfusionMatrixView.h"
#include "DataTab.h"
#include "KSweepChartView.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "NumberFormat.h"
#include "Repeats.h"
#include "RepeatsTableModel.h"
#include "RepeatsTableView.h"
#include "RobustnessTab.h"
#include "RunController.h"
#include "RunDisplay.h"
#include "Scatter3DView.h"
#include "SilhouettePlotView.h"
#include "VarianceBarsView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStringList>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <cmath>

using namespace latentlab;
using latentlab::report::NumberFormat;

namespace {

QString json(const Config& config) {
    return QString::fromUtf8(
        QJsonDocument(io::configToJson(config)).toJson(QJsonDocument::Compact));
}

/// "group.key: a vs b" for each setting that differs (the whole JSON is too long to read).
QString settingsDifference(const Config& a, const Config& b) {
    const QJsonObject left = io::configToJson(a), right = io::configToJson(b);
    QStringList out;
    for (const QString& group : left.keys()) {
        const QJsonObject l = left[group].toObject(), r = right[group].toObject();
        for (const QString& key : l.keys())
            if (l[key] != r[key])
                out << QStringLiteral("%1.%2: %3 vs %4")
                           .arg(group, key,
                                QString::fromUtf8(QJsonDocument(QJsonArray{l[key]})
                                                      .toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(QJsonDocument(QJsonArray{r[key]})
                                                      .toJson(QJsonDocument::Compact)));
    }
    return out.join(QStringLiteral("; "));
}

/// The silhouette plot of `space`: the finite per-row values, their mean.
QString silhouetteProblem(const gui::SilhouettePlotView* view, const SpaceResult& space,
                          const char* name) {
    int count = 0;
    double sum = 0.0;
    for (Eigen::Index i = 0; i < space.silhouetteLatent.size(); ++i) {
        if (!std::isfinite(space.silhouetteLatent(i))) continue;
        ++count;
        sum += space.silhouetteLatent(i);
    }
    if (view->sampleCount() != count)
        return QStringLiteral("the %1 silhouette plot draws %2 values, the result has %3")
            .arg(QLatin1String(name))
            .arg(view->sampleCount())
            .arg(count);
    if (count > 0 && std::abs(view->mean() - sum / count) > 1e-9)
        return QStringLiteral("the %1 silhouette plot's mean %2 is not the result's %3")
            .arg(QLatin1String(name))
            .arg(view->mean(), 0, 'g', 17)
            .arg(sum / count, 0, 'g', 17);
    if (count > 0 && std::abs(view->mean() - space.metrics.silhouetteLatent) > 1e-9)
        return QStringLiteral("the %1 silhouette plot's mean %2 is not the metric %3")
            .arg(QLatin1String(name))
            .arg(view->mean(), 0, 'g', 17)
            .arg(space.metrics.silhouetteLatent, 0, 'g', 17);
    return QString();
}

QString confusionProblem(const gui::ConfusionMatrixView* view, const Result& result,
                         const SpaceResult& space, const char* name) {
    if (view->matrix() != space.confusion)
        return QStringLiteral("the %1 confusion matrix (%2 x %3) is not the result's (%4 x %5)")
            .arg(QLatin1String(name))
            .arg(view->matrix().rows())
            .arg(view->matrix().cols())
            .arg(space.confusion.rows())
            .arg(space.confusion.cols());
    if (result.data.hasLabels() && view->matrix().sum() != result.data.rows())
        return QStringLiteral("the %1 confusion matrix counts %2 rows, the data has %3")
            .arg(QLatin1String(name))
            .arg(view->matrix().sum())
            .arg(result.data.rows());
    return QString();
}

}  // namespace

ResultAudit::ResultAudit(gui::MainWindow& window, QObject* parent)
    : QObject(parent), m_window(window) {
    connect(window.robustness()->analysis(), &gui::AnalysisController::repeatsFinished, this,
            [this] {
                m_resultAtRepeats = m_window.result();
                ++m_repeats;
            });
    connect(window.robustness()->analysis(), &gui::AnalysisController::sweepFinished, this,
            [this] { ++m_sweeps; });
}

QString ResultAudit::check() const {
    const Result* result = m_window.result().get();
    for (const QString& problem : {checkStamp(result), checkClusters(result), checkData(result),
                                   checkSweep(result), checkRepeats(result)})
        if (!problem.isEmpty()) return problem;
    return QString();
}

QString ResultAudit::checkStamp(const Result* result) const {
    const gui::RunDisplay* display = m_window.display();
    const gui::RunStamp& shown = display->shown();
    if (!result != shown.isNull())
        return QStringLiteral("the window names %1 as shown but %2 result is on screen")
            .arg(shown.name(), result ? QStringLiteral("a") : QStringLiteral("no"));
    if (m_window.runController()->isRunning() == display->running().isNull())
        return QStringLiteral("a run is %1 but the window says %2")
            .arg(m_window.runController()->isRunning() ? QStringLiteral("going")
                                                       : QStringLiteral("not going"))
            .arg(display->running().name());
    // The tab corner names the run the current tab shows.
    const bool followsRun =
        m_window.tabs()->currentWidget() == static_cast<const QWidget*>(m_window.latentSpaces()) &&
        !display->running().isNull();
    const gui::RunStamp& named = followsRun ? display->running() : shown;
    const QString caption = display->caption()->text();
    const QString expected = named.isNull() ? QStringLiteral("No run yet") : named.title();
    if (!caption.startsWith(expected.left(1).toUpper() + expected.mid(1)))
        return QStringLiteral("the tab corner says \"%1\" where \"%2\" is on screen")
            .arg(caption, expected);
    if (!result) return QString();
    const QString size = QStringLiteral("%1 × %2").arg(NumberFormat::count(result->data.rows()),
                                                       NumberFormat::count(result->data.columns()));
    if (!shown.data.contains(size))
        return QStringLiteral("the run on screen is named \"%1\", its data is %2")
            .arg(shown.title(), size);
    if (shown.session.isEmpty()) {
        // A run of this window: started with the settings it names (k resolved by the run).
        Config asked = io::configFromJson(shown.settings);
        if (asked.kmeans.k == 0) asked.kmeans.k = result->config.kmeans.k;
        if (json(asked) != json(result->config))
            return QStringLiteral("%1 names settings %2, its result was run with %3")
                .arg(shown.name(), json(asked), json(result->config));
    }
    return QString();
}

QString ResultAudit::checkClusters(const Result* result) const {
    const gui::ClustersTab* tab = m_window.clusters();
    // PCA's and the autoencoder's views, as the governor keeps the methods (see LatentAudit).
    if (!tab->confusion("pca") || !tab->confusion("autoencoder") ||
        (result && (!result->find("pca") || !result->find("autoencoder"))))
        return QString();
    if (!result) {
        if (tab->confusion("pca")->matrix().size() != 0 ||
            tab->confusion("autoencoder")->matrix().size() != 0 ||
            tab->silhouette("pca")->sampleCount() != 0 ||
            tab->silhouette("autoencoder")->sampleCount() != 0 ||
            tab->varianceBars()->barCount() != 0)
            return QStringLiteral("no result, yet the Clusters tab shows one");
        return QString();
    }
    const int components = int(std::min<Eigen::Index>(result->pca.explainedVarianceRatio().size(),
                                                      gui::VarianceBarsView::kMaxComponents));
    for (const QString& problem :
         {confusionProblem(tab->confusion("pca"), *result, result->space("pca"), "PCA"),
          confusionProblem(tab->confusion("autoencoder"), *result, result->space("autoencoder"),
                           "AE"),
          silhouetteProblem(tab->silhouette("pca"), result->space("pca"), "PCA"),
          silhouetteProblem(tab->silhouette("autoencoder"), result->space("autoencoder"), "AE")})
        if (!problem.isEmpty()) return problem;
    if (tab->varianceBars()->barCount() != components)
        return QStringLiteral("the variance chart has %1 bars, the result's PCA %2 components")
            .arg(tab->varianceBars()->barCount())
            .arg(components);
    return QString();
}

QString ResultAudit::checkData(const Result* result) const {
    const gui::DataTab* tab = m_window.dataTab();
    const Dataset* shown = tab->dataset();
    const int rows = tab->table()->model()->rowCount();
    if (!result) {
        if (shown || rows != 0 || tab->scatter3d()->pointCount() != 0)
            return QStringLiteral("no result, yet the Data tab shows %1 rows").arg(rows);
        return QString();
    }
    const Dataset& data = result->data;
    if (!shown || shown->features != data.features || shown->labels != data.labels ||
        shown->columnNames != data.columnNames)
        return QStringLiteral("the Data tab shows a table of %1 rows, not the result's %2")
            .arg(shown ? shown->rows() : 0)
            .arg(data.rows());
    if (rows != data.rows())
        return QStringLiteral("the data table has %1 rows, the result %2")
            .arg(rows)
            .arg(data.rows());
    const QTableWidget* summary = tab->summary();
    if (tab->summaryReady()) {
        if (summary->rowCount() != data.columns())
            return QStringLiteral("the column statistics have %1 rows for %2 columns")
                .arg(summary->rowCount())
                .arg(data.columns());
        for (int c = 0; c < summary->rowCount(); ++c)
            if (!summary->item(c, 0) ||
                summary->item(c, 0)->text() != NumberFormat::count(data.rows()))
                return QStringLiteral(
                           "the statistics of column %1 count %2 values, the data has "
                           "%3 rows")
                    .arg(c)
                    .arg(summary->item(c, 0) ? summary->item(c, 0)->text() : QString())
                    .arg(data.rows());
    }
    const gui::Scatter3DView* cloud = tab->scatter3d();
    const int points = std::min(data.rows(), gui::Scatter3DView::kMaxPoints);
    if (cloud->graph() && cloud->pointCount() != points)
        return QStringLiteral("the 3-D scatter draws %1 points of the result's %2 rows")
            .arg(cloud->pointCount())
            .arg(data.rows());
    return QString();
}

QString ResultAudit::checkSweep(const Result* result) const {
    const gui::RobustnessTab* tab = m_window.robustness();
    const auto sweep = tab->lastSweep();
    if (!sweep) return QString();
    if (!result) return QStringLiteral("a k sweep is kept with no result on screen");
    // Computed on this result: at the run's own k it has the run's own inertias.
    if (sweep->chosenK != result->config.kmeans.k)
        return QStringLiteral("the k sweep marks k = %1, the result on screen used k = %2")
            .arg(sweep->chosenK)
            .arg(result->config.kmeans.k);
    for (std::size_t m = 0; m < sweep->methods.size(); ++m) {
        const std::vector<KSweepPoint>& curve = sweep->curves[m];
        const SpaceResult* space = result->find(sweep->methods[m]);
        if (!space)
            return QStringLiteral("the k sweep has a curve of %1, the result on screen no space")
                .arg(QString::fromStdString(sweep->methods[m]));
        for (const KSweepPoint& point : curve) {
            if (point.k != sweep->chosenK) continue;
            const double inertia = space->metrics.inertia;
            if (std::abs(point.inertia - inertia) > 1e-9 * (1.0 + std::abs(inertia)))
                return QStringLiteral(
                           "the k sweep's %1 inertia at k = %2 (%3) is not the result's (%4): "
                           "it was swept on another result")
                    .arg(QString::fromStdString(sweep->methods[m]))
                    .arg(sweep->chosenK)
                    .arg(point.inertia)
                    .arg(inertia);
        }
    }
    if (tab->elbowChart()->markedK() != sweep->chosenK && !sweep->empty() &&
        sweep->chosenK >= sweep->curves.front().front().k &&
        sweep->chosenK <= sweep->curves.front().back().k)
        return QStringLiteral("the elbow chart marks k = %1, its sweep k = %2")
            .arg(tab->elbowChart()->markedK())
            .arg(sweep->chosenK);
    return QString();
}

QString ResultAudit::checkRepeats(const Result* result) const {
    const gui::RobustnessTab* tab = m_window.robustness();
    const auto repeats = tab->lastRepeats();
    const int rows = tab->repeatsTable()->model()->rowCount();
    if (!repeats) {
        if (rows != 0)
            return QStringLiteral("the repeats table shows %1 rows of no repeats").arg(rows);
        return QString();
    }
    if (rows == 0) return QStringLiteral("repeats are kept but their table is empty");
    if (result == m_resultAtRepeats.get()) return QString();
    // The result changed since: the repeats stay only beside a result of their settings.
    if (!result) return QStringLiteral("repeats are kept after the result was cleared");
    // The last repeat's settings are the result's with every seed moved on (Repeats' rule).
    const Config expected = configForRepeat(result->config, repeats->repeats() - 1);
    if (json(expected) != json(repeats->last.config))
        return QStringLiteral("repeats of other settings are kept beside the result (%1)")
            .arg(settingsDifference(repeats->last.config, expected));
    return QString();
}
