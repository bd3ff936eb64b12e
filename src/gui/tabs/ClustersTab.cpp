#include "ClustersTab.h"

#include "ConfusionMatrixView.h"
#include "SilhouettePlotView.h"
#include "VarianceBarsView.h"

#include <QGridLayout>

namespace latentlab::gui {

ClustersTab::ClustersTab(QWidget* parent)
    : QWidget(parent),
      m_pcaConfusion(new ConfusionMatrixView),
      m_aeConfusion(new ConfusionMatrixView),
      m_pcaSilhouette(new SilhouettePlotView),
      m_aeSilhouette(new SilhouettePlotView),
      m_variance(new VarianceBarsView) {
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_pcaConfusion, 0, 0);
    grid->addWidget(m_aeConfusion, 0, 1);
    grid->addWidget(m_variance, 0, 2, 2, 1);  // both rows: the column is narrow
    grid->addWidget(m_pcaSilhouette, 1, 0);
    grid->addWidget(m_aeSilhouette, 1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);
}

void ClustersTab::showResult(const Result& result) {
    const std::vector<std::string>& names = result.data.labelNames;
    m_pcaConfusion->setMatrix(result.pcaSpace.confusion, names, tr("PCA: label × cluster"));
    m_aeConfusion->setMatrix(result.aeSpace.confusion, names, tr("Autoencoder: label × cluster"));
    // Blocks wear the colours of the labels their clusters are matched to, as the matrices.
    m_pcaSilhouette->setSilhouettes(result.pcaSpace.silhouetteLatent,
                                    result.pcaSpace.clustering.labels, tr("PCA: silhouettes"),
                                    m_pcaConfusion->matching());
    m_aeSilhouette->setSilhouettes(result.aeSpace.silhouetteLatent,
                                   result.aeSpace.clustering.labels, tr("Autoencoder: silhouettes"),
                                   m_aeConfusion->matching());
    m_variance->setExplainedVarianceRatio(result.pca.explainedVarianceRatio());
}

void ClustersTab::clear() {
    m_pcaConfusion->setMatrix({}, {}, tr("PCA: label × cluster"));
    m_aeConfusion->setMatrix({}, {}, tr("Autoencoder: label × cluster"));
    m_pcaSilhouette->setSilhouettes({}, {}, tr("PCA: silhouettes"));
    m_aeSilhouette->setSilhouettes({}, {}, tr("Autoencoder: silhouettes"));
    m_variance->setExplainedVarianceRatio({});
}

}  // namespace latentlab::gui
