// How the k-means clusters relate to the truth and to each other, for both methods:
// confusion matrices, per-sample silhouette plots, and PCA's explained variance.
#pragma once

#include "Result.h"

#include <QWidget>

namespace latentlab::gui {

class ConfusionMatrixView;
class SilhouettePlotView;
class VarianceBarsView;

class ClustersTab : public QWidget {
    Q_OBJECT
public:
    explicit ClustersTab(QWidget* parent = nullptr);

    void showResult(const Result& result);
    void clear();

    ConfusionMatrixView* pcaConfusion() const { return m_pcaConfusion; }
    ConfusionMatrixView* aeConfusion() const { return m_aeConfusion; }
    SilhouettePlotView* pcaSilhouette() const { return m_pcaSilhouette; }
    SilhouettePlotView* aeSilhouette() const { return m_aeSilhouette; }
    VarianceBarsView* varianceBars() const { return m_variance; }

private:
    ConfusionMatrixView* m_pcaConfusion;
    ConfusionMatrixView* m_aeConfusion;
    SilhouettePlotView* m_pcaSilhouette;
    SilhouettePlotView* m_aeSilhouette;
    VarianceBarsView* m_variance;
};

}  // namespace latentlab::gui
