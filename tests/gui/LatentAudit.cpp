#include "LatentAudit.h"

#include "LatentPlane.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MainWindow.h"
#include "MetricFormat.h"
#include "MetricsTableView.h"
#include "Procrustes.h"
#include "RunController.h"
#include "RunRecorder.h"
#include "ScatterView.h"

#include <QChart>
#include <QCheckBox>
#include <QLineSeries>
#include <QTableWidget>
#include <cmath>

using namespace latentlab;
using latentlab::gui::ScatterView;

namespace {

const QString kPrevious = QStringLiteral("previous run");

/// Points a scatter draws: the first two columns.
Eigen::MatrixXd plotted(const Eigen::MatrixXd& points) {
    return points.cols() >= 2 ? Eigen::MatrixXd(points.leftCols(2)) : Eigen::MatrixXd();
}

/// Equal, or (for points computed by a fit) equal to 1e-9 of their size.
bool samePoints(const Eigen::MatrixXd& shown, const Eigen::MatrixXd& expected, bool fitted) {
    if (shown.rows() != expected.rows() || shown.cols() != expected.cols()) return false;
    if (!fitted) return shown == expected;
    const double size = 1.0 + expected.cwiseAbs().maxCoeff();
    return (shown - expected).cwiseAbs().maxCoeff() <= 1e-9 * size;
}

std::vector<std::pair<int, double>> finiteLosses(const std::vector<double>& losses) {
    std::vector<std::pair<int, double>> out;
    for (std::size_t i = 0; i < losses.size(); ++i)
        if (std::isfinite(losses[i])) out.emplace_back(int(i) + 1, losses[i]);
    return out;
}

}  // namespace

QString LatentAudit::check() const {
    if (m_window.runController()->isRunning()) return checkRunning();
    return checkIdle(m_window.result().get());
}

bool LatentAudit::aligning(const Eigen::MatrixXd& latent, const Eigen::MatrixXd& pca) const {
    const auto* box = m_window.latentSpaces()->findChild<QCheckBox*>(QStringLiteral("alignAe"));
    // As the window: the plane drawn (two axes of a wider latent) onto the baseline's columns.
    const Eigen::Index shownWidth = latent.cols() > 2 ? 2 : latent.cols();
    return box && box->isChecked() && latent.rows() == pca.rows() && pca.cols() >= shownWidth &&
           latent.rows() >= 2;
}

std::vector<Eigen::MatrixXd> LatentAudit::learnedDrawn(const Eigen::MatrixXd& latent,
                                                       const Eigen::MatrixXd* pca,
                                                       bool* fitted) const {
    const bool wide = latent.cols() > 2;
    const bool aligned = pca && aligning(latent, *pca);
    *fitted = wide || aligned;
    const Eigen::MatrixXd plane = wide ? LatentPlane::fit(latent).project(latent) : latent;
    std::vector<Eigen::MatrixXd> drawn;
    for (int signs = 0; signs < (wide ? 4 : 1); ++signs) {
        Eigen::MatrixXd shown = plane;
        if (signs & 1) shown.col(0) *= -1.0;
        if (signs & 2) shown.col(1) *= -1.0;
        if (aligned)
            shown = fitSimilarity(shown, pca->leftCols(shown.cols()), SimilarityScale::MatchSpread)
                        .apply(shown);
        drawn.push_back(plotted(shown));
    }
    return drawn;
}

QString LatentAudit::checkIdle(const Result* result) const {
    const gui::LatentSpacesTab* tab = m_window.latentSpaces();
    // The audit follows PCA and the autoencoder (the governor keeps them the methods run);
    // a moment with other methods on screen is tst_methodsgrid's to check.
    if (!tab->scatter("pca") || !tab->scatter("autoencoder") ||
        (result && (!result->find("pca") || !result->find("autoencoder"))))
        return QString();
    if (!result) {
        for (const ScatterView* view : {tab->scatter("pca"), tab->scatter("autoencoder")})
            if (view->rowCount() != 0)
                return QStringLiteral("no result, yet the %1 shows %2 points")
                    .arg(view->objectName())
                    .arg(view->rowCount());
        if (tab->lossChart()->pointCount() != 0)
            return QStringLiteral("no result, yet the loss chart shows %1 epochs")
                .arg(tab->lossChart()->pointCount());
        return checkMetrics(nullptr);
    }
    QString problem = checkLoss(finiteLosses(result->loss), true);
    if (problem.isEmpty()) problem = checkMetrics(result);
    if (problem.isEmpty())
        problem = checkScatter(tab->scatter("pca"), "PCA scatter",
                               {plotted(result->space("pca").embedding)}, false,
                               result->data.labels, &result->space("pca").clustering);
    if (problem.isEmpty()) {
        bool fitted = false;
        const std::vector<Eigen::MatrixXd> drawn = learnedDrawn(
            result->space("autoencoder").embedding, &result->space("pca").embedding, &fitted);
        problem = checkScatter(tab->scatter("autoencoder"), "AE scatter", drawn, fitted,
                               result->data.labels, &result->space("autoencoder").clustering);
    }
    for (const ScatterView* view : {tab->scatter("pca"), tab->scatter("autoencoder")})
        if (problem.isEmpty() && (view->note().contains(kPrevious) ||
                                  view->note().contains(QStringLiteral("training:"))))
            problem = QStringLiteral("no run is going, yet the %1 says \"%2\"")
                          .arg(view->objectName(), view->note());
    return problem;
}

