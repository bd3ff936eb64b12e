#include "ClustersTab.h"

#include "ConfusionMatrixView.h"
#include "MethodStyle.h"
#include "SilhouettePlotView.h"
#include "VarianceBarsView.h"

#include <QGridLayout>

namespace latentlab::gui {

namespace {

// Four methods' columns and the variance bars within a 1366-pixel laptop's tab.
constexpr int kCrowdedWidth = 165;

}  // namespace

ClustersTab::ClustersTab(QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout(this)), m_variance(new VarianceBarsView) {
    setMethods(Config().methods);
    clear();
}

std::vector<std::string> ClustersTab::methods() const {
    std::vector<std::string> names;
    for (const Views& views : m_views) names.push_back(views.method);
    return names;
}

ConfusionMatrixView* ClustersTab::confusion(const std::string& method) const {
    for (const Views& views : m_views)
        if (views.method == method) return views.confusion;
    return nullptr;
}

SilhouettePlotView* ClustersTab::silhouette(const std::string& method) const {
    for (const Views& views : m_views)
        if (views.method == method) return views.silhouette;
    return nullptr;
}

void ClustersTab::setMethods(const std::vector<std::string>& methods) {
    if (methods == this->methods()) return;
    std::vector<Views> kept;
    for (const std::string& method : methods) {
        ConfusionMatrixView* matrix = confusion(method);
        SilhouettePlotView* plot = silhouette(method);
        if (!matrix) {
            matrix = new ConfusionMatrixView;
            plot = new SilhouettePlotView;
            matrix->setObjectName(QString::fromStdString(method) + QStringLiteral("Confusion"));
            plot->setObjectName(QString::fromStdString(method) + QStringLiteral("Silhouette"));
        }
        kept.push_back({method, matrix, plot});
    }
    for (const Views& views : m_views) {
        m_grid->removeWidget(views.confusion);
        m_grid->removeWidget(views.silhouette);
        if (!confusion(views.method)) continue;
        bool stays = false;
        for (const Views& k : kept) stays = stays || k.confusion == views.confusion;
        if (!stays) {
            views.confusion->deleteLater();
            views.silhouette->deleteLater();
        }
    }
    m_grid->removeWidget(m_variance);
    for (int c = 0; c < m_grid->columnCount(); ++c) m_grid->setColumnStretch(c, 0);
    m_views = std::move(kept);
    // A column per method: its matrix over its silhouettes; the variance bars, narrow, last.
    // Past two methods the views may be narrower than their own minimum, so that four fit
    // a 1366-pixel screen's tab.
    const int columns = int(m_views.size());
    const int minimumWidth = columns > 2 ? kCrowdedWidth : 260;
    for (const Views& views : m_views) {
        views.confusion->setMinimumSize(minimumWidth, 200);
        views.silhouette->setMinimumSize(minimumWidth, 240);
    }
    m_variance->setMinimumSize(minimumWidth, 220);
    for (int c = 0; c < columns; ++c) {
        m_grid->addWidget(m_views[std::size_t(c)].confusion, 0, c);
        m_grid->addWidget(m_views[std::size_t(c)].silhouette, 1, c);
        m_grid->setColumnStretch(c, 2);
    }
    m_grid->addWidget(m_variance, 0, columns, 2, 1);
    m_grid->setColumnStretch(columns, 1);
    emit methodsChanged();
}

void ClustersTab::showResult(const Result& result, const QString& runName) {
    std::vector<std::string> methods;
    for (const SpaceResult& space : result.spaces) methods.push_back(space.method);
    setMethods(methods);
    const QString run = runName.isEmpty() ? QString() : QStringLiteral(" · ") + runName;
    const std::vector<std::string>& names = result.data.labelNames;
    // Narrow columns (three or four methods) keep the method and the run in the titles; the
    // axes say what the views show.
    const bool crowded = m_views.size() > 2;
    for (const SpaceResult& space : result.spaces) {
        const QString method = MethodStyle::name(space.method);
        ConfusionMatrixView* matrix = confusion(space.method);
        matrix->setMatrix(space.confusion, names,
                          (crowded ? method : tr("%1: label × cluster").arg(method)) + run);
        // Blocks wear the colours of the labels their clusters are matched to, as the matrices.
        silhouette(space.method)
            ->setSilhouettes(space.silhouetteLatent, space.clustering.labels,
                             crowded
                                 ? tr("%1 silhouettes").arg(MethodStyle::shortName(space.method))
                                 : tr("%1: silhouettes").arg(method) + run,
                             matrix->matching());
    }
    // PCA's model is fitted when PCA ran; its bars say how much its two axes keep.
    m_variance->setExplainedVarianceRatio(
        result.pca.isFitted() ? result.pca.explainedVarianceRatio() : Eigen::VectorXd());
}

void ClustersTab::clear() {
    for (const Views& views : m_views) {
        const QString method = MethodStyle::name(views.method);
        views.confusion->setMatrix({}, {}, tr("%1: label × cluster").arg(method));
        views.silhouette->setSilhouettes({}, {}, tr("%1: silhouettes").arg(method));
    }
    m_variance->setExplainedVarianceRatio({});
}

}  // namespace latentlab::gui