QString LatentAudit::checkRunning() const {
    const gui::LatentSpacesTab* tab = m_window.latentSpaces();
    if (!tab->scatter("pca") || !tab->scatter("autoencoder")) return QString();
    // Throttled to a frame every 100 ms, the curve may lag behind the epochs heard, never lead.
    QString problem = checkLoss(m_recorder.losses(), false);
    if (problem.isEmpty()) problem = checkMetrics(nullptr);
    if (!problem.isEmpty()) return problem;
    const auto data = m_recorder.data();
    const ScatterView* pcaView = tab->scatter("pca");
    if (pcaView->rowCount() > 0 && !pcaView->note().contains(kPrevious)) {
        if (!m_recorder.pca() || !data)
            return QStringLiteral("the PCA scatter shows %1 unmarked points before the run's PCA")
                .arg(pcaView->rowCount());
        problem = checkScatter(pcaView, "PCA scatter", {plotted(*m_recorder.pca())}, false,
                               data->labels, nullptr);
        if (!problem.isEmpty()) return problem;
    }
    const ScatterView* aeView = tab->scatter("autoencoder");
    if (aeView->rowCount() == 0 || aeView->note().contains(kPrevious)) return QString();
    // Once trained, the AE scatter shows its fitted embedding (embeddingReady) until the
    // result comes.
    const Eigen::MatrixXd drawn = aeView->points();
    const auto drawsOneOf = [&](const Eigen::MatrixXd& latent) {
        bool fitted = false;
        for (const Eigen::MatrixXd& expected :
             learnedDrawn(latent, m_recorder.pca().get(), &fitted))
            if (samePoints(drawn, expected, fitted)) return true;
        return false;
    };
    if (const auto fitted = m_recorder.autoencoder())
        if (drawsOneOf(*fitted)) return QString();
    if (m_recorder.snapshots().empty())
        return QStringLiteral(
                   "the AE scatter shows %1 unmarked points before the run's first "
                   "snapshot (note \"%2\")")
            .arg(aeView->rowCount())
            .arg(aeView->note());
    // The frame drawn is one of this run's snapshots, the newest at most 100 ms ago.
    const auto& snapshots = m_recorder.snapshots();
    for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it) {
        if (drawsOneOf(**it)) {
            const QString planned =
                QStringLiteral(" of %1").arg(m_recorder.config().autoencoder.epochs);
            if (!aeView->note().startsWith(QStringLiteral("training: epoch")) ||
                !aeView->note().contains(planned))
                return QStringLiteral("the AE scatter trains run epochs%1 but says \"%2\"")
                    .arg(planned, aeView->note());
            return QString();
        }
    }
    return QStringLiteral(
               "the AE scatter's %1 unmarked points are none of the %2 snapshots of "
               "the run in progress")
        .arg(aeView->rowCount())
        .arg(snapshots.size());
}

QString LatentAudit::checkLoss(const std::vector<std::pair<int, double>>& expected,
                               bool whole) const {
    // Non-finite losses stay out of the chart: compare with the finite ones in order.
    std::vector<std::pair<int, double>> finite;
    for (const auto& point : expected)
        if (std::isfinite(point.second)) finite.push_back(point);
    const QChart* chart = m_window.latentSpaces()->lossChart()->chart();
    for (QAbstractSeries* series : chart->series()) {
        const auto* line = qobject_cast<QLineSeries*>(series);
        if (!line) continue;
        const QList<QPointF> points = line->points();
        const bool linear = line == chart->series().first();
        // The validation curve: a point per epoch at most, on the run's epochs (the loss
        // values of held-out rows are not recorded here).
        if (line->name() == QLatin1String("validation loss")) {
            if (points.size() > qsizetype(finite.size()))
                return QStringLiteral("the validation curve draws %1 epochs, the run has %2")
                    .arg(points.size())
                    .arg(finite.size());
            for (qsizetype i = 0; i < points.size(); ++i)
                if (points[i].x() != finite[std::size_t(i)].first)
                    return QStringLiteral("validation point %1 is at epoch %2, not %3")
                        .arg(i)
                        .arg(points[i].x())
                        .arg(finite[std::size_t(i)].first);
            continue;
        }
        if (points.size() > qsizetype(finite.size()) ||
            (whole && points.size() != qsizetype(finite.size())))
            return QStringLiteral("the loss chart draws %1 epochs, the run on screen has %2")
                .arg(points.size())
                .arg(finite.size());
        for (qsizetype i = 0; i < points.size(); ++i) {
            const auto& [epoch, loss] = finite[std::size_t(i)];
            if (points[i].x() != epoch || (linear && points[i].y() != loss))
                return QStringLiteral(
                           "loss chart point %1 is (%2, %3); the run's is (%4, %5): "
                           "another run's epoch")
                    .arg(i)
                    .arg(points[i].x())
                    .arg(points[i].y(), 0, 'g', 17)
                    .arg(epoch)
                    .arg(loss, 0, 'g', 17);
        }
    }
    return QString();
}

QString LatentAudit::checkMetrics(const Result* result) const {
    const QTableWidget* table = m_window.latentSpaces()->metricsTable()->table();
    const auto& catalog = metricCatalog();
    if (table->rowCount() != int(catalog.size()))
        return QStringLiteral("the metrics table has %1 rows for %2 metrics")
            .arg(table->rowCount())
            .arg(catalog.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        const MetricInfo& info = catalog[std::size_t(row)];
        QStringList expected(3, QStringLiteral("\u2014"));
        if (result) {
            const MethodMetrics& pca = result->space("pca").metrics;
            const MethodMetrics& ae = result->space("autoencoder").metrics;
            expected = {report::MetricFormat::cell(info, pca), report::MetricFormat::cell(info, ae),
                        report::MetricFormat::difference(ae.*info.member - pca.*info.member,
                                                         report::MetricFormat::isSeconds(info))};
        }
        for (int column = 0; column < 3; ++column) {
            const QString shown = table->item(row, column)->text();
            if (shown != expected[column])
                return QStringLiteral("metrics table '%1', column %2 shows \"%3\"; %4 \"%5\"")
                    .arg(QString::fromUtf8(info.label))
                    .arg(column)
                    .arg(shown,
                         result ? QStringLiteral("the result on screen has")
                                : QStringLiteral("with no finished result of this run:"),
                         expected[column]);
        }
    }
    return QString();
}

QString LatentAudit::checkScatter(const ScatterView* view, const char* name,
                                  const std::vector<Eigen::MatrixXd>& drawn, bool fitted,
                                  const std::vector<int>& labels,
                                  const KMeansResult* clustering) const {
    bool same = false;
    for (const Eigen::MatrixXd& points : drawn)
        same = same || samePoints(view->points(), points, fitted);
    if (!same)
        return QStringLiteral(
                   "the %1 shows %2 points that are not the %3 points of the run on "
                   "screen")
            .arg(QLatin1String(name))
            .arg(view->rowCount())
            .arg(drawn.empty() ? 0 : drawn.front().rows());
    if (view->trueLabels() != labels)
        return QStringLiteral("the %1 colours its points by other labels than its run's")
            .arg(QLatin1String(name));
    const std::vector<int> noClusters;
    if (view->clusters() != (clustering ? clustering->labels : noClusters))
        return QStringLiteral("the %1 shows %2 cluster labels, its run has %3")
            .arg(QLatin1String(name))
            .arg(view->clusters().size())
            .arg(clustering ? clustering->labels.size() : 0);
    const int centres = clustering ? int(clustering->centers.rows()) : 0;
    if (view->centroidCount() != centres)
        return QStringLiteral("the %1 shows %2 k-means centres, its run has %3")
            .arg(QLatin1String(name))
            .arg(view->centroidCount())
            .arg(centres);
    return QString();
}
